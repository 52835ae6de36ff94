"""Sources stage: the outlets and agencies an article credits (据路透社报道, 外媒称, 对《某报》记者表示,
来源：某报, the origin of a reprint) and whether it is translated or compiled from foreign reporting."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..model import Analysis, Credit, Options, Span
from ..nlp.words import outlets  # noqa: F401 (was defined here)
from .translation import translation

_MEDIA_SUFFIX = r"(?:通讯社|新闻社|社|日报|晚报|早报|时报|邮报|周刊|杂志|新闻网|网站|网|电视台|广播电台|电台|新闻频道|广播公司|卫视|新闻)"
# A name in subject position needs a suffix that only media carry (not 网 of 互联网, 社 of 合作社).
_STRICT_SUFFIX = r"(?:通讯社|新闻社|日报|晚报|早报|时报|邮报|周刊|杂志|新闻网|网站|电视台|广播电台|新闻频道|广播公司)"
_MEDIA_TITLE = re.compile(r"《[^》]{1,20}(?:报|刊|志|闻|网|社|台|人物|论坛)》|《[^》]{1,20}》(?=杂志|网站|报|周刊|电视台)"
                          r"|《[^》]{1,20}》(?=(?:\d{1,2}日)?(?:报道|撰文|刊文|发文|写道|援引|刊登|披露))")  # 《外交政策》刊文
_BOOK = r"《[^》]{1,20}》"
_QUOTED_MEDIA = re.compile(rf"“(?P<name>[^“”，。]{{1,12}}?{_MEDIA_SUFFIX})”")
_CUE = (r"(?:报道|报导|称|直言|指(?=[，,：:])|援引|指出|写道|消息|发文|刊文|撰文|社论|披露|提到|提出|发布|刊登|评论|分析|认为|透露|"
        r"文章|表示|注意到|说|发表|刊发|刊载|引述|转引|曝光|爆料|证实|获悉|公布|民调|显示)")
_AFTER_NAME = re.compile(rf"(?:[（(][A-Za-z]{{2,10}}[）)])?[^，,。；;“”记A-Za-z]{{0,12}}?{_CUE}")
_ACCORDING = re.compile(r"(?:据|根据|综合)(?P<list>[^，,。；;]{2,40}?)(?:当地时间)?(?:\d{1,2}月)?(?:\d{1,2}日)?的?"
                        r"(?:报道|报导|消息|援引|称|透露|披露|发布|文章|统计|介绍|数据|民调|调查)")
_ITEM_BREAK = re.compile(r"、|以及|和|及|与")
_SUBJECT = re.compile(rf"(?<=[。，,；;：:！？!?“”、\s])(?:另据|据|根据|综合|对|向|在|从|有)?(?P<name>[\u4e00-\u9fffA-Za-z]{{2,12}}?{_STRICT_SUFFIX})")
_INTERVIEW_BEFORE = re.compile(r"(?:对|向|告诉|接受|在接受|跟)了?$")
_REPORTER_AFTER = re.compile(r"[^，,。；;]{0,8}?记者")
_DATELINE = re.compile(r"(?P<name>新华社|中新社|中新网|央视新闻|人民日报|路透社|法新社|美联社)[^，,。\s]{1,8}?\d{1,2}月\d{1,2}日(?:电|讯)")
_OPENING_TAG = re.compile(r"^\s*(?:[【\[（(](?:文/)?(?P<tag>[^】\]）)]{2,16}?)(?:综合)?(?:报道|讯)?[】\]）)]"
                          rf"|(?!据)(?P<wire>[\u4e00-\u9fff]{{2,8}}?)[\u4e00-\u9fff]{{0,6}}?\d{{1,2}}月\d{{1,2}}日电"
                          r"|(?:[\u4e00-\u9fff]{2,8}[-－—])?(?P<news>[\u4e00-\u9fff]{2,8}?网)(?:讯|消息[:：]|(?:\d{1,2}月\d{1,2}日)?报道(?=\s)))")
# (参考消息网12月3日报道 …, 央视网消息：, 环球时报-环球网报道 记者 …: the publisher's own dateline or tag)
_CREDIT_LINE = re.compile(r"(?:来源|來源|文图据|图文据|稿件来源|转载自|本文转自)\s*[:：]?\s*(?P<names>[^。]{2,40})")
_PAREN = re.compile(r"[（(](?:来源|据)?[:：]?(?P<name>[\u4e00-\u9fff]{2,8}?" + _MEDIA_SUFFIX + r")[）)]")
_SOURCE_LINE = re.compile(r"\s*(?:本文|文章|稿件)?来源\s*[:：]")
_PLATFORM_EDITOR = re.compile(r"\s*责任编辑\s*[:：]")
_PERSON_BEFORE = re.compile(r"(?:记者|名记|主持人|专栏作家|作者|博主|分析师|评论员|主播)$")
_OWN_REPORTER = re.compile(r"^[^，。]{0,2}记者")
# A general press reference (外媒, 美国媒体) is credited when the article takes information from it, not
# when it is indefinite (有美媒…, 一些西方媒体…), only holds an opinion (澳媒则认为), or is the subject of a
# relative clause (德国媒体日前披露的名单) or a time clause (美国媒体在报道此事时).
_INDEFINITE_BEFORE = re.compile(r"(?:有|一些|某些|部分|不少|个别|少数)$")
_OPINION_CUE = re.compile(r"[^，,。；;“”]{0,4}?(?:认为|猜测|炒作)")
_NOT_A_CREDIT_AFTER = re.compile(r"[^，,。；;“”]{0,8}?(?:(?:报道|披露|发布|公布|透露|刊登)的|在[^，,。；;]{0,10}时)")


@lru_cache(maxsize=1)
def general_references() -> frozenset[str]:
    """The general press references of data/outlets.txt (外媒, 美媒, 台媒)."""
    return frozenset(row[0] for row in lexicon.rows("outlets.txt") if len(row) > 2 and row[2] == "general")


@lru_cache(maxsize=1)
def _known_re() -> re.Pattern:
    return lexicon.alternation(outlets())


def credit(doc: Analysis, options: Options) -> Analysis:
    """Stage: sources credited in body and chrome, and the translation verdict with its signals."""
    credits: list[Credit] = []
    publisher = None
    for index, paragraph in enumerate(doc.article.paragraphs):
        start = paragraph.start
        if index == 0:
            tagged, start, publisher = _opening(doc, paragraph)
            credits.extend(tagged)
        elif _SOURCE_LINE.match(doc.norm_text, paragraph.start, paragraph.end):
            credits.extend(_opening(doc, paragraph)[0])  # 本文来源：某报 closing the body
        credits.extend(_credits_in(doc, start, paragraph.end))
    for chrome in doc.article.boilerplate:
        tagged, _, own = _opening(doc, chrome)
        credits.extend(_credit_lines(doc, chrome) or tagged)
        publisher = publisher or own
    if publisher:  # the publisher's own reporters and interviews are not credits
        credits = [c for c in credits if _key(c.name) != _key(publisher)]
    doc.sources = _unique(credits, _aliases(doc))
    doc.translated, doc.translation_signals = translation(doc, press_references(doc))
    return doc


def is_reprint(doc: Analysis) -> bool:
    """A platform's own editor line (责任编辑：) marks the page as a reprint: the tag or dateline
    opening it then names the origin, not the publisher."""
    text = doc.norm_text
    lines = list(doc.article.boilerplate) + list(doc.article.paragraphs)
    return any(_PLATFORM_EDITOR.match(text, s.start, s.end) for s in lines)


def _opening(doc: Analysis, line: Span) -> tuple[list[Credit], int, Optional[str]]:
    """The tag, wire dateline or 来源 line opening the article: 来源：X is always credited; the
    publisher's own tag (【X报道】, X网讯, X…电) only when the page is a reprint. Returns the credits,
    where the body after the tag starts, and the publisher the tag names (None on a reprint)."""
    text = doc.norm_text
    source_line = re.match(r"\s*(?:本文|文章|稿件)?(?:来源|來源)\s*[:：]\s*", text[line.start:line.end])
    if source_line:
        at = line.start + source_line.end()
        name = _outlet_name(doc, at, min(line.end, at + 20), anchored=True)
        return ([name] if name else []), at + (len(name.name) if name else 0), None
    match = _OPENING_TAG.match(text[line.start:line.end])
    if not match:
        return [], line.start, None
    group = next(g for g in ("tag", "wire", "news") if match.group(g))
    name_end = line.start + (match.end(group) + 1 if group == "news" else match.end())
    name = _outlet_name(doc, line.start + match.start(group), name_end, anchored=True)
    body = line.start + match.end()
    if name is None:
        return [], body, None
    if not is_reprint(doc):
        return [], body, name.name
    return [Credit(name.name, name.span, "reprint")], body, None


def _credits_in(doc: Analysis, start: int, end: int) -> list[Credit]:
    text = doc.norm_text
    found = []
    for match in _ACCORDING.finditer(text, start, end):
        found.extend(_listed(doc, match.start("list"), match.end("list")))
    for pattern, cue in ((_DATELINE, "dateline"), (_PAREN, "（来源）")):
        for match in pattern.finditer(text, start, end):
            found.append(_at(doc, *match.span("name"), cue))
    for s, e in _candidates(doc, start, end):
        if text[max(start, s - 1):s] in ("（", "(", "等"):
            continue  # 某台（CNN）: an abbreviation of the name just given; 等…媒体 sums up a list
        e_cue = e + 1 if text[e:e + 1] == "”" else e  # 台湾“中央社”报道: the cue follows the closing quote
        told = _INTERVIEW_BEFORE.search(text[max(start, s - 4):s])
        if told and (_REPORTER_AFTER.match(text, e_cue, end) or text[e_cue:e_cue + 2] in ("采访", "专访", "表示")):
            if text[s:e] not in general_references():  # 接受泰媒采访: no outlet named to credit
                found.append(_at(doc, s, e, "interview"))  # 对《某报》记者表示: told that outlet
        elif not _OWN_REPORTER.match(text[e_cue:e_cue + 4]) and _AFTER_NAME.match(text, e_cue, end) \
                and not _uncredited_reference(text, s, e, start, end):
            found.append(_at(doc, s, e, "outlet+cue"))  # not 红星新闻记者: the publisher's own reporter
    return found


def press_references(doc: Analysis) -> list[Credit]:
    """Every general press reference of the body that reports or holds something (外媒称, 澳媒则认为,
    有美媒指出), credited or not: what the article takes from foreign press, for the translation verdict."""
    text = doc.norm_text
    found = []
    for paragraph in doc.article.paragraphs:
        for match in _known_re().finditer(text, paragraph.start, paragraph.end):
            if match.group(0) in general_references() and _AFTER_NAME.match(text, match.end(), paragraph.end) \
                    and not _NOT_A_CREDIT_AFTER.match(text, match.end(), paragraph.end):
                found.append(_at(doc, match.start(), match.end(), "press"))
    return found


def _uncredited_reference(text: str, s: int, e: int, floor: int, end: int) -> bool:
    """外媒 / 美国媒体 named without taking information from it (see _INDEFINITE_BEFORE)."""
    if text[s:e] not in general_references():
        return False
    return bool(_INDEFINITE_BEFORE.search(text[max(floor, s - 2):s]) or _OPINION_CUE.match(text, e, end)
                or _NOT_A_CREDIT_AFTER.match(text, e, end))


def _candidates(doc: Analysis, start: int, end: int) -> list[tuple[int, int]]:
    """Spans that name an outlet: known outlets and press references (with a trailing 中文网 or
    网站), media titles in 《》, and names with a suffix only media carry."""
    text = doc.norm_text
    spans = []
    for match in _known_re().finditer(text, start, end):
        tail = re.match(r"(?:中文网|网站|官网|客户端)", text[match.end():end])
        spans.append((match.start(), match.end() + (tail.end() if tail else 0)))
    spans.extend(m.span() for m in _MEDIA_TITLE.finditer(text, start, end))
    spans.extend(m.span("name") for m in _QUOTED_MEDIA.finditer(text, start, end))
    for match in _SUBJECT.finditer(text, start, end):
        inner = _known_re().search(text, match.start("name") + 1, match.end("name"))
        if inner is None:  # 在接受韩国广播公司采访时: the known outlet inside is the name
            spans.append(match.span("name"))
    kept = []
    for span in sorted(spans, key=lambda se: (se[0], -se[1])):
        if not any(s <= span[0] and span[1] <= e for s, e in kept):
            kept.append(span)
    return kept


def _listed(doc: Analysis, start: int, end: int) -> list[Credit]:
    """据半岛电视台、路透社报道 / 综合俄新网、《消息报》等俄罗斯媒体的报道: each outlet of the list
    (what follows 等 only sums them up)."""
    text = doc.norm_text
    stop = text.find("等", start, end)
    end = stop if stop >= 0 else end
    found, at = [], start
    for piece in _ITEM_BREAK.split(text[start:end]) + [""]:
        name = _outlet_name(doc, at, at + len(piece)) if piece else None
        if name:
            found.append(Credit(name.name, name.span, "据…报道"))
        at += len(piece)
        brk = _ITEM_BREAK.match(text, at)
        at += len(brk.group(0)) if brk else 0
    return found


def _outlet_name(doc: Analysis, start: int, end: int, anchored: bool = False) -> Optional[Credit]:
    """The outlet named in text[start:end]: a 《》 title, an account in quotes (公众号“某某”), a known
    outlet, or a media-suffix name."""
    text = doc.norm_text
    account = re.search(r"(?:公众号|微博|账号|客户端|网站)“(?P<name>[^”]{2,12})”", text[start:end])
    if account and not anchored:
        return _at(doc, start + account.start("name"), start + account.end("name"), "据…报道")
    book = re.search(_BOOK, text[start:end])
    if book and not anchored:
        return _at(doc, start + book.start(), start + book.end(), "据…报道")
    quoted = re.search(r"“(?P<name>[^“”]{2,12})”$|(?<![A-Za-z ])(?P<latin>[A-Z][A-Za-z]{2,19}(?: [A-Z][A-Za-z]{1,19}){0,3})$",
                       text[start:end])
    if quoted and not anchored:  # 据乌克兰“真理报”报道, 据The Athletic报道: a quoted or Latin name ending the item
        group = "name" if quoted.group("name") else "latin"
        if _PERSON_BEFORE.search(text, start, start + quoted.start(group)):
            return None  # 据名记Shams报道: a reporter, not an outlet
        return _at(doc, start + quoted.start(group), start + quoted.end(group), "据…报道")
    known = _known_re().search(text, start, end)
    if known and (not anchored or known.start() == start):
        tail = re.match(r"(?:中文网|网站|官网|客户端)", text[known.end():end])
        return _at(doc, known.start(), known.end() + (tail.end() if tail else 0), "据…报道")
    suffixed = re.compile(rf"[\u4e00-\u9fffA-Za-z]{{2,14}}?{_MEDIA_SUFFIX}").match(text, start, end)
    if suffixed and (anchored or suffixed.end() >= end - 6):
        return _at(doc, suffixed.start(), suffixed.end(), "据…报道")
    return None


def _at(doc: Analysis, start: int, end: int, cue: str) -> Credit:
    surface = doc.article.text[start:end]
    return Credit(surface, Span(start, end, surface), cue)


def _credit_lines(doc: Analysis, chrome: Span) -> list[Credit]:
    """来源：开屏新闻 / 来源 北京晚报 文图据新华社 央视新闻: every known or media-like name."""
    text = doc.norm_text
    if not _CREDIT_LINE.search(text, chrome.start, chrome.end):
        return []
    found = []
    for match in _known_re().finditer(text, chrome.start, chrome.end):
        found.append(_at(doc, match.start(), match.end(), "来源"))
    if not found:
        line = _CREDIT_LINE.search(text, chrome.start, chrome.end)
        s, e = line.span("names")
        name = text[s:e].split()[0] if text[s:e].split() else ""
        if re.fullmatch(rf"[\u4e00-\u9fff]{{2,12}}", name) and not _OWN_REPORTER.search(name):
            found.append(_at(doc, s, s + len(name), "来源"))
    return found


def _key(name: str) -> str:
    return name.strip("《》")


def _aliases(doc: Analysis) -> dict[str, str]:
    """美国有线电视新闻网（CNN）: the Latin abbreviation in brackets stands for the name before it."""
    text = doc.norm_text
    out = {}
    for match in re.finditer(r"(?P<name>[\u4e00-\u9fff》]{2,})[（(](?P<short>[A-Za-z]{2,10})[）)]", text):
        known = _known_re().search(match.group("name"))
        if known and match.group("name").endswith(known.group(0)):
            out[match.group("short")] = known.group(0)
    return out


def _unique(credits: list[Credit], aliases: dict[str, str]) -> list[Credit]:
    """One credit per outlet (by name without 《》, an abbreviation as its full name), first mention
    kept, text order."""
    seen: dict[str, Credit] = {}
    for item in sorted(credits, key=lambda c: c.span.start):
        key = aliases.get(_key(item.name), _key(item.name))
        if any(key in other or other in key for other in seen):
            continue
        seen[key] = item
    return list(seen.values())
