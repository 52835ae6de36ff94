"""Agreement mentions beyond head nouns: well-known agreements named bare or in 《》 (伊核协议), an
alliance whose membership a state takes or leaves (芬兰加入北约), and a title's Latin short name (RCEP)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..doc import actor_mentions, codes_in
from ..model import Analysis, Span
from ..nlp.chinese import span as _span
from . import agreement_facts
from .agreement_facts import Fact
from .agreement_states import clause_start, pattern, states, vocabulary

LABEL = re.compile(r"(?:形容为|称为|称之为|视为|看作|比作|比喻为|所谓|所谓的)[“「]?$")
# 退出北约军事一体化机构: a body or part of the alliance, not the alliance itself.
_NOT_A_STATE = {"IGO", "NATO", "EU", "UN"}
_ALLIANCE_PART = re.compile(r"军事|一体化|指挥|机构|框架|峰会|秘书|总部|部队|东扩|盟友|国家")


# 与某国建立共同货币框架, 签署了一项合作框架: a step that makes the arrangement, right before its name.
_MADE_BEFORE = re.compile(r"(?:建立|构建|搭建|确立|签署|签订|续签|草签|达成|商定|敲定|提出|谈判|磋商|启动)(?:了|起)?"
                          r"(?:一[个项份套])?(?:新的?)?$")
# 就自由贸易框架达成原则一致: the topic of an agreement reached or talked over.
_ON_TOPIC = re.compile(r"(?:就|围绕)$")
_MADE_AFTER = re.compile(r"(?:的[^，,。；;]{0,6})?(?:[^，,。；;]{0,3})?(?:达成|取得|签署|签订|谈判|磋商|商定|谈妥)")
# 法律框架, 政策框架, 分析框架: a body of rules or ideas of one side, not an arrangement between parties.
_OF_ONE_SIDE = re.compile(r"(?:法律|法治|政策|理论|制度|监管|分析|概念|基本|总体|整体|宏观|时间|财政|预算|规划|组织|"
                          r"治理|体制|知识|思想|叙事|话语|各自|现有|既有|原有|这一|这个|该|"
                          r"日程|行程|工作|人事|具体|相关|后续|特别|妥善|精心|周密|统一|专门|统筹)$")


def framed(text: str, floor: int, start: int, end: int) -> bool:
    """An untitled framed head noun (data/agreements.tsv: 框架) names an arrangement when the step making it
    governs it: built, signed or proposed right before it (与某国建立共同货币框架), or agreed on as a topic
    (就自由贸易框架达成原则一致); not a framework something happens within (在某某框架下, 合作框架内) nor
    a body of rules (法律框架)."""
    if not any(text.endswith(word, start, end) for word, _ in vocabulary()["framed"]):
        return False
    if text[end:end + 1] in ("下", "内", "中", "里") or text[end:end + 2] in ("之下", "之内", "之中"):
        return False
    if start + 2 >= end or _OF_ONE_SIDE.search(text, start, end - 2):
        return False
    lead = text[floor:start]
    return bool(_MADE_BEFORE.search(lead) or _ON_TOPIC.search(lead) and _MADE_AFTER.match(text, end))


@dataclass
class Mention:
    name: Span
    kind: str
    sentence: Span
    states: list[tuple[int, str]] = field(default_factory=list)
    fact: Optional[Fact] = None  # the well-known agreement it names (data/agreement_facts.tsv)
    parties: tuple = ()  # buyer and seller of a deal told by its verb (agreement_deals)


def known_mentions(doc: Analysis, found: list[Mention]) -> list[Mention]:
    """Well-known agreements named bare or in 《》 (伊核协议, 《中导条约》): new mentions where no
    mention covers them, else the fact is attached to the mention that does."""
    extra = []
    for mention in found:
        fact = agreement_facts.of_name(mention.name.text)
        mention.fact = fact if fact is not None and agreement_facts.named_here(doc, mention.name.text, fact) else None
    for sentence in doc.sentences:
        for start, end, fact in agreement_facts.find(doc.norm_text, sentence.start, sentence.end):
            if not agreement_facts.named_here(doc, doc.norm_text[start:end], fact):
                continue
            covering = [m for m in found if m.name.start < end and start < m.name.end]
            for mention in covering:
                mention.fact = mention.fact or fact
                if start < mention.name.start and end == mention.name.end:
                    mention.name = _span(doc, start, end)  # 第一阶段经贸协议: the known name holds the numbered words
            lead = doc.norm_text[max(sentence.start, start - 8):start].rstrip("《“")
            if not covering and not LABEL.search(lead) and not re.search(r"(?:新|类似|所谓的?)$", lead):
                extra.append(Mention(_span(doc, start, end), fact.kind, sentence, fact=fact))
    return extra


def membership_mentions(doc: Analysis, found: list[Mention]) -> list[Mention]:
    """An alliance a state joins, applies to, leaves or becomes a member of (芬兰正式加入北约, 乌克兰
    申请加入北约, 成为北约成员国): its membership is an arrangement between the alliance and the state
    nearest before the verb (not 俄方 of 俄方坚持乌克兰不能加入北约); the alliance named as an actor
    (北约秘书长表示) is none."""
    text, extra = doc.norm_text, []
    for sentence in doc.sentences:
        for match in pattern("alliance").finditer(text, sentence.start, sentence.end):
            if any(m.name.start < match.end() and match.start() < m.name.end for m in found + extra):
                continue
            lead = text[max(sentence.start, match.start() - 3):match.start()]
            member = re.search(r"成为$", lead) and re.match(r"[^，,。；;]{0,6}成员", text[match.end():])
            if not member and not (re.search(r"(?:加入|退出|重返)$", lead) and not _ALLIANCE_PART.match(text, match.end())):
                continue
            joiners = _joiners(doc, clause_start(text, sentence.start, match.start()), match.start()) \
                or [code for _, code in actor_mentions(doc, sentence.start, match.start()) if code not in _NOT_A_STATE][:1]
            # 乌克兰总统…，并希望加入北约: a clause without a subject shares the sentence's first one
            if not joiners:
                continue
            mention = Mention(_span(doc, match.start(), match.end()), "partnership", sentence,
                              parties=tuple(sorted(set(joiners) | set(codes_in(doc, match.start(), match.end())))))
            # 成为北约成员国: a member now; else the state of the verb before it
            mention.states = [(match.start(), "in_force")] if member else states(text, mention)
            extra.append(mention)
    return extra


def _joiners(doc: Analysis, start: int, end: int) -> list[str]:
    """The states nearest before a verb of membership: the last one named, with those joined to it by
    和 / 与 / 、 (芬兰和瑞典申请加入)."""
    found = [(m, code) for m, code in actor_mentions(doc, start, end) if code not in _NOT_A_STATE]
    if not found:
        return []
    joined = [found[-1]]
    for earlier in reversed(found[:-1]):
        if not re.fullmatch(r"[和与及、]|以及", doc.norm_text[earlier[0].end:joined[-1][0].start]):
            break
        joined.append(earlier)
    return [code for _, code in joined]


def acronyms(doc: Analysis) -> dict[str, str]:
    """《区域全面经济伙伴关系协定》（RCEP）: the Latin short name given in brackets after a title."""
    return {m.group("short"): m.group("name")
            for m in re.finditer(r"《(?P<name>[^》]{2,30})》[（(](?P<short>[A-Z][A-Za-z]{1,9})[）)]", doc.norm_text)}


def acronym_mentions(doc: Analysis, found: list[Mention]) -> list[Mention]:
    """Later uses of a title's short name (加入RCEP) are mentions of that agreement."""
    extra = []
    for short, full in acronyms(doc).items():
        kind = next((m.kind for m in found if m.name.text == full), None)
        if kind is None:
            continue
        for match in re.finditer(rf"(?<![A-Za-z]){re.escape(short)}(?![A-Za-z])", doc.norm_text):
            sentence = next((s for s in doc.sentences if s.start <= match.start() < s.end), None)
            if sentence and doc.norm_text[match.start() - 1:match.start()] not in "（(":
                extra.append(Mention(_span(doc, match.start(), match.end()), kind, sentence))
    return extra


# 第一份五年规划 / 第二份五年规划: an ordinal counting documents of one series before the name.
_ORDINAL = re.compile(r"第(?P<n>[一二三四五六七八九十\d]+)[份个项版]$")
ORDINAL_REACH = 5  # characters before a name searched for its ordinal


def ordinal(text: str, name: Span) -> Optional[str]:
    """The ordinal counting the document right before its name (第二份…规划 → 二), else None."""
    found = _ORDINAL.search(text, max(0, name.start - ORDINAL_REACH), name.start)
    return found.group("n") if found else None


def other_in_series(text: str, mentions: list, mention) -> bool:
    """The mention counts another document of a series than the record's mentions do (第一份 after 第二个)."""
    own = ordinal(text, mention.name)
    return own is not None and any(ordinal(text, m.name) not in (None, own) for m in mentions)
