"""Statements and the acts told in them: quoted terms that are no statement (举行“2+2会谈”), the
speaker's own verbal acts inside quotation marks (我们希望…), and states that speak together (美日在
联合声明中警告…)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Optional

from .. import lexicon
from ..doc import code_of_span, entity_at
from ..kb import KnowledgeBase
from ..model import Analysis, Event, Quote, Span
from ..nlp.chinese import SENTENCE_ENDS, forward_to, span
from ..nlp.speech import has_flag
from . import event_parties as parties
from .event_args import CLAUSE_BREAK, addressed, back_to, codes, doer_of_act_told, this_act
from .event_counted import COUNTS
from .event_sides import ITS
from .event_modality import INTENT_NOUN_AFTER
from .event_subjects import SUBJECT_REACH, clause_subject, coordinated, uncoded_doer
from .event_triggers import Trigger, words_of

QUOTE_ACTS = {"THREATEN", "ACCUSE", "REQUEST", "REJECT", "SUPPORT"}  # acts a cue names (称赞X“…”)
# A firm as the speaker (苹果公司表示, 某集团回应): its statement is no act of the state it is based in.
BUSINESS = re.compile(r"(?:公司|集团|企业|银行|俱乐部|股份|控股|有限)$")
TERM_LENGTH = 8  # a quoted run this short with no punctuation is a term, not a statement
_TERM_BREAK = re.compile(r"[，,。；;！!？?：:、]")
# 进行了“长时间的实质性通话”: a quoted object of a light verb names the act done, though longer than a term
_LIGHT_VERB_BEFORE = re.compile(r"(?:进行|举行|展开|开展|发出|提出|作出|做出|发起|实施)了?$")
LIGHT_TERM_LENGTH = 16


def is_term(text: str, segment) -> bool:
    """A short quoted term (举行“2+2会谈”, 进行“外交抵制”) names the act in the narrator's sentence;
    it is no statement of its own."""
    inner = text[segment.open + 1:segment.close]
    longest = LIGHT_TERM_LENGTH if _LIGHT_VERB_BEFORE.search(text, max(0, segment.open - 4), segment.open) else TERM_LENGTH
    return segment.closed and len(inner) <= longest and not _TERM_BREAK.search(inner)


def told_by_doer(doc: Analysis, segments: list, event: Event) -> bool:
    """An act told inside a statement in quotation marks counts only when it is the speaker's own
    verbal act, one done by saying it (我们希望…, 我们对此深表关切, 感谢X): FORMAT.md codes statements
    that are acts in themselves. A direct quote is the speaker's account, and the deeds it tells
    (“美国一直在帮助乌克兰”, “然后由议会批准”) are his story, reported by the narrator only as his words. Deeds in
    reported speech without quotation marks (X说，Y袭击了Z) stay the inner doer's acts. Words in
    quotation marks that no one is said to have spoken are no report."""
    start = event.trigger.start
    if not any(s.open < start < s.close and not is_term(doc.norm_text, s) for s in segments):
        return True
    quote = next((q for q in doc.quotes if q.content.start <= start < q.content.end and q.speaker is not None), None)
    return event.type in QUOTE_ACTS and quote is not None and not BUSINESS.search(quote.speaker.text) \
        and event.source is not None and event.source == speaker_code(doc, quote)
    # (a firm's words are no act of a state, as for the quote's own event; “美国在抹黑我们” is the
    # speaker's accusation, coded from the quote, not an act of the United States)


def speaker_code(doc: Analysis, quote: Quote) -> Optional[str]:
    """The state a quote's speaker acts for: the body he holds office in on the article's date (an
    EU commissioner speaks for the EU, not his home state), his own, or the one his clause names
    before him (美国国务卿X表示)."""
    code = parties.body_of_person(doc, quote.speaker) or code_of_span(doc, quote.speaker)
    if code is None and quote.speaker.end <= (quote.cue.start if quote.cue else quote.content.start):
        code = clause_subject(doc, back_to(doc.norm_text, 0, quote.speaker.start, CLAUSE_BREAK), quote.speaker.end)
    if code is None:
        code = parties.state_in_context(doc, quote.speaker)
    if code is None:
        code = _members_body(quote.speaker.text)  # 共和党人纷纷指责: the members of a party the knowledge base knows
    if code is None:
        code = _first_listed(doc, quote.speaker)  # 沙特和卡塔尔呼吁: states that speak together (joint_speakers)
    return None if code in parties.GENERIC_CODES else parties.as_state(code)  # 非盟呼吁: a body of no code speaks for no state


_MEMBERS = ("人士", "人", "成员", "党员")  # 共和党人, 工党人士: members of the body named before


def _members_body(name: str) -> Optional[str]:
    """The state of the organisation whose members `name` names (共和党人 -> 共和党 -> USA), else None."""
    for suffix in _MEMBERS:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            body = KnowledgeBase.load().organization(name[:-len(suffix)])
            if body is not None:
                return body.country
    return None


# 发表声明，强烈谴责这一袭击: what was said opens on a stance taken on the act just told
_STANCE_ON_ACT = re.compile(r"(?:强烈|严厉|坚决|明确|公开)?(?P<verb>谴责|批评|抨击|指责|驳斥)")


def stance_on_act(text: str, start: int) -> Optional[str]:
    """The stance verb when what was said, at `start`, opens on a stance taken on a noun for the act just told
    (强烈谴责这一袭击, 批评此举), else None."""
    found = _STANCE_ON_ACT.match(text, start)
    return found.group("verb") if found is not None and this_act().match(text, found.end()) else None


def anaphor_doer(doc: Analysis, quote: Quote, speakers: list[str]) -> Optional[str]:
    """The cue's object is a noun for an act told just before (X拒绝出席峰会，Y批评此举“…”), or what was said opens
    on 其 (Y指责其侵犯主权): the act's doer, the subject of an earlier clause of the speaker's sentence or of the
    sentence before."""
    text = doc.norm_text
    if quote.cue is None:
        return None
    points_back = this_act().match(text, quote.cue.end) or this_act().match(text, quote.content.start) \
        or stance_on_act(text, quote.content.start) \
        or ITS.match(text, quote.content.start) and has_flag(text[quote.cue.start:quote.cue.end], "deed")
    if not points_back:  # (批评此举 / 称，这次袭击是…罪行 / 指责其…, but not 称其…)
        return None
    clause = back_to(text, 0, min(quote.speaker.start, quote.cue.start), CLAUSE_BREAK)
    sentence = back_to(text, 0, clause, SENTENCE_ENDS)
    found = doer_of_act_told(doc, span(doc, sentence, forward_to(text, clause, len(text), SENTENCE_ENDS)), clause,
                             speakers[0])
    return next((c for c in found if c not in speakers and c not in parties.GENERIC_CODES), None)



def _listed_states(doc: Analysis, speaker: Span) -> list[str]:
    """The states a speaker lists when it names two or more and nothing else (沙特、卡塔尔, 中国和俄罗斯), or the
    states a counted speaker (三国, 三方) stands for, else []."""
    named = codes(doc, speaker.start, speaker.end)
    if len(named) >= 2 and coordinated(doc, speaker.start, speaker.end, named[0], None) == named:
        return named
    return _counted_sides(doc, speaker)


_COUNTED = re.compile(r"(?P<n>[两双三四五])(?:国|方)")
_COUNTED_REACH = 2  # sentences before the speaker searched for the states it counts


def _counted_sides(doc: Analysis, speaker: Span) -> list[str]:
    """三国 / 三方 as a speaker: the three states the sentence before it names (拜登、岸田文雄和尹锡悦举行会晤。
    会后三方发表联合声明，……), when a sentence of its paragraph names exactly that many; else []."""
    counted = _COUNTED.fullmatch(speaker.text)
    if counted is None:
        return []
    text, end = doc.norm_text, speaker.start
    floor = text.rfind("\n", 0, speaker.start) + 1
    for _ in range(_COUNTED_REACH + 1):
        start = back_to(text, floor, max(floor, end - 1), SENTENCE_ENDS) if end > floor else floor
        named = [c for c in dict.fromkeys(codes(doc, start, end)) if c not in parties.GENERIC_CODES]
        if len(named) == COUNTS[counted.group("n")]:
            return named
        if start <= floor:
            return []
        end = start
    return []


def _first_listed(doc: Analysis, speaker: Span) -> Optional[str]:
    """The first of the states a speaker lists (沙特和卡塔尔呼吁: joint_speakers makes each speak), else None."""
    return next(iter(_listed_states(doc, speaker)), None)


def joint_speakers(doc: Analysis, quote: Quote, source: str) -> list[str]:
    """The states that speak together: a speaker that is a list of states only (美日, 中国和俄罗斯,
    joint statements) is each of them; any other speaker is the one state found."""
    listed = _listed_states(doc, quote.speaker)
    if source in listed and re.fullmatch(r"[^，,。；;：:]{0,24}", quote.speaker.text):
        return listed
    return [source]


# What may stand between a cue and the person it is addressed to: 了, a title (批评前总统X, 致函国务卿X).
TITLE_ONLY = re.compile(r"了?[^，,。；;：:、“”\"和与及]{0,6}")


def person_addressed(doc: Analysis, quote: Quote, source: str) -> bool:
    """The cue's object is a person of the speaker's own state (拜登批评特朗普“…”, 批评前总统X“…”)."""
    if quote.cue is None or quote.content.start <= quote.cue.end:
        return False
    for mention, code in parties.mentions(doc, quote.cue.end, quote.content.start):
        entity = entity_at(doc, mention)
        if code == source and entity is not None and entity.type == "PER" and \
                TITLE_ONLY.fullmatch(doc.norm_text, quote.cue.end, mention.start):
            return True
    return False


def listed_accused(doc: Analysis, quote: Quote, target: Optional[str], end: int, speakers: list[str]) -> list:
    """The parties a statement blames when the first it names heads a run of states (日韩对中国公民
    采取歧视性措施, 日本和韩国…: one accusation each); not a list of places (新疆、香港事务)."""
    found = parties.mentions(doc, quote.content.start, end)
    at = next((i for i, (_, c) in enumerate(found) if c == target), None)
    if at is None or target in speakers:
        return [target]
    while at > 0 and found[at - 1][0] == found[at][0]:
        at -= 1  # 美英澳, 三国: the states named on one span are one run, the target among them
    chain, last = [found[at][1]], found[at][0]
    for mention, code in found[at + 1:]:
        joiner = doc.norm_text[last.end:mention.start]
        if mention != last and joiner not in _RUN_JOINERS and not (joiner == "、" and _states(doc, last, mention)):
            break  # (美国、英国和澳大利亚组建…: a list of states is one run; 新疆、香港事务 is none)
        chain.append(code)
        last = mention
    return [c for c in dict.fromkeys(chain) if c not in speakers]


_RUN_JOINERS = ("", "和", "与", "及", "以及")


def _states(doc: Analysis, *mentions: Span) -> bool:
    """Every mention names a state the knowledge base lists as one (read in the normalised text, as the stage is)."""
    kb = KnowledgeBase.load()
    return all(kb.country(doc.norm_text[m.start:m.end]) is not None for m in mentions)


# --- acts told by a statement's own words (statement_acts.tsv) ------------------------------------

# 应 as a modal, not inside 回应/反应/相应/供应/适应/响应 or before 对/邀/用 (应对, 应邀, 应用).
_NOT_MODAL = re.compile(r"(?<=[回响反相适供答顺呼效理])应|应(?=[对邀用急变战约有声届运试])")
_NEGATED = re.compile(r"(?:不|没有|没|未|并非|无意|不会|不能)[^，,。；;]{0,2}$")
_CONDITION = re.compile(r"如果(?!说)|若|一旦|假如|倘若|要是|即使|即便|哪怕|是否")
# A third party or a pronoun as the doer of an object-side word (他们反对…, 有人支持…): not the speaker.
_OTHER_DOER = re.compile(r"他们|她们|他|她|对方|有人|一些|许多|不少|个别|外界|舆论|媒体")
_SAY = re.compile(r"(?:说|讲|指出|承认|看到|注意到)")
_NOUN_AFTER_ACT = re.compile(r"[派党者声票方率]")  # 反对派, 反对党, 支持者, 支持率: the word names people or a share
_AT_REQUEST = re.compile(r"[^，,。；;]{1,12}?的?(?:要求|邀请|请求)")
_VISIT = re.compile(r"[^，,。；;]{1,14}?(?:访华|访问|来访|到访|出访|访美|访俄|访日|出席|参加|加入)")
_PREPOSITION = set("对向与同跟和给为把被将从在于及、")
_PREPOSITION_WORDS = re.compile(r"通过|经过|借助|凭借|围绕|关于|针对|按照|根据|依照")  # 希望通过X此访…: the means, no addressee
# What follows 不得 when it forbids nothing: 不得不 (must), 不得人心 (unpopular), 不得已, 不得而知, 不得要领.
_NOT_A_BAN = ("不", "人心", "已", "而知", "要领")
OPENING = 2  # 也应, 都应: a subject-side word this close to its clause's start takes the clause before's subject
# What tells that a partner acts with the speaker's side (愿同X一道, 与X共同推动, 同X携手).
_TOGETHER = re.compile(r"一道|一起|共同|携手")
OBJECT_REACH = 4  # the addressed actor starts within this many characters after an object-side word


@lru_cache(maxsize=1)
def _members() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(row[1].split()) for row in lexicon.rows("bloc_members.tsv")}


def _own_side(source: str, target: str) -> bool:
    """The target is the speaker's own state or a body it belongs to (a Latvian on what the EU should do)."""
    return target == source or source in _members().get(target, ())


