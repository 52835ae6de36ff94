"""Event stage: who did what to whom. Trigger words and Chinese argument patterns (X与Y会谈,
X对Y发动袭击, Y遭到X袭击, X指责Y, 向Y提供援助; X和W对Y实施制裁 is one event per party) to PLOVER
events with actor codes, modality, date, place, casualties."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..doc import country_counts, entity_at
from ..kb import KnowledgeBase
from ..model import Analysis, Event, Options, Span
from ..nlp.chinese import SENTENCE_ENDS as _SENTENCE_BREAK, forward_to as _forward_to, quoted_segments, span as _span
from ..nlp.timex import NamedDays
from . import event_filter, event_formulas, event_lists, event_merge, event_parties as parties, event_visitors
from .event_modifiers import condemned_without_doer
from .event_acts import (commentator as _commentator, NEGATED_FRAME as _NEGATED_FRAME, NEGATION as _NEGATION,
                         VOLITIONAL as _VOLITIONAL, WITHOUT as _WITHOUT, acts as _acts, in_statement as _in_statement,
                         names_in as _names_in, subsumed as _subsumed, topic_parties as _topic_parties)
from .event_args import (CALL_CONTENT as _CALL_CONTENT, CLAUSE_BREAK as _CLAUSE_BREAK, addressed as _addressed,
                         arguments as _arguments,
                         back_to as _back_to, both_named as _both_named, codes as _codes,
                         doer_of_act_told as _doer_of_act_told, stance_topic as _stance_topic)
from .event_circumstances import casualties as _casualties, place_and_time as _place_and_time
from .event_merge import VISIT as _VISIT
from .event_nonacts import LIGHT_VERB as _LIGHT_VERB, names_no_act as _names_no_act
from .event_sides import (group_mates as _group_mates, one_state_named as _one_state_named, one_state_sides,
                          partner_start, rivals_act as _rivals_act, sides_named)
from .event_quotes import outlet_reports as _outlet_reports, quote_event as _quote_event
from .event_types import (DEFENDED as _DEFENDED, approved_sale as _approved_sale, defended as _defended, domestic_protest as _domestic_protest, drill as _drill, eased as _eased, is_drill as _is_drill,
                          exchanged as _exchanged, halted as _halted, protest as _protest,
                          retyped as _retyped, sent as _sent, verbal as _verbal)
from .event_relative import partners as _partners, relative as _relative
from .event_modality import modality as _modality, refused as _refused, unnamed_text as _unnamed_text
from .event_statements import (BUSINESS as _BUSINESS, advice_to_others as _advice_to_others,
                               scholar_speech as _scholar_speech, told_by_doer as _told_by_doer)
from .event_subjects import continued_claim as _continued_claim, coordinated as _coordinated
from .event_targets import (ON_THIS as _ON_THIS_WORDS, adversary as _adversary, congratulated as _congratulated,
                            drilled_near as _drilled_near, own_party_acted_on as _own_party_acted_on,
                            own_person_acted_on as _own_person_acted_on, people_held as _people_held,
                            sentence_target as _sentence_target,
                            topic_clause_before as _topic_clause_before)
from .event_triggers import Trigger, find as find_triggers, is_nominal, words_of

_BOTH_SIDES = re.compile(r"双方|两国|彼此|两人|二人")
_MUTUAL = re.compile(r"互相|相互|彼此")
_TWO_PEOPLE = {"两人", "二人"}
_AT_A_TIME = re.compile(r"在[^，,。；;]{0,10}?(?:的时候|之时|之际)")  # 在双方方便的时候: when, not who
_JOINT_PARTIES = {"CONSULT", "AGREE", "COOPERATE"}  # acts done together: every listed party with every other
_INTENT_TYPES = {"COOPERATE", "AID"}
_LEGAL_ACTS = ("弹劾", "起诉", "指控", "调查", "审查", "传唤", "提起诉讼")  # accusations that are legal steps
_FORCE_TYPES = {"ASSAULT", "MOBILIZE", "COERCE", "RETREAT"}  # acts of force, no verbal acts
_INTENT_MODALITIES = ("intended", "advisory")  # 愿/计划/希望 + cooperate: an expressed intent
_PLEDGED = re.compile(r"承诺|答应|(?<![意自志])愿意?|准备好")  # aid pledged or offered is aid; aid planned is an intent (AGREE)
_ONGOING = re.compile(r"正在|正与|正同|正和|一直|始终|已")  # 美方正与埃及密切合作: cooperation under way, no intent
# Acts only between two parties: a state does not visit, aid or sign with itself (its officials abroad
# are no target; investigations and arrests at home may be done to one's own).
_BETWEEN_TYPES = {"CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "SANCTION", "REJECT", "RETREAT", "CONCEDE",
                  "MOBILIZE", "PROTEST"}
_DOMESTIC_ACTS = ("ACCUSE", "COERCE")  # investigations, charges and arrests a state makes of its own people
_DEPLOY = "154"  # CAMEO: mobilize armed forces (派兵, 增派, 部署; not drills or patrols)
_FORCES = re.compile(r"兵|军|部队|[营旅师]|导弹|战机|战舰|航母|坦克")  # what is deployed is armed force
_RESCUE = re.compile(r"搜救|救援|救灾|撤侨|维和")
# Acts two parties do together (会谈, 达成一致, 合作): 双方/两国 as their subject is one event, coded in the
# order the two were named; accusations and demands between 双方 run both ways (双方互相指责).
_JOINT_TYPES: set[str] = set()
_OWN_SIDE_TYPES = ("REQUEST", "AID", "SUPPORT")  # a pivot object of the doer's own state: no act between states
_VERBAL_STANCES = ("ACCUSE", "SUPPORT", "REJECT", "REQUEST", "PROTEST", "THREATEN")  # acts said of 双方对X
_STANCE_TYPES = {"REJECT", "REQUEST", "ACCUSE", "THREATEN", "MOBILIZE", "SANCTION", "PROTEST"}
_ON_THIS = re.compile(_ON_THIS_WORDS  # 对此/就此: the act just told is the object (not 对此次访问)
                      + r"|(?:随即|旋即|当即)(?=[^，,。；;]{0,4}(?:提出|予以|发表|表示|宣布|采取))|(?<!多次)(?<!一再)(?<!屡次)(?<!反复)予以[^，,。；;]{0,4}$")
# 对此，中方宣布…: 对此 opening the sentence with a comma of its own answers the act told, as in the clause
_THIS_OPENS = re.compile(r"\s*(?:而|但)?[对就]此[，,]")
# (…发射导弹。韩国随即提出抗议 / 乌克兰予以强烈谴责: a reaction with no object of its own answers the act told;
# not a habitual one, 多次予以驳斥, which tells a stance kept over time, no act reported)
_AT_REQUEST = re.compile(r"应(?P<who>[^，,。；;应]{1,12}?)的?$")  # 应X要求/请求: asked by X
# A clause that opens with 共同/一起 and names no party: those who act together are the subject of the
# clause before (A、B与C当着…的面，共同签署了…).
_TOGETHER_OPENING = re.compile(r"\W*(?:[并还也又则]|随后|随即|此后)*(?:共同|一起|一道|联合)")
_POST = re.compile(r"驻(?P<host>[\u4e00-\u9fff]{1,8}?)(?:大使馆|总领事馆|领事馆|使馆|大使|总领事)")
_TO_LOCAL = re.compile(r"[向为给]当地")  # 向当地…捐赠: the place where the doer is
_BROKERS = re.compile(r"(?:促成|撮合|促使|斡旋促成)(?=[^，,。]{2,30}?[与和同跟])")
_BROKERED = re.compile(r"(?:由|在|经)(?P<who>[^，,。在由经]{1,12}?)的?(?:共同|联合|一手|居中)?(?:促成|斡旋|调停|主导|牵头|推动|撮合)")
_MEDIATED = re.compile(r"[在经](?P<who>[^，,。；;在经]{1,12}?)的?(?:斡旋|调停|调解|撮合)(?:下|之下)?")  # 在X斡旋下签署: X no party

# 会晤已被取消 / 访问被迫推迟: the act named is called off, not done
_CALLED_OFF = re.compile(r"(?:因此|因而|随之|均|都)?(?:已经?|也|则|随即|最终|临时)?(?:被迫?|遭)?(?:取消|推迟|延期|搁置|叫停|告吹|流产"
                         r"|按下了?暂停键|陷入停滞|中断)")
# 取消了原定的外长会见, 宣布取消两军战区领导通话: a meeting or call the verb before calls off is not held
_CALLING_OFF = re.compile(r"(?:取消|推迟|叫停|搁置|暂停|中止|终止)了?[^，,。；;取消暂停]{0,60}$")
# 不顾中方坚决反对, 无视各国谴责: a stance named as what the doer defies is background to the defiance
_DEFIED = re.compile(r"(?:不顾|无视|罔顾)[^，,。；;]{0,12}$")
_STANCES = ("REJECT", "ACCUSE", "REQUEST", "THREATEN")


def extract(doc: Analysis, options: Options) -> Analysis:
    """Stage: events from trigger words in the body, and from quotes that are acts, kept where the
    learned filter (event_filter) judges them reported acts between the parties found."""
    notes: dict[int, str] = {}
    doc.events = event_filter.keep(doc, candidates(doc, notes), notes)
    for event in doc.events:
        event.source_actor = _actor_id(doc, event, event.source)
        event.target_actor = _actor_id(doc, event, event.target)
    doc.events = [e for e in doc.events if not _firms_business(e) and not _firms_deal(doc, e)]
    return doc


def _firms_business(event: Event) -> bool:
    """A deal or sale between two firms (某公司与某集团达成合作), a firm's trip (某公司赴美建厂), or
    aid, mobilization or a demand with a firm as a party: business, no act of their states. A firm's
    investment in a state, or a state's ban on a firm, stays an event of the firm's state."""
    firms = _firm_ids()
    if event.type in _NO_FIRM_TYPES and (event.source_actor in firms or event.target_actor in firms):
        return True  # 波音交付给中国, 政府向富士康增派人员, 要求某公司落实: sales, business and administration
    return event.source_actor in firms and (event.target_actor in firms or event.type == "CONSULT")


# Acts no firm does or takes as a state's party: a firm's gift or sale is no aid, staff sent to a
# firm or a demand on it is business or administration (bans on firms and approvals of their deals stay).
_NO_FIRM_TYPES = {"AID", "MOBILIZE", "REQUEST"}


# Deals and sales: a firm's contract or licence is business unless its state partner acts by name.
_DEAL_TYPES = {"AGREE", "COOPERATE"}


def _firms_deal(doc: Analysis, event: Event) -> bool:
    """A deal or sale with a firm whose other party the clause names only as a city's body (某市开发区与
    某集团签约) or not at all (a state taken from an earlier sentence, 获得批准 with no approver named):
    the firm's business. 德国政府批准某集团收购 names the state that acts, and stays."""
    firms = _firm_ids()
    if event.type not in _DEAL_TYPES or (event.source_actor in firms) == (event.target_actor in firms):
        return False
    other = event.target if event.source_actor in firms else event.source
    named = [m for m, code in parties.mentions(doc, event.evidence.start, event.evidence.end) if code == other]
    return all(parties.sub_state(doc, m) for m in named)


