"""Round 15 (branch h26-q): speakers on unseen news when the rules are unsure. Each case is a short
sentence written for the test, with a contrast that stays as it was."""
from __future__ import annotations

import newsfacts


def quotes_of(body: str) -> list[tuple]:
    found = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()["quotes"]
    return [(q["speaker"], q["cue"], q["content"]) for q in found]


def test_a_counted_group_opening_its_clause_speaks_not_the_last_speaker():
    body = "王明说，房价今年会涨。多个中介表示这只是为了吸引客户。"
    assert ("多个中介", "表示", "这只是为了吸引客户") in quotes_of(body)


def test_a_body_the_tagger_typed_speaks_for_itself():
    body = "金联创认为油价会上涨。卓创资讯则指出国际原油价格下跌。"
    assert ("卓创资讯", "指出", "国际原油价格下跌") in quotes_of(body)


def test_a_region_as_a_whole_reports_its_own_figures():
    body = "本市卫健委通报了疫情。全省报告新增确诊病例十例。"
    assert [s for s, c, _ in quotes_of(body) if c == "报告"] == ["全省"]


def test_a_thing_named_just_before_speaks_for_who_published_it():
    body = "《晨报》周二发布了一张照片，照片显示大楼已经倒塌。"
    assert [s for s, c, _ in quotes_of(body) if c == "显示"] == ["晨报"]


def test_a_bare_common_noun_is_left_to_the_context():
    assert not any(s == "个人" for s, _, _ in quotes_of("不过，个人认为这位教练不会离开球队。"))


def test_a_statement_wanted_of_someone_is_none_made():
    body = "甲国多次联系乙国政府，想让乙国表态支持自己的方案。"
    assert not any(c == "表态" for _, c, _ in quotes_of(body))


def test_a_plan_to_remind_is_no_reminder():
    assert quotes_of("一些环保人士正计划利用这次会议的机会提醒富国兑现资金承诺。") == []


def test_a_planner_in_a_relative_clause_still_speaks():
    body = "正在城里准备买房的小李介绍，自己在网上看到了很多广告。"
    assert [(s, c) for s, c, _ in quotes_of(body)] == [("小李", "介绍")]


def test_a_promise_kept_is_no_promise_made():
    body = "更为重要的是中国兑现了承诺，将一些国家的农产品关税降到零，确保当地农民能够获利。"
    assert not any(c == "承诺" for _, c, _ in quotes_of(body))


def test_an_answer_given_still_reports_its_words():
    body = "对于这个问题，教练李明给出了回应，他说球队会继续努力。"
    assert any(s == "李明" for s, _, _ in quotes_of(body))


def test_soon_after_an_announcement_dates_what_follows():
    assert quotes_of("然而，中方此项措施宣布后不久，美方就做出了一连串的反制。") == []


def test_a_noun_after_the_verb_opening_the_clause_is_its_object():
    assert all(s != "鼓励孩子" for s, _, _ in quotes_of("孩子哭了。鼓励孩子发泄情绪，对孩子说生气没关系。"))


def test_a_source_after_a_verb_of_being_still_speaks():
    body = "天气转冷，已有疾控部门提醒，要注意防范流感。"
    assert ["疾控部门" in s for s, c, _ in quotes_of(body) if c == "提醒"] == [True]


def test_reported_words_then_two_quoted_sentences_are_three_statements():
    body = "王刚说，记者只摘了采访里的一小段话，“这完全歪曲了我的本意，我很失望”，“我希望大家去看完整的视频”。"
    assert [c for _, _, c in quotes_of(body)] == [
        "记者只摘了采访里的一小段话", "这完全歪曲了我的本意，我很失望", "我希望大家去看完整的视频"]


def test_two_quoted_sentences_alone_are_two_statements_as_before():
    body = "王刚说，“这完全歪曲了我的本意，我很失望”，“我希望大家去看完整的视频”。"
    assert [c for _, _, c in quotes_of(body)] == ["这完全歪曲了我的本意，我很失望", "我希望大家去看完整的视频"]


def test_the_publisher_of_the_dateline_finding_something_is_the_writer():
    body = "中新网5月3日电（记者张三）某公司近日被罚款。\n\n中新网注意到，该公司去年也曾被处罚过两次。"
    assert not any(s == "中新网" for s, _, _ in quotes_of(body))


def test_another_outlet_finding_something_is_still_quoted():
    body = "中新网5月3日电（记者张三）某公司近日被罚款。\n\n路透社注意到，该公司去年也曾被处罚过两次。"
    assert any(s == "路透社" for s, _, _ in quotes_of(body))


def test_a_promise_kept_through_a_phrase_is_no_promise_made():
    body = "塔利班兑现对中国的安全承诺，其实也是在展现维护地区安全的决心。"
    assert not any(c == "承诺" for _, c, _ in quotes_of(body))


def test_persuading_someone_reports_no_words():
    body = "这份提议是在甲国政府劝说乙国和谈的背景下提出的，原本只有五条。"
    assert not any(c == "说" for _, c, _ in quotes_of(body))


def test_these_officials_are_the_officials_quoted_before():
    body = "两名美国官员周二说，美军将撤出该地区。这些官员表示，撤军将在年底前完成。"
    assert [s for s, _, _ in quotes_of(body)] == ["两名美国官员", "两名美国官员"]


def test_these_with_no_source_before_is_no_speaker():
    body = "在这些后来认为他早已去世的人心中，记忆出现了偏差。"
    assert quotes_of(body) == []


def test_an_inline_credit_line_names_no_speaker():
    body = "文/张三 编辑/李四 美国总统拜登周二表示，美国将继续援助乌克兰。"
    assert [s for s, _, _ in quotes_of(body)] == ["拜登"]


def test_a_foreign_name_ending_in_hu_before_shuo_speaks():
    found = quotes_of("内塔尼亚胡说，战争将持续数月。")
    assert [(c, w) for _, c, w in found] == [("说", "战争将持续数月")]


def test_hushuo_after_other_words_is_still_no_cue():
    assert all(c != "说" or w != "毫无根据" for _, c, w in quotes_of("这是胡说，毫无根据。"))


def test_the_two_ministers_point_back_to_the_ministers_named():
    body = "日韩外长周三举行会谈，两国外长一致认为，应加强合作。"
    assert [s for s, c, _ in quotes_of(body) if c == "认为"] == ["日韩外长"]
