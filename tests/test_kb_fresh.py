"""Unseen international news (issue 16, round 6b): bodies, people and places such news names, a foreign name
respelt versus a Chinese name with another character, a governor's title cut after the state, and a party
member's 党籍."""
from __future__ import annotations

import pytest

import newsfacts
from newsfacts.kb import KnowledgeBase


def entities(text: str) -> dict[str, tuple[str, object]]:
    doc = newsfacts.analyze_text("消息\n\n" + text, published_at="2022-10-01")
    return {e.name: (e.type, e.canonical) for e in doc.entities}


@pytest.mark.parametrize("text, name, canonical", [
    ("耐克与安踏都发布了新的跑鞋。", "耐克", "Nike, Inc."),
    ("据圣保罗页报报道，选举结果已经公布。", "圣保罗页报", "Folha de S.Paulo"),
    ("国际篮联宣布了下届比赛的举办地。", "国际篮联", "FIBA"),
    ("国家文物局当天公布了新的名单。", "国家文物局", "National Cultural Heritage Administration"),
    ("联邦快递在当地新建了一座转运中心。", "联邦快递", "FedEx"),
])
def test_bodies_unseen_news_names_link(text, name, canonical):
    assert entities(text).get(name, (None, None))[1] == canonical


@pytest.mark.parametrize("text, name, canonical", [
    ("德国卫生部长劳特巴赫周三呼吁民众接种疫苗。", "劳特巴赫", "Karl Lauterbach"),
    ("教授在课上讲了柏拉图和亚里士多德的分歧。", "亚里士多德", "Aristotle"),
    ("教授在课上讲了柏拉图和亚里士多德的分歧。", "柏拉图", "Plato"),
    ("伊朗官员沙姆哈尼周末接受了电视采访。", "沙姆哈尼", "Ali Shamkhani"),
])
def test_people_unseen_news_names_link(text, name, canonical):
    assert entities(text).get(name, (None, None))[1] == canonical


def test_places_unseen_news_names_link():
    found = entities("两国领导人在撒马尔罕举行会谈，随后讨论了里海的航运。")
    assert found.get("撒马尔罕") == ("GPE", "Samarkand")
    assert found.get("里海") == ("LOC", "Caspian Sea")


def test_a_company_named_with_its_company_word_links_where_the_kb_has_the_bare_name():
    found = entities("霍尼韦尔国际公司周五回应了质疑。")
    assert found.get("霍尼韦尔国际公司", (None, None))[1] == "Honeywell"
    assert entities("一家美国公司周五回应了质疑。").get("美国", (None, None))[1] == "United States"


def test_a_chinese_name_with_another_character_is_another_name():
    kb = KnowledgeBase.load()
    assert kb.fuzzy("辽阳市") == []  # not 洛阳市
    assert kb.fuzzy("国家建委", ("org",), threshold=0.9) == []  # not 国家监委
    assert kb.fuzzy("博索纳洛")[0][0].name_en == "Jair Bolsonaro"  # a foreign name respelt


def test_a_governors_title_cut_after_the_state_is_no_part_of_the_name():
    found = entities("佛罗里达州长德桑蒂斯当天发表讲话。")
    assert "长德桑蒂斯" not in found and found.get("德桑蒂斯", (None,))[0] == "PER"
    found = entities("长春市长沙路今天封闭施工。")
    assert "沙路" not in found
    assert "子县" not in entities("山西省长子县今天开通了新的公交线路。")


def test_a_party_members_membership_is_the_party():
    found = entities("几名共和党籍议员投了反对票。")
    assert "共和党籍" not in found and found.get("共和党", (None,))[0] == "ORG"


def test_medicines_and_virus_strains_are_no_actors():
    found = entities("这家药企的莫努匹韦已获批，阿兹夫定片也将上市。奥密克戎变异株传播很快。")
    assert not {"莫努匹韦", "阿兹夫定片", "阿兹夫定", "奥密克戎变异株"} & set(found)
    assert entities("拉韦当天会见了马克龙。").get("马克龙", (None,))[0] == "PER"


def test_a_surname_referring_back_run_into_a_word_is_no_second_person():
    found = entities("张建国是一名老教师。张平时话不多，但他做事认真，从不张扬。")
    assert set(found) == {"张建国"}
    found = entities("张建国是一名老教师。张平表示，他们是同事。")
    assert "张平" in found  # a second person of the same surname


def test_a_name_before_a_word_that_opens_like_a_dosage_form_or_stem_stays():
    assert "布莱克" in entities("布莱克片刻之后说，会议推迟了。")
    assert "戈尔巴乔夫" in entities("戈尔巴乔夫定下了改革的方向。")


def test_a_one_character_state_form_typed_a_person_before_a_noun_is_the_state():
    found = entities("伊朗外长表示，伊核协议仍有挽救的可能，伊核谈判将继续。")
    assert "伊核" not in found and found.get("伊朗", (None,))[0] == "GPE"
    assert entities("哈登和队友当晚都有出色表现。").get("哈登", (None,))[0] == "PER"


def test_a_surname_inside_a_list_of_names_is_not_read_back():
    found = entities("马建国出席了典礼。获奖者有马大为、周小林和冯明。")
    assert "马建国" in found and any(n.startswith("马大") for n in found)  # the listed person is not dropped
