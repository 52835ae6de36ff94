"""Sources stage: the outlets and agencies an article credits (据路透社报道, 外媒称, 对《某报》记者表示,
来源：某报, the origin of a reprint) and whether it is translated or compiled from foreign reporting."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..model import Analysis, Credit, Options, Span
from ..nlp.words import outlets  # noqa: F401 (was defined here)
from .source_names import (COUNTRY_PAPER, MEDIA_SUFFIX, PAPER_NAME, STRICT_SUFFIX, TAIL, body_site, place_across,
                           runs_on, trimmed, without_country, without_place)
from .translation import translation

_CHANNEL = re.compile(r"第\d{1,3}(?:频道|电视台|台)")
_MEDIA_TITLE = re.compile(r"《[^》]{1,20}(?:(?<![公年简月季汇情通战海预举])报|刊|志|闻|网|社|台|人物|论坛)》|《[^》]{1,20}》(?=杂志|网站|新闻网|报|周刊|电视台)"
                          r"|《[^》]{1,20}》(?=(?:\d{1,2}日)?(?:报道|撰文|刊文|发文|写道|援引|刊登|披露))"  # 《外交政策》刊文
                          # 《解读者》当地时间3日报道: a date or time before a cue only a press title takes
                          r"|《[^》]{1,20}》(?=(?:当地时间|北京时间)?(?:\d{1,2}月)?(?:\d{1,2}日|近日|日前|此前|当天|周[一二三四五六日])"
                          r"(?:报道|撰文|刊文|发文|援引|刊登|社论|报导|刊载))")
_BOOK = r"《[^》]{1,20}》"
_BARE_SOCIETY = re.compile(r"(?<!出版)(?<!通讯)(?<!新闻)(?<!通信)(?<!电讯)(?<![报志])社$")
_QUOTED_MEDIA = re.compile(rf"“(?P<name>[^“”，。]{{1,12}}?{MEDIA_SUFFIX})”")
# The kind of outlet a name in quotes is, with a short qualifier before it (“某某”财经网站, “某某”军事新闻网).
_KIND_OF_MEDIA = r"(?:[\u4e00-\u9fff]{0,4}?(?:网站|新闻网|杂志|电视台|频道|通讯社|电台|周刊|博客)|网)"
# A name in quotes before the kind of outlet it is, with a press cue after (美国“某某一号”网站报道称):
# the name is credited; a cue as loose as 显示 (“12306”网站显示) is not enough.
_QUOTED_BEFORE_MEDIA = re.compile(r"“(?P<name>[^“”，,。：:]{2,12})”(?:的)?" + _KIND_OF_MEDIA +
                                  r"(?=[^，,。；;“”]{0,8}?(?:报道|报导|刊文|撰文|发文|写道|援引|披露|刊登|社论|评论称))")
# A Latin name right after the kind of outlet it is (法国体育网站Footmercato报道, 美国新闻网站Semafor称): the name
# is the outlet (a cue must follow, see _AFTER_NAME).
_LATIN_AFTER_PRESS = re.compile(r"(?:媒体|网站|新闻网|杂志|电视台|电台|通讯社|报纸|博客|通讯)"
                                r"(?P<name>[A-Za-z][A-Za-z0-9.&'-]{2,24}(?: [A-Z][A-Za-z0-9.&'-]{1,20}){0,3})(?![A-Za-z0-9])")
_CUE = (r"(?:报道|报导|称|直言|指(?=[，,：:])|援引|指出|写道|消息|发文|刊文|撰文|社论|披露|提到|提出|发布(?!会)|刊登|评论|分析|认为|透露|"
        r"文章|表示|注意到|说(?![事服])|发表|刊发|刊载|引述|转引|曝光|爆料|证实|获悉|公布|民调|统计|显示|播出|播发|刊出|看来|"
        r"(?:调查|分析|研究|核查)发现)")  # 某社的一项调查发现: what its own inquiry found; not 拿…说事, 说服
# (a title in quotes may stand between: 在一篇题为“某某”的文章中说)
# (or a long topic clause: 某社有关两国计划于月底签署一项协议的报道)
_AFTER_NAME = re.compile(rf"(?:[（(][A-Za-z]{{2,10}}[）)])?(?:(?:[^，,。；;“”记A-Za-z]|“[^“”，,。]{{1,24}}”){{0,12}}?{_CUE}"
                         r"|(?:有关|关于)[^，,。；;“”]{1,40}?的(?:报道|报导|消息|文章))")
# (a time word may stand before the cue: 据某报此前报道, 据某台最新消息)
_ACCORDING = re.compile(r"(?:(?<![占依证数凭单收票割盘论考])据|根据|综合)(?P<list>[^，,。；;]{2,40}?)(?:当地时间)?(?:\d{1,2}月)?(?:\d{1,2}日)?"
                        r"(?:此前|日前|近日|早前|稍早|稍早前|早些时候|最新|刚刚|当天|今天|昨天|今日|昨日)?的?"
                        r"(?P<cue>报道|报导|消息|援引|称|编译|透露|披露|发布|文章|统计|介绍|数据|民调|调查|看到|获得|获取|取得|查阅|审阅|掌握|"
                        r"计算|估算|测算|估计|汇编|梳理|追踪)")  # 据某社计算: a figure of its own
# 据路透社，… / 据《某报》，…: with no cue, only known outlets and press titles are credited (not
# 根据《某某宪章》，据统计，).
_ACCORDING_BARE = re.compile(r"(?:(?<![占依证数凭单收票割盘论考])据|根据)(?P<list>[^，,。；;：:“”]{2,30}?)[，,]")
# 据X报道 with X no known outlet: X is credited when it reads as a name (新潮财经), not a reporter, the
# publisher's own desk, an official body or a bare common noun.
# (four characters at least, none of a time word, a determiner or a pronoun: not 据此前报道, 据上述报道,
# 据他们报道, 据这篇报道, 据今年早些时候报道)
_REPORTED_NAME = re.compile(r"(?![^，。]*[此前后这那该其他们些每各某上述年月日时候网络公开最官国内外多另篇份])[\u4e00-\u9fff]{4,8}"
                            r"|[A-Za-z][A-Za-z .&-]{1,24}")
_NOT_REPORTER = re.compile(r"记者|本报|本台|本网|本刊|我们|当地|有关|相关|媒体|报道|消息|人士|官员|方面|部门|知情|网友|网民|"
                           r"(?:部|局|委|厅|院|署|办|室|处|府|会|所|组|中心|公司|集团|队|军|方|人|者|员|宫|馆|省|市|县|区|镇|村)$")
# A bracketed tag opening an item of a roundup (【某某证券报】A股收涨…): a known outlet or a name ending
# in a press word (not 【每日简报】, 【天气预报】, 【互联网】).
_ITEM_TAG = re.compile(r"【(?P<name>[^】\s]{2,12})】(?=[^\s【])")
_TAG_NAME = re.compile(r"(?![^】]*(?:联网|简报|预报|快报|通报|公报|情报|举报|汇报|周报|月报|年报|报道))"
                       r"[\u4e00-\u9fffA-Za-z0-9]{2,10}(?:新闻网|网|日报|晚报|时报|晨报|早报|商报|证券报|基金报)")
_ITEM_BREAK = re.compile(r"、|以及|和|及|与")
_SUBJECT = re.compile(rf"(?<=[。，,；;：:！？!?“”、\s])(?:另据|据|根据|综合|对|向|在|从|有)?(?P<name>[\u4e00-\u9fffA-Za-z]{{2,12}}?{STRICT_SUFFIX})")
# An outlet that ran a survey or interviews of its own (某报对多家银行进行了调查), whose findings the
# article reports; not one that was investigated (警方对某报进行调查: 对 before the name).
_SURVEYS = re.compile(r"(?:对|就|针对|向)[^，,。；;“”]{1,20}?(?:进行|开展|做)了?(?:一项|一次)?(?:调查|调研|民调|问卷调查)")
_INTERVIEW_BEFORE = re.compile(r"(?:对|向|告诉|接受|在接受|跟)了?$")
_REPORTER_AFTER = re.compile(r"[^，,。；;]{0,8}?记者")
# A wire dateline inside the body (据共同社东京12月3日电): any known outlet (see _datelines).
_DATELINE_TAIL = re.compile(r"[^，,。\s]{1,8}?\d{1,2}月\d{1,2}日(?:电|讯)")
_OPENING_TAG = re.compile(r"^\s*(?:[【\[（(](?:文/)?(?P<tag>[^】\]）)]{2,16}?)(?:综合)?(?:报道|讯)?[】\]）)]"
                          rf"|(?!据)(?P<wire>[\u4e00-\u9fff]{{2,8}}?)[\u4e00-\u9fff]{{0,6}}?\d{{1,2}}月\d{{1,2}}日电"
                          r"|(?:[\u4e00-\u9fff]{2,8}[-－—])?(?P<news>[\u4e00-\u9fff]{2,8}?网)(?:讯|消息[:：]|(?:\d{1,2}月\d{1,2}日)?报道(?=\s)))")
# (参考消息网12月3日报道 …, 央视网消息：, 环球时报-环球网报道 记者 …: the publisher's own dateline or tag)
# (图片来源：某社 credits a picture, not the information)
_CREDIT_LINE = re.compile(r"(?<!图片)(?<![图照])(?:来源|來源|文图据|图文据|稿件来源|转载自|本文转自|转自(?=\s*[:：]))\s*[:：]?\s*(?P<names>[^。]{2,40})")
_PAREN = re.compile(r"[（(](?P<mark>(?:文章|本文|稿件)?来源|据)?[:：]?(?P<name>[\u4e00-\u9fff]{2,8}?" + MEDIA_SUFFIX + r")[）)]")
_SOURCE_LINE = re.compile(r"\s*(?:本文|文章|稿件)?来源\s*[:：|｜丨]")
_PLATFORM_EDITOR = re.compile(r"\s*责任编辑\s*[:：]")
_SOURCE_MARK = re.compile(r"(?<!图片)(?<![图照])(?:来源|來源)\s*[|｜丨:：]\s*|(?:本文|文章|内容)来(?:源于|自)(?:微信)?(?:公众号)?\s*[:：]?\s*"
                          r"|(?:综合整理自|整理自|综合自|编译自|摘编自|转载自|本文转自)\s*[:：]?\s*|转自\s*[:：]\s*")
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
# The article's own reporter at work: 记者来到 / 了解到 / 注意到 / 在现场, a name and 摄 (a photo credit).
_FIELDWORK = re.compile(r"记者(?:[\u4e00-\u9fff]{2,3})?(?:来到|走访|注意到|了解到|获悉|在现场|现场|看到|发现|致电|联系|"
                        r"查询|实地|探访|梳理|统计|调查|前往|赶到|暗访|从[^，。]{1,12}获悉)|记者\s*[\u4e00-\u9fff]{2,3}\s*摄")
_PERSON_BEFORE = re.compile(r"(?:记者|名记|主持人|专栏作家|作者|博主|分析师|评论员|主播)$")
_OWN_REPORTER = re.compile(r"^[^，。]{0,2}记者")
# 某杂志主编王某表示: a person of the outlet speaks in their own name (the speaker, not a credit).
_STAFF_SPEAKS = re.compile(r"[^，,。；;“”]{0,3}?(?:副)?(?:主编|总编辑|总编|社长|台长|主持人|专栏作家|撰稿人|评论员|董事长|总裁|首席执行官)")
# 路透社记者看到 / 一名法新社记者说: what a foreign agency's reporter saw or wrote (not 法新社记者提问时,
# a question put at a news conference, where the answer is the speaker's).
_FOREIGN_REPORTER = re.compile(r"[^，。]{0,2}记者(?!\S{0,12}?问)(?:[\u4e00-\u9fff]{2,3})?[^，,。；;“”]{0,8}?"
                               r"(?:看到|目睹|拍摄|拍到|了解到|注意到|获悉|证实|报道|写道|说|表示|称)")
# A general press reference (外媒, 美国媒体) is credited when the article takes information from it, not
# when it is indefinite (有美媒…, 一些西方媒体…), only holds an opinion (澳媒则认为), or is the subject of a
# relative clause (德国媒体日前披露的名单) or a time clause (美国媒体在报道此事时).
_INDEFINITE_BEFORE = re.compile(r"(?:有|一些|某些|部分|不少|个别|少数)$")
_OPINION_CUE = re.compile(r"[^，,。；;“”]{0,4}?(?:认为|猜测|炒作)")
# The outlet's article as a thing that happened to (某报的这篇文章很快被删除, 某报的文章引发争议), not as
# what it said: the first cue is 文章 and a passive or an effect follows.
_ARTICLE_AS_THING = re.compile(r"[^，,。；;“”称说道指]{0,6}?文章(?:很快|随即|随后|已经|已|也|曾)?(?:被|遭|引发|引起|招致|受到)")
_NOT_A_CREDIT_AFTER = re.compile(r"[^，,。；;“”]{0,8}?(?:(?:报道|披露|发布|公布|透露|刊登)的|在[^，,。；;]{0,10}时)")


@lru_cache(maxsize=1)
def general_references() -> frozenset[str]:
    """The general press references of data/outlets.txt (外媒, 美媒, 台媒)."""
    return frozenset(row[0] for row in lexicon.rows("outlets.txt") if len(row) > 2 and row[2] == "general")


@lru_cache(maxsize=1)
def _known_re() -> re.Pattern:
    """Every known outlet, longest first; a Latin name (Reuters, CNN) only as a whole word."""
    return lexicon.alternation(outlets(), latin_words=True)


def is_general(name: str) -> bool:
    """A general press reference: 外媒 / 美媒 of data/outlets.txt, or a place's press (沙特阿拉伯媒体,
    台湾地区媒体, 以色列官方媒体: see _place_press)."""
    return name in general_references() or name.endswith(_PRESS_ENDS)


# (美国多家媒体, 日本各大主流媒体, 伊朗国家媒体: how many or whose, between the place and 媒体)
_PRESS_HEAD = re.compile(r"(?:多家|各大|多个)?(?:地区|官方|国营|国有|国家|主流|当地|本地)?(?:媒体|官媒)")
_PRESS_ENDS = ("媒体", "官媒")


def _place_press(doc: Analysis, start: int, end: int) -> list[tuple[int, int]]:
    """The press of a place the knowledge base knows, by its name before 媒体 / 官媒 (沙特阿拉伯媒体,
    台湾地区媒体, 中东媒体; in 多家美国媒体 the place starts the name), and numbered channels with
    the place before them when the text gives one (以色列第12频道, 第14频道): spans."""
    from ..kb import KnowledgeBase

    text, kb, spans = doc.norm_text, KnowledgeBase.load(), []
    for pattern, bare in ((_PRESS_HEAD, False), (_CHANNEL, True)):
        for match in pattern.finditer(text, start, end):
            for size in range(min(6, match.start() - start), 1, -1):
                if any(a.kind in ("country", "place") for a in kb.lookup(text[match.start() - size:match.start()])):
                    spans.append((match.start() - size, match.end()))
                    break
            else:
                if bare:
                    spans.append(match.span())
    return spans


def credit(doc: Analysis, options: Options) -> Analysis:
    """Stage: sources credited in body and chrome, and the translation verdict with its signals."""
    credits: list[Credit] = []
    declared: list[Credit] = []  # named as the origin (来源：X, a reprint's tag): never the publisher's own
    publisher = None
    for index, paragraph in enumerate(doc.article.paragraphs):
        start = paragraph.start
        if index == 0:
            tagged, start, publisher = _opening(doc, paragraph)
            declared.extend(tagged)
        elif _SOURCE_LINE.match(doc.norm_text, paragraph.start, paragraph.end):
            declared.extend(_opening(doc, paragraph)[0])  # 本文来源：某报 closing the body
        credits.extend(_credits_in(doc, start, paragraph.end))
        declared.extend(_source_lists(doc, start, paragraph.end))
    for chrome in doc.article.boilerplate:
        tagged, _, own = _opening(doc, chrome)
        declared.extend(_credit_lines(doc, chrome) or tagged)
        declared.extend(_source_lists(doc, chrome.start, chrome.end))
        publisher = publisher or own
    credits += declared
    own = {_key(publisher)} if publisher else set()
    if not is_reprint(doc):
        own |= _fieldwork_outlets(doc) - {_key(c.name) for c in declared}
    # the publisher's own reporters and interviews are not credits, nor an official body's website
    credits = [c for c in credits if _key(c.name) not in own and not body_site(c.name)]
    doc.sources = _unique(credits, _aliases(doc), doc.norm_text)
    doc.translated, doc.translation_signals = translation(doc, press_references(doc))
    return doc


def _source_lists(doc: Analysis, start: int, end: int) -> list[Credit]:
    """Credit lines inside the body: 来源 | 某日报、某晚报, 综合整理自：某报（ID：…）, 据@某新闻: each
    name that is wholly a known outlet or a media-suffix name (not 微博网友评论)."""
    text, found = doc.norm_text, []
    for mark in _SOURCE_MARK.finditer(text, start, end):
        at = mark.end()
        listed = _ID_NOTE.sub(lambda m: " " * len(m.group(0)), text[at:min(end, at + 60)])
        stop = _LIST_END.search(listed)
        # 来源|某某参考、某某发布、某某晚报 alone on its line: every item names an origin, known or not
        whole = not text[start:mark.start()].strip() and (stop is None or stop.group(0) in _CHROME_FIELD)
        for piece in _LIST_ITEM.finditer(listed[:stop.start() if stop else len(listed)]):
            s, e = at + piece.start("name"), at + piece.end("name")
            name = _outlet_name(doc, s, e, anchored=True) or _listed_title(doc, s, e)
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
# (来源：某省卫健委11月3日…, see _NOT_REPORTER).
_GLUED_NAME = re.compile(r"(?![^、，,。]{0,6}?(?:网友|网民|网络|图片|视频|的|了))(?:[\u4e00-\u9fff]{1,6}?"
                         r"(?:新闻|日报|晚报|晨报|早报|时报|商报|周刊|财经|之声)"
                         r"|(?![^、，,。\d]*(?:部|局|委|厅|院|署|办|室|处|府|会|所|中心|公司|集团)\d)"
                         r"[\u4e00-\u9fff]{2,8}(?=\d{4}年|\d{1,2}月\d{1,2}日))")


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


def _fieldwork_outlets(doc: Analysis) -> set[str]:
    """Chinese outlets whose reporters do the article's field work (《某报》记者来到现场, 某新闻记者了解到,
    某报记者 王某 摄): the publisher's own, not credited sources."""
    from .translation import outlet_country

    text, own = doc.norm_text, set()
    for paragraph in list(doc.article.paragraphs) + list(doc.article.boilerplate):
        for s, e in _candidates(doc, paragraph.start, paragraph.end):
            if not _FIELDWORK.match(text, e, paragraph.end):
                continue
            name = _at(doc, s, e, "own")
            if outlet_country(doc, name) in (None, "CHN"):
                own.add(_key(name.name))
    return own


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
    source_line = re.match(r"\s*(?:本文|文章|稿件)?(?:来源|來源)\s*[:：|｜丨]\s*", text[line.start:line.end])
    if source_line:
        at = line.start + source_line.end()
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
    for match in _ACCORDING_BARE.finditer(text, start, end):  # 据路透社，… with no cue
        names = [_ITEM_BREAK.sub("", item) for item in re.split(r"(、|以及|和|及|与)", match.group("list"))[::2]]
        names = [without_place(n) for n in names]  # 据英国路透社，…
        if all(_known_re().fullmatch(n) or _MEDIA_TITLE.fullmatch(n) for n in names):
            found.extend(_listed(doc, match.start("list"), match.end("list")))
    for match in _ACCORDING.finditer(text, start, end):
        listed = _listed(doc, match.start("list"), match.end("list"))
        if not listed and match.group("cue") in ("报道", "报导"):
            listed = _reported_name(doc, *match.span("list"))
        found.extend(listed)
    for match in _known_re().finditer(text, start, end):
        if _DATELINE_TAIL.match(text, match.end(), end):
            found.append(_at(doc, *match.span(), "dateline"))
    for tag in _ITEM_TAG.finditer(text, start, end):  # 【某某证券报】… heading an item of a news roundup
        if _known_re().fullmatch(tag.group("name")) or _TAG_NAME.fullmatch(tag.group("name")):
            found.append(_at(doc, *tag.span("name"), "【】"))
    for match in _PAREN.finditer(text, start, end):
        if match.group("mark") or _bare_paren_credit(text, match):
            found.append(_at(doc, *match.span("name"), "（来源）"))
    for s, e in _candidates(doc, start, end):
        if text[max(start, s - 1):s] in ("（", "(", "等"):
            continue  # 某台（CNN）: an abbreviation of the name just given; 等…媒体 sums up a list
        e_cue = e + 1 if text[e:e + 1] == "”" else e  # 台湾“中央社”报道: the cue follows the closing quote
        told = _INTERVIEW_BEFORE.search(text[max(start, s - 4):s])
        if told and (_REPORTER_AFTER.match(text, e_cue, end) or text[e_cue:e_cue + 2] in ("采访", "专访", "表示")
                     or text[e_cue:e_cue + 1] in "，,：:" and told.group(0).startswith("告诉")):
            if not is_general(text[s:e]):  # 接受泰媒采访: no outlet named to credit
                found.append(_at(doc, s, e, "interview"))  # 对《某报》记者表示: told that outlet
        elif not _OWN_REPORTER.match(text[e_cue:e_cue + 4]) and not _STAFF_SPEAKS.match(text, e_cue, end) \
                and _AFTER_NAME.match(text, e_cue, end) \
                and not _uncredited_reference(text, s, e, start, end) and not _used_as_channel(text, s, e_cue, end) \
                and not _ARTICLE_AS_THING.match(text, e_cue, end):
            found.append(_at(doc, s, e, "outlet+cue"))  # not 红星新闻记者: the publisher's own reporter
        elif not told and _SURVEYS.match(text, e_cue, end) and not is_general(text[s:e]):
            found.append(_at(doc, s, e, "survey"))  # 某报对多家银行进行了调查: what it found is reported
        elif _FOREIGN_REPORTER.match(text, e_cue, end) and _foreign_known(text[s:e]):
            found.append(_at(doc, s, e, "reporter"))  # 路透社记者看到: a foreign agency's, never the publisher's
    return found + _coordinated(doc, start, end, found)


