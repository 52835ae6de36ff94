"""Regenerate people_generated.tsv and roles_generated.tsv: office-holders from the petrarch2 Phoenix actor
dictionaries, with Chinese renderings from the en_zh transliteration table; hand-curated people.tsv wins.

Run: .venv/bin/python newsfacts/data/actors/build_people.py [SHARED_DATA_DIR]   (deterministic: same input, same output)
"""
from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parents[3] / "shared" / "data"  # ../shared/data beside the checkout
PHOENIX = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt")
PEOPLE_HEADER = ["id", "name_en", "names_zh", "names_tw", "short_zh", "country", "prominence", "source"]
ROLES_HEADER = ["person_id", "country", "role_en", "roles_zh", "start", "end", "source"]
SINCE = "2000-01-01"  # people with an office held on or after this day
KEEP_ROLES_FROM = "1990-01-01"
# Names the news writes with Chinese characters of their own, not by sound: a phonetic rendering would be wrong.
HAN_NAMED = {"CHN", "TWN", "HKG", "MAC", "JPN", "KOR", "PRK", "VNM", "SGP"}
SECTORS = {"GOV": "Government", "ELI": "Political elite", "MIL": "Military", "LEG": "Legislature",
           "OPP": "Opposition", "BUS": "Business", "JUD": "Judiciary", "COP": "Police", "SPY": "Intelligence",
           "MED": "Media", "REB": "Rebel group", "PTY": "Political party", "EDU": "Education", "LAB": "Labour"}
# Arabic articles are dropped in Chinese renderings (Bashar al-Assad -> 巴沙尔·阿萨德); these particles stay with
# the surname (von der Leyen -> 冯德莱恩).
ARTICLES = {"al", "el", "ul", "as", "ad", "an", "ar", "ash", "at", "az"}
PARTICLES = {"von": "冯", "van": "范", "der": "德", "de": "德", "da": "达", "di": "迪", "du": "杜", "le": "勒",
             "la": "拉", "del": "德尔", "dos": "多斯", "das": "达斯", "bin": "本", "ben": "本", "ibn": "伊本", "abu": "阿布"}
_T2S, _S2T = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
# A curated "Dick Cheney" is the dictionaries' RICHARD_CHENEY: nicknames whose formal name starts otherwise.
NICKNAMES = {"dick": "richard", "bill": "william", "bob": "robert", "tony": "anthony", "ted": "edward",
             "hank": "henry", "chuck": "charles", "jack": "john", "peggy": "margaret", "ned": "edward"}


def two_digit(day: str) -> str:
    """Phoenix YYMMDD; the dictionaries date from 2014, so 00-20 are this century."""
    year = int(day[:2])
    return f"{2000 + year if year <= 20 else 1900 + year:04d}-{day[2:4]}-{day[4:6]}"


def read_phoenix(path: Path) -> dict[str, dict]:
    """Entry name -> {'aliases': [...], 'roles': [(code, start, end)]}; roles without a start day are dropped."""
    entries: dict[str, dict] = {}
    current = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        body = line.split("#")[0]
        if re.match(r"^[A-Z]", line):
            name = body.split("[")[0].strip().strip("_").strip()
            current = entries.setdefault(name, {"aliases": [], "roles": []})
        elif line.startswith("+") and current is not None:
            current["aliases"].append(body[1:].strip())
        if current is None:
            continue
        for code, span in re.findall(r"\[([A-Z]{3,})\s*([<>\d-]*)\s*\]", body):
            closed, opened = re.fullmatch(r"(\d{6})-(\d{6})", span), re.fullmatch(r">(\d{6})", span)
            if closed:
                current["roles"].append((code, two_digit(closed[1]), two_digit(closed[2])))
            elif opened:
                current["roles"].append((code, two_digit(opened[1]), ""))
    return entries


