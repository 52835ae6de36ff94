"""Short forms of states and people in an article's entity list, read as Chinese news writes them: a country's
one-character form run into another character or a word, a country's cut-down name, a person's given name.

* a pair (中阿, 中坦, 中老): the first character a country's one-character form, the second the first character of
  the one country or region the article names that begins with it (阿尔及利亚, 坦桑尼亚, 老挝) is those two states,
  not a third name; with no such country, a pair before a word of relations (中拉贸易, 中拉关系) is the first state
  and an unnamed partner, no name of its own;
* a one-character form run into a word (涉港国安法, 对华强硬, 伊核问题) is the state and the word, where the article
  names that state in full; a word that only opens with the form (日不落) names no state;
* a country's name cut short (埃塞 beside 埃塞俄比亚) and a person's given name (晓颖 beside 潘晓颖) are the entity
  whose name they begin or end.
Only names the knowledge base does not link are read this way."""
from __future__ import annotations

import re
from typing import Optional

from ..model import Analysis, Entity
from ..nlp import common_words
from ..nlp.chinese import normalise, span as original_span
from ..nlp.names import looks_transliterated, surnames
from ..nlp.words import ONE_CHAR_COUNTRIES, one_char_places

# Words after a pair of states that make it one (Chinese press usage: 中拉关系, 中老铁路, 中阿合作论坛).
_PAIR_NEXT = re.compile(r"[两二]国|双方|双边|关系|合作|友好|友谊|人民|经贸|贸易|铁路|论坛|建交|伙伴|命运共同体")
_WORD_MIN = 3  # frequency in jieba's list of the word a one-character form runs into (国安法 3, 强硬 284)
_SINGLE_MIN = 1000  # a one-character noun (核) run onto the form must be this common
_COMMON_TAGS_NOT = {"ns", "nr", "nt", "nz", "j", "nrt", "nrfg"}


def _linked(entity: Entity) -> bool:
    return bool(entity.id) and not entity.id.startswith("local:")


def resolve(doc: Analysis) -> None:
    """The short forms of the module's doc joined to the entities they name; the names they made dropped."""
    states = _states(doc)
    kept: list[Entity] = []
    for entity in doc.entities:
        if _linked(entity) or not _split_pair(doc, entity, states) and not _split_glued(doc, entity, states) \
                and not _surname_in_a_word(doc, entity):
            kept.append(entity)
    doc.entities = [e for e in kept if e.mentions]
    _merge_short(doc)


def _states(doc: Analysis) -> dict[str, Entity]:
    """Every name (and alias) of the article's linked states and places."""
    found: dict[str, Entity] = {}
    for entity in doc.entities:
        if entity.type in ("GPE", "LOC") and _linked(entity):
            for name in (entity.name, *entity.aliases, *(m.text for m in entity.mentions)):
                found.setdefault(normalise(name), entity)
    return found


def _state_of_form(form: str, states: dict[str, Entity]) -> Optional[Entity]:
    full = one_char_places().get(form)
    return states.get(full) or states.get(form) if full else None


def _split_pair(doc: Analysis, entity: Entity, states: dict[str, Entity]) -> bool:
    name = normalise(entity.name)
    if len(name) != 2 or name[0] not in ONE_CHAR_COUNTRIES or any(m.end - m.start != 2 for m in entity.mentions):
        return False
    if common_words.is_word(name):
        return False  # 中兴, 中信: a company, not a pair
    first = _state_of_form(name[0], states)
    partners = {id(e): e for n, e in states.items() if len(n) >= 2 and n.startswith(name[1]) and e is not first}
    text = doc.norm_text
    if len(partners) != 1 and not all(_PAIR_NEXT.match(text, m.end) for m in entity.mentions):
        return False
    partner = next(iter(partners.values())) if len(partners) == 1 else None
    for m in entity.mentions:
        if first is not None:
            _add_mention(doc, first, m.start, m.start + 1)
        if partner is not None:
            _add_mention(doc, partner, m.start + 1, m.end)
    entity.mentions = []
    return True


