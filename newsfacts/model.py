"""The records every stage shares: an Article read from input, and the Analysis built on it.

Every span carries character offsets into `Article.text`, the text exactly as analysed, so any
record can show its evidence.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Optional

MAX_INPUT_BYTES = 20_000_000  # inputs larger than this are refused, not truncated (CLI, library, corpus)
CHINA_TZ_NOTE = "+08:00 assumed for Chinese sources unless stated"


@dataclass(frozen=True)
class Span:
    """A stretch of `Article.text`: [start, end) character offsets and the text itself."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Options:
    """Everything a caller can tune; passed explicitly to every stage."""

    published_at: Optional[datetime] = None  # wins over any date found in the input
    input_format: Optional[str] = None  # force "text", "html" or "json"; None = detect
    max_bytes: int = MAX_INPUT_BYTES  # inputs larger than this are refused, not truncated
    stages: Optional[list[str]] = None  # run only these stages (by name); None = all
    time_budget: Optional[float] = 60.0  # seconds one article may take; None or 0 = no limit
    full_chars: Optional[int] = 40_000  # analysed in full up to about this many characters (coverage.py); 0 = all


@dataclass
class Article:
    """One article as read from its input: metadata plus the layout of its text."""

    text: str  # the text analysed (plain input as given; HTML: the extracted main text)
    id: Optional[str] = None
    source: Optional[str] = None  # path, URL or record origin
    input_format: str = "text"
    url: Optional[str] = None
    title: Optional[Span] = None
    author: Optional[str] = None
    author_span: Optional[Span] = None
    published_at: Optional[datetime] = None
    published_at_origin: Optional[str] = None  # "option", "record", "byline", "html"
    byline: Optional[Span] = None
    subheadings: list[Span] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)  # body paragraphs, chrome removed
    boilerplate: list[Span] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)  # platform counters in the chrome (阅读 0)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Mention:
    """One occurrence of a name or time expression in the text."""

    span: Span
    type: str  # PER, ORG, GPE, LOC, TIME
    confidence: float = 1.0


@dataclass
class Entity:
    """A unique actor or place of the article, with all its mentions."""

    name: str  # the first (or most complete) surface form
    type: str  # PER, ORG, GPE, LOC
    id: Optional[str] = None  # the knowledge-base actor id (Q324546, USA, org:un), or local:TYPE:name
    mentions: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    canonical: Optional[str] = None
    wikidata: Optional[str] = None
    country: Optional[str] = None  # ISO 3166-1 alpha-3 where known
    role: Optional[str] = None
    confidence: float = 1.0


@dataclass
class Quote:
    """Who said what: one attributed statement."""

    content: Span
    kind: str  # "direct" or "indirect"
    speaker: Optional[Span] = None
    speaker_canonical: Optional[str] = None
    speaker_id: Optional[str] = None  # the id of the speaker's entity
    speaker_role: Optional[str] = None
    cue: Optional[Span] = None
    date: Optional[str] = None  # YYYY-MM-DD
    confidence: float = 0.5


@dataclass
class Event:
    """Who did what to whom, in PLOVER terms."""

    type: str
    trigger: Span
    evidence: Span
    source: Optional[str] = None
    target: Optional[str] = None
    source_actor: Optional[str] = None
    target_actor: Optional[str] = None
    cameo: Optional[str] = None
    date: Optional[str] = None  # YYYY-MM-DD, when the text gives the day
    date_precision: Optional[str] = None
    when: Optional[str] = None  # the resolved time at any precision (2025-02, week of 2025-04-14)
    location: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    killed: Optional[int] = None
    injured: Optional[int] = None
    modality: str = "asserted"  # asserted, hedged, conditional, future, negated, threatened, requested, prescribed, alleged
    quote_index: Optional[int] = None  # the quote this act was said in
    also_evidence: list[Span] = field(default_factory=list)  # the same event reported again

    @property
    def is_fact(self) -> bool:
        """Negated events, and material events under a condition (就算美国发动打击, 如果韩方同意), did not
        happen; a conditional threat or refusal is still an act."""
        if self.modality in ("negated", "hedged", "advisory", "threatened", "requested", "prescribed", "alleged"):
            return False  # 可能/应该/希望/威胁/要求/协议规定 + act: not asserted as done
        return self.modality != "conditional" or self.type in ("THREATEN", "REJECT", "REQUEST", "ACCUSE")
    confidence: float = 0.5


