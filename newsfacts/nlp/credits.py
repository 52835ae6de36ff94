"""Who is credited and who writes: news outlets (路透社, 美媒), the article's own reporters (本报记者王伟,
a byline is never a speaker) and the short names a text defines for a body (“中心”). Read by the
speaker resolution of quotes (nlp/speakers.py)."""
from __future__ import annotations

import re
from typing import Optional

from ..model import Analysis, Mention, Span
from .chinese import span as _span
from .speaker_links import Speaker
from .timex import find_times
from .words import outlets

REPORTER = ("记者", "通讯员", "报道员", "撰稿人")
# 调查记者西摩·赫什 / 独立记者X: a journalist by trade, whom an article quotes, never its own byline
_JOURNALIST_BY_TRADE = ("调查记者", "独立记者", "自由记者", "知名记者", "著名记者", "退休记者", "公民记者")
_ALIAS = re.compile(r"[（(](?:以下|下文|下)?简?称“([^”]{1,10})”[）)]")
# a body's name right before its alias, written without quotation marks: 甲国保健部（下称“保健部”）
_UNQUOTED_FULL = re.compile(r"[\u4e00-\u9fffA-Za-z·]{3,16}$")
# Documents and pieces of writing (这份文件, 该报告, 文章): what a demonstrative or 的-head names when no body speaks.
PAPERS = ("文件", "报告", "文章", "战略", "白皮书", "决议", "法案", "草案", "协议", "公报", "声明", "社论", "评论",
          "书", "通知", "通报", "公告", "决定", "规定", "方案", "条例")
OUTLET_NAME = re.compile(r"(?![该这此本那])[\u4e00-\u9fff]{2,10}?(?:日报|晚报|时报|邮报|周报|星期天报|新闻网|通讯社|电视台|之声|报|社)")
WRITINGS = ("文章", "社论")  # pieces of writing, which speak for the outlet that ran them
DOCUMENT_HEADS = ("报道", "声明", "文章", "报告", "消息", "数据", "资料", "说法", "公报", "纪要", "官网", "评论", "分析",
                  "文件", "标题", "话", "信", "视频", "帖子", "推文", "调查", "研究", "显示")
_OUTLET_HEADS = ("通讯社", "电视台", "广播公司", "新闻网", "社", "报", "网", "媒体", "外媒", "美媒", "日媒", "韩媒", "俄媒")


def is_outlet(name: str) -> bool:
    """路透社 / 《纽约时报》 / 美媒: a news outlet or the press, which credits what others said."""
    bare = name.strip().strip("《》")
    return bare in outlets() or bare.endswith(_OUTLET_HEADS)


_OWN_DESK = ("本报", "本台", "本网", "本刊", "本社", "我台", "我报", "我刊")
# the desk a reporter works for, right before 记者: 美联社 / 《纽约时报》 / CNN / 该台 / 路透社驻北京
_DESK = re.compile(r"(?:《([^》]{1,15})》|([A-Za-z]{2,12})|(该[台报社网刊])|([\u4e00-\u9fff]{2,10}?))"
                   r"(?:的)?(?:驻[\u4e00-\u9fff]{1,6})?(?:特派|首席|资深|随行|战地|前线|特约|高级)?$")
TOLD = ("对", "向", "跟", "给", "告诉", "接受", "问", "回答")
DESK_REACH = 16
_DISPATCH = ("报道", "获悉", "了解", "注意到", "发现", "看到", "观察", "采访")
_REPORTER_TAIL = re.compile(r"(?:也|还|则|随后|当天|此前)?(?:在[^，,。]{1,12}(?:中|上|时))?(?:也|还|则)?")  # 记者X[在直播中]表示
_DESK_TAIL = re.compile(r"》?的?(?:驻[\u4e00-\u9fff]{1,6})?(?:特派|首席|资深|随行|战地|前线|特约|高级)?$")  # the desk is named this close before 记者


