"""The subject of an event's clause: the party that opens a clause, coordinated subjects (美国和日本),
claims embedded after a verb of saying or accusing, and the subject carried from discourse when the
clause names none (后者, an earlier clause, a clause of time, the sentence or statement before)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..doc import code_of_span, mentions_in
from ..model import Analysis, Span
from ..nlp.words import titles
from ..nlp.chinese import CLAUSE_BREAKS_BUT_COLONS as CLAUSE_BREAK, SENTENCE_ENDS as SENTENCE_END, back_to, forward_to
from . import event_parties as parties
from .event_parties import LOCATIVE as _LOCATIVE, NOT_LOCATIVE as _NOT_LOCATIVE
from .event_triggers import words_of

# Between coordinated parties: a conjunction, after the first party's collective head (欧盟国家和美国,
# 俄方政府与乌方) when one follows it.
_COORDINATOR = r"\s*(?:(?:国家|成员国|各国|方面|当局|政府|军方|军队|%s)?\s*(?:、|和|与|及|以及|同))?\s*"


@lru_cache(maxsize=1)
def coordinator() -> re.Pattern:
    """What may stand between two coordinated parties: 、和与及, after a state's body or office (英国首相、波兰)."""
    return re.compile(_COORDINATOR % lexicon.alternation_source(titles()))


@lru_cache(maxsize=1)
def _office() -> re.Pattern:
    """A title between a state and its official (德国总理默茨, 英国外交大臣X)."""
    return re.compile(r"\s*(?:%s)\s*" % lexicon.alternation_source(titles()))


_NOT_A_CLAIM_VERB = {"frame", "document", "nospeaker", "addressee"}  # speech-cue flags of nouns and 告诉
# A clause that goes on with the act of the clause before (its aim, its pretext): 以此为借口, 借此, 进而.
_CONTINUATION = re.compile(r"(?:并|再|还)?(?:以此|借此|藉此|以[^，,。；;]{1,8}为借口|进而|从而)")
_TIME_CLAUSE_END = re.compile(r"(?:时|之时|之际|期间|之后|以后|之前|以来)$")
_LATTER = re.compile(r"(?:然而|但是|但|而|可)?(?P<which>后者|前者)")  # 后者: the second of the two parties just named
_PREPOSITIONS = set("与同跟对向给为把和自从离")  # the party after these is an object, not the clause's subject
_CAUSAL = ("因为", "由于")  # 因为美国…: a conjunction, the party after it opens the clause as its subject
# A pronoun opening a clause is its subject (他们认为, 这也…); not 此前, 其后, 这次.
_OWN_SUBJECT = re.compile(r"(?:而|但是|但|并|也|则|可)?(?:他们|她们|我们|他|她|我|你|这|此|该|其|它|谁|有人|人们|大家|各方"
                          r"|双方|两国|对方|彼此)(?![前后外次时间里实样])")
SUBJECT_REACH = 10  # a clause's subject starts within this many characters of the clause


def continued_claim(doc: Analysis, sentence: Span, clause_start: int) -> Optional[int]:
    """Where the claimed clause begins in the clause before, when this clause goes on with it
    (美国指责俄罗斯准备制造事端，以此为借口入侵乌克兰: the pretext is Russia's, as is the invasion);
    None when the clause opens with no such continuation or the clause before embeds no claim."""
    text = doc.norm_text
    if clause_start <= sentence.start or not _CONTINUATION.match(text, clause_start):
        return None
    begin = back_to(text, sentence.start, clause_start - 1, CLAUSE_BREAK)
    embedded = embedded_start(doc, begin, clause_start - 1)
    return embedded if embedded > begin else None