@lru_cache(maxsize=1)
def _firm_ids() -> frozenset[str]:
    """Knowledge-base ids of companies (data/actors/organizations.tsv, kind company)."""
    return frozenset(row[0] for row in lexicon.rows("actors/organizations.tsv") if len(row) > 4 and row[4] == "company")


def candidates(doc: Analysis, notes: Optional[dict[int, str]] = None, act_filters: bool = True) -> list[Event]:
    """The events the rules find, merged, before their parties are linked to entities; `notes`
    receives, by id of each event, where its target came from (event_filter.HOW). Without
    `act_filters`, every trigger that fires is taken as an act (for measuring those filters)."""
    notes = {} if notes is None else notes
    original = doc.norm_text
    doc.norm_text = event_lists.listed_commas(doc)  # 英国首相，波兰，土耳其和荷兰的领导人: one list, one clause
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
    for event, sentence in _measures(doc, found):  # 将X列入实体清单, 终止对X征收关税, 撤回驻X大使
        _place_and_time(doc, event, sentence, days)
        notes[id(event)] = "clause"
        found.append(event)
    for event, sentence in list(event_formulas.events(doc, found)):  # 将采取必要措施, 在X的斡旋下
        _place_and_time(doc, event, sentence, days)
        notes[id(event)] = "clause"
        found.append(event)
    for paragraph in doc.article.paragraphs:  # 访华的外国领导人包括A、B: one visit per listed state
        for event, sentence in event_visitors.events(doc, paragraph):
            _place_and_time(doc, event, sentence, days)
            notes[id(event)] = "clause"
            found.append(event)
    for index, quote in enumerate(doc.quotes):
        for event in _quote_event(doc, index, quote):
            notes[id(event)] = "quote"
            found.append(event)
    for event in found:
        if event.type in ("ACCUSE", "REJECT") and event.source != event.target and _defended(
                doc.norm_text, [m for m, c in parties.mentions(doc, event.evidence.start, event.evidence.end)
                                if c == event.target], event.trigger):
            event.type, event.cameo = _DEFENDED  # 古巴反对干涉中国内政: it stands by China
    words = words_of(doc)
    return event_merge.merge(sorted((e for e in found if _has_parties(e) and not parties.between_places(
        doc, e.trigger, e.source, e.target) and not condemned_without_doer(doc, e)), key=lambda e: e.trigger.start),
        doc.norm_text,
        lambda e: _named_again(doc, words, e))


