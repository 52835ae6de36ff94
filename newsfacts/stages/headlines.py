"""Headline stage: the title and every sub-heading checked against the body (supported,
overstated or unsupported, with reasons and evidence), and the title's clickbait score."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional

from ..kb import KnowledgeBase
from ..model import Analysis, Entity, HeadlineCheck, Options, Span
from ..nlp.chinese import negation_re
from ..nlp.speech import cue_lexicon
from ..nlp.timex import find_times
from .clickbait import CLICKBAIT_THRESHOLD, clickbait, title_signals  # noqa: F401 (API)
from .evidence import Passage, Retriever, claim_terms, clause_cuts, found, lexicon, plain, scales
from .headline_claims import Claim, entity_in as _entity_in, heading_actors, in_body as _in_body, split_claims
from .headline_numbers import inflated, missing_pairs, quantities

REASONS = ("hedge_dropped", "attribution_shift", "certainty_inflated", "number_inflated", "stale_urgency",
           "vague_referent", "emotional_intensifier", "contradiction", "missing_in_body")
FRAMING = {"vague_referent"}  # withholds who or what to bait a click; what the title asserts may still hold
MIN_SUPPORT = 0.2  # a heading whose best passages cover less than this of its words (idf-weighted) …
MIN_BODY_SHARE = 0.4  # … and less than this share of whose words occur anywhere in the body is missing there
PARAPHRASE_COVERAGE = 0.5  # a sentence naming the heading's actor with this share of its predicate says it
MIN_CHECKED = 0.25  # a clause's evidence must cover this much before its wording is compared with it
_HEAD_BREAK = re.compile(r"[，,！!？?；;\s]+")
_NEGATION = negation_re()  # any word of data/headlines/negations.txt
_ANCHORED_DAYS = {"当天", "当日", "次日", "翌日", "当晚"}
_ADDRESSEE_MARKS = set("向对给跟同")
_PRONOUNS = ("他", "她", "它", "他们", "她们", "它们")
_DOUBLE_NEGATIONS = ("不得不", "不能不", "不会不", "不可不", "无不", "莫不", "没有不")  # 不得不承认 affirms
_NEGATORS = "不没"  # 不可能 and 没打算 rule a thing out rather than hedge it


def check(doc: Analysis, options: Options) -> Analysis:
    """Stage: one HeadlineCheck per title and sub-heading, in order, and the clickbait verdict."""
    article = doc.article
    retriever = Retriever(doc)
    body_end = max((p.end for p in article.paragraphs), default=len(article.text))
    subs = list(article.subheadings)
    doc.headlines = []
    if article.title:
        doc.headlines.append(_check_heading(doc, retriever, article.title, "title", None))
    for i, sub in enumerate(subs):
        section = (sub.end, subs[i + 1].start if i + 1 < len(subs) else body_end)
        doc.headlines.append(_check_heading(doc, retriever, sub, "subheading", section))
    score, signals = clickbait(doc, retriever)
    doc.clickbait_score = round(score, 3)
    doc.clickbait = score >= CLICKBAIT_THRESHOLD
    if hasattr(doc, "clickbait_signals"):
        doc.clickbait_signals = signals
    return doc


# --- one heading ------------------------------------------------------------------------------

def _check_heading(doc: Analysis, retriever: Retriever, heading: Span, role: str,
                   section: Optional[tuple[int, int]]) -> HeadlineCheck:
    claims = split_claims(doc, heading)
    if doc.norm_text[heading.end - 1:heading.end] in "？?":
        for claim in claims:  # a heading that ends in a question asserts none of its clauses
            claim.question = True
    context = [t for c in claims for t in c.terms]
    actors = heading_actors(doc, heading)
    for claim in claims:
        if not claim.terms:
            continue
        passages = retriever.search(claim.predicate, context, actors, section, claim.text)
        claim.passage = passages[0] if passages else None
        claim.alternatives = passages[1:]
        claim.reasons = _claim_reasons(doc, retriever, claim)
    reasons = [r for c in claims for r in c.reasons]
    heading_text = doc.norm_text[heading.start:heading.end]
    if _stale(doc, heading_text):
        reasons.append("stale_urgency")
    if any(_withholds_source(doc, c, claims) for c in claims) or _vague(doc, retriever, heading, heading_text):
        reasons.append("vague_referent")
    if _unechoed_intensifier(doc, retriever, claims, heading_text):
        reasons.append("emotional_intensifier")
    support = _support(claims)
    checked = [t for c in claims if not (c.cliffhanger or c.question) for t in c.terms]
    absent = support < MIN_SUPPORT and retriever.body_share(checked) < MIN_BODY_SHARE \
        and not claim_in_body(doc, retriever, heading, claims) and not _section_label(doc, heading, role)
    if absent or _partly_absent(retriever, claims) and not _section_label(doc, heading, role):
        reasons.append("missing_in_body")
    reasons = [r for r in REASONS if r in reasons]
    verdict = _verdict(reasons, absent)
    return HeadlineCheck(text=heading, role=role, verdict=verdict, reasons=reasons,
                         evidence=_evidence(claims), confidence=_confidence(verdict, reasons, support))


def _section_label(doc: Analysis, heading: Span, role: str) -> bool:
    """A sub-heading naming no actor and no number (一场持续一年的摩擦, 镍：绕不开的老问题) labels the
    theme of its section in the writer's words; it makes no claim the body could lack."""
    return role == "subheading" and not heading_actors(doc, heading) and not quantities(heading.text)


