"""Agreement states from the verb that governs the agreement and the modal that scopes it, names cut at
their parties, and detection through a state's body, a relative clause or a copular partnership.
Sentences written for these tests; expected results first."""
from __future__ import annotations

import newsfacts


def summary(body: str) -> list[tuple[str, list[str], str]]:
    doc = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()
    return [(a["name"], a["parties"], a["state"]) for a in doc["agreements"]]


def steps(body: str) -> list[list[str]]:
    doc = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()
    return [a.get("next_steps") or [] for a in doc["agreements"]]


def test_extending_a_ceasefire_with_the_object_marker_keeps_it_in_force():
    assert summary("埃及和苏丹同意将边境停火协议延长两个月。") == [("边境停火协议", ["EGY", "SDN"], "in_force")]


def test_a_legislature_voting_a_treaty_through_ratifies_it():
    expected = [("投资保护协定", ["JPN", "PRY"], "ratified")]
    assert summary("巴拉圭参议院审议通过了与日本的投资保护协定。") == expected


def test_a_legislature_named_by_its_state_is_that_state_and_its_approval_no_future():
    assert summary("新加坡议会批准了与智利签署的数字经济伙伴协定。") == [("数字经济伙伴协定", ["CHL", "SGP"], "ratified")]


def test_a_proposal_scopes_the_signing_it_governs():
    assert summary("菲律宾建议与越南签署海上合作协定。") == [("海上合作协定", ["PHL", "VNM"], "proposed")]


def test_a_signing_planned_after_agreement_on_the_text_is_a_next_step():
    assert summary("越南与老挝就电力合作协议的文本取得一致，计划下月签约。") == [("电力合作协议", ["LAO", "VNM"], "agreed_in_principle")]
    assert steps("越南与老挝就电力合作协议的文本取得一致，计划下月签约。") == [["下月签约"]]


def test_a_step_after_a_sequence_word_is_next_not_one_already_taken():
    assert steps("中秘两国草签了投资保护协定，随后提交两国议会审议。") == [["提交两国议会审议"]]
    assert steps("两国领导人签署了投资协定，随后签署了多项合作文件。") in ([], [[]])


def test_a_draft_rejected_in_the_passive_is_rejected_with_its_agent_a_party():
    assert summary("塞尔维亚起草的贸易协议草案遭匈牙利拒绝。") == [("贸易协议", ["HUN", "SRB"], "rejected")]


def test_declaring_a_ceasefire_puts_it_in_force_unless_only_announced_ahead():
    assert summary("泰国和柬埔寨宣布从今天起全面停火。") == [("全面停火", ["KHM", "THA"], "in_force")]
    assert summary("苏丹和南苏丹宣布停火。")[0][2] == "in_force"
    assert summary("泰国和柬埔寨将宣布停火。")[0][2] != "in_force"


def test_negotiating_by_qiatan_and_a_compound_name_with_an_adverbial_verb():
    assert summary("德国与波兰正在洽谈一项能源联合研发协议。") == [("能源联合研发协议", ["DEU", "POL"], "negotiating")]


def test_a_plan_named_by_its_relative_clause():
    assert summary("印度提出了一项与斯里兰卡共建跨海大桥的计划。") == [("共建跨海大桥的计划", ["IND", "LKA"], "proposed")]


def test_a_copular_partnership_names_a_level_a_mutual_description_does_not():
    assert summary("中国和巴基斯坦是全面战略伙伴。") == [("全面战略伙伴", ["CHN", "PAK"], "in_force")]
    assert summary("中巴互为重要的投资合作伙伴。") == []


def test_a_consensus_on_a_named_agreement_is_its_state_not_a_second_record():
    assert summary("埃及和约旦就天然气管道协议达成共识。") == [("天然气管道协议", ["EGY", "JOR"], "agreed_in_principle")]


def test_a_head_noun_ending_inside_a_word_names_nothing():
    assert all(name != "和约" for name, _, _ in summary("埃及和约旦就天然气管道协议达成共识。"))


def test_a_coordinated_party_is_cut_from_the_name():
    assert summary("由土耳其促成的俄罗斯和乌克兰局部停火协议已于周五到期。") == [("局部停火协议", ["RUS", "UKR"], "expired")]


def test_one_character_forms_of_common_partners():
    assert summary("中肯关系提升至全面战略合作伙伴关系。") == [("全面战略合作伙伴关系", ["CHN", "KEN"], "in_force")]
    assert summary("中智自由贸易协定生效。")[0][1] == ["CHL", "CHN"]


def test_a_planned_signing_is_still_negotiating():
    assert summary("日本和菲律宾计划签署互惠准入协定。") == [("互惠准入协定", ["JPN", "PHL"], "negotiating")]
    assert summary("中国和巴西拟于下月签署货币互换协议。") == [("货币互换协议", ["BRA", "CHN"], "negotiating")]
    assert summary("中国将与法国正式签署核能合作协议。") == [("核能合作协议", ["CHN", "FRA"], "negotiating")]


def test_an_agreement_hoped_for_is_proposed_a_hedged_one_still_negotiating():
    assert summary("中国和法国有望达成核能合作协议。") == [("核能合作协议", ["CHN", "FRA"], "proposed")]
    assert summary("美国和伊朗或将达成新的核协议。") == [("核协议", ["IRN", "USA"], "negotiating")]


def test_a_signing_expected_during_a_visit_stays_negotiating():
    assert summary("访问期间中国和巴基斯坦会签署经济合作协议。") == [("经济合作协议", ["CHN", "PAK"], "negotiating")]
