"""The command-line contract: formats, exit codes, stdin, and one-line errors for bad input."""
from __future__ import annotations

import io
import json
import os
import sys

import pytest

from newsfacts.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_has_the_gold_field_names(tmp_path, capsys, article_text):
    path = tmp_path / "a.txt"
    path.write_text(article_text, encoding="utf-8")
    code, out, _ = run(capsys, "analyze", str(path), "--format", "json")
    record = json.loads(out)
    assert code == 0
    for key in ("id", "title", "author", "published_at", "subheadings", "boilerplate",
                "entities", "quotes", "events", "headlines", "clickbait"):
        assert key in record
    assert record["id"] == "a"
    assert record["published_at"] == "2025-03-07T21:30:00+08:00"
    assert isinstance(record["quotes"], list) and isinstance(record["events"], list)


def test_published_at_option_wins(tmp_path, capsys, article_text):
    path = tmp_path / "a.txt"
    path.write_text(article_text, encoding="utf-8")
    _, out, _ = run(capsys, "analyze", str(path), "--format", "json", "--published-at", "2025-03-08T09:00:00")
    assert json.loads(out)["published_at"] == "2025-03-08T09:00:00+08:00"


def test_text_report_shows_headline_and_entities(tmp_path, capsys, article_text):
    path = tmp_path / "a.txt"
    path.write_text(article_text, encoding="utf-8")
    code, out, _ = run(capsys, "analyze", str(path))
    assert code == 0
    assert "两国外长深夜通话" in out and "王毅" in out and "法方为何改变态度" in out


