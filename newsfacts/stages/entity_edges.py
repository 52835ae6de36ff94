"""Mention edges that LAC's word cuts got wrong, repaired before mentions become entities: a conjunction
glued on (和某国, 某大会堂同), the first sound of a foreign name glued to the title before it (领导人列|某某),
a one-character country form read inside an ordinary word (媲美, 抗美援朝, 中高风险), a city in a time
zone (北京时间), names of things, languages and peoples read as actors (“某某”号, 某某战车, 某某语, 某某人), and
handles (@某某：)."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..kb import KnowledgeBase
from ..model import Analysis, Mention
from ..nlp import common_words
from ..nlp.chinese import span as original_span
from ..nlp.gazetteer import _COUNTRY_RUN_NEXT, non_entities
from ..nlp.names import chinese_person, looks_transliterated
from ..nlp.speech import cue_lexicon
from ..nlp.words import WORDS_OF_PLACE_CHARACTERS, generic_state, one_char_places, place_words, titles

_JOINING = "和与同及跟"  # conjunctions and 同 (with) that LAC glues to the name beside them
_CLOSING = "”」』’\"'"
# One-character verbs and prepositions that take a country's or province's one-character form as their
# object in a two-character word (访华, 驻华, 抵京, 援乌, 对华): Chinese usage.
_ABBREVIATION_VERBS = set("访来驻在赴抵离返旅援侵对涉反亲仇留入出回居输联助犯辱媚崇排")
_TIME_ZONE = ("时间",)
_EVENTS_AFTER = ("冬奥会", "奥运会", "亚运会", "世博会")
_CITY_AREAS = ("市区", "城区", "郊区", "境内", "市中心")
_RANKS = ("副部长级", "部长级", "副总理级", "总理级", "高级别", "首脑级")
# Nouns that make the name before them a longer name of their kind: Chinese usage (印度洋, 巴拿马运河, 北溪管道).
_HEADS = (("海峡", "LOC"), ("管道", "LOC"), ("水库", "LOC"), ("大陆", "LOC"), ("运河", "LOC"), ("群岛", "LOC"),
          ("洋", "LOC"), ("帝国", "GPE"), ("王朝", "ORG"), ("工坊", "ORG"))
_UNIT_NUMBER = re.compile(r"第[0-9０-９一二三四五六七八九十百]+")
# Common nouns after a name that make a team, an office or a holding of it, not a body of its own name.
_COMMON_TAILS = ("团队", "代表团", "报道", "股份", "老大", "球迷", "粉丝")
_MORE_BODY_ENDS = ("党", "盟", "会", "关", "署", "队", "团", "所", "处", "社", "网", "台", "报", "刊", "行", "店", "厂")
_KIN = ("丈夫", "妻子", "夫人", "儿子", "女儿", "父亲", "母亲", "之子", "之女", "之妻", "哥哥", "弟弟", "姐姐", "妹妹")
_COUNTED = re.compile(r"[一二三四五六七八九十两几多各诸数]+国")
_ADMIN = ("市", "省", "县", "区", "州")
_SUBJECT_ADVERBS = "都也则还均亦"  # adverbs right after a subject that the tagger may glue to a name
_BODY_ENDS = ("部", "委", "局", "署", "厅", "院", "办", "会", "司", "处")
_NAME_JOINERS = set("·•・‧-－")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_BUILDING = re.compile(r"\d+(栋|幢|号楼|单元|层)")  # a building, an entrance, a floor by its number
_SHORES = ("畔", "沿岸", "岸边", "湖边", "河边", "江边")  # the shore of a lake or river (Chinese locatives)
_WATERS = ("湖", "河", "江", "海", "池", "塘", "潭", "溪")
_IN_ALL = re.compile(r"[有计]")
_NOT_LOCATIVE = set("的和与及据对向是由在为被将把称说")  # before a 中共 that is the party (据中共, 和中共)
_STEMS, _ELEMENTS = set("甲乙丙丁戊己庚辛壬癸"), set("木火土金水")  # heavenly stems and the five elements
_VEHICLE_MEASURES = set("辆架艘款")  # measure words of vehicles, aircraft, ships and product models (Chinese usage)
_ROLE_ENDS = set("人官长员家者手")  # 领导人, 指挥官, 部长, 议员: the last character of a role noun


def repair(doc: Analysis, mentions: list[Mention]) -> list[Mention]:
    """The mentions with glued edges trimmed or extended and the non-names dropped, in text order."""
    words = _Words(doc)
    out = []
    for mention in mentions:
        if mention.type == "TIME":
            out.append(mention)
            continue
        mention = _media_of(doc, _trim_edges(doc, mention))
        mention = _after_glued_title(doc, mention, words)
        if _not_a_name(doc, mention, words):
            continue
        out.extend(_kin_apart(doc, mention))
    out = _no_counted_makes(doc, out)
    out = _people_by_their_usual_form(doc, _bodies_with_rank(doc, _with_heads(doc, out)))
    return _places_of_bodies(doc, _people_written_whole(doc, _known_before_a_common_noun(doc, out)))


def _no_counted_makes(doc: Analysis, mentions: list[Mention]) -> list[Mention]:
    """A name the article counts as a vehicle or a model once (新款某某, 一辆某某) is a make or model at its other
    mentions too (某某区别于某某), never a person."""
    text = doc.norm_text
    counted = {text[m.span.start:m.span.end] for m in mentions if m.type == "PER" and m.span.start > 0
               and text[m.span.start - 1] in _VEHICLE_MEASURES}
    if not counted:
        return mentions
    return [m for m in mentions if m.type != "PER" or text[m.span.start:m.span.end] not in counted]


def _places_of_bodies(doc: Analysis, mentions: list[Mention]) -> list[Mention]:
    """桑|给|巴尔 (a person 巴尔) where the article names bodies 桑给巴尔议会, 桑给巴尔某某学院: the name its bodies
    open with is a place, and a person's name LAC cut out of it is that place (the last one to three
    characters before it, with it, open a body's name followed by what makes it a body)."""
    text = doc.norm_text
    bodies = [text[m.span.start:m.span.end] for m in mentions if m.type == "ORG" and m.span.end - m.span.start >= 5]
    if not bodies:
        return mentions
    out = []
    for mention in mentions:
        start, end = mention.span.start, mention.span.end
        place = None
        if mention.type == "PER" and end - start <= 3:
            for k in (1, 2, 3):
                name = text[max(0, start - k):end]
                if len(name) == end - start + k and _HAN_RUN.fullmatch(name) and any(
                        b.startswith(name) and _body_like(b[len(name):]) for b in bodies):
                    place = start - k
                    break
        if place is None:
            out.append(mention)
            continue
        out = [m for m in out if m.span.end <= place]
        out.append(Mention(span=original_span(doc, place, end), type="GPE", confidence=0.8))
    return out


