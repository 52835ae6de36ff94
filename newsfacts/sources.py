"""Sources stage: the outlets and agencies an article credits (据路透社报道, 新华社北京5月12日电,
来源：某报, 《金融时报》称) and whether it is translated or compiled from foreign reporting."""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .model import Analysis, Credit, Options, Span

_MEDIA_SUFFIX = r"(?:通讯社|新闻社|社|日报|晚报|早报|时报|邮报|周刊|新闻网|网|电视台|广播公司|卫视|新闻)"
_BOOK = r"《[^》]{1,20}》"
_ACCORDING = re.compile(rf"据(?P<where>[^，,。；;“”]{{0,6}}?)(?P<name>{_BOOK}|[\u4e00-\u9fffA-Za-z]{{2,14}}?{_MEDIA_SUFFIX})"
                        r"[^，,。]{0,12}?(?:报道|消息|援引|称|透露|披露|发布|统计|介绍)")
_CUED = re.compile(rf"(?P<name>{_BOOK})[^，,。]{{0,10}}?(?:报道|称|援引|指出|写道|消息|发文|刊文|社论)")
_DATELINE = re.compile(r"(?P<name>新华社|中新社|中新网|央视新闻|人民日报|路透社|法新社|美联社)[^，,。\s]{1,8}?\d{1,2}月\d{1,2}日(?:电|讯)")
_CREDIT_LINE = re.compile(r"(?:来源|來源|文图据|图文据|稿件来源|转载自|本文转自)\s*[:：]?\s*(?P<names>[^。]{2,40})")
_PAREN = re.compile(r"[（(](?P<name>[\u4e00-\u9fff]{2,8}?" + _MEDIA_SUFFIX + r")[）)]")
_OWN_REPORTER = re.compile(r"^[^，。]{0,2}记者")
_TRANSLATION = re.compile(r"编译|编辑整理|据外媒|外媒报道|外媒称|译者|译文|翻译[:：]|原文[:：]|来源[:：]\s*外媒")
_WE_TOLD = re.compile(r"(?:告诉|对)(?:我们|本报|本刊|本台|本网)")
FOREIGN_QUOTE_SHARE = 0.6  # translated when this share of direct quotes come from foreign speakers
MIN_DIRECT_QUOTES = 2


@lru_cache(maxsize=1)
def outlets() -> dict[str, str]:
    """Known outlets (data/outlets.txt): name → ISO alpha-3 country."""
    return {row[0]: row[1] for row in lexicon.rows("outlets.txt")}


@lru_cache(maxsize=1)
def _known_re() -> re.Pattern:
    return lexicon.alternation(outlets())


def credit(doc: Analysis, options: Options) -> Analysis:
    """Stage: sources credited in body and chrome, and the translation verdict with its signals."""
    credits: list[Credit] = []
    for paragraph in doc.article.paragraphs:
        credits.extend(_credits_in(doc, paragraph.start, paragraph.end))
    for chrome in doc.article.boilerplate:
        credits.extend(_credit_lines(doc, chrome))
    doc.sources = _unique(credits)
    doc.translated, doc.translation_signals = _translation(doc)
    return doc


def _credits_in(doc: Analysis, start: int, end: int) -> list[Credit]:
    text = doc.norm_text
    found = []
    for pattern, cue in ((_ACCORDING, "据…报道"), (_CUED, "《》+cue"), (_DATELINE, "dateline"), (_PAREN, "（来源）")):
        for match in pattern.finditer(text, start, end):
            s, e = match.span("name")
            found.append(Credit(doc.article.text[s:e], Span(s, e, doc.article.text[s:e]), cue))
    for match in _known_re().finditer(text, start, end):
        if _OWN_REPORTER.match(text[match.end():match.end() + 4]):
            continue  # 红星新闻记者: the publisher's own reporter, not a credited source
        if re.match(r"[^，,。]{0,12}?(?:报道|称|援引|消息|指出|披露|写道|认为|表示)", text[match.end():match.end() + 14]):
            found.append(Credit(doc.article.text[match.start():match.end()],
                                Span(match.start(), match.end(), doc.article.text[match.start():match.end()]), "outlet+cue"))
    return found


def _credit_lines(doc: Analysis, chrome: Span) -> list[Credit]:
    """来源：开屏新闻 / 来源 北京晚报 文图据新华社 央视新闻: every known or media-like name."""
    text = doc.norm_text
    if not _CREDIT_LINE.search(text, chrome.start, chrome.end):
        return []
    found = []
    for match in _known_re().finditer(text, chrome.start, chrome.end):
        found.append(Credit(doc.article.text[match.start():match.end()],
                            Span(match.start(), match.end(), doc.article.text[match.start():match.end()]), "来源"))
    if not found:
        line = _CREDIT_LINE.search(text, chrome.start, chrome.end)
        s, e = line.span("names")
        name = text[s:e].split()[0] if text[s:e].split() else ""
        if re.fullmatch(rf"[\u4e00-\u9fff]{{2,12}}", name) and not _OWN_REPORTER.search(name):
            found.append(Credit(doc.article.text[s:s + len(name)], Span(s, s + len(name), doc.article.text[s:s + len(name)]), "来源"))
    return found


def _unique(credits: list[Credit]) -> list[Credit]:
    """One credit per outlet (by name without 《》), first mention kept, text order."""
    seen: dict[str, Credit] = {}
    for item in sorted(credits, key=lambda c: c.span.start):
        key = item.name.strip("《》")
        if any(key in other or other in key for other in seen):
            continue
        seen[key] = item
    return list(seen.values())


def _translation(doc: Analysis) -> tuple[bool, list[str]]:
    """Compiled or translated from foreign reporting: explicit markers, an outlet speaking as
    'we' in a repost, or statements mostly by foreign speakers with no Chinese outlet credited."""
    text = doc.norm_text
    signals = []
    body = [(p.start, p.end) for p in doc.article.paragraphs] + [(b.start, b.end) for b in doc.article.boilerplate]
    for start, end in body:
        for match in _TRANSLATION.finditer(text, start, end):
            signals.append(f"marker:{match.group(0)}")
        for match in _WE_TOLD.finditer(text, start, end):
            if not any(q.content.start <= match.start() < q.content.end and q.kind == "direct" for q in doc.quotes):
                signals.append(f"first_person_outlet:{text[max(start, match.start() - 6):match.end()]}")
    foreign = _foreign_share(doc)
    chinese_outlet = any(outlets().get(c.name.strip("《》")) in ("CHN",) for c in doc.sources)
    if foreign is not None and foreign >= FOREIGN_QUOTE_SHARE and not chinese_outlet:
        signals.append(f"foreign_speakers:{foreign:.2f}")
    return bool(signals), signals


def _foreign_share(doc: Analysis):
    """Share of direct quotes whose speaker is foreign (a known non-Chinese actor, or an unknown
    name in transliteration characters): verbatim words of foreigners were translated by someone."""
    from .actors import entity_at
    from .names import looks_transliterated

    judged = foreign = 0
    for quote in doc.quotes:
        if quote.speaker is None or quote.kind != "direct":
            continue
        entity = entity_at(doc, quote.speaker)
        country = entity.country if entity is not None else None
        if country is None and looks_transliterated(quote.speaker.text):
            country = "foreign"
        if country is None:
            continue
        judged += 1
        foreign += country not in ("CHN", "TWN", "HKG", "MAC")
    return foreign / judged if judged >= MIN_DIRECT_QUOTES else None