def _measures(doc: Analysis, found: list[Event]) -> list[tuple[Event, Span]]:
    """The measures told by set phrases; the phrase decides the acts of the words inside it (撤回 of 撤回驻X大使,
    出口管制 of 列入出口管制实体清单), except one the trigger already told alike (放宽对古巴的制裁: 制裁)."""
    measures = list(event_formulas.measures(doc))
    told = {(e.type, e.source, e.target, a) for e in found for _, _, (a, b) in measures if a <= e.trigger.start < b}
    kept = [(event, sentence) for event, sentence, (a, _) in measures
            if (event.type, event.source, event.target, a) not in told]
    alike = {(e.type, e.source, e.target) for e, _, _ in measures}
    found[:] = [e for e in found if (e.type, e.source, e.target) in alike
                or not any(a <= e.trigger.start < b for _, _, (a, b) in measures)]
    return kept


def _named_again(doc: Analysis, words, event: Event) -> bool:
    """The act is named by a bare noun (这次会晤, 这轮攻击, 此次访问) with no verb that
    makes it happen (举行, 发动): a reference back to an act, not a new report."""
    if event.quote_index is not None or not is_nominal(words, event.trigger.start):
        return False
    text = doc.norm_text
    clause_start = _back_to(text, 0, event.trigger.start, _CLAUSE_BREAK)
    return not _LIGHT_VERB.search(text, clause_start, event.trigger.start)


