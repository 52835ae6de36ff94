"""Who did it and to whom, for an event trigger: the source and target codes from the clause's
pattern (passive, X与Y V, X对Y V, X V Y, X的攻击, coordinated parties, 后者, a pronoun for the person
named last) and from discourse (the subject of an earlier clause or sentence, 双方 just named).
The clause's subject is found in event_subjects, a target from another clause in event_targets."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..doc import code_of_span, entity_at, mentions_in
from ..model import Analysis, Span
from ..nlp.chinese import CLAUSE_BREAKS_BUT_COLONS as CLAUSE_BREAK, back_to
from ..nlp.words import COMPASS_PART, state_abbreviations
from . import event_parties as parties
from .event_modifiers import (act_under_stance, embedded_codes, object_relative, opened_act, relative_objects,
                              subject_relative)
from .event_parties import (BOTH as _BOTH, LOCATIVE as _LOCATIVE, NOT_LOCATIVE as _NOT_LOCATIVE, WITH,
                            clause_codes as codes, is_place as _is_place)
from .event_subjects import (SUBJECT_REACH, claim_verb as _claim_verb, clause_subject, coordinated,
                             coordinator as _coordinator, embedded_start as _embedded_start,
                             object_of_verb as _object_of_verb, subject)
from .event_sides import (ITS as _ITS, OTHER_SIDE as _OTHER_SIDE, STANCES_ON_OTHERS as _STANCES_ON_OTHERS,  # noqa: F401
                          act_nouns as _act_nouns, both_named, other_side, this_act)  # (both_named, this_act re-exported)
from .event_modality import IN_SPITE
from .event_owners import aimed_act, possessor
from .event_targets import (PERSON_PRONOUN_AFTER, armed_group_object, bare_passive, bare_title, doer_of_act_told, joiner,
                            own_body, own_person_before, warring_sides,  # noqa: F401 (re-exported)
                            places_listed, reacted_act, through_channel, titled_patient)
from .event_triggers import Trigger, is_nominal, words_of

# 赢得/获得/得到 X的支持: a verb of receiving is passive too; X is the one who supports.
_PASSIVE = re.compile(r"遭到|遭受|遭|受到|被|接受|赢得|获得|得到")
RECEIVING = ("接受", "赢得", "获得", "得到")
# 由 + its agent before the verb (大桥由中国企业承建): not 理由, 自由, 经由, 由于, 由此, 由衷.
_BY_AGENT = re.compile(r"(?<![理自经缘来])由(?![于此衷])")
_FROM = re.compile(r"[从自向]")
GIVER_REACH = 2  # characters between the giver named after 从/向 and the verb of receiving (从中国获得, 从美国那里得到)
_DOMESTIC_TYPES = ("COERCE", "ACCUSE")  # arrests, charges and investigations with no agent named
_JOINT_ACTS = ("CONSULT", "AGREE", "COOPERATE")  # 德国和法国一致同意: the coordinated parties are partners
_DONE_TO_TYPES = ("ASSAULT", "COERCE", "SANCTION", "THREATEN", "AID")  # X的攻击/制裁/援助: X does it
_CALLED = re.compile(r"[与和同跟给]")
_WITH_THING = re.compile(r"(?<![共协相等如一赞认])[与同跟](?![时样意僚盟胞期步行此])")
# 英国防长华莱士: the state, then its official (a person; 乌克兰对俄罗斯 is no title)
_TITLE_BETWEEN = re.compile(r"[^，,。；;、和与及对向从在把被给为]{1,8}")
_ON = re.compile(r"[对向]")
# 就X驱逐Y外交官一事 / 针对X制裁Y的问题: an act spoken of as the matter of a protest or a statement
_MATTER = re.compile(r"(?:就|针对)(?=[^，,。；;]{2,24}$)")
_MATTER_END = re.compile(r"[^，,。；;]{0,16}?(?:一事|事件|问题|的决定|的做法|的行为)")
_FORUM = re.compile(r"向[^，,。；;]{0,12}?(?:法院|法庭|仲裁庭|仲裁院|世贸组织|世界贸易组织|WTO|人权理事会)[^，,。；;]{0,4}$")
# 针对X的…，Y表示: a clause opening with 针对 and a noun phrase of X's acts (a 的 and no verb that takes an
# act as its object: 针对X进行制裁 is against X) is the topic a later clause answers
_TOPIC_OPENING = re.compile(r"\W*(?:而|并|且|但)?针对")
_TOPIC_NOUN = re.compile(r"[^，,。；;]*的(?:(?!进行|发动|实施|采取|开展|展开|发起)[^，,。；;])*")
# 对于/关于/针对 + a party + the act: the party opens a clause that is the topic answered (对于欧盟指责…，…回应称),
# so it does the act; it is not the one the act is aimed at nor a place after 于.
_TOPIC_CLAUSE = re.compile(r"\W*(?:而|并|且|但)?(?:对于|关于|针对)")
_TOPIC_ADVERBS = "又再也还曾已一再多次"


def _topic_subject(doc: Analysis, clause_start: int, start: int) -> Optional[int]:
    """Where the party opening a topic clause starts, when the act at `start` follows it directly."""
    topic = _TOPIC_CLAUSE.match(doc.norm_text, clause_start, start)
    first = next(iter(parties.mentions(doc, topic.end(), start)), None) if topic else None
    if first is None or first[0].start != topic.end() or doc.norm_text[first[0].end:start].strip(_TOPIC_ADVERBS):
        return None
    return first[0].start


_MODIFIED_OBJECT = re.compile(r"[对向][^，,。；;、对向]{1,12}的$")
# 向峰会主办国日本, 对邻国印度, 向盟友美国: a noun for the party's role set before its name, without 的
_APPOSED_OBJECT = re.compile(r"[对向][^，,。；;、对向的“”]{0,6}(?:国|盟友|伙伴|对手)$")
_INCLUDING_OBJECT = re.compile(r"[对向]包括[^，,。；;对向]{1,30}?在内的$")  # 对包括X公司在内的美国企业: the firms' state
# 对12名俄罗斯商人, 对三家美国企业, 对多名伊朗官员: a count of people or firms of a state after 对/向
_COUNTED_OBJECT = re.compile(r"[对向](?:另外|其他|其余|另)?(?:\d+|[一二两三四五六七八九十百千几数多]+|若干)(?:名|家|个|位|艘|架|批|所|座)$")
# 为(了)帮助X…而 + the act: a purpose frame naming the one helped (X) and the act's own aim.
_PURPOSE = re.compile(r"为了?(?P<verb>帮助|支持|协助|援助|支援)[^，,。；;为而]{1,30}而[^，,。；;]{0,4}$")
_DESTINATION = re.compile(r"前往|运往|送往|运抵|运至|运到|送到|送抵|发往")
# 以X对Y发动网络攻击为由制裁X: the act named as the reason is X's on Y; the act it is the reason for is the
# subject's, on the party after its verb, and no party inside the reason is its target.
_REASON_CLOSE = r"(?:为由|为借口|为名|为理由)"
_REASON_BEFORE = re.compile(r"以[^，,。；;以]{2,40}?(?P<close>%s)[^，,。；;]{0,20}$" % _REASON_CLOSE)
_REASON_AFTER = re.compile(r"[^，,。；;以]{0,30}?%s" % _REASON_CLOSE)
_OWN_STATE = "SELF"  # implied-party column: the act is done within the actor's own state
# 断绝同X的外交关系 / 恢复与X的关系: a tie with the partner named after the act, up to its 的
_PARTNER_AFTER = re.compile(r"了?(?:同|与|和|跟)(?P<partner>[^，,。；;的]{1,16})(?=的(?:所谓)?“?(?:外交|正式|双边)?关系)")
BARE_PASSIVE_REACH = 2  # 被冻结, 遭到无端指责: a passive this close to the act with no agent named
_ACTS_JOINED = re.compile(r"[\u4e00-\u9fff]{2}(?:和|与|及|、)")  # 遭到炮击和空袭: the passive governs both acts
MODIFIER_REACH = 14  # 对 and a modifier ending in 的 before the party it is done to
PASSIVE_REACH = 2  # the agent of a passive starts within this many characters of 被/遭到
# ……，将/把X驱离: a clause that opens with the disposal preposition has no subject of its own; the party
# after 将/把 is the one acted on, the doer the subject of the clause before (not 将于/将会: the future).
_DISPOSAL_OPENING = re.compile(r"\W*(?:[并还也又再则即]|随即|随后|立即|依法|强行)*[将把](?![于在会要是近来继])")


def arguments(doc: Analysis, sentence: Span, clause_start: int, start: int, end: int, clause_end: int,
              trigger: Trigger) -> tuple[Optional[str], list[str]]:
    """Source and target codes from the clause's pattern: passive, X与Y V, X对Y V, X V Y; every
    party of a coordinated object is a target (与法国、英国防长通电话)."""
    text = doc.norm_text
    purpose = _PURPOSE.search(text, clause_start, start) if trigger.type == "AID" else None
    if purpose is not None:  # 德国为支持波兰抵御白俄罗斯而运送物资: the helped is the target, the rival no party
        helped = next(iter(parties.mentions(doc, purpose.end("verb"), purpose.end())), None)
        doers = codes(doc, clause_start, purpose.start())
        source = doers[0] if doers else subject(doc, sentence, clause_start, start)
        return source, [helped[1]] if helped and helped[0].start == purpose.end("verb") and helped[1] != source else []
    clause_start = _embedded_start(doc, clause_start, start)
    reacted = reacted_act(doc, clause_start, start, end, clause_end)
    if reacted is not None:  # 对乌方此前袭击俄军机场的回应: Ukraine attacks
        return reacted[0], _implied(trigger, reacted[0], reacted[1])
    matter = _MATTER.search(text, clause_start, start)
    if matter is not None and _MATTER_END.match(text, end, clause_end):
        return None, []  # 就阿尔及利亚驱逐法国外交官一事提出抗议: an act spoken of as the matter is not told again
    topic = _topic_subject(doc, clause_start, start)
    if topic is not None:  # 对于欧盟指责匈牙利…，X回应称: the clause after 对于 is the topic, 欧盟 its doer
        return arguments(doc, sentence, topic, start, end, clause_end, trigger)
    opened = opened_act(doc, clause_start, start, end, clause_end) or act_under_stance(doc, clause_start, start, end,
                                                                                    clause_end)
    if opened is not None:  # 对袭击中国人的武装分子发动打击: the head noun attacks, not the clause's subject
        return opened[0], _implied(trigger, opened[0], opened[1])  # 对以色列袭击加沙表示谴责: Israel attacks
    spite = IN_SPITE.search(text, clause_start, start)
    if spite is not None:  # 佩洛西不顾中方反对窜访台湾: those whose objection is ignored are no party of the act
        return _past_frame(doc, sentence, clause_start, spite.start(), spite.end(), start, end, clause_end, trigger)
    reason = _REASON_BEFORE.search(text, clause_start, start)
    if reason is not None:  # 英国以…为由制裁俄罗斯: the act after the reason, by the subject before 以
        return _past_frame(doc, sentence, clause_start, reason.start(), reason.end("close"), start, end, clause_end,
                           trigger)
    opened = text.rfind("以", clause_start, start)
    if opened >= 0 and _REASON_AFTER.match(text, end) and codes(doc, opened + 1, start):
        clause_start = opened + 1  # 以俄罗斯对爱沙尼亚发动网络攻击为由: the reason is an act of its own
    passive = _PASSIVE.search(text, clause_start, start)
    if passive is not None and any(s.start <= passive.start() < s.end for s in subject_relative(doc, clause_start, start)):
        passive = None  # 受美国援助的乌克兰军队发起反攻: the passive is the relative clause's, not the main verb's
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
    if passive is None and trigger.frame != "to" and (by := _BY_AGENT.search(text, clause_start, start)) is not None:
        first = next(iter(parties.mentions(doc, by.end(), start)), None)
        if first is not None and first[0].start - by.end() <= PASSIVE_REACH and codes(doc, clause_start, by.start()):
            passive, agents = by, codes(doc, by.end(), start)  # X的大桥由中国承建: the one after 由 builds it
    if passive is not None and not agents and passive.group() in RECEIVING:
        agents = _giver_before(doc, clause_start, passive.start())  # 巴基斯坦从中国获得贷款: China gives
    if passive is not None and not agents and _OTHER_SIDE.match(text, passive.end(), start):
        patients = codes(doc, clause_start, passive.start())
        patient = patients[0] if patients else subject(doc, sentence, clause_start, start)
        if patient is not None:  # 美国要求伊朗…，但遭到对方拒绝: the other side named just before refuses
            return (other_side(doc, sentence, passive.start(), patient) or [None])[0], [patient]
    if passive is not None and not agents and trigger.type in _DOMESTIC_TYPES:
        patient = _person_before(doc, clause_start, passive.start()) \
            or titled_patient(doc, clause_start, passive.start())  # 日本前首相被警方逮捕
        if patient is None and clause_start > sentence.start and (bare_title(doc, clause_start, passive.start()) or
                                                                  bare_passive(doc, clause_start, passive.start(), end)):
            patient = subject(doc, sentence, clause_start, start)  # 秘鲁国会弹劾了总统，总统随即被警方拘留;
            # X出庭时，被警方逮捕
        if patient is not None:
            return patient, [patient]  # 前官员X被逮捕, X接受审查调查: his own state acts on him
    if passive is not None and not agents and trigger.type not in _DOMESTIC_TYPES \
            and (start - passive.end() <= BARE_PASSIVE_REACH or _ACTS_JOINED.fullmatch(text, passive.end(), start)):
        patients = codes(doc, clause_start, passive.start())
        if not patients and clause_start > sentence.start:  # 苏梅因紧邻俄罗斯边境，多次遭到炮击: the sentence's subject
            patients = [c for c in [subject(doc, sentence, clause_start, start)] if c is not None]
        return None, patients  # 资产被冻结: the doer is not named
    if agents:
        passive = passive.start()
        patients = codes(doc, clause_start, passive)
        if not patients and _act_told_opens(text, clause_start, passive):
            # …分享了数据。这些都得到X认可 / 此举受到X批评: the act just told is what X approves or blames
            patients = doer_of_act_told(doc, sentence, clause_start, agents[0])
        patient = patients[0] if patients else subject(doc, sentence, clause_start, start)
        if not patients and patient == agents[0] and trigger.type not in _DOMESTIC_TYPES:
            patient = None  # 无人机被俄防空系统击落: the thing acted on is named, no party; the agent is not its own target
        if patient is None and trigger.type in _DOMESTIC_TYPES and own_person_before(doc, agents[0], clause_start, passive):
            patient = agents[0]  # 前部长某某因涉嫌受贿被韩国检方逮捕: the doer's state acts on its own
        return agents[0], [patient] if patient else []
    partner_joiners = _CALLED if "电话" in trigger.word else WITH  # 给X打电话: the one called is the partner
    at = joiner(doc, partner_joiners if trigger.frame == "with" else _ON, clause_start, start)
    opening = _opening_with(doc, clause_start, start, partner_joiners) if trigger.frame == "with" else None
    if at is None and opening is not None:  # ……，强调与法国扩大合作: the subject is the sentence's
        source = subject(doc, sentence, clause_start, start)
        return source, _implied(trigger, source, [c for c in codes(doc, opening.end(), start) if c != source])
    if at is None and trigger.frame == "to":  # 交付 with no 向/给: a delivery of goods bought, no aid
        aimed = addressed(doc, clause_start, start) if text[_skip_adverbs(text, clause_start, start)] in "向给" else []
        if aimed:  # ……，向以色列发射了导弹: the clause opens on 向 and leaves out its subject, the sentence's
            source = subject(doc, sentence, clause_start, start)
            return source, _implied(trigger, source, [c for c in aimed if c != source])
        return None, []
    partner_after = _PARTNER_AFTER.match(text, end, clause_end) if at is None and trigger.frame == "with" else None
    if partner_after is not None:  # 断绝同台湾当局的外交关系, 恢复与委内瑞拉的外交关系: the partner after the act
        source = (codes(doc, clause_start, start) or [subject(doc, sentence, clause_start, start)])[0]
        return source, _implied(trigger, source, [c for c in codes(doc, *partner_after.span("partner")) if c != source])
    if at is not None and trigger.frame in ("with", "on", "to"):
        channels = {c for m, c in parties.mentions(doc, clause_start, at)
                    if through_channel(text, clause_start, m)}
        left = [c for c in codes(doc, clause_start, at) if c not in channels]
        source = left[0] if left else subject(doc, sentence, clause_start, start)
        if trigger.frame == "with" and _partner_is_no_party(doc, clause_start, start):
            return source, _implied(trigger, source, [])  # 英国和日本的海外站将与供应商合作
        embedded = embedded_codes(doc, clause_start, start)  # 对入侵乌克兰的俄罗斯: Russia, not Ukraine
        partners = codes(doc, at + 1, start)
        found = [c for c in partners if c != source and c not in embedded]
        if not found and trigger.frame == "with" and source is not None and source in partners \
                and not PERSON_PRONOUN_AFTER.match(text, at + 1):
            return source, [source]  # 与俄罗斯调查委员会主席会面: a partner of his own state, nothing to borrow
        if not found and source is not None and PERSON_PRONOUN_AFTER.match(text, at + 1):
            found = other_side(doc, sentence, at, source)  # X抵达北京。习近平同他举行会晤: the one just named
        return source, _implied(trigger, source, found)
    origin = _skip_adverbs(text, clause_start, start) + 1  # ……，从苏丹撤离了美国驻苏丹使馆人员: where from
    if trigger.type == "RETREAT" and text[origin - 1:origin] == "从" and codes(doc, origin, start):
        source = subject(doc, sentence, clause_start, start)
        return source, _implied(trigger, source, [c for c in codes(doc, origin, start) if c != source])
    if trigger.frame != "with" and _DISPOSAL_OPENING.match(text, clause_start) and codes(doc, clause_start, start):
        source = subject(doc, sentence, clause_start, start)  # 海警采取措施，将X船只驱离: the coast guard acts on X
        return source, _implied(trigger, source, [c for c in codes(doc, clause_start, start) if c != source])
    aimed = aimed_act(doc, clause_start, start) if trigger.type in _DONE_TO_TYPES else None
    if aimed is not None:  # 谴责以色列对卡塔尔的“野蛮侵略”: Israel acts on Qatar
        return aimed[0], [aimed[1]]
    owner = possessor(doc, clause_start, start) if trigger.type in _DONE_TO_TYPES else None
    if owner is not None:  # 乌克兰扛过了俄罗斯的第一波攻击: Russia attacks, Ukraine is attacked
        subject_code = codes(doc, clause_start, start)[0]
        return owner, [subject_code] if subject_code != owner else []
    done_to = addressed(doc, clause_start, start)  # 向基里巴斯提供援助: the one it is done to
    forum = done_to if trigger.type == "ACCUSE" and _FORUM.search(text, clause_start, start) else []
    done_to = [c for c in done_to if c not in forum]  # 向国际法院起诉厄瓜多尔: the court hears, Ecuador is sued
    if not done_to and trigger.type in _ABOUT_TYPES:
        done_to = _topic_after_about(doc, clause_start, start)  # 就中国船只进入海域提出抗议: China, not the protester
    verb_objects = _verb_phrase_objects(doc, clause_start, start)  # 响应美国、带头鼓噪: 美国 is 响应's
    embedded = embedded_codes(doc, clause_start, start)  # 对袭击中国人的武装分子: 中国 is 袭击's object
    placed = places_listed(doc, clause_start, start)  # 在日内瓦、伦敦和马德里举行会谈: where, not with whom
    before = [c for c in codes(doc, clause_start, start) if c not in done_to and c not in verb_objects
              and c not in embedded and c not in forum and c not in placed]
    if done_to and text.startswith("就", _skip_adverbs(text, clause_start, start)):
        before = []  # ……，就佩洛西访台提出严正交涉: all the clause names is its topic; the doer is the subject before
    left_out = _SUBJECT_LEFT_OUT.match(text, clause_start) if done_to else None
    if left_out is not None:  # (他)还对日方…追随美国提出批评: all the clause names after its opening 对 is the object
        before = [c for c in codes(doc, clause_start, left_out.end() - 1) if c in before]
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
        relative_object = object_relative(doc, end, clause_end)  # 击毙了袭击中国人的幕后黑手: no one of China
        objects = done_to or _visitor_met(doc, trigger, end, clause_end, source) or \
            ([c for c in relative_object if c != source] if relative_object is not None else
             _coordinated_after(doc, end, clause_end, source, locative=trigger.frame == "direct",
                                acts_on=trigger.type != "THREATEN"))
    if not objects and not before and trigger.frame == "with" and source is not None:
        objects = _subject_partners(doc, sentence, clause_start, source)  # 中越签署声明，已就…达成一致
    if not objects and _BOTH.match(text, end):
        objects = both_named(doc, sentence, start, source)  # 会见两国代表, 敦促双方: the two just named
    if not objects and _OTHER_SIDE.match(text, end) and source is not None:
        objects = other_side(doc, sentence, start, source)  # 俄方指责对方: the one other party just named
    if not objects and _ITS.match(text, end) and source is not None:
        # 会见X，支持其…: X, named just before; a stance on 其 (谴责其…) may look back a sentence, as 对方 does
        objects = other_side(doc, sentence, start, source, within=trigger.type not in _STANCES_ON_OTHERS)
    if not objects and this_act().match(text, end) and source is not None:
        objects = doer_of_act_told(doc, sentence, clause_start, source)  # 韩国谴责此举: the doer of the act told
    if not objects and trigger.type == "AID":
        objects = [c for c in _destination(doc, end, clause_end) if c != source]
    if not objects:
        # 韩国和日本予以谴责: a coordinated subject acts jointly; its members are no objects of each other
        # (朝鲜、老挝等国领导人致电: a list closed by 等 is one group of callers, whatever the act)
        together = trigger.frame != "with" and (trigger.type not in _JOINT_ACTS or _LIST_CLOSED.search(text, clause_start, start))
        joint = coordinated(doc, clause_start, start, source, None) if together else [source]
        objects = [c for c in before[1:] + codes(doc, clause_start, start, locative=True)
                   if c not in joint and c not in embedded]
    return source, _implied(trigger, source, objects)


# A list closed by 等 (A、B、C等国, 等国领导人): the members act together, none is the partner of another.
_LIST_CLOSED = re.compile(r"、[^，,。；;、]{1,12}等(?:\d+|[一二三四五六七八九十几多]+)?个?(?:国|方|领导人|政府)")


# 会见来华访问的德国总理, 会见前来出席论坛的X: the one met is the head noun after the relative clause
# that tells his visit or attendance, not the host named inside it.
# 访 + a state's one-character abbreviation (访俄, 访日) is a visit too.
@lru_cache(maxsize=1)
def _visit_clause() -> re.Pattern:
    return re.compile(r"了?[^，,。；;的]{0,12}(?:来华|访华|访[%s]|来访|到访|访问|出席|参加|前来)[^，,。；;的]{0,6}的"
                      % "".join(state_abbreviations()))


def _visitor_met(doc: Analysis, trigger: Trigger, end: int, clause_end: int, source: Optional[str]) -> list[str]:
    """The state of the visitor a meeting verb's object names after a relative clause of his visit."""
    if trigger.type != "CONSULT" or trigger.frame != "obj":
        return []
    clause = _visit_clause().match(doc.norm_text, end, clause_end)
    if clause is None:
        return []
    return [c for c in _coordinated_after(doc, clause.end(), clause_end, source) if c != source]


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


