"""Event trigger words (data/event_triggers.tsv) found on the tagger's word boundaries: a trigger
is a word or run of words of its own, used as an act, not a part of a longer word or a modifier."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterator, Optional

from .. import lexicon
from ..doc import mentions_in, per_stage, tokens_in
from ..kb import KnowledgeBase
from ..model import Analysis, Span
from ..nlp.words import TITLE_TENSE, roles, title_alternation
from .event_parties import mentions as party_mentions

# Endings a tagger glues onto a verb (指责称, 通了电话 split elsewhere): still the trigger's word.
_VERB_SUFFIXES = ("了", "称", "道", "说", "过", "着")
# Adverbs a tagger glues in front of a verb (一致同意, 公开谴责): the verb is still a word.
_ADVERB_PREFIXES = ("一致", "共同", "联合", "正式", "再次", "公开", "强烈", "严厉", "分别", "相互", "互相", "首次",
                    "坚定", "坚决", "大力", "全力", "积极", "继续", "进一步")
_VERB_TAGS = ("v", "vn", "vd")
# A place word's localizer the tagger glues onto the verb after it (大楼|外集会, 使馆|前示威): the verb is a word.
_LOCALIZERS = ("外", "前", "旁", "内")
_NOUN_TAGS = ("n", "nz", "nw", "ORG", "LOC", "PER")
_NAME_TAGS = ("ORG", "PER", "nr", "nt")
# Nouns a verb modifies as an attribute (合作伙伴, 访问签证, 打击系统): the thing, not the act.
_ACTOR_SUFFIXES = frozenset(("国", "方", "者", "商", "国家"))  # 提供国, 出资方, 援助者: one who does the act
_MODIFIED_NOUNS = lexicon.alternation(("伙伴", "项目", "关系", "机制", "签证", "系统", "能力", "武器", "导弹", "力量",
                                       "论", "领域", "空间", "平台", "框架", "水平", "意愿", "潜艇", "范围", "协议文本",
                                       "协定", "协议", "核潜艇", "战机", "机制", "模式", "备忘录", "文件",
                                       "人员", "分子", "一方", "势力", "请求", "筹码"))  # 被关押人员, 政变一方: people named by the act


@dataclass(frozen=True)
class Trigger:
    word: str
    type: str
    cameo: str
    frame: str
    implied: str = ""  # the party the word itself names (访华: CHN)


@lru_cache(maxsize=1)
def triggers() -> dict[str, Trigger]:
    """The trigger lexicon (data/event_triggers.tsv) by word."""
    return {row[0]: Trigger(*(cell.strip() for cell in row[:5])) for row in lexicon.rows("event_triggers.tsv")}


@lru_cache(maxsize=1)
def _trigger_re() -> re.Pattern:
    return lexicon.alternation(triggers())


class Words:
    """The tagger's words of a document, looked up by character offset."""

    def __init__(self, tokens: list[tuple[Span, str]]):
        self.tokens = sorted(tokens, key=lambda t: t[0].start)
        self.starts = [span.start for span, _ in self.tokens]

    def at(self, position: int) -> Optional[tuple[Span, str]]:
        """The word covering `position`."""
        i = bisect_left(self.starts, position + 1) - 1
        if i >= 0 and self.tokens[i][0].start <= position < self.tokens[i][0].end:
            return self.tokens[i]
        return None

    def after(self, position: int) -> Optional[tuple[Span, str]]:
        """The first word starting at or after `position`."""
        i = bisect_left(self.starts, position)
        return self.tokens[i] if i < len(self.tokens) else None


def words_of(doc: Analysis) -> Words:
    """The document's Words, built once per stage rather than for every event (a one-line article of
    100 KB has thousands of clauses; sorting its tokens for each made the stage quadratic)."""
    return per_stage(doc, ("words", id(doc.tokens), len(doc.tokens)), lambda: Words(doc.tokens))


# A phone call counted or told with 打 (和X通过三次电话, 同X通了两次电话, 给X打了电话): the verb and its
# object 电话 stand apart, so no word of the lexicon holds them; read as 通电话.
_CALL = re.compile(r"(?:通|打)(?:了|过)?(?:[一两二三四五六七八九十几数多\d]+次|个)电话|打(?:了|过)?电话")
_CALL_AS = "通电话"


