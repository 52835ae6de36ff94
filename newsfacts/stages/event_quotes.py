"""Events from quotes: a threat, accusation, demand or rejection said aloud, and the acts a
statement's own words name, turned into events linked to their quote."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..model import Analysis, Event, Quote
from ..nlp.chinese import SENTENCE_ENDS as _SENTENCE_BREAK, forward_to as _forward_to, span as _span
from ..nlp.words import outlets
from .event_acts import NEGATION as _NEGATION, commentator as _commentator
from .event_args import (CLAUSE_BREAK as _CLAUSE_BREAK, addressed as _addressed, back_to as _back_to,
                         codes as _codes, acted_on as _acted_on, both_named as _both_named,
                         topics_only as _topics_only)
from .event_background import listed as _listed
from .event_types import retyped as _retyped
from .event_statements import (BUSINESS as _BUSINESS, QUOTE_ACTS as _QUOTE_ACTS, acted_with as _acted_with,
                               NOT_ACCEPT as _NOT_ACCEPT, anaphor_doer as _anaphor_doer,
                               hostile_deed as _hostile_deed, joint_speakers as _joint_speakers,
                               listed_accused as _listed_accused,
                               person_addressed as _person_addressed,
                               speaker_code as _speaker_code, stance_on_act as _stance_on_act,
                               stated_acts as _stated_acts,
                               stated_event as _stated_event)
from .event_parties import BOTH as _BOTH, mentions as _mentions
from .event_sides import rival_bodies as _rival_bodies
from .event_targets import (domestic_person as _domestic_person,
                            own_body_opens as _own_body_opens, own_armed_group_opens as _own_armed_group_opens,
                            only_as_destination as _only_as_destination, own_government_opens as _own_government_opens,
                            own_leaders_government_opens as _own_leaders_government_opens,
                            warring_sides as _warring_sides)
from .event_triggers import Trigger, triggers


# the speaker is of his state's opposition or legislature: what he blames, naming no one, is his government's
_OPPOSITION = re.compile(r"在野党|反对党|反对派|党首|党魁|议员")

_FIGURES = re.compile(r"(?:数据|统计|数字)(?:显示|表明)")


def quote_event(doc: Analysis, index: int, quote: Quote) -> list[Event]:
    """A threat, accusation, demand or rejection said aloud is also an event, linked to its quote;
    so is a statement whose content accuses another actor (他们称乌克兰正在破坏和平)."""
    if quote.cue is None or quote.speaker is None or _FIGURES.match(quote.cue.text):
        return []  # 卫生部门发布的数据显示，空袭已造成…死亡: figures released tell a toll, no act of their publisher
    word = re.sub(r"[称说道]$", "", quote.cue.text)
    trigger = triggers().get(word)
    if trigger is None or trigger.type not in _QUOTE_ACTS:  # 发表声明，强烈谴责这一袭击: the stance is the act
        trigger = triggers().get(_stance_on_act(doc.norm_text, quote.content.start) or "") or trigger
    accusation = _own_blame(doc.norm_text, quote.content.start, quote.content.end)
    text = doc.norm_text
    zone_start = _back_to(text, quote.speaker.start, quote.cue.start, _CLAUSE_BREAK)
    source = _speaker_code(doc, quote)  # 美国国务卿布林肯警告: a speaker of no known state, after his state and title
    if source is None:
        return []
    sentence_start = _back_to(text, 0, quote.cue.start, _SENTENCE_BREAK)
    if _listed(text, sentence_start, quote.cue.end, _forward_to(text, quote.cue.end, len(text), _SENTENCE_BREAK)):
        return []  # …美国农民警告白宫：…2019-09-09…: a headline in a list of links
    clause_start = _back_to(text, sentence_start, quote.speaker.start, _CLAUSE_BREAK)  # 专家某某…撰文指出
    if _commentator(text[min(zone_start, clause_start):quote.cue.start], quote.cue.text) or \
            _BUSINESS.search(quote.speaker.text) or reporting_outlet(quote):
        return []  # 日本民众称赞…, 某公司表示…: commentators' and firms' words are no act of their state;
        # 日本媒体报道说…, 某社报道称…: an outlet's report tells others' acts, none of its own
    stated, aside, deed = [], [], None
    if accusation is None and (trigger is None or trigger.type not in _QUOTE_ACTS):
        deed = _hostile_deed(doc, quote, source)  # 俄罗斯继续轰炸我们的城市: the doer is accused
    if trigger is None or trigger.type not in _QUOTE_ACTS:
        stated = _stated_acts(doc, quote, source)  # 中方敦促美方…, 美方应…: the statement's own words
        if stated and (accusation is not None or deed is not None) and stated[0][0].type != "ACCUSE":
            # words of blame make it an accusation of the one blamed; a demand on another actor in
            # the same answer (…北约意欲何为…日方应该…) is still its own act, and so is a refusal of the
            # one blamed (对方的指控不实，我方不接受…无端炒作)
            accused = set(_codes(doc, quote.content.start, accusation.end())) if accusation else {deed[1]}
            aside = [act for act in stated if (act[2] not in accused or act[0].type == "REJECT" and
                                               _REFUSAL.fullmatch(act[1].text)) and act[0].type != "ACCUSE"]
            stated = []  # 对X…表示担忧 names whom it is aimed at
        if not stated and accusation is None and deed is None:
            return []
    if not stated:
        if trigger is None or trigger.type not in _QUOTE_ACTS:
            trigger = Trigger(quote.cue.text, "ACCUSE", "112", "obj")
        trigger = _retyped(trigger, doc.norm_text, quote.cue.end, quote.content.end)
    speakers = _joint_speakers(doc, quote, source)
    object_codes = [c for c in _codes(doc, quote.cue.end, quote.content.start, locative=True)
                    if not _only_as_destination(doc, quote.cue.end, quote.content.start, c)
                    and c not in _topics_only(doc, quote.cue.end, quote.content.start)] \
        if quote.content.start > quote.cue.end else []
    if not object_codes and _BOTH.match(text, quote.cue.end):  # 呼吁双方保持克制: the two just named
        object_codes = _both_named(doc, _span(doc, sentence_start, quote.cue.start), quote.cue.start, source,
                                   lambda d, b, e: [c for c in _codes(d, b, e) if c not in speakers])
        # (沙特和卡塔尔呼吁双方…: the speakers are not the two sides)
    if not object_codes and trigger is not None and trigger.type == "REQUEST" and _BOTH.match(text, quote.cue.end):
        object_codes = [c for c in _warring_sides(doc, source, quote.cue.end) if c not in speakers]
        # 呼吁双方… after a sentence naming more parties: the article's two sides (呼吁各方 names none: no event)
    addressee = _addressed(doc, zone_start, quote.cue.start)
    content_end = accusation.end() if accusation else quote.content.end
    topics = _topics_only(doc, quote.content.start, content_end)  # 称首相对俄软弱: Russia is no one accused
    if trigger is None or trigger.type != "THREATEN":
        topics |= _acted_on(doc, quote.content.start)  # 呼吁恢复对加沙的援助: the call is on whoever gives it
    if trigger is not None and trigger.type == "REQUEST":
        topics |= _acted_with(doc, quote.content.start, content_end)  # 呼吁X对俄方施压: the call is on X
    content_codes = [c for c in _codes(doc, quote.content.start, content_end)
                     if not _only_as_destination(doc, quote.content.start, content_end, c) and c not in topics]  # 质疑，花钱去日本…
    asked = _asked_about(doc, quote)  # 问：美方宣布制裁…？答：…: the answer aims at whom the question reports
    content_codes = [c for c in asked if c in content_codes] + [c for c in content_codes if c not in asked]
    owner = _blame_owner(doc, quote.content.start, accusation) if accusation is not None else None
    if owner in content_codes:  # 希望荷兰和日本不要跟随美方的错误做法: the blame is the United States'
        content_codes = [owner] + [c for c in content_codes if c != owner]
    target = next((c for c in object_codes + addressee + content_codes if c not in speakers), None)
    if target is None:
        target = _anaphor_doer(doc, quote, speakers)  # 批评此举: whoever did the act just told
    if target is None and trigger is not None and trigger.type in _FOLLOWING_ACTS:
        target = _clause_before_aims_at(doc, sentence_start, zone_start, quote.cue.start, speakers)
    opens_home = not object_codes and not addressee and (
        _own_government_opens(doc, quote.content.start, quote.content.end)
        or _own_government_opens(doc, quote.cue.end, quote.content.start)  # 指责在野党“瘫痪国政”: the object between
        or _own_body_opens(doc, quote.content.start, quote.content.start + 8, source, 1)  # 共和党人指责拜登政府…
        or _own_leaders_government_opens(doc, quote.content.start, quote.content.end, source)  # 批评称，岸田政府…
        or trigger is not None and trigger.type in ("ACCUSE", "REQUEST") and _own_armed_group_opens(doc, quote.content.start, source))
    if deed is not None and not stated:
        target = deed[1]
    if opens_home or trigger is not None and trigger.type == "ACCUSE" and object_codes and set(object_codes) <= set(speakers) \
            and not any(c in _CLAUSE_BREAK for c in text[quote.cue.end:quote.content.start]):
        target = source  # 议员质疑，当局花钱去日本…; 共和党人指责拜登政府…: his own government, not a state named later
        # (批评尹锡悦政府“在为日本背书”: the one named between the cue and the words is of his own state)
    if stated:  # (没有表示…: the statement was not made)
        return [] if _NEGATION.search(text[zone_start:quote.cue.start][-8:]) else [
            _stated_event(doc, index, quote, act, word, s, t) for act, word, t in stated for s in speakers if t not in speakers]
    if target is None and _person_addressed(doc, quote, source) or \
            target is None and _domestic_person(doc, quote, accusation.end() if accusation else quote.content.end):
        target = source  # 民主党人呼吁对特朗普展开调查: a person of the speaker's own state
    if target is None and trigger is not None and trigger.type == "ACCUSE" and \
            (_OPPOSITION.search(text, clause_start, quote.cue.start)
             or _rival_bodies(doc, min(quote.speaker.start, quote.cue.start), content_end, source)):
        target = source  # 在野党党首痛批这是“屈辱外交”: an opposition's blame falls on its own government; 快速支援部队指责
        # 苏丹武装部队…: one side of a fight inside the state blames the other
    evidence = _span(doc, min(quote.speaker.start, quote.cue.start), quote.content.end)
    if evidence.end - evidence.start > 300:
        evidence = _span(doc, quote.cue.start, quote.content.end)
    before = text[zone_start:quote.cue.start]
    events = []
    # 指责伦敦和巴黎“…”: every party named between the cue and the words is accused
    targets = ([c for c in object_codes if c not in speakers] or [target]) if target in object_codes else \
        [target] if target in addressee else \
        _listed_accused(doc, quote, target, accusation.end() if accusation else quote.content.end, speakers)
    for speaker, target in ((s, t) for s in speakers for t in targets):  # 美日在联合声明中称…: each signatory says it
        event = Event(type=trigger.type, trigger=quote.cue, evidence=evidence, source=speaker, target=target,
                      cameo=trigger.cameo, date=quote.date, date_precision="day" if quote.date else None,
                      quote_index=index, confidence=round(0.7 * quote.confidence, 2))
        if _NEGATION.search(before[-8:]):
            event.modality = "negated"  # 对中国并无威胁, 没有批评: the cue's act is denied
        events.append(event)
    if aside and not _NEGATION.search(before[-8:]):
        events.extend(_stated_event(doc, index, quote, act, word, s, t) for act, word, t in aside for s in speakers
                      if t not in speakers and (t not in targets or act.type == "REJECT"))
    return events


# A speaker that is the press: a media word ends it (日本多家媒体, 某某电视台, 美媒), before 报道 or a date
# at most, or its cue is one of reporting (报道称, 报导说).
_PRESS_SPEAKER = re.compile(r"(?:媒|媒体|官媒|通讯社|新闻社|电视台|广播公司|日报|时报|邮报|晚报|周刊|杂志|》)"
                            r"(?:近日|日前|此前|\d+月\d+日|\d+日)?(?:报道|报导|消息)?$")
_REPORTING_CUE = re.compile(r"^(?:报道|报导|据.*报道)")


def outlet_reports(doc: Analysis, position: int) -> bool:
    """The position lies in the words of an outlet's report (据某社报道，美韩启动联合演习): told as done, not
    a speaker's statement of what is wanted."""
    return any(q.content.start <= position < q.content.end and q.speaker is not None and reporting_outlet(q)
               for q in doc.quotes)


