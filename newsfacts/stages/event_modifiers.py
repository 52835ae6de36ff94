"""Relative clauses that are the object of 对/向 (对袭击中国公民的武装分子发动打击) or of an act's verb
(击毙了袭击中国公民的武装分子): the parties named inside such a clause and the act that opens it are not
the main act's, the head noun after 的 is."""
from __future__ import annotations

import re
from typing import Optional

from ..model import Analysis, Event, Span
from ..nlp.chinese import CLAUSE_BREAKS_BUT_COLONS as CLAUSE_BREAK, back_to, forward_to
from . import event_parties as parties
from .event_triggers import find, words_of

# 对/向/针对 + an optional 所谓, then the clause up to its 的 (no break, no second 对/向 in between).
_OPENING = re.compile(r"(?:针对|对|向)(?:所谓的?)?")
_CLAUSE = re.compile(r"[^，,。；;对向的“”]{2,16}?的")
# 对来自X的商品, 对从X进口的商品: where the goods come from is who the act is aimed at, no verb's object
# (event_targets)
_ORIGIN_OPENING = re.compile(parties.ORIGIN_VERB + r"|从(?=[^，,。；;的]{1,12}?进口的)")
HEAD_REACH = 4  # characters between 的 and the head noun's party (对入侵乌克兰的俄罗斯实施制裁)


def relative_objects(doc: Analysis, clause_start: int, start: int) -> list[Span]:
    """Spans of text[clause_start:start] that are relative clauses opened by a verb right after
    对/向 and closed by 的: 对[袭击中国人的]幕后黑手. Not 对[在公海作业的] (a preposition opens it),
    nor 对中国的 (a party is the owner, not a verb's object)."""
    text = doc.norm_text
    found = []
    for opening in _OPENING.finditer(text, clause_start, start):
        clause = _CLAUSE.match(text, opening.end(), start)
        if clause is not None and _opens_with_verb(doc, opening.end()) \
                and not _ORIGIN_OPENING.match(text, opening.end()):
            found.append(Span(opening.end(), clause.end() - 1, text[opening.end():clause.end() - 1]))
    return found


def embedded_codes(doc: Analysis, clause_start: int, start: int) -> set[str]:
    """Codes of text[clause_start:start] named only inside such relative clauses: the objects of the
    verb that opens one, not parties of the act at `start`."""
    spans = relative_objects(doc, clause_start, start) + _acted_on_in_object(doc, clause_start, start) \
        + subject_relative(doc, clause_start, start)
    if not spans:
        return set()
    found = parties.mentions(doc, clause_start, start)
    inner = {code for mention, code in found if _inside(spans, mention.start)}
    return inner - {code for mention, code in found if not _inside(spans, mention.start)}


_LEADING_ADVERBS = re.compile(r"(?:曾经|曾|多次|一再|屡次|长期|此前|已经|已|一直|先后|目前|正|仍)*")
_SUBJECT_CLAUSE = re.compile(r"(?:受|遭|被|由)?[^，,。；;：:“”的]{1,14}?的")


def subject_relative(doc: Analysis, clause_start: int, start: int) -> list[Span]:
    """受美国援助的乌克兰军队发起反攻 / 访华的西班牙首相会见了…: a relative clause opening the clause on its
    verb (or 受/遭/被/由), before the head noun that is the subject: its parties are not the doer's."""
    text = doc.norm_text
    clause = _SUBJECT_CLAUSE.match(text, clause_start, start)
    if clause is None:
        return []
    lead = _LEADING_ADVERBS.match(text, clause_start).end()  # 曾多次被美国制裁的伊朗部长: adverbs open the clause
    first = words_of(doc).at(lead)
    opens = text[lead] in "受遭被由在" or first is not None and first[0].start == lead and first[1] == "v"  # 正在北京访问的X
    head = next(iter(parties.mentions(doc, clause.end(), start)), None)
    if not opens or head is None or head[0].start - clause.end() > HEAD_REACH:
        return []  # 马克龙结束了…的越南之行: the clause opens on its subject, no relative clause
    return [Span(clause_start, clause.end() - 1, text[clause_start:clause.end() - 1])]


def _acted_on_in_object(doc: Analysis, clause_start: int, start: int) -> list[Span]:
    """对以色列袭击加沙表示谴责: in the object of 对, what comes after an act its doer does (加沙) is that
    act's, not a party the stance at `start` is aimed at."""
    text = doc.norm_text
    opening = text.rfind("对", clause_start, start)
    if opening < 0 or not _SHOWN_BEFORE.search(text, opening, start):
        return []
    act = next(iter(find(doc, words_of(doc), opening + 1, start)), None)
    if act is None or not parties.mentions(doc, opening + 1, act[0]):
        return []
    return [Span(act[1], start, text[act[1]:start])]


def _inside(spans: list[Span], position: int) -> bool:
    return any(span.start <= position < span.end for span in spans)


