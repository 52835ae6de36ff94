"""Event stage: who did what to whom. Trigger words and Chinese argument patterns (X与Y会谈,
X对Y发动袭击, Y遭到X袭击, X指责Y, 向Y提供援助; X和W对Y实施制裁 is one event per party) to PLOVER
events with actor codes, modality, date, place, casualties."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Optional

from .. import lexicon
from ..doc import coordinates, entity_at, place_in, quoted
from ..model import Analysis, Event, Options, Quote, Span
from ..nlp.chinese import SENTENCE_ENDS as _SENTENCE_BREAK, quoted_segments, span as _span
from ..nlp.timex import NamedDays, ahead, bare_weekday, find_times, next_week_told
from . import event_filter, event_parties as parties
from .event_args import (CLAUSE_BREAK as _CLAUSE_BREAK, addressed as _addressed, arguments as _arguments,
                         back_to as _back_to, both_named as _both_named, codes as _codes,
                         continued_claim as _continued_claim, coordinated as _coordinated,
                         domestic_person as _domestic_person, forward_to as _forward_to, sentence_target as _sentence_target)
from .event_background import background as _background, commercial as _commercial, listed as _listed
from .event_types import (DEFENDED as _DEFENDED, defended as _defended, domestic_protest as _domestic_protest, drill as _drill, eased as _eased,
                          exchanged as _exchanged, protest as _protest,
                          retyped as _retyped, sent as _sent, verbal as _verbal)
from .event_relative import has_partner as _has_partner, partners as _partners, relative as _relative
from .event_modality import modality as _modality, refused as _refused
from .event_statements import (BUSINESS as _BUSINESS, QUOTE_ACTS as _QUOTE_ACTS, is_term as _is_term,
                               joint_speakers as _joint_speakers, listed_accused as _listed_accused,
                               person_addressed as _person_addressed,
                               speaker_code as _speaker_code, stated_acts as _stated_acts,
                               stated_event as _stated_event, told_by_doer as _told_by_doer)
from .event_triggers import Trigger, Words, figurative, find as find_triggers, is_nominal, triggers, words_of

# A negation just before the verb, or a few characters before it (没有为其提供, 迟迟无法提供); not 不断/不仅.
_NEGATION = re.compile(r"(?:未能|未|没有|没(?!少)|不会|不能|不愿|并未|尚未|无意|无法|并无|毫无|无可|不)(?![断仅少但过久管同满安论]|点名)"
                       r"[^，,。；;]{0,4}$")
# A negation before the preposition that opens the verb's frame (并未就…作出让步, 没有对…实施制裁).
_NEGATED_FRAME = re.compile(r"(?:未能|并未|尚未|未|没有|没|不会|不愿|无意|拒绝)(?:就|对|向|同|与|给|为)")
# Consent never obtained (未经X同意, 没有获得X批准): the consent is denied, not the act done without it.
_WITHOUT = re.compile(r"(?:未经|未获|未得到|没有获得|没有得到|没有征得|未征得)[^，,。；;就便而]{0,12}$")
_BOTH_SIDES = re.compile(r"双方|两国|彼此")
_MUTUAL = re.compile(r"互相|相互|彼此")
_JOINT_PARTIES = {"CONSULT", "AGREE", "COOPERATE"}  # acts done together: every listed party with every other
_NUMBER = r"(?P<n>\d+|[一二两三四五六七八九十百千]+|数十|数百|数千|几十|上百|多)"
_KILLED = re.compile(_NUMBER + r"(?:多)?(?:人|名[^，。]{0,6}?)(?:死亡|丧生|遇难|身亡|罹难|被打死|被炸死)")
_INJURED = re.compile(_NUMBER + r"(?:多)?(?:人|名[^，。]{0,6}?)(?:受伤|伤|负伤)")
_LIGHT_VERBS = ("提供", "举行", "进行", "发动", "实施")  # verbs whose object names the act
_ANNIVERSARY = re.compile(r"\s*(?:\d+|[一二三四五六七八九十百]+)?\s*周年")
_VERB_ONLY = {"COOPERATE", "AGREE", "SUPPORT", "THREATEN"}  # as nouns (深化合作, 核威胁) they name no act
_INTENT_TYPES = {"COOPERATE", "AID"}
_FORCE_TYPES = {"ASSAULT", "MOBILIZE", "COERCE", "RETREAT"}  # acts of force, no verbal acts
_INTENT_MODALITIES = ("intended", "advisory")  # 愿/计划/希望 + cooperate: an expressed intent
# Acts only between two parties: a state does not visit, aid or sign with itself (its officials abroad
# are no target; investigations and arrests at home may be done to one's own).
_BETWEEN_TYPES = {"CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "SANCTION", "REJECT", "RETREAT", "CONCEDE",
                  "MOBILIZE", "PROTEST"}
_VISIT = "042"  # CAMEO: make a visit
# Acts two parties do together (会谈, 达成一致, 合作): 双方/两国 as their subject is one event, coded in the
# order the two were named; accusations and demands between 双方 run both ways (双方互相指责).
_JOINT_TYPES: set[str] = set()
_STANCE_TYPES = {"REJECT", "REQUEST", "ACCUSE", "THREATEN", "MOBILIZE", "SANCTION", "PROTEST"}
_NOUN_BEFORE = ("的", "以下", "这些", "一些", "上述", "该", "此次", "这次", "假")  # 假袭击: a staged one
# People who comment rather than act for a state, as the doer right before the verb (and ordinary
# people and sportsmen, whose praise, anger or refusal to join a club is no act of their state).
_COMMENTATOR = re.compile(r"(?:专家|学者|网友|网民|分析人士|分析师|评论员|观察人士|观察家|律师|当地人|民众|居民|市民|商界人士|"
                          r"村民|百姓|游客|农民|农场主|工人|学生|球员|球星|球迷|球队|俱乐部|教练|主帅|运动员|选手)们?[^，,。；;]{0,6}$")
# Verbs that take an act as their object and speak of it (深化…合作, 评价…合作, 影响…合作).
_STANCE_ON = re.compile(r"(?:深化|加强|推进|推动|促进|拓展|扩大|巩固|评价|赞赏|影响|阻碍|破坏|离间|重视)[^，,。；;、]{0,10}$")
# A text or act cited as the basis of what follows (根据…联合声明, 按照…协议), no verb in between.
# A document named after the act it provides for (全面战略合作五年规划, 合作协议): the word is part of
# the document's name; signing it is the act.
_DOCUMENT_AFTER = re.compile(r"(?:[一二两三四五六七八九十\d]+年)?(?:规划|协议|协定|备忘录|计划|条约|路线图|纲要|文件)")
_ACCORDING_TO = re.compile(r"(?:根据|按照|依据|依照|遵照|援引)[^，,。；;、]{0,12}$")
# (_NOUN_AFTER: 指控错误, 指责毫无根据, 合作互利共赢, 会谈成果: the verbal noun is the subject of a
# judgement or names a thing the act has)
_IN = ("中", "上")  # 在…会谈中, 在…峰会上: the occasion, only after 在 or 于
_NOUN_AFTER = ("错误", "不实", "属实", "毫无根据", "纯属", "互利", "共赢", "前景", "潜力", "成果", "势头", "者", "的", "方面", "国家", "力度", "对象", "措施", "名单", "问题", "进程", "代表", "上", "中",
               "之初", "期间", "结束", "桌", "共识", "精神", "机制", "渠道", "框架")  # 会晤共识, 对话机制: a thing named
# Verbs that make a verbal noun an act (发动袭击, 举行会谈); a bare noun (第一波攻击) names one only in its clause.
_LIGHT_VERB = re.compile(r"发动|发起|实施|进行|举行|展开|开展|遭到|遭受|受到|提供|作出|做出|发出|提出")
_LIGHT_VERB_OBJECT = re.compile(r"(?:发出|提出|作出|做出|进行|实施|发动|采取|展开|开展|举行|参加|参与)了?[^，,。；;的]{0,6}的$")
# 遭到X的批评: an act done by X to the subject, reported as done (the doer named before 的).
_SUFFERED = re.compile(r"(?:遭到|受到|遭受)了?(?P<doer>[^，,。；;的]{1,12})的$")
_ON_FRAME = re.compile(r"对(?P<target>[^，,。；;的对]{1,12})的[^，,。；;的]{0,6}$")
_SPEECH_AFTER = ("透露", "评论", "置评", "回答", "说明", "表态", "回应", "发表评论")
_VOLITIONAL = re.compile(r"(?:不会|不愿|不肯|不能|无意|拒绝)$")
_AT_REQUEST = re.compile(r"应(?P<who>[^，,。；;应]{1,12}?)的?$")  # 应X要求/请求: asked by X
_BROKERED = re.compile(r"由(?P<who>[^，,。]{1,12}?)(?:促成|斡旋|调停|主导|牵头)")
_AMOUNT = re.compile(r"(?:军队|军方|政府)?(?:\d|[一二两三四五六七八九十百千万几数多大许整批价总]|大量|更多|先进|武器|弹药|援助|资金)")
# 赴华签证, 赴美的留学生: the trip describes travellers or their papers, no visit of a state.
_TRAVELLERS = re.compile(r"的?[^，,。；;、]{0,6}?(?:签证|航班|机票|旅客|游客|旅游|留学|务工|人员|公民|签注|入境)")
DIRECT_REACH = 1  # a party follows a direct-frame trigger within this many characters (赴法国, 给了乌克兰)
CASUALTY_REACH = 2
FIGURATIVE_REACH = 30  # 释放了…的重视: the figurative object may follow a long modifier  # sentences after the trigger sentence searched for casualty counts


def extract(doc: Analysis, options: Options) -> Analysis:
    """Stage: events from trigger words in the body, and from quotes that are acts, kept where the
    learned filter (event_filter) judges them reported acts between the parties found."""
    notes: dict[int, str] = {}
    doc.events = event_filter.keep(doc, candidates(doc, notes), notes)
    for event in doc.events:
        event.source_actor = _actor_id(doc, event, event.source)
        event.target_actor = _actor_id(doc, event, event.target)
    return doc


def candidates(doc: Analysis, notes: Optional[dict[int, str]] = None, act_filters: bool = True) -> list[Event]:
    """The events the rules find, merged, before their parties are linked to entities; `notes`
    receives, by id of each event, where its target came from (event_filter.HOW). Without
    `act_filters`, every trigger that fires is taken as an act (for measuring those filters)."""
    notes = {} if notes is None else notes
    original = doc.norm_text
    doc.norm_text = parties.listed_commas(doc)  # 英国首相，波兰，土耳其和荷兰的领导人: one list, one clause
    try:
        return _candidates(doc, notes, act_filters)
    finally:
        doc.norm_text = original


def _candidates(doc: Analysis, notes: dict[int, str], act_filters: bool) -> list[Event]:
    found: list[Event] = []
    days = NamedDays(doc.norm_text, doc.article.published_at)  # 当天 and 夜间: the last day named
    words = words_of(doc)
    for paragraph in doc.article.paragraphs:
        acts = list(_acts(doc, words, paragraph) if act_filters else
                    find_triggers(doc, words, paragraph.start, paragraph.end))
        segments = quoted_segments(doc.norm_text, paragraph.start, paragraph.end)
        for start, end, trigger in acts:
            if not _subsumed(doc.norm_text, start, end, trigger, acts):
                found.extend(e for e in _events_at(doc, paragraph, start, end, trigger, days, notes)
                             if _told_by_doer(doc, segments, e))
    for index, quote in enumerate(doc.quotes):
        for event in _quote_event(doc, index, quote):
            notes[id(event)] = "quote"
            found.append(event)
    for event in found:
        if event.type in ("ACCUSE", "REJECT") and event.source != event.target and _defended(
                doc.norm_text, [m for m, c in parties.mentions(doc, event.evidence.start, event.evidence.end)
                                if c == event.target]):
            event.type, event.cameo = _DEFENDED  # 古巴反对干涉中国内政: it stands by China
    return _merge(sorted((e for e in found if _has_parties(e)), key=lambda e: e.trigger.start), doc.norm_text)


def _acts(doc: Analysis, words: Words, paragraph: Span) -> Iterator[tuple[int, int, Trigger]]:
    """The trigger words of a paragraph that name an act of the narrator's text."""
    segments = quoted_segments(doc.norm_text, paragraph.start, paragraph.end)
    for start, end, trigger in find_triggers(doc, words, paragraph.start, paragraph.end):
        inside = [s for s in segments if s.open < start < s.close]
        if any(doc.norm_text[max(0, s.open - 2):s.open] == "所谓" or
               not _is_term(doc.norm_text, s) and not _in_statement(doc, start) for s in inside):
            continue  # 所谓“中国威胁” is a label the writer disputes, no act; quoted words no one is
            # said to have spoken are no report
        if _commercial(doc.norm_text, max(paragraph.start, start - 2), start, trigger.type):
            continue  # 双方进入合资谈判: a business deal, not talks between states
        if _in_title(doc.norm_text, paragraph.start, start):
            continue  # 《中英联合声明》: the name of a text, not an act
        if _ACCORDING_TO.search(doc.norm_text, max(paragraph.start, start - 14), start):
            continue  # 根据两国联合声明的精神: a text or act cited as a source, not reported as done
        sentence_end = _forward_to(doc.norm_text, end, paragraph.end, _SENTENCE_BREAK)
        if _background(doc.norm_text, start, end, _back_to(doc.norm_text, paragraph.start, start, _CLAUSE_BREAK),
                       sentence_end, _back_to(doc.norm_text, paragraph.start, start, _SENTENCE_BREAK)):
            continue  # 建交30年来, 投资存量, 成为…帮助Y发展的生动体现: background, not a reported act
        relative = _relative(doc, start, end, trigger, paragraph.start) is not None  # 美国向乌克兰提供的武器
        suffered = relative or _suffered(doc, start) or trigger.frame == "on" and _framed(doc, paragraph.start, start)
        if _is_quote_cue(doc, start, end) or not relative and not _is_act(doc.norm_text, start, end, paragraph,
                                                         _meeting_held(doc, start, end, trigger),
                                                         _party_at(doc, end), suffered):
            continue
        if trigger.frame == "direct" and not _party_follows(doc, end, trigger.type == "AID"):
            continue  # 赴/希望/给 without a party right after: travel, a wish, giving something
        if trigger.type in _VERB_ONLY and is_nominal(words, start) and not suffered and not _has_partner(doc, start):
            continue  # 深化合作, 面临的威胁: an act spoken of, with no partner named
        if trigger.type in _VERB_ONLY and _STANCE_ON.search(doc.norm_text, max(paragraph.start, start - 12), start) \
                and not _has_partner(doc, start):
            continue  # 深化中德合作, 高度评价两国合作: a stance on the act (加强与X的合作 is still one)
        if trigger.type in _VERB_ONLY and _DOCUMENT_AFTER.match(doc.norm_text, end):
            continue  # 签署合作规划: the signing is the act, 合作 names the document
        yield start, end, trigger


