"""A SQLite corpus in Datasette: facets that answer the usual questions, internal tables hidden;
Datasette runs as its own process, so nothing else ever imports it."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Optional

from .store import CorpusError

FACETS = {
    "articles": ["published_date", "author", "input_format", "clickbait", "story_id"],
    "entities": ["type", "country", "canonical"],
    "quotes": ["speaker_canonical", "kind", "effective_date"],
    "events": ["type", "source", "target", "modality"],
    "headlines": ["verdict", "role"],
    "failures": ["reason"],
    "stories": ["first_date"],
}
_HIDDEN = ["minhashes", "lsh_buckets", "schema_version", "article_search", "article_search_data",
           "article_search_idx", "article_search_docsize", "article_search_config", "article_search_content"]
_LABELS = {"articles": "title", "stories": "label"}


def metadata(db_path: str) -> dict:
    """Datasette metadata: title, facets and sort order per table, internal tables hidden."""
    tables: dict[str, dict] = {name: {"facets": facets} for name, facets in FACETS.items()}
    for name, column in _LABELS.items():
        tables[name]["label_column"] = column
    tables["articles"]["sort_desc"] = "published_utc"
    tables["stories"]["sort_desc"] = "article_count"
    for name in _HIDDEN:
        tables[name] = {"hidden": True}
    return {"title": "newsfacts corpus", "description": "Articles analysed by newsfacts: actors, quotes, events, headline checks.",
            "databases": {Path(db_path).stem: {"tables": tables}}}


def command(db_path: str, port: int = 8001, host: str = "127.0.0.1", open_browser: bool = False,
            metadata_path: Optional[str] = None) -> list[str]:
    """The datasette command line for a corpus (metadata written to metadata_path)."""
    argv = [sys.executable, "-m", "datasette", "serve", db_path, "--host", host, "--port", str(port),
            "--setting", "facet_time_limit_ms", "1000"]
    if metadata_path:
        argv += ["--metadata", metadata_path]
    if open_browser:
        argv.append("--open")
    return argv


def browse(db: str, port: int = 8001, host: str = "127.0.0.1", open_browser: bool = False) -> int:
    """Serve the corpus with Datasette until interrupted; returns datasette's exit status."""
    if "://" in db:
        raise CorpusError(db, "Datasette reads SQLite files only; export the tables or ingest into a SQLite path")
    path = Path(db)
    if not path.is_file():
        raise CorpusError(db, "no such corpus file (create it with `newsfacts ingest ... --db PATH`)")
    if importlib.util.find_spec("datasette") is None:
        raise CorpusError(db, "datasette is not installed: pip install datasette")
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
        json.dump(metadata(str(path)), handle, ensure_ascii=False)
    try:
        return subprocess.call(command(str(path), port, host, open_browser, handle.name))
    finally:
        Path(handle.name).unlink(missing_ok=True)
