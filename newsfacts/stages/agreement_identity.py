"""Which agreement a mention names: one told before under another name (an anaphor, a bare or generic
name, the same core name, a known name, a letter of intent for the deal just named), or a new one."""
from __future__ import annotations

import re

from ..doc import actor_mentions, codes_in, mentions_in
from ..model import Analysis, Span
from ..nlp.words import state_abbreviations
from .agreement_mentions import Mention, acronyms, other_in_series
from .agreement_states import clause_start, vocabulary

# 这是…的首份协议, 该协定是…: a clause describing the agreement just named by a predicate naming it again.
_SAID_OF_IT = re.compile(r"(?:这|此|它|该[^，,。；;是为]{0,6}?)(?:也|将|将会|或将|无疑|被视为|被称为)?(?:是|为|成为)")
_TOPIC_WORDS = {"合作", "安全", "经济", "战略", "贸易", "军事", "防务", "国际", "双边", "多边", "和平", "投资"}
_GENERIC = ("拟议", "相关", "最终", "正式", "初步", "全面", "更具体", "具体", "新", "该", "这一", "这项", "上述", "此前",
            "临时", "暂时", "部分", "局部", "永久", "现行", "现有", "原有")
NEARBY = 300  # a letter of intent this close after a deal's mention belongs to that deal
SIMILAR_CORE = 0.6  # share of the shorter core's character pairs that makes two names one agreement
_GENERIC_BIGRAMS = {"协议", "协定", "停火", "交易", "计划", "条约", "这一", "该协", "关于", "部分", "局部", "临时", "两国", "双方"}
_GENERIC_HEADS = ("协议", "协定", "文件", "这一协议", "该协议", "此协议", "这项协议", "这份协议", "这份文件")
UNDERSTANDING = re.compile(r"谅解备忘录|意向书|意向声明|原则性(?:协议|协定|框架)")  # signed, these still need a formal step
DECLARATION = re.compile(r"(?:声明|宣言|公告|公报)$")


