"""Quote classes found on fresh domestic news (round 17): 在X看来 right after a quotation or after a
connective (而在X看来); a long description ending in a title before the name (某品牌联合创始人王五) keeps the
name in subject position for a later 他; 告诉《刊物》 with no 记者 after it is one cue, before a comma or
after a quotation; the act in 分析称 / 评论称 is no part of the name before it; and a firm the tagger
took for a name, joined to a person by a title (某公司市场总监X), is not the speaker; after a connective
(但在X看来) only a named person or a pronoun holds the view; 父母 is a speaker noun like 父亲. Each case is a
sentence written for the test."""
from __future__ import annotations

from tests.test_quotes import quotes_of


def _said(found):
    return [(s, c, t) for s, c, t, _ in found]


def test_zai_kanlai_right_after_a_quotation_frames_a_view():
    found = quotes_of("每家店的价格不同。“零售价怎么涨，由店主决定。”在另一位饮料品牌负责人李明看来，加税之后，工厂的成本会增加很多。")
    assert ("李明", "看来", "加税之后，工厂的成本会增加很多") in _said(found)


def test_zai_kanlai_after_a_connective_frames_a_view():
    found = quotes_of("李四认为，这很好。而在研究院院长王五看来，参加任何活动都是一个过程。")
    assert ("王五", "看来", "参加任何活动都是一个过程") in _said(found)


def test_a_view_not_framed_by_zai_is_no_statement():
    assert quotes_of("这样看来，参加任何活动都是一个过程。") == []


def test_he_refers_to_a_name_after_a_long_titled_description():
    found = quotes_of("在李明看来，加税之后，成本会增加很多。“因为最终只有把东西卖出去才行。”饮料品牌蓝海联合创始人王强"
                      "也向本报记者讲解了价格如何层层传递，他总结道，门店如果还要保持利润，就要涨价。")
    assert _said(found)[-1] == ("王强", "总结道", "门店如果还要保持利润，就要涨价")


def test_told_a_periodical_after_a_quotation_names_the_speaker():
    found = quotes_of("李明说。“这个行业变化很大，大家都很累。”王强告诉《南方周刊》。")
    assert _said(found) == [("王强", "告诉《南方周刊》", "这个行业变化很大，大家都很累。")]


def test_told_a_periodical_before_a_comma_is_a_statement():
    found = quotes_of("学会会长王五告诉《南方周刊》，根本目的就是向读者提供一个更好的版本。")
    assert _said(found) == [("王五", "告诉《南方周刊》", "根本目的就是向读者提供一个更好的版本")]


def test_told_a_periodical_as_the_frame_of_a_colon_keeps_the_quotation_whole():
    found = quotes_of("正如协会秘书长王五告诉《南方周刊》的那样：“我们只想让读者看到更可靠的版本。”")
    assert [t for _, _, t in _said(found)] == ["我们只想让读者看到更可靠的版本。"]


def test_the_act_before_the_cue_is_not_part_of_a_pronoun():
    found = quotes_of("王五表示，这个问题要看情况。他分析称，顾客在一些场景只能选择这种产品。")
    assert _said(found)[-1] == ("王五", "分析称", "顾客在一些场景只能选择这种产品")


def test_analyses_counted_keep_their_noun():
    found = quotes_of("不少分析认为，两国的外交政策将更加独立。")
    assert _said(found) == [("不少分析", "分析认为", "两国的外交政策将更加独立")]


def test_a_firm_before_a_titled_person_does_not_speak():
    found = quotes_of("睿思德市场总监林爽表示，品牌在一线城市以直营为主。")
    assert _said(found) == [("林爽", "表示", "品牌在一线城市以直营为主")]


def test_zai_kanlai_after_but_names_a_person():
    found = quotes_of("王海认为，这很好。但在李明看来，某些做法已经走得太远。")
    assert _said(found)[-1] == ("李明", "看来", "某些做法已经走得太远")


def test_zai_kanlai_after_but_with_a_bare_nickname_is_the_writers_persona():
    assert quotes_of("有人说这很好。但在老司机看来，这种说法正好证明了问题。") == []


def test_an_abbreviation_in_brackets_stays_with_the_outlet_before_the_act():
    found = quotes_of("东方广播公司（EBC）评论称，两国首脑互访趋于常态。")
    assert _said(found) == [("东方广播公司（EBC）", "评论称", "两国首脑互访趋于常态")]


def test_zai_kanlai_with_a_pronoun_still_reaches_back():
    found = quotes_of("王海认为，这很好。在他看来，某些做法已经走得太远。")
    assert _said(found)[-1] == ("王海", "看来", "某些做法已经走得太远")


def test_a_leader_writing_to_another_states_office_holder_still_speaks():
    found = quotes_of("正如国家主席李明致法国总统马龙的贺电中所指出，“双方愿意携手前行，共同开创合作新局面。”")
    assert [s for s, _, _ in _said(found)] == ["李明"]


def test_parents_named_by_their_child_speak_the_quotation_after_them():
    found = quotes_of("王明说，他考上了。王明的父母对这个安排也很满意。“能回到家乡读书，我们就放心了。”")
    assert _said(found)[-1] == ("王明的父母", "。", "能回到家乡读书，我们就放心了。")
