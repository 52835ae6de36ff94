"""Precision on fresh world news (round 9): acts a ban or an aim forbids, outlets and writing scholars
as doers, and business between firms; each against a plain report that stays an event. Sentences
written for these tests."""
from __future__ import annotations

from conftest import events_of


def test_an_act_a_ban_forbids_has_not_happened():
    # the forbidden investment is not reported; the ban itself, put in force, is a sanction
    assert events_of("加拿大政府宣布禁止本国基金投资这些印度公司。") == [("SANCTION", "CAN", "IND")]
    assert events_of("这项法令旨在阻止德国资金支持伊朗的导弹项目。") == []
    assert ("AGREE", "CAN", "IND") in events_of("加拿大基金昨天宣布投资这些印度公司。")  # announced: intent


def test_a_ban_as_a_noun_is_still_the_act():
    assert ("SANCTION", "CAN", "IND") in events_of("加拿大宣布对印度实施出口禁令。")


def test_an_outlet_or_journal_comments_and_does_not_act():
    assert events_of("英国《卫报》发文指责俄罗斯干涉邻国内政。") == []
    assert events_of("德国《明镜》周刊5月撰文警告说，新的干旱将增加法国南部的山火风险。") == []
    assert ("ASSAULT", "ISR", "SYR") in events_of("法媒报道说以色列空袭了叙利亚的一处仓库。")


def test_a_scholar_writing_an_article_comments():
    body = "墨西哥国立大学政治学教授卡洛斯·罗德里格斯12日在一家网站撰文指出，哥伦比亚等国愈发抗拒美国的干涉。"
    assert events_of(body) == []
    assert ("ACCUSE", "FRA", "RUS") in events_of("法国外长12日撰文指出，俄罗斯正在破坏地区稳定。")


def test_business_between_firms_is_no_act_of_their_states():
    assert events_of("亚马逊与拼多多昨天宣布达成合作。") == []
    assert events_of("富士康赴美建厂的决定源于地方政府的游说。") == []
    assert ("SANCTION", "USA", "CHN") in events_of("美国商务部将华为列入实体清单。")
    assert ("AGREE", "DEU", "CHN") in events_of("德国政府批准中远海运收购汉堡港码头的部分股份。")


def test_a_city_naming_a_meeting_or_a_text_is_no_party():
    assert events_of("日本在哥本哈根会议上承诺向非洲国家提供援助。") == []
    assert events_of("德国指责俄罗斯违反明斯克协议。") == [("ACCUSE", "DEU", "RUS")]
    assert events_of("法国与莫斯科会谈。") == [("CONSULT", "FRA", "RUS")]  # talks: the capital is the partner


def test_what_a_scholar_says_a_state_can_or_will_do_is_his_view():
    assert events_of("对此，复旦大学研究员赵磊分析说，日方可以通过贷款的方式帮助越南修建港口。") == []
    assert events_of("牛津大学教授史密斯说，英国将对伊朗实施新的制裁。") == []
    assert ("SANCTION", "GBR", "IRN") in events_of("牛津大学教授史密斯说，英国上周对伊朗实施了新的制裁。")
    assert ("AGREE", "JPN", "VNM") in events_of("日本外务省发言人表示，日方可以通过贷款的方式帮助越南修建港口。")


def test_a_requirement_of_a_law_cited_as_basis_is_no_demand():
    body = "加拿大政府依据《2019年特别经济措施法》有关要求将这些伊朗实体列入制裁名单。"
    assert events_of(body) == [("SANCTION", "CAN", "IRN")]
    assert events_of("加拿大政府依据该法将这些伊朗实体列入制裁名单。") == [("SANCTION", "CAN", "IRN")]  # 将 opens the act
    assert ("REQUEST", "CAN", "IRN") in events_of("加拿大外交部要求伊朗释放被扣押的船员。")


def test_a_bare_ministry_after_a_state_is_that_states_body():
    assert events_of("加拿大外交部对伊朗实施制裁。") == [("SANCTION", "CAN", "IRN")]
    assert ("SANCTION", "RUS", "USA") in events_of("俄罗斯外交部对美国实施制裁。")


def test_the_act_after_the_head_noun_of_a_basis_is_done():
    body = "加拿大外交部称，这些企业与伊朗军方有关，依据《特别经济措施法》有关法定要求列入制裁名单。"
    assert events_of(body) == [("SANCTION", "CAN", "IRN")]


def test_a_call_on_the_callers_own_side_is_no_request_between_states():
    assert [e for e in events_of("法国驻埃及大使杜邦一直在呼吁法国企业参与投标。") if e[0] == "REQUEST"] == []
    assert ("REQUEST", "FRA", "EGY") in events_of("法国驻埃及大使杜邦呼吁埃及政府开放市场。")