def embedded_start(doc: Analysis, clause_start: int, start: int) -> int:
    """Where the clause the act belongs to begins: after a verb of saying or accusing whose object
    is a party doing the act (美国指责莫斯科准备发动袭击: Moscow is the one who attacks), or where the
    content of reported speech opens with its own subject (俄方称乌方袭击了…: 乌方 attacks)."""
    text = doc.norm_text
    found = clause_start
    contents: Optional[set[int]] = None  # where reported speech opens, gathered only when asked
    for mention, _ in parties.mentions(doc, clause_start, start)[1:]:
        if mention.start <= found:
            continue
        if claim_verb_before().search(text, clause_start, mention.start):
            found = mention.start
            continue
        if contents is None:
            contents = {q.content.start for q in doc.quotes if q.cue is not None and q.cue.end <= q.content.start}
        if mention.start in contents:
            found = mention.start
    return found


@lru_cache(maxsize=1)
def claim_verb_before() -> re.Pattern:
    """A verb of saying or accusing right before a position (指责, 声称, 担心) with 了/称 after it."""
    return re.compile("(?:" + claim_verb().pattern + ")(?:称|了)?$")


@lru_cache(maxsize=1)
def claim_verb() -> re.Pattern:
    """A verb of saying or accusing (指责, 声称, 担心), anywhere."""
    verbs = [row[0].strip() for row in lexicon.rows("speech_cues.txt")  # not the nouns of 据X观察, 数据显示
             if not _NOT_A_CLAIM_VERB & set(" ".join(row[1:]).split())]
    words = set(verbs) | set(lexicon.words("claim_verbs.txt"))
    return lexicon.alternation({w for w in words if len(w) >= 2})


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
        if code == chain[-1] and code != target and _office().fullmatch(text[last_end:mention.start]):
            last_end, last = mention.end, mention  # 德国总理默茨、意大利总理…: the state's official, one party
            continue
        if not coordinator().fullmatch(text[last_end:mention.start]) or code == target:
            break
        if code not in chain:
            chain.append(code)
        last_end, last = mention.end, mention
    head_start = mentions[first][0].start
    for mention, code in reversed(mentions[:first]):  # 包括法国、意大利在内的…: the members listed before it too
        if mention.end > head_start or not coordinator().fullmatch(text[mention.end:head_start]) or code == target \
                or not _LIST_OPENS.search(text, start, mention.start + 1):
            break
        if code not in chain:
            chain.insert(0, code)
        head_start = mention.start
    return chain


_DETAIL = ("其中", "其余")  # a clause that details what the clause before told
_LIST_OPENS = re.compile(r"包括|包含|其中")  # a list whose members are named before the one taken as the source


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
    if until is not None and _uncoded_doer_opens(doc, clause_start, until):
        return None  # X外长表示，西方国家正在…: a bloc of no code does it, not the speaker
    if until is not None and uncoded_head_opens(doc, clause_start, until):
        return None  # 本届峰会批准…, 工商界更欢迎: the clause's own subject, of no state
    claimed = continued_claim(doc, sentence, clause_start)
    if claimed is not None and clause_subject(doc, claimed, clause_start):
        return clause_subject(doc, claimed, clause_start)  # A指责B准备…，以此为借口入侵C: B invades
    if until is not None:
        main = _main_clause_subject(doc, sentence, until)
        if main is not None:
            return main
    topic = _topic_doer(doc, sentence, clause_start)
    if topic is not None:
        return topic
    clauses = []
    begin = sentence.start
    while begin < clause_start:
        end = forward_to(text, begin, clause_start, CLAUSE_BREAK)
        clauses.append((begin, end))
        begin = end + 1
    for begin, end in reversed(clauses):
        if text.startswith(_DETAIL, begin):
            continue  # ……的关税，其中加拿大能源产品的税率为10%；同时对X加征: a detail of the act, no doer
        if _uncoded_subject(doc, begin, end):
            return None  # 国际刑警组织表示…，拒绝台参会: the body goes on doing, no state named after it
        found = clause_subject(doc, begin, end)
        if _PERSON_PRONOUN.match(text, begin) and begin == sentence.start:
            # 他当天分别与马克龙、朔尔茨通电话，并要求两国…: 他 is the one the sentence before named, not 马克龙
            return _speaker_before(doc, sentence.start) or _previous_subject(doc, sentence.start)
        if found:
            return found
    if parties.mentions(doc, sentence.start, clause_start) or \
            until is not None and _names_someone(doc, sentence.start, until):
        return None
    if clause_start == sentence.start:
        return _speaker_before(doc, sentence.start) or _previous_subject(doc, sentence.start)
    return _previous_subject(doc, sentence.start) if until is not None else None


