"""Who did it and to whom, for an event trigger: the source and target codes from the clause's
pattern (passive, X与Y V, X对Y V, X V Y, X的攻击, coordinated parties, 后者, a pronoun for the person
named last) and from discourse (the subject of an earlier clause or sentence, 双方 just named)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from .. import lexicon
from ..doc import code_of_span, entity_at, mentions_in
from ..model import Analysis, Quote, Span
from ..nlp.words import titles
from ..nlp.chinese import CLAUSE_BREAKS_BUT_COLONS as CLAUSE_BREAK, SENTENCE_ENDS as SENTENCE_END, back_to, forward_to
from . import event_parties as parties
from .event_parties import (BOTH as _BOTH, LOCATIVE as _LOCATIVE, NOT_LOCATIVE as _NOT_LOCATIVE, WITH,
                            clause_codes as codes, is_place as _is_place)
from .event_triggers import Trigger, is_nominal, words_of

# 赢得/获得/得到 X的支持: a verb of receiving is passive too; X is the one who supports.
_PASSIVE = re.compile(r"遭到|遭受|遭|受到|被|接受|赢得|获得|得到")
_DOMESTIC_TYPES = ("COERCE", "ACCUSE")
_DONE_TO_TYPES = ("ASSAULT", "COERCE", "SANCTION", "THREATEN", "AID")  # X的攻击/制裁/援助: X does it  # arrests, charges and investigations with no agent named
_WITH_THING = re.compile(r"(?<![共协相等如一赞认])[与同跟](?![时样意僚盟胞期步行此])")
# Between coordinated parties: a conjunction, after the first party's collective head (欧盟国家和美国,
# 俄方政府与乌方) when one follows it.
_COORDINATOR = r"\s*(?:(?:国家|成员国|各国|方面|当局|政府|军方|军队|%s)?\s*(?:、|和|与|及|以及|同))?\s*"


@lru_cache(maxsize=1)
def _coordinator() -> re.Pattern:
    """What may stand between two coordinated parties: 、和与及, after a state's body or office (英国首相、波兰)."""
    return re.compile(_COORDINATOR % lexicon.alternation_source(titles()))
# 英国防长华莱士: the state, then its official (a person; 乌克兰对俄罗斯 is no title)
_TITLE_BETWEEN = re.compile(r"[^，,。；;、和与及对向从在把被给为]{1,8}")
_WORD_AFTER_JOINER = set("僚时意样一等盟事学志胞期步行仁伴类")
_ON = re.compile(r"[对向]")
_NOT_A_CLAIM_VERB = {"frame", "document", "nospeaker", "addressee"}  # speech-cue flags of nouns and 告诉
# A clause that goes on with the act of the clause before (its aim, its pretext): 以此为借口, 借此, 进而.
_CONTINUATION = re.compile(r"(?:并|再|还)?(?:以此|借此|藉此|以[^，,。；;]{1,8}为借口|进而|从而)")
_TIME_CLAUSE_END = re.compile(r"(?:时|之时|之际|期间|之后|以后|之前|以来)$")
_MODIFIED_OBJECT = re.compile(r"[对向][^，,。；;、对向]{1,12}的$")
_DESTINATION = re.compile(r"前往|运往|送往|运抵|运至|运到|送到|送抵|发往")
_OWN_STATE = "SELF"  # implied-party column: the act is done within the actor's own state
_LATTER = re.compile(r"(?:然而|但是|但|而|可)?(?P<which>后者|前者)")  # 后者: the second of the two parties just named
_PREPOSITIONS = set("与同跟对向给为把和自从离")  # the party after these is an object, not the clause's subject
# A pronoun opening a clause is its subject (他们认为, 这也…); not 此前, 其后, 这次.
_OWN_SUBJECT = re.compile(r"(?:而|但是|但|并|也|则|可)?(?:他们|她们|我们|他|她|我|你|这|此|该|其|它|谁|有人|人们|大家|各方"
                          r"|双方|两国|对方|彼此)(?![前后外次时间里实样])")