@dataclass
class HeadlineCheck:
    """A title or sub-heading checked against the body."""

    text: Span
    role: str  # "title" or "subheading"
    verdict: str  # supported, overstated, unsupported
    reasons: list[str] = field(default_factory=list)
    evidence: Optional[Span] = None
    confidence: float = 0.5


@dataclass
class Credit:
    """An outlet or agency the article credits for its information (据路透社报道)."""

    name: str  # surface form, 《》 kept as written
    span: Span
    cue: str  # the pattern that credits it: 据…报道, dateline, 来源, 援引 …


@dataclass
class Agreement:
    """A treaty, deal, ceasefire, memorandum, plan or partnership, at its latest state."""

    name: Span
    kind: str  # treaty, agreement, deal, ceasefire, memorandum, plan, partnership, other
    state: str  # proposed, negotiating, agreed_in_principle, signed, ratified, in_force, expired, …
    evidence: Span
    parties: list[str] = field(default_factory=list)
    brokers: list[str] = field(default_factory=list)
    state_date: Optional[str] = None
    violations_alleged_by: list[str] = field(default_factory=list)
    next_steps: list[Span] = field(default_factory=list)
    aliases: list[Span] = field(default_factory=list)  # other names of the same agreement


@dataclass
class Claim:
    speaker: Optional[str]  # actor code or surface form
    text: Span
    quote_index: Optional[int] = None


@dataclass
class Dispute:
    """Conflicting claims about one matter; neither side's claim is reported as fact."""

    matter: str
    parties: list[str]
    claims: list[Claim] = field(default_factory=list)


@dataclass
class TimelineItem:
    date: Optional[str]
    precision: Optional[str]  # day, part_of_day, week, month, year
    kind: str  # event, quote, agreement
    summary: str
    evidence: Span


@dataclass
class Analysis:
    """The document every stage reads and enriches; `to_dict` gives the gold-format JSON."""

    article: Article
    norm_text: str = ""  # simplified-Chinese, half-width view of article.text, same length
    sentences: list[Span] = field(default_factory=list)
    tokens: list[tuple[Span, str]] = field(default_factory=list)  # (word, LAC tag)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    headlines: list[HeadlineCheck] = field(default_factory=list)
    clickbait: Optional[bool] = None
    clickbait_score: Optional[float] = None
    clickbait_signals: list[str] = field(default_factory=list)
    sources: list[Credit] = field(default_factory=list)
    translated: Optional[bool] = None
    translation_signals: list[str] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    disputes: list[Dispute] = field(default_factory=list)
    timeline: list[TimelineItem] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    coverage: Optional[dict] = None  # set when only part of the text was analysed in full (coverage.py)

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "id": a.id,
            "source": a.source,
            "url": a.url,
            "input_format": a.input_format,
            "published_at": a.published_at.isoformat() if a.published_at else None,
            "published_at_origin": a.published_at_origin,
            "title": a.title.text if a.title else None,
            "title_span": _plain(a.title),
            "author": a.author,
            "subheadings": [s.text for s in a.subheadings],
            "subheading_spans": _plain(a.subheadings),
            "boilerplate": list(dict.fromkeys(s.text for s in a.boilerplate)),
            "boilerplate_spans": _plain(a.boilerplate),
            "paragraphs": _plain(a.paragraphs),
            "text": a.text,
            "entities": [_entity(e) for e in self.entities],
            "times": [_plain(m.span) for m in self.mentions if m.type == "TIME"],
            "quotes": [_quote(q) for q in self.quotes],
            "events": [_event(e) for e in self.events if e.is_fact],
            "hypothetical_events": [_event(e) for e in self.events if not e.is_fact],
            "headlines": [_headline(h) for h in self.headlines],
            "clickbait": self.clickbait,
            "clickbait_score": self.clickbait_score,
            "clickbait_signals": list(self.clickbait_signals),
            "sources": list(dict.fromkeys(c.name for c in self.sources)),
            "source_credits": [{"name": c.name, "cue": c.cue, "offsets": c.span.to_dict()} for c in self.sources],
            "translated": self.translated,
            "translation_signals": list(self.translation_signals),
            "counters": dict(a.counters),
            "agreements": [_agreement(x) for x in self.agreements],
            "disputes": [_plain(d) for d in self.disputes],
            "timeline": [_plain(t) for t in self.timeline],
            "warnings": list(a.warnings),
            "timings_ms": {k: round(v * 1000, 2) for k, v in self.timings.items()},
        } | ({"coverage": self.coverage} if self.coverage is not None else {})


