"""People the tagger did not name at all: a name written right after a person's title (日本外务审议官船越健裕,
韩国共同民主党发言人权七承) that the tagger cut into ordinary words (船 / 越 / 健裕), and that the article writes
again, is a person at every mention. Foreign names in Chinese characters (Japanese, Korean) are the usual
case: they are neither Chinese names nor transliterations, so the name rules of the other stages miss them."""
from __future__ import annotations

import re
from functools import lru_cache

from ..kb import KnowledgeBase
from ..model import Analysis, Mention
from ..nlp import common_words
from ..nlp.chinese import span as original_span
from ..nlp.names import looks_transliterated
from ..nlp.speech import cue_lexicon
from ..nlp.subjects import name_adverbs
from ..nlp.words import roles, title_alternation

_SHORTEST, _LONGEST = 2, 4  # characters of a name in Chinese characters after a title
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff]")
# characters a name does not hold: words of grammar, and the heads of bodies and places (总统府, 外长会议)
_NOT_IN_NAME = set("的了在和与及或是被把将向对从于为由同跟也都又还就才再等这那其各每该本此")
_NOT_LAST = set("部院会局委署党省市国府厅处司团队军方人长官员家")
_BOUNDARY = set("，,。；;：:！？!?、（）()“”\"《》\n ")
_AFTER_NAME = ("在", "于", "则", "也", "还", "都", "当天", "当日", "日前", "近日", "随后", "对", "向", "与", "和", "曾", "已")
_FREQUENT = 100  # a word jieba counts this often is an ordinary word (采访 3369), not part of a name (山田 29)
_NAME_TAGS = ("nr", "nrt", "nrfg", "ns")
MIN_MENTIONS = 2  # the article writes the name this often (one title and one more mention), or speaks right after it
_CUE_REACH = 5  # 当天发表评论称: the cue within this many characters after the name's time word or adverb


@lru_cache(maxsize=1)
def _title_pattern() -> re.Pattern:
    return re.compile(title_alternation())


@lru_cache(maxsize=1)
def _title_ending() -> re.Pattern:
    return re.compile(f"(?:{title_alternation()})$")


_TITLE_REACH = 12  # a title is at most this many characters long


def grow(doc: Analysis, mentions: list[Mention]) -> list[Mention]:
    """The mentions with a PER mention added at every occurrence of a name found after a title."""
    text = doc.norm_text
    taken = sorted((m.span.start, m.span.end) for m in mentions if m.type != "TIME")
    found = [(_name_after(text, match.end(), taken), match.end()) for match in _title_pattern().finditer(text)]
    names = {name for name, at in found if name and (text.count(name) >= MIN_MENTIONS or _acts_next(text, at + len(name)))}
    if not names:
        return mentions
    added = []
    for name in sorted(names, key=len, reverse=True):
        for found in re.finditer(re.escape(name), text):
            span = (found.start(), found.end())
            if not _overlaps(span, taken) and not any(_overlap(span, (m.span.start, m.span.end)) for m in added):
                added.append(Mention(span=original_span(doc, *span), type="PER", confidence=0.7))
    return sorted(mentions + added, key=lambda m: m.span.start)


def completed(doc: Analysis, mentions: list[Mention]) -> list[Mention]:
    """A transliterated name the tagger cut after a title (发言人切列 / 瓦特: a verb and a known name) is one person:
    the PER mention grows back over the Chinese characters between the title and it when both the mention and
    the whole read as a transliteration (not 主教练塞拉斯 / 心太软, a song's name after a name)."""
    text = doc.norm_text
    out = []
    for m in mentions:
        if m.type == "PER" and m.confidence < 0.9:
            m = _title_and_tail_mended(doc, m)
        if m.type == "PER" and m.confidence < 0.9 and looks_transliterated(text[m.span.start:m.span.end]):
            for gap in range(_LONGEST - 1, 0, -1):
                start = m.span.start - gap
                if start > 0 and _title_ending().search(text, max(0, start - _TITLE_REACH), start) is not None \
                        and all(_NAME_CHAR.match(c) for c in text[start:m.span.start]) \
                        and looks_transliterated(text[start:m.span.end]) and not set(text[start:m.span.start]) & _NOT_IN_NAME:
                    m = Mention(span=original_span(doc, start, m.span.end), type="PER", confidence=m.confidence)
                    break
        out.append(m)
    return out


