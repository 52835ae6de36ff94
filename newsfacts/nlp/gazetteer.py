"""LAC words to better name tokens: knowledge-base names found across word boundaries and typed by the KB,
foreign names joined over hyphens, country pairs and runs (美俄, 美日韩) split, media in 《》, and trailing verbs trimmed."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .. import context, lexicon
from . import common_words, name_tokens
from ..kb import Actor, KnowledgeBase
from ..model import Analysis, Span
from .chinese import span as _piece
from .names import looks_transliterated, transliterations
from .org_tokens import SCHOOL_TAIL as _SCHOOL_TAIL, body_before_title, split_org
from .speech import cue_lexicon
from .words import ONE_CHAR_COUNTRIES, PAIR_COUNTRIES, WORDS_OF_PLACE_CHARACTERS, names_a_state, one_char_places, person_titles, place_words, titles  # noqa: F401

Token = tuple[Span, str]
_ENTITY_TAGS = {"PER", "LOC", "ORG", "nz", "nw", "ns", "nt", "nr", "s", "=PER", "=ORG", "=GPE", "=LOC"}
_KIND_TAG = {"person": "=PER", "org": "=ORG", "country": "=GPE"}
_ADMIN_TAIL = ("市", "州", "省", "县", "区")
_JOINERS = set("-·•・‧－")
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
# One-character country forms that pair up in 美俄, 中美, 美澳日 (the actors stage reads the full names here).
_CORE_PAIR = set("美俄乌中日韩朝英法德")  # pairs of these are country pairs even when LAC calls them nouns
_NOT_PAIRS = {"美德"}  # 美德 is a virtue, not America and Germany
_COUNTRY_RUN_NEXT = re.compile(r"[两二三四五六七八九]国|合作|友好|人民|经贸|贸易|[双三四]方|[双三四]边|关系|同盟|联盟|峰会|会谈|会晤|军演|外长|首脑|领导人|之间")
_TEAM_NOUNS = ("队", "女队", "男队", "国家队", "代表队", "国奥队", "女排", "男篮", "女篮", "男足", "女足")
_MEDIA_TAIL = re.compile(r"(报|新闻|日报|时报|晚报|邮报|周刊|杂志|通讯社|通讯|电视台|新闻网|新闻社|网)$")
_SPEECH_TAIL = set("说称道讲问")
# A title in 《》 that reports or says something is an outlet (《某某》报道, 《某某》这样说); documents say nothing.
_CREDITED_AFTER = re.compile(r"(?:[0-9]{1,2}日)?(?:报道|刊文|撰文|发文|援引|写道|这样说|如此说|称|网站)")
_DOCUMENT_TAIL = ("法", "公约", "宪章", "条约", "协定", "声明", "报告", "规划", "战略", "计划", "决议", "宣言", "条例")
# A state's missions abroad (Chinese usage: 驻某国大使馆, 驻某市总领馆) and the tags of the places around 驻.
_MISSION_NOUNS = {"大使馆", "使馆", "总领馆", "总领事馆", "领事馆", "代表处", "使团"}
_PLACE_TAGS = {"LOC", "ns", "=GPE", "=LOC"}
# Endings of outlets' names (Chinese press usage); longer than the one-character 报, 网 of _MEDIA_TAIL.
_OUTLET_NAME_TAIL = re.compile(r"..(?:新闻网|日报|时报|晚报|邮报|电视台|通讯社|新闻社|周刊)$")
# A body's name run into a code in Latin letters (某某航空公司LH728 航班, 某某集团X5): the name ends at the letters.
_CODED_BODY = re.compile(r"^([\u4e00-\u9fff]{2,}(?:公司|集团|银行|航空|大学|协会))([A-Za-z0-9]+)$")
_PLACE_TAIL = set("市州省县区岛港湾海江河山湖洲方军部院")  # 美国寝 is 美国 + 寝, 美方 is one name
_SPORTS_CUES = ("球队", "比赛", "赛季", "NBA", "主教练", "得分", "篮板", "助攻", "联赛", "进球", "球员", "季后赛",
                "常规赛", "首发", "主场", "客场", "球迷", "CBA", "英超", "西甲", "欧冠")
MAX_NAME = name_tokens.MAX_NAME  # characters; longer KB names (full official titles) are matched by LAC or not at all


@lru_cache(maxsize=1)
def non_entities() -> frozenset[str]:
    """Words LAC tags as names that are not names (奥密克戎, 霸凌): data/non_entities.txt."""
    raw = resources.files("newsfacts.data").joinpath("names", "non_entities.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in raw.splitlines() if w.strip() and not w.startswith("#"))


def retag(doc: Analysis, tokens: list[Token]) -> list[Token]:
    """Every fix in order; tags starting with '=' carry a type the entity stage keeps as it is."""
    text = doc.norm_text
    sports = sum(text.count(cue) for cue in _SPORTS_CUES) >= 2
    tokens = _join_hyphenated(doc, name_tokens.title_before_known(doc, tokens))
    tokens = _forecasts(doc, tokens)
    tokens = name_tokens.preposition_words(doc, name_tokens.joiner_before_known(doc, tokens))
    tokens = _match_kb(doc, tokens, sports)
    tokens = name_tokens.name_ending_in_he(doc, tokens)
    tokens = name_tokens.sides_of_named(doc, tokens)
    tokens = _media_in_brackets(doc, tokens)
    tokens = _teams(doc, tokens)
    tokens = _country_runs(doc, tokens)
    tokens = _missions(doc, tokens)
    tokens = _common_elsewhere(tokens)
    out: list[Token] = []
    for span, tag in tokens:
        out.extend(_split_token(doc, span, tag))
    return out


_COMMON_ELSEWHERE = 100  # jieba counts the word this often: a common word, not a name the tagger knows better


def _common_elsewhere(tokens: list[Token]) -> list[Token]:
    """纪要 tagged a person once and a common noun elsewhere in the article: a frequent common word the tagger itself
    reads as a word in the same text is no name where it calls it one (not a name the knowledge base knows)."""
    common = {span.text for span, tag in tokens if tag not in _ENTITY_TAGS and tag != "TIME"}
    return [(span, "n") if tag in ("PER", "ORG", "LOC") and span.text in common
            and common_words.common_word(span.text, _COMMON_ELSEWHERE) else (span, tag) for span, tag in tokens]


def _missions(doc: Analysis, tokens: list[Token]) -> list[Token]:
    """中国驻某国大使馆, 某国驻某市总领馆: a state's mission abroad is one body (LAC cuts it at 驻 and the place)."""
    out, i = [], 0
    while i < len(tokens):
        span, tag = tokens[i]
        if tag in _PLACE_TAGS and i + 3 < len(tokens) and tokens[i + 1][0].text == "驻" and tokens[i + 2][1] in _PLACE_TAGS:
            end, noun = tokens[i + 2][0].end, ""
            for k in range(i + 3, min(len(tokens), i + 6)):
                if tokens[k][0].start != end:
                    break
                noun, end = noun + tokens[k][0].text, tokens[k][0].end
                if noun in _MISSION_NOUNS:
                    out.append((_piece(doc, span.start, end), "=ORG"))
                    i = k + 1
                    break
            else:
                noun = ""
            if noun in _MISSION_NOUNS:
                continue
        out.append((span, tag))
        i += 1
    return out


