"""`ingest --engine ray` on a local Ray instance: the same corpus as the local engine in a
database (SQLite here, PostgreSQL when the tests have one), or Parquet folders per table."""
from __future__ import annotations

import pytest
from test_corpus_helpers import ORIGINAL, PHONES, REWRITE_REORDERED, corpus_db, write_corpus  # noqa: F401

sa = pytest.importorskip("sqlalchemy")
ray = pytest.importorskip("ray")

from newsfacts.corpus.ingest import ingest  # noqa: E402
from newsfacts.corpus.ray_engine import ingest_ray  # noqa: E402
from newsfacts.corpus.store import articles, counts, open_store  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Ray's own settings, not ours


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


@pytest.fixture
def folder(tmp_path):
    return write_corpus(tmp_path / "in", {"original.txt": ORIGINAL, "rewrite.txt": REWRITE_REORDERED,
                                          "phones.txt": PHONES, "empty.txt": ""})


def test_ray_fills_a_database_like_the_local_engine(local_ray, folder, corpus_db, tmp_path):
    report = ingest_ray([str(folder)], db=corpus_db, workers=1)
    assert (report.inputs, report.stored, report.failed) == (4, 3, 1)
    store = open_store(corpus_db)
    with store.engine.connect() as conn:
        groups = conn.execute(sa.select(articles.c.id, articles.c.dup_group)).all()
    assert len({g for i, g in groups if i in ("original", "rewrite")}) == 1
    local = str(tmp_path / "local.db")
    ingest([str(folder)], local)
    assert counts(store) == counts(open_store(local))
    assert ingest_ray([str(folder)], db=corpus_db, workers=1).unchanged == 3  # resumable too
    store.dispose()


def test_ray_writes_parquet_folders_per_table(local_ray, folder, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    report = ingest_ray([str(folder)], parquet=str(tmp_path / "out"), workers=1)
    assert (report.stored, report.failed) == (3, 1)
    assert pq.read_table(tmp_path / "out" / "articles").num_rows == 3
    quotes = pq.read_table(tmp_path / "out" / "quotes")
    assert quotes.num_rows > 0 and "article_hash" in quotes.column_names
    assert pq.read_table(tmp_path / "out" / "failures.parquet").num_rows == 1


def test_ray_needs_one_target(tmp_path):
    from newsfacts.corpus.store import CorpusError

    with pytest.raises(CorpusError, match="either --db"):
        ingest_ray([str(tmp_path)])
