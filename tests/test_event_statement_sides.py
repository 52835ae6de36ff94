"""Statement acts aimed at both sides, formal protests handed over, and the sides of a mutual
accusation (round 13, compE): sentences written for these tests."""
from __future__ import annotations

from conftest import events_of


def test_a_call_on_both_sides_said_as_a_quote_reaches_each_side():
    found = events_of("印度和巴基斯坦军队在克什米尔再次交火。日本外务省呼吁双方保持冷静。")
    assert ("REQUEST", "JPN", "IND") in found and ("REQUEST", "JPN", "PAK") in found


def test_a_call_on_both_sides_after_calls_to_each_leader():
    found = events_of("法国外长7日分别与埃及外长和苏丹总理通了电话，呼吁双方尽快恢复谈判。")
    assert ("REQUEST", "FRA", "EGY") in found and ("REQUEST", "FRA", "SDN") in found


def test_a_pair_of_short_forms_names_both_states():
    found = events_of("印尼总统对泰柬两国近来的冲突表示担忧，呼吁双方立即停火。")
    assert ("REQUEST", "IDN", "THA") in found and ("REQUEST", "IDN", "KHM") in found


def test_a_protest_note_handed_over_accuses_the_envoy_summoned():
    found = events_of("越南外交部当天召见菲律宾驻越大使，递交了抗议照会。")
    assert ("ACCUSE", "VNM", "PHL") in found


def test_a_broker_of_the_sentence_before_is_no_side_of_mutual_blame():
    found = events_of("土耳其外长抵达开罗。土耳其官员说，埃及和苏丹去年在土耳其斡旋下签署了边界协议，"
                      "土耳其愿继续发挥作用。此后双方又屡屡相互指责对方破坏协议。")
    assert ("ACCUSE", "EGY", "SDN") in found and ("ACCUSE", "SDN", "EGY") in found
    assert not any(e[0] == "ACCUSE" and "TUR" in e[1:] for e in found)


def test_mutual_blame_of_a_coordinated_subject_leaves_out_the_broker():
    found = events_of("由阿曼促成的停火生效后，伊朗和以色列双方互相指责对方违约。")
    assert ("ACCUSE", "IRN", "ISR") in found and ("ACCUSE", "ISR", "IRN") in found
    assert not any("OMN" in e[1:] for e in found if e[0] == "ACCUSE")


def test_a_warning_in_a_clause_with_no_subject_goes_on_against_the_one_accused():
    found = events_of("阿尔及利亚外交部发言人说，他指责拉巴特“在边境挑起事端”，并警告称，阿尔及利亚“不会坐视不管”。")
    assert ("ACCUSE", "DZA", "MAR") in found and ("THREATEN", "DZA", "MAR") in found
    # a warning whose clause names its own subject borrows no target from the sentence before
    found = events_of("阿尔及利亚外交部发言人说，他指责拉巴特“在边境挑起事端”。阿尔及利亚总统警告称，阿尔及利亚“不会坐视不管”。")
    assert ("THREATEN", "DZA", "MAR") not in found


def test_concern_of_both_sides_about_a_third_state_is_each_sides_accusation():
    found = events_of("越南外长与菲律宾外长在河内举行会谈。双方对缅甸军方近日空袭边境村庄表示严重关切。")
    assert ("ACCUSE", "VNM", "MMR") in found and ("ACCUSE", "PHL", "MMR") in found


def test_a_day_after_dui_dates_the_act_talked_about_not_the_stance():
    import newsfacts
    record = newsfacts.analyze_text("测试标题\n\n智利外长12日在圣地亚哥说，智方对秘鲁9日关闭边境口岸表示强烈不满。",
                                    published_at="2025-04-19T10:00:00").to_dict()
    accusations = [e for e in record["events"] if e["type"] == "ACCUSE"]
    assert accusations and all(e["date"] != "2025-04-09" for e in accusations)


def test_blame_laid_on_a_state_after_gui_jiu_yu():
    assert ("ACCUSE", "ARG", "CHL") in events_of("阿根廷总统把这次断电归咎于智利。")


def test_the_one_who_asked_in_ying_x_de_yaoqiu_asks_the_subject_of_the_next_clause():
    assert ("REQUEST", "USA", "JPN") in events_of("应美国的要求，日本派出扫雷舰。")
    assert ("REQUEST", "USA", "JPN") in events_of("应美方要求，日本派出扫雷舰。")
