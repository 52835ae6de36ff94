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


def alternation(entries: Iterable[str], latin_words: bool = False) -> re.Pattern:
    """A regex matching any entry, the longest one at a position first (警告称 wins over 警告).

    Built as a trie (警告(?:称)?) rather than a flat list of hundreds of entries, which `re` tries one
    after another at every character. With `latin_words`, an entry that starts or ends with a Latin
    letter (Reuters, CNN) matches only as a whole word."""
    return re.compile(alternation_source(entries, latin_words))


_LATIN = re.compile(r"[A-Za-z]")


def alternation_source(entries: Iterable[str], latin_words: bool = False) -> str:
    """The source of `alternation`'s regex."""
    trie: dict = {}
    for entry in set(entries):
        if not entry:
            continue
        node = trie
        for char in entry:
            node = node.setdefault(char, {})
        node[""] = latin_words and bool(_LATIN.match(entry[-1]))  # the entry ends here (and must end a word)

    def source(node: dict) -> str:
        branches = [re.escape(char) + source(child) for char, child in sorted(node.items()) if char]
        if "" in node:  # ending here comes last, so a longer entry through this node wins
            branches.append(r"(?![A-Za-z])" if node[""] else "")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    # The look-behind of a Latin entry comes after its first letter (R(?<![A-Za-z].)euters): with every
    # branch opening on a literal, `re` skips ahead to the possible first characters (ten times faster).
    heads = [re.escape(char) + (r"(?<![A-Za-z].)" if latin_words and _LATIN.match(char) else "") + source(child)
             for char, child in sorted(trie.items())]
    return "|".join(heads) if heads else "(?!)"


def model_json(name: str) -> Optional[dict]:
    """A shipped model's weights, data/<name> as JSON, or None when none ships (the stage then
    keeps its rules' output). Not cached here: each stage caches its own, so a training script
    can clear it after writing new weights."""
    path = resources.files("newsfacts.data").joinpath(name)
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))

