"""Agreements: latest state from the verbs around each mention, history, parties from the clause
acting on the agreement, on passages written for the tests."""
from __future__ import annotations

import pytest

import newsfacts


def agreements_of(body: str, published_at: str = "2025-04-19T10:00:00") -> list[dict]:
    return newsfacts.analyze_text("测试标题\n\n" + body, published_at=published_at).to_dict()["agreements"]


def summary(body: str) -> list[tuple[str, list[str], str]]:
    return [(a["name"], a["parties"], a["state"]) for a in agreements_of(body)]


@pytest.mark.parametrize("body, expected", [
    # a consensus reached nearby is the document's step; the partnership it deepens stands
    ("双方达成多项共识，一致同意深化中越全面战略合作伙伴关系。", ("中越全面战略合作伙伴关系", ["CHN", "VNM"], "in_force")),
    # founded in the past, not proposed
    ("中俄两国1996年建立战略协作伙伴关系。", ("战略协作伙伴关系", ["CHN", "RUS"], "in_force")),
    # an alliance concluded is in force, its anniversary is no signing
    ("今年是韩美同盟缔结70周年。", ("韩美同盟", ["KOR", "USA"], "in_force")),
    # a founding verb after a wish is a proposal
    ("日本一直想组建日美澳三方安全同盟。", ("日美澳三方安全同盟", ["AUS", "JPN", "USA"], "proposed")),
])
def test_alliances_and_partnerships(body, expected):
    assert summary(body) == [expected]


def test_grouping_named_as_subject_gives_its_members():
    assert summary("G7国家计划组建一个供应链协调机制。") == [
        ("供应链协调机制", ["CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"], "proposed")]


def test_grouping_named_in_the_agreement_gives_its_members():
    found = agreements_of("“四方安全对话”机制外长会议预计明年初召开。")
    assert [a["parties"] for a in found] == [["AUS", "IND", "JPN", "USA"]]


def test_parties_are_the_subjects_of_the_making_clause_not_every_country_near_it():
    body = "为了对抗俄国，英国与日本在1902年签订了同盟条约。日俄战争中，日本依靠这一条约获得了英国的支持。"
    assert [a["parties"] for a in agreements_of(body)] == [["GBR", "JPN"]]


def test_both_countries_refers_to_the_pair_joined_just_before():
    body = "英国与日本结成同盟。两国签订的同盟条约规定，一方参战时另一方保持中立。"
    assert {tuple(a["parties"]) for a in agreements_of(body)} == {("GBR", "JPN")}


def test_a_word_running_out_of_the_party_run_is_not_a_party():
    found = agreements_of("中俄新时代全面战略协作伙伴关系处于历史最高水平。")
    assert [a["parties"] for a in found] == [["CHN", "RUS"]]


def test_who_condemns_a_declaration_is_not_party_to_it():
    body = "韩美两国发表《华盛顿宣言》。朝鲜谴责称，《华盛顿宣言》加剧了半岛紧张局势。"
    assert summary(body) == [("华盛顿宣言", ["KOR", "USA"], "agreed_in_principle")]


def test_an_ending_said_of_the_clauses_topic_is_its_state():
    body = "1984年，中英两国签署《中英联合声明》。随着香港回归，《中英联合声明》规定的中方各项权利义务已经履行完毕。"
    assert summary(body) == [("中英联合声明", ["CHN", "GBR"], "expired")]


def test_a_declaration_issued_long_ago_stands():
    assert summary("1945年，中美英三国发表《波茨坦公告》，敦促日本无条件投降。") == [
        ("波茨坦公告", ["CHN", "GBR", "USA"], "in_force")]


def test_a_statement_is_an_agreement_only_as_a_title():
    assert agreements_of("美国国务院发表声明称，美方将继续支持乌克兰，两国关系良好。") == []


def test_alliances_between_other_parties_stay_apart():
    found = agreements_of("美日军事同盟日益加强。华盛顿还打算组建美日韩三方军事同盟。")
    assert [(a["parties"], a["state"]) for a in found] == [(["JPN", "USA"], "in_force"),
                                                           (["JPN", "KOR", "USA"], "proposed")]