DOMESTIC_REACH = 12  # a statement's own-state person target is named within this many characters
SUBJECT_REACH = 10  # a clause's subject starts within this many characters of the clause
BARE_PASSIVE_REACH = 2  # 被冻结, 遭到无端指责: a passive this close to the act with no agent named
POSSESSOR_REACH = 10  # 伊朗规模空前的首轮袭击: the owner of the act within this many characters
MODIFIER_REACH = 14  # 对 and a modifier ending in 的 before the party it is done to
PASSIVE_REACH = 2  # the agent of a passive starts within this many characters of 被/遭到


def arguments(doc: Analysis, sentence: Span, clause_start: int, start: int, end: int, clause_end: int,
              trigger: Trigger) -> tuple[Optional[str], list[str]]:
    """Source and target codes from the clause's pattern: passive, X与Y V, X对Y V, X V Y; every
    party of a coordinated object is a target (与法国、英国防长通电话)."""
    text = doc.norm_text
    clause_start = _embedded_start(doc, clause_start, start)
    passive = _PASSIVE.search(text, clause_start, start)
    if passive is not None and passive.start() > clause_start and \
            _claim_verb().search(text, passive.end(), start):
        # 伊朗被美国指责支持恐怖主义: the passive is the accusation's; the act claimed is the subject's
        doers = codes(doc, clause_start, passive.start())
        if doers:
            done_to = addressed(doc, passive.end(), start) or _coordinated_after(doc, end, clause_end, doers[0])
            return doers[0], _implied(trigger, doers[0], [c for c in done_to if c != doers[0]])
    agents = []
    if passive is not None:  # the agent follows 被/遭到 directly: 遭到俄罗斯袭击, not 被报道对乌克兰发动袭击
        first = next(iter(parties.mentions(doc, passive.end(), start)), None)
        if first is not None and first[0].start - passive.end() <= PASSIVE_REACH:
            agents = codes(doc, passive.end(), start)
    if passive is not None and not agents and trigger.type in _DOMESTIC_TYPES:
        patient = _person_before(doc, clause_start, passive.start())
        if patient is not None:
            return patient, [patient]  # 前官员X被逮捕, X接受审查调查: his own state acts on him
    if passive is not None and not agents and trigger.type not in _DOMESTIC_TYPES \
            and start - passive.end() <= BARE_PASSIVE_REACH:
        return None, codes(doc, clause_start, passive.start())  # 资产被冻结: the doer is not named
    if agents:
        passive = passive.start()
        patients = codes(doc, clause_start, passive)
        patient = patients[0] if patients else subject(doc, sentence, clause_start, start)
        return agents[0], [patient] if patient else []
    at = joiner(doc, WITH if trigger.frame == "with" else _ON, clause_start, start)
    opening = _opening_with(doc, clause_start, start) if trigger.frame == "with" else None
    if at is None and opening is not None:  # ……，强调与法国扩大合作: the subject is the sentence's
        source = subject(doc, sentence, clause_start, start)
        return source, _implied(trigger, source, [c for c in codes(doc, opening.end(), start) if c != source])
    if at is None and trigger.frame == "to":  # 交付 with no 向/给: a delivery of goods bought, no aid
        return None, []
    if at is not None and trigger.frame in ("with", "on", "to"):
        left = codes(doc, clause_start, at)
        source = left[0] if left else subject(doc, sentence, clause_start, start)
        if trigger.frame == "with" and _partner_is_no_party(doc, clause_start, start):
            return source, _implied(trigger, source, [])  # 英国和日本的海外站将与供应商合作
        return source, _implied(trigger, source, [c for c in codes(doc, at + 1, start) if c != source])
    owner = _possessor(doc, clause_start, start) if trigger.type in _DONE_TO_TYPES else None
    if owner is not None:  # 乌克兰扛过了俄罗斯的第一波攻击: Russia attacks, Ukraine is attacked
        subject_code = codes(doc, clause_start, start)[0]
        return owner, [subject_code] if subject_code != owner else []
    done_to = addressed(doc, clause_start, start)  # 向基里巴斯提供援助: the one it is done to
    verb_objects = _verb_phrase_objects(doc, clause_start, start)  # 响应美国、带头鼓噪: 美国 is 响应's
    before = [c for c in codes(doc, clause_start, start) if c not in done_to and c not in verb_objects]
    if trigger.implied and trigger.implied != _OWN_STATE and trigger.implied in before[1:]:
        before.remove(trigger.implied)  # 中方说巴基斯坦总理访华: the visitor, not the host, visits
    source = before[0] if before else subject(doc, sentence, clause_start, start)
    if trigger.implied and source == trigger.implied:  # 赵立坚说巴基斯坦总理访华: the host speaks; 首次访华: nobody named
        source = next((c for c in before if c != trigger.implied), None)
    if trigger.frame == "with":  # 中德会晤, X讨论乌克兰局势: the partner stands with the subject, not after
        if _partner_is_no_party(doc, clause_start, start):
            return source, _implied(trigger, source, [])
        objects = [c for c in before[1:] if c != source]
    else:
        objects = done_to or _coordinated_after(doc, end, clause_end, source, locative=trigger.frame == "direct")
    if not objects and not before and trigger.frame == "with" and source is not None:
        objects = _subject_partners(doc, sentence, clause_start, source)  # 中越签署声明，已就…达成一致
    if not objects and _BOTH.match(text, end):
        objects = both_named(doc, sentence, start, source)  # 会见两国代表, 敦促双方: the two just named
    if not objects and trigger.type == "AID":
        objects = [c for c in _destination(doc, end, clause_end) if c != source]
    if not objects:
        objects = [c for c in before[1:] + codes(doc, clause_start, start, locative=True) if c != source]
    return source, _implied(trigger, source, objects)


