"""Scores predicted article records against gold records, as defined in gold/FORMAT.md.

Articles pair by `id`; each task reports P/R/F1 or accuracy dicts that carry their own counts.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any, Callable, Iterable, Optional

TASKS = ("quotes", "events", "headlines", "entities", "clickbait", "agreements", "sources")
VERDICTS = ("supported", "overstated", "unsupported")
QUOTE_MARKS = "\"'“”‘’‚‛„‟「」『』〝〞〟﹁﹂﹃﹄＂＇«»‹›"
_IGNORED = re.compile(r"[\s" + re.escape(QUOTE_MARKS) + r"]+")
_COARSE_TYPE = {"GPE": "place", "LOC": "place"}

Pair = tuple[dict, dict]


# --- arithmetic -------------------------------------------------------------------------------

def _div(num: float, den: float) -> float:
    return num / den if den else 0.0


def _prf(matched: int, predicted: int, gold: int) -> dict:
    """Precision, recall and F1 with the counts they come from; 0.0 where undefined."""
    precision, recall = _div(matched, predicted), _div(matched, gold)
    f1 = _div(2 * precision * recall, precision + recall)
    return {"precision": precision, "recall": recall, "f1": f1,
            "gold": gold, "predicted": predicted, "matched": matched}


def _accuracy(correct: int, total: int) -> dict:
    return {"accuracy": _div(correct, total), "correct": correct, "total": total}


# --- text comparison --------------------------------------------------------------------------

def _normalise(text: Optional[str]) -> str:
    """The text without whitespace and quotation marks."""
    return _IGNORED.sub("", text or "")


def _overlap(a: Optional[str], b: Optional[str]) -> int:
    """Longest common substring of the normalised texts, in characters."""
    a, b = _normalise(a), _normalise(b)
    if not a or not b:
        return 0
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


def _half_overlap(a: Optional[str], b: Optional[str]) -> int:
    """The overlap when it covers at least half of the shorter normalised text, else 0."""
    shorter = min(len(_normalise(a)), len(_normalise(b)))
    size = _overlap(a, b)
    return size if shorter and 2 * size >= shorter else 0


def _folded(value: Any) -> str:
    return str(value).strip().casefold() if value is not None else ""


def _same(a: Any, b: Any) -> bool:
    """Both non-empty and equal, ignoring case and surrounding whitespace."""
    return bool(_folded(a)) and _folded(a) == _folded(b)


def _strip(value: Any) -> Optional[str]:
    return value.strip() if isinstance(value, str) else value


# --- matching ---------------------------------------------------------------------------------

def _matched_items(articles: list[Pair], key: str, weight: Callable[[Any, Any], float]) -> tuple[int, int, list[tuple]]:
    """Gold and predicted counts of `key` over the articles, and the matched (gold, predicted) pairs."""
    n_gold = n_pred = 0
    matched: list[tuple] = []
    for g, p in articles:
        gold, predicted = _items(g, key), _items(p, key)
        n_gold, n_pred = n_gold + len(gold), n_pred + len(predicted)
        matched += _match(gold, predicted, weight)
    return n_gold, n_pred, matched


def _match(gold: list, predicted: list, weight: Callable[[Any, Any], float]) -> list[tuple]:
    """One-to-one greedy matching, heaviest pairs first; a weight of 0 means no match."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            w = weight(g, p)
            if w > 0:
                candidates.append((-w, gi, pi))
    candidates.sort()
    used_gold, used_pred, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gold[gi], predicted[pi]))
    return pairs


def _items(article: dict, key: str) -> list:
    return [item for item in (article.get(key) or []) if isinstance(item, dict)]


def _article_pairs(gold: list[dict], predicted: list[dict]) -> list[Pair]:
    """Each gold article with the prediction of the same id ({} when there is none)."""
    by_id = {p.get("id"): p for p in predicted if isinstance(p, dict)}
    return [(g, by_id.get(g.get("id")) or {}) for g in gold]


# --- quotes -----------------------------------------------------------------------------------

