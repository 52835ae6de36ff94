"""Errors newsfacts raises on bad input: one line naming the input and the reason."""
from __future__ import annotations


class InputError(Exception):
    """An input that cannot be analysed; str() is the one-line message shown to users."""

    def __init__(self, source: str | None, reason: str):
        self.source = source or "<input>"
        self.reason = reason
        super().__init__(f"{self.source}: {reason}")
