"""Could a learned filter over *every* trigger that fires replace the rules' act filters (events._acts:
nouns, quoted words, titles, cues)? Candidates are the events the stage makes when every trigger is
taken for an act, each with the event filter's signals and whether the rules' act filters pass it
(``act:pass``/``act:drop``); labels say whether a candidate matches a gold event (strict). Held-out F1
(5 folds by article, 3 repeats, event_filter_training's grid) is compared with keeping the candidates
the act filters pass, which is the rules.

    python -m newsfacts.eval.act_filter_training ../shared/gold/dev.jsonl ../shared/gold/train.jsonl

It writes nothing; the result is in docs/events.md."""
from __future__ import annotations

import argparse

import numpy as np

from . import event_filter_training as training


def candidates_of(gold: list[dict]) -> tuple[list[training.Candidate], list[int]]:
    from .evaluation import analyze_gold
    from ..stages import event_filter, events
    from .scoring import _items

    found, n_gold = [], []
    for number, record in enumerate(gold):
        doc = analyze_gold(record, f"gold:{number}")
        notes: dict[int, str] = {}
        evs = events.candidates(doc, notes)  # the rules' candidates, as they are
        taken = {e.trigger.start for e in evs} | {s.start for e in evs for s in e.also_evidence}
        loose = events.candidates(doc, notes, act_filters=False)
        extra = [e for e in loose if e.trigger.start not in taken and not any(
            e.trigger.start < x.trigger.end and x.trigger.start < e.trigger.end for x in evs)]
        evs = evs + extra  # and the events of triggers the act filters drop, each once
        signals = event_filter.features(doc, evs, notes)
        for i, names in enumerate(signals):
            names.append("act:pass" if i < len(evs) - len(extra) else "act:drop")
        hits = training.matched(record, evs)
        n_gold.append(len(_items(record, "events")))
        found.extend(training.Candidate(number, names, i in hits, evs[i].is_fact) for i, names in enumerate(signals))
    return found, n_gold


def main(argv: list[str] | None = None) -> None:
    from .evaluation import load_gold

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+")
    args = parser.parse_args(argv)
    gold = [record for path in args.gold for record in load_gold(path)]
    cands, n_gold = candidates_of(gold)
    facts = [c for c in cands if c.fact]
    passed = [c for c in facts if "act:pass" in c.names]
    rules = training._f1(sum(c.label for c in passed), len(passed), sum(n_gold))
    every = training._f1(sum(c.label for c in facts), len(facts), sum(n_gold))
    report = training.cross_validate(cands, n_gold)
    print(f"fact candidates {len(facts)} (matching gold {sum(c.label for c in facts)}; act filters pass {len(passed)},"
          f" matching {sum(c.label for c in passed)}), gold {sum(n_gold)}")
    print(f"F1 (matched candidates): act filters (rules) {rules:.4f}, every trigger {every:.4f}, "
          f"learned held-out {report['best_f1']:.4f} {report['best']}")


if __name__ == "__main__":
    main()
