"""Which entities to report: a small logistic model (data/entity_filter.json, fitted by
eval.entity_filter_training on annotated articles) over structural signals of each entity: which
component proposed its mentions (knowledge-base gazetteer, LAC, the NER adapter), its type, length
and mention count, whether it is linked, in the title, inside a longer name, next to a title, 的 or a
speech verb, a body ending, in a 、 list or in quotes. It decides only names the knowledge base does not
link, in article-sized documents; with no model shipped every entity is kept (the rules alone decide).
Before it, `not_reported` leaves out by convention what sentence NER marks but an article's entity list does
not hold: a surname with a term of address (王先生), works in 《》, places as adjectives (跨大西洋) and a
direction inside the place before it (某州东北) (FORMAT.md: named entities)."""
from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..model import Analysis, Entity
from ..kb import KnowledgeBase
from ..nlp import common_words
from ..nlp.gazetteer import _MEDIA_TAIL
from ..nlp.names import surnames
from ..nlp.words import one_char_places, outlets, place_words, titles

MODEL_FILE = "entity_filter.json"
_SPEECH = ("说", "表示", "称", "指出", "认为", "强调", "介绍", "透露")
_TEAMS = ("队", "男篮", "女篮", "男足", "女足", "女排", "俱乐部", "联盟", "协会", "党")  # bodies named by what they are
_OPEN_QUOTES, _CLOSE_QUOTES = "“「『《\"", "”」』》\""
_ACROSS = set("跨泛环")  # 跨大西洋, 泛太平洋, 环太平洋: adjectives of a place (Chinese usage)
_DIRECTIONS = {"东北", "东南", "西北", "西南", "东部", "西部", "南部", "北部", "中部"}
# Words after a title in 《》 that make it an outlet that reports, not a work: Chinese news usage.
_OUTLET_AFTER = ("称", "说", "报道", "杂志", "网站", "援引", "指出", "发文", "刊文", "刊登", "评论", "写道", "表示", "消息",
                 "记者", "披露", "引述", "采访", "这样说")


@lru_cache(maxsize=1)
def _body_endings() -> tuple[str, ...]:
    words = place_words()
    return tuple(words.get("ORG_SUFFIX", ())) + tuple(words.get("BODY_SUFFIX", ())) + _TEAMS


_NOT_PARTY_OPENINGS = set("该本此其我全各两一多某")  # 该党, 两党, 某党: a party referred to, not named


@lru_cache(maxsize=1)
def model() -> Optional[dict]:
    """The fitted weights, bias and threshold, or None when no model ships (every entity is kept)."""
    return lexicon.model_json(MODEL_FILE)


def keep(doc: Analysis) -> list[Entity]:
    """The entities the knowledge base links, and the others the model scores at or above its threshold;
    all of them when no model ships or the document has fewer entities than any article it was fitted on
    (its signals, mention counts and the title, are relative to a whole article)."""
    fitted = model()
    if fitted is None or len(doc.entities) < fitted.get("min_entities", 0):
        return doc.entities  # a sentence or a short note: outside the whole articles the model was fitted on
    return [e for e, names in zip(doc.entities, features(doc))
            if not decided(names) or not a_description(e) and (
                a_party(e) or a_named_body(e, names) or score(fitted, names) >= fitted["threshold"])]


def a_description(entity: Entity) -> bool:
    """国防公司, 世界航运公司, 新能源汽车: a body LAC read as a name that only describes firms or goods by their
    trade (data/firm_trades.tsv: qualifiers such as 国营 or 世界, then trades) and a firm's ending (places.tsv
    FIRM_ENDING) or none names no body of its own. A place or a word of its own before the ending (某国钢铁集团,
    星河数据公司) may make a name; linked names are the caller's to keep."""
    name = entity.name
    if entity.type != "ORG":
        return False
    ending = next((e for e in place_words().get("FIRM_ENDING", ()) if name.endswith(e)), "")
    return _trades_only(name[:len(name) - len(ending)])


def _trades_only(words: str) -> bool:
    """Whether `words` is qualifiers then one or more trades (data/firm_trades.tsv), longest words first."""
    trades, qualifiers = _firm_words()
    at, seen_trade = 0, False
    while at < len(words):
        trade = next((w for w in trades if words.startswith(w, at)), None)
        qualifier = None if seen_trade or trade else next((w for w in qualifiers if words.startswith(w, at)), None)
        if trade is None and qualifier is None:
            return False
        seen_trade = seen_trade or trade is not None
        at += len(trade or qualifier)
    return seen_trade


@lru_cache(maxsize=1)
def _firm_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    for kind, word in lexicon.rows("firm_trades.tsv"):
        groups.setdefault(kind, []).append(word)
    return tuple(sorted(groups["TRADE"], key=len, reverse=True)), tuple(sorted(groups["QUALIFIER"], key=len, reverse=True))


