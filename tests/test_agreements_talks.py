"""Parties of an agreement told of around talks: the topic of 甲国与乙国就…举行会谈 names no parties of a
later agreement, and talkers who only discuss another states' agreement are not its parties. Sentences
written for these tests; expected results first."""
from __future__ import annotations

import newsfacts


def summary(body: str) -> list[tuple[str, list[str], str]]:
    doc = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()
    return [(a["name"], a["parties"], a["state"]) for a in doc["agreements"]]


def test_talkers_discussing_another_pairs_ceasefire_are_not_its_parties():
    assert summary("土耳其与联合国就俄罗斯和乌克兰之间的停火协议举行会谈。") == [("停火协议", ["RUS", "UKR"], "negotiating")]


def test_an_agreement_talked_over_through_a_modifier_is_under_negotiation():
    assert summary("美国与卡塔尔就以色列和哈马斯的停火协议举行会谈。") == [("停火协议", ["ISR", "PSE"], "negotiating")]


def test_talks_on_their_own_agreement_keep_the_talkers():
    assert summary("中国与澳大利亚就自贸协定举行会谈。") == [("自贸协定", ["AUS", "CHN"], "negotiating")]
    assert summary("越南与菲律宾正在就签署海警合作协定进行磋商。") == [("海警合作协定", ["PHL", "VNM"], "negotiating")]


def test_both_sides_after_talks_are_the_talkers_not_the_topic():
    found = summary("美国与日本就中国和韩国的关系举行会谈，双方签署了防务合作协定。")
    assert found == [("防务合作协定", ["JPN", "USA"], "signed")]
    found = summary("俄罗斯与伊朗就叙利亚局势举行会谈，双方签署了能源合作备忘录。")
    assert found == [("能源合作备忘录", ["IRN", "RUS"], "signed")]


def test_both_sides_named_in_the_sentence_before_when_the_clause_names_only_a_topic():
    found = summary("土耳其总统会见了伊朗总统。两国就以色列和黎巴嫩停火问题交换意见，双方签署了贸易协定。")
    assert found == [("贸易协定", ["IRN", "TUR"], "signed")]


def test_a_body_with_its_own_code_listed_beside_states_stays_one_party():
    assert summary("英国、欧盟与挪威签署了渔业协定。") == [("渔业协定", ["EU", "GBR", "NOR"], "signed")]
    assert summary("日本和北约成员国签署了情报共享协定。") == [("情报共享协定", ["JPN", "NATO"], "signed")]


def test_a_technical_protocol_or_a_private_contract_is_no_agreement():
    assert summary("中国和美国的企业普遍采用这种通信协议。") == []
    assert summary("他与公司签订了保密协议。") == []
    assert summary("中美两国签署了服务贸易协议。") == [("服务贸易协议", ["CHN", "USA"], "signed")]
