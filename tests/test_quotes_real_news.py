"""Constructions of longer real news (round 12, fourth wave): each passage is written for the test."""
from __future__ import annotations

from test_quotes import quotes_of


def test_bare_an_frame_names_its_source():
    assert quotes_of("秋季粮价上涨了不少。按路透社的说法，今年小麦减产将超过一成。") == [
        ("路透社", "说法", "今年小麦减产将超过一成", "indirect")]


def test_analysis_as_a_frame_noun():
    assert quotes_of("秋季粮价上涨了不少。根据咨询公司麦肯锡的分析，今年小麦减产将超过一成。") == [
        ("咨询公司麦肯锡", "分析", "今年小麦减产将超过一成", "indirect")]
    assert quotes_of("秋季粮价上涨了不少。按照一些专家的分析，今年小麦减产将超过一成。") == [
        ("一些专家", "分析", "今年小麦减产将超过一成", "indirect")]
    assert quotes_of("他对市场的分析，显然过于乐观。") == []
    assert quotes_of("按计划，今年小麦播种将提前一周。") == []


def test_university_named_after_a_person_is_no_speaker():
    assert quotes_of("尼赫鲁大学经济学家库马尔表示，农村的医疗投入一直不足。") == [
        ("库马尔", "表示", "农村的医疗投入一直不足", "indirect")]


def test_advocating_a_course_is_a_statement():
    assert quotes_of("近年来，几位议员鼓吹摆脱对外国芯片的依赖。") == [
        ("几位议员", "鼓吹", "摆脱对外国芯片的依赖", "indirect")]
