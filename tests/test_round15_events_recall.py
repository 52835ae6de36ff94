"""Round 15 (branch h26-evr): event recall on unseen news. The same verb class fires whatever the
phrasing around it; each case is a short sentence written for the test, with a contrast."""
from __future__ import annotations

import newsfacts


def records_of(body: str) -> list[dict]:
    return newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()["events"]


def events_of(body: str) -> list[tuple]:
    return [(e["type"], e["source"], e["target"]) for e in records_of(body)]


def test_a_light_verb_after_dui_makes_the_noun_an_act_on_that_party():
    assert events_of("日本周二对朝鲜发出严厉警告。") == [
        ("THREATEN", "JPN", "PRK")]
    assert events_of("美国周二对俄罗斯进行了威胁。") == [("THREATEN", "USA", "RUS")]
    assert events_of("法国总统周二对德国表示赞扬。") == [("SUPPORT", "FRA", "DEU")]


def test_a_light_verb_with_a_modifier_keeps_the_direction():
    assert events_of("英国周二对伊朗进行了大规模的驱逐。") == [("SANCTION", "GBR", "IRN")]


def test_a_threat_spoken_of_with_no_party_after_dui_stays_no_act():
    assert events_of("日本周二发出严厉警告，称将加强防卫。") == []


def test_a_light_verb_of_sending_frames_a_message_noun():
    assert events_of("美国总统周二向法国总统发来唁电。") == [("SUPPORT", "USA", "FRA")]


def test_giving_to_a_party_titled_as_a_person_is_no_aid():
    assert ("AID", "USA", "RUS") not in events_of("美国总统周二给俄罗斯总统发去贺电。")
    assert events_of("德国周二给乌克兰几千个头盔。") == [("AID", "DEU", "UKR")]


def test_a_scornful_visit_is_a_visit():
    assert events_of("美国国会议员周二窜访台湾。") == [("CONSULT", "USA", "TWN")]


def test_an_act_one_lobbies_others_to_do_is_asked_for_not_done():
    assert ("SANCTION", "USA", "CHN") not in events_of("美国周二游说欧洲国家制裁中国。")
    assert ("SANCTION", "USA", "CHN") in events_of("美国周二宣布制裁中国。")


def test_a_one_character_trigger_inside_a_longer_verb_is_no_act():
    assert events_of("美国周二留给了阿富汗一个烂摊子。") == []
    assert events_of("德国周二给了乌克兰几千个头盔。") == [("AID", "DEU", "UKR")]


def test_talks_named_as_a_bargaining_chip_are_no_talks():
    assert events_of("美国把这个问题当作对华谈判筹码。") == []
    assert events_of("美国周二与中国举行谈判。") == [("CONSULT", "USA", "CHN")]
