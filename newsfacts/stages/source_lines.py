"""Credits an article declares rather than reports, in the sources stage: 来源 lines and credit lists in
body and chrome (来源：某报, 综合整理自：…, 据@某新闻), a reprint's origin (原载于《某报》), and the tag or wire
dateline opening the article (【某报讯】, 某社…电), which names the origin only on a reprint."""
from __future__ import annotations

import re
from typing import Optional

from ..model import Analysis, Credit, Span
from .source_names import TAIL
from .source_outlets import (BOOK as _BOOK, INDEFINITE_NAME as _INDEFINITE_NAME, credit_at as _at, is_general,
                             known_re as _known_re, outlet_name as _outlet_name)

_OPENING_TAG = re.compile(r"^\s*(?:[【\[（(](?:文/)?(?P<tag>[^】\]）)]{2,16}?)(?:综合)?(?:报道|讯)?[】\]）)]"
                          rf"|(?!据)(?P<wire>[\u4e00-\u9fff]{{2,8}}?)[\u4e00-\u9fff]{{0,6}}?\d{{1,2}}月\d{{1,2}}日电"
                          r"|(?:[\u4e00-\u9fff]{2,8}[-－—])?(?P<news>[\u4e00-\u9fff]{2,8}?网)(?:讯|消息(?:[（(][^）)]{1,12}[）)])?[:：]|(?:\d{1,2}月\d{1,2}日)?报道(?=\s))"
                          r"|(?P<paper>[\u4e00-\u9fff]{2,8}?(?:报|台|社|刊))(?:[\u4e00-\u9fff]{2,6}?\d{1,2}月\d{1,2}日)?讯)")
# (参考消息网12月3日报道 …, 央视网消息：, 某某网消息（某栏目）：, 环球时报-环球网报道 记者 …, 某某晚报讯, 某报北京5月3日讯:
# the publisher's own dateline or tag)
# (图片来源：某社 credits a picture, not the information)
_CREDIT_LINE = re.compile(r"(?<!图片)(?<![图照])(?:来源|來源|文图据|图文据|稿件来源|转载自|本文转自|转自(?=\s*[:：]))\s*[:：]?\s*(?P<names>[^。]{2,40})")
SOURCE_LINE = re.compile(r"\s*(?:本文|文章|稿件)?来源\s*[:：|｜丨]")
_COMPILED_FROM = re.compile(r"综合自|综合|编译自|摘编自|整理自|据")  # how the page took it, before the origin named
_PLATFORM_EDITOR = re.compile(r"\s*责任编辑\s*[:：]")
_SOURCE_MARK = re.compile(rf"(?<!图片)(?<![图照])(?:来源|來源)\s*[|｜丨:：]\s*(?:{_COMPILED_FROM.pattern})?\s*"
                          r"|(?:本文|文章|内容)来(?:源于|自)(?:微信)?(?:公众号)?\s*[:：]?\s*“?"
                          r"|(?:综合整理自|整理自|综合自|编译自|摘编自|转载自|本文转自|(?:本文|文章)?(?<!编)译自)\s*[:：]?\s*"
                          r"(?:(?:微信)?(?:公众号|视频号|微博)\s*[:：]?\s*)?“?|转自\s*[:：]\s*")
# (本文转载自微信公众号“某某”: the mark runs over the platform, the account's name is the item)
# The platform an account's name is followed by in a credit list (转载自：某某微信公众号): not part of the name
# (an app is: 某某新闻客户端 is credited whole).
_PLATFORM_AFTER = re.compile(r"”?(?:微信)?(?:公众号|视频号|微博)?”?$")
# Where a reprint first ran: 发于2022.10.3总第1063期《某周刊》, 原载于《某报》, 首发于《某刊》 (not 爆发于, 发表于).
_PUBLISHED_IN = re.compile(r"(?:(?<![\u4e00-\u9fff])发于|原载于?|原刊于?|首发于|首刊于)[^《。，,；;\n]{0,30}?(?P<name>《[^》]{1,20}》)")
_LIST_END = re.compile(r"[。；;\n）)】]|责任编辑|编辑|责编|校对|审核|作者|记者|图片|转载")
# The fields that may follow a credit line on the same line of page chrome (来源：某某客户端责任编辑：…).
_CHROME_FIELD = ("\n", "责任编辑", "编辑", "责编", "校对", "审核", "作者")
# An item of a credit line standing alone on its line: any short name (广州参考, 某某发布, 冰城+客户端), not
# what readers or pictures supplied (网友评论, 网络), nor a copyright notice (版权归原…).
_LINE_ITEM = re.compile(r"(?![^、]*(?:网友|网民|网络|评论|图片|视频|整理|综合|版权))[\u4e00-\u9fffA-Za-z0-9+]{2,12}")
# An item of a credit list: @央视新闻, 新华社报道; a nested 综合整理自 starts a list of its own.
_LIST_ITEM = re.compile(r"@?(?P<name>(?:(?!综合|整理自|报道|消息)[^、，,/|｜丨\s@])+)(?:报道|消息)?")
_ID_NOTE = re.compile(r"[（(][^）)]{0,30}[）)]")  # 人民日报（ID：rmrbwx）
_ACCOUNT_LINE = re.compile(r"(?:微信)?(?:公众号|视频号|微博)\s*“(?P<name>[^“”，,。]{2,12})”")
OWN_REPORTER = re.compile(r"^[^，。]{0,2}记者")


