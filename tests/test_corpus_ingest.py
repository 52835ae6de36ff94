"""Ingest: every input ends up stored or in `failures` (stored + failed = inputs), a re-run skips
what is unchanged and replaces what changed, a crash loses no finished article, and -j 2 gives
the same corpus as -j 1."""
from __future__ import annotations

import json

import pytest
from test_corpus_helpers import (DUST, ORIGINAL, PHONES, REWRITE_ADDED, corpus_db,  # noqa: F401
                                 write_corpus, write_records)

sa = pytest.importorskip("sqlalchemy")

from newsfacts.cli import main  # noqa: E402
from newsfacts.corpus.ingest import ingest  # noqa: E402
from newsfacts.corpus.store import articles, counts, failures, open_store  # noqa: E402


def _inputs(tmp_path):
    """Two good files, an empty file, and JSON Lines with two good records and a broken line."""
    folder = write_corpus(tmp_path / "in", {"original.txt": ORIGINAL, "phones.txt": PHONES, "empty.txt": ""})
    write_records(folder / "feed.jsonl", [
        {"id": "r1", "title": "北京迎来今年首场沙尘天气", "content": DUST.split("\n\n", 2)[2], "date": "2025-04-13"},
        "{not json",
        {"id": "r2", "text": REWRITE_ADDED},
    ])
    return folder


def test_every_input_is_stored_or_failed_and_a_rerun_skips_them(tmp_path, corpus_db):
    folder = _inputs(tmp_path)
    report = ingest([str(folder), str(tmp_path / "missing.txt")], corpus_db)
    assert (report.inputs, report.stored, report.failed) == (7, 4, 3)
    store = open_store(corpus_db)
    numbers = counts(store)
    assert numbers["articles"] + numbers["failures"] == report.inputs
    with store.engine.connect() as conn:
        reasons = dict(conn.execute(sa.select(failures.c.source, failures.c.reason)).all())
    assert any("empty" in r for s, r in reasons.items() if s.endswith("empty.txt"))
    assert any("malformed JSON line" in r for s, r in reasons.items() if s.endswith("feed.jsonl:2"))
    assert "no such file" in reasons[str(tmp_path / "missing.txt")]

    again = ingest([str(folder)], store)
    assert (again.unchanged, again.stored, again.failed) == (4, 0, 2)
    assert counts(store)["articles"] == 4
    store.dispose()


def test_a_changed_file_is_analysed_again_and_replaces_its_old_version(tmp_path, corpus_db):
    folder = write_corpus(tmp_path / "in", {"original.txt": ORIGINAL, "phones.txt": PHONES})
    ingest([str(folder)], corpus_db)
    (folder / "phones.txt").write_text(PHONES.replace("一千元", "八百元"), encoding="utf-8")
    report = ingest([str(folder)], corpus_db)
    assert (report.unchanged, report.replaced) == (1, 1)
    store = open_store(corpus_db)
    with store.engine.connect() as conn:
        bodies = conn.execute(sa.select(articles.c.body)).scalars().all()
    assert len(bodies) == 2 and any("八百元" in b for b in bodies)
    store.dispose()


def test_an_interrupted_run_resumes_where_it_stopped(tmp_path, corpus_db):
    folder = write_corpus(tmp_path / "in", {"a.txt": ORIGINAL, "b.txt": PHONES, "c.txt": DUST})
    seen = []

    def stop_after_two(top, outcome):
        seen.append(outcome)
        if len(seen) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest([str(folder)], corpus_db, on_outcome=stop_after_two)
    store = open_store(corpus_db)
    assert counts(store)["articles"] == 2
    report = ingest([str(folder)], store)
    assert (report.unchanged, report.stored) == (2, 1)
    store.dispose()


