"""双方 that stands for a firm and its clients, and deals or sales whose only named party is a firm
(round 11, fresh world news). Sentences written for these tests."""
from __future__ import annotations

from conftest import events_of


_TALKS = "美国总统与日本首相周一举行会谈。美国和日本同意加强合作。"


def test_both_sides_after_a_firm_are_no_states():
    found = events_of(_TALKS + "星河集团方面周三回应称，公司将改进售后服务，目前双方已达成谅解。")
    assert ("AGREE", "USA", "JPN") in found  # the states' own agreement stays
    assert ("AGREE", "JPN", "USA") not in found  # 双方 here are the firm and its clients


def test_both_sides_named_by_a_state_side_stay_the_states():
    found = events_of(_TALKS + "美方官员称，双方已达成谅解。")
    assert ("AGREE", "USA", "JPN") in found and ("AGREE", "JPN", "USA") in found


def test_a_sale_by_firms_takes_no_state_from_the_sentence_before():
    found = events_of("韩国和美国继续谈判。真正面向市场出售这种芯片的仅高通、联发科两家。")
    assert found == [("CONSULT", "KOR", "USA")]


def test_an_approval_with_no_approver_named_is_a_firms_business():
    assert events_of("中国和美国继续磋商。药监部门附条件批准辉瑞公司的药物进口。") == [("CONSULT", "CHN", "USA")]
    assert events_of("中国和美国继续磋商。辉瑞公司开发的药物已在我国获得有条件批准。") == [("CONSULT", "CHN", "USA")]


def test_a_state_that_approves_a_firms_deal_by_name_stays():
    assert ("AGREE", "DEU", "USA") in events_of("德国政府批准辉瑞公司收购一家本地药厂的股份。")


def test_an_outlet_before_both_sides_is_no_side():
    found = events_of("中国和越南关系密切。据路透社报道，双方周二签署了协议。")
    assert ("AGREE", "CHN", "VNM") in found