def source_lists(doc: Analysis, start: int, end: int) -> list[Credit]:
    """Credit lines inside the body: 来源 | 某日报、某晚报, 综合整理自：某报（ID：…）, 据@某新闻: each
    name that is wholly a known outlet or a media-suffix name (not 微博网友评论)."""
    text, found = doc.norm_text, []
    for mark in _SOURCE_MARK.finditer(text, start, end):
        at = mark.end()
        listed = _ID_NOTE.sub(lambda m: " " * len(m.group(0)), text[at:min(end, at + 60)])
        stop = _LIST_END.search(listed)
        # 来源|某某参考、某某发布、某某晚报 alone on its line: every item names an origin, known or not
        whole = not re.sub(r"^\s*(?:本文|文章|稿件)?", "", text[start:mark.start()]) \
            and (stop is None or stop.group(0) in _CHROME_FIELD)  # (本文)转载自：…
        pieces = list(_LIST_ITEM.finditer(listed[:stop.start() if stop else len(listed)]))
        for index, piece in enumerate(pieces):
            s, e = at + piece.start("name"), at + piece.end("name")
            whole_item = _outlet_name(doc, s, at + piece.end(), anchored=True)
            if e < at + piece.end() and whole_item is not None and whole_item.span.end == at + piece.end():
                e = at + piece.end()  # 参考消息: a known name ending in 消息 or 报道 is not the name and its verb
            platform = _PLATFORM_AFTER.search(text, s, e)
            if platform is not None and platform.start() > s + 1:
                e = platform.start()  # 某某微信公众号 / “某某”: the account, not its platform or marks
            name = _outlet_name(doc, s, e, anchored=True) or _listed_title(doc, s, e)
            if not name and _author_before(doc, e, at, pieces[index + 1] if index + 1 < len(pieces) else None):
                continue  # 来源：王某/某某日报: the writer, then the outlet
            if name and (name.span.end == e or re.fullmatch(_TITLE_TAIL, text[name.span.end:e])):
                found.append(Credit(name.name, name.span, "来源"))
            elif name and TAIL.fullmatch(text, name.span.end, e):
                found.append(_at(doc, name.span.start, e, "来源"))  # 转自：某某新闻客户端: the outlet's app
            elif not name and _LINE_ITEM.fullmatch(text, s, e) and (whole or _ID_NOTE.match(text, e)):
                found.append(_at(doc, s, e, "来源"))  # alone on its line, or an account with its ID (某某青年（ID：…）)
            elif not name and piece.start() == 0 and _GLUED_NAME.match(text, s, e) \
                    and not _INDEFINITE_NAME.search(_GLUED_NAME.match(text, s, e).group(0)):
                glued = _GLUED_NAME.match(text, s, e)  # 来源 | 某某财经最近…: a short name glued to the body
                found.append(_at(doc, s, glued.end(), "来源"))
                break
            elif not name:
                break  # the list has ended
    for origin in _PUBLISHED_IN.finditer(text, start, end):  # 发于某期《某周刊》: the reprint's origin
        found.append(_at(doc, *origin.span("name"), "来源"))
    for handle in re.finditer(r"据@(?P<name>[^\s，,。：:@（(]{2,16})", text[start:end]):
        s, e = start + handle.start("name"), start + handle.end("name")
        name = _outlet_name(doc, s, e, anchored=True)
        if name and re.fullmatch(r"(?:微博|客户端|官微|公众号)?(?:消息|报道|发布|称)?", text[name.span.end:e]):
            found.append(Credit(name.name, name.span, "据@"))  # the whole handle, not 甘肃网 of 甘肃网络…平台
    return found


_TITLE_TAIL = r"杂志|网站|周刊|月刊|日报|报|网|电视台"
# A short name up to its media word, glued to the text after a credit mark (来源：某某新闻据…, 来源 | 某某财经最近…);
# not what readers, pictures or a clause supplied (网友拍摄的视频新闻).
# A name of an account may instead run up to a date (来源：某某健康2022年11月2日…), where it is no official body
# (来源：某省卫健委11月3日…, see _NOT_REPORTER in sources.py).
_GLUED_NAME = re.compile(r"(?![^、，,。]{0,6}?(?:网友|网民|网络|图片|视频|的|了))(?:[\u4e00-\u9fff]{1,6}?"
                         r"(?:新闻|日报|晚报|晨报|早报|时报|商报|周刊|财经|之声)"
                         r"|(?![^、，,。\d]*(?:部|局|委|厅|院|署|办|室|处|府|会|所|中心|公司|集团)\d)"
                         r"[\u4e00-\u9fff]{2,8}(?=\d{4}年|\d{1,2}月\d{1,2}日))")


