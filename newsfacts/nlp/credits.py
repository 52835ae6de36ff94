"""Who is credited and who writes: news outlets (路透社, 美媒), the article's own reporters (本报记者王伟,
a byline is never a speaker) and the short names a text defines for a body (“中心”). Read by the
speaker resolution of quotes (nlp/speakers.py)."""
from __future__ import annotations

import re

from ..model import Analysis, Span
from .words import outlets

REPORTER = ("记者", "通讯员", "报道员", "撰稿人")
_ALIAS = re.compile(r"[（(](?:以下|下文)?简?称“([^”]{1,10})”[）)]")
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


def bylines(doc: Analysis) -> set[int]:
    """Starts of the names of the article's reporters (本报记者王伟 / 【特派记者谢亚宏】 /
    （记者王作葵、江宥林）): a byline is never a speaker."""
    text = doc.norm_text
    starts: set[int] = set()
    ends: set[int] = set()
    for m in sorted((m for m in doc.mentions if m.type == "PER"), key=lambda m: m.span.start):
        before = text[max(0, m.span.start - 4):m.span.start]
        if before.endswith(REPORTER) or (before.endswith("、") and m.span.start - 1 in ends):
            starts.add(m.span.start)
            ends.add(m.span.end)
    return starts


def aliases(doc: Analysis, quoted: list[Span]) -> dict[str, Span]:
    """“联合控制和协调中心”（以下称“中心”）: each short name the text defines, to the full name."""
    text, found = doc.norm_text, {}
    for m in _ALIAS.finditer(text):
        before = m.start() - 1 if text[m.start() - 1:m.start()] in "”\"" else m.start()
        full = next((q for q in quoted if q.end == before), None)
        if full is not None:
            found[m.group(1)] = full
    return found
