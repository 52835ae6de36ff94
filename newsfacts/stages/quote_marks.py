"""Which quotation in marks a cue takes: the one closing right before its clause (“……，”他说), the one
right after it, after a short object (批评她的答辩“过于轻率”) or named by it (称其为“宽泛的框架”), and a
quoted sentence that closes reported speech (X表示，A，“B。”)."""
from __future__ import annotations

import re
from typing import Optional

from ..nlp.chinese import CLAUSE_BREAKS as _CLAUSE_BREAK, OPEN_CLOSE as _OPEN_CLOSE, QuotedSegment as _Segment
from . import quote_runs
from .quote_extent import MIN_REPORTED, NEXT_CUE_REACH, SENTENCE_END as _SENTENCE_END, skip as _skip

NAMING_CUES = re.compile(r"^(?:称其为|称之为|称为|吹嘘为|形容为|讥笑为|讥讽为|誉为|斥为|称|吹嘘|形容|讥笑)$")
_QUOTE_GAP = re.compile(r"^(?:其为|之为|为)?(?:一[个次种场位项]|这是|是)?\s*$")
# The day of a statement named between its quotation and its attribution (“……。”当地时间2日，X表示。).
_DAY_CLAUSE = re.compile(r"(?:当地时间|北京时间)?(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:早上|上午|中午|下午|晚上|晚间|晚)?"
                         r"[ \t]*[，,]?$|(?:当地时间)?(?:周|星期)[一二三四五六日天][ \t]*[，,]?$")
_DAY_REACH = 40  # characters: the longest day clause (当地时间2025年12月31日晚上，) with room
OBJECT_REACH = 6  # 批评特朗普“不负责任”: an object this short between a cue and what was said
OBJECT_AND_WHERE_REACH = 10  # 指责拜登政府在此事上“软弱无力”: an object and where, when nothing else is said
TAIL_QUOTE = 8  # a quoted tail shorter than this (“第一步”) is a fragment of the reported speech
_CONTINUATIONS = ("但", "而", "尽管", "虽然", "因为", "所以", "并", "也", "还", "却", "只是", "不过")  # a cue this close to a clause start begins a new statement


def sentence_quotation(text: str, segments: list[_Segment], used: set[int], floor: int,
                        zone_start: int) -> Optional[_Segment]:
    """The unused quotation that opens the sentence of an attribution closing it (“……”……，他这样写道。)."""
    start = zone_start
    while start > floor and text[start - 1] not in _SENTENCE_END:
        start -= 1
        inside = next((s for s in segments if s.open < start <= s.close), None)
        start = inside.open if inside is not None else start  # an end mark inside a quotation ends no sentence
    start = _skip(text, start, zone_start, " \t\u3000")
    return next((s for s in segments if s.open == start and s.closed and s.close < zone_start and id(s) not in used), None)


def consume_quotation(text: str, segments: list[_Segment], used: set[int], cue_end: int, end: int) -> None:
    """我说：“……” / 如果他说“……”: a quotation after a cue that reports no one's statement is nobody's,
    not a run to give to the last speaker."""
    at = _skip(text, cue_end, end, " \t：:，,")
    seg = next((s for s in segments if s.open == at), None)
    if seg is not None:
        used.add(id(seg))


def quote_after_object(text: str, segments: list[_Segment], used: set[int], cue_end: int,
                        end: int, reach: int = OBJECT_REACH) -> Optional[_Segment]:
    """The quotation right after a short object of the cue (within `reach` characters), closing its clause
    (批评她的答辩“过于轻率”); not a quoted term the object's 的 leads into (批评美国的“长臂管辖”: the thing criticised)."""
    seg = next((s for s in segments if cue_end < s.open <= cue_end + reach and s.closed), None)
    if seg is None or id(seg) in used or any(c in _CLAUSE_BREAK for c in text[cue_end:seg.open]) \
            or text.endswith(("的", "地", "所谓"), cue_end, seg.open):  # (批评X的所谓“新政”: a term named)
        return None
    after = _skip(text, seg.close + 1, end, " \t")
    return seg if after >= end or text[after] in _CLAUSE_BREAK else None


def quoted_tail(text: str, content: tuple[int, int], segments: list[_Segment]) -> Optional[_Segment]:
    """X表示，A，“B。”: a quoted sentence that closes the reported speech after a comma is a direct
    quote of its own, unless it only goes on with the clause before it (“但……” / “尽管……”)."""
    seg = next((s for s in segments if s.closed and s.close + 1 == content[1] and s.open > content[0]), None)
    if seg is None or text[seg.open - 1:seg.open] not in ("，", ","):
        return None
    if seg.close - seg.open - 1 < TAIL_QUOTE or text.startswith(_CONTINUATIONS, seg.open + 1):
        return None
    if skip_back(text, content[0], seg.open, " \t，,") - content[0] < MIN_REPORTED or any(
            s.open > content[0] and s.close < seg.open and quote_runs.opens_utterance(text, s.open, content[0])
            for s in segments):
        return None  # 称，“A”，“B”: a chain of quoted fragments stays one statement (a quoted name, 使用“海马斯”, is none)
    return seg


