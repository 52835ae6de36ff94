"""Round 18: forms a writer may choose for the same statement, found by rewriting the gold
(newsfacts/eval/rewritings.py `synonyms`, `pronouns`). Each case is a short passage written for the test."""
from __future__ import annotations

import newsfacts
from newsfacts.nlp.speech import cue_lexicon


def quotes_of(body: str) -> list[tuple]:
    doc = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00")
    return [(q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.content.text) for q in doc.quotes]


def test_an_outlet_that_reports_with_shuo_is_credited_like_one_that_reports_with_cheng():
    said = quotes_of("美联社报道说，该国将在下周增派部队。")
    assert said == [("美联社", "报道说", "该国将在下周增派部队")]
    assert quotes_of("美联社报道称，该国将在下周增派部队。") == [("美联社", "报道称", "该国将在下周增派部队")]


def test_a_cue_ending_in_the_particle_dao_takes_no_second_verb():
    pattern, _ = cue_lexicon()
    assert pattern.fullmatch("报道说") and pattern.fullmatch("写道")
    assert not pattern.fullmatch("写道说") and not pattern.fullmatch("说道说")


def test_a_name_after_titles_listed_with_a_dunhao_is_the_subject_a_later_pronoun_refers_to():
    body = ("进入五月以来，张明的支持率已经反超了李华。相比之下，现任总理、人民党总理候选人王强的支持率"
            "明显落后。5日，他在南部拉票时说，如果该党失败，他将退出政坛。")
    assert [s for s, _, _ in quotes_of(body)] == ["王强"]


def test_a_name_after_one_title_was_already_the_subject():
    body = "张明的支持率已经反超了李华。现任总理王强的支持率明显落后。5日，他在南部拉票时说，如果该党失败，他将退出政坛。"
    assert [s for s, _, _ in quotes_of(body)] == ["王强"]


def test_people_listed_before_one_cue_with_only_a_time_or_place_between_speak_together():
    said = quotes_of("法国总统马克龙和德国总理朔尔茨在联合记者会上表示，欧洲必须加强防务自主。")
    assert [s for s, _, _ in said] == ["马克龙", "朔尔茨"]
    assert [s for s, _, _ in quotes_of("马克龙和朔尔茨5日表示，欧洲必须加强防务自主。")] == ["马克龙", "朔尔茨"]


def test_a_partner_after_he_with_a_verb_before_the_cue_does_not_speak():
    assert [s for s, _, _ in quotes_of("马克龙和朔尔茨通电话时表示，欧洲必须加强防务自主。")] == ["马克龙"]
    assert [s for s, _, _ in quotes_of("马克龙与朔尔茨会谈后表示，欧洲必须加强防务自主。")] == ["马克龙"]


def test_a_bare_report_after_an_outlet_cited_someone_is_the_outlets():
    body = ("某国通讯社援引政府消息人士的话报道称，该国计划追加援助。报道称，这将是该国第三次提供援助。")
    assert [s for s, _, _ in quotes_of(body)] == ["政府消息人士", "某国通讯社"]
    body = "共同社援引政府消息人士的话报道称，日本计划追加援助。报道说，这将是日本第三次提供援助。"
    assert [s for s, _, _ in quotes_of(body)] == ["政府消息人士", "共同社"]


def test_a_short_quotation_right_before_a_persons_name_and_cue_is_what_the_person_said():
    assert quotes_of("双方周三举行会谈。“两国关系将更加紧密”王明说。") == [("王明", "说", "两国关系将更加紧密")]


def test_a_quoted_name_glued_to_a_bodys_account_still_names_the_speaker():
    assert [s for s, _, _ in quotes_of("“美丽花园”官方微博发文称，花园将关闭。")] == ["“美丽花园”官方微博"]


def test_a_person_named_in_what_was_asked_is_no_antecedent_of_the_answers_pronoun():
    body = "克里姆林宫发言人佩斯科夫周三举行记者会。在被问及普京是否会出席峰会时，他说，目前还没有决定。"
    assert [s for s, _, _ in quotes_of(body)] == ["佩斯科夫"]
    body = "佩斯科夫周三举行记者会。在谈到泽连斯基的提议时，他说，俄方不会接受。"
    assert [s for s, _, _ in quotes_of(body)] == ["佩斯科夫"]


