"""Agreements stage: treaties, deals, ceasefires, memoranda, plans and partnerships the article
reports, one record per agreement across its names, with parties, brokers, latest state and next steps."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from ..doc import actor_mentions, country_counts, token_starting_at, two_most_named
from ..kb import KnowledgeBase
from ..model import Agreement, Analysis, Options, Span
from ..nlp.chinese import span as _span
from ..nlp.timex import find_times
from ..nlp.words import state_abbreviations
from . import agreement_deals, agreement_facts, agreement_parties
from .agreement_identity import DECLARATION, UNDERSTANDING, core_name, same_as
from .agreement_names import UNREAL, after_governing, closes_title, described, ends_inside_word, level_start, name_start
from .agreement_mentions import LABEL as _LABEL, Mention as _Mention
from .agreement_mentions import acronym_mentions, framed, known_mentions, membership_mentions
from .agreement_states import (clause_start, default_state, governed_inside, latest, long_ago, next_steps, pattern,
                               stacked_opening, states, vocabulary)

# Lifecycle order: a later mention of a more advanced state wins; ending states win over all.
_DETERMINERS = re.compile(r"(?:一份|一项|一个|一版|这一|这项|这份|该|此|那份|这个|其)$")
_VERBS_BEFORE = re.compile(r"(?:签署了|签署|签订|达成|拒绝了|拒绝|同意的|促成的|起草的|敲定|谈妥|提出|违反了|违反|遵守了|遵守"
                           r"|退出|批准|实施|落实|就|对|与|和|在|于|是|的)$")
_PROPOSED_BY = re.compile(r"(?P<who>[^，,。；;的]{2,16}?)(?:共同|联合)?(?:提出|起草|提交|拟定)的")
_NOT_HEAD_AFTER = re.compile(r"网络|体系|成员|国家|盟国|组织|联委会|委员会|专门委员会|工作组|秘书处|秘书长|缔约方|[\d一二三四五六七八九十]+号")
_SPEECH_IN = re.compile(r"中(?:直言|表示|称|说|指出|强调|写道|宣称|谴责|提到)")
_TRUCES = ("停火", "停战", "休战")  # a truce named by the word alone (宣布停火), not 停火协议
DURATION = r"(?:(?:\d+|[一二三四五六七八九十两]+)(?:小时|天|日)的?)?"  # 实行30小时休战: how long it lasts
_CEASEFIRE_MADE = re.compile(r"(?:达成|实现|宣布|同意|延长|遵守|违反|打破|破坏|恢复|执行|落实|实施|实行|就)了?"
                             r"(?:将|把)?(?:(?:自|从)[^，,。；;]{1,8}?起)?(?:立即|立刻|马上|无条件)?(?:临时|全面|人道主义|短暂|新的|一项|)" + DURATION + "$")
# 停火本周破裂: a ceasefire named before, told of again by its fate.
# A partnership named by 伙伴 alone (是全面战略伙伴) names a level of relations, or it is no arrangement.
_TALKS_AFTER = re.compile(r"(?:谈判|磋商|和谈)")  # 停火谈判: a ceasefire under negotiation
_ANY = re.compile(r"任何(?:一项|一份|一个)?[^，,。；;]{0,12}$")
_PART_OF = re.compile(r"(?:协议|协定|条约|公约|议定书)(?:中|下|内|里|框架下|框架内)?的$")
_PARTNER_LEVEL = re.compile(r"战略|全面|全方位|全天候")
_CEASEFIRE_SCOPE = re.compile(r"(?:全面|临时|永久|人道主义|短暂)" + DURATION + r"$|(?:\d+|[一二三四五六七八九十两]+)(?:小时|天|日)的?$")
_CEASEFIRE_FATE = re.compile(r"[^，,。；;]{0,12}?(?:破裂|到期|失效|生效|终止|结束|被打破|遭破坏)")  # 停火仅维持了两个月便宣告破裂
# 停火于周二破裂: a ceasefire first named by its fate, the verb right after it or after its date (not 停火并结束冲突).
_CEASEFIRE_OWN_FATE = re.compile(r"(?:已经?|将|已?(?:于|在|自)[^，,。；;并和]{1,8}?)?(?:正式)?(?:破裂|到期|失效|生效|终止|被打破|遭破坏|延长)")
# 两国达成协议: a bare agreement concluded right here (its parties are the clause's subjects).
_CONCLUDED = re.compile(r"(?<![能可])(?:达成|签署|签订|签下|谈妥|敲定)了?(?:一项|一份|一个|这项|该)?$")
# 两国元首会晤时达成的共识: a bare agreement the clause tells as reached by its subjects.
_CONCLUDED_BY = re.compile(r"(?:达成|签署|签订|缔结)的$")
_JOINT = re.compile(r"(?<!国)联合(?!国)")  # 联合愿景声明: a declaration issued jointly names an agreement untitled too
_PEACE = re.compile(r"停火|停战|休战|和平")
_BOTH_SIDES = re.compile(r"双方|两国")  # 两国签署了…规划: the two states named before are its parties
QUOTED_NAME = 14  # a quoted phrase this short ending in a head noun is the agreement's name
MIN_PARTIES = 2
SPECIFIC_CORE = 4  # characters of a name's specific part that make a one-state plan a named initiative
_VERBAL_NOUNS = ("计划", "规划", "提议", "倡议", "交易", "声明")
_BARE = {"协议", "协定", "条约", "公约", "交易", "计划", "大纲", "计划大纲", "方案", "规划", "备忘录", "声明", "提议", "倡议", "共识"}
# 就边境问题达成五点共识: a consensus two sides reach on a topic is an agreement in principle.
_REACHED = re.compile(r"(?:就[^，,。；;]{2,20}?|在[^，,。；;]{2,16}?(?:问题|领域|方面|议题)上)达成了?(?P<count>[一二三四五六七八九十两\d]+点)?$"
                      r"|达成了?(?P<counted>[一二三四五六七八九十两\d]+多?[点项])(?:重要)?$")  # 会晤达成二十多项共识
_CONSENSUS_MADE = re.compile(r"达成|取得|形成了|落实|重申|遵守|遵循|根据|按照|践行|会晤|会谈|峰会|通话|坚持|承认|接受|否认|反对|拒绝|背离|“")
_PARTNERSHIP_QUALIFIER = re.compile(r"战略|全面|全方位|安全|军事|防务|同盟|联盟|三边|四边|三方|四方|对话|协调|磋商|会晤|会谈|互访|热线|通报")
BOOK_NAME = 30  # a title in 《》 this short ending in a head noun is the agreement's name
# 规划 is an agreement only between states (中哈合作规划), never one state's own programme (某某发展规划).
_JOINT_ONLY = ("规划",)
_LASTING = ("treaty", "partnership", "agreement", "other")
# Kinds a title in 《》 names with one state acting on it: an open treaty, a declaration or a state's own plan
# (中国批准了《某某公约》, 发布《某某行动计划》),
# not a contract or plan of one side (与运营商签订《某某项目协议》).
# A declaration or plan of one state must also look outward (_outward): a domestic bulletin, notice or
# work plan (《某年统计公报》, 《关于某某政策的公告》, 《某某地区工作方案》) is no agreement.
_ONE_SIDED_TITLES = ("treaty", "other", "plan")
# A titled plan or declaration of one state is an agreement only where it looks outward (《某某国际合作行动计划》),
# not a domestic programme or regulation (《某某防控方案》); 地区 is no sign (大兴安岭地区 is a prefecture).
_OUTWARD = re.compile(r"国际|全球|世界|合作|倡议|和平|停火|区域|双边|多边|伙伴|联合|共同|外交|对外|援助|安全")
_PUT_FORWARD = re.compile(r"提出|发起|倡议|倡导|推出|首倡|宣布")
# 没有批准, 尚未加入: a state's act on an open treaty denied right before its name.
_NOT_JOINED = re.compile(r"(?:没有|没|未|尚未|从未|并未|仍未|迟迟未|拒绝|拒不|不会|不再)(?:正式)?(?:批准|加入|签署|签订|参加|缔结|参与|重返|重新加入)了?《?$")


def extract(doc: Analysis, options: Options) -> Analysis:
    """Stage: agreement records with their latest state, parties, brokers and next steps."""
    records: list[tuple[Agreement, list[_Mention]]] = []
    for mention in _mentions(doc):
        target = same_as(doc, records, mention)
        if target is None and mention.kind == "anaphor":
            continue  # 该计划 with no agreement named before it: it refers to something else
        if target is None:
            records.append((Agreement(name=mention.name, kind=mention.kind, state="proposed", evidence=mention.sentence),
                            [mention]))
        else:
            target[1].append(mention)
            if mention.name.text != target[0].name.text and mention.kind != "anaphor" \
                    and core_name(mention.name.text) and not core_name(target[0].name.text):
                target[0].aliases.append(target[0].name)  # a bare first name (停火协议) gives way to the full one
                target[0].name = mention.name
            elif mention.name.text != target[0].name.text:
                target[0].aliases.append(mention.name)
    finished = [(_finish(doc, agreement, mentions), mentions) for agreement, mentions in records]
    finished = [(replace(agreement, parties=pair), mentions) for agreement, mentions in finished
                for pair in agreement_parties.respective_pairs(doc, mentions[0]) or [agreement.parties]]
    doc.agreements = [a for a, mentions in finished if len(a.parties) >= MIN_PARTIES or a.parties and
                      not a.name.text.endswith(_JOINT_ONLY) and (_titled(doc, a) and a.kind in _ONE_SIDED_TITLES
                                                 and (a.kind == "treaty" or _outward(doc, a, mentions)) or _own_initiative(doc, a, mentions)
                       or any(_known(m) for m in mentions))]
    return doc


def _outward(doc: Analysis, agreement: Agreement, mentions: list[_Mention]) -> bool:
    """A titled plan of one state that looks outward: by its name (国际, 合作, 倡议) or by other states its
    sentences name (美国发布《某某战略行动计划》，中俄表示反对); not a domestic programme (《某某防控方案》)."""
    codes = {code for m in mentions for _, code in actor_mentions(doc, m.sentence.start, m.sentence.end)}
    return bool(_OUTWARD.search(agreement.name.text)) or len(codes - agreement_parties.NOT_A_STATE) >= MIN_PARTIES


def _known(mention: _Mention) -> bool:
    """A well-known agreement of fixed parties, or an open one a state acts on (英国加入CPTPP)."""
    return mention.fact is not None and bool(mention.fact.parties or mention.states)


# 推动早日实现停火 / 一旦实现停火 / 希望双方同意停火: a ceasefire sought, hoped for or supposed, not one made
# (未能就停火达成一致 and 将宣布停火 still name one, under negotiation or announced ahead)
_SOUGHT = re.compile(r"推动|促成|早日|尽快|呼吁|敦促|寻求|谋求|力促|力争|争取|希望|一旦|如果|假如|若是?|不现实")


def _ceasefire_made(text: str, floor: int, at: int) -> bool:
    """停火 right after a verb that makes, keeps or breaks it (双方同意停火), in a clause that does not only
    seek or suppose it."""
    made = _CEASEFIRE_MADE.search(text, floor, at)
    return made is not None and not _SOUGHT.search(text, clause_start(text, floor, made.start()), made.start())


def _mentions(doc: Analysis) -> list[_Mention]:
    text = doc.norm_text
    found: list[_Mention] = []
    nouns = dict(vocabulary()["noun"])
    for sentence in doc.sentences:
        for match in pattern("anaphor").finditer(text, sentence.start, sentence.end):
            found.append(_Mention(_span(doc, match.start(), match.end()), "anaphor", sentence))
        for match in pattern("noun").finditer(text, sentence.start, sentence.end):
            if any(m.name.start <= match.start() < m.name.end for m in found):
                continue
            following = pattern("noun").match(text, match.end())
            if following and not (following.group(0) in titled_only() and text[match.end() - len(match.group(0)) - 1:
                                                                              match.start()] != "《"):
                continue  # 伙伴关系 in 经济伙伴关系协定: the last head noun names it (not 框架 of 和平协议框架)
            if _used_as_verb(doc, match.group(0), match.end()) \
                    or text[max(sentence.start, match.start() - 3):match.start()].endswith(("所谓", "所谓的")):
                continue  # 外务省计划2022年设立 (a verb), 所谓的和平协议 (scare quotes)
            if match.group(0) in ("协议", "协定") and text[match.start() - 1:match.start()] != "》" \
                    and any(text.endswith(w, sentence.start, match.start()) for w, _ in vocabulary()["private"]):
                continue  # 认证协议, 用户协议, 保密协议: a technical protocol or a private contract, no state's agreement
            if ends_inside_word(doc, match.start(), match.end()):
                continue  # 和约 of 埃及和约旦: a word starting inside the head noun runs past it
            if match.group(0) == "机制" and text[match.end():match.end() + 1] == "性":
                continue  # 机制性对话: an adjective
            if match.group(0) in _TRUCES and not _ceasefire_made(text, sentence.start, match.start()) \
                    and not (any(m.kind == "ceasefire" for m in found) and _CEASEFIRE_FATE.match(text, match.end())) \
                    and not _CEASEFIRE_OWN_FATE.match(text, match.end()) and not _TALKS_AFTER.match(text, match.end()):
                continue  # 停火 alone is an agreement only once reached, agreed, broken or talked over (双方同意停火, 停火谈判)
            start, titled = name_start(doc, sentence.start, match.start()), False
            for opener, closer, longest in (("《", "》", BOOK_NAME), ("“", "”", QUOTED_NAME)):
                at = text.rfind(opener, max(sentence.start, match.start() - longest), match.start())
                if 0 <= at and match.end() - at <= longest and closes_title(text, match.end(), closer) \
                        and closer not in text[at:match.start()] \
                        and not (opener == "“" and governed_inside(text, at + 1, match.start())):
                    start, titled = at + 1, True  # a named agreement: 《美菲共同防御条约》, “阿尔忒弥斯计划”
            if not titled and text[match.end():match.end() + 1] == "《":
                continue  # 军控条约《某某条约》: the title right after names the agreement the noun describes
            if not titled:
                start = after_governing(text, start, match.start())
            if match.group(0) in titled_only() and not titled and not framed(text, sentence.start, start, match.end()) \
                    and not _JOINT.search(text, start, match.start()):
                continue  # 声明, 公告, 框架 name an agreement only as a title: 《波茨坦公告》, not 发表声明
            if text[start - 1:start] == "”":  # “奥库斯”三边安全伙伴关系, “四方安全对话”机制
                at = text.rfind("“", max(sentence.start, start - QUOTED_NAME), start)
                start = at if at >= 0 else start
            for size in (1, 2):  # 对华联盟, 反美同盟: the one-character target belongs to the name
                target = text[start + 1 - size:start + 2 - size]
                if not titled and text[start - size:start + 1 - size] in ("对", "反") and \
                        (target in state_abbreviations() or target == "华"):
                    start -= size
                    break
            if not titled:
                start = level_start(text, _after_coordinated_party(doc, start, match.start()))
                qualifier = _CEASEFIRE_SCOPE.search(text, sentence.start, start)
                if qualifier and start == match.start() and match.group(0) in _TRUCES:
                    start = qualifier.start()  # 宣布全面停火: the ceasefire named with its scope
            name = _span(doc, start, match.end())
            if _ANY.search(text, clause_start(text, sentence.start, start), start):
                continue  # 不会接受任何…的和平协议: any agreement at all, no particular one
            if _LABEL.search(text[max(sentence.start, start - 6):start]):
                continue  # 形容为“新某某同盟”: a label for a relation, not an arrangement
            kind = "ceasefire" if re.search(r"停火|停战|休战", name.text) else nouns[match.group(0)]
            bare = re.sub(r"^(?:具体|相关|更具体|有关)", "", name.text)
            reached = _REACHED.search(text, max(sentence.start, start - 24), start) if bare == "共识" else None
            content_at = described(doc, clause_start(text, sentence.start, start), start) if bare in _BARE or bare in ("机制", "议定书") else None
            if content_at is not None:  # 一项与阿根廷共建天然气管道的计划: named by what the partners will do
                name, bare = _span(doc, content_at, match.end()), name.text
            counted = reached and next((g for g in ("count", "counted") if reached.group(g)), None)
            if counted:  # 达成五点共识: the count names the consensus
                name = _span(doc, reached.start(counted), match.end())
            elif bare in _BARE and content_at is None and not reached and not _refers_back(found, match.group(0)) \
                    and not agreement_parties.pair_before(doc, clause_start(text, sentence.start, start), start) \
                    and not ((bare in ("协议", "协定", "交易") and _CONCLUDED.search(text, sentence.start, start)
                              or bare in ("协议", "协定", "共识") and _CONCLUDED_BY.search(text, sentence.start, start))
                             and not UNREAL.search(text, clause_start(text, sentence.start, start), start)):
                continue  # a bare 协议 / 条约 (具体方案, 相关协议) with nothing named before it
            if reached and not counted and any(reached.start() <= m.name.start < start for m in found):
                continue  # 就天然气供应协议达成共识: the consensus is the named agreement's state, not another one
            if match.group(0) == "共识" and not _CONSENSUS_MADE.search(text, clause_start(text, sentence.start, start), match.end()):
                continue  # 成为社会的普遍共识: a shared view, not one two sides reached
            if _NOT_HEAD_AFTER.match(text, match.end()) or \
                    match.group(0).endswith("声明") and _SPEECH_IN.match(text, match.end()):
                continue  # 联盟网络, 同盟体系: a modifier; 在联合声明中直言: a vehicle of speech
            if kind in ("plan", "deal") and not _looks_political(doc, sentence, name):
                continue
            if match.group(0) == "联盟" and text[start - 1:start] in ("和", "与", "同", "跟") \
                    and text[match.end():match.end() + 1] in "，,。；;":
                continue  # 法国也和俄国联盟，: to ally, a verb
            if kind == "partnership" and (agreement_parties.an_organisation(text, sentence.start, match.end())
                                          or re.search(r"(?:创建|创立|创办)了?$", text[max(sentence.start, start - 3):start])):
                continue  # 阿拉伯国家联盟, 欧亚经济联盟, 他创建了某某联盟: a body, not an alliance
            if kind == "partnership" and KnowledgeBase.load().country(name.text):
                continue  # 苏维埃社会主义共和国联盟: a state's own name, not an alliance
            if kind == "partnership" and _PART_OF.search(text, max(sentence.start, start - 8), start):
                continue  # 伊核协议中的争端解决机制: a part of an agreement, not one of its own
            if kind == "partnership" and content_at is None and not _specific_partnership(doc, name):
                continue  # 政治伙伴关系的基础, 最大贸易伙伴: a relation, not an arrangement
            found.append(_Mention(name, kind, sentence))
    found.extend(acronym_mentions(doc, found))
    found.extend(known_mentions(doc, found))
    found.extend(membership_mentions(doc, found))
    found.extend(_Mention(d.name, d.kind, d.sentence, states=d.states, parties=d.parties)
                 for find in (agreement_deals.find, agreement_deals.talks) for d in find(doc, [m.name for m in found]))
    for mention in found:
        mention.states = mention.states if mention.parties or mention.states else states(text, mention)
    found.sort(key=lambda m: m.name.start)
    for first, second in zip(found[::-1][1:], found[::-1]):
        if not first.states and re.fullmatch(r"、|和|及|与|以及", text[first.name.end:second.name.start]):
            first.states = list(second.states)  # 甲协定、乙协议文本达成一致: one verb for the list
    return found


@lru_cache(maxsize=1)
def titled_only() -> frozenset[str]:
    return frozenset(word for word, _ in vocabulary()["titled"])


def _own_initiative(doc: Analysis, agreement: Agreement, mentions: list[_Mention]) -> bool:
    """A plan one state puts forward under a name of its own (法方提出了海洋塑料治理合作倡议), not a
    programme one takes part in (参与人类基因组计划)."""
    return agreement.kind == "plan" and agreement.state == "proposed" and len(core_name(agreement.name.text)) >= SPECIFIC_CORE \
        and any(_PUT_FORWARD.search(doc.norm_text, clause_start(doc.norm_text, m.sentence.start, m.name.start), m.name.start)
                for m in mentions)


def _specific_partnership(doc: Analysis, name: Span) -> bool:
    """An alliance, partnership or mechanism is an arrangement when its name is quoted, runs its
    parties together (美韩同盟) or says what kind it is (全面战略, 安全, 军事)."""
    if "贸易伙伴" in name.text:
        return False
    if name.text.endswith("伙伴") and (not _PARTNER_LEVEL.search(name.text)
                                      or re.search(r"互为|视为|看作|成为[^，,。]{0,4}$", doc.norm_text[max(0, name.start - 8):name.start])):
        return False  # 中国和某国是全面战略伙伴 names a level; 互为重要合作伙伴 only describes a relation
    quoted = doc.norm_text[name.start - 1:name.start] in ("“", "《") or name.text.startswith("“")
    return quoted or bool(_PARTNERSHIP_QUALIFIER.search(name.text)) \
        or len(agreement_parties.name_run(doc, name)[0]) >= 2 and agreement_parties.name_run(doc, name)[1]


def _titled(doc: Analysis, agreement: Agreement) -> bool:
    """A treaty named in 《》 (《某某公约》, in any of its mentions) is an agreement even with one party
    named acting on it."""
    return any(_titled_at(doc, name) for name in [agreement.name, *agreement.aliases])


def _titled_at(doc: Analysis, name: Span) -> bool:
    return doc.norm_text[name.start - 1:name.start] == "《"


def _after_coordinated_party(doc: Analysis, start: int, noun_start: int) -> int:
    """An untitled name opening with an actor joined to one before it (俄罗斯和乌克兰局部停火协议) starts
    after that actor: the pair are the parties, the name is 局部停火协议."""
    text = doc.norm_text
    if text[start - 1:start] not in ("和", "与", "同", "及", "、") or \
            not any(m.end == start - 1 for m, _ in actor_mentions(doc, max(0, start - 12), start - 1)):
        return start
    kb = KnowledgeBase.load()
    for size in range(min(6, noun_start - start), 1, -1):
        if any(actor.kind != "person" for actor in kb.lookup(text[start:start + size])):
            return start + size
    return start


def _used_as_verb(doc: Analysis, noun: str, end: int) -> bool:
    """计划/提议 followed by a date, number, verb or preposition is the verb 'to plan'."""
    if noun not in _VERBAL_NOUNS:
        return False
    before = doc.norm_text[max(0, end - len(noun) - 2):end - len(noun)]
    if before.endswith(("的", "”", "》")) or _PEACE.search(before):
        return False  # 美国提出的和平计划包括…: a noun after 的 or a topic, not the verb 'to plan'
    nxt = token_starting_at(doc, end)
    return nxt is not None and nxt[1] in ("m", "TIME", "t", "v", "p")


def _looks_political(doc: Analysis, sentence: Span, name: Span) -> bool:
    """A plan or deal is an agreement where it concerns peace, or two states are party to it
    (停火方案草案, 欧洲的“伽利略计划” that Norway joins) — not a country's own programme."""
    text = doc.norm_text
    if _PEACE.search(name.text):
        return True
    quoted = text[name.start - 1:name.start] in ("“", "《", "「") and any(closes_title(text, name.end, c) for c in "”》」")
    governed = re.search(r"(?:签署|达成|提出|起草|接受|拒绝|加入|参与|退出|敲定|谈判)了?[^，,。]{0,12}$", text[sentence.start:name.start]) \
        or stacked_opening(text, sentence.start, name.start) is not None  # 签署了一份总额…，期限…的合同
    clause = _clause_around(doc, sentence, name)
    return bool(quoted or governed) and bool(agreement_parties.clause_parties(doc, clause, name) or _BOTH_SIDES.search(clause.text))


