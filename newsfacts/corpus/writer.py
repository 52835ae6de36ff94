"""The ingest's one writer: whole articles and failure rows into the corpus, many per transaction."""
from __future__ import annotations

# A commit per article cost more than storing the article itself (on SQLite the WAL is synced
# at every checkpoint, and each commit is a round of locking), so the writer commits every
# EVERY articles or SECONDS seconds, whichever comes first, and when it closes (also after an
# interrupt: the articles written so far are whole). A crash therefore loses at most the last
# batch of finished work, which the next run does again (it resumes by content hash), and never
# leaves half an article: an article's rows go in with it or not at all.
#
# When the database refuses an article (a value it cannot store, a constraint), the transaction
# is rolled back, the batch's earlier writes are replayed (they went in once, so they go in
# again), and the refused article becomes a failure row with the reason: it fails alone. Keeping
# the batch's payloads for that replay costs memory bound by EVERY, and nothing on the path
# where nothing fails, unlike a savepoint per article.

import time
from typing import Optional

import sqlalchemy as sa

from ..ingest import Failure
from .store import Store, failed_sources, is_stored, store_article, store_failure

EVERY = 256
SECONDS = 2.0


class Writer:
    """with Writer(store) as writer: writer.article(payload) / writer.failure(failure)."""

    def __init__(self, store: Store, every: int = EVERY, seconds: float = SECONDS):
        self.store, self.every, self.seconds = store, every, seconds
        self.failed_before = failed_sources(store)  # only these need their failure row removed
        self._conn: Optional[sa.Connection] = None
        self._batch: list[tuple] = []  # the writes of the open transaction, for a replay
        self._began = 0.0

    def article(self, payload: dict) -> tuple[str, Optional[Failure]]:
        """'stored', 'replaced' or 'unchanged'; or 'failed' with the failure recorded in its place."""
        write = ("article", payload, payload["source"] in self.failed_before)
        try:
            return self._apply(write), None
        except Exception as err:  # noqa: BLE001 - any refusal fails this article alone
            self._replay()
            if is_stored(self._conn, payload["article"]["content_hash"]):
                return "unchanged", None  # another ingest into this corpus stored it first
            failure = Failure(payload["source"], f"store failed: {refusal(err)}")
            self.failure(failure)
            return "failed", failure

    def failure(self, failure: Failure) -> None:
        """Keep one failure row for this input (the latest reason)."""
        self._apply(("failure", failure.source, failure.reason))
        self.failed_before.add(failure.source)

    def has(self, content_hash: str) -> bool:
        """Whether an article with this content hash is stored (committed or in the open batch)."""
        self._connect()
        if not self._batch:  # between batches: a fresh transaction, which sees other writers' commits
            self._conn.rollback()
        return is_stored(self._conn, content_hash)

    def commit(self) -> None:
        if self._conn is not None and self._conn.in_transaction():
            self._conn.commit()
        self._batch = []

    def close(self) -> None:
        try:
            self.commit()
        finally:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _apply(self, write: tuple) -> str:
        self._connect()
        if not self._batch:
            self._began = time.monotonic()
        outcome = self._do(write)
        self._batch.append(write)
        if len(self._batch) >= self.every or time.monotonic() - self._began >= self.seconds:
            self.commit()
        return outcome

    def _connect(self) -> None:
        if self._conn is None:
            self._conn = self.store.engine.connect()

    def _do(self, write: tuple) -> str:
        if write[0] == "article":
            return store_article(self._conn, self.store.dialect, write[1], may_have_failed=write[2])
        store_failure(self._conn, write[1], write[2])
        return "failed"

    def _replay(self) -> None:
        """Roll back the refused write and put back the batch's earlier ones."""
        self._conn.rollback()
        for write in self._batch:
            self._do(write)


def refusal(err: Exception, limit: int = 300) -> str:
    """The database's own reason in one short line: not SQLAlchemy's dump of the statement and its
    parameters (which holds the whole article)."""
    reason = getattr(err, "orig", None) or err
    line = (str(reason).strip().splitlines() or [""])[0]
    return f"{type(reason).__name__}: {line[:limit]}"
