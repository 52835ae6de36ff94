"""Quotations with no cue of their own to their speaker: a quotation that runs on from a statement
(“……”。“……”X说 / X说，A，“B”) or that follows the sentence's source and a colon (X的标题：“……”)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

from .. import lexicon
from ..model import Analysis, Quote, Span
from ..nlp.chinese import span as original_span
from ..nlp.subjects import strip_leads

MIN_RUN = 10  # an unattributed quotation this long (or a finished sentence) is said words
CONTINUATION_REACH = 400  # ... and continues a statement that ended this close before it
NAMED_AFTER = 12  # “……”她呼吁民众：: a speaker named this close after the run
_SENTENCE_END = set("。！？!?\n")
_UTTERANCE_BEFORE = set("。！？!?；;\n，,：:”」』\" \t】）)…")


@dataclass
class Run:
    """An unattributed quotation: inner is its content, open the index of its opening mark."""

    paragraph: Span
    open: int
    inner: tuple[int, int]


# “走到哪里，钱就要到哪里”，已经成为人们的调侃: the quotation is the subject of the writer's sentence, a saying
# talked about, not words someone goes on saying.
_SAYING_AFTER = re.compile(r"[，,]?(?:已经|早已|已|也|更|一度|一直|如今|俨然)?(?:成为|成了|被称为|被视为|被认为是|被誉为|被戏称为|被称作)")


def opens_utterance(text: str, at: int, floor: int) -> bool:
    """A quotation that someone said starts a clause (“……”他说); one inside a phrase (渲染“中国威胁”,
    所属的“联合中心”) is a name, a term or a scare quote."""
    return at <= floor or text[at - 1] in _UTTERANCE_BEFORE


def is_run(text: str, paragraph: Span, open_at: int, inner: tuple[int, int]) -> bool:
    """Said words, not a name or a term: at a clause start, and a finished sentence or a long stretch."""
    said = text[inner[0]:inner[1]].strip()
    ends_sentence = bool(said) and (said[-1] in "。！？!?…" or text[inner[1] + 1:inner[1] + 2] in ("。", "！", "？", "!", "?"))
    word = open_at
    while word > paragraph.start and text[word - 1] in " \t\u3000":
        word -= 1  # 被誉为当代 “儿歌大王”。: a space opens no clause, the word before it decides
    if word > paragraph.start and text[word - 1] not in _UTTERANCE_BEFORE:
        return False
    if _SAYING_AFTER.match(text, inner[1] + 1):
        return False
    return opens_utterance(text, open_at, paragraph.start) and not in_name_list(text, open_at, inner) and (
        len(said) >= MIN_RUN or ends_sentence) and not opened_as_aside(text, paragraph, open_at)  # “……”。 closes its sentence as “……。” does


def opened_as_aside(text: str, paragraph: Span, open_at: int) -> bool:
    """俗话说：“……” / 正所谓“……” / 嗯，“……”: a saying or the writer's interjection alone opens the
    sentence before the quotation (data/speech_asides.txt), so no one in the story said it."""
    start = open_at
    while start > paragraph.start and text[start - 1] not in _SENTENCE_END:
        start -= 1
    lead = text[start:open_at].strip(" \t\u3000，,：:")
    return bool(lead) and lead.lstrip("正就真这也") in _asides()


@lru_cache(maxsize=1)
def _asides() -> frozenset:
    return frozenset(lexicon.words("speech_asides.txt"))


# The rest of a run of glued quotations, then 等 / 之类: the run lists things named.
_GLUED_LIST = re.compile(r"(?:[“「][^“”「」\n]{1,80}[”」])*(?:等|之类)")


def in_name_list(text: str, open_at: int, inner: tuple[int, int]) -> bool:
    """所谓的“甲委员会”“乙组委会”均为… / “歌名一”“歌名二”等: a quotation glued to one that is no
    finished sentence is a name or a title among others, not said words (“太贵了。”“没人买！” are two
    utterances; a lone “……”等相关问题 may be a question someone asked)."""
    before = text[open_at - 2:open_at] if open_at >= 2 else ""
    if before[-1:] and before[-1:] in "”」" and before[:1] not in "。！？!?…":
        return True
    after = inner[1] + 1
    glued = before[-1:] in ("”", "」") or text[after:after + 1] in ("“", "「")
    if glued and _GLUED_LIST.match(text, after):
        return True  # “歌词一……”“歌词二”等歌曲: finished lines too, when the glued run ends in 等
    finished = inner[1] > inner[0] and text[inner[1] - 1] in "。！？!?…"
    return text[after:after + 1] in ("“", "「") and not finished


def attribute_runs(doc: Analysis, runs: list[Run], quotes: list[Quote],
                   subject_of: Callable[[int, int], Optional[Quote]],
                   probe_of: Optional[Callable[[int, int], Optional[Quote]]] = None) -> list[Quote]:
    """Each run as a direct quote of: the statement ending right before it (Y表示，……。“A。”), else
    the quotation right after it when that one is attributed (“A。”“B。”X说), else the sentence's
    source before a colon (X的标题：“……”), else the statement it continues. `subject_of(start, end)` gives a quote template for the source named in a span;
    `probe_of` does the same without noting the source (for clauses only tried)."""
    probe = probe_of or subject_of
    text = doc.norm_text
    ordered = sorted(quotes, key=lambda q: q.content.start)
    found: list[Quote] = []
    for run in runs:
        if any(q.content.start <= run.open < q.content.end for q in ordered):
            continue
        adjacent = _continued(text, run, ordered + found, adjacent=True)
        if adjacent is not None and adjacent.speaker is None:  # 据悉，……王某定下了目标。“……”: 王某's words
            adjacent = _person_before(doc, run, ordered + found, probe) or adjacent
        template = _words_named_after(doc, run, subject_of) or adjacent or _next_attributed(text, run, ordered) \
            or _said_on(text, run, ordered + found) \
            or _sentence_source(text, run, ordered, subject_of, doc, probe) or _person_before(doc, run, ordered + found, probe) \
            or _introduced_after(doc, run, subject_of) \
            or _continued(text, run, ordered + found)
        if template is not None:
            found.append(_copy(doc, template, run.inner))
    return found


# “……”，某教授这句话并未过时 / “……”，X的这番话 / “……”X的话，正是…: the words are credited to the one named right after them
_WORDS_OF = re.compile(r"[，,]?([^，,。！？!?；;“”\n]{2,16}?)(?:的(?:这|那|此)?(?:句|番)?|(?:这|那|此)(?:句|番))(?:原话|话|名言)"
                       r"(?![音题语筒])")


def _words_named_after(doc: Analysis, run: Run, subject_of: Callable[[int, int], Optional[Quote]]) -> Optional[Quote]:
    words = _WORDS_OF.match(doc.norm_text, run.inner[1] + 1)
    if words is None:
        return None
    template = subject_of(words.start(1), words.end(1))
    if template is None or template.speaker is None or not words.start(1) <= template.speaker.start < words.end(1):
        return None
    template.cue = original_span(doc, words.end(1), words.end())  # 这句话: what names the words as said
    return template


_INTRODUCES = ("是", "今年", "目前", "来自", "现年", "曾", "，", ",")  # “我……。”李华是一名考生: who she is


def _introduced_after(doc: Analysis, run: Run, subject_of: Callable[[int, int], Optional[Quote]]) -> Optional[Quote]:
    """“我还没想好……。”李华是一名大四学生，……: words in the first person, then the sentence after them
    introduces a person by name: that person said them (the feature opens on her words)."""
    text = doc.norm_text
    at = run.inner[1] + 1
    at += 1 if text[at:at + 1] == "。" else 0
    said = text[run.inner[0]:run.inner[1]]
    if "我" not in said or not said.rstrip()[-1:] in ("。", "！", "？", "!", "?", "…") and text[run.inner[1] + 1:at] != "。":
        return None
    person = next((m for m in doc.mentions if m.type == "PER" and m.span.start == at), None)
    if person is None or not text.startswith(_INTRODUCES, person.span.end):
        return None
    template = subject_of(at, person.span.end)
    return template if template is not None and template.speaker is not None \
        and template.speaker.start == person.span.start else None


def _next_attributed(text: str, run: Run, quotes: list[Quote]) -> Optional[Quote]:
    """“A。”“B。”X说 / “A。”她呼吁：“B”: the speaker named right after the run."""
    after = next((q for q in quotes if q.content.start > run.inner[1]), None)
    if after is None or after.cue is None or after.speaker is None:
        return None
    if after.kind != "direct" and run.open > run.paragraph.start and text[run.open - 1] in "：:":
        return None  # 只是发过一段感慨：“……。”李明回忆，……: the colon's clause introduced it, 李明 starts his own
    if after.kind != "direct":  # “……。”他呼吁民众保持冷静: the one who goes on speaking right after
        lead = text[run.inner[1] + 1:after.cue.start]
        closes = text[run.inner[1] - 1:run.inner[1]] in ("。", "！", "？", "!", "?") or text[run.inner[1] + 1:run.inner[1] + 2] == "。"
        return after if closes and after.cue.start < after.content.start and 0 < len(lead.lstrip("。")) <= NAMED_AFTER \
            and not any(ch in _SENTENCE_END | set("，,；;") for ch in lead.lstrip("。")) else None
    if after.cue.start > after.content.end:
        between = text[run.inner[1] + 1:after.content.start - 1]
        return after if not any(ch.isalnum() for ch in between) else None
    lead = text[run.inner[1] + 1:after.cue.start]
    return after if len(lead) <= NAMED_AFTER and not any(ch in _SENTENCE_END for ch in lead) else None


def _sentence_source(text: str, run: Run, quotes: list[Quote], subject_of: Callable[[int, int], Optional[Quote]],
                     doc: Optional[Analysis] = None,
                     probe: Optional[Callable[[int, int], Optional[Quote]]] = None) -> Optional[Quote]:
    """美联社的报道，一开始即……，“……” / X支了新招：“……”: the source the sentence (for a colon,
    the clause) names, when no statement of the sentence came before the run (`doc` places a cue)."""
    mark = text[run.open - 1:run.open] if run.open > 0 else ""
    floor, colon = run.paragraph.start, run.open - 1
    if run.open <= run.paragraph.start:  # 他在信中写道：¶“……”: a colon that ends the paragraph before
        colon = _colon_before_paragraph(text, run.open)
        mark = text[colon] if colon >= 0 else ""
        floor = text.rfind("\n", 0, max(colon, 0)) + 1
    if not mark or mark not in "：:，,":
        return None  # ("" is in every string: a quotation that opens the text has no source before it)
    start = colon
    stops = _SENTENCE_END | (set("，,；;") if mark in "：:" else set())
    while start > floor and text[start - 1] not in stops:
        start -= 1
    if any(start <= q.content.end <= run.open for q in quotes):
        return None
    subject = _last_clause_subject(doc, start, colon, probe or subject_of) if mark in "，," and doc is not None else None
    if subject is not None:
        if subject.cue is None or not start <= subject.speaker.start < run.open:
            subject.cue = original_span(doc, colon, colon + 1)  # a pronoun's referent: the comma stands for the cue
        return subject  # 小时候家里穷，他饿坏了，就把野菜煮来吃，“……”: 他, not the thing eaten
    found = subject_of(start, colon)
    if found is not None and run.open <= run.paragraph.start and (found.speaker is None or not start <= found.speaker.start < colon):
        return None  # 他更坚信一句话：¶“……”: across paragraphs, only a source named before the colon
    return found


def _colon_before_paragraph(text: str, at: int) -> int:
    """Where the colon ending the paragraph before `at` stands, or -1 (only line breaks and spaces between)."""
    before = at
    while before > 0 and text[before - 1] in " \t\u3000\r\n":
        before -= 1
    return before - 1 if before < at and "\n" in text[before:at] and text[before - 1:before] in ("：", ":") else -1


_PREPOSITIONS = set("在对据从向把将让被给为于当")
_ADVERBS = set("就也都还又正便才仍却")
_TIME_ENDS = ("后", "时", "前", "期间", "以来", "之际", "当天")
# 假如A国政府做不到，“……”: a condition, whose subject says nothing
_CONDITIONS = ("如果", "假如", "假若", "倘若", "若是", "要是", "一旦", "只要", "即使", "即便", "除非", "万一")


def _person_before(doc: Analysis, run: Run, quotes: list[Quote],
                   subject_of: Callable[[int, int], Optional[Quote]]) -> Optional[Quote]:
    """……，王某还是给自己定下了目标。“……”: a quotation opening a sentence right after one whose last
    clause opens on a person (named or 他/她), with no statement of its own, is that person's."""
    text = doc.norm_text
    end = run.open
    while end > run.paragraph.start and text[end - 1] in " \t\u3000":
        end -= 1
    if end <= run.paragraph.start or text[end - 1] not in "。！!":
        return None
    start = end - 1
    while start > run.paragraph.start and text[start - 1] not in _SENTENCE_END:
        start -= 1
    if any(start < q.content.end <= end and q.speaker is not None for q in quotes) or "“" in text[start:end]:
        return None
    template = _last_clause_subject(doc, start, end - 1, subject_of, single=True)
    if template is None or template.speaker is None or not _is_person(doc, template.speaker.start) and template.cue is not None:
        return None
    template.cue = original_span(doc, end - 1, end)  # no cue: the sentence before stands for it
    return template