# A light verb and its object noun with a modifier between them (对X发起反倾销调查, 对X发动地面攻势,
# 与X举行战略对话, 对X实施更严格的出口管制): the verb and the noun stand apart, so no lexicon word holds
# them; read as the lexicon's verb-object row (发起调查, 发动攻势, 举行对话) whose noun is no trigger alone.
# Only after the party of the row's frame in the clause (对/向X, or 与/同X): 进行问卷调查 is a survey.
_LIGHT = ("发动", "发起", "实施", "实行", "进行", "举行", "展开", "开展", "采取", "提起", "启动")
# Verbs of a joint act that take their object the same way (与X达成停火协议, 与X交换了各自的战俘, 与X共享了…情报)
_SPLIT_VERBS = _LIGHT + ("达成", "交换", "共享")
_CONTROLS = re.compile(r"(?:实施|实行|采取|加强|升级|扩大)了?[^，,。；;、\s对向“”]{0,6}?管制(?:措施)?")
_CONTROLS_AS = "出口管制"
# A call told with its length or manner between the verb and 电话 (与X通了两个多小时的电话)
_LONG_CALL = re.compile(r"通了(?:[^，,。；;、\s对向与同“”]{1,10}?的)?电话")
_LONG_CALL_AS = "通电话"
# An envoy recalled, named with where it serves between the verb and the title (召回苏丹驻阿联酋大使, 召回驻柬埔寨
#大使): the lexicon's 召回大使, read at the verb so the state after 驻 is the one it is aimed at
_RECALL = re.compile(r"召回(?=了?(?:其|本国)?[^，,。；;、“”]{0,10}?驻[^，,。；;、“”]{1,8}?(?:大使|公使|使节|代办))")
_RECALL_AS = "召回大使"
_SURVEY = re.compile(r"问卷|民意|抽样|市场|实地|调研|摸底|走访|专题|统计|入户|田野|人口|随机|社会")
# (a list of parties joined by 、 may run longer: 对德国、法国、瑞典、韩国等盟友实行监听)
_FRAME_BEFORE = {"with": re.compile(r"[与同和跟](?P<party>(?:[^，,。；;与同和跟、]{1,8}、){0,8}[^，,。；;与同和跟]{1,16})$"),
                 "on": re.compile(r"[对向](?P<party>(?:[^，,。；;对向、]{1,8}、){0,8}[^，,。；;对向]{1,16})$")}
FRAME_REACH = 80  # characters before the light verb searched for the preposition and its party or list
SPLIT_REACH = 12  # characters of modifier between the light verb and its noun


@lru_cache(maxsize=1)
def _split_rows() -> tuple[re.Pattern, dict[tuple[str, str], Trigger]]:
    """The verb-object rows of the lexicon whose noun is no trigger alone, as one pattern of the
    split form, and each row by its (verb, noun)."""
    rows = {}
    for word, trigger in triggers().items():
        verb = next((v for v in _SPLIT_VERBS if word.startswith(v) and len(word) > len(v)), None)
        if verb is not None and word[len(verb):] not in triggers() and not word[len(verb):].startswith("了"):
            rows[(verb, word[len(verb):])] = trigger
    nouns = sorted({n for _, n in rows}, key=len, reverse=True)
    pattern = re.compile(r"(?P<verb>%s)了?(?P<mod>[^，,。；;、\s对向与同“”]{1,%d}?)(?P<noun>%s)" % (
        "|".join(_SPLIT_VERBS), SPLIT_REACH, "|".join(map(re.escape, nouns))))
    return pattern, rows


def _framed_party(doc: Analysis, start: int, at: int, frame: str) -> bool:
    """The clause before `at` names a party after the preposition of `frame`."""
    found = _FRAME_BEFORE["with" if frame == "with" else "on"].search(doc.norm_text, max(start, at - FRAME_REACH), at)
    if found is None:
        return False
    a, b = found.start("party"), found.end("party")  # looked up by position, not by a scan of the document
    return any(a <= span.start < b for span, tag in tokens_in(doc, a, at) if tag in _NAME_TAGS + ("LOC", "ns")) \
        or any(a <= m.start < b for m, _ in mentions_in(doc, a, at))


_JOINT_VERBS = ("达成",)  # a verb of an act both parties do, whose subject may name both (not 会晤达成的共识)
_BOTH_NAMED = re.compile(r"双方|两国|三方|三国")


# A clause that goes on from the one before with no subject of its own (……举行会谈，并就…达成了一项协议)
_GOES_ON = re.compile(r"\s*(?:并且?|随后|随即|还|也|同时|此后|之后|继而|进而)")


def _joint_subject(doc: Analysis, start: int, at: int) -> bool:
    """The clause before `at` names two parties or both sides (美日已经达成贸易协议, 两国达成一项能源协议), or
    goes on with no party of its own from a clause that does (美日举行会谈，并就…达成了一项协议)."""
    text = doc.norm_text
    clause = max(start, *(text.rfind(c, start, at) + 1 for c in "，,。；;"))
    if _BOTH_NAMED.search(text, clause, at) or len({code for _, code in party_mentions(doc, clause, at)}) >= 2:
        return True
    goes_on = _GOES_ON.match(text, clause)
    if clause <= start or not goes_on or text[clause - 1] not in "，," \
            or party_mentions(doc, clause, at if text[goes_on.end():goes_on.end() + 1] != "就" else goes_on.end()):
        return False  # (并就限制向中国出口…达成协议: a party inside the topic after 就 is no subject)
    return _joint_subject(doc, start, clause - 1)