def _verb_phrase_objects(doc: Analysis, clause_start: int, start: int) -> list[str]:
    """Parties that close the first of two verb phrases joined by 、 (响应美国、带头鼓噪…), or open a
    term quoted as a verb's object (炒作“中国威胁论”、…): that verb's objects, not the doer of the
    act after them; a pivot verb's object does the act after it (支持乌克兰、…)."""
    text = doc.norm_text
    found, elsewhere = [], set()
    for mention, code in parties.mentions(doc, clause_start, start):
        closes = text.startswith("、", mention.end) and not parties.mentions(doc, mention.end + 1, mention.end + 3)[:1]
        in_term = text[mention.start - 1:mention.start] in ("“", "「")
        if (closes or in_term) and mention.start > clause_start and \
                _object_of_verb(doc, clause_start, mention.start, pivots=False):
            found.append(code)
        else:
            elsewhere.add(code)  # 英国将为持有“英国护照”的人…: 英国 is also the subject
    return [c for c in found if c not in elsewhere]


def continued_claim(doc: Analysis, sentence: Span, clause_start: int) -> Optional[int]:
    """Where the claimed clause begins in the clause before, when this clause goes on with it
    (美国指责俄罗斯准备制造事端，以此为借口入侵乌克兰: the pretext is Russia's, as is the invasion);
    None when the clause opens with no such continuation or the clause before embeds no claim."""
    text = doc.norm_text
    if clause_start <= sentence.start or not _CONTINUATION.match(text, clause_start):
        return None
    begin = back_to(text, sentence.start, clause_start - 1, CLAUSE_BREAK)
    embedded = _embedded_start(doc, begin, clause_start - 1)
    return embedded if embedded > begin else None


def _embedded_start(doc: Analysis, clause_start: int, start: int) -> int:
    """Where the clause the act belongs to begins: after a verb of saying or accusing whose object
    is a party doing the act (美国指责莫斯科准备发动袭击: Moscow is the one who attacks), or where the
    content of reported speech opens with its own subject (俄方称乌方袭击了…: 乌方 attacks)."""
    text = doc.norm_text
    found = clause_start
    contents = {q.content.start for q in doc.quotes if q.cue is not None and q.cue.end <= q.content.start}
    for mention, _ in parties.mentions(doc, clause_start, start)[1:]:
        if mention.start > found and (_claim_verb_before().search(text, clause_start, mention.start) or
                                      mention.start in contents):
            found = mention.start
    return found


@lru_cache(maxsize=1)
def _claim_verb_before() -> re.Pattern:
    """A verb of saying or accusing right before a position (指责, 声称, 担心) with 了/称 after it."""
    return re.compile("(?:" + _claim_verb().pattern + ")(?:称|了)?$")


