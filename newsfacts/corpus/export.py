"""A corpus table to a file: JSON Lines, CSV or Parquet for articles, entities, quotes, events,
headline checks, failures and stories, streamed in batches."""
from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path
from typing import Iterator, Union

import sqlalchemy as sa

from .. import csvsafe
from .store import CHILD_TABLES, EXPORT_TABLES, CorpusError, Store, articles, open_store

FORMATS = ("jsonl", "csv", "parquet")
BATCH = 1000
_INTERNAL = {"record", "features", "text", "origin"}


def export(db: Union[str, Store], table: str, fmt: str, output: Union[str, Path]) -> int:
    """Write one table to output in fmt; returns the number of rows written."""
    if table not in EXPORT_TABLES:
        raise CorpusError(table, f"no such table; choose one of {', '.join(EXPORT_TABLES)}")
    if fmt not in FORMATS:
        raise CorpusError(fmt, f"no such format; choose one of {', '.join(FORMATS)}")
    store = db if isinstance(db, Store) else open_store(db, create=False)
    query = _query(table)
    columns = [c.name for c in query.selected_columns]
    try:
        with store.engine.connect() as conn:
            batches = _batches(conn, query)
            if fmt == "parquet":
                return _parquet(batches, query, output)
            with open(output, "w", encoding="utf-8", newline="") as handle:
                return (_jsonl if fmt == "jsonl" else _csv)(batches, columns, handle)
    except OSError as err:
        raise CorpusError(str(output), f"cannot write: {err.strerror or err}") from None


def _query(table: str) -> sa.Select:
    source = EXPORT_TABLES[table]
    columns = [c for c in source.columns if c.name not in _INTERNAL]
    query = sa.select(*columns)
    if table in CHILD_TABLES:
        query = (sa.select(*columns[:2], articles.c.id.label("article_id"), *columns[2:])
                 .join(articles, articles.c.pk == source.c.article_pk))
        return query.order_by(source.c.article_pk, source.c.position)
    return query.order_by(columns[0])


def _batches(conn: sa.Connection, query: sa.Select) -> Iterator[list[dict]]:
    result = conn.execution_options(yield_per=BATCH).execute(query).mappings()
    for chunk in result.partitions(BATCH):
        yield [dict(r) for r in chunk]


def _plain(value: object) -> object:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def _jsonl(batches: Iterator[list[dict]], columns: list[str], handle) -> int:
    n = 0
    for batch in batches:
        for row in batch:
            handle.write(json.dumps({k: _plain(v) for k, v in row.items()}, ensure_ascii=False) + "\n")
        n += len(batch)
    return n


def _csv(batches: Iterator[list[dict]], columns: list[str], handle) -> int:
    writer = csv.DictWriter(handle, fieldnames=columns)
    writer.writeheader()
    n = 0
    for batch in batches:
        writer.writerows({k: csvsafe.cell(_plain(v)) for k, v in row.items()} for row in batch)
        n += len(batch)
    return n


def arrow_schema(query: sa.Select):
    """The Parquet schema of a query's columns, from their SQL types."""
    import pyarrow as pa

    def arrow_type(sql_type: sa.types.TypeEngine):
        if isinstance(sql_type, sa.Boolean):
            return pa.bool_()
        if isinstance(sql_type, sa.Integer):
            return pa.int64()
        if isinstance(sql_type, sa.Float):
            return pa.float64()
        if isinstance(sql_type, sa.DateTime):
            return pa.timestamp("us")
        if isinstance(sql_type, sa.LargeBinary):
            return pa.binary()
        return pa.string()

    return pa.schema([(c.name, arrow_type(c.type)) for c in query.selected_columns])


def _parquet(batches: Iterator[list[dict]], query: sa.Select, output: Union[str, Path]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(query)
    n = 0
    with pq.ParquetWriter(str(output), schema) as writer:
        for batch in batches:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
