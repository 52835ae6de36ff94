"""Plain-text article dumps to Articles: title, byline (author, time), sub-headings, body
paragraphs, and the page chrome removed from them (reported as boilerplate)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..errors import InputError
from .bylines import strip_bylines
from ..model import Article, Span
from ..nlp.dates import find_datetime
from ..script import canonical_view, in_script
from .repair import tighten, unwrap

_LABEL_RE = re.compile(r"^(?:发布时间|發佈時間|发布于|发表于|时间|時間|日期|更新时间)\s*[:：]?\s*")
_BYLINE_LABELS = re.compile(r"(?:来源|來源|作者|文|记者|編輯|编辑)\s*[:：/／]\s*")
_AUTHOR_RE = re.compile(r"(?:作者|记者|文|撰文|撰稿)\s*[:：/／|丨]\s*(?P<name>[^\s，,。|丨]{2,12})")
_SOURCE_ONLY = re.compile(r"^(?:来源|來源)\s*[:：]")
_END_PUNCT = "。．.；;：:，,、…"
_QUOTE_MARKS = "“”「」『』\"'"
SUBHEADING_MAX = 40
SHORT_HEAD_SHARE = 0.8  # a short head is at most this share of the longer line next to it
TITLE_MAX = 200  # characters: a first line longer than this is body text (gold titles run to 36)
_COUNTER_LABELS = (("阅读", "reads"), ("评论", "comments"), ("点赞", "likes"), ("转发", "shares"), ("收藏", "saves"))


@dataclass
class _Line:
    start: int
    end: int
    text: str  # stripped content
    number: int


@dataclass(frozen=True)
class _ChromeRules:
    line: tuple[re.Pattern, ...]
    tail: tuple[re.Pattern, ...]
    head: tuple[re.Pattern, ...]


@lru_cache(maxsize=1)
def chrome_rules() -> _ChromeRules:
    """The chrome patterns of data/chrome.tsv, compiled once."""
    groups: dict[str, list[re.Pattern]] = {"line": [], "tail": [], "head": []}
    for where, pattern in lexicon.rows("chrome.tsv"):
        groups[where].append(re.compile(pattern))
    return _ChromeRules(tuple(groups["line"]), tuple(groups["tail"]), tuple(groups["head"]))


def parse_text(text: str, source: Optional[str] = None, id: Optional[str] = None) -> Article:
    """Lay out a plain-text dump: the first real line is the title, then byline, body, chrome. A text
    in traditional characters or with 「」 quotes is laid out on its canonical copy (script.py: the
    chrome and byline patterns are simplified) and returned as it is written; the lines of a
    hard-wrapped text are joined and spaces typed after Chinese punctuation removed first (repair.py),
    with a warning."""
    if text is None or not text.strip():
        raise InputError(source, "empty input")
    text, joined = unwrap(text)
    text, tightened = tighten(text)
    view = canonical_view(text)
    article = _layout(text, source, id) if view is None else in_script(_layout(view, source, id), text)
    if joined:
        article.warnings.append(f"hard-wrapped text: {joined} line breaks inside paragraphs removed")
    if tightened:
        article.warnings.append(f"spaces after Chinese punctuation removed in {tightened} places")
    return article


def _layout(text: str, source: Optional[str], id: Optional[str]) -> Article:
    lines = _lines(text)
    article = Article(text=text, id=id, source=source, input_format="text")
    rules = chrome_rules()
    index = 0
    while index < len(lines) and _is_chrome(lines[index].text, rules):
        article.boilerplate.append(_span(text, lines[index]))
        index += 1
    if index == len(lines):
        raise InputError(source, "no article text: every line is page chrome")
    if len(lines[index].text) > TITLE_MAX:  # a run-on text pasted as one line: all of it is body
        article.warnings.append(f"no title: the first line runs {len(lines[index].text):,} characters, "
                                f"too long for a headline (over {TITLE_MAX}); read as body")
        body = lines[index:]
    else:
        article.title = _span(text, lines[index])
        body = lines[index + 1:]
    body = _take_byline(article, body)
    body = _strip_tail_chrome(article, body, rules)
    _layout_body(article, body, rules)
    strip_bylines(article)
    if not article.paragraphs and not article.subheadings:
        article.warnings.append("no body text after the title")
    article.counters = counters(article.boilerplate)
    return article


def counters(chrome: list[Span]) -> dict[str, int]:
    """Platform counters kept as metadata (0 阅读:0 → reads 0; 评论 12 → comments 12)."""
    found: dict[str, int] = {}
    for span in chrome:
        for label, key in _COUNTER_LABELS:
            match = re.search(rf"{label}\s*[:：]?\s*(\d+)", span.text)
            if match and key not in found:
                found[key] = int(match.group(1))
    return found


def _lines(text: str) -> list[_Line]:
    out, offset = [], 0
    for number, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        if stripped:
            start = offset + (len(raw) - len(raw.lstrip()))
            out.append(_Line(start, start + len(stripped), stripped, number))
        offset += len(raw) + 1
    return out


def _span(text: str, line: _Line) -> Span:
    return Span(line.start, line.end, text[line.start:line.end])


def _is_chrome(line: str, rules: _ChromeRules) -> bool:
    return any(p.search(line) for p in rules.line)


def _take_byline(article: Article, body: list[_Line]) -> list[_Line]:
    """Find author and time in the first few lines after the title (张三 2025-04-19 10:12:48)."""
    for position, line in enumerate(body[:3]):
        if len(line.text) > 60:
            break
        if _is_sentence(line.text) or _is_chrome(line.text, chrome_rules()):
            continue  # 外长王毅2025年6月10日表示，……。: a sentence of the body that dates its statement
        found = find_datetime(line.text)
        label_author = _AUTHOR_RE.search(line.text) if _is_byline_part(line.text) else None
        if not found and not label_author and not _LABEL_RE.match(line.text):
            continue
        article.byline = _span(article.text, line)
        if found:
            value, start, end, _ = found
            article.published_at, article.published_at_origin = value, "byline"
            before = line.text[:start]
        else:
            before = line.text
        _set_author(article, line, label_author, before)
        extra = [ln for ln in body[position + 1:position + 3] if _is_byline_part(ln.text)]
        for ln in extra:
            more = _AUTHOR_RE.search(ln.text)
            if more and not article.author:
                _set_author(article, ln, more, "")
            if not article.published_at and find_datetime(ln.text):
                article.published_at, article.published_at_origin = find_datetime(ln.text)[0], "byline"
        skip = position + 1 + len(extra)
        return body[:position] + body[skip:]
    return body


def _is_sentence(line: str) -> bool:
    """A line of prose, not a byline: clauses joined by commas and ending in 。！？, or one clause
    ending in 。！？ that says more than a date (新约将于2026年12月1日生效。); a byline is a name,
    an outlet and a time, and does not close with a full stop."""
    line = line.strip()
    if len(line) < 12 or line[-1] not in "。！？!?":
        return False
    if re.search(r"[，,]", line):
        return True
    found = find_datetime(line)
    rest = line[:found[1]] + line[found[2]:] if found else line
    return len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 6


def _is_byline_part(line: str) -> bool:
    return len(line) <= 40 and "。" not in line and not _asks(line) \
        and bool(_LABEL_RE.match(line) or _SOURCE_ONLY.match(line) or _AUTHOR_RE.match(line))


def _asks(line: str) -> bool:
    """记者：中方有何回应？ a reporter's question in a press conference's transcript: body, no byline."""
    return line.rstrip().endswith(("？", "?"))


def _set_author(article: Article, line: _Line, labelled: Optional[re.Match], before: str) -> None:
    if labelled:
        name = labelled.group("name")
    else:
        name = _BYLINE_LABELS.sub("", _LABEL_RE.sub("", before)).strip(" |丨·-—")
        if _SOURCE_ONLY.match(before) or not name or len(name) > 20:
            return
    offset = article.text.find(name, line.start, line.end)
    article.author = name
    if offset >= 0:
        article.author_span = Span(offset, offset + len(name), name)


def _strip_tail_chrome(article: Article, body: list[_Line], rules: _ChromeRules) -> list[_Line]:
    """Drop chrome lines at the end (read counters, repeated author, sign-offs)."""
    while body:
        last = body[-1]
        repeated_author = article.author and last.text in (article.author, article.author + "原创")
        if repeated_author or _is_chrome(last.text, rules) or _is_short_signoff(last.text, article):
            article.boilerplate.append(_span(article.text, last))
            body = body[:-1]
            continue
        break
    article.boilerplate.sort(key=lambda s: s.start)
    return body


def _is_short_signoff(line: str, article: Article) -> bool:
    # A lone short name-like line right after a read counter is the account name repeated.
    return bool(article.boilerplate) and len(line) <= 12 and not re.search(r"[。，,！!？?：:]", line) \
        and any(b.text == line for b in article.boilerplate)


def _layout_body(article: Article, body: list[_Line], rules: _ChromeRules) -> None:
    text = article.text
    for position, line in enumerate(body):
        if _is_chrome(line.text, rules):
            article.boilerplate.append(_span(text, line))
            continue
        start, end = line.start, line.end
        if position == 0 and article.title and line.text.startswith(article.title.text) \
                and len(line.text) > len(article.title.text):
            start += len(article.title.text)  # the headline repeated at the top of the body
            article.boilerplate.append(Span(line.start, start, article.title.text))
            while start < end and text[start].isspace():
                start += 1
        for pattern in rules.head:
            match = pattern.match(text[start:end])
            if match and match.end() > 0:
                article.boilerplate.append(Span(start, start + match.end(), match.group(0)))
                _maybe_author_from(article, match.group(0), start)
                start += match.end()
                while start < end and text[start].isspace():
                    start += 1
        if position == len(body) - 1:
            end = _trim_tail(article, start, end, rules)
        if start >= end:
            continue
        heads = inline_heads(text[start:end])
        if not heads and _looks_like_subheading(text[start:end], position, body):
            article.subheadings.append(Span(start, end, text[start:end]))
            continue
        cursor = start
        for head_start, head_end in heads:  # 一、会谈谈了什么　两国外长… : each head is cut from its paragraph
            _add_paragraph(article, cursor, start + head_start)
            article.subheadings.append(Span(start + head_start, start + head_end, text[start + head_start:start + head_end]))
            cursor = start + head_end
        _add_paragraph(article, cursor, end)
    article.boilerplate.sort(key=lambda s: s.start)


def _add_paragraph(article: Article, start: int, end: int) -> None:
    """The text between two heads as a paragraph, without the spaces at its ends."""
    text = article.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        article.paragraphs.append(Span(start, end, text[start:end]))


def _maybe_author_from(article: Article, chrome: str, offset: int) -> None:
    match = _AUTHOR_RE.search(chrome)
    if match and not article.author:
        name = match.group("name")
        article.author = name
        at = offset + chrome.find(name)
        article.author_span = Span(at, at + len(name), name)


def _trim_tail(article: Article, start: int, end: int, rules: _ChromeRules) -> int:
    text = article.text
    changed = True
    while changed:
        changed = False
        for pattern in rules.tail:
            match = pattern.search(text, start, end)
            if match and match.end() == end and match.start() > start:
                article.boilerplate.append(Span(match.start(), end, match.group(0)))
                reporter = re.search(r"记者\s?(\S{2,4}?)\s*(?:编辑|校对)", match.group(0))
                if reporter and not article.author:
                    name = reporter.group(1)
                    at = match.start() + match.group(0).find(name)
                    article.author, article.author_span = name, Span(at, at + len(name), name)
                end = match.start()
                while end > start and text[end - 1].isspace():
                    end -= 1
                changed = True
    return end


# --- sub-headings ------------------------------------------------------------------------------

_NUMBERED_HEAD = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、．]"
                            r"|第[一二三四五六七八九十]{1,3}[部分章节]?[、：:\s])\s*\S")
_BULLET_HEAD = re.compile(r"^[■□◆◇●○▲△▶►★☆◎▌|｜]\s*\S{2}")
_BRACKETED_HEAD = re.compile(r"^【(?P<head>[^【】]{2,20})】$")
# a bracket that credits a writer or outlet (【文/…】, 【环球时报综合报道】) or labels page chrome
_BRACKETED_CHROME = re.compile(r"[/／]|记者|报道|讯|编辑|来源|作者|声明|原创|图|视频|责编")
_CREDIT_LINE = re.compile(r"^(?:[（(]?(?:图片|图|视频|资料)?(?:来源|来自|摄影|摄|编辑|责编|审核|校对|作者|记者|文|撰文|翻译|编译)"
                          r"\s*[:：/／|丨]|[（(](?:完|全文完)[）)]$|(?:本报)?(?:记者|通讯员|实习生)(?:\s*\S{2,4})+$)")


# A labelled turn of a press conference or interview: the one who asks or answers, then a colon.
_TURN = re.compile(r"^(?:[\u4e00-\u9fffA-Za-z]{0,8}?记者|问|答|提问|主持人)\s*[:：]")


def _looks_like_subheading(line: str, position: int, body: list[_Line]) -> bool:
    """A numbered head (一、, （二）, 3、) or a bracketed head (【…】) on its own line before a longer
    line; else a short headline-like line between longer ones (not the first or last line).
    Credits, bylines and datelines are never headings."""
    if position == len(body) - 1 or len(line) > SUBHEADING_MAX or _is_credit(line) or _TURN.match(line):
        return False  # (记者：…？ / 问：…: a turn of a transcript, said by someone, heads nothing)
    following = body[position + 1].text
    if _numbered_head(line):  # a run of lines numbered alike is a list, not heads
        previous = body[position - 1].text if position > 0 else ""
        alike = [n for n in (following, previous) if _numbered_head(n) and _numbering(n) == _numbering(line)]
        over_list = _numbering(following) not in (None, _numbering(line))  # 一、 over items 1、 2、
        return (len(following) > len(line) or over_list) and not alike
    if _bracketed_head(line) or _bulleted_head(line):
        return len(following) > len(line)
    return position > 0 and _short_head(line, position, body)


_NUMBERINGS = (("一、", re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]")), ("（一）", re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]")),
               ("1、", re.compile(r"^\d{1,2}[、．.]")), ("第一", re.compile(r"^第[一二三四五六七八九十]{1,3}")),
               ("01", re.compile(r"^0\d(?!\d)")))
# a head glued to the start of its paragraph: numbered and cut off by a space, ？ or ！, or bracketed
_GLUED_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、．]|0\d\s?)"
                             r"(?![\d月日年时点号%％])[^\s。；;，,：:“”]{3,30}?(?:[？?！!]|(?=[ 　\t]))")
_GLUED_BRACKET = re.compile(r"^【(?P<head>[^【】]{4,20})】(?=\S)")
_DATELINE = re.compile(r"\d+\s*[月日]|[电讯]$|[社网]|[日时晚]报")  # 【新华社北京5月1日电】 opens news, it heads nothing
GLUED_BODY_MIN = 20  # what follows a glued head must read as a paragraph, not as the rest of a title


def glued_head(line: str) -> int:
    """The length of a head that starts a paragraph (一、会谈谈了什么　…, （二）为何延期？…,
    【会谈背景】…), or 0. The head must end where the text says so (a space, ？ or ！, a bracket)."""
    match = _GLUED_NUMBERED.match(line)
    if match is None:
        bracket = _GLUED_BRACKET.match(line)
        match = bracket if bracket and not _BRACKETED_CHROME.search(bracket.group("head")) \
            and not _DATELINE.search(bracket.group("head")) else None
    if match is None or len(line[match.end():].strip()) < GLUED_BODY_MIN:
        return 0
    rest = line[match.end():].lstrip()
    return match.end() if rest[:1] not in "，,。、；;）)" else 0


# where a head may start inside a flat paragraph: after a sentence end, its closing quotes and a space
_SENTENCE_END = re.compile(r"[。！？!?…]+[”」』\"’）)]*(?P<space>[ \t　]*)(?=\S)")
_ARABIC_NUMBERED = re.compile(r"^\d{1,2}[、．.]")
_PARTICLES = "了的着过地得吗呢吧啊们"


def inline_heads(paragraph: str) -> list[tuple[int, int]]:
    """The heads of a paragraph as (start, end) within it: a head that starts it (glued_head), and
    one that a flat dump ran into it after a sentence end and a space (…协议。 二、接下来会怎样
    双方…), or after a sentence end alone where the head's own marks end it (…协议。【会后安排】…,
    …协议。二、为何延期？双方…). Inside running text only the marks that Chinese writing keeps
    for heads count: 一、, （一）, 01 and 【…】. Arabic 1、 2. there number points, reasons, rules and jokes as often as
    heads, and a flat paragraph gives no line to tell them apart, so they count on their own line or
    at a paragraph's start only. What follows an inline head must read as a body sentence."""
    heads: list[tuple[int, int]] = []
    first = glued_head(paragraph)
    if first:
        heads.append((0, first))
    for m in _SENTENCE_END.finditer(paragraph):
        at = m.end()
        if (heads and at < heads[-1][1]) or _ARABIC_NUMBERED.match(paragraph[at:]):
            continue
        length = glued_head(paragraph[at:])
        # with no space after the sentence end, only a head whose own marks end it: 【…】, or ？ ！
        closed = m.group("space") or paragraph[at] == "【" or paragraph[at + length - 1:at + length] in "？?！!"
        if length and closed and _opens_sentence(paragraph[at + length:]):
            heads.append((at, at + length))
    return heads