def _coordinated(doc: Analysis, start: int, end: int, found: list[Credit]) -> list[Credit]:
    """某某新闻网、中时新闻网等台媒报道称: outlets joined by 、 (和, 与, 及) to a credited one share its
    cue; each is credited (right to left, so a list of three is read whole)."""
    text, extra = doc.norm_text, []
    starts = {c.span.start for c in found}
    for s, e in sorted(_candidates(doc, start, end), reverse=True):
        joint = re.match(r"(?:新闻网|电视台|网站|网)?(?:、|和|与|及|以及)", text[e:end])
        if s not in starts and joint and e + joint.end() in starts and not is_general(text[s:e]):
            extra.append(_at(doc, s, e, "outlet+cue"))
            starts.add(s)
    return extra


# 在某台《某栏目》播出, 通过某某专题网站公布: the clause's subject publishes through the outlet.
_CHANNEL_BEFORE = re.compile(r"(?:在|通过|经由|登录|借助)$")
_CHANNEL_CUES = ("发布", "公布", "播出", "播发", "刊登", "公示")


def _used_as_channel(text: str, s: int, e: int, end: int) -> bool:
    """An outlet the clause's subject publishes through (各部门在某网站发布成绩, 在某台栏目播出专题),
    not one that reports: the outlet follows 在 / 通过 and its first cue is a verb of publishing."""
    if not _CHANNEL_BEFORE.search(text, max(0, s - 2), s):
        return False
    cue = _AFTER_NAME.match(text, e, end)  # (在某刊发布的调查里: the outlet published it, and is credited)
    return bool(cue) and cue.group(0).endswith(_CHANNEL_CUES) and text[cue.end():cue.end() + 1] != "的"