def _opening_with(doc: Analysis, clause_start: int, start: int, joiners: re.Pattern = WITH) -> Optional[re.Match]:
    """The 与/同/和 (of `joiners`) that opens the clause after adverbs or a time (并与…, 星期二和乌克兰总统会谈),
    with a party right after it and none before it in the clause."""
    text = doc.norm_text
    opening = joiners.match(text, _skip_adverbs(text, clause_start, start))
    if opening is not None:
        return opening
    for match in joiners.finditer(text, clause_start, min(start, clause_start + SUBJECT_REACH)):
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
    partner = _WITH_THING.search(doc.norm_text, last_end, start)
    return partner is not None and not PERSON_PRONOUN_AFTER.match(doc.norm_text, partner.end())  # 同他会晤: a person


def _past_frame(doc: Analysis, sentence: Span, clause_start: int, frame_start: int, frame_end: int, start: int,
                end: int, clause_end: int, trigger: Trigger) -> tuple[Optional[str], list[str]]:
    """Source and targets when a frame (a reason, a concession) stands between the subject and the act: the act is
    read from after the frame, its doer is the party named before it when there is one."""
    doers = codes(doc, clause_start, frame_start)
    source, targets = arguments(doc, sentence, frame_end, start, end, clause_end, trigger)
    source = doers[0] if doers else source
    return source, [c for c in targets if c != source]


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


