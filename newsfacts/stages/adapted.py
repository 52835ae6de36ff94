"""The MSRA-trained NER adapter inside the entity stage: names LAC and the gazetteer missed, person/place
types LAC got wrong (a transliterated town is not a person), and institutions kept whole (中国银行研究院)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from .. import lexicon
from ..kb import KnowledgeBase
from ..model import Analysis, Mention, Span
from ..nlp import ner_adapter
from ..nlp.chinese import span as original_span
from ..nlp.gazetteer import _TEAM_NOUNS, non_entities, one_char_places
from ..nlp.mentions import BIO_TYPES, core as _core  # _core: the name inside a mention as the adapter saw it in training

_LAC_TAG = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
_NAME_TAGS = {"PER", "LOC", "ORG", "nz", "nw", "nr", "ns", "nt"}
_JOINERS = set("·•・‧-－")
_NOT_IN_NAMES = {"v", "vd", "p", "c", "u", "d", "xc"}
_TAILS = ("政府", "方面", "当局", "地区", "方", "先生", "女士", "总统", "总理")  # 拜登|政府 as one LAC word
Found = tuple[int, int, str]  # start, end (offsets into the text) and the adapter's type
MentionOf = Callable[[Span, str], Optional[Mention]]


def merge(doc: Analysis, mentions: list[Mention], mention_of: MentionOf) -> list[Mention]:
    """The stage's mentions with the adapter's spans merged in, in text order.

    `mention_of(span, lac_tag)` makes a mention the way the stage does for a LAC word (trimmed and checked)."""
    if not ner_adapter.available():
        return mentions
    own, lac = _char_labels(doc, mentions)
    seen = [f for piece in _pieces(doc) for f in _adapt(doc, piece, own, lac)]
    words = _word_edges(doc)
    found = [f for f in (_after_title(doc, f) for f in seen) if (_clean(doc, f, words) or _abbreviation(doc, f))
             and doc.norm_text[f[0]:f[1]] not in non_entities()]
    out = _retype_by_vote(doc, mentions, found, mention_of)
    if DROP_UNSEEN:
        out = _drop_unseen(out, seen)
    live = _Live(out)
    for start, end, kind in found:
        _merge_one(doc, live, start, end, kind, mention_of, words)
    return sorted(live.mentions(), key=lambda m: (m.span.start, m.span.end))


class _Live:
    """The mentions during the merge, in list order, with the names over each character and the spans of
    names counted, so each adapter span looks at its neighbours only (the whole list per span was
    quadratic: 86 s of a 1 MB article)."""

    def __init__(self, mentions: list[Mention]):
        self._by_seq: dict[int, Mention] = {}
        self._at: dict[int, set[int]] = {}
        self._spans: dict[tuple[int, int], int] = {}
        self._next = 0
        for mention in mentions:
            self.add(mention)

    def add(self, mention: Mention) -> None:
        seq, self._next = self._next, self._next + 1
        self._by_seq[seq] = mention
        if mention.type != "TIME":
            key = (mention.span.start, mention.span.end)
            self._spans[key] = self._spans.get(key, 0) + 1
            for i in range(mention.span.start, mention.span.end):
                self._at.setdefault(i, set()).add(seq)

    def remove(self, seq: int) -> None:
        mention = self._by_seq.pop(seq)
        if mention.type != "TIME":
            key = (mention.span.start, mention.span.end)
            self._spans[key] -= 1
            for i in range(mention.span.start, mention.span.end):
                self._at[i].discard(seq)

    def has_name_at(self, start: int, end: int) -> bool:
        return self._spans.get((start, end), 0) > 0

    def overlapping(self, start: int, end: int) -> list[tuple[int, Mention]]:
        """The names over any character of [start, end), in list order."""
        seqs = set().union(*(self._at.get(i, ()) for i in range(start, end)))
        return [(seq, self._by_seq[seq]) for seq in sorted(seqs)]

    def mentions(self) -> list[Mention]:
        return list(self._by_seq.values())


def _word_edges(doc: Analysis) -> tuple[set[int], set[int], dict[int, str]]:
    """Where LAC's words start and end, and the tag of the word starting at each offset."""
    starts, ends, tags = set(), set(), {}
    for span, tag in doc.tokens:
        starts.add(span.start)
        ends.add(span.end)
        tags[span.start] = tag
    return starts, ends, tags


