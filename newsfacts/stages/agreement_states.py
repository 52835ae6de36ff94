"""Agreement states: the vocabulary of data/agreements.tsv and the latest state of an agreement from
the verbs around each mention (签署, 生效, 到期, 退出) under the modals that scope them (将, 提议), history
(signed long ago and in force), defaults and the next steps still ahead."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..model import Analysis, Span
from ..nlp.chinese import span as _span

# Lifecycle order: a later mention of a more advanced state wins; ending states win over all.
_ORDER = ["proposed", "negotiating", "agreed_in_principle", "signed", "ratified", "in_force"]
ENDINGS = ("expired", "terminated", "suspended", "rejected")
_ENDINGS = ENDINGS
_PROPOSAL = re.compile(r"(?:组建|建立|成立|构建|打造)(?!了|起)|提出|提议|倡议|呼吁|考虑|设想")
# Words between a verb and the name it governs that leave it governing (建立一个新的…机制).
_DETERMINERS = re.compile(r"(?:一[个种项套份]|这[个种项]|新的?|新型的?|更加?紧密的|正式的)+$")
# 发表40周年, 签署二十周年: an anniversary of at least LONG_AGO years dates the step long ago.
_ANNIVERSARY = re.compile(r"(?<!\d)(?:[2-9]|\d{2,})周年|(?:[二三四五六七八九十两]|[一二三四五六七八九]十)[一二三四五六七八九]?周年")
# 签署《某某条约》已有七十多年: the years since the step, told after its verb.
_YEARS_SINCE = re.compile(r"(?:已有|已经|已|至今|迄今)(?:\d+|[几数十二三四五六七八九]+)多?年")
LONG_AGO = 2  # years between a signing and the article after which an unended treaty is in force
SUBJECT_REACH = 12  # a state verb one comma after the name, this close, still predicates it
STATE_WINDOW = 14  # characters after a mention searched for its state verb
# Steps a document goes through; an alliance or partnership takes them only from a verb that governs
# it directly (达成同盟), as it is otherwise in force once named.
_DOCUMENT_STEPS = ("negotiating", "agreed_in_principle", "signed", "ratified")
TOPIC_REACH = 30  # characters of its clause searched for an ending said of the agreement opening it
DIRECT_REACH = 4  # characters between a verb and the name it governs directly (一个, 新的)
# Verbs with the agreement as their own object: a step or proposal verb before them governs them instead.
_OWN_VERBS = r"加强|强化|深化|巩固|维护|推动|推进|发展|提升|扩大"
_FOUNDING = re.compile(r"组建|建立|成立|构建|打造")
# Before a founding verb, what makes it a plan rather than a founding (将组建, 一直想组建, 希望建立, 配合美国组建).
_INTENT_BEFORE = re.compile(r"将|要|拟|想|正在|酝酿|筹划|计划|准备|希望|寻求|试图|企图|致力于|打算|考虑|提议|谋求|推动|配合|力图|有意"
                            r"|讨论|商讨|探讨|研究")  # 讨论建立准同盟关系: still being talked over
_NOUN_AFTER = re.compile(r"小组|机制|委员会|进程|代表团|团队")
_HOPED = re.compile(r"早日|尽快|尽早|争取|力争|希望|有望|寻求|努力|或将|可能|将|拟")  # 或将达成: not reached yet
# A clause that states an aim (以期达成, 旨在达成, 为了…达成): what it is to reach is not reached yet.
_PURPOSE = re.compile(r"以期|以便|以求|旨在|为了|力求|致力于|试图|谋求|目标是|^以(?![来后前上下及为外内色])")  # not 以色列
# 就签署某某协定进行磋商: the step is the topic of talks still under way.
_TALKS_ON = re.compile(r"(?:问题|事宜)?(?:进行|举行|展开|开展|开始|启动)了?(?:新一轮|多轮|首轮)?(?:谈判|磋商|协商|商谈)")
# 就一项新的核协议举行了首轮间接会谈: the agreement is what the talks are about
# (a short modifier may stand between: 就丙国和丁国的停火协议, 就加沙停火协议)
_TOPIC_BEFORE = re.compile(r"(?:就|围绕)(?:[^，,。；;就]{1,12}?的?)?(?:一项|一份|一个|这项|这份|该)?(?:新的?)?$")
_TALKS_ABOUT = re.compile(r"(?:问题|事宜)?(?:进行|举行|展开|开展|开始|启动|重启)了?[^，,。；;]{0,14}?(?:谈判|磋商|协商|商谈|会谈|对话)")
# 没有签署, 无法获得批准, 不会重返: the step denied (a passive or auxiliary between is still denied).
_NEGATED = re.compile(r"(?:没有|并没有|未|未能|不|不会|不再|不能|不得|不可|不应|尚未|拒绝|拒不|不愿|无意|无法|难以)(?:获得|得到|获|被|予以)?$")
# 打造针对中国的联盟: what the arrangement is aimed at, between the verb and the name, leaves it governed.
# 不会在条约上签字, 拒绝在协议中签名: a negation opening the frame 在…上 around the name negates the verb after it
# A negation before the partner the verb is done with (尚未与澳大利亚签署, 没有同X达成): the step not taken.
_NEGATED_WITH = re.compile(r"(?:没有|并没有|未|未能|尚未|仍未|不会|不愿|无意|拒绝)(?:与|同|和|跟)[^，,。；;与同和跟]{1,12}$")
_NEGATED_FRAME = re.compile(r"(?:没有|并没有|未|未能|不|不会|不愿|尚未|仍未|拒绝|拒不|无意|始终没有|一直没有)(?:愿意)?在《?$")

_AIMED = re.compile(r"^(?:针对|对抗|遏制|围堵|制衡|对付)[^，,。；;的]{1,8}的")
# 草案遭亚美尼亚拒绝, 协议被议会否决: a passive whose agent comes between the agreement and the verb.
_PASSIVE = re.compile(r"^[^，,。；;]{0,3}?(?:遭到|遭|被|受到)[^，,。；;]{0,10}$")
# 宣布自即日起全面停火: the verbs that put a ceasefire named by 停火 itself into effect.
_DECLARED = re.compile(r"(?:宣布|实行|实施|开始|正式)(?:(?:自|从)[^，,。；;]{1,8}?起)?(?:临时|全面|立即|正式|人道主义|永久)?"
                       r"(?:(?:\d+|[一二三四五六七八九十两]+)(?:小时|天|日)的?)?$")
# 会 ending a body's name (议会, 国会, 委员会), not the modal of 两国会签署.
_BODY_HUI = re.compile(r"(?:[议大委事协学商工社]|(?<![两各三四五多诸])国)会$")
# The steps that take an agreement on (提交议会审议, 签约, 批准), after a sequence word or a clause-opening modal.
_STEP_VERBS = r"(?:提交|交由|送交|递交|签署|签约|签字|正式签署|批准|审议|生效|实施)"
_SEQUENCE_STEP = re.compile(r"(?:随后|之后|此后|其后|再)(?:将|还将|还需|需要|需|再)?(?P<step>" + _STEP_VERBS + r"[^，,。；;！？”]{0,20})")
_MODAL_STEP = re.compile(r"(?<=[，,；;])(?:双方|两国)?(?:计划|准备|打算|拟|将|预计)(?P<step>[^，,。；;！？”]{0,6}?" + _STEP_VERBS
                         + r"[^，,。；;！？”]{0,16})")
_CALLED_ON = re.compile(r"(?:应|应当|应该|必须|须|要|务必|切实)$")
# 未能就停火达成一致, 没有就协议文本达成共识: the negation before 就 scopes the verb after the topic.
_FAILED_ON = re.compile(r"(?:没有|并没有|未|未能|尚未|仍未|无法|不能|难以)(?:在[^，,。；;]{1,8}?)?就$")
# 宣布完成某某协定谈判, 某某协定谈判已经结束: talks concluded leave a text agreed in principle.
_CONCLUDED_BEFORE = re.compile(r"(?:完成|结束|终结|谈完)了?$")
_CONCLUDED_AFTER = re.compile(r"(?:已经?|已|均已)?(?:完成|结束|圆满结束|顺利结束|画上句号)")
# 将延长, 将续签: extending an agreement presupposes it stands; ahead, it is still in force now.
_EXTENDING = ("延长", "续签", "延期至")
_ESTABLISHED_BEFORE = re.compile(r"(?:宣布|正式|已经|已|决定|共同)$")
_RECALLED = "once:"  # prefix of an ending told as once so (曾, 一度), which any other step told outweighs
# 同意重开口岸，并恢复…机制: 同意 governs each verb joined by 并 after a comma too
_AGREED_TO = re.compile(r"(?<![不未])(?:同意|商定)[，,：:]?(?:[^，,。；;：:]{1,30}[，,](?:并且?|同时|还)(?:将|要)?)?"
                        r"[^，,。；;：:]{0,8}?(?:建立|重启|恢复|设立|启动|成立|签署|缔结|延长|续签)[^，,。；;：:]{0,30}")
_REVIEW = re.compile(r"(?:的)?(?:第[一二三四五六七八九十\d]+次)?(?:复审|审查)")
AGREED_REACH = 50  # characters before a name searched for 同意， opening the clause that names it
_DOCUMENTS = ("agreement", "treaty", "deal")  # kinds that are texts to conclude, not standing relations
_BASIS = ("依据", "根据", "按照", "依照")  # words citing an agreement as the basis of an act


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, list[tuple[str, str]]]:
    """data/agreements.tsv by kind: noun → [(word, agreement kind)], state → [(word, state)], …"""
    out: dict[str, list[tuple[str, str]]] = {"noun": [], "state": [], "anaphor": [], "next": [], "default": [], "titled": [],
                                             "governing": [], "alliance": [], "modal": [], "framed": [], "private": []}
    for kind, word in lexicon.rows("agreements.tsv"):
        group, _, value = kind.partition(":")
        out[group].append((word, value))
    for group in out.values():
        group.sort(key=lambda pair: -len(pair[0]))
    return out


@lru_cache(maxsize=4)
def pattern(group: str) -> re.Pattern:
    return lexicon.alternation(w for w, _ in vocabulary()[group])


def states(text: str, mention) -> list[tuple[int, str]]:
    """State words governing the mention: a verb before it (签署了一份意向书, 拒绝了…的停火提议) or
    after it (已于周四到期), not one inside a relative clause (暂停…打击的协议) or negated; an agreement
    that is the topic of talks (就一项新协议举行首轮会谈) is under negotiation."""
    states = []
    if _TOPIC_BEFORE.search(text, mention.sentence.start, mention.name.start) \
            and _TALKS_ABOUT.match(text, mention.name.end):
        states.append((mention.name.end, "negotiating"))
    lo = max(mention.sentence.start, mention.name.start - STATE_WINDOW)
    hi = min(mention.sentence.end, mention.name.end + STATE_WINDOW)
    words = dict(vocabulary()["state"])
    # 签署了一份总额…，期限…的合同: the verb opening the name's phrase, across the comma inside it
    opened = stacked_opening(text, mention.sentence.start, mention.name.start)
    lo = lo if opened is None else min(lo, opened)
    for match in pattern("state").finditer(text, lo, hi):
        inside = mention.name.start <= match.start() < mention.name.end
        verb_then_head = pattern("noun").fullmatch(text, match.end(), mention.name.end) is not None
        if inside and match.group(0) not in ("意向书", "意向声明", "联合声明") and not verb_then_head:  # 战俘达成协议: its verb
            continue
        if inside and match.group(0) == "联合声明" and getattr(mention, "fact", None) is not None:
            continue  # 援引《中英联合声明》: a well-known declaration's own name tells no step, its history does
        if inside and match.start() > mention.name.start and match.group(0) in ("实施", "执行"):
            continue  # 警务合作实施协议: an implementing agreement, nothing carried out yet
        before_name = match.end() <= mention.name.start
        between = text[match.end():mention.name.start] if before_name else text[mention.name.end:match.start()]
        if text[match.end():match.end() + 2] in ("时间", "日期", "期限", "条款") or \
                any(c in "；;。" for c in between) or match.start() != opened and _commas_block(text, between, before_name, match.end()):
            continue
        if not before_name and any(c in "：:" for c in between):
            continue  # 签署了一份意向声明：一旦实现停火…: after the colon, what the document says
        if before_name and "的" in between and text[match.end():match.end() + 1] in "对在向把将给":
            continue  # 暂停对能源设施打击的协议: the verb, with its own object, only describes it
        if before_name and words[match.group(0)] in ("in_force", "terminated", "suspended") and "的" in between \
                and re.search(r"(?:签署|签订|批准|通过|达成)了?$", text[max(mention.sentence.start, match.start() - 3):match.start()]):
            continue  # 签署了关于加入某组织义务的备忘录: 加入 after the signing verb is the memo's content
        framed = not before_name and re.fullmatch(r"(?:之?上|中)(?:正式)?", between) and \
            _NEGATED_FRAME.search(text, max(mention.sentence.start, mention.name.start - 8), mention.name.start)
        if framed or _NEGATED.search(text[max(mention.sentence.start, match.start() - 5):match.start()]) \
                or before_name and _NEGATED_WITH.search(text, max(mention.sentence.start, match.start() - 16), match.start()):
            if framed and words[match.group(0)] in ("agreed_in_principle", "signed"):
                states.append((match.start(), "negotiating"))  # 不会在和平条约上签字: refused so far, not signed
                continue
            if before_name and words[match.group(0)] in ("agreed_in_principle", "signed") and match.group(0).startswith(("达成", "签")):
                states.append((match.start(), "negotiating"))  # 未能达成新的核协议: sought, not reached
            continue
        if not before_name and _FAILED_ON.search(text, clause_start(text, mention.sentence.start, mention.name.start), mention.name.start):
            if words[match.group(0)] == "agreed_in_principle":
                states.append((match.start(), "negotiating"))  # 未能就停火达成一致: talked about, not reached
            continue
        if _NOUN_AFTER.match(text, match.end()):
            continue  # 核磋商小组, 谈判机制: the word is part of a noun, not a step taken
        state = words[match.group(0)]
        if match.group(0) in ("讨论", "商议") and (not before_name or _FOUNDING.match(between)):
            continue  # 讨论建立准同盟: founding talked over is a proposal (default_state tells it)
        if state in _ENDINGS and re.match(r"(?:之?前|以前)", text[match.end():match.end() + 2]) and not before_name \
                and re.search(r"在《?$", text[max(mention.sentence.start, mention.name.start - 2):mention.name.start]):
            continue  # 在条约到期前达成新安排: a time named by the ending, which has not come
        if state in _ENDINGS and re.match(r"(?:之?后|以后|之?前|以前)", text[match.end():match.end() + 2]) \
                and any(modal_words(m).search(text, mention.sentence.start, mention.sentence.end) for m in ("future", "proposed")):
            continue  # 提议在条约到期后继续遵守: a time ahead, not the ending told
        if state in _ENDINGS and re.search(r"(?:曾经?|一度)(?:宣布|决定|正式)?$", text[max(mention.sentence.start, match.start() - 6):match.start()]):
            states.append((match.start(), _RECALLED + state))  # 曾宣布终止, 一度暂停: an ending once, undone by any other step told
            continue
        if match.group(0) in _BASIS and not (before_name and _cites_as_basis(text, mention, between)):
            continue  # 根据协定，两国将…: what it is to bring, not a text applied now
        if match.group(0) == "恢复" and before_name and text[mention.name.end:mention.name.end + 1] == "的":
            continue  # 恢复协议的希望: the phrase modifies a noun, nothing is resumed
        if before_name and state in ("in_force", "resumed") and re.match(r"的?(?:申请|请求|意向)", text[mention.name.end:mention.name.end + 3]):
            states.append((match.start(), "proposed"))  # 加入CPTPP的申请: applied for, as 申请加入
            continue
        if state == "negotiating" and not before_name and _REVIEW.fullmatch(between):
            continue  # 美墨加协定复审谈判: talks reviewing a text that stands
        if state == "negotiating" and not before_name and match.group(0) in ("谈判", "磋商") and \
                (_CONCLUDED_BEFORE.search(text, clause_start(text, mention.sentence.start, mention.name.start), mention.name.start)
                 or _CONCLUDED_AFTER.match(text, match.end())):
            states.append((match.start(), "agreed_in_principle"))  # 完成自贸协定谈判: the talks are over, the text agreed
            continue
        if before_name and state not in _ENDINGS and (re.match(r"(?:的)?(?:谈判|磋商)", text[mention.name.end:mention.name.end + 3])
                                                       or _TALKS_ON.match(text, mention.name.end)
                                                       and text[max(mention.sentence.start, match.start() - 1):match.start()] == "就"):
            states.append((match.start(), "negotiating"))  # 恢复核协议谈判: the verb acts on the talks
            continue
        if state in ("signed", "ratified", "agreed_in_principle") and before_name \
                and proposed_step(text, mention, match.start()):
            states.append((match.start(), "proposed"))  # 提议与泰国签署边境贸易协定: the signing is proposed
            continue
        if match.group(0) in _EXTENDING and _is_future(text, mention.sentence.start, match.start(), mention.name):
            states.append((match.start(), "in_force"))  # 将延长双边协定, 停火将延长: only an agreement in force is extended
            continue
        if not before_name and state == "in_force" and _is_future(text, mention.sentence.start, match.start(), mention.name):
            states.append((match.start(), "signed"))  # 协定将于明年生效: concluded, in force from then
            continue
        if (state == "agreed_in_principle" or match.group(0).startswith("发表")) and before_name \
                and planned(text, mention, match.start()):
            states.append((match.start(), "proposed"))  # 有望达成协议, 将发表联合声明: a plan, not a step taken
            continue
        if state == "agreed_in_principle" and match.group(0).startswith("达成") \
                and (_HOPED.search(text[max(mention.sentence.start, match.start() - 4):match.start()])
                     or _PURPOSE.search(text[clause_start(text, mention.sentence.start, match.start()):match.start()])):
            states.append((match.start(), "negotiating"))  # 推动…早日达成: still being worked out
            continue
        if state == "in_force" and re.fullmatch(_OWN_VERBS + "|遵守|履行", match.group(0)) \
                and _is_future(text, mention.sentence.start, match.start()):
            continue  # 希望通过强化韩美同盟, 将遵守条约: what is ahead presupposes the agreement, it is no proposal
        if re.match(r"的?(?:宗旨|原则|精神)" if before_name else r"的?(?:宗旨|原则)", text[mention.name.end:mention.name.end + 3]):
            continue  # 遵守宪章的宗旨和原则, 宪章宗旨和原则应得到遵守: the verb acts on the principles it names
        if state == "in_force" and re.fullmatch(r"遵守|恪守|信守|履行", match.group(0)) \
                and _CALLED_ON.search(text[max(mention.sentence.start, match.start() - 4):match.start()]):
            continue  # 各方应恪守《联合国宪章》: a call to abide by it reports no step
        if state == "signed" and re.search(r"(?:同意|决定|商定)(?:尽快|尽早|早日|共同)?$", text[max(mention.sentence.start, match.start() - 6):match.start()]):
            continue  # 双方同意签署: agreed to sign (同意 itself tells the state), not signed yet
        if match.group(0) in ("实施", "起实施") and re.search(r"同意|决定|商定|承诺|愿意?", text[clause_start(text, mention.sentence.start, match.start()):match.start()]):
            continue  # 同意在黑海实施停火: agreed to carry it out, 同意 tells the state
        if state in ("signed", "ratified", "in_force") and _is_future(text, mention.sentence.start, match.start(), mention.name):
            # 访问期间双方会签署: still being prepared; 还需议会批准: a text not yet in force
            pending = state != "signed" and re.search(r"(?:还|尚|仍)(?:需要?|须)[^，,。；;]{0,6}$|有待$",
                                                      text[max(mention.sentence.start, match.start() - 10):match.start()])
            # 这份议定书还需要两国政府批准: a text agreed that still awaits a formal step
            states.append((match.start(), "negotiating" if state == "signed" else "agreed_in_principle" if pending else "proposed"))
            continue
        if (state in _ENDINGS or state == "resumed") and _is_future(text, mention.sentence.start, match.start()):
            if state == "expired" and not before_name:
                states.append((match.start(), "in_force"))  # 将于2026年到期: in force until then
            elif state == "resumed" and before_name and not _fixed_parties(mention):
                states.append((match.start(), "proposed"))  # 将重新加入《巴黎协定》: a state's return announced, as 将加入
            continue  # 希望重返: not back yet
        if _is_threat(text, mention.sentence.start, match.start()):
            continue  # 威胁退出, 扬言暂停: a threat, not the act
        if state == "rejected" and not before_name and not _PASSIVE.match(between):
            continue  # the agreement rejects nothing; 拒绝 must come before the thing rejected
        if mention.kind == "partnership" and state in _DOCUMENT_STEPS and not _governs(text, match, mention):
            continue  # 达成共识，深化战略伙伴关系: the step concerns a document, the alliance stands
        states.append((match.start(), state))
    states.extend(_topic_ending(text, mention, hi))
    agreed = _AGREED_TO.search(text, max(mention.sentence.start, mention.name.start - AGREED_REACH), mention.name.start)
    if agreed and agreed.end() == mention.name.start:
        # 双方一致同意，重启…对话机制, 同意恢复…互访机制: what they agreed on follows; its verb is agreed, not
        # done (同意续签 still tells the agreement stands)
        states = [(p, s) for p, s in states if not agreed.start() <= p < agreed.end() or text.startswith(_EXTENDING, p)]
        states.append((agreed.start(), "agreed_in_principle"))
    declared = _declared_ceasefire(text, mention)
    if declared is not None:
        states.append((declared, "in_force"))
    if re.search(r"此前的|之前的|上一版|前一版|一版", text[max(mention.sentence.start, mention.name.start - 6):mention.name.start]):
        return []  # an earlier version's fate is not this agreement's state
    return states


def _cites_as_basis(text: str, mention, between: str) -> bool:
    """依据《某某条约》，两国分享…: an agreement cited as the basis of what is done now is in force; not
    one whose sentence goes on in the future (根据协定，两国将…) or a basis far from its verb."""
    if not re.fullmatch(r"《?|[^，,。；;]{0,10}的《?", between):
        return False
    # (根据协议，甲方提供投资，还会提供安保: the modal 会 after an adverb, what the text will bring as 将 does)
    return not modal_words("future").search(text, mention.name.end, mention.sentence.end) \
        and not _WILL.search(text, mention.name.end, mention.sentence.end)


_WILL = re.compile(r"(?:还|也|都|就|才|将)会")


def _declared_ceasefire(text: str, mention) -> Optional[int]:
    """停火 named by the verb itself (两国宣布自即日起全面停火, 双方实行停火): declaring it puts it in force,
    unless a modal scopes the declaration (将宣布停火, 提议宣布停火). Where the verb is, else None."""
    if mention.kind != "ceasefire" or not re.search(r"(?:停[火战]|休战)$", mention.name.text):
        return None
    lead = text[clause_start(text, mention.sentence.start, mention.name.start):mention.name.start]
    verb = _DECLARED.search(lead)
    if verb is None:
        return None
    at = mention.name.start - len(lead) + verb.start()
    if _is_future(text, mention.sentence.start, at) or proposed_step(text, mention, at) or _NEGATED.search(lead[:verb.start()]) \
            or re.search(r"同意|决定|商定|承诺|愿意?|呼吁|要求|敦促", lead[:verb.start()]):  # 同意实施停火: 同意 tells the state
        return None
    return at


def _fixed_parties(mention) -> bool:
    """The mention names a well-known agreement of fixed parties (伊核协议), whose state a return of
    one of them does not set."""
    fact = getattr(mention, "fact", None)
    return bool(fact and fact.parties)


def long_ago(doc: Analysis, position: int) -> bool:
    """The signing this sentence dates is years before the article: a year at least LONG_AGO before
    its publication (or the latest year it names), or 几十年前 / 70年前."""
    text = doc.norm_text
    sentence = next((s for s in doc.sentences if s.start <= position < s.end), None)
    if sentence is None:
        return False
    clause_end = position
    while clause_end < sentence.end and text[clause_end] not in "，,；;。":
        clause_end += 1
    lead = text[sentence.start:clause_end]  # 签署于1960年: the year may follow the verb in its clause
    if re.search(r"(?:\d+|[几数多十二三四五六七八九]+十?)年前|早在|当年|上世纪|冷战(?:时期|期间|时代|初期|结束)|[一二]战(?:后|期间|结束)",
                 lead) or _ANNIVERSARY.search(lead) or _YEARS_SINCE.search(text, position, clause_end):
        return True
    years = [int(y) for y in re.findall(r"(?<!\d)(1[89]\d\d|20\d\d)年", lead)]
    now = doc.article.published_at.year if doc.article.published_at else \
        max((int(y) for y in re.findall(r"(?<!\d)(1[89]\d\d|20\d\d)年", text)), default=None)
    return bool(years and now and now - max(years) >= LONG_AGO)


def _commas_block(text: str, between: str, before_name: bool, verb_end: int) -> bool:
    """A comma parts a verb from the name, except one comma after the name that opens its
    predicate (《某某声明》作为历史文件，已不再具有现实意义) — not an apposition (…协议，即暂停对…)."""
    commas = sum(between.count(c) for c in "，,")
    if commas == 0:
        return False
    if commas > 1 or before_name or len(between) > SUBJECT_REACH:
        return True
    lead = re.split(r"[，,]", between)[-1]
    return not re.fullmatch(r"(?:已经?|早已|现已|如今|目前|随后|也|均|都|后|后来|此后|但)?又?", lead) or text[verb_end:verb_end + 1] in "对在向把将给"


def clause_start(text: str, floor: int, position: int) -> int:
    """Where the clause holding position starts (after the last comma, semicolon or colon); a comma
    between the stacked modifiers of a noun phrase a classifier opens (签署了一份总额20亿元，期限10年的合同)
    is inside the clause."""
    at = max(text.rfind(c, floor, position) for c in "，,；;：:")
    opened = stacked_opening(text, floor, position)
    if opened is not None:
        at = max(text.rfind(c, floor, opened) for c in "，,；;：:")
    return at + 1 if at >= 0 else floor


def stacked_opening(text: str, floor: int, position: int) -> Optional[int]:
    """Where the verb stands whose classifier opens a noun phrase running over a comma to `position`
    (签署了一份总额20亿元，期限10年的|合同), else None."""
    at = max(text.rfind(c, floor, position) for c in "，,；;：:")
    if at < 0 or text[at] not in "，," or not _STACKED_AFTER.fullmatch(text, at + 1, position):
        return None
    opened = _CLASSIFIER_OPENS.search(text, max(floor, at - 24), at)
    if opened is None or pattern("noun").search(text, opened.start("modifier"), at):
        return None
    return opened.start()


# 一份总额20亿元，期限10年的合同: a classifier after a verb opening a noun phrase whose modifiers a comma
# separates; the part after the comma a short modifier ending in 的 right before what it modifies.
_CLASSIFIER_OPENS = re.compile(r"(?:签署|签订|签下|达成|敲定|谈妥|拿下|草签|续签)了?(?:一份|一项|一笔|一个)(?P<modifier>[^，,；;：:。]*)$")
_STACKED_AFTER = re.compile(r"[^，,；;：:。]{2,16}的")


def _is_future(text: str, start: int, position: int, obj: Optional[Span] = None) -> bool:
    """A modal of data/agreements.tsv (将, 计划, 有望, 还需) or a modal 会 in the eight characters before the
    verb; not the 将 that brings its object forward (将停火协议延长, 将中坦关系提升为…) nor 会 ending a
    body's name (议会批准, 国会通过)."""
    lo = max(start, position - 8)
    before = text[lo:position]
    if obj is not None and lo < obj.start <= position:
        marker = re.search(r"将(?:这一|这项|该|此|其)?$", text[lo:obj.start])
        if marker:  # 将 + object + verb: the disposal construction, as 把
            before = text[lo:lo + marker.start()] + "把" + text[lo + marker.start() + 1:position]
    if text.startswith(("提升为", "升级为"), position):
        before = re.sub(r"将(?=[^，,。]+$)", "", before)  # 将中坦关系提升为…: 将 marks the object, not the future
    if re.search(r"(?:将|即将|预计将?)(?:于|在)[\d一二三四五六七八九十〇零年月日号底初中旬上下明今本]{1,12}(?:起|正式|开始|全面){0,2}$",
                 text[max(start, position - 20):position]):
        return True  # 将于2026年2月到期: a date between the modal and its verb
    if re.sub(r"(?:方能|才能|方可|才可|才会|即可|便可)$", "", before).endswith("后") \
            and modal_words("future").search(text, clause_start(text, start, position), position):
        return True  # 须经两国议会批准后生效: a modal opening the clause scopes the step its condition leads to
    return bool(modal_words("future").search(before)) or before.endswith("会") and not _BODY_HUI.search(before)


