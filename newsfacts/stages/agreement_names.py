"""Where an agreement's name starts and ends: the walk back over the words that modify its head
noun, titles in 《》 or quotes, and the verbs that govern a name rather than sit inside it."""
from __future__ import annotations

import re
from typing import Optional

from ..doc import codes_in, tokens_in
from ..model import Analysis, Span
from .agreement_states import pattern, vocabulary

STOP_BEFORE = set("，,。；;：:！？!?“”《》、（）() \n")
_LEVELS = ("全天候", "全方位")
_PERIOD = r"[（(][^（）()《》，,。]{2,14}[）)]"
_MODIFIER_TAGS = {"n", "nz", "nw", "vn", "an", "a", "LOC", "ORG", "PER", "f", "s"}
MAX_NAME = 20
_MECHANISM = "机制"
# Words a tagger may read as a verb or adverb that sit inside a name after its field (防卫费分担特别协定, 警务合作实施协议).
_NAME_WORDS = ("实施", "执行", "特别", "补充")
# Before such a word, what makes it the verb acting on the agreement (开始执行协议, 全面实施停火协议).
_ACTS_ON = re.compile(r"(?:开始|继续|全面|停止|暂停|恢复|同意|决定|拒绝|切实|严格|认真|正式|共同|落实|批准|愿意|将|会|要|应|已|不)$")
_SPAN_OF_YEARS = r"[一二三四五六七八九十两\d]{1,3}年"  # the years a plan covers belong to its name (五年规划)

# 一项与阿根廷共建天然气管道的计划: a bare plan or agreement named by what the partners will do.
_RELATIVE = re.compile(r"(?:与|同|和|跟)(?P<partner>[^，,。；;的与同和跟]{2,8}?)(?P<content>(?:共同|联合|合作)?"
                       r"(?:共建|合建|建设|修建|建立|开发|研发|打造|开展|推进|发展|生产|运营|修复|举办|保护)"
                       r"[^，,。；;的]{1,12})的$")
# 签署了采购二十架战机的协议: a bare agreement concluded here, named by the content clause between verb and noun.
_SIGNED_CONTENT = re.compile(r"(?:签署|签订|签下|达成|谈妥|敲定|缔结)了?(?:一项|一份|一个)?(?P<content>[^，,。；;的了]{3,16})的$")
# 同意建立两国防长定期通话的机制: a mechanism agreed on, named by what it is to do.
_AGREED_CONTENT = re.compile(r"(?<![不未])(?:同意|商定)(?:尽快|尽早|年内|共同)?(?:建立|恢复|重启|设立|启动)"
                             r"(?P<content>[^，,。；;的了]{3,16})的$")
# Words that leave a step untaken (未能, 如果, 希望, 将): the agreement it would make is not made here.
_LISTED_HEAD = re.compile(r"(?:协议|协定|条约|公约|议定书|备忘录|意向书|宣言|公报|声明)$")  # a document ending a list item
UNREAL = re.compile(r"无法|不能|未能|没有|未|难以|如果|若|一旦|能否|是否|希望|争取|力争|尽快|努力|将|拟|准备")


def closes_title(text: str, end: int, closer: str) -> bool:
    """The title closes right after the head noun, or after the period it covers in brackets
    (《某某合作规划（2022—2026年）》)."""
    return text[end:end + 1] == closer or bool(re.match(_PERIOD + re.escape(closer), text[end:]))


def level_start(text: str, start: int) -> int:
    """A level of relations the segmenter split (全天/候战略合作伙伴) opens the name whole."""
    for level in _LEVELS:
        for cut in range(1, len(level)):
            if text[start - cut:start - cut + len(level)] == level:
                return start - cut
    return start


def after_governing(text: str, start: int, noun_start: int) -> int:
    """A verb acting on agreements (达成, 保持) never sits inside an untitled name: the name starts
    after the last one (斡旋下达成和解协议 → 和解协议, 两国保持全面战略伙伴关系 → 全面战略伙伴关系)."""
    governing = [word for word, _ in vocabulary()["governing"] if len(word) >= 2]
    cut = start
    for word in governing:
        at = text.rfind(word, max(0, start - len(word) + 1), noun_start)  # 发表 of 元首发/表联合声明 too
        if at > start and at + len(word) == noun_start and word in _NAME_WORDS and not _ACTS_ON.search(text, start, at):
            continue  # 警务合作实施协议: an implementing agreement of a named field, not 实施 acting on it
        if at + len(word) == noun_start and text.startswith(_MECHANISM, noun_start):
            continue  # 磋商机制, 谈判机制: the talks a mechanism holds name it, nothing acts on it
        if at >= 0 and "关于" not in text[start:at]:  # 关于建立外交关系的联合公报: the verb is its content
            cut = max(cut, at + len(word))
    if cut < noun_start or "就" not in text[max(0, start - MAX_NAME):cut]:
        return cut  # 尽最大努力达成协议: what precedes the verb is no topic
    return start  # 就交换战俘达成协议: the topic before the verb names it


