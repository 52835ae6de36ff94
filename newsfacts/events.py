"""Event stage: who did what to whom. Trigger words and Chinese argument patterns (X与Y会谈,
X对Y发动袭击, Y遭到X袭击, X指责Y, 向Y提供援助; X和W对Y实施制裁 is one event per party) to PLOVER
events with actor codes, modality, date, place, casualties."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from . import actors, event_parties as parties, lexicon
from .event_modality import modality as _modality
from .event_triggers import Trigger, Words, figurative, find as find_triggers, is_nominal, triggers
from .model import Analysis, Event, Options, Quote, Span
from .quotes import quoted_segments
from .timex import find_times

_CLAUSE_BREAK = set("，,；;。！？!?\n")
_SENTENCE_BREAK = set("。！？!?\n")
# A negation just before the verb, or a few characters before it (没有为其提供, 迟迟无法提供); not 不断/不仅.
_NEGATION = re.compile(r"(?:未能|未|没有|没|不会|不能|不愿|并未|尚未|无意|无法|不)(?![断仅少但过久管同满安论])[^，,。；;]{0,4}$")
_PASSIVE = re.compile(r"遭到|遭受|遭|受到|被")
_WITH = re.compile(r"[与和同跟]")
_COORDINATOR = re.compile(r"\s*(?:、|和|与|及|以及|同)?\s*")
_TITLE_BETWEEN = re.compile(r"[^，,。；;、和与及]{1,8}")  # 英国防长华莱士: the state, then its official
_WORD_AFTER_JOINER = set("僚时意样一等盟事学志胞期步行仁伴类")
_ON = re.compile(r"[对向]")
_BOTH_SIDES = re.compile(r"双方|两国|彼此")
_NUMBER = r"(?P<n>\d+|[一二两三四五六七八九十百千]+|数十|数百|数千|几十|上百|多)"
_KILLED = re.compile(_NUMBER + r"(?:多)?(?:人|名[^，。]{0,6}?)(?:死亡|丧生|遇难|身亡|罹难|被打死|被炸死)")
_INJURED = re.compile(_NUMBER + r"(?:多)?(?:人|名[^，。]{0,6}?)(?:受伤|伤|负伤)")
_OWN_STATE = "SELF"  # implied-party column: the act is done within the actor's own state
_DYADIC = {"AGREE", "SUPPORT", "COOPERATE", "AID", "SANCTION", "THREATEN", "REJECT", "CONCEDE"}
_LIGHT_VERBS = ("提供", "举行", "进行", "发动", "实施")  # verbs whose object names the act
_ANNIVERSARY = re.compile(r"\s*(?:\d+|[一二三四五六七八九十百]+)?\s*周年")
_COOPERATIVE = {"COOPERATE", "AGREE", "SUPPORT"}
_INTENT_TYPES = {"COOPERATE", "AID"}
_INTENT_MODALITIES = ("intended", "advisory")  # 愿/计划/希望 + cooperate: an expressed intent
_QUOTE_ACTS = {"THREATEN", "ACCUSE", "REQUEST", "REJECT"}
_NOUN_BEFORE = ("的", "以下", "这些", "一些", "上述", "该", "此次", "这次")
_NOUN_AFTER = ("者", "的", "方面", "国家", "力度", "对象", "措施", "名单", "问题", "进程", "代表", "上", "中",
               "之初", "期间", "结束", "桌")
_LOCATIVE = ("在", "于", "赴", "到", "抵达", "前往", "访问")
_NOT_LOCATIVE = ("遭到", "受到", "得到", "达到", "遇到", "感到")
_PRONOUN = re.compile(r"他们|她们|他|她|我们|我国|我方")
_SPEECH_AFTER = ("透露", "评论", "置评", "回答", "说明", "表态", "回应", "发表评论")
_VOLITIONAL = re.compile(r"(?:不会|不愿|不肯|不能|无意|拒绝)$")
_BROKERED = re.compile(r"由(?P<who>[^，,。]{1,12}?)(?:促成|斡旋|调停|主导|牵头)")
DIRECT_REACH = 1  # a party follows a direct-frame trigger within this many characters (赴法国, 给了乌克兰)
DOMESTIC_REACH = 12  # a statement's own-state person target is named within this many characters
PASSIVE_REACH = 2  # the agent of a passive starts within this many characters of 被/遭到
CASUALTY_REACH = 2  # sentences after the trigger sentence searched for casualty counts


def extract(doc: Analysis, options: Options) -> Analysis:
    """Stage: events from trigger words in the body, and from quotes that are acts."""
    found: list[Event] = []
    days = _named_days(doc)  # once per article: 当天 and 夜间 look back to the last day named
    words = Words(doc.tokens)
    for paragraph in doc.article.paragraphs:
        segments = quoted_segments(doc.norm_text, paragraph.start, paragraph.end)
        for start, end, trigger in find_triggers(doc, words, paragraph.start, paragraph.end):
            if any(s.open < start < s.close for s in segments):
                continue  # words inside a statement are the speaker's claim, coded via the quote
            if _is_quote_cue(doc, start) or not _is_act(doc.norm_text, start, end, paragraph):
                continue
            if trigger.frame == "direct" and not _party_follows(doc, end):
                continue  # 赴/希望/给 without a party right after: travel, a wish, giving something
            if trigger.type in _COOPERATIVE and is_nominal(words, start) and not _has_partner(doc, start):
                continue  # 深化合作, 合作取得进展: cooperation spoken of, no parties to it
            found.extend(_events_at(doc, paragraph, start, end, trigger, days))
    for index, quote in enumerate(doc.quotes):
        found.extend(_quote_event(doc, index, quote))
    doc.events = _merge(sorted((e for e in found if _has_parties(e)), key=lambda e: e.trigger.start))
    for event in doc.events:
        event.source_actor = _actor_id(doc, event, event.source)
        event.target_actor = _actor_id(doc, event, event.target)
    return doc


def _has_parties(event: Event) -> bool:
    """An event needs the actor who did it, and a dyadic act (agree, support, aid, sanction, threaten,
    reject) needs the one it was done to: 支持全球化 or 深化合作 alone is a stance, not an event."""
    return event.source is not None and (event.target is not None or event.type not in _DYADIC)


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
            entity = actors.entity_at(doc, mention)
            return entity.id if entity is not None else None
    return code


def _is_act(text: str, start: int, end: int, paragraph: Span) -> bool:
    """The trigger names an act here, not a thing (的谈判, 支持者, 以下要求), an occasion
    (在…警告之前), a refusal to speak (拒绝透露) or something done to the subject (被要求)."""
    before, after = text[max(paragraph.start, start - 2):start], text[end:end + 2]
    if before.endswith(_NOUN_BEFORE) or after.startswith(_NOUN_AFTER):
        return False
    if after.startswith(_SPEECH_AFTER) or before.endswith("被") and text[start:end] in ("要求", "敦促", "请求"):
        return False
    clause_start = _back_to(text, paragraph.start, start, _CLAUSE_BREAK)
    tail = text[end:_forward_to(text, end, min(paragraph.end, end + 12), _CLAUSE_BREAK)]
    if _ANNIVERSARY.match(text, end) or figurative(text, start, end, end + len(tail)):
        return False  # 建交50周年 is background; 释放信号 is not a release
    return not ("在" in text[clause_start:start] and re.search(r"(?:时|之前|之后|之际)$", tail))


def _party_follows(doc: Analysis, end: int) -> bool:
    first = next(iter(parties.mentions(doc, end, end + 20)), None)
    return first is not None and first[0].start - end <= DIRECT_REACH


def _has_partner(doc: Analysis, start: int) -> bool:
    """A with-pattern (X与Y, 同Y) before `start` in its clause names a partner."""
    text = doc.norm_text
    clause_start = _back_to(text, 0, start, _CLAUSE_BREAK)
    return _joiner(doc, _WITH, clause_start, start) is not None or \
        any(text[max(clause_start, m.start - 1):m.start] in ("与", "同", "跟", "和") for m, _ in
            parties.mentions(doc, clause_start, start))


def _in_statement(doc: Analysis, position: int) -> bool:
    return any(q.content.start <= position < q.content.end for q in doc.quotes)


def _is_quote_cue(doc: Analysis, start: int) -> bool:
    return any(q.cue is not None and q.cue.start <= start < q.cue.end for q in doc.quotes)


def _events_at(doc: Analysis, paragraph: Span, start: int, end: int, trigger: Trigger,
               days: tuple[list[int], list[str]]) -> list[Event]:
    text = doc.norm_text
    sentence = _sentence_around(text, paragraph, start)
    clause_start = _back_to(text, sentence.start, start, _CLAUSE_BREAK)
    clause_end = _forward_to(text, end, sentence.end, _CLAUSE_BREAK)
    before = text[clause_start:start]
    negated = trigger.type != "REJECT" and bool(_NEGATION.search(before[-8:]))
    if negated and trigger.type in ("AID", "SUPPORT", "COOPERATE", "AGREE") and _VOLITIONAL.search(before):
        trigger, negated = Trigger(trigger.word, "REJECT", "120", trigger.frame), False  # 不会帮助 = refuse
    if _BOTH_SIDES.search(before) and not _codes(doc, clause_start, start):
        pairs = _both_sides(doc, sentence, start)
        source = pairs[0][0]
    else:
        source, targets = _arguments(doc, sentence, clause_start, start, end, clause_end, trigger)
        targets = targets or _sentence_target(doc, sentence, clause_start, clause_end, source)
        sources = _coordinated(doc, clause_start, start, source, targets[0] if targets else None)
        pairs = [(src, tgt) for src in sources for tgt in (targets or [None]) if src != tgt or len(sources) == 1]
    evidence = _span(doc, _evidence_start(doc, sentence.start, clause_start, source), clause_end)
    events = []
    for src, tgt in pairs:
        if src is None and tgt is None:
            continue
        event = Event(type=trigger.type, trigger=_span(doc, start, end), evidence=evidence, source=src, target=tgt,
                      cameo=trigger.cameo, confidence=0.6 if src and tgt else 0.4)
        event.modality = "negated" if negated else _modality(text, sentence.start, clause_start, start)
        if trigger.type in _INTENT_TYPES and (event.modality in _INTENT_MODALITIES
                                              or trigger.type == "COOPERATE" and _in_statement(doc, start)):
            # intent to cooperate or aid, and cooperation a speaker calls for (PLOVER AGREE); aid a
            # speaker says was given stays aid
            event.type, event.cameo = "AGREE", "030"
            event.modality = "asserted"
        _place_and_time(doc, event, sentence, days)
        if trigger.type == "ASSAULT":
            _casualties(doc, event, paragraph, sentence)
        events.append(event)
    return events


def _arguments(doc: Analysis, sentence: Span, clause_start: int, start: int, end: int, clause_end: int,
               trigger: Trigger) -> tuple[Optional[str], list[str]]:
    """Source and target codes from the clause's pattern: passive, X与Y V, X对Y V, X V Y; every
    party of a coordinated object is a target (与法国、英国防长通电话)."""
    text = doc.norm_text
    passive = _PASSIVE.search(text, clause_start, start)
    agents = []
    if passive is not None:  # the agent follows 被/遭到 directly: 遭到俄罗斯袭击, not 被报道对乌克兰发动袭击
        first = next(iter(parties.mentions(doc, passive.end(), start)), None)
        if first is not None and first[0].start - passive.end() <= PASSIVE_REACH:
            agents = _codes(doc, passive.end(), start)
    if agents:
        passive = passive.start()
        patients = _codes(doc, clause_start, passive)
        patient = patients[0] if patients else _subject(doc, sentence, clause_start)
        return agents[0], [patient] if patient else []
    joiner = _joiner(doc, _WITH if trigger.frame == "with" else _ON, clause_start, start)
    opening = _WITH.match(text, _skip_adverbs(text, clause_start, start)) if trigger.frame == "with" else None
    if joiner is None and opening is not None:  # ……，强调与法国扩大合作: the subject is the sentence's
        source = _subject(doc, sentence, clause_start)
        return source, _implied(trigger, source, [c for c in _codes(doc, opening.end(), start) if c != source])
    if joiner is not None and trigger.frame in ("with", "on"):
        left = _codes(doc, clause_start, joiner)
        source = left[0] if left else _subject(doc, sentence, clause_start)
        return source, _implied(trigger, source, [c for c in _codes(doc, joiner + 1, start) if c != source])
    addressed = _addressed(doc, clause_start, start)  # 向基里巴斯提供援助: the one it is done to
    before = [c for c in _codes(doc, clause_start, start) if c not in addressed]
    source = before[0] if before else _subject(doc, sentence, clause_start)
    objects = addressed or _coordinated_after(doc, end, clause_end, source, locative=trigger.frame == "direct")
    if not objects:
        objects = [c for c in before[1:] + _codes(doc, clause_start, start, locative=True) if c != source]
    return source, _implied(trigger, source, objects)


def _sentence_target(doc: Analysis, sentence: Span, clause_start: int, clause_end: int,
                     source: Optional[str]) -> list[str]:
    """When the trigger's clause names no other party: the party a later clause of the sentence names
    (俄方指责称，英国向基辅提供导弹…), else one an earlier clause names."""
    later = [c for c in _codes(doc, clause_end, sentence.end) if c != source]
    earlier = [c for c in _codes(doc, sentence.start, clause_start) if c != source]
    return (later or earlier)[:1]


def _implied(trigger: Trigger, source: Optional[str], targets: list[str]) -> list[str]:
    """The party the trigger word names (访华: CHN; 政变: the actor's own state) replaces those found."""
    if trigger.implied == _OWN_STATE:
        return [source] if source else targets
    if trigger.implied:
        return [trigger.implied]
    return targets


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
        if last_end is not None and not _COORDINATOR.fullmatch(text[last_end:mention.start]) \
                and not _TITLE_BETWEEN.fullmatch(text[last_end:mention.start]):
            break
        before = text[max(start, mention.start - 2):mention.start]
        if last_end is None and not locative and before.endswith(_LOCATIVE) and not before.endswith(_NOT_LOCATIVE):
            continue
        if code != source or _is_person(doc, mention):
            if code not in chain:
                chain.append(code)
        last_end, last = mention.end, mention
    if chain and source in chain and any(c != source for c in chain):
        chain.remove(source)  # a person of the subject's state among foreign parties is not a target
    return chain


def _domestic_person(doc: Analysis, quote: Quote, end: int) -> bool:
    """The statement names, near its start, a person of the speaker's state other than the speaker."""
    speaker = actors.entity_at(doc, quote.speaker) if quote.speaker is not None else None
    source = actors.code_of_span(doc, quote.speaker) if quote.speaker is not None else None
    for mention, code in parties.mentions(doc, quote.content.start, min(end, quote.content.start + DOMESTIC_REACH)):
        entity = actors.entity_at(doc, mention)
        if code == source and entity is not None and entity.type == "PER" and entity is not speaker:
            return True
    return False


def _is_person(doc: Analysis, mention: Span) -> bool:
    entity = actors.entity_at(doc, mention)
    return entity is not None and entity.type == "PER"


def _addressed(doc: Analysis, start: int, end: int) -> list[str]:
    """Codes of the mentions right after 向/对 in text[start:end] (objects, not subjects)."""
    text = doc.norm_text
    return list(dict.fromkeys(code for mention, code in parties.mentions(doc, start, end)
                              if text[max(start, mention.start - 1):mention.start] in ("向", "对")))


def _coordinated(doc: Analysis, start: int, end: int, source: Optional[str], target: Optional[str]) -> list[str]:
    """Every source of a coordinated subject: 美国和日本对朝鲜实施制裁 is two sanctions, one by
    each; the mentions must follow each other with nothing but 、和与及 between them."""
    if source is None:
        return [source]
    text = doc.norm_text
    mentions = parties.mentions(doc, start, end)
    first = next((i for i, (_, code) in enumerate(mentions) if code == source), None)
    if first is None:
        return [source]
    chain, last = [source], mentions[first][0]
    last_end = last.end
    for mention, code in mentions[first + 1:]:
        if mention == last and code != target and code not in chain:
            chain.append(code)  # another member of the same group (中亚五国)
            continue
        if mention.start < last_end:
            continue  # a mention inside the last one
        if not _COORDINATOR.fullmatch(text[last_end:mention.start]) or code == target:
            break
        if code not in chain:
            chain.append(code)
        last_end, last = mention.end, mention
    return chain


def _codes(doc: Analysis, start: int, end: int, locative: bool = False) -> list[str]:
    """Actor codes in text[start:end]; places after 在/于 are where, not who, unless `locative`;
    a pronoun (此前他…) stands for the last person quoted."""
    text = doc.norm_text
    found = []
    for mention, code in parties.mentions(doc, start, end):
        before = text[max(start, mention.start - 2):mention.start]
        if not locative and before.endswith(_LOCATIVE) and not before.endswith(_NOT_LOCATIVE):
            continue
        found.append((mention.start, code))
    pronoun = _PRONOUN.search(text, start, end)
    if pronoun and not found:
        speaker = _speaker_of_first_person(doc, pronoun.start()) if pronoun.group(0).startswith("我") else \
            next((q.speaker for q in reversed(doc.quotes)
                  if q.speaker is not None and q.content.start < pronoun.start()), None)
        code = actors.code_of_span(doc, speaker) if speaker is not None else None
        if code:
            found.append((pronoun.start(), code))
    return list(dict.fromkeys(code for _, code in sorted(found)))


def _speaker_of_first_person(doc: Analysis, position: int) -> Optional[Span]:
    """我们/我方 inside a statement is its speaker (外交部发言人说，我们敦促美方…)."""
    return next((q.speaker for q in doc.quotes if q.content.start <= position < q.content.end), None)


def _skip_adverbs(text: str, start: int, end: int) -> int:
    """Past the verbs and adverbs that open a clause before 与: 强调与…, 并与…, 还将与…"""
    match = re.match(r"(?:[并还也将已又则再]|强调|表示|计划|希望|准备|决定|同意|愿意)*", text[start:end])
    return start + (match.end() if match else 0)


def _joiner(doc: Analysis, pattern: re.Pattern, start: int, end: int) -> Optional[int]:
    """The 与/和/对/向 that stands between two actors (not the 同 of 同僚): the last 与/同/对/向
    before the trigger (X同Y断交并与Z复交), else the first 和 (X和Y会谈)."""
    text = doc.norm_text
    valid = []
    for match in pattern.finditer(text, start, end):
        at = match.start()
        if text[at + 1:at + 2] in _WORD_AFTER_JOINER:
            continue
        if _codes(doc, start, at) and _codes(doc, at + 1, end):
            valid.append(at)
    strong = [at for at in valid if text[at] != "和"]
    return strong[-1] if strong else (valid[0] if valid else None)


def _subject(doc: Analysis, sentence: Span, clause_start: int) -> Optional[str]:
    """The sentence's subject when the trigger's clause has none (……，并拒绝了……): the first
    clause of the sentence that names an actor."""
    text = doc.norm_text
    begin = sentence.start
    while begin < clause_start:
        end = _forward_to(text, begin, clause_start, _CLAUSE_BREAK)
        codes = parties.codes(doc, begin, end)
        if codes:
            return codes[0]
        begin = end + 1
    return None


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
    if (trigger is None or trigger.type not in _QUOTE_ACTS) and accusation is None:
        return []
    if trigger is None or trigger.type not in _QUOTE_ACTS:
        trigger = Trigger(quote.cue.text, "ACCUSE", "112", "obj")
    source = actors.code_of_span(doc, quote.speaker)
    if source is None:
        return []
    text = doc.norm_text
    zone_start = _back_to(text, quote.speaker.start, quote.cue.start, _CLAUSE_BREAK)
    object_codes = _codes(doc, quote.cue.end, quote.content.start, locative=True) if quote.content.start > quote.cue.end else []
    addressee = _addressed(doc, zone_start, quote.cue.start)
    content_codes = _codes(doc, quote.content.start, accusation.end() if accusation else quote.content.end)
    target = next((c for c in object_codes + addressee + content_codes if c != source), None)
    if target is None and _domestic_person(doc, quote, accusation.end() if accusation else quote.content.end):
        target = source  # 共和党人呼吁对拜登进行调查: a person of the speaker's own state
    evidence = _span(doc, min(quote.speaker.start, quote.cue.start), quote.content.end)
    if evidence.end - evidence.start > 300:
        evidence = _span(doc, quote.cue.start, quote.content.end)
    event = Event(type=trigger.type, trigger=quote.cue, evidence=evidence, source=source, target=target,
                  cameo=trigger.cameo, date=quote.date, date_precision="day" if quote.date else None,
                  quote_index=index, confidence=round(0.7 * quote.confidence, 2))
    return [event]


@lru_cache(maxsize=1)
def _accusation_re() -> re.Pattern:
    return lexicon.alternation(lexicon.words("accusations.txt"))


def _place_and_time(doc: Analysis, event: Event, sentence: Span, days: tuple[list[int], list[str]]) -> None:
    """Date from the trigger's clause, or from a time phrase that opens the sentence."""
    text = doc.norm_text
    anchor = _anchor_day(days, event.trigger.start)
    clause_start = _back_to(text, sentence.start, event.trigger.start, _CLAUSE_BREAK)
    first_actor = next((m.start for m, _ in parties.mentions(doc, sentence.start, sentence.end)), sentence.end)
    windows = [(clause_start, event.trigger.start), (sentence.start, min(first_actor, clause_start))]
    for begin, end in windows:
        times = [t for t in find_times(text, doc.article.published_at, begin, end, anchor=anchor)
                 if t.value and t.precision in ("day", "part_of_day", "week", "month", "year")]
        if times:
            best = next((t for t in times if t.precision in ("day", "part_of_day")), times[0])
            event.date_precision, event.when = best.precision, best.value
            event.date = best.value if best.precision in ("day", "part_of_day") else None
            break
    clause_end = _forward_to(text, event.trigger.end, sentence.end, _CLAUSE_BREAK)
    clause_end = _forward_to(text, min(clause_end + 1, sentence.end), sentence.end, _CLAUSE_BREAK)  # 击中了…
    previous = _back_to(text, sentence.start, max(sentence.start, clause_start - 1), _CLAUSE_BREAK)
    place = actors.place_in(doc, previous, clause_end, exclude={event.source, event.target})
    if place is not None:
        event.location = place
        found = actors.coordinates(place)
        if found is not None:
            event.lat, event.lon = found


def _anchor_day(days: tuple[list[int], list[str]], position: int):
    """The last day the article named before `position` (for 当天, 夜间)."""
    from bisect import bisect_right
    from datetime import date

    starts, values = days
    i = bisect_right(starts, position - 1)
    return date.fromisoformat(values[i - 1]) if i else None


def _named_days(doc: Analysis) -> tuple[list[int], list[str]]:
    """Every day-precise time expression of the article, by end position."""
    times = [t for t in find_times(doc.norm_text, doc.article.published_at)
             if t.precision in ("day", "part_of_day") and t.value]
    return [t.end for t in times], [t.value for t in times]


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


def _merge(events: list[Event]) -> list[Event]:
    """One record per (type, source, target, date); a later mention, or an undated one, adds
    its evidence to the record it repeats: the same trigger word, or another trigger of the same
    clause (提供了军事援助)."""
    merged: list[Event] = []
    for event in events:
        first = next((m for m in merged if (m.type, m.source, m.target, m.is_fact) ==
                      (event.type, event.source, event.target, event.is_fact)
                      and (m.date is not None and m.date == event.date
                           or (m.date is None or event.date is None)
                           and (m.trigger.text == event.trigger.text or _overlap(m.evidence, event.evidence)))), None)
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


def _back_to(text: str, floor: int, position: int, stops: set) -> int:
    while position > floor and text[position - 1] not in stops:
        position -= 1
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _forward_to(text: str, position: int, ceiling: int, stops: set) -> int:
    while position < ceiling and text[position] not in stops:
        position += 1
    return position


def _last(pattern: re.Pattern, text: str, start: int, end: int) -> Optional[int]:
    found = None
    for match in pattern.finditer(text, start, end):
        found = match.start()
    return found


def _span(doc: Analysis, start: int, end: int) -> Span:
    return Span(start, end, doc.article.text[start:end])