def a_party(entity: Entity) -> bool:
    """民主党, 工党, 基民党: a political party named by LAC is kept whatever the model says (a party named once is a
    party; the model learnt that an unlinked body named once is usually noise); 执政党, 反对党 are common nouns."""
    name = entity.name
    return (entity.type == "ORG" and 2 <= len(name) <= 7 and name.endswith("党") and name[:-1].isalpha()
            and all("\u4e00" <= c <= "\u9fff" for c in name) and name not in place_words().get("PARTY_NOUN", ())
            and name[0] not in _NOT_PARTY_OPENINGS)


# 该委员会, 非上市公司, 总部; 市交委, 省纪委: a unit of the city or province the article is about, not named
_NOT_OWN_OPENINGS = set("该本此其我全各两一多某非原前新总分市省县区镇乡村州") | _NOT_PARTY_OPENINGS


def a_named_body(entity: Entity, names: list[str]) -> bool:
    """美国队, 法国总工会, 参议院外交关系委员会, 中国化学会: a body named by its kind's ending (data/places.tsv NAMED_BODY)
    after a name of its own (a place: 美国, 美 of 美众议院; then nothing, or words that are no single common word:
    not 美国疫苗公司, a description) is kept though named once (the model learnt that an unlinked body named once
    is usually noise, which holds for fragments, not for bodies). Not kinds of body alone (执委会, 运动员委员会, 教育厅), part of a longer name, armed forces or an
    academic sub-unit (places.tsv NOT_NAMED_BODY)."""
    name = entity.name
    if entity.type != "ORG" or "inside_longer_name" in names or not all("\u4e00" <= c <= "\u9fff" for c in name):
        return False
    ending = next((e for e in place_words().get("NAMED_BODY", ()) if name.endswith(e)), None)
    if ending is None:
        return False
    stem = name[:-len(ending)]
    if name.endswith(place_words().get("NOT_BODY_END", ())) or any(
            word in stem for word in place_words().get("NOT_NAMED_BODY", ())):
        return False  # troops, a unit of armed forces, an academic sub-unit
    if len(stem) < 2 or stem[0] in _NOT_OWN_OPENINGS and not stem.startswith(_national()):
        return False
    if stem.startswith(_national()) and len(stem) > 2:
        return True  # 中国唱片公司, 全国党建研究会: a national body's own name
    place = _place_opening(stem)
    rest = stem[len(place):]
    if not rest:
        return bool(place) and ending in place_words().get("PLACE_BODY", ())
    return not common_words.common_word(rest)


def _national() -> tuple[str, ...]:
    return place_words().get("NATIONAL_OPENING", ())


def _place_opening(stem: str) -> str:
    """美国 of 美国队, 美 of 美众议院, 甘孜州 of 甘孜州某某队: the longest opening of the stem the knowledge base knows as
    a state or place, or a one-character form before a legislature or government; '' when none."""
    kb = KnowledgeBase.load()
    for n in range(len(stem), 1, -1):
        if any(a.kind in ("country", "place") for a in kb.lookup(stem[:n])):
            return stem[:n]
    if stem[0] in one_char_places() and stem[1:].startswith(("众议院", "参议院", "国会", "议会", "政府")):
        return stem[0]
    return ""


def not_reported(doc: Analysis, entity: Entity) -> bool:
    """Names an article's entity list leaves out though NER sets mark them (吴 of 吴先生, 白鹿原 of 《白鹿原》), so
    decided per entity of a whole article, not per mention: a surname with a term of address (王先生, 胡女士,
    周医生: a person the article does not name, or names in full elsewhere), a place only ever made an
    adjective or a direction inside another place, and a place or body that is the whole of a title in 《》
    naming no outlet (a book, a show, a report)."""
    text = doc.norm_text
    if not entity.mentions:
        return False
    if entity.type == "PER":
        return all(_surname_and_address(text[s.start:s.end]) for s in entity.mentions)
    if entity.type in ("GPE", "LOC"):
        places = {m.span.end for m in doc.mentions if m.type in ("GPE", "LOC")}
        if all(_adjective_place(text, s.start, places) for s in entity.mentions):
            return True
    return all(_work_title(text, s.start, s.end) for s in entity.mentions)


def _adjective_place(text: str, start: int, place_ends: set[int]) -> bool:
    """跨大西洋关系, 泛太平洋, 环太平洋: a place made an adjective (across, pan-, around); 某州东北: a direction
    inside the place named right before it."""
    if start > 0 and text[start - 1] in _ACROSS:
        return True
    return start in place_ends and text[start:start + 2] in _DIRECTIONS


