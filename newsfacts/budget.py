"""The per-article time budget: an article that runs past it stops with an ArticleTimeout, a
per-article input failure, so one pathological input cannot hold a worker or a batch."""
from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager
from typing import Iterator, Optional

from .errors import InputError


class ArticleTimeout(InputError):
    """The article took longer than Options.time_budget seconds."""


class Deadline:
    """When the article must be done; `check` raises once it has passed."""

    def __init__(self, seconds: Optional[float], source: Optional[str]):
        self.seconds = seconds if seconds and seconds > 0 else None
        self.source = source
        self.began = time.monotonic()

    def check(self, where: str) -> None:
        if self.seconds is not None and time.monotonic() - self.began > self.seconds:
            raise self.expired(where)

    def expired(self, where: str) -> ArticleTimeout:
        return ArticleTimeout(self.source, f"stopped after {self.seconds:g} s in the {where} stage: over the "
                                           f"per-article time budget (raise --time-budget)")


@contextmanager
def interrupting(deadline: Deadline, stage: list[str]) -> Iterator[None]:
    """In the main thread an interval timer interrupts a stage that runs past the deadline; in other
    threads (signals cannot reach them) the caller's `check` between stages is the limit."""
    usable = (deadline.seconds is not None and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def _expire(signum, frame):
        raise deadline.expired(stage[0] if stage else "text")

    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, deadline.seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