def _calls_on_own_side(doc: Analysis, end: int, clause_end: int, source: Optional[str]) -> bool:
    """The party a call or demand addresses, named right after its verb, is the caller's own side."""
    found = parties.mentions(doc, end, clause_end)
    return source is not None and bool(found) and found[0][0].start <= end + 1 and found[0][1] == source


def _has_parties(event: Event) -> bool:
    """An event is between actors (FORMAT.md): it needs the one who acted and the one acted on or
    with (支持全球化 and 深化合作 alone are stances; an act on a place of one's own, or on nobody
    named, is not a political event between states)."""
    return event.source is not None and event.target is not None \
        and not {event.source, event.target} & parties.GENERIC_CODES  # IGO: a kind of body, no party


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
    trigger = _approved_sale(trigger, text, end)  # 批准了一笔对台军售: the sale
    trigger, before = _eased(trigger, before)  # 放宽对X的制裁: the sanction is eased
    trigger = _halted(trigger, before)  # 暂停对X的军事援助: aid stopped is a sanction
    if _names_no_act(text, trigger, before, end, clause_end) \
            or _commentator(before, trigger.word):
        return []  # 两国专家一致同意, 印度网友表示, 某杂志发文警告: commentators' words, no act of a state
    negated = trigger.type != "REJECT" and bool(_NEGATION.search(before[-8:]) or _NEGATED_FRAME.search(before)) \
        or trigger.type in ("AGREE", "SUPPORT") and bool(_WITHOUT.search(before)) \
        or trigger.type != "REJECT" and _refused(before) \
        or bool(_CALLED_OFF.match(text, end)) \
        or (trigger.type == "CONSULT" or "合作" in trigger.word and trigger.type in ("AGREE", "COOPERATE")) \
        and bool(_CALLING_OFF.search(before)) \
        or trigger.type in _STANCES and bool(_DEFIED.search(before))  # 拒不加入对X的制裁: not joined; 会晤已被取消: called off
    if negated and trigger.type in ("AID", "SUPPORT", "COOPERATE", "AGREE") and _VOLITIONAL.search(before):
        trigger, negated = Trigger(trigger.word, "REJECT", "120", trigger.frame), False  # 不会帮助 = refuse
    if trigger.frame == "with" and _TOGETHER_OPENING.match(text, clause_start) and clause_start > sentence.start \
            and not _codes(doc, clause_start, start):
        clause_start = _back_to(text, sentence.start, clause_start - 1, _CLAUSE_BREAK)  # A与B当众…，共同签署
    elif trigger.frame == "on" and not _codes(doc, clause_start, start):
        clause_start = _topic_clause_before(text, sentence.start, clause_start)  # 对原产于美国的进口商品，加征关税
    how = "clause"
    sides = _BOTH_SIDES.findall(_AT_A_TIME.sub("", before))  # 在双方方便的时候访问: a time, not the subject
    aimed = _aimed_by_both(doc, trigger, clause_start, start, before, (end, clause_end)) if sides else []
    own = (one_state_sides(doc, clause_start + before.find("双方") + 2)
           or _one_state_named(doc, sentence.start, clause_start + before.find("双方"))) if "双方" in sides else None
    if sides and (aimed or own or not _codes(doc, clause_start, start)):
        at = clause_start + before.find(sides[0]) if aimed else start
        pairs, how = [(own, own)] if own else _both_sides(doc, sentence, at, any(w != "彼此" for w in sides)), "both"
        if set(sides) <= _TWO_PEOPLE:  # 两人多次通电话: the first of the two people just named with the other
            named = _both_named(doc, sentence, at)
            pairs = [(named[0], named[1])] if len(named) == 2 else [(None, None)]
        # (苏丹冲突双方: the two sides of a fight inside one state are both that state's)
        if aimed:  # 双方对X表示关切: each side aims it at X
            pairs = [(side, t) for side in dict.fromkeys(p[0] for p in pairs) if side for t in aimed if t != side]
        if trigger.type in _JOINT_TYPES:
            pairs = pairs[:1]  # 双方举行会谈: one meeting of the two, not one by each (FORMAT.md codes it once)
        source = pairs[0][0]
    else:
        brokered = _BROKERS.search(before) if trigger.frame == "with" else None  # 卡塔尔促成A与B签署: A and B sign
        source, targets = _arguments(doc, sentence, clause_start + (brokered.end() if brokered else 0), start, end,
                                     clause_end, trigger)
        if trigger.type in _OWN_SIDE_TYPES and _calls_on_own_side(doc, end, clause_end, source):
            return []  # 他呼吁欧盟应该…, 帮助英国企业抵御X: a call on or help to his own side, no act between actors
        doer, done_to = _relative(doc, start, end, trigger, paragraph.start) or (None, None)
        if doer is not None:  # 访华的法国总统: the head noun visits; 乌军使用美国提供的武器: 美国 gives to 乌军
            source, targets = doer, [done_to] if done_to else [t for t in targets if t != doer]
        if not targets and _borrows_target(doc, trigger, start, end, before, clause_end):
            targets, how = _sentence_target(doc, sentence, clause_start, clause_end, source,
                                            _has_object(doc, end, clause_end),
                                            trigger.type in _FORCE_TYPES, trigger.frame != "with"), "sentence"
        if not targets and trigger.type == "MOBILIZE" and _is_drill(trigger):
            targets = _drilled_near(doc, clause_start, clause_end, source)  # 在台岛周边开展演训: aimed at Taiwan
        if source is not None and trigger.cameo == _DEPLOY and set(targets) <= {source} \
                and _FORCES.search(text, clause_start, clause_end) and not _RESCUE.search(text, clause_start, clause_end) \
                and _codes(doc, clause_start, start)[:1] == [source]:  # not 伊朗批评美国增兵: what another says
            targets, how = _adversary(doc, source), "sentence"  # 向本国边境增派一个营: against the other side
        on = text.rfind("对", clause_start, start)  # 对某省一个村庄发动空袭: the one attacked, before the verb
        if not targets and source is not None and trigger.type == "ASSAULT" and _at_home(
                doc, paragraph, source, (partner_start(text, clause_start, start), start) if trigger.frame == "with"
                else (end, clause_end), (on, start) if on >= 0 else (end, end)):
            targets = [source]  # 军方轰炸了北部的叛军据点 / 政府军与反政府武装交火: a state's forces fight armed groups at home
        if (trigger.type == "COERCE" or trigger.type == "ACCUSE" and trigger.word in _LEGAL_ACTS) and not targets \
                and _own_person_acted_on(doc, source, end, clause_end):
            targets = [source]  # 韩国检方逮捕了前国防部长, 秘鲁国会弹劾总统: a person of no other state is the doer's own
        if trigger.type == "COERCE" and not targets and _people_held(doc, source, clause_start, start):
            targets = [source]  # 已有超过1300人被警方拘留: people of no other state, held at home
        own = _own_party_acted_on(doc, clause_start, start) \
            if trigger.type in _DOMESTIC_ACTS and (source is None or not targets) else None
        if own is not None and {source, *targets} <= {None, own}:
            source, targets = own, [own]  # 美国司法部对特朗普展开调查: his own state investigates him
        if source is not None and _TO_LOCAL.search(text, clause_start, start):
            targets = _posted_in(doc, clause_start, start, source) or targets  # X驻Y使馆向当地…捐赠: 当地 is Y
        if not targets and source is not None and (_ON_THIS.search(before) or _THIS_OPENS.match(text, sentence.start)):
            targets = _doer_of_act_told(doc, sentence, clause_start, source)  # 。俄方对此予以谴责: the act before
        if not targets and trigger.type == "SUPPORT":
            targets = _congratulated(doc, sentence, clause_start, trigger.word, source)  # X当选。Y致电祝贺: X
        demonstration = _domestic_protest(trigger, text[sentence.start:start])
        if demonstration and source is None:  # 数千名抗议者在亚美尼亚首都集会: the crowd is of the state it gathers in
            source = next(iter(_codes(doc, clause_start, start, locative=True)), None)
        domestic = demonstration and source or _rivals_act(doc, trigger.type, sentence.start, clause_end, source, targets)
        # 民众示威: against their own state; 苏丹武装部队和快速支援部队签署…: the two sides of a fight inside one state
        targets = targets or ([source] if domestic else [])
        if trigger.cameo == _VISIT:
            posted = {c for m, c in parties.mentions(doc, sentence.start, start)
                      if parties.posted_in(text[max(0, m.start - 2):m.start])
                      and not parties.WITH.search(text, sentence.start, m.start)}  # 美国驻日大使…跑到福岛: a trip at his post
            # (与驻美大使一同前往华盛顿: the envoy goes along, the visitor is another)
            targets = [t for t in targets if t not in _regions_visited(doc, end, clause_end) and t not in posted]
        if brokered:  # the broker is no party of what it brought about
            targets = [t for t in targets if t not in _codes(doc, clause_start, clause_start + brokered.start())]
        topic = _topic_parties(doc, clause_start, start, trigger.word)  # 就对伊朗的制裁通电话: Iran no party
        targets = [t for t in targets if t not in topic]
        mediated = _MEDIATED.search(text, clause_start, start) if trigger.type != "CONSULT" else None
        if mediated:
            targets = [t for t in targets if t not in parties.codes(doc, mediated.start("who"), mediated.end("who"))]
        sources = _coordinated(doc, clause_start, start, source, targets[0] if targets else None)
        if len(sources) == 1 and source not in _codes(doc, clause_start, start):  # 美国和北约狂喜，坚决支援…
            sources = _coordinated(doc, _subject_clause(doc, sentence, clause_start, source), start, source,
                                   targets[0] if targets else None)
        pairs = [(src, tgt) for src in sources for tgt in (targets or [None])
                 if src != tgt or len(sources) == 1 and (trigger.type not in _BETWEEN_TYPES or domestic)]
        if trigger.frame == "with" and trigger.type in _JOINT_PARTIES and len(sources) >= 2 and targets \
                and _listed_together(doc, clause_start, start, sources + targets):
            # 中国、俄罗斯和伊朗发表联合声明: the first named with each of the others (as the gold codes a summit)
            listed = sources + [t for t in targets if t not in sources]
            pairs = [(listed[0], b) for b in listed[1:]]
            if "声明" in trigger.word and set(parties.codes(doc, clause_end, sentence.end)) - set(listed):
                pairs = []  # 三国发表联合声明，呼吁伊朗…: a common call on another, no agreement among them
        if _MUTUAL.search(before):  # 印度和巴基斯坦互相指责: each accuses the other
            each = _coordinated(doc, clause_start, start, source, None)
            if len(each) >= 2 and (all(t in each for t in targets) or text.startswith("对方", end)):
                pairs = [(a, b) for a in each for b in each if a != b]
        if _exchanged(trigger) and len(pairs) == 1 and None not in pairs[0]:
            pairs = [pairs[0], pairs[0][::-1]]  # 俄罗斯与乌克兰交换战俘: each side releases the other's
        at_request = _AT_REQUEST.search(before)
        if at_request and trigger.type == "REQUEST":  # 应美方要求: the one who asked is 美方
            askers = _codes(doc, clause_start + at_request.start("who"), clause_start + at_request.end("who"))
            asked = [src for src in sources if src not in askers] or \
                [c for c in _codes(doc, clause_end, sentence.end)[:1] if c not in askers]  # 应X请求，Y派出…: Y is asked
            pairs = [(asker, src) for asker in askers[:1] for src in asked]
    if len(pairs) > 1:  # 中亚－中国合作机制…: a group's members are no parties of one act among themselves
        mates = _group_mates(doc, sentence, clause_end)
        pairs = [(a, b) for a, b in pairs if not any({a, b} <= group for group in mates)]
    evidence = _span(doc, _evidence_start(doc, sentence.start, clause_start, source), clause_end)
    events = []
    for src, tgt in pairs:
        if src is None and tgt is None:
            continue
        event = Event(type=trigger.type, trigger=_span(doc, start, end), evidence=evidence, source=src, target=tgt,
                      cameo=trigger.cameo, confidence=0.6 if src and tgt else 0.4)
        claimed = _continued_claim(doc, sentence, clause_start)  # …准备制造事端，以此为借口入侵: the claim's plan
        event.modality = "negated" if negated else _modality(_unnamed_text(doc), sentence.start,
                                                             claimed or clause_start, start,
                                                             lambda a, b: _names_in(doc, a, b))
        if event.modality == "future" and _disposal(doc, clause_start, start):
            event.modality = "asserted"  # 将X列入清单: 将 marks the object (like 把), not the future
        if event.modality in ("future", "intended", "advisory") and _scholar_speech(doc, start):
            event.modality = "hedged"  # 研究员X说，中方可以帮助Y: his view of what a state can do
        if trigger.type in _INTENT_TYPES and (event.modality in _INTENT_MODALITIES
                                              and (trigger.type != "AID" or not _PLEDGED.search(doc.norm_text, clause_start, start))
                                              or trigger.type == "COOPERATE" and _in_statement(doc, start) and not _outlet_reports(doc, start)
                                              and event.modality not in ("requested", "negated", "hedged")
                                              and not _ONGOING.search(doc.norm_text, clause_start, start)) \
                and not (event.modality == "advisory" and _advice_to_others(doc, start, {event.source, event.target})):
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