def quoted_reporter(doc: Analysis, start: int) -> Optional[int]:
    """美联社记者史密斯表示 / 《纽约时报》记者约翰说 / 据CNN报道，该台记者安娜称: a reporter of another
    outlet, whom the article quotes; not its own byline (本报记者王伟, 【特派记者谢亚宏】, the author,
    a desk the boilerplate names). Where the desk's name starts, or None."""
    text = doc.norm_text
    reporter = next((r for r in REPORTER if text.startswith(r, start - len(r))), None)
    if reporter is None or _in_brackets(text, start) or any(b.start <= start < b.end for b in doc.article.boilerplate):
        return None
    desk_end = start - len(reporter)
    clause = desk_end
    while clause > max(0, desk_end - DESK_REACH) and text[clause - 1] not in "，,。；;：:！？!?\n“”【】（）() \t":
        clause -= 1
    desk = _DESK.search(text, clause, desk_end)
    outlet_at = _outlet_start(text, desk) if desk is not None else None
    if outlet_at is None or text[clause:desk_end].startswith(_OWN_DESK) \
            or text[clause:outlet_at].endswith(TOLD) or text[outlet_at:outlet_at + 1] in TOLD:
        return None  # 对《环球时报》记者说 / 接受CNN记者采访: the reporter is the one told
    name_end = start
    while name_end < len(text) and (text[name_end].isalpha() or text[name_end] in "·•"):
        name_end += 1
    named = text[start:min(name_end, start + 4)]
    own = " ".join(text[b.start:b.end] for b in doc.article.boilerplate)
    outlet = _DESK_TAIL.sub("", text[outlet_at:desk_end]).strip("《》")
    if (named[:2] and named[:2] in (doc.article.author or "")) or (outlet and outlet in own):
        return None
    return outlet_at


def reporter_subject(doc: Analysis, start: int, end: int, cue: str) -> Optional[tuple[int, Mention]]:
    """美联社记者史密斯表示 / 据CNN报道，该台记者安娜称: (where the desk starts, the reporter) when
    text[start:end], a cue's clause, is another outlet's reporter; never whoever speaks to one
    (李四对美联社记者王五说), and not a reporter's dispatch (新华社记者X报道)."""
    text = doc.norm_text
    if cue.startswith(_DISPATCH) or not any(r in text[start:end] for r in REPORTER):
        return None
    for m in doc.mentions:
        if m.type == "PER" and start < m.span.start and m.span.end <= end and _REPORTER_TAIL.fullmatch(text, m.span.end, end):
            desk = quoted_reporter(doc, m.span.start)
            if desk is None or desk < start or any(w in text[start:m.span.start] for w in TOLD) or any(
                    o.type == "PER" and start <= o.span.start < m.span.start for o in doc.mentions):
                continue
            if not text[start:desk].strip():
                return desk, m
    return None


def _outlet_start(text: str, desk: re.Match) -> Optional[int]:
    """Where the outlet a desk phrase names starts (美联社 in 他说美联社), or None when it names none."""
    if desk.group(1) or desk.group(2) or desk.group(3):
        return desk.start()
    core, at = desk.group(4), desk.start(4)
    return next((at + i for i in range(len(core) - 1) if is_outlet(core[i:])), None)


def _in_brackets(text: str, at: int) -> bool:
    """【环球时报特派记者X】 / （记者X）: inside the byline's brackets."""
    floor = max(0, at - 40)
    return any(text.rfind(o, floor, at) > max(text.rfind(c, floor, at) for c in closes)
               for o, closes in (("【", "】"), ("（", "）)"), ("(", "）)"), ("[", "]")))


_THEIR_REPORTER = tuple("的" + r for r in REPORTER)
# 文/张三 编辑/李四 / 责任编辑：王五: a credit label and its slash or colon right before the name, which is the
# article's staff wherever the page scrape left it (inline before the first sentence too)
_CREDIT_LABEL = re.compile(r"(?:^|(?<=[\s|｜丨]))(?:文|编辑|责编|责任编辑|作者|撰文|编译|翻译|校对|审核|审校|图|摄影|监制|出品人?)\s*[/／：:]\s*$")
CREDIT_REACH = 8