def _people_written_whole(doc: Analysis, mentions: list[Mention]) -> list[Mention]:
    """如贝尔|伯克者, 纳隆|攀: where the article writes a person's whole name elsewhere, a name LAC cut short
    at the start of that name is the whole name."""
    text = doc.norm_text
    whole = sorted({text[m.span.start:m.span.end] for m in mentions if m.type == "PER" and m.span.end - m.span.start >= 3},
                   key=len, reverse=True)
    if not whole:
        return mentions
    grown: list[tuple[int, int]] = []
    out = []
    for mention in mentions:
        start, end = mention.span.start, mention.span.end
        name = None
        if mention.type != "TIME" and mention.confidence < 0.9:
            name = next((w for w in whole if len(w) > end - start and text.startswith(w, start)), None)
        if name is None:
            out.append(mention)
            continue
        grown.append((start, start + len(name)))
        out.append(Mention(span=original_span(doc, start, start + len(name)), type="PER", confidence=mention.confidence))
    if grown:
        out = [m for m in out if (m.span.start, m.span.end) in grown
               or not any(s <= m.span.start and m.span.end <= e for s, e in grown)]
    return out


def _known_before_a_common_noun(doc: Analysis, mentions: list[Mention]) -> list[Mention]:
    """CNN报道团队, 某某访华代表团, 某部新闻办公室, 某港股份 read as one body: the known name before a common noun
    (a team, an office, a stake) is the name (a known name with another word, 央视新闻, stays whole)."""
    kb, text = KnowledgeBase.load(), doc.norm_text
    people = {text[m.span.start:m.span.end]: "PER" for m in mentions if m.type == "PER"}
    out = []
    for mention in mentions:
        word = text[mention.span.start:mention.span.end]
        if mention.type != "ORG" or mention.confidence >= 0.9 or len(word) < 4 \
                or word.endswith(place_words().get("LOC_SUFFIX", ())):  # 北大西洋 is an ocean, not 北大 + 西洋
            out.append(mention)
            continue
        found = None
        for cut in range(len(word) - 1, 1, -1):
            head, rest = word[:cut], word[cut:]
            kind = people.get(head) or _kind_of(kb, head)
            if kind is None:
                continue
            tail = next((t for t in _COMMON_TAILS if rest.endswith(t)), None)
            middle = rest[:-len(tail)] if tail else ""
            if middle and (_body_like(middle) or middle.endswith(place_words().get("LOC_SUFFIX", ()))):
                cut = len(word) - len(tail)  # 汉堡|港股份: the port, less the stake
                kind = "LOC" if middle.endswith(place_words().get("LOC_SUFFIX", ())) else "ORG"
            if tail and len(middle) <= 3 and (kind in ("PER", "ORG") or tail == "股份"):
                found = (cut, kind)  # a country's delegation or office (中国代表团) is a body of its own
            break
        if found is None:
            out.append(mention)
            continue
        cut, kind = found
        out.append(Mention(span=original_span(doc, mention.span.start, mention.span.start + cut), type=kind,
                           confidence=mention.confidence))
    return out