def _is_person(doc: Analysis, at: int, *also: str) -> bool:
    """A person (or a mention of the types in `also`) named at `at`."""
    return any(m.span.start == at and (m.type == "PER" or m.type in also) for m in doc.mentions)


def _last_clause_subject(doc: Analysis, start: int, end: int,
                         subject_of: Callable[[int, int], Optional[Quote]], single: bool = False) -> Optional[Quote]:
    """The source of the last clause of text[start:end] that opens on its subject: the source found
    right at its start (before the last clause, only a named person), or 他/她 (then with no cue); a
    name deeper in a clause is an object or a place, no speaker. With `single`, one clause counts too."""
    text = doc.norm_text
    bounds = [start] + [i + 1 for i in range(start, end) if text[i] in "，,：:"] + [end + 1]
    if len(bounds) < (2 if single else 3):
        return None
    for cs, ce in reversed(list(zip(bounds, bounds[1:]))):
        lead = strip_leads(text, cs, ce - 1)
        if text[lead:lead + 1] in _PREPOSITIONS or text[lead:lead + 1] in _ADVERBS and text[lead + 1:lead + 2] in _PREPOSITIONS \
                or text[cs:ce - 1].endswith(_TIME_ENDS) or text.startswith(("他们", "她们") + _CONDITIONS, lead):
            continue  # 在王某输球的那晚 / 就在通报当天 / 美国加征关税后 / 如果…: a frame, its name no subject; 他们: not one voice
        pronoun = next((p for p in ("他", "她") if text.startswith(p, lead)), None)
        template = subject_of(lead, lead + 1) if pronoun else subject_of(cs, ce - 1) if lead < ce - 1 else None
        if template is None or template.speaker is None:
            continue
        if pronoun:
            template.cue = None  # the caller places the cue
            return template
        if lead <= template.speaker.start <= lead + 2 and (ce == bounds[-1] or _is_person(doc, template.speaker.start, "ORG")):
            return template
    return None