@pytest.mark.parametrize("body, expected", [
    # an ending still ahead is no ending
    ("美俄《新削减战略武器条约》将于2026年到期。", ("新削减战略武器条约", ["RUS", "USA"], "in_force")),
    # a ceasefire agreed without a document named
    ("以色列与哈马斯同意停火，停火将从周五开始。", ("停火", ["ISR", "PSE"], "agreed_in_principle")),
    ("俄罗斯与乌克兰就停火进行谈判。", ("停火", ["RUS", "UKR"], "negotiating")),
    # a contract between states is a deal
    ("乌克兰与美国签署了一份价值10亿美元的武器采购合同。", ("武器采购合同", ["UKR", "USA"], "signed")),
])
def test_more_arrangements(body, expected):
    assert summary(body) == [expected]


@pytest.mark.parametrize("body", [
    "前线炮火不停，停火遥遥无期。",  # 停火 hoped for, nothing reached
    "他与球队签下了一份三年的合同。",  # a contract between no states
])
def test_not_arrangements(body):
    assert agreements_of(body) == []


def test_a_plan_one_state_puts_forward_under_its_own_name():
    assert summary("法方提出了海洋塑料治理合作倡议。") == [("海洋塑料治理合作倡议", ["FRA"], "proposed")]


def test_a_topic_word_shared_with_another_kind_of_agreement_does_not_merge_them():
    body = "中国与法国签署了合作协议。中方还提出了全球能源安全合作倡议。"
    assert [a["name"] for a in agreements_of(body)] == ["合作协议", "全球能源安全合作倡议"]


def test_a_resumption_after_the_last_ending_puts_it_back_in_force():
    body = "俄罗斯与美国2023年暂停履行《新削减战略武器条约》，今年又宣布恢复履行该条约。"
    assert [a["state"] for a in agreements_of(body)] == ["in_force"]


def test_a_resumption_only_hoped_for_leaves_the_ending():
    body = "美国与伊朗的核协议在2018年终止，美国新政府希望重返该协议。"
    assert [a["state"] for a in agreements_of(body)] == ["terminated"]


def test_a_head_noun_inside_one_word_still_names_the_agreement():
    assert summary("欧盟与墨西哥签署了自由贸易协定。") == [("自由贸易协定", ["EU", "MEX"], "signed")]


def test_a_solution_is_no_plan():
    assert agreements_of("俄罗斯与乌克兰都表示愿意寻找解决方案。") == []


def test_negotiations_completed_leave_the_text_agreed_in_principle():
    assert summary("欧盟与墨西哥的自由贸易协定谈判已经完成，等待双方议会批准。") == [
        ("自由贸易协定", ["EU", "MEX"], "agreed_in_principle")]


@pytest.mark.parametrize("body, state", [
    ("美国宣布停止履行与俄罗斯的核军控协议。", "suspended"),
    ("美韩两国的核能合作协定已于去年期满。", "expired"),
    ("中俄睦邻友好合作条约期满后两国决定续约。", "in_force"),  # renewed after it ran out
    ("俄罗斯和乌克兰的粮食运输协议已于上月到期，俄方拒绝续约。", "expired"),  # a renewal refused
])
def test_suspension_expiry_and_renewal_words(body, state):
    assert [s for _, _, s in summary(body)] == [state]


def test_a_titled_plan_is_still_a_proposal_but_a_titled_treaty_stands():
    assert [s for _, _, s in summary("美国国务院发布了《印太战略行动计划》，中国和俄罗斯表示反对。")] == ["proposed"]
    assert [s for _, _, s in summary("日本和美国的《日美安全保障条约》规定了双方义务。")] == ["in_force"]


@pytest.mark.parametrize("body, expected", [
    # the agreement is what the talks are about: under negotiation, whatever the talks are called
    ("美国与伊朗代表团就一项新的核协议举行了首轮间接会谈。", ("核协议", ["IRN", "USA"], "negotiating")),
    ("法国和德国围绕一项新的防务协定开始了新一轮磋商。", ("防务协定", ["DEU", "FRA"], "negotiating")),
    # talks held after the signing leave the signing as the latest step
    ("法国和德国签署了一项新的防务协定，随后举行会谈。", ("防务协定", ["DEU", "FRA"], "signed")),
])
def test_agreement_that_is_the_topic_of_talks(body, expected):
    assert summary(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # a declaration of intent signed still needs a formal step, like a letter of intent
    ("法国与乌克兰签署了一份意向声明。", ("意向声明", ["FRA", "UKR"], "agreed_in_principle")),
    # after the colon comes what the document says, not a step taken on it
    ("3日，荷兰首相与波兰总统共同签署了一份意向声明：一旦边境局势缓和，两国将恢复联合巡逻。",
     ("意向声明", ["NLD", "POL"], "agreed_in_principle")),
])
def test_declaration_of_intent(body, expected):
    assert summary(body) == [expected]