def _speaker_agrees(gold: dict, pred: dict) -> bool:
    """Canonical names agree, or one surface form contains the other (both non-null)."""
    if _same(gold.get("speaker_canonical"), pred.get("speaker_canonical")):
        return True
    g, p = _strip(gold.get("speaker")), _strip(pred.get("speaker"))
    return bool(g) and bool(p) and (g in p or p in g)


def _score_quotes(articles: list[Pair]) -> dict:
    n_gold, n_pred, matched = _matched_items(articles, "quotes",
                                             lambda a, b: _half_overlap(a.get("content"), b.get("content")))
    speaker_ok = sum(_speaker_agrees(g, p) for g, p in matched)
    cue_ok = sum(_strip(g.get("cue")) == _strip(p.get("cue")) for g, p in matched)
    kind_ok = sum(g.get("kind") == p.get("kind") for g, p in matched)
    return {
        "span": _prf(len(matched), n_pred, n_gold),
        "speaker": _accuracy(speaker_ok, len(matched)),
        "end_to_end": _prf(speaker_ok, n_pred, n_gold),
        "cue": _accuracy(cue_ok, len(matched)),
        "kind": _accuracy(kind_ok, len(matched)),
    }


# --- events -----------------------------------------------------------------------------------

def _code(value: Any) -> str:
    return str(value).strip().upper() if value else ""


def _date_weight(gold: dict, pred: dict) -> int:
    """2 for the same date, 1 when either has none, 0 for different dates."""
    g, p = str(gold.get("date") or "")[:10], str(pred.get("date") or "")[:10]
    if g and p:
        return 2 if g == p else 0
    return 1


def _event_weight(gold: dict, pred: dict, with_target: bool) -> int:
    if not _code(gold.get("type")) or _code(gold.get("type")) != _code(pred.get("type")):
        return 0
    if _code(gold.get("source")) != _code(pred.get("source")):
        return 0
    same_target = _code(gold.get("target")) == _code(pred.get("target"))
    if with_target and not same_target:
        return 0
    date = _date_weight(gold, pred)
    return date and date + 2 * same_target


def _score_events(articles: list[Pair]) -> dict:
    n_gold = n_pred = strict = relaxed = 0
    for g, p in articles:
        gold_events, pred_events = _items(g, "events"), _items(p, "events")
        n_gold, n_pred = n_gold + len(gold_events), n_pred + len(pred_events)
        strict += len(_match(gold_events, pred_events, lambda a, b: _event_weight(a, b, True)))
        relaxed += len(_match(gold_events, pred_events, lambda a, b: _event_weight(a, b, False)))
    return {"strict": _prf(strict, n_pred, n_gold), "relaxed": _prf(relaxed, n_pred, n_gold)}


# --- headlines --------------------------------------------------------------------------------

def _headline_weight(gold: dict, pred: dict) -> int:
    """Exact text (after stripping) outweighs any overlap; else the half-overlap rule."""
    g, p = _strip(gold.get("text")) or "", _strip(pred.get("text")) or ""
    if g and g == p:
        return 10 ** 6
    return _half_overlap(g, p)


def _reasons(headline: dict) -> set[str]:
    return set(headline.get("reasons") or [])


def _verdict_f1(labels: list[tuple[Optional[str], Optional[str]]]) -> dict:
    """Per-verdict P/R/F1 over (gold, predicted) labels, for verdicts present on either side."""
    present = [v for v in VERDICTS if any(v in pair for pair in labels)]
    return {v: _prf(sum(g == p == v for g, p in labels), sum(p == v for _, p in labels),
                    sum(g == v for g, _ in labels)) for v in present}


