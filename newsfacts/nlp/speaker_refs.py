"""Referring expressions around a speaker phrase (nlp/speakers.py reads these): a time word or
adverb between the speaker and the cue (发言人周一表示: 周一 is when, never who), a one-character
transliterated surname after a title (罗马尼亚总统丹), and what a demonstrative with a body's head
noun refers back to (该部 → the ministry named last, 该机构 → the body named last, 该国外长 → the
foreign minister of the country named last), and a
first-person subject (我说), which is the writer's own."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..kb import KnowledgeBase
from ..model import Mention, Span
from .chinese import SENTENCE_ENDS, back_to, span as _span
from .speaker_links import Speaker, copy as _copy
from .timex import TIME_RE
from .words import titles

# 我说 / 我们认为 / 笔者认为 with nothing else before the cue: the writer speaks, not whoever spoke last.
FIRST_PERSON = re.compile(r"(我们|我|笔者)(?:也|还|则|又|就|都|一直|当时|便)?(?:说道|说|问道|问|答道|回答)?")
# 周一也 / 当天再次 / 对此: between the speaker and the cue, these say when or how, not who.
_TAIL_WORDS = re.compile(r"(?:当地时间|北京时间|对此|就此|再次|随后|同时|当天|当日|日前|近日|也|还|则|又|曾|亦|均|都|已)$")
# 该部 / 该局 / 该院: a one-character head names a body whose own name ends with it (国防部, 统计局).
BODY_SUFFIXES = set("部局署院委厅办省馆处社司所会行厂")
# 该机构 / 该组织 / 该部门: a generic head, any body named (not a state, not an outlet).
GENERIC_BODIES = ("机构", "组织", "单位", "部门", "团体")


@lru_cache(maxsize=1)
def _kinds() -> dict[str, tuple[str, ...]]:
    kinds: dict[str, tuple[str, ...]] = {}
    for head, members in lexicon.rows("speaker_ref_kinds.tsv"):
        kinds[head] = tuple(members.strip().split("|"))
    return kinds


def title_kinds(head: str) -> tuple[str, ...]:
    """这位学者 → what a title before a name shows the person to be (学者, 研究员, 教授 …): the head's
    last two characters, and the titles of its kind when the head is a generic noun."""
    return (head[-2:],) + _kinds().get(head[-2:], ())


def time_tail(text: str, start: int, end: int) -> int:
    """End of text[start:end] with the time words and adverbs right before the cue cut off
    (德国外交部发言人周一也 → 德国外交部发言人); `start` when nothing would be left."""
    while end > start:
        word = _TAIL_WORDS.search(text, start, end)
        if word is not None and word.end() == end:
            end = word.start()
            continue
        times = [m for m in TIME_RE.finditer(text, max(start, end - 12), end) if m.end() == end]
        if times:
            end = min(m.start() for m in times)
            continue
        break
    return end


def one_char_surname(char: str) -> bool:
    """丹 of 尼库绍尔·丹: a transliterated surname of one character that the knowledge base knows,
    which news style writes alone after a title (罗马尼亚总统丹)."""
    return char in _surnames(KnowledgeBase.load())


@lru_cache(maxsize=4)
def _surnames(kb: KnowledgeBase) -> frozenset:
    found = set()
    for actor in kb.actors.values():
        if actor.kind == "person":
            for name in actor.names_zh:
                last = name.strip().split("·")[-1]
                if "·" in name and len(last) == 1 and "\u4e00" <= last <= "\u9fff":
                    found.add(last)
    return frozenset(found)


def named_body(head: str, bodies: list[Span], position: int) -> Optional[Span]:
    """该部 / 该局 → the last body named before `position` whose name ends with the head's
    character; 该机构 / 该组织 → the last body named at all."""
    if head in GENERIC_BODIES:
        fits = bodies
    elif len(head) == 1 and head in BODY_SUFFIXES:
        fits = [b for b in bodies if b.text.endswith(head)]
    else:
        return None
    return max((b for b in fits if b.start < position), key=lambda b: b.start, default=None)


def country_title(head: str, titles: tuple[str, ...]) -> Optional[str]:
    """该国外长 → 外长: the office a 该国 phrase names, or None (该国 / 该国政府)."""
    if not head.startswith("国") or len(head) < 2:
        return None
    return next((t for t in titles if head[1:] == t), None)


def titled_person(text: str, people: list[Mention], title: str, place: str, position: int,
                  reach: int) -> Optional[Mention]:
    """The last person before `position` described by this title of this country (印度外长苏杰生
    for 该国外长 after 印度)."""
    for m in reversed(people):
        if m.span.start >= position:
            continue
        described = text[max(0, m.span.start - reach):m.span.start]
        if described.endswith(title) and place in described:
            return m
    return None


KIN_REACH = 600  # 其奶奶 looks this far back for the grandmother named with her kin noun


def kin_named(text: str, people: list[Mention], kin: str, position: int) -> Optional[Mention]:
    """其奶奶 after 他的奶奶王秀英 / 奶奶王秀英: the person last named right after the same kin noun."""
    for m in reversed(people):
        if m.span.start >= position:
            continue
        if position - m.span.start > KIN_REACH:
            return None
        if text.endswith(kin, 0, m.span.start):
            return m
    return None


def kin_of_named(text: str, people: list[Mention], kin: str, position: int,
                 owner: Optional[str] = None) -> Optional[tuple[int, int]]:
    """其奶奶 after 小刚奶奶 / 小刚的奶奶: that phrase, the last kin noun of this kind owned by the
    person 其 refers to (`owner`, anywhere before), else by a named person close before (the kin
    speaks, the name is the possessor)."""
    if owner:
        at = max(text.rfind(owner + kin, 0, position), text.rfind(owner + "的" + kin, 0, position))
        if at >= 0:
            return at, at + len(owner) + (len(kin) if text.startswith(owner + kin, at) else len(kin) + 1)
    for m in reversed(people):
        if m.span.start >= position:
            continue
        if position - m.span.start > KIN_REACH:
            return None
        for owner in (kin, "的" + kin):
            if text.startswith(owner, m.span.end) and m.span.end + len(owner) <= position:
                return m.span.start, m.span.end + len(owner)
    return None


def kin_speaker(ctx, doc, pronoun: Optional[re.Match], kins: tuple[str, ...]) -> Optional[Speaker]:
    """其奶奶说: the grandmother named after 奶奶 before (奶奶王秀英), else the phrase naming the
    grandmother of the one 其 refers to (小刚奶奶); `ctx` is the article's SpeakerContext."""
    text = doc.norm_text
    kin = next((k for k in kins if text.startswith(k, pronoun.end())), None) if pronoun and pronoun.group(0) == "其" else None
    if kin is None:
        return None
    named = kin_named(text, ctx.people, kin, pronoun.start())
    if named is not None:
        return ctx.person(doc, named, named.span.start)
    owner = ctx._resolve_pronoun("其", pronoun.start())  # 其 owns the kin
    owned = kin_of_named(text, ctx.people, kin, pronoun.start(), owner and owner.span.text)
    return Speaker(_span(doc, *owned), confidence=0.8) if owned is not None else None


