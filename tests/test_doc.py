"""The document's read API (newsfacts/doc.py): what one stage reads of another's output, asked of
the Analysis rather than of the stage that wrote it."""
from __future__ import annotations

import pytest

import newsfacts
from newsfacts import doc as D
from newsfacts.nlp.chinese import quoted_segments

TEXT = "两国领导人会谈\n\n俄罗斯总统普京周四在莫斯科会见了法国总统马克龙。双方讨论了乌克兰局势。"
BODY = TEXT.index("俄罗斯")


@pytest.fixture(scope="module")
def analysis():
    return newsfacts.analyze_text(TEXT, published_at="2025-04-18")


def test_sentence_at_finds_the_sentence_of_an_offset(analysis):
    second = TEXT.index("双方")
    assert D.sentence_at(analysis, BODY).text.startswith("俄罗斯")
    assert D.sentence_at(analysis, second).text.startswith("双方")
    assert D.sentence_at(analysis, len(TEXT) + 5) is None


def test_entity_at_is_the_entity_behind_a_mention(analysis):
    at = TEXT.index("马克龙")
    entity = D.entity_at(analysis, D.span(analysis, at, at + 3))
    assert entity is not None and entity.canonical == "Emmanuel Macron" and entity.country == "FRA"


def test_actor_codes_of_a_stretch_in_text_order(analysis):
    first = TEXT.index("。")
    assert D.codes_in(analysis, BODY, first)[:1] == ["RUS"]
    assert "FRA" in D.codes_in(analysis, BODY, first)
    mentions = D.actor_mentions(analysis, BODY, first)
    assert [m.start for m, _ in mentions] == sorted(m.start for m, _ in mentions)
    assert all(TEXT[m.start:m.end] == m.text for m, _ in mentions)


def test_code_of_span_falls_back_to_the_first_coded_mention_inside(analysis):
    assert D.code_of_span(analysis, D.span(analysis, BODY, TEXT.index("周四"))) == "RUS"


def test_place_in_is_a_place_not_a_state(analysis):
    assert D.place_in(analysis, BODY, TEXT.index("。"), exclude=set()) == "莫斯科"


def test_spans_are_of_the_original_text():
    doc = newsfacts.analyze_text("講話\n\n澤連斯基周四在基輔發表講話。")
    piece = D.span(doc, 4, 8)
    assert piece.text == "澤連斯基" and doc.norm_text[4:8] == "泽连斯基"


def test_quoted_segments_are_outermost_and_an_open_one_runs_to_the_end():
    text = "他说“我们‘一定’会来”，又说“还有"
    segments = quoted_segments(text, 0, len(text))
    assert [(text[s.open], s.closed) for s in segments] == [("“", True), ("“", False)]
    assert text[slice(*segments[0].inner)] == "我们‘一定’会来"
    assert segments[1].close == len(text)