# last characters of transliterated names (…科, …夫, …娃) that the tagger may join to a one-character cue after them
_TRANSLITERATED_ENDINGS = set("科夫娃娜基奇维诺")


def _title_and_tail_mended(doc: Analysis, m: Mention) -> Mention:
    """顾问格拉先|科称: a title the tagger read into a transliterated name is left out of it, and the name's last
    character, which the tagger joined to the speech cue after it, is taken back."""
    text = doc.norm_text
    start, end = m.span.start, m.span.end
    opening = next((r for r in roles() if len(r) >= 2 and text.startswith(r, start) and end - start - len(r) >= 2), None)
    if opening is not None:
        start += len(opening)  # 顾问格拉先: the role, then the name
    if end + 1 < len(text) and text[end] in _TRANSLITERATED_ENDINGS and not cue_lexicon()[0].match(text, end) \
            and cue_lexicon()[0].match(text, end + 1):
        end += 1  # 格拉先|科称: the name ends in 科, the cue is 称
    if (start, end) == (m.span.start, m.span.end):
        return m
    return Mention(span=original_span(doc, start, end), type="PER", confidence=m.confidence)


def _name_after(text: str, start: int, taken: list[tuple[int, int]]) -> str:
    """The untagged name right after a title ending at `start`, or ""."""
    if cue_lexicon()[0].match(text, start) or _title_pattern().match(text, start):
        return ""
    for end in range(min(start + _LONGEST, len(text)), start + _SHORTEST - 1, -1):
        name = text[start:end]
        if not all(_NAME_CHAR.match(c) for c in name) or set(name) & _NOT_IN_NAME or name[-1] in _NOT_LAST:
            continue
        if not _ends_name(text, end) or _overlaps((start, end), taken):
            continue
        if common_words.is_word(name) or _title_pattern().search(name) or _holds_common_word(name) \
                or _known_name_opens(name):
            return ""  # 采访时 / 会上明确: words; 华莱士通: a known name and the next word's first character
        return name
    return ""


def _holds_common_word(name: str) -> bool:
    """A frequent word of two characters that is no name (采访, 会上, 明确) lies inside the stretch."""
    for i in range(len(name) - 1):
        entry = common_words.entry(name[i:i + 2])
        if entry is not None and entry[0] >= _FREQUENT and entry[1] not in _NAME_TAGS:
            return True
    return False


def _known_name_opens(name: str) -> bool:
    known = KnowledgeBase.load().gazetteer()
    return any(name[:n] in known for n in range(2, len(name)))


def _ends_name(text: str, end: int) -> bool:
    """What follows can follow a subject's name: punctuation, a speech cue, or an adverb, time word or
    preposition that opens a predicate."""
    if end >= len(text) or text[end] in _BOUNDARY:
        return True
    return bool(cue_lexicon()[0].match(text, end)) or text.startswith(_AFTER_NAME + name_adverbs(), end)


def _acts_next(text: str, end: int) -> bool:
    """A speech cue follows the name, after a time word or adverb at most (发言人权七承当天发表评论称)."""
    for lead in ("",) + _AFTER_NAME + name_adverbs():
        if text.startswith(lead, end) and _said_soon(text, end + len(lead)):
            return True
    return False


def _said_soon(text: str, at: int) -> bool:
    """A speech cue opens within a few characters of `at`, with no punctuation between."""
    for offset in range(0, _CUE_REACH):
        if at + offset >= len(text) or text[at + offset] in _BOUNDARY:
            return False
        if cue_lexicon()[0].match(text, at + offset):
            return True
    return False


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(_overlap(span, other) for other in taken)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