def opened_act(doc: Analysis, clause_start: int, start: int, end: int,
               clause_end: int) -> Optional[tuple[Optional[str], list[str]]]:
    """The act at text[start:end] opens a relative clause that is the object of 对/向 or of an act's verb
    (击毙了袭击中国人的幕后黑手, 制裁了向俄罗斯提供无人机的伊朗公司): its doer is the head noun after 的
    (None when that names no party: the act is no party's), its target a party named inside the
    clause. None when the act opens no such clause."""
    text = doc.norm_text
    opening = None
    for match in _OPENING.finditer(text, clause_start, start):
        if match.end() == start:
            opening = match
    opens = start if opening is not None or _after_act_verb(doc, clause_start, start) \
        else _preposed_opening(doc, clause_start, start)
    if opens is None:
        return None
    clause = _OBJECT_CLAUSE.match(text, opens, clause_end) if opens < start else _CLAUSE.match(text, start, clause_end)
    if clause is None or clause.end() - start < end - start + 1:
        return None
    if opening is None and not agent_head(doc, clause.end(), clause_end) \
            and not _HOSTILE_AGENT.search(text, start, clause.end()):
        return None  # 同意向乌克兰提供500亿欧元的援助: 的 closes the verb's own object, no relative clause
        # (击毙袭击中国人幕后黑手的方式: the agent noun inside, with no 的 of its own, heads the clause)
    doer = _head(doc, clause.end(), clause_end)
    inside = parties.mentions(doc, opens, start) if opens < start else []
    done_to = [code for _, code in inside + parties.mentions(doc, end, clause.end() - 1) if code != doer]
    return doer, done_to[:1]


# 向俄罗斯提供…的: a relative clause opening on its preposition (no 的 or break inside, one preposition)
_OBJECT_CLAUSE = re.compile(r"[向对给与同为][^，,。；;对向的“”]{2,16}?的")


def _preposed_opening(doc: Analysis, clause_start: int, start: int) -> Optional[int]:
    """Where a relative clause opens on a preposition right after an act's verb, whose party ends at
    `start` (制裁了|向俄罗斯|提供…的): the preposition's position, else None."""
    text = doc.norm_text
    party = next((m for m, _ in parties.mentions(doc, clause_start, start) if m.end == start), None)
    if party is None or party.start - 1 <= clause_start or text[party.start - 1] not in _PREPOSED:
        return None
    return party.start - 1 if _after_act_verb(doc, clause_start, party.start - 1) else None


# The head noun of a relative clause that is an act's object names who does the clause's act: a party, or a
# person, group or body (幕后黑手, 武装分子, 伊朗公司), not a thing (援助, 武器, 资金: 提供…的援助 is the verb's object).
_HOSTILE_AGENTS = ("黑手", "分子", "枪手", "凶手", "嫌犯", "嫌疑人", "武装人员", "团伙")
_AGENT_HEAD = re.compile(r"[^，,。；;的]{0,6}?(?:%s)" % "|".join(_HOSTILE_AGENTS + (
    "武装", "组织", "公司", "企业", "集团", "机构", "官员", "人员", "人士", "外交官", "记者", "士兵", "军队", "部队", "政府",
    "国家", "船只", "渔船", "舰船", "飞机", "人")))
_HOSTILE_AGENT = re.compile("|".join(_HOSTILE_AGENTS))


def _head(doc: Analysis, at: int, clause_end: int) -> Optional[str]:
    """The code of the party that heads the noun phrase after 的 at `at` (within HEAD_REACH), else None."""
    first = next(iter(parties.mentions(doc, at, min(clause_end, at + HEAD_REACH))), None)
    return first[1] if first is not None else None


def agent_head(doc: Analysis, at: int, clause_end: int) -> bool:
    """The words after 的 at `at` name a party or an agent (see _AGENT_HEAD)."""
    return _head(doc, at, clause_end) is not None or _AGENT_HEAD.match(doc.norm_text, at, clause_end) is not None
_ASPECT = "了过"
_GOODS_OF = re.compile(r"(?:制造|生产|出产|产)的$")
_PREPOSED = "向对给与同为"  # 制裁了向俄罗斯提供无人机的伊朗公司: a clause may open on its preposition


def _after_act_verb(doc: Analysis, clause_start: int, start: int) -> bool:
    """An act's verb (and 了/过) ends right at `start`: what follows is that verb's object."""
    text = doc.norm_text
    stop = start - 1 if start > clause_start and text[start - 1] in _ASPECT else start
    return any(end == stop for _, end, _ in find(doc, words_of(doc), max(clause_start, stop - 6), stop))


