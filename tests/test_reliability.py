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


def _hostile_folder(tmp_path):
    """A folder with one good article and every kind of entry that is not a regular file."""
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("会议召开\n\n市长张三在会上表示，要做好各项工作。\n", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    os.symlink("/dev/zero", folder / "zero.txt")
    os.symlink(folder / "gone.txt", folder / "dangling.txt")
    os.symlink(folder / "loop_b.txt", folder / "loop_a.txt")
    os.symlink(folder / "loop_a.txt", folder / "loop_b.txt")
    return folder


def test_a_corpus_ingest_lists_pipes_devices_and_broken_links_in_a_folder_as_failed(tmp_path):
    import threading

    folder = _hostile_folder(tmp_path)
    outcome: dict = {}
    worker = threading.Thread(target=lambda: outcome.update(report=ingest([str(folder)], str(tmp_path / "c.db"),
                                                                             build_stories=False)), daemon=True)
    worker.start()
    worker.join(120)
    assert not worker.is_alive(), "the ingest hung on a pipe or a device inside the folder"
    report = outcome["report"]
    assert (report.stored, report.failed, report.inputs) == (1, 5, 6)
    reasons = {f.source.rsplit("/", 1)[-1]: f.reason for f in report.failures}
    assert "named pipe" in reasons["pipe.txt"]
    assert "character device" in reasons["zero.txt"] and "symbolic link" in reasons["zero.txt"]
    assert "dangling symbolic link" in reasons["dangling.txt"]
    assert reasons["loop_a.txt"] == reasons["loop_b.txt"] == "symbolic link loop"


def test_the_corpus_ingest_command_stops_an_article_over_its_time_budget(tmp_path, capsys):
    from newsfacts.cli import main

    article = tmp_path / "long.txt"
    article.write_text("长文\n\n" + "外交部发言人表示，双方将继续就有关问题保持沟通。" * 3000 + "\n", encoding="utf-8")
    db = str(tmp_path / "c.db")
    code = main(["ingest", str(article), "--db", db, "--time-budget", "0.5", "--no-progress", "--json"])
    assert code != 0
    assert "over the per-article time budget" in capsys.readouterr().err
    store = open_store(db)
    assert counts(store)["articles"] == 0
    with store.engine.connect() as conn:
        reasons = conn.execute(sa.select(failures.c.reason)).scalars().all()
    assert len(reasons) == 1 and "stopped after 0.5 s" in reasons[0]
    store.dispose()