def _verdict(reasons: list[str], absent: bool) -> str:
    """Unsupported when the body lacks the claim or denies it; overstated when it lacks a part of
    it (a score line), or for any other reason but a withheld referent, which leaves the claim as
    true as the body makes it."""
    if absent or "contradiction" in reasons:
        return "unsupported"
    return "overstated" if set(reasons) - FRAMING else "supported"


def claim_in_body(doc: Analysis, retriever: Retriever, heading: Span, claims: list[Claim]) -> bool:
    """The body says the heading's key claim in other words: one body sentence names its actors
    and gives its numbers, or names an actor with most of what the heading says of it. Wording
    alone can miss a paraphrase, so `unsupported` needs the actors, numbers and predicate absent."""
    asserted = [c for c in claims if c.terms and not (c.question or c.cliffhanger)]
    if asserted and all(_said_in_body(doc, retriever, heading, c) for c in asserted):
        return True
    standing = {id(e): _standing_for(doc, e) for e in heading_actors(doc, heading)}
    actors = [e for e in heading_actors(doc, heading) if any(_in_body(doc, s) for s in standing[id(e)])]
    if not actors:
        return False
    head_numbers = {q.value for c in asserted for q in quantities(c.text)}
    predicate = [t for c in asserted for t in c.predicate]
    for sentence in retriever.units:
        present = [e for e in actors if any(sentence.start <= m.start and m.end <= sentence.end
                                            for s in standing[id(e)] for m in s.mentions)]
        if not present:
            continue
        text = retriever.text[sentence.start:sentence.end]
        given = {q.value for q in quantities(text)}
        # an actor the sentence names in another form (朝方 for 朝鲜) is no predicate word it lacks
        names = {doc.norm_text[m.start:m.end] for e in present for m in e.mentions if heading.start <= m.start < heading.end}
        said = [t for t in predicate if t not in names] or predicate
        if (head_numbers and head_numbers <= given) or len(present) >= min(2, len(actors)) > 1 \
                or retriever.coverage(said, sentence.start, sentence.end) >= PARAPHRASE_COVERAGE:
            return True
    return False


def _standing_for(doc: Analysis, entity: Entity) -> list[Entity]:
    """The entity, the entities whose names hold its name (加沙地带 for 加沙) and, for a country, the
    places and bodies of that country that news names for it (基辅 for 乌克兰, 白宫 for 美国): a
    heading about the country is told by a body sentence about them."""
    longer = [e for e in doc.entities if e is not entity and len(entity.name) >= 2 and entity.name in e.name]  # 加沙地带
    if entity.type != "GPE" or not entity.country or entity.id != entity.country:
        return [entity] + longer
    return [entity] + longer + [e for e in doc.entities if e is not entity and e not in longer
                                and e.country == entity.country and e.type in ("GPE", "LOC", "ORG")]


