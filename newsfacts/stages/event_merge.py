"""One record per act: the events the rules find for one act told several times (the same trigger
again, another trigger of the same clause, a noun that refers back, the act given as a cause) merged
into one record that keeps every piece of evidence."""
from __future__ import annotations

import re

from ..model import Event, Span
from ..nlp.chinese import SENTENCE_ENDS as _SENTENCE_BREAK
from .event_args import CLAUSE_BREAK as _CLAUSE_BREAK, back_to as _back_to

LIGHT_VERBS = ("提供", "举行", "进行", "发动", "实施")  # verbs whose object names the act
VISIT = "042"  # CAMEO: make a visit


def merge(events: list[Event], text: str = "", named_again=lambda event: False) -> list[Event]:
    """One record per (type, source, target, date); a later mention, or an undated one, adds
    its evidence to the record it repeats: the same trigger word, another trigger of the same
    clause (提供了军事援助), a bare noun that refers back to the act (`named_again`: 这次会晤), or
    the act given as a cause (由于X袭击Y，…; a sanction so given by another word, 由于X的禁运 after X's
    制裁, is a measure of its own). Talks of 双方 after a meeting of the two stay their own record in
    both directions, as train's annotators code them (merging them cost train and check)."""
    merged: list[Event] = []
    for event in events:
        again = named_again(event)
        cause = _as_cause(text, event)
        first = next((m for m in merged if (m.type, m.source, m.target, m.is_fact) ==
                      (event.type, event.source, event.target, event.is_fact)
                      and (m.date is not None and m.date == event.date
                           or (m.date is None or event.date is None)
                           and (_same_word(m, event) or _overlap(m.evidence, event.evidence)
                                or again and _same_time(m, event)
                                or _one_sentence(text, m.evidence, event.evidence) and not _measures(m, event)
                                or cause and not _measures(m, event)))), None)
        if first is None and event.type == "CONSULT" and event.cameo != VISIT and _recalled(text, event, again):
            first = next((m for m in merged if m.type == "CONSULT" and m.cameo != VISIT
                          and {m.source, m.target} == {event.source, event.target} and m.is_fact == event.is_fact
                          and (m.date is None or event.date is None or m.date == event.date)
                          and (_same_time(m, event) or _restated(text, event))), None)
        if first is None and event.type == "CONSULT" and event.cameo == VISIT and _restated(text, event):
            # 这是X年来美国国务卿首次访华: the visit just told, counted
            first = next((m for m in merged if m.type == "CONSULT" and (m.source, m.target) == (event.source, event.target)
                          and m.is_fact == event.is_fact), None)
        if first is None:
            merged.append(event)
            continue
        if first.trigger.text in LIGHT_VERBS and _overlap(first.evidence, event.evidence):
            first.trigger = event.trigger  # 提供了军事援助: the act is named by 援助
        if event.evidence != first.evidence and event.evidence not in first.also_evidence:
            first.also_evidence.append(event.evidence)
        first.date = first.date or event.date
        first.killed = first.killed if first.killed is not None else event.killed
        first.injured = first.injured if first.injured is not None else event.injured
        if not first.location and event.location:
            first.location, first.lat, first.lon = event.location, event.lat, event.lon
        first.confidence = max(first.confidence, event.confidence)
    return merged


def _same_word(first: Event, again: Event) -> bool:
    """One trigger word; for a stance, whether or not its light verb came with it (表示赞赏, then the
    speaker's own 赞赏 in a quote: one act told twice). Acts of deed keep apart (峰会, 视频峰会)."""
    a, b = first.trigger.text, again.trigger.text
    return a == b or first.type in _STANCES_TOLD_TWICE and len(min(a, b, key=len)) >= 2 and (a in b or b in a)


_STANCES_TOLD_TWICE = ("SUPPORT", "ACCUSE", "REJECT", "REQUEST")


def _measures(first: Event, again: Event) -> bool:
    """Two sanctions of one sentence told by different words in different clauses (加征关税，暂停…资格):
    two measures, not one act told twice."""
    return first.type == again.type == "SANCTION" and first.trigger.text != again.trigger.text \
        and not _overlap(first.evidence, again.evidence)


# A meeting or call told as the occasion (在与X通话时表示, 在会谈中) or named in a modifier (与X通话的
# 一家美媒): the meeting reported before, recalled, whichever side is named first.
_RECALL_AFTER = re.compile(r"[^，,。；;]{0,2}?(?:时|中|期间|之际|的)")


_RESTATED = re.compile(r"\s*(?:这|此次|此番|这次)(?:也|已|已经|还|则)?是")


def _restated(text: str, event: Event) -> bool:
    """The act's clause opens with 这是 / 此次是 / 这也是: a sentence that says what the act just told was
    (its count, its kind; 今年 there dates the count, not the act)."""
    return _RESTATED.match(text, _back_to(text, 0, event.trigger.start, _CLAUSE_BREAK)) is not None


def _recalled(text: str, event: Event, again: bool) -> bool:
    if again:
        return True
    if _restated(text, event):
        return True  # 这是两国今年举行的第三轮谈判: the talks just told, counted, not another meeting
    clause_start = _back_to(text, 0, event.trigger.start, _CLAUSE_BREAK)
    after = _RECALL_AFTER.match(text, event.trigger.end)
    if after is None:
        return False
    return after.group().endswith("的") or "在" in text[clause_start:event.trigger.start]


# 由于俄方袭击乌克兰西部，波兰出动战机: an act given as the cause of another is told again, not anew.
_CAUSE = ("由于", "因为")


def _as_cause(text: str, event: Event) -> bool:
    clause_start = _back_to(text, 0, event.trigger.start, _CLAUSE_BREAK)
    return text[clause_start:event.trigger.start].lstrip().startswith(_CAUSE)


def _same_time(first: Event, again: Event) -> bool:
    """A noun naming an act again carries no time of its own, or the first one's (在2022年1月的峰会上
    names an occasion of its own, not the summit reported before)."""
    return again.when is None or again.when == first.when


def _one_sentence(text: str, a: Span, b: Span) -> bool:
    """Two clauses of one sentence (举行通话，讨论…局势): one act told in its parts."""
    return bool(text) and not any(c in _SENTENCE_BREAK or c in "；;" for c in text[min(a.start, b.start):max(a.end, b.end)])


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end
