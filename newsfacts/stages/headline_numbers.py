"""Numbers of a headline against the body: counted quantities (206例, 80万) that the body gives
smaller (number_inflated), and score or stat lines (3-1, 26+7) that the body never gives."""
from __future__ import annotations

import re
from dataclasses import dataclass


_QUANTITY = re.compile(r"(?P<approx>近|约|超|逾|超过|多达)?(?P<value>\d+(?:\.\d+)?)(?P<scale>万|亿)?(?P<more>多|余)?"
                       r"(?P<unit>[%％]|[\u4e00-\u9fff])?")
_NOT_UNITS = set("年月日号时分秒点季届期版")
# after 万 or 亿 only a measure word is a unit: 悬赏90万缉凶 gives an amount of no stated unit
_MEASURES = set("元人例名个家次辆架艘座所件起条份吨米岁度场户套台倍亩株头只位支枚颗篇部项美欧英港韩卢镑")
# amounts of money, ages, shares and measures stand each alone: two rewards of 50万 and 30万 are
# not one of 80万, while one case and four cases are five cases
_AMOUNT_UNITS = set("元美欧镑%％岁度米")
PAIR_WINDOW = 3  # body sentences (cut at ； too) over which a stat line's two numbers may be given
_PAIR = re.compile(r"(?<![\d.])(\d{1,3})\s*([+＋\-－–—:：比])\s*(\d{1,3})(?![\d.])")
_SEASON = re.compile(r"[年赛季届月]")
_RESPECTIVELY = "分别"  # 分别为50万元和30万元: one amount each, not parts of a total


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str  # "" when a scaled number stands alone (悬赏80万！)
    approx: bool


def quantities(text: str) -> list[Quantity]:
    """Each counted quantity of text (206例, 1.2万人, 超300家, 80万); dates and ordinals are not."""
    out = []
    for m in _QUANTITY.finditer(text):
        unit = m.group("unit") or ""
        if m.group("scale") and unit not in _MEASURES:
            unit = ""
        if not unit and not m.group("scale"):
            continue  # a bare number (a score, a model name) counts nothing
        if unit in _NOT_UNITS or text[m.start() - 1:m.start()] == "第" or _in_pair(text, m):
            continue
        value = float(m.group("value")) * {"万": 1e4, "亿": 1e8}.get(m.group("scale") or "", 1)
        out.append(Quantity(value, unit, bool(m.group("approx") or m.group("more"))))
    return out + chinese_quantities(text)


# 三名, 两万人, 十周年: a count in Chinese numerals before a measure word is the count 3名, 2万人, 10周年
_CHINESE_QUANTITY = re.compile(r"(?<![零一二两三四五六七八九十百千万亿第数几])(?P<approx>近|约|超|逾|超过|多达)?"
                               r"(?P<value>[一二两三四五六七八九十][零一二两三四五六七八九十百千]*)(?P<scale>万|亿)?"
                               r"(?P<more>多|余)?(?P<unit>[\u4e00-\u9fff])")
_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
_PLACES = {"十": 10, "百": 100, "千": 1000}


def chinese_quantities(text: str) -> list[Quantity]:
    """Counts written in Chinese numerals before a measure word (三名, 两万人, 十周年); one of a
    thing (一个, 一名) is how Chinese says "a", not a count, and is left out."""
    out = []
    for m in _CHINESE_QUANTITY.finditer(text):
        unit = m.group("unit")
        if unit not in _MEASURES and not text.startswith("周年", m.start("unit")):
            continue
        value = chinese_number(m.group("value"))
        if value is None or (value == 1 and not m.group("scale")):
            continue
        value *= {"万": 1e4, "亿": 1e8}.get(m.group("scale") or "", 1)
        out.append(Quantity(float(value), unit, bool(m.group("approx") or m.group("more"))))
    return out


def chinese_number(numeral: str) -> int | None:
    """十五 -> 15, 二十 -> 20, 一百零八 -> 108, 三 -> 3; None for what is no plain number (三五)."""
    total, digit = 0, None
    for char in numeral:
        if char in _DIGITS:
            if digit is not None:
                return None  # 三五 is "three or five", not a number
            digit = _DIGITS[char]
        else:
            total += (1 if digit is None else digit) * _PLACES[char]
            digit = None
    return total + (digit or 0)


def _in_pair(text: str, m: re.Match) -> bool:
    """26+7 or 3-1: the numbers of a stat or score line are compared as a pair, not as counts."""
    return bool(re.match(r"\s*[+＋\-－–—:：比]\s*\d", text[m.end("value"):]) or
                re.search(r"\d\s*[+＋\-－–—:：比]\s*$", text[max(0, m.start() - 4):m.start()]))