def test_the_one_a_question_was_put_to_answers_it():
    body = "克里姆林宫发言人佩斯科夫周三举行记者会。记者问佩斯科夫，普京是否会出席峰会。他说，目前还没有决定。"
    assert [s for s, _, _ in quotes_of(body)] == ["佩斯科夫"]
    body = "美国国务卿卢比奥接受了电视采访。主持人塔珀问卢比奥，美国是否会退出北约。他回答说，美国不会退出北约。"
    assert [s for s, _, _ in quotes_of(body)] == ["卢比奥"]



def test_each_answer_of_a_press_conference_transcript_is_the_spokespersons():
    body = ("外交部发言人毛宁主持例行记者会。\n\n记者：中方有何回应？\n\n毛宁：菲方的说法完全不符合事实。\n\n"
            "记者：美方如何看待？\n\n毛宁：我们敦促美方停止挑拨是非。")
    assert [s for s, _, _ in quotes_of(body)] == ["毛宁", "毛宁"]


def test_this_report_says_is_the_reporting_outlets():
    assert [s for s, _, _ in quotes_of("路透社报道了此事。该报道称，以军可能在下周重新部署。")] == ["路透社"]
    assert [s for s, _, _ in quotes_of("路透社报道了此事。这篇报道说，以军可能在下周重新部署。")] == ["路透社"]


def test_angry_or_loud_speech_verbs_are_cues_like_criticism():
    assert quotes_of("“这是一场政治迫害！”特朗普怒斥道。") == [("特朗普", "怒斥道", "这是一场政治迫害！")]
    assert [s for s, _, _ in quotes_of("特朗普怒斥称，这是一场政治迫害。")] == ["特朗普"]
    assert quotes_of("特朗普怒斥民主党人。") == []  # the one rebuked, no words given


def test_an_aide_is_a_person_who_speaks():
    assert [s for s, _, _ in quotes_of("普京的助手表示，俄方已收到美方的提议。")] == ["普京的助手"]


def test_they_after_a_crowd_of_protesters_is_that_crowd():
    assert [s for s, _, _ in quotes_of("数千名抗议者聚集在议会外。他们表示，政府必须下台。")] == ["数千名抗议者"]
    assert [s for s, _, _ in quotes_of("示威者周日在首都街头游行。他们说，物价上涨已经无法承受。")] == ["示威者"]


def test_a_surname_and_title_address_is_the_person_named_before_with_that_surname():
    doc = newsfacts.analyze_text("测试标题\n\n外交学院日本研究中心主任周永生指出，日本的政策正在转变。周教授表示，两国关系仍有改善空间。")
    assert [(q.speaker.text, q.speaker_canonical) for q in doc.quotes] == [("周永生", "Zhou Yongsheng"),
                                                                          ("周教授", "Zhou Yongsheng")]
    doc = newsfacts.analyze_text("测试标题\n\n中东研究所所长刘畅分析说，会议可能成为转折点。刘所长说，地区国家不希望看到这样的结果。")
    assert {q.speaker_canonical for q in doc.quotes} == {"Liu Chang"}


def test_a_surname_shared_by_two_people_names_neither():
    doc = newsfacts.analyze_text("测试标题\n\n王明和王刚周三会面。王部长表示，会谈富有成果。")
    assert [q.speaker_canonical for q in doc.quotes] == [None]


def test_an_unknown_name_after_a_persons_title_is_a_person_who_speaks():
    assert [s for s, _, _ in quotes_of("美国常驻北约代表惠特克表示，各方应保持克制。")] == ["惠特克"]
    assert [s for s, _, _ in quotes_of("俄罗斯代表乌里扬诺夫批评说，欧洲三国的做法只会让局势更加复杂。")] == ["乌里扬诺夫"]


def test_the_one_who_meets_a_visitor_speaks_not_the_visitor():
    body = "土耳其外长菲丹与来访的叙利亚外长希巴尼举行会谈后说，土耳其坚定支持叙利亚的领土完整。"
    assert [s for s, _, _ in quotes_of(body)] == ["菲丹"]


def test_a_post_followed_by_the_verb_that_says_what_is_one_statement():
    assert quotes_of("快速支援部队发文，否认对难民营发动袭击。") == [("快速支援部队", "否认", "对难民营发动袭击")]
    assert quotes_of("快速支援部队发文称，政府军袭击了难民营。") == [("快速支援部队", "发文称", "政府军袭击了难民营")]
