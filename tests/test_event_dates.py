"""Event dates: a bare weekday after 下周 or with 将 is still to come; a nominal act's own time after 于."""
from __future__ import annotations

import newsfacts


def events_of(body: str, published_at: str = "2025-04-19T10:00:00") -> list[tuple]:
    doc = newsfacts.analyze_text("测试标题\n\n" + body, published_at=published_at)
    return [(e["type"], e["source"], e["target"], e["trigger"], e.get("date")) for e in doc.to_dict()["events"]]


def test_a_weekday_after_next_week_is_still_to_come():
    # 2025-04-19 is a Saturday: a bare 周一 is the 14th, after 下周 it is the 21st
    said = events_of("法国总统下周访问俄罗斯。法国媒体说，法国总统周一在莫斯科与俄罗斯总统会面。")
    assert ("CONSULT", "FRA", "RUS", "会面", "2025-04-21") in said
    assert events_of("法国总统周一在莫斯科与俄罗斯总统会面。") == [("CONSULT", "FRA", "RUS", "会面", "2025-04-14")]
    assert events_of("德国总统将于周三访问法国。") == [("CONSULT", "DEU", "FRA", "访问", "2025-04-23")]
    assert events_of("德国总统周三访问了法国。") == [("CONSULT", "DEU", "FRA", "访问", "2025-04-16")]


def test_a_nominal_meetings_date_after_yu():
    said = events_of("中俄峰会将于5月3日在西安举行。")
    assert [e[4] for e in said] == ["2025-05-03"]