def _forecasts(doc: Analysis, tokens: list[Token]) -> list[Token]:
    """开 / 罗晴 in a forecast line: the place (开罗) and its weather (晴), which LAC cut across."""
    names, out, i = KnowledgeBase.load().gazetteer(), [], 0
    while i < len(tokens):
        span, tag = tokens[i]
        if i + 1 < len(tokens) and tokens[i + 1][0].start == span.end:
            nxt = tokens[i + 1][0]
            weather = next((w for w in _WEATHER if nxt.text.endswith(w) and len(nxt.text) > len(w)), None)
            place = names.get(span.text + nxt.text[: -len(weather)]) if weather else None
            if place is not None and place.kind in ("place", "country"):
                cut = nxt.end - len(weather)
                out += [(_piece(doc, span.start, cut), "=GPE"), (_piece(doc, cut, nxt.end), "n")]
                i += 2
                continue
        out.append((span, tag))
        i += 1
    return out


def _country_runs(doc: Analysis, tokens: list[Token]) -> list[Token]:
    """美澳日, 美日韩 that LAC cut into pieces (美 + 澳日, the second even tagged TIME): one
    country per character, when a piece is a name or a time and either every character is a
    core country or the run is followed by 三国, 关系, 峰会 and the like."""
    text, out, i = doc.norm_text, [], 0
    while i < len(tokens):
        j, word = i, ""
        while j < len(tokens) and len(word) + len(tokens[j][0].text) <= 4 \
                and set(text[tokens[j][0].start:tokens[j][0].end]) <= PAIR_COUNTRIES.keys():
            word += text[tokens[j][0].start:tokens[j][0].end]
            j += 1
        start = tokens[i][0].start
        named = any(tag in ("LOC", "ORG", "nz", "j", "TIME", "=GPE") for _, tag in tokens[i:j])
        if j - i >= 2 and len(word) == len(set(word)) and word not in _NOT_PAIRS and named \
                and (set(word) <= _CORE_PAIR or _COUNTRY_RUN_NEXT.match(text, start + len(word))):
            out.extend((_piece(doc, start + k, start + k + 1), "=LOC" if word[k] in "欧亚非" else "=GPE")
                       for k in range(len(word)))
            i = j
            continue
        out.append(tokens[i])
        i += 1
    return out