@lru_cache(maxsize=1)
def _claim_verb() -> re.Pattern:
    """A verb of saying or accusing (指责, 声称, 担心), anywhere."""
    verbs = [row[0].strip() for row in lexicon.rows("speech_cues.txt")  # not the nouns of 据X观察, 数据显示
             if not _NOT_A_CLAIM_VERB & set(" ".join(row[1:]).split())]
    words = set(verbs) | set(lexicon.words("claim_verbs.txt"))
    return lexicon.alternation({w for w in words if len(w) >= 2})


def _opening_with(doc: Analysis, clause_start: int, start: int) -> Optional[re.Match]:
    """The 与/同/和 that opens the clause after adverbs or a time (并与…, 星期二和乌克兰总统会谈),
    with a party right after it and none before it in the clause."""
    text = doc.norm_text
    opening = WITH.match(text, _skip_adverbs(text, clause_start, start))
    if opening is not None:
        return opening
    for match in WITH.finditer(text, clause_start, min(start, clause_start + SUBJECT_REACH)):
        if parties.mentions(doc, clause_start, match.end()):
            return None
        first = next(iter(parties.mentions(doc, match.end(), start)), None)
        if first is not None and first[0].start == match.end():
            return match
    return None


def _partner_is_no_party(doc: Analysis, clause_start: int, start: int) -> bool:
    """The parties before the verb are not its partners when a 与/同/跟 after them names a partner
    that is no party (四个海外站将与国外供应链合作)."""
    found = parties.mentions(doc, clause_start, start)
    last_end = max((m.end for m, _ in found), default=clause_start)
    return bool(_WITH_THING.search(doc.norm_text, last_end, start))


# A later clause that opens with a contrast (…，而俄罗斯…, …，但美国…) has a subject of its own, who
# acts there: no patient of the act before it.
_CONTRAST = re.compile(r"[，,；;](?:而|但是|但|然而|可是|不过)")


def sentence_target(doc: Analysis, sentence: Span, clause_start: int, clause_end: int,
                    source: Optional[str], own_object: bool = False, force: bool = True) -> list[str]:
    """When the trigger's clause names no other party: the party a later clause of the sentence names
    (俄方指责称，英国向基辅提供导弹…), else one an earlier clause names. When the verb has an object of
    its own (`own_object`), a later clause is no complement of it, and the party opening that clause
    is its own subject (X炒作…活动，Y多次予以批驳: Y answers, it is not what X hyped). A verbal act
    (not `force`) takes no target from a clause that only says who reports it (Y说，X要求参加…: Y
    reports X's demand, Y is not asked)."""
    contrast = _CONTRAST.search(doc.norm_text, clause_end, sentence.end)  # …会议，而俄罗斯会拒绝…
    stop = contrast.start() if contrast else sentence.end
    later = [c for c in (_later_objects(doc, clause_end, stop) if own_object else codes(doc, clause_end, stop))
             if c != source]
    earlier = [c for c in _earlier_parties(doc, sentence.start, clause_start, force) if c != source]
    if not later and not earlier and source is not None and _own_person_addressed(doc, sentence, clause_start, source):
        return [source]  # 特纳致函情报总监海恩斯，要求展开审查: a person of his own state
    return (later or earlier)[:1]


# A clause that is only the attribution of what follows (朱凤莲说，/该官员表示，/共产党又发现，).
_ATTRIBUTION = re.compile(r"(?:说|称|表示|指出|强调|认为|透露|介绍|发现|声称|宣称|说道|写道|回应|坦言|直言)[:：]?\s*$")


def _earlier_parties(doc: Analysis, start: int, stop: int, force: bool) -> list[str]:
    """The parties of the clauses in text[start:stop]; for a verbal act, not those of a clause
    that attributes what follows to its speaker."""
    if force:
        return codes(doc, start, stop)
    text, found = doc.norm_text, []
    begin = start
    while begin < stop:
        end = forward_to(text, begin, stop, CLAUSE_BREAK)
        if not (_ATTRIBUTION.search(text, begin, end) or _claim_verb_before().search(text, begin, end)):
            found += [c for c in codes(doc, begin, end) if c not in found]
        begin = end + 1
    return found


# What may stand before the subject that opens a clause: marks, a conjunction or a linking adverb.
_OPENER = re.compile(r"\W*(?:而且|并且|同时|随后|此后|其后|而|并|也|又|还|则|更)?\s*")