# X针对Y…，(Y's acts)…，Z予以谴责: the clauses between the topic opened by 针对 and the clause that
# answers it go on telling the acts of the party after 针对.
_TOPIC = re.compile(r"针对")
TOPIC_PARTY_REACH = 1  # characters between 针对 and its party


def _topic_doer(doc: Analysis, sentence: Span, clause_start: int) -> Optional[str]:
    """The party after 针对 in the sentence's first clause, when the trigger's clause (opening at
    `clause_start`, after it) has no subject and a later clause of the sentence names the one who
    answers (a subject of its own)."""
    text = doc.norm_text
    party = topic_party(doc, sentence, clause_start)
    if party is None:
        return None
    begin = forward_to(text, clause_start, sentence.end, CLAUSE_BREAK) + 1
    while begin < sentence.end:
        end = forward_to(text, begin, sentence.end, CLAUSE_BREAK)
        if clause_subject(doc, begin, end) is not None or mentions_in(doc, begin, min(end, begin + 2)):
            return party  # 外交部驻港公署发言人予以谴责: a body or person of its own answers
        begin = end + 1
    return None


def topic_party(doc: Analysis, sentence: Span, clause_start: int) -> Optional[str]:
    """The party right after 针对 in the sentence's first clause, when the clause at `clause_start`
    comes after that one (针对X…，…，Y予以谴责: X is what the later clauses tell of or answer)."""
    text = doc.norm_text
    first_end = forward_to(text, sentence.start, sentence.end, CLAUSE_BREAK)
    topic = _TOPIC.search(text, sentence.start, first_end)
    if topic is None or clause_start <= first_end:
        return None
    party = next(iter(parties.mentions(doc, topic.end(), first_end)), None)
    if party is None or party[0].start - topic.end() > TOPIC_PARTY_REACH:
        return None
    return party[1]


def uncoded_doer(doc: Analysis, begin: int, end: int) -> bool:
    """text[begin:end] opens with a doer of no state: a person or body of none (G7国家集团还将…), or a
    bloc of no code (西方国家)."""
    return _uncoded_subject(doc, begin, end) or _uncoded_doer_opens(doc, begin, end)


def _uncoded_subject(doc: Analysis, begin: int, end: int) -> bool:
    """A person or organisation with no state opens text[begin:end] as its subject."""
    text = doc.norm_text
    for mention, entity in mentions_in(doc, begin, min(end, begin + SUBJECT_REACH + 8)):
        if mention.start - begin > SUBJECT_REACH:
            break
        if text[mention.start - 1:mention.start] in _PREPOSITIONS or object_of_verb(doc, begin, mention.start):
            continue
        if any(m.start == mention.start for m, _ in parties.mentions(doc, mention.start, mention.end)):
            return False  # 中国海关总署: the body's name opens with its state's
        return entity.type in ("PER", "ORG") and (not entity.country or entity.country in parties.GENERIC_CODES)
    return False


_CLAUSE_OPENER = re.compile(r"\s*(?:而|但是|但|并|也|则|可|同时)?")


def _uncoded_doer_opens(doc: Analysis, begin: int, end: int) -> bool:
    """text[begin:end] opens with a doer of no state code (西方国家, 国际社会; data/uncoded_doers.txt)
    and no party before it."""
    text = doc.norm_text
    at = _CLAUSE_OPENER.match(text, begin, end).end()
    return _uncoded_doers().match(text, at, end) is not None and not parties.mentions(doc, begin, at + 1)


