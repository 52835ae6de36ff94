"""Round 18: meetings with several partners after a 与 whose subject the clause leaves out, and a
meeting with a state's representatives (与X的代表会谈). Each case is a short sentence written for the test."""
from __future__ import annotations

from conftest import events_of


def test_a_with_opening_a_clause_lists_the_partners_of_the_sentences_subject():
    found = events_of("意大利总理梅洛尼周三访问卡塔尔，并与新西兰、老挝和也门代表举行会谈。")
    assert {("CONSULT", "ITA", code) for code in ("QAT", "NZL", "LAO", "YEM")} <= set(found)
    assert not {e for e in found if e[1] != "ITA"}  # no talks among the partners themselves


def test_a_list_joined_by_he_with_its_subject_named_stays_a_joint_act():
    found = set(events_of("日本、菲律宾和美国周三在南海举行联合军演。"))
    assert {("COOPERATE", "JPN", "PHL"), ("COOPERATE", "JPN", "USA")} <= found
    assert ("COOPERATE", "PHL", "USA") not in found  # the first named with each of the others


def test_talks_with_a_states_representatives_are_talks_with_that_state():
    assert ("CONSULT", "ITA", "OMN") in events_of("意大利总理梅洛尼周三与阿曼的代表会谈。")
    assert ("CONSULT", "ITA", "OMN") in events_of("意大利外长周三与阿曼的代表团会谈。")


def test_a_proposal_or_request_a_state_made_is_still_a_thing_it_owns():
    assert events_of("外界关注基辅的停火提议。") == []  # 停火 before 提议 is no person: no act of Kyiv's
    assert events_of("俄方驳回了美国的调停请求。") == [("REJECT", "RUS", "USA")]


def test_an_arrest_of_a_person_of_no_other_state_is_the_doers_own():
    assert events_of("韩国检方逮捕了前国防部长。") == [("COERCE", "KOR", "KOR")]
    assert events_of("韩国检方周三逮捕了前国防部长金某。") == [("COERCE", "KOR", "KOR")]
    assert events_of("韩国警方以危害国家安全为由拘留了一名日本公民。") == [("COERCE", "KOR", "JPN")]


def test_a_person_arrested_or_charged_in_the_passive_by_a_named_state():
    assert events_of("前国防部长金某因涉嫌受贿被韩国检方逮捕。") == [("COERCE", "KOR", "KOR")]
    assert events_of("日本前首相因涉嫌违反政治资金法被东京地检特搜部起诉。") == [("ACCUSE", "JPN", "JPN")]


def test_what_the_reason_alleges_does_not_hedge_the_act_done_for_it():
    assert events_of("韩国检方以涉嫌受贿为由逮捕了前国防部长。") == [("COERCE", "KOR", "KOR")]
    assert events_of("美国涉嫌向台湾出售武器。") == []  # the act itself alleged: no fact


def test_water_cannon_used_on_anothers_vessel_is_coercion():
    assert events_of("中国海警船当天对一艘菲律宾补给船使用了水炮。") == [("COERCE", "CHN", "PHL")]
    assert events_of("中国海警船向菲律宾船只喷射水炮。") == [("COERCE", "CHN", "PHL")]
    assert events_of("日本海上保安厅的船只配备了水炮。") == []  # equipment, no act


def test_an_act_inside_the_object_of_a_stance_is_done_by_the_party_after_dui():
    found = events_of("印尼对以色列军队袭击加沙地带一家医院表示强烈谴责。")
    assert sorted(found) == [("ACCUSE", "IDN", "ISR"), ("ASSAULT", "ISR", "PSE")]
    found = events_of("中方对美国制裁中国企业表示强烈不满。")
    assert sorted(found) == [("ACCUSE", "CHN", "USA"), ("SANCTION", "USA", "CHN")]


def test_indignation_shown_at_a_party_is_an_accusation():
    assert events_of("俄罗斯外交部对美方的决定表示愤慨。") == [("ACCUSE", "RUS", "USA")]
    assert events_of("民众对此感到愤慨。") == []


def test_a_negation_reaches_the_act_past_a_time_place_or_topic_phrase():
    assert events_of("以色列没有在周末对黎巴嫩发动空袭。") == []
    assert events_of("日本不会在这一问题上对中国实施制裁。") == []
    assert events_of("以色列在周末对黎巴嫩发动空袭。") == [("ASSAULT", "ISR", "LBN")]


def test_an_act_not_joined_is_not_done():
    assert events_of("土耳其没有参与对俄罗斯的制裁。") == []
    assert events_of("印度没有参加与巴基斯坦的会谈。") == []
    assert events_of("日本参与了对俄罗斯的制裁。") == [("SANCTION", "JPN", "RUS")]


def test_an_act_weighed_or_any_act_is_no_report():
    assert events_of("美国正在考虑对中国实施新的制裁。") == []
    assert events_of("美国对中国的任何制裁都将损害双边关系。") == []
    assert events_of("美国计划向乌克兰提供远程导弹。") == [("AGREE", "USA", "UKR")]  # a plan stays an intent