@lru_cache(maxsize=4)
def modal_words(modality: str) -> re.Pattern:
    """The modal words of data/agreements.tsv of one modality (future, proposed, planned)."""
    return lexicon.alternation(w for w, m in vocabulary()["modal"] if m == modality)


def proposed_step(text: str, mention, position: int) -> bool:
    """A proposal word earlier in the verb's clause scopes it (马来西亚提议与泰国签署…协定): the step is
    only proposed; not a proposal cited as the basis (根据俄方提议签署, 应…建议)."""
    clause = text[clause_start(text, mention.sentence.start, position):position]
    found = list(modal_words("proposed").finditer(clause))
    if not found:
        return False
    lead = clause[:found[-1].start()]
    return not re.search(r"根据|按照|依照|应|在[^，,]*$|的$", lead) and not clause[found[-1].end():].startswith("的")


# What may stand between a planned modal and its verb: a time (于下月, 在年内), a partner (与法国) and an
# adverb of manner (正式, 共同).
_PLAN_GAP = (r"(?:于|在)?[\d一二三四五六七八九十〇零年月日号底初中旬上下明今本周内近期]{0,8}"
             r"(?:(?:与|同|和|跟)[^，,。；;与同和跟]{1,10}?)?(?:正式|共同|一道|一起|联合|首次|再次|尽快|尽早)?")


