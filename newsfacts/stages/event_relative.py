"""Acts heading a relative clause (V的 + noun) whose parties the clause names: 美国向乌克兰提供的武器,
访华的法国总统, 中俄签署的协议, 乌军使用美国提供的火箭炮. Such an act is reported as done, though
the verb modifies the noun after 的."""
from __future__ import annotations

import re
from typing import Optional

from ..kb import KnowledgeBase
from ..model import Analysis
from . import event_parties as parties
from .event_args import CLAUSE_BREAK, WITH, back_to, joiner
from .event_triggers import Trigger

# X向Y提供的, X对Y实施的: the one it is done to after 向/对/给/为, then the verb with no 的 between.
_RELATIVE_FRAME = re.compile(r"[向对给为](?P<target>[^，,。；;的向对给为]{1,16})$")
_VISIT = "042"  # CAMEO: make a visit
DIRECT_REACH = 1  # 访问中国的: the destination follows the verb within this many characters
RELATIVE_DOER_REACH = 1  # 美国提供的武器: the giver's name ends within this many characters of the verb
RELATIVE_HEAD_REACH = 4  # 访华的法国总统: the visitor's name starts within this many characters after 的
# 两国合作的重要性, 美日合作的军事同盟实质: 的 + a property of the act (after a short modifier) is no relative
# clause; the act is spoken of.
_PROPERTY = re.compile(r"的[^，,。；;的]{0,4}?(?:本质|实质|性质|重要性|必要性|紧迫性|意义|前景|潜力|目的|初衷|可行性|可能性|希望|条件|"
                       r"篇章|障碍|阻力|动力|基础|水平|空间|方向|模式|典范|机遇|势头|大门|进程)")  # 开启…合作的新篇章
# 邀请Y参加X的演习: the guest invited to take part is the doer's partner in the act.
_INVITED = re.compile(r"邀请?(?P<guest>[^，,。；;邀]{1,16}?)(?:参加|参与|出席|加入)[^，,。；;]{0,16}$")


def has_partner(doc: Analysis, start: int, listed: bool = False) -> bool:
    """A with-pattern (X与Y, 同Y), with `listed` a subject list of two states (美日两国, 中、俄: for a joint
    drill), or an invited guest (邀请Y参加) before `start` in its clause names a partner."""
    text = doc.norm_text
    clause_start = back_to(text, 0, start, CLAUSE_BREAK)
    invited = _INVITED.search(text, clause_start, start)
    named = parties.mentions(doc, clause_start, start)
    return joiner(doc, WITH, clause_start, start) is not None or \
        any(text[max(clause_start, m.start - 1):m.start] in ("与", "同", "跟", "和") for m, _ in named) or \
        listed and any(b.start - a.end <= 1 and text[a.end:b.start] in ("", "、") and ca != cb
                       for (a, ca), (b, cb) in zip(named, named[1:])) or \
        invited is not None and bool(parties.mentions(doc, invited.start("guest"), invited.end("guest")))  # 美日两国


# What may join the parties of one subject list (中俄, 中国、俄罗斯和伊朗, 中俄两国).
LIST_JOINER = re.compile(r"\s*(?:[、和与及跟同]|以及)?\s*")


def partners(doc: Analysis, clause_start: int, start: int) -> int:
    """How many parties the clause names as acting with its doer: one after 与/同/和, or the others
    of the clause's first list of parties (中俄在日本海举行演习; not 美国针对中国举行演习, nor
    俄罗斯通知美国将举行演习)."""
    if has_partner(doc, start):
        return 1
    found = parties.mentions(doc, clause_start, start)
    listed = found[:1]
    for (mention, code) in found[1:]:
        if not LIST_JOINER.fullmatch(doc.norm_text, listed[-1][0].end, mention.start):
            break
        listed.append((mention, code))
    return max(0, len({code for _, code in listed}) - 1)


