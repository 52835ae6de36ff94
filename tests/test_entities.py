"""The entity stage: mentions typed and bounded with the knowledge base as a gazetteer, and the BIO tagger
(`newsfacts tag`) that shows those mentions in the format of the MSRA and People's Daily NER sets."""
from __future__ import annotations

import io
import sys

import pytest

import newsfacts
from newsfacts import cli
from newsfacts.tagging import tag_sentence


def found(text: str) -> set[tuple[str, str]]:
    doc = newsfacts.analyze_text(text, published_at="2025-04-18")
    return {(e.name, e.type) for e in doc.entities}


# -- types and boundaries --------------------------------------------------------------------------
@pytest.mark.parametrize("text, entity", [
    ("俄军周四袭击了敖德萨的港口设施。", ("敖德萨", "GPE")),  # LAC: PER
    ("土耳其官员在安卡拉举行会谈。", ("安卡拉", "GPE")),
    ("美国马里兰州巴尔的摩市码头上停满了货轮。", ("巴尔的摩市", "GPE")),  # LAC: 巴尔 / 的 / 摩市
    ("台北当局断绝了所谓外交关系。", ("台北", "GPE")),  # LAC: 台 / 北
    ("拜登当局难以承担这笔费用。", ("拜登", "PER")),  # LAC: a verbal noun
])
def test_knowledge_base_fixes_type_and_boundaries(text, entity):
    assert entity in found(text)


def test_country_pairs_are_two_countries():
    assert found("美俄关系紧张，美澳日本三国发表联合声明。") >= {("美", "GPE"), ("俄", "GPE"), ("日本", "GPE")}
    assert not any(name in ("美俄", "美澳") for name, _ in found("美俄关系紧张，美澳日本三国发表联合声明。"))


def test_country_runs_that_lac_cuts_apart_are_one_country_per_character():
    # LAC cuts these into 美 + 日韩 and 美 + 澳日 (the latter tagged as a time)
    assert found("美日韩三国周二举行会谈。") >= {("美", "GPE"), ("日", "GPE"), ("韩", "GPE")}
    assert found("美澳日三国代表发表联合声明。") >= {("美", "GPE"), ("澳", "GPE"), ("日", "GPE")}
    assert found("以美元计算，出口增长。日前，法院依法判决。") == set()


def test_a_war_is_not_a_place_but_its_country_is():
    assert found("乌克兰战争已经持续三年。") == {("乌克兰", "GPE")}


def test_the_states_of_a_region_as_a_group_are_the_region():
    """欧洲多国, 中东各国: LAC runs the region into the group; the region is named, the group is no place."""
    assert found("非洲多国领导人出席了峰会。") == {("非洲", "LOC")}
    assert found("中东各国呼吁尽快停火。") == {("中东", "LOC")}
    assert found("世界各国都在关注气候。") == set()


def test_an_event_named_after_its_host_city_is_the_city_not_a_place():
    names = found("日本大阪将举办世博会，大阪世博会的场馆正在建设。")
    assert ("大阪", "GPE") in names and not any(name.endswith("世博会") for name, _ in names)


def test_a_title_in_marks_that_reports_is_an_outlet_and_a_document_is_not():
    assert ("今日巴西", "ORG") in found("《今日巴西》这样说，巴西企业希望参展。")
    assert not any(kind == "ORG" for _, kind in found("《巴黎协定》称各国应减少排放。"))


def test_a_body_run_into_a_latin_code_ends_at_the_letters():
    names = found("南风航空公司HK302航班今天取消，旅客改乘其他航班。")
    assert ("南风航空公司", "ORG") in names and not any("HK" in name for name, _ in names)


@pytest.mark.parametrize("text, name", [
    ("东京大学教授大桥弘说：“薯条短缺。”", "大桥弘"),  # LAC: 大桥弘说
    ("斯坦利-约翰逊带来了坚韧。", "斯坦利-约翰逊"),  # LAC: 斯坦利 / - / 约翰逊
])
def test_person_boundaries(text, name):
    assert (name, "PER") in found(text)


@pytest.mark.parametrize("text, name", [
    ("据日本《读卖新闻》报道，日本将提供援助。", "读卖新闻"),
    ("据《华尔街日报》报道，供应链持续紧张。", "华尔街日报"),
    ("中国队以3比1战胜了对手。", "中国队"),
    ("云南省委省政府高度重视。", "云南省委"),
])
def test_media_teams_and_party_committees_are_organisations(text, name):
    assert (name, "ORG") in found(text)