def quoted_journalist(doc: Analysis, before: str, start: int) -> bool:
    """The reporter named at `start` (`before` the text just before it) is one the article quotes:
    someone's reporter (湖人队的记者X), a foreign one (墨西哥记者X) or a journalist by trade (调查记者X)."""
    return before.endswith(_THEIR_REPORTER + _JOURNALIST_BY_TRADE) or foreign_reporter(doc, start)


def bylines(doc: Analysis) -> set[int]:
    """Starts of the names of the article's reporters (本报记者王伟 / 【特派记者谢亚宏】 /
    （记者王作葵、江宥林）): a byline is never a speaker (another outlet's reporter whom a clause
    quotes is found by `quoted_reporter`)."""
    text = doc.norm_text
    starts: set[int] = set()
    ends: set[int] = set()
    for m in sorted((m for m in doc.mentions if m.type == "PER"), key=lambda m: m.span.start):
        before = text[max(0, m.span.start - 4):m.span.start]
        if quoted_journalist(doc, before, m.span.start):
            continue  # one whom the article quotes, never its byline
        credit = _CREDIT_LABEL.search(text, max(0, m.span.start - CREDIT_REACH), m.span.start)
        if before.endswith(REPORTER) or (before.endswith("、") and m.span.start - 1 in ends) or credit is not None:
            starts.add(m.span.start)
            ends.add(m.span.end)
    return starts


_POSTED = ("驻", "特派", "本报", "本台", "本社", "本网")  # 本报驻墨西哥记者: the publisher's own reporter abroad


def foreign_reporter(doc: Analysis, start: int) -> bool:
    """墨西哥记者X: a reporter named by a foreign state right before 记者 (not posted there, 驻墨西哥记者)."""
    text = doc.norm_text
    at = start - len("记者")
    if text[at:start] != "记者":
        return False
    state = next((m for m in doc.mentions if m.span.end == at and m.type == "GPE"), None)
    return state is not None and state.span.text not in ("中国", "我国") and \
        not text[max(0, state.span.start - 4):state.span.start].endswith(_POSTED)


def aliases(doc: Analysis, quoted: list[Span]) -> dict[str, Span]:
    """“东方和平研究中心”（以下称“中心”）: each short name the text defines, to the full name."""
    text, found = doc.norm_text, {}
    for m in _ALIAS.finditer(text):
        before = m.start() - 1 if text[m.start() - 1:m.start()] in "”\"" else m.start()
        full = next((q for q in quoted if q.end == before), None)
        if full is None and before == m.start():
            named = next((n for n in doc.mentions if n.span.end == before and n.type != "TIME"), None)
            bare = _UNQUOTED_FULL.search(text, max(0, before - 16), before)
            if named is not None and m.group(1) in named.span.text:
                full = named.span
            elif bare is not None and bare.group().endswith(m.group(1)) and len(bare.group()) > len(m.group(1)):
                full = _span(doc, bare.start(), bare.end())  # the short name is the full one's tail (甲国保健部: 保健部)
        if full is not None:
            found[m.group(1)] = full
    return found


_WHEN_REPORTED = re.compile(r"(?:此前|早前|日前|近日|稍早前?|早些时候|先前|之前|曾经|曾|也|还|则|又|最新|援引)+$")


def named_source(doc: Analysis, start: int, end: int) -> Optional[Speaker]:
    """据环球网报道: the outlet named between 据 and the cue, dates and 《》 removed."""
    text = doc.norm_text
    for t in reversed(find_times(text, doc.article.published_at, start, end)):
        if t.end == end or text[t.end:end].strip() == "":
            end = t.start
    while end > start and not text[end - 1].isalnum():
        end -= 1
    adverbs = _WHEN_REPORTED.search(text, start, end)
    if adverbs is not None and adverbs.start() > start:
        end = adverbs.start()  # 据新华社此前报道: 此前 says when, not who
    elif adverbs is not None:
        return None  # 据此前报道: only when, no one named
    if end - start < 2 or end - start > 20:
        return None
    return Speaker(_span(doc, start, end), confidence=0.7, media=True)
