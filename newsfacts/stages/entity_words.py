"""Mentions that are ordinary words, by a general word list (nlp/common_words.py, jieba's dictionary), not by
lists of our own:

* a place LAC reads as a name that the word list knows as a frequent common word (日照 'sunshine', 大本营,
  狮子座), or a place made only of common words (洗浴中心 = 洗浴 + 中心, 长租公寓, 花园洋房), is no name,
  unless the knowledge base knows it or the words around one of its mentions make it a place: a place right
  before it (山东日照), a place word before or after it (城市某某, 某某附近, 参观某某, 某某部队; data/places.tsv),
  在某某，, or a list with a place (某地、某某). A name ending in a place suffix (某某街道, 某某路, 某某公园) is left
  alone, and so are bodies (ORG), which are named by what they are (参议院, 内阁);
* a one-character form of a country or province (日, 中, 美, 韩, 京) counts only where it is no part of a word
  the list knows: 日增, 中药, 美食, 韩式, 法院, 英语, 华润 are words, not Japan, China, the US, Korea, France,
  Britain; runs of such forms (中美, 美日韩) and a country's side, forces, press or nationals (中方, 美军, 韩媒,
  美籍) stay states."""
from __future__ import annotations

from functools import lru_cache

from ..model import Analysis, Mention
from ..nlp import common_words
from ..nlp.words import one_char_places, place_words

MIN_FREQUENCY = 10  # a word of the list this frequent is an ordinary word of the language, not a rare entry
# A country's side, forces, press, nationals, firms, capital, traders, descendants: the country (中方, 美军, 韩媒).
_STATE_HEADS = set("方军媒籍企资商裔")
_LIST_GAPS = ("、", "和", "与", "及", "或")
_NAME_ENDINGS = ("街道", "街", "路", "巷", "公园")  # with places.tsv's suffixes: 某某街道, 某某路 are named places


@lru_cache(maxsize=1)
def _place_endings() -> tuple[str, ...]:
    words = place_words()
    endings = set(_NAME_ENDINGS)
    for kind in ("GPE_SUFFIX", "PLACE_SUFFIX", "LOC_SUFFIX"):
        endings.update(words.get(kind, ()))
    return tuple(sorted(endings, key=len, reverse=True))


def _known(name: str) -> bool:
    from ..kb import KnowledgeBase

    return bool(KnowledgeBase.load().lookup(name))


def common_noun(name: str, kind: str) -> bool:
    """Whether a name LAC read as a place (GPE, LOC) is an ordinary word by the word list: a frequent word
    tagged as no name, or a run of two or more such words ending in one of two or more characters (a head noun:
    中心, 公寓) and not in a place suffix. Bodies (ORG) never are. The knowledge base and the context are the
    caller's to check."""
    if len(name) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in name):
        return False
    if kind == "ORG":
        return False  # bodies are named by what they are (参议院, 内阁, 市科学技术局): common words are no sign
    if common_words.common_word(name, MIN_FREQUENCY):
        return True
    if common_words.is_word(name) or name.endswith(_place_endings()):
        return False  # a word tagged as a name (朝天门 ns) is one; 某某街道, 某某路 are named places
    pieces = common_words.segment(name)
    return (len(pieces) >= 2 and len(pieces[-1][0]) >= 2  # 洗浴|中心, 长|租|公寓; not 常|营, a name of two characters
            and all(tag in common_words.COMMON_TAGS for _, tag in pieces))


def inside_word(text: str, start: int) -> bool:
    """Whether the one-character form at `start` is doubled (哈哈) or begins a word of the list (日增, 中药,
    美食, 法院) other than a run of such forms (中美, 京沪) or a country's side, forces or press (中方, 美军,
    韩媒); forms next to another form (中美食品: China and the US) are a run."""
    forms, char = one_char_places(), text[start]
    for near in (text[start - 1:start], text[start + 1:start + 2]):
        if near == char:
            return True  # the same character twice (哈哈, 美美地) is a word, no state
        if near and near in forms:
            return False  # a run of states (中美, 美日韩)
    for length in (4, 3, 2):
        word = text[start:start + length]
        if len(word) < length or not common_words.is_word(word):
            continue
        if all(c in forms for c in word) or length == 2 and word[1] in _STATE_HEADS:
            return False
        if common_words.entry(word)[1] == "j":
            return False  # an abbreviation (美军, 中共): a name of its own, left to the gazetteer
        return True
    return False


def drop_words(doc: Analysis, mentions: list[Mention]) -> list[Mention]:
    """The mentions less ordinary words: common nouns read as places or bodies, one-character forms inside
    words (see the module's doc). Knowledge-base typed mentions (confidence 0.9) of two or more characters
    are kept."""
    if not common_words.available():
        return mentions
    text, forms = doc.norm_text, one_char_places()
    candidates: dict[str, list[int]] = {}
    dropped: set[int] = set()
    for i, m in enumerate(mentions):
        name = text[m.span.start:m.span.end]
        if len(name) == 1 and m.type in ("GPE", "LOC") and name in forms:
            if inside_word(text, m.span.start):
                dropped.add(i)
        elif m.type in ("GPE", "LOC") and m.confidence < 0.9 and common_noun(name, m.type):
            candidates.setdefault(name, []).append(i)
    for name, indices in candidates.items():
        if _known(name) or any(_placed(doc, mentions, i, candidates) for i in indices):
            continue
        dropped.update(indices)
    return [m for i, m in enumerate(mentions) if i not in dropped]


def _placed(doc: Analysis, mentions: list[Mention], i: int, candidates: dict[str, list[int]]) -> bool:
    """Words around mention i that make it a place: a place right before it (甘肃平凉), a place word before or
    after it, 在某某 before a stop, or a list with a place that is no candidate itself."""
    text, span, words = doc.norm_text, mentions[i].span, place_words()
    before, after = text[max(0, span.start - 6):span.start], text[span.end:span.end + 6]
    if before.endswith(words.get("PLACE_BEFORE", ()) + words.get("VISIT_BEFORE", ())):
        return True  # 城市某某, 参观某某, 进入某某
    if after.startswith(words.get("PLACE_AFTER", ()) + words.get("FORCES_AFTER", ())):
        return True  # 某某附近, 某某部队, 某某当局
    if before.endswith("在") and after[:1] in "，,。；;":
        return True
    for j in (i - 1, i + 1):
        if not 0 <= j < len(mentions):
            continue
        other = mentions[j]
        if other.type not in ("GPE", "LOC") or text[other.span.start:other.span.end] in candidates:
            continue
        gap = text[other.span.end:span.start] if j < i else text[span.end:other.span.start]
        if gap == "" and j < i or gap in _LIST_GAPS:
            return True
    return False


def drop_from_entities(doc: Analysis) -> None:
    """An article's entity list without ordinary words: their mentions leave the entities (an entity left with
    none leaves the list) and the document's mentions. For articles only: sentence NER (`newsfacts tag`,
    benchmarks/ner.py) keeps the NER sets' convention, which marks 中 of 中外 and places such as 日照 as LOC."""
    kept = drop_words(doc, doc.mentions)
    if len(kept) == len(doc.mentions):
        return
    gone = {(m.span.start, m.span.end) for m in doc.mentions} - {(m.span.start, m.span.end) for m in kept}
    doc.mentions = kept
    entities = []
    for entity in doc.entities:
        before = len(entity.mentions)
        entity.mentions = [s for s in entity.mentions if (s.start, s.end) not in gone]
        if entity.mentions or not before:
            entities.append(entity)
    doc.entities = entities
