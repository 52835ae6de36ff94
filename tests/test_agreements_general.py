"""Agreements on sentences written for the tests in phrasings unlike the gold articles: names cut
at verbs acting on them, proposals through determiners, a head noun before a title-only noun,
resumption after a suspension; sources named inside an interview clause."""
from __future__ import annotations

import newsfacts


def analysed(body: str) -> dict:
    return newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()


def summary(body: str) -> list[tuple[str, list[str], str]]:
    return [(a["name"], a["parties"], a["state"]) for a in analysed(body)["agreements"]]


def test_a_verb_keeping_a_partnership_is_not_part_of_its_name():
    assert summary("中法两国保持全面战略伙伴关系。") == [("全面战略伙伴关系", ["CHN", "FRA"], "in_force")]


def test_a_verb_reaching_a_deal_is_not_part_of_its_name():
    names = [name for name, _, _ in summary("沙特和伊朗在中国斡旋下达成和解协议。")]
    assert names == ["和解协议"]


def test_a_bare_deal_reached_on_a_topic_is_kept():
    found = summary("俄乌双方就归还阵亡士兵遗体达成协议。")
    assert [(parties, state) for _, parties, state in found] == [(["RUS", "UKR"], "agreed_in_principle")]


def test_proposing_a_new_mechanism_is_a_proposal():
    assert summary("日本首相提议与韩国建立新的安全合作机制。") == [("安全合作机制", ["JPN", "KOR"], "proposed")]


def test_founding_announced_stays_in_force():
    assert summary("中俄两国宣布建立新型的全面战略协作伙伴关系。")[0][2] == "in_force"


def test_a_head_noun_before_an_untitled_framework_names_the_agreement():
    assert summary("俄乌双方在伊斯坦布尔草签了一份和平协议框架。") == [("和平协议", ["RUS", "UKR"], "agreed_in_principle")]


def test_a_suspension_then_resumption_leaves_it_in_force():
    assert summary("韩国与日本的《军事情报保护协定》一度中止，后又恢复。")[0][2] == "in_force"


def test_a_suspension_alone_suspends():
    assert summary("韩国与日本的《军事情报保护协定》一度中止。")[0][2] == "suspended"


def test_an_outlet_named_inside_an_interview_clause():
    assert analysed("韩国总统在接受韩国广播公司采访时表示，将继续推进改革。")["sources"] == ["韩国广播公司"]



def test_a_verb_framing_the_topic_is_not_part_of_the_name():
    assert [name for name, _, _ in summary("美国和伊朗围绕核协议的间接谈判陷入僵局。")] == ["核协议"]


def test_an_ending_still_to_come_leaves_it_in_force():
    assert summary("以色列与黎巴嫩的停火协议将于下月到期。") == [("停火协议", ["ISR", "LBN"], "in_force")]


def test_an_extended_treaty_is_in_force():
    assert summary("中俄签署的睦邻友好合作条约已延期五年。")[0][2] == "in_force"


def test_a_place_name_is_no_pair_of_state_abbreviations():
    parties = [p for _, p, _ in summary("美国总统提出了一项解决加沙冲突的和平计划，以色列表示接受。")]
    assert parties and all("CAN" not in p and "SAU" not in p for p in parties)


def test_a_content_clause_keeps_its_verb_inside_the_name():
    found = summary("中国和美国签署了关于建立外交关系的联合公报。")
    assert [name for name, _, _ in found] == ["关于建立外交关系的联合公报"]


def test_a_poll_an_outlet_ran_is_credited():
    assert analysed("日本《读卖新闻》最新民调显示，内阁支持率下滑。")["sources"] == ["《读卖新闻》"]


def brokers_of(body: str) -> list[list[str]]:
    return [a.get("brokers") or [] for a in analysed(body)["agreements"]]


def test_states_pushing_a_signing_are_its_brokers():
    assert brokers_of("在法国和德国的推动下，俄罗斯与乌克兰签署了《明斯克协议》。") == [["DEU", "FRA"]]


def test_a_mediator_opening_the_sentence_is_a_broker():
    assert brokers_of("经中方斡旋，沙特和伊朗达成和解协议。") == [["CHN"]]


