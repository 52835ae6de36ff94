"""Which Context the analysis running in this thread (or asyncio task) uses, and the process's default.

A holder without imports, so that loaders (kb.py, ner_adapter.py) can ask for what the caller
passed without importing context.py, which imports them."""
from __future__ import annotations

from contextvars import ContextVar
from typing import Any, Optional

running: ContextVar[Optional[Any]] = ContextVar("newsfacts_context", default=None)
process: list[Optional[Any]] = [None]  # the process's default Context, once built (context.default())


def context() -> Optional[Any]:
    """The Context of the analysis running here, else the process's default (None before one is built)."""
    return running.get() or process[0]


def given(name: str) -> Optional[Any]:
    """A resource the caller passed in the Context in use ("kb", "lac", "ner_adapter"), else None."""
    ctx = context()
    return ctx.given.get(name) if ctx is not None else None