def _split(doc: Analysis, start: int, end: int) -> list:
    """The light-verb-object acts with a modifier between whose clause names the party of their frame."""
    text = doc.norm_text
    pattern, rows = _split_rows()
    found = []
    for match in pattern.finditer(text, start, end):
        trigger = rows.get((match.group("verb"), match.group("noun")))
        if trigger is None or _SURVEY.search(match.group("mod")) or not (
                _framed_party(doc, start, match.start(), trigger.frame)
                or match.group("verb") in _JOINT_VERBS and not match.group("mod").startswith("的")
                and _joint_subject(doc, start, match.start())):
            continue
        found.append((match, trigger))
    for match in _CONTROLS.finditer(text, start, end):
        if _framed_party(doc, start, match.start(), "on"):
            found.append((match, triggers()[_CONTROLS_AS]))
    for match in _LONG_CALL.finditer(text, start, end):
        if _framed_party(doc, start, match.start(), "with"):
            found.append((match, triggers()[_LONG_CALL_AS]))
    for match in _RECALL.finditer(text, start, end):  # 召回苏丹驻阿联酋大使: the verb stands for the measure
        found.append((match, triggers()[_RECALL_AS]))
    return found


# A concern voiced with its object between the verb and the noun (表达了对X…的担忧, 表示对X的强烈不满):
# the verb stands for the act, and the party after its 对 is the one accused (the lexicon's 表示担忧
# needs 对X before the verb).
_CONCERN = re.compile(r"(?:表示|表达|表明)(?=了?对[^，,。；;]{1,24}?的(?:严重|强烈|深切|深刻|极大|高度)?"
                      r"(?:担忧|关切|不满|愤慨)(?![的之]))")
_CONCERN_AS = "表达担忧"


# A message named by its addressee (习近平致X总统的贺电, 在致X的贺信中): 致 is the act of sending it.
_MESSAGE = re.compile(r"致(?=[^，,。；;的致]{2,16}的(?:贺电|贺信))")
_MESSAGE_AS = "致贺电"


# A verb-object row of the lexicon whose object the text puts in quotation marks (将23家实体列入“实体清单”):
# the marks name the list, the row still reads.
_QUOTED_OBJECT = re.compile(r"(?P<verb>%s)了?“(?P<noun>[^“”，,。；;]{2,10})”" % "|".join(_SPLIT_VERBS + ("列入", "纳入")))


def _quoted_object(text: str, start: int, end: int) -> list:
    found = []
    for match in _QUOTED_OBJECT.finditer(text, start, end):
        trigger = triggers().get(match.group("verb") + match.group("noun"))
        if trigger is not None:
            found.append((match, trigger))
    return found


def _message(doc: Analysis, start: int, end: int) -> list:
    """The 致 of _MESSAGE whose addressee, right after it, is a party (an object-frame 致贺电)."""
    sent = replace(triggers()[_MESSAGE_AS], frame="obj")
    found = []
    for match in _MESSAGE.finditer(doc.norm_text, start, end):
        first = next(iter(party_mentions(doc, match.end(), match.end() + 12)), None)
        if first is not None and first[0].start == match.end():
            found.append((match, sent))
    return found


def _concern(doc: Analysis, start: int, end: int) -> list:
    """The verbs of _CONCERN, as the accusation they voice (an object-frame reading of 表达担忧)."""
    voiced = replace(triggers()[_CONCERN_AS], frame="obj")
    found = []
    for match in _CONCERN.finditer(doc.norm_text, start, end):
        opening = doc.norm_text.index("对", match.end()) + 1
        first = next(iter(party_mentions(doc, opening, opening + 12)), None)
        if first is not None and first[0].start == opening:  # 对乌克兰局势的担忧: a topic, no party
            found.append((match, voiced))
    return found


# An envoy recalled from his post (召回驻X大使, 撤回了驻X的大使): the post's state stands between the
# verb and 大使, so no lexicon word holds them; read as 召回大使 (CAMEO 161, reduce relations).
_ENVOY = re.compile(r"(?:召回|撤回)(?=了?(?:本国)?驻[^，,。；;]{1,10}?(?:大使|公使|使节))")
_ENVOY_AS = "召回大使"
# Lines of communication watched (监控了某国外交官的通讯, 监控某国使馆电话): the watched state stands between the
# verb and the line, so no lexicon word holds them; read as 监控通讯 (surveillance, COERCE). Bare 监控 names
# cameras and dashboards (监控视频, 实时监控) and stays no act.
_MONITORED = re.compile(r"监控(?=了?[^，,。；;监]{2,16}?(?:通讯|通信|电话|手机|邮件|网络通信))")
_MONITORED_AS = "监控通讯"
# A meeting held with a partner (同X举行了双边会议, 与X举行技术交流会): the noun alone names conferences of
# every kind, so only the frame with 同/与 and 举行 before it makes it talks; read as 举行会谈 (CONSULT).
_MEETING_HELD = re.compile(r"(?<=[同与跟])(?![意时样等步会])[^，,。；;同与跟]{1,24}?举行了?(?:一系列|系列|多场|多轮|首次)?[^，,。；;]{0,6}?"
                           r"(?P<meeting>会议|交流会|研讨会|磋商会)")
