"""Frameworks named untitled: an arrangement between parties (建立共同货币框架, 就自由贸易框架达成一致) is an
agreement record; the framework of an existing body or law (在某某框架下, 法律框架) is none.
Sentences written for these tests; expected results first."""
from __future__ import annotations

import newsfacts


def summary(body: str) -> list[tuple[str, list[str], str]]:
    doc = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()
    return [(a["name"], a["parties"], a["state"]) for a in doc["agreements"]]


def test_a_framework_proposed_between_two_states_is_a_proposed_agreement():
    assert summary("巴西提议与阿根廷建立共同货币框架。") == [("共同货币框架", ["ARG", "BRA"], "proposed")]


def test_a_framework_two_states_agree_on_in_principle():
    expected = [("自由贸易框架", ["CHL", "PER"], "agreed_in_principle")]
    assert summary("秘鲁和智利外长会谈后，两国就自由贸易框架达成原则一致。") == expected


def test_a_framework_signed_between_two_states_is_signed():
    assert summary("肯尼亚与坦桑尼亚签署了能源合作框架。") == [("能源合作框架", ["KEN", "TZA"], "signed")]


def test_within_the_framework_of_a_body_is_no_agreement():
    assert summary("印度和巴西在金砖国家框架下加强协调。") == []
    assert summary("日本与澳大利亚将在现有合作框架内深化交流。") == []


def test_a_legal_or_policy_framework_is_no_agreement():
    assert summary("法国和德国呼吁完善欧盟的法律框架。") == []
    assert summary("越南与泰国讨论了各自的政策框架。") == []


def test_an_arrangement_signed_or_agreed_between_states_is_a_record():
    assert summary("中国与阿根廷续签了双边本币互换安排。") == [("双边本币互换安排", ["ARG", "CHN"], "in_force")]
    assert summary("英国和法国就过渡期安排达成一致。") == [("过渡期安排", ["FRA", "GBR"], "agreed_in_principle")]


def test_a_schedule_or_working_arrangement_is_no_agreement():
    assert summary("日本和韩国商定了首脑会谈的日程安排。") == []
    assert summary("俄罗斯与土耳其对下一步工作作出了安排。") == []


def test_an_agreement_document_is_named_whole():
    assert summary("中国与老挝签署了铁路合作协议书。") == [("铁路合作协议书", ["CHN", "LAO"], "signed")]


def test_minutes_signed_between_states_are_a_memorandum_but_not_a_meeting_record():
    assert summary("越南与老挝签署了边境会谈纪要。") == [("边境会谈纪要", ["LAO", "VNM"], "signed")]
    assert summary("越南与老挝的官员整理了会议纪要。") == []
