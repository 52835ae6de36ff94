"""World knowledge of well-known agreements (data/agreement_facts.tsv): their names full and short,
kind, fixed parties and dated history, so that 《中导条约》 named in passing is known as terminated since
2019 and between Russia and the United States, whatever states the sentence names."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Optional

from .. import lexicon

_QUOTES = "《》“”「」"
GENERIC_NAME = 4  # characters of a generic name (同盟条约, 安保条约) that may stand for a known agreement


@dataclass(frozen=True)
class Fact:
    names: tuple[str, ...]
    kind: str
    parties: tuple[str, ...]  # empty for an open multilateral treaty
    history: tuple[tuple[date, str], ...]  # oldest first

    def state_on(self, day: Optional[date]) -> Optional[str]:
        """The state the agreement was in on that day (its latest state when the day is unknown);
        None before its first step."""
        steps = [state for when, state in self.history if day is None or when <= day]
        return steps[-1] if steps else None


@lru_cache(maxsize=1)
def facts() -> dict[str, Fact]:
    """Every name of data/agreement_facts.tsv → its fact."""
    out: dict[str, Fact] = {}
    for names, kind, parties, history in lexicon.rows("agreement_facts.tsv"):
        steps = tuple((date.fromisoformat(step.split(":")[0]), step.split(":")[1]) for step in history.split(";"))
        fact = Fact(tuple(names.split("|")), kind, tuple(p for p in parties.split(",") if p != "-"), steps)
        for name in fact.names:
            out[name] = fact
    return out


@lru_cache(maxsize=1)
def _names() -> re.Pattern:
    return lexicon.alternation(facts())


def find(text: str, start: int, end: int) -> list[tuple[int, int, Fact]]:
    """Names of known agreements in text[start:end], bare or in 《》 (longest name first)."""
    return [(m.start(), m.end(), facts()[m.group(0)]) for m in _names().finditer(text, start, end)
            if not _inside_word(text, m.start(), m.end())]


def of_name(name: str) -> Optional[Fact]:
    """The fact a mention's name refers to: a known name, or one held inside it (新时期的《中导条约》,
    “奥库斯”军事联盟)."""
    bare = name.strip(_QUOTES)
    if bare in facts():
        return facts()[bare]
    inside = [m.group(0) for m in _names().finditer(bare)]
    return facts()[max(inside, key=len)] if inside else None


def by_parties(name: str, parties: list[str]) -> Optional[Fact]:
    """The one known agreement between exactly these parties with a name ending in this generic one
    (同盟条约 between Britain and Japan: 英日同盟条约; 安保条约 between Japan and the US)."""
    bare = name.strip(_QUOTES)
    if len(bare) < GENERIC_NAME or not parties:
        return None
    found = {fact for fact in facts().values() if set(fact.parties) == set(parties)
             and any(other.endswith(bare) and other != bare for other in fact.names)}
    return found.pop() if len(found) == 1 else None


def _inside_word(text: str, start: int, end: int) -> bool:
    """A Latin name that is part of a longer Latin word (AUKUSX)."""
    return text[start:end].isascii() and (text[start - 1:start].isalnum() and text[start - 1:start].isascii()
                                          or text[end:end + 1].isalnum() and text[end:end + 1].isascii())
