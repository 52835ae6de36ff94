"""Entities decided by the words around them: places and companies LAC reads as people, countries run into
common words, a country before the company or place inside it, bodies named without their country, and
one-character forms of countries and provinces."""
from __future__ import annotations

import pytest

import newsfacts
from newsfacts.kb import KnowledgeBase
from newsfacts.tagging import tag_sentence


def entities(text: str, on: str = "2023-01-15") -> dict[str, tuple[str, str | None]]:
    doc = newsfacts.analyze_text(text, published_at=on)
    return {e.name: (e.type, e.canonical) for e in doc.entities}


# -- places and companies that LAC reads as people -------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("俄军占领了索莱达尔，并继续向伊久姆推进。", "索莱达尔"),  # 占领 + name
    ("俄军占领了索莱达尔，并继续向伊久姆推进。", "伊久姆"),  # 向 + name + 推进
    ("当地官员说，伊久姆位于河谷之中。", "伊久姆"),  # name + 位于
    ("炮弹击中了克列缅纳亚和斯瓦托沃的居民区。", "克列缅纳亚"),  # listed with a place
    ("他的律师在特拉华州威尔明顿的住所找到了文件。", "威尔明顿"),  # a state right before a town
])
def test_places_by_the_words_around_them(text, name):
    assert entities(text)[name][0] == "GPE"


def test_every_mention_of_a_name_follows_the_one_context_decided():
    found = entities("索莱达尔之战仍在继续。双方都声称控制了索莱达尔的盐矿。")
    assert found["索莱达尔"][0] == "GPE"
    assert [n for n, (t, _) in found.items() if t == "PER"] == []


def test_a_quoted_name_before_a_works_is_a_company():
    assert entities("导弹击中了“波利帕克”塑料生产企业。")["波利帕克"][0] == "ORG"


def test_a_title_or_a_speech_verb_keeps_a_person():
    found = entities("会议结束后，法国防长勒科尔、希腊防长登迪亚斯分别发表讲话。")
    assert found["勒科尔"][0] == "PER"


# -- countries run into common words; a country before what is inside it ---------------------------
def test_a_country_run_into_a_common_word_is_the_country():
    found = entities("韩媒报道说，澳商界担心澳葡萄酒的出口。")
    assert found.get("韩") == ("GPE", "South Korea")
    assert ("GPE", "Australia") in found.values()
    assert not {"韩媒", "澳商界", "澳葡萄酒"} & found.keys()


def test_a_country_before_a_company_or_a_place_inside_it_is_split_off():
    found = entities("美国雷神公司与挪威康士伯集团公司签约后，代表团飞往新西兰克赖斯特彻奇市。")
    assert found["雷神公司"] == ("ORG", "Raytheon Technologies")
    assert found["康士伯集团公司"] == ("ORG", "Kongsberg Gruppen")
    assert found["美国"][0] == found["挪威"][0] == found["新西兰"][0] == "GPE"
    assert found["克赖斯特彻奇市"][0] == "GPE"


def test_a_country_s_own_body_stays_one_name():
    assert entities("美国国务院发表声明。")["美国国务院"] == ("ORG", "United States Department of State")


def test_a_country_and_its_leader_s_government():
    found = entities("澳大利亚特恩布尔政府当年调整了政策。")
    assert found["特恩布尔"] == ("PER", "Malcolm Turnbull")
    assert found["澳大利亚"][0] == "GPE"


def test_a_title_inside_a_person_name_is_cut_off():
    found = entities("厄总统拉索会见了来访的美国官员。")
    assert "拉索" in found and not any("总统" in name for name in found)


# -- bodies named without their country ------------------------------------------------------------
def test_a_bare_body_is_the_country_s_the_article_named():
    found = entities("美国司法部长加兰宣布任命特别检察官。律师说，他们与司法部保持密切协调。")
    assert found["司法部"] == ("ORG", "United States Department of Justice")


