"""Sources stage: the outlets and agencies an article credits (据路透社报道, 外媒称, 对《某报》记者表示,
来源：某报, the origin of a reprint) and whether it is translated or compiled from foreign reporting."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..model import Analysis, Credit, Options, Span
from ..nlp.words import BRACKETED_ALIAS, outlets  # noqa: F401 (outlets was defined here)
from .source_names import (COUNTRY_PAPER, MEDIA_SUFFIX, PAPER_NAME, STRICT_SUFFIX, TAIL, body_site, place_across,
                           runs_on, trimmed, without_country, without_place)
from .source_lines import (OWN_REPORTER as _OWN_REPORTER, SOURCE_LINE as _SOURCE_LINE, credit_lines as _credit_lines,
                           is_reprint, opening as _opening, source_lists as _source_lists)
from .source_outlets import (BOOK as _BOOK, KIND_OF_MEDIA as _KIND_OF_MEDIA, credit_at as _at, is_general,
                             known_re as _known_re, outlet_name as _outlet_name, place_press as _place_press)
from .translation import translation

_MEDIA_TITLE = re.compile(r"《[^》]{1,20}(?:(?<![公年简月季汇情通战海预举])报|刊|志|闻|网|社|台|人物|论坛)》|《[^》]{1,20}》(?=杂志|网站|新闻网|报(?!告)|周刊|电视台)"
                          r"|《[^》]{1,20}》(?=(?:\d{1,2}日)?(?:报道|撰文|刊文|发文|写道|援引|刊登|披露))"  # 《外交政策》刊文
                          # 《解读者》当地时间3日报道: a date or time before a cue only a press title takes
                          r"|《[^》]{1,20}》(?=(?:当地时间|北京时间)?(?:\d{1,2}月)?(?:\d{1,2}日|近日|日前|此前|当天|周[一二三四五六日])"
                          r"(?:报道|撰文|刊文|发文|援引|刊登|社论|报导|刊载))")
_BARE_SOCIETY = re.compile(r"(?<!出版)(?<!通讯)(?<!新闻)(?<!通信)(?<!电讯)(?<![报志])社$")
_QUOTED_MEDIA = re.compile(rf"“(?P<name>[^“”，。]{{1,12}}?{MEDIA_SUFFIX})”")
# A name in quotes before the kind of outlet it is, with a press cue after (美国“某某一号”网站报道称):
# the name is credited; a cue as loose as 显示 (“12306”网站显示) is not enough.
_QUOTED_BEFORE_MEDIA = re.compile(r"“(?P<name>[^“”，,。：:]{2,12})”(?:的)?" + _KIND_OF_MEDIA +
                                  r"(?=[^，,。；;“”]{0,8}?(?:报道|报导|刊文|撰文|发文|写道|援引|披露|刊登|社论|评论称))")
# A Latin name right after the kind of outlet it is (法国体育网站Footmercato报道, 美国新闻网站Semafor称): the name
# is the outlet (a cue must follow, see _AFTER_NAME).
# 等多家俄媒报道: a press reference after 等 (and how many) sums up the outlets listed before it.
_SUMS_UP = re.compile(r"等(?:多家|几家|各大|其他|其它|一些|众多|部分)?$")
# A Latin name opening a clause, right before a report verb (TheInformation报道称, 某某Daily率先报道): an outlet
# whatever list it is missing from; not a reporter (名记Shams报道, see _PERSON_BEFORE in source_outlets).
_LATIN_REPORTS = re.compile(r"(?:(?<=[。，,；;：:！？!?“、\s])|^)(?P<name>[A-Z][A-Za-z0-9.&'-]{2,24}(?: [A-Z][A-Za-z0-9.&'-]{1,20}){0,3})"
                            r"(?=(?:\d{1,2}日|当天|此前|日前|最早|率先|独家|援引[^，,。；;]{1,16}?)?(?:报道|报导))")
_LATIN_AFTER_PRESS = re.compile(r"(?:媒体|网站|新闻网|杂志|电视台|电台|通讯社|报纸|博客|通讯)"
                                r"(?P<name>[A-Za-z][A-Za-z0-9.&'-]{2,24}(?: [A-Z][A-Za-z0-9.&'-]{1,20}){0,3})(?![A-Za-z0-9])")
_CUE = (r"(?:报道|报导|(?<![名号堪著简统俗泛])称|直言|指(?=[，,：:])|援引|指出|写道|消息|发文|刊文|撰文|社论|披露|提到|提出|发布(?!会)|刊登|评论|分析|认为|透露|"
        r"文章|表示|注意到|说(?![事服])|发表|刊发|刊载|引述|转引|曝光|爆料|证实|获悉|公布|民调|统计|显示|播出|播发|刊出|看来|"
        r"(?:调查|分析|研究|核查)发现)")  # 某社的一项调查发现: what its own inquiry found; not 拿…说事, 说服
# 《某报》老板X表示 / 某台员工说: someone of the outlet speaks for himself, the outlet is not credited
_STAFF = r"[^，,。；;“”]{0,6}?(?:老板|员工|雇员|创始人|所有者|社长|总编辑|总编|主编|台长|董事长|首席执行官)"
# (a title in quotes may stand between: 在一篇题为“某某”的文章中说; a platform named in Latin letters: 在社交平台X上)
# (or a long topic clause: 某社有关两国计划于月底签署一项协议的报道)
_AFTER_NAME = re.compile(rf"(?:[（(][A-Za-z]{{2,10}}[）)])?(?!{_STAFF})(?:(?:[^，,。；;“”记A-Za-z]|“[^“”，,。]{{1,24}}”|(?<=平台)[A-Za-z]{{1,12}}){{0,12}}?{_CUE}"
                         r"|(?:有关|关于)[^，,。；;“”]{1,40}?的(?:报道|报导|消息|文章))")
# (a time word may stand before the cue: 据某报此前报道, 据某台最新消息)
_ACCORDING = re.compile(r"(?:(?<![占依证数凭单收票割盘论考])据|根据|综合)(?P<list>[^，,。；;]{2,40}?)(?:当地时间)?(?:\d{1,2}月)?(?:\d{1,2}日)?"
                        r"(?:此前|日前|近日|早前|稍早|稍早前|早些时候|最新|刚刚|当天|今天|昨天|今日|昨日)?的?"
                        r"(?P<cue>报道|报导|消息|援引|称|编译|透露|披露|发布|文章|统计|介绍|数据|民调|调查|看到|获得|获取|取得|查阅|审阅|掌握|"
                        r"计算|估算|测算|估计|汇编|梳理|追踪|了解|得知|知悉)")  # 据某社计算: a figure of its own
_LEARNT = ("了解", "得知", "知悉")  # 据路透社了解: what an outlet learnt, credited like 获悉
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
# An account in quotes whose news the article passes on (“某某发布”微信公众号消息, 据“健康某市”公众号的官方消息),
# like 微信公众号“某某” (see outlet_name); not a body's or firm's own account (“某某银行”微信公众号), nor an
# announcement it posts (“某某马拉松”微信公众号发布公告).
_ACCOUNT_NEWS = re.compile(r"“(?P<name>[^“”，,。：:]{2,12})”(?:微信)?(?:公众号|官方微信|官微|官方微博|微博)"
                           r"(?:\d{1,2}月\d{1,2}日)?的?(?:官方|最新)?消息")
_BODY_ACCOUNT = re.compile(r"(?:部|局|委|厅|院|署|办|室|处|府|会|所|中心|公司|集团|银行|医院|大学|学校|协会|公园|景区)$")
_ITEM_BREAK = re.compile(r"、|以及|和|及|与")
# Where a known outlet published what 据X， credits (据某报微博，… / 据某社电，…): not part of its name.
_PLATFORM_TAIL = re.compile(r"(?:官方)?(?:微博|微信公众号|公众号|客户端|官微|微信|电|消息)$")
_SUBJECT = re.compile(rf"(?<=[。，,；;：:！？!?“”、\s])(?:另据|据|根据|按照|依照|依据|综合|对|向|在|从|有)?(?P<name>[\u4e00-\u9fffA-Za-z]{{2,12}}?{STRICT_SUFFIX})")
# An outlet that ran a survey or interviews of its own (某报对多家银行进行了调查), whose findings the
# article reports; not one that was investigated (警方对某报进行调查: 对 before the name).
_SURVEYS = re.compile(r"(?:对|就|针对|向)[^，,。；;“”]{1,20}?(?:进行|开展|做)了?(?:一项|一次)?(?:调查|调研|民调|问卷调查)")
_INTERVIEW_BEFORE = re.compile(r"(?:对|向|告诉|接受|在接受|跟)了?$")
_REPORTER_AFTER = re.compile(r"[^，,。；;]{0,8}?记者")
# A wire dateline inside the body (据共同社东京12月3日电): any known outlet (see _datelines).
_DATELINE_TAIL = re.compile(r"[^，,。\s]{1,8}?\d{1,2}月\d{1,2}日(?:电|讯)")
_PAREN = re.compile(r"[（(](?P<mark>(?:文章|本文|稿件)?来源|据)?[:：]?(?P<name>[\u4e00-\u9fff]{2,8}?" + MEDIA_SUFFIX + r")[）)]")
# A known outlet in brackets closing a paragraph (…。（央视）, …。（新华社）（完）), maybe before the platform's
# editor line: the origin of what the paragraph reports, even where no media suffix marks it (see _PAREN).
_CLOSING_TAG = re.compile(r"[（(](?:来源|据)?[:：]?(?P<name>[^（）()\s，,。：:]{2,12})[）)]\s*(?:[（(]完[）)])?\s*"
                          r"(?:(?:责任编辑|编辑|责编)\s*[:：]?\s*[\u4e00-\u9fff]{2,4})?\s*$")
# The article's own reporter at work: 记者来到 / 了解到 / 注意到 / 在现场, a name and 摄 (a photo credit).
_FIELDWORK = re.compile(r"记者(?:[\u4e00-\u9fff]{2,3})?(?:来到|走访|注意到|了解到|获悉|在现场|现场|看到|发现|致电|联系|"
                        r"查询|实地|探访|梳理|统计|调查|前往|赶到|暗访|从[^，。]{1,12}获悉)|记者\s*[\u4e00-\u9fff]{2,3}\s*摄")
# 某杂志主编王某表示: a person of the outlet speaks in their own name (the speaker, not a credit).
_STAFF_SPEAKS = re.compile(r"[^，,。；;“”]{0,3}?(?:副)?(?:主编|总编辑|总编|社长|台长|主持人|专栏作家|撰稿人|评论员|董事长|总裁|首席执行官)")
# 路透社记者看到 / 一名法新社记者说 / 某台驻加沙记者报道: what a foreign agency's reporter saw or wrote (not 法新社记者提问时,
# a question put at a news conference, where the answer is the speaker's).
_FOREIGN_REPORTER = re.compile(r"(?:驻[^，,。；;“”]{1,6}?|[^，。]{0,2})记者(?!\S{0,12}?问)(?:[\u4e00-\u9fff]{2,3})?[^，,。；;“”]{0,8}?"
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
    if doc.article.byline is not None:  # 2023-03-14 18:06 来源：某某新闻网, the platform's time line
        declared.extend(_credit_lines(doc, doc.article.byline))
    for chrome in doc.article.boilerplate:
        tagged, _, own = _opening(doc, chrome)
        declared.extend(_credit_lines(doc, chrome) or tagged)
        declared.extend(_source_lists(doc, chrome.start, chrome.end))
        publisher = publisher or own
    credits += declared + _speaking_outlets(doc)
    own = {_key(publisher)} if publisher else set()
    if not is_reprint(doc):
        own |= _fieldwork_outlets(doc) - {_key(c.name) for c in declared}
    # the publisher's own reporters and interviews are not credits, nor an official body's website
    credits = [c for c in credits if (_key(c.name) not in own or c in declared) and not body_site(c.name)]
    credits = [_whole_title(doc.norm_text, _whole_office(doc.norm_text, c)) for c in credits]
    doc.sources = _unique(credits, _aliases(doc), doc.norm_text)
    doc.translated, doc.translation_signals = translation(doc, press_references(doc))
    return doc


def _speaking_outlets(doc: Analysis) -> list[Credit]:
    """A named outlet the quotes stage found speaking (《某报》形容，……): what it wrote is reported, whatever
    the verb (a press reference, 日媒认为, is left to the rules above)."""
    text = doc.norm_text
    return [_at(doc, *match.span(), "quote") for quote in doc.quotes if quote.speaker is not None
            for match in _known_re().finditer(text, quote.speaker.start, quote.speaker.end)
            if text[match.end():quote.speaker.end] in ("", "》") and not is_general(match.group(0))
            and not match.group(0).endswith(_PRESS)]  # the outlet is the speaker (not 中国网 of 中国网友)


_PRESS = ("媒体", "媒", "传媒")  # a press named by its region (中东媒体): left to the rules above


def _whole_office(text: str, found: Credit) -> Credit:
    """白俄罗斯总统新闻|处: a name cut before the one character that makes it a body's press office is that office."""
    end = found.span.end
    if text[end:end + 1] not in _OFFICE_CHARACTERS or not found.name.endswith("新闻") or text[end - 2:end] != "新闻":
        return found
    return _extended(found, text[end])


