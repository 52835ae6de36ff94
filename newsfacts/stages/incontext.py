"""Linking in context for the actors stage: the title before a name picks among people of that name, a body's
country prefix or the country of the body it is listed with picks among same-named bodies (国务院 after 白宫)."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..kb import Actor, KnowledgeBase, normalize
from ..model import Analysis, Entity, Span
from ..nlp.chinese import SENTENCE_ENDS, normalise, span as original_span
from ..nlp.names import chinese_person, looks_transliterated
from ..nlp.words import ONE_CHAR_COUNTRIES, roles, state_abbreviations, titles

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
    if not former and (on is not None or actor is not None and code and actor.country != code):
        # undated: only when the default is of another state than the office (众议院议长约翰逊 is no Briton)
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
    found = {a.country: a for a in (org_by_country(kb, name, code) for code in sorted(codes)) if a is not None}
    if len(found) > 1:  # 英国方面，是前保守党党魁… in a page naming Canada too: the country named last before each mention
        nearest = {_named_before(doc, entity, mention.start, set(found)) for mention in entity.mentions}
        return found[nearest.pop()] if len(nearest) == 1 and None not in nearest else None
    return next(iter(found.values()), None)


def _named_before(doc: Analysis, entity: Entity, position: int, codes: set[str]) -> Optional[str]:
    """The one country (of `codes`) named in the last sentence of the paragraph before `position` that names any of
    them; None when that sentence names two (英国和澳大利亚都将举行选举，工党…)."""
    text = doc.norm_text
    start = text.rfind("\n", 0, position) + 1
    named = sorted((m.start, e.country) for e in doc.entities if e is not entity and e.country in codes
                   and e.id and not e.id.startswith("local:") for m in e.mentions if start <= m.start < position)
    if not named:
        return None
    sentence = max(text.rfind(c, 0, named[-1][0]) for c in SENTENCE_ENDS) + 1
    found = {code for at, code in named if at >= sentence}
    return found.pop() if len(found) == 1 else None



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
        if key.startswith(prefix) and len(rest) >= 2 and (len(prefix) >= 2 or rest.startswith("军")
                                                          or rest in _one_char_bodies()):
            return code  # 土外交部, 伊国防部: a one-character state before one of its bodies
    full = ONE_CHAR_COUNTRIES.get(key[:1]) if key[1:] in _one_char_bodies() else None
    state = kb.country(full) if full else None  # 土外交部: the short form the news uses, not a name of the KB's
    return state.iso3 if state is not None else None


def abbreviated_state_body(doc: Analysis, name: str) -> Optional[str]:
    """阿外交部, 委国防部: a state body after a one-character name the news gives several states (阿:
    Argentina, Algeria, Afghanistan), read as the one the document names in full; None without one."""
    key = normalize(name)
    readings = state_abbreviations().get(key[:1])
    if not readings or key[1:] not in _one_char_bodies():
        return None
    named = {e.country for e in doc.entities if e.type == "GPE" and e.country}
    return next((code for code in readings if code in named), None)


@lru_cache(maxsize=1)
def _one_char_bodies() -> frozenset[str]:
    """Bodies a one-character state name stands before (土外交部): data/state_body_nouns.txt, 两字 or longer."""
    return frozenset(w for w in lexicon.words("state_body_nouns.txt") if len(w) >= 3)


def _country_code(kb: KnowledgeBase, text: str) -> Optional[str]:
    """The state a title's prefix names: a country (美国), or a legislature named after one (美国国会众议院议长)."""
    country = kb.country(text)
    if country is None and normalize(text).endswith(_LEGISLATURES):
        return name_country(kb, text)
    return country.iso3 if country else None


_LEGISLATURES = ("国会", "议会")


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


# Bodies every state has, which the knowledge base knows by one state's (国会 is the US Congress there).
_BARE_BODIES = frozenset(("国会", "议会", "参议院", "众议院", "上议院", "下议院", "国民议会", "宪法法院", "最高法院",
                          "总统府", "内阁"))


def bare_bodies_of_state_named(kb: KnowledgeBase, doc: Analysis) -> list[tuple[Entity, str]]:
    """(entity, code) for a bare 国会/议会/总统府… first named in a sentence that names another state before
    it and not the knowledge base's (韩国总统尹锡悦派遣军队进入国会: Korea's National Assembly, not Congress)."""
    text = doc.norm_text
    states = sorted((m.start, e.country) for e in doc.entities if e.country and len(e.country) == 3
                    and (e.type == "GPE" and kb.country(normalize(e.name)) is not None
                         or e.type == "ORG" and normalize(e.name) not in _BARE_BODIES)  # 日本立宪民主党党首…国会
                    for m in e.mentions)
    found = []
    for entity in doc.entities:
        if entity.type != "ORG" or not entity.country or normalize(entity.name) not in _BARE_BODIES:
            continue
        first = min(m.start for m in entity.mentions)
        sentence = max(text.rfind(c, 0, first) for c in SENTENCE_ENDS) + 1
        before = [code for at, code in states if sentence <= at < first]
        if before and before[-1] != entity.country and entity.country not in before:
            found.append((entity, before[-1]))
    return found


def titled_country(kb: KnowledgeBase, name: str) -> Optional[str]:
    """The state of a person named only by a state and a title (沙特王储, read as one name)."""
    key = normalise(name)
    for prefix, code in country_prefixes(kb):
        if len(prefix) >= 2 and key.startswith(prefix) and key[len(prefix):] in titles():
            return code
    return None


def named_state(kb: KnowledgeBase, entity: Entity) -> Optional[str]:
    """An unknown place whose name opens with a state's and ends as a unit of it (智利某某大区, read as
    one name; not a party's name glued to a word, 某国人民党籍联邦)."""
    if not ADMIN_UNIT.search(normalise(entity.name)):
        return None
    code = name_country(kb, entity.name)
    return code if code and len(code) == 3 and code.isalpha() else None


ADMIN_UNIT = re.compile(r"(?:省|州|(?<!联)邦|大区|自治区|县|郡|府)$")