def reporting_outlet(quote: Quote) -> bool:
    """The quote's speaker is an outlet reporting (日本媒体报道说, 某通讯社报道称): what it reports are
    the acts of those it reports on, not acts of the outlet's state."""
    speaker = quote.speaker.text.strip()
    return bool(_PRESS_SPEAKER.search(speaker) or speaker in outlets()
                or quote.cue is not None and _REPORTING_CUE.match(quote.cue.text))


# 他指责X…，并警告说…: a threat, demand or refusal in a clause of its own with no subject goes on
# against the one the clause before aims at.
_FOLLOWING_ACTS = ("THREATEN", "REQUEST", "REJECT")
_NO_SUBJECT = re.compile(r"\W*(?:[并还也又则]|同时|随后|随即|进而)+\s*$")


def _clause_before_aims_at(doc: Analysis, sentence_start: int, zone_start: int, cue_start: int,
                           speakers: list[str]) -> str | None:
    """The first party other than the speakers named in the clause before the cue's, when the cue's
    clause opens with a connective and names no subject of its own (，并警告说)."""
    if zone_start <= sentence_start or not _NO_SUBJECT.fullmatch(doc.norm_text, zone_start, cue_start):
        return None
    begin = _back_to(doc.norm_text, sentence_start, zone_start - 1, _CLAUSE_BREAK)
    return next((c for c in _codes(doc, begin, zone_start) if c not in speakers), None)


