"""When, where and at what cost: an event's date (from its clause or the time phrase that opens its
sentence), its place and coordinates, and the killed and injured counted near an attack."""
from __future__ import annotations

import re
from typing import Optional

from ..doc import coordinates, place_in
from ..model import Analysis, Event, Span
from ..nlp.chinese import SENTENCE_ENDS as _SENTENCE_BREAK, forward_to as _forward_to
from ..nlp.timex import NamedDays, ahead, bare_weekday, find_times, next_week_told
from . import event_parties as parties
from .event_args import CLAUSE_BREAK as _CLAUSE_BREAK, back_to as _back_to
from .event_references import speech_topic

_NUMBER = r"(?P<n>\d+|[一二两三四五六七八九十百千]+|数十|数百|数千|几十|上百|多)"
_KILLED = re.compile(_NUMBER + r"(?:多)?(?:人|名[^，。]{0,6}?)(?:死亡|丧生|遇难|身亡|罹难|被打死|被炸死)")
_INJURED = re.compile(_NUMBER + r"(?:多)?(?:人|名[^，。]{0,6}?)(?:受伤|伤|负伤)")
_STANCES_ON_ACTS = ("ACCUSE", "SUPPORT", "REJECT", "PROTEST")
_VISIT = "042"  # CAMEO: make a visit; it takes place in the state visited
CASUALTY_REACH = 2  # sentences after the trigger sentence searched for casualty counts


def place_and_time(doc: Analysis, event: Event, sentence: Span, days: NamedDays) -> None:
    """Date from the trigger's clause, or from a time phrase that opens the sentence."""
    text = doc.norm_text
    clause_start = _back_to(text, sentence.start, event.trigger.start, _CLAUSE_BREAK)
    first_actor = next((m.start for m, _ in parties.mentions(doc, sentence.start, sentence.end)), sentence.end)
    own_end = _forward_to(text, event.trigger.end, sentence.end, _CLAUSE_BREAK)
    # 对X10日的试射表示关切: a day after 对 dates the act the stance is about, not the stance
    about = text.find("对", clause_start, event.trigger.start) if event.type in _STANCES_ON_ACTS else -1
    # the act's own time adjunct after a nominal trigger (峰会将于5月18日举行): only right after 于
    windows = [(clause_start, about if about >= 0 else event.trigger.start, False), (sentence.start, min(first_actor, clause_start), False),
               (event.trigger.end, own_end, True)]
    paragraph_start = text.rfind("\n", 0, sentence.start) + 1
    for begin, end, after in windows:
        times = [t for t in find_times(text, doc.article.published_at, begin, end, anchor=days.before(begin),
                                       ahead=event.modality == "future", frame=days.frame(event.trigger.start),
                                       near=days.since(begin, paragraph_start))
                 if t.value and t.precision in ("day", "part_of_day", "week", "month", "year")
                 and (not after or text[t.start - 1:t.start] == "于")
                 and not _filed(text, t.start, t.end)]
        if times:
            best = next((t for t in times if t.precision in ("day", "part_of_day")), times[0])
            value = best.value
            if bare_weekday(best.text) and next_week_told(text, text.rfind("\n", 0, sentence.start) + 1, best.start):
                value = ahead(value, doc.article.published_at)  # 下星期访问…星期一会面: still to come
            event.date_precision, event.when = best.precision, value
            event.date = value if best.precision in ("day", "part_of_day") else None
            break
    clause_end = _forward_to(text, event.trigger.end, sentence.end, _CLAUSE_BREAK)
    clause_end = _forward_to(text, min(clause_end + 1, sentence.end), sentence.end, _CLAUSE_BREAK)  # 击中了…
    previous = _back_to(text, sentence.start, max(sentence.start, clause_start - 1), _CLAUSE_BREAK)
    place = place_in(doc, previous, clause_end, exclude={event.source, event.target},
                     spoken_of=lambda mention: speech_topic(text, sentence.start, mention.start, event.trigger),
                     inside=event.target if event.cameo == _VISIT else None)
    if place is not None:
        event.location = place
        found = coordinates(place)
        if found is not None:
            event.lat, event.lon = found


_LEAD = re.compile(r"[\s\u3000【\[]*(?!据|根据|另据)[\u4e00-\u9fffA-Za-z]{2,14}")  # the outlet that opens a paragraph's lead


def _filed(text: str, start: int, end: int) -> bool:
    """text[start:end], a date, tells when the report was filed, not when anything was done: 中新网1月12日电, and
    参考消息网11月17日报道 opening a paragraph (not 据路透社15日报道, which may date what it reports)."""
    if text[end:end + 1] in ("电", "讯"):
        return True
    return text.startswith("报道", end) and _LEAD.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None


def casualties(doc: Analysis, event: Event, paragraph: Span, sentence: Span) -> None:
    text = doc.norm_text
    end = sentence.end
    for _ in range(CASUALTY_REACH):
        nxt = _forward_to(text, min(end + 1, len(text)), len(text), _SENTENCE_BREAK)
        if nxt <= end:
            break
        end = nxt
    window = text[sentence.start:end]
    killed, injured = _KILLED.search(window), _INJURED.search(window)
    event.killed = _count(killed.group("n")) if killed else None
    event.injured = _count(injured.group("n")) if injured else None


def _count(raw: str) -> Optional[int]:
    if raw.isdigit():
        return int(raw)
    try:
        import cn2an

        return int(cn2an.cn2an(raw, "smart"))
    except (ValueError, KeyError, ImportError):
        return None  # 数十, 上百: a vague count is not a number