def body_or_office(ctx, text: str, head: str, position: int, reach: int) -> Optional[Speaker]:
    """该部 / 该机构 → the body named last with that head; 该国外长 → that state's minister named
    with its title within `reach` before the name; `ctx` is the article's SpeakerContext."""
    bodies = [m.span for m in ctx.actors if m.type == "ORG" and not ctx._inside_content(m.span.start)]
    body = named_body(head, bodies, position)
    if body is not None:
        return Speaker(body, canonical=ctx.canonical.get(body.start), confidence=0.8)
    title = country_title(head, titles())
    state = ctx._document_source(text, position) if title else None
    if state is None or not ctx._is_place(state.span):
        return None
    person = titled_person(text, ctx.people, title, state.span.text, position, reach)
    return ctx.person(ctx.doc, person, person.span.start) if person is not None else None


# 一名不愿具名的欧盟高级官员 / 多位消息人士 / 一位熟悉谈判的外交官: an unnamed source opening a clause,
# counted but not named, which a later 该官员 / 这位人士 / 前述高官 refers back to.
_UNNAMED_SOURCE = re.compile(r"(?:^|(?<=[。！？；，\n]))(?:另有|另|有)?((?:[\u4e00-\u9fff]{1,7}[府部宫国方军馆院局署会团所])?(?:一|多|两|几|数)[名位个]"
                             r"[^。！？；，：:“”\"\n]{0,20}?(?:消息人士|知情人士|外交人士|人士|外交官|高官|官员|人员))"
                             r"(?![们员的])")