def _later_objects(doc: Analysis, start: int, stop: int) -> list[str]:
    """The parties of the clauses in text[start:stop], less the subject that opens each clause."""
    text, found = doc.norm_text, []
    begin = start
    while begin < stop:
        begin += text[begin] in CLAUSE_BREAK
        end = forward_to(text, begin, stop, CLAUSE_BREAK)
        named = codes(doc, begin, end)
        first = next(iter(parties.mentions(doc, begin, end)), None)
        if named and first is not None and first[1] == named[0] and _OPENER.fullmatch(text, begin, first[0].start):
            named = named[1:]
        found += [c for c in named if c not in found]
        begin = max(end, begin + 1)
    return found


def _own_person_addressed(doc: Analysis, sentence: Span, clause_start: int, source: str) -> bool:
    """An earlier clause names, after its subject and not coordinated with it, a person of the
    subject's own state (致函国家情报总监海恩斯)."""
    text = doc.norm_text
    people = [m for m, e in mentions_in(doc, sentence.start, clause_start) if e.type == "PER" and e.country == source]
    return len(people) >= 2 and people[0].text != people[1].text and \
        not _coordinator().fullmatch(text[people[0].end:people[1].start])


def _implied(trigger: Trigger, source: Optional[str], targets: list[str]) -> list[str]:
    """The party the trigger word names (访华: CHN; 政变: the actor's own state) replaces those found."""
    if trigger.implied == _OWN_STATE:
        return [source] if source else targets
    if trigger.implied:
        return [trigger.implied]
    return targets


# After a verb, a noun that is no party and then 同/与/跟 and a party (反对建交国同台湾…往来, 呼吁各方与X对话):
# the verb's object is a clause whose subject is that noun; the party is only its partner.
_EMBEDDED_PARTNER = re.compile(r"[了着过]?[^，,。；;、了着过同与跟和的“”]{2,8}[同与跟]")


def _coordinated_after(doc: Analysis, start: int, end: int, source: Optional[str], locative: bool = False) -> list[str]:
    """The object after a verb and the parties coordinated with it (谴责英国和法国); a person of the
    subject's own state is a domestic target (批评前总统X)."""
    text = doc.norm_text
    chain: list[str] = []
    last_end, last = None, None
    for mention, code in parties.mentions(doc, start, end):
        if last is not None and mention == last and code not in chain:
            chain.append(code)  # another member of the same group (中亚五国)
            continue
        if last_end is not None and mention.start < last_end:
            continue
        if last_end is not None and not _coordinator().fullmatch(text[last_end:mention.start]) \
                and not (_TITLE_BETWEEN.fullmatch(text[last_end:mention.start]) and _is_person(doc, mention)):
            break
        before = text[max(start, mention.start - 2):mention.start]
        if last_end is None and _EMBEDDED_PARTNER.fullmatch(text, start, mention.start):
            break  # 反对建交国同台湾往来: the partner in the act opposed; its doer, named before 同, is no party
        if last_end is None and not locative and before.endswith(_LOCATIVE) and not before.endswith(_NOT_LOCATIVE):
            continue
        if code != source or _is_person(doc, mention):
            if code not in chain:
                chain.append(code)
        last_end, last = mention.end, mention
    if chain and source in chain and any(c != source for c in chain):
        chain.remove(source)  # a person of the subject's state among foreign parties is not a target
    return chain


def domestic_person(doc: Analysis, quote: Quote, end: int) -> bool:
    """The statement names, near its start, a person of the speaker's state other than the speaker."""
    speaker = entity_at(doc, quote.speaker) if quote.speaker is not None else None
    source = code_of_span(doc, quote.speaker) if quote.speaker is not None else None
    for mention, code in parties.mentions(doc, quote.content.start, min(end, quote.content.start + DOMESTIC_REACH)):
        entity = entity_at(doc, mention)
        if code == source and entity is not None and entity.type == "PER" and entity is not speaker:
            return True
    return False


def _person_before(doc: Analysis, start: int, end: int) -> Optional[str]:
    """The state of the person named last in text[start:end]: the person's own code, else that of
    the state named before an uncoded person (美国前官员约翰)."""
    people = [(m, e) for m, e in mentions_in(doc, start, end) if e.type == "PER"]
    if not people:
        return None
    mention, entity = people[-1]
    if entity.country:
        return entity.country
    found = [code for m, code in parties.mentions(doc, start, mention.start) if not _is_person(doc, m)]
    return found[-1] if found else None


