"""Counted groups of states (三国, 四国, 这三个国家, 上述三国) that refer back to a list of states named
earlier in the text: each member of the last list of exactly that many states is a party at the group."""
from __future__ import annotations

import re

from ..model import Span

# 三国 / 这三个国家 / 上述三国: a count of states used as a noun phrase; not 第三国 (a third state), 三国时期
# or 三国演义 (the age of the Three Kingdoms), 三国杀 (a game), 五国集团 or 四国同盟 (a named body), nor a
# group its own qualifier defines (欧洲三国, 北欧五国, 海湾四国) or a part of a larger set (其中三国,
# 其他三国, 另外三国). 两国 is left to the 双方/两国 readings of the event stage.
COUNTED = re.compile(r"(?<![第洲盟欧亚湾海美非边东西南北中他外余])(?:这|上述|以上|前述)?(?P<count>[三四五六])(?:个国家|国)"
                     r"(?![时演杀志家内际集同联语人民争鼎])")
COUNTS = {"两": 2, "双": 2, "三": 3, "四": 4, "五": 5, "六": 6}  # (两/双 for the speakers counted: event_statements)
# What joins the states of one list: 、 和 与 及 以及 同 跟 (美国、英国和澳大利亚), or nothing (美英澳).
_LIST_JOINER = re.compile(r"\s*(?:[、和与及同跟]|以及)?\s*")
REACH = 300  # characters back to the list a counted group refers to


def _units(found: list[tuple[Span, str]]) -> list[tuple[Span, list[str]]]:
    """Mentions grouped by span (a run 美英澳 or a named group gives several codes on one span)."""
    units: list[tuple[Span, list[str]]] = []
    for mention, code in found:
        if units and units[-1][0].start == mention.start and units[-1][0].end == mention.end:
            if code not in units[-1][1]:
                units[-1][1].append(code)
        else:
            units.append((mention, [code]))
    return units


def _lists(text: str, units: list[tuple[Span, list[str]]]) -> list[tuple[int, int, list[str]]]:
    """(start, end, states) of every list of states joined only by list joiners, in text order."""
    lists: list[tuple[int, int, list[str]]] = []
    for mention, codes in units:
        if lists and lists[-1][1] <= mention.start and _LIST_JOINER.fullmatch(text, lists[-1][1], mention.start):
            start, _, members = lists[-1]
            lists[-1] = (start, mention.end, members + [c for c in codes if c not in members])
        elif lists and mention.start < lists[-1][1]:
            continue  # a mention inside another (a person's name within a longer span)
        else:
            lists.append((mention.start, mention.end, list(codes)))
    return lists


def counted_groups(text: str, found: list[tuple[Span, str]], excluded: set[str]) -> list[tuple[Span, str]]:
    """(group span, member) for every counted group with a list of exactly its count of states
    (none of them `excluded`: bodies such as the UN) before it within REACH; a group that closes
    its own list (美英澳三国, 中国、俄罗斯和伊朗三国) adds nothing, its members are named already."""
    found = sorted(found, key=lambda pair: (pair[0].start, -pair[0].end))
    lists = _lists(text, _units(found))
    added: list[tuple[Span, str]] = []
    for match in COUNTED.finditer(text):
        count = COUNTS[match.group("count")]
        before = [item for item in lists if item[1] <= match.start() and match.start() - item[1] <= REACH]
        if before and match.start() - before[-1][1] <= 1 and not match.group(0).startswith(("这", "上述", "以上", "前述")):
            continue  # 美英澳三国, 伊朗、俄罗斯、土耳其三国: the group closes its own list
        candidates = [members for _, _, members in before if len(members) == count]
        if not candidates or any(code in excluded for code in candidates[-1]):
            continue
        span = Span(match.start(), match.end(), match.group(0))
        added.extend((span, code) for code in candidates[-1])
    return added
