"""Sanctions told as measures: a trade right withdrawn, two measures of one sentence, an act under a
disputed label. Sentences written for these tests."""
from __future__ import annotations

from test_events import events_of


def test_trade_right_withdrawn_from_a_states_firms():
    assert events_of("韩国暂停了三家日本化工企业的进口资格。") == [("SANCTION", "KOR", "JPN", "暂停")]


def test_right_restored_or_withdrawal_denied_is_no_sanction():
    assert events_of("海关总署决定恢复两家巴西肉类企业的输华资格。") == []
    assert events_of("韩国没有暂停日本企业的出口资格。") == []


def test_two_measures_in_one_sentence_are_two_sanctions():
    found = events_of("韩国对日本大米加征关税，暂停多家日本水产企业出口资格。")
    assert [e for e in found if e[0] == "SANCTION"] == [("SANCTION", "KOR", "JPN", "加征"),
                                                         ("SANCTION", "KOR", "JPN", "暂停")]


def test_sanction_words_of_one_clause_or_named_again_stay_one():
    assert events_of("挪威宣布对白俄罗斯实施制裁和禁运。") == [("SANCTION", "NOR", "BLR", "实施制裁")]
    assert events_of("挪威对白俄罗斯实施制裁，这轮制裁涉及多家银行。") == [("SANCTION", "NOR", "BLR", "实施制裁")]


def test_act_done_under_a_disputed_label():
    found = events_of("英法德三国对伊朗重启所谓“自动回弹制裁”程序。")
    assert sorted(e[1] for e in found if e[0] == "SANCTION" and e[2] == "IRN") == ["DEU", "FRA", "GBR"]


def test_disputed_label_alone_is_no_act():
    assert events_of("所谓“中国制裁论”纯属无稽之谈。") == []
