"""The scope of a threat, demand or request over the verb it governs, the doer of an act told in
reported speech, and the body an official speaks for (issue 15). Each case is a short sentence
written for the test."""
from __future__ import annotations

import newsfacts
from newsfacts.stages.event_modality import governed


def analysed(body: str) -> dict:
    return newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()


def facts(body: str) -> list[tuple]:
    return [(e["type"], e["source"], e["target"]) for e in analysed(body)["events"]]


def hypothetical(body: str) -> list[tuple]:
    return [(e["type"], e["source"], e["target"], e["modality"]) for e in analysed(body)["hypothetical_events"]]


def test_a_threatened_act_is_the_threat_only():
    body = "伊朗扬言要对以色列发动报复性打击。"
    assert ("THREATEN", "IRN", "ISR") in facts(body)
    assert not [e for e in facts(body) if e[0] == "ASSAULT"]
    assert ("ASSAULT", "IRN", "ISR", "threatened") in hypothetical(body)


def test_a_requested_act_is_not_done():
    body = "乌克兰请求德国提供更多防空系统。"
    assert ("REQUEST", "UKR", "DEU") in facts(body)
    assert not [e for e in facts(body) if e[0] == "AID"]


def test_scope_of_the_governing_verb():
    assert governed("美国威胁对墨西哥商品") == "threatened"
    assert governed("日本要求美国") == "requested"
    assert governed("在美国的威胁下") is None  # a noun: the circumstance
    assert governed("美国不顾中方要求向台湾") is None  # a demand defied
    assert governed("应乌克兰要求向其") is None  # a request met
    assert governed("俄罗斯警告乌克兰后又") is None  # a later act, coordinated
    assert governed("遭到威胁") is None


def test_an_act_under_a_threat_noun_is_still_done():
    assert ("SANCTION", "MEX", "CHN") in facts("在美国的威胁下，墨西哥对中国商品加征关税。")


def test_reported_speech_takes_the_acts_own_subject():
    # the speaker says what another did: the subject inside the content attacks
    found = facts("伊朗称以色列用导弹袭击了伊朗的一座雷达站。")
    assert ("ASSAULT", "ISR", "IRN") in found
    assert ("ASSAULT", "IRN", "ISR") not in found


def test_an_official_of_an_international_body_speaks_for_it():
    found = facts("联合国秘书长古特雷斯表示：“以色列应立即停止袭击加沙。”")
    assert ("REQUEST", "UN", "ISR") in found
    assert not [e for e in found if e[1] == "PRT"]
