"""Events told by set phrases rather than trigger verbs (data/event_formulas.tsv): the unspecified
threat (X将采取必要措施, 将作出回应) against the party just criticised, a trade right withdrawn
(X暂停Y企业出口资格), mediation (在X的斡旋下,
经X斡旋, X居中调停) from the mediator to each party, captives handed over (X向Y移交战俘), and a
hostile label a state gives another (X将Y列为威胁, X称Y是敌人): an accusation of Y."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Optional

from .. import lexicon
from ..kb import KnowledgeBase
from ..model import Analysis, Event, Span
from ..nlp.chinese import SENTENCE_ENDS, forward_to, span
from . import event_parties as parties
from .event_acts import commentator, names_in
from .event_args import CLAUSE_BREAK, back_to
from .event_modality import modality
from .event_subjects import clause_subject, coordinated, subject
from .event_types import QUANTIFIER

_GOES_ON = re.compile(r"\s*(?:并|还|又|也|同时|随后|随即)")  # a clause that goes on with the sentence's subject
# Stances a threat answers: the threat is against the party the speaker just accused or made demands of.
_STANCES = {"ACCUSE", "REQUEST", "REJECT", "PROTEST", "SANCTION", "THREATEN", "COERCE"}
_RESOLVE = (r"(?:必将|势必|定将|将会|将|(?<![者议大全峰宴晚年茶例])会(?![上议谈见晤面场期后前中])|必定|一定会|誓言|誓将|扬言"
            r"|威胁)")  # the promise that makes the phrase a threat (not the 会 of 记者会上回应)
_NOT_ASSERTED = re.compile(r"不会?|是否|能否|没有|未|如何|何时|会不会|或将|可能|也许")
_OWN_CONDITION = re.compile(r"如果|如|若|假如|倘若|一旦")
_SPAN = r"[^，,。；;：:！？!?]"


@lru_cache(maxsize=1)
def _phrases() -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {}
    for kind, phrase in lexicon.rows("event_formulas.tsv"):
        kinds.setdefault(kind, []).append(phrase.strip())
    return kinds


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    kinds = {kind: lexicon.alternation_source(words) for kind, words in _phrases().items()}
    return {
        "threat": re.compile(r"(?:(?P<resolve>%s)|保留(?P<reserve>))%s{0,10}?(?P<act>%s|回应|反制|报复|采取进一步措施|采取进一步行动)"
                             r"(?(reserve)的?权利|)" % (_RESOLVE, _SPAN, kinds["threat"])),  # 保留作出回应的权利
        "mediation": re.compile(r"在(?P<who>%s{1,12}?)的?(?P<act>%s)下|经过?(?P<via>%s{1,12}?)的?(?P<act2>%s)"
                                r"|(?P<host>%s{1,12}?)居中(?P<act3>%s)" % ((_SPAN, kinds["mediation"]) * 3)),
        "designation": re.compile(r"(?:将|把)(?P<whom>%s{1,12}?)(?P<act>%s)%s{0,24}?(?P<label>%s)"
                                  r"|(?P<act2>称)(?P<whom2>%s{1,10}?)(?:是|为)%s{0,16}?(?P<label2>%s)"
                                  % (_SPAN, kinds["designate"], _SPAN, kinds["hostile"], _SPAN, _SPAN, kinds["hostile"])),
        "suspension": re.compile(r"(?P<act>%s)了?(?P<whom>%s{1,20}?)的?(?:%s)" % (kinds["suspend"], _SPAN, kinds["right"])),
        "barred": re.compile(r"(?:将|把)(?P<whom>%s{1,20}?)(?P<act>列入|列为|纳入)%s{0,12}?(?P<label>%s)"
                             r"|(?P<act2>宣布|宣告)(?P<whom2>%s{1,12}?)为“?(?P<label2>%s)"
                             r"|被(?P<by>%s{1,10}?)(?P<act3>宣布为|宣告为|列入|列为|纳入)“?%s{0,12}?(?P<label3>%s)"
                             % (_SPAN, _SPAN, kinds["barred"], _SPAN, kinds["barred"], _SPAN, _SPAN, kinds["barred"])),
        "lifting": re.compile(r"(?P<act>%s)了?(?P<whom>%s{0,24}?)(?P<label>%s)" % (kinds["lift"], _SPAN, kinds["measure"])),
        "ties": re.compile(r"(?P<act>%s)了?(?:与|同|和|跟)(?P<whom>%s{1,12}?)的?%s%s{0,4}?"
                           r"(?P<label>%s)" % (kinds["halt"], _SPAN, QUANTIFIER, _SPAN, kinds["tie"])),
        "closure": re.compile(r"(?P<act>关闭|关停)了?(?P<whom>[^，,。；;：:！？!?驻]{1,10}?)(?:驻(?P<host>%s{1,10}?))?(?P<label>%s)"
                              % (_SPAN, kinds["mission"])),
        "recall": re.compile(r"(?P<act>召回|撤回)了?驻(?P<whom>%s{1,10}?)的?(?P<label>%s)" % (_SPAN, kinds["envoy"])),
        "expulsion": re.compile(r"(?P<act>勒令|限令|责令|命令|要求)(?P<whom>%s{1,16}?)(?P<label>%s|外交人员)%s{0,12}?离境"
                                % (_SPAN, kinds["envoy"], _SPAN)),
        "recognition": re.compile(r"(?P<act>承认)了?(?P<whom>%s{1,12}?)(?P<label>国|政府|政权|独立|主权)"
                                  r"(?=[，,。；;！!、]|$)" % _SPAN),
        "release": re.compile(r"向(?P<to>%s{1,12}?)(?P<act>%s)了?%s{0,16}?(?:%s)"
                              % (_SPAN, kinds["release"], _SPAN, kinds["captive"])),
    }


def events(doc: Analysis, found: list[Event]) -> Iterator[tuple[Event, Span]]:
    """(event, its sentence) for every formula in the body; `found` are the trigger events so far."""
    text = doc.norm_text
    for paragraph in doc.article.paragraphs:
        yield from _threats(doc, text, paragraph, found)
        yield from _mediations(doc, text, paragraph)
        yield from _releases(doc, text, paragraph)
        yield from _suspensions(doc, text, paragraph)
        yield from _designations(doc, text, paragraph)


# Measures told by a set phrase: (kind, PLOVER type, CAMEO code). Trigger words inside the phrase (要求 of 要求…离境,
# 撤回 of 撤回驻X大使, 出口管制 of 列入出口管制实体清单, 征收 of 终止征收) are part of it, not acts of their own.
_MEASURES = (("barred", "SANCTION", "163"), ("lifting", "RETREAT", "085"), ("closure", "SANCTION", "161"),
             ("ties", "SANCTION", "160"),  # 暂停与X的所有贸易往来: ties with X cut (CAMEO 160 reduce relations)
             ("recall", "SANCTION", "161"), ("expulsion", "SANCTION", "166"),
             ("recognition", "SUPPORT", "054"))  # 承认巴勒斯坦国: recognition (CAMEO 054, as 建交)
_ASKED = re.compile(r"要求|呼吁|敦促|促请|希望|寻求|请求|争取|应该|应当|必须")  # 呼吁美国取消对华关税: a call, no act


def _told(doc: Analysis, sentence: Span, clause_start: int, at: int) -> str:
    """How the set phrase at `at` is told (event_modality.modality), with the names the clauses open on."""
    return modality(doc.norm_text, sentence.start, clause_start, at, lambda a, b: names_in(doc, a, b))


def measures(doc: Analysis) -> Iterator[tuple[Event, Span, tuple[int, int]]]:
    """(event, its sentence, the phrase's span) for each measure told by a set phrase: a state barred
    (将Y列入实体清单), a measure lifted (终止对Y征收反倾销税), ties cut (暂停与Y的贸易往来), a mission closed (关闭Y驻Z总领馆), an envoy
    recalled (撤回驻Y大使) or sent away (勒令Y大使离境). The source is the clause's subject; not when
    denied, asked for, or only supposed."""
    text = doc.norm_text
    for paragraph in doc.article.paragraphs:
        for kind, type_, cameo in _MEASURES:
            for match in _patterns()[kind].finditer(text, paragraph.start, paragraph.end):
                whom, act = ("whom2", "act2") if match.groupdict().get("whom2") else ("whom", "act")
                clause_start = back_to(text, paragraph.start, match.start(), CLAUSE_BREAK)
                sentence = _sentence(text, paragraph, match.start())
                if match.groupdict().get("act3"):  # Y被X宣布为不受欢迎的人: X bars Y
                    yield from _barred_passive(doc, match, clause_start, sentence)
                    continue
                if _LABEL_DENIED.search(text, max(clause_start, match.start() - 3), match.start()) or \
                        (kind != "expulsion" and _ASKED.search(text, clause_start, match.start())) or \
                        _topic(text, clause_start, match.start(), match.end()) or \
                        _told(doc, sentence, clause_start, match.start()) not in ("asserted", "future"):
                    continue
                source = clause_subject(doc, clause_start, match.start()) or \
                    subject(doc, sentence, clause_start, until=match.start())
                if kind == "recall":  # 撤回驻加拿大大使: the state the envoy is posted in
                    named = [code for _, code in parties.mentions(doc, match.start(whom), match.end(whom))]
                elif kind == "closure":  # 关闭了俄罗斯驻波兹南总领馆: the state whose mission it is
                    named = parties.codes(doc, match.start(whom), match.end()) or \
                        [c.iso3 for c in (KnowledgeBase.load().country(match.group(whom)),) if c is not None]
                    if named[:1] == [source] and match.group("host"):  # 关闭委内瑞拉驻挪威大使馆: its own, in the host
                        named = [c.iso3 for c in (KnowledgeBase.load().country(match.group("host")),) if c is not None]
                else:  # 终止对澳大利亚葡萄酒征收反倾销税 / 承认巴勒斯坦国: the parties before the measure's noun
                    named = parties.codes(doc, *((match.start(whom), match.end(whom)) if kind == "barred"
                                                 else (match.start(whom), match.end()) if kind == "recognition"
                                                 else (match.end(act), match.start("label"))))
                targets = [c for c in named if c != source]
                sources = coordinated(doc, clause_start, match.start(), source, targets[0] if targets else None)
                for doer, target in ((d, t) for d in sources for t in targets if d is not None and d != t):
                    # 将来自中国、印度等国的实体列入…: each state; 西班牙和挪威承认…: each doer
                    yield _event(doc, type_, cameo, (match.start(act), match.end(act)), (clause_start, match.end()),
                                 doer, target), sentence, (match.start(), match.end())


def _barred_passive(doc: Analysis, match: re.Match, clause_start: int, sentence: Span) -> Iterator:
    """两名外交官被X宣布为“不受欢迎的人”: the one after 被 bars the state of the ones before it."""
    text = doc.norm_text
    if _told(doc, sentence, clause_start, match.start()) not in ("asserted", "future"):
        return
    by = parties.codes(doc, match.start("by"), match.end("by"))
    barred = parties.codes(doc, clause_start, match.start())
    for target in (c for c in barred if by and c != by[0]):
        yield _event(doc, "SANCTION", "163", (match.start("act3"), match.end("act3")), (clause_start, match.end()),
                     by[0], target), sentence, (match.start(), match.end())


def _sentence(text: str, paragraph: Span, position: int) -> Span:
    start = back_to(text, paragraph.start, position, SENTENCE_ENDS)
    return Span(start, forward_to(text, position, paragraph.end, SENTENCE_ENDS), "")


def _event(doc: Analysis, kind: str, cameo: str, trigger: tuple[int, int], evidence: tuple[int, int],
           source: str, target: str) -> Event:
    return Event(type=kind, trigger=span(doc, *trigger), evidence=span(doc, *evidence), source=source,
                 target=target, cameo=cameo, confidence=0.6)


def _threats(doc: Analysis, text: str, paragraph: Span, found: list[Event]) -> Iterator[tuple[Event, Span]]:
    for match in _patterns()["threat"].finditer(text, paragraph.start, paragraph.end):
        clause_start = back_to(text, paragraph.start, match.start(), CLAUSE_BREAK)
        sentence = _sentence(text, paragraph, match.start())
        if _NOT_ASSERTED.search(text, max(clause_start, match.start() - 3), match.start("act")):
            continue  # 不会作出回应, 是否采取措施, 或将作出回应: no promise
        source = next(iter(parties.codes(doc, clause_start, match.start())), None)
        if source is None and clause_start > sentence.start and _GOES_ON.match(text, clause_start):
            source = subject(doc, sentence, clause_start, match.start())  # ……，并誓言作出回应: the sentence's subject
        if source is None or _conditional_on_itself(doc, text, sentence, clause_start, source):
            continue
        aimed = [c for c in parties.codes(doc, match.start(), match.start("act")) if c != source]
        target = (aimed[0] if aimed else None) or _conditioned_on(doc, text, sentence, clause_start, source) \
            or _criticised(doc, found, paragraph, match.start(), source)  # 保留对以色列作出回应的权利: Israel
        if target is not None:
            clause_end = forward_to(text, match.end(), sentence.end, CLAUSE_BREAK)
            yield _event(doc, "THREATEN", "130", (match.start("act"), match.end("act")),
                         (clause_start, clause_end), source, target), sentence


def _conditional_on_itself(doc: Analysis, text: str, sentence: Span, clause_start: int, source: str) -> bool:
    """如果中方的利益受损，中方将…: a response the speaker makes depend on what happens to itself
    is a statement of policy, not a threat to anyone named."""
    condition = _OWN_CONDITION.search(text, sentence.start, clause_start)
    if condition is None:
        return False
    named = parties.codes(doc, condition.end(), clause_start)
    return not named or named[0] == source


def _conditioned_on(doc: Analysis, text: str, sentence: Span, clause_start: int, source: str) -> Optional[str]:
    """一旦美国向菲律宾部署导弹，中方将予以反制: the one whose act the condition names (its subject, the first
    party of the condition), not the last party named there."""
    condition = _OWN_CONDITION.search(text, sentence.start, clause_start)
    named = parties.codes(doc, condition.end(), clause_start) if condition is not None else []
    return named[0] if named and named[0] != source else None


def _criticised(doc: Analysis, found: list[Event], paragraph: Span, position: int, source: str) -> Optional[str]:
    """The target of the source's last accusation or demand before `position` in the paragraph, or
    else the last other party the paragraph names before it."""
    earlier = [e for e in found if e.source == source and e.type in _STANCES and e.target not in (None, source)
               and paragraph.start <= e.trigger.start < position]
    if earlier:
        return max(earlier, key=lambda e: e.trigger.start).target
    named = [code for _, code in parties.mentions(doc, paragraph.start, position) if code != source]
    return named[-1] if named else None


def _mediations(doc: Analysis, text: str, paragraph: Span) -> Iterator[tuple[Event, Span]]:
    for match in _patterns()["mediation"].finditer(text, paragraph.start, paragraph.end):
        group = next(g for g in ("who", "via", "host") if match.group(g) is not None)
        act = {"who": "act", "via": "act2", "host": "act3"}[group]
        mediators = parties.codes(doc, match.start(group), match.end(group))
        if len(mediators) != 1:
            continue  # 经其斡旋: the mediator is not named here; 在卡塔尔、埃及和美国的斡旋下: no one mediator to code
        sentence = _sentence(text, paragraph, match.start())
        begin = match.start() if group != "host" else back_to(text, sentence.start, match.start(), CLAUSE_BREAK)
        sides = [c for c in parties.codes(doc, match.end(), sentence.end) if c != mediators[0]]
        for side in sides[:2]:
            yield _event(doc, "CONSULT", "045", (match.start(act), match.end(act)), (begin, match.end()),
                         mediators[0], side), sentence


def _releases(doc: Analysis, text: str, paragraph: Span) -> Iterator[tuple[Event, Span]]:
    for match in _patterns()["release"].finditer(text, paragraph.start, paragraph.end):
        clause_start = back_to(text, paragraph.start, match.start(), CLAUSE_BREAK)
        sources = parties.codes(doc, clause_start, match.start())
        targets = parties.codes(doc, match.start("to"), match.end("to"))
        if sources and targets and sources[-1] != targets[0]:
            sentence = _sentence(text, paragraph, match.start())
            yield _event(doc, "RETREAT", "0841", (match.start("act"), match.end("act")), (clause_start, match.end()),
                         sources[-1], targets[0]), sentence


def _suspensions(doc: Analysis, text: str, paragraph: Span) -> Iterator[tuple[Event, Span]]:
    """暂停多家X企业出口资格: a trade right withdrawn from a state's firms or goods is a sanction of
    that state by the clause's subject."""
    for match in _patterns()["suspension"].finditer(text, paragraph.start, paragraph.end):
        clause_start = back_to(text, paragraph.start, match.start(), CLAUSE_BREAK)
        sentence = _sentence(text, paragraph, match.start())
        if _LABEL_DENIED.search(text, max(clause_start, match.start() - 3), match.start()) or \
                _topic(text, clause_start, match.start(), match.end()) or \
                _told(doc, sentence, clause_start, match.start()) not in ("asserted", "future"):
            continue
        source = clause_subject(doc, clause_start, match.start()) or \
            subject(doc, sentence, clause_start, until=match.start())
        targets = [c for c in parties.codes(doc, match.start("whom"), match.end("whom")) if c != source]
        if source is not None and targets:
            yield _event(doc, "SANCTION", "163", (match.start("act"), match.end("act")), (clause_start, match.end()),
                         source, targets[0]), sentence


_TOPIC_OPEN = re.compile(r"针对|就|关于|对于")
_TOPIC_CLOSE = re.compile(r"[^，,。；;]{0,6}?(?:一事|问题|事件|的做法|的决定)")


def _topic(text: str, clause_start: int, start: int, end: int) -> bool:
    """针对中国暂停签发X签证一事表态: the measure is the matter spoken of, told before as an act of its own."""
    return bool(_TOPIC_OPEN.search(text, clause_start, start)) and bool(_TOPIC_CLOSE.match(text, end))


# A label denied or only weighed (不是威胁, 并非敌人, 不应将X视为威胁) accuses no one.
_LABEL_DENIED = re.compile(r"不|并非|没有|未|否认|拒绝")


def _designations(doc: Analysis, text: str, paragraph: Span) -> Iterator[tuple[Event, Span]]:
    for match in _patterns()["designation"].finditer(text, paragraph.start, paragraph.end):
        whom, act, label = ("whom2", "act2", "label2") if match.group("whom") is None else ("whom", "act", "label")
        clause_start = back_to(text, paragraph.start, match.start(), CLAUSE_BREAK)
        sentence = _sentence(text, paragraph, match.start())
        if _LABEL_DENIED.search(text, match.end(whom) - 1, match.start(label)) or \
                _LABEL_DENIED.search(text, max(clause_start, match.start() - 3), match.start()) or \
                _told(doc, sentence, clause_start, match.start()) not in ("asserted", "future", "intended"):
            continue
        if commentator(text[clause_start:match.start()], text[match.start():match.end(act)]):
            continue  # 专家将X视为威胁: a commentator's view, no act of a state
        source = clause_subject(doc, clause_start, match.start()) or \
            subject(doc, sentence, clause_start, until=match.start())
        targets = [c for c in parties.codes(doc, match.start(whom), match.end(whom)) if c != source]
        for target in targets if source is not None else []:
            yield _event(doc, "ACCUSE", "112", (match.start(act), match.end(act)), (clause_start, match.end()),
                         source, target), sentence