def _kind_of(kb: KnowledgeBase, name: str) -> Optional[str]:
    actors = kb.lookup(name)
    if not actors:
        return None
    kind = actors[0].kind
    return {"person": "PER", "org": "ORG", "country": "GPE"}.get(kind) or (
        "LOC" if actors[0].place_type == "LOC" else "GPE")


def _body_like(rest: str) -> bool:
    words = place_words()
    return rest.endswith(words.get("ORG_SUFFIX", ()) + words.get("BODY_SUFFIX", ()) + _MORE_BODY_ENDS)


def _with_heads(doc: Analysis, mentions: list[Mention]) -> list[Mention]:
    """A name with the noun that makes it a longer name right after it (印度|洋, 北溪|管道, 拜占庭|帝国, 某某|王朝),
    or a unit with its number right before it (第12|海军陆战团): the longer name, of the head's kind."""
    text, out, grown = doc.norm_text, [], []
    taken = {(m.span.start, m.span.end) for m in mentions}
    for mention in mentions:
        if mention.type == "TIME":
            out.append(mention)
            continue
        start, end = mention.span.start, mention.span.end
        head = next(((h, k) for h, k in _HEADS if text.startswith(h, end)), None)
        if head and end - start >= 2 and _head_fits(doc, mention, head[0]) and (start, end + len(head[0])) not in taken:
            out.append(Mention(span=original_span(doc, start, end + len(head[0])), type=head[1],
                               confidence=min(mention.confidence, 0.8)))
            grown.append((start, end + len(head[0])))
            continue
        number = _UNIT_NUMBER.search(text, max(0, start - 8), start)
        if mention.type == "ORG" and number and number.end() == start:
            out.append(_moved(doc, mention, number.start(), end))
            continue
        if mention.type == "ORG" and _UNIT_NUMBER.fullmatch(text, start, end):
            continue  # 第96 of 第96|军团: a number, not a unit
        out.append(mention)
    if grown:  # 大陆 of 美洲大陆 is no mention of its own
        out = [m for m in out if (m.span.start, m.span.end) in grown
               or not any(s <= m.span.start and m.span.end <= e for s, e in grown)]
    return out