def test_returning_to_a_deal_is_not_part_of_its_name():
    assert [name for name, _, _ in summary("英国、法国和德国呼吁伊朗重返核协议。")] == ["核协议"]


def test_a_stance_verb_is_not_part_of_the_alliance_named():
    found = summary("美国和日本领导人举行会晤。双方重申日美同盟是地区和平的基石。")
    assert found == [("日美同盟", ["JPN", "USA"], "in_force")]


def test_refusing_to_accept_a_plan_rejects_it():
    found = summary("乌克兰表示不会接受俄罗斯提出的停火方案。")
    assert [(parties, state) for _, parties, state in found] == [(["RUS", "UKR"], "rejected")]


def test_a_decision_to_speed_up_talks_is_not_part_of_the_name():
    found = summary("中日韩三国领导人决定加快中日韩自贸协定谈判。")
    assert found == [("中日韩自贸协定", ["CHN", "JPN", "KOR"], "negotiating")]


def test_an_organisation_named_union_is_no_alliance():
    found = analysed("埃及提出的加沙重建方案获得阿拉伯国家联盟支持。")["agreements"]
    assert [(a["name"], a["kind"]) for a in found] == [("加沙重建方案", "plan")]


def test_a_ceasefire_agreed_to_be_carried_out():
    assert summary("俄罗斯与乌克兰同意在黑海实施停火。") == [("停火", ["RUS", "UKR"], "agreed_in_principle")]


def test_peace_treaties_communiques_and_arrangements_by_title():
    assert summary("1951年，美国与日本等国签订《旧金山和约》。")[0][:2] == ("旧金山和约", ["JPN", "USA"])
    assert summary("1972年，中美两国在上海发表《上海公报》。")[0][:2] == ("上海公报", ["CHN", "USA"])


def test_an_untitled_arrangement_is_no_agreement():
    assert summary("中美两国领导人就下一步工作作出安排。") == []


def test_an_alliance_inside_a_statements_about_clause_keeps_its_own_name():
    found = summary("韩美双方签署了关于加强韩美同盟的联合声明。")
    assert ("韩美同盟", ["KOR", "USA"], "in_force") in found
    assert ("关于加强韩美同盟的联合声明", ["KOR", "USA"], "signed") in found


def test_strengthening_ahead_presupposes_the_alliance():
    assert summary("美国希望通过强化韩美同盟来遏制对手。") == [("韩美同盟", ["KOR", "USA"], "in_force")]


def test_a_verb_of_commitment_is_not_part_of_the_partnership_name():
    assert summary("中俄两国致力于发展新时代全面战略协作伙伴关系。")[0][0] == "新时代全面战略协作伙伴关系"


def test_a_step_word_inside_a_noun_is_no_step():
    assert summary("美韩核磋商小组是根据《华盛顿宣言》设立的。")[0][2] != "negotiating"


def test_working_for_an_early_conclusion_is_still_negotiating():
    assert summary("中方愿同菲方推动“南海行为准则”早日达成。")[0][2] == "negotiating"


def test_an_agreements_committee_is_not_the_agreement():
    assert summary("两国同意召开自贸协定联委会会议。") == []


def test_an_organisation_someone_founded_is_not_an_alliance():
    assert summary("他在美国创建了环境保护联盟，并与英国同行合作。") == []


def test_a_consensus_reached_on_a_topic_is_an_agreement_in_principle():
    assert summary("中印双方就边境问题达成五点共识。") == [("五点共识", ["CHN", "IND"], "agreed_in_principle")]


def test_a_consensus_of_the_world_at_large_is_no_agreement():
    assert summary("保护环境已经成为中国和美国社会的普遍共识。") == []


def test_a_body_of_an_alliance_is_not_the_alliance():
    assert summary("美国促进科学联盟专门委员会发表意见，英国专家表示支持。") == []


def test_a_numbered_vehicle_is_not_an_alliance():
    assert summary("苏联的联盟1号飞船于1967年发射，美国也在研制新飞船。") == []


def test_allying_with_a_state_is_a_verb_not_an_alliance_name():
    assert summary("法国也和俄国联盟，英国与美国则袖手旁观。") == []
