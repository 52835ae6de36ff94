"""World knowledge of well-known agreements (data/agreement_facts.tsv): their names full and short,
kind, fixed parties and dated history, so that 《中导条约》 named in passing or signed in 1987 by the
text's account is known as terminated since 2019 and between Russia and the United States."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..model import Agreement, Analysis
from .agreement_states import ENDINGS, LONG_AGO, long_ago, pattern, vocabulary

_QUOTES = "《》“”「」"
_BODY_AFTER = ("组织", "秘书处", "缔约方大会", "协商会议", "审议大会")  # 集体安全条约组织: a body the treaty set up
LATEST_YEAR = 2026  # years named after this in an undated article are plans, not its date
_RECALLED = ("agreed_in_principle", "signed", "ratified")  # steps a text may recall from an agreement's past
GENERIC_NAME = 4
_RECALL = re.compile(r"曾经?|当年|当初|此前|早前|早先|过去|昔日|早已")
RECALL_REACH = 16  # characters before the step searched for a mark of the past  # characters of a generic name (同盟条约, 安保条约) that may stand for a known agreement


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
        fact = Fact(tuple(n.lstrip("~") for n in names.split("|")), kind, tuple(p for p in parties.split(",") if p != "-"), steps)
        for name in fact.names:
            out[name] = fact
    return out


@lru_cache(maxsize=1)
def _shared_names() -> frozenset[str]:
    """Names marked ~ in the data: other states use them too (第一阶段协议, 战略互惠关系)."""
    return frozenset(n.lstrip("~") for names, *_ in lexicon.rows("agreement_facts.tsv")
                     for n in names.split("|") if n.startswith("~"))


def named_here(doc: Analysis, name: str, fact: Fact) -> bool:
    """A name other states use too is the well-known agreement only where the article names all its
    parties (印度与美国的第一阶段协议 is not the one of China and the United States)."""
    bare = name.strip(_QUOTES)
    shared = bare in _shared_names() or any(bare.endswith(n) and not any(bare.endswith(o) for o in fact.names if o not in _shared_names())
                                            for n in _shared_names())
    if not shared:
        return True
    named = {entity.country for entity in doc.entities if entity.country}
    return set(fact.parties) <= named


@lru_cache(maxsize=1)
def _names() -> re.Pattern:
    return lexicon.alternation(facts())


def find(text: str, start: int, end: int) -> list[tuple[int, int, Fact]]:
    """Names of known agreements in text[start:end], bare or in 《》 (longest name first)."""
    return [(m.start(), m.end(), facts()[m.group(0)]) for m in _names().finditer(text, start, end)
            if not _inside_word(text, m.start(), m.end()) and not text.startswith(_BODY_AFTER, m.end())]


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


def apply(doc: Analysis, agreement: Agreement, fact: Fact, where: int) -> None:
    """A well-known agreement's kind, and its real state on the day of the article where the text
    tells no present state: none at all, or only a step taken years ago by agreements of fixed parties
    (1987年签署的《中导条约》 is terminated since 2019, 1902年缔结的同盟条约 ended in 1923). A step or
    ending the text tells of now stands (本月签署, 宣布暂停), and so does one state's step on an open
    treaty (中国1996年批准了《某某公约》)."""
    agreement.kind = fact.kind
    dated = doc.article.published_at is not None
    day = doc.article.published_at.date() if dated else _latest_year(doc)
    real = fact.state_on(day)
    if real is None or agreement.state in ENDINGS:
        return
    recalled = dated and _told_step_is_history(fact, agreement.state, day) and _said_as(doc.norm_text, where, agreement.state)
    if where < 0 or fact.parties and (long_ago(doc, where) or recalled):
        agreement.state = real


def _told_step_is_history(fact: Fact, told: str, day: Optional[date]) -> bool:
    """The step the text tells (曾签署明斯克协议) is the agreement's own step of years before the
    article, and the agreement has moved on since: the text recalls its history."""
    if day is None or told not in _RECALLED:
        return False
    return any(state == told and (day - when).days >= LONG_AGO * 365 for when, state in fact.history) \
        and fact.state_on(day) != told


def _said_as(text: str, where: int, state: str) -> bool:
    """The word at where names that step itself (签署 for signed), not one the step was read from
    (将于明年起实施: signed, in force only ahead), and the text marks it as past (曾, 当年, 此前), not
    as news (上月签署)."""
    match = pattern("state").match(text, where) if where >= 0 else None
    return match is not None and dict(vocabulary()["state"]).get(match.group(0)) == state \
        and _RECALL.search(text, max(0, where - RECALL_REACH), where) is not None


def _latest_year(doc: Analysis) -> Optional[date]:
    """An undated article's earliest possible day: 1 January of the latest past year it names."""
    years = [int(y) for y in re.findall(r"(?<!\d)(1[89]\d\d|20\d\d)年", doc.norm_text) if int(y) <= LATEST_YEAR]
    return date(max(years), 1, 1) if years else None
