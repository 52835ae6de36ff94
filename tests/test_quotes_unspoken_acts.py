"""Cues that report no words (round 13, fresh news): a cue denied in its own clause, a passive
cue that ends its clause, a finished act after a light verb (做了介绍，), and quoted song lines
glued together before 等; a date or a dateline never opens a speaker; a noun after a denied verb is
its object, and X的一位朋友 names the friend. Each sentence is written for the test."""
from __future__ import annotations

from tests.test_quotes import quotes_of


def test_a_denied_reply_leaves_the_statement_to_the_next_source():
    found = quotes_of("星辰公司未对此事作出回应，月光集团方面回复记者表示，双方已签署合作协议。")
    assert [(s, c, t) for s, c, t, _ in found] == [("月光集团", "表示", "双方已签署合作协议")]


def test_a_declined_comment_is_no_quote():
    found = quotes_of("王刚未就此发表评论。李明则表示，谈判将在下周继续。")
    assert [(s, t) for s, _, t, _ in found] == [("李明", "谈判将在下周继续")]


def test_a_passive_cue_before_a_comma_reports_what_the_subject_did():
    assert quotes_of("他得知自己被观众批评，在演出中多次致歉。") == []


def test_a_passive_cue_with_its_content_glued_on_is_still_a_statement():
    found = quotes_of("这名将领被北方军方指责是冲突的幕后策划者。")
    assert [(s, c, t) for s, c, t, _ in found] == [("北方军方", "指责", "是冲突的幕后策划者")]


def test_an_introduction_made_is_a_finished_act():
    assert quotes_of("会上，孙局长为刘涛和在场观众一一做了介绍，一时间现场掌声不断。") == []


def test_a_stance_taken_with_its_words_after_the_comma_is_a_statement():
    found = quotes_of("外交部长也对此做出表态，两国关系的基础没有改变。")
    assert [(s, t) for s, _, t, _ in found] == [("外交部长", "两国关系的基础没有改变")]


def test_glued_song_lines_before_deng_are_named_not_said():
    found = quotes_of("王芳说，这些歌影响深远。\n\n“小燕子，穿花衣，年年春天来这里……”“让我们荡起双桨”等陪伴几代人长大的歌曲，都出自名家之手。")
    assert [(s, t) for s, _, t, _ in found] == [("王芳", "这些歌影响深远")]


def test_two_glued_utterances_are_still_said():
    found = quotes_of("“太贵了。”“没人买！”店主们纷纷抱怨。")
    assert [t for _, _, t, _ in found] == ["太贵了。", "没人买！"]


def test_a_date_before_existential_you_is_no_part_of_the_speaker():
    found = quotes_of("昨日（3月5日）有网友爆料，某地出现大量假冒商品。")
    assert [(s, t) for s, _, t, _ in found] == [("网友", "某地出现大量假冒商品")]


def test_a_dateline_before_ju_is_no_part_of_the_speaker():
    found = quotes_of("新华网5月3日消息 据外媒报道，某国首都发生地震。")
    assert [(s, c) for s, c, _, _ in found] == [("外媒", "报道")]


def test_shouted_words_are_quoted():
    found = quotes_of("王强向保安挥手喊道：“明天见！”")
    assert found == [("王强", "喊道", "明天见！", "direct")]


def test_a_slogan_shouted_is_a_topic():
    assert quotes_of("球迷们齐声高呼口号，为主队加油。") == []


def test_a_noun_after_a_denied_verb_is_its_object_not_a_speaker():
    found = quotes_of("据部分项目的业主介绍，整改已经开始。如今，北方公司未同意业主关于重建外墙的诉求，仅承诺继续修补。"
                      "该项目业主表示，如果问题不解决将继续维权。")
    assert [s for s, _, _, _ in found] == ["业主", "业主"]


def test_a_counted_person_after_a_name_and_de_is_the_subject():
    found = quotes_of("王明的一位朋友去年搬到外地，并称那里的生活很安静。")
    assert [(s, t) for s, _, t, _ in found] == [("王明的一位朋友", "那里的生活很安静")]


def test_a_woman_of_a_town_speaks_not_the_town():
    found = quotes_of("贝尔斯托克的一位女士辞去了银行的工作，并声称她每小时的收入高达百元。")
    assert [s for s, _, _, _ in found] == ["贝尔斯托克的一位女士"]


def test_a_name_alone_before_a_later_cue_still_speaks():
    found = quotes_of("王明去年搬到外地，并称那里的生活很安静。")
    assert [s for s, _, _, _ in found] == ["王明"]


def test_children_shouting_are_the_speakers():
    found = quotes_of("放学时，孩子们走出校门很远了，还回头和保安挥手喊道，“明天见！”")
    assert found == [("孩子", "喊道", "明天见！", "direct")]


def test_a_frame_ending_in_hou_does_not_end_the_reported_speech():
    found = quotes_of("王刚说，在新馆装修完成后，预计于明年5月对外开放。")
    assert [t for _, _, t, _ in found] == ["在新馆装修完成后，预计于明年5月对外开放"]


def test_a_span_of_days_does_not_end_the_reported_speech():
    found = quotes_of("西班牙《国家报》报道称，从本周一到下周日，全国预计将有三亿人次出行。")
    assert [t for _, _, t, _ in found] == ["从本周一到下周日，全国预计将有三亿人次出行"]


def test_a_colon_ending_the_paragraph_before_introduces_the_quotation():
    found = quotes_of("赵校长到任后，宣布推行晨读制度。\n\n不少家长在信中写道：\n\n“是您让孩子们爱上了读书。”")
    assert [(s, c, t) for s, c, t, _ in found] == [("不少家长", "写道", "是您让孩子们爱上了读书。")]


def test_those_who_wrote_the_letter_speak_not_the_one_it_was_written_to():
    found = quotes_of("赵校长到任后，宣布推行晨读制度。\n\n经常有家长给赵校长写信：\n\n“是您让孩子们爱上了读书。”")
    assert [(s, t) for s, _, t, _ in found] == [("家长", "是您让孩子们爱上了读书。")]


def test_across_paragraphs_a_colon_needs_a_source_named_before_it():
    found = quotes_of("学生们都很喜欢周老师。周老师带出了三届毕业班，他更坚信一句话：\n\n“读书首先是为了成长。”")
    assert all(s == "周老师" for s, _, _, _ in found)  # never the pupils named earlier