def planned(text: str, mention, position: int) -> bool:
    """A planned modal of data/agreements.tsv (将, 计划, 拟, 有望, 准备) scoping the verb (双方有望达成协议,
    两国将发表联合声明): the step is a plan, so the agreement is proposed (a planned signing stays
    negotiating, modal:future, as train and the probes have it); not a hedge (或将), nor 会 (访问期间
    双方会签署: expected of talks under way), nor 将 bringing its object forward (将协议延长)."""
    clause = text[clause_start(text, mention.sentence.start, position):position]
    found = re.search(rf"(?<![或也])(?:{modal_words('planned').pattern}){_PLAN_GAP}$", clause)
    return found is not None


def _is_threat(text: str, start: int, position: int) -> bool:
    before = text[max(start, position - 4):position]
    return bool(re.search(r"威胁|扬言|叫嚣|考虑|或将|警告|如果|若|要求|呼吁|主张|鼓吹|建议", before))


def latest(states: list[tuple[int, str]]) -> tuple[str, int]:
    """Ending states win over progress, the last one told winning; a resumption told after the last
    ending (暂停…后恢复履行, 重返协议) puts it back in force; an ending told as once so (曾宣布终止) only
    where nothing else is told."""
    recalled = [(p, s[len(_RECALLED):]) for p, s in states if s.startswith(_RECALLED)]
    states = [(p, s) for p, s in states if not s.startswith(_RECALLED)]
    if recalled and not any(s in _ORDER or s in _ENDINGS or s == "resumed" for _, s in states):
        return recalled[-1][1], recalled[-1][0]
    endings = [(p, s) for p, s in states if s in _ENDINGS]
    resumed = [(p, s) for p, s in states if s == "resumed"]
    if resumed and (not endings or resumed[-1][0] > endings[-1][0]):
        return "in_force", resumed[-1][0]
    if endings:
        return endings[-1][1], endings[-1][0]
    progress = [(p, s) for p, s in states if s in _ORDER]
    if not progress:
        return "proposed", -1
    position, state = max(progress, key=lambda ps: (_ORDER.index(ps[1]), ps[0]))
    return state, position


