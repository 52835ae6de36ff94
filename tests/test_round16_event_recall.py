"""Round 16 (branch h27-ev): event recall on unseen world news. Each mechanism is checked on short
sentences written for the test, with a contrast that must stay as it was."""
from __future__ import annotations

import newsfacts


def records_of(body: str) -> list[dict]:
    return newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()["events"]


def events_of(body: str) -> list[tuple]:
    return [(e["type"], e["source"], e["target"]) for e in records_of(body)]


# A firm named by its state and a generic ending is the state (FORMAT: a state's company is the state).

def test_a_firm_named_by_its_state_is_that_state():
    assert events_of("美国周二对俄罗斯公司实施制裁。") == [("SANCTION", "USA", "RUS")]
    assert events_of("美国周二制裁伊朗石油公司。") == [("SANCTION", "USA", "IRN")]
    assert events_of("中国周二对日本公司实施反制。") == [("SANCTION", "CHN", "JPN")]


def test_a_firm_whose_name_opens_with_no_state_stays_uncoded():
    assert events_of("美国周二制裁了某某科技公司。") == []


# Supplies withheld: 暂停/禁止/停止 + (own firms) + 向/对 X + a supply verb is a sanction on X.

def test_a_stop_of_supplies_to_a_party_is_a_sanction_on_it():
    assert events_of("德国周二宣布暂停向沙特出口武器。") == [("SANCTION", "DEU", "SAU")]
    assert events_of("美国周二停止向乌克兰提供情报。") == [("SANCTION", "USA", "UKR")]
    assert events_of("德国政府周二宣布暂停对以色列的武器出口。") == [("SANCTION", "DEU", "ISR")]


def test_the_doers_own_firms_before_the_joiner_are_no_target():
    assert events_of("美国周二宣布禁止美国企业向中国出口芯片。") == [("SANCTION", "USA", "CHN")]


def test_a_decreed_ban_of_supplies_is_one_record_not_two():
    assert events_of("美国周二宣布禁止向中国出口芯片。") == [("SANCTION", "USA", "CHN")]
    assert events_of("日本政府周二决定禁止向俄罗斯出口高端汽车。") == [("SANCTION", "JPN", "RUS")]


def test_a_supply_stop_asked_of_another_is_a_request_not_a_sanction():
    assert events_of("美国周二要求荷兰停止向中国出口光刻机。") == [("REQUEST", "USA", "NLD")]


def test_a_supply_stop_only_discussed_is_no_act():
    assert events_of("他们周二讨论了是否暂停向乌克兰提供援助。") == []


def test_a_delivery_with_no_stop_keeps_its_own_type():
    assert events_of("德国周二向乌克兰交付了坦克。") == [("AID", "DEU", "UKR")]


# A ban with its doer right before it (X禁止Y) is imposed, like a decreed one.

def test_a_ban_right_after_its_doer_is_a_sanction():
    assert events_of("印度周二禁止了数百款中国应用。") == [("SANCTION", "IND", "CHN")]
    assert events_of("俄罗斯周二禁止美国官员入境。") == [("SANCTION", "RUS", "USA")]
    assert events_of("美方已正式禁止中国电信在美国运营。") == [("SANCTION", "USA", "CHN")]


def test_a_ban_by_a_law_or_a_constitution_is_no_act():
    assert events_of("中国法律禁止外国军队进入。") == []
    assert events_of("美国宪法禁止这种做法。") == []


# 实行 (and 施加) is a light verb like 实施: the noun after it is done to the party after 对.

def test_shixing_frames_the_noun_after_dui():
    assert events_of("美国周二对德国、法国和日本实行监听。") == [
        ("COERCE", "USA", "DEU"), ("COERCE", "USA", "FRA"), ("COERCE", "USA", "JPN")]
    assert events_of("美国周二对伊朗实行全面制裁。") == [("SANCTION", "USA", "IRN")]


def test_a_long_list_after_dui_gives_every_member():
    assert events_of("美国周二对法国、德国、韩国、瑞典、乌克兰、以色列等国实行监听。") == [
        ("COERCE", "USA", c) for c in ("FRA", "DEU", "KOR", "SWE", "UKR", "ISR")]
    assert events_of("美国周二对德国、法国、瑞典、韩国等盟友发出严厉警告。") == [
        ("THREATEN", "USA", c) for c in ("DEU", "FRA", "SWE", "KOR")]


def test_a_long_stretch_after_dui_that_is_no_list_frames_nothing():
    assert events_of("美国周二对这一长期以来困扰各方的复杂问题实行监听。") == []


# A state's investigation, charge or arrest of one of its own people after 对 is a domestic event.

def test_an_investigation_of_ones_own_person_after_dui_is_domestic():
    assert events_of("美国司法部周二对特朗普展开调查。") == [("ACCUSE", "USA", "USA")]
    assert events_of("韩国检方周二对前总统文在寅展开调查。") == [("ACCUSE", "KOR", "KOR")]


def test_an_investigation_of_another_state_keeps_that_state():
    assert events_of("美国司法部周二对俄罗斯展开调查。") == [("ACCUSE", "USA", "RUS")]


def test_a_survey_of_the_people_of_a_place_is_no_act():
    assert events_of("某市协作组周二对湘潭市一万人进行调查。") == []


# Bare 调查 is an investigation only of a person (or after 被/接受); surveys stay no act.

def test_bare_diaocha_of_a_person_is_an_investigation():
    assert events_of("美国国会周二调查了前总统特朗普。") == [("ACCUSE", "USA", "USA")]
    assert events_of("泰国前副部长瓦塔纳周二因腐败被调查。") == [("ACCUSE", "THA", "THA")]


def test_bare_diaocha_of_no_person_is_no_act():
    assert events_of("事故原因周二仍在调查中。") == []
    assert events_of("调查显示，多数受访者周二表示满意。") == []


# The doer's own people or firms barred from investing in or buying from a party: a sanction on that party.

def test_own_firms_barred_from_buying_from_a_party_is_a_sanction_on_it():
    assert events_of("美国周二宣布禁止美国人投资中国军工企业。") == [("SANCTION", "USA", "CHN")]
    assert events_of("美国周二签署命令，禁止美国实体投资于几家与军方有关联的中国公司。") == [
        ("SANCTION", "USA", "CHN")]


def test_a_ban_or_stop_only_studied_or_considered_is_no_act():
    assert events_of("英国周二表示正研究禁止英国企业收购中国资产。") == []
    assert events_of("德国周二考虑暂停向以色列出口武器。") == []
