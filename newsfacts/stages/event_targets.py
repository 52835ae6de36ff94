"""The target of an act whose clause names none: a party that another clause of the same sentence
names (a later clause first, else an earlier one that does not only attribute what follows)."""
from __future__ import annotations

import re
from typing import Optional

from .. import lexicon
from ..kb import KnowledgeBase
from ..doc import code_of_span, country_counts, entity_at, mentions_in, two_most_named
from ..model import Analysis, Quote, Span
from ..nlp.chinese import CLAUSE_BREAKS_BUT_COLONS as CLAUSE_BREAK, SENTENCE_ENDS, back_to, forward_to
from ..nlp.words import LEADERS_GOVERNMENT, TITLE_TENSE, ends_in_role, title_alternation
from . import event_parties as parties
from .event_counted import COUNTED
from .event_parties import clause_codes as codes
from .event_subjects import (claim_verb_before as _claim_verb_before, clause_subject, coordinated,
                             coordinator as _coordinator, topic_party)

# A later clause that opens with a contrast (…，而俄罗斯…, …，但美国…) has a subject of its own, who
# acts there: no patient of the act before it.
_CONTRAST = re.compile(r"[，,；;](?:而|但是|但|然而|可是|不过)")
# …对多家企业实施限制，其中包括X和Y的企业: the clause after lists who is among those acted on; every
# party it names is a target, not only the first.
_INCLUDED = re.compile(r"[，,]\s*其中(?:包括|有)")


# 通过世界粮食计划署向苏丹提供援助, 通过联合国通知加沙居民: the body an act goes through is its channel, no party
_CHANNEL = re.compile(r"(?:通过|经由|借助|透过)$")


def through_channel(text: str, floor: int, mention: Span) -> bool:
    """The mention, after `floor`, follows 通过/经由/借助/透过: the act goes through it."""
    return _CHANNEL.search(text, max(floor, mention.start - 3), mention.start) is not None


def only_as_channel(doc: Analysis, start: int, stop: int, code: str) -> bool:
    """Every mention of `code` in text[start:stop] is a channel the act goes through (通过联合国)."""
    found = [m for m, c in parties.mentions(doc, start, stop) if c == code]
    return bool(found) and all(through_channel(doc.norm_text, start, m) for m in found)


def sentence_target(doc: Analysis, sentence: Span, clause_start: int, clause_end: int,
                    source: Optional[str], own_object: bool = False, force: bool = True, apart: bool = False) -> list[str]:
    """When the trigger's clause names no other party: the party a later clause of the sentence names
    (伊方指责称，美国向以色列运送炸弹…), else one an earlier clause names. When the verb has an object of
    its own (`own_object`), a later clause is no complement of it, and the party opening that clause
    is its own subject (X炒作…活动，Y多次予以批驳: Y answers, it is not what X hyped). A verbal act
    (not `force`) takes no target from a clause that only says who reports it (Y说，X要求参加…: Y
    reports X's demand, Y is not asked). An act done `apart` (not with a partner) takes no target from
    the parties coordinated with its source (A、B致电X，表示祝贺: X, not B)."""
    contrast = _CONTRAST.search(doc.norm_text, clause_end, sentence.end)  # …会议，而俄罗斯会拒绝…
    stop = contrast.start() if contrast else sentence.end
    if source is not None and not own_object and _own_government_next(doc, clause_end, stop):
        return [source]  # 议员质疑，当局花钱去日本…: his own government, not the place it went to
    topic = topic_party(doc, sentence, clause_start)
    if topic is not None and topic != source and topic not in codes(doc, clause_start, clause_end) \
            and clause_end >= stop:
        return [topic]  # 针对X发表的报告，…，Y予以谴责: the answer closes the sentence and is aimed at X
    later = [c for c in (_later_objects(doc, clause_end, stop) if own_object else codes(doc, clause_end, stop))
             if c != source and not _only_in_terms(doc, clause_end, stop, c)
             and not only_as_destination(doc, clause_end, stop, c) and not only_as_origin(doc, clause_end, stop, c)]
    joint = set(coordinated(doc, sentence.start, clause_start, source, None)) if source is not None and apart else set()
    earlier = [c for c in _earlier_parties(doc, sentence.start, clause_start, force)
               if c != source and c not in joint and not _only_in_terms(doc, sentence.start, clause_start, c)
               and not only_as_origin(doc, sentence.start, clause_start, c)  # A、B致电X，表示祝贺: X, not B
               and not only_as_channel(doc, sentence.start, clause_start, c)]
    if not later and not earlier and source is not None and _own_person_addressed(doc, sentence, clause_start, source):
        return [source]  # 特纳致函情报总监海恩斯，要求展开审查: a person of his own state
    included = _INCLUDED.match(doc.norm_text, clause_end)
    if later and included:
        listed_end = forward_to(doc.norm_text, included.end(), stop, CLAUSE_BREAK)
        listed = [c for c in codes(doc, included.end(), listed_end) if c in later]
        return listed or [later[0]]
    if later:
        return _with_span_mates(doc, clause_end, stop, later[0])
    return _with_span_mates(doc, sentence.start, clause_start, earlier[0]) if earlier else []


