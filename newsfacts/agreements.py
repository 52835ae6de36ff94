"""Agreements stage: treaties, deals, ceasefires, memoranda, plans and partnerships the article
reports, one record per agreement across its names, with parties, brokers, latest state and next steps."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from . import actors, agreement_parties, index, lexicon
from .model import Agreement, Analysis, Options, Span
from .nlp.chinese import span as _span
from .timex import find_times

# Lifecycle order: a later mention of a more advanced state wins; ending states win over all.
_ORDER = ["proposed", "negotiating", "agreed_in_principle", "signed", "ratified", "in_force"]
_ENDINGS = ("expired", "terminated", "suspended", "rejected")
_STOP_BEFORE = set("，,。；;：:！？!?“”《》、（）() \n")
_DETERMINERS = re.compile(r"(?:一份|一项|一个|一版|这一|这项|这份|该|此|那份|这个|其)$")
_VERBS_BEFORE = re.compile(r"(?:签署了|签署|签订|达成|拒绝了|拒绝|同意的|促成的|起草的|敲定|谈妥|提出|违反了|违反|遵守了|遵守"
                           r"|退出|批准|实施|落实|就|对|与|和|在|于|是|的)$")
_BROKER = re.compile(r"由(?P<who>[^，,。的]{1,10}?)(?:促成|斡旋|调停|起草|主导|牵头|提出)"
                     r"|(?:在|经)(?P<via>[^，,。在]{1,12}?)的?(?:斡旋|调停|调解|撮合)"
                     r"|(?P<helper>[^，,。]{1,8}?)(?:成功)?(?:帮助|协助|撮合|推动)(?=[^，,。]{2,20}(?:实现|达成))")
_PEACE = re.compile(r"停火|停战|休战|和平")
MAX_NAME = 20
QUOTED_NAME = 14  # a quoted phrase this short ending in a head noun is the agreement's name
_GENERIC = ("拟议", "相关", "最终", "正式", "初步", "全面", "更具体", "具体", "新", "该", "这一", "这项", "上述", "此前",
            "临时", "暂时", "部分", "永久")
NEARBY = 300  # a letter of intent this close after a deal's mention belongs to that deal
MIN_PARTIES = 2
SIMILAR_CORE = 0.6  # share of the shorter core's character pairs that makes two names one agreement
_GENERIC_BIGRAMS = {"协议", "协定", "停火", "交易", "计划", "条约", "这一", "该协", "关于", "部分", "临时"}
_VERBAL_NOUNS = ("计划", "提议", "倡议", "交易", "声明")
_GENERIC_HEADS = ("协议", "协定", "文件", "这一协议", "该协议", "此协议", "这项协议", "这份协议", "这份文件")
_MODIFIER_TAGS = {"n", "nz", "nw", "vn", "an", "a", "LOC", "ORG", "PER", "f", "s"}
_BARE = {"协议", "协定", "条约", "公约", "交易", "计划", "大纲", "计划大纲", "方案", "备忘录", "声明", "提议", "倡议"}
_PROPOSAL = re.compile(r"(?:组建|建立|成立|构建|打造)(?!了|起)|提出|倡议|呼吁|考虑|设想")
_LABEL = re.compile(r"(?:形容为|称为|称之为|视为|看作|比作|比喻为|所谓|所谓的)[“「]?$")
_PARTNERSHIP_QUALIFIER = re.compile(r"战略|全面|全方位|安全|军事|防务|同盟|联盟|三边|四边|三方|四方|对话|协调")
BOOK_NAME = 30  # a title in 《》 this short ending in a head noun is the agreement's name
LONG_AGO = 2  # years between a signing and the article after which an unended treaty is in force
_LASTING = ("treaty", "partnership", "agreement", "other")
SUBJECT_REACH = 12  # a state verb one comma after the name, this close, still predicates it
STATE_WINDOW = 14  # characters after a mention searched for its state verb


@dataclass
class _Mention:
    name: Span
    kind: str
    sentence: Span
    states: list[tuple[int, str]] = field(default_factory=list)


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, list[tuple[str, str]]]:
    """data/agreements.tsv by kind: noun → [(word, agreement kind)], state → [(word, state)], …"""
    out: dict[str, list[tuple[str, str]]] = {"noun": [], "state": [], "anaphor": [], "next": [], "default": [],
                                             "governing": []}
    for kind, word in lexicon.rows("agreements.tsv"):
        group, _, value = kind.partition(":")
        out[group].append((word, value))
    for group in out.values():
        group.sort(key=lambda pair: -len(pair[0]))
    return out


@lru_cache(maxsize=4)
def _pattern(group: str) -> re.Pattern:
    return lexicon.alternation(w for w, _ in vocabulary()[group])


def extract(doc: Analysis, options: Options) -> Analysis:
    """Stage: agreement records with their latest state, parties, brokers and next steps."""
    records: list[tuple[Agreement, list[_Mention]]] = []
    for mention in _mentions(doc):
        target = _same_as(doc, records, mention)
        if target is None:
            records.append((Agreement(name=mention.name, kind=mention.kind, state="proposed", evidence=mention.sentence),
                            [mention]))
        else:
            target[1].append(mention)
            if mention.name.text != target[0].name.text:
                target[0].aliases.append(mention.name)
    finished = [_finish(doc, agreement, mentions) for agreement, mentions in records]
    doc.agreements = [a for a in finished if len(a.parties) >= MIN_PARTIES or a.parties and _titled(doc, a)]
    return doc


def _mentions(doc: Analysis) -> list[_Mention]:
    text = doc.norm_text
    found: list[_Mention] = []
    nouns = dict(vocabulary()["noun"])
    for sentence in doc.sentences:
        for match in _pattern("anaphor").finditer(text, sentence.start, sentence.end):
            found.append(_Mention(_span(doc, match.start(), match.end()), "anaphor", sentence))
        for match in _pattern("noun").finditer(text, sentence.start, sentence.end):
            if any(m.name.start <= match.start() < m.name.end for m in found):
                continue
            if _pattern("noun").match(text, match.end()):
                continue  # 伙伴关系 in 经济伙伴关系协定: the last head noun names it
            if _used_as_verb(doc, match.group(0), match.end()) \
                    or text[max(sentence.start, match.start() - 3):match.start()].endswith(("所谓", "所谓的")):
                continue  # 外务省计划2022年设立 (a verb), 所谓的和平协议 (scare quotes)
            if match.group(0) == "机制" and text[match.end():match.end() + 1] == "性":
                continue  # 机制性对话: an adjective
            start = _name_start(doc, sentence.start, match.start())
            for opener, closer, longest in (("《", "》", BOOK_NAME), ("“", "”", QUOTED_NAME)):
                at = text.rfind(opener, max(sentence.start, match.start() - longest), match.start())
                if 0 <= at and match.end() - at <= longest and text[match.end():match.end() + 1] == closer \
                        and closer not in text[at:match.start()]:
                    start = at + 1  # a named agreement: 《美菲共同防御条约》, “阿尔忒弥斯计划”
            if text[start - 1:start] == "”":  # “奥库斯”三边安全伙伴关系, “四方安全对话”机制
                at = text.rfind("“", max(sentence.start, start - QUOTED_NAME), start)
                start = at if at >= 0 else start
            name = _span(doc, start, match.end())
            if _LABEL.search(text[max(sentence.start, start - 6):start]):
                continue  # 形容为“新某某同盟”: a label for a relation, not an arrangement
            kind = "ceasefire" if re.search(r"停火|停战|休战", name.text) else nouns[match.group(0)]
            if name.text in _BARE and not _refers_back(found, match.group(0)):
                continue  # a bare 协议 / 条约 with nothing named before it
            if kind in ("plan", "deal") and not _looks_political(doc, sentence, name):
                continue
            if kind == "partnership" and not _specific_partnership(doc, name):
                continue  # 政治伙伴关系的基础, 最大贸易伙伴: a relation, not an arrangement
            found.append(_Mention(name, kind, sentence))
    found.extend(_acronym_mentions(doc, found))
    for mention in found:
        mention.states = _states(text, mention)
    found.sort(key=lambda m: m.name.start)
    for first, second in zip(found[::-1][1:], found[::-1]):
        if not first.states and re.fullmatch(r"、|和|及|与|以及", text[first.name.end:second.name.start]):
            first.states = list(second.states)  # 甲协定、乙协议文本达成一致: one verb for the list
    return found


def _acronyms(doc: Analysis) -> dict[str, str]:
    """《区域全面经济伙伴关系协定》（RCEP）: the Latin short name given in brackets after a title."""
    return {m.group("short"): m.group("name")
            for m in re.finditer(r"《(?P<name>[^》]{2,30})》[（(](?P<short>[A-Z][A-Za-z]{1,9})[）)]", doc.norm_text)}


def _acronym_mentions(doc: Analysis, found: list[_Mention]) -> list[_Mention]:
    """Later uses of a title's short name (加入RCEP) are mentions of that agreement."""
    extra = []
    for short, full in _acronyms(doc).items():
        kind = next((m.kind for m in found if m.name.text == full), None)
        if kind is None:
            continue
        for match in re.finditer(rf"(?<![A-Za-z]){re.escape(short)}(?![A-Za-z])", doc.norm_text):
            sentence = next((s for s in doc.sentences if s.start <= match.start() < s.end), None)
            if sentence and doc.norm_text[match.start() - 1:match.start()] not in "（(":
                extra.append(_Mention(_span(doc, match.start(), match.end()), kind, sentence))
    return extra