def _posted_in(doc: Analysis, clause_start: int, start: int, source: str) -> list[str]:
    """The state a mission is posted in (驻Y使馆, 驻Y大使), named before the act in its clause."""
    post = _POST.search(doc.norm_text, clause_start, start)
    country = KnowledgeBase.load().country(post.group("host")) if post else None
    return [country.iso3] if country is not None and country.iso3 != source else []


def _at_home(doc: Analysis, paragraph: Span, source: str, *windows: tuple[int, int]) -> bool:
    """The attack's object (in one of `windows`) names an armed group that is no state (叛军, 武装组织, 据点) or
    people and places at home (村庄, 平民), its paragraph names no state but the doer, and the doer is the state
    the article names most: a domestic war."""
    if not any(_armed_groups().search(doc.norm_text, a, b) for a, b in windows):
        return False
    if set(parties.codes(doc, paragraph.start, paragraph.end)) - {source}:
        return False
    counts = country_counts(doc)
    return max(counts, key=lambda c: counts[c], default=None) == source


@lru_cache(maxsize=1)
def _armed_groups() -> re.Pattern:
    return lexicon.alternation(lexicon.words("armed_groups.txt"))


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
    if trigger.cameo == _VISIT or _CALL_CONTENT.search(doc.norm_text, end, clause_end):
        return False  # 拒绝响应西方发出的…呼吁: what is rejected is a call; its maker (uncoded here) is the target
    first = next(iter(parties.mentions(doc, end, clause_end)), None)
    if first is not None and _stance_topic(doc, first[0]):
        return False  # 鼓噪对华强硬: the stance is the object; China is its topic and no one else is aimed at
    if _ON_THIS.search(before) or _THIS_OPENS.match(doc.norm_text, _back_to(doc.norm_text, 0, start, _SENTENCE_BREAK)):
        return True  # 韩国对此予以谴责 / 对此，韩国…: 此 is the act told before, and its doer the target
    if is_nominal(words_of(doc), start) and not _LIGHT_VERB.search(before):
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