def _said_on(text: str, run: Run, quotes: list[Quote]) -> Optional[Quote]:
    """甘羽表示，……海域。中国海警依法…采取了…措施，“现场操作专业规范”: reported speech that ended the sentence before,
    then a sentence with no cue of its own that closes on a quotation after a comma: the speaker goes on."""
    if text[run.open - 1:run.open] not in "，,":
        return None
    last = _continued(text, run, quotes)
    if last is None or last.kind != "indirect" or text[last.content.end:last.content.end + 1] not in "。；;":
        return None
    between = text[last.content.end + 1:run.open]
    return last if 0 < len(between) <= CONTINUATION_REACH and not any(c in "。！？!?；;\n“”" for c in between) else None


def _continued(text: str, run: Run, quotes: list[Quote], adjacent: bool = False) -> Optional[Quote]:
    """The statement the run continues: the last one within reach (with `adjacent`, only one that
    ends right before the run: ……风格。“……”)."""
    last = max((q for q in quotes if q.content.end <= run.open), key=lambda q: (q.content.end, q.content.start),
               default=None)  # two that end together: the inner one (报道强调，专家认为，……), who speaks on,
    outer = min((q for q in quotes if last is not None and q.content.end == last.content.end), key=lambda q: q.content.start,
                default=None)  # when it opens the outer one's words; a cue deeper in them (苏浩表示，美方一边高喊…) does not
    if last is not None and outer is not last and (last.speaker is None or last.speaker.start - outer.content.start > 2
                                                   or text[last.content.start - 1:last.content.start] not in "，,：:"):
        last = outer  # (专家认为，: a whole attribution, its words after the comma)
    if last is None or last.content.end < run.open - CONTINUATION_REACH or last.speaker is None and \
            last.speaker_canonical is None:
        return None
    if adjacent and any(ch.isalnum() for ch in text[last.content.end:run.open]):
        return None
    if not adjacent and last.speaker is not None and last.speaker.text.endswith(_documents()):
        return None  # 文件中提到：……。（narrative）“……？”: a document says nothing further on
    return last


@lru_cache(maxsize=1)
def _documents() -> tuple[str, ...]:
    return tuple(lexicon.words("document_nouns.txt"))


def _copy(doc: Analysis, template: Quote, inner: tuple[int, int]) -> Quote:
    return Quote(content=original_span(doc, inner[0], inner[1]), kind="direct",
                 speaker=template.speaker, speaker_canonical=template.speaker_canonical,
                 speaker_id=template.speaker_id, speaker_role=template.speaker_role, cue=template.cue,
                 confidence=0.6, date=template.date)
