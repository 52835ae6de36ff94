"""Visits told of a group whose members are listed apart from the verb: 近日访华的外国领导人 with the
visitors after 包括 (…包括A、B) or before it (继A、B之后，近日访华的…), and a host's guests (X迎来的
客人包括A、B、C). Each listed state makes one visit (CONSULT) to the host."""
from __future__ import annotations

import re
from typing import Iterator, Optional

from ..model import Analysis, Event, Span
from ..nlp.chinese import SENTENCE_ENDS, forward_to, span
from . import event_parties as parties
from .event_args import CLAUSE_BREAK, back_to
from .event_triggers import triggers

_VISIT = "042"  # CAMEO: make a visit
# The group of visitors a visit or a welcome describes: 访华的外国领导人, 迎来的客人.
_GROUP = r"[^，,。；;的]{0,6}?(?:领导人|元首|首脑|政要|客人|贵宾|外宾)"
_VISIT_GROUP = re.compile(r"(?P<act>访华|来华|访问|到访)(?P<place>[^，,。；;的]{0,8}?)的" + _GROUP)
_WELCOMED_GROUP = re.compile(r"(?P<act>迎来|接待)了?的" + _GROUP)
# The members, listed after 包括 in the same sentence, or in 继…(之)后 before the group.
_INCLUDING = re.compile(r"(?:还|也)?包括(?:了)?")
_FOLLOWING = re.compile(r"继(?P<list>[^，,。；;继]{2,60}?)(?:之后|以后|后)")
_NOT_DONE = re.compile(r"将|即将|拟|计划|准备|有望|可能|没有|未")  # a visit still to come or denied


def events(doc: Analysis, paragraph: Span) -> Iterator[tuple[Event, Span]]:
    """(event, its sentence) for each listed visitor of a group visit in the paragraph."""
    text = doc.norm_text
    for pattern in (_VISIT_GROUP, _WELCOMED_GROUP):
        for match in pattern.finditer(text, paragraph.start, paragraph.end):
            clause_start = back_to(text, paragraph.start, match.start(), CLAUSE_BREAK)
            if _NOT_DONE.search(text, clause_start, match.start()):
                continue
            host = _host(doc, match, clause_start)
            if host is None:
                continue
            sentence_start = back_to(text, paragraph.start, match.start(), SENTENCE_ENDS)
            sentence_end = forward_to(text, match.end(), paragraph.end, SENTENCE_ENDS)
            visitors = _listed(doc, match, sentence_start, sentence_end)
            for visitor in visitors:
                if visitor != host:
                    yield Event(type="CONSULT", trigger=span(doc, match.start("act"), match.end("act")),
                                evidence=span(doc, sentence_start, sentence_end), source=visitor, target=host,
                                cameo=_VISIT, confidence=0.6), Span(sentence_start, sentence_end, "")


def _host(doc: Analysis, match: re.Match, clause_start: int) -> Optional[str]:
    """The state visited: the one the verb implies (访华), the one right after it (访问越南的), or, for
    a welcome, the one named before 迎来 in its clause (中国这次迎来的客人)."""
    if match.re is _WELCOMED_GROUP:
        before = parties.codes(doc, clause_start, match.start())
        return before[-1] if len(before) == 1 else None
    word = triggers().get(match.group("act"))
    if word is not None and word.implied and word.implied != "SELF":
        return word.implied
    after = parties.codes(doc, match.start("place"), match.end("place"))
    return after[0] if len(after) == 1 else None


def _listed(doc: Analysis, match: re.Match, sentence_start: int, sentence_end: int) -> list[str]:
    """The states of the visitors listed after 包括 right after the group, else in 继…后 before it."""
    text = doc.norm_text
    including = _INCLUDING.match(text, match.end())
    if including is not None:
        end = forward_to(text, including.end(), sentence_end, frozenset("；;"))
        return parties.codes(doc, including.end(), end)
    following = None
    for found in _FOLLOWING.finditer(text, sentence_start, match.start()):
        following = found
    if following is None:
        return []
    return parties.codes(doc, following.start("list"), following.end("list"))
