"""Deals between states told by a verb rather than a name: purchases, arms sales, acquisitions and
orders (缅甸向中国订购了12架战机, 美国对台军售, 中企收购汉堡港码头股权), named by the verb and what it
buys, with buyer and seller as parties and the state the words before the verb give (data/agreement_deals.tsv)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .. import lexicon
from ..doc import actor_mentions, country_counts, tokens_in
from ..model import Analysis, Span
from ..nlp.chinese import span as _span
from ..nlp.words import state_abbreviations
from . import agreement_parties

OBJECT_REACH = 24  # characters from the verb to the goods noun that ends what is bought
STATE_REACH = 16  # characters before the verb (or its 向X phrase) searched for a state word
_COUNTERPART = re.compile(r"(?:向|从|自|与|同|跟|对|给)$")
_NEGATED = re.compile(r"(?:没有|并未|未能|未|不再|不|无法|难以|拒不)$")
_ONE_CHAR = {"台": "TWN", "华": "CHN"}  # 对台军售, 对华出口: a one-character form after 对/向


class Deal(NamedTuple):
    name: Span
    sentence: Span
    parties: tuple[str, ...]
    states: list[tuple[int, str]]
    kind: str = "deal"  # "other" for talks named by their topic


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {"buy": [], "sell": [], "goods": [], "state": []}
    for kind, word in lexicon.rows("agreement_deals.tsv"):
        group, _, value = kind.partition(":")
        out[group].append((word, value))
    return out


@lru_cache(maxsize=1)
def _verb() -> re.Pattern:
    words = [w for group in ("buy", "sell") for w, _ in _vocabulary()[group]]
    goods = lexicon.alternation(w for w, _ in _vocabulary()["goods"]).pattern
    return re.compile(rf"(?P<verb>{lexicon.alternation(words).pattern})了?"
                      rf"(?P<object>[^，,。；;：:！？!?、《》]{{0,{OBJECT_REACH}}}(?:{goods}))?")


def find(doc: Analysis, taken: list[Span]) -> list[Deal]:
    """Deals in the article whose name overlaps no agreement already found; only those between two
    different states (a shop's purchase, a firm buying at home, is no agreement between states)."""
    text, deals = doc.norm_text, []
    sell = {w for w, _ in _vocabulary()["sell"]}
    for sentence in doc.sentences:
        for match in _verb().finditer(text, sentence.start, sentence.end):
            verb = match.group("verb")
            if match.group("object") is None and verb != "军售":
                continue  # 购买了一款眼线笔: nothing a state deals in
            start = _counterpart_start(text, sentence.start, match.start())
            if any(_NEGATED.search(text, max(sentence.start, at - 3), at) for at in {start, match.start()}) or \
                    re.match(r"[商方者量额点的]|价(?!值)", text[match.end("verb"):match.end("verb") + 2]) or text[match.end():match.end() + 1] == "的":
                continue  # 没有购买; 采购商; 订购的飞机, 引进空客飞机的审定会: a noun or its modifier, no deal made here
            if verb == "军售" and start == match.start():
                continue
            name = _span(doc, start if verb == "军售" else match.start(), match.end())
            if any(name.start < t.end and t.start < name.end for t in taken):
                continue
            buyer_side, seller_side = _sides(doc, sentence, start, match)
            if verb in sell:
                buyer_side, seller_side = seller_side, buyer_side
            if not buyer_side or not seller_side or buyer_side == seller_side:
                continue
            parties = tuple(sorted({buyer_side, seller_side}))
            deals.append(Deal(name, sentence, parties, [(match.start(), _state(doc, sentence.start, start, match.start()))]))
            taken.append(name)
    return deals


def talks(doc: Analysis, taken: list[Span]) -> list[Deal]:
    """Talks named by their topic (有关人道走廊的谈判, 就停火问题举行谈判): an agreement being
    negotiated, or proposed where the clause proposes them (提出可以重启…谈判); parties are the states
    of its clause, else the article's two main states other than the one proposing."""
    text, found = doc.norm_text, []
    for sentence in doc.sentences:
        for match in _TALKS.finditer(text, sentence.start, sentence.end):
            group = next((g for g in ("topic", "agreed", "body") if match.group(g)), None)
            name = _span(doc, *(match.span(group) if group else match.span()))
            if any(name.start < t.end and t.start < name.end for t in taken):
                continue
            clause = max(sentence.start, max(text.rfind(c, sentence.start, match.start()) for c in "，,；;") + 1)
            lead = text[max(sentence.start, clause - 12):match.start()]
            after = text[match.end():match.end() + 8]
            state = "agreed_in_principle" if match.group("agreed") or match.group("body") else "proposed" if _PROPOSING.search(lead) else "suspended" if re.match(r"[^，,。]{0,4}(?:破裂|中断|陷入僵局|停滞)", after) \
                else "agreed_in_principle" if re.search(r"(?:完成|结束)了?$", lead) else "negotiating"
            codes = [c for m, c in actor_mentions(doc, clause, match.end())
                     if text[max(sentence.start, m.start - 1):m.start] not in ("在", "于") and c != "IGO"]
            proposer = {c for _, c in actor_mentions(doc, max(sentence.start, clause - 12), clause)} if state == "proposed" else set()
            parties = set(codes) if len(set(codes)) >= 2 else set(codes) | set(_main_states(doc, proposer))
            if len(parties) >= 2:
                found.append(Deal(name, sentence, tuple(sorted(parties)), [(match.start(), state)], "other"))
                taken.append(name)
    return found


_TALKS = re.compile(r"(?:有关|关于)[^，,。；;：:的“”]{2,14}的(?:谈判|磋商|和谈)"
                    r"|就(?![^，,。]{0,14}(?:关系|共同关心|交换意见))[^，,。；;：:“”]{2,14}?(?:举行|进行|展开|开启|启动|重启|恢复)了?"
                    r"(?:新一轮|多轮|首轮)?(?:谈判|和谈)"  # 就双边关系举行磋商: consultations on relations reach for no agreement
                    # 就大麦恢复出口，双方正在积极协商: the topic told first, the two sides talking it over after
                    r"|就(?![^，,。]{0,24}(?:关系|共同关心|交换意见))(?P<topic>[^，,。；;：:“”]{2,24}?)[，,](?:双方|两国|两国政府)"
                    r"(?:也|还|正|仍)?(?:在|正在)?(?:积极|密切|继续)?(?:协商|磋商|谈判|商谈)"
                    # 同意年内恢复中断多年的财长对话: a named dialogue the sides agree to hold (not bare 对话)
                    r"|(?<![不未])(?:同意|商定)(?:尽快|尽早|年内|适时|早日)?(?:恢复|重启|启动|建立)"
                    r"(?:(?:中断|停摆|停滞|暂停)[^，,。；;：:的]{0,4}的)?(?P<agreed>[^，,。；;：:“”]{2,24}?(?:对话|磋商))(?=[，,。；;])"
                    # 两国同意成立一个联合工作组: a joint body the sides agree to set up
                    r"|(?<![不未])(?:同意|商定)(?:尽快|尽早|年内|共同)?(?:成立|组建|设立|建立)(?:一个|一支)?"
                    r"(?P<body>[^，,。；;：:“”的]{0,12}工作组)(?=[，,。；;])")
_PROPOSING = re.compile(r"提出|建议|提议|呼吁|倡议|希望|主张|可以|愿意|准备|计划|拟|将$")


def _main_states(doc: Analysis, exclude: set) -> list[str]:
    """The article's two most mentioned states, leaving out those in exclude."""
    counts = country_counts(doc, types=("GPE",), exclude=exclude)
    return sorted(counts, key=lambda c: -counts[c])[:2]


def _counterpart_start(text: str, floor: int, verb_start: int) -> int:
    """Where the 向X / 从X / 对X phrase right before the verb starts (缅甸向中国订购), else the verb."""
    lead = text[max(floor, verb_start - 12):verb_start]
    found = re.search(r"(?:向|从|自|与|同|跟|对|给)[^，,。；;向从自与同跟对给的]{1,10}$", lead)
    return verb_start - len(lead) + found.start() if found else verb_start


def _sides(doc: Analysis, sentence: Span, phrase_start: int, match: re.Match) -> tuple[str, str]:
    """(subject side, counterpart side) of the verb: the state nearest before the verb or its 向X
    phrase, and the state of that phrase, else of what is bought (收购英国一家公司; not of what is sold:
    出售腾讯股份 names no buyer), else for an
    acquisition the one other state of the sentence before the verb (德国政府批准中企收购…: the host state)."""
    text = doc.norm_text
    counterpart = ""
    if phrase_start < match.start():
        codes = [c for _, c in actor_mentions(doc, phrase_start, match.start())]
        one = _ONE_CHAR.get(text[phrase_start + 1:phrase_start + 2])
        counterpart = codes[0] if codes else (one or _abbreviated(text[phrase_start + 1:phrase_start + 2]))
    if not counterpart and match.group("object") and match.group("verb") not in {w for w, _ in _vocabulary()["sell"]}:
        codes = [c for _, c in actor_mentions(doc, match.start("object"), match.end("object"))]  # 俄制S-400: its maker
        counterpart = codes[0] if codes else ""
    before = [(m, c) for m, c in actor_mentions(doc, sentence.start, phrase_start)
              if text[max(sentence.start, m.start - 1):m.start] not in ("在", "于") and c not in ("IGO",)]
    subject = before[-1][1] if before else ""
    if not counterpart and match.group("verb") in ("收购", "并购"):
        others = {c for _, c in before if c != subject}
        counterpart = others.pop() if len(others) == 1 else ""
    return subject, counterpart


def _abbreviated(char: str) -> str:
    codes = state_abbreviations().get(char, ())
    return codes[0] if len(codes) == 1 else ""


def _state(doc: Analysis, floor: int, phrase_start: int, verb_start: int) -> str:
    """The nearest state word before the verb (or its 向X phrase) in its clause: 批准 ratified, 洽谈
    negotiating, 拟 / 将 / 有望 proposed, 叫停 rejected; else signed (订购了, 签下)."""
    text = doc.norm_text
    clause = max(floor, max(text.rfind(c, floor, phrase_start) for c in "，,；;：:") + 1)
    lo = max(clause, phrase_start - STATE_REACH)
    if re.match(r"(?:其中)?(?:包括|例如|比如)", text[clause:phrase_start]) and clause > floor:
        lo = max(floor, max(text.rfind(c, floor, clause - 1) for c in "，,；;：:") + 1)  # 正讨论…，包括从伊朗进口: the listing clause's verb
    words = dict(_vocabulary()["state"])
    singles = {t.start: words[t.text] for t, _ in tokens_in(doc, lo, phrase_start) if len(t.text) == 1 and t.text in words}
    nearest = (-1, "signed")
    for word, state in words.items():
        if len(word) < 2:
            continue
        at = text.rfind(word, lo, phrase_start)
        if at > nearest[0] and not _NEGATED.search(text, lo, at):
            nearest = (at, state)
    for at, state in singles.items():
        if at > nearest[0]:
            nearest = (at, state)
    return nearest[1]
