"""Actor linking stage: entities to knowledge-base actors (canonical name, Wikidata id, country,
role on the publication date), and the actor codes (ISO alpha-3, UN, EU, NATO) events use. Other
stages read what it wrote through doc.py (entity_at, actor_mentions, codes_in), never from here."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..kb import Actor, KnowledgeBase
from ..model import Analysis, Entity, Options
from ..nlp import clubs, common_words, titled
from ..nlp.chinese import normalise
from ..nlp.gazetteer import one_char_places
from ..nlp.names import admin_place, admin_stem, looks_transliterated, person_canonical
from ..nlp.org_tokens import state_bodies as _state_bodies
from ..nlp.words import COMPASS_PART, names_a_state, state_stem
from . import entity_filter, entity_forms, entity_variants, entity_words, incontext

_SUFFIXES = ("方面", "政府", "当局", "官方", "官员", "代表团", "军方", "军队", "军")
_ADMIN = re.compile(r"(?:市|省|州|县|区)$")
_KIND_TYPES = {"person": "PER", "org": "ORG", "country": "GPE", "place": None}
_BODY_CODES = {"UN", "EU", "NATO"}
_HYPHENS = re.compile(r"[-－—•・‧]")
_NAME_PARTS = re.compile(r"[-－—•・‧·]")
_LATIN_PARTS = re.compile(r"[A-Z][a-z'\-]+")
_COMPANY_ENDINGS = ("国际公司", "公司", "集团")
_MISSION_KINDS = (("总领事馆", "Consulate General"), ("总领馆", "Consulate General"), ("领事馆", "Consulate"),
                  ("大使馆", "Embassy"), ("使馆", "Embassy"), ("代表团", "Permanent Mission"))
_MISSION = re.compile(r"(?P<sender>[\u4e00-\u9fff]{2,8}?)(?P<post>常?驻)(?P<host>[\u4e00-\u9fff]{1,8}?)"
                      r"(?P<kind>总领事馆|总领馆|领事馆|大使馆|使馆|代表团)")


def link(doc: Analysis, options: Options, filtered: bool = True) -> Analysis:
    """Stage: fill canonical, wikidata, country and role of every entity; names the KB does not know get
    a pinyin or transliterated canonical with a lower confidence, and title-only references their holder.
    `filtered`: drop the entities the learned entity filter rejects (entity_filter.py); off for sentence NER."""
    kb = KnowledgeBase.load()
    on = doc.article.published_at.date() if doc.article.published_at else None
    _merge_short_names(doc, kb)
    english = _merge_glosses(doc)
    playing = clubs.club_names(doc)
    for entity in doc.entities:
        if clubs.is_club(entity, playing):
            continue  # 罗马2比1击败某某: the club, not the city the knowledge base knows by that name
        _link_entity(kb, entity, on)
        if entity.type == "PER" and entity.id is None and id(entity) in english:
            entity.canonical = english[id(entity)]  # the article's own English spelling beats a guess
    incontext.people_after_titles(kb, doc)  # 美国代表惠特克 read as a body
    _link_in_context(kb, doc, on)
    for entity in doc.entities:
        party = incontext.party_of_named_country(kb, doc, entity)
        if party is not None:
            _relink(kb, entity, party, on)
    _outlets_of_country_named(kb, doc, on)
    _short_forms_in_context(kb, doc, on)
    _sides_in_context(kb, doc, on)
    _merge_bare_bodies(kb, doc, on)
    for entity, code in incontext.bare_bodies_of_state_named(kb, doc):
        _relink(kb, entity, None, on)
        entity.country = code
    _merge_short_bodies(doc)
    titled.attach_titles(doc, kb, on)
    _family_names(doc)
    _merge_same_actor(doc)
    _merge_place_stems(doc)
    for entity in doc.entities:
        _choose_name(kb, entity)
        entity.id = entity.id or f"local:{entity.type}:{normalise(entity.name)}"
    if filtered:  # an article's entity list, not sentence NER
        entity_words.drop_from_entities(doc)
        doc.entities = [e for e in doc.entities if not entity_filter.not_reported(doc, e)]
        doc.entities = [e for e in entity_filter.keep(doc) if not entity_variants.not_a_name(doc, e)]
        entity_variants.merge(doc)  # after the filter, which was fitted on the entities as the rules above give them
        entity_forms.resolve(doc)
    return doc


def _choose_name(kb: KnowledgeBase, entity: Entity) -> None:
    """Name an entity by its usual form when the text has it (法国 rather than 法方, which came first)."""
    if not entity.canonical or not entity.aliases:
        return
    actors = [a for a in kb.lookup(entity.canonical) if a.names_zh]
    if not actors:
        return
    usual = normalise(actors[0].names_zh[0])
    for mention in entity.mentions:
        if normalise(mention.text) == usual and mention.text != entity.name:
            entity.aliases = [a for a in entity.aliases if a != mention.text] + [entity.name]
            entity.name = mention.text
            return


def _link_entity(kb: KnowledgeBase, entity: Entity, on: Optional[date]) -> None:
    actor, score = _best(kb, entity)
    if actor is None:
        _name_unknown(entity)
        return
    _apply(kb, entity, actor, score, on)


def _apply(kb: KnowledgeBase, entity: Entity, actor: Actor, score: float, on: Optional[date]) -> None:
    entity.id = actor.id
    entity.canonical = actor.name_en
    entity.wikidata = actor.wikidata or None
    entity.country = _code(actor)
    entity.confidence = max(entity.confidence, round(0.9 * score, 2))
    kb_type = _KIND_TYPES.get(actor.kind) or entity.type
    if actor.kind == "place":
        kb_type = "LOC" if actor.place_type == "LOC" else "GPE"
    if kb_type == "ORG" and names_a_state(entity.name):
        kb_type = "GPE"  # 卢甘斯克人民共和国: a state for FORMAT.md, whatever body the knowledge base makes of it
    entity.type = kb_type if kb_type in ("PER", "ORG", "GPE", "LOC") else entity.type
    entity.role = None
    if actor.kind == "person" and on is not None:
        roles = kb.roles_of(actor.id, on)
        if roles:
            entity.role = roles[0].role_en


def _relink(kb: KnowledgeBase, entity: Entity, actor: Optional[Actor], on: Optional[date]) -> None:
    """Link again after the context decided; no actor leaves the name unlinked with its transliteration."""
    if actor is not None:
        _apply(kb, entity, actor, 1.0, on)
        return
    entity.id = entity.canonical = entity.wikidata = entity.country = entity.role = None
    entity.confidence = min(entity.confidence, 0.5)
    _name_unknown(entity)


def _link_in_context(kb: KnowledgeBase, doc: Analysis, on: Optional[date]) -> None:
    """People by the title before their name, bodies by their country prefix or the body listed beside them."""
    owners = _mention_edges(doc)
    for entity in doc.entities:
        if entity.type == "PER":
            actor = kb.get(entity.id) if entity.id else None
            chosen, changed = incontext.person_in_context(kb, doc, entity, actor, on)
            if changed:
                _relink(kb, entity, chosen, on)
            if entity.id is None and entity.country is None:
                entity.country = incontext.titled_country(kb, entity.name)  # 沙特王储 read as one name
        elif entity.type == "ORG":
            _org_in_context(kb, doc, entity, on, owners)
        elif entity.type in ("GPE", "LOC") and entity.id is None:
            entity.country = _state_before(doc, owners, entity) or incontext.named_state(kb, entity) or entity.country


def _state_before(doc: Analysis, owners, entity: Entity) -> Optional[str]:
    """The one state whose place is written right before an unknown place, or before a compass part
    and the place (伊拉克|某某省, 智利北部|某某省): the place lies in that state, not in China as a
    pinyin guess has it."""
    found = set()
    for mention in entity.mentions:
        part = _COMPASS_PART.search(doc.norm_text, max(0, mention.start - 4), mention.start)
        for at in (mention.start, part.start() if part else -1):
            found |= {e.country for e in owners[0].get(at, ()) if e.type == "GPE" and e.country and e is not entity}
    return found.pop() if len(found) == 1 else None


_COMPASS_PART = re.compile(COMPASS_PART + "$")


def _org_in_context(kb: KnowledgeBase, doc: Analysis, entity: Entity, on: Optional[date], owners) -> None:
    prefix = incontext.name_country(kb, entity.name)  # 美国国务院和商务部: a body that names its state keeps it
    listed = None if prefix else incontext.listed_country(doc, entity, lambda at, end: _owner_at(owners, at, end))
    if listed and listed != entity.country:
        found = incontext.org_by_country(kb, entity.name, listed)
        if found is not None or entity.country and entity.country not in _BODY_CODES and len(listed) == 3 \
                and all(_owner_at(owners, m.start, True) == listed and not _posted(doc, owners, m.start)
                        for m in entity.mentions):
            _relink(kb, entity, found, on)  # 德国自民党: Germany's FDP, not Japan's LDP the name alone is
            entity.country = entity.country or listed
            return
    elsewhere = prefix and entity.country and entity.country != prefix and entity.country not in _BODY_CODES
    if entity.id is None or elsewhere:
        found = incontext.org_by_country(kb, entity.name)
        if found is not None and (prefix is None or found.country == prefix):
            _relink(kb, entity, found, on)
        elif entity.id is not None:
            _relink(kb, entity, None, on)  # 俄军总参谋部 is not Ukraine's General Staff
    if entity.id is None and entity.country is None and prefix is not None and \
            normalise(entity.name)[-6:].endswith(_state_bodies()):
        entity.country = prefix  # 越南空军, unknown to the knowledge base: Vietnam's air force acts for Vietnam
    if entity.country is None:
        entity.country = incontext.abbreviated_state_body(doc, entity.name)



def _short_forms_in_context(kb: KnowledgeBase, doc: Analysis, on: Optional[date]) -> None:
    """巴 in 中巴两国 is Brazil in an article that names 巴西 and not 巴基斯坦: a one-character country form
    whose usual country the article never names in full is the one other country it can stand for that the
    article names (data/names/one_char_alternatives.tsv)."""
    for entity in doc.entities:
        name = normalise(entity.name)
        if entity.type != "GPE" or name not in _alternatives() or one_char_places().get(name, name) in doc.norm_text:
            continue
        if any(m.end - m.start != 1 for m in entity.mentions):
            continue
        named = {a.id: a for full in _alternatives()[name] if full in doc.norm_text
                 for a in kb.lookup(full)[:1] if a.kind == "country"}
        if len(named) == 1:
            _relink(kb, entity, next(iter(named.values())), on)


def _sides_in_context(kb: KnowledgeBase, doc: Analysis, on: Optional[date]) -> None:
    """新方 beside 新西兰 in an article that never names 新加坡: a country's side (某方) whose usual country the
    article never names in full is the one country it does name that begins with the same character."""
    countries = {e.id: e for e in doc.entities if e.type == "GPE" and e.id and not e.id.startswith("local:")}
    for entity in doc.entities:
        name = normalise(entity.name)
        if entity.type != "GPE" or len(name) != 2 or name[1] != "方" or any(m.end - m.start != 2 for m in entity.mentions):
            continue
        usual = next((a for a in kb.lookup(name) if a.kind == "country"), None)
        if usual is not None and any(len(n) >= 2 and not n.endswith("方") and n in doc.norm_text for n in usual.names_zh):
            continue  # 中方 in an article that says 中国: its usual country is named
        shortest = 3 if usual is not None else 2  # 亚方 (no usual country) beside 伊朗 as well as 亚美尼亚
        others = {a.id: a for e in countries.values() if e is not entity and (usual is None or e.id != usual.id)
                  and any(m.text.startswith(name[0]) and len(m.text) >= shortest and not m.text.endswith("方")
                          for m in e.mentions)
                  for a in kb.lookup(normalise(e.name))[:1] if a.kind == "country"}
        if len(others) == 1:
            _relink(kb, entity, next(iter(others.values())), on)


@lru_cache(maxsize=1)
def _alternatives() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for form, full in lexicon.rows("names/one_char_alternatives.tsv"):
        found.setdefault(form, []).append(full)
    return {form: tuple(names) for form, names in found.items()}


_CHINA_ONLY_TITLES = ("总理", "副总理", "国务委员", "台办", "港澳办", "侨办", "新闻办公室")  # after a bare 国务院


def _merge_bare_bodies(kb: KnowledgeBase, doc: Analysis, on: Optional[date]) -> None:
    """司法部 after 美国司法部, 众议院 after 泰国众议院: a body named without its country is the one the article
    named with it (the latest before it, else the first after), also inside a title (美国司法部长)."""
    full: dict[str, list[Entity]] = {}
    for entity in doc.entities:
        if entity.type == "ORG":
            name = normalise(entity.name)
            for prefix, _ in incontext.country_prefixes(kb):
                if name.startswith(prefix) and len(name) - len(prefix) >= 2:
                    full.setdefault(name[len(prefix):], []).append(entity)
                    break
    kept = []
    for entity in doc.entities:
        owners = full.get(normalise(entity.name)) if entity.type == "ORG" else None
        if entity.type == "ORG" and not owners:
            _body_of_country_named(kb, doc, entity, on)
        if owners and entity not in owners:
            first = entity.mentions[0].start
            before = [o for o in owners if o.mentions[0].start < first]
            if not before and doc.norm_text.startswith(_CHINA_ONLY_TITLES, entity.mentions[0].end):
                kept.append(entity)  # 国务院总理…。美国国务院…: a title only China's body has, no later namesake
                continue
            target = max(before, key=lambda o: o.mentions[0].start) if before else owners[0]
            _absorb(target, entity)
            continue
        kept.append(entity)
    doc.entities = kept


def _merge_short_bodies(doc: Analysis) -> None:
    """联委会 after 中澳部长级经济联委会: a body the knowledge base does not know, named by the end of one longer
    body's name in the article, is that body (two that end so leave it alone)."""
    bodies = [e for e in doc.entities if e.type == "ORG"]
    absorbed: set[int] = set()
    for entity in bodies:
        name = normalise(entity.name)
        if entity.canonical is None and len(name) >= 3:
            longer = [b for b in bodies if b is not entity and len(normalise(b.name)) > len(name)
                      and normalise(b.name).endswith(name)]
            if len(longer) == 1 and id(longer[0]) not in absorbed:
                _absorb(longer[0], entity)
                absorbed.add(id(entity))
    doc.entities = [e for e in doc.entities if id(e) not in absorbed]


