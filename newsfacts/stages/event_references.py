"""Words that refer back to a party, for the events stage: 该国 and 其 before an office (其外长) to the state
named before them, and 他们 opening a sentence to the coordinated subject of the sentence before."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..doc import entity_at
from ..kb import KnowledgeBase
from ..model import Analysis, Span
from ..nlp.chinese import SENTENCE_ENDS as SENTENCE_END, back_to, normalise
from ..nlp.words import person_titles, state_abbreviations, titles

BODIES = ("UN", "EU", "NATO")
CLAUSE_STOPS = set("，,。；;！？!?\n")


def is_place(doc: Analysis, mention: Span) -> bool:
    """A city, island or region, not a state (the knowledge base knows no country by its name)."""
    entity = entity_at(doc, mention)
    return entity is not None and entity.type in ("GPE", "LOC") and entity.country is not None and \
        KnowledgeBase.load().country(normalise(entity.name)) is None


_THIS_STATE = re.compile(r"(?<!应)该国(?!际|务)")  # 该国, not 应该国际…
# 该司令部 / 该部 / 该委员会: a body referred to by its head noun, whose state it keeps
_THIS_BODY = re.compile(r"(?<!应)该(司令部|委员会|外交部|国防部|部|局|署|机构|部队|军|政府)(?![门分长])")
_THIS_STATE_REACH = 200  # characters back to the state 该国 refers to
_ITS_OFFICE = re.compile(r"(?<![与尤极])其(?=[\u4e00-\u9fff])")  # 其外长: the office of the state referred to


@lru_cache(maxsize=1)
def _title_set() -> frozenset[str]:
    return frozenset(titles())


_SUBJECT_OPENING = 2  # characters (而, 并) a clause's subject may stand after the clause break


def this_state(doc: Analysis, found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """该国 (this country) refers back to the last state named before it, not a body or a city; so does
    其 before an office (其外长), whose state the office then is."""
    added = []
    officers = {m.start: m for m, _ in found if m.text in _title_set()}
    matches = [m for m in _THIS_STATE.finditer(doc.norm_text)] + \
        [m for m in _ITS_OFFICE.finditer(doc.norm_text) if m.end() in officers]
    for match in matches:
        if match.group(0) == "其":
            found = [(m, c) for m, c in found if m is not officers[match.end()]]
        before = [(m, c) for m, c in found if m.end <= match.start() and match.start() - m.end <= _THIS_STATE_REACH]
        states = [(m, c) for m, c in before if c not in BODIES and not is_place(doc, m)]
        if not states:
            continue
        referent = states[-1]
        if opens_clause_at(doc.norm_text, match.start()):  # the subject: the topic of the sentence before
            sentence = back_to(doc.norm_text, 0, referent[0].start, SENTENCE_END)
            referent = next(pair for pair in states if pair[0].start >= sentence)
        else:  # X总统将访问该国: not the clause's own subject (that would be 本国)
            clause = back_to(doc.norm_text, 0, match.start(), CLAUSE_STOPS)
            subject = next((c for m, c in states if clause <= m.start <= clause + _SUBJECT_OPENING), None)
            referent = next((pair for pair in reversed(states) if pair[1] != subject), None)
            if referent is None:
                continue
        office = officers.get(match.end()) if match.group(0) == "其" else None
        added.append((office or Span(match.start(), match.end(), match.group(0)), referent[1]))
    return sorted(found + added, key=lambda pair: (pair[0].start, -pair[0].end)) if added else found


def this_body(doc: Analysis, found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """该司令部 / 该部 (this headquarters, this ministry) refers back to the last body named before it with that
    head noun (印度陆军北方司令部 … 该司令部发言人), and acts for that body's state."""
    added = []
    text = doc.norm_text
    for match in _THIS_BODY.finditer(text):
        head = match.group(1)
        before = [(m, c) for m, c in found if m.end <= match.start() and match.start() - m.end <= _THIS_STATE_REACH
                  and text[m.start:m.end].endswith(head) and m.end - m.start > len(head)]
        if before:
            added.append((Span(match.start(), match.end(), match.group(0)), before[-1][1]))
    return sorted(found + added, key=lambda pair: (pair[0].start, -pair[0].end)) if added else found


_THIS_PERSON_REACH = 300  # characters back to the titled person 这位副总统 refers to


