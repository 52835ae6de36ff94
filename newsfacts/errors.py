"""Errors newsfacts raises on bad input: one line naming the input and the reason."""
from __future__ import annotations


class InputError(Exception):
    """An input that cannot be analysed; str() is the one-line message shown to users."""

    def __init__(self, source: str | None, reason: str):
        self.source = printable(source or "<input>")
        self.reason = printable(reason)
        super().__init__(f"{self.source}: {reason}")


def printable(value: str) -> str:
    """value with lone surrogates escaped (\\udc80), so a message about a bad input can itself be
    printed, logged and stored."""
    return value.encode("utf-8", "backslashreplace").decode("utf-8")
