"""Triggers that name no act reported where they stand: talks spoken of as a topic, a press conference, the tickets
of a trip, an envoy recalled to report, the field of a cooperation, the grounds given for another act, or an act
named as what an attitude is about. events._events_at drops them before looking for parties."""
from __future__ import annotations

import re

from .event_merge import VISIT
from .event_triggers import Trigger

# Verbs that make a verbal noun an act (发动袭击, 举行会谈); a bare noun (第一波攻击) names one only in its clause.
LIGHT_VERB = re.compile(r"发动|发起|实施|进行|举行|展开|开展|遭到|遭受|受到|提供|作出|做出|发出|提出|递交|提交")
_TALKS_AS_TOPIC = re.compile(r".{0,6}?(?:陷入|停滞|僵局|破裂|搁浅|最后阶段|后期|初期|之名|的?进程|中断|进展缓慢)")
_THE_PRESS = re.compile(r"了?(?:中外)?(?:记者|媒体|传媒|新闻界)")
_TRAVEL_MEANS = re.compile(r"[^，,。；;的]{1,14}?的[^，,。；;的]{0,4}?(?:机票|船票|车票|航班|班机|航线|列车|客机|游客|旅客|乘客)")
_RECALLED_FOR = re.compile(r"召回[^，,。；;]{0,24}?(?:大使|代办|外交官|使节)(?:回国)?(?:进行|接受)?$")
# 遣返合作、禁毒合作: the act heads no phrase; 合作 does (not 签署合作协议, where the act is the signing)
_FIELD_OF_COOPERATION = re.compile(r"合作(?:[、，,。；;）)]|以及|和|等|与|及|$)")
# A clause that gives the grounds of another act (理由是这些企业帮助…): what it tells is the
# actor's description, not an act reported here.
_GROUNDS = re.compile(r"(?:理由|原因|依据|借口)(?:是|为)")
# 对…会谈表示欢迎: an act named as the object of an attitude is the attitude's topic, not the act of its holder.
_ATTITUDE_AFTER = re.compile(r"[^，,。；;]{0,8}?(?:表示|表达|予以)(?:欢迎|支持|赞赏|感谢|肯定|关注|关切|遗憾|祝贺|不满)")


def names_no_act(text: str, trigger: Trigger, before: str, end: int, clause_end: int) -> bool:
    """The trigger ending at `end` (its clause text before it `before`, its clause ending at `clause_end`) names no
    act reported here."""
    if trigger.type == "CONSULT" and trigger.cameo != VISIT and not LIGHT_VERB.search(before) \
            and _TALKS_AS_TOPIC.match(text, end, clause_end):
        return True  # 谈判陷入停滞, 在谈判最后阶段: the talks as a topic, no meeting reported
    if trigger.type == "CONSULT" and _THE_PRESS.match(text, end):
        return True  # 在日内瓦共同会见记者: a press conference, no meeting of states
    if trigger.cameo == VISIT and _TRAVEL_MEANS.match(text, end, clause_end):
        return True  # 飞往伊斯坦布尔等地的机票: the tickets or flights the trip names, no visit by a party
    if trigger.type == "CONSULT" and _RECALLED_FOR.search(before):
        return True  # 召回驻X大使进行磋商: the envoy recalled home to report, no talks with X
    if _FIELD_OF_COOPERATION.match(text, end) and "合作" not in trigger.word:
        return True  # 遣返合作, 禁毒合作: the act names the field of a cooperation, the cooperation is the act
    return bool(_GROUNDS.search(before) or "对" in before and _ATTITUDE_AFTER.match(text, end, clause_end)
                and trigger.type not in ("SUPPORT", "REJECT", "ACCUSE"))
    # (理由是其帮助俄方: the grounds; 对两国会谈表示欢迎: the meeting is what is welcomed)
