"""Event stage: who did what to whom. Trigger words and Chinese argument patterns (X与Y会谈,
X对Y发动袭击, Y遭到X袭击, X指责Y) to PLOVER events with actor codes, modality, date, place, casualties."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

from . import actors
from .model import Analysis, Event, Options, Quote, Span
from .quotes import quoted_segments
from .timex import find_times

_CLAUSE_BREAK = set("，,；;。！？!?\n")
_SENTENCE_BREAK = set("。！？!?\n")
_NEGATION = re.compile(r"(?:未能|未|没有|没|不会|不能|不愿|并未|尚未|无意|不)$")
_HEDGE = re.compile(r"可能|或将|或许|也许|考虑|计划|拟|准备|打算|有望|据称|传闻")
_FUTURE = re.compile(r"将要|将会|即将|将(?![军领])")
_CONDITION = re.compile(r"如果|若|一旦|假如|倘若|要是")
_PASSIVE = re.compile(r"遭到|遭受|遭|受到|被")
_WITH = re.compile(r"[与和同跟]")
_ON = re.compile(r"[对向]")
_BOTH_SIDES = re.compile(r"双方|两国|彼此")
_NUMBER = r"(?P<n>\d+|[一二两三四五六七八九十百千]+|数十|数百|数千|几十|上百|多)"
_KILLED = re.compile(_NUMBER + r"(?:多)?(?:人|名[^，。]{0,6}?)(?:死亡|丧生|遇难|身亡|罹难|被打死|被炸死)")
_INJURED = re.compile(_NUMBER + r"(?:多)?(?:人|名[^，。]{0,6}?)(?:受伤|伤|负伤)")
_QUOTE_ACTS = {"THREATEN", "ACCUSE", "REQUEST", "REJECT"}
CASUALTY_REACH = 2  # sentences after the trigger sentence searched for casualty counts


@dataclass(frozen=True)
class Trigger:
    word: str
    type: str
    cameo: str
    frame: str


@lru_cache(maxsize=1)
def triggers() -> dict[str, Trigger]:
    raw = resources.files("newsfacts.data").joinpath("event_triggers.tsv").read_text(encoding="utf-8")
    out = {}
    for row in raw.splitlines():
        if row.strip() and not row.startswith("#"):
            word, kind, cameo, frame = row.split("\t")
            out[word] = Trigger(word, kind, cameo, frame)
    return out


@lru_cache(maxsize=1)
def _trigger_re() -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in sorted(triggers(), key=len, reverse=True)))


def extract(doc: Analysis, options: Options) -> Analysis:
    """Stage: events from trigger words in the body, and from quotes that are acts."""
    found: list[Event] = []
    for paragraph in doc.article.paragraphs:
        segments = quoted_segments(doc.norm_text, paragraph.start, paragraph.end)
        for match in _trigger_re().finditer(doc.norm_text, paragraph.start, paragraph.end):
            if any(s.open < match.start() < s.close for s in segments):
                continue  # words inside a quotation are the speaker's claim, coded via the quote
            if _is_quote_cue(doc, match.start()):
                continue
            found.extend(_events_at(doc, paragraph, match.start(), match.end(), triggers()[match.group(0)]))
    for index, quote in enumerate(doc.quotes):
        found.extend(_quote_event(doc, index, quote))
    doc.events = _merge(sorted(found, key=lambda e: e.trigger.start))
    return doc


def _is_quote_cue(doc: Analysis, start: int) -> bool:
    return any(q.cue is not None and q.cue.start <= start < q.cue.end for q in doc.quotes)


def _events_at(doc: Analysis, paragraph: Span, start: int, end: int, trigger: Trigger) -> list[Event]:
    text = doc.norm_text
    sentence = _sentence_around(text, paragraph, start)
    clause_start = _back_to(text, sentence.start, start, _CLAUSE_BREAK)
    clause_end = _forward_to(text, end, sentence.end, _CLAUSE_BREAK)
    before = text[clause_start:start]
    negated = trigger.type != "REJECT" and bool(_NEGATION.search(before[-4:]))
    source, target = _arguments(doc, sentence, clause_start, start, end, clause_end, trigger)
    pairs = [(source, target)]
    if source is None and _BOTH_SIDES.search(before):
        pairs = _both_sides(doc, paragraph, start)
    evidence = _span(doc, _evidence_start(doc, sentence.start, clause_start, source), clause_end)
    events = []
    for src, tgt in pairs:
        if src is None and tgt is None:
            continue
        event = Event(type=trigger.type, trigger=_span(doc, start, end), evidence=evidence, source=src, target=tgt,
                      cameo=trigger.cameo, confidence=0.6 if src and tgt else 0.4)
        event.modality = "negated" if negated else _modality(text, sentence.start, clause_start, start)
        _place_and_time(doc, event, sentence, paragraph)
        if trigger.type == "ASSAULT":
            _casualties(doc, event, paragraph, sentence)
        events.append(event)
    return events


def _arguments(doc: Analysis, sentence: Span, clause_start: int, start: int, end: int, clause_end: int,
               trigger: Trigger) -> tuple[Optional[str], Optional[str]]:
    """Source and target codes from the clause's pattern: passive, X与Y V, X对Y V, X V Y."""
    text = doc.norm_text
    before = actors.codes_in(doc, clause_start, start)
    after = actors.codes_in(doc, end, clause_end)
    passive = _last(_PASSIVE, text, clause_start, start)
    if passive is not None:
        patients = actors.codes_in(doc, clause_start, passive)
        agents = actors.codes_in(doc, passive, start)
        return (agents[0] if agents else None), (patients[0] if patients else _subject(doc, sentence, clause_start))
    joiner = _last(_WITH if trigger.frame == "with" else _ON, text, clause_start, start)
    if joiner is not None and trigger.frame in ("with", "on"):
        left = actors.codes_in(doc, clause_start, joiner)
        right = actors.codes_in(doc, joiner + 1, start)
        source = left[0] if left else _subject(doc, sentence, clause_start)
        target = next((c for c in right if c != source), None)
        return source, target
    source = before[0] if before else _subject(doc, sentence, clause_start)
    target = next((c for c in after + before[1:] if c != source), None)
    if trigger.frame == "with" and target is None and len(before) > 1:
        target = next((c for c in before if c != source), None)
    return source, target