def _head_fits(doc: Analysis, mention: Mention, head: str) -> bool:
    if head == "大陆":
        return mention.type == "LOC"  # 美洲大陆; 中国大陆 is the country's mainland
    if head == "洋":  # 印度洋、; not 某国洋垃圾
        after = doc.norm_text[mention.span.end + 1:mention.span.end + 2]
        return mention.type in ("GPE", "LOC") and (not after or not "\u4e00" <= after <= "\u9fff" or after in "的和与及上沿海")
    return True


def _bodies_with_rank(doc: Analysis, mentions: list[Mention]) -> list[Mention]:
    """中澳部长级经济联委会 that LAC cut at 中澳部|长级: a body named by the countries and the rank of its meeting
    is one name from the countries on (and no country-and-部 fragment inside it)."""
    text, grown = doc.norm_text, []
    for mention in mentions:
        if mention.type != "ORG":
            continue
        rank = next((r for r in _RANKS if text.endswith(r, 0, mention.span.start)), None)
        if rank is None:
            continue
        start = mention.span.start - len(rank)
        while start > 0 and text[start - 1] in one_char_places():
            start -= 1
        if mention.span.start - len(rank) - start >= 2:
            grown.append((mention, start))
    if not grown:
        return mentions
    spans = [(start, mention.span.end) for mention, start in grown]
    out = []
    for mention in mentions:
        new = next((start for m, start in grown if m is mention), None)
        if new is not None:
            out.append(_moved(doc, mention, new, mention.span.end))
        elif not any(s <= mention.span.start and mention.span.end <= e for s, e in spans):
            out.append(mention)
    return out


def _people_by_their_usual_form(doc: Analysis, mentions: list[Mention]) -> list[Mention]:
    """A person's name with a character or two of the next or previous word glued on once (某某真, 料某某)
    where the article writes the name alone at least twice (three times for a two-character name), is that name; two names glued together (某某某某某,
    both written alone elsewhere) are two mentions."""
    counts: dict[str, int] = {}
    for mention in mentions:
        if mention.type == "PER":
            word = doc.norm_text[mention.span.start:mention.span.end]
            counts[word] = counts.get(word, 0) + 1
    if len(counts) < 2:
        return mentions
    out = []
    for mention in mentions:
        word = doc.norm_text[mention.span.start:mention.span.end] if mention.type == "PER" else ""
        if counts.get(word) != 1 or len(word) < 3 or mention.confidence >= 0.9 or word.isascii() or any(
                c.isascii() and c.isalpha() for c in word):
            out.append(mention)
            continue
        out.extend(_usual_forms(doc, mention, word, counts))
    return out


def _usual_forms(doc: Analysis, mention: Mention, word: str, counts: dict[str, int]) -> list[Mention]:
    start, end = mention.span.start, mention.span.end
    least = 3 if len(word) == 3 else 2  # 某某笑 once against 某某 three times: the name and a verb
    for cut in range(2, len(word) - 1):
        if counts.get(word[:cut], 0) and counts.get(word[cut:], 0):
            return [_moved(doc, mention, start, start + cut), _moved(doc, mention, start + cut, end)]
    text = doc.norm_text
    for extra in (1, 2, 3):
        head, tail = word[:-extra], word[extra:]
        # glued characters that begin (某某商|讨, 小李刚|才) or end (对|阵某某) a common word of the word list: the
        # name written alone once elsewhere is enough; otherwise only one or two characters, against `least`
        need_head = 1 if common_words.common_word_at(text, end - extra) else least if extra < 3 else None
        need_tail = 1 if common_words.common_word_ending(text, start + extra) else least if extra < 3 else None
        if (need_head and len(head) >= 2 and counts.get(head, 0) >= need_head
                and not _NAME_JOINERS & set(word[-extra:])):
            return [_moved(doc, mention, start, end - extra)]
        if (need_tail and len(tail) >= 2 and counts.get(tail, 0) >= need_tail
                and not _NAME_JOINERS & set(word[:extra])):
            return [_moved(doc, mention, start + extra, end)]
    return [mention]


