"""What ties a cue to its speaker beyond the clause subject (nlp/speakers.py reads these): the
gender a pronoun agrees with, a title joining two names (普京发言人佩斯科夫), a name in Latin script
written in several words, a dialogue's name tag before a colon, and the one who issued a statement
that an outlet's credit (据X消息) carries."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

from ..kb import KnowledgeBase
from ..model import Mention, Span
from .timex import find_times
from .words import ends_in_role, titles

@dataclass
class Speaker:
    span: Span  # the explicit mention naming the source (the antecedent, for pronouns)
    role: Optional[str] = None
    canonical: Optional[str] = None
    confidence: float = 1.0
    date: Optional[str] = None
    media: bool = False  # an outlet or document (据路透社报道, 《读卖新闻》), for 该报道 / 报道认为



def copy(speaker: Speaker, confidence: float) -> Speaker:
    return Speaker(speaker.span, speaker.role, speaker.canonical, round(speaker.confidence * confidence, 2), None,
                   speaker.media)


# --- gender: 她 never refers back to a man, nor 他 to a woman ---------------------------------

_LADY = ("女士", "夫人")


def genders() -> dict[str, str]:
    """Knowledge-base person id, and each Chinese name that names one gender only -> "m" / "f"
    (the `gender` the knowledge base reads from people.tsv)."""
    return _genders(KnowledgeBase.load())


@lru_cache(maxsize=4)
def _genders(kb: KnowledgeBase) -> dict[str, str]:
    found: dict[str, str] = {}
    by_name: dict[str, set[str]] = {}
    for actor in kb.actors.values():
        if actor.kind == "person" and actor.gender in ("m", "f"):
            found[actor.id] = actor.gender
            for name in actor.names_zh:
                by_name.setdefault(name.strip(), set()).add(actor.gender)
    found.update({name: kinds.pop() for name, kinds in by_name.items() if name and len(kinds) == 1})
    return found


def described_gender(text: str, span: Span) -> Optional[str]:
    """"f" for a name the text describes as a woman's: 女士 / 夫人 after it, 女 in the title right
    before it (女外长王芳, 女性领导人), within the name's own phrase."""
    described = re.split(r"[^\u4e00-\u9fff]", text[max(0, span.start - 6):span.start])[-1]
    woman = described.rfind("女")
    if text.startswith(_LADY, span.end) or woman >= 0 and not _NOT_HER_TITLE.search(described, woman):
        return "f"  # 女外长王芳 (not 女顾客问小李: the woman is another, the one who asks)
    kin = _KIN_BEFORE.search(text, max(0, span.start - 16), span.start)
    if kin is not None:
        return "f" if kin.group(1) in _DAUGHTERS else "m"  # X的女儿、副总统Y / 其子Y: Y is the kin
    return "f" if _SHE_IS.match(text, span.end) else None


# Characters that end the given name of a woman in transliterated foreign names (安娜, 艾玛, 卡塔琳娜,
# 玛丽亚, 伊丽莎白's 莎白 aside): the standard transliteration tables keep them for female names. Men's
# names ending so are rare; 蒂 (马蒂, 蒂姆) and 丽 in compounds are left out.
_WOMAN_GIVEN_ENDINGS = frozenset("娜娅莎玛琳妮黛丝茜萝薇婷芭")


def transliterated_gender(names: list[str]) -> Optional[str]:
    """"f" when one of a person's names is a transliterated full name (given name · family name) whose
    given name ends in a woman's character, else None."""
    for name in names:
        given = name.split("·")[0] if "·" in name else ""
        if len(given) >= 2 and given[-1] in _WOMAN_GIVEN_ENDINGS:
            return "f"
    return None


# 杜特尔特的女儿、副总统萨拉 / 他的儿子小明: a kin noun right before the name (or an apposition) says the gender
_DAUGHTERS = ("女儿", "妻子", "夫人", "母亲", "姐姐", "妹妹", "遗孀", "长女", "次女", "孙女")
_KIN_BEFORE = re.compile(r"(女儿|妻子|夫人|母亲|姐姐|妹妹|遗孀|长女|次女|孙女|儿子|丈夫|父亲|哥哥|弟弟|长子|次子|孙子)"
                         r"(?:、[\u4e00-\u9fff]{1,8})?$")


