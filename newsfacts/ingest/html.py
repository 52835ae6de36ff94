"""HTML pages (bytes or str) to Articles: title, author, publication time and main-text paragraphs.

trafilatura finds the main text; our Chinese patterns fix dates, bylines and page chrome it misses.
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

from ..dates import CHINA_TZ, DATETIME_RE, find_datetime, parse_datetime
from ..errors import InputError
from ..model import Article, Span
from .encoding import decode_bytes

__all__ = ["parse_html"]

_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENC_RE = re.compile(rb"""<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
# decode_bytes trusts a declared codec without checking it; forward only the CJK/Unicode ones.
_TRUSTED_CODECS = {"utf-8", "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "cp950", "cp936", "hz"}
_TAG_RE = re.compile(r"<\s*[A-Za-z!?][^>]*>")
_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "title", "select", "option", "textarea"}
_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "tbody", "h1", "h2", "h3", "h4", "h5",
    "h6", "section", "article", "header", "footer", "aside", "nav", "blockquote", "dd", "dt", "dl", "pre",
    "form", "center", "hr", "main", "figure", "figcaption", "text",
}
# Byline labels: the name that follows is the author (source/来源 is never the author).
_AUTHOR_LABELS = [  # (priority, regex), lower wins
    (0, r"(?:作\s*者|撰\s*文|撰\s*稿|执\s*笔人?|发表者|发布者|发布人|楼\s*主|博\s*主|Author)\s*[:：]\s*"),
    (1, r"(?<![A-Za-z])[Bb]y\s+(?=[A-Za-z\u4e00-\u9fff])"),  # forum style: loose only
    (1, r"(?<![\u4e00-\u9fff])文\s*[/|｜:：]\s*"),
    (2, r"(?:记者|通讯员|实习生)\s*[:：]?\s*"),
    (3, r"(?<!责任)(?<!值班)(?<!网络)(?<!实习)编\s*辑\s*[:：]\s*"),
    (4, r"责任编辑\s*[:：]\s*"),
]
# 记者 only after a line start, bracket or outlet name (光明日报记者, 新华社记者), never mid-sentence.
_REPORTER_LEFT = re.compile(r"(?:^|[\s（(【\[□■·|｜/:：]|[报社台网刊道闻站视])$")
_FORUM_AUTHOR = re.compile(r"^([\w&\u4e00-\u9fff]{2,20}?)\s*(?:发表于|发布于)|由([\w\u4e00-\u9fff]{2,12}?)(?:于\s*(?:19|20)\d\d|张贴|发表)"
                           r"|^[\[【]\s*([\u4e00-\u9fff]{2,4})\s*[\]】]\s*(?:来源|稿源)[:：]")
_TRAILING_BYLINE = re.compile(r"[（(]\s*[^（）()]{0,12}?(?:记者|通讯员|实习生)\s*([^（）()]{2,30}?)\s*[）)]\s*$"
                              r"|(?:^|[。！？”」…])\s*[（(]\s*([^（）()]{2,30}?)\s*[）)]\s*$")
_TRAIL_CHROME = re.compile(r"\s*[（(【\[]\s*(?:责任编辑|责编|编辑|来源)\s*[:：][^（）()【】\[\]]{1,30}[）)】\]]\s*$")
_NAME_STOP = re.compile(
    r"(来源|出处|时间|日期|发布|发表|更新|编辑|责编|责任|报道|发自|摄影|摄|通讯员|实习生|浏览|阅读|点击|字号|字体|"
    r"作者|记者|评论|分享|打印|关闭|电|讯)"
)
_CMS = re.compile(r"discuz|comsenz|blogdriver|dedecms|phpcms|phpwind|wordpress|powered|team|admin|webmaster", re.I)
_NOT_NAME = re.compile(r"^[了获看注来走表说问近昨今对也都一就又再还将已正随跟与同等的是被把为以所据在从]|"
                       r"(社|报|网|台|站|部|局|委|会|院|厅|中心|公司|集团|频道|新闻|日报|晚报)$")
