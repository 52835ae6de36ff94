"""Inputs into the corpus, each stored, skipped as unchanged, or recorded in `failures` with its
reason: in parallel across cores, resumable, never half an article (writer.py)."""
from __future__ import annotations

# The main process expands the inputs (JSON records are read here, since that is cheap; other
# files are read by the workers, since HTML extraction is not) and is the only writer. Each worker
# loads its own LAC model, checks the content hash against the database before analysing (so a
# re-run skips what is stored), and sends back plain rows (payload.py). Work in flight is bounded,
# so memory stays flat however large the corpus. After the articles, stories are regrouped.

import multiprocessing
import sys
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Optional, Union

from ..ingest import Failure, read_inputs
from ..ingest.files import expand_input
from ..errors import InputError
from ..model import Article, Options
from ..workers import parent_settings, start_worker
from . import payload as payloads
from .store import Store, open_store
from .writer import Writer

_JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
Outcome = tuple[str, object]  # ("payload", dict) | ("unchanged", source) | ("failed", Failure)


@dataclass
class IngestReport:
    """What became of the inputs: stored + replaced + unchanged + failed = inputs."""

    inputs: int = 0
    stored: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    stories: Optional[int] = None
    seconds: float = 0.0
    by_input: dict[str, Counter] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)  # the first MAX_LISTED, for the user

    def count(self, top: str, outcome: str) -> None:
        self.inputs += 1
        setattr(self, outcome, getattr(self, outcome) + 1)
        self.by_input.setdefault(top, Counter())[outcome] += 1

    def to_dict(self) -> dict:
        return {"inputs": self.inputs, "stored": self.stored, "replaced": self.replaced,
                "unchanged": self.unchanged, "failed": self.failed, "stories": self.stories,
                "seconds": round(self.seconds, 2), "articles_per_second": round(self.inputs / self.seconds, 2) if self.seconds else None,
                "by_input": {k: dict(v) for k, v in self.by_input.items()}}


MAX_LISTED = 50


@dataclass
class _FileTask:
    path: str


def ingest(inputs: list[str], db: Union[str, Store], options: Optional[Options] = None, jobs: int = 1,
           progress: bool = False, build_stories: bool = True,
           on_outcome: Optional[Callable[[str, str], None]] = None) -> IngestReport:
    """Analyse files, directories, JSON (Lines) records and '-' into the corpus at db."""
    options = options or Options()
    store = db if isinstance(db, Store) else open_store(db)
    report = IngestReport()
    began = time.perf_counter()
    writer = Writer(store)

    def settle(top: str, outcome: Outcome) -> None:
        kind, value = outcome
        if kind == "payload":
            kind, value = writer.article(value)
        elif kind == "failed":
            writer.failure(value)
        if kind == "failed" and len(report.failures) < MAX_LISTED:
            report.failures.append(value)
        report.count(top, kind)
        if on_outcome:
            on_outcome(top, kind)

    with _Progress(progress, _estimate(inputs)) as bar, writer:
        if jobs <= 1:
            _init_worker(store.url, options, writer.has)
            try:
                for top, task in _tasks(inputs, options):
                    for outcome in _outcomes(task):
                        settle(top, outcome)
                        bar.advance()
            finally:
                _close_worker()
        else:
            _run_pool(inputs, options, store.url, jobs, settle, bar)
    if build_stories:
        from .stories import rebuild

        report.stories = rebuild(store)
    report.seconds = time.perf_counter() - began
    if not isinstance(db, Store):
        store.dispose()
    return report


def _run_pool(inputs, options, url, jobs, settle, bar) -> None:
    pool = _Pool(jobs, url, options)
    pending: dict[Future, tuple[str, _FileTask | Article]] = {}
    lost: list[tuple[str, _FileTask | Article]] = []  # in flight when a worker died

    def drain(block_until: int) -> None:
        # once a worker died, every future of that pool fails: collect them all before redoing them
        while len(pending) > block_until or (lost and pending):
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                top, task = pending.pop(future)
                try:
                    outcomes = future.result()
                except BrokenProcessPool:
                    lost.append((top, task))
                    continue
                for outcome in outcomes:
                    settle(top, outcome)
                    bar.advance()
        if lost:
            pool.restart()
            for top, task in lost:
                for outcome in pool.alone(task):
                    settle(top, outcome)
                    bar.advance()
            lost.clear()

    try:
        for top, task in _tasks(inputs, options):
            if isinstance(task, Failure):
                settle(top, ("failed", task))
                bar.advance()
                continue
            pending[pool.submit(task)] = (top, task)
            drain(2 * jobs + 2)  # bounded: the inputs are read only as fast as they are analysed
        drain(0)
        pool.shutdown(wait=True)
    except BaseException:
        pool.shutdown(wait=False)
        raise


