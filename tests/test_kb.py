"""The actor knowledge base as shipped: well-formed TSVs, consistent ids and dates, and the loader's behaviour."""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import opencc
import pytest

from newsfacts.kb import KnowledgeBase, Role, normalize, parse_date

DATA = Path(__file__).resolve().parent.parent / "newsfacts" / "data" / "actors"
COLUMNS = {
    "countries.tsv": ["iso3", "iso2", "name_en", "names_zh", "capital_en", "capitals_zh", "wikidata"],
    "organizations.tsv": ["id", "code", "name_en", "names_zh", "kind", "country", "wikidata"],
    "people.tsv": ["id", "name_en", "names_zh", "country", "wikidata", "gender"],
    "roles.tsv": ["person_id", "country", "role_en", "roles_zh", "start", "end", "source"],
    "places.tsv": ["name_en", "names_zh", "country", "kind", "lat", "lon"],
}
BODY_CODES = {"UN", "EU", "NATO", "IGO", "NGO", "IMG"}
# Simplified names allowed to point at two different people (keep this tiny; document each):
# 伯恩斯 is William J. Burns (CIA) and Nicholas Burns (ambassador to China); lookup() keeps William first and
# KnowledgeBase.is_ambiguous says so, so a linker lets the title decide (美国驻华大使伯恩斯).
AMBIGUOUS_PERSON_NAMES: set[str] = {"伯恩斯"}
# People whose names have no OpenCC s2t counterpart in the list (none so far).
TRADITIONAL_EXCEPTIONS: set[str] = set()
DATE_RE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t",
                                   quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.fixture(scope="module")
def iso3() -> set[str]:
    return {r["iso3"] for r in rows("countries.tsv")}


# -- shape ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_every_row_has_the_declared_columns(name):
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == COLUMNS[name]
    for no, line in enumerate(lines[1:], start=2):
        assert line.count("\t") == len(COLUMNS[name]) - 1, f"{name}:{no}: {line[:60]}"
        assert all(f == f.strip() for f in line.split("\t")) and '"' not in line, f"{name}:{no}"


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_name_lists_have_no_empty_or_duplicate_items(name):
    field = "roles_zh" if name == "roles.tsv" else "names_zh"
    for r in rows(name):
        items = r[field].split("|")
        assert all(i.strip() == i and i for i in items), r
        assert len(items) == len(set(items)), r


def test_row_counts():
    assert len(rows("countries.tsv")) >= 249
    assert len(rows("organizations.tsv")) >= 150
    assert len(rows("people.tsv")) >= 250
    assert len(rows("places.tsv")) >= 300


def test_country_codes_are_well_formed_and_unique():
    countries = rows("countries.tsv")
    codes = [r["iso3"] for r in countries]
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in codes)
    assert len(codes) == len(set(codes))
    iso2 = [r["iso2"] for r in countries]
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in iso2) and len(iso2) == len(set(iso2))
    assert all(re.fullmatch(r"(Q\d+)?", r["wikidata"]) for r in countries)


def test_ids_are_unique_and_wikidata_ids_consistent():
    people, orgs = rows("people.tsv"), rows("organizations.tsv")
    ids = [r["id"] for r in people] + [r["id"] for r in orgs]
    assert len(ids) == len(set(ids))
    for r in people:
        assert re.fullmatch(r"Q\d+|p:[a-z0-9-]+", r["id"]), r["id"]
        # a QID id is the person's Wikidata id; a slug id keeps its slug when the QID was added later
        assert r["id"] == r["wikidata"] if r["id"].startswith("Q") else re.fullmatch(r"(Q\d+)?", r["wikidata"])
        assert r["gender"] in {"m", "f"}
    for r in orgs:
        assert r["id"].startswith("org:") and re.fullmatch(r"(Q\d+)?", r["wikidata"])