def _moved(doc: Analysis, mention: Mention, start: int, end: int) -> Mention:
    return Mention(span=original_span(doc, start, end), type=mention.type, confidence=mention.confidence)


def _trim_edges(doc: Analysis, mention: Mention) -> Mention:
    """和某国 (the rest a known name), 州长某某 (the title's 长), 某党籍 (the party), 某大会堂同 (a place or body of three characters or more before 同), a count
    after a city, an officer's title after a body."""
    start, end = mention.span.start, mention.span.end
    word = doc.norm_text[start:end]
    if mention.type in ("PER", "LOC", "GPE") and len(word) >= 4 and word[-1] in _SUBJECT_ADVERBS \
            and word[0] == "长" and cue_lexicon()[0].match(doc.norm_text, end):
        end, word = end - 1, word[:-1]  # 外长沙阿都|强调: the adverb after the subject, before the cue
    if len(word) >= 3 and word[0] == "长" and start > 0 and _holder_after_title(word[1:]) and (
            doc.norm_text[start - 1] in _ADMIN and not any(common_words.is_word(word[:n]) or KnowledgeBase.load()
                                                          .lookup(word[:n]) for n in range(2, len(word) + 1))
            or _country_title_before(doc.norm_text, start)):
        # 某某州长某某: the title 州长 (省长, 市长) was cut after the place, and its 长 run into the holder's name
        known = KnowledgeBase.load().gazetteer()
        whole = next((n for n in range(len(word) - 1, 1, -1) if word[1:1 + n] in known), None)
        end = start + 1 + whole if whole else end  # 防长|华莱士|通电话: the known name, not the next word's 通
        return Mention(span=original_span(doc, start + 1, end), type="PER", confidence=mention.confidence)
    if len(word) >= 4 and word.endswith("党籍") and mention.type == "ORG":
        return _moved(doc, mention, start, end - 1)  # 某某党籍议员: a member of the party, which is the name
    if len(word) >= 3 and word[0] in _JOINING and KnowledgeBase.load().lookup(word[1:]):
        return _moved(doc, mention, start + 1, end)
    if len(word) >= 4 and word[-1] in _JOINING and mention.type != "PER":
        return _moved(doc, mention, start, end - 1)
    if mention.type != "PER":  # 人民大会堂同来华: a place or body, then 同 and the words after it
        words = place_words()
        ends = words.get("LOC_SUFFIX", ()) + words.get("ORG_SUFFIX", ()) + words.get("BODY_SUFFIX", ())
        cut = next((i for i in range(3, len(word) - 1) if word[i] in _JOINING and word[:i].endswith(ends)), None)
        if cut is not None:
            return _moved(doc, mention, start, start + cut)
    area = next((a for a in _CITY_AREAS if word.endswith(a) and len(word) > len(a) + 1), None)
    if area and mention.type in ("GPE", "LOC") and KnowledgeBase.load().lookup(word[:-len(area)]):
        return _moved(doc, mention, start, end - len(area))  # 首尔市区: the city
    digit = next((i for i, c in enumerate(word) if c.isdigit()), None)
    if digit is not None and digit >= 3 and word[:digit].endswith(_ADMIN) and mention.type in ("GPE", "LOC"):
        return _moved(doc, mention, start, start + digit)  # 某市122例: a count after the city
    if digit is not None and digit >= 2 and mention.type in ("GPE", "LOC") and _BUILDING.match(word, digit):
        return _place_stem(doc, mention, start + digit)  # 某某岛39栋: a building's number after the place
    shore = next((s for s in _SHORES if word.endswith(s) and len(word) > len(s) + 1), None)
    if shore and mention.type in ("GPE", "LOC") and word[:-len(shore)].endswith(_WATERS):
        return _place_stem(doc, mention, end - len(shore))  # 某某湖畔: the lake, not its shore
    if mention.type == "ORG" and len(word) >= 5:
        title = next((t for t in titles() if word.endswith(t) and len(word) - len(t) >= 3), None)
        if title and word[:-len(title)].endswith(_BODY_ENDS):
            return _moved(doc, mention, start, end - len(title))  # 某某部总经济师: the body, not its officer
    return mention


