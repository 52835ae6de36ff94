"""CSV cells that a spreadsheet will not run: text starting with = + - @ (or a tab or carriage
return before them) gets a leading apostrophe, so it shows as text and never as a formula."""
from __future__ import annotations

from typing import Any, Iterable

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> Any:
    """value, with a leading apostrophe when it is text that a spreadsheet would read as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def row(values: Iterable[Any]) -> list[Any]:
    return [cell(v) for v in values]
