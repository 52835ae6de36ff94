"""Actor knowledge base: countries, organizations, people, offices and places shipped in data/actors/.
Names match exactly in either script (OpenCC t2s) or by sound (卢比欧 ~ 卢比奥); titles resolve to office-holders on a date."""
from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Optional, Union

import opencc

from . import active
from .kb_people import GeneratedPeople

DATA_DIR = Path(__file__).resolve().parent / "data" / "actors"
DEFAULT_SNAPSHOT = "2025-06-30"
PETRARCH2_UNTIL = date(2014, 2, 1)  # the Phoenix actor dictionaries were last updated in January 2014
_KIND_ORDER = {"person": 0, "org": 1, "country": 2, "place": 3}
_DOTS = re.compile(r"[•・‧･∙⋅．.]")  # middle-dot variants seen in Chinese text -> "·"
_T2S = opencc.OpenCC("t2s")


@dataclass(frozen=True)
class Actor:
    """Anything a name can link to. `country` is ISO3, or for organizations their event-actor code."""

    id: str
    kind: str  # "person" | "org" | "country" | "place"
    name_en: str
    names_zh: tuple[str, ...]
    country: str
    wikidata: str
    place_type: str = ""  # places only: GPE (state, city) or LOC (region, sea)
    lat: Optional[float] = None
    lon: Optional[float] = None
    # people: 3 hand-curated (the people news names most), 2 or 1 generated (people_generated.tsv)
    prominence: int = 3
    short_zh: tuple[str, ...] = ()  # generated people: surname-only forms, which lookup() alone never links
    gender: str = ""  # people: "m" or "f" where people.tsv states it
    org_kind: str = ""  # organizations: their kind in organizations.tsv (gov, media, armed-group …)

    @property
    def generated(self) -> bool:
        return self.prominence < 3


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    name_en: str
    names_zh: tuple[str, ...]
    capital_en: str
    capitals_zh: tuple[str, ...]
    wikidata: str


@dataclass(frozen=True)
class Role:
    """An office held: [start, end) with ISO dates; `end` empty while in office at the snapshot."""

    person_id: str
    country: str  # ISO3, or UN / EU / NATO / IGO for international offices
    role_en: str
    roles_zh: tuple[str, ...]
    start: str
    end: str
    source: str

    @property
    def start_date(self) -> date:
        return parse_date(self.start)

    @property
    def end_date(self) -> Optional[date]:
        return parse_date(self.end) if self.end else None

    def active_on(self, on: date) -> bool:
        end = self.end_date
        if end is None and self.source == "petrarch2":
            end = PETRARCH2_UNTIL  # an open petrarch2 office was held in 2014; nothing is known after that
        return self.start_date <= on and (end is None or on < end)