def _with_span_mates(doc: Analysis, start: int, stop: int, first: str) -> list[str]:
    """The party `first` and, when it is named by a counted group (三国, 这四个国家), the other members
    named on that span of text[start:stop]: the group is the target as each of its members. (A region
    read as a named group, 中亚, stays the one party found: a topic more often than a target.)"""
    found = parties.mentions(doc, start, stop)
    span = next((m for m, c in found if c == first), None)
    if span is None or not COUNTED.fullmatch(span.text):
        return [first]
    return [first] + [c for m, c in found if m == span and c != first]


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


_OWN_GOVERNMENT = re.compile(r"(?:" + lexicon.alternation_source(lexicon.words("own_government_nouns.txt")) + r")(?!间)")


def _own_government_next(doc: Analysis, clause_end: int, stop: int) -> bool:
    """The clause after the act opens with a bare government noun: the critic's own government."""
    return clause_end < stop and doc.norm_text[clause_end] in CLAUSE_BREAK and \
        own_government_opens(doc, clause_end + 1, stop)


def own_government_opens(doc: Analysis, begin: int, stop: int) -> bool:
    """text[begin:stop] opens with a bare government noun (当局, 政府; data/own_government_nouns.txt)
    and names no party before it: said by a critic, his own government (议员质疑，当局…)."""
    text = doc.norm_text
    opener = _OPENER.match(text, begin, stop)
    at = opener.end() if opener else begin
    noun = _OWN_GOVERNMENT.match(text, at, stop)
    return noun is not None and not parties.mentions(doc, begin, noun.end())


def own_leaders_government_opens(doc: Analysis, begin: int, stop: int, state: str) -> bool:
    """text[begin:stop] opens with a leader of `state` and his government (岸田政府正在…, 莫迪政府隐瞒…):
    said by someone of that state, his own government is blamed."""
    text = doc.norm_text
    opener = _OPENER.match(text, begin, stop)
    at = opener.end() if opener else begin
    first = next(iter(parties.mentions(doc, at, stop)), None)
    if first is None or first[0].start != at or first[1] != state:
        return False
    entity = entity_at(doc, first[0])
    return entity is not None and entity.type == "PER" and LEADERS_GOVERNMENT.match(text, first[0].end, stop) is not None


TERM_REACH = 8  # a quoted term (“两个中国”, “中国威胁”) is at most this many characters long


def _only_in_terms(doc: Analysis, start: int, stop: int, code: str) -> bool:
    """Every mention of `code` in text[start:stop] lies inside a short quoted term: a slogan or a
    topic (企图制造“两个中国”) in another clause, not a party the act is done to."""
    text = doc.norm_text
    return _every_mention(doc, start, stop, code, lambda m: _inside_term(text, m))


def _inside_term(text: str, mention: Span) -> bool:
    opening = text.rfind("“", max(0, mention.start - TERM_REACH), mention.start + 1)
    closing = text.find("”", mention.end, mention.end + TERM_REACH)
    return opening >= 0 and closing >= 0 and closing - opening - 1 <= TERM_REACH and \
        "”" not in text[opening + 1:mention.start] and "“" not in text[mention.end:closing]


# Verbs of going: the party right after one is where someone goes (花钱去日本开公司), not whom a
# statement is aimed at.
_GOING = re.compile(r"(?:去|前往|赴|飞往|飞抵|抵达|来到|到达|远赴|奔赴)$")


def only_as_destination(doc: Analysis, start: int, stop: int, code: str) -> bool:
    """Every mention of `code` in text[start:stop] follows a verb of going: a destination only."""
    text = doc.norm_text
    return _every_mention(doc, start, stop, code, lambda m: _GOING.search(text, max(start, m.start - 2), m.start))


