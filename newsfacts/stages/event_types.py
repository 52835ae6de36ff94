"""The type an act takes from its frame, where the trigger word alone does not decide it: a warning
names a threat only when it states what the one who warns will do (否则, 如果…将, 后果, 代价);
one that only tells the other what to do (警告X要谨慎, 警告X不要挑衅) is a demand (PLOVER REQUEST).
A sanction, ban or tariff that a verb of easing governs (放宽对X的制裁, 解除禁运) is eased: PLOVER RETREAT
(CAMEO 085 ease economic sanctions, boycott, embargo).
A military drill or patrol is typed by who takes part (CAMEO: CONDUCT military exercises 150, JOIN
military exercises 062): held with a partner (X与Y举行演习, 邀请Y参加军演, 两国联合巡逻, 中俄海上演习)
it is military cooperation (PLOVER COOPERATE); held by one side somewhere (X在某海域举行联合演习,
no partner named in its clause) it is a show of force (PLOVER MOBILIZE), aimed at whom the sentence says.
An attack in words (恶意攻击中国的人权状况, 攻击抹黑, 政客攻击X的政策) is criticism (PLOVER ACCUSE,
CAMEO 111), not force: the Chinese press uses 攻击 for both, and the frame tells which.
抗议 by a state or its government (中国向日本抗议, 对X的做法强烈抗议) is a formal protest, an accusation
(PLOVER ACCUSE, CAMEO 111); PLOVER PROTEST is a crowd's demonstration (民众在使馆前抗议)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..model import Span
from .event_triggers import Trigger

_WARNINGS = ("警告", "发出警告", "告诫", "警告称")
# What the warner will do, or what the other side will suffer: a threat.
_CONSEQUENCE = re.compile(r"如果|若|一旦|否则|不然|要是|倘若|假如|后果|代价|报复|反制|回应|采取[^，,。；;]{0,8}措施|将[^，,。；;]{0,12}(?:制裁|打击|惩罚|论处|停止|退出|中断|断绝)")
# An injunction right after the warning and its addressee: a demand.
_INJUNCTION = re.compile(r"[^，,。；;]{0,14}?(?:不要|别|勿|要|应|必须|务必|当心|小心|停止|不得|谨慎|慎重|保持克制)")
REQUEST = ("REQUEST", "100")  # PLOVER REQUEST, CAMEO 10 make a demand
EASED = ("RETREAT", "085")
QUANTIFIER = r"(?:部分|全部|一些|多项|相关|所有|各项|有关|一切)?"  # how much of a measure or tie: 部分, 所有
# A verb of easing right before the sanction (暂停实施 too), with only its 对-object or a quantifier between.
_EASING = re.compile(r"(?:放宽|放松|解除|取消|撤销|撤除|撤回|减轻|豁免|松绑|免除|暂停|中止|暂缓)(?:实施|执行|征收)?了?"
                     r"(?:对[^，,。；;对的]{1,10}的)?%s$" % QUANTIFIER)


HALTED = ("SANCTION", "162")  # CAMEO 162 reduce or stop material aid (PLOVER SANCTION)
HALTED_TALKS = ("SANCTION", "164")  # CAMEO 164 halt negotiations (PLOVER SANCTION)
# A verb of halting right before aid, arms sales, cooperation or talks, with only its 对/向-object, a
# quantifier, the kind of goods or a shorter item of the same list between (暂停对乌克兰的军事援助, 停止向以色列
# 交付炸弹, 暂停部分对X的援助, 暂停对X的预算支持和安全合作, 暂停两军战区领导通话).
_HALTING = re.compile(r"(?:暂停|停止|中止|终止|切断|冻结|削减|叫停|暂缓|取消)了?%s(?:[对向给与同][^，,。；;对向给与同的]{1,10}的?)?"
                      r"%s[^，,。；;对向给的]{0,8}(?:[和及、][^，,。；;对向给的和及、]{1,8})?$" % (QUANTIFIER, QUANTIFIER))
_HALTED_WORDS = ("军售", "武器销售")


ARMS_SALE = ("COOPERATE", "062")  # the gold codes arms sales as military cooperation
_SALE_APPROVED = re.compile(r"了?(?:一笔|一项|总额[^，,。；;]{0,12}的)?(?:对[^，,。；;]{1,6}(?:的)?)?(?:军售|武器出售|售武|武器销售)")


AID_GIVEN = ("AID", "070")  # CAMEO 07 provide aid
_AID_APPROVED = re.compile(r"了?[^，,。；;]{0,24}?(?:军援|援助|军事援助|援助计划|援助方案|援助法案)(?=[，,。；;]|$)")


def approved_sale(trigger: Trigger, text: str, end: int) -> Trigger:
    """批准了一笔对台军售: the approval names the sale, coded as the sale is (COOPERATE), not as an agreement;
    批准了新一轮对乌军援: the approval names aid, coded as aid."""
    if trigger.word != "批准":
        return trigger
    if _SALE_APPROVED.match(text, end):
        return replace(trigger, type=ARMS_SALE[0], cameo=ARMS_SALE[1])
    if _AID_APPROVED.match(text, end):
        return replace(trigger, type=AID_GIVEN[0], cameo=AID_GIVEN[1])
    return trigger


DE_ESCALATED = ("RETREAT", "087")  # CAMEO 087 de-escalate military engagement (PLOVER RETREAT)
_HALTED_FORCE = ("ASSAULT", "MOBILIZE")


def halted(trigger: Trigger, before: str) -> Trigger:
    """Aid, arms sales, cooperation or talks the verb before halts (暂停对X的援助, 停止了与X的情报共享, 暂停两军
    对话) is a sanction, not aid given, cooperation or a meeting; strikes or deployments it halts (停止对X的轰炸) are a de-escalation."""
    if trigger.type in _HALTED_FORCE and _HALTING.search(before) and not _REFUSED_HALT.search(before):
        return replace(trigger, type=DE_ESCALATED[0], cameo=DE_ESCALATED[1])
    if trigger.type not in ("AID", "COOPERATE", "CONSULT") and trigger.word not in _HALTED_WORDS \
            or not _HALTING.search(before):
        return trigger
    type_, cameo = HALTED_TALKS if trigger.type == "CONSULT" else HALTED  # 暂停两军对话: talks halted
    return replace(trigger, type=type_, cameo=cameo)


_REFUSED_HALT = re.compile(r"(?:拒绝|拒不|不会|不愿|不肯|没有|未|不)[^，,。；;]{0,3}(?:暂停|停止|中止|终止|叫停|暂缓)")


# Words that name a drill or patrol; a partner's part in it (邀请X参加, 两国, 联合).
_DRILL = re.compile(r"演|训练|巡航|巡逻")
_TAKING_PART = re.compile(r"参加|参与|邀请|共同|携手|两国|双方|三国|多国|彼此")
JOINT_DRILL = ("COOPERATE", "062", "with")
SOLE_DRILL = ("MOBILIZE", "150", "obj")


def is_drill(trigger: Trigger) -> bool:
    """The trigger names a drill, exercise or patrol (联合军演, 演习, 巡航)."""
    return trigger.type in ("MOBILIZE", "COOPERATE") and _DRILL.search(trigger.word) is not None


def drill(trigger: Trigger, before: str, partners: int) -> Trigger:
    """A drill or patrol typed by its frame: `before` is its clause up to the trigger, `partners` the
    number of parties named there as taking part with the doer (a partner after 与/同/和, or the
    parties of a subject list such as 中俄)."""
    if trigger.type not in ("MOBILIZE", "COOPERATE") or not _DRILL.search(trigger.word):
        return trigger
    joint = partners > 0 or _TAKING_PART.search(before) is not None
    kind = JOINT_DRILL if joint else SOLE_DRILL
    if (trigger.type, trigger.cameo) == kind[:2]:
        return trigger
    return replace(trigger, type=kind[0], cameo=kind[1], frame=kind[2])


# 攻击 in words: a manner of speech before it, a verb of words beside it, speakers as its subject,
# or a policy, system, party or image as its object; force: arms, troops or a military target.
_VERBAL_ATTACKS = ("攻击",)
_VERBAL_MANNER = re.compile(r"(?:恶意|恶毒|无端|肆意|大肆|借机|公开|口头|言论|舆论|人身|政治)$")
_VERBAL_BESIDE = re.compile(r"抹黑|污蔑|诬蔑|诋毁|造谣|谩骂|攻讦|指责|批评|嘲讽|歪曲|丑化|诽谤|中伤")
_VERBAL_SPEAKERS = re.compile(r"(?:媒体|政客|议员|发言人|舆论|网民|右翼势力|右翼|反华势力|评论)[^，,。；;]{0,2}$")
_VERBAL_OBJECT = re.compile(r"[^，,。；;]{0,14}?(?:政策|制度|人权状况|人权|形象|言论|立场|主张|做法|体制|声誉|政党|[^政]党|政府)"
                            r"(?=$|[，,。；;、和与及])")
_FORCE = re.compile(r"发动|导弹|火箭|炮|空袭|无人机|战机|军|部队|士兵|武装|阵地|基地|目标|网络|黑客")
VERBAL = ("ACCUSE", "111")


def verbal(trigger: Trigger, before: str, after: str) -> Trigger:
    """An attack told as words, from its clause: `before` up to the trigger, `after` from it to the
    clause's end."""
    if trigger.type != "ASSAULT" or trigger.word not in _VERBAL_ATTACKS or _FORCE.search(before + after[:12]):
        return trigger
    if _VERBAL_MANNER.search(before) or _VERBAL_BESIDE.search(before[-4:] + after[:4]) or \
            _VERBAL_SPEAKERS.search(before) or _VERBAL_OBJECT.match(after):
        return replace(trigger, type=VERBAL[0], cameo=VERBAL[1])
    return trigger


