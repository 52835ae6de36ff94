"""Deals told by a verb (purchases, arms sales, acquisitions), talks named by their topic, the
political party's state, and the treaty-life words, on short sentences written for the tests."""
from __future__ import annotations

import pytest

import newsfacts


def summary(body: str) -> list[tuple[str, str, list[str], str]]:
    doc = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()
    return [(a["name"], a["kind"], a["parties"], a["state"]) for a in doc["agreements"]]


@pytest.mark.parametrize("body, parties, state", [
    ("缅甸去年向中国订购了12架歼击机。", ["CHN", "MMR"], "signed"),
    ("印度政府批准从法国采购26架战斗机。", ["FRA", "IND"], "ratified"),
    ("日本计划从美国购买一批预警机。", ["JPN", "USA"], "proposed"),
    ("美国国务院批准了一项对台军售。", ["TWN", "USA"], "ratified"),
    ("德国政府批准中国企业收购汉堡港一个码头的部分股权。", ["CHN", "DEU"], "ratified"),
    ("美国批准向台湾出售价值3亿美元的武器。", ["TWN", "USA"], "ratified"),
    ("印尼与法国签下42架战机的大单。", ["FRA", "IDN"], "signed"),
    ("土耳其购买了俄制防空系统。", ["RUS", "TUR"], "signed"),
    ("伊朗拟向俄罗斯出口无人机。", ["IRN", "RUS"], "proposed"),
])
def test_a_deal_between_two_states_told_by_its_verb(body, parties, state):
    found = summary(body)
    assert [(kind, p, s) for _, kind, p, s in found] == [("deal", parties, state)]


def test_a_purchase_inside_a_listing_takes_the_listing_verb():
    found = summary("土耳其和阿塞拜疆正讨论深化能源合作，包括土方从阿塞拜疆进口天然气。")
    assert [(p, s) for _, kind, p, s in found if kind == "deal"] == [(["AZE", "TUR"], "negotiating")]


@pytest.mark.parametrize("body", [
    "消费者在网上购买了一款眼线笔。",          # no goods states deal in
    "主要股东南非报业集团将出售腾讯股份。",      # a sale of shares names no buyer state
    "澳大利亚应该优先采购轰炸机。",              # no seller
    "民航局召开厦航引进空客飞机的审定会。",      # the verb phrase modifies a noun
    "美国没有向沙特出售战斗机。",                # negated
])
def test_no_deal_without_two_states_or_an_act(body):
    assert [name for name, kind, _, _ in summary(body) if kind == "deal"] == []


def test_talks_named_by_their_topic():
    found = summary("伊朗和美国就核问题举行了新一轮谈判。")
    assert [(kind, p, s) for _, kind, p, s in found] == [("other", ["IRN", "USA"], "negotiating")]


def test_talks_a_third_state_proposes_are_between_the_main_states():
    found = summary("俄罗斯与乌克兰互换了战俘。土耳其总统提出，可以恢复有关粮食运输的谈判。")
    assert ("有关粮食运输的谈判", "other", ["RUS", "UKR"], "proposed") in found


def test_a_political_party_takes_no_state_the_article_does_not_name():
    assert summary("按照社民党、自民党与绿党此前达成的组阁协议，德国将深化同波兰的合作。") == []
    assert [p for _, _, p, _ in summary("日本自民党与美国共和党签署了合作备忘录。")] == [["JPN", "USA"]]


def test_a_governing_coalition_is_no_alliance_of_states():
    assert summary("该法案因德国执政联盟内的自民党抵制而搁浅，中国对此表示遗憾。") == []


def test_a_programme_named_after_its_target_is_not_the_target_state():
    assert all("CHN" not in p for _, _, p, _ in summary("美国司法部宣布中止“中国行动计划”。"))


@pytest.mark.parametrize("body, state", [
    ("中国与韩国的自由贸易协定已于1月1日起实施。", "in_force"),
    ("中国与韩国的自由贸易协定将于明年1月1日起实施。", "signed"),
    ("美国和伊朗或将达成新的核协议。", "negotiating"),
    ("韩国和日本的军事情报保护协定一度暂停，后来恢复。", "in_force"),
    ("伊朗和美国宣布恢复核协议谈判。", "negotiating"),
    ("日本与菲律宾草签了互惠准入协定。", "agreed_in_principle"),
    ("英国正式申请加入《全面与进步跨太平洋伙伴关系协定》。", "proposed"),
])
def test_treaty_life_words_and_modality(body, state):
    assert [s for _, _, _, s in summary(body)] == [state]


def test_a_resumption_that_modifies_a_noun_resumes_nothing():
    found = summary("美国2018年退出伊核协议，近来一度传来恢复协议的希望。")
    assert [s for _, _, _, s in found] == ["terminated"]


def test_a_political_union_is_no_alliance_of_states():
    assert summary("坦桑尼亚革命党和津巴布韦非洲民族联盟的代表出席了会议，南非也派人参加。") == []


def test_a_verb_carrying_out_talks_is_not_part_of_the_name():
    found = summary("中国和新西兰正在进行自由贸易协定升级谈判。")
    assert [(name, s) for name, _, _, s in found] == [("自由贸易协定", "negotiating")]


@pytest.mark.parametrize("body", ["英国提交了加入CPTPP的申请。", "英国正式申请加入CPTPP。"])
def test_an_application_to_join_a_treaty_is_proposed_for_the_applicant(body):
    assert [(p, s) for _, _, p, s in summary(body)] == [(["GBR"], "proposed")]


@pytest.mark.parametrize("body", ["中美就贸易问题举行了新一轮磋商。", "伊朗和美国就双边关系举行谈判。"])
def test_consultations_and_talks_on_relations_are_no_agreement(body):
    assert [name for name, kind, _, _ in summary(body) if kind == "other"] == []
