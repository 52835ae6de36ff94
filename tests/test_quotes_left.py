"""Quote classes left on unseen news (round 6, issue #14): a report that relays another body's
statement gives the inner speaker its words (报道称，X司令部发布新闻稿称……), a piece that analyses
is a source (刊登文章分析，), sayings and the writer's asides run on to no one (俗话说：“……”, 嗯，“……”,
某某想说), a credit that only sets the scene of a question carries no words, and 宣布 + a noun
phrase announces a thing. Each case is a passage written for the test."""
from __future__ import annotations

from tests.test_quotes import quotes_of


def test_a_report_relaying_a_command_gives_the_command_its_words():
    found = quotes_of("几家电视台报道称，海军司令部4日上午通过新闻稿称，一艘巡逻艇在训练时发动机失灵，艇上人员无恙。")
    assert len(found) == 1
    speaker, cue, text, _ = found[0]
    assert "司令部" in speaker and cue.endswith("称") and text.startswith("一艘巡逻艇")


def test_a_view_caused_by_something_stays_inside_the_statement():
    found = quotes_of("文章认为，这让邻国方面认为，该国并不可信。")
    assert [(c, t) for _, c, t, _ in found] == [("认为", "这让邻国方面认为，该国并不可信")]


def test_a_piece_that_analyses_is_a_source():
    found = quotes_of("英国《泰晤士报》近日刊登文章分析，欧洲国家对这项计划的态度日益冷淡。")
    assert [(s, t) for s, _, t, _ in found] == [("泰晤士报", "欧洲国家对这项计划的态度日益冷淡")]


def test_a_piece_that_analyses_something_names_no_words():
    assert quotes_of("这篇文章分析了三个原因。") == []


def test_a_saying_is_not_run_on_to_the_last_speaker():
    found = quotes_of("外交部发言人表示，中方反对单边制裁。\n俗话说：“远亲不如近邻。”")
    assert [t for _, _, t, _ in found] == ["中方反对单边制裁"]


def test_the_writers_interjection_is_not_run_on_to_the_last_speaker():
    found = quotes_of("某智库研究员说，这一联盟很难扩大。\n嗯，“雷声大，雨点小！”")
    assert [t for _, _, t, _ in found] == ["这一联盟很难扩大"]


def test_a_plain_quotation_after_a_statement_still_runs_on():
    found = quotes_of("外交部发言人表示，中方反对单边制裁。\n“我们愿意同各方合作。”")
    assert [(s, k) for s, _, _, k in found] == [("外交部发言人", "indirect"), ("外交部发言人", "direct")]


def test_the_columnist_who_wants_to_say_makes_no_statement():
    found = quotes_of("外交部发言人表示，谈判将继续。\n老刘想说，各方都应冷静一点。")
    assert [t for _, _, t, _ in found] == ["谈判将继续"]


def test_a_credit_that_only_sets_the_scene_of_a_question_carries_no_words():
    text = "据电视台消息，在当天举行的例行记者会上，有记者问，某国是否要求盟友限制出口。外交部发言人表示，中方坚决反对。"
    assert [(s, t) for s, _, t, _ in quotes_of(text)] == [("外交部发言人", "中方坚决反对")]


def test_announcing_a_noun_phrase_is_no_statement():
    assert quotes_of("总理将于11日宣布养老制度改革的总体方案。") == []
    assert quotes_of("政府3日宣布一项新政策。") == []


def test_announcing_a_clause_is_a_statement():
    assert [t for _, _, t, _ in quotes_of("法院宣布对他的定罪无效。")] == ["对他的定罪无效"]
    assert [t for _, _, t, _ in quotes_of("公司宣布将提高产品价格。")] == ["将提高产品价格"]
    assert [t for _, _, t, _ in quotes_of("政府宣布取消原定的访问计划。")] == ["取消原定的访问计划"]