# Who demonstrates: people in the street, not a state.
_CROWD = re.compile(r"民众|群众|示威|抗议者|游行|学生|工人|工会|居民|市民|村民|农民|人士|团体|人群|民间|支持者|上街|党员|"
                    r"数十|数百|数千|数万|上百|上千|上万|成千|万名|千名|百名|多人")
_FORMAL_PROTESTS = ("抗议",)


def protest(trigger: Trigger, before: str) -> Trigger:
    """A bare protest typed by its doer: a state's is an accusation, a crowd's a demonstration;
    `before` is its clause up to the trigger."""
    if trigger.type != "PROTEST" or trigger.word not in _FORMAL_PROTESTS or _by_crowd(before):
        return trigger
    return replace(trigger, type=VERBAL[0], cameo=VERBAL[1])


def retyped(trigger: Trigger, text: str, end: int, sentence_end: int) -> Trigger:
    """The trigger as its frame types it: a warning with no consequence stated that tells the other
    party what to do is a demand."""
    if trigger.type != "THREATEN" or trigger.word not in _WARNINGS:
        return trigger
    rest = text[end:sentence_end]
    if _CONSEQUENCE.search(rest) or not _INJUNCTION.match(rest):
        return trigger
    return replace(trigger, type=REQUEST[0], cameo=REQUEST[1])