# The modifier a subject may carry before its head noun (本届, 即将在X召开的, 全球): no preposition that
# would make the noun an object or a place (在峰会上, 对投资者), no clause break.
_HEAD_MODIFIER = re.compile(r"(?:[^，,。；;：:“”的]{0,12}的)?[^，,。；;：:“”的]{0,8}?")
_NOT_SUBJECT_BEFORE = re.compile(r"[在于从对向与同跟和给为把被由据经]")
# After the head noun, words that make it a time or place adjunct (峰会期间, 会议上) or its own verb (峰会召开).
_ADJUNCT_AFTER = re.compile(r"期间|前夕|之际|上|中|时|后|前|之|的|召开|举行|开幕|闭幕|结束|举办")


def uncoded_head_opens(doc: Analysis, begin: int, end: int) -> bool:
    """text[begin:end] opens with a subject noun phrase whose head is a doer of no state
    (data/uncoded_subject_heads.txt: 本届峰会, 工商界, 全球供应商) and names no party before its head."""
    text = doc.norm_text
    at = _CLAUSE_OPENER.match(text, begin, end).end()
    head = _uncoded_heads().search(text, at, end)
    if head is None or _HEAD_MODIFIER.fullmatch(text, at, head.start()) is None:
        return False
    bare = re.sub(r"[^，,。；;]{0,12}的", "", text[at:head.start()], count=1)  # 在X召开的: a modifier, no place
    return not _NOT_SUBJECT_BEFORE.search(bare) and not _ADJUNCT_AFTER.match(text, head.end()) \
        and not parties.mentions(doc, head.start() - len(bare), head.start())


@lru_cache(maxsize=1)
def _uncoded_heads() -> re.Pattern:
    return lexicon.alternation(lexicon.words("uncoded_subject_heads.txt"))


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


_PERSON_PRONOUN = re.compile(r"\s*(?:他|她)(?!们|国|方|人)[^，,。；;]*?[与同和跟向对]")  # 他…与X…


def clause_subject(doc: Analysis, begin: int, end: int) -> Optional[str]:
    """The party that opens text[begin:end] as its subject: near the clause's start and not the
    object of a preposition or a place (破坏与中国的关系 and 在北京 have none)."""
    text = doc.norm_text
    latter = _LATTER.match(text, begin, end)
    if latter:
        named = parties.codes(doc, back_to(text, 0, max(0, begin - 1), SENTENCE_END), begin)
        return (named[-1] if latter.group("which") == "后者" else named[-2]) if len(named) >= 2 else None
    skipped_to = -1
    for mention, code in parties.mentions(doc, begin, min(end, begin + SUBJECT_REACH + 12)):
        if mention.start - begin > SUBJECT_REACH:
            break
        if mention.start <= skipped_to:
            skipped_to = max(skipped_to, mention.end)
            continue  # 同日本首相: the title goes with the state before it, the object of 同
        before = text[max(begin, mention.start - 2):mention.start]
        if before.endswith(_CAUSAL):
            return code
        if before[-1:] in _PREPOSITIONS or before.endswith(_LOCATIVE) and not before.endswith(_NOT_LOCATIVE) \
                or mention.start > begin and object_of_verb(doc, begin, mention.start) \
                and not _opening_noun(doc, begin, mention) \
                or mention.start > begin and _bare_object(doc, begin, mention, end):
            # 炒作“中国威胁论”, 破坏中国的利益: the verb's object, not the clause's subject
            skipped_to = mention.end
            continue
        if skipped_to > begin and _joined_to_object(doc, skipped_to, mention.start):
            skipped_to = mention.end  # 致信土耳其总统埃尔多安和古特雷斯: the titled person and the one joined on
            continue
        head = _relative_head(doc, mention, end) if mention.start > begin else None  # (not the clause's own subject)
        return head if head is not None else code
    return None


def _relative_head(doc: Analysis, mention: Span, end: int) -> Optional[str]:
    """正在印尼出席峰会的美国总统拜登…: the party right after the 的 that closes a verb phrase holding `mention` is
    the clause's subject (the head the phrase describes); None when no verb and no such head follows."""
    text = doc.norm_text
    de = text.find("的", mention.end, end)
    if de < 0 or de - mention.end > RELATIVE_REACH or any(c in CLAUSE_BREAK for c in text[mention.end:de]):
        return None
    words = words_of(doc)
    if not any((w := words.at(at)) is not None and w[1].startswith("v") for at in range(mention.end, de)):
        return None  # 中国的外长: no verb, the party owns the head and is its state
    head = next(iter(parties.mentions(doc, de + 1, min(end, de + 3))), None)
    return head[1] if head is not None and head[0].start == de + 1 else None