# 来自中国的合金, 日本制造的零件, 产自X: where goods come from names no party an act is aimed at.
_ORIGIN_BEFORE = re.compile(parties.ORIGIN_VERB + "$")
_ORIGIN_AFTER = re.compile(r"(?:制造|生产|出产|产|製造)的?")


def only_as_origin(doc: Analysis, start: int, stop: int, code: str) -> bool:
    """Every mention of `code` in text[start:stop] names where goods come from (来自X, X制造的)."""
    text = doc.norm_text
    return _every_mention(doc, start, stop, code, lambda m: _ORIGIN_BEFORE.search(text, max(start, m.start - 3), m.start)
                          or _ORIGIN_AFTER.match(text, m.end))


def _every_mention(doc: Analysis, start: int, stop: int, code: str, test) -> bool:
    """`code` is named in text[start:stop], and `test` holds for each of its mentions there."""
    found = [m for m, c in parties.mentions(doc, start, stop) if c == code]
    return bool(found) and all(test(m) for m in found)


def adversary(doc: Analysis, source: Optional[str]) -> list[str]:
    """The other of the article's two most named states, when `source` is one of them: a force
    deployed at home or to no named foe (泰军向边境增派一个营) is moved against the other side."""
    counts = country_counts(doc, exclude=parties.GENERIC_CODES | _BODIES)
    top = two_most_named(counts)
    if source not in top:
        return []
    other = [c for c in top if c != source]
    # a state at war at home (苏丹 47 times, 肯尼亚 3 times): a state named in passing is no side
    return other if counts[other[0]] * _SIDE_SHARE >= counts[source] else []


_BODIES = {"UN", "EU", "NATO", "AU", "ASEAN"}  # bodies of states, never the other side of a deployment
_SIDE_SHARE = 5  # the other side is named at least a fifth as often as the doer


# 美国司法部对特朗普展开调查, 泰国警方对前官员实施逮捕: a state's body investigates, charges or arrests one of
# its own people or bodies (FORMAT: a domestic event has source = target). The rules drop the party after 对
# when it has the doer's code, so such acts lost both their target and, with it, their doer.
_ADDRESSED = re.compile(r"[对向]")
_TITLED = re.compile(TITLE_TENSE + "?" + title_alternation())


def own_party_acted_on(doc: Analysis, clause_start: int, start: int) -> Optional[str]:
    """The state whose party is named last before the last 对/向 of text[clause_start:start] and whose person
    or body is named right after it (or after a title), else None."""
    joiners = list(_ADDRESSED.finditer(doc.norm_text, clause_start, start))
    if not joiners:
        return None
    at = joiners[-1].start()
    after = next(iter(parties.mentions(doc, at + 1, start)), None)
    if after is None or after[0].start != at + 1 and not _TITLED.fullmatch(doc.norm_text, at + 1, after[0].start):
        return None  # 对特朗普, 对前总统特朗普: the party right after 对, or after its title
    if parties.is_place(doc, after[0]):
        return None  # 对某市居民进行调查: the people of a place surveyed, no party acted on
    doers = parties.codes(doc, clause_start, at)
    return after[1] if doers and doers[-1] == after[1] else None


# Who a domestic act is done to when no state is named with the person: a role or a person noun after the
# verb (逮捕了前国防部长, 拘留了两名嫌疑人), up to the end of that noun phrase.
_PERSON_OBJECT = re.compile(r"[了过]?(?:(?:[数几上近约]|[一二两三四五六七八九十百千万\d])+余?[名位个])?"
                            r"(?P<np>[^，,。；;：:“”、和与及的]{1,10})")  # 逮捕了数十名示威者
_PERSON_NOUNS = ("嫌疑人", "嫌犯", "官员", "议员", "男子", "女子", "高官", "人员", "公民", "示威者", "抗议者",
                 "民众", "人士", "士兵", "军官", "记者", "成员", "分子")


def own_person_acted_on(doc: Analysis, source: Optional[str], end: int, clause_end: int) -> bool:
    """An arrest or charge whose object is a person of no other state (韩国检方逮捕了前国防部长): done by the
    doer's state to its own, as one's own officials are investigated."""
    found = _PERSON_OBJECT.match(doc.norm_text, end, clause_end)
    return source is not None and found is not None and person_of(doc, source, *found.span("np"))


