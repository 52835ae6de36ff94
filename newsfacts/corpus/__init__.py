"""The corpus layer: many analysed articles in a database (SQLite by default, PostgreSQL by URL),
with near-duplicates, stories, queries, search, export and browsing; cheap to import."""
from __future__ import annotations

from typing import Any


def ingest(*args: Any, **kwargs: Any):
    """See `newsfacts.corpus.ingest.ingest`."""
    from .ingest import ingest as run

    return run(*args, **kwargs)


def open_store(*args: Any, **kwargs: Any):
    """See `newsfacts.corpus.store.open_store`."""
    from .store import open_store as run

    return run(*args, **kwargs)


__all__ = ["ingest", "open_store"]