# 谴责X的呼吁, 制裁X的提议: a party followed by 的 and a call or proposal is the object of the act asked for.
CALL_CONTENT = re.compile(r"的(?:呼吁|要求|提议|倡议|建议|请求|决议|提案|草案|主张)")
# A verb of answering a call between the act and the caller (拒绝响应X的呼吁, 不理会X的要求): X made the call.
_ANSWER = re.compile(r"^(?:响应|回应|理会|听从|接受|答应)")
_DEGREE = r"(?:过于|过分|太|很|十分|非常|极为|更加|更|一味|一再|不够|不再)"


@lru_cache(maxsize=1)
def _stance_topic() -> re.Pattern:
    """After 对 + a party: a stance or policy word (对俄软弱, 对华强硬, 对中国的政策), data/stance_topics.txt."""
    words = lexicon.alternation_source(lexicon.words("stance_topics.txt"))
    return re.compile(r"[“”\"‘’]?的?%s?[“”\"‘’]?%s?(?:%s)" % (_DEGREE, _DEGREE, words))


_RUN_JOINER = ("", "、", "和", "与", "及")
_STANCE_PREFIX = "反亲抗排仇遏媚"  # before a state's one-character abbreviation: a stance towards it


def stance_topic(doc: Analysis, mention: Span) -> bool:
    """The party, alone or in a run of parties (对中俄), is named after 对 as the topic of a stance
    (指责首相对俄软弱: the prime minister is accused, not Russia)."""
    text = doc.norm_text
    nearby = sorted({m for m, _ in parties.mentions(doc, max(0, mention.start - 12), mention.end + 12)},
                    key=lambda m: m.start)
    first = last = mention
    for m in reversed([m for m in nearby if m.end <= first.start]):
        if text[m.end:first.start] not in _RUN_JOINER:
            break
        first = m
    for m in [m for m in nearby if m.start >= last.end]:
        if text[last.end:m.start] not in _RUN_JOINER:
            break
        last = m
    if len(mention.text) == 1 and text[mention.start - 1:mention.start] in _STANCE_PREFIX:
        return True  # 反华, 亲美, 抗美: a stance named by its object's abbreviation
    return text[first.start - 1:first.start] == "对" and _stance_topic().match(text, last.end) is not None