def _aimed_by_both(doc: Analysis, trigger: Trigger, clause_start: int, start: int, before: str,
                   object_span: tuple[int, int]) -> list[str]:
    """The parties a statement of 双方/两国 is aimed at (双方对X表示关切): every party its clause
    names stands after 对/向, after the 双方; or, with none there, its object (双方强烈谴责美国的单边制裁)."""
    if trigger.type not in _VERBAL_STANCES:
        return []
    side = _BOTH_SIDES.search(before)
    named = _codes(doc, clause_start + side.end(), start)
    aimed = _addressed(doc, clause_start + side.end(), start)
    if not named and trigger.frame == "obj" and not doc.norm_text.startswith("对方", object_span[0]):
        return _codes(doc, *object_span)[:1]
    return aimed if named and set(named) <= set(aimed) and not _codes(doc, clause_start, clause_start + side.start()) \
        else []


def _both_sides(doc: Analysis, sentence: Span, position: int, main_parties: bool = True
                ) -> list[tuple[Optional[str], Optional[str]]]:
    """双方指责对方: both directions between the article's two main parties, leaving out a
    broker the sentence names (由美国促成的停火). Without `main_parties` (彼此 alone, which any
    group of people may say) only where this sentence or the one before names a party."""
    counts = country_counts(doc)
    # 在马来西亚斡旋下签署…。此后双方…: a broker of this sentence or the one before is no side
    previous = _back_to(doc.norm_text, 0, max(0, sentence.start - 1), _SENTENCE_BREAK)
    brokers = {code for broker in _BROKERED.finditer(doc.norm_text, previous, position)
               for code in parties.codes(doc, broker.start("who"), broker.end("who"))}
    for code in brokers:
        counts.pop(code, None)
    top = sorted(counts, key=lambda c: -counts[c])[:2]
    if _stateless_sides(doc, sentence, position) or _uncoded_side(doc, sentence, position):
        return [(None, None)]  # 某集团回应称…双方已达成谅解 / 中非之间…双方: a side of no state
    named = _both_named(doc, sentence, position, None,  # outside a title, no broker
                        lambda d, begin, end: [c for c in sides_named(d, begin, end) if c not in brokers])
    if len(named) == 2:
        top = named  # 中越签署联合声明。双方就…达成一致: the two the text just named
    elif not main_parties and not parties.codes(doc, _back_to(doc.norm_text, 0, max(0, sentence.start - 1),
                                                                _SENTENCE_BREAK), position):
        return [(None, None)]  # 孩子们彼此攻击: no state named in this sentence or the one before
    if len(top) < 2:
        return [(None, None)]
    return [(top[0], top[1]), (top[1], top[0])]