@lru_cache(maxsize=1)
def _acts() -> dict[str, tuple[Trigger, str]]:
    return {row[0]: (Trigger(row[0], row[1], row[2], "obj"), row[3].strip()) for row in
            lexicon.rows("statement_acts.tsv")}


@lru_cache(maxsize=1)
def _acts_re() -> re.Pattern:
    return lexicon.alternation(_acts())


def stated_acts(doc: Analysis, quote: Quote, source: str) -> list[tuple[Trigger, Span, str]]:
    """The verbal acts a statement makes by its own words, one per type and actor aimed at: a demand
    on another (美方应停止…, 敦促日方…), a rejection (反对X…, X无权干涉), support (欢迎X…) or a
    warning (…否则…). Only the speaker's side does it (a subject of the speaker's state, a first
    person, or none); not when denied (不支持), supposed (如果…) or asked (是否…？), and not without
    an actor of another state it is aimed at (各方应…, 支持和平)."""
    text = doc.norm_text
    start, end = quote.content.start, quote.content.end
    acts: dict[tuple[str, str], tuple[Trigger, Span, str]] = {}
    for found in _acts_re().finditer(text, start, end):
        word = found.group(0)
        clause = back_to(text, start, found.start(), CLAUSE_BREAK)
        if word == "应" and (_NOT_MODAL.search(text, max(start, found.start() - 1), found.end() + 1) or
                            not text[clause:found.start()].strip() and _AT_REQUEST.match(text, found.end())) or \
                _SAY.match(text, found.end()) or word.startswith("应") and text[found.start() - 1:found.start()] == "所" \
                or _NOUN_AFTER_ACT.match(text, found.end()):
            continue  # 回应, 应对, 应X要求: no modal; 应该说, 必须指出: the speaker's phrasing; 理所应当: an idiom;
            # 反对派, 支持者: a noun of people, no act
        trigger, side = _acts()[word]
        sentence = back_to(text, start, found.start(), SENTENCE_ENDS)
        sentence_end = forward_to(text, found.end(), end, SENTENCE_ENDS)
        conditioned = _CONDITION.search(text, sentence, found.start())
        if text[sentence_end:sentence_end + 1] in ("？", "?") or \
                side not in ("near", "if") and conditioned or side == "if" and not conditioned:
            continue
        if side in ("object", "on", "partner") and _NEGATED.search(text, clause, found.start()) or \
                word == "不得" and text.startswith(_NOT_A_BAN, found.end()) or \
                word == "欢迎" and _VISIT.match(text, found.end()):
            continue  # 不支持; 不得不 (must), 不得人心 (unpopular); 欢迎X访华 is part of the visit
        targets = _aimed_at(doc, side, clause, found.start(), found.end(), sentence, source)
        for target in targets:
            if target is not None and not _own_side(source, target):
                acts.setdefault((trigger.type, target), (trigger, span(doc, found.start(), found.end()), target))
    done = {(t, target) for t, target in acts}
    threats = [act for act in threatened_deeds(doc, quote, source) if ("THREATEN", act[2]) not in done]
    return list(acts.values()) + threats


