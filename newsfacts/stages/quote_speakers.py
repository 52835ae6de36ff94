"""Speaker candidates of a quote and their structural signals (type, distance to the cue, clause
position, quotation marks, discourse history), for a learned ranker over the rules' choice."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import numpy as np

from ..doc import speaker_entity
from .. import lexicon
from ..model import Analysis, Quote, Span
from ..nlp.chinese import CLAUSE_BREAKS, SENTENCE_ENDS
from ..nlp.credits import REPORTER, bylines, is_outlet
from ..nlp.subjects import strip_leads
from ..nlp.words import titles

MODEL_FILE = "speaker_ranker.json"
REACH_SENTENCES = 1  # candidates come from the cue's sentence and this many sentences before it
DOUBTFUL = 0.7  # a rules' choice below this confidence came from a fallback (pronoun, nearest subject)
HISTORY = 3  # and from the speakers of this many statements before
_ACTOR_TYPES = ("PER", "ORG", "GPE", "LOC")
_OBJECT_MARKS = set("对向与和跟同给把将被为在从据")


@dataclass
class Candidate:
    span: Span
    canonical: Optional[str]
    entity_type: str  # PER/ORG/GPE/LOC, or NP for a noun phrase only the rules name
    signals: dict[str, float] = field(default_factory=dict)


def _sentence_start(text: str, at: int) -> int:
    while at > 0 and text[at - 1] not in SENTENCE_ENDS:
        at -= 1
    return at


def _sentence_end(text: str, at: int) -> int:
    while at < len(text) and text[at] not in SENTENCE_ENDS:
        at += 1
    return at


def _inside_quotation(text: str, at: int, floor: int) -> bool:
    """An opening mark before `at` in its paragraph that is not closed before it."""
    depth = 0
    for c in text[floor:at]:
        if c in "“「『":
            depth += 1
        elif c in "”」』" and depth:
            depth -= 1
    return depth > 0


class Ranker:
    """Signals of every candidate speaker of an article's quotes."""

    def __init__(self, doc: Analysis):
        self.doc = doc
        reporters = bylines(doc)
        self.actors = sorted((m for m in doc.mentions if m.type in _ACTOR_TYPES and m.span.start not in reporters),
                             key=lambda m: m.span.start)
        self.canonical: dict[int, str] = {}
        self.frequency: dict[str, int] = {}
        for entity in doc.entities:
            for span in entity.mentions:
                self.canonical[span.start] = entity.canonical
            self.frequency[entity.canonical or ""] = len(entity.mentions)

    def candidates(self, quote: Quote, before: list[Quote]) -> list[Candidate]:
        """The rules' speaker, the actors named in the cue's sentence and the one before, and the
        speakers of the last statements; each once (by canonical name, else by surface)."""
        text = self.doc.norm_text
        cue = quote.cue.start if quote.cue is not None else quote.content.start
        floor = _sentence_start(text, cue)
        for _ in range(REACH_SENTENCES):
            floor = _sentence_start(text, max(0, floor - 1))
        ceiling = _sentence_end(text, cue)
        found: list[Candidate] = []
        seen: set[str] = set()

        def add(span: Span, canonical: Optional[str], kind: str, signals: dict[str, float]) -> None:
            key = (canonical or span.text).casefold()
            if key in seen or not span.text.strip():
                for c in found:
                    if (c.canonical or c.span.text).casefold() == key:
                        for name, value in signals.items():
                            c.signals[name] = max(c.signals.get(name, 0.0), value)
                return
            seen.add(key)
            found.append(Candidate(span, canonical, kind, dict(signals)))

        if quote.speaker is not None or quote.speaker_canonical:
            span = quote.speaker or Span(cue, cue, "")
            add(span if span.text else Span(cue, cue, quote.speaker_canonical or ""), quote.speaker_canonical,
                self._type_of(span), {"rule": 1.0})
        for m in self.actors:
            if floor <= m.span.start < ceiling and not self._inside(quote, m.span):
                add(m.span, self.canonical.get(m.span.start), m.type, {})
        for rank, earlier in enumerate(reversed(before[-HISTORY:]), start=1):
            if earlier.speaker is not None:
                add(earlier.speaker, earlier.speaker_canonical, self._type_of(earlier.speaker),
                    {f"history{rank}": 1.0})
        for c in found:
            c.signals.update(self._signals(c, quote, cue, found))
            c.signals["in_other_content"] = float(any(self._inside(q, c.span) for q in before))
            if c.signals.get("rule"):  # how far the rules' own choice is to be trusted
                c.signals.update({f"rule*{k}": v for k, v in list(c.signals.items()) if k != "rule" and v})
                c.signals["rule*confidence"] = quote.confidence
                c.signals["rule*doubtful"] = float(quote.confidence < DOUBTFUL)
        return found

    @staticmethod
    def _inside(quote: Quote, span: Span) -> bool:
        return quote.content.start <= span.start < quote.content.end

    def _type_of(self, span: Span) -> str:
        return next((m.type for m in self.actors if m.span.start == span.start and m.span.end == span.end),
                    next((m.type for m in self.actors if span.start <= m.span.start and m.span.end <= span.end), "NP"))

    def _signals(self, c: Candidate, quote: Quote, cue: int, found: list[Candidate]) -> dict[str, float]:
        text = self.doc.norm_text
        s, e = c.span.start, c.span.end
        before_cue = e <= cue
        gap = text[e:cue] if before_cue else text[cue:s]
        clause_start = strip_leads(text, _clause_start(text, cue), cue)
        same_sentence = _sentence_start(text, cue) <= s and (before_cue or not any(ch in SENTENCE_ENDS for ch in gap))
        nearer = sum(1 for o in found if o is not c and o.span.end <= cue and e <= o.span.start) if before_cue else 0
        out = {
            f"type:{c.entity_type}": 1.0,
            "before_cue": float(before_cue),
            "distance": math.log1p(len(gap)) / 5,
            "same_clause": float(before_cue and not any(ch in CLAUSE_BREAKS for ch in gap)),
            "same_sentence": float(same_sentence),
            "clause_subject": float(before_cue and clause_start <= s <= clause_start + 2),
            "adjacent": float(before_cue and len(gap.strip()) <= 2),
            "nearest_before": float(before_cue and nearer == 0),
            "in_quotation": float(_inside_quotation(text, s, _sentence_start(text, max(0, s - 200)))),
            "in_content": float(self._inside(quote, c.span)),
            "object_mark": float(s > 0 and text[s - 1] in _OBJECT_MARKS),
            "possessive": float(text[e:e + 1] == "的"),
            "outlet": float(is_outlet(c.span.text)),
            "titled": float(any(text[max(0, s - 12):s].endswith(t) for t in _titles())),
            "reporter": float(text[max(0, s - 4):s].endswith(REPORTER)),
            "frequency": math.log1p(self.frequency.get(c.canonical or "", 1)) / 3,
            "canonical": float(bool(c.canonical)),
            "direct": float(quote.kind == "direct"),
        }
        return out


