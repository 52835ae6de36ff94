"""Gold articles rewritten the ways unseen articles are written (meaning kept; codes and dates
unchanged), to measure how the figures hold: benchmarks/robustness.py prints them, and the quality
gate (tests/test_quality_gate.py) keeps the rewritings of dev.jsonl close to the articles as they are.

- `traditional`: characters to traditional (OpenCC s2t), as Hong Kong and overseas media write;
- `taiwan`: Taiwan characters and words (OpenCC s2twp; its word table also puts some mainland words
  that Taiwan writes the same way into Taiwan forms, so this is a harsher test than real text);
- `corner`: 「」『』 for “”‘’; `straight`: "…" for “…”;
- `wrapped`: the text hard-wrapped at 30 characters a line (a PDF or e-mail copy);
- `spaced`: a space typed after every Chinese comma, colon, semicolon and sentence end;
- `new_names`: every person named in the gold entities renamed to a made-up name of the same
  length (seeded), so no knowledge-base entry can help: what the text alone says about a person.
"""
from __future__ import annotations

import random
import re
from typing import Callable

# Fields whose values are codes, ids, dates or labels: never rewritten.
_KEEP = {"id", "published_at", "type", "source", "target", "date", "speaker_canonical", "canonical", "state",
         "kind", "label", "verdict", "role", "wikidata"}
_SPACED = re.compile(r"([，：；。])")
_WRAP = 30
# Made-up names: syllables of transliterated names, and common surnames and given-name characters.
_FOREIGN = "卡尔维纳托斯里奥德克莫塔兰诺贝利安吉洛菲萨帕伦丹森格罗赫西拉米亚"
_SURNAMES = "赵钱孙周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施"
_GIVEN = "明华建国志强文军伟芳秀英玉兰德宏晓东海波立新"


def _opencc(config: str) -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC(config).convert


def _corner(text: str) -> str:
    return text.translate(str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"}))


def _straight(text: str) -> str:
    return text.translate(str.maketrans({"“": '"', "”": '"'}))


def _wrapped(text: str) -> str:
    return "\n".join(line[i:i + _WRAP] for line in text.split("\n") for i in range(0, max(len(line), 1), _WRAP))


def _spaced(text: str) -> str:
    return _SPACED.sub(r"\1 ", text)


def _rewrite(value, change: Callable[[str], str], key: str = ""):
    if isinstance(value, str):
        return value if key in _KEEP else change(value)
    if isinstance(value, list):
        return [_rewrite(v, change, key) for v in value]
    if isinstance(value, dict):
        return {k: _rewrite(v, change, k) for k, v in value.items()}
    return value


def _renamer(record: dict, rng: random.Random) -> Callable[[str], str]:
    """A change that renames every person of the record's gold entities, part by part (唐纳德·特朗普
    and 特朗普 alike), to a made-up name of the same length."""
    parts: dict[str, str] = {}
    for entity in record.get("entities") or []:
        name = entity.get("name") or ""
        if entity.get("type") != "PER" or not re.fullmatch(r"[\u4e00-\u9fff·•]{2,}", name):
            continue
        for part in re.split(r"[·•]", name):
            if len(part) >= 2 and part not in parts:
                pool = _FOREIGN if "·" in name or len(part) > 3 else None
                parts[part] = ("".join(rng.choice(pool) for _ in part) if pool else
                               rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in part[1:]))
    if not parts:
        return lambda text: text
    pattern = re.compile("|".join(map(re.escape, sorted(parts, key=len, reverse=True))))
    return lambda text: pattern.sub(lambda m: parts[m.group()], text)


def rewritten(gold: list[dict], name: str) -> list[dict]:
    """The gold records rewritten one way (the text only, for `wrapped`: the scorer ignores line breaks)."""
    if name == "as_is":
        return gold
    if name == "wrapped":
        return [dict(r, text=_wrapped(r.get("text") or "")) for r in gold]
    if name == "new_names":
        rng = random.Random(7)
        return [_rewrite(r, _renamer(r, rng)) for r in gold]
    change = {"traditional": lambda: _opencc("s2t"), "taiwan": lambda: _opencc("s2twp"), "corner": lambda: _corner,
              "straight": lambda: _straight, "spaced": lambda: _spaced}[name]()
    return [_rewrite(r, change) for r in gold]


REWRITINGS = ("as_is", "traditional", "taiwan", "corner", "straight", "wrapped", "spaced", "new_names")


def figures(metrics: dict) -> dict:
    q, e = metrics["quotes"], metrics["events"]
    return {"quotes e2e F1": q["end_to_end"]["f1"], "speaker acc": q["speaker"]["accuracy"],
            "events strict F1": e["strict"]["f1"], "agreements F1": metrics["agreements"]["match"]["f1"],
            "sources F1": metrics["sources"]["outlets"]["f1"]}