_SOURCE_LABEL = re.compile(r"(?:来源|稿源|出处|转自|原载)\s*[:：]")
_DATE_LABEL = re.compile(
    r"(?:(?:发布|发表|更新|录入|上传|出版|刊发)?(?:时间|日期)|(?:发表|发布|更新)于|由\S{1,12}于|Posted on|Published)\s*[:：]?\s*$")
_META_DATE_KEYS = (
    "article:published_time", "publishdate", "publish_date", "publish-date", "pubdate", "pubtime",
    "publishtime", "og:release_date", "datepublished", "dc.date.issued", "dc.date", "dcterms.created",
    "sailthru.date", "weibo:article:create_at", "article:published", "release_date", "date",
    "article:modified_time",
)
_US_DATE = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\s+(\d{1,2}):(\d\d)(?::(\d\d))?\s*([AaPp][Mm])?")
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
_SPLIT_TITLE = re.compile(r"\s*(?:_|\||｜| - | — | – |--|-{2,}| -- )\s*")
_NEAR_LINES = 14  # lines after the title searched for a byline


def parse_html(data: bytes | str, source: str | None = None, url: str | None = None) -> Article:
    """One Article from an HTML page; raises InputError when no article can be read from it."""
    text = _decode(data, source)
    if not _TAG_RE.search(text):
        raise InputError(source, "malformed HTML: no HTML tags found")
    tree = _load(text, source)
    lines = _page_lines(tree)
    doc = _trafilatura(tree, url, source)
    title = _title(tree, doc)
    blocks = _blocks(doc.body if doc is not None else None)
    if not blocks:
        raise InputError(source, "no main text found in the HTML page")
    kept = _strip_chrome(blocks, title)
    if not kept:
        raise InputError(source, "no main text left in the HTML page once page chrome is removed")
    header, near, tail = _regions(lines, title, kept)
    ends = [t for k, t in kept if k == "p"][-6:]
    author = (_author(near) or _trailing_author(ends) or _author([x[-60:] for x in ends[-1:]] + tail, loose=False)
              or _meta_author(tree) or _author((x for x in lines if len(x) <= 60), max_prio=1)
              or _clean_author(doc and doc.author) or _author(tail + near, max_prio=4, loose=False))
    published = (_meta_date(tree, text) or _text_date(near) or _text_date(lines, labelled_only=True)
                 or _text_date(header[::-1]))
    if published is None and doc is not None and doc.date:
        published = _sane(parse_datetime(doc.date))
    return _assemble(kept, title, author, published, source, url or (doc.url if doc is not None else None))


def _decode(data: bytes | str, source: str | None) -> str:
    if isinstance(data, str):
        if not data.strip():
            raise InputError(source, "empty input")
        return data
    declared = _declared_charset(data)
    try:
        return decode_bytes(data, source, declared=declared)
    except InputError as err:
        text = _tolerant_decode(data, declared) if err.reason.startswith("cannot decode") else None
        if text is None:
            raise
        return text


