"""Agreements and their state, disputes and the timeline, on passages written for the tests."""
from __future__ import annotations

import pytest

import newsfacts


def agreements_of(body: str, published_at: str = "2025-04-19T10:00:00") -> list[dict]:
    return newsfacts.analyze_text("测试标题\n\n" + body, published_at=published_at).to_dict()["agreements"]


@pytest.mark.parametrize("body, kind, state", [
    ("俄罗斯拒绝了乌克兰提出的停火提议。", "ceasefire", "rejected"),
    ("在美国斡旋下达成的俄罗斯和乌克兰部分停火协议已在周四到期。", "ceasefire", "expired"),
    ("美国和乌克兰周四签署了一份关于矿产交易的意向书。", "deal", "agreed_in_principle"),
    ("美国和乌克兰周四签署了一份谅解备忘录。", "memorandum", "agreed_in_principle"),
    ("菲律宾与美国签署了《共同防御条约》。", "treaty", "signed"),
    ("日本和法国的《防务合作协定》已经生效。", "agreement", "in_force"),
    ("美国和伊朗正在就一项核协议进行谈判。", "agreement", "negotiating"),
    ("美国宣布退出与伊朗的核协议。", "agreement", "terminated"),
    ("由美国起草的俄乌和平计划大纲得到了积极回应。", "plan", "proposed"),
])
def test_kinds_and_states(body, kind, state):
    found = agreements_of(body)
    assert [(a["kind"], a["state"]) for a in found] == [(kind, state)]


def test_parties_and_broker():
    found = agreements_of("在美国斡旋下达成的俄罗斯和乌克兰部分停火协议已在周四到期。")
    assert found[0]["parties"] == ["RUS", "UKR"] and found[0]["brokers"] == ["USA"]
    assert found[0]["state_date"] == "2025-04-17"


def test_one_record_for_several_names_and_next_steps():
    body = ("美国和乌克兰正在敲定一项矿产交易。\n\n乌克兰经济部长表示，基辅和华盛顿已签署了一份意向书。"
            "她写道：“接下来是确定协议文本并完成签字，然后交由两国议会批准。”")
    found = agreements_of(body)
    assert len(found) == 1
    deal = found[0]
    assert (deal["name"], deal["kind"], deal["state"]) == ("矿产交易", "deal", "agreed_in_principle")
    assert "意向书" in deal["aliases"]
    assert deal["next_steps"] == ["确定协议文本并完成签字", "交由两国议会批准"]


def test_a_countrys_own_programme_is_not_an_agreement():
    assert agreements_of("日本修改了其太空探索计划的时间表。") == []


def test_dispute_with_both_sides_claims():
    doc = newsfacts.analyze_text("测试标题\n\n俄罗斯和乌克兰的停火协议早已到期，双方不断指责对方违反了这项协议。")
    dispute = doc.to_dict()["disputes"][0]
    assert dispute["parties"] == ["RUS", "UKR"]
    assert {c["speaker"] for c in dispute["claims"]} == {"RUS", "UKR"}


def test_timeline_in_date_order_with_precision():
    doc = newsfacts.analyze_text("测试标题\n\n今年2月，俄罗斯对乌克兰发动了袭击。美国官员周四与乌克兰官员举行了会谈。"
                            "两国还将举行磋商。", published_at="2025-04-19T10:00:00")
    timeline = doc.to_dict()["timeline"]
    dated = [(t["date"], t["precision"]) for t in timeline if t["date"]]
    assert dated == [("2025-02", "month"), ("2025-04-17", "day")]
    assert timeline[-1]["date"] is None


@pytest.mark.parametrize("body, name, parties, state", [
    # the parties run together in the name; a country the alliance is aimed at is not one
    ("韩国更倾向于强化韩美同盟应对朝鲜的挑衅。", "韩美同盟", ["KOR", "USA"], "in_force"),
    ("首相重申，《日美安全保障条约》适用于该岛。", "日美安全保障条约", ["JPN", "USA"], "in_force"),
    # a partnership named without a verb is in force; one being set up is proposed
    ("两国决心巩固中德全方位战略伙伴关系，深化各领域合作。", "中德全方位战略伙伴关系", ["CHN", "DEU"], "in_force"),
    ("两国领导人当天宣布，中埃关系即日起升格为全面战略合作伙伴关系。", "全面战略合作伙伴关系", ["CHN", "EGY"], "in_force"),
    # history: the latest state wins, through an anaphor
    ("1984年中英两国签署《中英联合声明》。如今该声明已经失效。", "中英联合声明", ["CHN", "GBR"], "expired"),
    # 缔结 signs; the enemy named after the name is not a party; signed last month: signed
    ("上月，英国与日本缔结同盟条约，矛头直指俄国。", "同盟条约", ["GBR", "JPN"], "signed"),
    # signed generations before the article: its real state now (this alliance ended in 1923)
    ("1902年，英国与日本缔结同盟条约，矛头直指俄国。", "同盟条约", ["GBR", "JPN"], "terminated"),
    # signed generations before the article and never ended: in force now
    ("美国同菲律宾70多年前就签署了《美菲共同防御条约》。", "美菲共同防御条约", ["PHL", "USA"], "in_force"),
])
def test_named_arrangements(body, name, parties, state):
    found = agreements_of(body)
    assert [(a["name"], a["parties"], a["state"]) for a in found] == [(name, parties, state)]