_MEETING_AS = "举行会谈"


def _meetings_held(text: str, start: int, end: int) -> list:
    held = replace(triggers()[_MEETING_AS], word="会议")
    return [(re.compile(match.group("meeting")).match(text, match.start("meeting")), held)
            for match in _MEETING_HELD.finditer(text, start, end)]


# Gear named by what it does (监听设施, 窃听器材, 监控设备): a thing, no act of surveillance (没收设备 is still
# a seizure: only the verbs of watching).
_GEAR = re.compile(r"设施|设备|器材|装置|器|站|软件|工具")
_WATCHING = ("监听", "窃听", "监控")


# A ban imposed: 禁止 governed by an act that puts it in force (宣布禁止, 下令禁止, 签署行政命令，禁止X,
# 宣布…黑名单，禁止X), not one only studied, proposed or standing (研究禁止, 法律禁止). Read as the
# lexicon's 禁止入境 (an object-frame ban) standing at 禁止; a row of its own (禁止进口) keeps its frame.
_DECREED_BAN = re.compile(r"(?:宣布|下令|颁布|出台|(?:签署|签发|发布)了?[^，,。；;]{0,6}?(?:%s))"
                          r"(?P<between>[^。；;！？!?]{0,24}?)(?:全面|一律)?(?P<ban>禁止)"
                          % lexicon.alternation_source(lexicon.words("decree_nouns.txt")))
# Words between the decree and the ban that leave the ban unimposed (宣布将研究禁止, 下令考虑禁止).
_UNIMPOSED = re.compile(r"研究|考虑|评估|讨论|计划|拟|提议|建议|酝酿|是否|可能|准备")
_DECREED_BAN_AS = "禁止入境"
_BAN_WORD = re.compile("禁止")  # the ban itself, as the match the trigger stands at


# A ban its doer imposes, named right before it (印度禁止了X, 美方已正式禁止X): a party, then only adverbs and
# a day.
_BAN_ADVERBS = re.compile(r"(?:已经|已|还|也|又|再次|正式|全面|随即|随后|曾|一度|当天|当日|今天|昨天|日前|近日|此前|"
                          r"(?:周|星期)[一二三四五六日天]|\d{1,2}日)*$")


def _decreed_bans(doc: Analysis, start: int, end: int) -> list:
    """The 禁止 of _DECREED_BAN with at most one clause break between the decree and the ban, or with its
    doer right before it, where no longer lexicon row starts (禁止进口 is found as itself)."""
    imposed = replace(triggers()[_DECREED_BAN_AS], word="禁止")
    text = doc.norm_text
    bans = {match.start("ban") for match in _DECREED_BAN.finditer(text, start, end)
            if len(re.findall(r"[，,]", match.group("between"))) <= 1 and not _UNIMPOSED.search(match.group("between"))}
    for match in _BAN_WORD.finditer(text, start, end):
        doer = [m for m, _ in party_mentions(doc, max(start, match.start() - 12), match.start())]
        if doer and _BAN_ADVERBS.fullmatch(text, doer[-1].end, match.start()):
            bans.add(match.start())
    found = []
    for at in sorted(bans):
        row = _trigger_re().match(text, at)
        if row is None or row.end() == at + len("禁止"):
            found.append((_BAN_WORD.match(text, at), imposed))
    return found


# Supplies withheld from a party (暂停向X出口芯片, 禁止本国企业向X出售武器, 停止对X的军售): the verb of the stop
# and the supply verb stand apart, with the one supplied between, so no lexicon word holds them; read as an
# object-frame SANCTION (CAMEO 163) standing at the stop and running to the joiner before the party, so that
# the party after it is the one acted on (the doer's own firms, named before the joiner, are no target). A supply
# verb that starts a measure's name (出口管制) names no supply: 暂停实施对X的出口管制 eases a measure.
_WITHHELD = re.compile(r"(?P<stop>禁止|暂停|停止|中止|叫停|切断)了?(?P<own>(?:[^，,。；;、向对给“”]|“[^“”，,。]{1,8}”){0,8}?)[向对给]"
                       r"(?=[^，,。；;、]{1,12}?(?:的)?[^，,。；;、]{0,6}?(?:%s)(?!管制|管控|限制|禁令))"
                       % "|".join(lexicon.words("supply_verbs.txt")))
_WITHHELD_AS = "禁止出口"


