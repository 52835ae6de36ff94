"""The speech-cue lexicon (data/speech_cues.txt): the verbs and nouns that report speech (表示, 称,
声明), the flags each carries (topic, source, nospeaker, frame …), and one regex over them with their
generated forms (警告称, 表示说). Shared by the quote stage, which finds who said what, and the headline
stage, which asks whether a heading reports speech."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon

NAMING = ("称其为", "称之为", "称为", "吹嘘为", "形容为", "讥笑为", "讥讽为")


@lru_cache(maxsize=1)
def flags() -> dict[str, frozenset]:
    """Each listed cue and its flags; generated forms (警告称) carry none."""
    return {row[0].strip(): frozenset(row[1].split()) if len(row) > 1 else frozenset()
            for row in lexicon.rows("speech_cues.txt")}


@lru_cache(maxsize=1)
def term_cues() -> frozenset:
    """Cues that name a term (称之为“空城计”), data/speech_term_cues.txt."""
    return frozenset(lexicon.words("speech_term_cues.txt"))


_TERM = re.compile(r"[^的地得之，,。！？!?；;：:、\s]{1,6}")  # a bare name: short, no clause, no 的-phrase


def names_a_term(cue: str, between: str, quoted: str) -> bool:
    """称之为“空城计”: a term cue right before a bare short name gives a term, says nothing; with a count or
    a description (称其为一个“宽泛的框架” / 称为“影响最大的”) it is a characterisation, a statement."""
    return cue in term_cues() and not between.strip() and bool(_TERM.fullmatch(quoted))


# 道 after a verb of saying marks the words said (说道, 写道, 总结道) and takes no other verb after it;
# 报道 is a verb of its own, and 报道说 a cue like 报道称.
_SPEECH_DAO = re.compile(r"[说写问喊答叫笑骂叹结]道$")


def has_flag(cue: str, flag: str) -> bool:
    return flag in flags().get(cue, frozenset())


@lru_cache(maxsize=1)
def cue_lexicon() -> tuple[re.Pattern, frozenset]:
    """The cue regex (longest form first) and the words that contain a cue but are not one."""
    base = list(flags())
    forms = set(base)
    for word in (w for w in base if not has_flag(w, "frame")):
        if len(word) <= 4 and not word.endswith("称"):
            forms.add(word + "称")
        if len(word) <= 4 and not word.endswith(("称", "说")) and not _SPEECH_DAO.search(word):
            forms.update({word + "说", word + "道"})
    forms.update(NAMING)
    return lexicon.alternation(forms), frozenset(lexicon.words("speech_cues_not.txt"))


# X发表声明，…… / X发表联合声明，……: a phrase that issues a statement, then a comma (the quote stage takes it as a
# cue, the events stage keeps it an act of the clause)
ISSUING = re.compile(r"(?:发表|发布|发出)了?(?!的)[^，,。；;：:“”\s]{0,6}?(?:声明|讲话|谈话|公报)(?=[，,])")


def issuing_cue(text: str, start: int, end: int) -> bool:
    """The words text[start:end] lie inside a phrase that issues a statement (发表联合声明)."""
    return any(m.start() <= start and end <= m.end() for m in ISSUING.finditer(text, max(0, start - 12), end + 12))