def _said_in_body(doc: Analysis, retriever: Retriever, heading: Span, claim: Claim) -> bool:
    """The clause says that its person spoke (毛宁主持例行记者会, 王毅发表讲话: besides the person,
    the office and the names of the heading, speech-event words, and the occasion only where a body
    sentence naming the person gives it: 出席开幕式并致辞), and the body quotes that person. A clause
    that gives what was said (王毅：…, 王毅称…将…) is checked on its words."""
    actor = claim.actor
    if actor is None or actor.type != "PER" or claim.speaker_named:
        return False
    names = [f for e in heading_actors(doc, heading) for f in [e.name, *e.aliases] if f]
    spoke = found(claim.text, lexicon("speech_events"))  # on the text: 答记者问 may be cut into 答/记者/问
    rest = [t for t in claim.predicate if not any(t in w for w in spoke)
            and t not in _office_words() and not any(t in n or n in t for n in names)]
    if not spoke or not any(q.speaker and same_actor(actor, q.speaker.text, q.speaker_canonical) for q in doc.quotes):
        return False
    return not rest or any(any(s.start <= m.start < s.end for m in actor.mentions)
                           and retriever.coverage(rest, s.start, s.end) >= PARAPHRASE_COVERAGE for s in retriever.units)


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    """Office titles of the actor knowledge base and their endings (外交部发言人, 发言人, 总统)."""
    titles = KnowledgeBase.load().titles()
    return frozenset(t[i:] for t in titles for i in range(len(t) - 1))


def _partly_absent(retriever: Retriever, claims: list[Claim]) -> bool:
    """A clause asserts a score or stat line (3-1, 26+7) that the body never gives."""
    body = retriever.body_sentences()
    return any(missing_pairs(body, c.text) for c in claims if not (c.question or c.cliffhanger))


_RESPONSES = ("回应", "回复", "答复", "表态")  # answer a matter the heading may itself state


def _withholds_source(doc: Analysis, claim: Claim, claims: list[Claim]) -> bool:
    """A cliffhanger that hides who spoke (专家警告！, or no speaker at all): a named person, body
    or office before the verb (外交部回应, 驻港部队司令员发声) is news that they spoke, and a
    question clause before 回应 states what the answer is about."""
    if not claim.cliffhanger:
        return False
    if claim.text.endswith(_RESPONSES) and any(c.question for c in claims if c is not claim):
        return False
    verb = next((w for w in lexicon("withheld") if claim.text.endswith(w)), "")
    subject = claim.text[:len(claim.text) - len(verb)]
    return not subject or bool(found(subject, lexicon("generic_sources"))
                               and not _entity_in(doc, claim.start, claim.end - len(verb)))


# --- what a clause says against its evidence --------------------------------------------------

def _claim_reasons(doc: Analysis, retriever: Retriever, claim: Claim) -> list[str]:
    p = claim.passage
    if claim.cliffhanger or p is None or p.coverage < MIN_CHECKED:
        return []
    reasons = []
    if not claim.question and _hedged(retriever, claim, p) and not _said_plainly(retriever, claim, p):
        reasons.append("hedge_dropped")
    if _shifted(doc, retriever, claim, p):
        reasons.append("attribution_shift")
    if not claim.question and _certainty_inflated(doc, retriever, claim, p):
        reasons.append("certainty_inflated")
    if inflated(retriever.body_sentences(), doc.norm_text[p.sentence.start:p.sentence.end], claim.text):
        reasons.append("number_inflated")
    if not claim.question and _contradicted(doc, claim, p):
        reasons.append("contradiction")
    return reasons


def _hedged(retriever: Retriever, claim: Claim, p: Passage) -> bool:
    """A hedge in a clause of the evidence that carries the claim, or in the clause just before
    it (如果…，那么总统可能会…，他会说我们不干了), while the heading has none."""
    if retriever.words(claim.start, claim.end, lexicon("hedges"), not_after=_NEGATORS):
        return False
    cuts = clause_cuts(retriever.doc.norm_text, p.sentence)
    for start, end in p.clauses:
        before = max([c for c in cuts if c < start], default=start)
        if _hedges_in(retriever, before, end):
            return True
    return False


