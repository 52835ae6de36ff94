"""Speakers the tagger leaves unnamed: a personal name opening the clause of a speech cue (高旗告诉记者,
王某说, 博雷利表示) and the role nouns of data/speaker_roles.txt (法官, 校长, 辩护律师, 校方)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..model import Analysis, Span
from . import common_words, names
from .chinese import span as _span
from .speaker_links import Speaker, new_source
from .names import surnames
from .words import IN_TURN, addressed_as, surname_address, titles

# After the name, before the cue: adverbs, or a phrase of occasion or address (在接受采访时 / 对记者).
_TAIL = re.compile(r"(?:也|还|则|又|曾|就|更|都|均|亦|再次|随后|当天|同时|当即|一再|多次|反复|坦言|分别|一致|" + IN_TURN + ")*"
                   r"(?:(?:在|对|向|跟|接受)[^，,。；;：:“”]{1,20})?")
_UNKNOWN_PERSON = re.compile(r"某{1,2}")  # 高某 / 王某某: a person the report keeps anonymous
_SEPARATOR = "·"
_FUNCTION_TAGS = frozenset({"d", "c", "p", "u", "r", "f", "m", "q"})  # 都 / 和 / 在 opening the words: no family name
_NOT_IN_PHRASE = set("，,。；;：:“”在对向于从给把被将让使和与跟同是说")  # a role after these is an object
FREQUENT = 50  # a word the general list counts this often is a word, whatever its tag (温馨)
TITLE_AT = 10  # a title this close to the clause start may describe the name after it
ROLE_PHRASE = 8  # 该校 / 医院 / 一位: words this long before a role describe it
_NAME_CHARS = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff·]*(?<!·)")
_NOT_LAST = tuple("在对向跟也还则又曾就更都亦却的了着们")  # a name ends before these words
_PLACE_WORDS = set("上中里内外下前后间旁边方面处时等")  # 信上 / 会上 / 文中: a thing and where, not a given name


@lru_cache(maxsize=1)
def _roles() -> dict[str, str]:
    return {row[0].strip(): (row[1].strip() if len(row) > 1 else "person") for row in lexicon.rows("speaker_roles.txt")}


def is_person_role(noun: str) -> bool:
    """校长 / 辩护律师: one person, who may have been named earlier under the same title."""
    return any(noun.endswith(role) for role, kind in _roles().items() if kind == "person")


def _ordinary(name: str) -> bool:
    """Words of the general list inside the name: 都愿意 (都 + 愿意), 和卢卡斯 (和 + a name), 温馨 (a
    frequent word the list files under names), 大家."""
    found = common_words.entry(name)
    if found is not None and (found[1] in common_words.COMMON_TAGS or found[0] >= FREQUENT):
        return True
    tokens = common_words.segment(name)
    if tokens and len(tokens[0][0]) == 1 and tokens[0][1] in _FUNCTION_TAGS:
        return True
    return any(len(word) >= 2 and word != name and (common_words.common_word(word) or
                                                    (common_words.entry(word) or (0, ""))[0] >= FREQUENT)
               for word, _ in tokens)


def _chinese(name: str) -> bool:
    """A Chinese personal name: a family name of the table, a given name of one or two characters
    (or 某), and no common word of the general list (方面, 全省, 成员 open with family names)."""
    if _UNKNOWN_PERSON.fullmatch(name[1:]) or _UNKNOWN_PERSON.fullmatch(name[2:]):
        return name[:1] in names.surnames() or name[:2] in names.surnames()
    return not (_PLACE_WORDS & set(name[1:]) or names.chinese_person(name) is None or _ordinary(name))


def _foreign(name: str) -> bool:
    """A transliterated name of three to five characters (or parts joined by ·), every character one
    that the transliteration table uses and the whole no common word."""
    parts = name.split(_SEPARATOR)
    if not all(parts) or any(_ordinary(p) for p in parts):
        return False
    return 3 <= len(name.replace(_SEPARATOR, "")) <= 12 and all(names.looks_transliterated(p) for p in parts) \
        and (len(parts) > 1 or len(name) <= 5)


def _name_at(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    for size in range(min(12, end - start), 1, -1):
        name = text[start:start + size]
        if not _NAME_CHARS.fullmatch(name) or name.endswith(_NOT_LAST) or not _TAIL.fullmatch(text, start + size, end):
            continue
        if (size <= 4 and _chinese(name)) or (size >= 3 and _foreign(name)):
            return start, start + size
    return None


def untagged_name(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """A personal name opening text[start:end], the clause before a cue, or right after a title or
    role there (联发科总经理陈冠州向记者), with only adverbs or an occasion after it; None when none
    is there or the words could be anything else."""
    return _name_at(text, start, end) or titled_name(text, start, end)


def titled_name(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """联发科总经理陈冠州向记者 / 辩护律师王某: a name right after a title or role near the clause start."""
    zone = text[start:end]
    for title in sorted(set(titles()) | set(_roles()), key=lambda t: (-len(t), t)):
        at = zone.find(title)
        if 0 <= at <= TITLE_AT:
            found = _name_at(text, start + at + len(title), end)
            if found is not None:
                return found
    return None


def role_speaker(text: str, start: int, end: int) -> Optional[tuple[int, int, str]]:
    """校长表示 / 该校校长在会上表示 / 一位将军说: a role noun heading the clause before a cue, with only
    adverbs or an occasion after it; (start, end, role) of the phrase it heads."""
    for role in sorted(_roles(), key=lambda r: (-len(r), r)):
        at = text.find(role, start, end)
        while at >= 0:
            if _TAIL.fullmatch(text, at + len(role), end) and at - start <= ROLE_PHRASE \
                    and not set(text[start:at]) & _NOT_IN_PHRASE:
                return start, at + len(role), role
            at = text.find(role, at + 1, end)
    return None


def untagged_speaker(context, doc: Analysis, start: int, end: int, found: Optional[Speaker]) -> Optional[Speaker]:
    """The speaker of text[start:end] once the tagger's names are tried (`found`): a name after a title
    where a body was taken (联发科总经理陈冠州向记者表示: 陈冠州, not 联发科); where nothing was found,
    a name opening the clause (高旗告诉记者) or a role noun heading it (法官在判刑时表示, 该校校长说).
    `context` is the SpeakerContext, which remembers the new name as a person's."""
    text = doc.norm_text
    if found is not None:
        if found.span in context._person_spans or found.span.start < start or found.span.end > end:
            return found
        named = titled_name(text, start, end)
        if named is None or named[0] < found.span.end:
            return found
    else:
        named = untagged_name(text, start, end)
    if named is not None and any(m.type == "PER" and m.span.text.startswith(text[named[0]:named[1]])
                                 for m in doc.mentions):
        named = None  # 赵立 before 坚称: a known name cut by a cue, not a new person
    if named is not None:
        person = Speaker(_span(doc, *named), confidence=0.6)
        context._person_spans.add(person.span)
        return person
    role = role_speaker(text, start, end) if found is None else None
    if role is None:
        return found
    phrase = Speaker(_span(doc, role[0], role[1]), confidence=0.7)
    if is_person_role(role[2]) and not new_source(phrase.span.text):
        return context._titled_speaker(text, role[2], role[0]) or phrase  # 校长李文华……校长还表示: 李文华
    return phrase


