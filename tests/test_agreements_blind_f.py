"""Passages written for the tests in the styles of the third blind batch: a venue's capital after
在X (在某国首都某城签署), a customs union named as one side (its member states), talks to review an
agreement in force, an agreement named again by one of its sides (欧盟协定), and a joint working
group the two sides agree to set up."""
from __future__ import annotations

import newsfacts


def summary(body: str) -> list[tuple[str, list[str], str]]:
    doc = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-08-19T10:00:00").to_dict()
    return [(a["name"], a["parties"], a["state"]) for a in doc["agreements"]]


def test_capital_after_venue_state_is_no_party():
    found = summary("智利与秘鲁周二在厄瓜多尔首都基多签署了渔业合作协定。")
    assert found == [("渔业合作协定", ["CHL", "PER"], "signed")]


def test_customs_union_stands_for_its_members():
    found = summary("欧盟与南共市周五在布鲁塞尔签署了一项自由贸易协定，两方为此谈了多年。")
    assert found == [("自由贸易协定", ["ARG", "BRA", "EU", "PRY", "URY"], "signed")]


def test_review_talks_leave_agreement_in_force():
    found = summary("分析人士认为，美方想在美墨加协定复审谈判中逼墨方让步。")
    assert found == [("美墨加协定", ["CAN", "MEX", "USA"], "in_force")]


def test_agreement_named_again_by_its_side():
    found = summary("欧盟与南共市上月签署了投资协定。去年，阿根廷已与日本签署一项渔业合作框架。在我看来，阿根廷政府不打算离开"
                    "南共市，但会借助欧盟协定带来的机会，进一步向集团施压。有评论把这份协定视为欧洲在南美抗衡中国的棋子。")
    assert [name for name, _, _ in found] == ["投资协定", "渔业合作框架"]


def test_working_group_agreed_on():
    found = summary("智利外长与秘鲁外长周三在利马会谈。两国同意组建一个渔业联合工作组，下月提交首份报告。")
    assert found == [("渔业联合工作组", ["CHL", "PER"], "agreed_in_principle")]


def test_two_states_of_the_paragraph_not_the_article():
    body = ("日本对此提出强烈抗议。日本外务省表示，日本将密切关注。日本首相也批评了这一决定。\n\n"
            "智利国防部长周二透露，部分费用由智利政府承担，秘鲁也将出资。此外，两国国防部已经签署了一份关于海上救援培训的"
            "谅解备忘录，首批秘鲁学员下月抵达智利。")
    found = summary(body)
    assert [(name, parties) for name, parties, _ in found] == [("关于海上救援培训的谅解备忘录", ["CHL", "PER"])]