def _is_person(doc: Analysis, mention: Span) -> bool:
    entity = entity_at(doc, mention)
    return entity is not None and entity.type == "PER"


def addressed(doc: Analysis, start: int, end: int) -> list[str]:
    """Codes of the mentions right after 向/对 in text[start:end] (objects, not subjects), or after
    向/对 and a modifier ending in 的 (对在公海作业的中国渔船)."""
    text = doc.norm_text
    found = []
    last_end = start
    for mention, code in parties.mentions(doc, start, end):
        if text[max(start, mention.start - 1):mention.start] in ("向", "对") or \
                _MODIFIED_OBJECT.search(text, max(start, last_end, mention.start - MODIFIER_REACH), mention.start):
            found.append(code)
        last_end = max(last_end, mention.end)
    return list(dict.fromkeys(found))


def _subject_partners(doc: Analysis, sentence: Span, clause_start: int, source: str) -> list[str]:
    """The parties coordinated with a subject taken from an earlier clause (中泰发表联合公报，双方已就
    …达成一致: Thailand is China's partner in agreeing)."""
    text = doc.norm_text
    position = clause_start
    while position > sentence.start:
        begin = min(back_to(text, sentence.start, position - 1, CLAUSE_BREAK), position - 1)
        if clause_subject(doc, begin, position) == source:
            return [c for c in coordinated(doc, begin, position, source, None)[1:] if c != source]
        position = begin
    return []


def both_named(doc: Analysis, sentence: Span, position: int, source: Optional[str] = None,
               finder: Optional[Callable[[Analysis, int, int], list[str]]] = None) -> list[str]:
    """The two parties other than `source` named last before `position`, in this sentence or the
    one before it; none when more or fewer than two are named there. `finder` lists the codes of
    a stretch of text (`codes` by default, which leaves out places after 在/于)."""
    text = doc.norm_text
    previous = back_to(text, 0, max(0, sentence.start - 1), SENTENCE_END)
    for begin in (sentence.start, previous):
        found = [c for c in (finder or codes)(doc, begin, position) if c != source]
        if len(found) == 2:
            return found
        if len(found) > 2:
            return []
    return []


def _possessor(doc: Analysis, clause_start: int, start: int) -> Optional[str]:
    """The party whose act the trigger names (伊朗规模空前的首轮袭击), when the clause's subject
    is another party: the last party before the trigger, with 的 between them and nothing else named."""
    found = parties.mentions(doc, clause_start, start)
    if len({code for _, code in found}) < 2:
        return None
    mention, code = found[-1]
    between = doc.norm_text[mention.end:start]
    if len(between) > POSSESSOR_REACH or "的" not in between or code == found[0][1]:
        return None
    if _ON.search(doc.norm_text, found[0][0].end, mention.start) and not is_nominal(words_of(doc), start):
        return None  # 对原产于X的进口商品征收关税: the verb's object is Australian, not the act
    return code


def _destination(doc: Analysis, end: int, clause_end: int) -> list[str]:
    """Where goods are sent (运送…前往乌克兰): the party right after 前往/运往/送往."""
    text = doc.norm_text
    for match in _DESTINATION.finditer(text, end, clause_end):
        first = next(iter(parties.mentions(doc, match.end(), clause_end)), None)
        if first is not None and first[0].start == match.end():
            return [code for mention, code in parties.mentions(doc, match.end(), clause_end) if mention == first[0]]
    return []


def coordinated(doc: Analysis, start: int, end: int, source: Optional[str], target: Optional[str]) -> list[str]:
    """Every source of a coordinated subject: 美国和日本对朝鲜实施制裁 is two sanctions, one by
    each; the mentions must follow each other with nothing but 、和与及 between them."""
    if source is None:
        return [source]
    text = doc.norm_text
    mentions = parties.mentions(doc, start, end)
    first = next((i for i, (_, code) in enumerate(mentions) if code == source), None)
    if first is None:
        return [source]
    last = mentions[first][0]
    group = [c for m, c in mentions if m == last]
    chain = [source] if target in group else list(dict.fromkeys([source] + group))  # all of G7
    last_end = last.end
    for mention, code in mentions[first + 1:]:
        if mention == last and code != target and code not in chain:
            chain.append(code)  # another member of the same group (中亚五国)
            continue
        if mention.start < last_end:
            continue  # a mention inside the last one
        if not _coordinator().fullmatch(text[last_end:mention.start]) or code == target:
            break
        if code not in chain:
            chain.append(code)
        last_end, last = mention.end, mention
    return chain