def _subject(doc: Analysis, sentence: Span, clause_start: int) -> Optional[str]:
    """The sentence's subject when the trigger's clause has none (……，并拒绝了……)."""
    codes = actors.codes_in(doc, sentence.start, _forward_to(doc.norm_text, sentence.start, clause_start, _CLAUSE_BREAK))
    return codes[0] if codes else None


def _both_sides(doc: Analysis, paragraph: Span, position: int) -> list[tuple[Optional[str], Optional[str]]]:
    """双方指责对方: both directions between the two parties the text last named."""
    seen: list[str] = []
    for code in reversed(actors.codes_in(doc, max(0, paragraph.start - 400), position)):
        if code not in seen:
            seen.append(code)
        if len(seen) == 2:
            break
    if len(seen) < 2:
        return [(None, None)]
    first, second = seen[1], seen[0]
    return [(first, second), (second, first)]


def _quote_event(doc: Analysis, index: int, quote: Quote) -> list[Event]:
    """A threat, accusation, demand or rejection said aloud is also an event, linked to its quote."""
    if quote.cue is None or quote.speaker is None:
        return []
    word = re.sub(r"[称说道]$", "", quote.cue.text)
    trigger = triggers().get(word)
    if trigger is None or trigger.type not in _QUOTE_ACTS:
        return []
    source = actors.code_of_span(doc, quote.speaker)
    targets = [c for c in actors.codes_in(doc, quote.content.start, quote.content.end) if c != source]
    if source is None:
        return []
    evidence = _span(doc, min(quote.speaker.start, quote.cue.start), quote.content.end)
    if evidence.end - evidence.start > 300:
        evidence = _span(doc, quote.cue.start, quote.content.end)
    event = Event(type=trigger.type, trigger=quote.cue, evidence=evidence, source=source,
                  target=targets[0] if targets else None, cameo=trigger.cameo, date=quote.date,
                  date_precision="day" if quote.date else None, quote_index=index,
                  confidence=round(0.7 * quote.confidence, 2))
    event.modality = "asserted"
    return [event]


