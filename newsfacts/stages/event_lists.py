"""Lists of parties written with commas: a translation or a hurried text separates the items of a list
with ， where an editor writes 、 (英国首相，波兰，土耳其和荷兰的领导人都到访过基辅). The events stage reads
such commas as 、, so that the list stays one clause and each of its parties takes part in the act."""
from __future__ import annotations

import re

from ..model import Analysis
from ..nlp.words import titles
from . import event_parties as parties

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
    chars = list(text)
    for i in commas:
        before_start = _segment_start(text, i)
        after_end = _segment_end(text, i + 1)
        if after_end <= i + 1 or before_start >= i:
            continue
        after_named = _names_only(doc, i + 1, after_end)
        if after_named and after_end < len(text) and text[after_end] in _ITEM_BREAK and _ends_with_party(doc, before_start, i):
            chars[i] = _LIST_MARK  # 和德国总理朔尔兹，意大利总理德拉吉，…: the next item is a name alone
        elif _opens_with_party(doc, i + 1, after_end) and (
                _names_only(doc, before_start, i) and before_start > 0 and chars[before_start - 1] == _LIST_MARK
                or _open_partner(doc, before_start, i)):
            # 英国首相，波兰，土耳其和荷兰的领导人…: a name alone, then the list goes on;
            # 他还和意大利总理，西班牙首相和…通电话: a partner after 和 with no verb yet, the list goes on
            chars[i] = _LIST_MARK
    return "".join(chars)


def _open_partner(doc: Analysis, start: int, end: int) -> bool:
    """The segment ends with 和/与/同/跟 and names only, no verb after them: the partners of an act
    the next segment goes on to name (他还和意大利总理德拉吉，…)."""
    text = doc.norm_text
    joiner = max(text.rfind(j, start, end) for j in _JOINERS)
    return joiner > start and _names_only(doc, joiner + 1, end)


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


def _names_only(doc: Analysis, start: int, end: int) -> bool:
    """text[start:end] is nothing but parties, the people of their offices and those offices
    (意大利总理德拉吉, 波兰, 英国首相), with at least one party."""
    text = doc.norm_text
    found = parties.mentions(doc, start, end)
    if not found:
        return False
    covered = [False] * (end - start)
    spans = [m for m, _ in found] + [m.span for m in doc.mentions if start <= m.span.start and m.span.end <= end]
    spans += [m for e in doc.entities for m in e.mentions if start <= m.start and m.end <= end]
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
    return any(span.end == close and span.start >= start for span in names) and bool(parties.mentions(doc, start, end))


def _opens_with_party(doc: Analysis, start: int, end: int) -> bool:
    found = parties.mentions(doc, start, end)
    return bool(found) and not doc.norm_text[start:found[0][0].start].strip()
