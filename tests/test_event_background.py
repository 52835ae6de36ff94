"""Background is no reported act: a period dated from an act, a figure counting acts, an act given as
the example of a judgement, talks named as a means, and a firm's words; each against a plain report."""
from __future__ import annotations

import newsfacts


def events_of(body: str, published_at: str = "2025-04-19T10:00:00") -> list[tuple]:
    doc = newsfacts.analyze_text("测试标题\n\n" + body, published_at=published_at)
    return [(e["type"], e["source"], e["target"], e["trigger"], e.get("date")) for e in doc.to_dict()["events"]]


def test_a_period_since_an_act_is_background():
    assert events_of("中国和哈萨克斯坦建交三十多年来，两国关系不断发展。") == []
    assert events_of("俄罗斯入侵以来，乌克兰经济严重衰退。") == []
    assert [e[:3] for e in events_of("中国和哈萨克斯坦1992年建交。")] == [("SUPPORT", "CHN", "KAZ")]


def test_a_figure_of_investment_is_no_act():
    assert events_of("去年德国对中国投资同比增长两成。") == []
    assert events_of("截至去年底，德国对中国直接投资存量超过百亿欧元。") == []
    assert [e[:3] for e in events_of("德国上月对中国投资十亿欧元。")] == [("COOPERATE", "DEU", "CHN")]


def test_an_act_given_as_an_example_is_no_report():
    assert events_of("这座工厂成为中国帮助哈萨克斯坦发展经济的生动体现。") == []
    assert [e[:3] for e in events_of("中国帮助哈萨克斯坦修建了一条公路。")] == [("AID", "CHN", "KAZ")]


def test_talks_named_as_the_means_are_not_held():
    assert events_of("中国和越南一贯通过谈判解决边界问题。") == []
    assert [e[:3] for e in events_of("越南昨天与中国举行谈判。")] == [("CONSULT", "VNM", "CHN")]


def test_a_firms_statement_is_no_act_of_its_state():
    assert events_of("苹果公司对记者表示，“中国的指控是错误的，中国在抹黑我们。”") == []
    assert [e[:3] for e in events_of("德国外交部对记者表示，“美国的指控是错误的，美国在抹黑我们。”")] == \
        [("ACCUSE", "DEU", "USA")]


def test_a_headline_in_a_list_of_links_is_no_report():
    links = "甲地花海遭游客踩踏2019-09-09 15:48本地\n\n德国总理将于下月访问法国2019-09-09 15:32外交\n\n某地通缉犯落网2019-09-09 15:29"
    assert events_of(links, "2019-09-09T16:00:00") == []
    dateline = "2019-09-09 15:32\n\n德国总理9日访问了法国。"  # a time stamp before the report
    assert [e[:3] for e in events_of(dateline, "2019-09-09T16:00:00")] == [("CONSULT", "DEU", "FRA")]


def test_talks_said_to_be_halted_are_no_act():
    assert events_of("中国和澳大利亚的高层磋商一度陷入停摆。") == []
    assert [e[:3] for e in events_of("中国和澳大利亚昨天举行高层磋商。")] == [("CONSULT", "CHN", "AUS")]


def test_a_players_refusal_is_no_act_of_a_state():
    assert events_of("这名法国球员拒绝离开意大利。") == []
    assert [e[:3] for e in events_of("法国拒绝离开意大利的谈判。")] == [("REJECT", "FRA", "ITA")]



def test_a_trend_of_cooperation_is_no_act():
    from newsfacts.stages.event_background import background
    text = "随着中越两国在能源领域合作的持续深化，边境贸易稳步上升。两国的交流日益密切。"
    at = text.index("合作")
    assert background(text, at, at + 2, 0, text.index("。"))
    at = text.index("交流")  # 交流日益密切 without 的: a judgement of the relation, left to other rules
    assert not background(text, at, at + 2, text.index("。") + 1, len(text) - 1)
    assert [e[:3] for e in events_of("中国同越南上月签署合作协议。")] == [("AGREE", "CHN", "VNM")]


def test_a_travellers_arrival_in_a_case_report_is_no_visit():
    from newsfacts.stages.event_background import background
    text = "患者为德国籍，从法兰克福乘机，3月2日抵达北京机场后被集中隔离。"
    at = text.index("抵达")
    assert background(text, at, at + 2, text.index("，", text.index("乘机")) + 1, len(text) - 1)
    visit = "德国总理3月2日抵达北京，开始对中国的正式访问。"
    at = visit.index("抵达")
    assert not background(visit, at, at + 2, 0, len(visit) - 1)


def test_the_goal_a_step_points_to_is_no_act():
    from newsfacts.stages.event_background import background
    text = "两国领导人的会谈为双方扩大互利合作指明了方向。"
    at = text.index("合作")
    assert background(text, at, at + 2, 0, len(text) - 1)
    text = "这份报告为取消对越南的制裁铺平了道路。"
    at = text.index("制裁")
    assert background(text, at, at + 2, 0, len(text) - 1)
    text = "两国上月开展务实合作，成果显著。"
    at = text.index("合作")
    assert not background(text, at, at + 2, 0, len(text) - 1)


def test_a_trend_of_cooperation_gives_no_event():
    assert events_of("随着中国和越南在能源领域合作的持续深化，边境贸易稳步上升。") == []
