"""Subjects of clauses: where a clause's subject begins (connectives, bylines and occasions
skipped), which people stand in subject position, and a short name after a title the tagger missed.
Read by the speaker resolution of quotes (nlp/speakers.py)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..model import Mention, Span
from .names import looks_transliterated
from .speaker_refs import one_char_surname
from .timex import TIME_RE
from .words import ends_in_role, roles, titles, without_portfolio_joiners

_LEADS = ("与此同时", "截至目前", "就连", "甚至", "尽管", "虽然", "此外", "另外", "同时", "随后", "其中", "对此", "然而", "但是", "不过", "因此", "所以",
          "因为",
          "据", "而", "但", "并", "还是", "还", "也", "则", "又", "更", "另", "当时", "此前", "之前", "早前", "最近", "近日", "日前", "在此",
          "会后", "会前", "事后", "此后", "其后", "稍后")
_COMPILED_FROM = re.compile(r"综合(?=[^，,。；;]{2,60}?报道)")
_NOTED = ("注意到", "谈到", "提到")  # 也注意到X表示 / 并谈到有X表示: the speaker notes what X said; X speaks
_BYLINE_LEAD = re.compile(r"[^，,。：:“”]{0,24}?[（(【\[][^）)】\]]{0,30}?(?:记者|报道|讯|通讯员|\d{1,2}日电)[^）)】\]]{0,30}[）)】\]]"
                          r"|[\u4e00-\u9fffA-Za-z]{2,10}?讯[\s\u3000]*(?=据)"  # 新京报讯据X消息 / 某网讯 据X: the dispatch line
                          r"|[\u4e00-\u9fffA-Za-z]{2,12}?\d{1,2}月\d{1,2}日(?:电|消息|讯|报道)[\s\u3000]+(?=据|综合)"  # 某网5月3日报道 据X
                          r"|[\u4e00-\u9fffA-Za-z]{2,12}?\d{1,2}月\d{1,2}日(?:电|消息|讯)[\s\u3000]*")  # 某网5月3日消息 据X
_COORDINATION = set("和与及同跟对向给")
_OBJECT_MARKERS = set("将把对向为给与和同跟“")
# A verb of asking or speaking about before the name (在被问及普京是否…时, 在谈到泽连斯基的提议时): the name is
# the topic of the clause, not its subject.
TOPIC_VERB = re.compile(r"问及|问到|谈到|谈及|提到|提及|说到|论及|关于|有关")
# 专家普遍认为 / 发言人明确表示: words after a title that are adverbs of the cue, not a name.
_NOT_NAMES = ("普遍", "一致", "纷纷", "明确", "公开", "私下", "坚持", "特别", "特意", "进一步", "同时", "此前", "日前",
              "近日", "都", "均", "也", "还", "则", "就", "曾", "又", "再次", "分析", "评论", "撰文", "发文",
              "不", "没", "很", "更", "最", "非常", "十分", "颇", "极")  # 新首相不放心, 总统很不满: a state, no name
JOINERS = set("和与及、同跟“”\"「」 ")
# 记者会上 / 记者团: what follows a title here is no name (a compound noun, or a place ending in 上/中)
_NOT_AFTER_TITLE = tuple("会团站部处局们方组")
_POSTPOSITIONS = tuple("上中里时后前")
_BODY_ENDS = tuple("室厅府馆院所署司办委部局处会组团")  # 首相办公室 / 总统府: a body after the title, no name
ACTS_ON_REACH = 4  # a verb this short between a source noun and a name (批评, 会见) takes the name as object
_NOT_VERBS = _LEADS + ("事后", "之后", "以后", "后来", "然后", "当天", "今天", "昨天", "日前")  # 微博尽管事后黄安…: no verb
DESCRIBED_REACH = 24  # a description ending in a title (某商会专业委员会秘书长) may be this long
RELATIVE_REACH = 30  # a 的-clause and title before a name in subject position (多次接受本刊采访的学者王五) at most
_RELATIVE_OPENERS = ("某", "他", "她", "其", "我", "你", "它")  # a masked body or a pronoun opens the clause: the subject
_MODIFIER_OPENING = re.compile(r"(?:一度|曾经?|长期|一直|此前|早年|多年来?)?[与同和跟]")  # 曾与X共事的Y: no subject before it
_IN_CHARGE = ("负责", "主管", "分管", "专门负责", "具体负责")  # a body's officer in charge of a field, no act of the body
_TITLED_NAME = 4  # an untagged name after a title (教授大桥弘) has at most this many characters
_TRANSLITERATED_NAME = 7  # a foreign one in transliteration characters (大臣施赖纳马赫尔) this many
# A prepositional phrase or an adverb that follows a name before the cue (在财报发布会上, 对某报, 当天).
_PHRASE_AFTER_NAME = re.compile(r"(?:在|对|向|于|接受|当天|当日|日前|近日|此前|随后)")


@lru_cache(maxsize=1)
def name_adverbs() -> tuple[str, ...]:
    """Adverbs and time words the tagger glues to a subject before a speech verb (一再, 高调, 当天):
    data/speaker_name_adverbs.txt, longest first."""
    return tuple(sorted(lexicon.words("speaker_name_adverbs.txt"), key=len, reverse=True))
BREAK = set("，,；;：:。！？!?\n”」』")
SUBJECT_REACH = 10  # a name this close to the clause start is its subject
AGENT_REACH = 16  # a name this close after 被 (被财政部长X批评) is the agent, who acts
_OCCASION = re.compile(r"在[^，,。“”]{1,12}?(?:中|上|里|期间)|截至目前|截至发稿时|有(?=[\d一二三四五六七八九十数多百千万])"
                       r"|(?:后来又|后来|先后|不断|陆续|经常|常常|时常|不时|早|又|也|还|曾)有(?![关的些所效力望意人])"  # 又有美媒 / 早有专家: existential 有 before an unnamed source
                       r"|早?在(?:今年|去年|前年|[\d一二三四五六七八九十〇]{2,4}年)?(?:[\d一二三四五六七八九十]{1,2}月份?)"
                       r"(?:[\d一二三四五六七八九十]{1,3}[日号])?(?:初|底|中旬|上旬|下旬)?(?:时|的时候)?")


# A time expression, with its date in brackets after it (今日（12月28日）), that opens a clause.
_TIME_LEAD = re.compile(rf"(?:{TIME_RE.pattern})(?:[（(][^）)，,。]{{1,12}}[）)])?")


# 在李明德就职当天 / 在选举中胜出后 / 在接受采访时: a time frame before the verb; a name inside it is
# no subject (《东方日报》在李明德就职当天放出消息说: the paper speaks).
_FRAME = re.compile(r"(?:(?<![存现实正所自内潜外不好])在(?![野任职场内于读押逃线])|(?=提到|提及|谈到|谈及|说到|论及))"
                    r"[^，,。！？!?；;：:“”《》\n]{1,30}?"
                    r"(?:的时候|时(?![间候代期刻])|之后|以后|后(?![来者果面续台方])|之前|以前|前(?![往任夕线进])"
                    r"|当天|当日|期间|之际)")


# 在……公报中 / 在……仪式上 right before the cue, after a subject: the occasion or document the subject
# spoke in; a name inside it is no subject (X在最近的某某事件报告中表示 / X在其某某项目开工仪式上宣布).
_SPOKEN_IN = re.compile(r"(?<![存现实正所自内潜外不好])在[^，,。！？!?；;：:“”《》\n]{2,30}?(?:中|上)"
                        r"(?:也|还|又|再次|公开|曾)?(?:评估|分析|评论)?$")  # 在每日情报通报中评估称


_OCCASION_LEAD = re.compile(r"(?:并|还|也|又|则|而|随后|同时|当天|当日)*")


def occasion_only(text: str, start: int, end: int) -> bool:
    """The clause before the cue is only an occasion (随后在电视演讲中表示): it has no subject, and a
    name inside the occasion is where the words were said, not who said them."""
    lead = _OCCASION_LEAD.match(text, start, end)
    return _SPOKEN_IN.fullmatch(text, lead.end(), end) is not None


def time_frames(text: str, start: int, end: int, closing: bool = False,
                names: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, int]]:
    """The 在……时/后/当天 (and 提到……时) frames that close inside text[start:end] (with `closing`, also one that closes at
    end: 在会见来访的X时|指出), and a 在……中/上 occasion right before end. A 在 inside one of `names` (李在明在集会上)
    or of 在野党 opens no occasion."""
    frames = [(f.start(), f.end()) for f in _FRAME.finditer(text, start, end) if f.end() < end or closing]
    spoken = _SPOKEN_IN.search(text, start + 2, end)
    while spoken is not None and (text.startswith("在野", spoken.start())
                                  or any(a < spoken.start() < b for a, b in names)):
        spoken = _SPOKEN_IN.search(text, spoken.start() + 1, end)
    if spoken is not None:
        frames.append((spoken.start(), spoken.end()))
    return frames


@lru_cache(maxsize=1)
def _places_opening_on_leads() -> tuple[str, ...]:
    """Country and capital names that begin with a connective's character (也门): never a lead."""
    from ..kb import KnowledgeBase

    names = {n for c in KnowledgeBase.load().countries.values() for n in (*c.names_zh, *c.capitals_zh) if n}
    return tuple(sorted((n for n in names if n.startswith(_LEADS)), key=len, reverse=True))


