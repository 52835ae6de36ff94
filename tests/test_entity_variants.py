"""Variants of one name are one entity, run-ons of a reported name join it, and people named only in credit
lines are no entities (stages/entity_variants.py). Sentences written for these tests."""
import pytest
from conftest import entity_doc

from newsfacts.model import Analysis
from newsfacts.stages import entity_variants

pytest.importorskip("jieba")  # the word list that shows a word run across a name's edge


_doc = entity_doc


def _merged(doc: Analysis) -> dict[str, list[str]]:
    entity_variants.merge(doc)
    return {e.name: sorted(s.text for s in e.mentions) for e in doc.entities}


def test_a_foreign_name_with_and_without_its_joiner_is_one_person():
    doc = _doc("卡尔-贝格今天进球。赛后卡尔贝格很高兴。", ("卡尔-贝格", "PER"), ("卡尔贝格", "PER"))
    assert _merged(doc) == {"卡尔-贝格": ["卡尔-贝格", "卡尔贝格"]}


def test_a_junior_and_a_nickname_join_the_player_they_name():
    doc = _doc("小莫里斯得了20分，莫里斯赛后说很累。马丁内斯执教球队，马帅很满意。",
               ("小莫里斯", "PER"), ("莫里斯", "PER"), ("马丁内斯", "PER"), ("马帅", "PER"))
    assert _merged(doc) == {"小莫里斯": ["小莫里斯", "莫里斯"], "马丁内斯": ["马丁内斯", "马帅"]}


def test_a_nickname_two_people_could_hold_stays_apart():
    doc = _doc("马丁内斯和马克龙都到了，马帅没来。", ("马丁内斯", "PER"), ("马克龙", "PER"), ("马帅", "PER"))
    assert set(_merged(doc)) == {"马丁内斯", "马克龙", "马帅"}


def test_a_nickname_takes_no_link_from_the_person_it_joins_but_gives_its_own():
    doc = _doc("刘强上场了。强哥很稳。", ("刘强", "PER"), ("强哥", "PER"))
    doc.entities[1].id, doc.entities[1].canonical, doc.entities[1].wikidata = "Q1", "Liu Qiang", "Q1"
    entity_variants.merge(doc)
    assert [(e.name, e.canonical, e.id) for e in doc.entities] == [("刘强", "Liu Qiang", "Q1")]


def test_a_team_short_form_and_a_body_of_the_province_join_the_full_name():
    doc = _doc("江城男篮今晚主场作战，江城落后十分。在湖东省，湖东省教育厅发文，省教育厅称将检查。",
               ("江城男篮", "ORG"), ("江城", "ORG"), ("湖东省", "GPE"), ("湖东省教育厅", "ORG"), ("省教育厅", "ORG"))
    merged = _merged(doc)
    assert merged["江城男篮"] == ["江城", "江城男篮"] and merged["湖东省教育厅"] == ["湖东省教育厅", "省教育厅"]


def test_a_league_is_no_short_form_of_its_clubs():
    doc = _doc("联赛共有十六家甲超俱乐部，甲超下周开幕。", ("甲超俱乐部", "ORG"), ("甲超", "ORG"))
    assert set(_merged(doc)) == {"甲超俱乐部", "甲超"}


def test_a_word_run_into_a_reported_name_is_cut_off():
    doc = _doc("今晚他对阵卡尔-贝格，卡尔-贝格状态不错。", ("阵卡尔-贝格", "PER"), ("卡尔-贝格", "PER"))
    assert _merged(doc) == {"卡尔-贝格": ["卡尔-贝格", "卡尔-贝格"]}


def test_a_body_and_a_person_run_together_are_no_third_name():
    doc = _doc("江城大学今年招生。江城大学宋神很有名，宋神是数学家。", ("江城大学", "ORG"), ("江城大学宋神", "ORG"), ("宋神", "PER"))
    assert set(_merged(doc)) == {"江城大学", "宋神"}


def test_a_body_with_its_office_is_no_run_on():
    doc = _doc("江城区委办公室通知，江城区今天开会。", ("江城区", "GPE"), ("江城区委办公室", "ORG"))
    assert set(_merged(doc)) == {"江城区", "江城区委办公室"}


@pytest.mark.parametrize("text,name", [
    ("球队赢了。\n（记者 周明远 何雨）", "何雨"), ("球队赢了。\n（记者 周明远 何雨）", "周明远"),
    ("作者 | 林小川\n球队赢了。", "林小川"), ("球队赢了。责任编辑：唐子墨", "唐子墨"),
    ("球队赢了。图为比赛现场。 宋雅琪 摄", "宋雅琪"), ("球队赢了。\n（韩东宁）", "韩东宁"),
])
def test_a_person_named_only_in_a_credit_line_is_no_entity(text, name):
    doc = _doc(text, (name, "PER"))
    assert entity_variants.not_a_name(doc, doc.entities[0])


def test_a_person_of_the_story_is_no_credit():
    doc = _doc("记者看到，周明远在场边指挥。（周明远是球队教练）", ("周明远", "PER"))
    assert not entity_variants.not_a_name(doc, doc.entities[0])
    slash = _doc("文/石榴娱乐", ("文/石榴", "PER"))
    assert entity_variants.not_a_name(slash, slash.entities[0])