def _split_glued(doc: Analysis, entity: Entity, states: dict[str, Entity]) -> bool:
    name = normalise(entity.name)
    if not 2 <= len(name) <= 4 or name[0] not in one_char_places() or common_words.is_word(name):
        return False
    if any(len(n) >= 2 and name.startswith(n) for n in states):
        return False  # 陕西南部: the full name, then a part of it
    text = doc.norm_text
    first = _state_of_form(name[0], states)
    # 伊核 typed a person: a one-character form that is no surname, before no transliteration, is the state's
    kind = entity.type if entity.type != "PER" or name[0] in surnames() or looks_transliterated(name) else "GPE"
    readings = [_glued_reading(text, m.start, m.end, kind) for m in entity.mentions]
    if not entity.mentions or None in readings or first is None and "form" in readings:
        return False  # 黑庄户, 苏家村 in an article that never names 黑龙江, 江苏: a place of its own
    for m, reading in zip(entity.mentions, readings):
        if reading == "form" and first is not None:
            _add_mention(doc, first, m.start, m.start + 1)
    entity.mentions = []
    return True


def _surname_in_a_word(doc: Analysis, entity: Entity) -> bool:
    """张罗, 张扬, 张|平时, 张|并不 where the article names one 张某某 in full: the surname alone refers back to that
    person (or the two characters are an ordinary word), and a word runs on past it; no second person."""
    name = normalise(entity.name)
    if entity.type != "PER" or len(name) != 2 or name[0] not in surnames() or not entity.mentions:
        return False
    full = [e for e in doc.entities if e is not entity and e.type == "PER" and len(normalise(e.name)) >= 3
            and normalise(e.name)[0] == name[0]]
    if len({normalise(e.name) for e in full}) != 1:
        return False
    text = doc.norm_text
    if any("、" in text[max(0, m.start - 1):m.end + 2] for m in entity.mentions):
        return False  # 马大|为、周某某: a name in a list, cut by LAC, not a surname referring back
    readings = {_glued_reading(text, m.start, m.end, "PER") for m in entity.mentions}
    if None in readings:
        return False
    entity.mentions = []
    return True


def _glued_reading(text: str, start: int, end: int, kind: str) -> Optional[str]:
    """"word" where a common word opens at the form and covers the name (日不落), "form" where one opens right
    after the form and reaches the name's end or beyond (港|国安法, 华|强硬; 伊|核 a very common word), else None."""
    if any(_common(text[start:k]) for k in range(end, min(len(text), start + 5) + 1)):
        return "word"
    crossing = any(_common(text[start + 1:k]) for k in range(end + 1, min(len(text), start + 6) + 1))
    if crossing:
        return "form"
    rest = text[start + 1:end]
    if kind == "PER":
        return None  # 韩雪: a surname and a given name unless a word runs on past the name
    found = common_words.entry(rest)
    if found is None or found[1] in _COMMON_TAGS_NOT:
        return None
    if len(rest) == 1:
        return "form" if found[1] == "n" and found[0] >= _SINGLE_MIN else None  # 伊|核 (a noun), not 中|拉 (a verb)
    return "form" if found[0] >= _WORD_MIN else None
    return None


def _common(word: str) -> bool:
    found = common_words.entry(word)
    return found is not None and len(word) >= 2 and found[0] >= _WORD_MIN and found[1] not in _COMMON_TAGS_NOT


def _add_mention(doc: Analysis, entity: Entity, start: int, end: int) -> None:
    if any(m.start == start and m.end == end for m in entity.mentions):
        return
    entity.mentions.append(original_span(doc, start, end))
    entity.mentions.sort(key=lambda s: s.start)


def _merge_short(doc: Analysis) -> None:
    """埃塞 into 埃塞俄比亚, 晓颖 into 潘晓颖: an unlinked name that begins the one linked state the article names
    with it, or that is the given name of the one person named in full with a surname before it."""
    kept: list[Entity] = []
    for entity in doc.entities:
        target = None if _linked(entity) else _full_form(doc, entity)
        if target is not None:
            target.mentions.extend(entity.mentions)
            target.mentions.sort(key=lambda s: s.start)
            if entity.name not in target.aliases and entity.name != target.name:
                target.aliases.append(entity.name)
            continue
        kept.append(entity)
    doc.entities = kept


def _full_form(doc: Analysis, entity: Entity) -> Optional[Entity]:
    name = normalise(entity.name)
    if len(name) < 2:
        return None
    if entity.type in ("GPE", "LOC"):
        found = [e for e in doc.entities if e is not entity and e.type == "GPE" and _linked(e)
                 and len(normalise(e.name)) >= len(name) + 2 and normalise(e.name).startswith(name)]
    elif entity.type == "PER" and len(name) == 2:
        found = [e for e in doc.entities if e is not entity and e.type == "PER" and len(normalise(e.name)) == 3
                 and normalise(e.name)[1:] == name and normalise(e.name)[0] in surnames()]
    else:
        return None
    return found[0] if len(found) == 1 else None
