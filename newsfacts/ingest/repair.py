"""Repairs of plain text before it is laid out, each reported in the article's warnings.

`unwrap`: hard-wrapped text (a PDF copy, an e-mail, a wire feed cut at a fixed width) has the lines of
a paragraph joined back, so that names, clauses and quotations are not cut at the line ends.

A text is hard-wrapped when many of its lines are equally long: at least MIN_FULL lines, and most of
its longer lines, run to the same width (within a small tolerance). Each such full line is joined to
the next one unless a blank line follows; a line shorter than the width ends its paragraph. Lines
are measured in characters and, for texts wrapped by display columns, in columns (a Chinese
character two); whichever measure fits more lines is taken.

`tighten`: spaces typed after a comma, colon or semicolon inside a sentence (表示， 美方将…) are removed:
the full-width mark spaces the text already, and the stages read the next word right after it.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Callable

MIN_FULL = 4  # lines of the same width, at least
MIN_WIDTH = 16  # characters (or columns / 2): shorter lines are never wrapping
FULL_SHARE = 0.6  # of the lines at least half the width, this share must be full


def _columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _measures() -> tuple[tuple[Callable[[str], int], int, int], ...]:
    """(measure, least width, tolerance below the width)."""
    return ((len, MIN_WIDTH, 1), (_columns, 2 * MIN_WIDTH, 3))


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def unwrap(text: str) -> tuple[str, int]:
    """(text with hard-wrapped lines joined, how many line breaks were removed); the text as it is
    when it is not hard-wrapped."""
    lines = text.split("\n")
    if len(lines) < MIN_FULL + 1:
        return text, 0
    best: tuple[int, set[int]] = (0, set())
    for measure, least, tolerance in _measures():
        widths = [measure(line.strip()) for line in lines]
        counts = Counter(w for w in widths if w >= least)
        if not counts:
            continue
        width = max(counts, key=lambda w: (sum(counts[v] for v in range(w - tolerance, w + 1)), w))
        full = {i for i, w in enumerate(widths) if width - tolerance <= w <= width}
        longer = sum(1 for w in widths if w >= width / 2)
        if len(full) >= MIN_FULL and len(full) >= FULL_SHARE * longer and len(full) > best[0]:
            best = (len(full), full)
    full = best[1]
    if not full:
        return text, 0
    out, joined = [lines[0]], 0
    for i in range(1, len(lines)):
        indented = lines[i].startswith(("　", "  ", "\t"))  # an indent opens a paragraph
        if i - 1 in full and lines[i].strip() and not indented:
            previous, current = out[-1].rstrip(), lines[i].strip()
            glue = " " if _latin(previous[-1:]) and _latin(current[:1]) else ""  # a Latin word cut at the end
            out[-1] = previous + glue + current
            joined += 1
        else:
            out.append(lines[i])
    return "\n".join(out), joined


# Spaces after a full-width mark inside a sentence (，、；：), before more text on the line. Not after a
# sentence end: in a text flattened to one line, a space after 。 is what shows a glued sub-heading
# (双方同意保持沟通。 二、接下来会怎样 …), and the sentence splitter skips it anyway.
_SPACE_AFTER_MARK = re.compile(r"(?<=[，、；：])[ \u00a0\u3000]+(?=\S)")


def tighten(text: str) -> tuple[str, int]:
    """(text without spaces typed after Chinese punctuation, how many runs were removed)."""
    if not _SPACE_AFTER_MARK.search(text):
        return text, 0
    return _SPACE_AFTER_MARK.subn("", text)
