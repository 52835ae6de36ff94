"""Data files of the package to Python values: word lists and tab-separated rows (comment lines
starting with # and blank lines skipped), and regex alternations over word lists (longest first)."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
import json
from typing import Iterable, Optional


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The tab-separated rows of data/<name>."""
    raw = resources.files("newsfacts.data").joinpath(name).read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")) for line in raw.splitlines() if line.strip() and not line.startswith("#"))


def words(name: str) -> list[str]:
    """The first column of data/<name>, one entry per line."""
    return [row[0].strip() for row in rows(name)]


def alternation(entries: Iterable[str]) -> re.Pattern:
    """A regex matching any entry, longest first so 警告称 wins over 警告."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(entries), key=len, reverse=True)))


def model_json(name: str) -> Optional[dict]:
    """A shipped model's weights, data/<name> as JSON, or None when none ships (the stage then
    keeps its rules' output). Not cached here: each stage caches its own, so a training script
    can clear it after writing new weights."""
    path = resources.files("newsfacts.data").joinpath(name)
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))

