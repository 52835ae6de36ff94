"""Many inputs to analyses: every input ends up analysed or listed as failed with its reason,
one at a time, so output can be written as each article is done and memory stays flat."""
from __future__ import annotations

from typing import Iterator, Union

from .errors import InputError
from .ingest import Failure, read_inputs
from .model import Analysis, Article, Options
from .pipeline import analyze_article


def iter_analyses(inputs: list[str], options: Options) -> Iterator[Union[Analysis, Failure]]:
    """An Analysis or a Failure for each article of the inputs, in input order, as each is done."""
    for item in read_inputs(inputs, options):
        yield item if isinstance(item, Failure) else analyse_one(item, options)


def analyse_one(article: Article, options: Options) -> Union[Analysis, Failure]:
    """One article's analysis, or its Failure: one bad article must not sink a batch."""
    source = article.source or article.id or "<input>"
    try:
        return analyze_article(article, options)
    except InputError as err:  # not valid text, or over the time budget
        return Failure(err.source, err.reason)
    except Exception as err:  # a stage's bug costs this article only; the reason is kept
        return Failure(source, f"analysis failed: {type(err).__name__}: {err}")


def analyze_inputs(inputs: list[str], options: Options) -> tuple[list[Analysis], list[Failure]]:
    """All analyses and failures at once (small batches; the CLI streams with iter_analyses)."""
    analyses: list[Analysis] = []
    failures: list[Failure] = []
    for result in iter_analyses(inputs, options):
        (failures if isinstance(result, Failure) else analyses).append(result)
    return analyses, failures