def stated_event(doc: Analysis, index: int, quote: Quote, trigger: Trigger, word: Span, source: str,
                 target: str) -> Event:
    """The act a statement makes by its own words, with that word as trigger and its sentence as evidence."""
    text = doc.norm_text
    start = back_to(text, quote.content.start, word.start, SENTENCE_ENDS)
    end = forward_to(text, word.end, quote.content.end, SENTENCE_ENDS)
    return Event(type=trigger.type, trigger=word, evidence=span(doc, start, end), source=source, target=target,
                 cameo=trigger.cameo, date=quote.date, date_precision="day" if quote.date else None,
                 quote_index=index, confidence=round(0.6 * quote.confidence, 2))


def _aimed_at(doc: Analysis, side: str, clause: int, start: int, end: int, sentence: int, source: str) -> list[str]:
    text = doc.norm_text
    clause_end = forward_to(text, end, len(text), CLAUSE_BREAK)
    if side == "subject":
        doer = _subject(doc, clause, start)
        if doer is None and clause > sentence and start - clause <= OPENING:
            previous = back_to(text, sentence, clause - 1, CLAUSE_BREAK)  # 美日开展合作，应确保…
            doer = _subject(doc, previous, clause - 1)
        return [] if doer is None or any(_own_side(source, c) for c in doer) else doer  # 德国与欧盟必须…: its own duty
    if side == "object":
        doer = _subject(doc, clause, start)
        if _others_act(doc, doer, source, clause, start):
            return []  # 日方反对…, 他们支持…: another's act the speaker reports
        mentions = [(m, c) for m, c in parties.mentions(doc, end, clause_end) if m.start - end <= OBJECT_REACH]
        if not mentions and _CLAUSE_FINAL_REFUSAL.fullmatch(text, start, clause_end) and clause > sentence:
            # 对方的指控纯属编造，我方不能接受: a refusal that ends its clause refuses what the clause before says
            previous = back_to(text, sentence, clause - 1, CLAUSE_BREAK)
            doer = _subject(doc, previous, clause - 1)
            return [] if doer is None or any(_own_side(source, c) for c in doer) else doer
        if not mentions or _PREPOSITION & set(text[end:mentions[0][0].start]) or \
                _PREPOSITION_WORDS.search(text, end, mentions[0][0].start):
            return []  # 希望同美方一道…, 支持在联合国框架内…: a partner or a place, not the one addressed
        chain = coordinated(doc, mentions[0][0].start, clause_end, mentions[0][1], None)
        return [] if any(_own_side(source, c) for c in chain) else chain  # 欢迎中巴加强合作: a joint act
    if side == "partner":  # 中方愿同X方一道…: an intent to act together, with the partner right after
        doer = _subject(doc, clause, start)
        if _others_act(doc, doer, source, clause, start):
            return []
        mentions = [(m, c) for m, c in parties.mentions(doc, end, clause_end) if m.start - end <= OBJECT_REACH]
        if not mentions or mentions[0][0].start != end or not _TOGETHER.search(text, mentions[0][0].end, clause_end):
            return []
        return coordinated(doc, mentions[0][0].start, clause_end, mentions[0][1], None)
    if side == "on":
        doer = _subject(doc, clause, start)
        if _others_act(doc, doer, source, clause, start):
            return []  # 日方对此表示担忧: another's concern the speaker reports
        return addressed(doc, clause, start)  # 对乌克兰可能使用…表示担忧
    return [c for c in codes(doc, sentence, clause_end) if not _own_side(source, c)][:1]  # near: whom it warns


