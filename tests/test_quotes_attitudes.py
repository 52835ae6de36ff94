"""Which statements exist (round 6): 表示 showing a feeling or stance says no words (表示深切哀悼),
a discourse marker is no cue (或者说), and quoted names in a list are no utterances (“甲”“乙”等).
Each case is a passage written for the test."""
from __future__ import annotations

from tests.test_quotes import quotes_of


def test_condolences_shown_are_no_statement():
    found = quotes_of("外交部发言人毛宁表示，中方对地震遇难者表示深切哀悼，向伤者致以慰问。")
    assert [(s, c) for s, c, _, _ in found] == [("毛宁", "表示")]
    assert not any(t.startswith("深切哀悼") for _, _, t, _ in found)


def test_displeasure_joined_to_opposition_is_an_attitude():
    found = quotes_of("发言人毛宁在例行记者会上说，某国的行为损害中国利益。中方对这种做法表示强烈不满和坚决反对。")
    assert found == [("毛宁", "说", "某国的行为损害中国利益", "indirect")]


def test_support_for_a_named_thing_is_still_a_statement():
    found = quotes_of("法国总统马克龙明确表示支持自由贸易。")
    assert [(c, t) for _, c, t, _ in found] == [("明确表示", "支持自由贸易")]


def test_an_attitude_word_opening_a_clause_of_its_own_is_said():
    found = quotes_of("外交部发言人毛宁表示，关注各方的合理关切是解决问题的前提。")
    assert [(c, t) for _, c, t, _ in found] == [("表示", "关注各方的合理关切是解决问题的前提")]


def test_or_rather_is_the_writer_rephrasing():
    found = quotes_of("外交部发言人毛宁说，明天的会谈会很顺利。或者说，双方都希望会谈顺利。")
    assert found == [("毛宁", "说", "明天的会谈会很顺利", "indirect")]


def test_quoted_names_in_a_list_are_no_utterances():
    text = ("教育部通报，一家公司违规举办竞赛。经查，“青少年科学探索挑战赛”“全国少儿数学巅峰对决赛”"
            "均未经审核。")
    assert not any(k == "direct" for _, _, _, k in quotes_of(text))


def test_songs_listed_with_deng_are_titles():
    text = ("音乐老师王芳说，孩子们很喜欢唱歌。“小燕子穿花衣，年年春天来这里”“世上只有妈妈好，有妈的孩子像块宝”"
            "等儿歌，几乎人人会唱。")
    assert not any(k == "direct" for _, _, _, k in quotes_of(text))


def test_two_finished_utterances_glued_are_both_said():
    found = quotes_of("外交部发言人毛宁说：“我们不会接受。”“这是原则问题！”")
    assert [(t, k) for _, _, t, k in found] == [("我们不会接受。", "direct"), ("这是原则问题！", "direct")]


def test_the_one_told_may_be_an_outlet_whose_name_opens_with_zhong():
    found = quotes_of("“路上一直都有人。”王建国告诉中青报记者，在路上随处可见带着行李的人。")
    assert [(s, c, k) for s, c, _, k in found] == [("王建国", "告诉中青报记者", "direct"),
                                                  ("王建国", "告诉中青报记者", "indirect")]


def test_a_day_between_a_quotation_and_its_closing_attribution():
    found = quotes_of("“我们相信市场能保持平稳。”11月2日，央行行长易纲表示。此后各部门连续发声。")
    assert found == [("易纲", "表示", "我们相信市场能保持平稳。", "direct")]


def test_a_day_opening_a_new_statement_leaves_the_quotation_before_to_its_speaker():
    found = quotes_of("外交部发言人毛宁说：“会谈很顺利。”11月2日，央行行长易纲表示，还将继续降息。")
    assert found == [("毛宁", "说", "会谈很顺利。", "direct"), ("易纲", "表示", "还将继续降息", "indirect")]


def test_a_short_quotation_closed_by_a_period_outside_the_marks_is_said():
    found = quotes_of("球员王建国在微博道歉：“这些行为确属不当”。")
    assert found == [("王建国", "在微博道歉", "这些行为确属不当", "direct")]


def test_a_theme_after_a_colon_is_no_statement():
    assert quotes_of("这次会议的主题是：“绿色发展”。") == []


def test_a_title_after_a_space_closing_its_sentence_is_no_utterance():
    assert quotes_of("作曲家王建国说，孩子们喜欢他的歌。他被人们誉为当代 “儿歌大王”。") == [
        ("王建国", "说", "孩子们喜欢他的歌", "indirect")]