def read_table(root: Path) -> dict[str, str]:
    """English name -> its most frequent Chinese rendering in the transliteration table (ties: first seen)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for path in sorted(root.glob("*/*.tsv")):
        with path.open(encoding="utf-8") as fh:
            for row in list(csv.reader(fh, delimiter="\t"))[1:]:
                counts[row[0].replace(" ", "")][row[1].replace(" ", "")] += 1
    return {name: found.most_common(1)[0][0] for name, found in sorted(counts.items())}


def read_chart(path: Path) -> tuple[dict[str, dict[str, str]], list[str]]:
    rows = [r for r in csv.DictReader((l for l in path.open(encoding="utf-8") if not l.startswith("#")),
                                      delimiter="\t")]
    chart = {("" if r["onset"] == "-" else r["onset"]): r for r in rows}
    return chart, sorted((o for o in chart if o), key=len, reverse=True)


def read_given(path: Path) -> dict[str, str]:
    lines = (l for l in path.open(encoding="utf-8") if not l.startswith("#"))
    return {r["name"]: r["zh"] for r in csv.DictReader(lines, delimiter="\t")}


class Renderer:
    """One romanised name part -> Chinese: the table, then the given-name list, then the syllable chart."""

    def __init__(self, table: dict[str, str], given: dict[str, str], chart_path: Path):
        self.table, self.given = table, given
        self.chart, self.onsets = read_chart(chart_path)

    def part(self, word: str) -> tuple[str, str]:
        if word in self.table:
            return self.table[word], "table"
        if word in self.given:
            return self.given[word], "given"
        return self.syllables(word), "rules"

    def syllables(self, word: str) -> str:
        word = re.sub(r"([b-df-hj-np-tv-z])\1", r"\1", word.replace("'", "").replace("-", "").replace("ck", "k"))
        word = re.sub(r"ey$", "i", word)  # Lackey, Kelsey: a final -ey is one vowel
        out, i = [], 0
        while i < len(word):
            onset = next((o for o in self.onsets if word.startswith(o, i)), "")
            if onset == "y" and i + 1 < len(word) and word[i + 1] not in "aeiou":
                onset = ""  # y as a vowel (Yvonne, Kyrylenko)
            j = i + len(onset)
            vowel = word[j] if j < len(word) and word[j] in "aeiouy" else ""
            if not vowel:
                out.append(self.chart[onset or "h"]["alone"] if onset else "")
                i = j if onset else j + 1
                continue
            vowel = "i" if vowel == "y" else vowel
            k = j + 1
            if vowel in "ae" and k < len(word) and word[k] in "iy":
                vowel, k = ("ai" if vowel == "a" else "e"), k + 1
            elif vowel == "o" and k < len(word) and word[k] == "u":
                vowel, k = "u", k + 1
            if k < len(word) and word[k] == "n" and (k + 1 == len(word) or word[k + 1] not in "aeiouy") \
                    and vowel in "aeiou" and len(vowel) == 1:
                vowel, k = vowel + "n", k + 1 + (k + 1 < len(word) and word[k + 1] == "g")
            out.append(self.chart[onset][vowel])
            i = k
        return "".join(c for c in out if c != "-")


def traditional(name: str) -> str:
    """OpenCC s2t, minus its over-conversions in transliterated names (里 -> 裏, 台 -> 臺, 众 -> 衆, 夫 -> 伕)."""
    return _S2T.convert(name).translate(_PLAIN)


_PLAIN = str.maketrans({"裏": "里", "臺": "台", "衆": "眾", "伕": "夫"})


def name_parts(entry: str) -> list[str]:
    """PHOENIX_ENTRY_NAME -> lower-case words, initials and non-letters dropped."""
    words = [w for w in re.split(r"[_\s]+", entry.lower()) if w]
    return [w for w in words if re.fullmatch(r"[a-z][a-z'-]+", w)]


def english(words: list[str]) -> str:
    def cap(w: str) -> str:
        if w in ARTICLES or w in PARTICLES and w not in ("abu", "ibn"):
            return w
        w = "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
        return "Mc" + w[2:3].upper() + w[3:] if w.startswith("Mc") and len(w) > 3 else w
    return " ".join(cap(w) for w in words)


def render(words: list[str], renderer: Renderer) -> tuple[list[str], str, str]:
    """(full forms, surname form, how) for a person's name words: given·surname, and given·middle·surname."""
    words = [w for w in words if w not in ARTICLES]
    if len(words) < 2:
        return [], "", ""
    tail = len(words) - 1
    while tail > 1 and words[tail - 1] in PARTICLES and words[tail - 1] not in ("abu",):
        tail -= 1
    hows = set()

    def zh(word: str) -> str:
        if word in PARTICLES:
            return PARTICLES[word]
        text, how = renderer.part(word)
        hows.add(how)
        return text

    surname = "".join(zh(w) for w in words[tail:])
    given = [zh(w) for w in words[:tail]]
    forms = [f"{given[0]}·{surname}"]
    if len(given) > 1:
        forms.append("·".join(given + [surname]))
    how = "rules" if "rules" in hows else "table"
    return [f for f in forms if len(f) <= 16], surname, how