def _plain(value: Any) -> Any:
    """Dataclasses to plain JSON-ready values (Span -> {start, end, text})."""
    if value is None:
        return None
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Span):
        return value.to_dict()
    if dataclasses.is_dataclass(value):
        return {k: _plain(v) for k, v in dataclasses.asdict(value).items()}
    return value


def _text(span: Optional[Span]) -> Optional[str]:
    return span.text if span else None


def _entity(e: Entity) -> dict:
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "canonical": e.canonical,
        "wikidata": e.wikidata,
        "country": e.country,
        "role": e.role,
        "aliases": e.aliases,
        "mentions": [m.to_dict() for m in e.mentions],
        "confidence": e.confidence,
    }


def _quote(q: Quote) -> dict:
    out = {
        "speaker": _text(q.speaker),
        "speaker_canonical": q.speaker_canonical,
        "speaker_id": q.speaker_id,
        "speaker_role": q.speaker_role,
        "cue": _text(q.cue),
        "content": q.content.text,
        "kind": q.kind,
        "date": q.date,
        "confidence": q.confidence,
        "offsets": {
            "content": q.content.to_dict(),
            "speaker": _plain(q.speaker),
            "cue": _plain(q.cue),
        },
    }
    return out


def _event(e: Event) -> dict:
    out = {k: v for k, v in dataclasses.asdict(e).items() if k not in ("trigger", "evidence", "also_evidence")}
    out["trigger"] = e.trigger.text
    out["evidence"] = e.evidence.text
    out["also_evidence"] = [s.text for s in e.also_evidence]
    out["offsets"] = {"trigger": e.trigger.to_dict(), "evidence": e.evidence.to_dict(),
                      "also_evidence": [s.to_dict() for s in e.also_evidence]}
    return out


def _agreement(a: Agreement) -> dict:
    out = {
        "name": a.name.text,
        "kind": a.kind,
        "parties": a.parties,
        "state": a.state,
        "state_date": a.state_date,
        "brokers": a.brokers,
        "violations_alleged_by": a.violations_alleged_by,
        "next_steps": [s.text for s in a.next_steps],
        "evidence": a.evidence.text,
        "aliases": [s.text for s in a.aliases],
        "offsets": {"name": a.name.to_dict(), "evidence": a.evidence.to_dict()},
    }
    return out


def _headline(h: HeadlineCheck) -> dict:
    return {
        "text": h.text.text,
        "role": h.role,
        "verdict": h.verdict,
        "reasons": h.reasons,
        "evidence": _text(h.evidence),
        "confidence": h.confidence,
        "offsets": {"text": h.text.to_dict(), "evidence": _plain(h.evidence)},
    }
