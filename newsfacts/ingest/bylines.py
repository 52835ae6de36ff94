"""Reporter and editor credits inside the body (【文/某网张三】, （记者张三）, 本报记者张三, 文|张三, 记者：张三,
a closing 记者张三责编李四编辑王五): moved to `author` and `boilerplate`, cut out of the paragraphs the stages read."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..model import Article, Span

# Credit labels: who wrote it (kept as author) and who edited it (boilerplate only).
_WRITER = r"(?:(?:实习|特约|特派|驻\S{1,8}?(?:特约|特派)?)?记者|作者|撰稿|撰文|文|通讯员)"
_EDITOR = r"(?:责任编辑|责编|编辑|校对|审核|审校|监制|主编|终审|初审|复审|摄影|摄|图)"
_LABEL = rf"(?:{_WRITER}|{_EDITOR})"
_NAME = r"[\u4e00-\u9fff·]{2,12}"
_SEP = r"\s*[:：/／|丨]?\s*"
# 【…】 or [ … ] at a paragraph's start or end that names a reporter; an outlet alone (【某报综合报道】)
# is a source credit and stays in the body.
_BRACKET = re.compile(r"[【\[]([^【】\[\]]{2,80}?)[】\]]")
_BRACKET_CREDIT = re.compile(r"记者|文\s*[/／|丨]|撰稿")
# The reporter parenthesis of a dateline: 新华社北京5月13日电（记者王五、赵六）, 中新网北京11月6日电（甘甜）.
_DATELINE = re.compile(r"^[^。！？，,（(]{2,30}?电\s*(?P<credit>[（(](?:记者\s*)?(?P<names>[^（）()]{2,40}?)[）)])")
_DATELINE_BARE = re.compile(rf"^[^。！？，,（(]{{2,30}}?电(?:题\s*[:：])?\s*(?P<credit>(?:本报)?记者{_SEP}(?P<names>{_NAME}))")
# 本报记者张三 / 文|张三 / 撰稿/张三（affiliation） at the start of a paragraph or right after a sentence end.
_LEAD = re.compile(rf"(?:^|(?<=[。！？!?”]))(?P<credit>(?:本报)?(?:{_WRITER}){_SEP}(?P<names>{_NAME})"
                   rf"(?:[（(][^（）()]{{2,40}}[）)])?)")
_ASKS = re.compile(r"[^。！!；;\n]{1,80}?[？?]")  # the words after the label are a question
_LEAD_LABEL = re.compile(rf"^(?:本报)?{_WRITER}\s*[:：/／|丨]|^本报\S{{0,6}}记者")
# A closing credit run after the last sentence: 红星新闻记者张三实习记者李四责编王五编辑赵六, 记者：张三.
_TAIL = re.compile(rf"(?:^|(?<=[。！？!?”）)]))(?P<credit>[^。！？!?”\s]{{0,10}}?{_LABEL}{_SEP}{_NAME}"
                   rf"(?:\s*{_LABEL}{_SEP}{_NAME})*\s*)$")
_RUN = re.compile(rf"(?P<label>{_LABEL}){_SEP}(?P<names>{_NAME}?)(?=\s*{_LABEL}{_SEP}|\s*$)")
_NAME_STOP = set("据在对于从由向当今昨近日月年报电讯摄发称说表示两本该此这")


def strip_bylines(article: Article) -> None:
    """Cut reporter and editor credits out of the article's paragraphs into boilerplate and author."""
    if not article.paragraphs:
        return
    cuts: list[Span] = []
    authors: list[str] = []
    first, last = article.paragraphs[0], article.paragraphs[-1]
    for finder in (_head_credit, _lead_credits):
        for span, names in finder(article, first):
            cuts.append(span)
            authors += names
    for paragraph in article.paragraphs[1:]:
        for span, names in _lead_credits(article, paragraph):
            cuts.append(span)
            authors += names
    for span, names in _tail_credit(article, last):
        cuts.append(span)
        authors += names
    if not cuts:
        return
    _cut(article, cuts)
    if authors and not article.author:
        article.author = "、".join(dict.fromkeys(authors))


def _head_credit(article: Article, paragraph: Span) -> list[tuple[Span, list[str]]]:
    """A dateline's reporter parenthesis, or a credit bracket opening the first paragraph."""
    text = paragraph.text
    for pattern in (_DATELINE, _DATELINE_BARE):
        match = pattern.match(text)
        if match and (pattern is _DATELINE_BARE or _names(match.group("names"))):
            return [(_at(article, paragraph, match, "credit"), _names(match.group("names")))]
    match = _BRACKET.match(text)
    if match and _BRACKET_CREDIT.search(match.group(1)):
        return [(_at(article, paragraph, match, 0), _bracket_names(match.group(1)))]
    return []


def _lead_credits(article: Article, paragraph: Span) -> list[tuple[Span, list[str]]]:
    """本报记者张三 / 文|张三 / 撰稿/张三（…） opening the paragraph or a sentence in it."""
    out = []
    for match in _LEAD.finditer(paragraph.text):
        credit = match.group("credit")
        if not _LEAD_LABEL.match(credit) or _ASKS.match(paragraph.text, match.start("names")):
            continue  # 记者：中方有何回应？ a reporter's question in a press conference's transcript, no credit
        name = _name_prefix(match.group("names"))
        if name is None:
            continue
        end = match.start("names") + len(name)
        rest = paragraph.text[end:match.end("credit")]
        if rest and not rest.startswith(("（", "(")):
            rest = ""
        span_end = end + len(rest)
        out.append((Span(paragraph.start + match.start("credit"), paragraph.start + span_end,
                         paragraph.text[match.start("credit"):span_end]), [name]))
    return out


