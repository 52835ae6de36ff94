"""Round 16: outlets recognised by form and frame on unseen text (a numbered channel after its country, a
Latin name opening a report clause), a press reference summing up a list, and agreements kept apart by
the states each one's own clause names. Short passages written for the tests."""
from __future__ import annotations

import newsfacts


def record(body: str) -> dict:
    return newsfacts.analyze_text("测试标题\n\n" + body).to_dict()


def sources(body: str) -> list:
    return record(body)["sources"]


# A numbered channel right after its country is an outlet (泰国7台, 俄罗斯1台), in any crediting frame.

def test_numbered_channel_after_its_country_reports():
    assert sources("泰国7台报道称，新的入境规定下周实施。") == ["泰国7台"]


def test_numbered_channel_in_according_to_frame():
    assert sources("据法国24台报道，部长将于周五出访。") == ["法国24台"]


def test_numbered_channel_given_an_interview():
    assert sources("该国总统接受俄罗斯1台采访时表示，谈判仍有可能。") == ["俄罗斯1台"]


def test_numbered_channel_listed_with_other_outlets():
    body = "泰国7台、泰国公共电视台等当地主流媒体纷纷报道此事。"
    assert sources(body) == ["泰国7台", "泰国公共电视台"]


def test_count_of_machines_after_a_country_is_no_channel():
    assert sources("据报道，俄罗斯2台坦克被击毁的消息引发关注。") == []
    assert sources("该厂去年向日本出口了日本3台机器人的零件。") == []


# A Latin name opening a clause right before 报道 is an outlet, listed or not.

def test_unlisted_latin_name_opening_a_report_clause():
    assert sources("Vocegiallorossi报道，这名后卫将在夏天离队。") == ["Vocegiallorossi"]


def test_latin_name_glued_without_spaces_first_to_report():
    assert sources("此前，TheInformation率先报道了这一计划。") == ["TheInformation"]


def test_latin_name_of_a_reporter_is_not_an_outlet():
    assert sources("名记Shams报道，球队将签下这名后卫。") == []


# 等（多家）…媒体 after a list sums the listed outlets up; it is no outlet of its own.

def test_press_reference_summing_up_a_list_is_not_credited():
    body = "综合路透社、法新社等多家外媒报道，部长将于下周访问。"
    assert sources(body) == ["路透社", "法新社"]


def test_press_reference_standing_alone_is_still_credited():
    assert sources("俄媒报道，部长将于下周访问。") == ["俄媒"]


# Two agreements each concluded in a clause of its own with other states are two records, even where the
# first is named bare (相关协议) and the second in full.

def test_agreements_with_different_partners_in_their_own_clauses_stay_apart():
    body = "中国此前与沙特签署了相关协议，又与卡塔尔签署了为期20年的供气协议。"
    names = [a["name"] for a in record(body)["agreements"]]
    assert "相关协议" in names and "供气协议" in names


def test_bare_name_then_full_name_of_one_agreement_stay_one():
    body = "双方表示停火协议将于周五生效。\n\n以色列和黎巴嫩周三达成停火协议。"
    assert len(record(body)["agreements"]) == 1


# A grouping named as an item of its own in a list before another name is not that name's party.

def test_grouping_listed_before_another_name_gives_it_no_parties():
    body = "甲国先加固“五眼联盟”，再推销“四边机制”、拉拢“三边安全伙伴关系”，意在维持优势。"
    by_name = {a["name"]: a["parties"] for a in record(body)["agreements"]}
    assert by_name.get("四边机制") == ["AUS", "IND", "JPN", "USA"]
    assert "三边安全伙伴关系" not in by_name or by_name["三边安全伙伴关系"] != by_name["四边机制"]


def test_grouping_governing_the_name_still_gives_its_members():
    body = "四边机制成员国签署了海上安全合作协议。"
    assert record(body)["agreements"][0]["parties"] == ["AUS", "IND", "JPN", "USA"]


def test_a_states_own_name_ending_in_union_is_no_alliance():
    body = "他年轻时在苏维埃社会主义共和国联盟时期当过翻译。"
    assert record(body)["agreements"] == []


# 据X了解 credits an outlet like 据X获悉; a reporter's own 了解 does not.

def test_what_an_outlet_learnt_is_credited():
    assert sources("据路透社了解，谈判已经破裂。") == ["路透社"]


def test_what_a_reporter_learnt_is_not_credited():
    assert sources("据某某日报记者了解，谈判已经破裂。") == []
    assert sources("据了解，谈判已经破裂。") == []


def test_foreign_outlets_correspondent_in_a_city_reports():
    assert sources("半岛电视台驻加沙记者报道称，现场浓烟滚滚。") == ["半岛电视台"]
