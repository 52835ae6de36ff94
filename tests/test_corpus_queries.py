"""Queries over the corpus: quotes by speaker since a date, events by actor and type, full-text
search over Chinese text (any substring, traditional or simplified), export, and Datasette."""
from __future__ import annotations

import asyncio
import csv
import json

import pytest
from test_corpus_helpers import story_corpus  # noqa: F401  (a fixture)

sa = pytest.importorskip("sqlalchemy")

from newsfacts.cli import main  # noqa: E402
from newsfacts.corpus import fulltext, queries  # noqa: E402
from newsfacts.corpus.export import export  # noqa: E402


def test_bigram_terms_and_the_query_that_finds_any_substring():
    assert fulltext.terms("美伊会谈, Iran talks 2025") == "美伊 伊会 会谈 谈 iran talks 2025"
    assert fulltext.match_expression(["伊会谈"], "sqlite") == '"伊会 会谈"'
    assert fulltext.match_expression(["谈", "iran"], "sqlite") == '"谈"* AND "iran"'
    assert fulltext.match_expression(["伊会谈"], "postgresql") == "('伊会' <-> '会谈')"


def test_quotes_by_speaker_since_a_date(story_corpus):
    found = queries.quotes(story_corpus, "阿拉格齐")
    assert found and all("阿拉格齐" in (q["speaker"] or "") or q["speaker_canonical"] == "Abbas Araghchi" for q in found)
    assert {q["article_id"] for q in found} >= {"original", "follow_up"}
    assert queries.quotes(story_corpus, "Araghchi") == found  # the canonical name finds the same
    later = queries.quotes(story_corpus, "阿拉格齐", since="2025-04-15")
    assert later and {q["article_id"] for q in later} == {"follow_up"}


def test_events_by_actor_code_and_type(story_corpus):
    found = queries.events(story_corpus, "IRN")
    assert found and all("IRN" in (e["source"], e["target"]) for e in found)
    consults = queries.events(story_corpus, "irn", type="consult")
    assert consults and {e["type"] for e in consults} == {"CONSULT"}
    assert queries.events(story_corpus, "CAN", type="CONSULT") == []


def test_search_finds_chinese_substrings_in_titles_and_bodies(story_corpus):
    assert {r["id"] for r in queries.search(story_corpus, "间接会谈")} >= {"original", "follow_up"}
    hits = queries.search(story_corpus, "折叠屏")
    assert [r["id"] for r in hits] == ["phones"] and "【折叠屏】" in hits[0]["snippet"]
    assert [r["id"] for r in queries.search(story_corpus, "沙塵天氣")] == ["dust"]  # traditional finds simplified
    assert [r["id"] for r in queries.search(story_corpus, "渥")] == ["tariffs"]  # one character
    assert {r["id"] for r in queries.search(story_corpus, "罗马 阿曼")} == {"follow_up"}  # every part must occur
    assert queries.search(story_corpus, "会谈结束后") == []
    assert queries.search(story_corpus, "，。") == []


@pytest.mark.parametrize("table", ["articles", "entities", "quotes", "events", "headlines"])
def test_export_writes_every_table_in_every_format(story_corpus, tmp_path, table):
    pq = pytest.importorskip("pyarrow.parquet")
    n = export(story_corpus, table, "jsonl", tmp_path / "t.jsonl")
    rows = [json.loads(line) for line in (tmp_path / "t.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == n
    if table == "articles":
        assert n == 7 and {"id", "title", "published_at", "story_id", "duplicate_of"} <= set(rows[0])
        assert "record" not in rows[0]
    elif n:
        assert "article_id" in rows[0]
    assert export(story_corpus, table, "csv", tmp_path / "t.csv") == n
    with open(tmp_path / "t.csv", encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == n
    assert export(story_corpus, table, "parquet", tmp_path / "t.parquet") == n
    assert pq.read_table(tmp_path / "t.parquet").num_rows == n


def test_export_names_a_table_that_does_not_exist(story_corpus, tmp_path):
    from newsfacts.corpus.store import CorpusError

    with pytest.raises(CorpusError, match="no such table"):
        export(story_corpus, "people", "csv", tmp_path / "x.csv")


def _sqlite_path(store) -> str:
    if store.dialect != "sqlite":
        pytest.skip("these commands are shown on the SQLite corpus")
    return store.url[len("sqlite:///"):]


def test_the_query_commands_print_one_line_per_result(story_corpus, capsys):
    db = _sqlite_path(story_corpus)
    assert main(["quotes", "--speaker", "阿拉格齐", "--since", "2025-04-15", "--db", db]) == 0
    assert "Abbas Araghchi" in capsys.readouterr().out
    assert main(["events", "--actor", "IRN", "--type", "CONSULT", "--db", db, "--json"]) == 0
    assert all(json.loads(line)["type"] == "CONSULT" for line in capsys.readouterr().out.splitlines())
    assert main(["stories", "--db", db]) == 0
    story = int(capsys.readouterr().out.split(":")[0].split()[1])
    assert main(["timeline", str(story), "--db", db]) == 0
    assert "2025-04-19" in capsys.readouterr().out
    assert main(["search", "折叠屏", "--db", db]) == 0
    assert "【折叠屏】" in capsys.readouterr().out
    assert main(["search", "不存在的词语", "--db", db]) == 1
    assert main(["search", "不存在的词语", "--db", db, "--json"]) == 1  # as documented: no match is 1
    capsys.readouterr()


def test_query_patterns_are_literal_and_bounded(story_corpus, capsys):
    db = _sqlite_path(story_corpus)
    assert main(["quotes", "--speaker", "%", "--db", db]) == 1  # a percent sign, not "anything"
    assert main(["quotes", "--speaker", "阿拉格_", "--db", db]) == 1
    capsys.readouterr()
    assert main(["quotes", "--speaker", "阿" * 100_000, "--db", db]) == 1
    err = capsys.readouterr().err
    assert "longer than 200 characters" in err and "Traceback" not in err and len(err.splitlines()) == 1


def test_a_query_on_a_missing_corpus_is_a_one_line_error(tmp_path, capsys):
    assert main(["stories", "--db", str(tmp_path / "none.db")]) == 1
    assert "no corpus here" in capsys.readouterr().err


def test_datasette_serves_the_corpus_with_facets(story_corpus):
    pytest.importorskip("datasette")
    from datasette.app import Datasette

    from newsfacts.corpus.browse import command, metadata

    db = _sqlite_path(story_corpus)
    meta = metadata(db)
    assert "--metadata" in command(db, metadata_path="m.json")

    async def fetch():
        app = Datasette([db], metadata=meta)
        response = await app.client.get("/corpus/events.json?_shape=objects")
        tables = await app.client.get("/corpus.json")
        return response.json(), tables.json()

    events, database = asyncio.run(fetch())
    assert events["rows"] and {"type", "source", "target"} <= set(events["facet_results"])
    hidden = {t["name"] for t in database["tables"] if t["hidden"]}
    assert {"lsh_buckets", "minhashes", "article_search"} <= hidden
