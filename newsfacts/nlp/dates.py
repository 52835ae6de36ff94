"""Absolute date and time expressions in Chinese and ISO forms to datetimes.

Publication times carry +08:00 unless the input states a zone (Chinese sources).
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Optional

CHINA_TZ = timezone(timedelta(hours=8))

_FULL_DIGITS = str.maketrans("０１２３４５６７８９：－／", "0123456789:-/")
# 2025-04-19 10:12:48 | 2025/4/19 10:12 | 2025.04.19 | 2025年4月19日 10:12 | 2025年4月19日10时12分
DATETIME_RE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})\s*日?"
    r"(?:[\sT]*(?:(?P<ampm>上午|下午|晚上|早上|中午)\s*)?(?P<H>\d{1,2})\s*[:：时点]\s*(?P<M>\d{1,2})"
    r"(?:\s*[:：分]\s*(?P<S>\d{1,2})秒?)?分?)?"
    r"(?P<tz>\s*(?:Z|[+-]\d{2}:?\d{2}))?"
)
_EN_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
# 3 Jan 2022 | 03-Jan-2022 | 3 January, 2022 | Jan 3, 2022 | January 3 2022 (Sohu records); the time of day is ignored
_EN_DATE_RE = re.compile(r"(?P<d>\d{1,2})[\s-]+(?P<mon>[A-Za-z]{3})[a-z]*\.?,?[\s-]+(?P<y>(?:19|20)\d{2})"
                         r"|(?P<mon2>[A-Za-z]{3})[a-z]*\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d{2})")


def find_datetime(text: str) -> Optional[tuple[datetime, int, int, bool]]:
    """First absolute date(time) in text: (value, start, end, has_time), or None."""
    probe = text.translate(_FULL_DIGITS)
    for match in DATETIME_RE.finditer(probe):
        value = _from_match(match)
        if value is not None:
            return value, match.start(), match.end(), match.group("H") is not None
    return None


def parse_datetime(value: str) -> Optional[datetime]:
    """A whole string as a datetime (ISO 8601, Chinese forms, '3 Jan 2022'); None if not a date."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=CHINA_TZ)
    except ValueError:
        pass
    found = find_datetime(value)
    if found:
        return found[0]
    return _english_date(value)


def _english_date(value: str) -> Optional[datetime]:
    match = _EN_DATE_RE.search(value)
    if not match:
        return None
    month = _EN_MONTHS.get((match.group("mon") or match.group("mon2")).lower()[:3])
    try:
        day, year = int(match.group("d") or match.group("d2")), int(match.group("y") or match.group("y2"))
        return datetime(year, month, day, tzinfo=CHINA_TZ) if month else None
    except ValueError:
        return None


def _from_match(match: re.Match) -> Optional[datetime]:
    try:
        hour = int(match.group("H")) if match.group("H") else 0
        if match.group("ampm") in ("下午", "晚上") and hour < 12:
            hour += 12
        tz = CHINA_TZ
        if match.group("tz"):
            raw = match.group("tz").strip()
            if raw == "Z":
                tz = timezone.utc
            else:
                sign = -1 if raw[0] == "-" else 1
                digits = raw[1:].replace(":", "")
                tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
        return datetime(
            int(match.group("y")), int(match.group("m")), int(match.group("d")),
            hour, int(match.group("M") or 0), int(match.group("S") or 0), tzinfo=tz,
        )
    except ValueError:
        return None
