"""A statement, communiqué or talk named as the subject (公报称 / 谈话称) speaks for whoever issued it:
the body that released it (X发布新闻公报) or the one whose talk an agency carried (播发Y谈话).
Short passages written for the tests."""
from __future__ import annotations

from test_quotes import quotes_of


def test_a_press_communique_speaks_for_its_issuer():
    found = quotes_of("荷兰外交部周二发布新闻公报称，两国将恢复直航。公报称，首批航班“下月起飞”，票价另行公布。")
    assert [s for s, _, _, _ in found] == ["荷兰外交部", "荷兰外交部"]


def test_a_written_statement_speaks_for_its_issuer():
    found = quotes_of("荷兰外交部周二发表书面声明，称两国将恢复直航。声明还说，票价另行公布。")
    assert [s for s, _, _, _ in found] == ["荷兰外交部", "荷兰外交部"]


def test_a_carried_talk_speaks_for_the_one_who_gave_it():
    found = quotes_of("对此，塔斯社5日播发俄罗斯外交部发言人谈话，批评北约“火上浇油”。谈话称，演习威胁地区安全。")
    assert [s for s, _, _, _ in found] == ["俄罗斯外交部发言人", "俄罗斯外交部发言人"]


def test_a_brief_statement_speaks_for_its_issuer():
    found = quotes_of("荷兰外交部周二发表简短声明，称两国将恢复直航。声明写道，首批航班“下月起飞”。")
    assert [s for s, _, _, _ in found] == ["荷兰外交部", "荷兰外交部"]


def test_a_notice_speaks_for_the_body_that_posted_it():
    found = quotes_of("荷兰交通部周二发布公告，宣布两国恢复直航。公告说，首批航班下月起飞。")
    assert [s for s, _, _, _ in found][-1] == "荷兰交通部"
