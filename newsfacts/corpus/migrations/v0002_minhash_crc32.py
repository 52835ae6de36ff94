"""Version 2: MinHash signatures hash shingles with CRC-32 instead of SHA-1, so the signatures and
LSH buckets of the articles already stored are computed again (the groups they form stay). On
SQLite, `lsh_buckets` is made again as a table without rowid."""
from __future__ import annotations

import sqlalchemy as sa

from ...nlp.chinese import normalise
from .. import dedup
from ..schema import articles, lsh_buckets, minhashes

CHUNK = 500


def upgrade(conn: sa.Connection, dialect: str) -> None:
    """Recompute every stored signature from the article's body, a chunk of articles at a time."""
    if dialect == "sqlite":
        lsh_buckets.drop(conn)
        lsh_buckets.create(conn)
    last = 0
    while True:
        rows = conn.execute(sa.select(articles.c.pk, articles.c.body).where(articles.c.pk > last)
                            .order_by(articles.c.pk).limit(CHUNK)).all()
        if not rows:
            return
        pks = [pk for pk, _ in rows]
        conn.execute(sa.delete(minhashes).where(minhashes.c.article_pk.in_(pks)))
        conn.execute(sa.delete(lsh_buckets).where(lsh_buckets.c.article_pk.in_(pks)))
        for pk, body in rows:
            sig = dedup.signature(normalise(body or "").split("\n"))
            if sig is not None:
                dedup.index(conn, pk, sig.tobytes(), dedup.buckets(sig))
        last = pks[-1]
