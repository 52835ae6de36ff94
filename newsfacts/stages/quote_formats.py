"""Attribution formats that have no speech verb: press-conference transcripts (赵立坚：……),
turned into (speaker mention, cue, content) turns for the quote stage."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from ..model import Analysis, Mention

# A turn label opens a sentence: a short name or 问/答, then a colon.
_LABEL = re.compile(r"(?:^|(?<=[。！？!?\n]))[ \t]*([^\s，,。：:“”\"]{1,12})[：:]")
_QUESTION = ("问", "记者", "提问")
_ANSWER = ("答", "回答")
_SPOKESPERSON = ("发言人", "部长", "大使", "主任", "司长", "局长", "负责人")
SPOKESPERSON_REACH = 12  # a title this close before a name makes that person the one who answers
MIN_TURNS = 2  # a label seen once is a headline (专家：…), not a transcript


@dataclass
class Turn:
    label: str
    speaker: Optional[Mention]  # the person the label names
    cue: tuple[int, int]
    content: tuple[int, int]


def transcript_turns(doc: Analysis, with_questions: bool = False) -> list[Turn]:
    """Each answer of a transcript, from its label to the next label or the paragraph's end."""
    text = doc.norm_text
    people = [m for m in doc.mentions if m.type == "PER"]
    turns: list[Turn] = []
    opened = None  # where the first 问：/答： opens the transcript
    for paragraph in doc.article.paragraphs:
        labels = list(_LABEL.finditer(text, paragraph.start, paragraph.end))
        for i, label in enumerate(labels):
            end = labels[i + 1].start(1) if i + 1 < len(labels) else paragraph.end
            person = _label_person(label, people)
            if person is None and label.group(1) in _ANSWER + _QUESTION and opened is None:
                opened = label.start(1)
            if person is None and label.group(1) in _ANSWER:  # 答：……正如普京所说……: not a name inside an answer
                person = _spokesperson(text, opened, people) or _spokesperson(text, label.start(1), people)
            turns.append(Turn(label.group(1), person, (label.end() - 1, label.end()),
                              (label.end(), end)))
    counts = Counter(t.label for t in turns)
    return [t for t in turns if counts[t.label] >= MIN_TURNS and t.content[1] > t.content[0]
            and (t.speaker is not None or with_questions and (t.label.startswith(_QUESTION) or t.label.endswith(_QUESTION)))]


def interview_turns(doc: Analysis) -> list[tuple[int, int, Mention, bool]]:
    """(start, end, interviewee, is_question) of each turn of an interview: the answers are the
    interviewee's, and the questions address the interviewee (中新社记者：您曾撰文指出……)."""
    turns = transcript_turns(doc, with_questions=True)
    out = []
    for i, turn in enumerate(turns):
        answer = turn if turn.speaker is not None else next((t for t in turns[i + 1:] if t.speaker is not None), None)
        end = turns[i + 1].cue[0] if i + 1 < len(turns) else turn.content[1]  # an answer runs on over paragraphs
        if answer is not None:
            out.append((turn.content[0], end, answer.speaker, turn.speaker is None))
    return out


def _spokesperson(text: str, at: int, people: list[Mention]) -> Optional[Mention]:
    """答：…… names nobody: the one who answers is the spokesperson named before the transcript
    (某部发言人某某主持记者会), else the last person named."""
    before = sorted((m for m in people if m.span.end <= at), key=lambda m: m.span.start)
    titled = [m for m in before if any(t in text[max(0, m.span.start - SPOKESPERSON_REACH):m.span.start]
                                       for t in _SPOKESPERSON)]
    return (titled or before or [None])[-1]


def _label_person(label: re.Match, people: list[Mention]) -> Optional[Mention]:
    """The person a label names: 赵立坚： is that person; 问： names nobody."""
    if label.group(1).startswith(_QUESTION):
        return None
    return next((m for m in people if m.span.start >= label.start(1) and m.span.end == label.end(1)), None)