def _same_unit(head: Quantity, body: Quantity) -> bool:
    return head.unit == body.unit or (not head.unit and body.value >= 1e4)


def inflated(body: list[str], evidence: str, claim_text: str) -> bool:
    """A heading quantity larger than every body quantity of its unit, when the evidence gives one
    of that unit and no body sentence gives it or parts that add up to it."""
    counted = [quantities(sentence) for sentence in body]
    for head in quantities(claim_text):
        groups = [([q.value for q in found if _same_unit(head, q)], _additive(sentence, found, head))
                  for sentence, found in zip(body, counted)]
        if _totals(head.value, groups):
            continue
        everywhere = [q.value for found in counted for q in found if _same_unit(head, q)]
        near = any(_same_unit(head, q) for q in quantities(evidence))
        if near and max(everywhere, default=head.value) < head.value * (0.85 if head.approx else 1.0):
            return True
    return False


def _additive(sentence: str, found: list[Quantity], head: Quantity) -> bool:
    units = {q.unit for q in found if _same_unit(head, q)}
    return not (units & _AMOUNT_UNITS and _RESPECTIVELY in sentence)


def _totals(value: float, sentences: list[tuple[list[float], bool]]) -> bool:
    """Whether a body sentence gives the value, or parts that add up to it (确诊1例，无症状4例: 5例)."""
    for group, additive in sentences:
        sums = {0.0}
        for v in group[:8]:
            sums |= {s + v for s in sums} if additive else {v}
        if any(abs(s - value) <= 0.01 * value for s in sums if s):
            return True
    return False


def missing_pairs(body: list[str], claim_text: str) -> list[str]:
    """Score and stat lines of a clause (3-1, 26+7) that no body sentence gives: a score in the
    same order, a stat line as such or with both its numbers in one sentence or a few running on
    (新增确诊6例…；…。新增无症状感染者64例 for 6+64)."""
    missing = []
    sentences = [_pairs_text(sentence) for sentence in body]
    sentences += ["".join(sentences[i:i + PAIR_WINDOW]) for i in range(len(sentences) - 1)]
    for m in _PAIR.finditer(claim_text):
        if _SEASON.match(claim_text[m.end():m.end() + 1]):
            continue  # 2021-22赛季 is a season, not a score
        a, sign, b = m.group(1), _sign(m.group(2)), m.group(3)
        line = f"{a}{sign}{b}"
        if any(line in s for s in sentences):
            continue
        if sign == "+" and any(_has_number(s, a) and _has_number(s, b) for s in sentences):
            continue
        missing.append(m.group(0))
    return missing


def _sign(mark: str) -> str:
    return "+" if mark in "+＋" else "-"


_CHINESE_PAIR = re.compile(r"([零一二两三四五六七八九十]{1,3})比([零一二两三四五六七八九十]{1,3})")


def _pairs_text(text: str) -> str:
    """Score and stat lines in one form: 3比1, 3:1 and 三比一 all read 3-1."""
    text = _CHINESE_PAIR.sub(lambda m: _score_digits(m) or m.group(0), text)
    return re.sub(r"(\d)\s*([+＋\-－–—:：比])\s*(\d)", lambda m: m.group(1) + _sign(m.group(2)) + m.group(3), text)


def _score_digits(m: re.Match) -> str:
    a, b = (0 if side == "零" else chinese_number(side) for side in m.groups())
    return f"{a}-{b}" if a is not None and b is not None else ""


def _has_number(text: str, number: str) -> bool:
    return re.search(rf"(?<![\d.]){number}(?![\d.])", text) is not None


_NUMBER = re.compile(r"(?P<approx>近|约|超|逾|超过|多达)?(?P<value>\d+(?:\.\d+)?)(?P<scale>万|亿)?(?P<more>多|余)?"
                     r"(?P<unit>[%％]|[\u4e00-\u9fff])")


def numbers(text: str) -> list[tuple[float, str, bool]]:
    """(value, unit, approximate) for each counted quantity (206例, 1.2万人, 超300家)."""
    out = []
    for m in _NUMBER.finditer(text):
        unit = m.group("unit")
        if unit in _NOT_UNITS or text[m.start() - 1:m.start()] == "第":
            continue  # dates and ordinals (历史第3人) are not counts
        value = float(m.group("value")) * {"万": 1e4, "亿": 1e8}.get(m.group("scale") or "", 1)
        out.append((value, unit, bool(m.group("approx") or m.group("more"))))
    return out
