"""Recall of acts told without an ordinary trigger verb: a hostile label one state gives another
(X将Y列为威胁, X称Y是敌人: PLOVER ACCUSE), a guest invited to a drill (邀请Y参加演习: COOPERATE),
and a state's permanent mission as the doer. Sentences written for the test."""
from __future__ import annotations

import newsfacts


def events_of(body: str) -> list[tuple]:
    record = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2024-05-10T10:00:00").to_dict()
    return [(e["type"], e["source"], e["target"]) for e in record["events"]]


def test_a_hostile_label_is_an_accusation_of_the_one_labelled():
    assert ("ACCUSE", "SWE", "BLR") in events_of("瑞典国防部已将白俄罗斯列为北欧安全的首要威胁。")
    assert ("ACCUSE", "PRK", "JPN") in events_of("朝鲜此前将日本定位为“敌对国家”。")
    found = events_of("立陶宛政府把俄白两国视为敌对势力。")
    assert ("ACCUSE", "LTU", "RUS") in found and ("ACCUSE", "LTU", "BLR") in found


def test_calling_a_state_a_threat_accuses_it():
    assert ("ACCUSE", "CAN", "IRN") in events_of("加拿大总理曾称伊朗是地区稳定的最大威胁。")


def test_a_neutral_denied_or_advised_label_accuses_no_one():
    assert not [e for e in events_of("西班牙将摩洛哥视为最重要的合作伙伴。") if e[0] == "ACCUSE"]
    assert not [e for e in events_of("巴西将阿根廷视为竞争对手。") if e[0] == "ACCUSE"]
    assert not [e for e in events_of("挪威不把瑞典视为威胁。") if e[0] == "ACCUSE"]
    assert not [e for e in events_of("外交部发言人称印度不是威胁。") if e[0] == "ACCUSE"]
    assert not [e for e in events_of("智利不应将秘鲁视为敌人。") if e[0] == "ACCUSE"]


def test_a_commentator_s_label_is_no_act_of_a_state():
    assert not [e for e in events_of("一位美国学者将越南视为威胁。") if e[0] == "ACCUSE"]


def test_a_guest_invited_to_a_drill_cooperates_with_the_host():
    assert ("COOPERATE", "ITA", "GRC") in events_of("意大利邀请希腊参加联合军演。")
    found = events_of("印尼还邀请美澳两国参加在爪哇海举行的军事演习。")
    assert ("COOPERATE", "IDN", "USA") in found and ("COOPERATE", "IDN", "AUS") in found


def test_a_guest_invited_to_a_fair_is_no_drill_partner():
    assert not [e for e in events_of("意大利邀请希腊参加文化节。") if e[0] == "COOPERATE"]


def test_a_permanent_mission_acts_for_its_state():
    assert ("AGREE", "VNM", "UN") in events_of("2022年6月，越南常驻联合国代表团向联合国交存了海洋公约的批准书。")


def test_a_party_after_a_causal_conjunction_is_the_clause_s_subject():
    assert ("SANCTION", "CAN", "IRN") in events_of("由于加拿大对伊朗实施制裁，两国贸易大幅下降。")
    found = events_of("因为荷兰频繁举行演习，并且多次谴责比利时，这让比利时很不安。")
    assert ("ACCUSE", "NLD", "BEL") in found


def test_an_act_given_again_as_a_cause_is_the_act_already_reported():
    found = events_of("土耳其12日对叙利亚发动空袭。由于土方袭击叙利亚北部地区，伊拉克关闭了边境口岸。")
    assert [e for e in found if e[0] == "ASSAULT"] == [("ASSAULT", "TUR", "SYR")]


def test_a_decree_signed_alone_is_no_agreement_with_the_party_it_names():
    found = events_of("墨西哥总统签署一项行政命令，禁止本国企业向古巴出售燃料。")
    assert not [e for e in found if e[0] == "AGREE"]
    found = events_of("芬兰总统签署法案，向乌克兰提供军事援助。")
    assert not [e for e in found if e[0] == "AGREE"] and ("AID", "FIN", "UKR") in found


def test_a_treaty_whose_name_starts_like_a_decree_is_still_signed():
    found = events_of("西班牙与葡萄牙签署法令互认协定。")
    assert any(e[0] == "AGREE" and {e[1], e[2]} == {"ESP", "PRT"} for e in found)
