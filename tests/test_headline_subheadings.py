"""Sub-headings of flat text dumps: heads on their own lines and heads glued to the start of a
paragraph, and the body sentences, bylines and datelines that are not heads."""
from __future__ import annotations

from newsfacts.ingest.textdump import glued_head, parse_text

PARAGRAPH = "两国外长周五在北京举行会谈，双方就双边关系和共同关心的国际问题深入交换了意见。"


def layout(*lines: str) -> tuple[list[str], list[str]]:
    article = parse_text("\n".join(["两国外长举行会谈", "2025年4月19日 10:00", *lines]))
    return [s.text for s in article.subheadings], [p.text for p in article.paragraphs]


def test_a_numbered_head_cut_off_by_a_space_is_cut_from_its_paragraph():
    heads, paragraphs = layout("一、会谈谈了什么　" + PARAGRAPH, "二、接下来会怎样 " + PARAGRAPH)
    assert heads == ["一、会谈谈了什么", "二、接下来会怎样"]
    assert paragraphs == [PARAGRAPH, PARAGRAPH]


def test_a_numbered_question_head_glued_to_its_paragraph():
    heads, paragraphs = layout("（一）为何延期？" + PARAGRAPH, PARAGRAPH)
    assert heads == ["（一）为何延期？"] and paragraphs[0] == PARAGRAPH


def test_a_bracketed_head_glued_to_its_paragraph():
    heads, paragraphs = layout("【会谈背景】" + PARAGRAPH, PARAGRAPH)
    assert heads == ["【会谈背景】"] and paragraphs[0] == PARAGRAPH


def test_spans_of_glued_heads_point_into_the_original_text():
    text = "\n".join(["两国外长举行会谈", "一、会谈谈了什么　" + PARAGRAPH, PARAGRAPH])
    article = parse_text(text)
    for span in [*article.subheadings, *article.paragraphs]:
        assert text[span.start:span.end] == span.text


def test_a_dateline_or_credit_in_brackets_is_not_a_head():
    assert layout("【新华社北京5月1日电】" + PARAGRAPH, PARAGRAPH)[0] == []
    assert layout("【本报记者 王明】" + PARAGRAPH, PARAGRAPH)[0] == []


def test_numbered_sentences_and_bylines_are_body_text():
    assert glued_head("（二）居民不得外出，确需外出的须持证明，" + PARAGRAPH) == 0
    assert glued_head("记者 王明 " + PARAGRAPH) == 0
    assert glued_head("一、会谈谈了什么　很短") == 0  # nothing like a paragraph after it


def test_a_head_over_a_list_numbered_otherwise_is_still_a_head():
    heads, _ = layout("一、会前准备", "1、带好证件", "2、提前到场", PARAGRAPH, "二、会后安排", PARAGRAPH)
    assert heads == ["一、会前准备", "二、会后安排"]


def test_a_run_of_short_lines_numbered_alike_is_a_list():
    assert layout(PARAGRAPH, "1、带好证件", "2、提前到场", "3、保持安静", PARAGRAPH)[0] == []


def test_a_head_that_opens_with_a_quoted_term_is_a_head_but_a_quoted_line_is_not():
    assert layout(PARAGRAPH, "“一带一路”走深走实", PARAGRAPH)[0] == ["“一带一路”走深走实"]
    assert layout(PARAGRAPH, "“我们不会让步”", PARAGRAPH)[0] == []
    assert layout(PARAGRAPH, "他说“我们不会让步！”", PARAGRAPH)[0] == []


def test_a_head_marked_by_a_symbol():
    assert layout(PARAGRAPH, "■ 会谈谈了什么", PARAGRAPH)[0] == ["■ 会谈谈了什么"]
    assert layout(PARAGRAPH, "◆ 双方都没有说接下来会怎样。", PARAGRAPH)[0] == []


def test_a_date_that_opens_a_paragraph_is_not_a_numbered_head():
    assert glued_head("05月12日 " + PARAGRAPH) == 0
    assert glued_head("1．5亿人次 " + PARAGRAPH) == 0