_NOT_HER_TITLE = re.compile(r"[问对向和与跟给说告让被把]")
# 哈桑是该国第一位女总统 / 她是一位女性: a name whose own clause calls her a woman
_SHE_IS = re.compile(r"(?:也|则|曾|已|就)?是[^，。！？；,;!?\n“”]{0,12}?女(?:性|士|总统|总理|首相|领导人|外长|部长|议员|主席|市长|州长|王|将军|法官|院长|校长|作家|演员|歌手|运动员|教授|科学家)")


# --- a title joining two names ------------------------------------------------------------------

# 普京发言人佩斯科夫 / 泽连斯基顾问波多利亚克 / 他的前妻: someone who serves or belongs to the person named first
_RELATIONS = ("顾问", "律师", "助手", "助理", "秘书", "经纪人", "特使", "代表", "副手", "幕僚", "前妻", "妻子", "丈夫",
              "夫人", "前夫", "儿子", "女儿", "父亲", "母亲", "哥哥", "姐姐", "弟弟", "妹妹", "家人", "亲属")
_RELATION_MODIFIERS = re.compile(r"^(?:前|副|首席|新闻|高级|私人|特别|常务)+")
RELATION_REACH = 12  # at most this many characters of title between the two names (首席亚洲经济学家)


def serves_next(text: str, person: Mention, mentions: list[Mention]) -> bool:
    """普京发言人佩斯科夫表示: the first name only says whose spokesman the second one is."""
    after = next((m for m in mentions if m.type == "PER" and m.span.start >= person.span.end), None)
    if after is None or after.span.start - person.span.end > RELATION_REACH:
        return False
    between = text[person.span.end:after.span.start].removeprefix("的")
    if any(b in _RELATIONS or b in titles() for b in (between, _RELATION_MODIFIERS.sub("", between))):
        return True
    if not ends_in_role(between, also="、"):
        return False
    # 某公司策略总监王五: a firm the tagger took for a name (but 习近平致德国总统X names another state's office)
    return not any(person.span.end <= m.span.start < after.span.start and m.type != "LOC" for m in mentions)  # 首席亚洲经济学家: a field


def names_masked(text: str, actors: list[Mention]) -> str:
    """The text with the names of bodies and places blanked out (same length), so that a 和 inside
    住房和城乡建设部 reads as no conjunction and no object marker."""
    chars = list(text)
    for m in actors:
        if m.type != "PER":
            chars[m.span.start:m.span.end] = "某" * (m.span.end - m.span.start)
    return "".join(chars)


# --- names in Latin script ----------------------------------------------------------------------

LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z.&\-]*")
_LATIN_BEFORE = re.compile(r"(?:[A-Z][A-Za-z.&\-]* ){1,4}$")
_LATIN_AFTER = re.compile(r"(?: [A-Z][A-Za-z.&\-]*){1,4}")


def whole_latin_name(text: str, start: int, end: int) -> tuple[int, int]:
    """One capitalised word of a name written in Latin script, grown to the whole name: the words
    joined to it by single spaces (The Athletic, Wall Street Journal)."""
    before = _LATIN_BEFORE.search(text, max(0, start - 60), start)
    after = _LATIN_AFTER.match(text, end)
    return before.start() if before else start, after.end() if after else end


# --- dialogue tags --------------------------------------------------------------------------------

# the whole clause, or what follows 3、 / …… / a space in it: a name tag of two to four characters
_DIALOGUE_TAG = re.compile(r"(?:^|(?<=[.…、\s]))[\u4e00-\u9fff]{2,4}[A-Za-z]{0,3}$")
_NOT_IN_TAG = set("说道讲问答称写我你他她它")  # 我说道： / 开口就说： / 写信：: a verb or a pronoun, not a name tag
# heads of a colon that introduce a text, a list or a label, not someone speaking
_NOT_SPEAKERS = ("如下", "以下", "原文", "全文", "内容", "标题", "题目", "通知", "公告", "通告", "问题", "答案", "结果",
                 "理由", "原因", "地址", "时间", "地点", "提示", "备注", "例如", "比如", "总结", "结论", "口号", "主题",
                 "写着", "写道", "说明", "声明", "规定", "要求", "条件", "标准", "方法", "办法", "建议", "目标", "任务")


def dialogue_tag(text: str, start: int, end: int) -> Optional[int]:
    """老爸：“……” / 3、飞机上...旅客:“……”: where the name tag before a colon starts, or None."""
    tag = _DIALOGUE_TAG.search(text[start:end])
    if tag is None or tag.group(0).endswith(_NOT_SPEAKERS) or set(tag.group(0)) & _NOT_IN_TAG:
        return None
    return start + tag.start()