def _specific_partnership(doc: Analysis, name: Span) -> bool:
    """An alliance, partnership or mechanism is an arrangement when its name is quoted, runs its
    parties together (美韩同盟) or says what kind it is (全面战略, 安全, 军事)."""
    if "贸易伙伴" in name.text:
        return False
    quoted = doc.norm_text[name.start - 1:name.start] in ("“", "《") or name.text.startswith("“")
    return quoted or bool(_PARTNERSHIP_QUALIFIER.search(name.text)) \
        or len(agreement_parties.name_run(doc, name)[0]) >= 2 and agreement_parties.name_run(doc, name)[1]


def _name_start(doc: Analysis, floor: int, noun_start: int) -> int:
    """Walk back over the words that modify the head noun (矿产交易, 和平计划大纲, 关于能源基础设施的
    部分停火协议): nouns and adjectives, never a verb, number, pronoun or preposition."""
    text = doc.norm_text
    tokens = _tokens_before(doc, floor, noun_start)
    start = noun_start
    governing = {word for word, _ in vocabulary()["governing"]}
    for index in range(len(tokens) - 1, -1, -1):
        span, tag = tokens[index]
        if (tag not in _MODIFIER_TAGS and not _inner_verb(tokens, index, governing)) or \
                noun_start - span.start > MAX_NAME or any(c in _STOP_BEFORE for c in span.text):
            break
        start = span.start
    about = text.rfind("关于", max(floor, noun_start - MAX_NAME), noun_start)
    if 0 <= about < start and not any(c in _STOP_BEFORE for c in text[about:noun_start]):
        start = about
    return start