_OFFICE_CHARACTERS = ("处", "办", "署", "局")
_TITLE_KINDS = ("周刊", "月刊", "杂志", "周报", "日报")


def _whole_title(text: str, found: Credit) -> Credit:
    """《明镜》周刊: a title whose kind word after the marks completes an outlet's known name (明镜周刊) is credited
    with that word, as written."""
    end = found.span.end
    kind = next((k for k in _TITLE_KINDS if text.startswith(k, end)), None)
    if kind is None or not found.name.startswith("《") or not found.name.endswith("》") \
            or not _known_re().fullmatch(_key(found.name) + kind):
        return found
    return _extended(found, kind)


def _extended(found: Credit, tail: str) -> Credit:
    """The credit with the text right after it (`tail`) added to its name and span."""
    return Credit(found.name + tail, Span(found.span.start, found.span.end + len(tail), found.span.text + tail), found.cue)


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


def _credits_in(doc: Analysis, start: int, end: int) -> list[Credit]:
    text = doc.norm_text
    found = []
    for match in _ACCORDING_BARE.finditer(text, start, end):  # 据路透社，… with no cue
        names = [_ITEM_BREAK.sub("", item) for item in re.split(r"(、|以及|和|及|与)", match.group("list"))[::2]]
        names = [_PLATFORM_TAIL.sub("", without_place(n)) for n in names]  # 据英国路透社，… / 据某报微博，…
        if all(_known_re().fullmatch(n) or _MEDIA_TITLE.fullmatch(n) for n in names):
            found.extend(_listed(doc, match.start("list"), match.end("list")))
    for match in _ACCORDING.finditer(text, start, end):
        if match.group("cue") in _LEARNT and (match.group("list").endswith("记者") or "据" in match.group("list")
                                              or match.group(0).startswith("综合")):
            continue  # 据某报记者了解: the publisher's own field work; …综合信息据了解: no outlet learnt it
        listed = _listed(doc, match.start("list"), match.end("list"))
        if not listed and match.group("cue") in ("报道", "报导"):
            listed = _reported_name(doc, *match.span("list"))
        found.extend(listed)
    for match in _ACCOUNT_NEWS.finditer(text, start, end):
        if not _BODY_ACCOUNT.search(match.group("name")):
            found.append(_at(doc, *match.span("name"), "据…消息"))
    for match in _known_re().finditer(text, start, end):
        if _DATELINE_TAIL.match(text, match.end(), end):
            found.append(_at(doc, *match.span(), "dateline"))
    for tag in _ITEM_TAG.finditer(text, start, end):  # 【某某证券报】… heading an item of a news roundup
        if _known_re().fullmatch(tag.group("name")) or _TAG_NAME.fullmatch(tag.group("name")):
            found.append(_at(doc, *tag.span("name"), "【】"))
    for match in _PAREN.finditer(text, start, end):
        if match.group("mark") or _bare_paren_credit(text, match):
            found.append(_at(doc, *match.span("name"), "（来源）"))
    closing = _CLOSING_TAG.search(text, start, end)
    if closing and closing.end() == end and _known_re().fullmatch(closing.group("name")) \
            and not is_general(closing.group("name")):
        found.append(_at(doc, *closing.span("name"), "（来源）"))  # …。（央视）: the outlet the item is taken from
    for s, e in _candidates(doc, start, end):
        if text[max(start, s - 1):s] in ("（", "(") or _SUMS_UP.search(text, max(start, s - 5), s):
            continue  # 某台（CNN）: an abbreviation of the name just given; 等（多家）…媒体 sums up a list
        e_cue = e + 1 if text[e:e + 1] == "”" else e  # 台湾“中央社”报道: the cue follows the closing quote
        told = _INTERVIEW_BEFORE.search(text[max(start, s - 4):s])
        alias = _ALIAS.match(text, e_cue, end)  # 告诉美国消费者新闻与商业频道（CNBC），: the alias is the one told too
        said_at = alias.end() if alias else e_cue
        if told and (_REPORTER_AFTER.match(text, e_cue, end) or text[e_cue:e_cue + 2] in ("采访", "专访", "表示")
                     or text[said_at:said_at + 1] in "，,：:" and told.group(0).startswith("告诉")):
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
# 在国家电视台发表讲话, 在某台的直播讲话中表示: a speaker addressing the public on the outlet, a venue.
_SPEECH_ON = re.compile(r"(?:上|中|的)?(?:发表|所作的|的)?(?:电视|全国|直播|新年|年度)?(?:讲话|演讲|致辞|电视讲话)")