_ANY_SOURCE = ("人士",)  # a generic head that refers back to a source of any kind
UNNAMED_REACH = 600  # an unnamed source introduced this far back can still be meant


def unnamed_source(text: str, head: str, position: int) -> Optional[tuple[int, int]]:
    """该官员 / 这位外交官 → the span of the last unnamed source before `position` introduced with
    the same head noun (一名不愿具名的欧盟高级官员), or None."""
    if len(head) < 2:
        return None
    found = None
    for m in _UNNAMED_SOURCE.finditer(text, max(0, position - UNNAMED_REACH), position):
        if m.group(1).endswith(head[-2:]) or head.endswith(_ANY_SOURCE):
            found = m.span(1)  # 该人士 after 一名沙特官员: 人士 names any source
    return found


COUNTED_DEMONSTRATIVE = re.compile(r"[这那该此]([两二三四五六七八九十几数]+)[名位]")  # 这两名人士: as many as counted before


def counted_phrase(count: str, head: str) -> re.Pattern:
    """两名知情人士 for (两, 人士): the count, 名 or 位, then a short description ending in the head noun."""
    return re.compile(count + r"[名位][^，,。；;：:“”]{0,12}?" + re.escape(head))


def counted_source(ctx, text: str, head: str, position: int, reach: int) -> Optional[Speaker]:
    """这两名人士 / 这几位官员: the last speaker counted the same way with the same head noun (两名知情人士), else
    the last such phrase of the text within `reach` (援引两名知情人士的话称), else None."""
    count = COUNTED_DEMONSTRATIVE.match(text, position).group(1)
    said = next((_copy(speaker, 0.85) for pos, speaker, person in reversed(ctx.subjects)
                 if pos < position and re.search(count + "[名位]", speaker.span.text) and speaker.span.text.endswith(head[-2:])),
                None)
    if said is not None or len(head) < 2:
        return said
    named = list(counted_phrase(count, head[-2:]).finditer(text, max(0, position - reach), position))
    return Speaker(_span(ctx.doc, named[-1].start(), named[-1].end()), confidence=0.8) if named else None


def bodies_named_by_head(ctx, text: str, head: str, position: int, reach: int) -> list[Span]:
    """白俄罗斯总统新闻处 … 该新闻处: a state or body the tagger found, then words that end in the same head noun
    (three characters or more, no punctuation between), within `reach` before `position`: the body so named."""
    if len(head) < 3:
        return []
    found = []
    for m in ctx.actors:
        if m.type in ("GPE", "ORG") and position - reach <= m.span.start and m.span.end < position:
            at = text.find(head, m.span.end, min(position, m.span.end + _BODY_WORDS))
            if at >= 0 and not re.search(r"[^\u4e00-\u9fff]", text[m.span.end:at]):
                found.append(_span(ctx.doc, m.span.start, at + len(head)))
    return found


_BODY_WORDS = 10  # characters between a state's name and the head noun of its body (总统新闻处)


# 两人表示 / 这两位专家都认为 / 三人在信中写道: the people named together just before
_COUNTED_REF = re.compile(r"(?:这|此|该|上述|前述)?([两二三四几])(?:人|位|名)([\u4e00-\u9fff]{0,4}?)"
                          r"(?:都|均|也|还|则|又|一致|共同|同时|分别|随后|在[^，,。]{1,8}?[中上里])*")
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4}
COUNTED_REACH = 300  # the people counted were named this close before
NAMES_GAP = 24  # ... and this close to each other (张明和李华 / 参议员A和众议员B)
PAIR_GAP = 40  # 前者/后者: the two people of one sentence this close


