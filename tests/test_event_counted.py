"""Counted groups of states as event parties (issue 15): 三国 / 四国 / 这三个国家 after a list of that
many states is each of them; a noun-form 合作 judged by a speaker is no act; an accusation or a
rejection aimed at a group goes to every member. Each case is a short sentence written for the test."""
from __future__ import annotations

import newsfacts
from newsfacts.model import Span
from newsfacts.stages.event_counted import counted_groups
from conftest import events_of

TRIO = ["DEU", "FRA", "ITA"]


def test_a_demand_on_a_counted_group_goes_to_each_member():
    found = events_of("德国、法国和意大利上周召开峰会。俄方要求三国停止向基辅输送武器。")
    assert [e for e in found if e[0] == "REQUEST"] == [("REQUEST", "RUS", code) for code in TRIO]


def test_a_counted_group_as_subject_acts_as_each_member():
    found = events_of("德国、法国和意大利上周召开峰会。三国外长随后谴责伊朗。")
    assert [e for e in found if e[0] == "ACCUSE"] == [("ACCUSE", code, "IRN") for code in TRIO]


def test_a_group_counts_back_to_the_list_of_that_many_states():
    # the last list of three, not the pair named after it
    found = events_of("德国、法国和意大利上周召开峰会。日本和韩国也派了观察员。俄方要求三国停止向基辅输送武器。")
    assert [e for e in found if e[0] == "REQUEST"] == [("REQUEST", "RUS", code) for code in TRIO]


def test_a_group_with_no_list_of_its_count_is_nobody():
    found = events_of("德国和法国上周召开峰会。俄方要求三国停止向基辅输送武器。")
    assert [e for e in found if e[0] == "REQUEST" and e[2] in TRIO] == []


def test_a_group_closing_its_own_list_adds_no_second_reading():
    text = "德法意三国召开峰会。"
    assert counted_groups(text, [(Span(0, 3, "德法意"), c) for c in TRIO], set()) == []


def test_a_third_state_and_the_three_kingdoms_are_no_group():
    text = "德国、法国和意大利召开峰会，不允许第三国干预，会后观看三国演义。"
    starts = [(0, 2, "DEU"), (3, 5, "FRA"), (6, 10, "ITA")]
    assert counted_groups(text, [(Span(s, e, text[s:e]), c) for s, e, c in starts], set()) == []


def test_a_group_its_own_qualifier_defines_is_no_back_reference():
    found = events_of("德国、法国和意大利上周召开峰会。俄方要求欧洲三国停止向基辅输送武器。")
    assert [e for e in found if e[0] == "REQUEST" and e[2] in TRIO] == []
    found = events_of("德国、法国和意大利上周召开峰会。俄方要求其中三国停止向基辅输送武器。")
    assert [e for e in found if e[0] == "REQUEST" and e[2] in TRIO] == []


def test_cooperation_judged_by_a_speaker_is_no_act_of_cooperation():
    found = events_of("德国、法国和意大利上周召开峰会。中方发言人表示，三国合作严重违反地区规则。")
    assert not [e for e in found if e[0] in ("AGREE", "COOPERATE")]
    assert not [e for e in events_of("中方发言人表示，德法意三国合作严重违反地区规则。") if e[0] in ("AGREE", "COOPERATE")]
    assert [e for e in found if e[0] == "ACCUSE"] == [("ACCUSE", "CHN", code) for code in TRIO]


def test_an_accusation_in_a_statement_goes_to_every_member_of_the_group():
    found = events_of("德国、法国和意大利上周召开峰会。俄方发言人说，三国合作破坏地区稳定，俄方坚决反对。")
    assert [e for e in found if e[0] == "ACCUSE"] == [("ACCUSE", "RUS", code) for code in TRIO]
    assert [e for e in found if e[0] == "REJECT"] == [("REJECT", "RUS", code) for code in TRIO]