def _hedges_in(retriever: Retriever, start: int, end: int) -> list[str]:
    """Hedge words of text[start:end], less those only inside a phrase of hedges_not.txt (如果说)."""
    hits = retriever.words(start, end, lexicon("hedges"), not_after=_NEGATORS)
    piece = retriever.text[start:end]
    for phrase in lexicon("hedges_not"):
        piece = piece.replace(phrase, "\0" * len(phrase))
    return [h for h in hits if h in piece]


def _said_plainly(retriever: Retriever, claim: Claim, p: Passage) -> bool:
    """Another body sentence carries the claim as fully as the hedged evidence, and enough of it to
    say it (PARAPHRASE_COVERAGE), with no hedge: the body asserts it somewhere, and the heading keeps
    the body's strongest certainty."""
    return any(other.coverage >= max(p.coverage, PARAPHRASE_COVERAGE) and not _hedged(retriever, claim, other)
               for other in claim.alternatives)


def _shifted(doc: Analysis, retriever: Retriever, claim: Claim, p: Passage) -> bool:
    """The heading gives the act or words to one person; the body's evidence is another's words,
    and the body neither ties them to that person nor quotes that person saying as much."""
    actor = claim.actor
    if actor is None or actor.type != "PER" or p.quote is None or p.quote.speaker is None:
        return False
    if same_actor(actor, p.quote.speaker.text, p.quote.speaker_canonical):
        return False
    sentence = doc.norm_text[p.sentence.start:p.sentence.end]
    if any(mark + p.quote.speaker.text in sentence for mark in _ADDRESSEE_MARKS):
        return False  # 向普京呼吁: the name is who was spoken to, though the quote stage took it for the speaker
    content = p.quote.content
    names = [actor.name, *actor.aliases]
    outside = doc.norm_text[p.sentence.start:content.start] + doc.norm_text[content.end:p.sentence.end]
    if any(name in outside for name in names):
        return False  # 钟南山委托其子发出邀请: the body itself gives the act to the person
    if not claim.speaker_named and any(name in doc.norm_text[content.start:content.end] for name in names):
        return False  # the speaker reports the person's act by name
    # a heading that reports the person's words (沃格尔指出…) holds when the body quotes them on it at all
    says = claim.speaker_named or bool(cue_lexicon()[0].search(claim.text))
    needed = 0.0 if says else 0.8 * p.coverage
    return not any(q.speaker and same_actor(actor, q.speaker.text, q.speaker_canonical)
                   and retriever.coverage(claim.predicate, q.content.start, q.content.end) > needed
                   for q in doc.quotes)


def same_actor(entity: Entity, *names: Optional[str]) -> bool:
    forms = {f for f in [entity.name, entity.canonical, *entity.aliases] if f}
    return any(n and any(n in f or f in n for f in forms) for n in names)


def _certainty_inflated(doc: Analysis, retriever: Retriever, claim: Claim, p: Passage) -> bool:
    """已谈妥 in the heading over 意向书 or 接下来是敲定 in the body; 断供 over 短缺 (paraphrases.txt)."""
    def said(start: int, end: int, words) -> list[str]:
        return retriever.words(start, end, words)

    for absolute in ("necessity", "totality"):  # 必然 or 所有 where the body reports what is, or a part
        if said(claim.start, claim.end, lexicon(absolute)) and not found(retriever.body_text(), lexicon(absolute)):
            return True
    evidence = doc.norm_text[p.sentence.start:p.sentence.end]
    claimed = [w for w in said(claim.start, claim.end, lexicon("certainty")) if w not in evidence]
    if (claimed and not said(claim.start, claim.end, lexicon("preliminary"))
            and said(p.sentence.start, p.sentence.end, lexicon("preliminary"))):
        return True
    for tiers in scales():
        head = [i for i, tier in enumerate(tiers) if said(claim.start, claim.end, tier)]
        there = [i for i, tier in enumerate(tiers) if said(p.sentence.start, p.sentence.end, tier)]
        if head and there and min(there) > min(head) and not found(retriever.body_text(), tiers[min(head)]):
            return True
    return False