# 对原产于美国的进口商品，加征34%关税: what a measure is taken on, set off by a comma before the verb (the style of
# tariff and sanction notices)
_ON_TOPIC = re.compile(r"\s*(?:并|还|也|同时)?(?:对|针对)[^，,。；;：:“”]{2,40}[，,]$")


def topic_clause_before(text: str, sentence_start: int, clause_start: int) -> int:
    """Where the clause before `clause_start` opens when it is only 对X, (the one a measure is taken on), else
    `clause_start`."""
    if clause_start <= sentence_start or text[clause_start - 1] not in "，,":
        return clause_start
    before = back_to(text, sentence_start, clause_start - 1, CLAUSE_BREAK)
    return before if _ON_TOPIC.fullmatch(text, before, clause_start) else clause_start


# 已有超过1300人被警方拘留, 袭击者已被逮捕: people, counted or named by what they did, held by the police
_PEOPLE_HELD = re.compile(r"(?:\d+|[数几上多十百千万]+)[^，,。；;被]{0,3}(?:人|名)[^，,。；;被]{0,4}(?:已|已经|均|都|先后|陆续)?被"
                          r"[^，,。；;]{0,8}$|(?:抗议者|示威者|袭击者|嫌疑人|枪手)(?:已|已经|均|都)?被[^，,。；;]{0,8}$")


def people_held(doc: Analysis, source: Optional[str], clause_start: int, start: int) -> bool:
    """An arrest or detention of people of no state named (数十人被拘留): the state's own, by its police."""
    return source is not None and _PEOPLE_HELD.search(doc.norm_text, clause_start, start) is not None \
        and set(codes(doc, clause_start, start)) <= {source}


def person_of(doc: Analysis, state: str, start: int, end: int) -> bool:
    """text[start:end] names a person (a name, a title or a person noun) and no party of another state."""
    phrase = doc.norm_text[start:end]
    named = list(parties.mentions(doc, start, end))
    if any(code != state for _, code in named):
        return False  # 逮捕了两名日本公民: another state's people, coded as they are
    people = [e for _, e in mentions_in(doc, start, end) if e.type == "PER"]
    return bool(people) or any(ends_in_role(phrase[:cut]) or phrase[:cut].endswith(_PERSON_NOUNS)
                               for cut in range(len(phrase), 1, -1))


_BEFORE_PASSIVE = re.compile(r"因|由于|涉嫌|以|在|于|日前|近日|当天|昨天|今天")  # why or when, not who


def own_person_before(doc: Analysis, state: str, start: int, passive: int) -> bool:
    """The words before 被, up to a reason or time (某某因涉嫌受贿被…), name a person of no other state."""
    cut = _BEFORE_PASSIVE.search(doc.norm_text, start, passive)
    return person_of(doc, state, start, cut.start() if cut else passive)


def titled_patient(doc: Analysis, start: int, end: int) -> Optional[str]:
    """The state of a person named by a title after it, with no name (日本前首相被警方逮捕): the state
    written right before the title, when what follows it up to `end` is only the title."""
    found = list(parties.mentions(doc, start, end))
    if not found:
        return None
    mention, code = found[-1]
    rest = _TRAILING_ADVERBS.sub("", doc.norm_text[mention.end:end])  # 秘鲁总统随即被警方拘留
    return code if rest and ends_in_role(rest) else None


def bare_title(doc: Analysis, start: int, end: int) -> bool:
    """text[start:end] is only a person's title, with no party named (总统随即): the one the sentence is about."""
    rest = _TRAILING_ADVERBS.sub("", doc.norm_text[start:end].strip(" ，,"))
    return bool(rest) and not parties.mentions(doc, start, end) and ends_in_role(rest) and len(rest) <= 6


def bare_passive(doc: Analysis, start: int, passive: int, act_end: int) -> bool:
    """text[start:passive], the words of a clause before its 被, are none or only adverbs and times, and the
    act ends the clause (X在法院出庭时，随即被警方逮捕。): the one the passive acts on is the sentence's
    subject (not 被调查人逃匿…, where 被调查人 is a noun)."""
    text = doc.norm_text
    return not _TRAILING_ADVERBS.sub("", text[start:passive].strip(" ，,")) and text[act_end:act_end + 1] in "了，,。；;！!"


_TRAILING_ADVERBS = re.compile(r"(?:随即|随后|旋即|当即|已经|已|也|又|再次|当天|当日|日前|近日|周[一二三四五六日]|\d{1,2}日)+$")