# The doer's own people or firms barred from buying from or investing in a party (禁止美国人投资X企业, 禁止本国
# 企业采购X设备): the stop runs to the first party of another state after the verb, within BOUGHT_REACH characters
# of the clause (a modifier may stand before it: 投资于这些…有关联的X公司).
_BOUGHT = re.compile(r"(?P<stop>禁止|暂停|停止|限制)了?(?P<own>[^，,。；;、“”]{1,6}?(?:人|企业|公司|实体|公民|机构|投资者|个人))"
                     r"(?:投资|购买|采购|收购|使用|购入)于?")
BOUGHT_REACH = 30
_RUN = re.compile(r".+", re.S)


def _withheld(doc: Analysis, start: int, end: int) -> list:
    """The stops of _WITHHELD whose joiner is followed right away by a party, and those of _BOUGHT."""
    text = doc.norm_text
    found = []
    for match in _WITHHELD.finditer(text, start, end):
        first = next(iter(party_mentions(doc, match.end(), match.end() + 12)), None)
        if first is not None and first[0].start == match.end() \
                and not _UNIMPOSED.search(text, max(start, match.start() - 4), match.start()):
            found.append((match, replace(triggers()[_WITHHELD_AS], word=match.group("stop"), frame="obj")))
    for match in _BOUGHT.finditer(text, start, end):
        own = {code for _, code in party_mentions(doc, match.start("own"), match.end("own"))}
        if not own or any(match.start() <= m.start() < match.end() for m, _ in found) \
                or _UNIMPOSED.search(text, max(start, match.start() - 4), match.start()):
            continue  # 研究禁止…: a ban only studied
        stop = re.search(r"[，,。；;！？!?]", text[match.end():match.end() + BOUGHT_REACH])
        reach = match.end() + (stop.start() if stop else BOUGHT_REACH)
        other = next((m for m, code in party_mentions(doc, match.end(), reach) if code not in own), None)
        if other is not None:
            span = _RUN.match(text, match.start(), other.start)  # the stop up to the party acted on
            found.append((span, replace(triggers()[_WITHHELD_AS], word=match.group("stop"), frame="obj")))
    return found


# An investigation of a person (调查前总统X, X因腐败被调查, X接受调查): bare 调查 names surveys and studies as
# well (调查显示, 市场调查), so only with a person right after it (or after his title) or after 被/接受; read as
# the lexicon's 展开调查 (ACCUSE). Who investigates, and that a state's own people are its own (a domestic
# event), is left to the argument rules.
_INVESTIGATION = re.compile(r"调查")
_INVESTIGATED = re.compile(r"(?:被|接受(?:了)?|遭到|受到)$")
_INVESTIGATION_AS = "展开调查"


@lru_cache(maxsize=1)
def _person_titled() -> re.Pattern:
    return re.compile("了?" + TITLE_TENSE + "?" + title_alternation() + "?")


def _investigations(doc: Analysis, start: int, end: int) -> list:
    """The bare 调查 of _INVESTIGATION on a person, where no lexicon row ends with it (展开调查 is itself)."""
    text = doc.norm_text
    found = []
    for match in _INVESTIGATION.finditer(text, start, end):
        if any(text.endswith(row, 0, match.end()) and len(row) > 2 for row in _rows_ending("调查")):
            continue
        titled = _person_titled().match(text, match.end())
        person = any(e.type == "PER" and m.start == titled.end()
                     for m, e in mentions_in(doc, titled.end(), titled.end() + 12))
        if person or _INVESTIGATED.search(text, max(start, match.start() - 4), match.start()):
            found.append((match, replace(triggers()[_INVESTIGATION_AS], word="调查")))
    return found


# 遭到俄罗斯的明确反对, 受到多国反对: opposition met in a passive is a rejection by its agent (PLOVER
# REJECT). Bare 反对 is no lexicon word: in statements it is a stance (statement_acts.tsv), in narrative
# mostly an attitude (反对党, 反对声音).
_OPPOSED = re.compile(r"反对(?![党派者声票方])")
_OPPOSED_AFTER = re.compile(r"(?:遭到|受到|遭)[^，,。；;、“”]{1,16}?的?(?:强烈|明确|坚决|一致|普遍|激烈)?$")
OPPOSED_REACH = 24  # characters before 反对 searched for the passive and its agent
_OPPOSED_AS = "拒绝"


def _opposed(doc: Analysis, start: int, end: int) -> list:
    """The 反对 of a passive (_OPPOSED_AFTER before it), read as the lexicon's 拒绝."""
    text = doc.norm_text
    return [(match, replace(triggers()[_OPPOSED_AS], word="反对")) for match in _OPPOSED.finditer(text, start, end)
            if _OPPOSED_AFTER.search(text, max(start, match.start() - OPPOSED_REACH), match.start())]


@lru_cache(maxsize=8)
def _rows_ending(tail: str) -> tuple[str, ...]:
    return tuple(word for word in triggers() if word.endswith(tail))