def _clean(doc: Analysis, found: Found, words) -> bool:
    """A span on LAC's word edges (部长 is not 部 + 长) with no punctuation inside (美国《某报 is two names)."""
    start, end, _ = found
    starts, ends, _ = words
    text = doc.norm_text[start:end]
    if not all(c.isalnum() or c in _JOINERS for c in text) or start not in starts:
        return False
    if any(words[2].get(i) in _NOT_IN_NAMES for i in range(start, end)):
        return False  # 某某访华代表团, 某地会见某组织: a verb or particle inside is not one name
    window = doc.norm_text[max(start, end - 6):end + 6]
    offset = max(start, end - 6)
    if any(offset + m.start() < end < offset + m.end() for m in _titles().finditer(window)):
        return False  # 某部|长, 某军总司|令: the adapter cut a title
    if end in ends or any(doc.norm_text.startswith(t, end) and end + len(t) in ends for t in _TAILS):
        return True
    title = _titles().match(doc.norm_text, end)  # 市委|书记: a body before the title of its office
    text = doc.norm_text[start:end]  # a bare body only: 浙江省委书记 stays a place and a title
    return found[2] == "ORG" and title is not None and title.end() in ends and text in _body_suffixes()


def _merge_one(doc: Analysis, live: _Live, start: int, end: int, kind: str, mention_of: MentionOf, words) -> None:
    if live.has_name_at(start, end):
        return
    pairs = live.overlapping(start, end)
    overlapping = [m for _, m in pairs]
    if overlapping and not _adapter_wins(doc, start, end, kind, overlapping):
        return  # the stage's own reading wins where the two cut the text differently
    if not overlapping and not _has_name_word(start, end, words) and not _abbreviation(doc, (start, end, kind)) \
            and not (BODIES and kind == "ORG" and _body(doc.norm_text[start:end])):
        return  # 谈判团队, 工作组: common nouns the adapter reads as bodies
    new = mention_of(original_span(doc, start, end), kind)
    if new is None:
        return
    new.confidence = min(new.confidence, 0.75)
    for seq, _ in pairs:
        live.remove(seq)
    live.add(new)


ADAPTER_WINS = "lac"
BODIES = True


def _after_title(doc: Analysis, found: Found) -> Found:
    """某国总统某某 read as one person: the person is the name after the title."""
    start, end, kind = found
    if kind != "PER":
        return found
    last = None
    for match in _titles().finditer(doc.norm_text, start, end):
        if match.start() > start and end - match.end() >= 2:
            last = match
    return (last.end(), end, kind) if last else found


def _abbreviation(doc: Analysis, found: Found) -> bool:
    """访华, 在京, 赴沪: the one-character form of a country or province, inside a LAC word as it usually is."""
    start, end, kind = found
    return kind == "LOC" and end - start == 1 and doc.norm_text[start] in one_char_places()


def _body(text: str) -> bool:
    """参议院, 司法部, 市委, 国民议会, 货币基金组织: a body named by what it is, which the article's context places;
    not a team (谈判团队, 经济代表团), an office-holder (陆军总司令) or a two-character common noun (中心, 海军)."""
    if 2 <= len(text) <= 6 and text.endswith(_body_suffixes()):
        return True
    title = _titles().search(text)
    return len(text) >= 3 and not text.endswith(_TEAMS) and not (title and title.end() == len(text))


_TEAMS = ("团队", "代表团", "小组", "人员", "部队")


@lru_cache(maxsize=1)
def _body_suffixes() -> tuple[str, ...]:
    from ..nlp.words import place_words

    return place_words().get("BODY_SUFFIX", ())
DROP_UNSEEN = True


def _drop_unseen(mentions: list[Mention], found: list[Found]) -> list[Mention]:
    """LAC-only names where the adapter sees no name at all (words LAC tags as names by mistake)."""
    covered = set()
    for start, end, _ in found:
        covered.update(range(start, end))
    return [m for m in mentions if m.type == "TIME" or m.confidence >= 0.9
            or any(i in covered for i in range(m.span.start, m.span.end))]


