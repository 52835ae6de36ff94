"""How far the event trigger lexicon generalises, measured with whole articles held out.

    python -m newsfacts.eval.trigger_generalisation ../shared/gold/dev.jsonl ../shared/gold/train.jsonl

1. Coverage, leave-article-out: for every gold event, is its trigger word in the lexicon, and is
   it a gold trigger of any *other* article? A trigger that is neither is a word no lexicon built
   from other articles could hold; their share bounds what more data-driven lexicon work can give.
2. Cross-validated lexicon changes learned from annotations (5 folds by article): on each held-out
   fold, (a) add the gold triggers of the other folds' articles that the lexicon lacks (seen in at
   least MIN_ARTICLES articles, majority type, the commonest frame of that type in the lexicon), and
   (b) re-type lexicon words whose gold type in the other folds is mostly another one. Event
   strict/relaxed F1 on the held-out articles is compared with the lexicon as it is.

Nothing is written: the lexicon changes only if a variant beats the lexicon as it is on held-out
folds, and then by hand, as rows of data/event_triggers.tsv (see docs/events.md for the result)."""
from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from dataclasses import replace

import numpy as np

FOLDS = 5
REPEATS = 3
MIN_ARTICLES = (1, 2, 3)  # a learned trigger must be a gold trigger in this many training articles


def coverage(gold: list[dict], lexicon_words: dict) -> dict:
    """Counts of gold triggers by where a lexicon could have them from (leave-article-out)."""
    articles_of: dict[str, set[int]] = defaultdict(set)
    for number, record in enumerate(gold):
        for event in record.get("events") or []:
            if event.get("trigger"):
                articles_of[event["trigger"]].add(number)
    counts: Counter = Counter()
    for number, record in enumerate(gold):
        for event in record.get("events") or []:
            word = event.get("trigger") or ""
            in_lexicon = word in lexicon_words or any(w in word for w in lexicon_words if len(w) >= 2)
            elsewhere = bool(articles_of.get(word, set()) - {number})
            counts["events"] += 1
            counts["in lexicon" if in_lexicon else "not in lexicon"] += 1
            counts[("in lexicon" if in_lexicon else "not in lexicon") + (", seen elsewhere" if elsewhere
                                                                          else ", this article only")] += 1
            if word in lexicon_words:
                counts["exact lexicon word"] += 1
                counts["exact, lexicon type = gold type"] += lexicon_words[word].type == event.get("type")
    return dict(counts)


def _analysed(gold: list[dict]) -> list:
    from .evaluation import analyze_gold

    docs = []
    for number, record in enumerate(gold):
        docs.append(analyze_gold(record, f"gold:{number}"))
    return docs


def _events_with(doc, changes: dict) -> list[dict]:
    """The events of `doc` with the trigger lexicon changed by `changes` (word -> Trigger or None)."""
    from ..model import Options
    from ..stages import event_triggers, events

    table = event_triggers.triggers()
    saved = {w: table.get(w) for w in changes}
    try:
        for word, trigger in changes.items():
            if trigger is None:
                table.pop(word, None)
            else:
                table[word] = trigger
        event_triggers._trigger_re.cache_clear()
        events.extract(doc, Options())
        return [e for e in doc.to_dict()["events"]]
    finally:
        for word, trigger in saved.items():
            if trigger is None:
                table.pop(word, None)
            else:
                table[word] = trigger
        event_triggers._trigger_re.cache_clear()


def _at_gold_occurrences(record: dict, doc, predicted: list[dict], added: set[str]) -> list[dict]:
    """The events of `predicted` whose trigger is an old lexicon word, or an `added` word inside the
    gold evidence of a gold event with that trigger: what a perfect occurrence detector would add."""
    spans = []
    for event in record.get("events") or []:
        start = doc.norm_text.find(event.get("evidence") or "\0")
        if start >= 0 and event.get("trigger") in added:
            spans.append((event["trigger"], start, start + len(event["evidence"])))
    kept = []
    for event in predicted:
        at = event["offsets"]["trigger"]["start"]
        if event["trigger"] not in added or any(w == event["trigger"] and s <= at < e for w, s, e in spans):
            kept.append(event)
    return kept


def _learned(gold: list[dict], train: list[int], min_articles: int, retype: bool) -> dict:
    """Lexicon changes learned from the gold triggers of the `train` articles."""
    from ..stages.event_triggers import Trigger, triggers

    table = triggers()
    frames = {t: Counter(x.frame for x in table.values() if x.type == t).most_common(1)[0][0]
              for t in {x.type for x in table.values()}}
    types: dict[str, Counter] = defaultdict(Counter)
    articles: dict[str, set[int]] = defaultdict(set)
    for number in train:
        for event in gold[number].get("events") or []:
            word = event.get("trigger") or ""
            if len(word) >= 2 and event.get("type"):
                types[word][event["type"]] += 1
                articles[word].add(number)
    changes = {}
    for word, counter in types.items():
        if len(articles[word]) < min_articles:
            continue
        kind, n = counter.most_common(1)[0]
        if word not in table and not retype:
            changes[word] = Trigger(word, kind, "", frames.get(kind, "obj"))
        elif word in table and retype and kind != table[word].type and n > sum(counter.values()) / 2:
            changes[word] = replace(table[word], type=kind)
    return changes