def _titled(doc: Analysis, agreement: Agreement) -> bool:
    """A treaty named in 《》 (《某某公约》) is an agreement even with one party named acting on it."""
    return doc.norm_text[agreement.name.start - 1:agreement.name.start] == "《"


def _inner_verb(tokens: list[tuple[Span, str]], index: int, governing: set) -> bool:
    """A verb inside a compound name (渔业合作协定, 海上搜救热线协议): a run of verbs, none governing
    an agreement, with a noun or place word just before the run."""
    while index >= 0 and tokens[index][1] == "v":
        if tokens[index][0].text in governing:
            return False
        index -= 1
    return index >= 0 and tokens[index][1] in _MODIFIER_TAGS - {"a", "an"} and tokens[index][0].text not in governing


def _used_as_verb(doc: Analysis, noun: str, end: int) -> bool:
    """计划/提议 followed by a date, number, verb or preposition is the verb 'to plan'."""
    if noun not in _VERBAL_NOUNS:
        return False
    nxt = index.token_starting_at(doc, end)
    return nxt is not None and nxt[1] in ("m", "TIME", "t", "v", "p")


def _tokens_before(doc: Analysis, floor: int, end: int) -> list[tuple[Span, str]]:
    return index.tokens_in(doc, floor, end)


def _looks_political(doc: Analysis, sentence: Span, name: Span) -> bool:
    """A plan or deal is an agreement where it concerns peace, or two states are party to it
    (和平计划大纲, 美国的“阿尔忒弥斯计划” that Japan joins) — not a country's own programme."""
    text = doc.norm_text
    if _PEACE.search(name.text):
        return True
    quoted = text[name.start - 1:name.start] in ("“", "《", "「") and text[name.end:name.end + 1] in ("”", "》", "」")
    governed = re.search(r"(?:签署|达成|提出|起草|接受|拒绝|加入|参与|退出|敲定|谈判)了?[^，,。]{0,12}$", text[sentence.start:name.start])
    return bool(quoted or governed) and bool(agreement_parties.clause_parties(doc, _clause_around(doc, sentence, name), name))