def _tolerant_decode(data: bytes, declared: Optional[str]) -> Optional[str]:
    """A page that fails strict decoding only for a few stray bytes (a cut GBK character)."""
    from .encoding import _looks_like_chinese

    best: Optional[tuple[int, str]] = None
    for name in dict.fromkeys([declared or "gb18030", "gb18030", "big5", "utf-8"]):
        name = "gb18030" if name in ("gb2312", "gbk") else name
        text = data.decode(name, errors="replace")
        bad = text.count("\ufffd")
        if bad <= max(2, len(text) // 2000) and _looks_like_chinese(text) and (best is None or bad < best[0]):
            best = (bad, text)
    return best[1].replace("\r\n", "\n") if best else None


def _declared_charset(data: bytes) -> Optional[str]:
    head = data[:16384]
    match = _CHARSET_RE.search(head) or _XML_ENC_RE.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace").strip().lower()
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return None
    return name if canonical.replace("_", "-") in _TRUSTED_CODECS or name in _TRUSTED_CODECS else None


def _load(text: str, source: str | None):
    import trafilatura
    from lxml import etree

    try:
        tree = trafilatura.load_html(text)
        if tree is None or len(tree) < 1:
            tree = trafilatura.load_html(f"<html><body><div>{text}</div></body></html>")
    except (ValueError, TypeError, etree.LxmlError, RecursionError) as err:
        raise InputError(source, f"malformed HTML: {type(err).__name__}: {err}") from None
    if tree is None or not "".join(tree.itertext()).strip():
        raise InputError(source, "malformed HTML: no parsable content")
    return tree


def _trafilatura(tree, url: Optional[str], source: Optional[str]):
    """trafilatura's Document (text + metadata) or None; its errors never escape."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    for recall in (False, True):
        try:
            doc = trafilatura.bare_extraction(
                deepcopy(tree), url=url, with_metadata=True, include_comments=False,
                include_tables=True, include_links=True, favor_recall=recall, output_format="python",
            )
        except Exception:  # noqa: BLE001 - a failing extractor means "no text", never a crash
            doc = None
        if doc is not None and doc.body is not None and len(doc.text or "") >= 20:
            return doc
    return doc


def _blocks(body) -> list[tuple[str, str, float]]:
    """(kind, text, share of linked characters) for each block of trafilatura's body; kind 'head' or 'p'."""
    out: list[tuple[str, str, float]] = []
    for el in body if body is not None else ():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "head" or (tag == "p" and _bold_only(el)):
            out.append(("head",) + _linked(_el_text(el).replace("\n", " ")))
        elif tag == "table":
            for row in el.iter("row"):
                out.append(("p",) + _linked(" ".join(_el_text(c).replace("\n", " ") for c in row)))
        else:
            for item in (el if tag == "list" else [el]):
                out.extend(("p",) + _linked(raw) for raw in _el_text(item).split("\n"))
    return [b for b in out if b[1]]


def _bold_only(el) -> bool:
    text = _norm(_el_text(el))
    children = [c for c in el if c.tag != "lb"]
    return (len(children) == 1 and children[0].tag == "hi" and "b" in (children[0].get("rend") or "")
            and _norm(_el_text(children[0])) == text and 0 < len(text) <= 40
            and not text.endswith(("。", "！", "？", ".", "”")))


def _el_text(el) -> str:
    """Text with lb as newline and link text wrapped in \x01…\x02 (to measure link density)."""
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
    return re.sub(r"[ \t\r\f\v\u00a0\u3000\u2002\u2003\u200b\ufeff]+", " ", text.replace("\u200b", "")).strip()


def _page_lines(tree) -> list[str]:
    """The page's visible text, one line per block element (for bylines and dates)."""
    from lxml import etree

    parts: list[str] = []
    skip = 0
    for event, el in etree.iterwalk(tree, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else None
        if event == "start":
            if tag is None or tag in _SKIP_TAGS:
                skip += 1
            elif not skip:
                if tag in _BLOCK_TAGS:
                    parts.append("\n")
                parts.append(el.text or "")
        else:
            if tag is None or tag in _SKIP_TAGS:
                skip -= 1
            elif not skip and tag in _BLOCK_TAGS:
                parts.append("\n")
            if not skip and el is not tree:
                parts.append(el.tail or "")
    return [line for line in (_norm(x) for x in "".join(parts).split("\n")) if line]


def _is_nav(text: str, linked: float) -> bool:
    """Link lists, breadcrumbs and button rows: short, mostly linked or cut by separators."""
    if linked >= 0.8 and len(text) <= 200:
        return True
    segments = [x for x in re.split(r"\s*(?:[|｜>»•·]|\s-\s|【|】)\s*", text) if x.strip()]
    return len(segments) >= 4 and len(text) / len(segments) <= 9


def _title(tree, doc) -> str:
    head_title = _norm(" ".join(tree.xpath("//title//text()"))[:300])
    h1s = [_norm("".join(h.itertext())) for h in tree.iter("h1")]
    h1s = [h for h in h1s if 2 <= len(h) <= 120]
    for h1 in h1s:
        if head_title and (h1 in head_title or head_title in h1):
            return h1
    for key in ("og:title", "twitter:title"):
        for value in tree.xpath(f'//meta[@property="{key}" or @name="{key}"]/@content'):
            if _norm(value):
                return _site_trimmed(_norm(value))
    if doc is not None and doc.title:
        return _site_trimmed(_norm(doc.title))
    if head_title:
        return _site_trimmed(head_title)
    return h1s[0] if h1s else ""


def _site_trimmed(title: str) -> str:
    parts = [p for p in _SPLIT_TITLE.split(title) if p.strip()]
    return parts[0].strip() if len(parts) > 1 and len(parts[0].strip()) >= 4 else title


def _regions(lines: list[str], title: str, kept: list[tuple[str, str]]) -> tuple[list[str], ...]:
    """Page lines above the title (page header), from the title to the body (bylines), after the body."""
    paras = [t for k, t in kept if k == "p" and len(t) >= 30 and re.search("[。！？，]", t)] or [
        t for k, t in kept if k == "p"]
    key, last_key = (paras[0][:15], paras[-1][-15:]) if paras else ("", "")
    end = next((i for i, line in enumerate(lines) if key and key in line), None)
    tkey = title[:20]
    if end is None:
        start = next((i for i, line in enumerate(lines) if tkey and tkey in line), 0)
        return lines[max(0, start - 30):start], [x[:200] for x in lines[start:start + _NEAR_LINES]], []
    start = next((i for i in range(end - 1, max(-1, end - 40), -1) if tkey and tkey in lines[i]), None)
    if start is None:
        start = max(0, end - 8)
    near = [line[:200] for line in lines[start:end]] + [line[:80] for line in lines[end:end + 3]]
    last = next((i for i in range(len(lines) - 1, end - 1, -1) if last_key in lines[i]), end)
    return lines[max(0, start - 30):start], near, [line[:200] for line in lines[last + 1:last + 5]]


def _author(lines: Iterable[str], max_prio: int = 3, loose: bool = True) -> Optional[str]:
    """The best labelled byline name in `lines` (作者 > 文/ > 记者 > 编辑 > 责任编辑); loose adds forum forms."""
    best: Optional[tuple[int, str]] = None
    for line in lines:
        forum = _FORUM_AUTHOR.search(line) if loose else None
        if forum and (not best or best[0] > 1):
            name = _names(next(g for g in forum.groups() if g), strict=False)
            best = (1, name) if name else best
        for prio, label in _AUTHOR_LABELS:
            if (best and best[0] <= prio) or prio > max_prio:
                break
            for match in re.finditer(label, line) if loose or "[Bb]y" not in label else ():
                if prio == 2 and len(line) > 30 and not _REPORTER_LEFT.search(line[:match.start()]):
                    continue
                name = _names(line[match.end():], strict=prio == 2)
                if name:
                    best = (prio, name)
                    break
    return best[1] if best else None


def _trailing_author(paragraphs: list[str]) -> Optional[str]:
    """'……。（记者 张三 李四）' closing one of the last paragraphs."""
    for paragraph in paragraphs[::-1]:
        match = _TRAILING_BYLINE.search(paragraph)
        name = _names(next(g for g in match.groups() if g) + ")", strict=True) if match else None
        if name:
            return name
    return None


def _names(rest: str, strict: bool) -> Optional[str]:
    """The name(s) at the start of `rest`, cut at the next label, bracket or sentence mark."""
    seg = re.match(r"[^，,。；;：:|｜/\\()（）\[\]【】<>《》\"“”!！?？\d]*", rest).group(0)
    after = rest[len(seg):len(seg) + 1]
    stop = _NAME_STOP.search(seg)
    if stop:
        seg, after = seg[:stop.start()], stop.group(0)
    names = [n for n in re.split(r"[\s、]+", _join_single(seg.strip())) if n]
    if strict and (after.isdigit() or (not after and len(seg) > 12)):
        return None  # prose such as '记者经历了近4个小时'
    if after == "报道" and len(names) > 1 and not seg[-1:].isspace():
        names.pop()  # '彭冲 山东冠县报道': the last word is the place
    good = []
    for name in names:
        ok = re.fullmatch(r"[\u4e00-\u9fff·]{2,4}" if strict else r"[\u4e00-\u9fff·]{2,6}", name)
        if not strict and not ok:
            ok = re.fullmatch(r"[A-Za-z][\w.&\-]{1,24}|[\w&\u4e00-\u9fff]{2,12}", name)
        if not ok or _NOT_NAME.search(name):
            break
        good.append(name)
    return "、".join(good[:6]) if good else None


def _meta_author(tree) -> Optional[str]:
    for key in ("author", "article:author", "byl", "dc.creator"):
        for value in tree.xpath(f'//meta[@name="{key}" or @property="{key}"]/@content'):
            name = _clean_author(value)
            if name:
                return name
    return None


def _clean_author(value: Optional[str]) -> Optional[str]:
    """A metadata author kept only when it reads as a person: no site, CMS or id strings."""
    value = _join_single(re.sub(r"^(责任编辑|编辑|作者|记者|文)\s*[:：/]?\s*", "", _norm(value or "")))
    if (not value or len(value) > 30 or _NOT_NAME.search(value) or _CMS.search(value)
            or re.search(r"[\d_;|■□●◆/@:：]|\.(cn|com|net)", value)):
        return None
    return value


def _join_single(text: str) -> str:
    """'赵 培' -> '赵培': two-character names padded with a space."""
    return re.sub(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?![\u4e00-\u9fff])", r"\1\2", text)


def _meta_date(tree, text: str) -> Optional[datetime]:
    metas = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key and meta.get("content") and key not in metas:
            metas[key] = meta.get("content")
    for key in _META_DATE_KEYS:
        if key in metas:
            value = _sane(parse_datetime(metas[key]))
            if value:
                return value
    match = _JSONLD_DATE.search(text)
    return _sane(parse_datetime(match.group(1))) if match else None


def _text_date(lines: Iterable[str], labelled_only: bool = False) -> Optional[datetime]:
    """A labelled date (发布时间：…) first, else the first date with a time, else the first date."""
    unlabelled: list[tuple[bool, datetime]] = []
    for line in lines:
        probe = line[:200]
        for start, has_time, value in sorted(_dates_in(probe), key=lambda x: x[0]):
            if _DATE_LABEL.search(probe[max(0, start - 12):start]):
                return value
            unlabelled.append((has_time, value))
    if labelled_only or not unlabelled:
        return None
    timed = [v for has_time, v in unlabelled if has_time]
    return timed[0] if timed else unlabelled[0][1]


def _dates_in(text: str) -> Iterable[tuple[int, bool, datetime]]:
    """(offset, has time, value) of every absolute date: Chinese/ISO forms, and 9/17/2004 5:54 AM."""
    for match in DATETIME_RE.finditer(text):
        found = find_datetime(text[match.start():])
        if found and _sane(found[0]):
            yield match.start(), found[3], _sane(found[0])
    for m in _US_DATE.finditer(text):
        a, b, year, hour, minute, second, ampm = m.groups()
        month, day = (int(b), int(a)) if int(a) > 12 else (int(a), int(b))
        hour = int(hour) % 12 + (12 if ampm and ampm.lower() == "pm" else 0) if ampm else int(hour)
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


@lru_cache(maxsize=1)
def _chrome() -> tuple[list[re.Pattern], list[re.Pattern], list[re.Pattern]]:
    text = resources.files("newsfacts").joinpath("data/html_chrome.txt").read_text(encoding="utf-8")
    kinds: dict[str, list[re.Pattern]] = {"drop": [], "stop": [], "end": []}
    for raw in text.splitlines():
        kind, _, pattern = raw.partition(":")
        if not raw.startswith("#") and pattern.strip() and kind.strip() in kinds:
            kinds[kind.strip()].append(re.compile(pattern.strip()))
    return kinds["drop"], kinds["stop"], kinds["end"]


def _is_byline(line: str) -> bool:
    """A short line of page metadata: date, source, author or view-count labels."""
    if len(line) > 90:
        return False
    labels = sum(1 for r in (_SOURCE_LABEL, re.compile(r"(作者|记者|编辑|发布|时间|日期)\s*[:：]")) if r.search(line))
    has_date = DATETIME_RE.search(line) is not None
    rest = DATETIME_RE.sub("", line)
    rest = re.sub(r"(发布|发表|更新)?(时间|日期)|[:：\s|｜/\-—]|星期.|周.", "", rest)
    return (labels and (has_date or len(line) <= 40)) or (has_date and len(rest) <= 4)


def _strip_chrome(blocks: list[tuple[str, str, float]], title: str) -> list[tuple[str, str]]:
    """Body blocks without chrome: after a 相关阅读-style marker, short lines are skipped until prose resumes."""
    drop, stop, end = _chrome()
    kept: list[tuple[str, str, bool]] = []
    skipping = False
    for kind, text, linked in blocks:
        text = _TRAIL_CHROME.sub("", text)
        prose = len(text) >= 40 and linked < 0.3 and re.search("[。！？；，,]", text) is not None
        short = len(text) <= 160
        if short and any(p.search(text) for p in end) and sum(len(b[1]) for b in kept if b[2]) >= 150:
            break
        if short and any(p.search(text) for p in stop):
            skipping = True
            continue
        if (skipping and not prose) or (short and any(p.search(text) for p in drop)):
            continue
        skipping = False
        if _is_byline(text) or _is_nav(text, linked) or (title and text == title and not kept):
            continue
        if kept and kept[-1][:2] == (kind, text):
            continue
        kept.append((kind, text, prose or (linked < 0.5 and re.search("[。！？”]$", text) is not None)))
    first = next((i for i, b in enumerate(kept) if b[2]), None)
    if first is None:
        return [b[:2] for b in kept]
    last = max(i for i, b in enumerate(kept) if b[2])
    head = [b for b in kept[:first] if len(b[1]) >= 20 and b[0] == "p" and re.search("[。！？，]", b[1])]
    tail = [b for b in kept[last + 1:] if b[0] == "p" and (len(b[1]) >= 20 or re.search("[。！？）)]$", b[1]))]
    return [b[:2] for b in head + kept[first:last + 1] + tail]


def _assemble(blocks, title: str, author, published, source, url) -> Article:
    parts: list[str] = []
    pos = 0
    title_span = None
    if title:
        title_span = Span(0, len(title), title)
        parts.append(title)
        pos = len(title)
    paragraphs: list[Span] = []
    subheadings: list[Span] = []
    for kind, text in blocks:
        sep = "\n\n" if parts else ""
        start = pos + len(sep)
        parts.append(sep + text)
        pos = start + len(text)
        (subheadings if kind == "head" else paragraphs).append(Span(start, pos, text))
    return Article(
        text="".join(parts), source=source, input_format="html", url=url, title=title_span,
        author=author, published_at=published, published_at_origin="html" if published else None,
        subheadings=subheadings, paragraphs=paragraphs,
    )