def quoted_chain(text: str, content: tuple[int, int], segments: list[_Segment]) -> list[_Segment]:
    """X说，A，“B。”，“C。”: reported words, then two or more quoted sentences, each after a comma, that
    close the speech: each is a direct quote of its own (with no reported words first, 称，“A”，“B” stays one)."""
    inside = [s for s in segments if s.closed and content[0] < s.open and s.close < content[1]]
    chain: list[_Segment] = []
    end = content[1]
    for seg in reversed(inside):
        if seg.close + 1 != end or text[seg.open - 1:seg.open] not in ("，", ",") or seg.close - seg.open - 1 < TAIL_QUOTE:
            break
        chain.insert(0, seg)
        end = seg.open - 1
    if len(chain) < 2:
        return []
    head_end = skip_back(text, content[0], chain[0].open, " \t，,")
    if head_end - content[0] < MIN_REPORTED or any(s.open < head_end for s in inside if s not in chain):
        return []  # a quotation inside the reported words: one chain of fragments
    return chain


def skip_back(text: str, floor: int, at: int, chars: str) -> int:
    while at > floor and text[at - 1] in chars:
        at -= 1
    return at


def segment_before(text: str, segments: list[_Segment], zone_start: int, floor: int,
                    cue_end: int) -> Optional[_Segment]:
    """The quote that ends right before this clause: “……，” 他说 / “……。”他表示; past a day named between
    them when the attribution closes its sentence (“……。”11月2日，他表示。)."""
    j = zone_start
    while j > floor and text[j - 1] in " \t，,":
        j -= 1
    day = _DAY_CLAUSE.search(text, max(floor, j - _DAY_REACH), j)  # anchored at j: a day clause is short
    if day is not None and day.end() == j and day.start() > floor and text[day.start() - 1] in "”」" \
            and text[cue_end:cue_end + 1] in ("。", "！", "!", "\n", ""):
        j = day.start()  # “……。”11月2日，央行行长王五表示。: the day of the statement stands between
    for seg in segments:
        if seg.closed and seg.close == j - 1 and (quote_runs.opens_utterance(text, seg.open, floor)
                                                   or text[seg.close - 1] in "。！？!?…，,"):
            return seg
    return None


def takes_quote_before(text: str, before: _Segment, at: int, end: int, cues: list[tuple[int, int]]) -> bool:
    """“……，”X说 / “……。”X说。 / “……。”X说，并称……: after the cue comes the end of the clause."""
    at = _skip(text, at, end, " \t")
    if at < end and text[at] in "，,：:" and before.open > 0 and text[before.open - 1] in "：:":
        return False  # 只是发过一段感慨：“……”李明回忆，……: the colon's clause introduced it, 李明 goes on to his own
    return at >= end or text[at] in _CLAUSE_BREAK or text[at] in _OPEN_CLOSE or text[at] == "道"


def attributed_after(text: str, seg: _Segment, end: int, cues: list[tuple[int, int]]) -> bool:
    """“……，”X说。: a cue after the quotation closes its sentence, so it names who said it."""
    if not seg.closed or text[seg.close - 1] not in "，,":
        return False
    stop = next((i for i in range(seg.close + 1, end) if text[i] in "。！？!?，,；;：:“\n"), end)
    return any(seg.close < s and e == stop for s, e in cues) and (stop == end or text[stop] not in "“：:")


def only_end_follows(text: str, seg: _Segment, end: int) -> bool:
    """The quote closes its sentence: only end punctuation (or a new sentence) follows."""
    if not seg.closed:
        return True
    at = _skip(text, seg.close + 1, end, " \t")
    return at >= end or text[at] in _SENTENCE_END or text[seg.close - 1] in "。！？!?…"


def naming_quote(text: str, segments: list[_Segment], cue: str, cue_end: int, end: int) -> Optional[_Segment]:
    """称其为一个“宽泛的框架” / 吹嘘为一次“出色的交流”: a short quoted phrase named by the cue."""
    if not NAMING_CUES.match(cue) and not cue.endswith("为"):
        return None
    for seg in segments:
        if cue_end <= seg.open <= cue_end + 6 and _QUOTE_GAP.match(text[cue_end:seg.open]) and seg.close - seg.open <= 30:
            return seg
    return None


_BETWEEN_QUOTATIONS = re.compile(r"[ \t]*[，,、]?[ \t]*")  # “A”，“B” / “A”、“B” / “A”“B”: quotations one after another


def quotation_sequence(text: str, segments: list[_Segment], first: _Segment, end: int,
                       cues: list[tuple[int, int]]) -> list[_Segment]:
    """X说，“A”，“B”。: the quotations after a cue, one after another with only a comma between, up to
    the sentence's end or a clause with a cue of its own (，他还表示，……); each is a quote of the cue's
    speaker. Empty when anything else follows."""
    run = [first]
    while run[-1].closed and not only_end_follows(text, run[-1], end):
        gap = _BETWEEN_QUOTATIONS.match(text, run[-1].close + 1, end)
        after = next((s for s in segments if s.open == gap.end()), None)
        if after is None:
            return run if len(run) > 1 and _next_statement(text, gap.end(), end, cues) else []
        run.append(after)
    return run if len(run) > 1 else []


def _next_statement(text: str, at: int, end: int, cues: list[tuple[int, int]]) -> bool:
    """，他还表示，……: after a comma, a clause whose cue opens another statement."""
    if text[at - 1:at] not in "，,":
        return False
    return any(at < s <= at + NEXT_CUE_REACH and not any(c in _CLAUSE_BREAK for c in text[at:s]) for s, _ in cues)