def _refers_back(found: list[_Mention], noun: str) -> bool:
    return any(m.name.text.endswith(noun) and m.name.text != noun for m in found)


def _clause_around(doc: Analysis, sentence: Span, name: Span) -> Span:
    """The clause holding the name and the clause before it (where its subject usually is)."""
    text = doc.norm_text
    start = name.start
    breaks = 0
    while start > sentence.start:
        if text[start - 1] in "，,；;":
            breaks += 1
            if breaks == 2:
                break
        start -= 1
    end = name.end
    while end < sentence.end and text[end] not in "，,；;。":
        end += 1
    return Span(start, end, text[start:end])


def _states(text: str, mention: _Mention) -> list[tuple[int, str]]:
    """State words governing the mention: a verb before it (签署了一份意向书, 拒绝了…的停火提议) or
    after it (已于周四到期), not one inside a relative clause (暂停…打击的协议) or negated."""
    states = []
    lo = max(mention.sentence.start, mention.name.start - STATE_WINDOW)
    hi = min(mention.sentence.end, mention.name.end + STATE_WINDOW)
    words = dict(vocabulary()["state"])
    for match in _pattern("state").finditer(text, lo, hi):
        inside = mention.name.start <= match.start() < mention.name.end
        if inside and match.group(0) not in ("意向书", "联合声明"):
            continue
        before_name = match.end() <= mention.name.start
        between = text[match.end():mention.name.start] if before_name else text[mention.name.end:match.start()]
        if text[match.end():match.end() + 2] in ("时间", "日期", "期限", "条款") or \
                any(c in "；;。" for c in between) or _commas_block(text, between, before_name, match.end()):
            continue
        if before_name and "的" in between and text[match.end():match.end() + 1] in "对在向把将给":
            continue  # 暂停对能源设施打击的协议: the verb, with its own object, only describes it
        if re.search(r"(?:没有|并没有|未|未能|不|尚未)$", text[max(mention.sentence.start, match.start() - 3):match.start()]):
            continue
        state = words[match.group(0)]
        if state in ("signed", "ratified", "in_force") and _is_future(text, mention.sentence.start, match.start()):
            if state == "signed":
                states.append((match.start(), "negotiating"))  # 访问期间双方会签署: still being prepared
            continue
        if _is_threat(text, mention.sentence.start, match.start()):
            continue  # 威胁退出, 扬言暂停: a threat, not the act
        if state == "rejected" and not before_name:
            continue  # the agreement rejects nothing; 拒绝 must come before the thing rejected
        states.append((match.start(), state))
    if re.search(r"此前的|之前的|上一版|前一版|一版", text[max(mention.sentence.start, mention.name.start - 6):mention.name.start]):
        return []  # an earlier version's fate is not this agreement's state
    return states


