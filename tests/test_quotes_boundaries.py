"""Where a statement ends: a cue inside what someone reports, and a quotation that opens the text.
Each case is a short passage written for the test."""
from __future__ import annotations

from newsfacts.model import Span
from newsfacts.stages import quote_runs
from tests.test_quotes import quotes_of


def test_contrasting_clause_with_its_own_cue_stays_in_the_reported_statement():
    found = quotes_of("该杂志称，两国的贸易正在恢复，但一些官员私下警告企业要保持谨慎。")
    assert [(s, c) for s, c, _, _ in found] == [("该杂志", "称")]
    assert found[0][2] == "两国的贸易正在恢复，但一些官员私下警告企业要保持谨慎"


def test_subjectless_contrasting_cue_continues_the_statement():
    found = quotes_of("杨教授分析认为，这些左翼政府通常会疏远邻国，而主张更加独立的外交路线。")
    assert len(found) == 1
    assert found[0][0].startswith("杨教授")
    assert found[0][2] == "这些左翼政府通常会疏远邻国，而主张更加独立的外交路线"


def test_second_speaker_with_a_view_of_its_own_is_a_statement_of_its_own():
    found = quotes_of("张伟认为，关税不会解决问题，而财政部长王强也认为贸易壁垒有害无益。")
    assert [s for s, _, _, _ in found] == ["张伟", "王强"]
    assert found[0][2] == "关税不会解决问题"


def test_cue_followed_by_a_comma_starts_a_new_statement():
    found = quotes_of("美方称，谈判已经破裂，但中方强调，对话的大门仍然敞开。")
    assert [s for s, _, _, _ in found] == ["美方", "中方"]


def test_quotation_opening_the_text_has_no_source_before_it():
    # text[-1:0] is "", and "" is in every string: the source was once read before position 0.
    text = "“不让步！”通过这句话，他表明了立场。"
    asked = []
    run = quote_runs.Run(paragraph=Span(0, len(text), text), open=0, inner=(1, 5))
    found = quote_runs._sentence_source(text, run, [], lambda s, e: asked.append((s, e)))
    assert found is None and asked == []
