"""Plain-text dumps: title, byline, sub-headings, body and chrome, with offsets into the text."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newsfacts.errors import InputError
from newsfacts.ingest.textdump import parse_text

CST = timezone(timedelta(hours=8))


def test_layout_of_a_self_media_dump(article_text):
    a = parse_text(article_text, source="t.txt")
    assert a.title.text == "突发！两国外长深夜通话，局势或将出现转机"
    assert a.author == "观海听涛"
    assert a.published_at == datetime(2025, 3, 7, 21, 30, tzinfo=CST)
    assert [s.text for s in a.subheadings] == ["法方为何改变态度"]
    assert [b.text for b in a.boilerplate] == ["0 阅读:0", "观海听涛", "观海听涛", "感谢大家的关注"]
    assert len(a.paragraphs) == 3
    assert a.counters == {"reads": 0}
    body = "".join(p.text for p in a.paragraphs)
    assert "阅读" not in body and "感谢" not in body


def test_every_span_points_into_the_text(article_text):
    a = parse_text(article_text)
    for span in [a.title, a.author_span, *a.subheadings, *a.paragraphs, *a.boilerplate]:
        assert article_text[span.start:span.end] == span.text


@pytest.mark.parametrize("byline, author, when", [
    ("张三 2025-04-19 10:12:48", "张三", datetime(2025, 4, 19, 10, 12, 48, tzinfo=CST)),
    ("2025年4月19日 10:12", None, datetime(2025, 4, 19, 10, 12, tzinfo=CST)),
    ("发布时间：2024-01-02 08:00", None, datetime(2024, 1, 2, 8, 0, tzinfo=CST)),
    ("作者：李四 2023年5月6日", "李四", datetime(2023, 5, 6, tzinfo=CST)),
])
def test_byline_forms(byline, author, when):
    a = parse_text(f"标题在这里\n{byline}\n正文第一段说了一件事情，内容很长很长。\n")
    assert a.author == author
    assert a.published_at == when
    assert [p.text for p in a.paragraphs] == ["正文第一段说了一件事情，内容很长很长。"]


@pytest.mark.parametrize("line", [
    "新的公约将于2026年12月1日起正式生效。",
    "两国元首2024年3月5日在首都会面并交换意见！",
])
def test_a_one_clause_sentence_with_a_date_stays_in_the_body(line):
    a = parse_text(f"标题在这里\n{line}\n随后双方各自发表声明，表示满意。\n")
    assert a.published_at is None
    assert [p.text for p in a.paragraphs][0] == line


def test_source_line_is_chrome_not_author():
    a = parse_text("某地发生地震\n来源：某某日报\n地震造成三人受伤，当地正在救援。\n")
    assert a.author is None
    assert "来源：某某日报" in [b.text for b in a.boilerplate]


def test_inline_chrome_in_a_run_on_dump():
    text = "标题甲乙丙\n\n文/小明在本周的会议上，各方讨论了预算问题。会议持续了三天。来源：某某晚报"
    a = parse_text(text)
    assert a.author == "小明"
    assert [b.text for b in a.boilerplate] == ["文/小明", "来源：某某晚报"]
    assert a.paragraphs[0].text == "在本周的会议上，各方讨论了预算问题。会议持续了三天。"


def test_reporter_and_editor_signoff():
    a = parse_text("标题甲乙丙\n\n市政府今天发布了新规定，将于下月实施。晨报记者 王五编辑 赵六")
    assert a.author == "王五"
    assert a.paragraphs[0].text == "市政府今天发布了新规定，将于下月实施。"


def test_leading_original_marker_is_not_the_title():
    a = parse_text("原创\n真正的标题在第二行\n\n正文说了一些事情，而且说得很详细。")
    assert a.title.text == "真正的标题在第二行"
    assert [b.text for b in a.boilerplate] == ["原创"]


def test_short_quote_line_is_not_a_subheading():
    text = "标题甲乙丙\n\n第一段很长很长的正文内容，讲述了事情的经过。\n“我们不会让步”\n第三段也很长很长的正文内容，讲述了后续。"
    assert parse_text(text).subheadings == []


def test_empty_and_chrome_only_inputs_are_refused():
    with pytest.raises(InputError, match="empty"):
        parse_text("   \n\n")
    with pytest.raises(InputError, match="chrome"):
        parse_text("0 阅读:0\n感谢大家的关注\n")


# --- sub-headings --------------------------------------------------------------------------------

PARAGRAPH = "两国外长周五在北京举行会谈，双方就双边关系和共同关心的国际问题深入交换了意见。"


def heads(*lines: str) -> list[str]:
    text = "\n".join(["两国外长举行会谈", "2025年4月19日 10:00", *lines])
    return [s.text for s in parse_text(text).subheadings]


def test_numbered_heads_on_their_own_lines_even_right_after_the_byline():
    assert heads("一、会谈谈了什么", PARAGRAPH, "二、接下来会怎样", PARAGRAPH) == ["一、会谈谈了什么", "二、接下来会怎样"]


def test_a_numbered_sentence_is_body_text():
    assert heads(PARAGRAPH, "（二）居民不得外出，确需外出的须持证明。", PARAGRAPH) == []


def test_a_run_of_short_numbered_lines_is_a_list_not_heads():
    assert heads(PARAGRAPH, "1、带好证件", "2、提前到场", "3、保持安静", PARAGRAPH) == []


def test_a_bracketed_head_on_its_own_line():
    assert heads(PARAGRAPH, "【会谈背景】", PARAGRAPH) == ["【会谈背景】"]


def test_a_bracketed_credit_is_not_a_head():
    assert heads("【文/观察者网 王明】", PARAGRAPH, PARAGRAPH) == []


@pytest.mark.parametrize("line", ["编辑：李四", "图片来源：网络", "记者 王明", "2025年4月18日"])
def test_credit_and_date_lines_between_paragraphs_are_not_heads(line):
    assert heads(PARAGRAPH, line, PARAGRAPH) == []


def test_a_reporters_question_in_a_transcript_is_body_not_a_byline_or_a_heading():
    text = ("外交部例行记者会\n\n外交部发言人毛宁主持例行记者会。\n\n记者：中方有何回应？\n\n"
            "毛宁：菲方的说法完全不符合事实。\n\n记者：美方如何看待？\n\n毛宁：我们敦促美方停止挑拨是非。\n")
    a = parse_text(text, source="t.txt")
    assert a.author is None and a.subheadings == []
    assert [p.text for p in a.paragraphs][1:3] == ["记者：中方有何回应？", "毛宁：菲方的说法完全不符合事实。"]


def test_a_reporters_byline_is_still_one():
    a = parse_text("标题在这里\n\n记者：王明\n\n双方周三在北京举行会谈，讨论了地区局势。\n", source="t.txt")
    assert a.author == "王明"