def _score_headlines(articles: list[Pair]) -> dict:
    labels: list[tuple[Optional[str], Optional[str]]] = []
    n_gold = n_pred = paired = reasons_ok = reasons_gold = reasons_pred = 0
    for g, p in articles:
        gold_heads, pred_heads = _items(g, "headlines"), _items(p, "headlines")
        pairs = _match(gold_heads, pred_heads, _headline_weight)
        n_gold, n_pred = n_gold + len(gold_heads), n_pred + len(pred_heads)
        paired += len(pairs)
        paired_gold, paired_pred = {id(a) for a, _ in pairs}, {id(b) for _, b in pairs}
        labels += [(a.get("verdict"), b.get("verdict")) for a, b in pairs]
        labels += [(a.get("verdict"), None) for a in gold_heads if id(a) not in paired_gold]
        labels += [(None, b.get("verdict")) for b in pred_heads if id(b) not in paired_pred]
        reasons_gold += sum(len(_reasons(a)) for a in gold_heads)
        reasons_pred += sum(len(_reasons(b)) for b in pred_heads)
        reasons_ok += sum(len(_reasons(a) & _reasons(b)) for a, b in pairs)
    per_verdict = _verdict_f1(labels)
    correct = sum(g is not None and g == p for g, p in labels)
    return {
        "text": _prf(paired, n_pred, n_gold),
        "verdict": _accuracy(correct, n_gold),
        "verdict_macro_f1": _div(sum(m["f1"] for m in per_verdict.values()), len(per_verdict)),
        "verdict_f1": per_verdict,
        "reasons": _prf(reasons_ok, reasons_pred, reasons_gold),
    }


# --- entities ---------------------------------------------------------------------------------

def _coarse(entity: dict) -> str:
    kind = str(entity.get("type") or "").strip().upper()
    return _COARSE_TYPE.get(kind, kind)


def _surfaces(entity: dict) -> set[str]:
    """The entity's name, mention texts (dicts with `text`, or strings) and aliases."""
    mentions = [m.get("text") if isinstance(m, dict) else m for m in entity.get("mentions") or []]
    forms: Iterable[Any] = [entity.get("name"), *(entity.get("aliases") or []), *mentions]
    return {f.strip() for f in forms if isinstance(f, str) and f.strip()}


def _entity_weight(gold: dict, pred: dict) -> int:
    if not _coarse(gold) or _coarse(gold) != _coarse(pred):
        return 0
    same_canonical = _same(gold.get("canonical"), pred.get("canonical"))
    same_surface = (_strip(gold.get("name")) or None) in _surfaces(pred)
    return same_canonical + same_surface


def _score_entities(articles: list[Pair]) -> dict:
    n_gold, n_pred, matched = _matched_items(articles, "entities", _entity_weight)
    people = [(a, b) for a, b in matched if _coarse(a) == "PER"]
    return {
        "micro": _prf(len(matched), n_pred, n_gold),
        "canonical_agreement": _canonical_agreement(matched),
        "canonical_agreement_per": _canonical_agreement(people),
    }


def _canonical_agreement(pairs: list[tuple[dict, dict]]) -> dict:
    agreeing = sum(_same(a.get("canonical"), b.get("canonical")) for a, b in pairs)
    return _accuracy(agreeing, len(pairs))


# --- clickbait --------------------------------------------------------------------------------

def _score_clickbait(articles: list[Pair]) -> dict:
    judged = [(g["clickbait"], bool(p.get("clickbait"))) for g, p in articles
              if isinstance(g.get("clickbait"), bool)]
    true_pos = sum(g and p for g, p in judged)
    return {
        "accuracy": _accuracy(sum(g == p for g, p in judged), len(judged)),
        "positive": _prf(true_pos, sum(p for _, p in judged), sum(g for g, _ in judged)),
    }


# --- agreements -------------------------------------------------------------------------------

def _parties(agreement: dict) -> frozenset:
    return frozenset(_code(c) for c in agreement.get("parties") or [] if _code(c))


def _agreement_weight(gold: dict, pred: dict) -> int:
    """Same parties, and names overlapping by half or the same kind; name overlap ranks first."""
    if _parties(gold) != _parties(pred):
        return 0
    name = _half_overlap(gold.get("name"), pred.get("name"))
    same_kind = _same(gold.get("kind"), pred.get("kind"))
    return 2 * name + same_kind if name or same_kind else 0