def default_state(doc: Analysis, agreement, mentions: list, titled: bool) -> str:
    """With no state word: the kind's default (an alliance named is in force), unless a clause
    presents it as a plan or proposal (将组建…机制, 提出“核共享”, 形容为“…同盟”)."""
    defaults = dict(vocabulary()["default"])
    ordered = list(dict.fromkeys([agreement.kind] + [m.kind for m in mentions]))  # the record's kind first, then
    kinds = set(ordered)  # the mentions' in text order: never a set's order, which changes from run to run
    state = next((defaults[k] for k in ordered if k in defaults), "proposed")
    if titled and not kinds & {"plan", "deal", "ceasefire"}:
        state = "in_force"  # a treaty named by its title in 《》 exists; a titled plan is still a proposal
    for mention in mentions:
        if _proposed_here(doc.norm_text, mention):
            return "proposed"
    if state == "in_force" and not titled and agreement.kind in _DOCUMENTS and all(_ahead(doc.norm_text, m) for m in mentions):
        return "negotiating"  # 双方希望在秋季前完成第一阶段协议: a document still aimed at
    return state


def _ahead(text: str, mention) -> bool:
    """A modal of the future or an aim opens the mention's clause before the name (希望…完成…协议)."""
    lead = text[clause_start(text, mention.sentence.start, mention.name.start):mention.name.start]
    return bool(modal_words("future").search(lead) or _PURPOSE.search(lead)) and "的" not in lead[-2:]


