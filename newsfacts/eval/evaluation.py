"""Gold JSONL to metrics: analyse every gold article as a user would, then score (FORMAT.md)."""
from __future__ import annotations

import json
from pathlib import Path

from ..errors import InputError
from .scoring import score
from ..ingest import Failure
from ..ingest.records import article_from_record
from ..model import Options
from ..pipeline import analyze_article


def load_gold(path: str) -> list[dict]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(path, f"cannot read gold file: {err}") from None
    gold = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            try:
                gold.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise InputError(f"{path}:{number}", f"malformed JSON line: {err.msg}") from None
    return gold


def predict(gold: list[dict], source: str) -> tuple[list[dict], list[Failure]]:
    """Analyse each gold article from its raw `text` and its `published_at` only."""
    predictions, failures = [], []
    for number, record in enumerate(gold, start=1):
        given = {k: record[k] for k in ("id", "text", "html", "published_at", "url") if record.get(k) is not None}
        try:
            article = article_from_record(given, f"{source}:{number}", Options())
            predictions.append(analyze_article(article, Options()).to_dict())
        except InputError as err:
            failures.append(Failure(err.source, err.reason))
    return predictions, failures


def evaluate_file(path: str, only: set[str] | None = None) -> tuple[dict, list[dict], list[Failure]]:
    gold = load_gold(path)
    predictions, failures = predict(gold, path)
    return score(gold, predictions, only), predictions, failures