# A trigger noun made an act by a light verb after 对/向 + a party (对X发出严厉警告, 对X进行威胁, 向X表示赞扬,
# 对X进行了严厉的驱逐): the party after 对/向 is the one acted on, as in the lexicon's on-frame rows (发出警告,
# 表示支持); without it the bare noun read in its own frame took no target, or the wrong one.
_LIGHT_FRAMING = re.compile(r"(?:发出|进行|实施|实行|施加|表示|表达|予以|给予|作出|做出|提出|采取|展开|开展|发起|发动|发去|发来|致以)了?"
                            r"[^，,。；;、对向与同“”]{0,6}$")
LIGHT_FRAMING_REACH = 14  # characters before the noun searched for the light verb and its modifier


def light_framed(doc: Analysis, clause_start: int, at: int) -> bool:
    """A light verb (and a short modifier) stands right before `at`, after 对/向 + a party."""
    light = _LIGHT_FRAMING.search(doc.norm_text, max(clause_start, at - LIGHT_FRAMING_REACH), at)
    return light is not None and _framed_party(doc, clause_start, light.start(), "on")


def _light_framed(doc: Analysis, clause_start: int, at: int, trigger: Trigger) -> Trigger:
    """The trigger read in the on-frame where a light verb before it follows 对/向 + a party."""
    return replace(trigger, frame="on") if trigger.frame == "obj" and light_framed(doc, clause_start, at) else trigger


# A lexicon row that opens with the noun its verb needs (关系提升为: relations raised to a partnership)
# is matched whole and stands at its verb (提升为), which is the act; 关系 is no trigger of its own.
_NOUN_HEAD = "关系"


def find(doc: Analysis, words: Words, start: int, end: int) -> Iterator[tuple[int, int, Trigger]]:
    """Trigger words in text[start:end] that stand as words and acts."""
    text = doc.norm_text
    name_ends = {m.span.end for m in doc.mentions} | {m.end for e in doc.entities for m in e.mentions}
    names = [(m.start, m.end) for e in doc.entities if e.type in ("ORG", "PER") for m in e.mentions
             if start <= m.start < end]  # 快速支援部队, 上海合作组织: a trigger word inside a name is no act
    calls = [(m, triggers()[_CALL_AS]) for m in _CALL.finditer(text, start, end)] + _split(doc, start, end) + \
        _concern(doc, start, end) + _message(doc, start, end) + \
        [(m, triggers()[_ENVOY_AS]) for m in _ENVOY.finditer(text, start, end)] + _decreed_bans(doc, start, end) + \
        [(m, triggers()[_MONITORED_AS]) for m in _MONITORED.finditer(text, start, end)] + \
        _meetings_held(text, start, end) + _investigations(doc, start, end) + _opposed(doc, start, end) + \
        _quoted_object(text, start, end)
    withheld = _withheld(doc, start, end)  # a decreed ban read as a withheld supply already (宣布禁止向X出口)
    calls = [(m, t) for m, t in calls if not any(w.start() == m.start() for w, _ in withheld)] + withheld
    spoken = [(m, triggers()[m.group(0)]) for m in _trigger_re().finditer(text, start, end)
              if not any(c.start() <= m.start() < c.end() and m.end() <= c.end() for c, _ in calls)]
    # (a lexicon word that runs past a split reading stays: 实施新的限制措施 is 限制措施, not 实施…限制)
    for match, trigger in sorted(calls + spoken, key=lambda pair: pair[0].start()):
        at = match.start() + (len(_NOUN_HEAD) if trigger.word.startswith(_NOUN_HEAD) else 0)
        if text[match.end() - 2:match.end()] in _WATCHING and _GEAR.match(text, match.end()):
            continue
        if any(a <= at and match.end() <= b and (a, b) != (at, match.end()) for a, b in names):
            continue
        if is_act_word(text, words, at, match.end(), name_ends) and \
                not possessed_noun(text, words, at, trigger):
            yield at, match.end(), _light_framed(doc, start, at, trigger)