def counted_people(ctx, doc, start: int, end: int) -> Optional[Speaker]:
    """两人表示 after 张明和李华……: the span naming the people counted, when the last ones named before
    are that many and named together; else None (the counted noun is left to the other rules)."""
    text = doc.norm_text
    m = _COUNTED_REF.fullmatch(text, start, time_tail(text, start, end))
    if m is None or (m.group(2) and m.group(2) not in ("专家", "学者", "官员", "议员", "领导人", "总统", "部长", "外长",
                                                       "人士", "记者", "教授", "选手", "队员", "嫌疑人", "当事人", "老人")):
        return None
    want = _COUNTS.get(m.group(1))
    names: list = []
    for p in reversed([p for p in ctx.people if start - COUNTED_REACH <= p.span.start and p.span.end <= start
                       and not ctx._inside_content(p.span.start)]):
        if p.span.text not in [n.span.text for n in names]:
            names.append(p)
        if want is not None and len(names) == want:
            break
    if len(names) < 2 or (want is not None and len(names) != want):
        return None
    names.reverse()
    if m.group(2) and counted_phrase(m.group(1), m.group(2)).search(text, names[-1].span.end, start):
        return None  # 甲与乙…。援引两名知情人士的话称…。这两名人士说: the sources counted since, not the two named
    if not _named_together(text, names):
        names = _last_together(ctx, text, {n.span.text for n in names}, start)
        if names is None:  # 甲与乙会谈。甲表示……乙则强调……两位领导人都认为: where they were named together
            return None
    first = names[0].span.start
    while first > 0 and first - names[0].span.start > -12 and text[first - 1] not in "，,。！？!?\n；;、和与及" \
            and not text[first - 1].isspace():
        first -= 1  # 参议员史密斯: the title before the first name belongs to the phrase
    return Speaker(_span(doc, first, names[-1].span.end), confidence=0.75)


def one_of_two(ctx, doc, start: int, end: int) -> Optional[Speaker]:
    """前者表示 / 后者还说: the first or the second of the last two people named together before."""
    text = doc.norm_text
    m = re.fullmatch(r"(前者|后者)", text[start:time_tail(text, start, end)])
    if m is None:
        return None
    people = [p for p in ctx.people if start - COUNTED_REACH <= p.span.start and p.span.end <= start
              and not ctx._inside_content(p.span.start)]
    for a, b in reversed(list(zip(people, people[1:]))):
        if a.span.text != b.span.text and (_named_together(text, [a, b]) or _one_sentence(text, a, b)):
            chosen = a if m.group(1) == "前者" else b
            return Speaker(chosen.span, canonical=ctx.canonical.get(chosen.span.start), confidence=0.8)
    return None



# 其中一人说 / 另一人则认为 / 其中一名官员表示: one of a group of sources the text counted just before
_ONE_OF_GROUP = re.compile(r"(?:其中|另外|另)(?:一|1)(?:人|位|名)(?:[^，,。；;：:“”\s]{0,6})?(?:则|还|也|又)?")
GROUP_COUNT = r"(?:[二三四五六七八九十两几多数\d]+[位名个]|多位|多名|数名|几位)"  # 两名, 多位: more than one counted
_GROUP = re.compile(GROUP_COUNT)


def one_of_group(ctx, doc, start: int, end: int) -> Optional[Speaker]:
    """其中一人说 / 另一人则认为: one of the group of sources counted last (两名知情人士), within reach; the
    group stands for both, as the gold keeps counted sources whole."""
    text = doc.norm_text
    begin = start - 2 if text.endswith(("其中", "另外"), 0, start) else start - 1 if text[start - 1:start] == "另" else start
    if not _ONE_OF_GROUP.fullmatch(text, begin, time_tail(text, start, end)):
        return None  # (其中 / 另 may have been read as a lead before the phrase)
    for pos, speaker, _ in reversed(ctx.subjects):
        if pos < start - COUNTED_REACH:
            break
        if pos < start and _GROUP.search(speaker.span.text):
            return _copy(speaker, 0.8)
    return None