def _body_of_country_named(kb: KnowledgeBase, doc: Analysis, entity: Entity, on: Optional[date]) -> None:
    name = normalise(entity.name)
    if incontext.name_country(kb, name) is not None:
        return
    first, latest = entity.mentions[0].start, (-1, None)
    for prefix, code in incontext.country_prefixes(kb):
        at = doc.norm_text.rfind(prefix + name, 0, first)
        if at > latest[0] and (len(prefix) >= 2 or prefix in one_char_places()):
            latest = (at, code)
    code = latest[1]
    if code is not None and code != entity.country:
        found = incontext.org_by_country(kb, name, code)
        if found is not None:
            _relink(kb, entity, found, on)


def _mention_edges(doc: Analysis) -> tuple[dict[int, list[Entity]], dict[int, list[Entity]]]:
    """The entities, in order, with a mention ending (first map) or starting (second) at each offset: the
    entities and their mentions stay put while linking in context, only their links change."""
    ends: dict[int, list[Entity]] = {}
    starts: dict[int, list[Entity]] = {}
    for entity in doc.entities:
        for edges, offsets in ((ends, {m.end for m in entity.mentions}), (starts, {m.start for m in entity.mentions})):
            for offset in offsets:
                edges.setdefault(offset, []).append(entity)
    return ends, starts