def _clause_start(text: str, at: int) -> int:
    while at > 0 and text[at - 1] not in CLAUSE_BREAKS and text[at - 1] not in "”」』":
        at -= 1
    return at


@lru_cache(maxsize=1)
def _titles() -> tuple[str, ...]:
    return tuple(t for t in titles() if len(t) >= 2)


def vector(signals: dict[str, float], names: list[str]) -> np.ndarray:
    return np.array([signals.get(n, 0.0) for n in names], dtype=float)


@lru_cache(maxsize=1)
def model() -> Optional[dict]:
    """The fitted weights (data/speaker_ranker.json), or None when no model ships."""
    return lexicon.model_json(MODEL_FILE)


def choose(candidates: list[Candidate], weights: dict) -> Optional[Candidate]:
    """The candidate the model scores highest (the first on a tie: the rules' choice comes first)."""
    if not candidates:
        return None
    names = weights["features"]
    w = np.array(weights["weights"], dtype=float)
    scores = [float(vector(c.signals, names) @ w) for c in candidates]
    return candidates[int(np.argmax(scores))]


def rerank(doc: Analysis, quotes: list[Quote], weights: Optional[dict] = None) -> None:
    """Give each quote the speaker the model (the shipped one by default) prefers; nothing when none ships."""
    weights = weights or model()
    if weights is None:
        return
    ranker = Ranker(doc)
    ordered = sorted(quotes, key=lambda q: q.content.start)
    shared = {}
    for q in ordered:
        shared[(q.content.start, q.content.end)] = shared.get((q.content.start, q.content.end), 0) + 1
    for i, quote in enumerate(ordered):
        if shared[(quote.content.start, quote.content.end)] > 1:
            continue  # 何瑞恩和凯恩都认为: joint statements keep one speaker each
        best = choose(ranker.candidates(quote, ordered[:i]), weights)
        if best is not None and not best.signals.get("rule"):
            quote.speaker = best.span
            quote.speaker_canonical = best.canonical
            quote.speaker_role = None
            entity = speaker_entity(doc, best.span)
            quote.speaker_id = entity.id if entity is not None else None