def eased(trigger: Trigger, before: str) -> tuple[Trigger, str]:
    """A sanction the verb before it lifts or eases (取消对X的制裁, 放宽出口管制) is a retreat; the clause
    before the act then ends at the easing verb, where a negation of the act stands (没有放宽…制裁)."""
    easing = _EASING.search(before) if trigger.type == "SANCTION" else None
    if easing is None:
        return trigger, before
    return replace(trigger, type=EASED[0], cameo=EASED[1]), before[:easing.start()]


# What is sent decides the act (CAMEO 154 mobilize armed forces vs 073 provide humanitarian aid):
# rescue, medical and relief teams, experts or supplies sent to a state are aid, troops a deployment.
_SENDING = ("派遣", "派出", "增派", "派")
_RELIEF = re.compile(r"[^，,。；;]{0,8}?(?:救援队|救援人员|救援力量|搜救队|搜救人员|医疗队|医疗专家|医护人员|医疗人员|救灾|"
                     r"防疫专家|专家组|专家团队|志愿者|人道主义)")
AID_SENT = ("AID", "073")


def sent(trigger: Trigger, after: str) -> Trigger:
    """A sending typed by what is sent: `after` is the clause from the trigger on."""
    if trigger.type != "MOBILIZE" or trigger.word not in _SENDING or not _RELIEF.match(after):
        return trigger
    return replace(trigger, type=AID_SENT[0], cameo=AID_SENT[1])