def doer_of_act_told(doc: Analysis, sentence: Span, clause_start: int, source: str) -> list[str]:
    """The doer of the act told just before (此举, 对此): the subject of an earlier clause of the
    sentence, else of the sentence before, when that is not `source` itself. A sentence before that only
    reports (X称，……) gives the subject of what it reports, else the one before it tells the act (朝鲜发射了
    导弹。韩国军方称，导弹飞行了…。日本对此提出抗议: North Korea)."""
    text = doc.norm_text
    position = clause_start
    while position > sentence.start:
        begin = min(back_to(text, sentence.start, position - 1, CLAUSE_BREAK), position - 1)
        found = clause_subject(doc, begin, position)
        if found:
            return [found] if found != source else []
        position = begin
    end = sentence.start
    reactions = 0
    for _ in range(2 + _REACTIONS_SKIPPED):
        if end == 0 or text[end - 1] == "\n":
            return []
        previous = back_to(text, 0, end - 1, SENTENCE_ENDS)
        if _EXPLAINS.match(text, previous, end):
            end = previous  # 根据这一机制，如果…，制裁将自动恢复: how the act works, not another act
            continue
        if reactions < _REACTIONS_SKIPPED and _REACTS_TOO.search(text, previous, end):
            end, reactions = previous, reactions + 1  # 法国谴责上述袭击。德国也谴责这些袭击: the same act
            continue
        reported = _REPORTS.match(text, previous, end)
        opening = reported.end() if reported else previous
        found = clause_subject(doc, opening, end)
        if found or not reported:  # 英国、法国和德国致函安理会…。伊朗谴责这一决定: each of the three
            return [c for c in coordinated(doc, opening, end, found, None) if c != source] if found else []
        end = previous
    return []


# 对此/就此: the act just told is the object (not 对此次访问, 就此前的…)
ON_THIS = r"[对就]此(?![次前后时外间刻番])"
# A sentence that reacts to the act told before it too (法国强烈谴责上述袭击 / 日本对此表示抗议): no act of its own told.
_REACTS_TOO = re.compile(ON_THIS + r"|(?:谴责|批评|抗议|反对|驳斥|回应|指责)(?:这些|上述|这一|此次|这次|该|此举)")
_REACTIONS_SKIPPED = 3  # reactions one after another this many deep
# A sentence that explains the act just told (根据这一机制，… / 按照该协议，…) or supposes (如果…): no act of its own.
_EXPLAINS = re.compile(r"\s*(?:(?:根据|按照|依照|依据)(?:这一|该|此|这项|这个)|如果|若|一旦)")
# A sentence that only reports: its subject and a verb of saying, then a comma (韩国军方称，……).
_REPORTS = re.compile(r"[^，,。；;！？!?“”]{1,24}?(?:称|表示|说|指出|透露|介绍|报道|消息)[，,：:]")  # (据路透社报道，)


# 对乌方此前袭击俄军机场的“回应”: an act told inside the object of a reaction; the party after 对 did it
_REACTED_TO = re.compile(r"对(?P<who>[^，,。；;对的]{1,10}?)(?:此前|曾|曾经|之前|近日|近期|日前|连日|一再|多次|屡次|频繁)?$")
_REACTION_AFTER = re.compile(r"[^，,。；;的]{0,24}?的[“「]?(?:回应|报复|反击|回击|还击|反制|惩罚|谴责|抗议|批评|不满|关切|担忧|指控)")


def reacted_act(doc: Analysis, clause_start: int, start: int, end: int, clause_end: int) -> Optional[tuple[str, list[str]]]:
    """(doer, done to) of an act told inside what a reaction answers (俄方的打击是对乌方此前袭击俄军机场的回应), or None."""
    text = doc.norm_text
    reacted = _REACTED_TO.search(text, clause_start, start)
    after = _REACTION_AFTER.match(text, end, clause_end) if reacted is not None else None
    if after is None:
        return None
    doer = next(iter(parties.mentions(doc, reacted.start("who"), start)), None)
    if doer is None or doer[0].start != reacted.start("who"):
        return None
    return doer[1], [c for c in codes(doc, end, after.end()) if c != doer[1]]


# 先后在瑞士日内瓦、英国伦敦和西班牙马德里举行会谈: places listed after 在 say where, not with whom
_PLACE_LIST = re.compile(r"在(?:[^，,。；;、在与同和对向]{1,12}、)+[^，,。；;、在与同和对向]{1,12}(?:和[^，,。；;、在与同和对向]{1,12})?"
                         r"(?=[^，,。；;]{0,4}$)")