def _adapter_wins(doc: Analysis, start: int, end: int, kind: str, overlapping: list[Mention]) -> bool:
    """Over LAC's own readings; over a name the knowledge base typed (伦敦, 拜登) only when it opens a longer
    institution whose rest is no known body (中国银行研究院 is one body, 伦敦下议院 a place and a body)."""
    inside = all(start <= m.span.start and m.span.end <= end for m in overlapping)
    typed = [m for m in overlapping if m.confidence >= 0.9]
    if not typed:
        return ADAPTER_WINS == "lac" or kind == "ORG" and inside and all(m.type != "PER" for m in overlapping)
    if kind != "ORG" or not inside or any(m.type == "PER" for m in overlapping):
        return False
    if len(typed) > 1 or typed[0].span.start != start:
        return False
    rest = doc.norm_text[typed[0].span.end:end]
    head = KnowledgeBase.load().country(doc.norm_text[start:typed[0].span.end])
    if head is not None and rest in _TEAM_NOUNS:
        return True  # 墨西哥队: a country's team is one name
    if head is not None and rest.endswith(_body_suffixes()):
        return True  # 美国财政部, 古巴外交部: a country's own body is one name
    if head is not None and _opens_with_place(rest):
        return False  # 某国首都某区, 某国某城经济新闻网: the country, then a place or a body of its own
    return len(rest) >= 2 and not KnowledgeBase.load().lookup(rest)


def _opens_with_place(rest: str) -> bool:
    names = KnowledgeBase.load().gazetteer()
    return any((found := names.get(rest[:k])) is not None and found.kind in ("place", "country")
               for k in range(len(rest), 1, -1))


@lru_cache(maxsize=1)
def _titles() -> re.Pattern:
    return lexicon.alternation(t for t in lexicon.words("titles.txt") if len(t) >= 2)


def _has_name_word(start: int, end: int, words) -> bool:
    _, _, tags = words
    return any(tags.get(i) in _NAME_TAGS for i in range(start, end))


def _retype_by_vote(doc: Analysis, mentions: list[Mention], found: list[Found],
                    mention_of: MentionOf) -> list[Mention]:
    """A LAC person the adapter reads as a place at most of its mentions (or the reverse) changes type."""
    kinds = {(s, e): k for s, e, k in found}
    votes: dict[str, list[str]] = {}
    for m in mentions:
        if m.confidence < 0.9 and BIO_TYPES.get(m.type) in ("PER", "LOC"):
            votes.setdefault(doc.norm_text[m.span.start:m.span.end], []).append(
                kinds.get((m.span.start, m.span.end), "O"))
    out = []
    for m in mentions:
        own = BIO_TYPES.get(m.type)
        ballot = votes.get(doc.norm_text[m.span.start:m.span.end], []) if m.confidence < 0.9 else []
        other = "LOC" if own == "PER" else "PER" if own == "LOC" else None
        if other and ballot and ballot.count(other) * 2 > len(ballot):
            m = mention_of(m.span, other) or m
        out.append(m)
    return out


def _pieces(doc: Analysis) -> list[Span]:
    article = doc.article
    heads = ([article.title] if article.title else []) + list(article.subheadings)
    return heads + list(doc.sentences)


def _char_labels(doc: Analysis, mentions: list[Mention]) -> tuple[list[str], list[str]]:
    """For every character of the text: the stage's BIO label (the adapter's `own` feature) and LAC's word tag."""
    size = len(doc.norm_text)
    own, lac = ["O"] * size, ["O-B"] * size
    for mention in mentions:
        label = BIO_TYPES.get(mention.type)
        if label is None:
            continue
        span = _core(doc, mention.span, mention.type)
        if span.end <= span.start or any(own[i] != "O" for i in range(span.start, span.end)):
            continue
        own[span.start] = f"B-{label}"
        for i in range(span.start + 1, span.end):
            own[i] = f"I-{label}"
    for span, tag in doc.tokens:
        lac[span.start] = f"{tag}-B"
        for i in range(span.start + 1, span.end):
            lac[i] = f"{tag}-I"
    return own, lac


def _adapt(doc: Analysis, piece: Span, own: list[str], lac: list[str]) -> list[Found]:
    """The adapter's PER/LOC/ORG spans in one sentence, as offsets into the text."""
    at = [i for i in range(piece.start, piece.end) if not doc.norm_text[i].isspace()]
    if not at:
        return []
    tags = ner_adapter.adapt([doc.norm_text[i] for i in at], [lac[i] for i in at], [own[i] for i in at])
    return [(at[s], at[e - 1] + 1, kind) for s, e, kind in _runs(tags)]


def _runs(tags: list[str]) -> list[tuple[int, int, str]]:
    out, start, kind = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        if tag.startswith("I-") and kind == tag[2:]:
            continue
        if start is not None:
            out.append((start, i, kind))
            start, kind = None, None
        if tag.startswith("B-"):
            start, kind = i, tag[2:]
    return out