def _posted(doc: Analysis, owners, at: int) -> bool:
    """驻伊拉克美军: the state ending at `at` is where the body is posted (after 驻), not its owner."""
    return any(doc.norm_text[max(0, m.start - 1):m.start] == "驻" for e in owners[0].get(at, ())
               for m in e.mentions if m.end == at)


def _owner_at(owners, at: int, end: bool) -> Optional[str]:
    """The country of the body or country whose mention ends (or starts) at an offset (the first entity in
    order that is one now: a body linked earlier in the loop counts)."""
    for entity in owners[0 if end else 1].get(at, ()):
        if entity.type in ("ORG", "GPE") and entity.country:
            return entity.country
    return None


def _name_unknown(entity: Entity) -> None:
    """Pinyin for Chinese people and mainland units, the transliteration table for foreign names."""
    name = normalise(entity.name)
    found = None
    if entity.type == "PER" and re.fullmatch(r"[A-Za-z][A-Za-z .'\-]+", name):
        found = (incontext.english_of(name), 0.6)  # a name the article writes in Latin letters (JohnSmith)
    elif entity.type == "PER":
        found = person_canonical(name) or _known_surname(name)
    elif entity.type == "ORG":
        mission = _mission(name)
        if mission is not None:
            (found, entity.country) = (mission[0], 0.7), mission[1]
    elif entity.type in ("GPE", "LOC"):
        found = admin_place(name)
        if found is not None:
            entity.type, entity.country = "GPE", entity.country or "CHN"
    if found is not None:
        entity.canonical = found[0]
        entity.confidence = round(min(entity.confidence, found[1]), 2)


