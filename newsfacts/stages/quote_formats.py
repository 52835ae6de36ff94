"""Attribution formats that have no speech verb: press-conference transcripts (赵立坚：……),
turned into (speaker mention, cue, content) turns for the quote stage."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from ..model import Analysis, Mention, Span

# A turn label opens a sentence (or follows a heading's colon: 问答如下：记者：): a short name or 问/答, then a colon.
_LABEL = re.compile(r"(?:^|(?<=[。！？!?\n：:]))[ \t]*([^\s，,。：:“”\"！？!?]{1,12})[：:]")
_QUESTION = ("问", "记者", "提问")
_ANSWER = ("答", "回答")
_SPOKESPERSON = ("发言人", "部长", "大使", "主任", "司长", "局长", "负责人")
# 外交部发言人林剑主持例行记者会 / 发言人毛宁12日主持: the host of a briefing, named in its heading
_HOST = re.compile(r"发言人([\u4e00-\u9fff·]{2,8}?)(?:[0-9０-９]{1,2}日|周[一二三四五六日]|当天|当日|今天|今日|昨天)?主持")
# 中国外交部发言人25日就此答记者问 / 外交部发言人主持例行记者会: a spokesperson the text does not name answers
_UNNAMED_HOST = re.compile(r"(?:^|(?<=[。！？!?\n，,]))([^，,。！？!?\n“”]{0,12}?发言人)(?:[0-9０-９]{1,2}日|当天|当日)?"
                           r"(?:就[^，,。]{1,12}?)?(?:答记者问|回答记者提问|主持)")
SPOKESPERSON_REACH = 12  # a title this close before a name makes that person the one who answers
MIN_TURNS = 2  # a label seen once is a headline (专家：…), not a transcript, unless it answers a
# reporter's question that ends right before it (某报记者：……？王毅：……)


@dataclass
class Turn:
    label: str
    speaker: Optional[Mention]  # the person the label names
    cue: tuple[int, int]
    content: tuple[int, int]


def transcript_turns(doc: Analysis, with_questions: bool = False) -> list[Turn]:
    """Each answer of a transcript, from its label to the next label; an answer that runs on over
    paragraphs with no label of their own gives one turn per paragraph."""
    text = doc.norm_text
    people = [m for m in doc.mentions if m.type == "PER"]
    turns: list[Turn] = []
    opened = None  # where the first 问：/答： opens the transcript
    last_named: Optional[Mention] = None  # the last person a label named (赵立坚：)
    labels = [(p, label) for p in doc.article.paragraphs for label in _LABEL.finditer(text, p.start, p.end)]
    labelled = {p.start for p, _ in labels}
    for i, (paragraph, label) in enumerate(labels):
        nxt = labels[i + 1] if i + 1 < len(labels) else None
        end = nxt[1].start(1) if nxt is not None and nxt[0] is paragraph else paragraph.end
        person = _label_person(label, people)
        if person is None and label.group(1) in _ANSWER + _QUESTION and opened is None:
            opened = label.start(1)
        if person is None and label.group(1) in _ANSWER:  # 答：……正如普京所说……: not a name inside an answer
            # 毛宁：(an announcement)…问：…答：…: the one whose own label opened a turn before answers on
            person = last_named or _spokesperson(text, opened, people) or _spokesperson(text, label.start(1), people)
        elif person is not None:
            last_named = person
        turns.append(Turn(label.group(1), person, (label.end() - 1, label.end()), (label.end(), end)))
        if nxt is not None and nxt[0] is not paragraph and not label.group(1).startswith(_QUESTION):
            for more in doc.article.paragraphs:  # 答：…… and the paragraphs before the next 问：
                if paragraph.end <= more.start < nxt[0].start and more.start not in labelled:
                    turns.append(Turn(label.group(1), person, turns[-1].cue, (more.start, more.end)))
    counts = Counter(t.label for t in turns if t.content[0] == t.cue[1])
    answered = {label.start(1) for (_, asked), (_, label) in zip(labels, labels[1:])
                if asked.group(1).endswith(_QUESTION) and text[:label.start(1)].rstrip()[-1:] in ("？", "?")}
    return [t for t in turns if (counts[t.label] >= MIN_TURNS or t.cue[0] - len(t.label) in answered)
            and t.content[1] > t.content[0]
            and (t.speaker is not None or with_questions and (t.label.startswith(_QUESTION) or t.label.endswith(_QUESTION)))]


def is_answer(label: str) -> bool:
    """答： / 回答： (the cue is the word), not a name (赵立坚：, the colon is the cue)."""
    return label in _ANSWER


def interview_turns(doc: Analysis) -> list[tuple[int, int, Mention, bool]]:
    """(start, end, interviewee, is_question) of each turn of an interview: the answers are the
    interviewee's, and the questions address the interviewee (中新社记者：您曾撰文指出……)."""
    turns = [t for t in transcript_turns(doc, with_questions=True) if t.content[0] == t.cue[1]]  # labelled turns
    out = []
    for i, turn in enumerate(turns):
        answer = turn if turn.speaker is not None else next((t for t in turns[i + 1:] if t.speaker is not None), None)
        end = turns[i + 1].cue[0] if i + 1 < len(turns) else turn.content[1]  # an answer runs on over paragraphs
        if answer is not None:
            out.append((turn.content[0], end, answer.speaker, turn.speaker is None))
    return out


def _spokesperson(text: str, at: int, people: list[Mention]) -> Optional[Mention]:
    """答：…… names nobody: the one who answers is the host the heading names (发言人某某主持记者会), else
    the spokesperson named before the transcript, else the last person named."""
    before = sorted((m for m in people if m.span.end <= at), key=lambda m: m.span.start)
    host = None
    for host in _HOST.finditer(text, 0, at):
        pass
    if host is not None:  # the host the heading names, before any titled person the briefing mentions
        return next((m for m in before if m.span.start == host.start(1)),
                    Mention(Span(host.start(1), host.end(1), host.group(1)), "PER"))
    titled = [m for m in before if any(t in text[max(0, m.span.start - SPOKESPERSON_REACH):m.span.start]
                                       for t in _SPOKESPERSON)]
    if titled:
        return titled[-1]
    unnamed = None
    for unnamed in _UNNAMED_HOST.finditer(text, 0, at):
        pass
    if unnamed is not None and (not before or before[-1].span.start < unnamed.start(1)):
        return Mention(Span(unnamed.start(1), unnamed.end(1), unnamed.group(1)), "PER")  # 外交部发言人就此答记者问
    return (before or [None])[-1]


def _label_person(label: re.Match, people: list[Mention]) -> Optional[Mention]:
    """The person a label names: 赵立坚： is that person; 问： names nobody."""
    if label.group(1).startswith(_QUESTION):
        return None
    return next((m for m in people if m.span.start >= label.start(1) and m.span.end == label.end(1)), None)


def answer_parts(text: str, start: int, end: int) -> list[tuple[tuple[int, int], str]]:
    """An answer opening with a quotation: the quotation direct, the rest reported."""
    while end > start and text[end - 1].isspace():
        end -= 1
    if not text.startswith("“", start):
        return [((start, end), "indirect")]
    close = text.find("”", start + 1, end)
    if close < 0:
        return [((start, end), "indirect")]
    rest = close + 1
    while rest < end and text[rest] in "，,。 \t":
        rest += 1
    return [((start + 1, close), "direct")] + ([((rest, end), "indirect")] if rest < end else [])