def _refers_back(found: list[_Mention], noun: str) -> bool:
    return any(m.name.text.endswith(noun) and m.name.text != noun for m in found)


def _clause_around(doc: Analysis, sentence: Span, name: Span, clauses: int = 2) -> Span:
    """The clause holding the name and the clause before it (where its subject usually is); with
    clauses=1 the name's own clause only."""
    text = doc.norm_text
    start = name.start
    breaks = 0
    while start > sentence.start:
        if text[start - 1] in "，,；;":
            breaks += 1
            if breaks == clauses:
                break
        start -= 1
    end = name.end
    while end < sentence.end and text[end] not in "，,；;。":
        end += 1
    return Span(start, end, text[start:end])


def _finish(doc: Analysis, agreement: Agreement, mentions: list[_Mention]) -> Agreement:
    text = doc.norm_text
    states = sorted((pos, state) for m in mentions for pos, state in m.states)
    kinds = [m.kind for m in mentions if m.kind != "anaphor"]
    if any(UNDERSTANDING.search(m.name.text) for m in mentions) and any(s == "signed" for _, s in states):
        states = [(p, "agreed_in_principle" if s == "signed" else s) for p, s in states]
    agreement.kind = _kind(kinds)
    agreement.state, where = latest(states)
    if where < 0:
        agreement.state = default_state(doc, agreement, mentions, _titled(doc, agreement))
    elif agreement.state == "signed" and agreement.kind in _LASTING and long_ago(doc, where):
        agreement.state = "in_force"  # 1984年签署 with nothing ending it since: in force now
    elif agreement.state == "agreed_in_principle" and DECLARATION.search(agreement.name.text) and long_ago(doc, where):
        agreement.state = "in_force"  # 1945年发表《某某公告》: a declaration issued long ago stands
    elif agreement.state == "signed" and agreement.kind == "partnership":
        agreement.state = "in_force"  # an alliance concluded (缔结同盟) stands until something ends it
    fact = next((m.fact for m in mentions if m.fact is not None), None)
    resumed = any(p == where and s == "resumed" for p, s in states)
    if fact is not None and not resumed:
        agreement_facts.apply(doc, agreement, fact, where)
    evidence_mention = next((m for m in mentions if m.sentence.start <= where < m.sentence.end), mentions[0])
    agreement.evidence = _clause(doc, evidence_mention.sentence, where if where >= 0 else evidence_mention.name.start)
    agreement.brokers = agreement_parties.brokers(doc, mentions)
    agreement.parties = sorted(fact.parties) if fact and fact.parties else _third_party_proposers(doc, agreement, mentions)
    if fact is None:  # 英国与日本签订的同盟条约: the well-known one of these parties by that name
        fact = agreement_facts.by_parties(agreement.name.text, agreement.parties)
        if fact is not None and not resumed:
            agreement_facts.apply(doc, agreement, fact, where)
    if where >= 0:
        agreement.state_date = _day(doc, evidence_mention.sentence, where)
    agreement.violations_alleged_by = agreement_parties.violations(doc, mentions)
    agreement.next_steps = next_steps(doc, mentions)
    return agreement


