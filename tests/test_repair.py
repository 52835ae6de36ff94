"""Plain-text repairs before layout (newsfacts/ingest/repair.py): hard-wrapped lines joined, spaces
after Chinese commas removed. Texts written for these tests."""
from __future__ import annotations

import newsfacts
from newsfacts.ingest import parse_text
from newsfacts.ingest.repair import tighten, unwrap

PARAGRAPH = ("欧盟外交与安全政策高级代表卡拉斯周二在布鲁塞尔表示，欧盟将在下个月公布新一轮对俄制裁方案，"
             "其中包括限制能源出口和冻结更多资产的措施。她说，各成员国已经就主要内容达成一致，"
             "但仍需讨论如何保障中东欧国家的能源供应。匈牙利外长西雅尔多随后回应称，匈方不会支持"
             "任何危及本国能源安全的制裁措施，并呼吁欧盟与俄罗斯恢复对话。")


def _wrapped(text: str, width: int) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def test_a_hard_wrapped_paragraph_is_joined_back():
    text = "欧盟酝酿新一轮对俄制裁\n\n" + _wrapped(PARAGRAPH, 30) + "\n\n编辑：张三"
    joined, count = unwrap(text)
    assert PARAGRAPH in joined
    assert count == len(PARAGRAPH) // 30
    assert joined.startswith("欧盟酝酿新一轮对俄制裁\n\n") and joined.endswith("\n\n编辑：张三")


def test_paragraphs_of_ordinary_text_are_not_joined():
    text = "标题\n\n" + PARAGRAPH + "\n\n" + PARAGRAPH[:50] + "。\n\n" + PARAGRAPH[:80] + "。"
    assert unwrap(text) == (text, 0)


def test_an_indented_line_opens_a_new_paragraph_even_after_a_full_line():
    lines = _wrapped(PARAGRAPH, 30).split("\n")
    lines[3] = "　　" + lines[3]
    joined, _ = unwrap("标题\n\n" + "\n".join(lines))
    assert "\n　　" in joined


def test_a_wrapped_article_is_analysed_like_the_unwrapped_one():
    wrapped = "欧盟酝酿新一轮对俄制裁\n\n" + _wrapped(PARAGRAPH, 24)
    plain = "欧盟酝酿新一轮对俄制裁\n\n" + PARAGRAPH
    a = newsfacts.analyze_text(wrapped, published_at="2025-06-12T09:00:00").to_dict()
    b = newsfacts.analyze_text(plain, published_at="2025-06-12T09:00:00").to_dict()
    assert [(q["speaker"], q["content"]) for q in a["quotes"]] == [(q["speaker"], q["content"]) for q in b["quotes"]]
    assert len(a["quotes"]) >= 2
    assert any("hard-wrapped" in w for w in a["warnings"])


def test_spaces_after_commas_are_removed_but_not_after_sentence_ends():
    text, count = tighten("他表示， 美方将加征关税；  欧方回应称： 不接受。 二、下一步")
    assert text == "他表示，美方将加征关税；欧方回应称：不接受。 二、下一步"
    assert count == 3


def test_a_line_break_after_a_comma_is_kept():
    assert tighten("他表示，\n美方将加征关税。") == ("他表示，\n美方将加征关税。", 0)


def test_parse_text_reports_its_repairs():
    article = parse_text("标题\n\n他表示， 美方将在下周宣布新的关税措施，并与盟友协调立场。")
    assert "他表示，美方" in article.text
    assert any("spaces after Chinese punctuation" in w for w in article.warnings)
