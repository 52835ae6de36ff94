"""The ingest's writer: many whole articles per transaction, committed by count, by time and on
close; a crash before a commit loses whole articles only; an article the database refuses fails
alone while the rest of its batch is kept."""
from __future__ import annotations

import pytest
from test_corpus_helpers import FOLLOW_UP, ORIGINAL, PHONES, corpus_db  # noqa: F401  (corpus_db is a fixture)

sa = pytest.importorskip("sqlalchemy")

from newsfacts.corpus import fulltext  # noqa: E402
from newsfacts.corpus.payload import build, content_hash  # noqa: E402
from newsfacts.corpus.store import articles, counts, failures, open_store  # noqa: E402
from newsfacts.corpus.writer import Writer  # noqa: E402
from newsfacts.ingest import Failure, article_from_string  # noqa: E402
from newsfacts.model import Options  # noqa: E402
from newsfacts.pipeline import analyze_article  # noqa: E402


def _payload(text: str, source: str) -> dict:
    article = article_from_string(text, source, Options())
    article.id = source
    return build(analyze_article(article, Options()), content_hash(article))


@pytest.fixture(scope="module")
def payloads() -> list[dict]:
    return [_payload(ORIGINAL, "/in/a.txt"), _payload(FOLLOW_UP, "/in/b.txt"), _payload(PHONES, "/in/c.txt")]


def _stored_ids(store) -> list[str]:
    with store.engine.connect() as conn:
        return sorted(conn.execute(sa.select(articles.c.id)).scalars())


def test_a_batch_is_invisible_until_committed_and_whole_after(corpus_db, payloads):
    store = open_store(corpus_db)
    writer = Writer(store, every=10, seconds=3600)
    assert [writer.article(p)[0] for p in payloads[:2]] == ["stored", "stored"]
    assert writer.has(payloads[0]["article"]["content_hash"])  # the writer sees its own batch
    assert _stored_ids(store) == []  # others do not, yet
    writer.close()
    assert _stored_ids(store) == ["/in/a.txt", "/in/b.txt"]
    numbers = counts(store)
    assert numbers["quotes"] >= 1 and numbers["entities"] >= 3
    store.dispose()


def test_it_commits_every_n_articles(corpus_db, payloads):
    store = open_store(corpus_db)
    writer = Writer(store, every=2, seconds=3600)
    for p in payloads:
        writer.article(p)
    assert _stored_ids(store) == ["/in/a.txt", "/in/b.txt"]  # the third waits for the next commit
    writer.close()
    assert len(_stored_ids(store)) == 3
    store.dispose()


def test_a_crash_before_the_commit_loses_whole_articles_and_a_rerun_stores_them(corpus_db, payloads):
    store = open_store(corpus_db)
    writer = Writer(store, every=10, seconds=3600)
    for p in payloads:
        writer.article(p)
    writer._conn.invalidate()  # the process dies: its connection goes without a commit
    writer._conn = None
    assert counts(store)["articles"] == counts(store)["entities"] == counts(store)["quotes"] == 0
    with Writer(store) as again:
        assert [again.article(p)[0] for p in payloads] == ["stored"] * 3
    assert len(_stored_ids(store)) == 3
    store.dispose()


def test_a_refused_article_fails_alone_and_its_batch_is_kept(corpus_db, payloads, monkeypatch):
    store = open_store(corpus_db)
    real_index = fulltext.index

    def refuse_the_second(conn, dialect, pk, search):
        if "罗马" in search["title"]:  # the follow-up: refused after its article and child rows went in
            raise ValueError("value out of range")
        real_index(conn, dialect, pk, search)

    monkeypatch.setattr(fulltext, "index", refuse_the_second)
    with Writer(store, every=10, seconds=3600) as writer:
        outcomes = [writer.article(p) for p in payloads]
    assert [kind for kind, _ in outcomes] == ["stored", "failed", "stored"]
    assert isinstance(outcomes[1][1], Failure) and "store failed: ValueError" in outcomes[1][1].reason
    assert _stored_ids(store) == ["/in/a.txt", "/in/c.txt"]
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(failures.c.source)).scalars().all() == ["/in/b.txt"]
        orphans = conn.scalar(sa.text("SELECT count(*) FROM quotes WHERE article_pk NOT IN (SELECT pk FROM articles)"))
    assert orphans == 0
    monkeypatch.undo()
    with Writer(store) as writer:  # fixed: stored, and its failure row goes
        assert writer.article(payloads[1])[0] == "stored"
    assert counts(store)["failures"] == 0
    store.dispose()


def test_an_interrupted_batch_keeps_the_articles_finished_before_the_interrupt(corpus_db, payloads):
    store = open_store(corpus_db)
    with pytest.raises(KeyboardInterrupt):
        with Writer(store, every=10, seconds=3600) as writer:
            writer.article(payloads[0])
            raise KeyboardInterrupt
    assert _stored_ids(store) == ["/in/a.txt"]
    store.dispose()


def test_an_article_another_ingest_stored_first_is_unchanged_not_failed(corpus_db, payloads, monkeypatch):
    """Two ingests into one corpus race on the same article: the loser's insert is refused by the
    unique content hash after the winner committed; that is the article already stored, not a failure."""
    from newsfacts.corpus import writer as writer_module

    from newsfacts.corpus.store import write_article

    store = open_store(corpus_db)
    real = writer_module.store_article

    def lose_the_race(conn, dialect, payload, may_have_failed=True):
        assert write_article(store, payload) == "stored"  # the other ingest commits the same article first
        raise sa.exc.IntegrityError("INSERT INTO articles …" + "x" * 2000, {"text": "…"},
                                    Exception("UNIQUE constraint failed: articles.content_hash"))

    monkeypatch.setattr(writer_module, "store_article", lose_the_race)
    loser = Writer(store)
    assert loser.article(payloads[0]) == ("unchanged", None)
    monkeypatch.setattr(writer_module, "store_article", real)
    loser.close()
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(failures)).scalar() == 0
    assert _stored_ids(store) == ["/in/a.txt"]
    store.dispose()


def test_a_refusal_reason_is_one_short_line_without_the_statement():
    from newsfacts.corpus.writer import refusal

    err = sa.exc.IntegrityError("INSERT INTO articles (text) VALUES (?)", ("正文" * 1000,),
                                Exception("NOT NULL constraint failed: articles.title"))
    reason = refusal(err)
    assert reason == "Exception: NOT NULL constraint failed: articles.title"
    assert "INSERT" not in reason and "正文" not in reason
