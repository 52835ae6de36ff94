"""The outlet a stretch of text names in the sources stage: a 《》 title, an account in quotes, a known
outlet, the press of a place (沙特阿拉伯媒体, 以色列第12频道) or a media-suffix name, as a Credit; and the
general press references (外媒, 美媒) that name no one outlet."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..model import Analysis, Credit, Span
from ..nlp.words import outlets
from .source_names import MEDIA_SUFFIX, TAIL, place_across, runs_on

_CHANNEL = re.compile(r"第\d{1,3}(?:频道|电视台|台)")
# A channel named by its number right after its country (泰国7台, 俄罗斯1台): only before a press word, a
# list mark, a date or the end of the clause, not a count of machines (俄罗斯2台坦克).
_NUMBERED_CHANNEL = re.compile(r"(?<![\d第])\d{1,3}(?:频道|电视台|台)(?=[、，,。；;：:”）)]|$|\d|(?:报|称|援|引|说|播|消息|网站|记者|采访|节目|的|等|和|与|及|此前|近日|日前|当地|最新))")
BOOK = r"《[^》]{1,20}》"
# The kind of outlet a name in quotes is, with a short qualifier before it (“某某”财经网站, “某某”军事新闻网).
KIND_OF_MEDIA = r"(?:[\u4e00-\u9fff]{0,4}?(?:网站|新闻网|杂志|电视台|频道|通讯社|电台|周刊|博客)|网)"
_PERSON_BEFORE = re.compile(r"(?:记者|名记|主持人|专栏作家|作者|博主|分析师|评论员|主播)$")


@lru_cache(maxsize=1)
def general_references() -> frozenset[str]:
    """The general press references of data/outlets.txt (外媒, 美媒, 台媒)."""
    return frozenset(row[0] for row in lexicon.rows("outlets.txt") if len(row) > 2 and row[2] == "general")


@lru_cache(maxsize=1)
def known_re() -> re.Pattern:
    """Every known outlet, longest first; a Latin name (Reuters, CNN) only as a whole word."""
    return lexicon.alternation(outlets(), latin_words=True)


def is_general(name: str) -> bool:
    """A general press reference: 外媒 / 美媒 of data/outlets.txt, or a place's press (沙特阿拉伯媒体,
    台湾地区媒体, 以色列官方媒体: see place_press)."""
    return name in general_references() or name.endswith(_PRESS_ENDS)


# (美国多家媒体, 日本各大主流媒体, 伊朗国家媒体: how many or whose, between the place and 媒体)
_PRESS_HEAD = re.compile(r"(?:多家|各大|多个)?(?:地区|官方|国营|国有|国家|主流|当地|本地)?(?:媒体|官媒)")
_PRESS_ENDS = ("媒体", "官媒")


def place_press(doc: Analysis, start: int, end: int) -> list[tuple[int, int]]:
    """The press of a place the knowledge base knows, by its name before 媒体 / 官媒 (沙特阿拉伯媒体,
    台湾地区媒体, 中东媒体; in 多家美国媒体 the place starts the name), and numbered channels with
    the place before them when the text gives one (以色列第12频道, 第14频道): spans."""
    from ..kb import KnowledgeBase

    text, kb, spans = doc.norm_text, KnowledgeBase.load(), []
    anywhere, states = ("country", "place"), ("country",)  # a numbered channel follows a country only
    for pattern, bare, kinds in ((_PRESS_HEAD, False, anywhere), (_CHANNEL, True, anywhere),
                                 (_NUMBERED_CHANNEL, False, states)):
        for match in pattern.finditer(text, start, end):
            for size in range(min(6, match.start() - start), 1, -1):
                if any(a.kind in kinds for a in kb.lookup(text[match.start() - size:match.start()])):
                    spans.append((match.start() - size, match.end()))
                    break
            else:
                if bare:
                    spans.append(match.span())
    return spans


def outlet_name(doc: Analysis, start: int, end: int, anchored: bool = False) -> Optional[Credit]:
    """The outlet named in text[start:end]: a 《》 title, an account in quotes (公众号“某某”), a known
    outlet, or a media-suffix name."""
    text = doc.norm_text
    account = re.search(r"(?:公众号|微博|账号|客户端|网站)“(?P<name>[^”]{2,12})”", text[start:end])
    if account and not anchored:
        return credit_at(doc, start + account.start("name"), start + account.end("name"), "据…报道")
    book = re.search(BOOK, text[start:end])
    if book and not anchored:
        tail = 3 if text[start + book.end():start + book.end() + 3] == "中文网" else 0
        return credit_at(doc, start + book.start(), start + book.end() + tail, "据…报道")
    quoted = _QUOTED_ITEM.search(text[start:end])
    if quoted and not anchored and quoted.start() <= 10:  # 据乌克兰“真理报”报道, 据The Athletic报道: a quoted or
        # Latin name ending a short item (not GDP ending 据…类似GDP等数据)
        group = "name" if quoted.group("name") else "latin"
        if _PERSON_BEFORE.search(text, start, start + quoted.start(group)):
            return None  # 据名记Shams报道: a reporter, not an outlet
        return credit_at(doc, start + quoted.start(group), start + quoted.end(group), "据…报道")
    known = known_re().search(text, start, end)
    if known and runs_on(text, known.end(), known.start()):
        known = None
    if known and (not anchored or known.start() == start):
        tail = TAIL.match(text, known.end(), end)
        return credit_at(doc, place_across(text, known.start(), start), (tail.end() if tail else known.end()), "据…报道")
    press = [(s, e) for s, e in place_press(doc, start, end) if (anchored and s == start) or
             not anchored and e >= end - 6]
    if press:  # 据台湾地区媒体报道, 据以色列第12频道报道
        return credit_at(doc, *press[0], "据…报道")
    named = _NAMED_AS.match(text, start, end)  # 据一家名为某某新闻的网站报道: the name after 名为
    if named and not anchored:
        start = named.end()
    # the whole item when it ends in a media word (德国新闻电视台, not 德国新闻 of it), else the shortest
    whole = _SUFFIXED.fullmatch(text, start, end)
    if whole and re.search(r"的|了|召开|举行|闻办", whole.group(0)):
        whole = None  # 某市政府新闻办举行的新闻|发布会: a clause, not a name
    suffixed = whole or _SUFFIXED.match(text, start, end)
    if suffixed and (INDEFINITE_NAME.search(suffixed.group(0)) or re.search(r"的|了|^网[友民]|[一两几数][名位]|向|在", suffixed.group(0))):
        suffixed = None  # 编译自英国一家财经网站, 来源：网友拍摄的视频新闻: no outlet named
    if suffixed and text[suffixed.end() - 1:suffixed.end() + 1] in ("网络", "网友", "网民", "闻办", "社交", "社会", "社区"):
        suffixed = None  # 甘肃网|络…平台, 省政府新闻|办: the suffix starts a longer word
    if suffixed and not anchored and _TITLE_AFTER.search(text, suffixed.end(), end):
        suffixed = None  # 据某某合作总社理事会主任…透露, 据某台台长介绍: the person speaks
    if suffixed and (anchored or suffixed.end() >= end - 6):
        return credit_at(doc, suffixed.start(), suffixed.end(), "据…报道")
    return None


# an item ending in a name in quotes, maybe with the kind of outlet after it (“某某”财经网站), or in Latin letters
_QUOTED_ITEM = re.compile(r"“(?P<name>[^“”]{2,12})”(?:的?" + KIND_OF_MEDIA +
                          r")?$|(?<![A-Za-z ])(?P<latin>[A-Z][A-Za-z]{2,19}(?: [A-Z][A-Za-z]{1,19}){0,3})$")
_SUFFIXED = re.compile(rf"[\u4e00-\u9fffA-Za-z]{{2,14}}?{MEDIA_SUFFIX}")
_TITLE_AFTER = re.compile(r"主任|主席|书记|部长|局长|社长|台长|总编|主编|负责人|发言人|理事长|总裁|经理|官员|人士|专家")
INDEFINITE_NAME = re.compile(r"一家|多家|几家|各家|这家|那家|一些|某些|一个|一份|该")
_NAMED_AS = re.compile(r"[^，,。；;]{0,8}?(?:名为|名叫|叫做|叫作)")


def credit_at(doc: Analysis, start: int, end: int, cue: str) -> Credit:
    if doc.norm_text[start - 1:start] == "《" and doc.norm_text[end:end + 1] == "》":
        start, end = start - 1, end + 1  # a known name written as a title: 《今日巴基斯坦》
    surface = doc.article.text[start:end]
    return Credit(surface, Span(start, end, surface), cue)