# What a person's name may be part of the name of (让-穆兰大学, 戴高乐机场): then the name is no person here
_NAMED_AFTER = _SCHOOL_TAIL + ("机场", "广场", "中心", "基金会", "公司", "街", "路", "大道", "号")


def _join_hyphenated(doc: Analysis, tokens: list[Token]) -> list[Token]:
    """斯坦利 - 约翰逊 -> one PER token 斯坦利-约翰逊 (玛丽.某某 too: a full stop for the middle dot)."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        span, tag = tokens[i]
        if i + 1 < len(tokens) and tag == "PER" and span.text[-1:] in _JOINERS and len(span.text) >= 3 \
                and tokens[i + 1][0].start == span.end and looks_transliterated(tokens[i + 1][0].text):
            # 特蕾莎·卡伊宽巴·|瓦格纳: a name never ends on its joiner; the word after it is its last part
            out.append((_piece(doc, span.start, tokens[i + 1][0].end), "=PER"))
            i += 2
            continue
        if i + 2 < len(tokens) and len(span.text) == 1 and tokens[i + 1][0].text in ("-", "－") \
                and tokens[i + 1][0].start == span.end and tokens[i + 2][0].start == tokens[i + 1][0].end \
                and tokens[i + 2][1] == "PER" and looks_transliterated(tokens[i + 2][0].text) \
                and looks_transliterated(span.text + tokens[i + 2][0].text[:2]) \
                and not doc.norm_text.startswith(_NAMED_AFTER, tokens[i + 2][0].end):  # 里昂让-穆兰大学: a place's name
            # 让|-|皮埃尔·卢孔戈: a one-character given name hyphened to the next (让-皮埃尔, 让-克洛德)
            out.append((_piece(doc, span.start, tokens[i + 2][0].end), "=PER"))
            i += 3
            continue
        if _name_like(doc, span, tag) and i + 2 < len(tokens):
            joiner, following = tokens[i + 1], tokens[i + 2]
            if _joins(doc, joiner[0], span, following[0]) and joiner[0].start == span.end \
                    and following[0].start == joiner[0].end and _name_like(doc, following[0], following[1]):
                end = following[0].end
                while i + 4 < len(tokens) and tokens[i + 3][0].text in _JOINERS \
                        and _name_like(doc, tokens[i + 4][0], tokens[i + 4][1]):
                    end, i = tokens[i + 4][0].end, i + 2
                out.append((_piece(doc, span.start, end), "=PER"))
                i += 3
                continue
        out.append((span, tag))
        i += 1
    return out


def _joins(doc: Analysis, joiner: Span, before: Span, after: Span) -> bool:
    """A hyphen or middle dot; or a full stop typed for the middle dot between two foreign names (玛丽.某某)."""
    if joiner.text in _JOINERS:
        return True
    text = doc.norm_text
    return joiner.text in (".", "．") and looks_transliterated(text[before.start:before.end]) \
        and looks_transliterated(text[after.start:after.end])


def _name_like(doc: Analysis, span: Span, tag: str) -> bool:
    word = doc.norm_text[span.start:span.end]
    return len(word) >= 2 and (tag == "PER" or (tag in _ENTITY_TAGS and looks_transliterated(word)))


def _match_kb(doc: Analysis, tokens: list[Token], sports: bool) -> list[Token]:
    """The longest run of whole words that is a KB name (or one plus 市/州/省) becomes one typed token."""
    names = KnowledgeBase.load().gazetteer()
    prefixes = name_prefixes()
    text = doc.norm_text
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        best = glued = None
        start = tokens[i][0].start
        for j in range(i, min(len(tokens), i + 6)):
            if j > i and tokens[j][0].start != tokens[j - 1][0].end:
                break
            end = tokens[j][0].end
            word = text[start:end]
            if end - start > MAX_NAME or (word not in prefixes and word[:-1] not in names):
                cut = None if best is not None else name_tokens.name_before_tail(text, names, start, tokens[j][0].start, end)
                if cut is None and best is None and j > i + 1:
                    cut = name_tokens.name_cut_short(text, names, start, tokens[j - 1][0], tokens[i:j])
                    j = j - 1 if cut is not None else j
                glued = (j, cut) if cut is not None else None
                break
            actor = names.get(word)
            if actor is None and best is None and j == i and name_tokens.glued_verb_head(text, names, start, end, tokens[i][1]):
                glued = (j, end - 1)  # 普京通|了电话: a known foreign name and the first character of the verb after it
                break
            if actor is None and best is None and j > i and name_tokens.GLUED_ADVERB.fullmatch(word[-1]):
                cut = name_tokens.name_before_tail(text, names, start, tokens[j][0].start, end)
                if cut is not None:  # 内塔尼亚胡则: the name's last sound and the adverb after it, one word
                    glued = (j, cut)
                    break
            if actor is None and len(word) > 3 and word.endswith(_ADMIN_TAIL):
                actor = names.get(word[:-1])
                if actor is not None and actor.kind not in ("place", "country"):
                    actor = None
            if actor is not None and _accept(word, actor, tokens[i:j + 1], sports, text):
                best = (j, actor)
        if glued is not None:  # 内塔尼亚胡|当天: the name, then the time word the tagger had glued to its end
            j, cut = glued
            rest = name_tokens.tail_tag(text, cut, tokens[j][0].end) or "n"
            out.extend([(_piece(doc, start, cut), "=PER"), (_piece(doc, cut, tokens[j][0].end), rest)])
            i = j + 1
            continue
        if best is None:
            out.append(tokens[i])
            i += 1
            continue
        j, actor = best
        paired = text[start:tokens[j][0].end]
        if actor.kind == "country" and len(paired) == 2 and len(set(paired)) == 2 and set(paired) <= PAIR_COUNTRIES.keys() \
                and _COUNTRY_RUN_NEXT.match(text, tokens[j][0].end):
            out.append(tokens[i])  # 中非关系, 中非合作: China and Africa, not the Central African Republic
            i += 1
            continue
        tag = _KIND_TAG.get(actor.kind) or ("=LOC" if actor.place_type == "LOC" else "=GPE")
        if j == i and tokens[i][1] in ("ORG", "LOC") and tag in ("=GPE", "=LOC") and actor.kind == "place":
            tag = tokens[i][1] if tokens[i][1] == "ORG" else tag
        out.append((_piece(doc, start, tokens[j][0].end), tag))
        i = j + 1
    return out


@lru_cache(maxsize=1)
def name_prefixes() -> frozenset[str]:
    """Every prefix of every gazetteer name, so a run of words that starts no name is dropped at once."""
    return frozenset(name[:k] for name in KnowledgeBase.load().gazetteer() for k in range(1, len(name) + 1))


def _accept(word: str, actor: Actor, run: list[Token], sports: bool, text: str = "") -> bool:
    """Whether a KB name found over these words is really a name here (骑士 is a knight outside sports); a
    person's short name (高市) is, where the article names the person in full too (高市早苗)."""
    tags = {tag for _, tag in run}
    named = bool(tags & _ENTITY_TAGS)
    if actor.kind == "org" and _is_team(actor):
        return sports
    if actor.kind in ("country", "org") or named:
        return True
    return len(word) >= 3 or looks_transliterated(word) or actor.kind == "person" and name_tokens.named_in_full(
        actor, word, text)