def _mission(name: str) -> Optional[tuple[str, str]]:
    """(English name, sending state) of a diplomatic mission named by its two states (中国驻英国大使馆 ->
    Embassy of China in the United Kingdom; 日本驻上海总领事馆 -> Consulate General of Japan in Shanghai); a
    permanent mission (常驻…代表团) is accredited to a body or the city that hosts one (中国常驻联合国代表团)."""
    match = _MISSION.fullmatch(name)
    if match is None or (match["kind"] == "代表团") != (match["post"] == "常驻"):
        return None
    kb = KnowledgeBase.load()
    sender = kb.country(match["sender"])
    host = kb.country(one_char_places().get(match["host"], match["host"]))
    kinds = ("place", "org") if match["kind"] == "代表团" else ("place",)
    city = None if host else next((a for a in kb.lookup(match["host"]) if a.kind in kinds), None)
    if sender is None or (host is None and city is None):
        return None
    kind = next(english for word, english in _MISSION_KINDS if match["kind"].startswith(word))
    where = "to" if match["kind"] == "代表团" else "in"
    body = city is not None and city.kind == "org"  # the United Nations, the World Trade Organization
    place = _the(host.name_en) if host else f"the {city.name_en}" if body else city.name_en
    return f"{kind} of {_the(sender.name_en)} {where} {place}", sender.iso3


