"""Many inputs to analyses: every input ends up analysed or listed as failed with its reason."""
from __future__ import annotations

from .ingest import Failure, read_inputs
from .model import Analysis, Options
from .pipeline import analyze_article


def analyze_inputs(inputs: list[str], options: Options) -> tuple[list[Analysis], list[Failure]]:
    analyses: list[Analysis] = []
    failures: list[Failure] = []
    for item in read_inputs(inputs, options):
        if isinstance(item, Failure):
            failures.append(item)
            continue
        try:
            analyses.append(analyze_article(item, options))
        except Exception as err:  # one bad article must not sink a batch; the reason is kept
            failures.append(Failure(item.source or item.id or "<input>", f"analysis failed: {type(err).__name__}: {err}"))
    return analyses, failures
