"""Long articles (issue 19, item 2): time grows linearly with the text, a one-line text is body,
and the range index answers exactly what a scan of the whole document would."""
from __future__ import annotations

import time

import newsfacts
from newsfacts import index
from newsfacts.ingest.textdump import parse_text
from newsfacts.model import Span

SENTENCES = ["外交部发言人周一表示，中方欢迎俄罗斯和乌克兰继续对话。", "美国国务卿卢比奥周五在华盛顿说，谈判困难重重。",
             "据报道，以色列周四对加沙发动空袭，造成3人死亡。", "欧盟官员称，双方将在布鲁塞尔签署一项贸易协议，",
             "法国外长随后与德国同行通了电话！", "专家认为，这一局势或将出现转机？"]


def _one_line(chars: int) -> str:
    text = ""
    while len(text) < chars:
        text += "".join(SENTENCES)
    return text[:chars]


def _cpu_seconds(text: str) -> float:
    began = time.process_time()
    newsfacts.analyze_text(text, time_budget=0)
    return time.process_time() - began


def test_a_text_pasted_as_one_long_line_is_body_not_a_title():
    line = _one_line(400)
    article = parse_text(line)
    assert article.title is None
    assert [p.text for p in article.paragraphs] == [line]
    assert any("no title" in w for w in article.warnings)
    assert newsfacts.analyze_text(line).quotes  # a body: its statements are found


def test_time_grows_linearly_with_a_one_line_article():
    """Six times the text must cost about six times the CPU, not 36 times (the scans per heading
    clause over all tokens and entities made a 100 KB line take 40 s)."""
    newsfacts.analyze_text(_one_line(200))  # models loaded
    short = min(_cpu_seconds(_one_line(4_000)) for _ in range(2))
    long = _cpu_seconds(_one_line(24_000))
    assert long / short < 12, (short, long)


def test_range_lookups_match_a_scan_of_the_document():
    doc = newsfacts.analyze_text("会谈结束\n\n" + "".join(SENTENCES * 3))
    index.forget(doc)
    for start in range(0, len(doc.article.text), 7):
        end = start + 23
        assert index.tokens_in(doc, start, end) == sorted(
            [(s, t) for s, t in doc.tokens if start <= s.start and s.end <= end], key=lambda p: p[0].start)
        scanned = sorted(((m, e) for e in doc.entities for m in e.mentions if start <= m.start and m.end <= end),
                         key=lambda p: p[0].start)
        assert [(m, e.name) for m, e in index.mentions_in(doc, start, end)] == [(m, e.name) for m, e in scanned]
        span = Span(start, start + 2, doc.article.text[start:start + 2])
        covering = next((e for e in doc.entities for m in e.mentions
                         if m.start <= span.start and span.end <= m.end or span.start <= m.start and m.end <= span.end),
                        None)
        assert index.entity_covering(doc, span) is covering


def test_past_its_size_bound_an_article_is_analysed_in_part_and_says_so():
    head = "外交部发言人周一表示，中方欢迎双方继续对话。" * 50  # 1,100 characters, no country named
    tail = "法国外长随后与德国同行通了电话。" * 30
    text = "长文\n\n" + head + tail
    doc = newsfacts.analyze_text(text, full_chars=1_000, time_budget=0)
    out = doc.to_dict()
    cut = out["coverage"]["analysed_chars"]
    assert out["coverage"]["complete"] is False and out["coverage"]["total_chars"] == len(text)
    assert cut <= 1_000 and text[cut - 1] == "。"  # at a sentence end before the bound
    assert out["text"] == text  # the whole text stays in the output
    assert any(f"up to character {cut:,} of {len(text):,}" in w for w in out["warnings"])
    spans = [m for e in doc.entities for m in e.mentions] + [q.content for q in doc.quotes if q.content]
    assert spans and all(s.end <= cut for s in spans)
    after = {n["name"]: n["count"] for n in out["coverage"]["names_after"]}
    assert after["法国"] == after["德国"] == text.count("法国", cut)
    assert "法国" not in {e.name for e in doc.entities}


def test_an_article_within_its_size_bound_is_analysed_whole_without_a_coverage_note():
    text = "长文\n\n" + "法国外长随后与德国同行通了电话。" * 30
    for full_chars in (0, len(text)):
        out = newsfacts.analyze_text(text, full_chars=full_chars, time_budget=0).to_dict()
        assert "coverage" not in out
        assert {"法国", "德国"} <= {e["name"] for e in out["entities"]}
        assert not any("analysed in full" in w for w in out["warnings"])
