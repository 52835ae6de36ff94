"""Agreements on sentences written for the tests, for two classes of false record seen on unlabelled
domestic and world news: a domestic bulletin, notice or work plan one state's agencies issue is no
agreement (an outward declaration or plan of one state and an open treaty still are), and an agreement
cited only for its purposes and principles (宪章宗旨和原则必须得到遵守) reports no state of it."""
from __future__ import annotations

import newsfacts


def summary(body: str) -> list[tuple[str, list[str], str]]:
    found = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()["agreements"]
    return [(a["name"], a["parties"], a["state"]) for a in found]


def test_a_statistical_bulletin_of_one_state_is_not_an_agreement():
    assert summary("国家统计局昨日发布《2024年国民经济运行统计公报》，全年生产总值增长五个百分点。") == []


def test_a_tax_notice_of_one_state_is_not_an_agreement():
    assert summary("财政部和国家税务总局联合发布《关于调整车辆购置税政策的公告》，新政下月起执行。") == []


def test_a_prefecture_work_plan_is_not_an_agreement():
    assert summary("黑龙江伊春地区出台《伊春地区关于促进婚育的实施方案》，向社会征求意见。") == []


def test_an_outward_plan_or_declaration_of_one_state_is_kept():
    assert summary("外交部发布《关于加强地区合作的行动计划》，欢迎周边国家参与。") == \
        [("关于加强地区合作的行动计划", ["CHN"], "proposed")]
    assert summary("中国外交部发布《关于政治解决危机的立场公告》，欢迎俄罗斯和乌克兰恢复对话。") == \
        [("关于政治解决危机的立场公告", ["CHN"], "in_force")]


def test_an_open_treaty_and_a_joint_declaration_are_kept():
    assert summary("中国政府批准了《生物多样性公约》。") == [("生物多样性公约", ["CHN"], "ratified")]
    assert summary("1945年美英中三国发表《波茨坦公告》，敦促日本投降。") == \
        [("波茨坦公告", ["CHN", "GBR", "USA"], "in_force")]


def test_principles_to_be_observed_after_the_name_report_no_state():
    body = "俄方一贯主张，联合国宪章的宗旨和原则都应当得到遵守，安理会理应用足宪章赋予它的调停手段。"
    assert summary(body) == []


def test_the_spirit_of_a_signed_ceasefire_observed_keeps_it_in_force():
    assert summary("俄罗斯和乌克兰签署的停火协议精神得到了遵守。") == [("停火协议", ["RUS", "UKR"], "in_force")]
