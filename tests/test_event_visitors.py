"""Visits of a listed group and acts received from a named giver; sentences written for these tests."""
from __future__ import annotations

from test_events import events_of


def test_group_of_visitors_listed_after_including():
    assert sorted(events_of("今年访华的外国领导人包括越南总理、泰国总理。")) == [
        ("CONSULT", "THA", "CHN", "访华"), ("CONSULT", "VNM", "CHN", "访华")]


def test_visitors_listed_before_the_group_with_ji_hou():
    found = events_of("继德国总理、法国总统之后，近日访问越南的外国领导人又多了一位。")
    assert {(e[1], e[2]) for e in found if e[0] == "CONSULT"} == {("DEU", "VNM"), ("FRA", "VNM")}


def test_guests_a_host_welcomed():
    assert sorted(events_of("越南这次迎来的客人还包括法国总统马克龙、英国首相苏纳克。")) == [
        ("CONSULT", "FRA", "VNM", "迎来"), ("CONSULT", "GBR", "VNM", "迎来")]


def test_visit_still_to_come_or_group_of_tourists_is_no_visit():
    assert events_of("即将访华的外国领导人包括越南总理、泰国总理。") == []
    assert events_of("访华的外国游客包括越南人、泰国人。") == []


def test_aid_received_from_a_giver_named_before_de():
    assert events_of("冰岛对外争取援助，得到挪威的援助，直到次年才恢复。") == [("AID", "NOR", "ISL", "援助")]
    assert events_of("老挝接受了泰国的帮助。") == [("AID", "THA", "LAO", "帮助")]


def test_aid_received_with_no_giver_named_is_no_act():
    assert events_of("他们得到的援助很少。") == []