def _author_before(doc: Analysis, end: int, at: int, after: Optional[re.Match]) -> bool:
    """An unnamed item before a slash and a named outlet (来源：王某/某某日报, the Sina byline of writer and
    outlet): the writer, not an origin. `after`: the next item of the list, found from `at`."""
    if after is None or doc.norm_text[end:end + 1] not in ("/", "／"):
        return False
    return _outlet_name(doc, at + after.start("name"), at + after.end("name"), anchored=True) is not None


def _listed_title(doc: Analysis, start: int, end: int) -> Optional[Credit]:
    """A credit list's item that is a press title, alone or after its country (编译自英国《经济学人》杂志):
    the title is credited."""
    from ..kb import KnowledgeBase

    text = doc.norm_text
    book = re.compile(rf"{_BOOK}(?:{_TITLE_TAIL})?$").search(text, start, end)
    if book is None or book.start() > start and not any(
            a.kind in ("country", "place") for a in KnowledgeBase.load().lookup(text[start:book.start()])):
        return None
    close = text.index("》", book.start()) + 1
    return _at(doc, book.start(), close, "来源")


def is_reprint(doc: Analysis) -> bool:
    """A platform's own editor line (责任编辑：) marks the page as a reprint: the tag or dateline
    opening it then names the origin, not the publisher."""
    text = doc.norm_text
    lines = list(doc.article.boilerplate) + list(doc.article.paragraphs)
    return any(_PLATFORM_EDITOR.match(text, s.start, s.end) for s in lines)


def opening(doc: Analysis, line: Span) -> tuple[list[Credit], int, Optional[str]]:
    """The tag, wire dateline or 来源 line opening the article: 来源：X is always credited; the
    publisher's own tag (【X报道】, X网讯, X…电) only when the page is a reprint. Returns the credits,
    where the body after the tag starts, and the publisher the tag names (None on a reprint)."""
    text = doc.norm_text
    source_line = re.match(r"\s*(?:本文|文章|稿件)?(?:来源|來源)\s*[:：|｜丨]\s*", text[line.start:line.end])
    if source_line:
        at = line.start + source_line.end()
        account = _ACCOUNT_LINE.match(text, at, line.end)
        if account:  # 来源：微信公众号“某某晚报”: the account's name
            name = _at(doc, *account.span("name"), "来源")
            return [name], account.end(), None
        name = _outlet_name(doc, at, min(line.end, at + 20), anchored=True)
        short = None if name else _GLUED_NAME.match(text[at:line.end])
        if short and _INDEFINITE_NAME.search(short.group(0)):
            short = None
        if short:  # 来源：直新闻据…: a short name glued to the body, up to its media word
            name = _at(doc, at, at + short.end(), "来源")
        return ([name] if name else []), at + (len(name.name) if name else 0), None
    match = _OPENING_TAG.match(text[line.start:line.end])
    if not match:
        return [], line.start, None
    group = next(g for g in ("tag", "wire", "news", "paper") if match.group(g))
    name_end = line.start + (match.end(group) + 1 if group == "news" else match.end())
    name = _outlet_name(doc, line.start + match.start(group), name_end, anchored=True)
    body = line.start + match.end()
    if name is None:
        return [], body, None
    if not is_reprint(doc):
        return [], body, name.name
    return [Credit(name.name, name.span, "reprint")], body, None


def credit_lines(doc: Analysis, chrome: Span) -> list[Credit]:
    """来源：开屏新闻 / 来源 新京报 综合新华社 央视新闻: every known or media-like name."""
    text = doc.norm_text
    if not _CREDIT_LINE.search(text, chrome.start, chrome.end):
        return []
    found = []
    for match in _known_re().finditer(text, chrome.start, chrome.end):
        if not is_general(match.group(0)):  # 来源：某台据外电报道: the press it cites is no origin
            found.append(_at(doc, match.start(), match.end(), "来源"))
    if not found:
        line = _CREDIT_LINE.search(text, chrome.start, chrome.end)
        s, e = line.span("names")
        name = text[s:e].split()[0] if text[s:e].split() else ""
        name = re.sub(r"[）)】\]]+$", "", name)  # （来源：某某观察） closing the article
        name = name[:-1] if name.endswith("等") else name  # 来源：某县政府官网等
        name = re.split(r"责任编辑|编辑|责编", name)[0]  # 来源：某某客户端责任编辑：… glued in the chrome
        lead = _COMPILED_FROM.match(name)  # 来源：编译自某社 / 来源：据某社: the outlet after the verb
        name, s = (name[lead.end():], s + lead.end()) if lead and len(name) - lead.end() >= 2 else (name, s)
        if _LINE_ITEM.fullmatch(name) and not OWN_REPORTER.search(name):
            found.append(_at(doc, s, s + len(name), "来源"))
    return found