def _third_party_proposers(doc: Analysis, agreement: Agreement, mentions: list[_Mention]) -> list[str]:
    """The parties; states that put forward a ceasefire or peace plan for two other sides are its brokers
    (埃及和卡塔尔提出的停火方案遭以色列拒绝), while a proposer that is one of the sides stays a party
    (俄罗斯拒绝了乌克兰提出的停火提议): the proposers are brokers only where two parties remain without them."""
    parties = _parties(doc, agreement, mentions)
    if not (agreement.kind == "ceasefire" or _PEACE.search(agreement.name.text)):
        return parties
    proposers = {code for m in mentions for match in _PROPOSED_BY.finditer(doc.norm_text, m.sentence.start, m.name.start)
                 if match.end() >= m.name.start - 8 and not re.search(r"[，,。；;]", doc.norm_text[match.end():m.name.start])
                 for code in _listed_states(doc, match.start("who"), match.end("who")) or _envoy_state(doc, match)}
    proposers -= set(agreement.brokers)
    if not proposers or not proposers & set(parties):
        return parties
    brokers = agreement.brokers
    agreement.brokers = sorted(set(brokers) | proposers)
    without = _parties(doc, agreement, mentions)
    if len(without) >= MIN_PARTIES:
        return without
    agreement.brokers = brokers
    return parties


