"""Paraphrase probes (benchmarks/probes.jsonl) to pass rates: how robust each stage is to wording.

Each probe is one or two short sentences written for this benchmark, with the records a careful
annotator expects from it (../shared/gold/FORMAT.md). A probe passes when every expected record
is found with the expected fields; a probe that expects an empty list passes only when the stage
outputs nothing there. Reports the pass rate per area and per construction family (the label
before the colon), and the share that pass with no extra record in the probe's area (a quote,
event or agreement no expected record accounts for); --labels for every label, --fail to list
the failures with what came out and the passing probes that had extra records.
"""
from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PROBES = Path(__file__).resolve().parent / "probes.jsonl"
PUBLISHED_AT = "2025-06-12T09:00:00+08:00"  # a Thursday; relative dates in probes resolve against it
TITLE = "测试标题"
AREAS = ("quotes", "events", "agreements", "sources")

_QUOTE_MARKS = re.compile(r"[\s\"'“”‘’「」『』《》]+")


def load_probes(path: Path = PROBES) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _norm(text: Optional[str]) -> str:
    return _QUOTE_MARKS.sub("", text or "")


def _half_overlap(a: Optional[str], b: Optional[str]) -> bool:
    """Longest common substring covers at least half of the shorter text (as the gold scorer)."""
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return False
    from difflib import SequenceMatcher
    size = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size
    return 2 * size >= min(len(a), len(b))


def _contains(a: Optional[str], b: Optional[str]) -> bool:
    a, b = _norm(a), _norm(b)
    return bool(a and b) and (a in b or b in a)


# --- one check per area: (passed, reason) -----------------------------------------------------

def _check_quote(want: dict, got: list[dict]) -> Optional[str]:
    """None when a predicted quote has the content, speaker, cue, kind (and date) expected."""
    same = [q for q in got if _half_overlap(want["content"], q.get("content"))]
    if not same:
        return "quote missing"
    reasons = []
    for q in same:
        reasons = []
        if want["speaker"] is None:
            if q.get("speaker"):
                reasons.append(f"speaker {q.get('speaker')!r} (want none)")
        elif not _contains(want["speaker"], q.get("speaker")):
            reasons.append(f"speaker {q.get('speaker')!r}")
        if not _contains(want["cue"], q.get("cue")):
            reasons.append(f"cue {q.get('cue')!r}")
        if want.get("kind") and q.get("kind") != want["kind"]:
            reasons.append(f"kind {q.get('kind')}")
        if want.get("date") and q.get("date") != want["date"]:
            reasons.append(f"date {q.get('date')}")
        if not reasons:
            return None
    return "; ".join(reasons)


def _check_event(want: dict, got: list[dict]) -> Optional[str]:
    pairs = {(want["source"], want["target"])}
    if want.get("either_order"):
        pairs.add((want["target"], want["source"]))
    if any(e.get("type") == want["type"] and (e.get("source"), e.get("target")) in pairs for e in got):
        return None
    same_type = [f"{e.get('source')}->{e.get('target')}" for e in got if e.get("type") == want["type"]]
    if same_type:
        return f"{want['type']} with parties {', '.join(same_type)}"
    same_parties = [e.get("type") for e in got if (e.get("source"), e.get("target")) in pairs]
    if same_parties:
        return f"parties right, type {', '.join(same_parties)}"
    return "event missing"


def _check_agreement(want: dict, got: list[dict]) -> Optional[str]:
    parties = set(want["parties"])
    found = [a for a in got if set(a.get("parties") or []) == parties
             and (_half_overlap(want["name"], a.get("name")) or a.get("kind") == want["kind"])]
    if not found:
        named = [a for a in got if _half_overlap(want["name"], a.get("name"))]
        if named:
            return "parties " + ", ".join(str(sorted(a.get("parties") or [])) for a in named)
        return "agreement missing"
    reasons = []
    for a in found:
        reasons = []
        if a.get("state") != want["state"]:
            reasons.append(f"state {a.get('state')}")
        for step in want.get("next_steps") or []:
            if not any(_half_overlap(step, s) for s in a.get("next_steps") or []):
                reasons.append("next step missing")
        if not reasons:
            return None
    return "; ".join(reasons)


def _check_sources(want: list[str], got: list[str]) -> Optional[str]:
    missing = [w for w in want if not any(_contains(w, g) for g in got)]
    extra = [g for g in got if not any(_contains(w, g) for w in want)]
    reasons = ([f"missing {', '.join(missing)}"] if missing else []) + ([f"extra {', '.join(extra)}"] if extra else [])
    return "; ".join(reasons) or None


_CHECKS = {"quotes": _check_quote, "events": _check_event, "agreements": _check_agreement}


def _expected_by(key: str, want: dict, got: dict) -> bool:
    """Whether the predicted record `got` is the one the expected record `want` describes."""
    if key == "quotes":
        return _half_overlap(want["content"], got.get("content"))
    if key == "events":
        return _check_event(want, [got]) is None
    return set(got.get("parties") or []) == set(want["parties"]) and (
        _half_overlap(want["name"], got.get("name")) or got.get("kind") == want["kind"])


