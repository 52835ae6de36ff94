"""The text layer: simplified view with offsets kept, sentences, segmentation."""
from __future__ import annotations

from newsfacts.stages.text import normalise, segment, split_sentences
from newsfacts.model import Span


def test_traditional_to_simplified_keeps_length():
    original = "盧比歐週五說，澤連斯基會見了記者。"
    simplified = normalise(original)
    assert simplified == "卢比欧周五说，泽连斯基会见了记者。"
    assert len(simplified) == len(original)


def test_full_width_digits_become_ascii():
    assert normalise("造成１人死亡") == "造成1人死亡"


def test_terminators_inside_quotes_do_not_split():
    text = "他说：“我们不干了。你们呢？”随后离开。"
    assert [s.text for s in split_sentences(text, 0, len(text))] == ["他说：“我们不干了。你们呢？”", "随后离开。"]


def test_quote_split_by_attribution_stays_one_sentence():
    text = "“第一句，”他说，“第二句。”她表示同意！"
    assert [s.text for s in split_sentences(text, 0, len(text))] == ["“第一句，”他说，“第二句。”", "她表示同意！"]


def test_sentence_offsets_point_into_the_text():
    text = "前言。  第二句！第三句"
    for s in split_sentences(text, 0, len(text)):
        assert text[s.start:s.end] == s.text


def test_segmentation_keeps_foreign_names_whole():
    text = "美国国务卿卢比奥周五表示"
    words = [(s.text, tag) for s, tag in segment(text, [Span(0, len(text), text)])]
    assert ("卢比奥", "PER") in words
    assert "".join(w for w, _ in words) == text
