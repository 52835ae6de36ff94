"""Which statements exist, round 5 (2): an attribution closing its sentence after what was said, an
idiom of manner before the cue, office holders counted as one group, and a body sentence that dates
its statement in full. Each case is a passage written for the test."""
from __future__ import annotations

from tests.test_quotes import quotes_of


def test_attribution_after_the_content_closes_the_sentence():
    found = quotes_of("农业部门将加快推广节水灌溉，水利部发言人陈刚说。")
    assert found == [("陈刚", "说", "农业部门将加快推广节水灌溉", "indirect")]


def test_attribution_after_the_content_with_a_day_between_name_and_cue():
    found = quotes_of("港口运营已经基本恢复，交通部长李强周三表示。")
    assert found == [("李强", "表示", "港口运营已经基本恢复", "indirect")]


def test_clauses_after_another_cue_stay_that_cues():
    found = quotes_of("教练李明表示，球队状态不错，队长王涛说。")
    assert [(s, c) for s, c, _, _ in found] == [("李明", "表示")]


def test_a_short_clause_before_a_closing_cue_is_no_statement():
    assert quotes_of("很好，王涛说。") == []


def test_an_idiom_of_manner_is_part_of_the_cue_not_of_what_was_said():
    found = quotes_of("芬兰总理奥尔波直言不讳地说，这项预算无法通过议会。")
    assert found == [("奥尔波", "直言不讳地说", "这项预算无法通过议会", "indirect")]
    found = quotes_of("芬兰总理奥尔波直言不讳地指出，这项预算无法通过议会。")
    assert found == [("奥尔波", "直言不讳地指出", "这项预算无法通过议会", "indirect")]


def test_plain_zhiyan_is_still_a_cue():
    found = quotes_of("芬兰总理奥尔波直言，这项预算无法通过议会。")
    assert found == [("奥尔波", "直言", "这项预算无法通过议会", "indirect")]


def test_office_holders_of_counted_countries_speak_as_a_group():
    found = quotes_of("两国防长在会谈后表示，双方将扩大联合演习。")
    assert found == [("两国防长", "表示", "双方将扩大联合演习", "indirect")]
    found = quotes_of("双方领导人一致认为，应当尽快重启谈判。")
    assert found == [("双方领导人", "认为", "应当尽快重启谈判", "indirect")]


def test_counted_countries_alone_are_no_group_of_people():
    assert quotes_of("两国关系表示，愿意继续对话。") == []


def test_a_first_sentence_with_a_full_date_is_body_not_byline():
    found = quotes_of("挪威首相斯特勒于2025年3月4日表示，挪威将增加对北极研究的投入。")
    assert found == [("斯特勒", "表示", "挪威将增加对北极研究的投入", "indirect")]
    assert found and quotes_of("挪威首相斯特勒2025年3月4日表示，挪威将增加对北极研究的投入。") == found


def test_a_dateline_line_is_still_a_byline():
    found = quotes_of("2025年3月4日 10:20 来源：新华网\n\n挪威首相斯特勒表示，挪威将增加对北极研究的投入。")
    assert found == [("斯特勒", "表示", "挪威将增加对北极研究的投入", "indirect")]


def test_the_idiom_itself_before_a_colon_is_the_cue():
    found = quotes_of("芬兰总理奥尔波直言不讳：这项预算无法通过议会。")
    assert found == [("奥尔波", "直言不讳", "这项预算无法通过议会", "indirect")]


def test_a_headline_ending_in_an_exclamation_has_no_postposed_statement():
    assert quotes_of("事关暑期出游，市文旅局最新回应！") == []
