"""Speakers and cues held to the tagger's words: a one-character place read inside a longer word, a cue
whose last character opens the next word, a leader of a body counted as one, adverbs after a phrase.
Each case is a short passage written for the test."""
from __future__ import annotations

import newsfacts


def quotes_of(body: str) -> list[tuple]:
    doc = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00")
    return [(q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.content.text)
            for q in doc.quotes]


def test_one_character_place_inside_a_longer_word_is_that_word():
    found = quotes_of("根据中指监测数据，上周成交面积下降了三成。")
    assert found and found[0][0] == "中指"


def test_one_character_place_in_a_run_of_states_still_speaks():
    assert quotes_of("中方表示，愿意继续对话。")[0][0] == "中方"
    assert quotes_of("中美双方表示，愿意继续对话。")[0][0] == "中美双方"


def test_cue_whose_last_character_opens_another_word_is_no_cue():
    found = quotes_of("市局发布了《售卖须知》，其中有一条与价格有关的补充说明，即“所有商品需明码标价”。")
    assert not any(cue and cue.startswith("补充") for _, cue, _ in found)


def test_cue_that_ends_on_a_word_boundary_stays():
    assert quotes_of("王刚补充说，会议将推迟一周。") == [("王刚", "补充说", "会议将推迟一周")]


def test_counted_leader_of_a_body_is_the_speaker_not_the_body():
    found = quotes_of("青山县委一位领导对《晨报》表示，县里的改革主要是为了精简人员。")
    assert found[0][0] == "青山县委一位领导"
    found = quotes_of("一位受访的青山县委前主要领导说，当时县里也制订了一个方案。")
    assert found[0][0] == "一位受访的青山县委前主要领导"  # the count opens the whole phrase, as the gold keeps it


def test_leadership_as_an_occasion_is_no_speaker():
    found = quotes_of("在县委的领导下，王刚表示，改革进展顺利。")
    assert found[0][0] == "王刚"


def test_adverb_after_a_demonstrative_phrase_is_left_out():
    found = quotes_of("上述店员均直言，原因是厂家推出了优惠。")
    assert found[0][0] == "上述店员"


def test_party_named_with_fangmian_in_the_cues_clause_speaks():
    found = quotes_of("刘芳认为，银行存在明显过错。银行方面辩称，已尽到审慎义务。")
    assert found[1][0] == "银行方面"
    found = quotes_of("《晨报》就案件进展询问青禾，青禾方面表示暂不便透露细节。")
    assert found[0][0] == "青禾方面"


def test_one_side_of_an_argument_is_no_party():
    assert quotes_of("另一方面，王刚表示，改革仍需时间。")[0][0] == "王刚"


def test_one_hand_after_a_pronoun_is_no_party():
    found = quotes_of("行长赵强表示，市场仍在调整。他一方面承认这样做有好处，一方面又称风险不小。")
    assert all(speaker == "赵强" for speaker, _, _ in found)


def test_title_with_a_quotation_inside_is_the_whole_title():
    found = quotes_of("今年1月，多个部门印发的《“十五五”乡村医疗规划》明确提出，加强县域卫生院建设。")
    assert found[0][0] == "“十五五”乡村医疗规划"
    found = quotes_of("体育总局发布的《体育蓝皮书：2030年户外运动发展报告》显示，有三成市民偏爱徒步。")
    assert found[0][0] == "体育蓝皮书：2030年户外运动发展报告"


def test_pronoun_after_a_relation_goes_to_the_relation_not_the_possessor():
    found = quotes_of("“种地不用买米，也够吃了。”61岁的赵海说。赵海的小学同学钱勇很怀念以前在工厂当保安的日子。"
                      "尽管如此，他还是强调，“反正睡不着，休息也够了。”")
    assert found[-1][0] == "钱勇"


def test_a_possessor_with_no_relation_named_after_stays_the_subject():
    found = quotes_of("赵海说，收成不错。赵海的院子里种满了果树。他还表示，明年想多养几只鸡。")
    assert found[-1][0] == "赵海"


def test_cue_inside_an_adverb_and_the_next_verb_is_no_cue():
    found = quotes_of("“这座古城代表着东方的传统。”赵强认为，现阶段还要继续打磨文本，我们期待，在大会上，"
                      "各国的代表能够明确认识到古城的价值。")
    assert [cue for _, cue, _ in found] == ["认为", "认为"]
    assert quotes_of("李明明确表示，不会参加比赛。")[0][:2] == ("李明", "明确表示")


def test_cue_ending_an_adverb_word_stays():
    found = quotes_of("至于外长本人，外交部在通报中只说，他在通话时阐述了原则立场。")
    assert found and found[0][:2] == ("外交部", "说")


def test_a_country_that_opens_on_a_connective_character_keeps_it():
    # 也门 opens on 也 (also), which is skipped before a subject elsewhere
    assert [s for s, _, _ in quotes_of("也门外交部周日表示，港口已经重新开放。")] == ["也门外交部"]
    assert [s for s, _, _ in quotes_of("王刚周日表示，港口已经重新开放。李梅也表示，航线不受影响。")] == ["王刚", "李梅"]


def test_a_body_after_a_pronoun_and_its_verb_is_the_object():
    found = quotes_of("林峰说，港口很安全。他批评日本政府，称其“毫无作为”。")
    assert [s for s, _, _ in found] == ["林峰", "林峰"]
    found = quotes_of("林峰说，港口很安全。他们公司表示，将暂停运营。")
    assert [s for s, _, _ in found] == ["林峰", "他们公司"]
