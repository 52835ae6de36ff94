"""Builds pinyin.tsv (character readings) and transliteration.tsv (Chinese -> English names) in this folder.
Needs pypinyin==0.55.0 (MIT) and ../shared/data/names/en_zh_transliteration (MIT); run from the repo root."""
from __future__ import annotations

import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[3] / "shared" / "data" / "names"
PAIRS = SHARED / "en_zh_transliteration"


def build_pinyin() -> None:
    from pypinyin import Style, pinyin

    by_reading: dict[str, list[str]] = defaultdict(list)
    for code in range(0x4E00, 0x9FA6):
        char = chr(code)
        reading = pinyin(char, style=Style.NORMAL, v_to_u=True, errors="ignore")
        if reading and reading[0] and reading[0][0].isalpha():
            by_reading[reading[0][0]].append(char)
    lines = ["# Most common reading of each CJK character (U+4E00-U+9FA5), toneless, ü kept.",
             "# Derived from pypinyin 0.55.0 (MIT; data from pinyin-data / Unihan) by build_names.py.",
             "# columns: reading<TAB>characters"]
    lines += [f"{r}\t{''.join(cs)}" for r, cs in sorted(by_reading.items())]
    (HERE / "pinyin.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _pairs() -> list[tuple[str, str]]:
    out = []
    for path in sorted(PAIRS.glob("*/*.tsv")):
        for row in path.read_text(encoding="utf-8").splitlines()[1:]:
            cols = row.split("\t")
            if len(cols) >= 2:
                en, zh = cols[0].replace(" ", ""), cols[1].replace(" ", "")
                if en.isalpha() and zh:
                    out.append((zh, en.lower()))
    return out


def _trigram_model(words: list[str]):
    counts, context = Counter(), Counter()
    for w in words:
        padded = f"^^{w}$"
        for i in range(2, len(padded)):
            counts[padded[i - 2:i + 1]] += 1
            context[padded[i - 2:i]] += 1

    def score(word: str) -> float:
        padded = f"^^{word}$"
        logp = sum(math.log((counts[padded[i - 2:i + 1]] + 0.1) / (context[padded[i - 2:i]] + 3.0))
                   for i in range(2, len(padded)))
        return logp
    return score


def _common_words() -> list[str]:
    text = (HERE / "english_names.txt").read_text(encoding="utf-8")
    return [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]


def _common_names() -> dict[str, int]:
    ranks: dict[str, int] = {}
    for rank, word in enumerate(_common_words()):
        ranks.setdefault(word.lower(), rank)
    return ranks


def build_transliteration() -> None:
    pairs = sorted(set(_pairs()))
    score = _trigram_model([en for _, en in pairs])
    common = _common_names()
    by_zh: dict[str, list[str]] = defaultdict(list)
    for zh, en in pairs:
        by_zh[zh].append(en)
    common_case = {w.lower(): w for w in _common_words()}
    lines = ["# Chinese transliteration -> most typical English spelling, and how many spellings share it.",
             "# Derived by build_names.py from en_zh_transliteration (Multi-task-NMTransliteration, MIT;",
             "# pairs from 世界人名翻译大辞典). A spelling in english_names.txt wins, else the best English letter-trigram score.",
             "# columns: chinese<TAB>english<TAB>spellings"]
    for zh in sorted(by_zh):
        spellings = sorted(set(by_zh[zh]), key=lambda en: (common.get(en, len(common)), -score(en), en))
        best = spellings[0]
        lines.append(f"{zh}\t{common_case.get(best, best.capitalize())}\t{len(spellings)}")
    (HERE / "transliteration.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build_pinyin()
    build_transliteration()