def _envoy_state(doc: Analysis, proposal: re.Match) -> list[str]:
    """美国总统特使某某上月提出的停火方案: a proposer named by the one state opening the phrase, with an
    office or a name after it (a state's envoy speaks for it)."""
    found = actor_mentions(doc, proposal.start("who"), proposal.end("who"))
    states = {code for _, code in found}
    return list(states) if len(states) == 1 and found[0][0].start == proposal.start("who") else []


def _listed_states(doc: Analysis, start: int, end: int) -> list[str]:
    """The states of a phrase that is nothing but states joined by 、/和/与/及 (埃及、卡塔尔和美国), else none."""
    found = actor_mentions(doc, start, end)
    rest = doc.norm_text[start:end]
    for span, _ in sorted(found, key=lambda pair: -pair[0].start):
        rest = rest[:span.start - start] + rest[span.end - start:]
    return [code for _, code in found] if found and re.fullmatch(r"[、和与及]*", rest) else []


def _parties(doc: Analysis, agreement: Agreement, mentions: list[_Mention]) -> list[str]:
    """The states the name runs together (中德, 美日韩) or the grouping it names (“四方安全对话”机制),
    else the subjects of the clauses acting on it (英国与日本缔结同盟条约), the states after it only
    where no clause names a subject (not 俄国 of 同盟条约针对俄国); the article's two main states where
    a clause says 双方 / 两国, or for a peace plan with one side named."""
    exclude = set(agreement.brokers)
    if any(m.parties for m in mentions):
        return sorted({p for m in mentions for p in m.parties})
    for mention in mentions:  # 甲国与乙国就丙国停火协议举行会谈: the topic's states, not the talkers
        topic = agreement_parties.talked_over(doc, _clause_around(doc, mention.sentence, mention.name, 1), mention.name)
        if topic:
            return sorted(set(topic) - exclude)
    runs = [agreement_parties.name_run(doc, mention.name) for mention in mentions]
    own = next((run for run, in_name in runs if in_name and len(run) >= 2), None)
    pair = agreement_parties.pair_before(doc, mentions[0].sentence.start, mentions[0].name.start)
    if pair and not (own and set(pair) & set(own)):
        own = pair  # 巴西和巴拉圭的伊泰普…条约, 甲国提出乙国和丙国停火方案: the pair named outweighs the rest
    if own:
        return sorted(set(own))
    group = next((agreement_parties.group_in(m.name.text) for m in mentions if agreement_parties.group_in(m.name.text)), ())
    if group:
        return sorted(set(group))
    strong, subjects, objects, both_sides = set(), set(), set(), False
    open_treaty = any(m.fact is not None and not m.fact.parties for m in mentions)
    for mention, (run, _) in zip(mentions, runs):
        clause = _clause_around(doc, mention.sentence, mention.name)
        if open_treaty and _NOT_JOINED.search(doc.norm_text, clause.start, mention.name.start):
            continue  # a state that has not ratified 《联合国海洋法公约》 is no party to that open treaty
        group = agreement_parties.group_in(_after_listed_groups(clause.text[:max(0, mention.name.start - clause.start)]))
        before, after = ([], []) if group else agreement_parties.clause_sides(doc, clause, mention.name)
        own = set(agreement_parties.clause_sides(doc, _clause_around(doc, mention.sentence, mention.name, 1),
                                                 mention.name)[0]) | set(run) | set(group)
        if len(own - exclude) >= MIN_PARTIES:
            strong |= own  # 为了对抗俄国，英国与日本签订了同盟条约: the clause's own subjects
        subjects |= set(run) | set(group) | set(before)
        if not before:
            objects |= set(after)
        both_sides = both_sides or bool(re.search(r"双方|两国|三方", clause.text))
    subjects = strong or subjects  # mentions naming two parties in their own clause outweigh the rest
    subjects, objects = subjects - exclude, objects - exclude
    least = 1 if _titled(doc, agreement) else MIN_PARTIES  # who acts on a titled treaty is its party here
    parties = sorted(subjects if len(subjects) >= least else subjects | objects)
    concluded = len(parties) < MIN_PARTIES and any(_CONCLUDED.search(doc.norm_text, m.sentence.start, m.name.start)
                                          or _CONCLUDED_BY.search(doc.norm_text, m.sentence.start, m.name.start) for m in mentions)
    if concluded:  # 中方表示，近期达成的协议仍在正轨: at most one side named of an agreement reached; its sides
        # are the paragraph's two main states (达成 takes two), as for 双方 below
        # (only where the sentence names states, all of them among the two: not firms agreeing in a
        # business report whose paragraph names a country)
        near = _near_parties(doc, mentions[0].sentence, exclude)
        actors = actor_mentions(doc, mentions[0].sentence.start, mentions[0].sentence.end)
        named = {code for _, code in actors if code not in agreement_parties.NOT_A_STATE}
        firm = any(span.text in agreement_parties.business_names() for span, _ in actors)  # 某公司与某市签署: a firm's deal
        if len(near) == MIN_PARTIES and set(parties) < set(near) and named and named <= set(near) and not firm:
            parties = near
    if len(parties) < 2 and (both_sides or _PEACE.search(agreement.name.text)):
        earlier = agreement_parties.run_before(doc, mentions[0].sentence.start) if both_sides else []
        near = _near_parties(doc, mentions[0].sentence, exclude) if both_sides else []
        near = near if set(parties) <= set(near) else []  # the side already found must be one of the two
        parties = sorted(set(parties) | set(earlier or near or _main_parties(doc, exclude=exclude)))
    return agreement_parties.programme_owner(doc, agreement, runs, parties)


