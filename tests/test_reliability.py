"""Hostile records in a batch (issue 19, item 1): a record that is not valid Unicode fails alone,
in `analyze` and in a corpus ingest, on the first run and on every re-run."""
from __future__ import annotations

import pytest

sa = pytest.importorskip("sqlalchemy")

from newsfacts.corpus.ingest import ingest  # noqa: E402
from newsfacts.corpus.store import counts, failures, open_store  # noqa: E402

GOOD = '{"id": "%s", "text": "会议召开\\n\\n市长张三在会上表示，要做好各项工作。"}'
LONE = '{"id": "bad", "text": "会议召开\\n\\n美国\\ud800表示欢迎。"}'


def test_a_lone_surrogate_fails_one_record_of_an_ingest(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([GOOD % "a", LONE, GOOD.replace("张三", "李四") % "b"]) + "\n", encoding="utf-8")
    db = str(tmp_path / "corpus.db")
    for _ in range(2):  # the re-run must not stop on it either
        report = ingest([str(feed)], db)
        assert report.failed == 1
    store = open_store(db)
    assert counts(store)["articles"] == 2
    with store.engine.connect() as conn:
        reasons = conn.execute(sa.select(failures.c.reason)).scalars().all()
    assert any("lone surrogate U+D800" in r for r in reasons)
    store.dispose()