def _in_title(text: str, paragraph_start: int, start: int) -> bool:
    """`start` lies inside book-title marks (《…》) opened earlier in the paragraph."""
    opened = text.rfind("《", paragraph_start, start)
    return opened >= 0 and text.rfind("》", opened, start) < 0 and "》" in text[start:start + 40]


def _subsumed(text: str, start: int, end: int, trigger: Trigger, found: list[tuple[int, int, Trigger]]) -> bool:
    """A word that is part of another act of its clause: the trip (赴/前往) to hold talks or a drill
    there, or to carry goods (运送…前往); the welcome of a visitor (欢迎X访华) is part of the visit."""
    if trigger.frame != "direct" and trigger.word != "欢迎":
        return False
    clause_start = _back_to(text, 0, start, _CLAUSE_BREAK)
    clause_end = _forward_to(text, end, len(text), _CLAUSE_BREAK)
    others = [t for s, e, t in found if clause_start <= s < clause_end and (s, e) != (start, end)]
    if trigger.word == "欢迎":
        return any(t.type == "CONSULT" for s, e, t in found if end <= s < clause_end)
    if trigger.type != "CONSULT":
        return False
    return any(t.frame == "with" or t.type not in ("CONSULT", "REQUEST") for t in others)


def _has_parties(event: Event) -> bool:
    """An event is between actors (FORMAT.md): it needs the one who acted and the one acted on or
    with (支持全球化 and 深化合作 alone are stances; an act on a place of one's own, or on nobody
    named, is not a political event between states)."""
    return event.source is not None and event.target is not None