def name_start(doc: Analysis, floor: int, noun_start: int) -> int:
    """Walk back over the words that modify the head noun (矿产交易, 和平计划大纲, 关于能源基础设施的
    部分停火协议): nouns and adjectives, never a verb, number, pronoun or preposition."""
    text = doc.norm_text
    word = _word_holding(doc, floor, noun_start)
    head = pattern("noun").match(text, noun_start)
    plan = head is not None and dict(vocabulary()["noun"]).get(head.group(0)) == "plan"
    governing = {word for word, _ in vocabulary()["governing"]}
    if word is not None and not plan and not any(c in STOP_BEFORE for c in word.text) \
            and not any(word.text.startswith(verb) for verb in governing if len(verb) >= 2):
        noun_start = word.start  # 自由贸易协定 as one word: its head noun sits inside it (not 解决方案, 达成协议)
    tokens = _tokens_before(doc, floor, noun_start)
    start = noun_start
    for index in range(len(tokens) - 1, -1, -1):
        span, tag = tokens[index]
        sides = tag == "m" and re.fullmatch(r"[双三四五多]+[边方]", span.text)  # 三边安全伙伴关系, 四方机制
        sides = sides or plan and tag in ("m", "TIME") and re.fullmatch(_SPAN_OF_YEARS, span.text)  # 合作五年规划
        sides = sides or tag == "m" and re.fullmatch(r"第[一二三四五六七八九十\d]+(?:阶段|期|批)?", span.text)  # 第一阶段协议
        named = span.text in _NAME_WORDS and index > 0 and tokens[index - 1][1] in ("n", "vn", "nz", "v")  # 合作实施协议, 分担特别协定
        # 正常/化: the suffix 化 the segmenter cut off, and the word it derives a noun from (关系正常化协议)
        named = named or span.text == "化" and index > 0 and tokens[index - 1][0].end == span.start \
            or index + 1 < len(tokens) and tokens[index + 1][0].text == "化" and tokens[index + 1][0].start == span.end
        if span.end < start or (tag not in _MODIFIER_TAGS and not sides and not named and not _inner_verb(tokens, index, governing)
                                and not _joined_topics(tokens, index)) or \
                noun_start - span.start > MAX_NAME or any(c in STOP_BEFORE for c in span.text):
            break
        start = span.start
    start = _compound_verb_start(tokens, start)
    about = text.rfind("关于", max(floor, noun_start - MAX_NAME), noun_start)
    if 0 <= about < start and not any(c in STOP_BEFORE for c in text[about:noun_start]) \
            and "的" in text[about:noun_start]:  # not 同盟 inside 关于加强同盟的声明: the clause's object
        start = about
    return start


def _joined_topics(tokens: list[tuple[Span, str]], index: int) -> bool:
    """和 / 与 joining two topic words inside a name (钚管理和处置协定, 经贸和投资协定), not two actors
    (以色列和哈马斯停火协议: the pair are the parties), nor two agreements listed (电力协议和铁路协定)."""
    topics = {"n", "vn", "nz", "an"}  # 安全与防务伙伴关系: an adjectival noun is a topic too
    return tokens[index][0].text in ("和", "与", "及") and 0 < index < len(tokens) - 1 \
        and tokens[index - 1][1] in topics and tokens[index + 1][1] in topics \
        and not _LISTED_HEAD.search(tokens[index - 1][0].text)


def _compound_verb_start(tokens: list[tuple[Span, str]], start: int) -> int:
    """A verb the segmenter cut from its one-character object or reciprocal adverb belongs to the name
    (脱/欧后贸易协议, 互/免签证协定), as a verb-object word does (脱欧, 入世)."""
    index = next((i for i, (span, _) in enumerate(tokens) if span.end == start), None)
    if index is None or index + 1 >= len(tokens) or tokens[index][1] != "v" or len(tokens[index][0].text) != 1:
        return start
    verb, after = tokens[index][0], tokens[index + 1]
    if len(after[0].text) == 1 and after[1] in ("LOC", "ORG") and after[0].start == start:
        return verb.start  # 脱 + 欧: a verb-object word
    if index >= 1 and tokens[index - 1][0].text == "互" and tokens[index - 1][0].end == verb.start:
        return tokens[index - 1][0].start  # 互 + 免: a reciprocal verb
    return start


def _word_holding(doc: Analysis, floor: int, position: int) -> Optional[Span]:
    """The token that starts before position and runs past it, if any."""
    return next((span for span, _ in tokens_in(doc, max(floor, position - MAX_NAME), position + 8)
                 if span.start < position < span.end), None)


def _inner_verb(tokens: list[tuple[Span, str]], index: int, governing: set) -> bool:
    """A verb inside a compound name (渔业合作协定, 海上搜救热线协议): a run of verbs, none governing
    an agreement, with a noun or place word just before the run."""
    while index >= 0 and tokens[index][1] in ("v", "vd"):  # 联合研发 (vd v): a run of verbs
        if tokens[index][0].text in governing:
            return False
        index -= 1
    return index >= 0 and tokens[index][1] in _MODIFIER_TAGS - {"a", "an"} and tokens[index][0].text not in governing


def ends_inside_word(doc: Analysis, start: int, end: int) -> bool:
    """A token that starts inside text[start:end] and runs past its end (约旦 of 和约旦)."""
    return any(start < span.start < end < span.end for span, _ in tokens_in(doc, start, end + 4))


def _tokens_before(doc: Analysis, floor: int, end: int) -> list[tuple[Span, str]]:
    return tokens_in(doc, floor, end)


def described(doc: Analysis, floor: int, start: int) -> Optional[int]:
    """Where a relative clause naming a bare plan or agreement by its content starts (与阿根廷共建天然气管道的
    计划 → 共建天然气管道的计划): a partner state after 与/同/和, then what the two are to do, then 的."""
    found = _RELATIVE.search(doc.norm_text, floor, start)
    if found is None or not codes_in(doc, found.start("partner"), found.end("partner")):
        signed = _SIGNED_CONTENT.search(doc.norm_text, floor, start) or _AGREED_CONTENT.search(doc.norm_text, floor, start)
        return signed.start("content") if signed and not UNREAL.search(doc.norm_text, floor, signed.start()) else None
    return found.start("content")