RELATIVE_REACH = 16  # characters from a party inside a relative phrase to the 的 that closes it


_JOINING_TAGS = {"n", "nz", "nw", "c"}  # titles and conjunctions between the parts of one object
_JOINED_REACH = 8  # characters


def _joined_to_object(doc: Analysis, object_end: int, start: int) -> bool:
    """text[object_end:start] only titles an object's person or joins another party on (总统, 和, 、):
    the party at `start` belongs to the object that ends at `object_end`."""
    text = doc.norm_text
    if start - object_end > _JOINED_REACH:
        return False
    words, at = words_of(doc), object_end
    while at < start:
        word = words.at(at)
        if word is None or word[0].end > start or word[1] not in _JOINING_TAGS and word[0].text != "、":
            return False
        at = word[0].end
    return at == start and "，" not in text[object_end:start]


def _bare_object(doc: Analysis, begin: int, mention: Span, end: int) -> bool:
    """谴责以色列， / 谴责以色列的侵略行径，: a verb opens the clause and the party after it ends the clause or
    owns a noun; it is the verb's object even when the verb may take a clause (谴责以色列侵略叙利亚)."""
    word = words_of(doc).at(begin)
    rest = doc.norm_text[mention.end:end]
    return word is not None and word[0].start == begin and word[0].end == mention.start and word[1] == "v" \
        and (not rest.strip() or rest.startswith("的"))


def _opening_noun(doc: Analysis, begin: int, mention: Span) -> bool:
    """A verbal noun opens the clause and the party after it opens a predicate of its own
    (后续缅甸空军在…/经过…): the noun is an adverbial (后续), the party the subject."""
    words = words_of(doc)
    opener, after = words.at(mention.start - 1), words.after(mention.end)
    return opener is not None and opener[1] == "vn" and not doc.norm_text[begin:opener[0].start].strip() \
        and after is not None and after[1] in ("p", "d")


def object_of_verb(doc: Analysis, begin: int, position: int, pivots: bool = True) -> bool:
    """A verb of the clause stands right before `position` (directly or before an opening quotation
    mark), so the party there is its object; a verb of saying may open an embedded subject
    (表示俄罗斯将…) and does not count."""
    text = doc.norm_text
    at = position - 1 if text[position - 1] not in "“「\"‘" else position - 2
    if at < begin:
        return False
    word = words_of(doc).at(at)
    return word is not None and word[1].startswith("v") and word[0].start >= begin and \
        not claim_verb_before().search(text, begin, word[0].end) and \
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
    that ends right before it, or a few sentences before it in the same paragraph when the sentences
    between name no party (X表示，…。双方要…。希望Y方…: the statement runs on)."""
    text = doc.norm_text
    for quote in reversed(doc.quotes):
        if quote.speaker is None or quote.content.end > position:
            continue
        gap = text[quote.content.end:position]
        if not gap.strip("”」’\"。；; \n") or _statement_runs_on(doc, quote.content.end, position):
            return parties.as_state(code_of_span(doc, quote.speaker))
        return None
    return None


_RUN_ON_SENTENCES = 2  # sentences of a statement the quote stage may have left outside its content
_RUN_ON_REACH = 120  # characters


def _statement_runs_on(doc: Analysis, start: int, end: int) -> bool:
    """text[start:end] is whole sentences of the same paragraph that name no party and quote no one."""
    text = doc.norm_text
    gap = text[start:end]
    sentences = [s for s in re.split("[。！？!?]", gap.strip("”」’\"")) if s.strip()]
    return 0 < len(sentences) <= _RUN_ON_SENTENCES and len(gap) <= _RUN_ON_REACH and "\n" not in gap \
        and not re.search("[“”「」:：]", gap) and not mentions_in(doc, start, end)