def _actor_id(doc: Analysis, event: Event, code: Optional[str]) -> Optional[str]:
    """The entity that stands for an event's party: the first in the evidence with that code
    (卢比奥 rather than 美国 when he is the one who warned)."""
    if code is None:
        return None
    if event.quote_index is not None:
        speaker_id = doc.quotes[event.quote_index].speaker_id
        entity = next((e for e in doc.entities if e.id == speaker_id), None)
        if entity is not None and entity.country == code:
            return speaker_id
    for mention, mention_code in parties.mentions(doc, event.evidence.start, event.evidence.end):
        if mention_code == code:
            entity = entity_at(doc, mention)
            return entity.id if entity is not None else None
    return code


def _meeting_held(doc: Analysis, start: int, end: int, trigger: Trigger) -> bool:
    """A meeting noun that reports the meeting of parties it names: 在中国同中亚五国…峰会上 (a party
    after 在), 此次中德领导人的会晤中 (two parties in its modifier); not 在谈判上拖延."""
    text = doc.norm_text
    if trigger.type != "CONSULT" or not text.startswith(("上", "中"), end):
        return False
    clause_start = _back_to(text, 0, start, _CLAUSE_BREAK)
    if text[start - 1:start] == "的":
        return trigger.frame == "with" and len(_codes(doc, clause_start, start)) >= 2
    at = text.rfind("在", clause_start, start)
    return text.startswith("上", end) and at >= 0 and bool(parties.mentions(doc, at, start))