def test_a_bare_body_after_the_full_name_is_one_entity():
    found = entities("泰国众议院选举结果揭晓。为泰党赢得众议院多数席位。")
    assert found["泰国众议院"] == ("ORG", "House of Representatives of Thailand")
    assert "众议院" not in found
    assert found["为泰党"] == ("ORG", "Pheu Thai Party")


def test_a_bare_body_with_no_other_country_stays_chinese():
    found = entities("外交部发言人毛宁表示，中方坚决反对。")
    assert found["外交部"] == ("ORG", "Ministry of Foreign Affairs of the People's Republic of China")


# -- one-character forms, NER conventions ----------------------------------------------------------
@pytest.mark.parametrize("text, name, canonical", [
    ("代表团昨天抵京，随后访华的日程公布。", "京", "Beijing"),
    ("代表团昨天抵京，随后访华的日程公布。", "华", "China"),
    ("会议结束后，他们赴沪考察。", "沪", "Shanghai"),
])
def test_one_character_forms_of_provinces_and_countries(text, name, canonical):
    found = entities(text)
    assert (found.get(name) or (None, None))[1] == canonical or ("GPE", canonical) in found.values()


def test_forecast_lines_and_parts_of_places_in_bio_tags():
    sentence = "成都晴，新疆北部有雪。"
    tags = tag_sentence(sentence, adapt=False)
    spans = {sentence[i:i + 2]: tags[i:i + 2] for i in (0, 4)}
    assert spans["成都"] == ["B-LOC", "I-LOC"] and tags[2] == "O"
    assert spans["新疆"] == ["B-LOC", "I-LOC"] and tags[6:8] == ["O", "O"]


# -- the knowledge base's organisations --------------------------------------------------------------
@pytest.mark.parametrize("name, english", [
    ("中国社会科学院", "Chinese Academy of Social Sciences"),
    ("战争研究所", "Institute for the Study of War"),
    ("国家发展改革委", "National Development and Reform Commission"),
    ("印军", "Indian Armed Forces"),
    ("俄罗斯卫星通讯社", "Sputnik"),
])
def test_organisations_and_their_short_forms(name, english):
    assert [a.name_en for a in KnowledgeBase.load().lookup(name)][:1] == [english]


def test_research_bodies_are_no_parties_to_events():
    doc = newsfacts.analyze_text("中国社会科学院的专家指出，合作前景广阔。", published_at="2023-05-01")
    cass = [e for e in doc.entities if e.canonical == "Chinese Academy of Social Sciences"]
    assert cass and cass[0].country is None


# -- people the knowledge base does not know ---------------------------------------------------------
def test_an_unknown_foreign_name_keeps_a_table_reading_and_stays_unlinked():
    doc = newsfacts.analyze_text("分析人士斯坦利-约翰逊说，局势仍不明朗。", published_at="2023-05-01")
    person = next(e for e in doc.entities if e.type == "PER")
    assert person.canonical == "Stanley Johnson"
    assert person.id.startswith("local:") and person.wikidata is None and person.confidence < 0.9


def test_a_head_of_state_by_surname_and_title():
    assert entities("厄瓜多尔总统拉索会见了来访的官员。", on="2022-06-01")["拉索"] == ("PER", "Guillermo Lasso")


def test_an_envoy_posted_abroad_serves_the_state_before_zhu():
    doc = newsfacts.analyze_text("测试标题\n\n法国驻埃及大使杜邦表示，两国合作前景广阔。", published_at="2025-04-19T10:00:00")
    assert {e.name: e.country for e in doc.entities if e.type == "PER"} == {"杜邦": "FRA"}


def test_a_city_name_opening_a_longer_place_is_not_a_country_inside_it():
    doc = newsfacts.analyze_text("测试标题\n\n今年3月，以色列曾空袭大马士革国际机场。")
    assert {e.name: e.country for e in doc.entities} == {"以色列": "ISR", "大马士革": "SYR"}
    assert [(e.type, e.source, e.target) for e in doc.events] == [("ASSAULT", "ISR", "SYR")]
