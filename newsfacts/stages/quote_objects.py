"""Objects of an announcing cue: 宣布 + a noun phrase (宣布一项新政策, 宣布改革的总体架构) makes a
thing public, it reports no words; 宣布 + a clause (宣布对X的定罪无效, 宣布将提高关税) is a statement."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon

ANNOUNCING = ("宣布", "公布")
NOUN_PHRASE = 24  # an announced noun phrase is short; a longer stretch is a clause
# 一项 / 两份 / 这一 / 新的: a counted or demonstrated head opens a noun phrase
_COUNTED = re.compile(r"^(?:[一两几数这该此][项个份条批套轮]|一系列|新的|新一轮)")
# a predicate inside the object makes it a clause (将, 已, 不, 无效, 成立 …)
_PREDICATE = re.compile(r"将|会|应|要|已|不|没|未|无效|有效|为|是|成为|结束|开始|暂停|取消|停止|加入|退出|启动|恢复|对")


@lru_cache(maxsize=1)
def _heads() -> re.Pattern:
    heads = sorted(lexicon.words("announced_things.txt"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, heads)) + ")$")


def announces_thing(text: str, cue_start: int, cue_end: int, content: tuple[int, int]) -> bool:
    """The content right after 宣布 is one noun phrase headed by a thing announced (data/announced_things.txt),
    counted (一项新政策) or modified with 的 (改革的总体架构), with no predicate of its own."""
    said = text[content[0]:content[1]]
    if content[0] != cue_end or text[cue_start:cue_end] not in ANNOUNCING or len(said) > NOUN_PHRASE \
            or any(c in said for c in "，,：:；;“"):
        return False
    if not _heads().search(said) or not (_COUNTED.match(said) or "的" in said):
        return False
    return not _PREDICATE.search(said.split("的")[0] if not _COUNTED.match(said) else "")