def _the(country: str) -> str:
    """The article English puts before some state names (the United Kingdom, the Philippines)."""
    plural = country.endswith(("lands", "pines", "Islands", "Bahamas", "Maldives", "Comoros", "Seychelles"))
    return f"the {country}" if plural or country.startswith(("United ", "Republic ", "Democratic ", "Central African",
                                                                   "Czech Republic", "Dominican Republic", "Gambia")) else country


def _known_surname(name: str) -> Optional[tuple[str, float]]:
    """A foreign surname alone that the transliteration table lacks, for no one the KB can link: the English
    surname of the people the KB knows by that Chinese surname, when they agree, rather than no name at all."""
    if not looks_transliterated(name) or _NAME_PARTS.search(name):
        return None
    english = {a.name_en.split()[-1] for a in KnowledgeBase.load().people_named(name) if a.name_en}
    return (english.pop(), 0.6) if len(english) == 1 else None


def _best(kb: KnowledgeBase, entity: Entity) -> tuple[Optional[Actor], float]:
    wanted = {"PER": ("person",), "ORG": ("org", "country"), "GPE": ("country", "place"),
              "LOC": ("place", "country")}.get(entity.type, ())
    for name in _candidate_names(entity):
        found = kb.lookup(name)
        if found:
            preferred = [a for a in found if a.kind in wanted]
            return (preferred or found)[0], 1.0
    name = normalise(entity.name)
    if entity.type in ("PER", "GPE") and len(name) >= 3 and (entity.type == "GPE" or looks_transliterated(name)):
        close = kb.fuzzy(name, ("person",) if entity.type == "PER" else ("country", "place"))
        if close:
            return close[0]
    if entity.type == "ORG" and len(name) >= 4:  # 克林姆林宫 ~ 克里姆林宫
        close = kb.fuzzy(name, ("org",), threshold=0.9)
        if close:
            return close[0]
    return None, 0.0


