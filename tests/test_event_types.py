"""A warning's type from its frame: a threat when it states a consequence, a demand when it only
tells the other side what to do."""
from __future__ import annotations

import newsfacts


def events_of(body: str) -> list[tuple]:
    doc = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00")
    return [(e["type"], e["source"], e["target"]) for e in doc.to_dict()["events"]]


def test_a_warning_that_only_tells_what_to_do_is_a_demand():
    assert events_of("俄罗斯警告美国不要向乌克兰提供导弹。") == [("REQUEST", "RUS", "USA")]
    assert events_of("俄罗斯外长警告称：“美国不要向乌克兰提供导弹。”") == [("REQUEST", "RUS", "USA")]


def test_a_warning_with_a_consequence_is_a_threat():
    assert ("THREATEN", "RUS", "USA") in events_of("俄罗斯警告美国，如果向乌克兰提供导弹，俄方将采取反制措施。")
    assert events_of("朝鲜警告美国不要挑衅，否则将付出代价。") == [("THREATEN", "PRK", "USA")]
    assert ("THREATEN", "RUS", "USA") in events_of("俄罗斯外长警告称：“如果美国向乌克兰提供导弹，俄方将予以回击。”")
