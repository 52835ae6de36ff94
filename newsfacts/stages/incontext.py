"""Linking in context for the actors stage: the title before a name picks among people of that name, a body's
country prefix or the country of the body it is listed with picks among same-named bodies (国务院 after 白宫)."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional

from ..kb import Actor, KnowledgeBase, normalize
from ..model import Analysis, Entity, Span
from ..nlp.chinese import span as original_span
from ..nlp.names import chinese_person, looks_transliterated
from ..nlp.words import roles

_LOOK_BACK = 14  # characters before a name searched for a title (美国驻华大使 + 伯恩斯)
_FORMER = ("前", "原", "已故")
_LISTED = re.compile(r"^(?:、|和|与|及|以及|同|跟|，)$")  # 美国国防部、商务部: the gap between two listed bodies


# -- people: the title next to the name ----------------------------------------------------------

def title_before(kb: KnowledgeBase, doc: Analysis, span: Span) -> Optional[tuple[str, Optional[str], bool]]:
    """(title, country code or None, former) of an office title written right before a name."""
    text = doc.norm_text
    window = text[max(0, span.start - _LOOK_BACK):span.start].rstrip("·• ")
    titles = kb.titles()
    for cut in range(len(window)):
        phrase = window[cut:]
        for split in range(len(phrase) - 1):
            title = phrase[split:]
            if title not in titles:
                continue
            prefix = phrase[:split]
            code = _country_code(kb, prefix) if prefix else None
            if prefix and code is None:
                continue
            former = window[:cut].endswith(_FORMER) or prefix.startswith(_FORMER)
            return title, code, former
    return None


def person_in_context(kb: KnowledgeBase, doc: Analysis, entity: Entity, actor: Optional[Actor],
                      on: Optional[date]) -> tuple[Optional[Actor], bool]:
    """(the person a title next to the name points to, whether the default choice was overruled).

    Among people of the name, one who held the office wins; with none, the office's holder on the date whose
    name ends with the mention; a default who did not hold the office the KB gives to another that day is
    dropped (its roles are too sparse to drop a person for an office it does not list)."""
    found = [title_before(kb, doc, m) for m in entity.mentions]
    found = [f for f in found if f is not None]
    if not found:
        return actor, False
    title, code, former = found[0]
    people = _people_named(kb, entity)
    fitting = [p for p in people if _held(kb, p, title, code, None if former else on)]
    if fitting:
        return fitting[0], fitting[0] is not actor
    if on is not None and not former:
        name = normalize(entity.name)
        holders = kb.holders(title, code, on)
        named = [h for h in holders if any(_ends_with(n, name) for n in h.names_zh)]
        if len(named) == 1:
            return named[0], named[0] is not actor
        if holders and actor is not None and not _held(kb, actor, title, code, on):
            return None, True  # the office had another holder that day: 伯恩斯 the ambassador is not the CIA's
    return actor, False


def _people_named(kb: KnowledgeBase, entity: Entity) -> list[Actor]:
    out: dict[str, Actor] = {}
    for name in [entity.name, *entity.aliases]:
        for actor in kb.lookup(normalize(name)):
            if actor.kind == "person":
                out.setdefault(actor.id, actor)
    return list(out.values())


def _held(kb: KnowledgeBase, person: Actor, title: str, code: Optional[str], on: Optional[date]) -> bool:
    """Whether the person held the office (in that country; on that date when given)."""
    wanted = normalize(title)
    for role in kb.roles_of(person.id, on):
        if code and role.country != code:
            continue
        if any(wanted == normalize(t) or normalize(t).endswith(wanted) for t in role.roles_zh):
            return True
    return False


def _ends_with(full: str, name: str) -> bool:
    full = normalize(full)
    return full == name or full.endswith("·" + name) or (len(name) >= 2 and full.endswith(name))


# -- bodies: the country prefix, or the country of the body listed next to it --------------------

def org_by_country(kb: KnowledgeBase, name: str, code: Optional[str] = None) -> Optional[Actor]:
    """A body by its name without the country (国防部 with USA → the US Department of Defense), or by a name
    that carries its country (美国国防部, 美国防部), or by its short form (国家发展改革委)."""
    index = _org_index(kb)
    key = _short(normalize(name))
    if code is not None:
        return index.get((code, key))
    for prefix, prefix_code in country_prefixes(kb):
        if key.startswith(prefix) and len(key) > len(prefix) + 1:
            found = index.get((prefix_code, key[len(prefix):]))
            if found is not None:
                return found
    return index.get(("", key))


def party_of_named_country(kb: KnowledgeBase, doc: Analysis, entity: Entity) -> Optional[Actor]:
    """保守党 in an article that names Britain, 民主党 beside 美国参议院: a party named without its country is the
    party of that name of the one country the article names (as a state, or as the country of a body or person
    it links) that has one; None when no country or several do."""
    name = normalize(entity.name)
    if entity.type != "ORG" or (entity.id and not entity.id.startswith("local:")) or not name.endswith("党"):
        return None
    codes = {e.country for e in doc.entities if e is not entity and e.country and e.id and not e.id.startswith("local:")}
    found = {a.id: a for a in (org_by_country(kb, name, code) for code in sorted(codes)) if a is not None}
    return next(iter(found.values())) if len(found) == 1 else None


def listed_country(doc: Analysis, entity: Entity, owner_of) -> Optional[str]:
    """The country of the body or country listed right before (or after) each mention, when they agree:
    美国国防部、商务部 and 白宫与国务院 make 商务部 and 国务院 American."""
    codes = set()
    for mention in entity.mentions:
        code = _neighbour_code(doc, mention, owner_of)
        if code is None:
            return None
        codes.add(code)
    return codes.pop() if len(codes) == 1 else None


def _neighbour_code(doc: Analysis, mention: Span, owner_of) -> Optional[str]:
    text = doc.norm_text
    for gap in range(0, 4):
        before = owner_of(mention.start - gap, end=True)
        if before is not None and _LISTED.match(text[mention.start - gap:mention.start] or "、"):
            return before
        after = owner_of(mention.end + gap, end=False)
        if after is not None and gap and _LISTED.match(text[mention.end:mention.end + gap]):
            return after
    return None


def _short(name: str) -> str:
    """The usual short form of a body's name: 委员会 → 委, and 和 dropped in 发展和改革委员会."""
    if name.endswith(("委员会", "委", "部", "局", "署")):
        name = re.sub(r"(?<=[\u4e00-\u9fff]{2})和(?=[\u4e00-\u9fff]{2})", "", name)
    return re.sub(r"委员会$", "委", name)