def _foreign_known(name: str) -> bool:
    """A known outlet of a foreign country (路透社, 《朝日新闻》), by data/outlets.txt."""
    return outlets().get(_key(name)) not in (None, "CHN", "TWN", "HKG", "MAC", "?")


def _bare_paren_credit(text: str, match: re.Match) -> bool:
    """（新华社） closing a report credits it; NSA（非独立组网）, a term glossing the Latin abbreviation
    before it, does not, nor a bracketed name that only a loose suffix (网, 社) makes media-like."""
    if re.match(r"[A-Za-z0-9]", text[match.start() - 1:match.start()]):
        return False
    name = match.group("name")
    return name in outlets() or bool(re.search(STRICT_SUFFIX + "$", name))


def press_references(doc: Analysis) -> list[Credit]:
    """Every general press reference of the body that reports or holds something (外媒称, 澳媒则认为,
    有美媒指出), credited or not: what the article takes from foreign press, for the translation verdict."""
    text = doc.norm_text
    found = []
    for paragraph in doc.article.paragraphs:
        spans = [m.span() for m in _known_re().finditer(text, paragraph.start, paragraph.end)
                 if not runs_on(text, m.end(), m.start())]
        spans += _place_press(doc, paragraph.start, paragraph.end)
        spans = [(s, e) for s, e in spans if not any(a <= s and e <= b and (a, b) != (s, e) for a, b in spans)]
        for s, e in spans:  # 沙特阿拉伯媒体, not 阿拉伯媒体 inside it
            if is_general(text[s:e]) and _AFTER_NAME.match(text, e, paragraph.end) \
                    and not _NOT_A_CREDIT_AFTER.match(text, e, paragraph.end):
                found.append(_at(doc, s, e, "press"))
    return found


