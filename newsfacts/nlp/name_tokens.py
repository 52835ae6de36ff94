"""Token repairs around names, before the gazetteer matches known names: a joiner the tagger glued to a
known person (同拉夫 | 罗夫, 对内 | 塔尼亚 | 胡说), a name that ends in 和 before a verb (十仓雅和表示), and a country's side named by
its first character (亚方 beside 亚美尼亚); and, for the gazetteer's match, where a known name ends inside a word the
tagger ran on (内塔尼亚胡|当天, 普京通|了电话, 高市|在众议院)."""
from __future__ import annotations

import re

from . import common_words, speech
from ..kb import KnowledgeBase
from ..model import Analysis, Span
from .chinese import span as _piece
from .names import looks_transliterated
from .words import person_titles

Token = tuple[Span, str]
JOINERS_BEFORE_NAME = "同与和跟向对"  # joiners the tagger glues to the name after them
MAX_NAME = 14  # characters; longer KB names (full official titles) are matched by LAC or not at all
_PREPOSITIONS_AFTER_SUBJECT = "在对向与同于"  # 高市在众议院…: the subject, then where or to whom
_FREQUENT = 100  # a word jieba counts this often (西方 6517, 多方 506) is a common word, not a side (以方 49)


def joiner_before_known(doc: Analysis, tokens: list[Token]) -> list[Token]:
    """同拉夫 | 罗夫: a word that opens on 同/与/和/跟/向/对 and then runs a known person's name on to a later word
    boundary (同 + 拉夫罗夫) is the joiner and the name."""
    text, known = doc.norm_text, KnowledgeBase.load().gazetteer()
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        span, tag = tokens[i]
        last = None  # the last later word whose end closes a known person's name after the joiner (the longest)
        said = False  # 对内 | 塔尼亚 | 胡说: the name's last sound glued to the verb of saying after it
        if (tag in _NAME_LIKE_TAGS or tag == "d") and span.end - span.start >= 2 and text[span.start] in JOINERS_BEFORE_NAME:
            for k in range(i + 1, len(tokens)):
                end = tokens[k][0].end
                if end > span.start + MAX_NAME + 1:
                    break
                actor = known.get(text[span.start + 1:end])
                if end > span.start + 3 and _is_person(actor) and tag != "d":
                    last, said = k, False
                actor = known.get(text[span.start + 1:end - 1]) if text[end - 1] in _SAID else None
                if end > span.start + 4 and _is_person(actor):
                    last, said = k, True
        if last is not None:
            name_end = tokens[last][0].end - said
            out.extend([(_piece(doc, span.start, span.start + 1), "p"), (_piece(doc, span.start + 1, name_end), "=PER")])
            if said:
                out.append((_piece(doc, name_end, name_end + 1), "v"))
            i = last + 1
            continue
        out.append(tokens[i])
        i += 1
    return out


_NAME_LIKE_TAGS = ("PER", "LOC", "ORG", "nz", "n", "nr")
_SAID = "说称道讲问"  # verbs of saying a name's last sound is glued to (胡说, 尔称)
_NAME_HE = "和"  # a character that ends names (十仓雅和, 佐藤正和) and is also the conjunction
_VERB_TAGS = ("v", "vd", "d")


def name_ending_in_he(doc: Analysis, tokens: list[Token]) -> list[Token]:
    """某某雅 | 和 | 表示: a conjunction joins two nouns, so 和 between a person the tagger found and a verb
    (or an adverb) is the last character of that person's name."""
    text = doc.norm_text
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        span, tag = tokens[i]
        if tag == "PER" and i + 2 < len(tokens) and tokens[i + 1][1] == "c" and \
                text[tokens[i + 1][0].start:tokens[i + 1][0].end] == _NAME_HE and \
                tokens[i + 1][0].start == span.end and tokens[i + 2][1] in _VERB_TAGS and span.end - span.start >= 2:
            out.append((_piece(doc, span.start, tokens[i + 1][0].end), "=PER"))  # typed: 和 is no name character elsewhere
            i += 2
            continue
        out.append(tokens[i])
        i += 1
    return out