def _suffered(doc: Analysis, start: int) -> bool:
    """遭到X的批评: the subject suffered the act of a doer named between 遭到 and 的."""
    found = _SUFFERED.search(doc.norm_text, max(0, start - 16), start)
    return found is not None and bool(parties.mentions(doc, found.start("doer"), found.end("doer")))


def _framed(doc: Analysis, paragraph_start: int, start: int) -> bool:
    """X对Y的制裁, 美国对乌克兰的援助: an act with both parties named in its on-frame before 的."""
    text = doc.norm_text
    clause_start = _back_to(text, paragraph_start, start, _CLAUSE_BREAK)
    found = _ON_FRAME.search(text, clause_start, start)
    return found is not None and bool(parties.mentions(doc, found.start("target"), found.end("target"))) and \
        bool(parties.mentions(doc, clause_start, found.start()))


def _party_at(doc: Analysis, position: int) -> bool:
    """A party's name starts right at `position` (支持中国: 中 is no 在…中 here)."""
    first = next(iter(parties.mentions(doc, position, position + 12)), None)
    return first is not None and first[0].start == position


def _is_act(text: str, start: int, end: int, paragraph: Span, held: bool = False, party_after: bool = False,
            suffered: bool = False) -> bool:
    """The trigger names an act here, not a thing (的谈判, 支持者, 以下要求), an occasion
    (在…警告之前), a refusal to speak (拒绝透露) or something done to the subject (被要求);
    `suffered`: a named doer's act the subject suffered (遭到X的批评)."""
    before, after = text[max(paragraph.start, start - 2):start], text[end:end + 2]
    if held:
        return True  # 在中德…峰会上, 中德领导人的会晤中: the meeting took place
    clause_start = _back_to(text, paragraph.start, start, _CLAUSE_BREAK)
    if before.endswith(_NOUN_BEFORE) and not _LIGHT_VERB_OBJECT.search(text, max(paragraph.start, start - 10), start) \
            and not suffered or after.startswith(_NOUN_AFTER) and not party_after and \
            not (after.startswith(_IN) and not re.search(r"[在于]", text[clause_start:start])):
        return False  # 的谈判, 支持者, 在谈判中; but 发出了正式的书面抗议 is protesting, 评价中厄合作 no 在…中
    if after.startswith(_SPEECH_AFTER) or before.endswith("被") and text[start:end] in ("要求", "敦促", "请求"):
        return False
    tail = text[end:_forward_to(text, end, min(paragraph.end, end + FIGURATIVE_REACH), _CLAUSE_BREAK)]
    if _ANNIVERSARY.match(text, end) or figurative(text, start, end, end + len(tail)):
        return False  # 建交50周年 is background; 释放信号 is not a release
    return not (re.search(r"在|继", text[clause_start:start]) and re.search(r"(?:时|之?前|之?后|以后|以前|之际)$", tail))