def test_a_threat_to_leave_is_not_leaving():
    found = agreements_of("伊朗议会威胁退出《不扩散核武器条约》。")
    assert [(a["name"], a["parties"], a["state"]) for a in found] == [("不扩散核武器条约", ["IRN"], "in_force")]


def test_ambiguous_abbreviation_is_the_state_named_nearby():
    found = agreements_of("巴西新政府成立后，中方期待与巴西共同推进中巴全面战略伙伴关系不断发展。")
    assert [a["parties"] for a in found] == [["BRA", "CHN"]]


def test_a_relation_is_not_an_arrangement():
    assert agreements_of("日本是印度重要的贸易伙伴关系对象，两国的政治伙伴关系也在升温。") == []


def test_a_list_of_agreements_shares_its_verb():
    found = agreements_of("中国和越南就渔业合作协定、海上搜救热线协议文本达成一致。")
    assert [(a["parties"], a["state"]) for a in found] == [(["CHN", "VNM"], "agreed_in_principle")] * 2


def test_the_place_of_the_talks_is_not_a_party():
    found = agreements_of("俄罗斯和乌克兰代表在土耳其伊斯坦布尔会晤，双方达成了换俘协议。")
    assert [a["parties"] for a in found] == [["RUS", "UKR"]]


def test_a_predicate_after_one_comma_gives_the_state():
    found = agreements_of("《中英联合声明》作为历史文件，已不再具有现实意义。")
    assert [(a["parties"], a["state"]) for a in found] == [(["CHN", "GBR"], "expired")]


def test_an_apposition_after_a_comma_is_not_the_state():
    found = agreements_of("俄罗斯和乌克兰遵守了临时停火协议，即暂停对港口实施打击的协议。")
    assert all(a["state"] != "suspended" for a in found)


def test_a_label_for_a_relation_is_not_an_alliance():
    assert agreements_of("评论员把英日两国的军事合作形容为“新英日同盟”。") == []


def test_a_similar_agreement_is_another_one():
    found = agreements_of("英国与日本签署了互惠准入协定。此前，日本还同美澳两国签订过同类协议。")
    assert [a["parties"] for a in found] == [["GBR", "JPN"], ["AUS", "JPN", "USA"]]


def test_both_sides_are_the_states_named_just_before():
    found = agreements_of("中越两国发表联合公报。公报指出，双方就渔业合作协定文本达成一致。")
    assert ["CHN", "VNM"] in [a["parties"] for a in found]


def test_an_alliance_and_its_treaty_are_one_record_with_its_history():
    found = agreements_of("1902年，英国与日本缔结同盟条约，矛头指向俄国。1923年，英日同盟正式终止。")
    assert [(a["parties"], a["state"]) for a in found] == [(["GBR", "JPN"], "terminated")]


def test_an_alliance_and_a_treaty_of_the_same_parties_stay_apart():
    found = agreements_of("首相表示，日美同盟是外交的基轴，《日美安全保障条约》适用于该岛。")
    assert [a["name"] for a in found] == ["日美同盟", "日美安全保障条约"]


def test_brokers_of_a_mediated_ceasefire():
    found = agreements_of("以色列和哈马斯在卡塔尔和埃及的斡旋下达成停火协议。")
    assert [(a["parties"], a["brokers"]) for a in found] == [(["ISR", "PSE"], ["EGY", "QAT"])]


def test_a_new_agreement_is_not_the_one_before():
    found = agreements_of("英国与日本签署了互惠准入协定。随后，日本与美国达成新协议，扩大防务合作。")
    assert [(a["parties"], a["state"]) for a in found] == [(["GBR", "JPN"], "signed"), (["JPN", "USA"], "agreed_in_principle")]


def test_the_state_that_helped_is_a_broker():
    found = agreements_of("阿曼成功帮助美国和伊朗实现了和解。")
    assert [(a["parties"], a["brokers"], a["state"]) for a in found] == [(["IRN", "USA"], ["OMN"], "in_force")]


def test_documents_to_be_signed_are_being_negotiated():
    found = agreements_of("访问期间，中巴两国会签署一系列成果文件。")
    assert [a["state"] for a in found] == ["negotiating"]


def test_an_ocean_is_not_a_state():
    found = agreements_of("美国推出覆盖印度洋的“海域态势感知伙伴关系”，日本和澳大利亚加入。")
    assert all("IND" not in a["parties"] for a in found)


@pytest.mark.parametrize("body, state", [
    ("德国政府正式批准了中德两国的港口合作协议。", "ratified"),
    ("中德两国的港口合作协议还需两国议会批准。", "agreed_in_principle"),  # an agreed text awaiting a formal step (FORMAT)
    ("美俄两国决定延长《新削减战略武器条约》。", "in_force"),
    ("日韩两国搁置了军事情报保护协定。", "suspended"),
])
def test_more_state_words(body, state):
    assert [a["state"] for a in agreements_of(body)] == [state]


def test_a_titles_short_name_is_the_same_agreement():
    found = agreements_of("新西兰与中国均属《区域全面经济伙伴关系协定》（RCEP）伙伴。日本与韩国也已加入RCEP。")
    assert [(a["name"], a["parties"]) for a in found] == [("区域全面经济伙伴关系协定", ["CHN", "JPN", "KOR", "NZL"])]