class _Pool:
    """The worker processes: each dies with the ingest (so a killed ingest leaves none behind holding
    its pipes), and a worker that dies costs only the article it was analysing: the articles in
    flight are redone one at a time in a fresh pool, and one that kills its worker again fails."""

    def __init__(self, jobs: int, url: Optional[str], options: Options):
        self.jobs, self.url, self.options = jobs, url, options
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("spawn")  # a clean interpreter: no inherited connections
        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=context, initializer=_init_pool_worker,
                                   initargs=(self.url, self.options, parent_settings()))

    def submit(self, task: _FileTask | Article) -> Future:
        try:
            return self.executor.submit(_outcomes, task)
        except BrokenProcessPool as err:  # a worker died since the last look: redo this one too
            future: Future = Future()
            future.set_exception(err)
            return future

    def alone(self, task: _FileTask | Article) -> list[Outcome]:
        try:
            return self.submit(task).result()
        except BrokenProcessPool:
            self.restart()
            source = task.path if isinstance(task, _FileTask) else (task.source or task.id or "<input>")
            return [("failed", Failure(source, "its worker process died while analysing it (killed, or out of memory)"))]

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()

    def shutdown(self, wait: bool) -> None:
        self.executor.shutdown(wait=wait, cancel_futures=not wait)


def _init_pool_worker(url: Optional[str], options: Options, settings: object = None) -> None:
    start_worker(settings)
    _init_worker(url, options)


def _tasks(inputs: list[str], options: Options) -> Iterator[tuple[str, Union[Article, Failure, _FileTask]]]:
    """(input as given, work) for every input, expanded as `read_inputs` expands it (expand_input): a
    pipe, device, socket, dangling link or link loop, given or inside a directory, is a failure with
    its reason, never opened and never skipped without a word."""
    for item in inputs:
        if item == "-":
            for result in read_inputs(["-"], options):
                yield item, result
            continue
        whole = str(Path(item).absolute())  # workers and the stored sources see absolute paths
        for found in expand_input(whole):
            if isinstance(found, Failure):
                yield item, Failure(item if found.source == whole else found.source, found.reason)
            else:
                yield from ((item, work) for work in _file_work(found, options))


def _file_work(path: Path, options: Options) -> Iterator[Union[Article, Failure, _FileTask]]:
    if path.suffix.lower() in _JSON_SUFFIXES:
        yield from read_inputs([str(path)], options)  # records: cheap to read, many per file
    else:
        yield _FileTask(str(path))


# --- in the worker (or in the main process when jobs == 1) ---

_worker: dict = {}  # this process's options and stored-hash check, set once by _init_worker


def _init_worker(url: Optional[str], options: Options, is_stored: Optional[Callable[[str], bool]] = None) -> None:
    """url None: no database to check against (Parquet output), so every article is analysed.
    In the main process (jobs == 1) the writer answers whether a content hash is stored: it also
    sees its own batch, which is not committed yet."""
    _close_worker()
    _worker["options"] = options
    if is_stored is not None:
        _worker["is_stored"] = is_stored
    elif url:
        _worker["store"] = open_store(url, migrate=False)
        _worker["is_stored"] = _committed
    else:
        _worker["is_stored"] = lambda digest: False


def _committed(digest: str) -> bool:
    from .store import is_stored

    conn = _worker.get("conn") or _worker.setdefault("conn", _worker["store"].engine.connect())
    try:
        return is_stored(conn, digest)
    finally:
        conn.rollback()  # hold no snapshot between articles: the writer's commits must show


def _close_worker() -> None:
    conn = _worker.pop("conn", None)
    if conn is not None:
        conn.close()
    store = _worker.pop("store", None)
    if store is not None:
        store.dispose()
    _worker.clear()


def _outcomes(task: Union[Article, Failure, _FileTask]) -> list[Outcome]:
    if isinstance(task, Failure):
        return [("failed", task)]
    if isinstance(task, Article):
        return [_analyse(task)]
    return [("failed", r) if isinstance(r, Failure) else _analyse(r) for r in read_inputs([task.path], _worker["options"])]


def _analyse(article: Article) -> Outcome:
    from ..pipeline import analyze_article

    digest = payloads.content_hash(article)
    source = article.source or article.id or "<input>"
    if _worker["is_stored"](digest):
        return ("unchanged", source)
    try:
        doc = analyze_article(article, _worker["options"])
        return ("payload", payloads.build(doc, digest))
    except InputError as err:  # over the time budget, or text that cannot be analysed
        return ("failed", Failure(source, err.reason))
    except Exception as err:  # one bad article must not sink the run; its reason is kept
        return ("failed", Failure(source, f"analysis failed: {type(err).__name__}: {err}"))


def _estimate(inputs: list[str]) -> Optional[int]:
    """About how many inputs there are (JSON Lines counted by line), for the progress bar's ETA; only
    regular files are opened."""
    total = 0
    for item in inputs:
        for file in ([] if item == "-" else expand_input(item)):
            if isinstance(file, Path) and file.suffix.lower() in (".jsonl", ".ndjson"):
                with open(file, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    return total or None


class _Progress:
    """A rich progress bar on stderr with rate and ETA, or nothing."""

    def __init__(self, enabled: bool, total: Optional[int]):
        self.enabled, self.total, self.bar, self.task = enabled, total, None, None

    def __enter__(self) -> "_Progress":
        if self.enabled:
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                                       TimeRemainingColumn)

            self.bar = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[rate]} articles/s"), TimeElapsedColumn(),
                                TextColumn("ETA"), TimeRemainingColumn(), console=Console(file=sys.stderr))
            self.bar.__enter__()
            self.task = self.bar.add_task("ingest", total=self.total, rate="-")
        return self

    def advance(self) -> None:
        if self.bar is not None:
            self.bar.advance(self.task)
            speed = self.bar.tasks[0].speed
            self.bar.update(self.task, rate=f"{speed:.1f}" if speed else "-")

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)
