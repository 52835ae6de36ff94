"""The codes of event parties (issue 15, class 5 "actors to codes", round 6): an officer of an
international body acts for the body by his dated offices, a state's side named by an ambiguous
one-character abbreviation (阿方, 巴方) is the state the article names, 该国 refers back to a state,
and an uncoded body that goes on doing lends its act to no state named inside its statement.
Each case is a short sentence written for the test."""
from __future__ import annotations

import newsfacts


def events_of(body: str, published_at: str | None = "2023-05-01T10:00:00") -> list[tuple]:
    options = {"published_at": published_at} if published_at else {}
    record = newsfacts.analyze_text("测试标题\n\n" + body, **options).to_dict()
    return [(e["type"], e["source"], e["target"]) for e in record["events"]]


def test_the_un_secretary_general_named_alone_acts_for_the_un():
    assert ("ACCUSE", "UN", "RUS") in events_of("古特雷斯周二谴责俄罗斯。")


def test_the_head_of_a_un_agency_acts_for_the_un():
    assert ("CONSULT", "UN", "IRN") in events_of("格罗西昨天会见了伊朗外长。")


def test_an_eu_officer_acts_for_the_eu_not_his_home_state():
    found = events_of("冯德莱恩昨天会见了美国总统。")
    assert ("CONSULT", "EU", "USA") in found
    assert ("CONSULT", "DEU", "USA") not in found


def test_the_office_held_on_the_articles_date_decides():
    # in 2015 he headed the Dutch government; in 2025 he heads NATO
    assert ("CONSULT", "NLD", "DEU") in events_of("吕特昨天会见了德国总理。", "2015-03-01T10:00:00")
    assert ("CONSULT", "NATO", "DEU") in events_of("吕特昨天会见了德国总理。", "2025-03-01T10:00:00")


def test_a_former_officer_with_no_office_now_keeps_his_nationality():
    assert ("CONSULT", "KOR", "USA") in events_of("潘基文昨天会见了美国总统。", None)


def test_a_state_office_named_before_him_wins_in_an_undated_text():
    assert ("CONSULT", "NLD", "DEU") in events_of("荷兰首相吕特昨天会见了德国总理。", None)


def test_an_ambiguous_side_is_the_state_the_article_names():
    assert ("SUPPORT", "CHN", "DZA") in events_of("中国外长会见阿尔及利亚外长。中方支持阿方维护国家稳定。")
    assert ("SUPPORT", "CHN", "AFG") in events_of("中国外长会见阿富汗外长。中方支持阿方维护国家稳定。")


def test_a_side_no_state_of_the_article_explains_is_no_party():
    found = events_of("中国外长会见阿根廷外长和阿尔及利亚外长。中方支持阿方的立场。")
    assert not any(e[0] == "SUPPORT" for e in found)


def test_this_state_as_subject_is_the_subject_before():
    assert ("AID", "JPN", "UKR") in events_of("日本政府宣布制裁俄罗斯。该国还将援助乌克兰。")


def test_this_state_as_object_is_the_state_just_named():
    assert ("REQUEST", "USA", "PAN") in events_of("美国官员访问巴拿马时警告该国当心风险。")


def test_should_before_international_is_no_this_state():
    assert events_of("我们应该国际合作，共同应对。") == []


def test_an_uncoded_body_goes_on_doing_its_own_act():
    # the refusal is the organisation's; Taiwan, named inside its statement, is no doer
    found = events_of("世界卫生组织重申一个中国原则，又一次拒绝台湾出席大会。")
    assert not any(e[1] == "TWN" for e in found)
    assert ("REJECT", "USA", "TWN") in events_of("美国重申一个中国原则，又一次拒绝台湾出席大会。")


def test_a_side_inside_the_formula_of_acting_together():
    found = events_of("中国和阿尔及利亚签署了规划。发言人表示，中方愿同阿方一道，巩固传统友谊。")
    assert ("AGREE", "CHN", "DZA") in found


def test_words_opening_with_fang_are_no_sides():
    assert events_of("以色列总理表示，将以方便民众的方式处理这件事。") == []


def test_a_tie_between_a_province_and_a_foreign_city_is_no_act_of_states():
    assert events_of("省长说，希望湖南和里约热内卢深化合作。") == []


def test_capitals_still_stand_for_their_governments():
    assert ("COOPERATE", "CHN", "USA") in events_of("北京和华盛顿在气候问题上加强合作。")


def test_an_attack_on_a_city_is_an_attack_on_its_state():
    assert ("ASSAULT", "RUS", "UKR") in events_of("俄军昨天袭击了哈尔科夫。")
