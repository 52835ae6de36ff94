"""Precision on unseen news (round 14): the topic of talks, letters, assent to a view, suspicion and
provisions, and frames of what a step makes possible; each against a plain report that stays an
event. Sentences written for these tests."""
from __future__ import annotations

import newsfacts
from conftest import events_of


def hypothetical(body: str) -> list[tuple]:
    record = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()
    return [(e["type"], e["source"], e["target"], e["modality"]) for e in record["hypothetical_events"]]


def test_an_act_named_in_the_topic_of_talks_is_not_reported():
    assert events_of("中国与法国就向乌克兰提供援助交换意见。") == [("CONSULT", "CHN", "FRA")]
    assert events_of("俄罗斯与土耳其就叙利亚停火举行会谈。") == [("CONSULT", "RUS", "TUR")]
    assert ("AID", "CHN", "UKR") in events_of("中国与法国交换意见后向乌克兰提供援助。")


def test_a_party_named_only_in_the_topic_is_no_party_of_the_talks():
    assert events_of("王毅与布林肯就对伊朗的制裁问题通电话。") == [("CONSULT", "CHN", "USA")]
    assert ("CONSULT", "CHN", "IRN") in events_of("王毅与伊朗外长就地区局势通电话。")


def test_a_letter_written_to_a_party_is_no_aid():
    assert events_of("拜登写给普京一封信。") == []
    assert events_of("美国总统寄给日本首相一封亲笔信。") == []
    assert ("AID", "USA", "UKR") in events_of("美国给乌克兰几千个头盔。")


def test_assent_to_a_view_is_no_agreement():
    assert events_of("马克龙同意普京的看法，认为局势需要缓和。") == []
    assert events_of("德国总理赞同中国领导人的判断。") == []
    assert ("AGREE", "FRA", "RUS") in events_of("法国同意俄罗斯的停火提议。")


def test_an_act_one_is_suspected_of_is_alleged():
    assert events_of("美国涉嫌向台湾出售武器。") == []
    assert ("COOPERATE", "USA", "TWN", "hedged") in hypothetical("美国涉嫌向台湾出售武器。")
    assert ("COOPERATE", "USA", "TWN") in events_of("美国向台湾出售武器。")


def test_what_a_text_prescribes_is_a_norm_not_an_act():
    assert events_of("协议规定美国向乌克兰提供军事援助。") == []
    assert ("AID", "USA", "UKR", "prescribed") in hypothetical("协议规定美国向乌克兰提供军事援助。")
    assert ("SANCTION", "USA", "IRN") in events_of("根据规定，美国制裁了伊朗。")


def test_what_a_step_makes_possible_is_no_act_of_providing():
    assert events_of("两国关系的改善为日本向中国出口提供了条件。") == []
    assert ("AID", "USA", "UKR") in events_of("美国为乌克兰提供了大量武器。")


def test_an_act_as_the_subject_of_its_effects_or_a_judgement_is_not_reported():
    assert events_of("日韩之间的科技合作为两国企业提供了新的动力。") == []
    assert events_of("智利对日本的投资也是比较谨慎的。") == []
    assert ("COOPERATE", "CHN", "RUS") in events_of("中国与俄罗斯合作为叙利亚提供人道援助。")


def test_goods_shipped_to_a_market_are_trade_not_aid():
    assert events_of("德国从港口往中国运送货物。") == []
    assert ("AID", "USA", "UKR") in events_of("美国向乌克兰运送武器。")


def test_a_trend_needs_its_de_to_be_background():
    assert events_of("随着日本与韩国合作的持续深化，两国贸易增长。") == []
    assert ("COOPERATE", "CHN", "DEU") in events_of("中国同德国继续发展合作。")


def test_the_grounds_a_party_cites_are_its_claim_not_a_report():
    assert events_of("美国以伊朗袭击油轮为由制裁伊朗。") == [("SANCTION", "USA", "IRN")]
    assert ("ASSAULT", "IRN", "SAU") in events_of("伊朗袭击了沙特的油轮。")


def test_a_wish_runs_on_over_clauses_with_no_subject_of_their_own():
    body = "日方期待借助这次部长会议，先梳理分歧，再就渔业问题同韩国协商，争取年内签约。"
    assert events_of(body) == []
    assert ("AGREE", "JPN", "KOR", "advisory") in hypothetical(body)  # the signing is hoped for
    assert ("ASSAULT", "RUS", "UKR") in events_of("俄罗斯希望和平，但随后袭击了乌克兰。")
    assert ("CONSULT", "FRA", "CHN") in events_of("法国希望通过对话解决问题，马克龙随后访问了中国。")
    assert ("SANCTION", "USA", "CHN") in events_of("许多美国议员希望加强审查，拜登政府已对中国实施新的限制措施。")


def test_a_kind_of_act_opposed_with_no_doer_is_not_reported():
    body = "日本首相与澳大利亚总理举行会谈，并发表声明：两国将共同反对以武力威胁他国。"
    assert events_of(body) == [("CONSULT", "JPN", "AUS")]
    assert ("ASSAULT", "ISR", "PSE") in events_of("中国谴责以色列袭击加沙。")


def test_a_property_of_an_act_after_a_short_modifier_is_no_relative_clause():
    assert events_of("俄方指出了美日两国合作的军事同盟实质。") == []
    assert ("AID", "USA", "UKR") in events_of("乌军使用美国提供的火箭炮。")


def test_a_stake_sold_is_a_deal_between_investors():
    assert events_of("法国政府决定向印度出售所持有的股份。") == []
    assert ("COOPERATE", "USA", "TWN") in events_of("美国向台湾出售武器。")


def test_an_act_judged_fruitful_is_the_subject_of_a_judgement():
    assert events_of("日本与越南合作卓有成效。") == []


def test_the_cause_an_act_answers_is_its_reason_not_a_report():
    body = "日本宣布对俄罗斯实施制裁，以应对俄罗斯对乌克兰的军事行动。"
    assert events_of(body) == [("SANCTION", "JPN", "RUS")]


def test_help_to_reach_a_settlement_is_brokering_not_aid():
    assert not [e for e in events_of("卡塔尔帮助埃及和土耳其达成了和解。") if e[0] == "AID"]
    assert ("AID", "USA", "UKR") in events_of("美国帮助乌克兰修复电网。")


def test_a_states_deliberation_at_home_is_no_talks():
    assert events_of("与欧盟其他成员不同，意大利党内仍在商讨新的移民政策。") == []
    assert ("CONSULT", "DEU", "FRA") in events_of("德国与法国讨论对华战略。")


def test_the_last_time_an_act_happened_is_history_set_against_the_present():
    assert events_of("日本上一次接待韩国总统还是在十年前。") == []
    assert ("CONSULT", "CHN", "DEU") in events_of("中国接待了来访的德国总理。")


def test_a_stance_told_and_then_quoted_is_one_act():
    body = "默克尔对美方表示赞赏。她说：“德国赞赏美国的坚定立场。”"
    assert events_of(body) == [("SUPPORT", "DEU", "USA")]


def test_a_party_ranked_by_an_act_is_characterised_not_reported():
    assert events_of("挪威是援助巴勒斯坦最慷慨的国家。") == []
    assert events_of("美国是援助乌克兰最多的国家。") == []
    assert ("SANCTION", "USA", "IRN") in events_of("美国制裁了伊朗最大的银行。")
    assert ("AID", "USA", "UKR") in events_of("美国向乌克兰提供了最先进的武器。")
