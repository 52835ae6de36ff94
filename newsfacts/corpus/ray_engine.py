"""`ingest --engine ray`: the same analysis on a Ray cluster (Ray Data), written to a corpus
database (PostgreSQL or SQLite) or to Parquet folders, one per table."""
from __future__ import annotations

# The driver expands the inputs exactly as the local engine does; Ray Data spreads the analysis
# over an actor pool (each actor loads LAC once); results come back as the same rows (payload.py).
# For a database, the driver writes them with the local engine's writer (writer.py),
# so resuming and near-duplicate linking behave the same. For Parquet, Ray writes each table
# itself; child rows carry `article_hash` (the article's content hash) to join on. Ray is imported
# only here.

import pickle
import time
from pathlib import Path
from typing import Optional

from ..ingest import Failure
from ..context import configure
from ..model import Options
from ..workers import parent_settings
from .ingest import IngestReport, _init_worker, _outcomes, _tasks
from .store import CHILD_TABLES, CorpusError, open_store
from .writer import Writer

BATCH = 4


def _require_ray():
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise CorpusError("--engine ray", "Ray is not installed here: pip install 'ray[data]', "
                                          "or use the local engine with -j N") from None
    return ray


class _Analyser:
    """A Ray actor: analyses batches of work items into pickled outcomes."""

    def __init__(self, url: Optional[str], options: Options, settings: object = None):
        if settings is not None:  # the driver's Settings (only the CLI reads the environment)
            configure(settings)
        _init_worker(url, options)

    def __call__(self, batch: dict) -> dict:
        tops, kinds, values = [], [], []
        for top, blob in zip(batch["top"], batch["task"]):
            for kind, value in _outcomes(pickle.loads(blob)):
                tops.append(top)
                kinds.append(kind)
                values.append(pickle.dumps(value))
        return {"top": tops, "kind": kinds, "value": values}


def ingest_ray(inputs: list[str], db: Optional[str] = None, parquet: Optional[str] = None,
               options: Optional[Options] = None, address: Optional[str] = None, workers: Optional[int] = None,
               build_stories: bool = True) -> IngestReport:
    """Analyse the inputs on Ray into the database db, or into Parquet folders under parquet."""
    if (db is None) == (parquet is None):
        raise CorpusError("--engine ray", "give either --db PATH_OR_URL or --parquet DIR")
    ray = _require_ray()
    options = options or Options()
    store = open_store(db) if db else None
    report, began = IngestReport(), time.perf_counter()
    items, failed = [], []
    for top, task in _tasks(inputs, options):
        if isinstance(task, Failure):
            failed.append((top, task))
        else:
            items.append({"top": top, "task": pickle.dumps(task)})
    started_here = not ray.is_initialized()
    if started_here:
        ray.init(address=address, num_cpus=workers, include_dashboard=False, log_to_driver=False,
                 configure_logging=False)
    try:
        results = _analysed(ray, items, store.url if store else None, options, workers)
        if store is not None:
            _to_database(store, results, failed, report)
        else:
            _to_parquet(results, failed, Path(parquet), report)
    finally:
        if started_here:
            ray.shutdown()
    if store is not None and build_stories:
        from .stories import rebuild

        report.stories = rebuild(store)
    report.seconds = time.perf_counter() - began
    return report


def _analysed(ray, items: list[dict], url: Optional[str], options: Options, workers: Optional[int]):
    if not items:
        return None
    size = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    dataset = ray.data.from_items(items, override_num_blocks=max(1, min(len(items), size * 4)))
    return dataset.map_batches(_Analyser, fn_constructor_kwargs={"url": url, "options": options, "settings": parent_settings()},
                               batch_size=BATCH, concurrency=size, num_cpus=1)


def _to_database(store, results, failed, report: IngestReport) -> None:
    with Writer(store) as writer:
        for top, failure in failed:
            writer.failure(failure)
            report.count(top, "failed")
        if results is None:
            return
        for row in results.iter_rows():
            kind, value = row["kind"], pickle.loads(row["value"])
            if kind == "payload":
                kind, _ = writer.article(value)
            elif kind == "failed":
                writer.failure(value)
            report.count(row["top"], kind)


def _to_parquet(results, failed, folder: Path, report: IngestReport) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .export import arrow_schema, _query

    folder.mkdir(parents=True, exist_ok=True)
    failures = [f for _, f in failed]
    for top, _ in failed:
        report.count(top, "failed")
    if results is not None:
        results = results.materialize()
        for row in results.iter_rows():
            report.count(row["top"], "stored" if row["kind"] == "payload" else row["kind"])
            if row["kind"] == "failed":
                failures.append(pickle.loads(row["value"]))
        stored = results.filter(expr="kind == 'payload'")
        for table in ("articles", *CHILD_TABLES):
            schema = pa.schema([f for f in arrow_schema(_query(table)) if f.name not in _DATABASE_ONLY])
            if table != "articles":
                schema = schema.append(pa.field("article_hash", pa.string()))
            stored.map_batches(_table_rows, fn_kwargs={"table": table, "schema": schema},
                               batch_format="numpy").write_parquet(str(folder / table))
    table = pa.Table.from_pylist([{"source": f.source, "reason": f.reason} for f in failures],
                                 schema=pa.schema([("source", pa.string()), ("reason", pa.string())]))
    pq.write_table(table, str(folder / "failures.parquet"))


_DATABASE_ONLY = {"pk", "article_pk", "article_id", "dup_group", "duplicate_of", "dup_similarity", "story_id"}


def _table_rows(batch: dict, table: str, schema):
    """Payloads to the rows of one table, typed by the corpus schema."""
    import pyarrow as pa

    rows = []
    for blob in batch["value"]:
        payload = pickle.loads(blob)
        digest = payload["article"]["content_hash"]
        if table == "articles":
            rows.append({k: v for k, v in payload["article"].items() if k in schema.names})
        else:
            rows.extend(dict({k: v for k, v in r.items() if k in schema.names}, article_hash=digest)
                        for r in payload[table])
    return pa.Table.from_pylist(rows, schema=schema)
