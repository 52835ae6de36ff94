"""Short forms of states and people (stages/entity_forms.py): pairs of states, one-character forms run into a
word, cut-down country names and given names join the entity they name. Sentences written for these tests."""
import pytest
from conftest import entity_doc

from newsfacts import analyze_text
from newsfacts.model import Analysis
from newsfacts.stages import entity_forms

pytest.importorskip("jieba")  # the word list that tells a word run onto a form from a name


_doc = entity_doc


def _resolved(doc: Analysis) -> dict[str, list[str]]:
    entity_forms.resolve(doc)
    return {e.name: sorted(s.text for s in e.mentions) for e in doc.entities}


def test_a_pair_of_china_and_a_country_the_article_names_is_those_two_states():
    doc = _doc("中国同秘鲁外长会谈。中秘双方同意加强合作。", ("中国", "GPE", "CHN"), ("秘鲁", "GPE", "PER"),
               ("中秘", "ORG"))
    assert _resolved(doc) == {"中国": ["中", "中国"], "秘鲁": ["秘", "秘鲁"]}


def test_a_pair_whose_partner_the_article_does_not_name_is_no_name_before_a_word_of_relations():
    doc = _doc("中国代表团抵达。中拉关系近年发展很快。", ("中国", "GPE", "CHN"), ("中拉", "GPE"))
    assert _resolved(doc) == {"中国": ["中", "中国"]}


def test_a_company_that_opens_with_a_country_form_is_kept():
    doc = _doc("中国企业中兴发布新手机。", ("中国", "GPE", "CHN"), ("中兴", "ORG"))
    assert _resolved(doc) == {"中国": ["中国"], "中兴": ["中兴"]}


def test_a_pair_with_no_named_partner_and_no_word_of_relations_is_kept():
    doc = _doc("中国代表团抵达。中拉今天发布了报告。", ("中国", "GPE", "CHN"), ("中拉", "ORG"))
    assert "中拉" in _resolved(doc)


def test_a_one_character_form_run_into_a_word_is_the_state():
    doc = _doc("香港市民关心涉港国安法的实施。", ("香港", "GPE", "HKG"), ("港国安法", "GPE"))
    assert _resolved(doc) == {"香港": ["港", "香港"]}


def test_a_form_run_into_a_word_that_crosses_the_name_end_is_the_state():
    doc = _doc("中国反对一些议员对华强硬的主张。", ("中国", "GPE", "CHN"), ("华强", "PER"))
    assert _resolved(doc) == {"中国": ["中国", "华"]}


def test_a_word_that_only_opens_with_a_form_names_no_state():
    doc = _doc("日本游客很多。那个日不落帝国早已衰落。", ("日本", "GPE", "JPN"), ("日不", "GPE"))
    assert _resolved(doc) == {"日本": ["日本"]}


def test_a_person_whose_surname_is_a_country_form_is_kept():
    doc = _doc("韩国队输了。韩雪在场边观看。", ("韩国", "GPE", "KOR"), ("韩雪", "PER"))
    assert _resolved(doc) == {"韩国": ["韩国"], "韩雪": ["韩雪"]}


def test_a_country_name_cut_short_joins_the_full_name():
    doc = _doc("埃塞俄比亚的工厂。在埃塞，工资不高。", ("埃塞俄比亚", "GPE", "ETH"), ("埃塞", "GPE"))
    assert _resolved(doc) == {"埃塞俄比亚": ["埃塞", "埃塞俄比亚"]}


def test_a_given_name_joins_the_one_person_named_in_full():
    doc = _doc("刘芳芳的同学说，芳芳一直很努力。", ("刘芳芳", "PER"), ("芳芳", "PER"))
    assert _resolved(doc) == {"刘芳芳": ["刘芳芳", "芳芳"]}


def test_a_given_name_shared_by_two_people_stays_apart():
    doc = _doc("刘芳芳和王芳芳都来了，芳芳先发言。", ("刘芳芳", "PER"), ("王芳芳", "PER"), ("芳芳", "PER"))
    assert "芳芳" in _resolved(doc)


def test_in_an_article_a_pair_of_states_is_no_third_entity():
    text = ("新华社北京电 中国和阿尔及利亚今天签署合作文件。外交部发言人表示，中阿合作不断深化，"
            "阿尔及利亚外长将访问北京，中国愿同阿方加强交流。")
    names = {e.name for e in analyze_text(text, stages=["actors"]).entities}
    assert "中阿" not in names and {"中国", "阿尔及利亚"} <= names


def test_a_village_that_opens_with_a_province_form_the_article_never_names_is_kept():
    doc = _doc("河南的村庄很多，苏家村和鲁家村都在其中。", ("河南", "GPE", "HEN"), ("苏家村", "GPE"), ("鲁家村", "GPE"))
    assert set(_resolved(doc)) == {"河南", "苏家村", "鲁家村"}


def test_a_part_of_a_named_province_is_not_its_form_run_into_a_word():
    doc = _doc("陕西北部有雪，陕西南部有雨。", ("陕西", "GPE", "SN"), ("陕西南部", "LOC"))
    assert set(_resolved(doc)) == {"陕西", "陕西南部"}