# A transcript's turns: the question before an answer (问：…？ 答：…).
_QUESTION = re.compile(r"(?:^|\n)\s*(?:问|记者|提问)[：:]")


def _asked_about(doc: Analysis, quote: Quote) -> list[str]:
    """The parties, in order, of the question an answer of a transcript (答：…) replies to."""
    if quote.cue is None or quote.cue.text not in ("答", "回答"):
        return []
    text = doc.norm_text
    opened = [m for m in _QUESTION.finditer(text, 0, quote.cue.start)]
    return _codes(doc, opened[-1].end(), quote.cue.start) if opened else []


@lru_cache(maxsize=1)
def _accusation_re() -> re.Pattern:
    return lexicon.alternation(lexicon.words("accusations.txt"))


# A refusal of the other side's words (不接受, 拒绝, 驳斥); 反对 takes a deed, and blaming the deed stays an accusation.
_REFUSAL = re.compile(_NOT_ACCEPT + r"|拒绝|驳斥")


_NEGATING_PREFIXES = ("非", "不", "无", "反")
_DOUBTED = re.compile(r"不认为|不相信|并无|并没有|看不到|未发现|没有发现|没有证据")
# 奉劝三国摒弃冷战零和思维, 敦促美方停止抹黑: the blame is what the other is told to give up; the act is the demand
_DEMANDED = re.compile(r"奉劝|劝告|敦促|促请|吁请|呼吁|要求|停止")