def _is_team(actor: Actor) -> bool:
    return actor.id in _team_ids()


@lru_cache(maxsize=1)
def _team_ids() -> frozenset[str]:
    from ..kb import DATA_DIR, _read

    return frozenset(r["id"] for r in _read(DATA_DIR / "organizations.tsv") if r["kind"] == "sports")


def _teams(doc: Analysis, tokens: list[Token]) -> list[Token]:
    """中国 + 队, 印尼 + 女队: a country's team is an organisation."""
    out: list[Token] = []
    for span, tag in tokens:
        if out and span.text in _TEAM_NOUNS and out[-1][1] in ("=GPE", "LOC") and out[-1][0].end == span.start:
            previous = out.pop()[0]
            out.append((_piece(doc, previous.start, span.end), "=ORG"))
            continue
        out.append((span, tag))
    return out


@lru_cache(maxsize=1)
def _topic_suffixes() -> tuple[str, ...]:
    return place_words().get("NOT_PLACE_SUFFIX", ())


def _media_in_brackets(doc: Analysis, tokens: list[Token]) -> list[Token]:
    """《读卖新闻》: the words inside the marks are one ORG when they name an outlet."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        span, tag = tokens[i]
        if span.text == "《":
            close = next((k for k in range(i + 1, min(len(tokens), i + 6)) if tokens[k][0].text == "》"), None)
            if close is not None and close > i + 1:
                start, end = tokens[i + 1][0].start, tokens[close - 1][0].end
                inner = doc.norm_text[start:end]
                known = KnowledgeBase.load().gazetteer().get(inner)
                credited = _CREDITED_AFTER.match(doc.norm_text, tokens[close][0].end) and not inner.endswith(_DOCUMENT_TAIL)
                if (known is not None and known.kind == "org") or (_MEDIA_TAIL.search(inner) or credited) and len(inner) <= 8:
                    out += [(span, "w"), (_piece(doc, start, end), "=ORG"), tokens[close]]
                    i = close + 1
                    continue
        out.append((span, tag))
        i += 1
    return out


_POSTED = ("常驻", "驻")  # 阿常驻 (阿常驻联合国代表X): the tagger read a state's short name and 常驻 as a person


def _split_token(doc: Analysis, span: Span, tag: str) -> list[Token]:
    """美俄 -> 美 + 俄; 大桥弘说 -> 大桥弘 + 说; 约翰逊场 -> 约翰逊 + 场; 日本人 -> 日本 + 人."""
    word = doc.norm_text[span.start:span.end]
    if word in non_entities():
        return [(span, "n")]
    pair_tags = ("LOC", "ORG", "PER", "nz", "j", "n") if set(word) <= _CORE_PAIR else ("LOC", "ORG", "PER", "nz", "j")
    common = next((w for w in WORDS_OF_PLACE_CHARACTERS if len(word) > len(w) and word.endswith(w)), None)
    if common is not None and word[0] in ONE_CHAR_COUNTRIES:  # 对|华非法|制裁: China, then a common word
        cut = span.end - len(common)
        return [(_piece(doc, span.start, cut), "=GPE"), (_piece(doc, cut, span.end), "a")]
    if tag in pair_tags and 2 <= len(word) <= 3 and set(word) <= PAIR_COUNTRIES.keys() \
            and len(set(word)) == len(word) and word not in _NOT_PAIRS:
        return [(_piece(doc, span.start + k, span.start + k + 1), "=LOC" if word[k] in "欧亚非" else "=GPE")
                for k in range(len(word))]
    joined = _known_after_joiner(doc, span, word) if tag in ("n", "nz", "LOC", "ORG", "PER") and len(word) >= 5 \
        and word not in KnowledgeBase.load().gazetteer() else None
    if joined is not None:
        return joined  # 美方同泽连斯基: a side, 同 and a known person, read as one word
    if tag == "PER" and len(word) > 3 and word.endswith(_SCHOOL_TAIL) and word not in KnowledgeBase.load().gazetteer():
        return [(span, "ORG")]  # 某某某大学 / 某某某医院: a school named after a person is no person
    body = body_before_title(word) if tag == "ORG" else None
    if body:  # 朝鲜劳动党|中央书记: a known body, then a title
        return [(_piece(doc, span.start, span.start + len(body)), "=ORG"), (_piece(doc, span.start + len(body), span.end), "n")]
    if tag == "PER" and word.endswith(_POSTED) and word not in KnowledgeBase.load().gazetteer():
        cut = span.end - len(next(p for p in _POSTED if word.endswith(p)))  # 阿|常驻联合国代表: a state's short name
        head = word[:cut - span.start]  # and the verb of a posting, no person
        return [(_piece(doc, span.start, cut), "=GPE" if head in ONE_CHAR_COUNTRIES else "n"), (_piece(doc, cut, span.end), "v")]
    if tag == "PER" and len(word) >= 3:
        title = next((t for t in person_titles() if word.endswith(t) and len(word) > len(t)), None)
        if title is not None and word not in KnowledgeBase.load().gazetteer():
            cut = span.end - len(title)  # 江总书记: the name, then the title
            return [(_piece(doc, span.start, cut), "PER"), (_piece(doc, cut, span.end), "n")]
        head = word[:-1]
        known = KnowledgeBase.load().gazetteer()
        if word not in known:
            for size in range(len(word) - 1, 2, -1):  # 某某某此访, 某某某高调: a known person and a common word
                person, rest = known.get(word[:size]), word[size:]
                if person is not None and person.kind == "person" and (len(rest) >= 2 and _common_word(rest) or len(
                        rest) == 1 and rest not in _NAME_ENDINGS):
                    return [(_piece(doc, span.start, span.start + size), "=PER"), (_piece(doc, span.start + size, span.end), "n")]
        if word not in known and word[-1] in _SPEECH_TAIL or (head in known or head in transliterations()) and word not in known \
                and word not in transliterations() and not looks_transliterated(word) \
                and cue_lexicon()[0].match(doc.norm_text, span.end - 1):  # 卡茨警|告称, not 索伊卢|指责
            return [(_piece(doc, span.start, span.end - 1), "PER"), (_piece(doc, span.end - 1, span.end), "v")]
    if tag in ("LOC", "ORG", "PER") and len(word) >= 3 and word[0] == "国" and word not in KnowledgeBase.load().gazetteer() \
            and KnowledgeBase.load().country(word[1:]) is not None:  # 轮值主席|国印尼: 国 closes the word before
        return [(_piece(doc, span.start, span.start + 1), "n"), (_piece(doc, span.start + 1, span.end), "=GPE")]
    if tag in ("LOC", "ORG", "nz"):
        topic = next((t for t in _topic_suffixes() if word.endswith(t) and len(word) > len(t) + 1), None)
        if topic is not None:  # 乌克兰战争: the place is named, the war is not a place
            cut = span.end - len(topic)
            stem = KnowledgeBase.load().gazetteer().get(word[: -len(topic)])
            if stem is None or stem.kind not in ("country", "place"):
                return [(span, "n")]
            return [(_piece(doc, span.start, cut), "=GPE" if stem.place_type != "LOC" else "=LOC"),
                    (_piece(doc, cut, span.end), "n")]
    weather = next((w for w in _WEATHER if word.endswith(w) and len(word) > len(w)), None)
    if tag in ("LOC", "PER") and weather and KnowledgeBase.load().gazetteer().get(word[: -len(weather)]) is not None:
        cut = span.end - len(weather)  # 成都晴, 巴黎雷阵雨: a forecast line, the place and its weather
        return [*_split_token(doc, _piece(doc, span.start, cut), "LOC"), (_piece(doc, cut, span.end), "n")]
    if tag in ("LOC", "ORG", "PER", "nz") and len(word) >= 2:
        abbreviated = _split_abbreviation(doc, span, word)
        if abbreviated:
            return abbreviated
    if tag in ("ORG", "LOC") and len(word) >= 5:
        headed = _split_country_head(doc, span, word)
        if headed:
            return headed
    if tag in ("LOC", "PER") and _OUTLET_NAME_TAIL.search(word) and word not in KnowledgeBase.load().gazetteer():
        return [(span, "ORG")]  # 某城经济新闻网, 某州时报: an outlet named after its city is no place
    coded = _CODED_BODY.match(word) if tag in ("ORG", "LOC", "nz") else None
    if coded:
        cut = span.start + len(coded.group(1))
        return [(_piece(doc, span.start, cut), "ORG"), (_piece(doc, cut, span.end), "nz")]
    if tag in ("ORG", "LOC") and len(word) >= 5:
        lead = _person_then_preposition(doc, span, word)
        if lead:
            return lead
    if tag == "ORG":
        return split_org(doc, span, word)
    if tag == "LOC" and len(word) >= 3 and word[-1] not in _PLACE_TAIL:
        return _split_country_prefix(doc, span, word)
    return [(span, tag)]


_JOINERS_BEFORE_NAME = name_tokens.JOINERS_BEFORE_NAME
def _person_then_preposition(doc: Analysis, span: Span, word: str) -> list[Token] | None:
    """高市在众议院预算委员会 tagged one body: the known person, the preposition and the body, each a word."""
    size = name_tokens.person_before_preposition(doc, word)
    if size is None:
        return None
    cut = span.start + size
    return [(_piece(doc, span.start, cut), "=PER"), (_piece(doc, cut, cut + 1), "p"),
            *_split_token(doc, _piece(doc, cut + 1, span.end), "ORG")]


def _known_after_joiner(doc: Analysis, span: Span, word: str) -> list[Token] | None:
    """A word that ends in 同/与/和/跟/向/对 and a person the knowledge base knows (three characters or more):
    the words before (a known person too: 王毅同拉夫罗夫), the joiner and the person, each a word of its own."""
    known = KnowledgeBase.load().gazetteer()
    for size in range(len(word) - 2, 2, -1):
        person = known.get(word[-size:])
        at = len(word) - size
        if person is not None and person.kind == "person" and word[at - 1] in _JOINERS_BEFORE_NAME and at >= 2:
            cut = span.start + at
            front = known.get(word[:at - 1])
            front_tag = "=PER" if front is not None and front.kind == "person" else "n"  # 王毅同拉夫罗夫: two people
            return [*_split_token(doc, _piece(doc, span.start, cut - 1), front_tag), (_piece(doc, cut - 1, cut), "p"),
                    (_piece(doc, cut, span.end), "=PER")]
    return None


def _split_country_prefix(doc: Analysis, span: Span, word: str) -> list[Token]:
    """美国寝 (美国寝食难安), 日本三国: a country name LAC ran into the next word; a longer place name at the
    start wins over a country's short form inside it (大马士革国际机场: Damascus, not 大马)."""
    kb = KnowledgeBase.load()
    if kb.gazetteer().get(word) is not None:
        return [(span, "LOC")]
    for size in range(len(word) - 1, 1, -1):
        place = kb.gazetteer().get(word[:size])
        if place is not None and place.kind == "place" and kb.country(word[:size]) is None and size >= 3:
            # 大马士革国际机场: the city, not 大马 (Malaysia) + 士革
            return [(_piece(doc, span.start, span.start + size), "=LOC" if place.place_type == "LOC" else "=GPE"),
                    (_piece(doc, span.start + size, span.end), "n")]
        if kb.country(word[:size]) is not None:
            rest = kb.gazetteer().get(word[size:])
            rest_tag = ("=LOC" if rest.place_type == "LOC" else "=GPE") if rest and rest.kind == "place" else \
                "LOC" if names_a_state(word[size:]) else "n"  # 俄罗斯联邦|车臣共和国: a state inside it
            return [(_piece(doc, span.start, span.start + size), "=GPE"), (_piece(doc, span.start + size, span.end), rest_tag)]
    return [(span, "LOC")]