def _contradicted(doc: Analysis, claim: Claim, p: Passage) -> bool:
    """The evidence denies the claim, or negates the heading's own words (headline 签署, body 并未签署)."""
    window = doc.norm_text[p.span.start:p.span.end]  # the clauses that carry the match, not the whole sentence
    if found(window, lexicon("denials")) and not found(claim.heading, lexicon("denials") + lexicon("rebuttals")):
        return True  # 中方驳斥 or 否认 in the heading reports the denial that the evidence holds
    if _NEGATION.search(claim.text):
        return False
    for term in claim.terms:
        for m in re.finditer(re.escape(term), window):
            before = window[max(0, m.start() - 3):m.start()]
            if any(before.endswith(n) for n in lexicon("negations")) and not before.endswith(_DOUBLE_NEGATIONS):
                return True
    return False


# --- heading-wide signals ---------------------------------------------------------------------

def _stale(doc: Analysis, heading_text: str) -> bool:
    """刚刚 or 突发 in the heading while the latest event the body dates is days before publication."""
    published = doc.article.published_at
    if published is None or not found(heading_text, lexicon("urgency")):
        return False
    latest = latest_event_day(doc)
    return latest is not None and latest < published.date()


def latest_event_day(doc: Analysis) -> Optional[date]:
    """The latest day-precise date the body gives (on or before publication); anchored words skipped."""
    published = doc.article.published_at
    days = []
    for paragraph in doc.article.paragraphs:
        for t in find_times(doc.norm_text, published, paragraph.start, paragraph.end):
            if t.precision not in ("day", "part_of_day") or not t.value or t.text in _ANCHORED_DAYS:
                continue
            if t.precision == "part_of_day" and not re.search(r"周|星期|日|号|天", t.text):
                continue  # 夜间 alone: the day it belongs to is not said
            day = date.fromisoformat(t.value)
            if published is None or day <= published.date():
                days.append(day)
    return max(days, default=None)


def _vague(doc: Analysis, retriever: Retriever, heading: Span, heading_text: str) -> bool:
    """这件大事, 这个国家, or a pronoun (他, 他们; not 其他) with no person named before it."""
    pronouns = set(retriever.words(heading.start, heading.end, _PRONOUNS))
    for word in found(heading_text, lexicon("vague_referents")):
        at = heading.start + heading_text.find(word)
        if word in _PRONOUNS:
            named_before = any(e.type == "PER" and any(heading.start <= m.start < at for m in e.mentions)
                               for e in doc.entities)
            if word in pronouns and not named_before:
                return True
        elif not any(m.end == at for e in doc.entities for m in e.mentions):
            return True  # 美英澳这个修正案 names what 这个 points to; 这个国家 alone does not
    return False


def _unechoed_intensifier(doc: Analysis, retriever: Retriever, claims: list[Claim], heading_text: str) -> bool:
    """狠狠, 震惊 in the heading with no intensity in its evidence and none anywhere in the body."""
    words = found(heading_text, lexicon("intensifiers"))
    if not words:
        return False
    if found(retriever.body_text(), lexicon("intensifiers")):  # a copy of the title is no echo
        return False
    for claim in claims:
        if any(w in claim.text for w in words) and claim.passage:
            evidence = doc.norm_text[claim.passage.sentence.start:claim.passage.sentence.end]
            if found(evidence, lexicon("degree")):
                return False
    return True


def _support(claims: list[Claim]) -> float:
    """Weighted share of the heading's checked clauses found in the body; slogans (再泼冷水) skipped."""
    weighed = [(len(c.terms), c.passage.coverage if c.passage else 0.0) for c in claims
               if c.terms and not c.cliffhanger and (c.passage or len(plain(c.text)) > 4)]
    total = sum(n for n, _ in weighed)
    return sum(n * cov for n, cov in weighed) / total if total else 1.0


def _evidence(claims: list[Claim]) -> Optional[Span]:
    """The passage behind the most telling clause: the one with reasons, else the best covered."""
    with_passage = [c for c in claims if c.passage]
    if not with_passage:
        return None
    best = max(with_passage, key=lambda c: (len(c.reasons), c.passage.coverage))
    return best.passage.span


def _confidence(verdict: str, reasons: list[str], support: float) -> float:
    if verdict == "supported":
        return round(min(0.95, 0.5 + 0.45 * support), 2)
    if verdict == "unsupported":
        return round(min(0.9, 0.5 + 0.4 * (1 - support)), 2)
    return round(min(0.9, 0.5 + 0.1 * len(reasons)), 2)