def _uncredited_reference(text: str, s: int, e: int, floor: int, end: int) -> bool:
    """外媒 / 美国媒体 named without taking information from it (see _INDEFINITE_BEFORE)."""
    if not is_general(text[s:e]):
        return False
    return bool(_INDEFINITE_BEFORE.search(text[max(floor, s - 2):s]) or _OPINION_CUE.match(text, e, end)
                or _NOT_A_CREDIT_AFTER.match(text, e, end))


def _candidates(doc: Analysis, start: int, end: int) -> list[tuple[int, int]]:
    """Spans that name an outlet: known outlets and press references (with a trailing 中文网 or
    网站), media titles in 《》, and names with a suffix only media carry."""
    text = doc.norm_text
    spans = []
    for match in _known_re().finditer(text, start, end):
        if runs_on(text, match.end(), match.start()):
            continue
        tail = TAIL.match(text, match.end(), end)
        spans.append((place_across(text, match.start(), start), (tail.end() if tail else match.end())))
    for match in _MEDIA_TITLE.finditer(text, start, end):  # 《纽约时报》中文网: the Chinese edition
        tail = re.match(r"中文网", text[match.end():end]) if match.group(0).endswith("》") else None
        spans.append((match.start(), match.end() + (tail.end() if tail else 0)))
    # (“某某供销社”, “某某合作社”: a bare 社 in quotes names a society, not the press)
    spans.extend(m.span("name") for m in _QUOTED_MEDIA.finditer(text, start, end)
                 if not _BARE_SOCIETY.search(m.group("name")) or _known_re().fullmatch(m.group("name")))
    spans.extend(m.span("name") for m in _QUOTED_BEFORE_MEDIA.finditer(text, start, end))
    spans.extend(m.span("name") for m in _LATIN_AFTER_PRESS.finditer(text, start, end))
    spans.extend(_place_press(doc, start, end))
    for match in COUNTRY_PAPER.finditer(text, start, end):  # 法国星期天报说: a paper after its country
        paper = without_country(text, *match.span("name"))
        if paper[0] > match.start("name") and re.fullmatch(PAPER_NAME, text[paper[0]:paper[1]]):
            spans.append(paper)
    for match in _SUBJECT.finditer(text, start, end):
        inner = _known_re().search(text, match.start("name") + 1, match.end("name"))
        head = _known_re().match(text, match.start("name"), match.end("name"))
        if head and _AFTER_NAME.match(text, head.end(), end):
            continue  # 美媒当时报道: a known name and its cue, not a name ending in 时报
        if text[match.start("name") - 1:match.start("name")] == "”":
            continue  # “某某”财经网站: the name is the one in quotes
        if inner is None:  # 在接受韩国广播公司采访时: the known outlet inside is the name
            name = trimmed(text, *match.span("name"))
            if name:
                spans.append(without_country(text, *name))
    kept = []
    for span in sorted(spans, key=lambda se: (se[0], -se[1])):
        if not any(s <= span[0] and span[1] <= e for s, e in kept):
            kept.append(span)
    return kept


