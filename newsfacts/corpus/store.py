"""The corpus database: its schema (schema.py, re-exported here), an engine for a SQLite path or a PostgreSQL
URL, and the writes of an analysed article (whole or not at all) or of a failed input."""
from __future__ import annotations

import os
from typing import Any

import sqlalchemy as sa

from ..errors import InputError
from .schema import (CHILD_TABLES, EXPORT_TABLES, Store, articles, entities, events, failures,  # noqa: F401
                     headlines, insert_rows, lsh_buckets, metadata, minhashes, quotes, schema_version, stories, utcnow)

class CorpusError(InputError):
    """A corpus that cannot be opened or queried: names the database and the reason."""


def database_url(path_or_url: str) -> str:
    """A SQLAlchemy URL for a SQLite path or a database URL (postgresql:// gets psycopg 3)."""
    if "://" not in path_or_url:
        return "sqlite:///" + os.path.abspath(path_or_url)
    if path_or_url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + path_or_url.split("://", 1)[1]
    return path_or_url


def open_store(path_or_url: str, migrate: bool = True, create: bool = True) -> Store:
    """Open (and create or upgrade, unless migrate=False) the corpus at a path or URL; with
    create=False a missing SQLite file is an error instead of a new empty corpus."""
    url = database_url(path_or_url)
    if not create and url.startswith("sqlite:///") and not os.path.exists(url[len("sqlite:///"):]):
        raise CorpusError(path_or_url, "no corpus here (create one with `newsfacts ingest INPUT... --db PATH`)")
    try:
        engine = sa.create_engine(url, **_engine_options(url))
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, ImportError) as err:
        raise CorpusError(path_or_url, f"not a usable database URL: {err}") from None
    if engine.dialect.name not in ("sqlite", "postgresql"):
        raise CorpusError(path_or_url, f"unsupported database {engine.dialect.name!r}: use a SQLite path or a PostgreSQL URL")
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    store = Store(engine, url)
    if migrate:
        from .migrations import upgrade

        try:
            upgrade(store)
        except sa.exc.OperationalError as err:
            raise CorpusError(_safe(url), f"cannot open database: {err.orig}") from None
    return store


def _engine_options(url: str) -> dict:
    if url.startswith("sqlite"):
        return {"connect_args": {"timeout": 60}}
    return {"pool_pre_ping": True}


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets workers read while the writer commits; synchronous=NORMAL keeps every commit atomic
    # (a crash loses at most the last commits, never half of one) without an fsync per commit.
    # A checkpoint (WAL pages copied into the database, with an fsync) every 10,000 pages instead
    # of SQLite's 1,000 copies a page that many commits touched (an index's upper levels, the
    # full-text segments) once instead of many times: on a 10,000-article corpus it cut the
    # write by about a millisecond per article (docs/corpus.md). The WAL file is truncated back
    # to 64 MB after a checkpoint.
    cursor = dbapi_connection.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON", "busy_timeout=60000",
                   "wal_autocheckpoint=10000", "journal_size_limit=67108864"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _safe(url: str) -> str:
    """The URL with any password hidden, for messages."""
    return sa.engine.make_url(url).render_as_string(hide_password=True)


def write_article(store: Store, payload: dict, may_have_failed: bool = True) -> str:
    """Store one analysed article and its rows in a transaction of its own: 'stored', 'replaced'
    (a changed version of the same source took the old one's place) or 'unchanged' (already
    stored). A caller that knows the input has no row in `failures` passes may_have_failed=False.
    An ingest writes many articles per transaction instead (writer.py)."""
    with store.engine.begin() as conn:
        return store_article(conn, store.dialect, payload, may_have_failed)


def store_article(conn: sa.Connection, dialect: str, payload: dict, may_have_failed: bool = True) -> str:
    """write_article inside the caller's transaction."""
    from . import dedup, fulltext

    row = payload["article"]
    found = conn.execute(_SAME_ARTICLE, {"hash": row["content_hash"], "origin": row["origin"]}).all()
    if any(digest == row["content_hash"] for _, digest, _ in found):
        return "unchanged"
    for old_pk, _, old_group in found:
        delete_article(conn, old_pk, dialect)
        if old_group is not None:
            dedup.name_original(conn, old_group)
    pk = conn.execute(_INSERT_ARTICLE, row).scalar_one()
    for name, table in CHILD_TABLES.items():
        insert_rows(conn, table, pk, payload.get(name) or [])
    fulltext.index(conn, dialect, pk, payload["search"])
    dedup.link(conn, pk, payload["signature"], payload["buckets"])
    if may_have_failed:
        conn.execute(_FORGET_FAILURE, {"source": payload["source"]})
    return "replaced" if found else "stored"


# Built once: an ingest runs these for every article.
_SAME_ARTICLE = sa.select(articles.c.pk, articles.c.content_hash, articles.c.dup_group).where(
    sa.or_(articles.c.content_hash == sa.bindparam("hash"), articles.c.origin == sa.bindparam("origin")))
_INSERT_ARTICLE = articles.insert().returning(articles.c.pk)
_FORGET_FAILURE = failures.delete().where(failures.c.source == sa.bindparam("source"))


def delete_article(conn: sa.Connection, pk: int, dialect: str) -> None:
    """Remove an article and every row that hangs from it."""
    from . import fulltext

    fulltext.unindex(conn, dialect, pk)
    for table in (*CHILD_TABLES.values(), minhashes, lsh_buckets):
        conn.execute(sa.delete(table).where(table.c.article_pk == pk))
    conn.execute(sa.delete(articles).where(articles.c.pk == pk))


def record_failure(store: Store, source: str, reason: str) -> None:
    """Keep one row per failed input (the latest reason), in its own transaction."""
    with store.engine.begin() as conn:
        store_failure(conn, source, reason)


def store_failure(conn: sa.Connection, source: str, reason: str) -> None:
    """record_failure inside the caller's transaction."""
    conn.execute(_FORGET_FAILURE, {"source": source})
    conn.execute(sa.insert(failures).values(source=source, reason=reason, failed_at=utcnow()))


def is_stored(conn: sa.Connection, content_hash: str) -> bool:
    return conn.scalar(_STORED, {"hash": content_hash}) is not None


def failed_sources(store: Store) -> set[str]:
    """Sources that have a row in `failures` (an ingest keeps these to skip needless deletes)."""
    with store.engine.connect() as conn:
        return set(conn.execute(sa.select(failures.c.source)).scalars())


_STORED = sa.select(articles.c.pk).where(articles.c.content_hash == sa.bindparam("hash"))


def counts(store: Store) -> dict[str, int]:
    """Rows per table: what a user checks after an ingest (stored + failed = inputs)."""
    with store.engine.connect() as conn:
        return {name: conn.scalar(sa.select(sa.func.count()).select_from(table))
                for name, table in EXPORT_TABLES.items()}


def article_label(conn: sa.Connection, pks: list[int]) -> dict[int, dict]:
    """id, title and date of some articles, for results that link to them."""
    if not pks:
        return {}
    rows = conn.execute(sa.select(articles.c.pk, articles.c.id, articles.c.title, articles.c.published_date,
                                  articles.c.source).where(articles.c.pk.in_(sorted(set(pks))))).mappings()
    return {r["pk"]: dict(r) for r in rows}