def sides_of_named(doc: Analysis, tokens: list[Token]) -> list[Token]:
    """亚方 beside 亚美尼亚, 阿方 beside 阿塞拜疆: a country's side named by the first character of the one country
    the article names in full that begins with it (Chinese diplomatic usage, as 中方 for China), when the tagger
    cut it (亚 | 方) or took it for a person; a frequent word (西方, 南方, 多方) is that word. The actors stage
    links it to that country."""
    text, names = doc.norm_text, KnowledgeBase.load().gazetteer()
    firsts: dict[str, set[str]] = {}
    for span, tag in tokens:
        word = text[span.start:span.end]
        actor = names.get(word) if tag == "=GPE" else None
        if actor is not None and actor.kind == "country" and len(word) >= 2 and not word.endswith("方"):
            firsts.setdefault(word[0], set()).add(actor.id)
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        span, tag = tokens[i]
        word = text[span.start:span.end]
        glued = len(word) == 2 and word[1] == "方"
        parted = len(word) == 1 and i + 1 < len(tokens) and tokens[i + 1][0].start == span.end \
            and text[span.end:tokens[i + 1][0].end] == "方"
        if (glued or parted) and tag != "=GPE" and len(firsts.get(word[0], ())) == 1 \
                and names.get(word[0] + "方") is None and (common_words.entry(word[0] + "方") or (0,))[0] < _FREQUENT:
            out.append((_piece(doc, span.start, span.start + 2), "=GPE"))
            i += 2 if parted else 1
            continue
        out.append(tokens[i])
        i += 1
    return out


# Common words the tagger cuts after their first character, taking it for a preposition (在 | 野党共同民主党)
_CUT_AFTER_PREPOSITION = ("在野党",)


def preposition_words(doc: Analysis, tokens: list[Token]) -> list[Token]:
    """在 | 野党X: a word opening on a preposition's character (在野党, the opposition) that the tagger cut
    into the preposition and a name: the word, then the name after it."""
    text = doc.norm_text
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        span, tag = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        word = next((w for w in _CUT_AFTER_PREPOSITION if nxt is not None and len(span.text) == 1
                     and text.startswith(w, span.start) and nxt[0].start == span.end
                     and nxt[0].end >= span.start + len(w)), None)
        if word is None:
            out.append(tokens[i])
            i += 1
            continue
        cut = span.start + len(word)
        out.append((_piece(doc, span.start, cut), "n"))
        if cut < nxt[0].end:
            out.append((_piece(doc, cut, nxt[0].end), nxt[1]))
        i += 2
    return out


def title_before_known(doc: Analysis, tokens: list[Token]) -> list[Token]:
    """副国务卿纽兰 in one word: a word (not itself a name) whose end is a known person of two characters or
    more and whose rest ends on an office title is the title, then the person; 部长本 before -格维尔 is the
    title, then the first character of a hyphened name."""
    text, known = doc.norm_text, KnowledgeBase.load().gazetteer()
    out: list[Token] = []
    for i, (span, tag) in enumerate(tokens):
        word = text[span.start:span.end]
        cut, kind = None, "=PER"
        if len(word) >= 4 and not tag.startswith("=") and tag != "PER" and known.get(word) is None:
            cut = next((k for k in range(2, len(word) - 1) if _is_person(known.get(word[k:]))
                        and word[:k].endswith(person_titles())), None)
        if cut is None and i + 2 < len(tokens) and tokens[i + 1][0].text in ("-", "－") and tokens[i + 2][1] == "PER" \
                and len(word) >= 3 and word[:-1].endswith(person_titles()):
            cut, kind = len(word) - 1, "nr"  # 部长本|-|格维尔: the given name's one character, joined later
        if cut is None:
            out.append((span, tag))
            continue
        out.extend([(_piece(doc, span.start, span.start + cut), "n"), (_piece(doc, span.start + cut, span.end), kind)])
    return out


def _is_person(actor: object) -> bool:
    """A knowledge-base entry that is a person."""
    return actor is not None and actor.kind == "person"