def _work_title(text: str, start: int, end: int) -> bool:
    """The whole of a title in 《》 that names no outlet (newspapers, magazines, stations are ORGs): no outlet's
    ending or name, and not credited (据《某某》, 《某某》称, 《某某》杂志网站)."""
    if start == 0 or text[start - 1] != "《" or text[end:end + 1] != "》":
        return False
    word = text[start:end]
    credited = text[end + 1:end + 5].startswith(_OUTLET_AFTER) or text[max(0, start - 2):start - 1].endswith("据")
    return not (_MEDIA_TAIL.search(word) or word in outlets() or credited)


def _surname_and_address(word: str) -> bool:
    words = place_words()
    address = next((a for a in words.get("ADDRESS", ()) if word.endswith(a)), None)
    if address is None and len(word) == 2:  # 王总, 李姐: a one-character term only after a one-character surname
        address = next((a for a in words.get("ADDRESS_SHORT", ()) if word.endswith(a)), None)
    return address is not None and word[:-len(address)] in surnames()


def decided(names: list[str]) -> bool:
    """Whether the model decides an entity: only names the knowledge base does not link (a linked name is
    vouched for by the knowledge base; keeping them all costs nothing on held-out articles)."""
    return "linked:True" not in names


def score(fitted: dict, names: list[str]) -> float:
    weights = fitted["weights"]
    z = fitted["bias"] + sum(weights.get(name, 0.0) for name in names)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _source(confidence: float) -> str:
    """The component a mention came from, as the entity stage marks it by confidence: 0.9 the knowledge-base
    gazetteer, 0.8 a LAC word (kept or retyped by the adapter), 0.75 a span only the NER adapter found."""
    return "kb" if confidence >= 0.9 else "lac" if confidence >= 0.8 else "adapter"


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f"{edges[-1]}+"


def features(doc: Analysis) -> list[list[str]]:
    """Named binary signals of each entity of the document, in order."""
    text = doc.norm_text
    by_span = {(m.span.start, m.span.end): m.confidence for m in doc.mentions}
    title = doc.article.title
    names = [e.name for e in doc.entities]
    joined, exact = "\x00".join(names), Counter(names)  # names inside longer names, in linear time
    out = []
    for entity in doc.entities:
        kind = entity.type
        sources = sorted({_source(by_span.get((s.start, s.end), entity.confidence)) for s in entity.mentions})
        linked = bool(entity.id) and not entity.id.startswith("local:")
        surface = text[entity.mentions[0].start:entity.mentions[0].end] if entity.mentions else entity.name
        found = [f"type:{kind}", f"sources:{'+'.join(sources)}", f"type_sources:{kind}:{'+'.join(sources)}",
                 f"linked:{linked}", f"type_linked:{kind}:{linked}",
                 f"mentions:{_bucket(len(entity.mentions), (1, 2, 4))}",
                 f"type_mentions:{kind}:{_bucket(len(entity.mentions), (1, 2, 4))}",
                 f"length:{_bucket(len(entity.name), (1, 2, 3, 5))}",
                 f"type_length:{kind}:{_bucket(len(entity.name), (1, 2, 3, 5))}"]
        found += [f"source:{s}" for s in sources]
        if entity.role:
            found.append("role")
        if len(entity.name) >= 3 and entity.name.endswith(_body_endings()):
            found.append(f"body_ending:{kind}")
        if any(c.isascii() and c.isalpha() for c in entity.name):
            found.append("latin")
        if any(text[s.start - 1:s.start] == "、" or text[s.end:s.end + 1] == "、" for s in entity.mentions if s.start > 0):
            found.append("listed")
        if any(text[s.start - 1:s.start] in _OPEN_QUOTES and text[s.end:s.end + 1] in _CLOSE_QUOTES
               for s in entity.mentions if s.start > 0):
            found.append("quoted")
        if len(surface) == 1 and surface in one_char_places():
            found.append("one_char_place")
        if joined.count(entity.name) > exact[entity.name]:  # an occurrence that is not a whole name
            found.append("inside_longer_name")
        if title is not None and any(title.start <= s.start and s.end <= title.end for s in entity.mentions):
            found.append("in_title")
        after = [text[s.end:s.end + 4] for s in entity.mentions]
        before = [text[max(0, s.start - 6):s.start] for s in entity.mentions]
        if any(a.startswith(titles()) for a in after):
            found.append(f"title_after:{kind}")
        if any(b.endswith(titles()) for b in before):
            found.append(f"title_before:{kind}")
        if any(a.startswith("的") for a in after):
            found.append(f"de_after:{kind}")
        if any(a.startswith(_SPEECH) for a in after):
            found.append(f"speech_after:{kind}")
        out.append(found)
    return out