def name_country(kb: KnowledgeBase, name: str) -> Optional[str]:
    """The country a body's name opens with (美国国防部, 俄军总参谋部), or None."""
    key = normalize(name)
    for prefix, code in country_prefixes(kb):
        rest = key[len(prefix):]
        if key.startswith(prefix) and len(rest) >= 2 and (len(prefix) >= 2 or rest.startswith("军")):
            return code
    return None


def _country_code(kb: KnowledgeBase, text: str) -> Optional[str]:
    country = kb.country(text)
    return country.iso3 if country else None


@lru_cache(maxsize=4)
def country_prefixes(kb: KnowledgeBase) -> tuple[tuple[str, str], ...]:
    """Country names and short forms (美国, 美, 中华人民共和国) that open a body's name, longest first."""
    pairs = {(normalize(n), c.iso3) for c in kb.countries.values() for n in c.names_zh
             if n and not n.endswith(("方", "政府", "方面", "当局"))}
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@lru_cache(maxsize=4)
def _org_index(kb: KnowledgeBase) -> dict[tuple[str, str], Actor]:
    """(country, name without the country prefix, abbreviated) → body; ("", name) for every full name."""
    index: dict[tuple[str, str], Actor] = {}
    prefixes = country_prefixes(kb)
    for actor in kb.actors.values():
        if actor.kind != "org":
            continue
        for raw in actor.names_zh:
            name = _short(normalize(raw))
            index.setdefault(("", name), actor)
            for prefix, code in prefixes:
                if name.startswith(prefix) and len(name) > len(prefix) + 1 and code == actor.country:
                    index.setdefault((code, name[len(prefix):]), actor)
                    break
    return index


# -- glosses: 唐·法瑞尔（DonFarrell） -------------------------------------------------------------

_GLOSS = re.compile(r"\s*[（(]\s*([A-Za-z][A-Za-z .'\-]{1,40}?(?:[A-Z][.。][A-Za-z .'\-]{1,30}?)?)\s*[）)]")


def glosses(doc: Analysis) -> list[tuple[Entity, Span]]:
    """A Latin-script name in brackets right after a name: the same person or body, written in English."""
    out = []
    for entity in doc.entities:
        if entity.type not in ("PER", "ORG"):
            continue
        for mention in entity.mentions:
            match = _GLOSS.match(doc.norm_text, mention.end)
            if match:
                out.append((entity, original_span(doc, match.start(1), match.end(1))))
                break
    return out


def english_of(gloss: str) -> str:
    """DonFarrell → Don Farrell, MatthewG。Olsen → Matthew G. Olsen: the words a pasted name lost their spaces
    between, and a middle initial whose full stop the text wrote as 。."""
    gloss = re.sub(r"(?<=[A-Z])[.。]\s*", ". ", gloss)
    return re.sub(r"\s+", " ", re.sub(r"(?<=[a-z])(?=[A-Z])", " ", gloss)).strip()


# -- a name after a title: a person, whatever the tagger called it ---------------------------------------

_PERSON_TITLE_GAP = 1  # characters between the title and the name (美国代表·惠特克)


@lru_cache(maxsize=1)
def _person_titles() -> tuple[str, ...]:
    return tuple(t for t in roles() if len(t) >= 2) + ("代表",)  # 代表 is a verb too, no role elsewhere


_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,8}){1,3}")


def people_after_titles(kb: KnowledgeBase, doc: Analysis) -> None:
    """美国代表惠特克 / 俄罗斯代表乌里扬诺夫: a name the knowledge base does not know, written right after a
    person's title at every mention that follows a title, and shaped like a transliterated or Chinese
    personal name, is a person even when the tagger read it as a body or a place; so is an unknown
    transliterated given name and family name joined by · (安娜·里瓦斯), which names no place."""
    text = doc.norm_text
    person_titles = _person_titles()
    for entity in doc.entities:
        name = normalize(entity.name)
        if entity.type not in ("ORG", "GPE", "LOC") or kb.lookup(name):
            continue
        dotted = entity.type != "ORG" and _DOTTED_NAME.fullmatch(name) is not None \
            and all(looks_transliterated(part) for part in name.split("·"))  # 安娜·里瓦斯 read as a place
        if not dotted and (not 2 <= len(name) <= 6 or not (looks_transliterated(name) or chinese_person(name))):
            continue
        titled = [m for m in entity.mentions
                  if text[max(0, m.start - 6 - _PERSON_TITLE_GAP):m.start].rstrip("·• ").endswith(person_titles)]
        if dotted or titled and len(titled) * 2 >= len(entity.mentions):
            entity.type = "PER"
            spans = {(m.start, m.end) for m in entity.mentions}
            for mention in doc.mentions:  # the speaker and event stages read the mentions' types
                if (mention.span.start, mention.span.end) in spans:
                    mention.type = "PER"