def _opens_place(text: str, start: int, lead: str) -> bool:
    return len(lead) == 1 and text.startswith(_places_opening_on_leads(), start)


def strip_leads(text: str, start: int, end: int) -> int:
    """Skip connectives, bullets and a leading 在……中 phrase before the subject."""
    changed = True
    while changed and start < end:
        changed = False
        byline = _BYLINE_LEAD.match(text, start, end)
        if byline and byline.end() < end:
            start = byline.end()  # 新华社上海8月14日电（记者林小舟）专家认为 / 【环球网报道】
            changed = True
        while start < end and not text[start].isalnum() and text[start] != "《":
            start += 1
        occasion = _OCCASION.match(text, start, end)
        if occasion and occasion.end() < end:
            start = occasion.end()
            changed = True
        time = _TIME_LEAD.match(text, start, end)
        if time and time.end() > start and time.end() < end:
            start = time.end()  # 昨日（3月5日）有网友爆料: a speaker never opens on a date
            if text.startswith("的", start) and start + 1 < end:
                start += 1  # 去年的政府工作报告指出: nor on the 的 that tied the date to it
            changed = True
        compiled = _COMPILED_FROM.match(text, start)
        if compiled is not None and compiled.end() < end:
            start = compiled.end()  # 综合路透社、美联社等媒体报道: the outlets compiled from, not 综合
            changed = True
        for lead in _LEADS + _NOTED:
            if text.startswith(lead, start) and start + len(lead) < end and not _opens_place(text, start, lead):
                start += len(lead)
                changed = True
                break
    return start


