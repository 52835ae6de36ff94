"""Places, settlements, brands, clubs and one-sound names in context (place_phrases.py, nlp/clubs.py,
entity_edges.py, entities.py). Sentences written for these tests."""
from __future__ import annotations

import newsfacts


def entities(text: str, on: str = "2024-05-15") -> dict[str, str]:
    doc = newsfacts.analyze_text(text, published_at=on, stages=["entities", "actors"])
    return {e.name: e.type for e in doc.entities}


def test_a_direction_glued_to_the_place_before_a_settlement_noun_belongs_to_neither_name():
    found = entities("乌军正在争夺扎波罗热州西南小城奥列霍夫。")
    assert found.get("扎波罗热州") == "GPE"
    assert found.get("奥列霍夫") == "GPE"
    assert not any(t == "PER" for t in found.values())


def test_the_settlement_noun_glued_to_the_first_sound_of_the_name_gives_it_back():
    found = entities("俄军正在进攻卢甘斯克州西北重镇利西昌斯克。")
    assert found.get("利西昌斯克") == "GPE"
    assert "西昌斯克" not in found and "西北" not in found


def test_a_transliterated_name_after_a_settlement_noun_is_a_place():
    assert entities("俄军逼近扎波罗热州东南重镇奥列霍夫。").get("奥列霍夫") == "GPE"
    assert entities("赫尔松州中部地区诺瓦卡霍夫卡停电。").get("诺瓦卡霍夫卡") == "GPE"


def test_a_common_word_after_a_region_noun_is_no_place():
    found = entities("中东地区局势紧张，东部地区经济增长较快。")
    assert "局势" not in found and "经济" not in found


def test_a_one_sound_foreign_surname_after_a_title_is_the_person():
    assert entities("罗马尼亚总统丹表示，将加强双边合作。").get("丹") == "PER"
    assert "丹" not in entities("这种丹药并不存在。")


def test_a_make_counted_as_a_vehicle_is_no_person():
    found = entities("他开着一辆林肯去上班。")
    assert found.get("林肯") != "PER"


def test_carmakers_are_organisations():
    found = entities("赛力斯和蔚来公布了上月销量。")
    assert found.get("赛力斯") == "ORG" and found.get("蔚来") == "ORG"


def test_a_city_that_wins_a_league_match_is_its_club():
    found = entities("罗马在意甲联赛中2比1击败拉齐奥。")
    assert found.get("罗马") == "ORG"
    assert entities("罗马市长出席了开幕式。").get("罗马") == "GPE"


def test_a_country_in_a_match_stays_a_state():
    assert entities("日本在小组赛中2比1击败德国。").get("日本") == "GPE"


def test_singapore_by_its_nicknames():
    doc = newsfacts.analyze_text("星洲和狮城都是新加坡的别称。", stages=["entities", "actors"])
    assert {e.canonical for e in doc.entities} == {"Singapore"}


def test_fortune_telling_terms_are_no_actors():
    found = entities("婚姻宫遇到红鸾星，感情顺利；福元宫遇到龙德贵人，运势大吉。午中丁火与自己相合，落在夫妻宫。")
    assert not found


def test_a_model_counted_by_its_measure_word_is_no_person():
    assert entities("新款艾力绅正式上市，售价有所下调。").get("艾力绅") != "PER"
    assert entities("新款艾力绅正式上市，艾力绅的售价有所下调。").get("艾力绅") != "PER"


def test_a_one_sound_surname_after_a_title_links_to_the_office_holder_on_the_date():
    doc = newsfacts.analyze_text("罗马尼亚总统丹表示，将加强双边合作。", published_at="2025-06-20",
                                 stages=["entities", "actors"])
    assert {e.name: e.canonical for e in doc.entities}.get("丹") == "Nicușor Dan"