def person_before_preposition(doc: Analysis, word: str) -> int | None:
    """高市在众议院预算委员会, tagged one body: the length of the known person's name that opens the word when a
    preposition follows it and a body or place of three characters or more after that; a short name (two
    characters) counts only where the article names the person in full too (高市早苗). None otherwise."""
    known = KnowledgeBase.load().gazetteer()
    for size in range(min(len(word) - 3, 6), 1, -1):
        person = known.get(word[:size])
        if person is None or person.kind != "person" or word[size] not in _PREPOSITIONS_AFTER_SUBJECT:
            continue
        if size >= 3 or named_in_full(person, word[:size], doc.norm_text):
            return size
    return None


def named_in_full(person, short: str, text: str) -> bool:
    """The text also writes one of the person's longer names that opens with `short` (高市 … 高市早苗): the short
    form is that person here, not a common word."""
    return any(len(full) > len(short) and full.startswith(short) and full in text for full in person.names_zh)


# 内塔尼亚胡当天 tagged 内 / 塔尼亚 / 胡当天: a time word the tagger glued to a name's last character.
_GLUED_TIME = re.compile(r"(?:当天|当日|今天|昨天|前天|日前|近日|周[一二三四五六日]|星期[一二三四五六日天])")
# 内塔尼亚胡则表示 tagged 内 / 塔尼亚 / 胡则: an adverb or preposition that follows a subject, glued to a name's last character
GLUED_ADVERB = re.compile(r"[则也还都就又亦再曾已便仍均皆在于对向与同和将]")  # 林芳正|在: a preposition too


def name_before_tail(text: str, names: dict, start: int, token_start: int, end: int) -> int | None:
    """Where a known person's name ends inside the last word of a run, the rest of that word being
    a time word (内塔尼亚胡|当天表示), an adverb (内塔尼亚胡|则表示) or a verb of saying (内塔尼亚胡|扬言), else None."""
    for cut in range(token_start + 1, end):
        actor = names.get(text[start:cut])
        tag = tail_tag(text, cut, end) if actor is not None and actor.kind == "person" and cut - start >= 3 else None
        if tag is not None and (tag != "v" or end - cut >= 2):  # 内|塔尼亚|胡扬言: a verb of saying, two characters up
            return cut
    return None


def tail_tag(text: str, cut: int, end: int) -> str | None:
    """The word class of text[cut:end] when it is a time word, an adverb or a verb of saying that the tagger
    glued to a name's end ("TIME", "d", "v"), else None."""
    if _GLUED_TIME.fullmatch(text, cut, end):
        return "TIME"
    if GLUED_ADVERB.fullmatch(text, cut, end):
        return "d"
    return "v" if text[cut:end] in speech.flags() else None


# First characters of verbs the tagger glues onto a foreign name before them (普京通|了电话, 某某会|见): with
# the rest of the verb they open (data-free: the verb itself is checked by the stages that read it).
_VERB_HEADS = set("通会访致表称说谈指强宣警呼")


def glued_verb_head(text: str, names: dict, start: int, end: int, tag: str) -> bool:
    """A person-tagged word that is a known transliterated person's name plus one character that heads
    a verb (普京通, then 了电话), itself no known name."""
    if tag not in ("PER", "nr") or end - start < 3 or text[end - 1] not in _VERB_HEADS:
        return False
    actor = names.get(text[start:end - 1])
    return actor is not None and actor.kind == "person" and looks_transliterated(text[start:end - 1]) \
        and names.get(text[start:end]) is None


def name_cut_short(text: str, names: dict, start: int, last: Span, run: list[Token]) -> int | None:
    """泽连斯|基通|电话, 内|塔尼亚|胡警|告: the tagger ended a person's name one character early and glued
    that character to the next word; the name ends one character into `last` (a transliterated name
    of three or more characters, part of which the tagger already took for a person)."""
    cut = last.start + 1
    actor = names.get(text[start:cut])
    if any(tag == "PER" for _, tag in run[:-1]) and last.end - last.start == 2 and actor is not None \
            and actor.kind == "person" and cut - start >= 3 and looks_transliterated(text[start:cut]):
        return cut
    return None