def extras(probe: dict, output: dict) -> list[dict]:
    """Records of the probe's area that no expected record accounts for (noise on a short text)."""
    key = probe["area"]
    if key == "sources" or key not in probe["expected"]:
        return []
    want = probe["expected"][key]
    return [item for item in output.get(key) or [] if not any(_expected_by(key, w, item) for w in want)]


def check(probe: dict, output: dict) -> list[str]:
    """The reasons the probe fails on this output (empty when it passes)."""
    reasons: list[str] = []
    for key, want in probe["expected"].items():
        if key == "sources":
            reason = _check_sources(want, output.get("sources") or [])
            if reason:
                reasons.append(reason)
        elif key == "translated":
            if output.get("translated") != want:
                reasons.append(f"translated {output.get('translated')}")
        elif not want:
            if output.get(key):
                reasons.append(f"spurious {key}: " + _brief(key, output[key]))
        else:
            for item in want:
                reason = _CHECKS[key](item, output.get(key) or [])
                if reason:
                    reasons.append(reason)
    return reasons


def _brief(key: str, items: list[dict]) -> str:
    if key == "quotes":
        return " | ".join(f"{q.get('speaker')}/{q.get('cue')}/{q.get('content')}" for q in items)
    if key == "events":
        return " | ".join(f"{e.get('type')} {e.get('source')}->{e.get('target')} ({e.get('trigger')})" for e in items)
    if key == "agreements":
        return " | ".join(f"{a.get('name')} {a.get('kind')} {a.get('parties')} {a.get('state')}" for a in items)
    return json.dumps(items, ensure_ascii=False)


def run(probes: list[dict]) -> list[tuple[dict, dict, list[str]]]:
    """(probe, output, reasons it fails) for every probe."""
    import newsfacts
    results = []
    for probe in probes:
        output = newsfacts.analyze_text(f"{TITLE}\n\n{probe['text']}",
                                        published_at=probe.get("published_at", PUBLISHED_AT)).to_dict()
        results.append((probe, output, check(probe, output)))
    return results


def _rates(results: list, key: Any) -> dict[str, tuple[int, int, int]]:
    """Per group: (probes passed, probes passed with no extra record in their area, probes)."""
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for probe, output, reasons in results:
        row = table[key(probe)]
        row[0] += not reasons
        row[1] += not reasons and not extras(probe, output)
        row[2] += 1
    return {k: (v[0], v[1], v[2]) for k, v in sorted(table.items())}


def family(probe: dict) -> str:
    return probe["area"] + "/" + probe["construction"].split(":")[0]


def report(results: list, labels: bool, fail: bool) -> dict:
    summary = {"total": _rates(results, lambda p: "all")["all"],
               "areas": _rates(results, lambda p: p["area"]),
               "families": _rates(results, family)}
    if labels:
        summary["labels"] = _rates(results, lambda p: p["area"] + "/" + p["construction"])
    if fail:
        summary["failures"] = [{"id": p["id"], "construction": p["construction"], "text": p["text"],
                                "reasons": r, "got": {k: _brief(k, o.get(k) or []) for k in p["expected"]
                                                      if k in AREAS}}
                               for p, o, r in results if r]
        summary["extras"] = [{"id": p["id"], "construction": p["construction"], "text": p["text"],
                              "extra": _brief(p["area"], extras(p, o))}
                             for p, o, r in results if not r and extras(p, o)]
    return summary


def _print(summary: dict) -> None:
    passed, clean, total = summary["total"]
    print(f"probes passed: {passed}/{total} ({passed / total:.0%}); passed with no extra record: {clean} "
          f"({clean / total:.0%})")
    for title in ("areas", "families", "labels"):
        if title in summary:
            print(f"\n{title}:{'':47s}passed        clean")
            for name, (ok, tidy, n) in summary[title].items():
                print(f"  {name:55s} {ok:3d}/{n:<3d} {ok / n:5.0%} {tidy:3d} {tidy / n:5.0%}")
    for f in summary.get("failures", []):
        print(f"\nFAIL {f['id']} [{f['construction']}] {f['text']}")
        for r in f["reasons"]:
            print(f"  - {r}")
        for k, v in f["got"].items():
            print(f"  got {k}: {v}")
    for f in summary.get("extras", []):
        print(f"\nEXTRA {f['id']} [{f['construction']}] {f['text']}\n  extra: {f['extra']}")


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--probes", type=Path, default=PROBES, help="probe file (JSON lines)")
    parser.add_argument("--area", choices=AREAS, help="only this area's probes")
    parser.add_argument("--labels", action="store_true", help="pass rate per construction label")
    parser.add_argument("--fail", action="store_true", help="list the failing probes and what came out, and the extra records")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    logging.disable(logging.CRITICAL)
    probes = [p for p in load_probes(args.probes) if not args.area or p["area"] == args.area]
    summary = report(run(probes), args.labels, args.fail)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=1))
    else:
        _print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