def _topic_ending(text: str, mention, searched_to: int) -> list[tuple[int, str]]:
    """An agreement opening its clause is the clause's topic: an ending said of it further on (《某某声明》
    规定的各项义务已经履行完毕) is its state, though beyond STATE_WINDOW."""
    lead = text[max(mention.sentence.start, mention.name.start - 2):mention.name.start]
    if mention.name.start > mention.sentence.start and not re.search(r"[，,；;：:]《?$|^《?$", lead):
        return []
    end = mention.name.end
    while end < mention.sentence.end and text[end] not in "，,；;。" and end - mention.name.end < TOPIC_REACH:
        end += 1
    words = dict(vocabulary()["state"])
    found = []
    for match in pattern("state").finditer(text, searched_to, end):
        state = words[match.group(0)]
        negated = re.search(r"(?:没有|未|不|尚未)$", text[max(mention.name.end, match.start() - 2):match.start()])
        if state in ("expired", "terminated") and not negated and not _is_threat(text, mention.name.end, match.start()):
            found.append((match.start(), state))
    return found


def _governs(text: str, verb: re.Match, mention) -> bool:
    """The verb ends right before the name, or a determiner or adjective apart (达成一项新协议); not
    a verb after it (韩美同盟缔结70周年: the alliance's birth, not a step it is taking)."""
    if verb.start() >= mention.name.end:
        return False
    between = text[verb.end():mention.name.start]
    return 0 <= len(between) <= DIRECT_REACH and not re.search(r"[，,。；;的]|关于|" + _OWN_VERBS, between)  # 发表关于…伙伴关系的声明