NOT_ACCEPT = r"(?:不|不会|不能|绝不|决不)接受"  # a refusal to accept what the other side says or does
_CLAUSE_FINAL_REFUSAL = re.compile(NOT_ACCEPT + r"(?:这种说法|这一说法|此说法)?\W*")


def _others_act(doc: Analysis, doer: Optional[list[str]], source: Optional[str], clause: int, start: int) -> bool:
    """The act at `start` is another's that the speaker reports (日方反对…, 他们支持…, G7还将支持…): its clause
    names a doer other than the speaker, opens with a pronoun or a vague source, or with a doer of no state."""
    return bool(doer and source not in doer) or _OTHER_DOER.search(doc.norm_text, clause, start) is not None or \
        not doer and uncoded_doer(doc, clause, start)


def _subject(doc: Analysis, clause: int, start: int) -> Optional[list[str]]:
    """The actors that open text[clause:start] as its subject (美日两国应…): the first party named
    within SUBJECT_REACH of the clause's start, not after a preposition, with those listed with it."""
    text = doc.norm_text
    for mention, code in parties.mentions(doc, clause, start):
        if mention.start - clause > SUBJECT_REACH:
            return None
        if text[mention.start - 1:mention.start] in _PREPOSITION and mention.start > clause:
            continue
        return coordinated(doc, mention.start, start, code, None)
    return None