def relative(doc: Analysis, start: int, end: int, trigger: Trigger,
              paragraph_start: int) -> Optional[tuple[Optional[str], Optional[str]]]:
    """The act heads a relative clause (V的 + noun) that names its parties, so it is reported as done.
    Gives (source, target) where the clause's grammar overrides the ordinary reading, (None, None)
    where the ordinary reading holds, None when the act heads no such clause:
    美国向乌克兰提供的武器 (向/对/给/为 and the one it is done to before the verb), 中俄签署的协议
    (both partners before the verb) read as usual; 访华的法国总统 / 访问中国的日本首相 (the visitor is
    the head noun after 的); 乌军使用美国提供的火箭炮 (the giver right before the verb, the one who
    has the goods the subject of the main clause)."""
    text = doc.norm_text
    after = end + len(re.match(r"[了过]?", text[end:]).group(0))
    if _PROPERTY.match(text, after):
        return None
    if trigger.type == "CONSULT" and trigger.cameo == _VISIT:
        destination = trigger.implied if trigger.implied and trigger.implied != "SELF" else None
        if destination is None:
            first = next(iter(parties.mentions(doc, after, after + 12)), None)
            if first is None or first[0].start - after > DIRECT_REACH or not text.startswith("的", first[0].end):
                return None
            destination, after = first[1], first[0].end
        if not text.startswith("的", after):
            return None
        head = next(iter(parties.mentions(doc, after + 1, after + 1 + RELATIVE_HEAD_REACH)), None)
        if head is None or head[1] == destination or any(c in CLAUSE_BREAK for c in text[after + 1:head[0].start]):
            return None
        return head[1], None
    if not text.startswith("的", after):
        return None
    clause_start = back_to(text, paragraph_start, start, CLAUSE_BREAK)
    before = parties.mentions(doc, clause_start, start)
    if trigger.frame == "with":
        joined = has_partner(doc, start) or any(b[0].start - a[0].end <= 1 and a[1] != b[1]
                                                  for a, b in zip(before, before[1:]))
        return (None, None) if joined else None  # 中俄签署的, 中国和X合作的; not 欧盟专员在峰会的致辞
    frame = _RELATIVE_FRAME.search(text, clause_start, start)
    if frame is not None and parties.mentions(doc, frame.start("target"), frame.end("target")) \
            and parties.mentions(doc, clause_start, frame.start()):
        return None, None
    built = _built_for(doc, before, start, after, trigger)
    if built is not None:
        return built
    done_to = _done_to_head(doc, before, start, after, trigger)
    if done_to is not None:
        return done_to
    if trigger.type != "AID" or not before or start - before[-1][0].end > RELATIVE_DOER_REACH:
        return None
    doer = before[-1][1]
    holder = next(((mention, code) for mention, code in before if code != doer and mention.end <= before[-1][0].start),
                  None)
    if holder is None or not _HOLDING.search(text, holder[0].end, before[-1][0].start):
        return None  # 乌军击落了伊朗提供的无人机: the one who shoots them down was given nothing
    return doer, holder[1]


# 乌军使用美国提供的火箭炮: verbs by which the subject has or uses the goods another gave
_HOLDING = re.compile(r"使用|动用|装备|接收|接受|获得|得到|收到|部署|拥有|利用|运用|配备|列装")


_DONE_TO_TYPES = ("ASSAULT", "COERCE", "SANCTION")  # acts whose object the head noun after 的 may be


def _done_to_head(doc: Analysis, before: list, start: int, after: int, trigger: Trigger) -> Optional[tuple[str, str]]:
    """(doer, done to) of an attack, seizure or sanction heading a relative clause (遭俄军炮击的乌克兰城市,
    被俄罗斯驱逐的德国外交官, 遭美国制裁的伊朗企业): the doer right before the verb, the one it is done to
    the head noun after 的."""
    if trigger.type not in _DONE_TO_TYPES or not before or start - before[-1][0].end > RELATIVE_DOER_REACH:
        return None
    head = next(iter(parties.mentions(doc, after + 1, after + 1 + RELATIVE_HEAD_REACH)), None)
    if head is None or head[1] == before[-1][1] or any(c in CLAUSE_BREAK for c in doc.norm_text[after + 1:head[0].start]):
        return None
    return before[-1][1], head[1]


# 中国企业承建的肯尼亚输电线路, 日本援建的柬埔寨大桥: a firm of one state (its name, then a word for
# a firm) builds or funds a project that belongs to another, named first in the head noun after 的.
_FIRM = re.compile(r"(?:企业|公司|集团|国企|央企|团队|工程队)?")


def _built_for(doc: Analysis, before: list, start: int, after: int, trigger: Trigger) -> Optional[tuple[str, str]]:
    """(builder, host) of a cooperation or aid verb heading a relative clause whose head noun
    belongs to another state, else None."""
    if trigger.type not in ("COOPERATE", "AID"):
        return None
    if before and _FIRM.fullmatch(doc.norm_text, before[-1][0].end, start):
        builder = before[-1][1]
    else:
        builder = _glued_firm(doc, start)  # 中国公司|承建: the tagger read the state and its firm as one name
    if builder is None:
        return None
    head = next(iter(parties.mentions(doc, after + 1, after + 1 + RELATIVE_HEAD_REACH)), None)
    host = head[1] if head is not None and head[0].start == after + 1 else _state_opening(doc.norm_text, after + 1)
    if host is None or host == builder:
        return None
    return builder, host


def _glued_firm(doc: Analysis, start: int) -> Optional[str]:
    """The state of a word right before `start` that is a state's name and a word for a firm (中国公司)."""
    word = next((span for span, _ in doc.tokens if span.end == start), None)
    if word is None or not re.search(r"(?:企业|公司|集团)$", word.text):
        return None
    state = _state_opening(doc.norm_text, word.start)
    return state if state is not None and _FIRM.fullmatch(
        doc.norm_text, word.start + _opening_length(doc.norm_text, word.start), start) else None


_HAN = re.compile(r"[\u4e00-\u9fff]+")
STATE_NAME_LENGTHS = (6, 5, 4, 3, 2)  # characters of a state's Chinese name, longest tried first


def _opening_length(text: str, position: int) -> int:
    """The length of the state's full name that opens the text at `position`, 0 for none."""
    kb = KnowledgeBase.load()
    for length in STATE_NAME_LENGTHS:
        name = text[position:position + length]
        if len(name) == length and _HAN.fullmatch(name) and kb.country(name) is not None:
            return length
    return 0


def _state_opening(text: str, position: int) -> Optional[str]:
    """The state whose full name opens the word at `position`, where the tagger read the state and
    its project as one place name (肯尼亚新港口, 老挝水电站): the project's host."""
    length = _opening_length(text, position)
    return KnowledgeBase.load().country(text[position:position + length]).iso3 if length else None
