"""Events that international news tells in forms the trigger words alone missed (issue 15, round 6):
phone calls told apart from their verb, lists of parties written with commas, a pronoun opening
its sentence, officers of international bodies, and the diplomatic formula of an intent to act
together (中方愿同X一道). Each case is a short sentence written for the test."""
from __future__ import annotations

from conftest import events_of


def test_a_counted_phone_call_is_a_consultation():
    assert ("CONSULT", "DEU", "FRA") in events_of("德国总理本月已经和法国总统通过两次电话。")


def test_a_call_made_with_da_is_a_consultation():
    assert ("CONSULT", "JPN", "KOR") in events_of("日本首相昨天给韩国总统打了电话。")


def test_a_personal_phone_call_is_no_event():
    assert events_of("他回家后打电话询问朋友，又通过电话向社区报告。") == []


def test_a_call_to_ones_own_capital_borrows_no_partner():
    # the envoy calls his own government; the country he serves in is not called
    found = events_of("美国大使感到无力，因为他无法直接推动智利的港口项目，他只能给华盛顿打电话，请美国企业前来投资。")
    assert ("CONSULT", "USA", "CHL") not in found


def test_a_list_written_with_commas_is_one_list():
    found = events_of("上个月，西班牙首相，葡萄牙，希腊和芬兰的领导人都到访过基辅。")
    for visitor in ("ESP", "PRT", "GRC", "FIN"):
        assert ("CONSULT", visitor, "UKR") in found


def test_partners_listed_with_commas_are_each_called():
    found = events_of("法国总统已经和德国总理通过电话。他还和意大利总理，西班牙首相和美国总统打电话交换了意见。")
    for partner in ("ITA", "ESP", "USA"):
        assert ("CONSULT", "FRA", partner) in found


def test_a_clause_after_a_name_and_a_comma_is_no_list():
    # 美国总统，在白宫…: a pause after the subject, not a list
    found = events_of("美国总统，在白宫会见了日本首相。")
    assert found == [("CONSULT", "USA", "JPN")]


def test_a_pronoun_opening_its_sentence_is_the_subject_before():
    # 他 is the French president who called, not the Russian president he called
    found = events_of("法国总统马克龙已经和普京通过三次电话。他也和德国总理朔尔茨打电话交换了意见。")
    assert ("CONSULT", "FRA", "DEU") in found and ("CONSULT", "RUS", "DEU") not in found


def test_an_officer_of_the_un_acts_for_the_un():
    found = events_of("俄罗斯总统普京会见了联合国秘书长古特雷斯。")
    assert ("CONSULT", "RUS", "UN") in found and ("CONSULT", "RUS", "PRT") not in found


def test_an_intent_to_act_together_is_an_agreement():
    found = events_of("外交部发言人表示，中方愿同越方一道，推动两国关系健康发展。")
    assert ("AGREE", "CHN", "VNM") in found


def test_an_intent_refused_is_no_agreement():
    found = events_of("外交部发言人表示，中方不愿同日方一道推动这项计划。")
    assert ("AGREE", "CHN", "JPN") not in found


def test_year_on_year_is_no_partner():
    assert events_of("发言人表示，今年出口将同比增长。") == []


def test_a_demand_on_another_state_survives_blame_of_a_third():
    # one answer blames NATO and asks Japan to act: two acts, not the accusation alone
    found = events_of("外交部发言人说：“北约这些年一再污蔑中国，大家要提高警惕。日方应该做的是好好反省历史。”")
    assert ("ACCUSE", "CHN", "NATO") in found and ("REQUEST", "CHN", "JPN") in found


def test_a_demand_on_the_one_blamed_stays_an_accusation():
    found = events_of("外交部发言人说：“美方恶意抹黑中国，美方应该停止这种做法。”")
    assert ("ACCUSE", "CHN", "USA") in found and ("REQUEST", "CHN", "USA") not in found


def test_budehrenxin_is_no_ban():
    # 不得人心: unpopular, no demand that anyone refrain
    found = events_of("外交部发言人说：“美国的这种图谋不得人心，必将失败。”")
    assert ("REQUEST", "CHN", "USA") not in found
