"""Outlets that bring a piece into the text without a speech cue (英国《泰晤士报》网站发表了题为《……》的报道 /
a section headed 美国《纽约时报》：) to the positions where a later bare 报道称 / 报道指出 / 该报道 may refer
back to them. Read by nlp/speakers.py."""
from __future__ import annotations

import re
from typing import Optional

from ..kb import KnowledgeBase
from ..model import Analysis, Span
from .chinese import span as _span
from .credits import is_outlet

# an outlet that runs a piece: 《纽约时报》网站在10月1日发表题为《……》的报道 / 美联社刊文 / 路透社发文
_PUBLISHES = re.compile(r"[^。！？!?\n；;，,]{0,24}?(?:发表|刊发|刊登|刊载|刊出|刊文|撰文|发文|登载|播发|播出)")
_NOT_THE_PUBLISHER = re.compile(r"采访|记者|对|向")  # 接受《时报》采访时发表讲话: the outlet only listens
_BOOK = re.compile(r"《([^》]{1,20})》")
# a line that only names an outlet, as a roundup's section head: 英国《泰晤士报》： / 路透社：
_HEADER = re.compile(r"(?m)^[ \t\u3000]*([^\n：:。，,！？]{1,24}?)[ \t\u3000]*[：:][ \t\u3000]*$")
_PLACE_BEFORE = re.compile(r"^[\u4e00-\u9fff]{0,6}$")  # 英国 / 西班牙 before the outlet of a head line
# what may open a clause before an outlet that is its subject (不过，英国《金融时报》…), besides its state's name
_SUBJECT_OPENING_REACH = 24  # characters before an outlet looked at for the opening of its clause
_CONNECTIVE = re.compile(r"^(?:不过|但是|但|而|此外|另外|同时|与此同时|对此|随后|此前)?")


def published_outlets(doc: Analysis) -> list[tuple[int, Span]]:
    """(position, the outlet's name) of every outlet the text introduces as running a piece or as
    a section's head, in text order. 在《求是》杂志发表文章 names where a person published: no entry."""
    text = doc.norm_text
    found: dict[int, Span] = {}
    for book in _BOOK.finditer(text):
        name = book.group(1)
        if not is_outlet(name) or text[max(0, book.start() - 1):book.start()] == "在":
            continue
        run = _PUBLISHES.match(text, book.end())
        if run is not None and not _NOT_THE_PUBLISHER.search(run.group(0)):
            found[book.start()] = _span(doc, book.start(1), book.end(1))
    for m in doc.mentions:
        if m.type == "ORG" and is_outlet(m.span.text) and m.span.start not in found \
                and text[max(0, m.span.start - 1):m.span.start] not in ("在", "《"):
            run = _PUBLISHES.match(text, m.span.end)
            if run is not None and not _NOT_THE_PUBLISHER.search(run.group(0)):
                found[m.span.start] = m.span
    for book in _BOOK.finditer(text):  # 不过，英国《金融时报》对此持保留态度。该报援引…: an outlet opening a clause as its subject
        floor = max(0, book.start() - _SUBJECT_OPENING_REACH)  # no opening this far back leaves a connective or a state
        clause = max(floor, max(text.rfind(c, floor, book.start()) for c in "。！？!?\n；;，,") + 1)
        before = _CONNECTIVE.sub("", text[clause:book.start()].strip())
        if book.start() not in found and is_outlet(book.group(1)) \
                and (not before or KnowledgeBase.load().country(before) is not None) \
                and not text.startswith(("的", "网", "记者", "报道", "援引", "采访", "专访"), book.end()):
            found[book.start()] = _span(doc, book.start(1), book.end(1))
    for line in _HEADER.finditer(text):
        head = _header_outlet(doc, line.start(1), line.end(1))
        if head is not None:
            found.setdefault(line.start(1), head)
    return sorted(found.items(), key=lambda item: item[0])


def _header_outlet(doc: Analysis, start: int, end: int) -> Optional[Span]:
    """英国《泰晤士报》 / 路透社 as a whole line before a colon: the outlet's name."""
    text = doc.norm_text
    book = _BOOK.search(text, start, end)
    if book is not None:
        if book.end() == end and _PLACE_BEFORE.match(text[start:book.start()]) and is_outlet(book.group(1)):
            return _span(doc, book.start(1), book.end(1))
        return None
    return _span(doc, start, end) if is_outlet(text[start:end]) and end - start <= 12 else None


def latest_between(published: list[tuple[int, Span]], after: int, before: int) -> Optional[tuple[int, Span]]:
    """The last outlet introduced in text[after:before], if any."""
    return next(((pos, name) for pos, name in reversed(published) if after < pos < before), None)


# the bare piece as a clause's subject: 报道称 / 报道还提到 / 上述文章称 / 这篇报道指出
_DETERMINERS = r"该|这篇|这则|这|此|上述|前述|那篇"
_REPORT_NOUN = re.compile(rf"((?:{_DETERMINERS})?(?:报道|文章))(?:中|里)?(?:还|也|则|又|更)?")
_DETERMINER = re.compile(_DETERMINERS)


def report_subject(text: str, start: int, end: int, cue: str) -> Optional[tuple[int, int]]:
    """(start, end) of the piece that is the whole subject of a cue (报道提到 / 上述文章还称, or 报道称 with
    the noun inside the cue), or None; such a piece speaks for its outlet, never for a person."""
    zone = text[start:end].strip()
    if not zone or _DETERMINER.fullmatch(zone):  # 报道称 / 该报道称: the noun is inside the cue
        noun = _REPORT_NOUN.match(cue)  # 记者王伟报道，: a byline's 报道 is no speaking piece
        at = end - len(zone) if zone else end
        return (at, end + noun.end(1)) if noun is not None and noun.end() < len(cue) else None
    whole = _REPORT_NOUN.fullmatch(text, start, end)
    return (whole.start(1), whole.end(1)) if whole is not None else None


_WROTE = re.compile(r"[^。！？!?\n]{0,30}?(?:发表|撰写|撰文|署名|执笔|写的|所写)")


def wrote_piece(text: str, person_end: int) -> bool:
    """普京……发表题为《……》的文章 / 李明撰写的评论: the person named is the piece's author."""
    return _WROTE.match(text, person_end) is not None