_IN_PLACE_LIST = re.compile(r"在(?:[^，,。；;、在与同和对向]{1,12}、)+[^，,。；;、在与同和对向]{1,12}$")


def places_listed(doc: Analysis, clause_start: int, start: int) -> set[str]:
    """The codes of places a 在-list before the verb names, and no one before it."""
    where = _PLACE_LIST.search(doc.norm_text, clause_start, start)
    return set(codes(doc, where.start() + 1, where.end())) - set(codes(doc, clause_start, where.start())) if where else set()


def in_place_list(text: str, start: int, at: int) -> bool:
    """The 和 at `at` joins the last places of a 在-list (在A、B和C举行)."""
    return _IN_PLACE_LIST.search(text, start, at) is not None


_WORD_AFTER_JOINER = set("僚时意样一等盟事学志胞期步行仁伴类")  # 同僚, 同时, 同意: the joiner opens a word


PERSON_PRONOUN_AFTER = re.compile(r"[他她]们?(?![国方人])")  # 同他, 与她们: a person or people named before


def joiner(doc: Analysis, pattern: re.Pattern, start: int, end: int) -> Optional[int]:
    """The 与/和/对/向 that stands between two actors (not the 同 of 同僚): the last 与/同/对/向
    before the trigger (X同Y断交并与Z复交), else the first 和 (X和Y会谈); None when a 与 opening the
    clause with no subject before it lists the partners (并与X、Y和Z会谈: the subject is the sentence's)."""
    text = doc.norm_text
    valid, opening = [], None
    for match in pattern.finditer(text, start, end):
        at = match.start()
        if text[at + 1:at + 2] in _WORD_AFTER_JOINER and not any(
                m.start == at + 1 for m, _ in parties.mentions(doc, at + 1, end)):
            continue  # 同意, 同时 (but 和意大利: a party's name starts there)
        if text[at] == "和" and in_place_list(text, start, at):
            continue  # 先后在瑞士日内瓦、英国伦敦和西班牙马德里举行会谈: the places where, no partner
        if codes(doc, start, at) and (codes(doc, at + 1, end) or PERSON_PRONOUN_AFTER.match(text, at + 1)):
            valid.append(at)  # 习近平同他举行会晤: the one 他 points back to is the partner
        elif opening is None and text[at] != "和" and not codes(doc, start, at) and codes(doc, at + 1, end):
            opening = at  # 并与X、Y和Z会谈: a 与 with the subject left out opens the clause
    strong = [at for at in valid if text[at] != "和"]
    if not strong and opening is not None and valid and opening < valid[0]:
        return None  # the 和 after it joins the partners listed, not the subject and a partner
    return strong[-1] if strong else (valid[0] if valid else None)


_GOVERNMENT = ("政府", "当局", "国防部", "外交部", "军方", "总统府", "内阁", "议会", "国会")


def own_body(doc: Analysis, mention: Span) -> bool:
    """The party names its state's government or a ministry (指责俄国防部, 批评拜登政府): acted on by one of its own
    people or parties, a domestic target."""
    named = doc.norm_text[mention.start:mention.end + 5]  # 俄罗斯政府, 俄国防部; not 政府军 (troops)
    return any(named.startswith(body, len(mention.text) - len(body)) or named.startswith(body, len(mention.text))
               for body in _GOVERNMENT) and "政府军" not in named


def armed_group_object(doc: Analysis, verb_end: int, mention: Span) -> bool:
    """The verb's object, right after it, is an armed group the knowledge base places in a state (苏丹政府指责
    快速支援部队, 俄国防部呼吁瓦格纳人员…): acted on by that state, a domestic target; not a group named further on,
    as the doer of the clause a warning or a call takes (警告，胡塞武装将…)."""
    text = doc.norm_text
    if text[verb_end:mention.start] not in ("", "了", "“"):
        return False
    return any(a.kind == "org" and a.org_kind == "armed-group"
               for a in KnowledgeBase.load().lookup(text[mention.start:mention.end]))


def own_armed_group_opens(doc: Analysis, start: int, source: Optional[str]) -> bool:
    """What an accusation says opens on an armed group of the accuser's own state (苏丹政府指责快速支援部队屠杀…)."""
    first = next(iter(parties.mentions(doc, start, start + 12)), None)
    return first is not None and first[1] == source and armed_group_object(doc, start, first[0])