# A clause's own subject the tagger typed as words, not names: nouns, numbers and measures, places and
# bodies (多个中介 / 卓创资讯 / 超四成企业 / 11个市); a verb, a pronoun or a preposition makes it no noun phrase.
# A person's name (PER, nr) is left to the name rules: one they dropped (a writer's pen name) is no source.
_PHRASE_TAGS = frozenset({"n", "nz", "nw", "nt", "ns", "an", "vn", "m", "q", "a", "ORG", "LOC"})
_HEAD_TAGS = frozenset({"n", "nz", "nw", "nt", "ns", "ORG", "LOC"})
# a bare common noun (个人认为 / 第一时间报告 / 对方告诉) may be the writer, a time or a reference back: only a
# counted group (多个中介), a name the tagger typed (卓创资讯, 呈贡区) or a whole (全省 / 各地) is taken
_NAMING_TAGS = frozenset({"m", "q", "ORG", "LOC", "ns", "nt", "nz", "nw"})
ECHO_REACH = 20  # 发布了一张照片，照片显示: a head noun this close before is the thing the sentence named, not a new source
_COUNT_LEADS = ("超", "逾", "近", "约", "有")  # 超四成企业: a count's hedge, tagged a verb


def _noun_head(word, tag: str) -> bool:
    """A noun ends the phrase (两国外长, one number word of the tagger, points back to the two named before:
    the earlier speaker is kept)."""
    return tag in _HEAD_TAGS


def noun_subject(doc: Analysis, start: int, end: int) -> Optional[tuple[int, int]]:
    """The words of text[start:end] when they are one noun phrase ending on a noun (the clause names
    its own subject, so no earlier speaker goes on): (start, end), else None."""
    words = [(w, tag) for w, tag in doc.tokens if start <= w.start < end]
    if not words or words[0][0].start != start or words[-1][0].end != end or end - start < 2:
        return None
    while len(words) > 1 and words[-1][1] in ("d", "ad"):
        words = words[:-1]  # 两国外长一致认为: the adverb before the cue is no part of the subject
    end = words[-1][0].end
    if words[0][1] == "v" and words[0][0].text in _COUNT_LEADS and len(words) > 1:
        words = words[1:]
    if any(tag not in _PHRASE_TAGS for _, tag in words) or not _noun_head(*words[-1]):
        return None
    if not any(tag in _NAMING_TAGS for _, tag in words) and words[0][0].text[:1] not in "全各":
        return None
    if doc.norm_text[start - 1:start] in "”」》":
        return None  # 美国“某某”网站报道: the zone was cut at a quoted name, the subject runs on before it
    head = words[-1][0].text
    if head in doc.norm_text[max(0, start - ECHO_REACH):start] or head in lexicon.words("document_nouns.txt"):
        return None  # 照片显示 / 报告指出: the thing speaks for whoever issued it
    return start, end



def by_surname(ctx, span: Span) -> Optional[str]:
    """The canonical name of the one person named before with the surname of a surname-and-title address
    (周教授, 王大使 after 教授周永生), else None; `ctx` is the SpeakerContext (its people and canonical names)."""
    if not surname_address(span.text, surnames()):
        return None
    named = {ctx.canonical.get(m.span.start) for m in ctx.people
             if m.span.start < span.start and addressed_as(m.span.text, span.text)}
    named.discard(None)
    return named.pop() if len(named) == 1 else None
