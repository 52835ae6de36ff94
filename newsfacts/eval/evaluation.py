"""Gold JSONL to metrics: analyse every gold article as a user would, then score (FORMAT.md)."""
from __future__ import annotations

import json
from pathlib import Path

from ..errors import InputError
from .scoring import score
from ..ingest import Failure
from ..ingest.records import article_from_record
from ..model import Analysis, Options
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


def analyze_gold(record: dict, source: str, options: Options | None = None) -> Analysis:
    """One gold article analysed as a user would: from its raw `text` (or `html`), `published_at`
    and `url` only, never its annotations. InputError when the record cannot be read."""
    options = options or Options()
    given = {k: record[k] for k in ("id", "text", "html", "published_at", "url") if record.get(k) is not None}
    return analyze_article(article_from_record(given, source, options), options)


def predict(gold: list[dict], source: str) -> tuple[list[dict], list[Failure]]:
    """Analyse each gold article from its raw `text` and its `published_at` only."""
    predictions, failures = [], []
    for number, record in enumerate(gold, start=1):
        try:
            predictions.append(analyze_gold(record, f"{source}:{number}").to_dict())
        except InputError as err:
            failures.append(Failure(err.source, err.reason))
    return predictions, failures


def evaluate_file(path: str, only: set[str] | None = None) -> tuple[dict, list[dict], list[Failure]]:
    gold = load_gold(path)
    predictions, failures = predict(gold, path)
    return score(gold, predictions, only), predictions, failures