def acted_with(doc: Analysis, start: int, end: int) -> set[str]:
    """The parties of text[start:end] named only after a preposition (对俄方施加压力, 与中国接触): a
    demand is on whoever is to act, not on the one acted on or with."""
    text = doc.norm_text
    found = parties.mentions(doc, start, end)
    after = {c for m, c in found if m.start > start and text[m.start - 1] in _PREPOSITION}
    return after - {c for m, c in found if m.start == start or text[m.start - 1] not in _PREPOSITION}


# --- a hostile deed told by its victim (hostile_deeds.txt) ------------------------------------------

_FIRST_PERSON = re.compile(r"我们|我国|我方|我军")
_PASSIVE = ("被", "遭到", "遭", "受到")  # 我们遭到X袭击: the one after it is the doer
VICTIM_REACH = 3  # the victim starts this close after the deed's word (袭击了乌军; not 袭击的地点位于X)


@lru_cache(maxsize=1)
def _deeds_re() -> re.Pattern:
    return lexicon.alternation(lexicon.words("hostile_deeds.txt"))


def _deed_words(doc: Analysis, start: int, end: int) -> Iterator[re.Match]:
    """The deeds of hostile_deeds.txt in text[start:end] that end where a tagger word ends (not 轰炸机, 袭击案:
    a noun the deed's word only begins)."""
    words = words_of(doc)
    for found in _deeds_re().finditer(doc.norm_text, start, end):
        word = words.at(found.end() - 1)
        if word is None or word[0].end == found.end():
            yield found


