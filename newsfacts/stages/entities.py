"""Entity stage: LAC's PER/LOC/ORG/TIME words to typed mentions, grouped into unique entities
(PER, ORG, GPE for states and cities, LOC for other places)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..kb import KnowledgeBase
from ..model import Analysis, Entity, Mention, Options, Span
from ..nlp.chinese import normalise, span as original_span
from ..nlp import clubs
from ..nlp.gazetteer import retag
from ..nlp.names import looks_transliterated
from ..nlp.words import LEADERS_GOVERNMENT, names_a_state, one_char_places, place_words, titles  # noqa: F401 (were defined here)
from . import adapted, entity_edges, name_ends, place_phrases, titled_names

_LAC_TYPES = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "TIME": "TIME"}
_TIME_LIKE = re.compile(r"^(周|星期|礼拜)[一二三四五六日天末]|^(今|昨|明|前|后)天|^(上|下|本)(周|月)")
_CYCLE_YEAR = re.compile(r"^[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年?$")  # 辛丑, 甲午: a year of the cycle
_ADMIN_SUFFIX = ("市", "省", "州", "县")
_NOT_NAME = set("的了在和与及或是被把将")
# Words that may follow a one-character foreign surname after a title (总统丹表示, 总理丹会见): speech and meeting verbs,
# prepositions and adverbs that start the predicate. Chinese news usage.
_AFTER_ONE_SOUND = ("表示", "说", "称", "指出", "强调", "认为", "宣布", "会见", "会晤", "访问", "出席", "在", "与", "和", "同",
                    "将", "已", "也", "还", "于", "对", "向", "当天", "当日")


@lru_cache(maxsize=1)
def _title_split_re() -> re.Pattern:
    alternatives = "|".join(re.escape(t) for t in titles())
    return re.compile(rf"^(?P<org>.*?)(?P<title>{alternatives})(?P<name>[\u4e00-\u9fff·]{{2,8}})$")


def tag(doc: Analysis, options: Options, adapt: bool = True) -> Analysis:
    """Stage: mentions from the tagged words, merged with the NER adapter's (`adapt`), then one Entity per
    distinct name."""
    tokens = [part for span, t in doc.tokens for part in _split_titled(doc, span, t)]
    tokens = retag(doc, tokens)
    doc.mentions = [m for m in (_mention(doc, span, t) for span, t in tokens) if m is not None]
    if adapt:
        doc.mentions = adapted.merge(doc, doc.mentions, lambda span, kind: _mention(doc, span, kind))
    doc.mentions = place_phrases.repair(doc, name_ends.grow(doc, entity_edges.repair(doc, doc.mentions)))
    doc.mentions = titled_names.completed(doc, titled_names.grow(doc, doc.mentions))  # 外务审议官船越健裕 cut into
    # words: a person; 发言人切列 / 瓦特: one transliterated name
    doc.mentions = clubs.retype(doc, _one_kind_per_name(doc, _types_in_context(doc, doc.mentions)))
    doc.entities = name_ends.join_short(group(doc.mentions))
    return doc


def _split_titled(doc: Analysis, span: Span, lac_tag: str) -> list[tuple[Span, str]]:
    """美国国务卿卢比欧 tagged as one place (or 某总统某某 as one person, 总理某某 as one noun): the place, the
    title, and the person."""
    if lac_tag == "n" and len(span.text) >= 4:
        word = doc.norm_text[span.start:span.end]
        title = next((t for t in titles() if word.startswith(t) and len(word) - len(t) >= 2), None)
        if title and (looks_transliterated(word[len(title):]) or KnowledgeBase.load().knows_person(word[len(title):])):
            cut = span.start + len(title)
            return [(original_span(doc, span.start, cut), "n"),
                    (original_span(doc, cut, span.end), "PER")]
    government = LEADERS_GOVERNMENT.search(doc.norm_text, span.start, span.end) if lac_tag == "ORG" else None
    if government is not None and government.end() == span.end and government.start() - span.start >= 2 \
            and KnowledgeBase.load().knows_person(doc.norm_text[span.start:government.start()]):
        cut = government.start()  # 拜登政府 tagged as one body: the leader, and his government
        return [(original_span(doc, span.start, cut), "PER"), (original_span(doc, cut, span.end), "n")]
    if lac_tag not in ("LOC", "ORG", "PER") or len(span.text) < (4 if lac_tag == "PER" else 5):
        return [(span, lac_tag)]
    match = _title_split_re().match(doc.norm_text[span.start:span.end])
    if not match or lac_tag == "PER" and not match.group("org"):
        return [(span, lac_tag)]
    parts, offset = [], span.start
    for group, kind in (("org", "LOC"), ("title", "n"), ("name", "PER")):
        piece = match.group(group)
        if piece:
            parts.append((original_span(doc, offset, offset + len(piece)), kind))
            offset += len(piece)
    return parts


def _mention(doc: Analysis, span: Span, lac_tag: str) -> Mention | None:
    if lac_tag.startswith("="):  # typed by the gazetteer from the knowledge base
        kind = lac_tag[1:]
        if kind == "ORG" and names_a_state(doc.norm_text[span.start:span.end]):
            kind = "GPE"  # 某某人民共和国, a body in the knowledge base: a state for FORMAT.md (GPE)
        return Mention(span=span, type=kind, confidence=0.9)
    kind = _LAC_TYPES.get(lac_tag)
    if kind is None:
        return None
    span = _trim(doc, span)
    if span is None:
        return None
    name = span.text
    if kind in ("LOC", "ORG") and len(name) < 2:
        if kind == "LOC" and name in one_char_places():
            return Mention(span=span, type="GPE", confidence=0.8)  # 在京, 访华: a province or a country
        return None  # 南, 东: a lone character is a direction
    if doc.norm_text[span.start:span.end] in titles():
        return None  # a bare title (国务卿) is not a name; the actors stage resolves it
    if kind == "PER" and _TIME_LIKE.search(name) or _CYCLE_YEAR.match(name):
        kind = "TIME"
    if kind == "PER" and len(name) < 2 and _one_sound_name(doc, span):
        return Mention(span=span, type="PER", confidence=0.8)  # 某国总统丹表示: a one-sound foreign surname
    if kind == "PER" and (len(name) < 2 or any(c in _NOT_NAME for c in name[1:])):
        return None
    if kind in ("LOC", "ORG"):
        if name.endswith(place_words().get("NOT_PLACE_SUFFIX", ())):
            return None  # 乌克兰战争, 朝核问题: topics, not places or bodies
        kind = classify_place(name, kind)
    return Mention(span=span, type=kind, confidence=0.8)


def _one_sound_name(doc: Analysis, span: Span) -> bool:
    """A one-character foreign surname LAC reads as a person right after an office title (罗马尼亚总统丹, 总理丹):
    a transliteration sound, with a verb, a date or punctuation after it, not the first character of a word."""
    text = doc.norm_text
    before, after = text[max(0, span.start - 6):span.start], text[span.end:span.end + 3]
    if not before.endswith(tuple(t for t in titles() if len(t) >= 2)) or not looks_transliterated(text[span.start]):
        return False
    return not after or not "\u4e00" <= after[0] <= "\u9fff" or after.startswith(_AFTER_ONE_SOUND)


def _types_in_context(doc: Analysis, mentions: list[Mention]) -> list[Mention]:
    """Names read as persons that the words around them make places (南部城市某某, 某某附近, 占领某某, 某州某某,
    a place and 某某) or companies (“某某”塑料厂): decided at any mention, applied to every mention of the name."""
    decided: dict[str, str] = {}
    for _ in range(2):  # twice: a name listed with one decided in the first round (某某、某某) follows it
        for i, mention in enumerate(mentions):
            name = doc.norm_text[mention.span.start:mention.span.end]
            if mention.type == "PER" and mention.confidence < 0.9 and name not in decided:
                kind = _context_kind(doc, mentions, i, decided)
                if kind:
                    decided[name] = kind
    if not decided:
        return mentions
    return [Mention(span=m.span, type=decided[doc.norm_text[m.span.start:m.span.end]], confidence=m.confidence)
            if m.type == "PER" and m.confidence < 0.9 and doc.norm_text[m.span.start:m.span.end] in decided else m
            for m in mentions]


def _coarse(kind: str) -> str:
    return "place" if kind in ("GPE", "LOC") else kind


def _one_kind_per_name(doc: Analysis, mentions: list[Mention]) -> list[Mention]:
    """A name names one thing in an article: where LAC types the same name two ways (a company once read as a
    place, a place once read as a person), the kind of most of its mentions, a knowledge-base typing counting
    double, is the kind of all of them (a knowledge-base typed mention keeps its own)."""
    votes: dict[str, dict[str, float]] = {}
    for m in mentions:
        if m.type != "TIME":
            tally = votes.setdefault(doc.norm_text[m.span.start:m.span.end], {})
            tally[m.type] = tally.get(m.type, 0.0) + (2.0 if m.confidence >= 0.9 else 1.0)
    winners: dict[str, str] = {}
    for name, tally in votes.items():
        coarse: dict[str, float] = {}
        for kind, n in tally.items():
            coarse[_coarse(kind)] = coarse.get(_coarse(kind), 0.0) + n
        if len(coarse) < 2:
            continue
        ranked = sorted(coarse.items(), key=lambda item: -item[1])
        if ranked[0][1] > ranked[1][1]:
            winners[name] = max((k for k in tally if _coarse(k) == ranked[0][0]), key=lambda k: tally[k])
    if not winners:
        return mentions
    out = []
    for m in mentions:
        kind = winners.get(doc.norm_text[m.span.start:m.span.end])
        if kind and m.type != "TIME" and m.confidence < 0.9 and _coarse(kind) != _coarse(m.type):
            m = Mention(span=m.span, type=kind, confidence=m.confidence)
        out.append(m)
    return out


def _context_kind(doc: Analysis, mentions: list[Mention], i: int, decided: dict[str, str]) -> str | None:
    words, span, text = place_words(), mentions[i].span, doc.norm_text
    name = text[span.start:span.end]
    before, after = text[max(0, span.start - 6):span.start], text[span.end:span.end + 8]
    if before.endswith(titles()) or after.startswith(("说", "表示", "称", "指出", "认为", "强调")):
        return None  # 防长某某, 某某说: a person
    if before.endswith(words.get("ORG_BEFORE", ())):
        return "ORG"  # 美国疫苗公司某某: the company's name after the noun for it
    unquoted = after.lstrip("”」』’\"'")
    if unquoted != after and unquoted.startswith(words.get("ORG_AFTER", ())):
        return "ORG"
    if len(name) >= 3 and name.endswith(words.get("PLACE_SUFFIX", ())) or len(name) >= 2 and name[-1] in "府郡堡":
        return "GPE"
    if before.rstrip("了").endswith(words.get("PLACE_BEFORE", ())) or after.startswith(words.get("PLACE_AFTER", ())):
        return "GPE"
    if before.endswith("在") and after[:1] in "，,。":
        return "GPE"  # 在某某，: a place the sentence starts from
    if _between_listed_places(doc, mentions, i, decided):
        return "GPE"  # 某镇、某某、某镇: an item of a list of places on both sides is a place
    if not looks_transliterated(name):
        return None
    for j in (i - 1, i + 1):  # 某州某某; 某地、某某 / 某某和某地
        if not 0 <= j < len(mentions):
            continue
        other = mentions[j]
        gap = text[other.span.end:span.start] if j < i else text[span.end:other.span.start]
        other_name = text[other.span.start:other.span.end]
        placed = other.type in ("GPE", "LOC") or decided.get(other_name) == "GPE"
        if placed and (gap in ("、", "和", "与", "及", "或") or j < i and gap == "" and other_name.endswith(("州", "省"))):
            return "GPE"
    return None


def _between_listed_places(doc: Analysis, mentions: list[Mention], i: int, decided: dict[str, str]) -> bool:
    text, span = doc.norm_text, mentions[i].span
    if i == 0 or i + 1 >= len(mentions):
        return False
    before, after = mentions[i - 1], mentions[i + 1]
    if text[before.span.end:span.start] != "、" or text[span.end:after.span.start] != "、":
        return False
    return all(m.type in ("GPE", "LOC") or decided.get(text[m.span.start:m.span.end]) == "GPE" for m in (before, after))


def _trim(doc: Analysis, span: Span) -> Span | None:
    """Drop whitespace and punctuation LAC sometimes glues onto a name; keep the original text."""
    start, end = span.start, span.end
    text = doc.norm_text
    while start < end and (text[start].isspace() or not text[start].isalnum()):
        start += 1
    while end > start and (text[end - 1].isspace() or not text[end - 1].isalnum()):
        end -= 1
    if end <= start:
        return None
    return original_span(doc, start, end)


def classify_place(name: str, lac_type: str) -> str:
    """GPE for states and cities, LOC for regions, ORG for institutions LAC calls places."""
    words = place_words()
    if name in words.get("LOC_WORD", ()) or name.endswith(words.get("REGION_SUFFIX", ())) and len(name) >= 3:
        return "LOC"  # 新疆北部, 乌克兰东部: part of a place, not a body ending in 部
    if names_a_state(name):
        return "GPE"  # 某某人民共和国 LAC read as a body: a state
    if lac_type == "ORG":
        return "ORG"
    if name.endswith(words.get("ORG_SUFFIX", ())) and len(name) >= 3:
        return "ORG"
    if name.endswith(words.get("GPE_SUFFIX", ())):
        return "GPE"
    if name.endswith(words.get("LOC_SUFFIX", ())):
        return "LOC"
    return "GPE"


def group(mentions: list[Mention]) -> list[Entity]:
    """One Entity per simplified name and coarse type, in order of first mention."""
    by_key: dict[tuple[str, str], Entity] = {}
    for mention in mentions:
        if mention.type == "TIME":
            continue
        key = (_key(mention.span.text), mention.type)
        entity = by_key.get(key)
        if entity is None:
            entity = Entity(name=mention.span.text, type=mention.type, confidence=mention.confidence)
            short = _strip_admin(mention.span.text)
            if short != mention.span.text:
                entity.aliases.append(short)
            by_key[key] = entity
        entity.mentions.append(mention.span)
        if mention.span.text not in entity.aliases and mention.span.text != entity.name:
            entity.aliases.append(mention.span.text)
    return list(by_key.values())


def _key(name: str) -> str:
    return _strip_admin(normalise(name))


def _strip_admin(name: str) -> str:
    if len(name) > 2 and name.endswith(_ADMIN_SUFFIX):
        return name[:-1]
    return name