@lru_cache(maxsize=1)
def _this_titled() -> re.Pattern:
    """这位副总统 / 这名外长 / 该部长: an office holder referred to by title alone."""
    return re.compile(r"(?:这位|这名|该名|该)(" + "|".join(map(re.escape, person_titles())) + r")")


def this_officer(doc: Analysis, found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """这位副总统 (this vice-president) refers back to the last party named with that title, in the mention
    (美国副总统) or right before it (美国副总统万斯), and acts for that party's state."""
    text = doc.norm_text
    added = []
    for match in _this_titled().finditer(text):
        title = match.group(1)
        before = [(m, c) for m, c in found if m.end <= match.start() and match.start() - m.end <= _THIS_PERSON_REACH
                  and title in text[max(0, m.start - len(title) - 2):m.end]]
        if before and not any(match.start() <= m.start < match.end() for m, _ in found):
            added.append((Span(match.start(), match.end(), match.group(0)), before[-1][1]))
    return sorted(found + added, key=lambda pair: (pair[0].start, -pair[0].end)) if added else found


_THEY = re.compile(r"(?<=[。！？!?])\s*(?:[^，,。；;]{0,4}[，,])?\s*(他们|她们)(?!的|之间|各自)")
_AND = re.compile(r"\s*(?:、|和|与|及|以及)?\s*")
_SUBJECT_START = 2  # characters (据悉, 而) the first party of a sentence's subject may stand after its start


def plural_pronouns(doc: Analysis, found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """他们 before any party of its sentence stands for the coordinated subject that opens the
    sentence before (法国总统和德国总理会面。他们呼吁…): each of its states, on the pronoun's span."""
    text = doc.norm_text
    added = []
    for match in _THEY.finditer(text):
        sentence = back_to(text, 0, match.start() - 1, SENTENCE_END)
        if "\n" in text[sentence:match.start()] or any(match.start() <= m.start < match.start(1) for m, _ in found):
            continue
        chain: list[str] = []
        last_end = None
        for mention, code in found:
            if mention.start < sentence:
                continue
            if last_end is None and mention.start - sentence > _SUBJECT_START or \
                    last_end is not None and (mention.start < last_end or not _AND.fullmatch(text, last_end, mention.start)):
                break
            chain.append(code)
            last_end = mention.end
        members = list(dict.fromkeys(chain))
        head = next(((w, tag) for w, tag in doc.tokens if w.start >= last_end), None) if last_end is not None else None
        if head is not None and head[1].startswith("n") and not any(m.start == head[0].start for m, _ in found):
            continue  # 美国和英国记者…。他们: the states only qualify the people meant
        if len(members) >= 2:
            pronoun = Span(match.start(1), match.end(1), match.group(1))
            added.extend((pronoun, code) for code in members)
    return sorted(found + added, key=lambda pair: (pair[0].start, -pair[0].end)) if added else found


def opens_clause_at(text: str, position: int) -> bool:
    """At most an adverb (其实, 同时) stands between the last clause break and `position`."""
    return position - back_to(text, max(0, position - 3), position, CLAUSE_STOPS) <= 2 and \
        (position < 3 or any(c in CLAUSE_STOPS for c in text[position - 3:position]))




_STATE_BODY_KINDS = ("gov", "agency", "legislature", "military")


@lru_cache(maxsize=1)
def _state_body_ids() -> frozenset[str]:
    """Knowledge-base ids of ministries, agencies, parliaments and armed forces (organizations.tsv kinds)."""
    from .. import lexicon

    return frozenset(row[0] for row in lexicon.rows("actors/organizations.tsv")
                     if len(row) > 4 and row[4] in _STATE_BODY_KINDS)


def bodies_of_states_named(doc: Analysis, found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A bare body name right after a state's name (加拿大|外交部, where the tagger cut the name and the
    knowledge base knows only China's 外交部) is that state's body: it takes the state's code."""
    kb = KnowledgeBase.load()
    states = {mention.end: code for mention, code in found
              if kb.country(normalise(mention.text)) is not None}
    out = []
    abbreviations = state_abbreviations()
    for mention, code in found:
        state = states.get(mention.start)
        if state is not None and code in abbreviations.get(mention.text[:1], ()):
            state = None  # 驻伊拉克美军: 美军 names its own state; the place before it is where it is posted
        entity = entity_at(doc, mention) if state is not None and state != code else None
        out.append((mention, state if entity is not None and entity.id in _state_body_ids() else code))
    return out


@lru_cache(maxsize=1)
def _seats() -> dict[str, tuple[str, tuple[str, ...]]]:
    return {row[0]: (row[1].strip(), tuple(row[2].strip().split("|"))) for row in lexicon.rows("body_seats.tsv")}


def seats_as_bodies(text: str, found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """指责布鲁塞尔…, 前往布鲁塞尔与欧盟官员会面: the seat of a body stands for that body when the article
    names the body elsewhere and never names the seat's host state (data/body_seats.tsv)."""
    named = {code for _, code in found}
    out = []
    for mention, code in found:
        seat = _seats().get(mention.text)
        if seat is not None and seat[0] in named and not any(state in text for state in seat[1]):
            code = seat[0]
        out.append((mention, code))
    return out


# 未经安理会授权的单边制裁: a body whose mandate an act lacks did nothing and is aimed at by nothing.
_WITHOUT = re.compile(r"(?:未经|未获|没有|未得到|不经)(?:过)?$")
_MANDATE = re.compile(r"[^，,。；;]{0,2}?(?:授权|批准|许可|同意)")


def mandate_withheld(text: str, mention: Span, code: str) -> bool:
    """A body (UN, EU, NATO) named as the mandate an act lacks (未经联合国授权)."""
    return code in BODIES and _WITHOUT.search(text, max(0, mention.start - 4), mention.start) is not None and \
        _MANDATE.match(text, mention.end) is not None


# A verb of speech, its 了, a locative and a run of modifiers up to a place (提到了在X, 谈及X, 指出，在X):
# what it opens is spoken of. Only the clause right after 指出， may hold it.
_TOPIC_REACH = 24  # characters between the speech verb and the place


@lru_cache(maxsize=1)
def _speech_topic_re() -> re.Pattern:
    verbs = [row[0] for row in lexicon.rows("not_locative.txt") if row[1:2] == ("topic",)]
    return re.compile(r"(?:%s)(?:了|过)?[，,：:]?[^，,。；;！？!?\n：:]{0,%d}$" % (
        lexicon.alternation_source(verbs), _TOPIC_REACH))


def speech_topic(text: str, start: int, position: int, trigger: Span | None = None) -> bool:
    """The place at `position` is the object of a verb of speech in text[start:position] (他在讲话中提到在X
    发生的冲突): what was spoken of, not where an act happened, unless the act `trigger` is itself the
    thing spoken of (提到在X发生的袭击: the attack did happen in X)."""
    found = _speech_topic_re().search(text, max(start, position - _TOPIC_REACH - 6), position)
    if found is None:
        return False
    return trigger is None or not found.start() <= trigger.start < _clause_end(text, position)


def spoken_of_in(text: str, start: int, end: int, position: int) -> bool:
    """The place at `position` in a stretch text[start:end] that ends at an act or at its clause's end is
    the object of a verb of speech, and the act is not the thing spoken of: an act right before the place's
    clause ends (提到X遭到的袭击) is."""
    found = _speech_topic_re().search(text, max(start, position - _TOPIC_REACH - 6), position)
    return found is not None and not end < _clause_end(text, position)


def _clause_end(text: str, position: int) -> int:
    while position < len(text) and text[position] not in CLAUSE_STOPS:
        position += 1
    return position


# A firm named by its state and a generic ending (俄罗斯公司, 伊朗石油公司, 日本银行): FORMAT codes a state's
# company as the state. The ending is one of data/firm_endings.txt; up to FIRM_REACH characters of trade may
# stand between (石油, 国家航空); the state is the longest known country name that opens the name.
FIRM_REACH = 6


@lru_cache(maxsize=1)
def _firm_ending_re() -> re.Pattern:
    return re.compile("(?:%s)$" % lexicon.alternation_source(lexicon.words("firm_endings.txt")))


def state_of_firm(mention: Span, kind: str) -> list[tuple[Span, str]]:
    """An uncoded firm whose name opens with a state's name and ends in a firm's ending: the state, on the
    span of its name."""
    if kind not in ("ORG", "LOC", "GPE"):
        return []
    ending = _firm_ending_re().search(mention.text)
    if ending is None:
        return []
    for length in range(min(ending.start(), 5), 1, -1):
        if ending.start() - length > FIRM_REACH:
            break
        country = KnowledgeBase.load().country(normalise(mention.text[:length]))
        if country is not None:
            return [(Span(mention.start, mention.start + length, mention.text[:length]), country.iso3)]
    return []