def test_codes_point_at_known_countries(iso3):
    for r in rows("people.tsv") + rows("places.tsv"):
        assert r["country"] == "" or r["country"] in iso3, r
    for r in rows("organizations.tsv"):
        assert r["code"] in iso3 | BODY_CODES, r
        assert r["country"] == "" or (r["country"] in iso3 and r["country"] == r["code"]), r
    for r in rows("roles.tsv"):
        assert r["country"] in iso3 | {"UN", "EU", "NATO", "IGO", "IMG"}, r


def test_places_are_well_formed():
    for r in rows("places.tsv"):
        assert r["kind"] in {"GPE", "LOC"}
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r


# -- roles ---------------------------------------------------------------------------------------
def test_every_role_belongs_to_a_known_person():
    people = {r["id"] for r in rows("people.tsv")}
    assert {r["person_id"] for r in rows("roles.tsv")} <= people


def test_role_dates_parse_and_are_ordered():
    for r in rows("roles.tsv"):
        assert DATE_RE.match(r["start"]), r
        start = parse_date(r["start"])
        if r["end"]:
            assert DATE_RE.match(r["end"]), r
            assert start <= parse_date(r["end"]), r
        assert start <= date(2025, 6, 30), r
        assert r["source"] in {"petrarch2", "knowledge", "petrarch2+knowledge"}


def test_single_holder_offices_do_not_overlap():
    offices = defaultdict(list)
    for r in rows("roles.tsv"):
        if r["role_en"] in {"Secretary of State", "President", "Secretary-General of the United Nations",
                            "Secretary General of NATO", "Federal Chancellor"}:
            offices[(r["country"], r["role_en"])].append(r)
    for key, held in offices.items():
        held.sort(key=lambda r: parse_date(r["start"]))
        for a, b in zip(held, held[1:]):
            assert a["end"] and parse_date(a["end"]) <= parse_date(b["start"]), (key, a, b)


# -- names ---------------------------------------------------------------------------------------
def test_no_simplified_name_points_at_two_people():
    owners = defaultdict(set)
    for r in rows("people.tsv"):
        for n in r["names_zh"].split("|"):
            owners[normalize(n)].add(r["id"])
    clashes = {n: ids for n, ids in owners.items() if len(ids) > 1 and n not in AMBIGUOUS_PERSON_NAMES}
    assert not clashes


def test_traditional_forms_are_listed():
    s2t, t2s = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    for r in rows("people.tsv"):
        if r["id"] in TRADITIONAL_EXCEPTIONS:
            continue
        names = set(r["names_zh"].split("|"))
        for n in names:
            if t2s.convert(n) == n:  # a simplified (or script-neutral) name
                assert s2t.convert(n) in names, (r["id"], n)


# -- behaviour -----------------------------------------------------------------------------------
def test_load_is_cached(kb):
    assert KnowledgeBase.load() is kb
    assert kb.snapshot == "2025-06-30"


@pytest.mark.parametrize("name", ["盧比歐", "鲁比奥", "卢比奥", "魯比奧", "马可·卢比奥", "馬可•盧比歐"])
def test_rubio_spellings(kb, name):
    assert [a.name_en for a in kb.lookup(name)] == ["Marco Rubio"]


@pytest.mark.parametrize("name, who", [
    ("川普", "Donald Trump"), ("特朗普", "Donald Trump"), ("普丁", "Vladimir Putin"),
    ("澤倫斯基", "Volodymyr Zelenskyy"), ("魏科夫", "Steve Witkoff"), ("習近平", "Xi Jinping"),
    ("Marco Rubio", "Marco Rubio"),
])
def test_people_lookup(kb, name, who):
    assert [a.name_en for a in kb.lookup(name) if a.kind == "person"] == [who]


def test_lookup_misses(kb):
    assert kb.lookup("") == [] and kb.lookup("不存在的人") == []


@pytest.mark.parametrize("name, code", [
    ("乌方", "UKR"), ("烏克蘭", "UKR"), ("美方", "USA"), ("美國", "USA"), ("USA", "USA"), ("ua", "UKR"),
    ("南韓", "KOR"), ("北韩", "PRK"), ("澳洲", "AUS"), ("臺灣", "TWN"),
])
def test_country(kb, name, code):
    assert kb.country(name).iso3 == code