def _country_title_before(text: str, start: int) -> bool:
    """巴基斯坦外长|沙阿: a state's minister whose title's 长 the tagger read into the name after it (长沙…)."""
    at = start - 1
    return text[at:start + 1] in titles() and text[at] not in _ADMIN and \
        any(KnowledgeBase.load().country(text[at - n:at]) is not None for n in range(2, 7) if at >= n)


def _holder_after_title(rest: str) -> bool:
    """A person's name after 州长 / 市长 (not 长安西区, 长子县: a place that opens with 长)."""
    if rest.endswith(place_words().get("GPE_SUFFIX", ()) + place_words().get("PLACE_SUFFIX", ())
                     + place_words().get("LOC_SUFFIX", ())):
        return False
    return any(c in _NAME_JOINERS for c in rest) or looks_transliterated(rest) or chinese_person(rest) is not None


def _place_stem(doc: Analysis, mention: Mention, end: int) -> Mention:
    """The place before what LAC ran into it, a region (LOC) when its ending says so (湖, 岛)."""
    stem = doc.norm_text[mention.span.start:end]
    kind = "LOC" if stem.endswith(place_words().get("LOC_SUFFIX", ())) else mention.type
    return Mention(span=original_span(doc, mention.span.start, end), type=kind, confidence=mention.confidence)


class _Words:
    """LAC's words by the offset where they end, and their starts in order, to find the word over a character."""

    def __init__(self, doc: Analysis):
        self.text = doc.norm_text
        self.ends = {span.end: span for span, _ in doc.tokens}
        ordered = sorted(doc.tokens, key=lambda token: token[0].start)
        self.spans = [span for span, _ in ordered]
        self.tags = [tag for _, tag in ordered]
        self.starts = [span.start for span in self.spans]

    def ending_at(self, offset: int) -> Optional[str]:
        span = self.ends.get(offset)
        return self.text[span.start:span.end] if span is not None else None

    def over(self, at: int) -> Optional[tuple[int, str, str]]:
        i = bisect_right(self.starts, at) - 1
        if i < 0 or not self.spans[i].start <= at < self.spans[i].end:
            return None
        span = self.spans[i]
        return span.start, self.text[span.start:span.end], self.tags[i]


def _kin_apart(doc: Analysis, mention: Mention) -> list[Mention]:
    """某某丈夫某某 read as one person: two people and the word that relates them."""
    if mention.type != "PER":
        return [mention]
    word = doc.norm_text[mention.span.start:mention.span.end]
    for kin in _KIN:
        at = word.find(kin, 2)
        if at >= 2 and len(word) - at - len(kin) >= 2:
            start = mention.span.start
            return [_moved(doc, mention, start, start + at), _moved(doc, mention, start + at + len(kin), mention.span.end)]
    return [mention]


def _media_of(doc: Analysis, mention: Mention) -> Mention:
    """澳媒, 韩媒 read as a person: the country's press, a mention of the country by its one-character form."""
    word = doc.norm_text[mention.span.start:mention.span.end]
    if mention.type == "PER" and len(word) == 2 and word[1] == "媒" and word[0] in one_char_places():
        return Mention(span=original_span(doc, mention.span.start, mention.span.start + 1), type="GPE",
                       confidence=mention.confidence)
    return mention


def _after_glued_title(doc: Analysis, mention: Mention, words: _Words) -> Mention:
    """领导人列|某某: LAC put the first sound of a foreign name into the title word before it; 总理内|塔尼亚胡办公室:
    likewise before a body named after a person the knowledge base knows."""
    if mention.type not in ("PER", "ORG") or mention.span.start < 2:
        return mention
    start = mention.span.start
    name = doc.norm_text[start - 1:mention.span.end]
    if "\u4e00" <= name[0] <= "\u9fff" and _known_person_over(name):
        return _moved(doc, mention, start - 1, mention.span.end)
    word = words.ending_at(start)
    if mention.type != "PER" or word is None or len(word) < 3 \
            or not (word[:-1].endswith(titles()) or word[-2] in _ROLE_ENDS):
        return mention
    if "·" in name and looks_transliterated(name) and not looks_transliterated(word[-2:]):
        return _moved(doc, mention, start - 1, mention.span.end)
    return mention