def object_relative(doc: Analysis, end: int, clause_end: int) -> Optional[list[str]]:
    """The object of the act ending at `end` is a relative clause opened by a verb (击毙了[袭击中国人的]
    幕后黑手, 制裁[向俄罗斯提供无人机的]伊朗公司): the one acted on is the head noun after 的 ([] when it
    names no party), not a party inside the clause. None when no such clause follows."""
    text = doc.norm_text
    opens = end + (text[end:end + 1] in _ASPECT and end + 1 < clause_end)
    clause = (_OBJECT_CLAUSE if text[opens:opens + 1] in _PREPOSED else _CLAUSE).match(text, opens, clause_end)
    if clause is None or not _opens_clause(doc, opens, clause.end() - 1) or _GOODS_OF.search(text, opens, clause.end()) \
            or not agent_head(doc, clause.end(), clause_end):
        return None  # 禁止采购中国生产的无人机: the goods of a state, whose maker the ban is aimed at
    head = _head(doc, clause.end(), clause_end)
    return [head] if head is not None else []


def _opens_clause(doc: Analysis, position: int, close: int) -> bool:
    """text[position:close] is a clause with no subject: it opens on a verb that is an act, or on a
    preposition whose party is followed by one (向俄罗斯提供)."""
    text = doc.norm_text
    acts = list(find(doc, words_of(doc), position, close))
    if not acts:
        return False
    if acts[0][0] == position:
        return True
    first = next(iter(parties.mentions(doc, position + 1, close)), None)
    return text[position] in _PREPOSED and first is not None and first[0].start == position + 1 \
        and acts[0][0] == first[0].end


def _opens_with_verb(doc: Analysis, position: int) -> bool:
    word = words_of(doc).at(position)
    return word is not None and word[0].start == position and word[1].startswith("v")


# 印尼对以色列袭击加沙表示谴责 / 中方对美国制裁中国企业表示不满: the act between 对 and a stance shown on it
# is the object of that stance; its doer is the party right after 对, not the one who shows the stance.
_STANCE_SHOWN = re.compile(r"[^，,。；;“”]{0,12}?(?:(?:表示|表达|予以|深感|感到|深表)(?:了)?“?(?:强烈|严重|深切|极大|高度|坚决|极其|极为|非常|十分)?的?"
                           r"(?:谴责|不满|愤慨|愤怒|关切|关注|抗议|遗憾|震惊|担忧|欢迎|赞赏|支持|反对)"
                           r"|提出了?(?:强烈|严重|严厉|严正)?的?(?:批评|抗议|交涉|质疑))")  # 对X的军事行动提出强烈批评


_SHOWN_BEFORE = re.compile(r"(?:表示|表达|予以)了?[^，,。；;“”]{0,6}$")  # …表示强烈|谴责: the stance's own verb


def act_under_stance(doc: Analysis, clause_start: int, start: int, end: int,
                     clause_end: int) -> Optional[tuple[Optional[str], list[str]]]:
    """(doer, done to) of an act told inside the object of 对 before a stance shown on it (X对Y袭击Z表示
    谴责: Y attacks Z), or None when the act is not inside such an object."""
    text = doc.norm_text
    opening = text.rfind("对", clause_start, start)
    stance = _STANCE_SHOWN.match(text, end, clause_end)
    if opening < 0 or stance is None or any(c in text[opening:start] for c in "，,；;“”"):
        return None
    doers = [code for _, code in parties.mentions(doc, opening + 1, start)]
    if not doers:
        return None
    cut = stance.start() + stance.group(0).rfind("表") if "表" in stance.group(0) else stance.end()
    done_to = [code for _, code in parties.mentions(doc, end, cut) if code != doers[0]]
    return doers[0], done_to[:1]


# 谴责对平民的袭击 / 谴责发生在某地的恐怖袭击: the act condemned is named with no doer; the condemner did
# not do it, and the ones it was done to are its victims, not the accused.
_CONDEMNED = re.compile(r"(?:谴责|声讨|抗议)了?(?:针对|对|发生在|在)(?P<object>[^，,。；;“”]{1,20}?)的"
                        r"(?:[^，,。；;“”的]{0,4})$")
_DOER_TYPES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"}


def condemned_without_doer(doc: Analysis, event: Event) -> bool:
    """The act is named as the object of a condemnation with no doer of its own (谴责对X的袭击), or the
    condemnation's target is only a victim named there."""
    text = doc.norm_text
    start = event.trigger.start
    clause_start = back_to(text, 0, start, CLAUSE_BREAK)
    if event.type in _DOER_TYPES and _CONDEMNED.search(text, clause_start, start):
        return True
    if event.type != "ACCUSE":
        return False
    clause_end = forward_to(text, event.trigger.end, min(len(text), event.trigger.end + 40), CLAUSE_BREAK)
    for act_start, _, act in find(doc, words_of(doc), event.trigger.end, clause_end):
        found = _CONDEMNED.search(text, event.trigger.start, act_start)
        if found is not None and act.type in _DOER_TYPES and found.start() == event.trigger.start:
            victims = {c for _, c in parties.mentions(doc, found.start("object"), found.end("object"))}
            return event.target in victims
    return False
