"""Lists of parties written with commas: which commas of a text separate the items of one list of
parties (法国总统，希腊，芬兰和丹麦的总理), so that the events stage reads them as 、."""
from __future__ import annotations

import re
from bisect import bisect_left

from ..doc import tokens_in
from ..model import Analysis, Span
from ..nlp.words import titles
from .event_parties import mentions

# --- lists of parties written with commas -----------------------------------------------------
# A translation or a hurried text separates the items of a list with ， where an editor writes 、
# (法国总统，希腊，芬兰和丹麦的总理都访问过某国). The events stage reads such commas as 、, so that the
# list stays one clause and each of its parties takes part in the act.
_ITEM_BREAK = "，,"
_OTHER_BREAK = re.compile(r"[。；;！？!?：:\n“”「」（）()]")
# What may stand around the names of a list item besides the names: its office, 的, spaces.
_FILLER = re.compile(r"[\s的]+")
_LIST_MARK = "、"


def listed_commas(doc: Analysis) -> str:
    """The document's normalised text with every comma that separates two items of a list of parties
    read as 、 (same length, so every offset still points into the original)."""
    text = doc.norm_text
    commas = [i for i, char in enumerate(text) if char in _ITEM_BREAK]
    if not commas:
        return text
    named = _NameSpans(doc)
    chars = list(text)
    for i in commas:
        before_start = _segment_start(text, i)
        after_end = _segment_end(text, i + 1)
        if after_end <= i + 1 or before_start >= i:
            continue
        after_named = _names_only(doc, i + 1, after_end, named)
        if after_named and after_end < len(text) and text[after_end] in _ITEM_BREAK and _ends_with_party(doc, before_start, i):
            chars[i] = _LIST_MARK  # 和德国总理朔尔兹，意大利总理德拉吉，…: the next item is a name alone
        elif _opens_with_party(doc, i + 1, after_end) and (
                _names_only(doc, before_start, i, named) and before_start > 0 and chars[before_start - 1] == _LIST_MARK
                or _open_partner(doc, before_start, i, named)):
            # 英国首相，波兰，土耳其和荷兰的领导人…: a name alone, then the list goes on;
            # 他还和意大利总理，西班牙首相和…通电话: a partner after 和 with no verb yet, the list goes on
            chars[i] = _LIST_MARK
    return "".join(chars)


def _open_partner(doc: Analysis, start: int, end: int, named: "_NameSpans") -> bool:
    """The segment ends with 和/与/同/跟 and names only, no verb after them: the partners of an act
    the next segment goes on to name (他还和意大利总理德拉吉，…)."""
    text = doc.norm_text
    joiner = max(text.rfind(j, start, end) for j in _JOINERS)
    if joiner <= start or not _names_only(doc, joiner + 1, end, named):
        return False
    # 窜访纽约和旧金山，…: 和 joins the objects of a verb already told (a name right before it), the list is closed
    before = tokens_in(doc, start, joiner)
    return not (before and before[-1][0].end == joiner and before[-1][1] in _PLACE_TAGS
                and any(tag == "v" for _, tag in before[:-1]))


_PLACE_TAGS = ("LOC", "ns", "ORG", "nt")


_JOINERS = ("和", "与", "同", "跟")


def _segment_start(text: str, position: int) -> int:
    """Where the segment ending at `position` begins (after the last comma or other break)."""
    at = position
    while at > 0 and text[at - 1] not in _ITEM_BREAK and not _OTHER_BREAK.match(text[at - 1]):
        at -= 1
    return at


def _segment_end(text: str, position: int) -> int:
    at = position
    while at < len(text) and text[at] not in _ITEM_BREAK and not _OTHER_BREAK.match(text[at]):
        at += 1
    return at


class _NameSpans:
    """The spans of a document's mentions and entity mentions, sorted once, to find those inside a stretch."""

    def __init__(self, doc: Analysis):
        spans = [m.span for m in doc.mentions] + [m for e in doc.entities for m in e.mentions]
        self.spans = sorted(spans, key=lambda span: span.start)
        self.starts = [span.start for span in self.spans]

    def inside(self, start: int, end: int) -> list[Span]:
        return [span for span in self.spans[bisect_left(self.starts, start):bisect_left(self.starts, end)]
                if span.end <= end]


def _names_only(doc: Analysis, start: int, end: int, named: _NameSpans) -> bool:
    """text[start:end] is nothing but parties, the people of their offices and those offices
    (意大利总理德拉吉, 波兰, 英国首相), with at least one party."""
    text = doc.norm_text
    found = mentions(doc, start, end)
    if not found:
        return False
    covered = [False] * (end - start)
    spans = [m for m, _ in found] + named.inside(start, end)
    for span in spans:
        for k in range(span.start, span.end):
            covered[k - start] = True
    rest = "".join(ch if not covered[k] else "\0" for k, ch in enumerate(text[start:end]))
    for title in titles():
        rest = rest.replace(title, "\0" * len(title))
    return not _FILLER.sub("", rest.replace("\0", ""))


def _ends_with_party(doc: Analysis, start: int, end: int) -> bool:
    """The segment closes with a name (a party, a person of one, or a party's office): the list's
    first item."""
    stripped = doc.norm_text[start:end].rstrip()
    office = next((t for t in titles() if stripped.endswith(t) and len(stripped) > len(t)), "")
    close = start + len(stripped) - len(office)  # 英国首相: the office of the state just named
    names = [m.span for m in doc.mentions] + [m for e in doc.entities for m in e.mentions]
    return any(span.end == close and span.start >= start for span in names) and bool(mentions(doc, start, end))


def _opens_with_party(doc: Analysis, start: int, end: int) -> bool:
    found = mentions(doc, start, end)
    return bool(found) and not doc.norm_text[start:found[0][0].start].strip()