def _one_sentence(text: str, a, b) -> bool:
    """特朗普曾威胁要在初选中支持他人挑战蒂利斯，后者……: two people of one sentence, close enough for 前者/后者."""
    return b.span.start - a.span.end <= PAIR_GAP and not re.search(r"[。！？!?\n]", text[a.span.end:b.span.start])


def _named_together(text: str, names: list) -> bool:
    return not any(b.span.start - a.span.end > NAMES_GAP or re.search(r"[。！？!?\n]", text[a.span.end:b.span.start])
                   for a, b in zip(names, names[1:]))


def _last_together(ctx, text: str, wanted: set, start: int) -> Optional[list]:
    """The last mentions, within reach before `start`, that name exactly these people one after another."""
    found = [p for p in ctx.people if start - COUNTED_REACH <= p.span.start and p.span.end <= start
             and p.span.text in wanted and not ctx._inside_content(p.span.start)]
    for i in range(len(found) - len(wanted), -1, -1):
        run = found[i:i + len(wanted)]
        if {p.span.text for p in run} == wanted and _named_together(text, run):
            return run
    return None


# 记者向一名乘客询问情况，对方表示: 对方 is the one asked just before
_ASKED = re.compile(r"(?:向|询问|问|联系(?:上|到)?|采访(?:了)?|致电|找到|质问|咨询)"
                    r"((?:一|该|这|那)?[名位个]?[^，,。！？；;\n向问“”]{1,12}?)(?=询问|了解|打听|求证|核实|确认|时|[，,。])")
OTHER_PARTY_REACH = 60


def other_party(doc, start: int, end: int) -> Optional[Speaker]:
    text = doc.norm_text
    if not re.fullmatch(r"对方(?:都|也|还|则|随即|立即|当即|随后)*", text[start:time_tail(text, start, end)]):
        return None
    asked = None
    for a in _ASKED.finditer(text, max(0, start - OTHER_PARTY_REACH), start):
        if asked is None or a.start() != asked.end(1):  # 向一名乘客询问情况: 询问 goes on with the same one asked
            asked = a
    if asked is None or re.search(r"[。！？!?\n]", text[asked.end():start]):
        return None
    return Speaker(_span(doc, asked.start(1), asked.end(1)), confidence=0.7)


# 这名代号为“北风”的指挥官 / 有一名为“某某”的网友 / 一位自称“老张”的司机: someone introduced by the name
# they go by, a new source (not a name inside the quotation, nor the person named before)
GOES_BY = re.compile(r"(?:有)?(?:这|该|一)[名位个]?(?:[^，,。“”]{0,8}?)(?:代号|绰号|化名|名叫|名为|自称|人称|网名|昵称)(?:为|是)?"
                     r"“[^“”]{1,24}”[^，,。“”]{0,24}?的[^，,。“”]{1,16}")