def _used_as_channel(text: str, s: int, e: int, end: int) -> bool:
    """An outlet the clause's subject publishes through (各部门在某网站发布成绩, 在某台栏目播出专题),
    not one that reports: the outlet follows 在 / 通过 and its first cue is a verb of publishing."""
    if not _CHANNEL_BEFORE.search(text, max(0, s - 2), s):
        return False
    if _SPEECH_ON.match(text, e, end):
        return True
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


_ALIAS = re.compile(BRACKETED_ALIAS)
_NO_NAME = re.compile(r"[一两几数][名位]|向|该|这家|那家")


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
    spans.extend(m.span("name") for m in _LATIN_REPORTS.finditer(text, start, end))
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
            if name and _NO_NAME.search(text, *name):
                continue  # 一名助手向该网站透露: a person who told the site, no outlet's name
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


def _key(name: str) -> str:
    return name.strip("《》")


@lru_cache(maxsize=1)
def _known_aliases() -> dict[str, str]:
    """data/outlet_aliases.tsv: each name of an outlet → its Chinese full name (BBC → 英国广播公司)."""
    return {name: row[0] for row in lexicon.rows("outlet_aliases.tsv") for name in row}


def _aliases(doc: Analysis) -> dict[str, str]:
    """美国有线电视新闻网（CNN）: the Latin abbreviation in brackets stands for the name before it; the names
    of one outlet in data/outlet_aliases.tsv (英国广播公司, BBC) stand for its full name."""
    text = doc.norm_text
    out = dict(_known_aliases())
    for match in re.finditer(r"(?P<name>[\u4e00-\u9fff》]{2,})[（(](?P<short>[A-Za-z]{2,10})[）)]", text):
        name = re.sub(r"(?:网站|中文网|官网|客户端)$", "", match.group("name").rstrip("》"))  # 某广播公司网站（BBC）
        known = _known_re().search(name)
        if known and name.endswith(known.group(0)):  # (《华尔街日报》（WSJ）: the title without its marks)
            out[match.group("short")] = _key(match.group("name")[known.start():])
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