def test_two_workers_build_the_same_corpus_as_one(tmp_path):
    folder = _inputs(tmp_path)
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    ingest([str(folder)], one, jobs=1)
    report = ingest([str(folder)], two, jobs=2)
    assert (report.stored, report.failed) == (4, 2)

    def snapshot(db):
        store = open_store(db)
        with store.engine.connect() as conn:
            rows = sorted(conn.execute(sa.select(articles.c.source, articles.c.content_hash, articles.c.title)).all())
        numbers = counts(store)
        store.dispose()
        return rows, {k: numbers[k] for k in ("entities", "quotes", "events", "failures")}

    assert snapshot(one) == snapshot(two)


def test_the_command_reports_counts_as_json(tmp_path, capsys):
    folder = _inputs(tmp_path)
    code = main(["ingest", str(folder), "--db", str(tmp_path / "c.db"), "--json", "--no-progress"])
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert code == 0
    assert (report["inputs"], report["stored"], report["failed"]) == (6, 4, 2)
    assert "newsfacts: failed:" in err and "feed.jsonl:2" in err


def test_the_progress_bar_shows_rate_and_eta(tmp_path, capsys):
    folder = write_corpus(tmp_path / "in", {"a.txt": PHONES})
    ingest([str(folder)], str(tmp_path / "c.db"), progress=True)
    err = capsys.readouterr().err
    assert "articles/s" in err and "ETA" in err and "1/1" in err


def test_analyze_loads_no_database_ray_or_datasette_code(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "a.txt"
    path.write_text(PHONES, encoding="utf-8")
    probe = ("import sys; from newsfacts.cli import main; main(['analyze', sys.argv[1], '--format', 'json']); "
             "print(sorted(m for m in ('sqlalchemy', 'ray', 'datasette', 'pyarrow', 'datasketch') if m in sys.modules), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True)
    assert done.stderr.strip().splitlines()[-1] == "[]"


def _children_of(pid: int) -> set[int]:
    """Process ids whose parent is pid (read from /proc, Linux)."""
    import os

    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry))
    return found


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="reads /proc")
def test_a_killed_worker_costs_at_most_its_article_not_the_ingest(tmp_path):
    import multiprocessing
    import os
    import signal

    folder = write_corpus(tmp_path / "in", {f"{i}.txt": text for i, text in
                                            enumerate([ORIGINAL, PHONES, REWRITE_ADDED, DUST] * 2)})
    killed = []

    def kill_one_worker(top, outcome):
        if not killed:
            worker = next(iter(p for p in multiprocessing.active_children()))
            os.kill(worker.pid, signal.SIGKILL)
            killed.append(worker.pid)

    report = ingest([str(folder)], str(tmp_path / "c.db"), jobs=2, on_outcome=kill_one_worker)
    assert killed and report.inputs == 8
    assert report.stored + report.unchanged + report.failed == 8
    assert report.failed <= 1  # the article in the killed worker is redone once; only a repeat killer fails
    assert all("worker process died" in f.reason for f in report.failures)


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="reads /proc")
def test_killing_the_ingest_kills_its_workers(tmp_path):
    import os
    import subprocess
    import sys
    import time

    folder = write_corpus(tmp_path / "in", {f"{i}.txt": ORIGINAL + "\n" + "补充说明。" * i for i in range(40)})
    parent = subprocess.Popen([sys.executable, "-m", "newsfacts", "ingest", str(folder), "--db", str(tmp_path / "c.db"),
                               "-j", "2", "--no-progress"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while time.monotonic() < deadline and len(workers) < 2:
        workers = {p for p in _children_of(parent.pid)
                   if "spawn" in open(f"/proc/{p}/cmdline", "rb").read().decode(errors="replace")}
        time.sleep(0.2)
    assert len(workers) >= 2, "the ingest never started its workers"
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    alive = list(workers)
    while time.monotonic() < deadline and alive:
        time.sleep(0.2)
        alive = [p for p in workers if _running(p)]
    for p in alive:  # do not leave them behind after a failure
        os.kill(p, 9)
    assert alive == [], f"workers outlived the killed ingest: {alive}"


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended
    except OSError:
        return False