def _score(pairs: list[tuple[list, list]]) -> tuple[float, ...]:
    """Strict F1, relaxed F1, strict precision, strict recall."""
    from .scoring import _event_weight, _match

    n_gold = sum(len(g) for g, _ in pairs)
    n_pred = sum(len(p) for _, p in pairs)
    out = []
    for strict in (True, False):
        m = sum(len(_match(g, p, lambda a, b: _event_weight(a, b, strict))) for g, p in pairs)
        prec, rec = m / max(n_pred, 1), m / max(n_gold, 1)
        out.append((2 * prec * rec / (prec + rec) if prec + rec else 0.0, prec, rec))
    return out[0][0], out[1][0], out[0][1], out[0][2]


def cross_validate(gold: list[dict], docs: list, seed: int = 0) -> dict[str, list[tuple[float, ...]]]:
    """Held-out (strict F1, relaxed F1, strict P, strict R) per repeat for the lexicon as it is and each learned variant."""
    rng = np.random.default_rng(seed)
    base = [_events_with(doc, {}) for doc in docs]
    results: dict[str, list[tuple[float, ...]]] = defaultdict(list)
    variants = [(f"add>={k}", k, False) for k in MIN_ARTICLES] + [(f"retype>={k}", k, True) for k in MIN_ARTICLES]
    for _ in range(REPEATS):
        order = rng.permutation(len(gold))
        predicted = {name: [None] * len(gold) for name, _, _ in variants}
        for fold in range(FOLDS):
            held = set(order[fold::FOLDS].tolist())
            train = [i for i in range(len(gold)) if i not in held]
            for name, k, retype in variants:
                changes = _learned(gold, train, k, retype)
                for i in held:
                    predicted[name][i] = _events_with(docs[i], changes) if changes else base[i]
        golds = [record.get("events") or [] for record in gold]
        results["lexicon as it is"].append(_score(list(zip(golds, base))))
        if not results.get("oracle: own gold triggers added"):
            oracle = [_events_with(doc, _learned(gold, [i], 1, False)) for i, doc in enumerate(docs)]
            results["oracle: own gold triggers added"].append(_score(list(zip(golds, oracle))))
            at_gold = [_at_gold_occurrences(record, doc, events, set(_learned(gold, [i], 1, False)))
                       for i, (record, doc, events) in enumerate(zip(gold, docs, oracle))]
            results["oracle: ... firing only inside their gold evidence"].append(_score(list(zip(golds, at_gold))))
        for name, _, _ in variants:
            results[name].append(_score(list(zip(golds, predicted[name]))))
    return results


def diagnose(gold: list[dict], docs: list) -> Counter:
    """Why each gold event no predicted event matches strictly is missed: the first stage that loses
    it, looking at the rules' candidates whose trigger lies in the gold evidence."""
    from ..stages import events
    from ..stages.event_triggers import Words, find
    from .scoring import _code, _event_weight, _match

    reasons: Counter = Counter()
    for record, doc in zip(gold, docs):
        golds = record.get("events") or []
        predicted = [e for e in doc.to_dict()["events"]]
        matched = {id(g) for g, _ in _match(golds, predicted, lambda a, b: _event_weight(a, b, True))}
        words = Words(doc.tokens)
        cands = events.candidates(doc)
        acts = [a for paragraph in doc.article.paragraphs for a in events._acts(doc, words, paragraph)]
        for event in golds:
            if id(event) in matched:
                continue
            start = doc.norm_text.find(event.get("evidence") or "\0")
            if start < 0:
                start = record["text"].find(event.get("evidence") or "\0")
            if start < 0:
                reasons["evidence not found"] += 1
                continue
            end = start + len(event["evidence"])
            inside = [e for e in cands if start <= e.trigger.start < end]
            facts = [e for e in inside if e.is_fact]
            if not any(True for _ in find(doc, words, start, end)):
                reasons["1 no lexicon trigger fires in the evidence"] += 1
            elif not inside and not any(start <= a[0] < end for a in acts):
                reasons["2a a trigger fires, but the act filters drop it (noun, quote, title, cue)"] += 1
            elif not inside:
                reasons["2b an act passes the filters, but no candidate with parties"] += 1
            elif not facts:
                reasons["3 candidates only hypothetical/negated"] += 1
            elif not (typed := [e for e in facts if e.type == _code(event.get("type"))]):
                reasons["4 wrong type (" + "/".join(sorted({e.type for e in facts})) + " for " + event["type"] + ")"] += 1
            elif not (sourced := [e for e in typed if _code(e.source) == _code(event.get("source"))]):
                reasons["5 wrong source"] += 1
            elif not [e for e in sourced if _code(e.target) == _code(event.get("target"))]:
                reasons["6 wrong target"] += 1
            else:
                reasons["7 right event found, lost to date or one-to-one matching"] += 1
    return reasons


def main(argv: list[str] | None = None) -> None:
    from ..stages.event_triggers import triggers
    from .evaluation import load_gold

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+")
    args = parser.parse_args(argv)
    gold = [record for path in args.gold for record in load_gold(path)]
    print("coverage of gold triggers (leave-article-out):")
    for key, value in sorted(coverage(gold, triggers()).items()):
        print(f"  {key}: {value}")
    docs = _analysed(gold)
    print("gold events missed (strict), by the first stage that loses them:")
    for key, value in sorted(diagnose(gold, docs).items()):
        print(f"  {key}: {value}")
    results = cross_validate(gold, docs)
    print(f"held-out events ({FOLDS}-fold by article, {REPEATS} repeats): strict F1 / relaxed F1 (strict P, R)")
    for name, scores in results.items():
        strict, relaxed, precision, recall = np.mean(scores, axis=0)
        print(f"  {name}: {strict:.4f} / {relaxed:.4f} ({precision:.3f}, {recall:.3f})")


if __name__ == "__main__":
    main()