_ABBREVIATION_HEADS = {"媒", "企", "团", "会", "资", "商", "籍", "侨", "族", "船", "舰", "艇", "媒体", "企业", "商界", "方面"}
_NAME_ENDINGS = set("斯尔夫基克姆兹茨娃娅弗丝普诺特德")  # 某某|斯 is one foreign name, not a person and a word
_WEATHER = ("雷阵雨", "阵雨", "多云", "小雨", "中雨", "大雨", "暴雨", "小雪", "中雪", "大雪", "雨夹雪", "晴", "阴", "雾")
_BODY_WORDS = ("海关", "警方", "警察", "海警", "军方", "部队", "公司", "集团", "委员会", "中心", "协会", "银行")
_NAME_WORDS = {"PER", "LOC", "ORG", "nr", "ns", "nt", "nw"}


_NAME_DOT = re.compile(r"[·•・‧]")


def _split_abbreviation(doc: Analysis, span: Span, word: str) -> list[Token] | None:
    """韩媒, 澳商界, 澳葡萄酒, 中国科技: a country or its one-character form that LAC ran into a common word is
    the country, and the word is no name."""
    kb = KnowledgeBase.load()
    if kb.gazetteer().get(word) is not None or _NAME_DOT.search(word):
        return None  # 马利·索切达: the dot that parts a foreign name's given name and surname makes it one name
    run = next((k for k in (3, 2) if len(word) > k + 1 and len(set(word[:k])) == k and set(word[:k]) <= PAIR_COUNTRIES.keys()), 0)
    if run and any(kb.country(word[:k]) is not None for k in range(run + 1, len(word))):
        run = 0  # 亚美尼亚族: a country's own name opens the word, no run of one-character names (亚, 美)
    if run and _common_word(word[run:]):  # 俄乌战局: the two countries, and a word
        return [*((_piece(doc, span.start + k, span.start + k + 1), "=GPE") for k in range(run)),
                (_piece(doc, span.start + run, span.end), "n")]
    for size in (4, 3, 2, 1):
        head, rest = word[:size], word[size:]
        if not rest or not _HAN.match(head) \
                or kb.country(ONE_CHAR_COUNTRIES.get(head, head) if size == 1 else head) is None:
            continue
        if rest in _ABBREVIATION_HEADS or len(rest) >= 2 and _common_word(rest):
            cut = span.start + size
            return [(_piece(doc, span.start, cut), "=GPE"), (_piece(doc, cut, span.end), "n")]
        return None
    return None