def test_non_names_are_dropped():
    assert not any(name == "奥密克戎" for name, _ in found("奥密克戎毒株的出现可能导致新的封锁。"))


def test_sports_team_words_need_a_sports_context():
    assert ("骑士", "ORG") not in found("骑士精神值得发扬。")
    assert ("骑士", "ORG") in found("湖人将隆多交易至骑士。本赛季比赛中球队表现出色。")


# -- BIO tagging -----------------------------------------------------------------------------------
def test_tags_one_label_per_character():
    tags = tag_sentence("美国国务卿卢比奥周四在巴黎会见了泽连斯基。")
    assert len(tags) == len("美国国务卿卢比奥周四在巴黎会见了泽连斯基。")
    assert tags[:8] == ["B-LOC", "I-LOC", "O", "O", "O", "B-PER", "I-PER", "I-PER"]
    assert tags[11:13] == ["B-LOC", "I-LOC"]


def test_spaced_characters_as_in_msra_are_tagged_as_they_are():
    assert tag_sentence("中 美 关 系") == ["B-LOC", "B-LOC", "O", "O"]


def test_titles_and_suffixes_are_not_part_of_names():
    tags = tag_sentence("中国政府表示，吴先生说得对。")
    assert tags[:4] == ["B-LOC", "I-LOC", "O", "O"]
    assert tags[7:10] == ["B-PER", "O", "O"]


def test_tag_command_reads_lines_and_prints_tags(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("普京在莫斯科。\n\n"))
    assert cli.main(["tag"]) == 0
    assert capsys.readouterr().out.splitlines() == ["B-PER I-PER O B-LOC I-LOC I-LOC O", ""]


# -- the NER adapter inside the entity stage ----------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("以色列南部城市雷霍沃特当天遭到火箭弹袭击。", "雷霍沃特"),  # LAC and the adapter: PER
    ("俄军当天在伊久姆附近发动进攻。", "伊久姆"),
])
def test_a_name_the_words_around_make_a_place_is_a_place(text, place):
    assert (place, "GPE") in found(text)


@pytest.mark.parametrize("text, organisation, not_there", [
    ("中国银行研究院当天发布了一份报告。", "中国银行研究院", "中国"),
    ("澳大利亚战略政策研究所发布报告。", "澳大利亚战略政策研究所", "澳大利亚"),
])
def test_an_institution_is_one_name_without_the_country_inside_it(text, organisation, not_there):
    names = found(text)
    assert (organisation, "ORG") in names
    assert all(name != not_there for name, _ in names)


def test_a_known_place_before_a_known_body_stays_two_names():
    names = found("英国国防大臣当天在伦敦下议院发表讲话。")
    assert ("伦敦", "GPE") in names and ("下议院", "ORG") in names


def test_pipeline_mentions_include_the_adapter_and_tag_keeps_its_trained_features():
    from newsfacts.tagging import pipeline_tags

    chars = list("中国银行研究院当天发布了一份报告。")
    adapted, _ = pipeline_tags(chars)
    raw, _ = pipeline_tags(chars, adapted=False)
    assert adapted[:7] == ["B-ORG"] + ["I-ORG"] * 6
    assert raw[:2] == ["B-LOC", "I-LOC"]


def test_a_time_word_glued_to_a_known_name_is_cut_off():
    # the tagger reads 内 / 塔尼亚 / 胡当天: the known name ends inside the last word, the rest is a time word
    doc = newsfacts.analyze_text("测试标题\n\n以色列总理内塔尼亚胡当天对议会表示，停火谈判没有进展。")
    assert [(e.name, e.canonical) for e in doc.entities if e.type == "PER"] == [("内塔尼亚胡", "Benjamin Netanyahu")]
    assert doc.quotes[0].speaker.text == "内塔尼亚胡"


def test_a_state_s_mission_abroad_is_one_body():
    names = found("中国驻秘鲁大使馆提醒公民注意安全，中国驻里约总领馆也发出通知。")
    assert {("中国驻秘鲁大使馆", "ORG"), ("中国驻里约总领馆", "ORG")} <= names


def test_an_outlet_named_after_its_city_is_no_place():
    names = found("据江城晚报报道，新的大桥今天通车。")
    assert ("江城晚报", "ORG") in names and not any(kind in ("GPE", "LOC") for _, kind in names)


def test_a_country_before_a_place_inside_it_is_not_one_body():
    names = found("昨天，韩国首尔梨泰院一带游客很多。")  # the adapter reads the whole as one ORG
    assert ("韩国", "GPE") in names and not any(name.startswith("韩国") and kind == "ORG" for name, kind in names)