_NAME_JOINS = "·‧-－"  # the marks inside a transliterated name (让-皮埃尔 / 让·穆兰)


_DIRECTIONAL = ("出来", "起来", "下来", "过来", "进来", "回来", "出去", "上去", "站出来")


def untagged_titled_name(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """教授大桥弘 before the cue: a short name right after a title, which the tagger missed (one
    character only for a transliterated surname the knowledge base knows: 总统丹)."""
    zone = text[start:end]
    found = [(at + len(title), len(title), title) for title in titles() for at in (zone.rfind(title),) if at >= 0]
    # the title that ends last, the longest of those (副部长、……新闻发言人徐和建: 发言人); a set's order never decides
    for title_end, _, title in sorted(found, reverse=True)[:1]:
        at = title_end - len(title)
        if at >= 0:
            name = zone[at + len(title):]
            phrase = _PHRASE_AFTER_NAME.search(name, 2)  # 河合利树在发布会上 / 惠特克对某报: the name ends at the phrase
            if phrase is not None and (phrase.start() <= _TITLED_NAME or phrase.start() <= _TRANSLITERATED_NAME
                                       and looks_transliterated(name[:phrase.start()])):
                name, end = name[:phrase.start()], start + at + len(title) + phrase.start()
            joined = any(c in _NAME_JOINS for c in name)  # 萨米德·巴沙 / 让-皮埃尔: a transliterated name
            longest = _TITLED_NAME * 3 if joined else _TRANSLITERATED_NAME if looks_transliterated(name) else _TITLED_NAME
            if (2 <= len(name) or one_char_surname(name)) and len(name) <= longest and all("\u4e00" <= c <= "\u9fff" or c in _NAME_JOINS for c in name) \
                    and not any(c in "在对向于称说表示写" for c in name) and not name.startswith(_NOT_NAMES + name_adverbs()) \
                    and not name.startswith(_NOT_AFTER_TITLE) and not name.endswith(_POSTPOSITIONS + _BODY_ENDS) \
                    and not name.endswith(_DIRECTIONAL):  # 议员跳出来质问: a verb and its complement, no name
                return start + at + len(title), end
            return None
    return None


def clause_subjects(text: str, people: list[Mention]) -> list[Mention]:
    """People in subject position, one per clause: in 拜登在演讲中抨击特朗普 the second is an object."""
    subjects, clauses = [], set()
    for k, m in enumerate(people):
        begin = m.span.start
        while begin > 0 and text[begin - 1] not in BREAK:
            begin -= 1
        if begin in clauses:
            continue
        if in_subject_position(text, m.span):  # (a name in the 的-clause before the head leaves the clause open)
            clauses.add(begin)
            related = k + 1 < len(people) and _relation_between(text, m.span.end, people[k + 1].span.start)
            subjects.append(people[k + 1] if related else m)  # 王明的同学李华很怀念……: 李华, not 王明
    return subjects


@lru_cache(maxsize=1)
def _relations() -> tuple[str, ...]:
    return tuple(sorted(lexicon.words("relation_nouns.txt"), key=len, reverse=True))


def _relation_between(text: str, end: int, start: int) -> bool:
    """的同学 / 的妻子 between two names: the second is the first's relation."""
    return text.startswith("的", end) and text[end + 1:start] in _relations()


def in_subject_position(text: str, span: Span) -> bool:
    """A name near the start of its clause and not a possessive (佩斯科夫还被要求…, not 卢比奥的言论)."""
    begin = span.start
    while begin > 0 and text[begin - 1] not in BREAK:
        begin -= 1
    frame = _FRAME.match(text, begin)
    if frame is not None and span.end <= frame.end():
        return False  # 提到普里戈任时，他…… / 在会见王毅时: a name inside the frame that opens the clause
    begin = strip_leads(text, begin, span.start + 1)
    if span.start > begin and text[span.start - 1] in _COORDINATION:
        return False  # 他和维特科夫: a companion, not the subject
    passive = text.rfind("被", begin, span.start)
    if passive >= 0 and span.start - passive <= AGENT_REACH and not set(text[passive + 1:span.start]) & _OBJECT_MARKERS:
        return True  # 这个方案被某部一位负责人称赞。他认为…: the agent after 被 acts
    if text[begin:span.start] in ("对于", "对") and text.startswith(("而言", "来说"), span.end):
        return True  # 对于姆维尼而言，未来90天至关重要。他提醒: the one the sentence is about is its topic
    if text.startswith("作为", begin) and text[span.end:span.end + 1] in "，," and "的" in text[begin:span.start]:
        return True  # 作为首席谈判代表、数次往返两岸的委员X，29日为协议辩护: the one so described acts next
    if _MODIFIER_OPENING.match(text, begin) and _relative_head(text, begin, span):
        return True  # 一度与特朗普关系密切的富豪马斯克: a 的-clause opening on its preposition describes the head
    if set(without_portfolio_joiners(text[begin:span.start])) & _OBJECT_MARKERS or TOPIC_VERB.search(text, begin, span.start):
        return False  # 并将佩洛西的遭遇… / 这为“后默克尔时代”… / 在被问及普京…时: an object or a topic, not the subject
    if span.start - begin <= SUBJECT_REACH:
        return True  # 拜登的强硬都是装的，他… : the topic counts too
    return _described_name(text[begin:span.start]) or _relative_head(text, begin, span)


def _relative_head(text: str, begin: int, span: Span) -> bool:
    """多次接受本刊采访的学者王五上月出任所长: the name after a 的-clause that opens its clause heads the
    subject, when the 的-clause opens on no body or pronoun (中方欢迎来访的X: 中方 is the subject) and holds
    no completed act (会见了来访的X: X the object), and the name is no possessor itself (…的X的顾问)."""
    before = text[begin:span.start]
    head = before.rfind("的")
    if head < 0 or len(before) > RELATIVE_REACH or text.startswith("的", span.end):
        return False
    described = before[head + 1:]
    if len(described) > _TITLED_NAME * 2 or re.search(r"[有是在中为]", described):
        return False  # 曾访华的代表团成员中有王五: the name is no head of the 的-clause's noun
    opener = len(before) - len(before.lstrip("某"))
    in_charge = opener and before.startswith(_IN_CHARGE, opener)  # 某委员会负责贸易事务的委员X: the body's officer
    return (in_charge or not before.startswith(_RELATIVE_OPENERS)) and "了" not in before[:head]


def _described_name(before: str) -> bool:
    """某饮料品牌联合创始人王五 / 某商会专业委员会秘书长李四: a long description that ends in a title or role
    and holds no 的, preposition or aspect word only describes the name after it, the clause's subject;
    so do several such titles listed with 、 (现任总理、某党总理候选人王五)."""
    return len(before) <= DESCRIBED_REACH and all(ends_in_role(piece) for piece in before.split("、"))


TITLE_WITH_PORTFOLIO = 8  # characters of a title with its portfolio (外交大臣, 国防部长) between a state and a name


def named_people(text: str, mentions: list[Mention], described: dict[int, int]) -> list[Span]:
    """英国防长华莱士: a place or body right before a title and a name only describes that person
    (noted in `described`, name start -> description start)."""
    spans = []
    for i, m in enumerate(mentions):
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        between = text[m.span.end:after.span.start] if after is not None else ""
        if m.type != "PER" and after is not None and after.type == "PER" \
                and (between in titles() or len(between) <= TITLE_WITH_PORTFOLIO and between.endswith(titles())
                     and ends_in_role(between)):  # 英国外交大臣克莱弗利: a portfolio before the title
            described[after.span.start] = described.get(m.span.start, m.span.start)
            continue
        spans.append(m.span)
    return spans


def acts_on(text: str, noun_end: int, name_start: int) -> bool:
    """网友批评吴君如 / 美国官员会见王毅: a verb between a source noun and a name makes the name its
    object; 外交部副部长马朝旭 / 专家、学者王明 (a title, a joiner or nothing between) describe the name."""
    between = text[noun_end:name_start].strip().lstrip("则也还却更又都均")  # 抗议者则要求X: the adverb opens the verb
    return 2 <= len(between) <= ACTS_ON_REACH and "的" not in between and not any(c in JOINERS for c in between) \
        and not any(t in between for t in titles()) and not any(w in between for w in _NOT_VERBS) \
        and not between.endswith(roles())  # 白宫法律顾问X: a role describes the name, no verb takes it
