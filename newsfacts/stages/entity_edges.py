"""Mention edges that LAC's word cuts got wrong, repaired before mentions become entities: a conjunction
glued on (和某国, 某大会堂同), the first sound of a foreign name glued to the title before it (领导人列|某某),
a one-character country form read inside an ordinary word (媲美, 抗美援朝, 中高风险), a city in a time
zone (北京时间), and names of things, languages and peoples read as actors (“某某”号, 某某战车, 某某语, 某某人)."""
from __future__ import annotations

from bisect import bisect_right
from typing import Optional

from ..kb import KnowledgeBase
from ..model import Analysis, Mention
from ..nlp.chinese import span as original_span
from ..nlp.gazetteer import non_entities
from ..nlp.names import looks_transliterated
from ..nlp.words import one_char_places, place_words, titles

_JOINING = "和与同及跟"  # conjunctions and 同 (with) that LAC glues to the name beside them
_CLOSING = "”」』’\"'"
# One-character verbs and prepositions that take a country's or province's one-character form as their
# object in a two-character word (访华, 驻华, 抵京, 援乌, 对华): Chinese usage.
_ABBREVIATION_VERBS = set("访来驻在赴抵离返旅援侵对涉反亲仇留入出回居输联助犯辱媚崇排")
_TIME_ZONE = ("时间",)
_ROLE_ENDS = set("人官长员家者手")  # 领导人, 指挥官, 部长, 议员: the last character of a role noun


def repair(doc: Analysis, mentions: list[Mention]) -> list[Mention]:
    """The mentions with glued edges trimmed or extended and the non-names dropped, in text order."""
    words = _Words(doc)
    out = []
    for mention in mentions:
        if mention.type == "TIME":
            out.append(mention)
            continue
        mention = _trim_joining(doc, mention)
        mention = _after_glued_title(doc, mention, words)
        if _not_a_name(doc, mention, words):
            continue
        out.append(mention)
    return out


def _moved(doc: Analysis, mention: Mention, start: int, end: int) -> Mention:
    return Mention(span=original_span(doc, start, end), type=mention.type, confidence=mention.confidence)


def _trim_joining(doc: Analysis, mention: Mention) -> Mention:
    """和某国 (the rest a known name) and 某大会堂同 (a place or body of three characters or more before 同)."""
    start, end = mention.span.start, mention.span.end
    word = doc.norm_text[start:end]
    if len(word) >= 3 and word[0] in _JOINING and KnowledgeBase.load().lookup(word[1:]):
        return _moved(doc, mention, start + 1, end)
    if len(word) >= 4 and word[-1] in _JOINING and mention.type != "PER":
        return _moved(doc, mention, start, end - 1)
    return mention


class _Words:
    """LAC's words by the offset where they end, and their starts in order, to find the word over a character."""

    def __init__(self, doc: Analysis):
        self.text = doc.norm_text
        self.ends = {span.end: span for span, _ in doc.tokens}
        self.spans = sorted((span for span, _ in doc.tokens), key=lambda s: s.start)
        self.starts = [span.start for span in self.spans]

    def ending_at(self, offset: int) -> Optional[str]:
        span = self.ends.get(offset)
        return self.text[span.start:span.end] if span is not None else None

    def over(self, at: int) -> Optional[tuple[int, str]]:
        i = bisect_right(self.starts, at) - 1
        if i < 0 or not self.spans[i].start <= at < self.spans[i].end:
            return None
        span = self.spans[i]
        return span.start, self.text[span.start:span.end]


def _after_glued_title(doc: Analysis, mention: Mention, words: _Words) -> Mention:
    """领导人列|某某: LAC put the first sound of a foreign name into the title word before it."""
    if mention.type != "PER" or mention.span.start < 2:
        return mention
    start = mention.span.start
    word = words.ending_at(start)
    if word is None or len(word) < 3 or not (word[:-1].endswith(titles()) or word[-2] in _ROLE_ENDS):
        return mention
    name = doc.norm_text[start - 1:mention.span.end]
    if "·" in name and looks_transliterated(name) and not looks_transliterated(word[-2:]):
        return _moved(doc, mention, start - 1, mention.span.end)
    return mention


def _not_a_name(doc: Analysis, mention: Mention, words: _Words) -> bool:
    text = doc.norm_text
    start, end = mention.span.start, mention.span.end
    word, after = text[start:end], text[end:end + 4]
    if mention.type in ("GPE", "LOC") and after.startswith(_TIME_ZONE):
        return True  # 北京时间, 莫斯科时间: a time zone
    if end - start == 1 and mention.type in ("GPE", "LOC"):
        return _loose_abbreviation(words, start)
    if len(word) >= 3 and word.endswith("语") and (looks_transliterated(word[:-1]) or _known_place(word[:-1])):
        return True  # 斯瓦希里语, 阿拉伯语: a language
    if len(word) >= 3 and word.endswith("人") and (_known_place(word[:-1]) or looks_transliterated(word[:-1])):
        return True  # 阿拉伯人, 俄罗斯人: a people, not an actor
    if mention.type == "PER" and mention.confidence < 0.9:
        unquoted = after.lstrip(_CLOSING)
        return unquoted.startswith(place_words().get("THING_AFTER", ()))  # “某某”号, 某某战车: a ship, a weapon
    return False


def _known_place(name: str) -> bool:
    return any(a.kind in ("country", "place") for a in KnowledgeBase.load().lookup(name))


def _loose_abbreviation(words: _Words, at: int) -> bool:
    """A one-character country or province form stands for the place alone (美), in a run of such forms
    (中美, 俄乌冲突, 京津沪渝), or after a verb that takes it (访华, 抵京); inside another word it is a
    syllable of that word (媲美, 抗美援朝, 温哥华港, 中高风险)."""
    word = words.over(at)
    if word is None:
        return False
    start, text = word
    if text in non_entities():
        return True
    if len(text) == 1:
        return False
    places = one_char_places()
    run = 0
    while run < len(text) and text[run] in places:
        run += 1
    if at - start < run:
        return False
    return not (len(text) == 2 and at - start == 1 and text[0] in _ABBREVIATION_VERBS)

