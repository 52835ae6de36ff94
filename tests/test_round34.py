"""Round 34: from new blind batteries. Each case is a short text written for the test."""
from __future__ import annotations

from conftest import events_of


def test_members_of_one_named_group_are_no_parties_of_an_act_among_themselves():
    # 中亚 stands for its five members; the summit is China's with each, never one member's with another
    body = "中国－中亚峰会19日在西安举行。峰会期间，各方表示，中亚－中国合作机制已成为地区合作的重要平台。"
    found = events_of(body)
    assert ("CONSULT", "CHN", "KAZ") in found and ("CONSULT", "CHN", "UZB") in found
    assert not [e for e in found if e[1] != "CHN" and e[2] != "CHN"]
    # members the sentence names one by one are parties of their own
    assert events_of("哈萨克斯坦和乌兹别克斯坦13日在塔什干举行会谈。") == [("CONSULT", "KAZ", "UZB")]


def test_an_official_introduced_with_several_offices_serves_the_state_before_the_first():
    # 国务大臣兼国家安全顾问: the state before the first office is the person's, also when he is named again
    body = "沙特国务大臣兼国家安全顾问艾班6日抵达北京。王毅10日会见了艾班。"
    assert ("CONSULT", "CHN", "SAU") in events_of(body)
    body = "沙特国务大臣、内阁成员兼国家安全顾问穆萨伊德·艾班6日抵达北京。王毅10日会见了艾班。"
    assert ("CONSULT", "CHN", "SAU") in events_of(body)
    # one office alone already did
    assert ("CONSULT", "CHN", "SAU") in events_of("沙特国家安全顾问艾班6日抵达北京。王毅10日会见了艾班。")
