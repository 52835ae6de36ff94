"""Knowledge-base coverage for international news: people and bodies news names often, each linked by its
Chinese forms, the office beside a name deciding between namesakes, and unknown foreign names left unlinked."""
from __future__ import annotations

from datetime import date

import pytest

import newsfacts
from newsfacts.kb import KnowledgeBase


def entities(text: str, on: str) -> dict[str, object]:
    doc = newsfacts.analyze_text(text, published_at=on)
    return {e.name: e for e in doc.entities}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.mark.parametrize("text, name, canonical", [
    ("联合国教科文组织总干事阿祖莱周五访问了开罗。", "阿祖莱", "Audrey Azoulay"),
    ("参议院外交关系委员会主席梅嫩德斯周二批评了这项计划。", "梅嫩德斯", "Bob Menendez"),
    ("林郑周四在记者会上回应了提问。", "林郑", "Carrie Lam"),
    ("英国保守党前领袖施志安周一发表讲话。", "施志安", "Iain Duncan Smith"),
])
def test_people_news_names_link_by_their_chinese_forms(text, name, canonical):
    found = entities(text, "2022-06-01")
    assert found[name].canonical == canonical
    assert not found[name].id.startswith("local:")


@pytest.mark.parametrize("text, name, canonical", [
    ("国际民航组织周三发表声明。", "国际民航组织", "International Civil Aviation Organization"),
    ("中共中央政治局周五召开会议。", "中共中央政治局", "Politburo of the CPC Central Committee"),
    ("美国商务部工业与安全局周五更新了出口管制清单。", "美国商务部工业与安全局", "Bureau of Industry and Security"),
    ("日本经济产业省周二公布了新规。", "日本经济产业省", "Ministry of Economy, Trade and Industry"),
])
def test_bodies_news_names_link(text, name, canonical):
    assert entities(text, "2023-03-01")[name].canonical == canonical


def test_a_company_named_without_its_company_word_links_to_it():
    found = entities("高通周二发布了一款新芯片，小米集团随后宣布采用。", "2023-03-01")
    assert found["高通"].canonical == "Qualcomm"
    assert found["小米集团"].canonical == "Xiaomi"


def test_the_office_decides_who_holds_it_on_the_day(kb):
    assert [a.name_en for a in kb.holders("国际电信联盟秘书长", "UN", date(2020, 5, 1))] == ["Zhao Houlin"]
    assert [a.name_en for a in kb.holders("国际电信联盟秘书长", "UN", date(2024, 5, 1))] == ["Doreen Bogdan-Martin"]
    assert [a.name_en for a in kb.holders("教科文组织总干事", "UN", date(2015, 5, 1))] == ["Irina Bokova"]


def test_a_surname_other_notable_people_share_is_no_short_form(kb):
    # 达席尔瓦 is also Lula's surname and 努内斯 a US congressman's: only the full forms are listed
    assert not any(a.id == "p:jose-graziano-da-silva" for a in kb.lookup("达席尔瓦"))
    assert not any(a.id == "p:aloysio-nunes" for a in kb.lookup("努内斯"))


def test_an_unknown_foreign_name_stays_unlinked_with_a_transliteration():
    found = entities("英国议员马克·霍尔特周二表示，他反对这项协议。", "2023-03-01")
    person = next(e for e in found.values() if e.type == "PER")
    assert person.id.startswith("local:PER:")
    assert person.wikidata is None
    assert (person.role, person.country) == ("议员", "GBR")  # what the title before it says, no more
    assert person.canonical == "Mark Holt"


def test_a_verb_read_as_a_body_is_no_company():
    doc = newsfacts.analyze_text("一艘货船昨天驶入港口。如果联想到同在上月，日韩发表了联合声明，这并不意外。",
                                 published_at="2023-03-01", stages=["actors"])
    assert all(e.canonical != "Lenovo" for e in doc.entities)  # the tagger reads 联想 as a body here


@pytest.mark.parametrize("text, name, canonical, country", [
    ("中国驻英国大使馆发言人周二表示，希望对方停止干涉。", "中国驻英国大使馆", "Embassy of China in the United Kingdom", "CHN"),
    ("美国驻华大使馆周五发表声明。", "美国驻华大使馆", "Embassy of the United States in China", "USA"),
    ("中国常驻世贸组织代表团周三散发了一份文件。", "中国常驻世贸组织代表团",
     "Permanent Mission of China to the World Trade Organization", "CHN"),
])
def test_a_mission_named_by_its_two_states_is_named_in_english(text, name, canonical, country):
    found = entities(text, "2023-03-01")[name]
    assert (found.canonical, found.country) == (canonical, country)
    assert found.id.startswith("local:ORG:")  # named, but not a body the knowledge base lists


def test_an_outlet_named_after_another_country_is_not_its_namesake():
    doc = newsfacts.analyze_text("马来西亚《太阳报》报道，展会吸引了大批客户。", published_at="2022-11-07", stages=["actors"])
    paper = next(e for e in doc.entities if e.name == "太阳报")
    assert paper.canonical != "The Sun" and paper.id.startswith("local:ORG:")
    doc = newsfacts.analyze_text("英国《太阳报》周二报道了这一消息。", published_at="2022-11-07", stages=["actors"])
    assert [e.canonical for e in doc.entities if e.name == "太阳报"] == ["The Sun"]
