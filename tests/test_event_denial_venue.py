"""Denied and advised acts, venues, seas named after a state and prisoner exchanges: each case is a
short sentence written for the test, its expected events first."""
from __future__ import annotations

from test_events import events_of


def test_denied_aid_is_no_asserted_act():
    assert events_of("叙利亚否认曾向伊拉克运送武器援助。") == []
    assert ("AID", "SYR", "IRQ", "运送") in events_of("叙利亚否认曾向伊拉克运送武器援助。", negated=True)


def test_denied_attack_is_negated_but_a_later_act_stands():
    assert all(e[0] != "ASSAULT" for e in events_of("土耳其否认袭击了希腊渔船。"))
    assert ("ASSAULT", "TUR", "GRC", "袭击") in events_of("土耳其否认袭击了希腊渔船。", negated=True)
    assert ("ASSAULT", "TUR", "GRC", "袭击") in events_of("土耳其否认指控后袭击了希腊。")


def test_third_party_advice_is_no_act_of_the_advised():
    assert events_of("学者建议越南和泰国共享情报。") == []
    assert events_of("联合国呼吁埃塞俄比亚和厄立特里亚停火。") == [
        ("REQUEST", "UN", "ETH", "呼吁"), ("REQUEST", "UN", "ERI", "呼吁")]


def test_a_proposal_to_meet_is_no_meeting_and_advice_as_a_noun_governs_nothing():
    assert ("CONSULT", "IND", "PAK", "举行会谈") not in events_of("印度提议与巴基斯坦举行会谈。")
    assert ("REJECT", "ISR", "PSE", "拒绝") in events_of("哈马斯提出的停火建议遭到以色列拒绝。")


def test_venue_of_talks_is_no_party():
    assert events_of("在多哈举行的阿富汗和平谈判再次推迟。") == []
    assert events_of("美国与伊朗在阿曼首都马斯喀特举行间接谈判。") == [("CONSULT", "USA", "IRN", "谈判")]


def test_sea_named_after_a_state_is_a_place():
    assert events_of("日本向印度洋派遣军舰。") == []
    assert events_of("美国向墨西哥湾派遣军舰。") == []


def test_prisoner_exchange_is_a_release_each_way():
    assert events_of("亚美尼亚与阿塞拜疆交换战俘。") == [("RETREAT", "ARM", "AZE", "交换战俘"),
                                                 ("RETREAT", "AZE", "ARM", "交换战俘")]
    assert events_of("亚美尼亚和阿塞拜疆进行了战俘交换。") == [("RETREAT", "ARM", "AZE", "战俘交换"),
                                                   ("RETREAT", "AZE", "ARM", "战俘交换")]


def test_a_name_ending_in_qi_does_not_make_a_threat_a_noun():
    assert ("ASSAULT", "TUR", "SYR", "军事行动") in events_of("土耳其威胁对叙利亚采取军事行动。", negated=True)
    assert ("ASSAULT", "TUR", "SYR", "军事行动") not in events_of("土耳其威胁对叙利亚采取军事行动。")