def _reported_name(doc: Analysis, start: int, end: int) -> list[Credit]:
    """据新潮财经报道: the one name of a 据…报道 that no other rule reads as an outlet (see _REPORTED_NAME)."""
    text = doc.norm_text
    if not _REPORTED_NAME.fullmatch(text, start, end) or _NOT_REPORTER.search(text[start:end]):
        return []
    if any(m.type == "PER" and m.span.start < end and start < m.span.end for m in doc.mentions):
        return []  # 据张伟报道: a reporter
    return [_at(doc, start, end, "据…报道")]


def _listed(doc: Analysis, start: int, end: int) -> list[Credit]:
    """据半岛电视台、路透社报道 / 综合塔斯社、《生意人报》等俄罗斯媒体的报道: each outlet of the list
    (what follows 等 only sums them up)."""
    text = doc.norm_text
    stop = text.find("等", start, end)
    end = stop if stop >= 0 else end
    found, at = [], start
    names = [m.span() for m in _known_re().finditer(text, start, end)] + \
        [m.span() for m in re.finditer(_BOOK, text[start:end])]
    names = [(s, e) if s >= start else (start + s, start + e) for s, e in names]
    for brk in list(_ITEM_BREAK.finditer(text, start, end)) + [None]:
        if brk is not None and any(s < brk.start() < e for s, e in names):
            continue  # 消费者新闻与商业频道: a conjunction inside a known name does not split the list
        stop_at = brk.start() if brk is not None else end
        name = _outlet_name(doc, at, stop_at) if stop_at > at else None
        if name:
            found.append(Credit(name.name, name.span, "据…报道"))
        at = brk.end() if brk is not None else end
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
        tail = 3 if text[start + book.end():start + book.end() + 3] == "中文网" else 0
        return _at(doc, start + book.start(), start + book.end() + tail, "据…报道")
    quoted = _QUOTED_ITEM.search(text[start:end])
    if quoted and not anchored and quoted.start() <= 10:  # 据乌克兰“真理报”报道, 据The Athletic报道: a quoted or
        # Latin name ending a short item (not GDP ending 据…类似GDP等数据)
        group = "name" if quoted.group("name") else "latin"
        if _PERSON_BEFORE.search(text, start, start + quoted.start(group)):
            return None  # 据名记Shams报道: a reporter, not an outlet
        return _at(doc, start + quoted.start(group), start + quoted.end(group), "据…报道")
    known = _known_re().search(text, start, end)
    if known and runs_on(text, known.end(), known.start()):
        known = None
    if known and (not anchored or known.start() == start):
        tail = TAIL.match(text, known.end(), end)
        return _at(doc, place_across(text, known.start(), start), (tail.end() if tail else known.end()), "据…报道")
    press = [(s, e) for s, e in _place_press(doc, start, end) if (anchored and s == start) or
             not anchored and e >= end - 6]
    if press:  # 据台湾地区媒体报道, 据以色列第12频道报道
        return _at(doc, *press[0], "据…报道")
    named = _NAMED_AS.match(text, start, end)  # 据一家名为某某新闻的网站报道: the name after 名为
    if named and not anchored:
        start = named.end()
    # the whole item when it ends in a media word (德国新闻电视台, not 德国新闻 of it), else the shortest
    whole = _SUFFIXED.fullmatch(text, start, end)
    if whole and re.search(r"的|了|召开|举行|闻办", whole.group(0)):
        whole = None  # 某市政府新闻办举行的新闻|发布会: a clause, not a name
    suffixed = whole or _SUFFIXED.match(text, start, end)
    if suffixed and (_INDEFINITE_NAME.search(suffixed.group(0)) or re.search(r"的|了|^网[友民]", suffixed.group(0))):
        suffixed = None  # 编译自英国一家财经网站, 来源：网友拍摄的视频新闻: no outlet named
    if suffixed and text[suffixed.end() - 1:suffixed.end() + 1] in ("网络", "网友", "网民", "闻办"):
        suffixed = None  # 甘肃网|络…平台, 省政府新闻|办: the suffix starts a longer word
    if suffixed and (anchored or suffixed.end() >= end - 6):
        return _at(doc, suffixed.start(), suffixed.end(), "据…报道")
    return None