def _opens_sentence(rest: str) -> bool:
    """What follows a head inside a paragraph is a body sentence: it does not open with a particle
    (a word a space cut in two) and its first sentence ends in 。 (a run of linked titles ends in ！)."""
    rest = rest.lstrip()
    return bool(rest) and rest[0] not in _PARTICLES and bool(re.match(r"[^\s。！？!?]{4,}。", rest))


def _numbering(line: str) -> Optional[str]:
    """How a line is numbered (一、, （一）, 1、, 第一, 01), or None."""
    return next((style for style, pattern in _NUMBERINGS if pattern.match(line)), None)


def _bulleted_head(line: str) -> bool:
    """■ 会谈谈了什么, ◆接下来会怎样: a head marked by a symbol, not a sentence."""
    return bool(_BULLET_HEAD.match(line)) and not re.search(r"[。；;，,]", line)


def _numbered_head(line: str) -> bool:
    """一、法方为何改变态度: a numbered head, not a numbered sentence (（二）…见附件2。)."""
    return bool(_NUMBERED_HEAD.match(line)) and not re.search(r"[。；;，,]", line)


def _bracketed_head(line: str) -> bool:
    match = _BRACKETED_HEAD.match(line)
    return bool(match) and not _BRACKETED_CHROME.search(match.group("head"))


