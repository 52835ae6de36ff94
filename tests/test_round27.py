"""Round 27: acts in pages of the 2024-2025 Tencent and Sina style (blind batteries qUU, evU): a target named
after a noun for its role (向主办国日本), an armed group of the doer's own state as the one acted on, and vote
tallies. Each case is a short sentence written for the test."""
from __future__ import annotations

from conftest import events_of

from newsfacts.kb import KnowledgeBase


def test_a_target_named_after_a_noun_for_its_role_is_the_target():
    # the doer carried from the clause before, not the state after 主办国
    found = events_of("中方对此强烈不满，已向会议主办国日本提出严正交涉。")
    assert ("ACCUSE", "CHN", "JPN") in found and ("ACCUSE", "JPN", "CHN") not in found
    assert ("THREATEN", "IND", "PAK") in events_of("印度当天向邻国巴基斯坦发出警告。")


def test_an_armed_group_of_the_doers_own_state_is_acted_on_at_home():
    assert ("ACCUSE", "SDN", "SDN") in events_of("苏丹政府指责快速支援部队在城中杀害平民。")
    assert ("REQUEST", "RUS", "RUS") in events_of("俄罗斯联邦安全局呼吁“瓦格纳”人员不要服从命令。")
    # a group of another state keeps its own code
    assert ("ACCUSE", "ISR", "PSE") in events_of("以色列指责哈马斯违反停火协议。")


def test_an_armed_group_doing_what_a_warning_says_is_no_target():
    # 他警告，胡塞武装将…: the group does what the warning tells, the warning is aimed at Israel
    found = events_of("胡塞武装发言人萨雷亚警告，胡塞武装将继续打击以色列的船只。")
    assert ("THREATEN", "YEM", "YEM") not in found
    assert ("THREATEN", "YEM", "ISR") in found


def test_a_vote_tally_is_no_support_or_refusal():
    found = events_of("以色列内阁以9票赞成、2票反对的结果批准了与黎巴嫩的停火安排。")
    assert not any(kind in ("SUPPORT", "REJECT") for kind, _, _ in found)
    # a state that votes for a measure still supports it
    assert ("SUPPORT", "FRA", "UKR") in events_of("法国表示赞成乌克兰加入欧盟。")


def test_a_states_army_under_its_one_character_short_form_speaks_for_it():
    from conftest import quote_triples

    body = "据当地媒体报道，黎军周一发表声明称，其部队已进入边境村庄。"
    assert quote_triples(body)[0][0] == "黎军"
    assert KnowledgeBase.load().lookup("叙军")[0].country == "SYR"


def test_blame_of_a_bare_party_or_leader_noun_is_domestic():
    # the object between the cue and the quoted words: the speaker's own opposition
    assert ("ACCUSE", "KOR", "KOR") in events_of("韩国总统尹锡悦当晚讲话，指责在野党“阻挠国政”。")
    # the words open on a bare 总理: the critic's own head of government
    assert ("ACCUSE", "DEU", "DEU") in events_of("德国绿党议员指责总理在贸易问题上“过于软弱”。")


def test_an_opposition_leaders_blame_naming_no_one_falls_on_his_government():
    assert ("ACCUSE", "JPN", "JPN") in events_of("日本最大在野党立宪民主党党首野田佳彦批评这是“失败的外交”。")
    # a minister's blame naming no one is no domestic act
    assert not events_of("日本外相批评这是“失败的外交”。")


def test_states_that_call_together_call_on_the_two_sides():
    found = events_of("印度和巴基斯坦边境再起冲突。沙特和阿曼也呼吁双方保持克制。")
    for caller in ("SAU", "OMN"):
        assert {("REQUEST", caller, "IND"), ("REQUEST", caller, "PAK")} <= set(found)
    assert ("REQUEST", "SAU", "OMN") not in found


def test_both_sides_after_a_sentence_naming_a_third_party_are_the_articles_two_sides():
    body = ("印度与巴基斯坦在克什米尔交火，印度指责巴基斯坦越境炮击，巴基斯坦则称印度先开火。"
            "中国外交部发言人表示，中方希望两国保持冷静。沙特也呼吁双方保持克制。")
    found = events_of(body)
    assert {("REQUEST", "SAU", "IND"), ("REQUEST", "SAU", "PAK")} <= set(found)


def test_the_act_a_reaction_answers_keeps_its_doer_over_a_long_object():
    body = "俄国防部表示，这一行动是对基辅方面近期袭击俄罗斯境内库尔斯克等地民用目标的回应。"
    found = events_of(body)
    assert ("ASSAULT", "UKR", "RUS") in found and ("ASSAULT", "RUS", "UKR") not in found


def test_talks_held_with_a_long_modifier_are_talks():
    found = events_of("印度外长同日本外相举行了长达四个多小时的会谈。")
    assert ("CONSULT", "IND", "JPN") in found
    # the talks as a thing spoken of, with no light verb, stay no act
    assert events_of("外界关注印度和日本的会谈。") == []


def test_an_act_done_despite_an_objection_is_done():
    # 不顾X反对: the objection is ignored, the visit is made; X is no party of it
    found = events_of("美国众议长不顾中方强烈反对窜访台湾。")
    assert ("CONSULT", "USA", "TWN") in found and not any(t == "CHN" for _, _, t in found)
    assert ("ASSAULT", "ISR", "PSE") in events_of("以色列不顾美国反对空袭拉法。")
    # an objection stated, with no 不顾, still tells the act only as opposed
    assert events_of("中方一贯反对使用武力。") == []