# an item ending in a name in quotes, maybe with the kind of outlet after it (“某某”财经网站), or in Latin letters
_QUOTED_ITEM = re.compile(r"“(?P<name>[^“”]{2,12})”(?:的?" + _KIND_OF_MEDIA +
                          r")?$|(?<![A-Za-z ])(?P<latin>[A-Z][A-Za-z]{2,19}(?: [A-Z][A-Za-z]{1,19}){0,3})$")
_SUFFIXED = re.compile(rf"[\u4e00-\u9fffA-Za-z]{{2,14}}?{MEDIA_SUFFIX}")
_INDEFINITE_NAME = re.compile(r"一家|多家|几家|各家|这家|那家|一些|某些|一个|一份|该")
_NAMED_AS = re.compile(r"[^，,。；;]{0,8}?(?:名为|名叫|叫做|叫作)")


def _at(doc: Analysis, start: int, end: int, cue: str) -> Credit:
    if doc.norm_text[start - 1:start] == "《" and doc.norm_text[end:end + 1] == "》":
        start, end = start - 1, end + 1  # a known name written as a title: 《今日巴基斯坦》
    surface = doc.article.text[start:end]
    return Credit(surface, Span(start, end, surface), cue)


def _credit_lines(doc: Analysis, chrome: Span) -> list[Credit]:
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
        name = name[:-1] if name.endswith("等") else name  # 来源：某县政府官网等
        name = re.split(r"责任编辑|编辑|责编", name)[0]  # 来源：某某客户端责任编辑：… glued in the chrome
        if _LINE_ITEM.fullmatch(name) and not _OWN_REPORTER.search(name):
            found.append(_at(doc, s, s + len(name), "来源"))
    return found