def topics_only(doc: Analysis, start: int, end: int) -> set[str]:
    """Codes that text[start:end] names only as topics of a stance (对俄软弱)."""
    found = parties.mentions(doc, start, end)
    return {c for _, c in found} - {c for m, c in found if not stance_topic(doc, m)}


# After a verb, a verb of changing an act and then 对/向 and a party (要求暂停对X的军售, 呼吁加大对X的援助):
# the object is the act asked for or backed; the party is the one that act is done to, not the addressee.
_EMBEDDED_ACT = re.compile(r"[了着过]?(?:暂停|停止|中止|终止|恢复|加强|加大|扩大|减少|削减|取消|放宽|收紧|继续|增加|"
                           r"开始|启动|切断|冻结|撤销|解除)[^，,。；;、对向给]{0,4}[对向给]")


def acted_on(doc: Analysis, start: int) -> set[str]:
    """The party a change of act opening text[start:] is done to (恢复对加沙的援助: Gaza)."""
    opening = _EMBEDDED_ACT.match(doc.norm_text, start)
    first = next(iter(parties.mentions(doc, opening.end(), opening.end() + 12)), None) if opening else None
    return {first[1]} if first is not None and first[0].start == opening.end() else set()


def _coordinated_after(doc: Analysis, start: int, end: int, source: Optional[str], locative: bool = False,
                       acts_on: bool = True) -> list[str]:
    """The object after a verb and the parties coordinated with it (谴责英国和法国); a person of the
    subject's own state is a domestic target (批评前总统X). With `acts_on` (not for a threat, whose
    target is the one a change of act is held over: 威胁停止对X的援助), a party inside an act named as
    the object (要求暂停对X的军售) is none."""
    text = doc.norm_text
    if _ITS.match(text, start + (text[start:start + 1] in "了过")):
        return []  # 帮助其对抗伊朗, 敦促其停止对X的攻击: 其 is the object; later parties are in its act
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
        if last_end is None and CALL_CONTENT.match(text, mention.end, end) and \
                _ANSWER.sub("", text[start:mention.start].strip("了过着"), count=1):
            break  # 拒绝响应谴责X的呼吁: X is inside what the call asks for; 拒绝响应X的呼吁: X called
        if last_end is None and acts_on and _EMBEDDED_ACT.fullmatch(text, start, mention.start):
            break  # 要求暂停对以色列的军售: Israel is where the sales go, the demand is made on another
        if last_end is None and stance_topic(doc, mention):
            break  # 指责首相对俄软弱, 鼓噪对华强硬: the party is the topic of the stance, no one acted on
        if last_end is None and not locative and before.endswith(_LOCATIVE) and not before.endswith(_NOT_LOCATIVE):
            continue
        if code != source or _is_person(doc, mention) or own_body(doc, mention) \
                or last_end is None and armed_group_object(doc, start, mention):
            if code not in chain:
                chain.append(code)
        last_end, last = mention.end, mention
    if chain and source in chain and any(c != source for c in chain):
        chain.remove(source)  # a person of the subject's state among foreign parties is not a target
    return chain


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