@lru_cache(maxsize=4096)
def _common_word(word: str) -> bool:
    """A word that is no name on its own: LAC tags none of its words as a name, it is in neither the KB nor the
    transliteration table (葡萄酒, 科技; not 兰克福, 特尔)."""
    if KnowledgeBase.load().gazetteer().get(word) is not None or word in transliterations() or word[-1] in _PLACE_TAIL \
            or _MEDIA_TAIL.search(word) or word.endswith(_BODY_WORDS):
        return False
    return all(tag not in _NAME_WORDS for _, tag in context.current().lac.run(word))


_OWN_NAME_TAIL = ("公司", "集团", "大学", "群岛", "岛", "市", "州", "省")


def _split_country_head(doc: Analysis, span: Span, word: str) -> list[Token] | None:
    """美国雷神公司, 新西兰某某市, 美国国防承包商某某公司: a country before a company, a university or a place
    inside it is the country, then that name (a country's own bodies, 美国国务院, stay one name)."""
    kb = KnowledgeBase.load()
    names = kb.gazetteer()
    if names.get(word) is not None:
        return None
    size = next((k for k in range(min(len(word) - 3, 6), 1, -1) if kb.country(word[:k]) is not None), None)
    if size is None:
        return None
    for cut in range(size, len(word) - 2):
        rest = word[cut:]
        known = names.get(rest[:-2] if rest.endswith("政府") and len(rest) > 4 else rest)
        if known is not None and known.kind == "person" and cut == size:  # 澳大利亚某某政府: the country, its leader
            person_end = span.start + cut + len(known_name(rest))
            return [(_piece(doc, span.start, span.start + size), "=GPE"), (_piece(doc, span.start + cut, person_end), "=PER"),
                    *([(_piece(doc, person_end, span.end), "n")] if person_end < span.end else [])]
        if known is not None and known.kind in ("org", "place") and (known.kind == "place" or _company_like(known)) \
                or cut == size and rest.endswith(_OWN_NAME_TAIL) and not rest.endswith(_BODY_TAILS):
            pieces = [(_piece(doc, span.start, span.start + size), "=GPE")]
            if cut > size:
                pieces.append((_piece(doc, span.start + size, span.start + cut), "n"))
            rest_span = _piece(doc, span.start + cut, span.end)
            if known is not None:
                tag = _KIND_TAG.get(known.kind) or ("=LOC" if known.place_type == "LOC" else "=GPE")
            else:
                tag = "LOC" if rest.endswith(("群岛", "岛")) else "ORG" if rest.endswith(("公司", "集团", "大学")) else "=GPE"
            return pieces + [(rest_span, tag)]
    return None


_BODY_TAILS = ("政府", "国会", "议会")


def known_name(rest: str) -> str:
    return rest[:-2] if rest.endswith("政府") and len(rest) > 4 else rest


def _company_like(actor: Actor) -> bool:
    return actor.id in _company_ids()


@lru_cache(maxsize=1)
def _company_ids() -> frozenset[str]:
    from ..kb import DATA_DIR, _read

    return frozenset(r["id"] for r in _read(DATA_DIR / "organizations.tsv")
                     if r["kind"] in ("company", "research", "media", "sports", "ngo"))