def curated_keys(actors_dir: Path) -> tuple[set[str], set[tuple[str, str, str]]]:
    """Names and (country, surname, first initial) of the hand-curated people: they win over generated ones."""
    names, people = set(), set()
    with (actors_dir / "people.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            names |= {_T2S.convert(n) for n in row["names_zh"].split("|") if n}
            names.add(row["name_en"].casefold())
            words = row["name_en"].casefold().replace(".", "").split()
            if len(words) >= 2:
                for given in {words[0], NICKNAMES.get(words[0], words[0])}:
                    people.add((row["country"], words[-1], given[:1]))
    return names, people


def role_country(code: str) -> str:
    if code.startswith("IGOUNO"):
        return "UN"
    if code.startswith("IGOEU"):
        return "EU"
    if code.startswith("IGONAT"):
        return "NATO"
    return "IGO" if code.startswith(("IGO", "NGO")) else code[:3]


def role_name(code: str) -> str:
    country = role_country(code)
    if country in ("UN", "EU", "NATO", "IGO"):
        return {"UN": "United Nations official", "EU": "European Union official", "NATO": "NATO official",
                "IGO": "International organization official"}[country]
    return SECTORS.get(code[3:6], "Public figure")


def build(shared: Path, actors_dir: Path = HERE) -> tuple[list[list[str]], list[list[str]]]:
    renderer = Renderer(read_table(shared / "names" / "en_zh_transliteration"),
                        read_given(HERE / "build" / "given_names.tsv"), HERE / "build" / "syllables.tsv")
    known_iso3 = {r["iso3"] for r in csv.DictReader((actors_dir / "countries.tsv").open(encoding="utf-8"),
                                                    delimiter="\t", quoting=csv.QUOTE_NONE)}
    curated_names, curated_people = curated_keys(actors_dir)
    entries: dict[str, dict] = {}
    for name in PHOENIX:
        for key, value in read_phoenix(shared / "ontology" / "petrarch2_dictionaries" / name).items():
            entries.setdefault(key, value)
    people, roles, taken = [], [], set(curated_names)
    merged = merge_duplicates(entries)
    for entry in sorted(merged):
        row = person_row(entry, merged[entry], renderer, known_iso3, curated_people, taken)
        if row is None:
            continue
        person, held = row
        people.append(person)
        roles += held
    return people, roles


def merge_duplicates(entries: dict[str, dict]) -> dict[str, dict]:
    """JULIA_EILEEN_GILLARD and JULIA_GILLARD of one country are one person: the shortest name, all roles."""
    groups: dict[tuple, list[str]] = defaultdict(list)
    for entry, data in entries.items():
        words = [w for w in name_parts(entry) if w not in ARTICLES]
        codes = sorted({code[:3] for code, _, _ in data["roles"]})
        key = (codes[0], words[0], words[-1]) if words and codes else (entry,)
        groups[key].append(entry)
    merged = {}
    for names in groups.values():
        names.sort(key=lambda n: (len(name_parts(n)), n))
        merged[names[0]] = {"aliases": [a for n in names for a in entries[n]["aliases"]] + names[1:],
                            "roles": [r for n in names for r in entries[n]["roles"]]}
    return merged


def person_row(entry, data, renderer, known_iso3, curated_people, taken):
    held = [r for r in data["roles"] if (r[2] or "9999") >= KEEP_ROLES_FROM and r[1] <= "2025-06-30"]
    if not any((end or "9999") >= SINCE for _, _, end in held):
        return None
    countries = Counter(role_country(code) for code, _, _ in held)
    national = [c for c, _ in countries.most_common() if c in known_iso3]
    country = national[0] if national else ""
    words = name_parts(entry)
    if country in HAN_NAMED or len(words) < 2 or not any(c in known_iso3 or c in ("UN", "EU", "NATO", "IGO")
                                                         for c in countries):
        return None
    clean = [w for w in words if w not in ARTICLES]
    if (country, clean[-1], clean[0][:1]) in curated_people:
        return None  # the curated row is this person
    forms, surname, how = render(words, renderer)
    forms = [f for f in forms if f not in taken]
    if not forms:
        return None
    taken.update(forms)
    tw = [t for t in dict.fromkeys(traditional(f) for f in forms) if t not in forms and _T2S.convert(t) in forms]
    short = surname if len(surname) >= 2 else ""
    name_en = english(words)
    pid = f"ph:{re.sub(r'[^a-z0-9]+', '-', name_en.lower()).strip('-')}:{(country or 'igo').lower()}"
    prominence = "2" if len(data["aliases"]) >= 2 else "1"
    source = f"petrarch2+{'en_zh_table' if how == 'table' else 'syllable_chart'}"
    person = [pid, name_en, "|".join(forms), "|".join(tw), short, country, prominence, source]
    rows = [[pid, role_country(code), role_name(code), "", start, end, "petrarch2"]
            for code, start, end in sorted(set(held), key=lambda r: (r[1], r[0], r[2]))]
    return person, rows


def write(path: Path, header: list[str], rows: list[list[str]], note: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# {note}\n")
        writer = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main(argv: list[str]) -> int:
    shared = Path(argv[1]) if len(argv) > 1 else DEFAULT_SHARED
    people, roles = build(shared)
    note = ("generated by build_people.py from petrarch2 Phoenix actor dictionaries (MIT, 2014) and "
            "en_zh_transliteration; do not edit, edit people.tsv / roles.tsv (they win)")
    write(HERE / "people_generated.tsv", PEOPLE_HEADER, people, note)
    write(HERE / "roles_generated.tsv", ROLES_HEADER, roles, note)
    print(f"{len(people)} people, {len(roles)} roles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