def test_a_body_and_its_abbreviation_are_one_body_but_two_banks_are_two():
    doc = _doc("江城市卫生健康委员会发布通知。江城市卫健委还提醒市民。", ("江城市卫生健康委员会", "ORG"), ("江城市卫健委", "ORG"))
    assert _merged(doc) == {"江城市卫生健康委员会": ["江城市卫健委", "江城市卫生健康委员会"]}
    assert not entity_variants._abbreviates("中国银行", "中国农业银行")  # 农业 left out whole: another bank
    assert not entity_variants._abbreviates("江城市教委", "江城市南湖区教委")  # a district's board is not the city's
    assert not entity_variants._abbreviates("外交部", "外交部新闻司")  # a department of the ministry


def test_a_company_name_cut_after_its_bracketed_place_is_taken_whole():
    doc = _doc("他持股的青木叶（上海）科技有限公司已经注销。", ("上海）科技有限公司", "ORG"))
    entity_variants.merge(doc)
    assert [e.name for e in doc.entities] == ["青木叶（上海）科技有限公司"]
    cut = _doc("据悉，（上海）科技有限公司已注销。", ("上海）科技有限公司", "ORG"))  # no name before the bracket
    entity_variants.merge(cut)
    assert cut.entities == []


@pytest.mark.parametrize("name,kind", [("www.example.cn/news", "ORG"), ("The", "PER"), ("李姓", "PER"),
                                       ("陈晓公司", "PER")])
def test_addresses_function_words_families_and_companies_are_no_people(name, kind):
    doc = _doc(f"据报道，{name}昨日出现在新闻中。", (name, kind))
    assert entity_variants.not_a_name(doc, doc.entities[0])


def test_a_person_is_a_name():
    doc = _doc("据报道，李明昨日出现在新闻中。", ("李明", "PER"))
    assert not entity_variants.not_a_name(doc, doc.entities[0])


def test_a_district_committee_and_its_name_under_the_party_and_the_city_are_one_body():
    doc = _doc("江城市南湖区今天开会。南湖区委书记讲话，中共江城市南湖区委发出通知。",
               ("江城市", "GPE"), ("南湖区", "GPE"), ("南湖区委", "ORG"), ("中共江城市南湖区委", "ORG"))
    assert _merged(doc)["中共江城市南湖区委"] == ["中共江城市南湖区委", "南湖区委"]
    state = _doc("美国国务院发表声明，美国国会和国务院还表示关注。", ("美国", "GPE"), ("美国国务院", "ORG"), ("国务院", "ORG"))
    assert set(_merged(state)) == {"美国", "美国国务院", "国务院"}  # 国务院 names no place of its own: left alone


@pytest.mark.parametrize("text,name", [("（江城日报记者孙一鸣）球队赢了。", "孙一鸣"), ("记者孙一鸣\n球队赢了。", "孙一鸣"),
                                       ("图片记者孙一鸣、赵小川摄", "孙一鸣")])
def test_a_reporter_of_the_credit_line_is_no_entity(text, name):
    doc = _doc(text, (name, "PER"))
    assert entity_variants.not_a_name(doc, doc.entities[0])


def test_a_journalist_of_the_story_is_a_person():
    doc = _doc("发布会上，某通讯社记者孙一鸣提问。", ("孙一鸣", "PER"))
    assert not entity_variants.not_a_name(doc, doc.entities[0])


def test_a_junior_and_a_bare_name_the_knowledge_base_tells_apart_stay_two():
    doc = _doc("小霍尔和霍尔都来了。", ("小霍尔", "PER"), ("霍尔", "PER"))
    doc.entities[0].id, doc.entities[1].id = "Q10", "Q11"
    assert set(_merged(doc)) == {"小霍尔", "霍尔"}


def test_letters_cut_out_of_a_latin_word_are_no_name():
    doc = _doc("该项目采用ABCD模式，ABC公司负责。", ("ABC", "ORG"))
    doc.entities[0].mentions = doc.entities[0].mentions[:1]  # ABC of ABCD only
    assert entity_variants.not_a_name(doc, doc.entities[0])
    whole = _doc("ABC公司负责。", ("ABC", "ORG"))
    assert not entity_variants.not_a_name(whole, whole.entities[0])


def test_names_the_knowledge_base_links_to_two_people_stay_two():
    doc = _doc("马丁内斯进球后，马帅很满意。", ("马丁内斯", "PER"), ("马帅", "PER"))
    doc.entities[0].id, doc.entities[1].id = "Q20", "Q21"
    assert set(_merged(doc)) == {"马丁内斯", "马帅"}


@pytest.mark.parametrize("text,name,kind", [
    ("外交部回应了这个问题。（江城台记者周明远赵小川）责任编辑：李明", "赵小川", "PER"),  # names run together
    ("外交部回应了这个问题。（江城台记者周明远赵小川）责任编辑：李明", "江城台", "ORG"),  # the credit's outlet
    ("多国企业参加了展会。（南湖网孙一鸣）\n下一段", "孙一鸣", "PER"),  # an outlet and its reporter
])
def test_the_outlet_and_reporters_of_a_closing_credit_in_brackets_are_no_entities(text, name, kind):
    doc = _doc(text, (name, kind))
    assert entity_variants.not_a_name(doc, doc.entities[0])


def test_brackets_that_close_a_paragraph_without_a_credit_keep_their_names():
    doc = _doc("协议由两国签署（江城台报道了签署仪式）。", ("江城台", "ORG"))
    assert not entity_variants.not_a_name(doc, doc.entities[0])
    body = _doc("会议由外交部主办。（外交部）\n下一段", ("外交部", "ORG"))
    assert not entity_variants.not_a_name(body, body.entities[0])  # a body alone in brackets is no reporter's credit


def test_an_idiom_is_no_person():
    doc = _doc("他说这是一个弥天大谎。", ("弥天大谎", "PER"))
    assert entity_variants.not_a_name(doc, doc.entities[0])