def _proposed_here(text: str, mention) -> bool:
    """A proposal verb governing the name (将组建一个经济协调机制, 提出“核共享”), not one whose object
    is something else (呼吁加强美韩同盟) nor an establishment announced (宣布建立…伙伴关系)."""
    lead_start = max(mention.sentence.start, mention.name.start - STATE_WINDOW)
    lead = text[lead_start:mention.name.start]
    opening = lead_start + max(lead.rfind("，"), lead.rfind(","), -1) + 1
    for match in _PROPOSAL.finditer(text, opening, mention.name.start):
        between = _DETERMINERS.sub("", _AIMED.sub("", text[match.end():mention.name.start]))
        if re.search(r"[的在对与和同]|" + _OWN_VERBS, between) or len(between) > 2 * DIRECT_REACH:
            continue
        if _ESTABLISHED_BEFORE.search(text[max(mention.sentence.start, match.start() - 2):match.start()]):
            continue
        if _FOUNDING.fullmatch(match.group(0)) and not _INTENT_BEFORE.search(text[opening:match.start()]):
            continue  # 两国1996年建立战略伙伴关系: founded, not proposed
        return True
    return False


def governed_inside(text: str, start: int, head: int) -> bool:
    """A quoted phrase with a verb acting on its head noun (“尽最大努力达成协议”) quotes speech, it
    names no agreement."""
    return any(word in text[start:head] for word, _ in vocabulary()["governing"] if len(word) >= 2)