def _party_follows(doc: Analysis, end: int, goods: bool = False) -> bool:
    """A party right after the word; for giving (给乌克兰几千个头盔), an amount right after the party,
    since 给X打电话 and 给了X可乘之机 give nothing."""
    first = next(iter(parties.mentions(doc, end, end + 20)), None)
    if first is None or first[0].start - end > DIRECT_REACH or _TRAVELLERS.match(doc.norm_text, first[0].end) or \
            doc.norm_text[end:first[0].start] in tuple("同与和跟在"):  # 希望同美方一道: a partner, no addressee
        return False
    return not goods or bool(_AMOUNT.match(doc.norm_text, first[0].end))


def _in_statement(doc: Analysis, position: int) -> bool:
    return quoted(doc, position, "content")


def _is_quote_cue(doc: Analysis, start: int, end: int) -> bool:
    """The trigger is a quote's cue, coded from the quote; a cue cut inside the word (称 of 称赞)
    leaves the word a trigger of its own."""
    return quoted(doc, start, "cue") and quoted(doc, end - 1, "cue")


def _events_at(doc: Analysis, paragraph: Span, start: int, end: int, trigger: Trigger,
               days: NamedDays, notes: dict[int, str]) -> list[Event]:
    text = doc.norm_text
    sentence = _sentence_around(text, paragraph, start)
    clause_start = _back_to(text, sentence.start, start, _CLAUSE_BREAK)
    clause_end = _forward_to(text, end, sentence.end, _CLAUSE_BREAK)
    before = text[clause_start:start]
    trigger = _drill(trigger, before, _partners(doc, clause_start, start))
    trigger = _sent(_verbal(trigger, before, text[end:clause_end]), text[end:clause_end])  # 恶意攻击X的人权: words; 派遣救援队: aid
    trigger = _protest(trigger, text[sentence.start:start])  # 中国向日本抗议: a state's formal protest  # 与白俄罗斯举行军演: a joint drill; 在南海举行联合演习: a show of force
    trigger = _retyped(trigger, text, end, sentence.end)  # 警告X不要…, with no consequence: a demand
    trigger, before = _eased(trigger, before)  # 放宽对X的制裁: the sanction is eased
    if _COMMENTATOR.search(before):
        return []  # 两国专家一致同意, 印度网友表示: commentators' words, no act of a state
    negated = trigger.type != "REJECT" and bool(_NEGATION.search(before[-8:]) or _NEGATED_FRAME.search(before)) \
        or trigger.type in ("AGREE", "SUPPORT") and bool(_WITHOUT.search(before)) \
        or trigger.type != "REJECT" and _refused(before)  # 拒不加入对X的制裁: the sanction is not joined
    if negated and trigger.type in ("AID", "SUPPORT", "COOPERATE", "AGREE") and _VOLITIONAL.search(before):
        trigger, negated = Trigger(trigger.word, "REJECT", "120", trigger.frame), False  # 不会帮助 = refuse
    how = "clause"
    if _BOTH_SIDES.search(before) and not _codes(doc, clause_start, start):
        pairs, how = _both_sides(doc, sentence, start), "both"
        if trigger.type in _JOINT_TYPES:
            pairs = pairs[:1]  # 双方举行会谈: one meeting of the two, not one by each (FORMAT.md codes it once)
        source = pairs[0][0]
    else:
        source, targets = _arguments(doc, sentence, clause_start, start, end, clause_end, trigger)
        doer, done_to = _relative(doc, start, end, trigger, paragraph.start) or (None, None)
        if doer is not None:  # 访华的法国总统: the head noun visits; 乌军使用美国提供的武器: 美国 gives to 乌军
            source, targets = doer, [done_to] if done_to else [t for t in targets if t != doer]
        if not targets and _borrows_target(doc, trigger, start, end, before, clause_end):
            targets, how = _sentence_target(doc, sentence, clause_start, clause_end, source,
                                            _has_object(doc, end, clause_end),
                                            trigger.type in _FORCE_TYPES), "sentence"
        domestic = _domestic_protest(trigger, text[sentence.start:start]) and source  # 民众示威: against their own state
        targets = targets or ([source] if domestic else [])
        if trigger.cameo == _VISIT:
            targets = [t for t in targets if t not in _regions_visited(doc, end, clause_end)]
        sources = _coordinated(doc, clause_start, start, source, targets[0] if targets else None)
        if len(sources) == 1 and source not in _codes(doc, clause_start, start):  # 美国和北约狂喜，坚决支援…
            sources = _coordinated(doc, _subject_clause(doc, sentence, clause_start, source), start, source,
                                   targets[0] if targets else None)
        pairs = [(src, tgt) for src in sources for tgt in (targets or [None])
                 if src != tgt or len(sources) == 1 and (trigger.type not in _BETWEEN_TYPES or domestic)]
        if trigger.frame == "with" and trigger.type in _JOINT_PARTIES and len(sources) >= 2 and targets \
                and _listed_together(doc, clause_start, start, sources + targets):
            # 中国、俄罗斯和伊朗发表联合声明: every two of the listed signatories, in the order named
            listed = sources + [t for t in targets if t not in sources]
            pairs = [(a, b) for i, a in enumerate(listed) for b in listed[i + 1:]]
        if _MUTUAL.search(before):  # 印度和巴基斯坦互相指责: each accuses the other
            each = _coordinated(doc, clause_start, start, source, None)
            if len(each) >= 2 and all(t in each for t in targets):
                pairs = [(a, b) for a in each for b in each if a != b]
        if _exchanged(trigger) and len(pairs) == 1 and None not in pairs[0]:
            pairs = [pairs[0], pairs[0][::-1]]  # 俄罗斯与乌克兰交换战俘: each side releases the other's
        at_request = _AT_REQUEST.search(before)
        if at_request and trigger.type == "REQUEST":  # 应美方要求: the one who asked is 美方
            askers = _codes(doc, clause_start + at_request.start("who"), clause_start + at_request.end("who"))
            pairs = [(asker, src) for asker in askers[:1] for src in sources if src != asker]
    evidence = _span(doc, _evidence_start(doc, sentence.start, clause_start, source), clause_end)
    events = []
    for src, tgt in pairs:
        if src is None and tgt is None:
            continue
        event = Event(type=trigger.type, trigger=_span(doc, start, end), evidence=evidence, source=src, target=tgt,
                      cameo=trigger.cameo, confidence=0.6 if src and tgt else 0.4)
        claimed = _continued_claim(doc, sentence, clause_start)  # …准备制造事端，以此为借口入侵: the claim's plan
        event.modality = "negated" if negated else _modality(text, sentence.start, claimed or clause_start, start)
        if event.modality == "future" and _disposal(doc, clause_start, start):
            event.modality = "asserted"  # 将X列入清单: 将 marks the object (like 把), not the future
        if trigger.type in _INTENT_TYPES and (event.modality in _INTENT_MODALITIES
                                              or trigger.type == "COOPERATE" and _in_statement(doc, start)
                                              and event.modality not in ("requested", "negated")):
            # intent to cooperate or aid, and cooperation a speaker calls for (PLOVER AGREE); aid a
            # speaker says was given stays aid
            event.type, event.cameo = "AGREE", "030"
            event.modality = "asserted"
        _place_and_time(doc, event, sentence, days)
        notes[id(event)] = how
        if trigger.type == "ASSAULT":
            _casualties(doc, event, paragraph, sentence)
        events.append(event)
    return events


