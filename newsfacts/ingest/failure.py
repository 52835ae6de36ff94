"""A Failure: an input (or one record of it) that could not be read or analysed, and why.

Kept apart from the dispatcher in `ingest/__init__.py` so that its readers can import it without a circle."""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import printable


@dataclass
class Failure:
    """An input (or one record of it) that could not be analysed, and why."""

    source: str
    reason: str

    def __post_init__(self) -> None:
        self.source, self.reason = printable(str(self.source)), printable(str(self.reason))

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
