"""Reporter and editor credits in the body go to author and boilerplate, never into the paragraphs."""
from __future__ import annotations

import pytest

from newsfacts.ingest.html import parse_html
from newsfacts.ingest.textdump import parse_text


def _body(article) -> str:
    return "".join(p.text for p in article.paragraphs)


def _offsets_hold(article) -> None:
    for span in article.paragraphs + article.boilerplate:
        assert article.text[span.start:span.end] == span.text


@pytest.mark.parametrize("text, author, credit", [
    ("标题一则\n\n【文/观察者网林远航】当地时间3日，两国外长在日内瓦会面。双方谈了两个小时。",
     "林远航", "【文/观察者网林远航】"),
    ("标题一则\n\n新华社北京3月2日电（记者林远航、周晓）两国外长在日内瓦会面。双方谈了两个小时。",
     "林远航、周晓", "（记者林远航、周晓）"),
    ("标题一则\n\n中新网北京3月2日电（周晓）两国外长在日内瓦会面。双方谈了两个小时。", "周晓", "（周晓）"),
    ("标题一则\n\n本报记者周晓两国外长3日在日内瓦会面。双方谈了两个小时。", "周晓", "本报记者周晓"),
    ("标题一则\n\n两国外长3日在日内瓦会面。文|林远航德国总理当天也发表了讲话。", "林远航", "文|林远航"),
])
def test_reporter_credit_at_the_start(text, author, credit):
    article = parse_text(text)
    assert article.author == author
    assert credit in [b.text for b in article.boilerplate]
    assert credit not in _body(article)
    assert "日内瓦" in _body(article)
    _offsets_hold(article)


def test_closing_credit_run_keeps_reporters_not_editors():
    text = "标题一则\n\n两国外长3日在日内瓦会面。双方谈了两个小时。某某新闻记者林远航实习记者周晓责编吴天编辑郑川"
    article = parse_text(text)
    assert article.author == "林远航、周晓"
    assert "某某新闻记者林远航实习记者周晓责编吴天编辑郑川" in [b.text for b in article.boilerplate]
    assert _body(article).endswith("双方谈了两个小时。")
    _offsets_hold(article)


def test_closing_credit_bracket_with_two_names_written_together():
    text = ("标题一则\n\n两国外长3日在日内瓦会面。双方谈了两个小时。"
            "【环球时报驻瑞士特约记者林远航环球时报记者周晓宋琪】")
    article = parse_text(text)
    assert article.author == "林远航、周晓、宋琪"
    assert "记者" not in _body(article)


def test_labelled_reporter_after_the_last_sentence():
    article = parse_text("标题一则\n\n两国外长3日在日内瓦会面。双方谈了两个小时。记者：周晓")
    assert article.author == "周晓"
    assert "周晓" not in _body(article)


def test_reported_speech_of_a_reporter_stays_in_the_body():
    text = "标题一则\n\n两国外长3日在日内瓦会面。一位官员对记者表示，会谈很坦率。"
    article = parse_text(text)
    assert article.author is None
    assert "对记者表示" in _body(article)


def test_html_body_credits_are_cut_too():
    html = ("<html><head><title>标题一则</title></head><body><h1>标题一则</h1>"
            "<p>【文/观察者网林远航】当地时间3日，两国外长在日内瓦会面，双方谈了两个小时，讨论了停火和人道援助。</p>"
            "<p>双方同意下个月在同一地点再次会面，继续讨论尚未解决的问题。</p></body></html>")
    article = parse_html(html)
    assert article.author == "林远航"
    assert "观察者网林远航" not in _body(article)
    _offsets_hold(article)