def _tail_credit(article: Article, paragraph: Span) -> list[tuple[Span, list[str]]]:
    """A credit bracket or a run of credits closing the last paragraph."""
    text = paragraph.text
    bracket = None
    for match in _BRACKET.finditer(text):
        bracket = match
    if bracket and bracket.end() == len(text) and bracket.start() > 0 and _BRACKET_CREDIT.search(bracket.group(1)):
        return [(_at(article, paragraph, bracket, 0), _bracket_names(bracket.group(1)))]
    match = _TAIL.search(text)
    if not match or match.start("credit") == 0 and len(text) > 40:
        return []
    credit = match.group("credit")
    writers = []
    for run in _RUN.finditer(credit):
        if re.fullmatch(_WRITER, run.group("label")):
            writers += _names(run.group("names"))
    if not any(_RUN.finditer(credit)):
        return []
    return [(_at(article, paragraph, match, "credit"), writers)]


def _at(article: Article, paragraph: Span, match: re.Match, group) -> Span:
    start, end = paragraph.start + match.start(group), paragraph.start + match.end(group)
    while end > start and article.text[end - 1].isspace():
        end -= 1
    return Span(start, end, article.text[start:end])


def _bracket_names(inner: str) -> list[str]:
    """The reporters named in a credit bracket: 文/某网张三, 驻某国特约记者张三某报记者李四王五."""
    out = []
    for part in re.split(rf"{_WRITER}{_SEP}", inner)[1:]:
        part = _strip_outlet(part)
        out += _names(part)
    return out


def _names(chunk: str) -> list[str]:
    """Person names in a credit: split on 、，, and spaces, and runs of two names written together."""
    out = []
    for piece in re.split(r"[、，,\s]+", chunk.strip()):
        piece = _strip_outlet(piece)
        if not piece or not re.fullmatch(r"[\u4e00-\u9fff·]{2,}", piece):
            continue
        out += _split_run(piece)
    return out


def _split_run(piece: str) -> list[str]:
    """丁某某宋某 → two names, where each part starts with a family name; a lone name stays as it is."""
    if len(piece) <= 3 or "·" in piece:
        return [piece]
    known = _surnames()
    for first in (3, 2):
        rest = piece[first:]
        if 2 <= len(rest) <= 3 and piece[:1] in known and rest[:1] in known:
            return [piece[:first], rest]
    if len(piece) == 4 and piece[:2] in known:
        return [piece]  # 欧阳某某
    return [piece] if len(piece) <= 4 else []


def _name_prefix(chunk: str) -> Optional[str]:
    """The name at the start of running text: a family name and one or two characters, ended by a time or
    function word (记者阚某4日 → 阚某), or by a known place name (文|某某德国总理 → 某某)."""
    known = _surnames()
    for stop in range(2, min(len(chunk), 4) + 1):
        head, rest = chunk[:stop], chunk[stop:]
        if not rest or rest[0] in _NAME_STOP or rest.startswith(_place_starts()):
            return head if len(head) >= 2 else None
    if chunk[:1] in known or chunk[:2] in known:
        return chunk[:3] if len(chunk) >= 3 else None
    return None


def _strip_outlet(text: str) -> str:
    """The name without an outlet before or after it (某网张三, 张三某报 as the next credit begins)."""
    for outlet in _outlets():
        if text.startswith(outlet) and len(text) > len(outlet):
            text = text[len(outlet):]
            break
    for outlet in _outlets():
        if text.endswith(outlet) and len(text) > len(outlet):
            return text[:-len(outlet)]
    return text


@lru_cache(maxsize=1)
def _outlets() -> tuple[str, ...]:
    names = [row[0] for row in lexicon.rows("outlets.txt")] + ["观察者网", "本报", "环球网"]
    return tuple(sorted(set(names), key=len, reverse=True))


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    from ..nlp.names import surnames

    return frozenset(surnames())


@lru_cache(maxsize=1)
def _place_starts() -> tuple[str, ...]:
    """Country names and short forms that can follow a byline directly (文|某某德国总理…)."""
    names = {name for row in lexicon.rows("actors/countries.tsv")[1:] for name in row[3].split("|") if len(name) >= 2}
    return tuple(sorted(names, key=len, reverse=True))


def _cut(article: Article, cuts: list[Span]) -> None:
    """Remove the credit spans from the paragraphs (a paragraph may split in two) and keep them as boilerplate."""
    kept: list[Span] = []
    for cut in sorted(cuts, key=lambda s: (s.start, -s.end)):
        if not kept or cut.start >= kept[-1].end:
            kept.append(cut)
    cuts = kept
    paragraphs = []
    for paragraph in article.paragraphs:
        start = paragraph.start
        for cut in cuts:
            if paragraph.start <= cut.start < paragraph.end:
                paragraphs.append((start, cut.start))
                start = max(start, cut.end)
        paragraphs.append((start, paragraph.end))
    article.paragraphs = [span for s, e in paragraphs if (span := _trimmed(article.text, s, e)) is not None]
    article.boilerplate = sorted(article.boilerplate + cuts, key=lambda s: s.start)


def _trimmed(text: str, start: int, end: int) -> Optional[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end]) if end > start else None