# A crowd's demonstration with no other state named as its target is a domestic protest (FORMAT.md:
# a domestic event may have source = target): citizens protest their own state's government.
_DEMONSTRATIONS = ("示威", "抗议", "游行", "示威游行", "集会", "罢工")


def domestic_protest(trigger: Trigger, before: str) -> bool:
    """The act is a crowd's demonstration (PLOVER PROTEST by people, not a state's formal protest)."""
    return trigger.type == "PROTEST" and trigger.word in _DEMONSTRATIONS and _by_crowd(before)


# 多个城市爆发了反对动员的抗议活动, 首都连日爆发抗议: demonstrations break out, no state protests formally
_BROKE_OUT = re.compile(r"爆发(?:了|出)?[^，,。；;]{0,10}$")


def _by_crowd(before: str) -> bool:
    """The clause before a protest names a crowd (民众, 数千名抗议者) or has it break out (爆发抗议)."""
    return _CROWD.search(before) is not None or _BROKE_OUT.search(before) is not None


# An exchange of prisoners (交换战俘, 换俘, 战俘交换) is a release by each side (PLOVER RETREAT, mode
# release; CAMEO 0841 return, release person(s)): one event each way, never one side only.
_EXCHANGE = re.compile(r"^(?:交换|互换)|换俘|交换$")


def exchanged(trigger: Trigger) -> bool:
    """The trigger names an exchange in which both parties release (交换战俘, 换俘)."""
    return trigger.type == "RETREAT" and bool(_EXCHANGE.search(trigger.word))


# A party named only as the one harmed (干涉中国内政, 抹黑中国) or as the owner of its own affairs
# (是中国内政): a third state that opposes the harm defends it, it does not accuse it.
_HARMED_BEFORE = re.compile(r"(?:干涉|干预|插手|抹黑|诋毁|污蔑|遏制|打压|围堵|损害|侵犯)了?$")
_OWN_AFFAIRS_AFTER = re.compile(r"(?:、[^，,。；;、]{1,4})*的?(?:内政|事务|内部事务|主权|领土完整)")  # 新疆、西藏事务
DEFENDED = ("SUPPORT", "051")  # CAMEO 051 praise or endorse
HARM_REACH = 4  # characters before a mention searched for the harm verb


# Verbs by which a state stands against a harm it names (反对抹黑X, 谴责干涉X内政).
_OPPOSED_BEFORE = re.compile(r"(?:反对|谴责|批评|指责|驳斥|抵制|拒绝|不容|不允许|停止)[^，,。；;]{0,4}$")


def defended(text: str, mentions: list, trigger: Optional[Span] = None) -> bool:
    """Every mention (spans of the target inside the evidence) names the target as the one harmed or
    as the owner of the affairs at stake (反对…干涉中国内政, said by a third state: it stands by China).
    When the trigger is itself the harm (X诋毁中国), the doer harms the target unless a verb of
    opposing stands right before it (反对诋毁中国)."""
    if trigger is not None and _HARMED_BEFORE.fullmatch(trigger.text) and \
            not _OPPOSED_BEFORE.search(text, max(0, trigger.start - 8), trigger.start):
        return False
    return bool(mentions) and all(_HARMED_BEFORE.search(text, max(0, m.start - HARM_REACH), m.start)
                                  or _OWN_AFFAIRS_AFTER.match(text, m.end) for m in mentions)