def _listed_together(doc: Analysis, clause_start: int, start: int, codes: list[Optional[str]]) -> bool:
    """The parties are one list before the verb, joined only by 、和与及 (中国、俄罗斯和伊朗), not a
    subject and the partner of its preposition (中国和俄罗斯同伊朗)."""
    chain = _coordinated(doc, clause_start, start, codes[0], None)
    return all(code in chain for code in codes) and not re.search(r"[同跟]", doc.norm_text[clause_start:start])


def _disposal(doc: Analysis, clause_start: int, start: int) -> bool:
    """The only 将 before the verb in its clause is the tagger's preposition (将X列入, 将关系提升为)."""
    text = doc.norm_text
    at = text.rfind("将", clause_start, start)
    if at < 0 or re.search(r"即将|将要|将会", text[clause_start:start]) or text.rfind("将", clause_start, at) >= 0:
        return False
    word = words_of(doc).at(at)
    return word is not None and word[0].start == at and word[0].end == at + 1 and word[1] == "p"


def _regions_visited(doc: Analysis, end: int, clause_end: int) -> set[str]:
    """Codes a visit reaches only through a region's name (飞往中亚): a trip to a region is no visit
    to each of its states; a named set of states (中亚五国) is."""
    return {code for mention, code in parties.mentions(doc, end, clause_end)
            if parties.is_group(mention.text) and "国" not in mention.text}


# A with-verb whose partner, named after 与/和/同/跟/给, is the doer's own side (coded as the doer).
_OWN_PARTNER = re.compile(r"[与和同跟给][^与和同跟给，,。；;]{2,10}$")


def _borrows_target(doc: Analysis, trigger: Trigger, start: int, end: int, before: str, clause_end: int) -> bool:
    """Whether an act whose clause names no target takes one from another clause of the sentence:
    stances and deployments do (拒绝卷入战争, 部署萨德), and with-verbs (会谈) do; a visit with no
    destination (首次出访), a bare verbal noun (第一波攻击), and support, talks or attacks with an
    object of their own (支持全球化, 讨论局势) do not."""
    if trigger.cameo == _VISIT or is_nominal(words_of(doc), start) and not _LIGHT_VERB.search(before):
        return False
    joined = _OWN_PARTNER.search(before)
    if trigger.frame == "with" and joined and _codes(doc, start - len(before) + joined.start() + 1, start):
        return False  # 他只能给华盛顿打电话: a partner is named, yet none is a target: his own side
    return trigger.type in _STANCE_TYPES or trigger.frame == "with" or not _has_object(doc, end, clause_end)


def _subject_clause(doc: Analysis, sentence: Span, clause_start: int, source: Optional[str]) -> int:
    """The start of the nearest earlier clause of the sentence that names `source`."""
    text = doc.norm_text
    position = clause_start
    while position > sentence.start:
        # at least one character back: a clause of white space after a break would otherwise
        # give back the same position, and the loop would never end
        begin = min(_back_to(text, sentence.start, position - 1, _CLAUSE_BREAK), position - 1)
        if source in _codes(doc, begin, position):
            return begin
        position = begin
    return clause_start