def _modality(text: str, sentence_start: int, clause_start: int, start: int) -> str:
    before = text[clause_start:start]
    if _CONDITION.search(text[sentence_start:start]):
        return "conditional"
    if _HEDGE.search(before):
        return "hedged"
    if _FUTURE.search(before):
        return "future"
    return "asserted"


def _place_and_time(doc: Analysis, event: Event, sentence: Span, paragraph: Span) -> None:
    text = doc.norm_text
    anchor = _anchor_day(doc, sentence.start)
    for t in find_times(text, doc.article.published_at, sentence.start, event.trigger.start, anchor=anchor):
        if t.precision in ("day", "part_of_day", "week", "month") and t.value:
            event.date, event.date_precision = t.value if t.precision in ("day", "part_of_day") else None, t.precision
            if t.precision in ("day", "part_of_day"):
                break
    place = actors.place_in(doc, sentence.start, sentence.end, exclude={event.source, event.target})
    if place is not None:
        event.location = place


def _anchor_day(doc: Analysis, position: int):
    """The last day the article named before `position` (for 当天, 夜间)."""
    from datetime import date

    last = None
    for t in find_times(doc.norm_text, doc.article.published_at, 0, position):
        if t.precision == "day" and t.value:
            last = date.fromisoformat(t.value)
    return last


def _casualties(doc: Analysis, event: Event, paragraph: Span, sentence: Span) -> None:
    text = doc.norm_text
    end = sentence.end
    for _ in range(CASUALTY_REACH):
        nxt = _forward_to(text, min(end + 1, len(text)), len(text), _SENTENCE_BREAK)
        if nxt <= end:
            break
        end = nxt
    window = text[sentence.start:end]
    killed, injured = _KILLED.search(window), _INJURED.search(window)
    event.killed = _count(killed.group("n")) if killed else None
    event.injured = _count(injured.group("n")) if injured else None


def _count(raw: str) -> Optional[int]:
    if raw.isdigit():
        return int(raw)
    try:
        import cn2an

        return int(cn2an.cn2an(raw, "smart"))
    except (ValueError, KeyError, ImportError):
        return None  # 数十, 上百: a vague count is not a number


def _merge(events: list[Event]) -> list[Event]:
    """One record per (type, source, target, date); later mentions add evidence."""
    merged: dict[tuple, Event] = {}
    for event in events:
        key = (event.type, event.source, event.target, event.date)
        if key in merged:
            first = merged[key]
            if event.evidence != first.evidence and event.evidence not in first.also_evidence:
                first.also_evidence.append(event.evidence)
            first.killed = first.killed or event.killed
            first.injured = first.injured or event.injured
            first.location = first.location or event.location
            first.confidence = max(first.confidence, event.confidence)
            continue
        merged[key] = event
    return list(merged.values())


def _sentence_around(text: str, paragraph: Span, position: int) -> Span:
    start = _back_to(text, paragraph.start, position, _SENTENCE_BREAK)
    end = _forward_to(text, position, paragraph.end, _SENTENCE_BREAK)
    return Span(start, end, text[start:end])


def _evidence_start(doc: Analysis, sentence_start: int, clause_start: int, source: Optional[str]) -> int:
    if source is not None and not actors.codes_in(doc, clause_start, clause_start + 30):
        return sentence_start
    return clause_start


def _back_to(text: str, floor: int, position: int, stops: set) -> int:
    while position > floor and text[position - 1] not in stops:
        position -= 1
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _forward_to(text: str, position: int, ceiling: int, stops: set) -> int:
    while position < ceiling and text[position] not in stops:
        position += 1
    return position


def _last(pattern: re.Pattern, text: str, start: int, end: int) -> Optional[int]:
    found = None
    for match in pattern.finditer(text, start, end):
        found = match.start()
    return found


def _span(doc: Analysis, start: int, end: int) -> Span:
    return Span(start, end, doc.article.text[start:end])