# --- statements an outlet's credit carries ---------------------------------------------------------

_STATEMENT_ACT = re.compile(r"(?:发表|发布|宣读)了?(?:一份|一项|一篇)?(?:书面)?(?:声明|讲话|谈话|演讲|致辞|公告)")
_ZONE_TIME = re.compile(r"(?:[\u4e00-\u9fff]{0,4}时间)?")  # 当地时间 / 北京时间, before a date
ISSUED_PAPERS = ("纪要", "报告", "声明", "公报", "白皮书", "文件", "通报", "公告", "决议")
PAPER_REACH = 600  # a document issued this close before 会议纪要称 is the one it names


def statement_act(text: str, after: int, published) -> Optional[tuple[int, int]]:
    """据X消息，[当地时间30日，]Y发表声明，……: (start, end) of the clause before the act that
    names Y, when the credit's first clause (after a time of its own) is Y and that act."""
    at = after
    for _ in range(2):
        while at < len(text) and text[at] in " ，,":
            at += 1
        stop = at
        while stop < len(text) and text[stop] not in "，,。；;：:“\n":
            stop += 1
        rest = text[at:stop]
        for t in find_times(text, published, at, stop):
            rest = rest.replace(text[t.start:t.end], "")
        if rest != text[at:stop] and _ZONE_TIME.fullmatch(rest.strip()):
            at = stop  # 当地时间30日，: a time of its own
            continue
        act = _STATEMENT_ACT.search(text, at, stop)
        return (at, act.start()) if act is not None and act.start() - at >= 2 else None
    return None


# --- people in number -------------------------------------------------------------------------------

# 很多人认为 / 不少人都担心 / 大多数人普遍认为: people in number, unnamed (FORMAT.md: unnamed sources still speak)
_MANY_PEOPLE = re.compile(r"((?:很多|许多|不少|一些|有些|有的|多数|大多数|绝大多数|少数|部分|更多|越来越多的?|相当多的?)人)"
                          r"(?:们)?(?:也|都|还|则|就|仍|却|更|普遍|一致|纷纷|大都|多)*")
_FEW = ("一些", "有些", "有的", "少数", "部分")
# 其余3人则承认 / 另外两名被告表示 / 这5人均称: people the text has counted, unnamed
_COUNTED_PEOPLE = re.compile(r"((?:其余|其他|另外|另|这|上述)[\d一二三四五六七八九十两几]+(?:名|位|个)?(?:人|被告|嫌犯|男子|女子|议员|官员))"
                             r"(?:也|都|均|还|则|就|又|一致|分别)*")


def people_in_number(text: str, start: int, end: int) -> Optional[tuple[int, int, str]]:
    """(start, end, the unnamed_sources key: 很多人 or 有人) of a clause text[start:end] that is only
    people in number (很多人都, 有些人), or None."""
    many = _MANY_PEOPLE.fullmatch(text, start, end)
    if many is None:
        counted = _COUNTED_PEOPLE.fullmatch(text, start, end)
        return (counted.start(1), counted.end(1), "") if counted is not None else None
    return many.start(1), many.end(1), "有人" if text.startswith(_FEW, many.start(1)) else "很多人"


# --- sources cited after 援引 -------------------------------------------------------------------------

DATA_HEADS = ("数据", "资料", "统计", "分析", "报告", "调查", "研究", "民调")  # cited data leaves the outlet speaking
_CITING = ("援引", "引述", "引用")
_SUBJECT_TAIL = re.compile(r"(?:近日|日前|此前|当天|今天|昨天|[\d一二三四五六七八九十]{1,3}日|也|还|则|又|曾|在[^，,。]{1,8}中)+$")
# 援引X的观点称 / 援引X的分析称: X (援引最新分析称: no one is cited)
# (援引X的消息称: 消息称 is the cue, the 的 before it ends the zone)
_CITED_WORDS = re.compile(r"(?:的话|的消息|消息|的说法|说法|的观点|观点|的看法|看法|的分析|分析|的评论|评论|的解读|解读|的)?"
                          r"(?:报道|在报道中)?$")  # (援引学者分析称: the scholar; 援引最新分析称: nobody named)