def _skip_adverbs(text: str, start: int, end: int) -> int:
    """Past the verbs and adverbs that open a clause before 与: 强调与…, 并与…, 还将与…"""
    match = re.match(r"(?:[并还也将已又则再]|强调|表示|计划|希望|准备|决定|同意|愿意)*", text[start:end])
    return start + (match.end() if match else 0)


def joiner(doc: Analysis, pattern: re.Pattern, start: int, end: int) -> Optional[int]:
    """The 与/和/对/向 that stands between two actors (not the 同 of 同僚): the last 与/同/对/向
    before the trigger (X同Y断交并与Z复交), else the first 和 (X和Y会谈)."""
    text = doc.norm_text
    valid = []
    for match in pattern.finditer(text, start, end):
        at = match.start()
        if text[at + 1:at + 2] in _WORD_AFTER_JOINER and not any(
                m.start == at + 1 for m, _ in parties.mentions(doc, at + 1, end)):
            continue  # 同意, 同时 (but 和意大利: a party's name starts there)
        if codes(doc, start, at) and codes(doc, at + 1, end):
            valid.append(at)
    strong = [at for at in valid if text[at] != "和"]
    return strong[-1] if strong else (valid[0] if valid else None)


def subject(doc: Analysis, sentence: Span, clause_start: int, until: Optional[int] = None) -> Optional[str]:
    """The subject when the trigger's clause has none (……，并拒绝了……): 后者 in the clause; the
    subject of the main clause after a clause of time; the subject of the nearest earlier clause
    (乌克兰扛过了攻击，美国和北约狂喜，坚决支援…); else, when the sentence names no doer before
    `until`, the speaker of a statement just ended or the subject of the sentence before."""
    text = doc.norm_text
    if until is not None and _LATTER.match(text, clause_start, until):
        return clause_subject(doc, clause_start, until)  # 然而后者拒绝: the second party just named
    if until is not None and _uncoded_subject(doc, clause_start, until):
        return None  # 但奥尔古因多次评价…: the clause has a subject of its own, of no known state
    claimed = continued_claim(doc, sentence, clause_start)
    if claimed is not None and clause_subject(doc, claimed, clause_start):
        return clause_subject(doc, claimed, clause_start)  # A指责B准备…，以此为借口入侵C: B invades
    if until is not None:
        main = _main_clause_subject(doc, sentence, until)
        if main is not None:
            return main
    clauses = []
    begin = sentence.start
    while begin < clause_start:
        end = forward_to(text, begin, clause_start, CLAUSE_BREAK)
        clauses.append((begin, end))
        begin = end + 1
    for begin, end in reversed(clauses):
        found = clause_subject(doc, begin, end)
        if found:
            return found
    if parties.mentions(doc, sentence.start, clause_start) or \
            until is not None and _names_someone(doc, sentence.start, until):
        return None
    if clause_start == sentence.start:
        return _speaker_before(doc, sentence.start) or _previous_subject(doc, sentence.start)
    return _previous_subject(doc, sentence.start) if until is not None else None


def _uncoded_subject(doc: Analysis, begin: int, end: int) -> bool:
    """A person or organisation with no state opens text[begin:end] as its subject."""
    text = doc.norm_text
    for mention, entity in mentions_in(doc, begin, min(end, begin + SUBJECT_REACH + 8)):
        if mention.start - begin > SUBJECT_REACH:
            break
        if text[mention.start - 1:mention.start] in _PREPOSITIONS or _object_of_verb(doc, begin, mention.start):
            continue
        return entity.type in ("PER", "ORG") and not entity.country
    return False