def _long_ago(doc: Analysis, position: int) -> bool:
    """The signing this sentence dates is years before the article: a year at least LONG_AGO before
    its publication (or the latest year it names), or 几十年前 / 70年前."""
    text = doc.norm_text
    sentence = next((s for s in doc.sentences if s.start <= position < s.end), None)
    if sentence is None:
        return False
    lead = text[sentence.start:position]
    if re.search(r"(?:\d+|[几数多十二三四五六七八九]+十?)年前|早在|当年|上世纪", lead):
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
    return not re.fullmatch(r"(?:已经?|早已|现已|如今|目前|随后|也|均|都)?", lead) or text[verb_end:verb_end + 1] in "对在向把将给"


def _is_future(text: str, start: int, position: int) -> bool:
    before = text[max(start, position - 8):position]
    return bool(re.search(r"将|即将|准备|计划|有望|可能|未能|接下来|然后|下一步|还需|仍需|尚需|有待|需要|申请|寻求|希望", before)) \
        or before.endswith("会")


def _is_threat(text: str, start: int, position: int) -> bool:
    before = text[max(start, position - 4):position]
    return bool(re.search(r"威胁|扬言|考虑|或将|警告|如果|若|要求|呼吁", before))


def _same_as(doc: Analysis, records, mention: _Mention):
    """The earlier record this mention names again: an anaphor (这一协议, 该交易) or a bare or
    generic name (条约, 拟议协议) for the latest of its kind, the same core name (矿产交易 /
    矿产交易协议), or a letter of intent for the deal just named."""
    if not records:
        return None
    full = _acronyms(doc).get(mention.name.text)
    named = next((r for r in records if full and r[0].name.text == full), None)
    if named:
        return named
    head = _head(mention.name.text)
    core = _core(mention.name.text)
    fresh = re.match(r"新(?!闻)|类似|另一|又一|其他|其它", mention.name.text)  # 达成新协议: another one
    if mention.kind == "anaphor" or not core and not fresh:
        compatible = [r for r in records if head in _GENERIC_HEADS or r[0].kind == mention.kind or
                      any(_head(n.text) == head for n in [r[0].name, *r[0].aliases])]
        if compatible or mention.kind == "anaphor":
            return _closest_topic(doc, compatible or records, mention)
    for record in reversed(records):
        names = [record[0].name.text] + [a.text for a in record[0].aliases]
        if any(_same_core(core, head, n) for n in names):
            return record
    latest = max(records, key=lambda r: r[1][-1].name.start)
    listed = re.fullmatch(r"、|和|及|与|以及", doc.norm_text[latest[1][-1].name.end:mention.name.start]) or fresh
    if mention.kind in ("memorandum", "agreement") and latest[0].kind in ("deal", "agreement") and not listed:
        if mention.name.start - latest[1][-1].name.end < NEARBY or _sentence_shares_memorandum(latest, mention):
            return latest  # 签署了一份意向书 right after the deal: its letter of intent
    return None


def _same_core(core: str, head: str, name: str) -> bool:
    """矿产交易 / 矿产交易协议 (one core holds the other), 英日同盟 / 同盟条约 (a bare name holding the
    head), but not 日美同盟 / 日美安全保障条约 (a core that only names the parties)."""
    other = _core(name)
    if not other:
        return len(head) >= 2 and head in name and _head(name) not in ("", head)  # 同盟 in 同盟条约
    if len(core) < 2:
        return False
    shorter = min(core, other, key=len)
    if all(c in agreement_parties.abbreviations() for c in shorter) and _head(name) != head:
        return False
    return core in other or other in core or _similar(core, other)