_FIRM_WORD = re.compile(r"公司|集团|企业|厂商|业主|客户")
_PAIR_JOINER = ("", "与", "和", "同", "及", "、")


def _uncoded_side(doc: Analysis, sentence: Span, position: int) -> bool:
    """The sentence pairs, before 双方, a party with a place or body of no state code (中非之间, 中国与
    非洲): 双方 are those two, and one of them is no state. Not where the sentence names two states
    (中德、中欧关系…两国领导人: 两国 are the two states)."""
    named = parties.mentions(doc, sentence.start, position)
    if len({code for _, code in named}) != 1:
        return False
    text = doc.norm_text
    for entity in doc.entities:
        if entity.country or entity.type == "PER":
            continue
        for mention in entity.mentions:
            if sentence.start <= mention.start < position and any(
                    text[party.end:mention.start] in _PAIR_JOINER if party.end <= mention.start
                    else text[mention.end:party.start] in _PAIR_JOINER if mention.end <= party.start else False
                    for party, _ in named):
                return True
    return False


def _stateless_sides(doc: Analysis, sentence: Span, position: int) -> bool:
    """The sentence names, before 双方, no state but a firm (某集团, a company of the knowledge base, 业主):
    双方 are the firm and its partners. An outlet or speaker of no state (据某社报道，两国…) is no side."""
    before = [e for e in doc.entities if any(sentence.start <= m.start < position for m in e.mentions)]
    return not any(e.country for e in before) and (
        any(e.id in _firm_ids() or _BUSINESS.search(e.name) for e in before)
        or bool(_FIRM_WORD.search(doc.norm_text, sentence.start, position)))


def _sentence_around(text: str, paragraph: Span, position: int) -> Span:
    start = _back_to(text, paragraph.start, position, _SENTENCE_BREAK)
    end = _forward_to(text, position, paragraph.end, _SENTENCE_BREAK)
    return Span(start, end, text[start:end])


def _evidence_start(doc: Analysis, sentence_start: int, clause_start: int, source: Optional[str]) -> int:
    if source is not None and not parties.codes(doc, clause_start, clause_start + 30):
        return sentence_start
    return clause_start