def parse_date(text: str) -> date:
    """'YYYY-MM-DD' or 'YYYY-MM' (read as the 1st, so in a handover month the successor holds it)."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) not in (2, 3):
        raise ValueError(f"bad date {text!r}")
    return date(parts[0], parts[1], parts[2] if len(parts) == 3 else 1)


def normalize(name: str) -> str:
    """The lookup key: trimmed, middle dots unified, traditional converted to simplified."""
    name = _DOTS.sub("·", name.strip().replace(" ", ""))
    return _T2S.convert(name)


def _float(field: str) -> Optional[float]:
    try:
        return float(field) if field else None
    except ValueError:
        return None


def _split(field: str) -> tuple[str, ...]:
    return tuple(n for n in field.split("|") if n)


def _read(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV; lines starting with # (provenance notes of generated files) are skipped."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t",
                                   quoting=csv.QUOTE_NONE))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class KnowledgeBase:
    """Read-only index over the actor TSVs; build it with `KnowledgeBase.load()`."""

    def __init__(self, countries: Iterable[Country], actors: Iterable[Actor], roles: Iterable[Role],
                 snapshot: str = DEFAULT_SNAPSHOT):
        self.snapshot = snapshot
        self.countries: dict[str, Country] = {c.iso3: c for c in countries}
        self.actors: dict[str, Actor] = {}
        self._names: dict[str, list[Actor]] = {}
        for actor in actors:
            self.actors[actor.id] = actor
            keys = {normalize(n) for n in actor.names_zh} | {actor.name_en.casefold()}
            for key in keys:
                self._names.setdefault(key, []).append(actor)
        for found in self._names.values():
            found.sort(key=lambda a: _KIND_ORDER.get(a.kind, 9))
        self._sound_index: Optional[dict[str, dict[str, list[Actor]]]] = None
        self._gazetteer: Optional[dict[str, Actor]] = None
        self._short_index: Optional[dict[str, list[Actor]]] = None
        self._generated: Optional[GeneratedPeople] = None
        self._generated_dir: Optional[Path] = None  # set by from_dir; indexed on first use
        self._iso2 = {c.iso2: c.iso3 for c in self.countries.values() if c.iso2}
        self.roles: list[Role] = list(roles)
        self._by_title: dict[str, list[Role]] = {}
        self._by_person: dict[str, list[Role]] = {}
        for role in self.roles:
            for title in {normalize(t) for t in role.roles_zh}:
                self._by_title.setdefault(title, []).append(role)
            self._by_person.setdefault(role.person_id, []).append(role)

    # -- loading ---------------------------------------------------------------------------------
    @classmethod
    def load(cls, data_dir: Union[str, Path, None] = None) -> "KnowledgeBase":
        """The knowledge base the caller passed in the Context in use, else the shipped one (cached per directory)."""
        if data_dir is None and active.given("kb") is not None:
            return active.given("kb")
        return _load(str(Path(data_dir) if data_dir else DATA_DIR))

    @classmethod
    def from_dir(cls, data_dir: Path) -> "KnowledgeBase":
        countries = [Country(r["iso3"], r["iso2"], r["name_en"], _split(r["names_zh"]), r["capital_en"],
                             _split(r["capitals_zh"]), r["wikidata"]) for r in _read(data_dir / "countries.tsv")]
        actors = [Actor(c.iso3, "country", c.name_en, c.names_zh, c.iso3, c.wikidata) for c in countries]
        actors += [Actor(r["id"], "org", r["name_en"], _split(r["names_zh"]), r["country"] or r["code"],
                         r["wikidata"], org_kind=r["kind"]) for r in _read(data_dir / "organizations.tsv")]
        actors += [Actor(r["id"], "person", r["name_en"], _split(r["names_zh"]), r["country"], r["wikidata"],
                         gender=(r.get("gender") or "").strip()) for r in _read(data_dir / "people.tsv")]
        actors += [Actor(f"place:{_slug(r['name_en'])}:{r['country'].lower() or 'x'}", "place", r["name_en"],
                         _split(r["names_zh"]), r["country"], "", r["kind"], _float(r["lat"]), _float(r["lon"]))
                   for r in _read(data_dir / "places.tsv")]
        roles = [_role(r) for r in _read(data_dir / "roles.tsv")]
        kb = cls(countries, actors, roles, _snapshot(data_dir / "README.md"))
        kb._generated_dir = data_dir if (data_dir / "people_generated.tsv").exists() else None
        return kb

    # -- queries ---------------------------------------------------------------------------------
    def lookup(self, name: str) -> list[Actor]:
        """Every actor whose name (any listed form, or its English name) equals `name` exactly."""
        if not name or not name.strip():
            return []
        key, folded = normalize(name), name.strip().casefold()
        found = self._names.get(key) or self._names.get(folded, [])
        more = self.generated_people().named(key) or self.generated_people().named(folded)
        return list(found) + [a for a in more if a.id not in {b.id for b in found}]


    def organization(self, name: str) -> Optional[Actor]:
        """The first organisation named `name` that a state or body owns (it has a code), else None."""
        return next((a for a in self.lookup(name) if a.kind == "org" and a.country), None)
    def generated_people(self) -> GeneratedPeople:
        """The generated layer (people_generated.tsv), indexed on first use so that load() stays quick."""
        if self._generated is None:
            self._generated = GeneratedPeople(
                self._generated_dir / "people_generated.tsv" if self._generated_dir else None,
                self._generated_dir / "roles_generated.tsv" if self._generated_dir else None, _generated_actor,
                _role)
        return self._generated

    def people_count(self) -> int:
        return sum(a.kind == "person" for a in self.actors.values()) + len(self.generated_people())

    def knows_person(self, name: str) -> bool:
        """A person of the knowledge base is written so (its full names, not surname-only short forms)."""
        return any(a.kind == "person" for a in self.lookup(name))

    def people_named(self, name: str) -> list[Actor]:
        """Every person a name can stand for, counting surname-only short forms (拜登, 伯恩斯), most prominent
        first (hand-curated before generated). Unlike `lookup`, this includes generated people's short forms."""
        key = normalize(name or "")
        found = [a for a in self.lookup(name) if a.kind == "person"] + self._shorts().get(key, [])
        found += self.generated_people().short(key)
        unique = {a.id: a for a in found}
        return sorted(unique.values(), key=lambda a: -a.prominence)

    def is_ambiguous(self, name: str) -> bool:
        """Whether a person's name (usually a short form) is shared by two or more people in the KB: a linker
        should then let a title or the context decide rather than take `lookup(name)[0]`."""
        return len(self.people_named(name)) > 1

    def _shorts(self) -> dict[str, list[Actor]]:
        """Short form -> curated people: names of theirs that end one of their dotted full names (拜登, 约瑟夫·拜登)."""
        if self._short_index is None:
            index: dict[str, list[Actor]] = {}
            for actor in self.actors.values():
                full = [n for n in actor.names_zh if "·" in n] if actor.kind == "person" else []
                for short in {normalize(n) for n in actor.names_zh if "·" not in n
                              and any(f.endswith("·" + n) for f in full)}:
                    index.setdefault(short, []).append(actor)
            self._short_index = index
        return self._short_index

    def fuzzy(self, name: str, kinds: tuple[str, ...] = ("person", "country", "place"),
              threshold: float = 0.84) -> list[tuple[Actor, float]]:
        """Actors whose name sounds like `name` (卢比欧 ~ 卢比奥, 泽伦斯基 ~ 泽连斯基), best first, with a score.

        Only names of three or more characters: shorter ones differ by one sound too easily; only where the two differ
        in transliteration characters: a Chinese name with another character is another name (辽阳 / 洛阳)."""
        from .nlp.names import respelt, similarity, sound_key

        key = normalize(name)
        if len(key) < 3:
            return []
        scored: dict[str, tuple[Actor, float]] = {}
        for known, actors in self._sounds().get(sound_key(key), {}).items():
            score = similarity(key, known)
            if score < threshold or not respelt(key, known):
                continue
            for actor in actors:
                if actor.kind in kinds and score > scored.get(actor.id, (actor, 0.0))[1]:
                    scored[actor.id] = (actor, score)
        return sorted(scored.values(), key=lambda pair: -pair[1])

    def _sounds(self) -> dict[str, dict[str, list[Actor]]]:
        """Names of three or more Han characters grouped by the initials of their syllables."""
        if self._sound_index is None:
            from .nlp.names import sound_key

            index: dict[str, dict[str, list[Actor]]] = {}
            for name, actors in self._names.items():
                if len(name) >= 3 and all("\u4e00" <= c <= "\u9fff" for c in name):
                    index.setdefault(sound_key(name), {})[name] = actors
            self._sound_index = index
        return self._sound_index

    def gazetteer(self) -> dict[str, Actor]:
        """Every Chinese name of two or more characters -> the actor it most likely names."""
        if self._gazetteer is None:
            self._gazetteer = {name: actors[0] for name, actors in self._names.items()
                               if len(name) >= 2 and not name.isascii()}
        return self._gazetteer

    def get(self, actor_id: str) -> Optional[Actor]:
        return self.actors.get(actor_id) or self.generated_people().get(actor_id)

    def country(self, code_or_name: str) -> Optional[Country]:
        """By ISO3, ISO2 or any Chinese / English name of the country (美国, 美方, 美國, USA, US, ...)."""
        key = (code_or_name or "").strip()
        if not key:
            return None
        upper = key.upper()
        if upper in self.countries:
            return self.countries[upper]
        if upper in self._iso2:
            return self.countries[self._iso2[upper]]
        for actor in self.lookup(key):
            if actor.kind == "country":
                return self.countries[actor.id]
        return None

    def roles_of(self, person_id: str, on: Optional[date] = None) -> list[Role]:
        """Offices of a person, all of them or only those held on `on`."""
        roles = self._by_person.get(person_id) or self.generated_people().roles(person_id)
        return [r for r in roles if on is None or r.active_on(on)]

    def holders(self, role_zh: str, country: Optional[str] = None, on: Optional[date] = None) -> list[Actor]:
        """People holding an office on a date (default: the snapshot date).

        `role_zh` is a title as news writes it (国务卿, 外长, 國防部長...), optionally prefixed with the
        country or body (美国国务卿, 俄外长, 联合国秘书长); `country` is an ISO code, UN/EU/NATO/IGO or a name.
        """
        on = on or date.fromisoformat(self.snapshot)
        title = normalize(role_zh)
        code = self._code(country) if country else None
        attempts = [(title, code)]
        if code is None or title not in self._by_title:
            for i in range(len(title) - 1, 0, -1):  # longest prefix that names a country or body
                prefix_code = self._code(title[:i])
                if prefix_code and title[i:] in self._by_title and (code is None or code == prefix_code):
                    attempts.append((title[i:], prefix_code))
        for t, c in attempts:
            roles = [r for r in self._by_title.get(t, []) if (c is None or r.country == c) and r.active_on(on)]
            if roles:
                seen: dict[str, Actor] = {}
                for r in sorted(roles, key=lambda r: r.start_date):
                    actor = self.actors.get(r.person_id)
                    if actor:
                        seen.setdefault(actor.id, actor)
                return list(seen.values())
        return []

    def describe(self, name: str, on: Optional[date] = None) -> list[dict]:
        """What the KB knows about a name (exact, else by sound): actor, names, code, offices on `on` or all."""
        found = [(a, 1.0) for a in self.lookup(name)]
        found += [(a, 1.0) for a in self.people_named(name) if all(a.id != b.id for b, _ in found)]
        found = found or self.fuzzy(name)
        out = []
        for actor, score in found:
            roles = self.roles_of(actor.id, on) if actor.kind == "person" else []
            out.append({"id": actor.id, "kind": actor.kind, "name_en": actor.name_en, "names_zh": list(actor.names_zh),
                        "country": actor.country or None, "wikidata": actor.wikidata or None,
                        "match": "exact" if score == 1.0 else f"sounds alike ({score:.2f})",
                        "prominence": actor.prominence if actor.kind == "person" else None,
                        "roles": [{"role": r.role_en, "country": r.country, "start": r.start, "end": _end(r)}
                                  for r in roles]})
        return out

    def titles(self) -> frozenset[str]:
        """Every office title the roles list (国务卿, 外长, 克里姆林宫发言人 ...), simplified."""
        return frozenset(self._by_title)

    def role_name(self, role_zh: str, country: Optional[str]) -> Optional[str]:
        """The English name of an office in a country (外交部长, RUS -> Minister of Foreign Affairs), any date."""
        roles = self._by_title.get(normalize(role_zh), [])
        same = [r for r in roles if country is None or r.country == country]
        return same[0].role_en if same else None

    def _code(self, text: str) -> Optional[str]:
        """ISO3 or body code for a country/organization code or name; None when unknown."""
        upper = text.strip().upper()
        if upper in {"UN", "EU", "NATO", "IGO"}:
            return upper
        found = self.country(text)
        if found:
            return found.iso3
        for actor in self.lookup(text):
            if actor.kind == "org" and actor.country in {"UN", "EU", "NATO"} and actor.id in _BODY_IDS:
                return actor.country
        return None


_BODY_IDS = {"org:un", "org:eu", "org:nato"}


def _snapshot(readme: Path) -> str:
    if readme.exists():
        match = re.search(r"^snapshot:\s*(\d{4}-\d{2}-\d{2})", readme.read_text(encoding="utf-8"), re.M)
        if match:
            return match.group(1)
    return DEFAULT_SNAPSHOT


def _end(role: Role) -> Optional[str]:
    if role.end or role.source != "petrarch2":
        return role.end or None
    return "unknown (still held in petrarch2's January 2014 data)"


def _role(r: dict[str, str]) -> Role:
    return Role(r["person_id"], r["country"], r["role_en"], _split(r["roles_zh"]), r["start"], r["end"], r["source"])


def _generated_actor(r: dict[str, str]) -> Actor:
    return Actor(r["id"], "person", r["name_en"], _split(r["names_zh"]) + _split(r["names_tw"]), r["country"], "",
                 prominence=int(r["prominence"]), short_zh=_split(r["short_zh"]))


@functools.lru_cache(maxsize=4)
def _load(data_dir: str) -> KnowledgeBase:
    return KnowledgeBase.from_dir(Path(data_dir))
