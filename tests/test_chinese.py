"""The shared Chinese text layer (newsfacts/nlp/chinese.py): breaks, negations, hedges, spans."""
from __future__ import annotations

from newsfacts.model import Analysis, Article
from newsfacts.nlp import chinese
from newsfacts.stages.text import normalise


def test_a_colon_breaks_a_clause_but_not_for_events():
    assert "：" in chinese.CLAUSE_BREAKS and "：" not in chinese.CLAUSE_BREAKS_BUT_COLONS
    assert chinese.SENTENCE_ENDS < chinese.CLAUSE_BREAKS


def test_a_run_of_breaks_is_one_cut():
    assert [m.group() for m in chinese.char_class("，。…").finditer("他说，好。…走")] == ["，", "。…"]


def test_negation_words_are_found_longest_first():
    assert chinese.negations()[0] == "并没有"
    assert chinese.negation_re().search("双方尚未达成协议").group() == "尚未"
    assert chinese.negation_re().search("双方达成协议") is None


def test_hedges_come_from_the_data_file():
    assert "可能" in chinese.hedges() and "据称" in chinese.hedges()


def test_a_span_shows_the_original_text_not_the_normalised_view():
    text = "美國總統說話"
    doc = Analysis(article=Article(text=text))
    doc.norm_text = normalise(text)
    assert doc.norm_text[:4] == "美国总统"
    assert chinese.span(doc, 0, 4).text == "美國總統"