def _has_object(doc: Analysis, end: int, clause_end: int) -> bool:
    """The verb takes an object that is no party (支持全球化, 讨论制定新战略): it acts on a thing,
    so no party of another clause is its target."""
    rest = doc.norm_text[end:clause_end]
    stripped = rest.lstrip("了过着")
    return len(stripped) >= 2 and not parties.mentions(doc, clause_end - len(stripped), clause_end)[:1]


def _both_sides(doc: Analysis, sentence: Span, position: int) -> list[tuple[Optional[str], Optional[str]]]:
    """双方指责对方: both directions between the article's two main parties, leaving out a
    broker the sentence names (由美国促成的停火)."""
    counts: dict[str, int] = {}
    for entity in doc.entities:
        if entity.country and entity.type in ("GPE", "PER", "ORG"):
            counts[entity.country] = counts.get(entity.country, 0) + len(entity.mentions)
    broker = _BROKERED.search(doc.norm_text, sentence.start, position)
    if broker:
        for code in parties.codes(doc, broker.start("who"), broker.end("who")):
            counts.pop(code, None)
    top = sorted(counts, key=lambda c: -counts[c])[:2]
    named = [c for c in _both_named(doc, sentence, position, None, parties.codes) if c in counts or not broker]
    if len(named) == 2:
        top = named  # 中越签署联合声明。双方就…达成一致: the two the text just named
    if len(top) < 2:
        return [(None, None)]
    return [(top[0], top[1]), (top[1], top[0])]


def _quote_event(doc: Analysis, index: int, quote: Quote) -> list[Event]:
    """A threat, accusation, demand or rejection said aloud is also an event, linked to its quote;
    so is a statement whose content accuses another actor (他们称乌克兰正在破坏和平)."""
    if quote.cue is None or quote.speaker is None:
        return []
    word = re.sub(r"[称说道]$", "", quote.cue.text)
    trigger = triggers().get(word)
    accusation = _accusation_re().search(doc.norm_text, quote.content.start, quote.content.end)
    text = doc.norm_text
    zone_start = _back_to(text, quote.speaker.start, quote.cue.start, _CLAUSE_BREAK)
    source = _speaker_code(doc, quote)  # 美国国务卿布林肯警告: a speaker of no known state, after his state and title
    if source is None:
        return []
    sentence_start = _back_to(text, 0, quote.cue.start, _SENTENCE_BREAK)
    if _listed(text, sentence_start, quote.cue.end, _forward_to(text, quote.cue.end, len(text), _SENTENCE_BREAK)):
        return []  # …美国农民警告白宫：…2019-09-09…: a headline in a list of links
    if _COMMENTATOR.search(text[zone_start:quote.cue.start]) or _BUSINESS.search(quote.speaker.text):
        return []  # 日本民众称赞…, 某公司表示…: commentators' and firms' words are no act of their state
    stated, aside = [], []
    if trigger is None or trigger.type not in _QUOTE_ACTS:
        stated = _stated_acts(doc, quote, source)  # 中方敦促美方…, 美方应…: the statement's own words
        if stated and accusation is not None and stated[0][0].type != "ACCUSE":
            # words of blame make it an accusation of the one blamed; a demand on another actor in
            # the same answer (…北约意欲何为…日方应该…) is still its own act
            accused = set(_codes(doc, quote.content.start, accusation.end()))
            aside = [act for act in stated if act[2] not in accused and act[0].type != "ACCUSE"]
            stated = []  # 对X…表示担忧 names whom it is aimed at
        if not stated and accusation is None:
            return []
    if not stated:
        if trigger is None or trigger.type not in _QUOTE_ACTS:
            trigger = Trigger(quote.cue.text, "ACCUSE", "112", "obj")
        trigger = _retyped(trigger, doc.norm_text, quote.cue.end, quote.content.end)
    object_codes = _codes(doc, quote.cue.end, quote.content.start, locative=True) if quote.content.start > quote.cue.end else []
    addressee = _addressed(doc, zone_start, quote.cue.start)
    content_codes = _codes(doc, quote.content.start, accusation.end() if accusation else quote.content.end)
    speakers = _joint_speakers(doc, quote, source)
    target = next((c for c in object_codes + addressee + content_codes if c not in speakers), None)
    if stated:  # (没有表示…: the statement was not made)
        return [] if _NEGATION.search(text[zone_start:quote.cue.start][-8:]) else [
            _stated_event(doc, index, quote, act, word, s, t) for act, word, t in stated for s in speakers if t not in speakers]
    if target is None and _person_addressed(doc, quote, source) or \
            target is None and _domestic_person(doc, quote, accusation.end() if accusation else quote.content.end):
        target = source  # 共和党人呼吁对拜登进行调查: a person of the speaker's own state
    evidence = _span(doc, min(quote.speaker.start, quote.cue.start), quote.content.end)
    if evidence.end - evidence.start > 300:
        evidence = _span(doc, quote.cue.start, quote.content.end)
    before = text[zone_start:quote.cue.start]
    events = []
    targets = [target] if target in object_codes + addressee else \
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
                      if t not in speakers and t not in targets)
    return events