def _score_agreements(articles: list[Pair]) -> dict:
    annotated = [(g, p) for g, p in articles if g.get("agreements") is not None]
    n_gold, n_pred, matched = _matched_items(annotated, "agreements", _agreement_weight)
    state_ok = sum(_same(a.get("state"), b.get("state")) for a, b in matched)
    return {"match": _prf(len(matched), n_pred, n_gold), "state": _accuracy(state_ok, len(matched))}


# --- sources ----------------------------------------------------------------------------------

def _outlets(article: dict) -> set[str]:
    sources = [s for s in article.get("sources") or [] if isinstance(s, str)]
    names = (re.sub(r"[《》\s]", "", s) for s in sources)
    return {n for n in names if n}


def _score_sources(articles: list[Pair]) -> dict:
    n_gold = n_pred = matched = 0
    for g, p in articles:
        if g.get("sources") is None:
            continue
        gold_outlets, pred_outlets = _outlets(g), _outlets(p)
        n_gold, n_pred = n_gold + len(gold_outlets), n_pred + len(pred_outlets)
        matched += len(gold_outlets & pred_outlets)
    judged = [g["translated"] == bool(p.get("translated")) for g, p in articles
              if isinstance(g.get("translated"), bool)]
    return {"outlets": _prf(matched, n_pred, n_gold),
            "translated": _accuracy(sum(judged), len(judged))}


# --- public -----------------------------------------------------------------------------------

_SCORERS: dict[str, Callable[[list[Pair]], dict]] = {
    "quotes": _score_quotes, "events": _score_events, "headlines": _score_headlines,
    "entities": _score_entities, "clickbait": _score_clickbait,
    "agreements": _score_agreements, "sources": _score_sources,
}


def score(gold: list[dict], predicted: list[dict], only: Optional[set[str]] = None) -> dict:
    """Score `predicted` against `gold` articles: {"articles": counts, task: metrics, ...}.

    Each metric is a P/R/F1 dict (precision, recall, f1, gold, predicted, matched) or an accuracy
    dict (accuracy, correct, total). `only` limits the tasks scored; unknown names raise.
    """
    tasks = TASKS if only is None else tuple(t for t in TASKS if t in only)
    unknown = set(only or ()) - set(TASKS)
    if unknown:
        raise ValueError(f"unknown scoring tasks: {', '.join(sorted(unknown))}")
    articles = _article_pairs(gold, predicted)
    pred_ids = {p.get("id") for p in predicted if isinstance(p, dict)}
    result: dict[str, Any] = {"articles": {
        "gold": len(gold), "predicted": len(pred_ids),
        "paired": sum(g.get("id") in pred_ids for g in gold)}}
    for task in tasks:
        result[task] = _SCORERS[task](articles)
    return result


def _metric_line(name: str, metric: dict) -> str:
    if "matched" in metric:
        return (f"{name:<38} P {metric['precision']:.3f}  R {metric['recall']:.3f}  "
                f"F1 {metric['f1']:.3f}  (gold {metric['gold']}, predicted {metric['predicted']}, "
                f"matched {metric['matched']})")
    return f"{name:<38} accuracy {metric['accuracy']:.3f}  ({metric['correct']}/{metric['total']})"


def _table_lines(prefix: str, value: Any) -> list[str]:
    if isinstance(value, dict) and ("matched" in value or "correct" in value):
        return [_metric_line(prefix, value)]
    if isinstance(value, dict):
        return [line for key, sub in value.items() for line in _table_lines(f"{prefix}.{key}", sub)]
    if isinstance(value, float):
        return [f"{prefix:<38} {value:.3f}"]
    return [f"{prefix:<38} {value}"]


def format_table(result: dict) -> str:
    """A plain-text table of a `score` result: one line per metric, 3 decimals."""
    lines = []
    for task, metrics in result.items():
        if task == "articles":
            lines.append("articles: " + ", ".join(f"{k} {v}" for k, v in metrics.items()))
        else:
            lines += _table_lines(task, metrics)
    return "\n".join(lines)
