"""The corpus store: migrations give the schema of store.metadata, an article is written whole or
not at all, a changed article replaces its old version, and failures keep one row per input."""
from __future__ import annotations

import pytest
from test_corpus_helpers import ORIGINAL, corpus_db  # noqa: F401  (corpus_db is a fixture)

sa = pytest.importorskip("sqlalchemy")

from newsfacts.corpus import store as corpus_store  # noqa: E402
from newsfacts.corpus.migrations import steps  # noqa: E402
from newsfacts.corpus.payload import build, content_hash  # noqa: E402
from newsfacts.corpus.store import (articles, counts, database_url, failures, open_store, quotes,  # noqa: E402
                                    record_failure, write_article)
from newsfacts.ingest import article_from_string  # noqa: E402
from newsfacts.model import Options  # noqa: E402
from newsfacts.pipeline import analyze_article  # noqa: E402


def _payload(text: str, source: str = "/in/a.txt") -> dict:
    article = article_from_string(text, source, Options())
    article.id = "a"
    doc = analyze_article(article, Options())
    return build(doc, content_hash(article))


def test_a_path_is_sqlite_and_a_postgres_url_gets_psycopg():
    assert database_url("corpus.db").startswith("sqlite:////")
    assert database_url("postgresql://u:p@127.0.0.1/db") == "postgresql+psycopg://u:p@127.0.0.1/db"
    assert database_url("sqlite:///x.db") == "sqlite:///x.db"


def test_a_missing_corpus_is_an_error_when_reading(tmp_path):
    with pytest.raises(corpus_store.CorpusError, match="no corpus here"):
        open_store(str(tmp_path / "absent.db"), create=False)


def test_migrated_schema_has_every_table_and_column_of_the_metadata(corpus_db):
    store = open_store(corpus_db)
    inspector = sa.inspect(store.engine)
    for table in corpus_store.metadata.sorted_tables:
        assert {c["name"] for c in inspector.get_columns(table.name)} == {c.name for c in table.columns}
    with store.engine.connect() as conn:
        assert conn.scalar(sa.select(sa.func.max(corpus_store.schema_version.c.version))) == steps()[-1][0]
    open_store(corpus_db)  # a second open finds the schema current and changes nothing
    store.dispose()


def test_an_older_corpus_runs_only_the_steps_after_its_version(tmp_path, monkeypatch):
    from newsfacts.corpus import migrations

    db = str(tmp_path / "old.db")
    open_store(db).dispose()  # created at the latest version
    ran = []
    latest = steps()[-1][0]
    extra = [(latest + 1, "add_note", lambda conn, dialect: ran.append(("add_note", dialect)))]
    monkeypatch.setattr(migrations, "steps", lambda: steps() + extra)
    store = open_store(db)
    assert ran == [("add_note", "sqlite")]
    open_store(db).dispose()
    assert len(ran) == 1  # already at that version: nothing runs again
    store.dispose()


def test_an_article_is_stored_with_its_rows_and_skipped_when_unchanged(corpus_db):
    store = open_store(corpus_db)
    payload = _payload(ORIGINAL)
    assert write_article(store, payload) == "stored"
    assert write_article(store, payload) == "unchanged"
    numbers = counts(store)
    assert numbers["articles"] == 1 and numbers["quotes"] >= 1 and numbers["entities"] >= 3
    store.dispose()


def test_a_changed_version_of_the_same_input_replaces_the_old(corpus_db):
    store = open_store(corpus_db)
    write_article(store, _payload(ORIGINAL))
    assert write_article(store, _payload(ORIGINAL.replace("周六", "周日"))) == "replaced"
    with store.engine.connect() as conn:
        assert conn.scalar(sa.select(sa.func.count()).select_from(articles)) == 1
        assert "周日" in conn.scalar(sa.select(articles.c.body))
    store.dispose()


def test_a_crash_inside_the_write_leaves_no_half_article(corpus_db, monkeypatch):
    store = open_store(corpus_db)
    payload = _payload(ORIGINAL)
    from newsfacts.corpus import fulltext

    def crash(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(fulltext, "index", crash)  # after the article, entity and quote rows went in
    with pytest.raises(RuntimeError):
        write_article(store, payload)
    numbers = counts(store)
    assert numbers["articles"] == 0 and numbers["entities"] == 0 and numbers["quotes"] == 0
    monkeypatch.undo()
    assert write_article(store, payload) == "stored"
    store.dispose()


def test_a_failure_keeps_one_row_per_input_and_goes_when_the_input_is_stored(corpus_db):
    store = open_store(corpus_db)
    record_failure(store, "/in/a.txt", "empty input")
    record_failure(store, "/in/a.txt", "analysis failed: boom")
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(failures.c.source, failures.c.reason)).all() == [("/in/a.txt", "analysis failed: boom")]
    write_article(store, _payload(ORIGINAL, "/in/a.txt"))
    assert counts(store)["failures"] == 0
    with store.engine.connect() as conn:
        assert conn.scalar(sa.select(sa.func.count()).select_from(quotes)) >= 1
    store.dispose()


def test_migration_2_recomputes_old_signatures_so_new_rewrites_still_match(corpus_db):
    from test_corpus_helpers import REWRITE_ADDED

    from newsfacts.corpus import dedup
    from newsfacts.corpus.store import lsh_buckets, minhashes, schema_version

    store = open_store(corpus_db)
    write_article(store, _payload(ORIGINAL, "/in/a.txt"))
    with store.engine.begin() as conn:  # as a version-1 corpus left it: signatures of another hash
        conn.execute(sa.update(minhashes).values(signature=bytes(4 * dedup.NUM_PERM)))
        conn.execute(sa.update(lsh_buckets).values(bucket=lsh_buckets.c.bucket + 1))
        conn.execute(sa.update(schema_version).values(version=1, name="initial"))
    store.dispose()
    store = open_store(corpus_db)
    payload = _payload(ORIGINAL, "/in/a.txt")
    with store.engine.connect() as conn:
        assert conn.scalar(sa.select(minhashes.c.signature)) == payload["signature"]
        assert sorted(conn.execute(sa.select(lsh_buckets.c.bucket)).scalars()) == sorted(set(payload["buckets"]))
    write_article(store, _payload(REWRITE_ADDED, "/in/b.txt"))
    with store.engine.connect() as conn:
        groups = conn.execute(sa.select(articles.c.dup_group)).scalars().all()
    assert len(groups) == 2 and groups[0] is not None and groups[0] == groups[1]
    store.dispose()
