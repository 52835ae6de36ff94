"""Events on fresh international news (issue 15, round 6b): a meeting with a visitor named after the
relative clause of his visit, an act spoken of through one of its properties, and figures or goods
that name trade rather than an act between states. Each case is a short sentence written for the test."""
from __future__ import annotations

from conftest import events_of


def test_the_visitor_met_is_the_head_after_the_visit_clause():
    assert ("CONSULT", "CHN", "FRA") in events_of("习近平会见了来华访问的法国总统。")


def test_a_meeting_with_visitors_attending_a_forum_names_each():
    found = events_of("王毅会见前来出席论坛的日本外相和韩国外长。")
    assert ("CONSULT", "CHN", "JPN") in found and ("CONSULT", "CHN", "KOR") in found


def test_a_plain_meeting_is_unchanged():
    assert events_of("习近平会见法国总统。") == [("CONSULT", "CHN", "FRA")]


def test_the_nature_of_a_cooperation_is_no_act():
    assert events_of("中方揭露了美英澳合作的本质。") == []


def test_the_importance_of_cooperation_is_no_act():
    assert events_of("这组数字说明了意大利在能源方面同中国合作的必要性。") == []


def test_an_agreement_signed_still_heads_its_relative_clause():
    assert ("AGREE", "CHN", "RUS") in events_of("中俄签署的协议已经生效。")


def test_an_investment_figure_is_no_act():
    assert events_of("法企在华投资达到创纪录的80亿欧元。") == []


def test_a_count_of_attacks_still_reports_attacks():
    assert ("ASSAULT", "RUS", "UKR") in events_of("俄罗斯对乌克兰的袭击超过了100次。")


def test_goods_supplied_to_a_market_are_trade():
    assert events_of("法国车企向中国这个巨大的市场提供产品。") == []


def test_weapons_and_loans_supplied_are_still_aid():
    assert ("AID", "USA", "UKR") in events_of("美国向乌克兰提供了武器。")
    assert ("AID", "JPN", "PHL") in events_of("日本向菲律宾提供了5亿美元贷款。")


def test_coordinating_with_a_partner_is_a_consultation():
    assert ("CONSULT", "DEU", "FRA") in events_of("出访前，德国总理与法国总统进行了协调。")


def test_coordination_as_a_quality_is_no_act():
    assert events_of("两国经济发展的协调性不断增强。") == []
