"""The corpus schema (SQLAlchemy Core tables), the Store handle and the row helpers every corpus
module shares; it imports no other corpus module, so store, dedup and migrations need no circle."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import sqlalchemy as sa

metadata = sa.MetaData()


def _child(name: str, *columns: sa.Column, **kw: Any) -> sa.Table:
    """A table of rows that belong to one article (deleted with it)."""
    return sa.Table(
        name, metadata,
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("position", sa.Integer, nullable=False),  # order within the article
        *columns, **kw)


articles = sa.Table(
    "articles", metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),  # what makes a re-run skip it
    sa.Column("origin", sa.Text, nullable=False, index=True),  # source|id: a changed version replaces the old
    sa.Column("id", sa.Text),  # the article's own id (record id or file name)
    sa.Column("source", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("input_format", sa.String(16)),
    sa.Column("title", sa.Text),
    sa.Column("author", sa.Text),
    sa.Column("published_at", sa.String(40)),  # ISO with the article's own offset
    sa.Column("published_utc", sa.DateTime, index=True),  # for ordering across offsets
    sa.Column("published_date", sa.String(10), index=True),  # YYYY-MM-DD in the article's offset
    sa.Column("body", sa.Text),  # the paragraphs, chrome removed
    sa.Column("text", sa.Text),  # the text exactly as analysed; every offset points into it
    sa.Column("clickbait", sa.Boolean),
    sa.Column("clickbait_score", sa.Float),
    sa.Column("warnings", sa.Text),  # JSON list
    sa.Column("record", sa.Text),  # Analysis.to_dict() as JSON, less `text`
    sa.Column("features", sa.Text),  # JSON: terms, actors, event keys (stories.py)
    sa.Column("dup_group", sa.Integer, index=True),  # near-duplicate group (dedup.py)
    sa.Column("duplicate_of", sa.Integer),  # the group's likely original, when this is a copy
    sa.Column("dup_similarity", sa.Float),  # estimated Jaccard with its closest copy
    sa.Column("story_id", sa.Integer, index=True),
    sa.Column("analyzer_version", sa.String(20)),
    sa.Column("ingested_at", sa.DateTime),
)

entities = _child(
    "entities",
    sa.Column("name", sa.Text), sa.Column("type", sa.String(8), index=True),
    sa.Column("canonical", sa.Text, index=True), sa.Column("wikidata", sa.Text),
    sa.Column("country", sa.String(8)), sa.Column("role", sa.Text), sa.Column("aliases", sa.Text),
    sa.Column("mention_count", sa.Integer), sa.Column("first_start", sa.Integer),
    sa.Column("first_end", sa.Integer), sa.Column("confidence", sa.Float))

quotes = _child(
    "quotes",
    sa.Column("speaker", sa.Text, index=True), sa.Column("speaker_canonical", sa.Text, index=True),
    sa.Column("speaker_role", sa.Text), sa.Column("cue", sa.Text), sa.Column("content", sa.Text),
    sa.Column("kind", sa.String(10)), sa.Column("date", sa.String(10)),
    sa.Column("effective_date", sa.String(10), index=True),  # the quote's date, else the article's
    sa.Column("confidence", sa.Float), sa.Column("content_start", sa.Integer), sa.Column("content_end", sa.Integer))

events = _child(
    "events",
    sa.Column("type", sa.String(16), index=True), sa.Column("trigger", sa.Text), sa.Column("evidence", sa.Text),
    sa.Column("source", sa.Text, index=True), sa.Column("target", sa.Text, index=True),
    sa.Column("source_actor", sa.Text), sa.Column("target_actor", sa.Text), sa.Column("cameo", sa.Text),
    sa.Column("date", sa.String(10)), sa.Column("effective_date", sa.String(10), index=True),
    sa.Column("date_precision", sa.String(10)), sa.Column("location", sa.Text),
    sa.Column("lat", sa.Float), sa.Column("lon", sa.Float), sa.Column("killed", sa.Integer),
    sa.Column("injured", sa.Integer), sa.Column("modality", sa.String(12)), sa.Column("is_fact", sa.Boolean),
    sa.Column("quote_index", sa.Integer), sa.Column("confidence", sa.Float),
    sa.Column("evidence_start", sa.Integer), sa.Column("evidence_end", sa.Integer))

headlines = _child(
    "headlines",
    sa.Column("text", sa.Text), sa.Column("role", sa.String(12)), sa.Column("verdict", sa.String(12), index=True),
    sa.Column("reasons", sa.Text), sa.Column("evidence", sa.Text), sa.Column("confidence", sa.Float),
    sa.Column("text_start", sa.Integer), sa.Column("text_end", sa.Integer))

failures = sa.Table(
    "failures", metadata,
    sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source", sa.Text, nullable=False, index=True),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("failed_at", sa.DateTime))

minhashes = sa.Table(
    "minhashes", metadata,
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
    sa.Column("signature", sa.LargeBinary, nullable=False))

lsh_buckets = sa.Table(
    "lsh_buckets", metadata,
    sa.Column("bucket", sa.BigInteger, primary_key=True),
    sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True, index=True),
    sqlite_with_rowid=False)  # on SQLite the key is the table: one B-tree fewer per insert

stories = sa.Table(
    "stories", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),  # pk of its earliest article
    sa.Column("label", sa.Text),
    sa.Column("first_date", sa.String(10)), sa.Column("last_date", sa.String(10)),
    sa.Column("article_count", sa.Integer), sa.Column("actors", sa.Text))

schema_version = sa.Table(
    "schema_version", metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("name", sa.Text), sa.Column("applied_at", sa.DateTime))

CHILD_TABLES = {"entities": entities, "quotes": quotes, "events": events, "headlines": headlines}
EXPORT_TABLES = {"articles": articles, **CHILD_TABLES, "failures": failures, "stories": stories}


@dataclass
class Store:
    """An open corpus: the engine and its URL (workers open their own engine from the URL)."""

    engine: sa.Engine
    url: str

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def dispose(self) -> None:
        self.engine.dispose()


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def insert_rows(conn: sa.Connection, table: sa.Table, article_pk: int, rows: list[dict]) -> None:
    """Many rows of one article in one executemany, straight to the driver: the rows are already
    plain values, and SQLAlchemy's per-row processing cost more than the insert itself."""
    if not rows:
        return
    columns = ["article_pk", *rows[0]]
    marker = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    names = ", ".join('"' + c + '"' for c in columns)
    sql = f"INSERT INTO {table.name} ({names}) VALUES ({', '.join([marker] * len(columns))})"
    conn.exec_driver_sql(sql, [(article_pk, *row.values()) for row in rows])