def test_stdin_input(monkeypatch, capsys, article_text):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(article_text.encode("utf-8"))))
    code, out, _ = run(capsys, "analyze", "-", "--format", "jsonl")
    assert code == 0
    assert json.loads(out.splitlines()[0])["title"].startswith("突发")


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty input"),
    ("blank.txt", b"  \n\n ", "empty input"),
    ("binary.bin", bytes(range(256)) * 20, "binary"),
    ("latin.txt", b"\xff\xfe\xfa abc \x80\x81 \xc3\x28 " * 40, "cannot decode"),
    ("broken.json", b'{"id": "x", "text": ', "malformed JSON"),
    ("fields.json", b'{"id": "x", "body_html": 3}', "has no `text`"),
])
def test_bad_input_gives_one_line_error_and_nonzero_exit(tmp_path, capsys, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run(capsys, "analyze", str(path))
    assert code == 1
    assert out == ""
    assert reason in err and name in err
    assert "Traceback" not in err


def test_too_large_input_is_refused_without_reading_it(tmp_path, capsys):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    code, _, err = run(capsys, "analyze", str(path))
    assert code == 1 and "too large" in err


def test_missing_file(capsys):
    code, _, err = run(capsys, "analyze", "/nonexistent/x.txt")
    assert code == 1 and "no such file" in err


def test_batch_keeps_good_inputs_and_lists_failures(tmp_path, capsys, article_text):
    (tmp_path / "good.txt").write_text(article_text, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    lines = [json.dumps({"id": "r1", "text": article_text}, ensure_ascii=False), "{oops", json.dumps({"id": "r3"})]
    (tmp_path / "records.jsonl").write_text("\n".join(lines), encoding="utf-8")
    code, out, err = run(capsys, "analyze", str(tmp_path), "--format", "jsonl")
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert code == 0
    assert sorted(ids) == ["good", "r1"]
    assert "empty.txt: empty input" in err
    assert "records.jsonl:2: malformed JSON line" in err
    assert "records.jsonl:3 (id r3)" in err
    assert "2 analysed, 3 failed" in err


def test_gbk_and_big5_files_decode(tmp_path, capsys):
    (tmp_path / "gbk.txt").write_bytes("外交部表态\n\n外交部发言人周五表示，中方欢迎各方继续对话。".encode("gbk"))
    (tmp_path / "big5.txt").write_bytes("國務卿發言\n\n美國國務卿盧比歐週五表示，華盛頓希望看到進展。".encode("big5"))
    code, out, _ = run(capsys, "analyze", str(tmp_path / "gbk.txt"), str(tmp_path / "big5.txt"), "--format", "jsonl")
    titles = [json.loads(line)["title"] for line in out.splitlines()]
    assert code == 0 and titles == ["外交部表态", "國務卿發言"]


def test_record_date_wins_over_text_date(tmp_path, capsys, article_text):
    record = {"id": "r", "text": article_text, "published_at": "2025-03-09T08:00:00+08:00"}
    (tmp_path / "r.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    _, out, _ = run(capsys, "analyze", str(tmp_path / "r.json"), "--format", "json")
    assert json.loads(out)["published_at"] == "2025-03-09T08:00:00+08:00"


def test_title_and_content_records_like_sohu(tmp_path, capsys):
    record = {"id": "s1", "title": "某市召开会议", "content": "市长张三在会上表示，要做好各项工作。", "date": "3 Jan 2022",
              "link": "http://example.com/a"}
    (tmp_path / "s.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    _, out, _ = run(capsys, "analyze", str(tmp_path / "s.jsonl"), "--format", "json")
    result = json.loads(out)
    assert result["title"] == "某市召开会议"
    assert result["published_at"].startswith("2022-01-03")
    assert result["url"] == "http://example.com/a"


def test_bad_published_at_option(tmp_path, capsys, article_text):
    (tmp_path / "a.txt").write_text(article_text, encoding="utf-8")
    code, _, err = run(capsys, "analyze", str(tmp_path / "a.txt"), "--published-at", "yesterday-ish")
    assert code == 1 and "not a date" in err


def test_declared_latin_charset_does_not_turn_gbk_into_mojibake():
    from newsfacts.ingest.encoding import decode_bytes

    assert decode_bytes("<p>中文测试的内容</p>".encode("gbk"), declared="iso-8859-1") == "<p>中文测试的内容</p>"


def test_one_cut_character_does_not_make_a_page_unreadable():
    from newsfacts.ingest.encoding import decode_bytes

    data = "这是测试的句子，外交部发言人表示欢迎。".encode("gbk") * 60
    text = decode_bytes(data[:-1] + b"\xff tail")
    assert text.startswith("这是测试的句子") and text.count("\ufffd") <= 2


def test_evaluate_rejects_unknown_tasks_in_one_line(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "g", "text": "标题甲乙\\n\\n正文内容写在这里。"}\n', encoding="utf-8")
    code, _, err = run(capsys, "evaluate", str(gold), "--only", "bogus")
    assert code == 1 and "unknown tasks bogus" in err and "Traceback" not in err


# --- issue 19: hostile and awkward inputs --------------------------------------------------------

@pytest.mark.parametrize("value", ["Jan 3, 2022", "03-Jan-2022", "January 3, 2022 08:15"])
def test_english_record_dates_in_either_order_are_read(tmp_path, capsys, value):
    record = {"id": "s2", "title": "某市召开会议", "content": "市长张三在会上表示，要做好各项工作。", "date": value}
    (tmp_path / "s.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    _, out, err = run(capsys, "analyze", str(tmp_path / "s.jsonl"), "--format", "json")
    assert json.loads(out)["published_at"].startswith("2022-01-0")
    assert "unreadable" not in out + err


def test_a_lone_surrogate_fails_its_record_only(tmp_path, capsys):
    good = {"id": "ok", "text": "会议召开\n\n市长张三在会上表示，要做好各项工作。"}
    lines = [json.dumps(good, ensure_ascii=False), '{"id": "bad", "text": "会议召开\\n\\n美国\\ud800表示欢迎。"}',
             json.dumps(dict(good, id="ok2"), ensure_ascii=False)]
    (tmp_path / "r.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "analyze", str(tmp_path / "r.jsonl"), "--format", "jsonl")
    assert code == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["ok", "ok2"]
    assert "r.jsonl:2 (id bad): text is not valid Unicode: lone surrogate U+D800" in err
    assert "1 failed" in err and "Traceback" not in err


@pytest.mark.parametrize("make, reason", [
    (lambda p: os.mkfifo(p), "named pipe"),
    (lambda p: os.symlink("/dev/zero", p), "character device (behind a symbolic link)"),
    (lambda p: os.symlink(p.parent / "missing.txt", p), "dangling symbolic link"),
    (lambda p: os.symlink(p, p), "symbolic link loop"),
])
def test_inputs_that_are_not_regular_files_are_refused_unopened(tmp_path, capsys, article_text, make, reason):
    (tmp_path / "good.txt").write_text(article_text, encoding="utf-8")
    odd = tmp_path / "odd.txt"
    make(odd)
    code, _, err = run(capsys, "analyze", str(odd))  # would block forever if the pipe or device were opened
    assert code == 1 and reason in err
    code, out, err = run(capsys, "analyze", str(tmp_path), "--format", "jsonl")  # inside a directory: listed
    assert code == 0 and len(out.splitlines()) == 1
    assert f"odd.txt: not a regular file" in err or reason in err
    assert "1 analysed, 1 failed" in err


def test_output_is_written_article_by_article(tmp_path, capsys, monkeypatch, article_text):
    """Ctrl-C during the third article keeps the two finished ones (and valid JSON)."""
    from newsfacts import batch

    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(article_text, encoding="utf-8")
    real = batch.analyze_article

    def interrupted(article, options):
        if article.id == "c":
            raise KeyboardInterrupt
        return real(article, options)

    monkeypatch.setattr(batch, "analyze_article", interrupted)
    code, out, err = run(capsys, "analyze", str(tmp_path), "--format", "json")
    assert code == 130 and "interrupted" in err
    assert [record["id"] for record in json.loads(out)] == ["a", "b"]


def test_json_output_of_one_and_of_several_articles(tmp_path, capsys, article_text):
    (tmp_path / "a.txt").write_text(article_text, encoding="utf-8")
    _, one, _ = run(capsys, "analyze", str(tmp_path / "a.txt"), "--format", "json")
    assert json.loads(one)["id"] == "a"
    (tmp_path / "b.txt").write_text(article_text, encoding="utf-8")
    _, several, _ = run(capsys, "analyze", str(tmp_path), "--format", "json")
    records = json.loads(several)
    assert [r["id"] for r in records] == ["a", "b"]
    assert several == json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def test_an_article_over_the_time_budget_fails_alone(tmp_path, capsys, monkeypatch, article_text):
    import time as clock

    from newsfacts import pipeline

    for name in ("a", "slow"):
        (tmp_path / f"{name}.txt").write_text(article_text, encoding="utf-8")
    stages = list(pipeline.STAGES)

    def crawl(doc, options):
        if doc.article.id == "slow":
            clock.sleep(5)  # interrupted by the budget's timer long before it ends
        return doc

    pipeline.analyze_text(article_text)  # the models load outside the budget measured below
    monkeypatch.setattr(pipeline, "STAGES", stages[:2] + [("crawl", crawl)] + stages[2:])
    began = clock.monotonic()
    code, out, err = run(capsys, "analyze", str(tmp_path), "--format", "jsonl", "--time-budget", "0.5")
    assert code == 0 and [json.loads(line)["id"] for line in out.splitlines()] == ["a"]
    assert "slow.txt: stopped after 0.5 s in the crawl stage" in err
    assert clock.monotonic() - began < 4.5


def test_tag_refuses_a_pipe_before_opening_it(tmp_path, capsys):
    fifo = tmp_path / "lines"
    os.mkfifo(fifo)
    code, _, err = run(capsys, "tag", str(fifo))
    assert code == 1 and "named pipe" in err