def hostile_deed(doc: Analysis, quote: Quote, source: str) -> Optional[tuple[int, str]]:
    """A statement that tells of a hostile deed another state did to the speaker's side (俄罗斯继续
    轰炸我们的城市, X对我方船只使用了水炮, 我们遭到X袭击) accuses the doer: the end of the deed's word
    and the doer's code. Not when the speaker's side does it, when no victim of its side is named, or
    when the deed is denied, supposed or asked about."""
    text = doc.norm_text
    start, end = quote.content.start, quote.content.end
    for found in _deed_words(doc, start, end):
        clause = back_to(text, start, found.start(), CLAUSE_BREAK)
        sentence = back_to(text, start, found.start(), SENTENCE_ENDS)
        clause_end = forward_to(text, found.end(), end, CLAUSE_BREAK)
        sentence_end = forward_to(text, found.end(), end, SENTENCE_ENDS)
        if _NEGATED.search(text, clause, found.start()) or _CONDITION.search(text, sentence, found.start()) or \
                _WILL.search(text, clause, found.start()) or text[sentence_end:sentence_end + 1] in ("？", "?") \
                or INTENT_NOUN_AFTER.match(text, found.start()):  # 动武的企图: an intent named, no deed done
            continue  # (将打击X: a deed not yet done is no grievance)
        named = parties.mentions(doc, sentence, found.start()) + \
            [(span(doc, m.start(), m.end()), source) for m in _FIRST_PERSON.finditer(text, sentence, found.start())]
        doer, passive = None, False
        for mention, code in sorted(named, key=lambda pair: pair[0].start, reverse=True):
            before = text[max(sentence, mention.start - 2):mention.start]
            if before.endswith(_PASSIVE):
                doer, passive = code, True
                break
            if before[-1:] in _PREPOSITION:
                continue  # 对菲方船只…: the one acted on
            doer = code
            break
        if doer is None or _own_side(source, doer):
            continue
        zone = (clause, found.start()) if passive else (found.end(), min(clause_end, found.end() + VICTIM_REACH))
        acted_on = [(m, c) for m, c in named if m.start > clause and text[m.start - 1] in "对向"]  # 对我方船只…
        if _own_victim(doc, source, zone, clause_end) or any(_own_side(source, c) for _, c in acted_on):
            return found.end(), doer
    return None