def _similar(a: str, b: str) -> bool:
    """Two cores that share most of their character pairs (两国领导人巴厘岛会晤重要 / 领导人会晤重要)."""
    pairs_a, pairs_b = ({x[i:i + 2] for i in range(len(x) - 1)} for x in (a, b))
    return bool(pairs_a and pairs_b) and len(pairs_a & pairs_b) / min(len(pairs_a), len(pairs_b)) >= SIMILAR_CORE


def _closest_topic(doc: Analysis, records, mention: _Mention):
    """Of the records a bare name may mean, the one whose name shares most words with the
    mention's sentence (临时停火协议，即暂停对能源基础设施…的协议 → the energy ceasefire); ties go
    to the one mentioned last."""
    sentence = mention.sentence.text

    def overlap(record) -> int:
        names = [record[0].name.text] + [a.text for a in record[0].aliases]
        grams = {n[i:i + 2] for n in names for i in range(len(n) - 1)} - _GENERIC_BIGRAMS
        return sum(1 for g in grams if g in sentence)

    return max(records, key=lambda r: (overlap(r), r[1][-1].name.start))


def _head(name: str) -> str:
    return next((word for word, _ in vocabulary()["noun"] if name.endswith(word)), "")


def _sentence_shares_memorandum(record, mention: _Mention) -> bool:
    return any(m.sentence == mention.sentence and m.kind == "memorandum" for m in record[1])


def _core(name: str) -> str:
    """The specific part of a name: 矿产 of 矿产交易协议; empty for 条约, 拟议协议, 计划大纲, 这一协议."""
    core = name
    changed = True
    while changed:
        changed = False
        for word, _ in vocabulary()["noun"] + vocabulary()["anaphor"]:
            if core.endswith(word):
                core, changed = core[: -len(word)], True
                break
    core = core.replace("关于", "").strip("的")
    for generic in _GENERIC:
        core = core.replace(generic, "")
    return core


def _finish(doc: Analysis, agreement: Agreement, mentions: list[_Mention]) -> Agreement:
    text = doc.norm_text
    states = sorted((pos, state) for m in mentions for pos, state in m.states)
    kinds = [m.kind for m in mentions if m.kind != "anaphor"]
    if "memorandum" in kinds and any(s == "signed" for _, s in states):
        states = [(p, "agreed_in_principle" if s == "signed" else s) for p, s in states]
    agreement.kind = _kind(kinds)
    agreement.state, where = _latest(states)
    if where < 0:
        agreement.state = _default_state(doc, agreement, mentions)
    elif agreement.state == "signed" and agreement.kind in _LASTING and _long_ago(doc, where):
        agreement.state = "in_force"  # 1984年签署 with nothing ending it since: in force now
    evidence_mention = next((m for m in mentions if m.sentence.start <= where < m.sentence.end), mentions[0])
    agreement.evidence = _clause(doc, evidence_mention.sentence, where if where >= 0 else evidence_mention.name.start)
    agreement.brokers = _brokers(doc, mentions)
    agreement.parties = _parties(doc, agreement, mentions)
    if where >= 0:
        agreement.state_date = _day(doc, evidence_mention.sentence, where)
    agreement.violations_alleged_by = _violations(doc, mentions)
    agreement.next_steps = _next_steps(doc, mentions)
    return agreement


def _default_state(doc: Analysis, agreement: Agreement, mentions: list[_Mention]) -> str:
    """With no state word: the kind's default (an alliance named is in force), unless a clause
    presents it as a plan or proposal (将组建…机制, 提出“核共享”, 形容为“…同盟”)."""
    defaults = dict(vocabulary()["default"])
    kinds = {agreement.kind} | {m.kind for m in mentions}
    state = next((defaults[k] for k in kinds if k in defaults), "proposed")
    if _titled(doc, agreement):
        state = "in_force"  # a treaty named by its title in 《》 exists
    for mention in mentions:
        lead = doc.norm_text[max(mention.sentence.start, mention.name.start - STATE_WINDOW):mention.name.start]
        if _PROPOSAL.search(lead.split("，")[-1]):
            return "proposed"
    return state