def _names_someone(doc: Analysis, start: int, end: int) -> bool:
    """text[start:end] names a doer of its own: any entity, coded or not (欧洲, 一家公司), or a
    pronoun (他们, 这); then the subject of the sentence before is not carried over."""
    text = doc.norm_text
    if mentions_in(doc, start, end) or _uncoded_doers().search(text, start, end):
        return True
    begin = start
    while begin < end:
        if _OWN_SUBJECT.match(text, begin, end):
            return True
        begin = forward_to(text, begin, end, CLAUSE_BREAK) + 1
        while begin < end and text[begin].isspace():
            begin += 1
    return False


@lru_cache(maxsize=1)
def _uncoded_doers() -> re.Pattern:
    return lexicon.alternation(lexicon.words("uncoded_doers.txt"))


def _main_clause_subject(doc: Analysis, sentence: Span, position: int) -> Optional[str]:
    """A clause of time (会见两国代表时，土耳其总统提出…) shares the subject of the clause after it."""
    text = doc.norm_text
    end = forward_to(text, position, sentence.end, CLAUSE_BREAK)
    if end >= sentence.end or not _TIME_CLAUSE_END.search(text, position, end):
        return None
    return clause_subject(doc, end + 1, forward_to(text, end + 1, sentence.end, CLAUSE_BREAK))


def clause_subject(doc: Analysis, begin: int, end: int) -> Optional[str]:
    """The party that opens text[begin:end] as its subject: near the clause's start and not the
    object of a preposition or a place (破坏与中国的关系 and 在北京 have none)."""
    text = doc.norm_text
    latter = _LATTER.match(text, begin, end)
    if latter:
        named = parties.codes(doc, back_to(text, 0, max(0, begin - 1), SENTENCE_END), begin)
        return (named[-1] if latter.group("which") == "后者" else named[-2]) if len(named) >= 2 else None
    for mention, code in parties.mentions(doc, begin, min(end, begin + SUBJECT_REACH + 12)):
        if mention.start - begin > SUBJECT_REACH:
            break
        before = text[max(begin, mention.start - 2):mention.start]
        if before[-1:] in _PREPOSITIONS or before.endswith(_LOCATIVE) and not before.endswith(_NOT_LOCATIVE):
            continue
        if mention.start > begin and _object_of_verb(doc, begin, mention.start):
            continue  # 炒作“中国威胁论”, 破坏中国的利益: the verb's object, not the clause's subject
        return code
    return None


def _object_of_verb(doc: Analysis, begin: int, position: int, pivots: bool = True) -> bool:
    """A verb of the clause stands right before `position` (directly or before an opening quotation
    mark), so the party there is its object; a verb of saying may open an embedded subject
    (表示俄罗斯将…) and does not count."""
    text = doc.norm_text
    at = position - 1 if text[position - 1] not in "“「\"‘" else position - 2
    if at < begin:
        return False
    word = words_of(doc).at(at)
    return word is not None and word[1].startswith("v") and word[0].start >= begin and \
        not _claim_verb_before().search(text, begin, word[0].end) and \
        (pivots or word[0].text not in _pivot_verbs())


@lru_cache(maxsize=1)
def _pivot_verbs() -> frozenset:
    """Verbs whose object is the doer of the verb after it (兼语: 敦促X撤军, 支持X反攻)."""
    return frozenset(lexicon.words("pivot_verbs.txt"))


def _previous_subject(doc: Analysis, sentence_start: int) -> Optional[str]:
    """A sentence that names no party before its verb goes on with the subject of the sentence
    before it in the same paragraph (中国特使去了德国。第二站就去波兰。)."""
    text = doc.norm_text
    if sentence_start == 0 or text[sentence_start - 1] == "\n":
        return None
    begin = back_to(text, 0, sentence_start - 1, SENTENCE_END)
    while begin < sentence_start - 1:
        end = forward_to(text, begin, sentence_start - 1, CLAUSE_BREAK)
        found = clause_subject(doc, begin, end)
        if found:
            return found
        begin = end + 1
    return None


def _speaker_before(doc: Analysis, position: int) -> Optional[str]:
    """A sentence that opens with its verb (…。希望澳方…) goes on with the speaker of a statement
    that ends right before it."""
    text = doc.norm_text
    for quote in reversed(doc.quotes):
        if quote.speaker is not None and quote.content.end <= position and \
                not text[quote.content.end:position].strip("”」’\"。；; \n"):
            return code_of_span(doc, quote.speaker)
    return None
