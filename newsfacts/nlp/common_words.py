"""A general Chinese word list with parts of speech: jieba's dictionary (jieba/dict.txt of the pinned jieba
package, about 349,000 words with a frequency and a tag each: ns place, nr person, nt organisation, nz other
proper name, j abbreviation, n common noun, v verb, a adjective ...). Read from the installed package at
first use, never copied into the repository; where jieba is not installed the list is empty and every
question below answers as if the word were unknown (the rules that use it then change nothing).

The tags are a general source's, not ours, and they are noisy for rare names (永嘉 nr, 平凉 a), so callers
use them only for frequent common words and always let the knowledge base and the words around a name win."""
from __future__ import annotations

import importlib.util
import math
import sys
from functools import lru_cache
from pathlib import Path
from typing import Optional

# Tags of words that are not names: common nouns, verbs, adjectives, time words, function words.
# Left out: ns nr nrt nrfg nt nz j (names and abbreviations of names), s (place words such as 海口),
# i (set phrases, which include brand names), x and eng (letters).
COMMON_TAGS = frozenset({"n", "v", "vn", "vd", "a", "an", "ad", "ag", "d", "f", "t", "m", "mq", "q", "r", "p", "c",
                         "u", "z", "l", "b", "ng", "vg", "tg", "dg"})


def dictionary_path() -> Optional[Path]:
    """jieba/dict.txt of the installed jieba package, or None where jieba is not installed."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent / "dict.txt"
    return path if path.is_file() else None


_TAG_BITS = 6  # a word's value is frequency << _TAG_BITS | its tag's index in _TAGS: one int per word, no tuple


_TAGS: list[str] = []


@lru_cache(maxsize=1)
def _words() -> dict[str, int]:
    path = dictionary_path()
    if path is None:
        return {}
    words: dict[str, int] = {}
    index: dict[str, int] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                tag = parts[2] if len(parts) > 2 else ""
                if tag not in index:
                    index[tag] = len(_TAGS)
                    _TAGS.append(tag)
                words[parts[0]] = int(parts[1]) << _TAG_BITS | index[tag]
    assert len(_TAGS) <= 1 << _TAG_BITS, "more part-of-speech tags than the packed value holds"
    return words


def _unpack(value: int) -> tuple[int, str]:
    return value >> _TAG_BITS, _TAGS[value & ((1 << _TAG_BITS) - 1)]


def available() -> bool:
    """Whether the word list could be read (jieba installed)."""
    return bool(_words())


def entry(word: str) -> Optional[tuple[int, str]]:
    """(frequency, tag) of a word of the list, or None."""
    value = _words().get(word)
    return None if value is None else _unpack(value)


def is_word(word: str) -> bool:
    return word in _words()


def common_word(word: str, min_frequency: int = 1) -> bool:
    """A word of the list, as frequent as asked, tagged as no name (日照 'sunshine' n, 大本营 n, 狮子座 n)."""
    found = entry(word)
    return found is not None and found[0] >= min_frequency and found[1] in COMMON_TAGS


@lru_cache(maxsize=1)
def _log_total() -> float:
    return math.log(max(1, sum(value >> _TAG_BITS for value in _words().values())))


def segment(text: str) -> list[tuple[str, str]]:
    """The most probable cut of a short text into words of the list (a unigram model over the list's
    frequencies, as jieba cuts), each with its tag; a character the list lacks stands alone with tag ''."""
    words, total = _words(), _log_total()
    best: list[Optional[tuple[float, list[str]]]] = [(0.0, [])] + [None] * len(text)
    for end in range(1, len(text) + 1):
        for start in range(max(0, end - 8), end):
            previous = best[start]
            if previous is None:
                continue
            piece = text[start:end]
            if piece in words:
                score = previous[0] + math.log((words[piece] >> _TAG_BITS) + 1) - total
            elif end - start == 1:
                score = previous[0] - 2 * total  # an unknown character: allowed, but never preferred
            else:
                continue
            if best[end] is None or score > best[end][0]:
                best[end] = (score, previous[1] + [piece])
    final = best[len(text)]
    return [(piece, (entry(piece) or (0, ""))[1]) for piece in (final[1] if final else [text])]


def common_word_at(text: str, start: int, longest: int = 4) -> bool:
    """Whether a common word of two or more characters (刚才, 商讨, 公司) begins at `start` of the text."""
    return any(common_word(text[start:start + n]) for n in range(2, longest + 1) if start + n <= len(text))


def common_word_ending(text: str, end: int, longest: int = 4) -> bool:
    """Whether a common word of two or more characters (对阵, 据称) ends at `end` of the text."""
    return any(common_word(text[end - n:end]) for n in range(2, longest + 1) if end - n >= 0)