def _brokers(doc: Analysis, mentions: list[_Mention]) -> list[str]:
    brokers = []
    for mention in mentions:
        for match in _BROKER.finditer(doc.norm_text, mention.sentence.start, mention.name.end):
            group = next(g for g in ("who", "via", "helper") if match.group(g))
            brokers.extend(actors.codes_in(doc, match.start(group), match.end(group)))
    return sorted(set(brokers))


def _parties(doc: Analysis, agreement: Agreement, mentions: list[_Mention]) -> list[str]:
    """The states the name runs together (中德, 美日韩), else those of the clauses making it; the
    article's two main states where a clause says 双方 / 两国, or for a peace plan with one side named."""
    exclude = set(agreement.brokers)
    runs = [agreement_parties.name_run(doc, mention.name) for mention in mentions]
    own = next((run for run, in_name in runs if in_name and len(run) >= 2), None)
    if own:
        return sorted(set(own))
    parties, both_sides = [code for run, _ in runs for code in run], False
    for mention in mentions:
        clause = _clause_around(doc, mention.sentence, mention.name)
        parties.extend(agreement_parties.clause_parties(doc, clause, mention.name))
        both_sides = both_sides or bool(re.search(r"双方|两国", clause.text))
    parties = sorted(set(parties) - exclude)
    if len(parties) < 2 and (both_sides or _PEACE.search(agreement.name.text)):
        earlier = agreement_parties.run_before(doc, mentions[0].sentence.start) if both_sides else []
        parties = sorted(set(parties) | set(earlier or _main_parties(doc, exclude=exclude)))
    return parties


def _kind(kinds: list[str]) -> str:
    for preferred in ("ceasefire", "treaty", "deal", "partnership", "plan", "agreement", "memorandum"):
        if preferred in kinds:
            return preferred
    return "other"


def _latest(states: list[tuple[int, str]]) -> tuple[str, int]:
    endings = [(p, s) for p, s in states if s in _ENDINGS]
    if endings:
        return endings[-1][1], endings[-1][0]
    progress = [(p, s) for p, s in states if s in _ORDER]
    if not progress:
        return "proposed", -1
    position, state = max(progress, key=lambda ps: (_ORDER.index(ps[1]), ps[0]))
    return state, position


def _main_parties(doc: Analysis, exclude: set) -> list[str]:
    counts: dict[str, int] = {}
    for entity in doc.entities:
        if entity.country and entity.country not in exclude:
            counts[entity.country] = counts.get(entity.country, 0) + len(entity.mentions)
    return sorted(counts, key=lambda c: -counts[c])[:2]


def _violations(doc: Analysis, mentions: list[_Mention]) -> list[str]:
    """Who accuses whom of breaking it: accusation events in the agreement's sentences."""
    sentences = {(m.sentence.start, m.sentence.end) for m in mentions}
    accusers = set()
    for event in doc.events:
        if event.type == "ACCUSE" and event.source and any(s <= event.trigger.start < e for s, e in sentences):
            accusers.add(event.source)
    return sorted(accusers)


def _next_steps(doc: Analysis, mentions: list[_Mention]) -> list[Span]:
    """接下来是敲定协议文本并签署，然后由两国议会批准: the steps a statement names as still ahead."""
    text = doc.norm_text
    steps = []
    paragraphs = [p for p in doc.article.paragraphs if any(p.start <= m.name.start < p.end for m in mentions)]
    for paragraph in paragraphs:
        for match in _pattern("next").finditer(text, paragraph.start, paragraph.end):
            start = match.end()
            end = start
            while end < paragraph.end and text[end] not in "，,。；;！？”":
                end += 1
            if 2 <= end - start <= 30:
                steps.append(_span(doc, start, end))
    return steps


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