def is_act_word(text: str, words: Words, start: int, end: int, name_ends: frozenset | set = frozenset()) -> bool:
    """The trigger starts and ends on word boundaries (not 轰炸 inside 轰炸机) and is not a verbal
    noun modifying the next noun (经贸合作伙伴, 访问签证, 远程打击系统). A name the tagger glued onto
    the verb (华莱士通电话) still leaves a boundary where the name ends."""
    first, last = words.at(start), words.at(end - 1)
    if first is None or last is None:
        return True  # text the tagger did not see (a heading): keep the plain match
    if end - start == 1 and first[0].start != start and first[1] in _VERB_TAGS:
        return False  # 留给, 带给, 失去: a one-character trigger at the end of a longer verb is part of it
    glued = first[1] in _NAME_TAGS + ("nz",) and first[0].end < end  # 华莱士通|电话, 国务卿兰道通|电话 (nz): the
    # name swallowed the verb's head
    glued = glued or _name_cut_short(text, words, first, start)  # 泽连斯|基通|电话: the name's end went to the verb
    if first[0].start != start and start not in name_ends and first[1] not in _VERB_TAGS and not glued and \
            not text[first[0].start:start].endswith(_ADVERB_PREFIXES) and not _named_head(text, first, start, end) \
            and text[first[0].start:start] not in _LOCALIZERS:
        return False  # 轰炸 of 轰炸机 (a noun); a verb the tagger cut badly (防长通电话) still counts
    tail = text[end:last[0].end]
    if tail and tail not in _VERB_SUFFIXES and tail not in triggers():
        return False  # (会见|到访 glued by the tagger: two verbs, each a word of its own)
    nxt = words.after(last[0].end)
    if nxt is not None and nxt[0].start == last[0].end and nxt[0].text in _VEHICLES and nxt[1] == "n" and not tail:
        return False  # 巡逻船, 侦察机: a craft named by its task
    if nxt is not None and nxt[0].start == last[0].end and nxt[0].text in _ACTOR_SUFFIXES and not tail:
        return False  # 援助提供国, 武器出口国: the state named by the act it does, no act reported
    if nxt is not None and nxt[0].start == last[0].end and _COMMANDS.match(text, nxt[0].start) and first[1] != "v":
        return False  # 特别军事行动联合部队副司令: a command named by the operation (not 打击司令部, a verb and its object)
    if nxt is not None and nxt[0].start == last[0].end and _MODIFIED_NOUNS.match(text, nxt[0].start) \
            and not tail and nxt[1] in _NOUN_TAGS + ("vn",) and not (first[1] == "v" and _given_to(text, start, name_ends)):
        return False
    return True


def _named_head(text: str, word: tuple[Span, str], start: int, end: int) -> bool:
    """The trigger is the head of a name the tagger glued into one noun (环太军演): the word ends with
    it and the trigger is one of data/event_compound_heads.txt."""
    return word[0].end == end and word[1] in _NOUN_TAGS and text[start:end] in _compound_heads()


@lru_cache(maxsize=1)
def _compound_heads() -> frozenset[str]:
    return frozenset(lexicon.words("event_compound_heads.txt"))


# One-character nouns of craft and units a verb names the task of (巡逻船, 侦察机, 救援队).
_VEHICLES = ("船", "舰", "艇", "机", "车", "队")
_COMMANDS = re.compile(r"联合部队|部队|集群|司令部|指挥部|(?:副|总)?司令")
# Acts whose possessor is their doer (俄罗斯的攻击, 美国的制裁): X的 before them still tells who acted.
_DONE_BY_OWNER = ("ASSAULT", "COERCE", "SANCTION", "THREATEN", "AID")
# A verb that makes a modified noun its act (发出了…的抗议, 提出…的请求): the noun is then the act.
# Verbs whose object is an act (举行会谈, 发起袭击, 启动联合演习): the act named after them took place.
LIGHT_VERBS = r"(?:发出|提出|作出|做出|进行|实施|发动|发起|采取|展开|开展|举行|举办|启动|开启|参加|参与|结束|完成|爆发)"
_LIGHT_BEFORE = re.compile(LIGHT_VERBS + r"了?[^，,。；;]{0,10}$")


def possessed_noun(text: str, words: Words, start: int, trigger: Trigger) -> bool:
    """A verbal noun with a possessor and a modifier before it (基辅的停火提议, 美国的调停请求), the
    object of another verb (驳回了…, 婉拒了…): the thing the possessor proposed or asked, not an
    act of the subject; acts whose possessor does them (俄罗斯的空中打击) are left to the stage."""
    if trigger.type in _DONE_BY_OWNER:
        return False
    word = words.at(start)
    if word is None or word[0].start != start or word[1] not in ("n", "vn"):
        return False
    modifier = words.at(start - 1)
    if modifier is None or modifier[1] not in ("n", "vn") or modifier[0].end != start or \
            modifier[0].end - modifier[0].start > 3 or text[modifier[0].start - 1:modifier[0].start] != "的":
        return False
    if text[modifier[0].start:modifier[0].end] in _doers():
        return False  # 与阿曼的代表会谈: the people met, not a thing Oman proposed
    return _LIGHT_BEFORE.search(text, max(0, modifier[0].start - 13), modifier[0].start - 1) is None


@lru_cache(maxsize=1)
def _doers() -> frozenset[str]:
    """Nouns of people or delegations (titles, person roles, 代表, 官员): a verbal noun after one is what
    they do with someone (与X的代表会谈), not a thing the possessor owns."""
    return frozenset(roles()) | {"代表", "代表团", "官员", "领导人", "负责人", "高官", "使团"}


# 向乌克兰支援武器, 为乌克兰提供武器, 对台出售武器: the one given to, named right before the verb.
_DATIVE = re.compile(r"[向给为对][^，,。；;向给为对]{1,12}$")


