"""Sanctions told as a ban a state puts in force (宣布禁止, 下令禁止, 签署…命令，禁止X) and not as one only
studied or standing, and drills whose name the tagger glues onto the trigger noun (环太军演). Each case
is a short sentence written for the test."""
from __future__ import annotations

from conftest import events_of


def test_a_ban_ordered_is_a_sanction():
    assert ("SANCTION", "FRA", "IRN") in events_of("法国政府5日下令禁止伊朗航班入境。")


def test_a_ban_announced_in_its_own_clause_is_a_sanction():
    assert ("SANCTION", "FRA", "IRN") in events_of("法国国防部5日宣布，禁止本国企业向伊朗出口无人机零件。")


def test_a_ban_only_studied_is_no_sanction():
    assert events_of("法国正研究禁止伊朗公司收购本国港口。") == []


def test_a_ban_announced_as_considered_is_no_sanction():
    assert events_of("法国曾宣布将考虑禁止伊朗公司收购本国港口。") == []


def test_a_standing_rule_is_no_sanction():
    assert events_of("法国法律禁止伊朗公司收购本国港口。") == []


def test_a_ban_with_a_row_of_its_own_is_told_once():
    assert events_of("法国政府5日宣布禁止进口伊朗石油。") == [("SANCTION", "FRA", "IRN")]


def test_the_act_a_ban_forbids_is_not_done():
    found = events_of("法国5日宣布禁止向伊朗出售武器。")
    assert ("SANCTION", "FRA", "IRN") in found
    assert ("COOPERATE", "FRA", "IRN") not in found


def test_a_named_drill_glued_by_the_tagger_is_joined():
    assert ("COOPERATE", "CAN", "IND") in events_of("2018年，加拿大还曾邀请印度参加环太军演。")


def test_a_named_drill_held_alone_is_no_cooperation():
    assert not [e for e in events_of("美军本周在关岛举行勇敢之盾演习。") if e[0] == "COOPERATE"]
