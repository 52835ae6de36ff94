"""Round 15 (agreements): a noun phrase a classifier opens running over a comma between its stacked
modifiers, and an agreement cited for what it will bring. Short sentences written for the tests."""
from __future__ import annotations

import newsfacts
from newsfacts.stages.agreement_states import clause_start, stacked_opening


def agreements(body: str) -> list[dict]:
    return newsfacts.analyze_text(f"测试标题\n\n{body}").to_dict()["agreements"]


def test_stacked_modifiers_across_a_comma_stay_in_the_clause():
    text = "两国签署了一份总额高达50亿元，期限长达20年的供气合同。"
    name = text.index("供气合同")
    assert stacked_opening(text, 0, name) == text.index("签署")
    assert clause_start(text, 0, name) == 0


def test_a_comma_after_a_named_document_is_a_clause_break():
    text = "两国签署了一份协议，涉及多个领域的合作方案。"
    name = text.index("合作方案")
    assert stacked_opening(text, 0, name) is None
    assert clause_start(text, 0, name) == text.index("涉及")


def test_a_comma_without_a_classifier_phrase_is_a_clause_break():
    text = "两国去年签署了协定，今年新的合作计划。"
    assert stacked_opening(text, 0, text.index("合作计划")) is None


def test_deal_with_stacked_modifiers_is_found_signed_with_its_parties():
    found = agreements("中国企业与阿富汗签署了一份总额高达50亿元，期限长达20年的采矿合同。")
    assert [(a["name"], a["parties"], a["state"]) for a in found] == [("采矿合同", ["AFG", "CHN"], "signed")]


def test_a_future_signing_with_stacked_modifiers_is_not_signed():
    found = agreements("中国将与阿富汗签署一份总额高达50亿元，期限长达20年的采矿合同。")
    assert all(a["state"] != "signed" for a in found)


def test_an_agreement_cited_for_what_it_will_bring_is_not_in_force():
    found = agreements("中国企业与阿富汗签署了一份采矿合同。根据这个采矿协议，大部分投资由中国企业承担。"
                       "根据相应的协议，中国还会在安保上给予阿富汗必要的支持。")
    assert [(a["parties"], a["state"]) for a in found] == [(["AFG", "CHN"], "signed")]


def test_an_agreement_cited_as_the_basis_of_an_act_is_in_force():
    found = agreements("1990年，日本与韩国签署了渔业协定。根据渔业协定，两国渔船在共同水域作业。")
    assert found and found[0]["state"] == "in_force"


def test_an_agreement_reached_with_one_side_named_takes_the_paragraphs_two_states():
    found = agreements("澳大利亚贸易部长周五在记者会上说，中方已经确认，上个月达成的协议执行顺利。")
    assert [(a["parties"], a["state"]) for a in found] == [(["AUS", "CHN"], "agreed_in_principle")]


def test_firms_reaching_an_agreement_take_no_states_from_the_paragraph():
    body = ("美国一家运动品牌的销量下滑。国内两家药企就新药的联合开发达成战略合作协议。"
            "中国市场的需求依然旺盛。")
    assert agreements(body) == []


def test_a_firm_in_the_sentence_keeps_the_paragraphs_states_out():
    assert agreements("特斯拉周一和上海市政府签署了投资协议。美国和中国的贸易关系仍然紧张。") == []
