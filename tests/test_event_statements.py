"""Acts told inside statements (issue 15): a verbal act said in quotation marks is coded (a demand,
a concern, thanks); deeds the speaker tells in quotation marks are his story, not coded; deeds in
reported speech without quotation marks are the inner doer's acts. Each case is a short sentence
written for the test."""
from __future__ import annotations

import newsfacts


def events_of(body: str) -> list[tuple]:
    record = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()
    return [(e["type"], e["source"], e["target"]) for e in record["events"]]


def test_a_demand_said_in_quotation_marks_is_the_speakers_act():
    found = events_of("法国外长巴罗说：“我们要求俄罗斯立即停止对平民的攻击。”")
    assert ("REQUEST", "FRA", "RUS") in found


def test_a_deed_told_in_quotation_marks_is_no_event():
    # the speaker's account of what others did: reported only as his words
    found = events_of("法国外长巴罗说：“这些年来，德国一直在向波兰提供援助。”")
    assert not [e for e in found if e[0] == "AID"]


def test_a_deed_in_reported_speech_is_the_inner_doers_act():
    found = events_of("法国外长巴罗表示，德国已向波兰提供了大批援助物资。")
    assert ("AID", "DEU", "POL") in found


def test_a_later_clause_with_a_contrasting_subject_lends_no_target():
    # 而俄罗斯…: Russia acts in its own clause, it is not the one refused
    found = events_of("美国召集盟国开会，英国总理拒绝出席这次会议，而俄罗斯则表示支持。")
    assert ("REJECT", "GBR", "RUS") not in found


def test_a_joint_statement_is_each_signatorys_act():
    # 美日…警告: both states say it, each is a source of the threat
    found = events_of("美日在联合声明中警告朝鲜：“任何挑衅都会付出代价。”")
    assert ("THREATEN", "USA", "PRK") in found and ("THREATEN", "JPN", "PRK") in found


def test_a_single_speaker_naming_another_state_speaks_alone():
    found = events_of("美国国务卿在与日本外相会谈后警告朝鲜：“任何挑衅都会付出代价。”")
    assert ("THREATEN", "JPN", "PRK") not in found