_WILL = re.compile(r"(?:将|会|(?<![只需想主重必还])要|随时|不惜|准备)[^，,。；;]{0,12}$")  # 将对X发动打击, 随时准备打击
_THREAT = Trigger("将", "THREATEN", "138", "obj")  # CAMEO 138: threaten with military force
_HALT_BEFORE = re.compile(r"(?:停止|暂停|中止|终止|结束|叫停)了?[^，,。；;]{0,12}$")  # 将停止对X的轰炸: no threat


def threatened_deeds(doc: Analysis, quote: Quote, source: str) -> list[tuple[Trigger, Span, str]]:
    """Hostile deeds the speaker's side says it will do to another state (将打击美国在中东的基地, 我们会
    对X发动袭击): a threat to that state. The doer is the speaker's side or unnamed; the state is the
    deed's object or the one after 对/向 in its clause. Not when denied, asked about, or another's."""
    text = doc.norm_text
    start, end = quote.content.start, quote.content.end
    acts = {}
    for found in _deed_words(doc, start, end):
        clause = back_to(text, start, found.start(), CLAUSE_BREAK)
        sentence_end = forward_to(text, found.end(), end, SENTENCE_ENDS)
        if not _WILL.search(text, clause, found.start()) or _HALT_BEFORE.search(text, clause, found.start()) or \
                _NEGATED.search(text, clause, found.start()) or "不" in text[clause:found.start()] or \
                text[sentence_end:sentence_end + 1] in ("？", "?"):
            continue
        doer = _subject(doc, clause, found.start())
        if doer and not any(_own_side(source, c) for c in doer) or _OTHER_DOER.search(text, clause, found.start()):
            continue
        clause_end = forward_to(text, found.end(), end, CLAUSE_BREAK)
        after = [c for m, c in parties.mentions(doc, found.end(), clause_end) if m.start - found.end() <= OBJECT_REACH]
        aimed = after[:1] or addressed(doc, clause, found.start())[:1]
        for target in aimed:
            if not _own_side(source, target):
                acts.setdefault(target, (_THREAT, span(doc, found.start(), found.end()), target))
    return list(acts.values())


def _own_victim(doc: Analysis, source: str, zone: tuple[int, int], clause_end: int) -> bool:
    """A party of the speaker's side, or a first person, starts in zone (it may run on to the clause's end)."""
    text = doc.norm_text
    return any(m.start < zone[1] and _own_side(source, c) for m, c in parties.mentions(doc, zone[0], clause_end)) \
        or any(m.start() < zone[1] for m in _FIRST_PERSON.finditer(text, zone[0], clause_end))


# A person introduced by a research or teaching post (社科院研究员X, 某大学教授X, 某研究所的X): a
# scholar, whose views are no state's intent.
_SCHOLAR_POST = re.compile(r"(?:研究所|研究院|研究中心|研究会|大学|学院|智库|社科院|科学院|专家|学者|教授|研究员|"
                           r"分析人士|分析师|评论员)[^，,。；;！？!?]{0,16}$")
_POST_REACH = 40  # characters before a mention searched for the post


def _quote_at(doc: Analysis, position: int) -> Optional[Quote]:
    """The quote with a speaker whose content holds `position`, else None."""
    return next((q for q in doc.quotes if q.content.start <= position < q.content.end and q.speaker), None)


def advice_to_others(doc: Analysis, position: int, parties_of_act: set) -> bool:
    """`position` lies in what a speaker of a known state says, and the act there is not one his own
    state takes part in (匈牙利外长说，欧盟应与中国开展合作): his advice to others, not their intent."""
    quote = _quote_at(doc, position)
    code = speaker_code(doc, quote) if quote is not None else None
    return code is not None and code not in parties_of_act


def scholar_speech(doc: Analysis, position: int) -> bool:
    """`position` lies in what a scholar says (不带引号的转述 included): what he says a state can, will
    or should do is his opinion, not the state's stated intent."""
    quote = _quote_at(doc, position)
    if quote is None:
        return False
    text = doc.norm_text
    entity = entity_at(doc, quote.speaker)
    mentions = entity.mentions if entity is not None and entity.type == "PER" else [quote.speaker]
    return any(_SCHOLAR_POST.search(text, max(0, m.start - _POST_REACH), m.start) for m in mentions)