# 在台岛周边开展演训, 在朝鲜半岛附近举行演习: a drill held by one side near another's land is aimed at it
_NEAR_PLACE = re.compile(r"在(?P<place>[^，,。；;在]{1,10}?)(?:周边|周围|附近|沿岸|外海|近海)")


def drilled_near(doc: Analysis, clause_start: int, clause_end: int, source: Optional[str]) -> list[str]:
    """The state near whose land the clause holds its drill (在X周边), other than the doer's own; else []."""
    near = _NEAR_PLACE.search(doc.norm_text, clause_start, clause_end)
    if near is None or source is None:
        return []
    return [c for c in parties.codes(doc, near.start("place"), near.end("place")) if c != source][:1]


def warring_sides(doc: Analysis, source: Optional[str], position: int) -> list[str]:
    """The two states the article names most, the caller's own left out (its two sides), when both are
    named in the paragraph of the call and no party opens the clause called for; else []."""
    text = doc.norm_text
    clause_end = next((i for i in range(position, len(text)) if text[i] in CLAUSE_BREAK), len(text))
    if parties.codes(doc, position, clause_end):
        return []  # 呼吁各方支持俄乌相向而行: the parties the call names
    paragraph = text.rfind("\n", 0, position) + 1
    named = set(parties.codes(doc, paragraph, position))
    sides = two_most_named(country_counts(doc, exclude=parties.GENERIC_CODES | {source}))
    return sides if set(sides) <= named else []


DOMESTIC_REACH = 12  # a statement's own-state person target is named within this many characters


def domestic_person(doc: Analysis, quote: Quote, end: int) -> bool:
    """The statement names, near its start, a person of the speaker's state other than the speaker."""
    speaker = entity_at(doc, quote.speaker) if quote.speaker is not None else None
    source = code_of_span(doc, quote.speaker) if quote.speaker is not None else None
    for mention, code in parties.mentions(doc, quote.content.start, min(end, quote.content.start + DOMESTIC_REACH)):
        entity = entity_at(doc, mention)
        if code == source and entity is not None and entity.type == "PER" and entity is not speaker:
            return True
    return (speaker is None or speaker.type == "PER") and own_body_opens(
        doc, quote.content.start, min(end, quote.content.start + DOMESTIC_REACH), source, 2)  # 普里戈任指责俄国防部…


def own_body_opens(doc: Analysis, start: int, end: int, source: Optional[str], reach: int) -> bool:
    """A party of `source` that names its government or a ministry (own_body) starts within `reach` of `start`
    (in text[start:end]): words about one's own government (共和党人指责拜登政府…, 岸田政府…)."""
    return any(code == source and mention.start - start <= reach and own_body(doc, mention)
               for mention, code in parties.mentions(doc, start, end))


# A win or an office taken: 当选, 赢得大选, 成功连任, 宣誓就职 (the one congratulated after it).
_WON = re.compile(r"(?:再次|再度|成功|顺利|正式)?(?:当选|胜选|连任|就任|宣誓就职|就职|胜出|获胜|赢得[^，,。；;]{0,8}?(?:选举|大选|连任|胜利))")
WIN_REACH = 3  # sentences looked back for the win congratulated
_CONGRATULATIONS = ("祝贺", "致贺", "贺电", "贺信", "贺函")


def congratulated(doc: Analysis, sentence: Span, clause_start: int, word: str, source: Optional[str]) -> list[str]:
    """Congratulations that name no one (A、B等国领导人致电表示祝贺) go to the one whose win the sentence, or one of
    the few before it in its paragraph, tells (X当选总统 / X赢得大选): the subject of the latest win."""
    if not word.endswith(_CONGRATULATIONS):  # (祝贺, 表示祝贺, 致贺电)
        return []
    text = doc.norm_text
    previous = sentence.start
    for _ in range(WIN_REACH):  # the sentences before, in its paragraph
        if previous == 0 or text[previous - 1] == "\n":
            break
        previous = back_to(text, 0, previous - 1, SENTENCE_ENDS)
    for won in reversed(list(_WON.finditer(text, previous, clause_start))):
        begin = back_to(text, previous, won.start(), CLAUSE_BREAK)
        winner = clause_subject(doc, begin, won.start())
        if winner is not None:
            return [winner] if winner != source else []
    return []