_ABOUT_TYPES = ("ACCUSE", "PROTEST", "REQUEST", "REJECT")  # acts whose object may be named after 就 (about)


def _topic_after_about(doc: Analysis, start: int, end: int) -> list[str]:
    """The party right after a 就 (about) that opens the clause's object (就X的行为提出抗议)."""
    text = doc.norm_text
    for mention, code in parties.mentions(doc, start, end):
        if text[mention.start - 1:mention.start] == "就" and mention.start - 1 >= start:
            return [code]
    return []


# A clause that opens on 对/向 after at most a pronoun and adverbs: its subject is left out or a pronoun,
# and every party it names before the trigger is inside the object (他还对日方…追随美国提出批评).
_SUBJECT_LEFT_OUT = re.compile(r"\s*(?:他们|她们|他|她|其|而|但|并|也|还|则|又|同时|此外|另外)*[对向]")
# 对从加拿大进口的商品, 对来自X的产品: the goods of the state they come from are what the act is aimed at;
# 对所有巴西输美商品, 对全部俄罗斯银行: a quantifier between 对/向 and the party
_OPENED_OBJECT = re.compile(r"[对向](?:%s|从|所有|全部|一切|部分|各类|这些|那些|其他|其余)$" % parties.ORIGIN_VERB)


def addressed(doc: Analysis, start: int, end: int) -> list[str]:
    """Codes of the mentions right after 向/对 in text[start:end] (objects, not subjects), or after
    向/对 and a modifier ending in 的 (对在公海作业的中国渔船)."""
    text = doc.norm_text
    found = []
    last_end = start
    joined_to = -1  # where the last addressed mention ends: 对朝俄合作, 对美日 — the pair is addressed together
    mentions = parties.mentions(doc, start, end)
    headed = {r.end + 1 for r in relative_objects(doc, start, end)} if mentions else set()  # 对[负责审理X案的]巴西
    for mention, code in mentions:  # 最高法院…: the head after the relative clause's 的
        if _TOPIC_OPENING.fullmatch(text, start, mention.start) and _TOPIC_NOUN.fullmatch(text, mention.end, end):
            continue  # 针对美日近来的渲染…，中方表示: the clause is the topic answered; 美日 do the act in it
        if text[max(start, mention.start - 1):mention.start] in ("向", "对") or \
                mention.start >= joined_to >= 0 and text[joined_to:mention.start] in ("", "、", "和", "与", "及") or \
                _INCLUDING_OBJECT.search(text, max(start, mention.start - 40), mention.start) or \
                _OPENED_OBJECT.search(text, max(start, mention.start - 4), mention.start) or \
                _APPOSED_OBJECT.search(text, max(start, mention.start - 8), mention.start) or \
                mention.start in headed or \
                _MODIFIED_OBJECT.search(text, max(start, last_end, mention.start - MODIFIER_REACH), mention.start) or \
                _COUNTED_OBJECT.search(text, max(start, last_end, mention.start - MODIFIER_REACH), mention.start):
            found.append(code)
            joined_to = mention.end
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