def cited_zone(text: str, start: int, end: int,
               is_outlet: Callable[[str], bool] = lambda _: False) -> Optional[tuple[int, int]]:
    """路透社援引知情人士的话称 / 美联社引述两名官员说 / 《泰晤士报》引用一名前外交官的话说: where the
    source cited after 援引 / 引述 (or 引用, when an outlet cites someone's words) is named in the clause
    text[start:end] (not 援引的数据, which names what is cited, not who), or None."""
    cited = max(((text.rfind(verb, start, end), verb) for verb in _CITING), default=(-1, ""))
    at = cited[0]
    begin = at + 3 if text.startswith("了", at + 2) else at + 2  # 还援引了一位评论家的话称
    words = _CITED_WORDS.search(text, begin, end) if at >= 0 else None
    if words is None or words.start() <= begin or text[begin] == "的":
        return None
    if cited[1] == "引用" and not (words.group(0).startswith(("的话", "的说法")) and is_outlet(_SUBJECT_TAIL.sub("", text[start:at]))):
        return None  # 他引用了一句古诗说: the one citing speaks; an outlet citing a person's words passes them on
    return begin, words.start()


# --- a mission or an outlet named after its place (中国驻坦桑尼亚使馆, 香港东网, 台湾TVBS新闻网) ---------------
_MISSION = re.compile(r"(?:大使馆|总领事馆|总领馆|领事馆|使馆|代表处|办事处)")
# an outlet's name after its place, ending before a list, a date or the credit: 东网4日报道 / TVBS新闻网、
_OUTLET_AFTER_PLACE = re.compile(r"[A-Za-z\u4e00-\u9fff]{0,10}?(?:新闻网|电视台|通讯社|广播公司|日报|时报|晚报|邮报|周报|"
                                 r"网|(?<![情通公预战简汇举电画])报|(?<![合公结旅])社)"
                                 r"(?=[、，,等]|\d|[一二三四五六七八九十]+日|此前|日前|近日|报道|消息|称|援引|发文|刊文|$)")


# an outlet described, then named in Latin letters: 美国政治新闻网站Axios / 英国《卫报》网站 is the first kind
_DESCRIBED_OUTLET = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:新闻网站|网站|媒体|杂志|报纸|电视台|新闻网|通讯社)[A-Za-z][A-Za-z0-9.&·-]*")


def named_after_place(text: str, place_end: int, end: int) -> Optional[tuple[int, bool]]:
    """(where the name ends, whether it is an outlet) of a mission or an outlet written right after a
    place (驻…使馆 is run into the place by the tagger's mentions; 东网 / TVBS新闻网 are not tagged)."""
    mission = _MISSION.match(text, place_end, end)
    if mission is not None:
        return mission.end(), False
    described = _DESCRIBED_OUTLET.match(text, place_end, end)
    if described is not None and not ASPECT_OR_VERB.search(described.group(0)):
        return described.end(), True
    outlet = _OUTLET_AFTER_PLACE.match(text, place_end, end)
    if outlet is not None and outlet.end() > place_end and not ASPECT_OR_VERB.search(outlet.group(0)):
        return outlet.end(), True
    return None


ASPECT_OR_VERB = re.compile(r"[了着过的在对向把被将和与]")


# 绿色和平组织 / 一家环保组织 / 某智库: a body the tagger did not name, by the head noun of its name
_BODY_NAME = re.compile(r"(?:另)?(?:一家|一个|某)?[\u4e00-\u9fffA-Za-z]{1,12}?(?:组织|基金会|协会|联盟|研究所|研究中心|智库|机构|"
                        r"航空站|车站|气象站|管理处|办事处|公司|集团|银行|医院|大学|法院|检察院)")


def untagged_body(text: str, start: int, end: int) -> Optional[int]:
    """Where the name of a body that makes up the whole of text[start:end] ends, or None."""
    body = _BODY_NAME.fullmatch(text, start, end)
    return body.end() if body is not None and not ASPECT_OR_VERB.search(body.group(0)) else None


# 一名官员 / 多位专家 / 另一名发言人 / 国务院另一名发言人: a counted or another source, not the one who held the
# title before
_NEW_SOURCE = re.compile(r"^(?:一|多|数|几|两|三|些|有|部分|不少|许多|很多|另)")
_ANOTHER = re.compile(r"另(?:一|外|有)|其他|其余|[一两几数多][名位]")  # 国民力量党一名发言人: one more, unnamed


def new_source(phrase: str) -> bool:
    """The phrase before a title introduces a new source rather than naming the title's holder again."""
    return bool(_NEW_SOURCE.match(phrase) or _ANOTHER.search(phrase))