def test_a_condemned_act_with_no_doer_named_is_nobodys_and_its_victim_is_not_accused():
    assert events_of("中国谴责对巴基斯坦平民的袭击。") == []
    assert events_of("法国谴责发生在马里的恐怖袭击。") == []
    assert sorted(events_of("伊朗谴责以色列对叙利亚的空袭。")) == [("ACCUSE", "IRN", "ISR"), ("ASSAULT", "ISR", "SYR")]


def test_a_threat_answers_the_one_whose_act_the_condition_names():
    assert events_of("一旦美国向菲律宾部署中程导弹，中方将予以坚决反制。") == [("THREATEN", "CHN", "USA")]
    assert events_of("如果中方的利益受损，中方将采取反制措施。") == []


def test_a_reaction_with_no_object_answers_the_act_told_before():
    assert events_of("日本渔船进入争议海域。中方随即提出严正交涉。") == [("ACCUSE", "CHN", "JPN")]
    assert sorted(events_of("俄军轰炸了敖德萨港口。乌克兰予以强烈谴责。")) == [("ACCUSE", "UKR", "RUS"),
                                                                  ("ASSAULT", "RUS", "UKR")]


def test_an_attack_seizure_or_sanction_heading_a_relative_clause_is_done_to_the_head():
    assert events_of("遭俄军炮击的乌克兰城市正在抢修电网。") == [("ASSAULT", "RUS", "UKR")]
    assert events_of("被俄罗斯驱逐的德国外交官已回国。") == [("SANCTION", "RUS", "DEU")]
    assert events_of("遭美国制裁的伊朗企业数量持续增加。") == [("SANCTION", "USA", "IRN")]


def test_the_subject_after_a_relative_clause_acts_not_a_party_named_inside_it():
    assert events_of("访华的西班牙首相会见了中国总理。") == [("CONSULT", "ESP", "CHN")]
    assert events_of("受美国援助的乌克兰军队发起了反攻。") == [("AID", "USA", "UKR")]
    assert events_of("马克龙结束了为期三天的越南之行。") == [("CONSULT", "FRA", "VNM")]


def test_he_after_an_office_named_with_no_name_is_that_offices_state():
    assert sorted(events_of("美国国务卿会见了以色列总理。他敦促以色列避免伤害平民。")) == [
        ("CONSULT", "USA", "ISR"), ("REQUEST", "USA", "ISR")]
    assert sorted(events_of("俄罗斯总统会见了伊朗总统。他感谢伊朗的支持。")) == [
        ("CONSULT", "RUS", "IRN"), ("SUPPORT", "RUS", "IRN")]


def test_a_reaction_to_this_answers_the_act_a_report_in_between_does_not_tell():
    body = "朝鲜18日发射了一枚弹道导弹。韩国军方称，导弹飞行了约1000公里。日本政府对此提出强烈抗议。"
    assert ("ACCUSE", "JPN", "PRK") in events_of(body)
    assert ("ACCUSE", "DEU", "ISR") in events_of("以色列空袭了大马士革。德国谴责这一袭击。")


def test_this_spokesperson_acts_for_the_body_whose_spokesperson_was_named_before():
    body = "中国海警局新闻发言人发表声明。该发言人敦促菲方立即停止侵权挑衅行为。"
    assert events_of(body) == [("REQUEST", "CHN", "PHL")]


def test_both_sides_reach_back_past_a_sentence_that_names_no_party():
    body = "亚美尼亚和阿塞拜疆边境再次爆发交火。当地居民十分恐慌。俄罗斯外交部呼吁双方保持克制。"
    assert {("REQUEST", "RUS", "ARM"), ("REQUEST", "RUS", "AZE")} <= set(events_of(body))
    body = "亚美尼亚和阿塞拜疆边境再次爆发交火。伊朗表示担忧。俄罗斯外交部呼吁双方保持克制。"
    assert not [e for e in events_of(body) if e[0] == "REQUEST"]  # a party named between: no telling which two


def test_a_clause_that_only_accuses_a_party_lends_no_subject_to_the_next():
    body = "叙利亚外交部致信联合国，谴责以色列，并要求安理会采取行动。"
    assert sorted(events_of(body)) == [("ACCUSE", "SYR", "ISR"), ("REQUEST", "SYR", "UN")]


def test_talks_restated_in_a_sentence_of_their_own_are_the_same_talks():
    assert events_of("美国和伊朗19日举行了谈判。这是两国今年举行的第三轮谈判。") == [("CONSULT", "USA", "IRN")]


def test_an_act_named_as_the_matter_of_a_disagreement_is_no_act():
    assert events_of("美俄双方在停火条件上分歧依然很大。") == []
    assert ("RETREAT", "RUS", "UKR") in events_of("俄乌双方同意停火。")
