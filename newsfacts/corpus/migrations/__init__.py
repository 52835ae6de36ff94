"""Versioned schema migrations kept in the repository: an empty database to the current schema,
an older corpus forward one numbered step at a time."""
from __future__ import annotations

# Why plain Python steps and not alembic: the two backends differ exactly where alembic's
# autogenerate cannot see (an FTS5 virtual table on SQLite, a tsvector column with a GIN index on
# PostgreSQL), the runner below is some forty lines with no extra dependency or ini file, and a
# step is still an ordinary function over a SQLAlchemy connection, so moving to alembic later
# means wrapping each step, not rewriting it. As alembic advises for new databases, an empty
# database gets the current schema from `store.metadata` in one go and is stamped with the latest
# version; a database at an older version runs only the steps after it. A new step is a module
# `vNNNN_name.py` here with `upgrade(conn, dialect)`; `store.metadata` changes in the same commit,
# and tests/test_corpus_store.py checks that a migrated database has exactly the tables and
# columns of `store.metadata`, and that only the steps after a database's version run.

import importlib
import pkgutil
from typing import Callable

import sqlalchemy as sa

from .. import fulltext
from ..schema import Store, metadata, schema_version, utcnow


def steps() -> list[tuple[int, str, Callable[[sa.Connection, str], None]]]:
    """(version, name, upgrade) for every step in this folder, in order."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("v") and info.name[1:5].isdigit():
            module = importlib.import_module(f"{__name__}.{info.name}")
            found.append((int(info.name[1:5]), info.name[6:], module.upgrade))
    return sorted(found)


def current_version(conn: sa.Connection) -> int:
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    return conn.scalar(sa.select(sa.func.max(schema_version.c.version))) or 0


def upgrade(store: Store) -> int:
    """Bring the database to the latest version; returns that version."""
    todo = steps()
    latest = todo[-1][0]
    with store.engine.begin() as conn:
        if store.dialect == "postgresql":  # one migrator at a time (parallel test runs, workers)
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(7007)"))
        version = current_version(conn)
        if version == 0:
            metadata.create_all(conn)
            fulltext.create(conn, store.dialect)
            conn.execute(sa.insert(schema_version).values(version=latest, name="created at latest", applied_at=utcnow()))
            return latest
        for number, name, step in todo:
            if number > version:
                step(conn, store.dialect)
                conn.execute(sa.insert(schema_version).values(version=number, name=name, applied_at=utcnow()))
    return latest