def same_as(doc: Analysis, records, mention: Mention):
    """The earlier record this mention names again: an anaphor (这一协议, 该交易) or a bare or
    generic name (条约, 拟议协议) for the latest of its kind, the same core name (矿产交易 /
    矿产交易协议), or a letter of intent for the deal just named."""
    records = [r for r in records if not any(_topic_of(n, mention.name) or _topic_of(mention.name, n)
                                             for n in [r[0].name, *r[0].aliases]) and not other_in_series(doc.norm_text, r[1], mention)]
    if not records:
        return None
    opening = clause_start(doc.norm_text, mention.sentence.start, mention.name.start)
    said_of = _SAID_OF_IT.match(doc.norm_text, opening, mention.name.start)
    if said_of and opening < mention.name.start and not re.search(r"[，,。；;]", doc.norm_text[said_of.end():mention.name.start]):
        return max(records, key=lambda r: r[1][-1].name.start)  # ，这是两国签署的首份关税协议: what the one just named is
    full = acronyms(doc).get(mention.name.text)
    named = next((r for r in records if full and r[0].name.text == full), None)
    if named:
        return named
    if mention.fact is not None:  # 伊核协议 / 《联合全面行动计划》: one agreement by its known names
        known = next((r for r in records if any(m.fact is mention.fact for m in r[1])), None)
        if known:
            return known
        records = [r for r in records if not any(m.fact is not None for m in r[1])]
        if not records:
            return None
    head = head_noun(mention.name.text)
    core = core_name(mention.name.text)
    # 达成新协议: another one; 签署一系列备忘录, 8项协议: new documents of their own
    fresh = re.match(r"新(?!闻)|类似|同类|同样|另一|又一|其他|其它|一系列|一批|多项|数项|(?:\d+|[二三四五六七八九十两几多数][十]?)[项份]",
                     mention.name.text) or re.search(r"(?:\d+|[二三四五六七八九十两几多数][十]?|一系列)[项份批]$",
                                                     doc.norm_text[max(0, mention.name.start - 6):mention.name.start])
    if mention.kind == "anaphor" or not core and not fresh:
        compatible = [r for r in records if head in _GENERIC_HEADS or r[0].kind == mention.kind or
                      any(head_noun(n.text) == head for n in [r[0].name, *r[0].aliases])]
        if compatible or mention.kind == "anaphor":
            candidates = compatible or records
            if mention.name.text.endswith("文件"):  # 这份文件: a text, not a mechanism or an alliance
                candidates = [r for r in candidates if r[0].kind != "partnership"] or candidates
            return _closest_topic(doc, candidates, mention)
    for record in reversed(records):
        names = [record[0].name.text] + [a.text for a in record[0].aliases]
        if any(_same_core(core, head, n) for n in names) and not any(_other_parties(core, core_name(n)) for n in names):
            return record
    same_head = [r for r in records if any(head_noun(n.text) == head for n in [r[0].name, *r[0].aliases])]
    partner = _named_by_partner(doc, mention, same_head) if core and not fresh else None
    if partner:
        return partner  # 欧盟与某国签署自贸协定…借欧盟协定之机: the agreement named by one of its sides
    bare = [r for r in same_head if r[0].kind == mention.kind and not any(core_name(n.text) for n in [r[0].name, *r[0].aliases])
            and not _other_sides(doc, r, mention)]
    if core and not fresh and len(bare) == 1 and len(same_head) == 1:
        return bare[0]  # 停火协议 in the headline, 黎以停火协议 in the body: the one agreement named fully at last
    latest = max(records, key=lambda r: r[1][-1].name.start)
    listed = re.fullmatch(r"、|和|及|与|以及", doc.norm_text[latest[1][-1].name.end:mention.name.start]) or fresh
    # 伊核协议 … 临时自贸区协定: a name of its own is not one of a well-known agreement's known names
    own = len(core) >= 2 and not UNDERSTANDING.search(mention.name.text) and any(m.fact for m in latest[1])
    # 签署科技协议…还与日本签署了半导体合作备忘录: a memorandum on a topic of its own is another document
    own = own or len(core) >= 2 and not any(_same_core(core, head, n.text) for n in [latest[0].name, *latest[0].aliases])
    if mention.kind in ("memorandum", "agreement") and latest[0].kind in ("deal", "agreement") and not listed and not own \
            and not _other_sides(doc, latest, mention):
        if mention.name.start - latest[1][-1].name.end < NEARBY or _sentence_shares_memorandum(latest, mention):
            return latest  # 签署了一份意向书 right after the deal: its letter of intent
    return None


def _other_sides(doc: Analysis, record, mention: Mention) -> bool:
    """Each of two mentions concluded in a clause of its own naming states, and no state named in both
    (与甲国签署了相关协议；与乙国签署了供气协议): two agreements, not a bare name told again in full."""
    text = doc.norm_text

    def sides(m: Mention) -> set[str]:
        start = clause_start(text, m.sentence.start, m.name.start)
        return set(codes_in(doc, start, m.name.start)) | _firms_states(doc, start, m.name.start)

    ours, theirs = sides(mention), sides(record[1][0])
    return bool(ours) and bool(theirs) and not ours & theirs


def _firms_states(doc: Analysis, start: int, end: int) -> set[str]:
    """States whose full name opens an uncoded organisation of text[start:end] (卡塔尔能源公司: a Qatari side)."""
    from ..kb import KnowledgeBase

    kb, found = KnowledgeBase.load(), set()
    for mention, entity in mentions_in(doc, start, end):
        if entity.type == "ORG" and not entity.country:
            code = next((c.iso3 for size in range(min(6, len(mention.text) - 1), 1, -1)
                         for c in [kb.country(mention.text[:size])] if c), None)
            found |= {code} if code else set()
    return found


def _named_by_partner(doc: Analysis, mention: Mention, records):
    """The one record of the same head whose first sentence names, as an actor, the whole core of this
    mention (欧盟协定 after 欧盟与甲国签署的协定), else None."""
    core = core_name(mention.name.text)
    found = [(span, code) for span, code in actor_mentions(doc, mention.name.start, mention.name.end) if span.text == core]
    if len(found) != 1 or not mention.name.text.startswith(core):
        return None
    code = found[0][1]
    named = [r for r in records if any(c == code for _, c in actor_mentions(doc, r[1][0].sentence.start, r[1][0].name.start))]
    return named[0] if len(named) == 1 else None