def _after_listed_groups(prefix: str) -> str:
    """The clause before a name without the groupings listed as items of their own (先加固“五眼联盟”，再推销“四边机制”、
    拉拢“三边…”: a grouping closed by a list mark or comma is another item, not the party of the name after it)."""
    for name in agreement_parties.group_members():
        prefix = re.sub(re.escape(name) + r"[”》]?[、，,]", "", prefix)
    return prefix


def _kind(kinds: list[str]) -> str:
    for preferred in ("ceasefire", "treaty", "deal", "partnership", "plan", "agreement", "memorandum"):
        if preferred in kinds:
            return preferred
    return "other"


def _near_parties(doc: Analysis, sentence: Span, exclude: set) -> list[str]:
    """The two states named most in the sentence's paragraph (两国国防部签署…: the two the paragraph is
    about, not the article's), where no third is named as often as the second."""
    counts: dict[str, int] = {}
    paragraph = next((p for p in doc.article.paragraphs if p.start <= sentence.start < p.end), sentence)
    for _, code in actor_mentions(doc, paragraph.start, max(paragraph.end, sentence.end)):
        if code not in exclude and code not in agreement_parties.NOT_A_STATE and code not in ("EU", "UN", "NATO"):
            counts[code] = counts.get(code, 0) + 1
    return two_most_named(counts)


def _main_parties(doc: Analysis, exclude: set) -> list[str]:
    counts = country_counts(doc, types=None, exclude=set(exclude) | agreement_parties.NOT_A_STATE)
    return sorted(counts, key=lambda c: -counts[c])[:2]


def _day(doc: Analysis, sentence: Span, position: int) -> Optional[str]:
    times = [t for t in find_times(doc.norm_text, doc.article.published_at, sentence.start, sentence.end)
             if t.precision in ("day", "part_of_day") and t.value]
    return times[0].value if times else None


def _clause(doc: Analysis, sentence: Span, position: int) -> Span:
    text = doc.norm_text
    start = position
    while start > sentence.start and text[start - 1] not in "，,；;。":
        start -= 1
    end = position
    while end < sentence.end and text[end] not in "，,；;。":
        end += 1
    return _span(doc, start, end)
