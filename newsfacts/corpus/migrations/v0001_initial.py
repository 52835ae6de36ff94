"""Version 1, the baseline: articles, their entities, quotes, events and headline checks, failures,
minhashes, lsh_buckets, stories and the full-text index."""
from __future__ import annotations

# A database is only ever at version 0 (empty) or later, and an empty one is created from
# `store.metadata` directly, so this step has nothing to change; it marks where the history starts.

import sqlalchemy as sa


def upgrade(conn: sa.Connection, dialect: str) -> None:
    """Nothing to do: the baseline."""