def _topic_of(outer: Span, inner: Span) -> bool:
    """关于深化全面战略伙伴关系的联合声明: the partnership is what the declaration is about, a record of its own
    (not 关于矿产交易的意向书, the deal's own letter of intent)."""
    return outer.text.startswith("关于") and bool(DECLARATION.search(outer.text)) and outer.start <= inner.start and inner.end <= outer.end and inner != outer


def _same_core(core: str, head: str, name: str) -> bool:
    """矿产交易 / 矿产交易协议 (one core begins or ends the other, not 安全 inside 四方安全对话), 英日同盟 / 同盟条约 (a bare name holding the
    head), but not 日美同盟 / 日美安全保障条约 (a core that only names the parties)."""
    other = core_name(name)
    if not other:  # 同盟 in 同盟条约; 联合声明 named bare, then 中俄领导人联合声明
        return len(head) >= 2 and head in name and \
            (head_noun(name) not in ("", head) or name == head and bool(DECLARATION.search(head)))
    if len(core) < 2:
        return False
    if _other_parties(core, other):
        return False
    shorter = min(core, other, key=len)
    if all(c in state_abbreviations() for c in shorter) and head_noun(name) != head:
        return False
    longer = other if shorter is core else core
    if shorter in _TOPIC_WORDS and shorter != longer and head_noun(name) != head:
        return False  # 合作协议 / 国际粮食安全合作倡议: a topic word alone names no agreement
    return longer.startswith(shorter) or longer.endswith(shorter) or _similar(core, other)


def _other_parties(core: str, other: str) -> bool:
    """Both names open with a run of state abbreviations, and the runs differ (美日军事同盟 /
    美日韩三方军事同盟): two agreements between other parties."""
    table = state_abbreviations()
    runs = [set(name[:next((i for i, ch in enumerate(name) if ch not in table), len(name))]) for name in (core, other)]
    return all(len(run) >= 2 for run in runs) and runs[0] != runs[1]


def _similar(a: str, b: str) -> bool:
    """Two cores that share most of their character pairs (双方元首日内瓦会谈成果 / 元首会谈成果)."""
    pairs_a, pairs_b = ({x[i:i + 2] for i in range(len(x) - 1)} for x in (a, b))
    fewest = min(len(pairs_a), len(pairs_b))  # one shared pair (对华) is too little to tell
    return fewest >= 2 and len(pairs_a & pairs_b) / fewest >= SIMILAR_CORE


def _closest_topic(doc: Analysis, records, mention: Mention):
    """Of the records a bare name may mean, the one whose name shares most words with the
    mention's sentence (临时停火协议，即暂停对能源基础设施…的协议 → the energy ceasefire); ties go
    to the one mentioned last."""
    sentence = mention.sentence.text

    def overlap(record) -> int:
        names = [record[0].name.text] + [a.text for a in record[0].aliases]
        grams = {n[i:i + 2] for n in names for i in range(len(n) - 1)} - _GENERIC_BIGRAMS
        return sum(1 for g in grams if g in sentence)

    return max(records, key=lambda r: (overlap(r), r[1][-1].name.start))


def head_noun(name: str) -> str:
    return next((word for word, _ in vocabulary()["noun"] if name.endswith(word)), "")


def _sentence_shares_memorandum(record, mention: Mention) -> bool:
    return any(m.sentence == mention.sentence and m.kind == "memorandum" for m in record[1])


def core_name(name: str) -> str:
    """The specific part of a name: 矿产 of 矿产交易协议; empty for 条约, 拟议协议, 计划大纲, 这一协议."""
    core = name
    changed = True
    while changed:
        changed = False
        for word, _ in vocabulary()["noun"] + vocabulary()["anaphor"]:
            if core.endswith(word):
                core, changed = core[: -len(word)], True
                break
    core = core.replace("关于", "").strip("的“”")
    for generic in _GENERIC:
        core = core.replace(generic, "")
    return core