def _known_person_over(name: str) -> bool:
    """内|塔尼亚胡办公室: a person of the knowledge base (three characters or more) starts one character
    before the mention and runs into it."""
    kb = KnowledgeBase.load()
    return any(kb.knows_person(name[:n]) for n in range(len(name), 2, -1))


def _not_a_name(doc: Analysis, mention: Mention, words: _Words) -> bool:
    text = doc.norm_text
    start, end = mention.span.start, mention.span.end
    word, after = text[start:end], text[end:end + 4]
    if mention.type in ("GPE", "LOC") and after.startswith(_TIME_ZONE):
        return True  # 北京时间: a time zone (the dateline's place, 某社北京5月3日电, stays: NER sets mark it)
    if mention.type in ("GPE", "LOC") and after.startswith(_EVENTS_AFTER):
        return True  # 北京冬奥会: the name of the games, not the place as an actor
    if _COUNTED.fullmatch(word):
        return True  # 五国, 两国: a count of countries
    if word == "中共" and _IN_ALL.match(text, end) and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" \
            and text[start - 1] not in _NOT_LOCATIVE:
        return True  # 本轮疫情中|共有51例: 中 (in) and 共有 (in all), not the party
    if mention.type != "PER" and generic_state(word) and KnowledgeBase.load().country(word) is None:
        return True  # 共和国, 人民共和国: a common noun without the state's own name (阿拉伯联合酋长国 is a state's)
    if end - start == 1 and mention.type in ("GPE", "LOC"):
        return _loose_abbreviation(words, start)
    if len(word) >= 3 and word.endswith("语") and (looks_transliterated(word[:-1]) or _known_place(word[:-1])):
        return True  # 斯瓦希里语, 阿拉伯语: a language
    if len(word) >= 3 and word.endswith("人") and (_known_place(word[:-1]) or looks_transliterated(word[:-1])):
        return True  # 阿拉伯人, 俄罗斯人: a people, not an actor
    if mention.type in ("PER", "ORG") and (_drug_name(word) or _drug_stem_cut(word, text[end:end + 2])):
        return True  # 某某匹韦, 某某单抗, 某某片, 某某变异株 (or LAC's cut of one): a medicine or a strain, no actor
    if _fortune_term(word, text[end:end + 3]):
        return True  # 夫妻宫, 红鸾星, 丁火, 金舆贵人: fortune-telling terms of a horoscope, not actors
    if mention.type == "PER" and mention.confidence < 0.9 and _in_handle(text, start):
        return True  # @某某：: an account's handle in a roll of comments, not a person's name
    if mention.type == "PER" and mention.confidence < 0.9:
        unquoted = after.lstrip(_CLOSING)
        return unquoted.startswith(place_words().get("THING_AFTER", ()))  # “某某”号, 某某战车: a ship, a weapon
    return False


