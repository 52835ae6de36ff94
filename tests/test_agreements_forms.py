"""Agreements on sentences written for the tests: name forms and state verbs of international news
that the earlier rules missed (a joint 规划, a title closing after its period, a level of relations the
segmenter splits, a ceasefire extended with 将, a counted consensus, initialling, conditioned entry
into force)."""
from __future__ import annotations

import newsfacts


def summary(body: str) -> list[tuple[str, str, list[str], str]]:
    found = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()["agreements"]
    return [(a["name"], a["kind"], a["parties"], a["state"]) for a in found]


def test_a_plan_two_states_sign_is_an_agreement():
    found = summary("中国外长和越南外长当天签署了《中越经贸合作五年发展规划》。")
    assert found == [("中越经贸合作五年发展规划", "plan", ["CHN", "VNM"], "signed")]


def test_a_title_may_close_after_the_period_it_covers():
    found = summary("两国外长签署了《中蒙战略合作规划（2024—2028年）》，中方与蒙古国将共同落实。")
    assert [(name, parties, state) for name, _, parties, state in found] == \
        [("中蒙战略合作规划", ["CHN", "MNG"], "signed")]


def test_one_states_own_programme_is_no_agreement():
    assert summary("中国国务院印发《数字经济发展规划》，要求各地抓好落实。") == []
    assert summary("根据规划，这条铁路将于明年通车。") == []


def test_a_split_level_of_relations_opens_the_partnership_name():
    found = summary("两国领导人重申，中巴是彼此信赖的全天候战略合作伙伴。")
    assert [name for name, *_ in found] == ["全天候战略合作伙伴"]


def test_a_ceasefire_extended_in_the_disposal_construction():
    found = newsfacts.analyze_text("测试标题\n\n在埃及的调停下，以色列和哈马斯同意将人道主义停火延长三天。",
                                   published_at="2025-04-19T10:00:00").to_dict()["agreements"]
    assert [(a["kind"], a["parties"], a["brokers"], a["state"]) for a in found] == \
        [("ceasefire", ["ISR", "PSE"], ["EGY"], "in_force")]


def test_a_counted_consensus_two_leaders_reach():
    found = summary("美国总统和中国国家主席举行会晤，达成二十多项共识。")
    assert found == [("二十多项共识", "other", ["CHN", "USA"], "agreed_in_principle")]


def test_a_bare_consensus_without_count_or_topic_is_none():
    assert summary("专家们认为，社会各界已经达成共识。") == []


def test_initialling_is_agreement_in_principle_and_no_part_of_the_name():
    found = summary("塞尔维亚和科索沃草签了一项和平协议，正式签署仍待双方确定日期。")
    assert [(name, state) for name, _, _, state in found] == [("和平协议", "agreed_in_principle")]


def test_entry_into_force_conditioned_on_ratification_is_still_ahead():
    found = summary("日本和菲律宾签署了《防务合作协定》，该协定须经两国议会批准后生效。")
    assert [(name, state) for name, _, _, state in found] == [("防务合作协定", "signed")]


def test_a_known_agreement_named_without_its_quotes():
    found = summary("韩国政府宣布，全面暂停9·19军事协议的效力。")
    assert [(name, parties, state) for name, _, parties, state in found] == \
        [("9·19军事协议", ["KOR", "PRK"], "suspended")]


def test_a_joint_statement_about_a_partnership_is_a_record_of_its_own():
    found = summary("中国和越南领导人签署了关于深化全面战略合作伙伴关系的联合声明。")
    assert [(kind, state) for _, kind, _, state in found] == [("other", "signed"), ("partnership", "in_force")]


def test_a_verb_cut_from_its_one_character_object_opens_the_name():
    found = summary("英国与欧盟达成脱欧后贸易协议。")
    assert [name for name, *_ in found] == ["脱欧后贸易协议"]


def test_a_reciprocal_verb_opens_the_name():
    found = summary("中国和泰国签署了互免签证协定。")
    assert [(name, state) for name, _, _, state in found] == [("互免签证协定", "signed")]


def test_revising_is_no_part_of_the_name():
    found = summary("美国和韩国同意修订核能合作协定。")
    assert [name for name, *_ in found] == ["核能合作协定"]


def test_a_clause_opening_with_israel_states_no_aim():
    found = summary("以色列与黎巴嫩已就停火安排达成协议。")
    assert [(parties, state) for _, _, parties, state in found] == [(["ISR", "LBN"], "agreed_in_principle")]


def test_a_date_between_the_modal_and_the_verb_keeps_the_step_ahead():
    found = summary("日本与法国签署的防务协定将于2026年12月正式生效，两国外长出席了签字仪式。")
    assert [(name, state) for name, _, _, state in found] == [("防务协定", "signed")]


def test_indonesia_abbreviated_in_a_run():
    found = summary("中印尼两国签署了渔业合作谅解备忘录。")
    assert [(name, parties) for name, _, parties, _ in found] == [("渔业合作谅解备忘录", ["CHN", "IDN"])]


def test_a_ceasefire_suggestion_is_a_ceasefire_proposal():
    found = summary("俄罗斯拒绝了乌克兰提出的停火建议。")
    assert [(kind, state) for _, kind, _, state in found] == [("ceasefire", "rejected")]


def test_a_generic_noun_before_a_title_is_the_same_agreement():
    found = summary("美俄之间的军控条约《新削减战略武器条约》已于2011年生效。")
    assert [name for name, *_ in found] == ["新削减战略武器条约"]


def test_two_topics_joined_inside_a_name():
    found = summary("俄罗斯宣布中止执行与美国的钚管理和处置协定。")
    assert [(name, parties, state) for name, _, parties, state in found] == \
        [("钚管理和处置协定", ["RUS", "USA"], "suspended")]


def test_a_ceasefire_first_named_by_its_fate():
    assert [(kind, state) for _, kind, _, state in summary("印度和巴基斯坦之间的停火于周日破裂。")] == \
        [("ceasefire", "terminated")]
    assert summary("联合国呼吁以色列和哈马斯立即停火并结束冲突。") == []


def test_third_states_proposing_a_ceasefire_are_its_brokers():
    found = newsfacts.analyze_text("测试标题\n\n埃及和卡塔尔提出的停火方案遭以色列和哈马斯拒绝。",
                                   published_at="2025-04-19T10:00:00").to_dict()["agreements"]
    assert [(a["parties"], a["brokers"], a["state"]) for a in found] == [(["ISR", "PSE"], ["EGY", "QAT"], "rejected")]


def test_a_side_proposing_a_ceasefire_stays_a_party():
    found = newsfacts.analyze_text("测试标题\n\n以色列拒绝了哈马斯提出的停火提议。",
                                   published_at="2025-04-19T10:00:00").to_dict()["agreements"]
    assert [(a["parties"], a["brokers"]) for a in found] == [(["ISR", "PSE"], [])]
