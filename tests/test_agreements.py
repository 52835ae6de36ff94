"""Agreements and their state, disputes and the timeline, on passages written for the tests."""
from __future__ import annotations

import pytest

import newsfacts


def agreements_of(body: str, published_at: str = "2025-04-19T10:00:00") -> list[dict]:
    return newsfacts.analyze_text("测试标题\n\n" + body, published_at=published_at).to_dict()["agreements"]


@pytest.mark.parametrize("body, kind, state", [
    ("俄罗斯拒绝了乌克兰提出的停火提议。", "ceasefire", "rejected"),
    ("由美国促成的俄罗斯和乌克兰部分停火协议已于周四到期。", "ceasefire", "expired"),
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
    found = agreements_of("由美国促成的俄罗斯和乌克兰部分停火协议已于周四到期。")
    assert found[0]["parties"] == ["RUS", "UKR"] and found[0]["brokers"] == ["USA"]
    assert found[0]["state_date"] == "2025-04-17"


def test_one_record_for_several_names_and_next_steps():
    body = ("美国和乌克兰正在敲定一项矿产交易。\n\n乌克兰经济部长表示，基辅和华盛顿已签署了一份意向书。"
            "她写道：“接下来是敲定协议文本并签署，然后由两国议会批准。”")
    found = agreements_of(body)
    assert len(found) == 1
    deal = found[0]
    assert (deal["name"], deal["kind"], deal["state"]) == ("矿产交易", "deal", "agreed_in_principle")
    assert "意向书" in deal["aliases"]
    assert deal["next_steps"] == ["敲定协议文本并签署", "由两国议会批准"]


def test_a_countrys_own_programme_is_not_an_agreement():
    assert agreements_of("日本修改了其太空探索计划的时间表。") == []


def test_dispute_with_both_sides_claims():
    doc = newsfacts.analyze_text("测试标题\n\n俄罗斯和乌克兰的停火协议已经到期，双方频繁指责对方违反了这一协议。")
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
