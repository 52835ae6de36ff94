"""HTML pages (bytes or str) to Articles: title, author, publication time and main-text paragraphs.

trafilatura finds the main text; our Chinese patterns (data/html_chrome.txt) fix bylines, dates and chrome.
"""
from __future__ import annotations

import codecs
import logging
import re
from copy import deepcopy
from datetime import datetime
from functools import lru_cache
from importlib import resources
from typing import Iterable, Optional

from ..errors import InputError
from .bylines import strip_bylines
from .encoding import decode_bytes
from ..model import Article, Span
from ..nlp.chinese import to_simplified
from ..script import in_script, simplified
from ..nlp.dates import CHINA_TZ, DATETIME_RE, find_datetime, parse_datetime

__all__ = ["parse_html"]

_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENC_RE = re.compile(rb"""<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_TRUSTED_CODECS = {"utf-8", "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "cp950", "cp936", "hz"}
_TAG_RE = re.compile(r"<\s*[A-Za-z!?][^>]*>")
_SKIP_TAGS = ("script", "style", "noscript", "template", "head", "title", "select", "option", "textarea")
_BLOCK_TAGS = tuple("p div br li ul ol tr td th table tbody h1 h2 h3 h4 h5 h6 section article header footer "
                  "aside nav blockquote dd dt dl pre form center hr main figure figcaption text".split())
# 记者 counts after a line start, bracket or outlet (光明日报记者), or in a short line; never mid-sentence.
_REPORTER_LEFT = re.compile(r"(?:^|[\s（(【\[□■·|｜/:：]|[报社台网刊道闻站视])$")
_FORUM_AUTHOR = re.compile(r"^([\w&\u4e00-\u9fff]{2,20}?)\s*(?:发表于|发布于)"
                           r"|由([\w\u4e00-\u9fff]{2,12}?)(?:于\s*(?:19|20)\d\d|张贴|发表)"
                           r"|^[\[【]\s*([\u4e00-\u9fff]{2,4})\s*[\]】]\s*(?:来源|稿源)[:：]")
_TRAILING_BYLINE = re.compile(r"[（(]\s*[^（）()]{0,12}?(?:记者|通讯员|实习生)\s*([^（）()]{2,30}?)\s*[）)]\s*$"
                              r"|(?:^|[。！？”」…])\s*[（(]\s*([^（）()]{2,30}?)\s*[）)]\s*$")  # （记者 张三）
_SOURCE_RE = re.compile(r"(?:来源|稿源|出处|转自|原载)\s*[:：]\s*\[?\s*([^\s\]|｜]{2,20})")
_US_DATE = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\s+(\d{1,2}):(\d\d)(?::(\d\d))?\s*([AaPp][Mm])?")
_META_AUTHOR = "//meta[@name='author' or @property='article:author' or @name='byl' or @name='dc.creator']/@content"
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
_TITLE_REST = re.compile(r"^\s*(?:(?:最后)?更新|发布|时间)?\s*[:：]?\s*(?:19|20)\d\d-\d\d-\d\d(?:\s+\d\d:\d\d(?::\d\d)?)?\s*")
_SPLIT_TITLE = re.compile(r"\s*(?:_|\||｜| - | — | – |-{2,})\s*")


def parse_html(data: bytes | str, source: str | None = None, url: str | None = None) -> Article:
    """One Article from an HTML page; raises InputError when no article can be read from it."""
    from lxml import etree

    text = _decode(data, source)
    if not _TAG_RE.search(text):
        raise InputError(source, "malformed HTML: no HTML tags found")
    try:
        return _parse(text, source, url)
    except (etree.LxmlError, ValueError, TypeError, RecursionError) as err:
        raise InputError(source, f"malformed HTML: {type(err).__name__}: {err}") from None


def _parse(text: str, source: str | None, url: str | None) -> Article:
    tree = _load(text, source)
    doc = _trafilatura(tree, url)
    title = _title(tree, doc)
    lines = _page_lines(tree)
    kept = _strip_chrome(_blocks(doc.body if doc is not None else None), title)
    run = _densest_run(lines)  # trafilatura at times keeps only a sidebar or nothing: take the page's prose
    if (sum(len(t) for _, t in kept) < 100 and sum(map(len, run)) > 200) or (not kept and run):
        kept = _strip_chrome([("p", x, 0.0) for x in run], title)
    if not any(k != "note" for k, _ in kept):
        raise InputError(source, _no_text_reason(lines))
    header, near, tail = _regions(lines, title, kept)
    author = _find_author(tree, doc, lines, title, kept, near, tail)
    published = (_meta_date(tree, text) or _text_date(near) or _text_date(lines, labelled_only=True)
                 or _text_date(header[::-1]) or _sane(parse_datetime(doc.date if doc is not None else "")))
    return _assemble(kept, title, author, published, source, url or (doc.url if doc is not None else None))


def _no_text_reason(lines: list[str]) -> str:
    """Why a page gave no article: little visible text (a script-built page) or no prose among it."""
    visible = sum(map(len, lines))
    if visible < 200:
        return (f"no main text found in the HTML page: it shows only {visible} characters outside scripts "
                "(the article is probably loaded by JavaScript)")
    return f"no main text found in the HTML page: none of its {len(lines)} text lines reads as article prose"


def _find_author(tree, doc, lines, title, kept, near, tail) -> Optional[str]:
    """Byline under the title, reporter closing the body, meta author, bare name, 责任编辑, trafilatura's."""
    ends = [t for k, t in kept if k == "p"][-6:]
    sites = _site_names(tree, doc, lines)
    editors = [x for x in lines if "责任编辑" in x and len(x) <= 40]
    return (_author(near) or _trailing_author(ends) or _author([x[-60:] for x in ends[-1:]] + tail, loose=False)
            or next(filter(None, (_clean_author(v, sites) for v in tree.xpath(_META_AUTHOR))), None)
            or _bare_name(near, title) or _author([x for x in lines if len(x) <= 60], max_prio=1)
            or _author(tail + near + editors, max_prio=4, loose=False)
            or _clean_author(doc.author if doc is not None else None, sites))


def _decode(data: bytes | str, source: str | None) -> str:
    if isinstance(data, str):
        if not data.strip():
            raise InputError(source, "empty input")
        return data
    match = _CHARSET_RE.search(data[:16384]) or _XML_ENC_RE.search(data[:200])
    declared = match.group(1).decode("ascii").lower() if match else None
    try:  # decode_bytes trusts a declared codec unchecked: pass on only CJK and Unicode ones
        declared = declared if declared and codecs.lookup(declared).name in _TRUSTED_CODECS else None
    except LookupError:
        declared = None
    try:
        return decode_bytes(data, source, declared=declared)
    except InputError as err:
        text = _tolerant_decode(data, declared) if err.reason.startswith("cannot decode") else None
        if text is None:
            raise
        return text


def _tolerant_decode(data: bytes, declared: Optional[str]) -> Optional[str]:
    """A page failing strict decoding only on a few stray bytes (a cut GBK character): keep it."""
    from .encoding import _looks_like_chinese

    best: Optional[tuple[int, str]] = None
    for name in dict.fromkeys([declared or "gb18030", "gb18030", "big5", "utf-8"]):
        text = data.decode("gb18030" if name in ("gb2312", "gbk") else name, errors="replace")
        bad = text.count("\ufffd")
        if bad <= max(2, len(text) // 2000) and _looks_like_chinese(text) and (best is None or bad < best[0]):
            best = (bad, text)
    return best[1].replace("\r\n", "\n") if best else None


def _load(text: str, source: str | None):
    import trafilatura

    tree = trafilatura.load_html(text)
    if tree is None or len(tree) < 1:  # a bare fragment such as "<p>…</p>"
        tree = trafilatura.load_html(f"<html><body><div>{text}</div></body></html>")
    if tree is None or not "".join(tree.itertext()).strip():
        raise InputError(source, "malformed HTML: no text in the parsed page")
    return tree


def _trafilatura(tree, url: Optional[str]):
    """trafilatura's Document (body + metadata), retried with favor_recall; None when it fails."""
    import trafilatura

    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    doc = None
    for recall in (False, True):
        try:
            doc = trafilatura.bare_extraction(
                deepcopy(tree), url=url, with_metadata=True, include_comments=False, include_tables=True,
                include_links=True, favor_recall=recall, output_format="python",
                date_extraction_params={"extensive_search": False, "original_date": True},
            )
        except Exception:  # noqa: BLE001 - any failure inside the extractor means "no text", never a crash
            doc = None
        if doc is not None and doc.body is not None and len(doc.text or "") >= 20:
            return doc
    return doc


def _blocks(body) -> list[tuple[str, str, float]]:
    """(kind, text, linked share) per block of trafilatura's body; kind 'head' (h2/h3, bold-only) or 'p'."""
    out: list[tuple[str, str, float]] = []
    for el in body if body is not None else ():
        tag, kids, text = el.tag if isinstance(el.tag, str) else "", [c for c in el if c.tag != "lb"], _el_text(el)
        bold = (tag == "p" and len(kids) == 1 and kids[0].tag == "hi" and "b" in (kids[0].get("rend") or "")
                and _norm(text) == _norm(_el_text(kids[0])) and len(_norm(text)) <= 40
                and not _norm(text).endswith(("。", "！", "？", ".", "”")))
        if tag == "head" or bold:
            out.append(("head",) + _linked(text.replace("\n", " ")))
        elif tag == "table":
            out.extend(("p",) + _linked(" ".join(_el_text(c).replace("\n", " ") for c in row))
                       for row in el.iter("row"))
        else:
            paras = tag == "quote" and len(el) and all(c.tag in ("p", "list") for c in el)
            for item in (el if tag == "list" or paras else [el]):
                out.extend(("p",) + _linked(raw) for raw in _el_text(item).split("\n"))
    return [b for b in out if b[1]]


def _el_text(el) -> str:
    """Text with <lb/> as a newline and link text wrapped in \\x01…\\x02 (to measure link density)."""
    parts = [el.text or ""]
    for child in el:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag == "ref":
            parts.append("\x01" + _el_text(child).replace("\n", " ") + "\x02")
        else:
            parts.append(_el_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _linked(raw: str) -> tuple[str, float]:
    text = _norm(raw.replace("\x01", "").replace("\x02", ""))
    linked = sum(len(_norm(m)) for m in re.findall("\x01([^\x02]*)", raw))
    return text, (linked / len(text) if text else 0.0)


def _norm(text: str) -> str:
    # private-use code points are GBK pages' padding characters as gb18030 decodes them
    return re.sub(r"[ \t\n\r\f\v\u00a0\u3000\u2002\u2003\ufeff\ue000-\uf8ff]+", " ", text.replace("\u200b", "")).strip()


def _page_lines(tree) -> list[str]:
    """The page's visible text, one line per block element."""
    from lxml import etree

    tree = deepcopy(tree)
    etree.strip_elements(tree, etree.Comment, etree.ProcessingInstruction, *_SKIP_TAGS, with_tail=False)
    for el in tree.iter(*_BLOCK_TAGS):
        el.text, el.tail = "\n" + (el.text or ""), "\n" + (el.tail or "")
    return [line for line in (_norm(x) for x in "".join(tree.itertext()).split("\n")) if line]


def _densest_run(lines: list[str]) -> list[str]:
    """The page's stretch of prose lines (up to 3 other lines between them) holding the most text."""
    best: list[str] = []
    run: list[str] = []
    gap = 0
    for line in lines + [""] * 4:
        prose = len(line) >= 25 and re.search("[。！？，]", line) is not None
        if prose or (run and gap < 3):
            run.append(line)
            gap = 0 if prose else gap + 1
        else:
            best, run = max(best, run, key=lambda r: sum(map(len, r))), []
    return best


def _regions(lines: list[str], title: str, kept: list[tuple[str, str]]) -> tuple[list[str], list[str], list[str]]:
    """Page lines above the title (header), from the title to the body's first lines (bylines), after it."""
    paras = [t for k, t in kept if k == "p" and len(t) >= 30 and re.search("[。！？，]", t)] or [
        t for k, t in kept if k == "p"]
    key, last_key = (paras[0][:15], paras[-1][-15:]) if paras else ("", "")
    end = next((i for i, line in enumerate(lines) if key and key in line), None)
    tkey = title[:20]
    if end is None:
        start = next((i for i, line in enumerate(lines) if tkey and tkey in line), 0)
        return lines[max(0, start - 30):start], [x[:200] for x in lines[start:start + 14]], []
    start = next((i for i in range(end - 1, max(-1, end - 40), -1) if tkey and tkey in lines[i]), None)
    start = max(0, end - 8) if start is None else start
    near = [x[:200] for x in lines[start:end]] + [x[:80] for x in lines[end:end + 3]]
    last = next((i for i in range(len(lines) - 1, end - 1, -1) if last_key in lines[i]), end)
    return lines[max(0, start - 30):start], near, [x[:200] for x in lines[last + 1:last + 5]]


@lru_cache(maxsize=1)
def _patterns() -> dict[str, list[re.Pattern]]:
    """The 'kind: regex' lines of data/html_chrome.txt, by kind."""
    text = resources.files("newsfacts").joinpath("data/html_chrome.txt").read_text(encoding="utf-8")
    kinds: dict[str, list[re.Pattern]] = {}
    for raw in text.splitlines():
        kind, _, pattern = raw.partition(":")
        if raw.strip() and not raw.startswith("#"):
            kinds.setdefault(kind.strip(), []).append(re.compile(pattern.strip()))
    return kinds


@lru_cache(maxsize=1)
def _labels() -> list[tuple[int, re.Pattern]]:
    """(priority, regex) of the byline labels 'author-N:' in the data file, best (lowest N) first."""
    labels = [(int(k[7:]), p) for k, ps in _patterns().items() if k.startswith("author-") for p in ps]
    return sorted(labels, key=lambda label: label[0])


def _hit(kind: str, text: str) -> bool:
    simple = to_simplified(text)  # the patterns are simplified; a traditional page's chrome reads the same
    return any(p.search(simple) for p in _patterns().get(kind, ()))


def _is_nav(text: str, linked: float) -> bool:
    """Link lists, breadcrumbs and button rows: mostly linked, or many short pieces between separators."""
    if linked >= 0.8 and len(text) <= 200:
        return True
    pieces = [x for x in re.split(r"\s*(?:[|｜>»•·]|\s-\s|【|】)\s*", text) if x.strip()]
    return len(pieces) >= 4 and len(text) / len(pieces) <= 9


def _is_byline(line: str) -> bool:
    """A short line of page metadata: a date, or source/author/time labels."""
    if len(line) > 90:
        return False
    line = to_simplified(line)  # _hit converts too; the date and label patterns below need it here
    has_date = DATETIME_RE.search(line) is not None
    rest = re.sub(r"(发布|发表|更新)?(时间|日期)|[:：\s|｜/\-—]|星期.|周.", "", DATETIME_RE.sub("", line))
    return (_hit("meta-label", line) and (has_date or len(line) <= 40)) or (has_date and len(rest) <= 4)


def _strip_chrome(blocks: list[tuple[str, str, float]], title: str) -> list[tuple[str, str]]:
    """Body blocks without chrome, and without the short lines before the first and after the last prose."""
    kept: list[tuple[str, str, bool]] = []
    skipping = False
    for kind, text, linked in blocks:
        text = _patterns()["trail-chrome"][0].sub("", text)
        if not kept and title and len(title) >= 8 and text.startswith(title) and len(text) > len(title):
            text = _TITLE_REST.sub("", text[len(title):])  # the headline and its dateline glued to the body
        prose = len(text) >= 40 and linked < 0.3 and re.search("[。！？；，,]", text) is not None
        short = len(text) <= 160
        if short and _hit("end", text) and sum(len(b[1]) for b in kept if b[2]) >= 150:
            break
        if short and _hit("stop", text):
            skipping = True
            continue
        if (skipping and not prose) or (short and _hit("drop", text)):
            continue
        skipping = False
        if short and _hit("note", text):
            kept.append(("note", text, False))  # a reprint's origin or original title: boilerplate
            continue
        if _is_byline(text) or _is_nav(text, linked) or (text == title and not kept) or (
                kept and kept[-1][:2] == (kind, text)):
            continue
        kept.append((kind, text, prose or (linked < 0.5 and re.search("[。！？”]$", text) is not None)))
    first = next((i for i, b in enumerate(kept) if b[2]), None)
    if first is None:
        return [b[:2] for b in kept if b[0] == "note"]
    last = max(i for i, b in enumerate(kept) if b[2])
    head = [b for b in kept[:first] if b[0] == "note" or (
        len(b[1]) >= 20 and b[0] == "p" and re.search("[。！？，]", b[1]))]
    tail = [b for b in kept[last + 1:] if b[0] == "note" or (
        b[0] == "p" and (len(b[1]) >= 20 or re.search("[。！？）)]$", b[1])))]
    return [b[:2] for b in head + kept[first:last + 1] + tail]


def _title(tree, doc) -> str:
    head_title = _norm(" ".join(tree.xpath("//title//text()"))[:300])
    h1s = [h for h in (_norm("".join(h.itertext())) for h in tree.iter("h1")) if 2 <= len(h) <= 120]
    for h1 in h1s:
        if head_title and (h1 in head_title or head_title in h1):
            return h1
    metas = tree.xpath('//meta[@property="og:title" or @name="og:title" or @name="twitter:title"]/@content')
    for value in [_norm(v) for v in metas + [doc.title if doc is not None else "", head_title] if v and _norm(v)]:
        value = re.sub(r"[-—–]\s*[^-—–\s]{1,10}(?:网|报|社|台|在线|频道|新闻)$", "", value).strip() or value
        parts = [p.strip() for p in _SPLIT_TITLE.split(value) if p.strip()]  # drop "_site name" tails
        return (parts[0] if len(parts) > 1 and len(parts[0]) >= 4 else value).strip(" -—–_|")
    return h1s[0] if h1s else ""


def _site_names(tree, doc, lines: list[str]) -> set[str]:
    """Names of the site and the article's source (来源), lower-cased letters only: never the author."""
    names = set(tree.xpath('//meta[@property="og:site_name" or @name="og:site_name"]/@content'))
    names.update(p.strip() for p in _SPLIT_TITLE.split(_norm(" ".join(tree.xpath("//title//text()"))))[1:])
    names.update(m.group(1) for line in lines if len(line) < 200 for m in _SOURCE_RE.finditer(line))
    names.add(doc.sitename if doc is not None and doc.sitename else "")
    return {_letters(n) for n in names if _letters(n)}


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()


def _author(lines: Iterable[str], max_prio: int = 3, loose: bool = True) -> Optional[str]:
    """The best labelled byline name in lines (作者 > 文/ > 记者 > 编辑 > 责任编辑); loose adds forum forms."""
    best: Optional[tuple[int, str]] = None
    for line in lines:
        simple = to_simplified(line)  # the labels are simplified (作者, 记者); offsets are the same
        forum = _FORUM_AUTHOR.search(line) if loose else None
        if forum and (not best or best[0] > 1):
            name = _names(next(g for g in forum.groups() if g), strict=False)
            best = (1, name) if name else best
        for prio, label in _labels():
            if (best and best[0] <= prio) or prio > max_prio:
                break
            for match in label.finditer(simple) if loose or "[Bb]y" not in label.pattern else ():
                if prio == 2 and len(line) > 30 and not _REPORTER_LEFT.search(line[:match.start()]):
                    continue
                name = _names(line[match.end():], strict=prio == 2)
                if name:
                    best = (prio, name)
                    break
    return best[1] if best else None


def _names(rest: str, strict: bool) -> Optional[str]:
    """The name(s) opening `rest`, cut at the next label, bracket or sentence mark; strict: 2-4 han each."""
    seg = re.match(r"[^，,。；;：:|｜/\\()（）\[\]【】<>《》\"“”!！?？\d]*", rest).group(0)
    after = rest[len(seg):len(seg) + 1]
    stop = next((m for p in _patterns()["name-stop"] for m in [p.search(seg)] if m), None)
    if stop:
        seg, after = seg[:stop.start()], stop.group(0)
    seg = re.sub(r"(?<=[\u4e00-\u9fff])_[A-Za-z0-9]{1,8}\b", "", seg)  # editor codes: 杨倩_NF4425
    names = [n for n in re.split(r"[\s、]+", _join_single(seg.strip())) if n]
    if strict and (after.isdigit() or (not after and len(seg) > 12)
                   or (after in ("记者", "作者", "编辑") and not seg[-1:].isspace())):
        return None  # prose such as '记者经历了近4个小时', or '记者博客联系记者'
    if after == "报道" and len(names) > 1 and not seg[-1:].isspace():
        names.pop()  # '彭冲 山东冠县报道': the last word is a place
    good = []
    for name in names:
        ok = re.fullmatch(r"[\u4e00-\u9fff·]{2,4}" if strict else r"[\u4e00-\u9fff·]{2,6}", name)
        if not strict and not ok:  # user names: 'zboygirl', '放飞&心情'
            ok = re.fullmatch(r"(?=.*[A-Za-z0-9&])[\w&.\-]{3,24}", name) and not re.fullmatch(r"[\u4e00-\u9fff]+", name)
        if not ok or _hit("not-name", name) or _hit("not-author", name):
            break
        good.append(name)
    return "、".join(good[:6]) if good else None


def _trailing_author(paragraphs: list[str]) -> Optional[str]:
    """'……。（记者 张三 李四）' closing one of the last paragraphs."""
    for paragraph in paragraphs[::-1]:
        match = _TRAILING_BYLINE.search(paragraph)
        name = _names(next(g for g in match.groups() if g) + ")", strict=True) if match else None
        if name:
            return name
    return None


def _bare_name(near: list[str], title: str) -> Optional[str]:
    """A line holding only one to three names just below the title (essays, reposts: '犬儒病' / '胡平')."""
    for i, line in enumerate(near[:-1]):
        if i and not (title and title[:20] in line):
            continue
        for below in near[i + 1:i + 3]:
            names = re.split(r"[\s、，,]+", below.strip())
            if len(names) <= 3 and all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", n) and _hit("surname", n[0])
                                       and not _hit("not-name", n) and not _hit("bare-stop", n) for n in names):
                return "、".join(names)
    return None


def _clean_author(value: Optional[str], sites: set[str]) -> Optional[str]:
    """A metadata author, kept only when it reads as a person: not a site, source, CMS or id."""
    value = _join_single(re.sub(r"^(责任编辑|编辑|作者|记者|文)\s*[:：/]?\s*", "", _norm(value or "")))
    if (not value or len(value) > 30 or _hit("not-name", value) or _hit("not-author", value)
            or re.search(r"[\d_;|■□●◆/@:：]|\.(cn|com|net|org)|\s关注", value, re.I)
            or any(_letters(value) in site or site in _letters(value) for site in sites)):
        return None
    return value


def _join_single(text: str) -> str:
    """'赵 培' -> '赵培': two-character names padded with a space."""
    return re.sub(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?![\u4e00-\u9fff])", r"\1\2", text)


def _meta_date(tree, text: str) -> Optional[datetime]:
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        metas.setdefault(key, meta.get("content") or "")
    for pattern in _patterns()["date-meta"]:
        for key, value in metas.items():
            if pattern.fullmatch(key) and _sane(parse_datetime(value)):
                return _sane(parse_datetime(value))
    match = _JSONLD_DATE.search(text)
    return _sane(parse_datetime(match.group(1))) if match else None


def _text_date(lines: Iterable[str], labelled_only: bool = False) -> Optional[datetime]:
    """A labelled date (发布时间：…) first, else the first date with a time, else the first date."""
    unlabelled: list[tuple[bool, datetime]] = []
    for line in lines:
        probe = line[:200]
        for start, has_time, value in sorted(_dates_in(probe), key=lambda x: x[0]):
            if _hit("date-label", probe[max(0, start - 12):start]):
                return value
            unlabelled.append((has_time, value))
    if labelled_only or not unlabelled:
        return None
    return next((v for has_time, v in unlabelled if has_time), unlabelled[0][1])


def _dates_in(text: str) -> Iterable[tuple[int, bool, datetime]]:
    """(offset, has time, value) for each absolute date: Chinese and ISO forms, and 9/17/2004 5:54 AM."""
    for match in DATETIME_RE.finditer(text):
        found = find_datetime(text[match.start():])
        if found and _sane(found[0]):
            yield match.start(), found[3], _sane(found[0])
    for m in _US_DATE.finditer(text):
        a, b, year, hour, minute, second, ampm = m.groups()
        month, day = (int(b), int(a)) if int(a) > 12 else (int(a), int(b))
        hour = int(hour) % 12 + (12 if ampm.lower() == "pm" else 0) if ampm else int(hour)
        try:
            value = _sane(datetime(int(year), month, day, hour, int(minute), int(second or 0)))
        except ValueError:
            continue
        if value:
            yield m.start(), True, value


def _sane(value: Optional[datetime]) -> Optional[datetime]:
    if value is None or not 1990 <= value.year <= datetime.now(CHINA_TZ).year + 1:
        return None
    return value if value.tzinfo else value.replace(tzinfo=CHINA_TZ)


def _assemble(blocks, title: str, author, published, source, url) -> Article:
    """Article.text = title, blank line, blocks joined by blank lines; spans point into it (notes: boilerplate)."""
    text, paragraphs, subheadings, chrome = title, [], [], []
    for kind, block in blocks:
        start = len(text) + (2 if text else 0)
        text = f"{text}\n\n{block}" if text else block
        span = Span(start, start + len(block), block)
        (subheadings if kind == "head" else chrome if kind == "note" else paragraphs).append(span)
    article = Article(
        text=text, source=source, input_format="html", url=url, title=Span(0, len(title), title) if title else None,
        author=author, published_at=published, published_at_origin="html" if published else None,
        subheadings=subheadings, paragraphs=paragraphs, boilerplate=chrome,
    )
    laid_out, written_in = simplified(article)  # the byline patterns are simplified
    strip_bylines(laid_out)
    return laid_out if written_in is None else in_script(laid_out, text)
