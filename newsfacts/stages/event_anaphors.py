"""Parties of an event named by a reference back (event_parties reads them): 该发言人 / 这位发言人 repeating a
title written with a body or state before, and 他/她 after a sentence whose subject is an office named with
no name. `mentions` is event_parties.mentions, the coded party mentions of a stretch of text."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from ..doc import mentions_in
from ..model import Analysis, Span
from ..nlp.chinese import SENTENCE_ENDS as SENTENCE_END, back_to
from ..nlp.words import titles

Mentions = Callable[[Analysis, int, int], list[tuple[Span, str]]]


_ANAPHOR = re.compile(r"(?:该|这位|这名|此位)(?P<title>发言人|官员|外长|部长|大使|特使|代表|总统|总理|首相)")
ANAPHOR_SENTENCES = 2  # sentences back a 该发言人 looks for the body or state whose title it repeats


def titled_anaphor(doc: Analysis, start: int, end: int, mentions: Mentions) -> Optional[tuple[int, str]]:
    """该发言人敦促… after 中国海警局新闻发言人发表声明: the state of the party named right before the same
    title in the sentences before."""
    text = doc.norm_text
    found = _ANAPHOR.search(text, start, end)
    if found is None:
        return None
    begin = found.start()
    for _ in range(ANAPHOR_SENTENCES):
        begin = back_to(text, 0, max(0, begin - 1), SENTENCE_END)
    title = found.group("title")
    best = None
    for mention, code in mentions(doc, begin, found.start()):
        after = text[mention.end:mention.end + 8]
        if title in after and not any(c in after[:after.index(title)] for c in "，,。；;"):
            best = (found.start(), code)
    return best


def titled_subject_before(doc: Analysis, position: int, mentions: Mentions) -> Optional[str]:
    """The state of an office named with no name as the subject of the sentence before the pronoun
    (美国国务卿会见了以色列总理。他…), when no person is named there."""
    text = doc.norm_text
    own = back_to(text, 0, position, SENTENCE_END)
    if own == 0 or mentions(doc, own, position):
        return None
    begin = back_to(text, 0, own - 1, SENTENCE_END)
    first = next(iter(mentions(doc, begin, own)), None)
    if first is None or first[0].start != begin or any(e.type == "PER" for _, e in mentions_in(doc, begin, own)):
        return None
    return first[1] if text.startswith(_titles(), first[0].end) else None


@lru_cache(maxsize=1)
def _titles() -> tuple[str, ...]:
    return tuple(t for t in titles() if len(t) >= 2)
