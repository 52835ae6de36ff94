"""Event precision on the whole unlabelled pool (round h17): the agent after 由 before the verb.
Sentences written for these tests."""
from __future__ import annotations

from conftest import events_of


def test_the_one_after_by_builds_what_the_subject_names():
    found = events_of("肯尼亚的新港口由中国企业承建，去年建成。")
    assert ("COOPERATE", "CHN", "KEN") in found and ("COOPERATE", "KEN", "CHN") not in found


def test_the_one_after_by_funds_and_builds():
    found = events_of("秘鲁一座水电站由中国资助并承建。")
    assert ("AID", "CHN", "PER") in found and ("AID", "PER", "CHN") not in found
    # a launch (发射 with no 向) done by the one after 由 stays no attack
    assert not [e for e in events_of("秘鲁的首颗气象卫星由中国研制并成功发射。") if e[0] == "ASSAULT"]


def test_an_active_subject_still_builds():
    assert ("COOPERATE", "CHN", "KEN") in events_of("中国企业为肯尼亚承建了新港口。") or \
        ("COOPERATE", "CHN", "KEN") in events_of("中国在肯尼亚承建新港口。")


def test_a_firms_delivery_is_no_aid():
    found = events_of("过去两年里，空客公司只交付给印度六架飞机。")
    assert not [e for e in found if e[0] == "AID"]


def test_staff_sent_or_demands_made_to_a_firm_are_no_act_between_states():
    assert not [e for e in events_of("成都市政府已向特斯拉公司增派了三百名防疫人员。") if e[0] == "MOBILIZE"]
    assert not [e for e in events_of("上海市有关部门已要求特斯拉公司落实防疫责任。") if e[0] == "REQUEST"]


def test_aid_and_demands_between_states_stay():
    assert ("AID", "JPN", "IND") in events_of("日本向印度提供了一批医疗物资援助。")
    assert ("REQUEST", "USA", "CHN") in events_of("美国要求中国开放市场。")


_MAIN_PARTIES = "日本首相上周访问了印度。日本和印度签署了多项协议。印度总理表示满意。"


def test_each_other_with_no_states_named_near_is_no_pair_of_states():
    found = events_of(_MAIN_PARTIES + "孩子们在操场上玩耍。有时他们会用难听的话彼此攻击，老师很头疼。")
    assert not [e for e in found if e[0] in ("ASSAULT", "ACCUSE")]


def test_each_other_after_two_states_named_stays():
    found = events_of(_MAIN_PARTIES + "泰国和柬埔寨边境局势紧张，两国军队彼此炮击。")
    assert ("ASSAULT", "THA", "KHM") in found and ("ASSAULT", "KHM", "THA") in found


def test_trips_of_entertainers_and_businessmen_are_no_visits_of_their_state():
    assert events_of("一名美国商人前往越南考察。") == []
    assert events_of("韩国歌手到访日本举办演唱会。") == []


def test_a_ministers_trip_stays_a_visit():
    assert ("CONSULT", "USA", "VNM") in events_of("美国商务部长前往越南访问。")
