"""A battery of short sentences written for the tests, naming agreements in many ways: titles in 《》,
unnamed but specific ones, alliances and partnerships, mechanisms, the states told by verbs around them,
and documents that are no agreement between states (a report, a bill, one side's statement)."""
from __future__ import annotations

import pytest

import newsfacts


def summary(body: str) -> list[tuple[str, list[str], str]]:
    found = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-08-19T10:00:00").to_dict()["agreements"]
    return [(a["name"], a["parties"], a["state"]) for a in found]


# (text, [(part of the name, parties or None, state or None)]); an empty list: no agreement.
CASES = [
    ("法国和德国周二在柏林签署了《莱茵河航运合作条约》。", [("莱茵河航运合作条约", ["DEU", "FRA"], "signed")]),
    ("越南国会批准了与欧盟的自由贸易协定。", [("自由贸易协定", ["EU", "VNM"], "ratified")]),
    ("越南和韩国外长周一会谈。两国签署的自由贸易协定将于明年1月1日生效。", [("自由贸易协定", ["KOR", "VNM"], "signed")]),
    ("美国于2018年宣布退出伊核协议。", [("伊核协议", None, "terminated")]),
    ("中美两国于1972年发表《上海公报》。", [("上海公报", ["CHN", "USA"], "in_force")]),
    ("韩美同盟是韩国外交的基石。", [("韩美同盟", ["KOR", "USA"], "in_force")]),
    ("日本首相称，日美同盟是地区和平的基石。", [("日美同盟", ["JPN", "USA"], "in_force")]),
    ("中俄全面战略协作伙伴关系处于历史最好水平。", [("伙伴关系", ["CHN", "RUS"], "in_force")]),
    ("日本和澳大利亚建立了外长防长“2+2”会谈机制。", [("机制", ["AUS", "JPN"], "in_force")]),
    ("美国和英国宣布将延长双边核合作协定。", [("协定", ["GBR", "USA"], "in_force")]),
    ("土耳其和俄罗斯将续签天然气过境协议。", [("天然气过境协议", ["RUS", "TUR"], "in_force")]),
    ("俄罗斯宣布暂停履行《新削减战略武器条约》。", [("新削减战略武器条约", ["RUS", "USA"], "suspended")]),
    ("欧盟和印度的自由贸易协定谈判仍在进行中。", [("自由贸易协定", ["EU", "IND"], "negotiating")]),
    ("土耳其议会周三否决了与希腊的海事划界协议。", [("协议", ["GRC", "TUR"], "rejected")]),
    ("伊朗指责美国违反了《联合全面行动计划》。", [("联合全面行动计划", None, "in_force")]),
    ("菲律宾和日本签署了《互惠准入协定》，该协定需经两国议会批准后生效。", [("互惠准入协定", ["JPN", "PHL"], "signed")]),
    ("中国和东盟就“南海行为准则”案文进行磋商。", [("南海行为准则", None, "negotiating")]),
    ("美国与乌克兰签署了矿产资源协议。", [("矿产资源协议", ["UKR", "USA"], "signed")]),
    ("俄罗斯与朝鲜签署的《全面战略伙伴关系条约》已正式生效。", [("全面战略伙伴关系条约", ["PRK", "RUS"], "in_force")]),
    ("英国已正式加入《全面与进步跨太平洋伙伴关系协定》。", [("全面与进步跨太平洋伙伴关系协定", None, "in_force")]),
    ("美国宣布退出《巴黎协定》。", [("巴黎协定", None, "terminated")]),
    ("欧盟与英国达成的脱欧协议草案遭到英国议会否决。", [("脱欧协议", ["EU", "GBR"], "rejected")]),
    ("美日印澳“四方安全对话”机制定期举行会议。", [("四方安全对话", ["AUS", "IND", "JPN", "USA"], "in_force")]),
    ("中国和哈萨克斯坦签署了两国政府间合作规划。", [("规划", ["CHN", "KAZ"], "signed")]),
    ("德国和法国于1963年签署《爱丽舍条约》。", [("爱丽舍条约", ["DEU", "FRA"], "in_force")]),
    ("印度和巴基斯坦的《印度河水条约》被印方暂停。", [("印度河水条约", ["IND", "PAK"], "suspended")]),
    ("日本与美国签署了关税协议。两国官员表示，该协议将降低汽车关税。", [("关税协议", ["JPN", "USA"], "signed")]),
    ("中国和越南发表了联合公报。", [("联合公报", ["CHN", "VNM"], "agreed_in_principle")]),
    ("中美双方同意建立两军对话机制。", [("对话机制", ["CHN", "USA"], "agreed_in_principle")]),
    ("美国和日本正在谈判一项贸易协定。", [("贸易协定", ["JPN", "USA"], "negotiating")]),
    ("以色列和黎巴嫩之间的停火协议于上周生效。", [("停火协议", ["ISR", "LBN"], "in_force")]),
    ("德国议会批准了与波兰的边界条约。", [("边界条约", ["DEU", "POL"], "ratified")]),
    ("乌克兰和美国就矿产协议的最终文本达成一致。", [("矿产协议", ["UKR", "USA"], "agreed_in_principle")]),
    ("日本和菲律宾启动《互惠准入协定》谈判。", [("互惠准入协定", ["JPN", "PHL"], "negotiating")]),
    ("马来西亚和新加坡签署了两国高铁项目合作谅解备忘录。", [("谅解备忘录", ["MYS", "SGP"], "agreed_in_principle")]),
    ("美国和英国签署《大西洋宪章》。", [("大西洋宪章", ["GBR", "USA"], "signed")]),
    ("法国和英国同意续签《勒图凯协议》。", [("勒图凯协议", ["FRA", "GBR"], "in_force")]),
    ("日本与英国签署《互惠准入协定》，该协定于2023年生效。", [("互惠准入协定", ["GBR", "JPN"], "in_force")]),
    # a reported clause with no subject of its own: the speaker is the side facing the partner named
    ("土耳其表示，将续签与俄罗斯的天然气过境协议。", [("天然气过境协议", ["RUS", "TUR"], "in_force")]),
    ("日本外务省表示，愿意与菲律宾签署互惠准入协定。", [("互惠准入协定", ["JPN", "PHL"], "negotiating")]),
    ("伊朗外长说，与美国的核协议仍然有效。", [("核协议", ["IRN", "USA"], "in_force")]),
    ("朝鲜谴责称，韩国与美国的同盟威胁地区和平。", [("同盟", ["KOR", "USA"], "in_force")]),
    # a mechanism named by the talks it holds
    ("日本和韩国同意恢复外长定期互访机制。", [("外长定期互访机制", ["JPN", "KOR"], None)]),
    ("中国和印度同意建立边境磋商机制。", [("边境磋商机制", ["CHN", "IND"], "agreed_in_principle")]),
    ("中国和越南的边境事务磋商机制运转良好。", [("边境事务磋商机制", ["CHN", "VNM"], "in_force")]),
    # a bare agreement concluded here, named by its content clause
    ("印度与法国签署了采购26架阵风战斗机的协议。", [("战斗机的协议", ["FRA", "IND"], "signed")]),
    ("英国和法国达成了遣返非法移民的协议。", [("遣返非法移民的协议", ["FRA", "GBR"], "agreed_in_principle")]),
    # failing to agree on a topic leaves it under negotiation
    ("俄罗斯和乌克兰在伊斯坦布尔举行直接谈判，但未能就停火达成一致。", [("停火", ["RUS", "UKR"], "negotiating")]),
    ("俄罗斯和乌克兰就停火达成一致。", [("停火", ["RUS", "UKR"], "agreed_in_principle")]),
    # documents that are no agreement between states
    ("美国国会通过了一项国防授权法案。", []),
    ("联合国发布了一份关于气候变化的报告。", []),
    ("外交部发言人发表声明，谴责这次袭击。", []),
    ("美国国务院发布年度人权报告，批评多个国家。", []),
    ("日本众议院通过了修改自卫队法的法案。", []),
    ("日本政府宣布向菲律宾提供新的援助方案。", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_battery(text, expected):
    found = summary(text)
    assert len(found) == len(expected), found
    for (part, parties, state), (name, got_parties, got_state) in zip(expected, found):
        assert part in name, found
        assert parties is None or parties == got_parties, found
        assert state is None or state == got_state, found


def test_documents_of_one_series_counted_apart_are_two_agreements():
    found = summary("中国和秘鲁签署了第二份经贸合作五年规划。2019年，两国签署了第一份经贸合作五年规划。")
    assert [(parties, state) for _, parties, state in found] == [(["CHN", "PER"], "signed"), (["CHN", "PER"], "signed")]


def test_a_later_mention_of_the_same_ordinal_joins_its_document():
    found = summary("中国和埃及签署了第二份合作五年规划。双方表示，第二份合作五年规划将推动合作。")
    assert len(found) == 1


def test_the_years_a_plan_covers_belong_to_its_name():
    assert [name for name, _, _ in summary("中国和埃及签署了合作五年规划。")] == ["合作五年规划"]


def test_one_state_s_own_plan_of_years_is_no_agreement():
    assert summary("2016年中国发布五年规划。") == []


def test_a_truce_of_a_stated_length_is_a_ceasefire():
    assert summary("俄罗斯和乌克兰宣布实行72小时停火。") == [("72小时停火", ["RUS", "UKR"], "in_force")]
    found = summary("俄罗斯和乌克兰同意在节日期间实行30小时休战。")
    assert [(name, state) for name, _, state in found] == [("30小时休战", "agreed_in_principle")]


def test_one_side_s_truce_has_no_second_party():
    assert summary("俄罗斯宣布单方面实行三天停火。") == []


def test_a_consensus_told_as_reached_by_two_states():
    found = summary("中美两国元首在会晤时达成的共识需要落实。")
    assert [(parties, state) for _, parties, state in found] == [(["CHN", "USA"], "agreed_in_principle")]


def test_a_consensus_reached_by_unnamed_sides_is_not_kept():
    assert summary("中方愿同各方一道落实达成的共识。") == []


def test_a_bare_agreement_told_as_signed_by_two_states():
    found = summary("美国和俄罗斯签署的协议规定了双方的义务。")
    assert [(parties, state) for _, parties, state in found] == [(["RUS", "USA"], "signed")]


def test_a_partnership_a_declaration_is_about_stands():
    found = summary("中国和俄罗斯发表了关于新时代全面战略协作伙伴关系的联合声明。")
    assert [state for _, _, state in found] == ["agreed_in_principle", "in_force"]


def test_an_alliance_talked_over_is_not_founded_yet():
    assert summary("日本和英国讨论建立准同盟关系。") == [("准同盟", ["GBR", "JPN"], "proposed")]
    assert [state for _, _, state in summary("日本和英国正在商讨建立新的对话机制。")] == ["proposed"]


def test_whom_a_state_depends_on_is_a_party_not_a_place():
    found = summary("日本的探月项目要依附于美国的“星门计划”。")
    assert [(name, parties) for name, parties, _ in found] == [("星门计划", ["JPN", "USA"])]


@pytest.mark.parametrize("text", ["华为与某国电信运营商签署了5G合作协议。", "特斯拉和上海市政府签署了投资协议。"])
def test_a_company_s_contract_has_no_state_parties(text):
    assert summary(text) == []


def test_a_state_body_still_stands_for_its_state():
    found = summary("美国财政部与乌克兰政府签署了重建投资基金协议。")
    assert [(parties, state) for _, parties, state in found] == [(["UKR", "USA"], "signed")]


def test_an_implementing_agreement_is_named_whole_and_not_carried_out():
    assert summary("中国和所罗门群岛签署了警务合作实施协议。") == [("警务合作实施协议", ["CHN", "SLB"], "signed")]
    assert summary("双方开始实施停火协议。") == []


def test_a_special_agreement_keeps_its_field_in_the_name():
    assert summary("韩国国会批准了韩美防卫费分担特别协定。") == [("韩美防卫费分担特别协定", ["KOR", "USA"], "ratified")]


def test_a_declaration_issued_jointly_is_an_agreement_untitled():
    found = summary("美国、日本、菲律宾三国领导人发表联合愿景声明。")
    assert found == [("联合愿景声明", ["JPN", "PHL", "USA"], "agreed_in_principle")]
    assert summary("联合国发表声明。") == []


def test_a_bare_treaty_named_by_the_pair_of_states_it_binds():
    assert summary("朝鲜和俄罗斯的条约规定，一方遭受侵略时另一方应提供援助。") == [("条约", ["PRK", "RUS"], "in_force")]
    assert summary("美国和伊朗之间的协议已经失效。") == [("协议", ["IRN", "USA"], "expired")]


def test_who_mediates_between_two_sides_is_the_broker():
    def brokers(body):
        return [a["brokers"] for a in newsfacts.analyze_text("测试标题\n\n" + body).to_dict()["agreements"]]
    assert brokers("卡塔尔在以色列和哈马斯之间斡旋，双方达成停火协议。") == [["QAT"]]
    assert brokers("在美国的斡旋下，以色列和黎巴嫩达成停火协议。") == [["USA"]]


def test_an_extension_ahead_keeps_a_truce_in_force():
    assert summary("中国和美国的关税休战将延长90天。") == [("关税休战", ["CHN", "USA"], "in_force")]
    assert summary("以色列和黎巴嫩的停火协议将延长两个月。") == [("停火协议", ["ISR", "LBN"], "in_force")]


def test_talks_concluded_leave_the_text_agreed_in_principle():
    assert summary("印度和欧盟宣布完成自由贸易协定谈判。") == [("自由贸易协定", ["EU", "IND"], "agreed_in_principle")]
    assert summary("印度和英国的自贸协定谈判仍在继续。") == [("自贸协定", ["GBR", "IND"], "negotiating")]


def test_the_pair_named_outweighs_a_transliteration_that_looks_like_abbreviations():
    found = summary("巴西和巴拉圭的伊泰普水电站条约将于明年到期。")
    assert [parties for _, parties, _ in found] == [["BRA", "PRY"]]


def test_a_well_known_declaration_cited_takes_its_history():
    assert summary("英方一再援引《中英联合声明》。") == [("中英联合声明", ["CHN", "GBR"], "expired")]
    assert summary("中越两国发表《中越联合声明》。") == [("中越联合声明", ["CHN", "VNM"], "agreed_in_principle")]


def test_a_central_bank_acts_for_its_state():
    found = summary("中国人民银行与巴西中央银行续签了双边本币互换协议。")
    assert [(parties, state) for _, parties, state in found] == [(["BRA", "CHN"], "in_force")]


def test_a_truce_named_again_by_its_fate_a_few_words_on():
    found = summary("以色列与哈马斯达成停火协议。然而停火仅维持了两个月便宣告破裂。")
    assert [state for _, _, state in found] == ["terminated"]


def test_an_organisation_of_unnamed_members_is_no_main_party():
    found = summary("中国和东盟结束了自贸区升级谈判。双方表示，升级议定书将于明年签署。")
    assert all("IGO" not in parties for _, parties, _ in found)


def test_a_domestic_plan_in_a_title_is_no_agreement():
    assert summary("卫健委根据《某某疾病防控方案（第九版）》要求，解除管控。") == []
    assert summary("中国发布《全球发展倡议行动计划》。") == [("全球发展倡议行动计划", ["CHN"], "proposed")]
