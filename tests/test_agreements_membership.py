"""Agreements on sentences written for the tests: membership of an alliance, states outside an open
treaty, talks about a signing, abiding and violating as signs of an agreement in force, a recalled
step of a well-known agreement, one-sided titles and initiatives, and names held by known facts."""
from __future__ import annotations

import pytest

import newsfacts


def summary(body: str, published_at: str = "2023-06-01T10:00:00") -> list[tuple[str, list[str], str]]:
    found = newsfacts.analyze_text("测试标题\n\n" + body, published_at=published_at).to_dict()["agreements"]
    return [(a["name"], a["parties"], a["state"]) for a in found]


@pytest.mark.parametrize("body, parties, state", [
    ("冰岛上月正式加入北约。", ["ISL", "NATO"], "in_force"),
    ("格鲁吉亚希望早日加入北约。", ["GEO", "NATO"], "proposed"),
    ("冰岛今年成为北约第33个成员国。", ["ISL", "NATO"], "in_force"),
])
def test_a_state_joining_an_alliance_is_a_membership_arrangement(body, parties, state):
    assert summary(body) == [("北约", parties, state)]


@pytest.mark.parametrize("body", [
    "北约秘书长说，北约盟友同意增加军费。",
    "法国当年退出北约军事一体化机构。",
])
def test_an_alliance_as_actor_or_a_body_of_it_is_no_membership(body):
    assert not any(name == "北约" for name, _, _ in summary(body))


def test_a_state_that_has_not_ratified_an_open_treaty_is_no_party():
    found = summary("巴西批准了《联合国海洋法公约》，而美国至今仍未批准《联合国海洋法公约》。")
    assert [parties for _, parties, _ in found] == [["BRA"]]


def test_a_state_that_will_not_return_to_an_open_treaty_is_no_party():
    assert summary("俄方表示不会重返《开放天空条约》。") == []


def test_talks_about_signing_are_negotiation():
    assert summary("越南与菲律宾正在就签署海警合作协定进行磋商。")[0][2] == "negotiating"


@pytest.mark.parametrize("body, state", [
    ("俄方指责乌克兰违反了停火协议。", "in_force"),
    ("中方敦促美方恪守中美三个联合公报。", "in_force"),
])
def test_abiding_by_or_violating_an_agreement_tells_it_stands(body, state):
    assert [s for _, _, s in summary(body)] == [state]


def test_a_call_to_abide_by_a_charter_s_principles_reports_no_agreement():
    assert summary("各国都应当遵循联合国宪章的宗旨。") == []


def test_a_recalled_signing_of_a_known_agreement_takes_its_real_state():
    assert summary("德法两国曾推动俄乌签署明斯克协议。") == [("明斯克协议", ["RUS", "UKR"], "terminated")]
    # told as news on its own day, the signing stands
    assert summary("俄乌两国今天签署明斯克协议。", "2015-02-12T20:00:00")[0][2] == "signed"


def test_a_known_name_holds_its_numbered_words():
    assert summary("美中两国曾签署第一阶段经贸协议。")[0][:2] == ("第一阶段经贸协议", ["CHN", "USA"])


def test_a_contract_titled_with_one_side_is_no_agreement_but_an_open_treaty_is():
    assert summary("市政府与开发商签订了《滨江新区建设项目协议》。") == []
    assert summary("智利批准了《禁止核武器条约》。")[0][1] == ["CHL"]


def test_a_programme_taken_part_in_is_no_initiative_but_one_put_forward_is():
    assert summary("该研究所参与了国际深海钻探计划。") == []
    assert summary("法方提出了海洋塑料治理合作倡议。")[0][1:] == (["FRA"], "proposed")


def test_a_well_known_consensus_named_bare():
    assert summary("双方表示，九二共识是两岸交流的政治基础。") == [("九二共识", ["CHN", "TWN"], "agreed_in_principle")]


def test_a_denied_ratification_is_no_step_taken():
    assert "ratified" not in [s for _, _, s in summary("欧盟与中国谈判达成的投资协定目前无法获得批准。")]


def test_an_alliance_aimed_at_a_state_that_is_only_sought_is_proposed():
    assert summary("美国和印度试图打造针对中国的联盟。") == [("联盟", ["IND", "USA"], "proposed")]


def test_a_membership_denied_or_only_advocated_is_no_step_taken():
    assert summary("俄方坚持格鲁吉亚不能加入北约，格鲁吉亚则希望加入北约。") == [("北约", ["GEO", "NATO"], "proposed")]
    assert "terminated" not in [s for _, _, s in summary("该国有议员主张退出《不扩散核武器条约》。")]

