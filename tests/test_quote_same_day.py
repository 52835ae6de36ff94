"""当天/同日 in a statement's lead is the last day the article named before it, not the day of
publication, also when that day was named inside an earlier quotation; events told through the
statement take the same day. Short passages written for the tests."""
from __future__ import annotations

import newsfacts


def _doc(body: str):
    return newsfacts.analyze_text("测试标题\n\n" + body, published_at="2026-05-20T09:00:00")


def test_same_day_after_a_day_inside_a_report():
    doc = _doc("据当地电视台报道，菲律宾海军17日在近海扣押了一艘越南渔船。越南外交部当天批评菲方的做法严重侵犯渔民权利。")
    dated = {q.speaker.text: q.date for q in doc.quotes if q.speaker}
    assert dated.get("越南外交部") == "2026-05-17"
    assert [(e.type, e.source, e.target, e.date) for e in doc.events if e.type == "ACCUSE"] == [
        ("ACCUSE", "VNM", "PHL", "2026-05-17")]


def test_a_day_of_its_own_still_wins():
    doc = _doc("甲国军队15日越过边界。乙国总理张明18日表示，边境局势令人担忧。")
    assert [q.date for q in doc.quotes] == ["2026-05-18"]
