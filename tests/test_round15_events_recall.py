"""Round 15 (branch h26-evr): event recall on unseen news. The same verb class fires whatever the
phrasing around it; each case is a short sentence written for the test, with a contrast."""
from __future__ import annotations

import newsfacts


def records_of(body: str) -> list[dict]:
    return newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()["events"]


def events_of(body: str) -> list[tuple]:
    return [(e["type"], e["source"], e["target"]) for e in records_of(body)]


def test_a_light_verb_after_dui_makes_the_noun_an_act_on_that_party():
    assert events_of("日本周二对朝鲜发出严厉警告。") == [
        ("THREATEN", "JPN", "PRK")]
    assert events_of("美国周二对俄罗斯进行了威胁。") == [("THREATEN", "USA", "RUS")]
    assert events_of("法国总统周二对德国表示赞扬。") == [("SUPPORT", "FRA", "DEU")]


def test_a_light_verb_with_a_modifier_keeps_the_direction():
    assert events_of("英国周二对伊朗进行了大规模的驱逐。") == [("SANCTION", "GBR", "IRN")]


def test_a_threat_spoken_of_with_no_party_after_dui_stays_no_act():
    assert events_of("日本周二发出严厉警告，称将加强防卫。") == []