def test_country_unknown(kb):
    assert kb.country("火星") is None


def test_orgs_and_places(kb):
    assert kb.lookup("北約")[0].country == "NATO"
    assert kb.lookup("安理会")[0].country == "UN"
    assert kb.lookup("克里姆林宫")[0].country == "RUS"
    assert {a.kind for a in kb.lookup("哈爾科夫")} == {"place"}
    assert kb.lookup("中东")[0].kind == "place"


@pytest.mark.parametrize("title, country, on, who", [
    ("国务卿", "USA", date(2025, 4, 18), ["Marco Rubio"]),
    ("国务卿", "USA", date(2022, 1, 1), ["Antony Blinken"]),
    ("国务卿", "USA", date(2016, 1, 1), ["John Kerry"]),
    ("國務卿", "美國", date(2018, 1, 1), ["Rex Tillerson"]),
    ("国务卿", "USA", date(2019, 1, 1), ["Mike Pompeo"]),
    ("美国国务卿", None, date(2025, 4, 18), ["Marco Rubio"]),
    ("总统", "UKR", date(2025, 4, 17), ["Volodymyr Zelenskyy"]),
    ("总统", "UKR", date(2018, 1, 1), ["Petro Poroshenko"]),
    ("总统", "USA", date(2025, 1, 20), ["Donald Trump"]),
    ("总统", "USA", date(2025, 1, 19), ["Joe Biden"]),
    ("俄外长", None, date(2024, 1, 1), ["Sergey Lavrov"]),
    ("联合国秘书长", None, date(2020, 1, 1), ["António Guterres"]),
    ("首相", "GBR", date(2022, 10, 1), ["Liz Truss"]),
    ("外交部长", "CHN", date(2023, 3, 1), ["Qin Gang"]),
])
def test_holders(kb, title, country, on, who):
    assert [a.name_en for a in kb.holders(title, country, on)] == who


def test_holders_default_to_snapshot(kb):
    assert [a.name_en for a in kb.holders("克里姆林宫发言人", "RUS")] == ["Dmitry Peskov"]


def test_roles_of(kb):
    rubio = kb.lookup("卢比奥")[0].id
    assert {r.role_en for r in kb.roles_of(rubio, date(2025, 6, 1))} == {
        "Secretary of State", "National Security Advisor (interim)"}
    assert kb.roles_of(rubio, date(2020, 1, 1)) == []
    assert all(isinstance(r, Role) for r in kb.roles_of(rubio))


# -- sound-alike names, descriptions, the lookup command ------------------------------------------
@pytest.mark.parametrize("spelling, name_en", [
    ("佩斯可夫", "Dmitry Peskov"), ("拉夫洛夫", "Sergey Lavrov"), ("维特柯夫", "Steve Witkoff"), ("马克隆", "Emmanuel Macron"),
])
def test_spellings_not_listed_match_by_sound(kb, spelling, name_en):
    assert not kb.lookup(spelling)
    best, score = kb.fuzzy(spelling)[0]
    assert best.name_en == name_en and 0.84 <= score < 1.0


def test_short_or_different_names_do_not_match_by_sound(kb):
    assert kb.fuzzy("普金") == [] and kb.fuzzy("王大明") == []


def test_describe_gives_the_office_held_on_a_day(kb):
    [before] = kb.describe("布林肯", date(2024, 6, 1))
    [after] = kb.describe("布林肯", date(2025, 6, 1))
    assert before["name_en"] == "Antony Blinken" and before["roles"][0]["role"] == "Secretary of State"
    assert after["roles"] == []


def test_lookup_command(capsys):
    from newsfacts import cli

    assert cli.main(["actors", "lookup", "盧比歐", "--on", "2025-04-18"]) == 0
    out = capsys.readouterr().out
    assert "Marco Rubio" in out and "Secretary of State" in out
    assert cli.main(["actors", "lookup", "不存在的人"]) == 1