@lru_cache(maxsize=1)
def _drug_words() -> dict[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    for kind, word in lexicon.rows("names/drug_names.tsv"):
        groups.setdefault(kind, []).append(word)
    return {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in groups.items()}


_RUN_ON_MIN = 5  # frequency in jieba's list of a word after a name that keeps it a name (定于, 定调; not 定将)


def _drug_stem_cut(word: str, after: str) -> bool:
    """阿兹夫|定: LAC cut a transliterated drug name short of its INN stem (not 某某夫|定于: a word follows)."""
    return not common_words.common_word(after[:2], _RUN_ON_MIN) and any(looks_transliterated(word) and (word + after[:n]).endswith(stem) and len(word) >= len(stem)
               for stem in _drug_words().get("STEM", ()) for n in (1, 2) if len(after) >= n)


def _drug_name(word: str) -> bool:
    """A medicine by its INN stem (莫某匹韦, 某某单抗) or a product or strain by its form (某某片, 某某变异株), where
    what comes before is a transliteration, a drug, or no name the KB knows (data/names/drug_names.tsv)."""
    if word in _drug_words().get("NAME", ()):
        return True  # 芬太尼: a drug named whole
    if KnowledgeBase.load().lookup(word):
        return False
    stem = next((s for s in _drug_words().get("STEM", ()) if word.endswith(s) and len(word) > len(s)), None)
    if stem and looks_transliterated(word):
        return True
    form = next((f for f in _drug_words().get("FORM", ()) if word.endswith(f) and len(word) >= len(f) + 2), None)
    if form is None:
        return False
    rest = word[: -len(form)]
    return looks_transliterated(rest) or _drug_name(rest) or (len(form) > 1 and not KnowledgeBase.load().lookup(rest))


@lru_cache(maxsize=1)
def _fortune_words() -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for kind, word in lexicon.rows("names/fortune_terms.tsv"):
        groups.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in groups.items()}


def _fortune_term(word: str, after: str) -> bool:
    """A term of Chinese fortune-telling (data/names/fortune_terms.tsv): a life palace (夫妻宫), a star (红鸾星), a
    stem with its element (丁火), a term of its own (旺夫), or a name right before 贵人 or 格 (金舆贵人)."""
    terms = _fortune_words()
    if word in terms.get("WORD", ()) or "宫" in word[1:] and word[:word.index("宫", 1)] in terms.get("PALACE", ()):
        return True  # 夫妻宫, and 福元宫里福星 (a palace LAC ran on into)
    if word.endswith("星") and word[:-1] in terms.get("STAR", ()):
        return True
    if len(word) == 2 and word[0] in _STEMS and word[1] in _ELEMENTS:
        return True
    return after.startswith(tuple(terms.get("BEFORE", ())))


def _in_handle(text: str, start: int) -> bool:
    """Whether the text from the last @ before `start` (within 12 characters, on the same line) is an account
    handle running into the mention (@某某某：)."""
    at = text.rfind("@", max(0, start - 12), start)
    return at >= 0 and not any(c in text[at + 1:start] for c in "\n，。：:；! ！?？ ")


def _known_place(name: str) -> bool:
    return any(a.kind in ("country", "place") for a in KnowledgeBase.load().lookup(name))


@lru_cache(maxsize=1)
def _place_char_words() -> frozenset[str]:
    return frozenset(lexicon.words("names/place_char_words.txt"))


def _loose_abbreviation(words: _Words, at: int) -> bool:
    """A one-character country or province form stands for the place alone (美), in a run of such forms
    (中美, 俄乌冲突, 京津沪渝), or after a verb that takes it (访华, 抵京); inside another word it is a
    syllable of that word (媲美, 抗美援朝, 温哥华港, 中高风险), or opens a known name (华为)."""
    word = words.over(at)
    if word is None:
        return False
    start, text, tag = word
    if text in non_entities():
        return True
    if len(text) == 1:  # 新闻|台: a common word the tagger cut before its last character (地理新闻台)
        return any(words.text[max(0, at - k):at + 1] in _place_char_words() for k in (1, 2))
    common = next((text.find(w) for w in WORDS_OF_PLACE_CHARACTERS if w in text), -1)
    if 0 < common <= at - start:
        return True  # 华非法: 非 and 法 make the word 非法, no run of places
    places = one_char_places()
    run = 0
    while run < len(text) and text[run] in places:
        run += 1
    if run >= 2 and at - start < run or _COUNTRY_RUN_NEXT.match(words.text, at + 1):
        return False  # 中美, 美英澳三国, 墨美两国: a run of forms
    if at == start:  # 韩媒, 澳商界, 台商; but not 日间行车灯 (another proper noun) nor 华为, a company's own name
        return tag == "nz" or bool(KnowledgeBase.load().lookup(text))
    return not (len(text) == 2 and at - start == 1 and text[0] in _ABBREVIATION_VERBS)