@lru_cache(maxsize=1)
def _accusation_re() -> re.Pattern:
    return lexicon.alternation(lexicon.words("accusations.txt"))


def _place_and_time(doc: Analysis, event: Event, sentence: Span, days: NamedDays) -> None:
    """Date from the trigger's clause, or from a time phrase that opens the sentence."""
    text = doc.norm_text
    anchor = days.before(event.trigger.start)
    clause_start = _back_to(text, sentence.start, event.trigger.start, _CLAUSE_BREAK)
    first_actor = next((m.start for m, _ in parties.mentions(doc, sentence.start, sentence.end)), sentence.end)
    own_end = _forward_to(text, event.trigger.end, sentence.end, _CLAUSE_BREAK)
    # the act's own time adjunct after a nominal trigger (峰会将于5月18日举行): only right after 于
    windows = [(clause_start, event.trigger.start, False), (sentence.start, min(first_actor, clause_start), False),
               (event.trigger.end, own_end, True)]
    for begin, end, after in windows:
        times = [t for t in find_times(text, doc.article.published_at, begin, end, anchor=anchor,
                                       ahead=event.modality == "future")
                 if t.value and t.precision in ("day", "part_of_day", "week", "month", "year")
                 and (not after or text[t.start - 1:t.start] == "于")]
        if times:
            best = next((t for t in times if t.precision in ("day", "part_of_day")), times[0])
            value = best.value
            if bare_weekday(best.text) and next_week_told(text, text.rfind("\n", 0, sentence.start) + 1, best.start):
                value = ahead(value, doc.article.published_at)  # 下星期访问…星期一会面: still to come
            event.date_precision, event.when = best.precision, value
            event.date = value if best.precision in ("day", "part_of_day") else None
            break
    clause_end = _forward_to(text, event.trigger.end, sentence.end, _CLAUSE_BREAK)
    clause_end = _forward_to(text, min(clause_end + 1, sentence.end), sentence.end, _CLAUSE_BREAK)  # 击中了…
    previous = _back_to(text, sentence.start, max(sentence.start, clause_start - 1), _CLAUSE_BREAK)
    place = place_in(doc, previous, clause_end, exclude={event.source, event.target})
    if place is not None:
        event.location = place
        found = coordinates(place)
        if found is not None:
            event.lat, event.lon = found


def _casualties(doc: Analysis, event: Event, paragraph: Span, sentence: Span) -> None:
    text = doc.norm_text
    end = sentence.end
    for _ in range(CASUALTY_REACH):
        nxt = _forward_to(text, min(end + 1, len(text)), len(text), _SENTENCE_BREAK)
        if nxt <= end:
            break
        end = nxt
    window = text[sentence.start:end]
    killed, injured = _KILLED.search(window), _INJURED.search(window)
    event.killed = _count(killed.group("n")) if killed else None
    event.injured = _count(injured.group("n")) if injured else None


def _count(raw: str) -> Optional[int]:
    if raw.isdigit():
        return int(raw)
    try:
        import cn2an

        return int(cn2an.cn2an(raw, "smart"))
    except (ValueError, KeyError, ImportError):
        return None  # 数十, 上百: a vague count is not a number


def _merge(events: list[Event], text: str = "") -> list[Event]:
    """One record per (type, source, target, date); a later mention, or an undated one, adds
    its evidence to the record it repeats: the same trigger word, or another trigger of the same
    clause (提供了军事援助)."""
    merged: list[Event] = []
    for event in events:
        first = next((m for m in merged if (m.type, m.source, m.target, m.is_fact) ==
                      (event.type, event.source, event.target, event.is_fact)
                      and (m.date is not None and m.date == event.date
                           or (m.date is None or event.date is None)
                           and (m.trigger.text == event.trigger.text or _overlap(m.evidence, event.evidence)
                                or _one_sentence(text, m.evidence, event.evidence)))), None)
        if first is None:
            merged.append(event)
            continue
        if first.trigger.text in _LIGHT_VERBS and _overlap(first.evidence, event.evidence):
            first.trigger = event.trigger  # 提供了军事援助: the act is named by 援助
        if event.evidence != first.evidence and event.evidence not in first.also_evidence:
            first.also_evidence.append(event.evidence)
        first.date = first.date or event.date
        first.killed = first.killed if first.killed is not None else event.killed
        first.injured = first.injured if first.injured is not None else event.injured
        if not first.location and event.location:
            first.location, first.lat, first.lon = event.location, event.lat, event.lon
        first.confidence = max(first.confidence, event.confidence)
    return merged


def _one_sentence(text: str, a: Span, b: Span) -> bool:
    """Two clauses of one sentence (举行通话，讨论…局势): one act told in its parts."""
    return bool(text) and not any(c in _SENTENCE_BREAK or c in "；;" for c in text[min(a.start, b.start):max(a.end, b.end)])


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _sentence_around(text: str, paragraph: Span, position: int) -> Span:
    start = _back_to(text, paragraph.start, position, _SENTENCE_BREAK)
    end = _forward_to(text, position, paragraph.end, _SENTENCE_BREAK)
    return Span(start, end, text[start:end])


def _evidence_start(doc: Analysis, sentence_start: int, clause_start: int, source: Optional[str]) -> int:
    if source is not None and not parties.codes(doc, clause_start, clause_start + 30):
        return sentence_start
    return clause_start
