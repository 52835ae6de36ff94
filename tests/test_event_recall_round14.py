"""Round 14 (branch h24-evr): events missed or misplaced on unseen news. Surveillance of another state
is coercion by the spying state; a place a speech verb takes as its topic is neither where an act
happened nor a party to it. Each case is a short sentence written for the test, with a contrast."""
from __future__ import annotations

import newsfacts
from conftest import untold_of


def records_of(body: str) -> list[dict]:
    return newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()["events"]


def events_of(body: str) -> list[tuple]:
    return [(e["type"], e["source"], e["target"]) for e in records_of(body)]


def test_listening_in_on_a_leader_is_coercion_by_the_spying_state():
    assert ("COERCE", "USA", "DEU") in events_of("据报道，美国情报机构长期监听德国总理的手机。")


def test_a_wiretap_the_victim_complains_of_is_still_the_spy_s_act():
    # alleged by the accuser (round 22): the spy's act, not told as fact
    found = events_of("法国政府周二指责俄罗斯情报部门窃听法国外交官的电话。")
    assert ("ACCUSE", "FRA", "RUS") in found
    assert ("COERCE", "RUS", "FRA", "alleged") in untold_of("法国政府周二指责俄罗斯情报部门窃听法国外交官的电话。")


def test_a_secretly_monitored_line_is_coercion():
    assert ("COERCE", "GBR", "IRN") in events_of("英国情报部门秘密监控伊朗驻伦敦使馆的通讯。")


def test_monitoring_gear_and_a_surveillance_programme_are_no_acts():
    assert events_of("警方在路口安装了新的监控摄像头。") == []
    assert events_of("美国情报机构的监听项目上周曝光。") == []


def places_of(body: str) -> list[tuple]:
    return [(e["type"], e["location"]) for e in records_of(body)]


def test_a_place_a_speaker_mentions_is_not_where_the_meeting_was():
    assert places_of("王毅周二会见布林肯，他在会谈中提到在加沙发生的冲突。") == [("CONSULT", None)]
    assert places_of("美国总统周三会见了乌克兰总统，两人谈到了哈尔科夫的局势。") == [("CONSULT", None)]


def test_a_place_before_the_speech_verb_is_still_the_venue():
    assert places_of("王毅周二在北京会见布林肯时谈到在加沙发生的冲突。") == [("CONSULT", "北京")]


def test_the_act_spoken_of_keeps_its_own_place():
    assert ("ASSAULT", "大马士革") in places_of("伊朗外长在讲话中提到以色列在大马士革发动的空袭。")


def test_a_city_spoken_of_is_no_party_to_the_next_act():
    assert events_of("布林肯周三在讲话中提及喀布尔，并谴责了袭击事件。") == []
    assert ("ACCUSE", "USA", "IRN") in events_of("布林肯周三在讲话中提到喀布尔的局势，并谴责了伊朗。")


def test_a_one_character_abbreviation_is_no_place():
    assert places_of("中越两国周二签署联合声明。") == [("AGREE", None)]
    assert places_of("中澳两国外长周二举行会谈。") == [("CONSULT", None)]
    assert places_of("中越两国周二在河内签署联合声明。") == [("AGREE", "河内")]


def test_building_up_ties_with_a_partner_named_before_de_is_cooperation():
    assert events_of("中国加强与法国的合作。") == [("COOPERATE", "CHN", "FRA")]
    assert events_of("美国上月深化与日本在太空领域的合作。") == [("COOPERATE", "USA", "JPN")]


def test_cooperation_named_with_no_partner_stays_no_act():
    assert events_of("双方同意加强两国之间的合作。") == []
    assert events_of("中国重视与法国的合作。") == []


def test_a_refused_call_is_aimed_at_the_caller_named_after_the_answering_verb():
    assert events_of("中国拒绝响应美国的呼吁。") == [("REJECT", "CHN", "USA")]
    assert events_of("印度拒绝接受美国的要求。") == [("REJECT", "IND", "USA")]


def test_a_party_inside_the_call_is_still_no_caller():
    assert ("REJECT", "CHN", "RUS") not in events_of("中国拒绝响应谴责俄罗斯的呼吁。")


def test_a_cyber_attack_is_coercion_not_armed_assault():
    assert events_of("俄罗斯黑客上周对乌克兰政府网站发动网络攻击。") == [("COERCE", "RUS", "UKR")]
    assert events_of("俄军周二对乌克兰发动攻击。") == [("ASSAULT", "RUS", "UKR")]


def test_an_act_given_as_the_reason_is_no_target_of_the_measure():
    # The act cited as grounds is the sanctioning party's claim, not a report (test_event_round14_precision).
    found = events_of("英国以俄罗斯对爱沙尼亚发动网络攻击为由制裁俄罗斯。")
    assert found == [("SANCTION", "GBR", "RUS")]
    assert ("SANCTION", "GBR", "EST") not in found


def test_the_measure_after_a_stated_reason_keeps_its_subject():
    assert events_of("美国以国家安全为由对中国企业实施制裁。") == [("SANCTION", "USA", "CHN")]


def test_a_visit_takes_place_in_the_state_visited():
    assert places_of("德国总理周五在慕尼黑表示，将于下周访华。") == [("CONSULT", None)]
    assert places_of("德国总理周五访问中国，随后前往上海。") == [("CONSULT", "上海")]


def test_monitoring_a_state_s_lines_is_surveillance_even_with_the_state_between():
    assert events_of("美国情报部门监控了法国外交官的通讯。") == [("COERCE", "USA", "FRA")]
    assert events_of("该系统可实时监控用户手机的耗电情况。") == []


def test_listening_gear_is_no_act_of_surveillance():
    assert events_of("有人声称日本在菲律宾建起针对越南的电子监听设施。") == []
