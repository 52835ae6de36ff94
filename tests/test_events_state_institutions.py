"""A state's one-character abbreviation glued to one of its institutions (中企, 德政府, 法外长, 卡政府) is
that state as an event party (issue 15), on word boundaries only; an abbreviation with several readings
or another common sense (新, 阿) only where the article names one matching state. Sentences written
for the test."""
from __future__ import annotations

from conftest import events_of


def test_a_government_company_or_minister_of_a_state_is_that_state():
    assert events_of("德政府4日谴责叙利亚。") == [("ACCUSE", "DEU", "SYR")]
    assert events_of("法外长周五谴责伊朗。") == [("ACCUSE", "FRA", "IRN")]
    assert events_of("中企与沙特签署合作协议。") == [("AGREE", "CHN", "SAU")]


def test_the_noun_running_on_into_a_longer_word_names_no_state():
    assert events_of("中企业家4日谴责叙利亚。") == []


def test_an_abbreviation_that_is_part_of_a_longer_word_names_no_state():
    assert events_of("各级党委政府4日谴责叙利亚。") == []


def test_an_ambiguous_abbreviation_reads_as_the_one_state_the_article_names():
    assert events_of("阿政府4日谴责叙利亚。") == []
    assert events_of("阿根廷总统出席会议。阿政府4日谴责叙利亚。") == [("ACCUSE", "ARG", "SYR")]
    assert events_of("阿根廷和阿尔及利亚的代表出席会议。阿政府4日谴责叙利亚。") == []
    assert events_of("卡塔尔举办比赛。卡政府4日谴责叙利亚。") == [("ACCUSE", "QAT", "SYR")]


def test_new_government_is_no_state_of_its_own():
    assert events_of("新政府4日谴责叙利亚。") == []
