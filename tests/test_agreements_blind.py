"""Passages written for the tests in the styles of blind articles: a signing refused in the frame
不会在…上签字, a treaty named again as 现行条约, the ending named as a time (在条约到期前), 同意 over
verbs joined by 并, a mechanism named by what it is to do, and 这份文件 naming a document."""
from __future__ import annotations

import newsfacts
from newsfacts.stages.agreement_identity import core_name


def records(body: str) -> list[dict]:
    return newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-08-19T10:00:00").to_dict()["agreements"]


def summary(body: str) -> list[tuple[str, list[str], str]]:
    return [(a["name"], a["parties"], a["state"]) for a in records(body)]


def test_signing_refused_in_frame_is_not_signed():
    found = summary("智利与秘鲁前年在利马草签了边界条约文本。智利外长日前表示，秘方不改变立场，智方就不会在边界条约上签字。")
    assert found == [("边界条约", ["CHL", "PER"], "agreed_in_principle")]


def test_current_treaty_has_no_name_of_its_own():
    assert core_name("现行条约") == "" and core_name("现有协定") == ""


def test_ending_named_as_a_time_is_not_the_ending():
    found = summary("智利和秘鲁2001年签署了渔业协定。秘鲁外交部表示，秘方致力于在协定到期前同智方达成新的安排。")
    assert found == [("渔业协定", ["CHL", "PER"], "in_force")]


def test_agreed_covers_a_verb_joined_by_bing():
    found = summary("智利外长与秘鲁外长周三在利马会谈。双方同意开放两处边境市场，并重启停摆多年的边境联合协调机制。")
    assert found == [("边境联合协调机制", ["CHL", "PER"], "agreed_in_principle")]


def test_mechanism_named_by_what_it_is_to_do():
    found = summary("老挝外长与柬埔寨外长周五在万象会谈。双方同意建立两国防长每半年会面一次的机制。")
    assert found == [("两国防长每半年会面一次的机制", ["KHM", "LAO"], "agreed_in_principle")]


def test_this_document_names_the_memorandum_not_the_mechanism():
    found = records("老挝外长与柬埔寨外长周五在万象会谈。双方同意建立两国防长每半年互访一次的机制。"
                    "会后两人见证签署了《老柬职业教育合作备忘录》。柬方官员说，这份文件还须提交两国内阁审议后才能生效。")
    aliases = {a["name"]: [x if isinstance(x, str) else x.get("text") for x in a.get("aliases") or []] for a in found}
    assert set(aliases) == {"两国防长每半年互访一次的机制", "老柬职业教育合作备忘录"}
    assert "这份文件" not in aliases["两国防长每半年互访一次的机制"]


def test_envoy_proposing_a_ceasefire_is_its_broker():
    found = summary("叙利亚与约旦的边境冲突仍在持续。法国外长巴罗上周提出的为期两周的边境停火方案，两国迄今都未正式表态。")
    assert found == [("边境停火方案", ["JOR", "SYR"], "proposed")]
    assert records("叙利亚与约旦的边境冲突仍在持续。法国外长巴罗上周提出的为期两周的边境停火方案，两国迄今都未正式表态。")[0]["brokers"] == ["FRA"]
    # a side's own leader proposing it leaves that side a party
    found = summary("以色列总理内塔尼亚胡上周提出的停火方案遭到哈马斯拒绝。")
    assert [(p, s) for _, p, s in found] == [(["ISR", "PSE"], "rejected")]


def test_two_character_abbreviation_and_a_state_are_the_two_sides():
    found = summary("观察人士指出，埃塞与肯尼亚的关系近来有所升温。今年4月，两国在卡塔尔斡旋下签署了《多哈宣言》。")
    assert [(n, p) for n, p, _ in found] == [("多哈宣言", ["ETH", "KEN"])]


def test_abbreviations_listed_before_two_states_are_parties():
    found = summary("巴基斯坦外长与阿富汗外长周一在喀布尔会谈。会后，巴、阿两国与塔吉克斯坦官员一起签订了公路项目框架协议。")
    assert [(n, p) for n, p, _ in found] == [("公路项目框架协议", ["AFG", "PAK", "TJK"])]


def test_named_dialogue_agreed_on_is_an_agreement():
    found = summary("泰国外长与越南外长周四在河内会谈。双方同意年内恢复中断多年的泰越央行行长对话。")
    assert found == [("泰越央行行长对话", ["THA", "VNM"], "agreed_in_principle")]


def test_protocol_named_by_its_content_with_three_sides_listed_before():
    found = summary("乍得、苏丹和利比亚三国防长周二在恩贾梅纳会晤。据当地媒体报道，三方当天签订了组建边境巡逻队的议定书。")
    assert found == [("组建边境巡逻队的议定书", ["LBY", "SDN", "TCD"], "signed")]


def test_bare_first_name_and_full_name_are_one_agreement():
    found = summary("停火协议岌岌可危。\n\n埃塞俄比亚与厄立特里亚的边境停火协议于去年5月生效。"
                    "厄立特里亚外长称，埃方几乎每周都在违反停火安排。")
    assert [(n, p) for n, p, _ in found] == [("边境停火协议", ["ERI", "ETH"])]


def test_text_that_still_awaits_approval_is_agreed_in_principle():
    found = summary("智利与秘鲁外长周二会谈，同意设立渔业联合委员会。公报称，这份关于委员会的议定书还需要两国政府分别批准，随后才能生效。")
    assert [s for n, _, s in found if n.endswith("议定书")] == ["agreed_in_principle"]
