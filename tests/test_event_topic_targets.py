"""Precision on fresh world news (round 13): a party named only as the topic of a stance or matter,
inside a helped party's own act or as where goods come from, is no target; a call recalled later is
the same call; a blow to confidence or an economy is no attack; a wish to serve a state is no demand.
Each against a contrast that stays an event. Sentences written for these tests."""
from __future__ import annotations

from conftest import events_of


def test_a_party_a_stance_is_taken_on_is_no_target():
    # the prime minister is accused of being soft; Russia is what he is soft on (round 27: the blame of a bare
    # 首相 by the opposition is a domestic act, his own government blamed)
    assert events_of("反对党领袖斯塔默指责首相对俄“过于软弱”。") == [("ACCUSE", "GBR", "GBR")]
    assert events_of("这些条款是在反对党领袖斯塔默指责对日韩“过分软弱”之后才加上的。") == []
    assert events_of("欧洲政界不少人鼓噪对俄强硬，却拿不出办法。") == []
    assert ("ACCUSE", "GBR", "RUS") in events_of("反对党领袖斯塔默指责俄罗斯“破坏和平”。")
    assert ("ACCUSE", "GBR", "USA") in events_of("英国议员批评美国对华政策。")


def test_an_act_inside_a_matter_at_issue_is_no_act():
    assert events_of("在追随华盛顿“抵制俄罗斯能源”的议题上，爱尔兰内阁一直有所保留。") == []
    assert ("AGREE", "EU", "USA") in events_of("欧盟在对俄制裁问题上与美国达成一致。")
    assert ("SANCTION", "USA", "RUS") in events_of("美国宣布制裁俄罗斯，在这一问题上欧盟保持沉默。")


def test_help_to_ones_own_side_borrows_no_target():
    body = "英国首相提出一系列措施：扩大安全机构职能，帮助英国企业及高校“抵御俄罗斯网络攻击”；还有研究禁止俄罗斯收购英国资产。"
    assert [e for e in events_of(body) if e[0] == "AID"] == []
    assert ("AID", "GBR", "UKR") in events_of("英国首相宣布，英国将帮助乌克兰抵御俄罗斯的进攻。")


def test_the_party_a_helped_one_resists_is_no_target():
    assert [e for e in events_of("美国宣布向以色列提供军事援助，以帮助其对抗伊朗。") if e[2] == "IRN"] == []
    found = events_of("德国为支持波兰抵御白俄罗斯而运送了大量物资。")
    assert ("AID", "DEU", "POL") in found and not any(e[2] == "BLR" for e in found)


def test_where_goods_come_from_is_no_target():
    assert events_of("去年，由于该款导弹被查出装有产自韩国的芯片，随即被美国国防部勒令停止交付。") == []
    assert ("REQUEST", "USA", "KOR") in events_of("美国政府勒令韩国暂停交付。")


def test_a_call_recalled_later_is_the_same_call():
    body = "美国总统拜登与法国总统马克龙通电话。马克龙在与拜登通话时表示，法国将继续支持乌克兰。"
    assert [e for e in events_of(body) if e[0] == "CONSULT"] == [("CONSULT", "USA", "FRA")]
    body = "3月1日，美国总统拜登与法国总统马克龙通电话。3月5日，马克龙与拜登再次通电话。"
    assert [e for e in events_of(body) if e[0] == "CONSULT"] == [("CONSULT", "USA", "FRA"), ("CONSULT", "FRA", "USA")]


def test_a_blow_to_a_thing_is_no_attack():
    assert events_of("美国限制芯片出口，意在对俄罗斯的经济进行沉重打击。") == []
    assert events_of("美国的关税打击了日本企业的信心。") == []
    assert ("ASSAULT", "RUS", "UKR") in events_of("俄罗斯对乌克兰经济目标进行打击。")
    assert ("ASSAULT", "ISR", "LBN") in events_of("以色列空军打击了黎巴嫩南部的据点。")


def test_a_wish_to_serve_a_state_is_no_demand():
    assert events_of("中国政府表示，中方希望为美国企业提供更好的服务。") == []
    assert events_of("日本希望对中国出口更多大米。") == []
    assert ("REQUEST", "CHN", "USA") in events_of("中方希望美方为两国企业提供公平环境。")


def test_the_one_received_from_gives():
    assert ("AID", "CHN", "PAK") in events_of("巴基斯坦从中国获得了贷款援助。")
    assert not any(e[:3] == ("AID", "PAK", "CHN") for e in events_of("巴基斯坦从中国获得了贷款援助。"))
    assert ("AID", "USA", "ISR") in events_of("以色列接受美国援助。")


def test_halted_aid_is_a_sanction_and_its_receiver_no_addressee():
    assert events_of("美国总统下令暂停对乌克兰的军事援助。") == [("SANCTION", "USA", "UKR")]
    assert ("AID", "USA", "UKR") in events_of("美国恢复对乌克兰的军事援助。")
    assert ("REQUEST", "USA", "ISR") not in events_of("拜登要求暂停对以色列的军售。")
    assert ("REQUEST", "USA", "PSE") not in events_of("美国呼吁恢复对加沙的人道主义援助。")
    assert ("REQUEST", "USA", "ISR") in events_of("美国呼吁以色列恢复对加沙的人道主义援助。")
    assert ("THREATEN", "USA", "UKR") in events_of("特朗普威胁停止对乌克兰的援助。")
    assert ("SUPPORT", "EU", "RUS") not in events_of("欧盟支持加强对俄罗斯的制裁。")


def test_a_wish_to_act_by_means_of_a_visit_addresses_no_one():
    body = "外交部发言人说，中方希望借助新西兰总理这次来访，把两国首脑达成的共识落到实处。"
    assert ("REQUEST", "CHN", "NZL") not in events_of(body)
    assert ("REQUEST", "CHN", "AUS") in events_of("商务部发言人表示，中方希望澳方为中国企业提供公平环境。")