_OWNED = re.compile(r"的[^，,。；;“”的]{0,4}$")  # 美方的错误做法, 美国的信口雌黄: the blame word's owner before 的


def _blame_owner(doc: Analysis, start: int, blame: re.Match) -> str | None:
    """The party whose conduct the word of blame names (美方的错误做法): the party right before its 的."""
    found = _mentions(doc, max(start, blame.start() - 16), blame.start())
    if not found:
        return None
    mention, code = found[-1]
    return code if _OWNED.match(doc.norm_text, mention.end, blame.start()) else None


def _own_blame(text: str, start: int, end: int) -> re.Match | None:
    """The first word of blame in text[start:end] that is the speaker's own: not the object of a refusal
    earlier in its clause (不接受X的无端指责, 拒绝X的挑衅言论: the blame is the other side's, rejected), nor of
    a demand (奉劝X摒弃冷战思维: what X is told to give up)."""
    for found in _accusation_re().finditer(text, start, end):
        if text[found.start() - 1:found.start()] in _NEGATING_PREFIXES:
            continue  # 非歧视的营商环境, 不干涉: the blame word negated inside a word of praise or principle
        clause = _back_to(text, start, found.start(), _CLAUSE_BREAK)
        if not _REFUSAL.search(text, clause, found.start()) and not _DOUBTED.search(text, clause, found.start()) \
                and not _DEMANDED.search(text, clause, found.start()):
            return found  # (他不认为X有动武的企图: the blame doubted, none made; 敦促X停止抹黑: a demand)
    return None