def next_steps(doc: Analysis, mentions: list) -> list[Span]:
    """接下来是确定协议文本并完成签字，然后交由两国议会批准: the steps a statement names as still ahead;
    also a step verb after a sequence word (随后提交议会审议) or a modal opening a clause of the agreement's
    sentence (…取得一致，计划近期签约), not one already taken (随后签署了)."""
    text = doc.norm_text
    steps = []
    paragraphs = [p for p in doc.article.paragraphs if any(p.start <= m.name.start < p.end for m in mentions)]
    for paragraph in paragraphs:
        for match in pattern("next").finditer(text, paragraph.start, paragraph.end):
            start = match.end()
            end = start
            while end < paragraph.end and text[end] not in "，,。；;！？”":
                end += 1
            if 2 <= end - start <= 30:
                steps.append(_span(doc, start, end))
        for match in _SEQUENCE_STEP.finditer(text, paragraph.start, paragraph.end):
            if not any(s.start <= match.start("step") < s.end for s in steps) and not re.search(r"了|已", match.group(0)):
                steps.append(_span(doc, match.start("step"), match.end("step")))
    for sentence in sorted({(m.sentence.start, m.sentence.end) for m in mentions}):
        for match in _MODAL_STEP.finditer(text, *sentence):
            if not any(s.start <= match.start("step") < s.end for s in steps) and "了" not in match.group("step"):
                steps.append(_span(doc, match.start("step"), match.end("step")))
    return sorted(steps, key=lambda s: s.start)
