"""Outlet names as an editor would credit them, and the wire datelines that make a report a translation
(short passages written for the tests)."""
from __future__ import annotations

import newsfacts


def record(body: str) -> dict:
    return newsfacts.analyze_text("测试标题\n\n" + body).to_dict()


def test_a_term_glossing_a_latin_abbreviation_is_no_credit():
    assert record("这款芯片支持NSA（非独立组网）和SA（独立组网）两种模式。")["sources"] == []


def test_an_agency_in_brackets_closing_a_report_is_credited():
    assert record("两国领导人当天举行了会谈。（新华社）")["sources"] == ["新华社"]


def test_a_known_net_name_running_on_into_netizens_is_no_credit():
    assert record("他向海外网友推荐了一家小店，他认为那里的面条最好吃。")["sources"] == []
    assert record("据海外网报道，会议已经结束。")["sources"] == ["海外网"]


def test_clause_words_before_a_station_are_not_its_name():
    assert record("这段视频经湖北电视台新闻频道播出后引发关注。")["sources"] == ["湖北电视台"]
    assert record("他曾接受湖北电视台采访称，当天没有人在场。")["sources"] == ["湖北电视台"]


def test_determiners_and_common_nouns_make_no_outlet():
    assert record("某些网站的说法已经被称为谣言。")["sources"] == []
    assert record("他的作品曾在全国各地报刊电台发表。")["sources"] == []


def test_a_time_word_before_the_cue_of_according_to():
    assert record("据《新京报》日前报道，该公司去年亏损严重。")["sources"] == ["《新京报》"]


def test_an_unknown_name_reported_after_according_to_is_credited():
    assert record("据新潮财经此前报道，该公司去年亏损严重。")["sources"] == ["新潮财经"]


def test_reporters_and_official_bodies_after_according_to_are_not_outlets():
    assert record("据记者报道，该公司去年亏损严重。")["sources"] == []
    assert record("据市政府办公室报道，会议已经召开。")["sources"] == []


def test_time_words_determiners_and_pronouns_after_according_to_are_not_outlets():
    for opening in ("据此前报道", "据上述报道", "据他们报道", "据这篇报道", "据今年早些时候报道", "据国内外报道"):
        assert record(opening + "，会议已经结束。")["sources"] == [], opening


def test_a_foreign_paper_after_its_country_is_credited_without_the_country():
    found = record("法国星期天报说，总统下周将出访。报纸说，会谈将一对一进行。")
    assert found["sources"] == ["星期天报"]
    assert record("德国星期日报称，谈判仍在继续。")["sources"] == ["星期日报"]


def test_a_body_or_a_report_ending_in_bao_is_no_paper():
    assert record("据央视新闻报道，俄罗斯国防部发布战报称，进攻均被击退。")["sources"] == ["央视新闻"]
    assert record("美国国务院年报称，贸易额有所增长。")["sources"] == []


def test_an_abbreviation_after_a_broadcasters_website_is_the_same_outlet():
    body = "英国广播公司网站（BBC）报道称，罢工仍在持续。BBC援引专家的话说，局势难以预料。"
    assert record(body)["sources"] == ["英国广播公司网站"]


def test_a_foreign_wire_dateline_opening_the_body_makes_a_translation():
    found = record("法新社巴黎12月3日电 法国总统当天宣布将改组政府。")
    assert found["translated"] is True
    assert "foreign_dateline:法新社" in found["translation_signals"]
    assert record("【据共同社东京12月3日电】日本首相当天宣布将改组内阁。")["translated"] is True


def test_a_chinese_agencys_dateline_abroad_is_not_a_translation():
    assert record("新华社东京12月3日电 日本首相当天宣布将改组内阁。")["translated"] is False
    assert record("中央社台北12月3日电 当局当天发布新规。")["translated"] is False


def test_compiled_from_foreign_wires_is_a_translation():
    found = record("综合外电报道，法国总统当天宣布将改组政府。")
    assert found["translated"] is True


def test_according_to_a_known_outlet_with_no_cue():
    assert record("据路透社，两国代表已在日内瓦会面。")["sources"] == ["路透社"]
    assert record("据路透社和美联社，两国代表已在日内瓦会面。")["sources"] == ["路透社", "美联社"]


def test_according_to_a_document_or_a_count_with_no_cue_is_no_credit():
    assert record("根据《联合国宪章》，各国主权一律平等。")["sources"] == []
    assert record("据统计，今年的产量增长了三成。")["sources"] == []


def test_a_clause_ending_in_wai_before_meiti_is_no_foreign_press():
    assert record("文件要求，除法律另有规定外媒体不得转载，违者追责。")["sources"] == []


def test_a_description_before_an_outlets_latin_name_is_the_same_outlet():
    body = "美国政治新闻网站“Politico”援引两位官员报道，会谈已经结束。"
    assert record(body)["sources"] == ["Politico"]


def test_a_quoted_name_before_the_kind_of_outlet_it_is():
    found = record("美国“防务一号”网站报道称，两国代表已在日内瓦会面。")
    assert found["sources"] == ["防务一号"]
    assert found["translated"] is True


def test_a_quoted_site_that_only_shows_something_is_no_credit():
    assert record("“12306”网站显示，当天的车票已经售罄。")["sources"] == []