# a credit at the end of a line: a photo caption (…影响很大 本报记者 惠禾 摄, 受访者供图) or a byline (…记者 徐睿翔)
_CREDIT_TAIL = re.compile(r"(?:[摄]|供图|制图|[/／]文|(?:记者|通讯员|摄影)\s*[\u4e00-\u9fff·]{2,4})$")


def _is_credit(line: str) -> bool:
    """图片来源：网络, 编辑：李四, （完）, a caption or byline at a line's end, or a line that is a
    date: chrome or byline, not a heading."""
    if _asks(line):
        return False
    if _CREDIT_LINE.match(line) or _BYLINE_LABELS.match(line) or _CREDIT_TAIL.search(line):
        return True
    found = find_datetime(line)
    return bool(found) and found[2] - found[1] >= len(line) - 4


def _quoted_line(line: str) -> bool:
    """“我们不会让步” or 他说“好”: words someone said, not a head. “一国两制”行稳致远 is a head."""
    if line[-1] in _QUOTE_MARKS:
        return True
    return line[0] in _QUOTE_MARKS and not re.match(r"^[“「『\"][^”」』\"]{1,12}[”」』\"]\S", line)


def _short_head(line: str, position: int, body: list[_Line]) -> bool:
    """Short headline-like lines between body paragraphs."""
    # a sentence end inside is body text (a line of a hard-wrapped paragraph: …不差。这些理解…)
    if len(line) < 4 or line[-1] in _END_PUNCT or _quoted_line(line) or re.search(r"[。；;]", line):
        return False
    # a line in brackets is an aside (（记者 王明）), unless the bracket numbers it: （一）稳字当头，稳中求进
    aside = line[0] in "（(" and _numbering(line) != "（一）"
    if aside or line.endswith(("。”", "。」")) or "：“" in line or ":“" in line:
        return False
    # a head stands out by its length; a wrapped line of a hard-wrapped text is as long as the next
    neighbours = [body[position - 1].text, body[position + 1].text]
    return len(line) <= SHORT_HEAD_SHARE * max(len(n) for n in neighbours)