def goes_by(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    m = GOES_BY.fullmatch(text, start, time_tail(text, start, end))
    if m is None:
        return None
    return (m.start() + (1 if text.startswith("有", m.start()) else 0), m.end())


# 银行方面辩称 / 青禾方面表示: a party named with 方面 right before the cue, in the clause of the cue,
# speaks (not 一方面 / 另一方面 / 这方面 / 各方面, which are no party)
_SIDE = re.compile(r"([\u4e00-\u9fffA-Za-z]{1,10}?方面)(?:都|也|还|则|均|随即|随后|当即|此前|曾|已|就此|对此)*")
_NO_SIDE = re.compile(r"(?:^(?:他们|她们|他|她|其|我们|我|你)|(?:另?一|这|那|此|各|多|其他|两|诸多|许多|很多|某些|有些|其|两个|这个|那个)方面$)")
_CLAUSE_MARKS = "，,。；;：:！？!?\n"


# 两国宣布 / 三国随即表示: the states counted, alone before the cue, speak together (双方 is left to the issuers of a
# statement just told, speaker_issuers, whose names the gold writes: 中越)
_STATES_COUNTED = re.compile(r"((?:两|三|四|五|几|多)国)(?:随后|随即|也|都|均|共同|一致|同时|还|则)*")


def states_opening(doc, start: int, end: int) -> Optional[Speaker]:
    """The states counted opening a clause before its verb (三国随后发表联合声明，宣布……), who go on as the subject
    of a cue with none of its own; not 两国关系, 两国元首 (a noun after them)."""
    counted = _STATES_COUNTED.match(doc.norm_text, start, end)
    if counted is None or counted.end() >= end:
        return None
    at = bisect_left(doc.tokens, counted.end(), key=lambda t: t[0].start)
    if at >= len(doc.tokens) or doc.tokens[at][0].start != counted.end() or not doc.tokens[at][1].startswith(("v", "p", "d")):
        return None
    return Speaker(_span(doc, counted.start(1), counted.end(1)), confidence=0.7)


def named_side(doc, start: int, end: int) -> Optional[Speaker]:
    text = doc.norm_text
    begin = max(start, max(text.rfind(c, start, end) for c in _CLAUSE_MARKS) + 1)
    words_end = time_tail(text, begin, end)
    counted = _STATES_COUNTED.fullmatch(text, begin, words_end)
    if counted is not None:
        return Speaker(_span(doc, counted.start(1), counted.end(1)), confidence=0.7)
    side = _SIDE.fullmatch(text, begin, words_end)
    if side is None or _NO_SIDE.search(side.group(1)) or re.search(r"[在对向从与和的是把被将就]", side.group(1)[:-2]):
        return None
    return Speaker(_span(doc, side.start(1), side.end(1)), confidence=0.75)


# 最有意思的是土耳其总统埃尔多安。/ 另一个不能不提的人是X。/ 这就要说到X了。: a sentence that only presents a person
_PRESENTING = re.compile(r"(?:的(?:人|一个人|一位|一个)?是|说到|提到|谈到|轮到|要数)(?:[^，,。！!？?；;“”他她我你]{0,12})$")


def presented_person(text: str, people: list[Mention], begin: int) -> Optional[Mention]:
    """The person the sentence before `begin` (the start of the pronoun's sentence) presents and ends on,
    after 的…是 or 说到 (最值得一提的是X。他说…… / 这就要说到X了。这位总统: X, not whoever spoke before), else None."""
    end = begin
    while end > 0 and text[end - 1] in " \t\n":
        end -= 1
    if end <= 0 or text[end - 1:end] not in "。！!":
        return None
    close = end - 1 - (text[end - 2:end - 1] == "了")  # 这就要说到尹锡悦了。
    last = next((m for m in reversed(people) if m.span.end <= close), None)
    if last is None or last.span.end != close:
        return None
    clause = max(text.rfind(c, 0, last.span.start) for c in "，,。！!？?；;\n")
    lead = text[clause + 1:last.span.start]
    return last if _PRESENTING.search(lead) and len(lead) <= 24 else None


# 记者问X，Y是否…。他说: a question put to the person after the verb of asking
_ASKED_VERB = re.compile(r"(?<![访顾疑学慰审拷反])(?:询问|追问|提问|质问|问)了?")
_QUESTION_WORDS = re.compile(r"是否|吗|？|\?|什么|如何|何时|为何|为什么|能否|会不会|有没有|怎样|怎么")


def asked_person(ctx, position: int, want: Optional[str]) -> Optional[Speaker]:
    """The person a question was put to in the pronoun's sentence or the one before (记者问X，Y是否…。他说 /
    主持人问X，…，他回答说): X, who answers; not the asker nor a person named in the question."""
    text = ctx.doc.norm_text
    begin = back_to(text, 0, position, SENTENCE_ENDS)
    floor = back_to(text, 0, begin - 1, SENTENCE_ENDS) if begin > 0 else begin
    for m in reversed(ctx.people):
        if not floor <= m.span.start < position or ctx._inside_content(m.span.start):
            continue
        verb = _ASKED_VERB.search(text, max(floor, m.span.start - 3), m.span.start)
        if verb is not None and verb.end() == m.span.start and ctx._agrees(m.span, want) \
                and _QUESTION_WORDS.search(text, m.span.end, position):
            return Speaker(m.span, canonical=ctx.canonical.get(m.span.start), confidence=0.8)
    return None