@lru_cache(maxsize=1)
def _act_told_opening() -> re.Pattern:
    """A clause opening that is only a noun for the act just told (此举, 这一做法; bare 这些/这) and adverbs."""
    return re.compile(rf"\W*(?:而|但)?(?:{_act_nouns()}|这些|这)(?:都|也|均|还)*")


def _act_told_opens(text: str, clause_start: int, passive: int) -> bool:
    """text[clause_start:passive] names only the act just told, before a passive's 得到/受到/遭到
    (此举遭到X谴责, 这些都得到X认可)."""
    return _act_told_opening().fullmatch(text, clause_start, passive) is not None


def _giver_before(doc: Analysis, clause_start: int, at: int) -> list[str]:
    """The party named after 从/向 right before a verb of receiving (从中国获得, 向世行获得): the giver."""
    found = parties.mentions(doc, clause_start, at)
    if not found:
        return []
    mention, code = found[-1]
    opener = doc.norm_text[mention.start - 1:mention.start]
    if not _FROM.fullmatch(opener) or at - mention.end > GIVER_REACH or len({c for m, c in found if m == mention}) > 1:
        return []
    return [code]


def _destination(doc: Analysis, end: int, clause_end: int) -> list[str]:
    """Where goods are sent (运送…前往乌克兰): the party right after 前往/运往/送往."""
    text = doc.norm_text
    for match in _DESTINATION.finditer(text, end, clause_end):
        first = next(iter(parties.mentions(doc, match.end(), clause_end)), None)
        if first is not None and first[0].start == match.end():
            return [code for mention, code in parties.mentions(doc, match.end(), clause_end) if mention == first[0]]
    return []


def _skip_adverbs(text: str, start: int, end: int) -> int:
    """Past the verbs and adverbs that open a clause before 与: 强调与…, 并与…, 还将与…"""
    match = re.match(r"(?:[并还也将已又则再]|强调|表示|计划|希望|准备|决定|同意|愿意)*", text[start:end])
    return start + (match.end() if match else 0)

