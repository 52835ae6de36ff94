"""Trigger words of the PLOVER breadth list (data/event_triggers.tsv, round 4): one short sentence,
written for the test, per kind of act; the words count only on word boundaries and as acts told as done."""
from __future__ import annotations

import pytest

import newsfacts


def events_of(body: str, hypothetical: bool = False) -> list[tuple]:
    record = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()
    return [(e["type"], e["source"], e["target"], e["trigger"])
            for e in record["hypothetical_events" if hypothetical else "events"]]


@pytest.mark.parametrize("body, expected", [
    ("法国总统与德国总理举行电话会谈。", ("CONSULT", "FRA", "DEU", "电话会谈")),
    ("日本首相宴请了印度总理。", ("CONSULT", "JPN", "IND", "宴请")),
    ("俄罗斯与乌克兰交换战俘。", ("RETREAT", "RUS", "UKR", "交换战俘")),
    ("美国宣布放宽对古巴的制裁。", ("RETREAT", "USA", "CUB", "制裁")),
    ("欧盟对白俄罗斯放宽制裁。", ("RETREAT", "EU", "BLR", "放宽制裁")),
    ("德国向土耳其派遣医疗队。", ("AID", "DEU", "TUR", "派遣医疗队")),
    ("以色列军队轰击了黎巴嫩南部。", ("ASSAULT", "ISR", "LBN", "轰击")),
    ("英国将伊朗列入制裁名单。", ("SANCTION", "GBR", "IRN", "列入制裁名单")),
    ("俄罗斯对北约表示反对。", ("REJECT", "RUS", "NATO", "表示反对")),
])
def test_a_breadth_word_names_its_act(body, expected):
    assert expected in events_of(body)


def test_a_visit_word_names_the_state_it_goes_to():
    assert ("CONSULT", "JPN", "TWN", "访台") in events_of("日本外务大臣上周访台。")


def test_a_breadth_word_inside_a_longer_word_is_no_act():
    # 巡逻 inside 巡逻艇 is part of a noun: the sale is the only act
    assert events_of("美国向菲律宾出售了巡逻艇。") == [("COOPERATE", "USA", "PHL", "出售")]


def test_a_breadth_word_under_an_open_question_is_no_fact():
    assert events_of("外界关注俄罗斯与乌克兰能否交换战俘。") == []
    assert events_of("假设中国对台湾动武，美国会如何反应。") == []


def test_a_step_said_to_help_an_act_does_not_report_it():
    assert events_of("这一机制有利于俄罗斯与乌克兰交换战俘。") == []


def test_a_negated_breadth_word_is_no_fact():
    assert events_of("美国没有放宽对古巴的制裁。") == []


def test_a_visit_at_an_invitation_is_made():
    assert ("CONSULT", "IND", "DEU", "访问") in events_of("应德国总理邀请，印度总理访问德国。")