def _key(name: str) -> str:
    return name.strip("《》")


def _aliases(doc: Analysis) -> dict[str, str]:
    """美国有线电视新闻网（CNN）: the Latin abbreviation in brackets stands for the name before it."""
    text = doc.norm_text
    out = {}
    for match in re.finditer(r"(?P<name>[\u4e00-\u9fff》]{2,})[（(](?P<short>[A-Za-z]{2,10})[）)]", text):
        name = re.sub(r"(?:网站|中文网|官网|客户端)$", "", match.group("name"))  # 某广播公司网站（BBC）
        known = _known_re().search(name)
        if known and name.endswith(known.group(0)):
            out[match.group("short")] = match.group("name")[known.start():]
    return out


def _unique(credits: list[Credit], aliases: dict[str, str], text: str) -> list[Credit]:
    """One credit per outlet (by name without 《》, an abbreviation as its full name), first mention
    kept, text order; a descriptive name right before the outlet's own Latin or quoted name (美国政治
    新闻网站“Politico”, 美国军事网站“某某”) gives way to it."""
    latin = [c for c in credits if re.fullmatch(r"[A-Za-z][A-Za-z .&-]*", c.name)
             or text[c.span.start - 1:c.span.start] == "“"]
    # (only when nothing or a quotation mark stands between: not 路透社和CNN, two outlets); a press
    # reference right before an outlet's name describes it (英媒《每日邮报》, 美媒CNN)
    credits = [c for c in credits if not any(0 <= l.span.start - c.span.end <= 1
                                             and text[c.span.end:l.span.start] in ("", "“", "\"", " ") for l in latin)
               and not (is_general(c.name) and any(o.span.start in (c.span.end, c.span.end + 1) and o is not c
                                                   and text[c.span.end:o.span.start] in ("", "“") for o in credits))]
    seen: dict[str, Credit] = {}
    for item in sorted(credits, key=lambda c: c.span.start):
        key = aliases.get(_key(item.name), _key(item.name))
        if any(key in other or other in key for other in seen):
            continue
        seen[key] = item
    return list(seen.values())