def _candidate_names(entity: Entity) -> list[str]:
    names = []
    whole = normalise(entity.name)
    for raw in [entity.name, *entity.aliases]:
        if entity.type == "PER" and raw != entity.name and normalise(raw) in whole:
            continue  # 约翰逊 merged into 斯坦利-约翰逊 must not make it Boris Johnson
        name = _HYPHENS.sub("·", normalise(raw))
        names.append(name)
        if name in one_char_places():
            names.append(one_char_places()[name])
        elif len(name) == 2 and name[1] == "国" and name[0] in one_char_places():
            names.append(one_char_places()[name[0]])  # 澳国, 美国: a country by its one-character form
        for suffix in _SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix) + 1:
                names.append(name[: -len(suffix)])
        if _ADMIN.search(name) and len(name) > 2:
            names.append(name[:-1])
        if entity.type == "ORG":
            names.extend(_company_forms(name))
    return list(dict.fromkeys(names))


def _company_forms(name: str) -> list[str]:
    """A company named without its 公司 / 集团 (高通, 三星 typed ORG), with it where the KB has the bare name
    (霍尼韦尔国际公司), or with the other one (小米集团 for 小米公司):
    the knowledge base lists the full name only where the bare one is also a common word (高通 'high-pass')."""
    stem = name
    for ending in _COMPANY_ENDINGS:
        if name.endswith(ending) and len(name) > len(ending) + 1:
            stem = name[: -len(ending)]
            break
    if len(stem) < 2 or _ordinary_word(stem):
        return []  # 如果联想到…: a verb LAC read as a body is no company
    # 霍尼韦尔国际公司: the KB lists the bare 霍尼韦尔; never 美国公司 (an American company) as the state
    bare = [stem] if stem != name and any(a.kind == "org" for a in KnowledgeBase.load().lookup(stem)) else []
    return bare + [stem + ending for ending in _COMPANY_ENDINGS if stem + ending != name]


def _ordinary_word(word: str) -> bool:
    """A verb, adjective or adverb of the general word list, or a very common noun (大众 'the public', 苹果 'apple')."""
    found = common_words.entry(word)
    return found is not None and (found[1][:1] in ("v", "a", "d") or found[1] == "n" and found[0] >= 1000)


def _code(actor) -> Optional[str]:
    if actor.id in _non_actor_ids():
        return None  # outlets and teams are sources and players, not parties to political events
    if actor.kind == "country":
        return actor.country or actor.id
    return actor.country or None


def _outlets_of_country_named(kb: KnowledgeBase, doc: Analysis, on: Optional[date]) -> None:
    """马来西亚《太阳报》, 巴基斯坦《国家报》: an outlet named right after a country other than its own is that
    country's paper of the name, not the namesake the knowledge base lists (Britain's Sun, Spain's País);
    unlinked when the knowledge base has no such paper of that country."""
    prefixes = [(prefix, code) for prefix, code in incontext.country_prefixes(kb) if len(prefix) >= 2]
    for entity in doc.entities:
        actor = kb.get(entity.id) if entity.type == "ORG" and entity.id in _outlet_ids() else None
        if actor is None or not actor.country:
            continue
        code = next((code for m in entity.mentions for prefix, code in prefixes
                     if doc.norm_text.endswith(prefix, 0, m.start - (doc.norm_text[m.start - 1:m.start] == "《"))), None)
        if code is not None and code != actor.country:
            _relink(kb, entity, incontext.org_by_country(kb, entity.name, code), on)


@lru_cache(maxsize=1)
def _outlet_ids() -> frozenset[str]:
    from ..kb import DATA_DIR, _read

    return frozenset(r["id"] for r in _read(DATA_DIR / "organizations.tsv") if r["kind"] == "media")


@lru_cache(maxsize=1)
def _non_actor_ids() -> frozenset[str]:
    from ..kb import DATA_DIR, _read

    return frozenset(r["id"] for r in _read(DATA_DIR / "organizations.tsv") if r["kind"] in ("media", "sports", "research"))


