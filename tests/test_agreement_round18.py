"""Round 18: a place name in a treaty's title is no run of state abbreviations (《巴塞罗那条约》 is not
巴 + 塞). Each case is a short sentence written for the test."""
from __future__ import annotations

import newsfacts


def parties_of(body: str) -> list[list[str]]:
    record = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()
    return [sorted(a["parties"]) for a in record["agreements"]]


def test_a_place_name_opening_a_title_gives_no_parties_of_its_own():
    assert parties_of("西班牙和法国签署了《巴塞罗那条约》。") == [["ESP", "FRA"]]
    assert parties_of("美国和印度签署了《新德里联合声明》。") == [["IND", "USA"]]


def test_state_abbreviations_opening_a_title_still_name_its_parties():
    assert parties_of("中巴两国签署了《中巴经济走廊协议》。") == [["CHN", "PAK"]]
    assert parties_of("中俄签署了《中俄睦邻友好合作条约》。") == [["CHN", "RUS"]]