def _name_cut_short(text: str, words: Words, first: tuple[Span, str], start: int) -> bool:
    """The tagger cut a known person's name before its last characters and glued them to the next
    word (某某斯|基通|电话): the name with those characters is a name of the knowledge base."""
    if not 0 < start - first[0].start <= 2:
        return False
    before = words.at(first[0].start - 1)
    if before is None or before[1] not in _NAME_TAGS or before[0].end != first[0].start:
        return False
    actor = KnowledgeBase.load().gazetteer().get(text[before[0].start:start])
    return actor is not None and actor.kind == "person"


def _given_to(text: str, start: int, name_ends: frozenset | set) -> bool:
    """A party after 向/给/为/对 ends right before the verb (tagged a verb, not a verbal noun): the
    verb takes the next noun as its object (向乌克兰支援武器), it does not modify it (远程打击武器,
    对中国合作项目)."""
    return start in name_ends and _DATIVE.search(text, max(0, start - 13), start) is not None


# Objects that make a verb figurative (释放信号 is no release of prisoners).
_FIGURATIVE = {"释放": ("信号", "善意", "重视", "潜力", "活力", "红利", "积极"),
               # 为…发展提供了助力/新机遇/有力保障: a benefit, no goods or aid given
               # 部署使馆核实情况, 部署…工作: assigns a task to an office, no forces deployed
               "部署": ("使馆", "领馆", "使领馆", "部门", "各地", "有关单位", "工作"),
               "提供": ("助力", "动力", "机遇", "契机", "保障", "支撑", "借鉴", "范例", "样板", "新思路", "新路径", "指引")}
# An arrival whose subject is a craft or weapon (战机首次飞抵X, 武器抵达X): a deployment or delivery, no visit.
_ARRIVALS = ("抵达", "飞抵", "到达")
_CRAFT_BEFORE = re.compile(r"(?:战机|战斗机|军机|轰炸机|飞机|军舰|舰艇|舰队|航母|潜艇|武器|导弹|弹药|物资|货物|货轮|船只)"
                           r"[^，,。；;]{0,4}$")


# Words right after a trigger that make it a state, not an act (威胁到安全: endangers; no threat made).
_TALLY = re.compile(r"[\d一二两三四五六七八九十百千]+票$")
_STATE_AFTER = {"威胁": ("到",), "打击": ("到",)}


# A blow whose object is a thing, no party or place (打击信心, 对X的现代化进行打击, 经济受到打击).
_BLOWS = ("打击", "重创")
_PHYSICAL = re.compile(r"目标|设施|阵地|据点|基地|部队|军队|武装|城市|港口|机场|舰|导弹|工厂|电站|电网|油库|仓库|营地")
BLOW_REACH = 20  # characters before a blow searched for the thing it falls on
_BLOW_FRAME = re.compile(r"对|受到|遭到|遭受|带来|造成|给")


@lru_cache(maxsize=1)
def _abstract() -> re.Pattern:
    return lexicon.alternation(lexicon.words("abstract_objects.txt"))


def _abstract_blow(text: str, start: int, end: int, clause_end: int) -> bool:
    """打击 falls on a thing (data/abstract_objects.txt): after it in its clause, or before it after
    对/受到/带来 (对X的经济进行沉重打击), with no target of force named."""
    before = re.split(r"[，,。；;！？!?\n]", text[max(0, start - BLOW_REACH):start])[-1]
    after = text[end:clause_end]
    frame = _BLOW_FRAME.search(before)
    thing_before = frame is not None and _abstract().search(before, frame.end()) is not None
    if not (_abstract().search(after) or thing_before):
        return False
    return not _PHYSICAL.search(before + after)


def figurative(text: str, start: int, end: int, clause_end: int) -> bool:
    """The trigger's clause gives it a figurative object (释放…信号, 打击信心), or the word right after
    makes it a state (威胁到)."""
    word = text[start:end]
    if text[start - 1:start] == "“" and text.startswith("”的", end):
        return True  # 双方对“停火”的理解: the word quoted as a term whose sense is talked about, no act
    if text[start - 2:start] == "在“" and text.startswith(("”中", "”期间"), end):
        return True  # 在“骚乱”中逮捕了…: the occasion named in quotation marks, no act of its own
    if word in _ARRIVALS and _CRAFT_BEFORE.search(text, max(0, start - 12), start):
        return True
    if _TALLY.search(text, max(0, start - 8), start):
        return True  # 以10票赞成、1票反对: a vote counted, no act of support or refusal
    if word in _BLOWS and _abstract_blow(text, start, end, clause_end):
        return True
    objects = _FIGURATIVE.get(word, ())
    return any(w in text[end:clause_end] for w in objects) or text.startswith(_STATE_AFTER.get(word, ("\0",)), end)


def is_nominal(words: Words, start: int) -> bool:
    """The tagger reads the word at `start` as a noun or verbal noun (经贸合作, 深化合作)."""
    word = words.at(start)
    return word is not None and word[0].start == start and word[1] in ("vn", "n")
