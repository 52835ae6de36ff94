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


def test_heads_run_into_one_flat_paragraph_after_a_sentence_end_are_cut_out_of_it():
    flat = "双方同意保持沟通。 二、接下来会怎样 " + PARAGRAPH + " 【会后安排】两国外长将于下月在上海再次见面，届时还会签署几份合作文件。"
    heads, paragraphs = layout(flat, PARAGRAPH)
    assert heads == ["二、接下来会怎样", "【会后安排】"]
    assert paragraphs[:3] == ["双方同意保持沟通。", PARAGRAPH, "两国外长将于下月在上海再次见面，届时还会签署几份合作文件。"]


def test_spans_of_inline_heads_point_into_the_original_text():
    text = "\n".join(["两国外长举行会谈", "双方同意保持沟通。 （二）会后安排 " + PARAGRAPH, PARAGRAPH])
    article = parse_text(text)
    assert [s.text for s in article.subheadings] == ["（二）会后安排"]
    for span in [*article.subheadings, *article.paragraphs]:
        assert text[span.start:span.end] == span.text


def test_arabic_numbered_points_inside_running_text_are_no_heads():
    # 1、 2、 inside a flat paragraph number points and jokes as often as heads
    assert layout("理由有两个。 1、成本太高？ " + PARAGRAPH + " 2、时间太紧！ " + PARAGRAPH, PARAGRAPH)[0] == []


def test_numbered_provisions_datelines_and_linked_titles_inside_a_flat_paragraph_are_no_heads():
    assert layout("现通告如下。 二、全市商场超市暂停营业，恢复时间另行通知。" + PARAGRAPH, PARAGRAPH)[0] == []
    assert layout("会议结束。 【新华社北京5月1日电】" + PARAGRAPH, PARAGRAPH)[0] == []
    assert layout(PARAGRAPH + " 三、景区全部恢复开放！关乎假期出行，最新回应来了！", PARAGRAPH)[0] == []


def test_a_head_with_no_space_before_it_counts_where_its_own_marks_end_it():
    heads, paragraphs = layout("双方同意保持沟通。【会后安排】" + PARAGRAPH + "二、为何延期？" + PARAGRAPH, PARAGRAPH)
    assert heads == ["【会后安排】", "二、为何延期？"]
    assert paragraphs[:3] == ["双方同意保持沟通。", PARAGRAPH, PARAGRAPH]


def test_a_numbered_phrase_with_no_space_or_mark_to_end_it_stays_in_its_paragraph():
    assert layout("双方同意保持沟通。二、接下来会怎样 " + PARAGRAPH, PARAGRAPH)[0] == []


def test_a_bracket_numbered_head_with_a_comma_on_its_own_line_is_a_head_as_one_numbered_with_a_comma_is():
    heads, _ = layout(PARAGRAPH, "（一）稳字当头，稳中求进", PARAGRAPH, "（二）开放合作，互利共赢", PARAGRAPH)
    assert heads == ["（一）稳字当头，稳中求进", "（二）开放合作，互利共赢"]


def test_an_aside_in_brackets_on_its_own_line_is_no_head():
    assert layout(PARAGRAPH, "（本文有删节）", PARAGRAPH)[0] == []


def test_lines_of_a_hard_wrapped_paragraph_are_no_heads():
    # a sentence end inside the line, or a line as long as the next: text wrapped at a fixed width
    assert layout(PARAGRAPH, "会谈持续了三个小时。随后双方举行了联合记者会并回答", PARAGRAPH)[0] == []
    assert layout("两国外长周五在北京举行会谈，双方就双边关系和共同关心的", "国际问题深入交换了意见，并就下一步的务实合作达成多项",
                  "共识，会谈结束后双方还共同会见了记者，并回答了提问。")[0] == []


def test_a_photo_caption_or_a_byline_at_a_line_s_end_is_no_head():
    assert layout(PARAGRAPH, "两国外长在会谈前握手 本报记者 王明 摄", PARAGRAPH)[0] == []
    assert layout(PARAGRAPH, "会场外景 受访者供图", PARAGRAPH)[0] == []
    assert layout(PARAGRAPH, "综合报道 新华日报记者 李四", PARAGRAPH)[0] == []
    assert layout(PARAGRAPH, "两国外长在会谈前握手", PARAGRAPH)[0] == ["两国外长在会谈前握手"]
