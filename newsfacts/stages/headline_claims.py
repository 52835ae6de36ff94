"""The clauses of a heading (the title or a sub-heading) and the actors it names, as the headline
stage checks them against the body and the clickbait model reads them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..doc import mentions_in, tokens_in
from ..model import Analysis, Entity, Span
from .evidence import Passage, claim_terms, found, lexicon

_COLON = re.compile(r"[：:]")


@dataclass
class Claim:
    """One clause of a heading: its place in the text and how it is put."""

    start: int
    end: int
    text: str
    speaker: Optional[Entity] = None  # "王浩：…" gives the words to 王浩
    speaker_named: bool = False  # a speaker prefix was there, known in the body or not
    actor: Optional[Entity] = None  # the person the clause is about
    question: bool = False
    cliffhanger: bool = False  # 专家警告！: says that something was said, not what
    terms: list[str] = field(default_factory=list)  # content words, to find the clause in the body at all
    predicate: list[str] = field(default_factory=list)  # the words less the person it is about, to find what they did
    passage: Optional[Passage] = None
    alternatives: list[Passage] = field(default_factory=list)  # the next best passages, best first
    reasons: list[str] = field(default_factory=list)
    heading: str = ""  # the whole heading the clause belongs to


def split_claims(doc: Analysis, heading: Span) -> list[Claim]:
    """Clauses of a heading; a short prefix before a colon is the speaker of what follows."""
    text = doc.norm_text
    claims: list[Claim] = []
    speaker, speaker_named = None, False
    pieces = [(m.start(), m.end()) for m in re.finditer(r"[^，,！!？?；;\s]+", text[heading.start:heading.end])]
    for a, b in pieces:
        start, end = heading.start + a, heading.start + b
        colon = _COLON.search(text, start, end)
        if colon and colon.start() - start <= 15 and colon.end() < end:
            speaker = entity_in(doc, start, colon.start())
            speaker_named = True
            start = colon.end()
        after = text[end:end + 1]
        claim = Claim(start, end, text[start:end], speaker=speaker, speaker_named=speaker_named,
                      heading=text[heading.start:heading.end])
        claim.question = after in "？?" and after != "" or bool(found(claim.text, lexicon("questions")))
        framing = found(claim.text, lexicon("urgency") + lexicon("bait"))
        claim.terms = [t for t in claim_terms(doc, start, end) if not any(t in w for w in framing)]
        claims.append(claim)
    actor = None
    for claim in claims:  # the first name in a clause is its subject; a clause without one keeps the last
        subject = entity_in(doc, claim.start, claim.end)
        actor = claim.speaker if claim.speaker_named else (subject or actor)
        claim.actor = actor
        # the person's names and the words the heading names them by (秘书长 for 古特雷斯)
        person = [actor.name, *actor.aliases, *(doc.norm_text[m.start:m.end] for m in actor.mentions)] \
            if actor is not None and actor.type == "PER" else []
        claim.predicate = [t for t in claim.terms if t not in person] or claim.terms
    if claims:
        claims[-1].cliffhanger = _withholds(doc, claims[-1])
    return claims


def _withholds(doc: Analysis, claim: Claim) -> bool:
    """专家警告！ or 外交部回应: the clause ends on a verb of saying with nothing said (not 航行警告, 被曝光)."""
    if claim.question or not any(claim.text.endswith(w) for w in lexicon("withheld")):
        return False
    last = tokens_in(doc, claim.start, claim.end)
    if not last or last[-1][1] != "v":
        return False
    return doc.norm_text[last[-1][0].start - 1:last[-1][0].start] != "被"


def heading_actors(doc: Analysis, heading: Span) -> list[Entity]:
    return [e for e in doc.entities if any(heading.start <= m.start and m.end <= heading.end for m in e.mentions)]


def entity_in(doc: Analysis, start: int, end: int, kind: Optional[str] = None) -> Optional[Entity]:
    """The first entity (of a kind) mentioned in [start, end), if it is also named in the body."""
    for _, entity in mentions_in(doc, start, end):
        if (not kind or entity.type == kind) and in_body(doc, entity):
            return entity
    return None


def in_body(doc: Analysis, entity: Entity) -> bool:
    return any(p.start <= m.start < p.end for m in entity.mentions for p in doc.article.paragraphs)
