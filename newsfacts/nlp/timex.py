"""Relative and absolute time expressions (周五, 昨天, 本周, 今年2月, 2021年12月29日) to dates,
resolved against the publication time, with their precision (day, part_of_day, week, month, year)."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Optional

_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_NUM = r"(?:\d{1,4}|[一二两三四五六七八九十]{1,3})"
_PART_OF_DAY = r"(?:早些时候|晚些时候|早间|早上|上午|中午|下午|傍晚|晚间|晚上|夜间|深夜|凌晨|当晚|早晨)"

# (a number of days after a word of length is a span, not a day of the month: 停留不超过30日, 为期10日, 每15日)
TIME_RE = re.compile(
    rf"(?P<ymd>(?P<y>(?:19|20)\d{{2}})年(?:(?P<m>{_NUM})月(?:(?P<d>{_NUM})[日号])?)?)"
    rf"|(?P<md>(?:(?P<rel_year>今年|去年|明年))?(?P<m2>{_NUM})月(?:(?P<d2>{_NUM})[日号])?)"
    rf"|(?P<weekday>(?:(?P<wk_mod>上|下|本|这)个?)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天]))(?P<pod>{_PART_OF_DAY})?"
    rf"|(?P<relday>今天|昨天|前天|明天|今日|昨日|当天|当日|同日|同一天|次日|翌日|今晨|昨晚|今晚|昨夜)"
    rf"|(?<![\d月日年号周期礼拜数几满逾每])(?<!超过)(?<!长达)(?<!为期)(?<!历时)(?<!至少)(?<!最多)(?<!最长)(?<!连续)(?<!持续)"
    rf"(?P<dayonly>[1-9]|[12]\d|3[01]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
    rf"(?![内后前以之间子常本元])(?P<dpod>{_PART_OF_DAY}|晚|早|夜)?"
    rf"|(?P<relweek>(?:本|上|下|这)个?(?:周|星期|礼拜))"
    rf"|(?P<relmonth>本月|上月|上个月|下个月|这个月)"
    rf"|(?P<relyear>今年|去年|明年)"
    rf"|(?P<pod_only>{_PART_OF_DAY})"
)


@dataclass(frozen=True)
class TimeValue:
    """A resolved time expression: ISO date (YYYY-MM-DD, YYYY-MM or YYYY) and its precision."""

    value: Optional[str]
    precision: str  # day, part_of_day, week, month, year, unresolved
    start: int
    end: int
    text: str


def _num(raw: Optional[str]) -> Optional[int]:
    if raw is None:
        return None
    if raw.isdigit():
        return int(raw)
    if raw.startswith("十"):
        return 10 + (_CN_DIGITS.get(raw[1:], 0) if len(raw) > 1 else 0)
    if "十" in raw:
        tens, _, ones = raw.partition("十")
        return _CN_DIGITS.get(tens, 0) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return _CN_DIGITS.get(raw)


# 将于9月16日, 定于周五: the date of something still to come, after publication.
_AHEAD_CUE = re.compile(r"(?:将于|将在|定于|拟于|计划于|预定于|预计于|将)\s*$")
AHEAD_CUE_REACH = 4


def find_times(text: str, published: Optional[datetime], start: int = 0, end: Optional[int] = None,
               anchor: Optional[date] = None, ahead: bool = False, frame: Optional[date] = None,
               near: Optional[date] = None) -> list[TimeValue]:
    """Every time expression in text[start:end], resolved against the publication date.

    `anchor` is the last day the text mentioned (for 当天, 次日); it defaults to publication day.
    `ahead`: the text speaks of what is still to come, so a month, day or weekday with no year is
    the next one after publication (so is one right after 将于/定于).
    `frame`: a month the narrative moved to (NamedDays.frame: 时间拨回到7月。…4日): a day alone is of that month.
    `near`: the last day its paragraph named (NamedDays.since): a day alone a few days after it goes on in its month
    (6月8日，…。…9日召见…, published in November: June the 9th).
    """
    end = len(text) if end is None else end
    pub = published.date() if published else None
    found = []
    running = anchor  # 当天 and 夜间 refer to the last day named, within this stretch too
    for match in TIME_RE.finditer(text, start, end):
        if match.group("pod_only") and running is None:
            found.append(TimeValue(None, "unresolved", match.start(), match.end(), match.group(0)))
            continue  # 晚些时候 alone says nothing of the day unless a day was just named
        forward = ahead or bool(_AHEAD_CUE.search(text, max(0, match.start() - AHEAD_CUE_REACH), match.start()))
        value, precision = _resolve(match, pub, running or pub, forward, frame, near)
        found.append(TimeValue(value, precision, match.start(), match.end(), match.group(0)))
        if value and precision in ("day", "part_of_day") and not match.group("pod_only"):
            running = date.fromisoformat(value)
        elif value is None and match.group("md"):
            running = None  # 10月26日 with no year known: the days named before no longer tell 当天 or 19日
    return found


_NEAR_DAYS = 7  # a day alone this many days after the last day its paragraph named goes on in that day's month


class NamedDays:
    """The days a text names, in order, for 当天/同日/夜间 at any position: the last day named before
    it. Built once per text; every stage that dates something shares it."""

    def __init__(self, text: str, published: Optional[datetime]):
        every = find_times(text, published)
        times = [t for t in every if t.precision in ("day", "part_of_day") and t.value
                 or t.precision == "unresolved" and "月" in t.text]  # 10月26日, year unknown: no day known
        self.ends = [t.end for t in times]
        self.values = [date.fromisoformat(t.value) if t.value else None for t in times]
        # months the narrative moves to (时间拨回到7月。 / 到了2023年7月，): (end, first day of the month); a date
        # that names its month ends the frame (None)
        frames = [(t.end, date.fromisoformat(t.value + "-01") if t.precision == "month" else None) for t in every
                  if t.precision == "month" and t.value and _opens_frame(text, t)
                  or "月" in t.text and t.precision in ("day", "part_of_day", "unresolved")]
        self.frame_ends = [end for end, _ in frames]
        self.frames = [month for _, month in frames]

    def frame(self, position: int) -> Optional[date]:
        """The month the narrative last moved to before `position`, if no date naming its month came since."""
        i = bisect_right(self.frame_ends, position - 1)
        return self.frames[i - 1] if i else None

    def since(self, position: int, floor: int) -> Optional[date]:
        """The last day named before `position` and after `floor` (its paragraph's start), else None."""
        i = bisect_right(self.ends, position - 1)
        return self.values[i - 1] if i and self.ends[i - 1] > floor else None

    def before(self, position: int) -> Optional[date]:
        """The last day named before `position` (None when none was)."""
        return self.since(position, -1)


# A month alone that sets the time of what follows: it ends its sentence or clause, with nothing before it in the
# clause but a verb of moving in time (时间拨回到7月。 到了2023年7月，); a month that only opens a clause
# (2019年3月，两国曾…) tells background, and the days after it are the report's again.
_FRAME_LEAD = re.compile(r"(?:时间)?(?:拨回到|回到|拨回|来到|到了|进入|及至|直到)$")  # 2019年3月， alone: background


def _opens_frame(text: str, t: TimeValue) -> bool:
    clause = max(text.rfind(c, 0, t.start) for c in "，,。；;\n！？!?")
    return text[t.end:t.end + 1] in ("，", ",", "。") and _FRAME_LEAD.fullmatch(text, clause + 1, t.start) is not None


def resolve_day(text: str, published: Optional[datetime], anchor: Optional[date] = None) -> Optional[str]:
    """The day (YYYY-MM-DD) of the first day-precise expression in text, or None; `anchor` is the
    last day named before the text (NamedDays.before), for 当天 and 同日."""
    for t in find_times(text, published, anchor=anchor):
        if t.precision in ("day", "part_of_day") and t.value:
            return t.value
    return None


def _resolve(m: re.Match, pub: Optional[date], anchor: Optional[date],
             forward: bool = False, frame: Optional[date] = None, near: Optional[date] = None) -> tuple[Optional[str], str]:
    try:
        if m.group("dayonly"):
            day = _num(m.group("dayonly"))
            if near is not None and not forward and day and 0 <= day - near.day <= _NEAR_DAYS:
                frame = near  # 6月8日，…。…9日召见…: the narration goes on in the month it named
            framed = frame is not None and not forward  # 时间拨回到7月。…4日: the month moved to, not publication's
            value = _day_only(day, None if framed else pub, frame if framed else anchor, forward)
            return value, ("part_of_day" if m.group("dpod") else "day") if value else "unresolved"
        if m.group("relday") in _SAME_DAY and anchor is not None:
            return anchor.isoformat(), "day"  # 当天/同日: the last day named, even with no publication date
        if m.group("ymd"):
            y, mo, d = int(m.group("y")), _num(m.group("m")), _num(m.group("d"))
            if d and mo:
                return date(y, mo, d).isoformat(), "day"
            return (f"{y:04d}-{mo:02d}", "month") if mo else (f"{y:04d}", "year")
        if pub is None:
            return None, "unresolved"
        if m.group("md"):
            mo, d = _num(m.group("m2")), _num(m.group("d2"))
            year = pub.year + {"去年": -1, "明年": 1}.get(m.group("rel_year") or "", 0)
            if not m.group("rel_year") and mo and (mo, d or 1) > (pub.month, pub.day) and not forward:
                year -= 1  # a bare month or day after publication is last year's (unless still to come)
            if d:
                return date(year, mo, d).isoformat(), "day"
            return f"{year:04d}-{mo:02d}", "month"
        if m.group("weekday"):
            day = _weekday(m, pub)
            if forward and not m.group("wk_mod") and day < pub:
                day += timedelta(days=7)  # 将于周五: the coming Friday
            return day.isoformat(), "part_of_day" if m.group("pod") else "day"
        if m.group("relday"):
            return _relative_day(m.group("relday"), pub, anchor or pub).isoformat(), "day"
        if m.group("relweek"):
            shift = {"上": -7, "下": 7}.get(m.group("relweek")[0], 0)
            monday = pub - timedelta(days=pub.weekday()) + timedelta(days=shift)
            return monday.isoformat(), "week"
        if m.group("relmonth"):
            month = pub.month + {"上月": -1, "上个月": -1, "下个月": 1}.get(m.group("relmonth"), 0)
            year = pub.year + (month - 1) // 12
            return f"{year:04d}-{(month - 1) % 12 + 1:02d}", "month"
        if m.group("relyear"):
            return f"{pub.year + {'去年': -1, '明年': 1}.get(m.group('relyear'), 0):04d}", "year"
        if m.group("pod_only"):
            return (anchor or pub).isoformat(), "part_of_day"
    except (ValueError, TypeError):
        return None, "unresolved"
    return None, "unresolved"


def _day_only(day: Optional[int], pub: Optional[date], anchor: Optional[date],
              forward: bool = False) -> Optional[str]:
    """A day of the month alone (8日), news style: the publication month, or the month before when
    that day is still to come; with no publication date, the month of the last full date named.
    `forward` (将于8日): the next such day on or after publication, unless this month's is nearer."""
    if not day or not 1 <= day <= 31:
        return None
    if pub is not None:
        year, month = pub.year, pub.month
        if forward and day < pub.day and pub.day - day > _days_to_next(pub, day):
            year, month = (year, month + 1) if month < 12 else (year + 1, 1)  # 将于3日 on the 28th: next month's
        elif day > pub.day and not forward:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    elif anchor is not None:
        year, month = anchor.year, anchor.month
    else:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None  # 31日 in a month of 30 days


def _days_to_next(pub: date, day: int) -> int:
    """Days from publication to `day` of the next month (将于7日 published on the 8th was told the day
    before: the nearer reading, this month's 7th, is meant)."""
    year, month = (pub.year, pub.month + 1) if pub.month < 12 else (pub.year + 1, 1)
    try:
        return (date(year, month, day) - pub).days
    except ValueError:
        return 10 ** 6  # 31日 in a month of 30 days


def _weekday(m: re.Match, pub: date) -> date:
    """A bare weekday is the latest such day on or before publication (news reports the past)."""
    target = _WEEKDAYS[m.group("wd")]
    modifier = m.group("wk_mod")
    if modifier in ("上", "下", "本", "这"):
        monday = pub - timedelta(days=pub.weekday()) + timedelta(days={"上": -7, "下": 7}.get(modifier, 0))
        return monday + timedelta(days=target)
    return pub - timedelta(days=(pub.weekday() - target) % 7)


_SAME_DAY = ("当天", "当日", "同日", "同一天")


def _relative_day(word: str, pub: date, anchor: date) -> date:
    if word in _SAME_DAY:
        return anchor
    if word in ("次日", "翌日"):
        return anchor + timedelta(days=1)
    offset = {"昨天": -1, "昨日": -1, "昨晚": -1, "昨夜": -1, "前天": -2, "明天": 1}.get(word, 0)
    return pub + timedelta(days=offset)


_WEEK_CUE = re.compile(r"(?P<mod>上|下|本|这)个?(?:周|星期|礼拜)")
_BARE_WEEKDAY = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天]")


def bare_weekday(expression: str) -> bool:
    """周五, 星期一: a weekday with no 上/下/本 before it."""
    return bool(_BARE_WEEKDAY.match(expression))


def next_week_told(text: str, start: int, position: int) -> bool:
    """The last week the text named in text[start:position] is the coming one (下周, 下星期): a bare
    weekday after it (马克龙下星期访问俄罗斯。…星期一在莫斯科会面) is that week's day."""
    cues = list(_WEEK_CUE.finditer(text, start, position))
    return bool(cues) and cues[-1].group("mod") == "下"


def ahead(value: str, published: Optional[datetime]) -> str:
    """A bare weekday told as still to come: the first such day after publication, not the last one
    before it (`value` is the past reading, YYYY-MM-DD)."""
    if published is None:
        return value
    day = date.fromisoformat(value[:10])
    return (day + timedelta(days=7)).isoformat() if day < published.date() else value