def _merge_short_names(doc: Analysis, kb: KnowledgeBase) -> None:
    """约翰逊 after 斯坦利-约翰逊 in one article is the same person, not Boris Johnson."""
    full = {}
    for entity in doc.entities:
        if entity.type == "PER":
            parts = [p for p in _NAME_PARTS.split(normalise(entity.name)) if p]
            if len(parts) == 1 and parts[0].isascii():
                parts = _LATIN_PARTS.findall(parts[0])  # JohnFeeley, John Feeley: the English name's words
            if len(parts) >= 2:
                for part in (parts[-1], parts[0]):
                    if len(part) >= 2:
                        full.setdefault(part, entity)
    if not full:
        return
    kept = []
    for entity in doc.entities:
        name = normalise(entity.name)
        loose = entity.type != "PER" and looks_transliterated(name) and not kb.lookup(name)  # 巴沙 read as a place
        target = full.get(name) if entity.type == "PER" or loose else None
        if target is not None and target is not entity:
            _absorb(target, entity)
            continue
        kept.append(entity)
    doc.entities = kept


def _merge_glosses(doc: Analysis) -> dict[int, str]:
    """唐·法瑞尔（DonFarrell）: the bracketed Latin name joins the entity it glosses; its English by entity."""
    english: dict[int, str] = {}
    absorbed: set[int] = set()
    for entity, gloss in incontext.glosses(doc):
        english[id(entity)] = incontext.english_of(gloss.text)
        for other in doc.entities:
            if other is not entity and any(gloss.start <= m.start and m.end <= gloss.end for m in other.mentions):
                _absorb(entity, other)
                absorbed.add(id(other))
    doc.entities = [e for e in doc.entities if id(e) not in absorbed]
    return english


_absorb = entity_variants.absorb


def _merge_same_actor(doc: Analysis) -> None:
    """卢比奥 and 盧比歐 in one article are one entity once both link to the same actor."""
    by_key: dict[tuple, Entity] = {}
    kept: list[Entity] = []
    for entity in doc.entities:
        coarse = "PLACE" if entity.type in ("GPE", "LOC") else entity.type
        key = (entity.canonical.casefold(), coarse) if entity.canonical else None
        if key is not None and key in by_key:
            _absorb(by_key[key], entity)
            continue
        if key is not None:
            by_key[key] = entity
        kept.append(entity)
    doc.entities = kept


def _family_names(doc: Analysis) -> None:
    """佩洛西丈夫保罗: a relative the article names by a given name alone takes the family name of the person
    named right before the kin word (Paul Pelosi), when the knowledge base knows no one by it."""
    ends = {m.end: e for e in doc.entities if e.type == "PER" and e.canonical for m in e.mentions}
    for entity in doc.entities:
        if entity.type != "PER" or entity.id or not entity.canonical or " " in entity.canonical.strip():
            continue
        for mention in entity.mentions:
            kin = next((k for k in _FAMILY_KIN if doc.norm_text.endswith(k, 0, mention.start)), None)
            relative = ends.get(mention.start - len(kin)) if kin else None
            if relative is not None and relative is not entity and " " in relative.canonical:
                entity.canonical = f"{entity.canonical} {relative.canonical.split()[-1]}"
                break


_FAMILY_KIN = ("丈夫", "妻子", "夫人", "儿子", "女儿", "之子", "之女", "之妻")


def _merge_place_stems(doc: Analysis) -> None:
    """宁蒗 beside 宁蒗彝族自治县, 云南地区 beside 云南, 车臣 beside 车臣共和国: one place."""
    places = [e for e in doc.entities if e.type in ("GPE", "LOC")]
    by_name = {normalise(e.name): e for e in reversed(places)}
    by_stem: dict[str, Entity] = {}
    for entity in places:
        stem = admin_stem(normalise(entity.name)) or state_stem(normalise(entity.name))
        if stem and stem != normalise(entity.name):
            by_stem.setdefault(stem, entity)
    kept = []
    for entity in doc.entities:
        name = normalise(entity.name)
        target = None
        if entity.type in ("GPE", "LOC"):
            if name.endswith("地区") and len(name) > 3:
                target = by_name.get(name[:-2]) or by_stem.get(name[:-2])
            else:
                target = by_stem.get(name)
        if target is not None and target is not entity:
            if entity.canonical and not target.canonical:
                target.canonical, target.country = entity.canonical, target.country or entity.country
            _absorb(target, entity)
            continue
        kept.append(entity)
    doc.entities = kept


__all__ = ["link"]
