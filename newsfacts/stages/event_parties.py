"""The parties an event stage can name: coded entity mentions (doc.actor_mentions) without the
generic codes of no state (IGO), plus named groups of states (data/event_groups.tsv), each member,
and runs of one-character state names (美英澳三国); a state named as the topic (俄乌冲突) is none."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..doc import actor_mentions, code_of_span, entity_at, mentions_in, quoted
from ..kb import KnowledgeBase
from ..model import Analysis, Span
from ..nlp.chinese import SENTENCE_ENDS as SENTENCE_END, back_to, normalise
from ..nlp.words import state_abbreviations, titles
from . import event_anaphors
from .event_counted import counted_groups
from .event_officers import body_of_person, bodies_of_officers, office_only, states_of_officers  # noqa: F401 (body_of_person re-exported)
from .event_references import (BODIES as _BODIES, CLAUSE_STOPS as _CLAUSE_STOPS, bodies_of_states_named, is_place,
                               mandate_withheld, plural_pronouns, seats_as_bodies, spoken_of_in, state_of_firm,
                               this_body, this_officer, this_state)

# Phoenix codes for kinds of actor, not states or the bodies PLOVER codes (UN, EU, NATO).
GENERIC_CODES = {"IGO", "NGO", "MNC", "REB", "INS", "OPP", "GOV", "MIL", "BUS", "MED", "CVL", "IMG"}
_CACHE_SIZE = 4


@lru_cache(maxsize=1)
def _groups() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(row[1].split()) for row in lexicon.rows("event_groups.tsv")}


def is_group(name: str) -> bool:
    """The name is one of the named groups of states (data/event_groups.tsv)."""
    return name in _groups()


@lru_cache(maxsize=1)
def _group_re():
    return lexicon.alternation(_groups())


# A state named as the subject matter of a noun (乌克兰局势, 俄乌冲突, 朝核问题) is not a party there.
_TOPIC = re.compile(r"(?:核)?(?:局势|冲突|问题|危机|争端|战争|战事|战场|局面|和谈|议题)")
# 涉 + a name (涉港, 涉台问题, 涉华法案): "concerning X", the subject matter, not a party; not the
# verbs 干涉/交涉/牵涉 (干涉中国内政: China is the one interfered with).
_CONCERNING = re.compile(r"(?<![干交牵])涉$")
# 美英澳三国, 中厄: a run of one-character state names the tagger kept as one uncoded name.
_TITLED = re.compile(r"([^新老前副原代])(?:外长|总统|总理|防长|首相|国防部长|外交部长|大使|领导人|国王)")
# What follows a run of state names that names their bilateral relations or joint bodies (中坦关系,
# 中厄渔业合作, 中澳部长级经济联委会), so the run is no other word (巴沙认为 is a name).
_BILATERAL_HEAD = re.compile(r"两国|三国|四国|五国|双方|各方|三方|关系|合作|友好|友谊|领导人|元首|首脑|外长|防长|总理|总统|"
                             r"部长|经贸|贸易|渔业|军事|战略|安全|联合|全面|之间|间|建交|边境|会谈|会晤|峰会|对话|伙伴|同盟|联盟")


@lru_cache(maxsize=1)
def _sector_head():
    """A field of cooperation before a relation noun (中厄农业合作, 中巴人文交流): data/cooperation_fields.txt."""
    fields = lexicon.alternation_source(lexicon.words("cooperation_fields.txt"))
    return re.compile(r"(?:%s)(?:务实)?(?:合作|交流|往来|伙伴|关系|领域)" % fields)
_NOT_A_RUN_TAGS = {"PER", "TIME", "nr", "t", "m", "w"}
_RUN_TAIL = re.compile(r"(?:两国|三国|四国|五国|双方|各方|三方|四方)?$")


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    """A state's one-character abbreviation → its likeliest state (data/country_abbreviations.tsv)."""
    return {char: codes[0] for char, codes in state_abbreviations().items()}


def _in_context(codes: tuple[str, ...], named: set[str]) -> tuple[str, ...]:
    """An abbreviation with several readings (巴: PAK or BRA) reads as the state the document names
    in full; without one, as the likeliest."""
    return tuple(dict.fromkeys(
        next((c for c in state_abbreviations()[char] if c in named), code) for char, code in codes))


# A character whose reading its partner beside it decides (applied to every party mention, runs included):
# 巴以 is Palestine and Israel, not Pakistan
_PAIRED_READING = {("巴", frozenset({"以"})): "PSE"}


def _paired_reading(text: str, mention: Span) -> Optional[str]:
    """The state a one-character name stands for beside its partner (巴 in 巴以 / 以巴), else None."""
    if len(mention.text) != 1:
        return None
    near = {text[mention.start - 1:mention.start], text[mention.end:mention.end + 1]}
    return next((code for (char, partners), code in _PAIRED_READING.items()
                 if char == mention.text and partners & near), None)


def _run_chars(name: str, person: bool = False) -> tuple[tuple[str, str], ...]:
    """(character, likeliest state) of each state in a run of one-character names (美英澳三国 → USA
    GBR AUS), or of one such name before a title (厄外长, 厄总统拉索 → ECU), else ()."""
    titled = _TITLED.match(name)
    if titled and titled.group(1) in _abbreviations():
        return ((titled.group(1), _abbreviations()[titled.group(1)]),)
    if person:
        return ()
    stem = name[:_RUN_TAIL.search(name).start()]
    table = _abbreviations()
    if not 2 <= len(stem) <= 5 or any(char not in table for char in stem):
        return ()
    return tuple((char, table[char]) for char in stem)


def _run_codes_each(name: str) -> tuple[tuple[str, str], ...]:
    """(character, state) for every character of a run of one-character state names, or ()."""
    chars = _run_chars(name)
    return chars if len(chars) == len(name[:_RUN_TAIL.search(name).start()]) else ()


@lru_cache(maxsize=1)
def _part_re() -> re.Pattern:
    return re.compile("(?:%s)$" % lexicon.alternation_source(lexicon.words("state_parts.txt")))


def _state_of_part(mention: Span, kind: str) -> list[tuple[Span, str]]:
    """An uncoded name that is a state's name and one of its parts (苏丹空军, 乌克兰东部, 南苏丹边境;
    data/state_parts.txt): the state, on the span of its name."""
    if kind not in ("GPE", "ORG", "LOC"):
        return []
    part = _part_re().search(mention.text)
    if part is None or part.start() < 2:
        return []
    country = KnowledgeBase.load().country(normalise(mention.text[:part.start()]))
    if country is None:
        return []
    return [(Span(mention.start, mention.start + part.start(), mention.text[:part.start()]), country.iso3)]


# 中国海关总署 / 日本经济产业省: an uncoded body of government named after its state
_GOVERNMENT_BODY = re.compile(r"(?:部|省|署|局|厅|委员会|办公室|政府|议会|国会|法院|检察院|警方|当局|总统府)$")


def _state_of_body(mention: Span, kind: str) -> list[tuple[Span, str]]:
    """An uncoded body of government whose name opens with its state's: the state, on the span of that name."""
    if kind != "ORG" or not _GOVERNMENT_BODY.search(mention.text):
        return []
    for size in range(min(6, len(mention.text) - 1), 1, -1):
        country = KnowledgeBase.load().country(normalise(mention.text[:size]))
        if country is not None:
            return [(Span(mention.start, mention.start + size, mention.text[:size]), country.iso3)]
    return []


_POSTED = re.compile(r"(?P<body>[\u4e00-\u9fff]{2,10}?)驻")


def _post_of_body(mention: Span, kind: str) -> list[tuple[Span, str]]:
    """An uncoded office that a known body keeps abroad or in a region (外交部驻港公署, 商务部驻X特派员
    办事处): the state of that body, on the span of the body's name."""
    posted = _POSTED.match(mention.text) if kind == "ORG" else None
    if posted is None:
        return []
    body = KnowledgeBase.load().organization(posted.group("body"))
    if body is None or len(body.country) != 3:
        return []
    return [(Span(mention.start, mention.start + posted.end("body"), posted.group("body")), body.country)]


def _is_bilateral(text: str, end: int) -> bool:
    """What follows `end` names relations or joint bodies of the states before it."""
    return bool(_BILATERAL_HEAD.match(text, end) or _sector_head().match(text, end))


def _is_topic(text: str, end: int, start: int = -1) -> bool:
    """The name ending at `end` is the topic of a noun, alone or in a run (俄乌冲突), or follows
    涉 (涉港, 涉台: what a matter concerns)."""
    if _TOPIC.match(text, end) or start > 0 and bool(_CONCERNING.search(text, max(0, start - 2), start)):
        return True
    return end < len(text) and text[end] in _abbreviations() and bool(_TOPIC.match(text, end + 1))


# A city named before a meeting or the text it made (哥本哈根会议, 明斯克协议): the name of the occasion
# or document, not the government of the capital; not talks (与莫斯科会谈: Moscow is the partner).
_MEETING_NAMED = re.compile(r"(?:气候)?(?:会议|峰会|大会|论坛|协议|协定|议定书|共识|宣言|进程)")


def _names_meeting(doc: Analysis, mention: Span) -> bool:
    return bool(_MEETING_NAMED.match(doc.norm_text, mention.end)) and is_place(doc, mention) \
        and KnowledgeBase.load().country(normalise(mention.text)) is None


_built: list[tuple[Analysis, list[tuple[Span, str]], list[int]]] = []


_ERA_AFTER = re.compile(r"时期|时代")  # 苏联时期的无人机, 奥斯曼帝国时代: a time, no party
_NAMED_AFTER_PERSON = re.compile(r"(?:空军|海军)?(?:基地|机场|大桥|广场|大街|大道|港)")  # 恩格斯空军基地: a place


# 击落伊朗制造的无人机, 使用了英法生产的“风暴阴影”巡航导弹: the state that made the weapons shot down or used is no
# party of the act (but 禁止采购中国生产的无人机: a ban on a state's goods is aimed at it, and a purchase is from it)
_MADE = re.compile(r"(?:联合)?(?:制造|生产|研制|研发|产|造|制)的(?:“[^”]{1,12}”)?[^，,。；;]{0,6}?"
                   r"(?:无人机|导弹|坦克|武器|战机|飞机|火箭|炮|弹药|装备|舰|战车|装甲车)")
_USED_OR_HIT = re.compile(r"(?:击落|击毁|摧毁|拦截|缴获|打掉|打下|使用|动用|用)了?[^，,。；;]{0,8}$")
_USE_REACH = 12  # characters before the maker searched for the verb that uses or hits what it made


def _without_makers(text: str, found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """`found` less the parties named as the maker of weapons the clause uses or hits (a run of them: 英法生产的)."""
    ends = {m.start: m.end for m, _ in found}

    def maker(mention: Span) -> bool:
        at = mention.end
        while at in ends and ends[at] > at:
            at = ends[at]  # 英|法生产的: the run goes on to the last of its parties
        return _MADE.match(text, at) is not None and \
            _USED_OR_HIT.search(text, max(0, mention.start - _USE_REACH), mention.start) is not None
    return [(m, code) for m, code in found if not maker(m)]


def _all(doc: Analysis) -> tuple[list[tuple[Span, str]], list[int]]:
    """Every party mention of the document in text order, built once per document."""
    for known, mentions, starts in _built:
        if known is doc:
            return mentions, starts
    text = doc.norm_text
    datelines = [dateline for p in doc.article.paragraphs for dateline in (_dateline(text, p.start, p.end),) if dateline]
    people = {m.span.start for m in doc.mentions if m.type == "PER"}
    found = [(m, c) for m, c in actor_mentions(doc, 0, len(text))
             if c not in GENERIC_CODES and not (m.start in people and _NAMED_AFTER_PERSON.match(text, m.end)) and not _is_topic(text, m.end, m.start) and not _names_meeting(doc, m)
             and not mandate_withheld(text, m, c) and not _guessed_unit(doc, m) and not _ERA_AFTER.match(text, m.end)
             and not any(a <= m.start < b for a, b in datelines)]  # 新华社北京10月5日电: where it was filed
    named = {code for _, code in found}
    entity_starts = set()
    for mention, entity in mentions_in(doc, 0, len(text)):
        entity_starts.add(mention.start)
        side = _side(mention.text, named) if not entity.country else None
        if side is not None:
            found.append((mention, side))
        elif not entity.country and entity.type in ("GPE", "ORG", "LOC", "PER"):
            found.extend((mention, code) for code in _in_context(_run_chars(mention.text, entity.type == "PER"), named))
            found.extend(_state_of_part(mention, entity.type) or _post_of_body(mention, entity.type)
                         or state_of_firm(mention, entity.type) or _state_of_body(mention, entity.type))
    for mention in doc.mentions:  # 印度航空公司 the article-level filter kept no entity of: a firm of its state
        if mention.type == "ORG" and mention.span.start not in entity_starts:
            found.extend(state_of_firm(mention.span, "ORG"))
    covered = {i for mention, _ in found for i in range(mention.start, mention.end)}
    for token, tag in doc.tokens:  # 中厄渔业合作, 中坦关系: a run the entity stage kept no name of
        if token.start in covered:
            if token.end - 1 not in covered and tag not in _NOT_A_RUN_TAGS and _is_bilateral(text, token.end):
                # 中秘人文交流: the entity stage named 中 alone; the rest of the run is a party too
                found.extend((Span(token.start + i, token.start + i + 1, char), code) for i, (char, code)
                             in enumerate(zip(token.text, _in_context(_run_codes_each(token.text), named)))
                             if token.start + i not in covered)
            continue
        side = _side(token.text, named)
        if side is not None:  # 阿方 the tagger read as a name
            found.append((token, side))
        elif tag in ("PER", "nr") and not text.endswith(titles(), 0, token.start):  # 厄外长 before a name the
            # knowledge base does not know (not 大使伊泰: a name after its title is a person's, not 伊 and 泰)
            found.extend((token, code) for code in _in_context(_run_chars(token.text, person=True), named))
        elif tag not in _NOT_A_RUN_TAGS and _is_bilateral(text, token.end):
            found.extend((token, code) for code in _in_context(_run_chars(token.text), named)
                         if not _is_topic(text, token.end))
    found.extend(_run_partners(doc, found, covered, named))
    for position, code in _sides_in_text(text, covered, named):  # 同阿方一道: a side inside a token the tagger glued
        found.append((Span(position, position + 2, text[position:position + 2]), code))
    found.extend(_institutions_in_text(doc, covered, named))
    for match in _group_re().finditer(doc.norm_text):
        span = Span(match.start(), match.end(), match.group(0))
        found.extend((span, code) for code in _groups()[match.group(0)])
    found.extend(counted_groups(text, found, set(_BODIES)))  # 美英澳…。三国外长: each of the three
    found.sort(key=lambda pair: (pair[0].start, -pair[0].end))
    found = bodies_of_states_named(doc, seats_as_bodies(text, found))
    found = this_body(doc, this_state(doc, bodies_of_officers(doc, _officers_of_bodies(doc, states_of_officers(doc, found)))))
    found = plural_pronouns(doc, this_officer(doc, found))
    found = [(mention, _paired_reading(text, mention) or as_state(code)) for mention, code in found]
    found = _without_makers(text, found)
    regions = {m.start for m, code in found if code in _CHINESE_REGIONS}
    found = [(m, code) for m, code in found if not (code == "CHN" and m.end in regions)]  # 中国台湾地区: Taiwan
    _built.insert(0, (doc, found, [m.start for m, _ in found]))
    del _built[_CACHE_SIZE:]
    return found, _built[0][2]


_CHINESE_REGIONS = frozenset({"TWN", "HKG", "MAC"})  # named after 中国 (中国台湾地区, 中国香港), the region is the party
_ADMIN_UNIT = re.compile(r"(?:省|州|市|县|区)$")


def _guessed_unit(doc: Analysis, mention: Span) -> bool:
    """An administrative unit the knowledge base does not know (呼罗珊省, 伊德利卜省): the entity stage
    reads it as a mainland unit by its suffix alone, which foreign provinces share; it is no party
    (a unit written after its state, 智利…阿里卡省, has that state's code and stays)."""
    entity = entity_at(doc, mention)
    return entity is not None and entity.type == "GPE" and entity.id.startswith("local:") \
        and entity.country == HOME and _ADMIN_UNIT.search(entity.name) is not None


# Special administrative regions act and are acted on as their state (FORMAT.md codes states; Taiwan
# keeps its own code there).
_SAR_STATE = {"HKG": "CHN", "MAC": "CHN"}


def as_state(code: Optional[str]) -> Optional[str]:
    """The code an event party takes: a special administrative region's state, else the code itself."""
    return _SAR_STATE.get(code, code) if code else code

_OFFICE_REACH = 12  # characters of office titles between a body and its officer (联合国秘书长古特雷斯)
_LONGEST_NAME = 64  # characters: no body's name is longer


def _officers_of_bodies(doc: Analysis, found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A person named right after an office of the UN, EU or NATO (联合国秘书长古特雷斯, 欧盟理事会主席
    米歇尔) acts for that body: his own country is no party there."""
    text = doc.norm_text
    bodies = [index for index, (_, code) in enumerate(found) if code in _BODIES]
    kept = []
    for index, (mention, code) in enumerate(found):
        body = None
        for earlier in reversed(bodies[:bisect_left(bodies, index)]):  # the nearest body named before first
            m, c = found[earlier]
            if m.start < mention.start - _OFFICE_REACH - _LONGEST_NAME:
                break  # found is in text order: every earlier body ends too far back
            if m.end <= mention.start and mention.start - m.end <= _OFFICE_REACH \
                    and office_only(text[m.end:mention.start]):
                body = c
                break
        entity = entity_at(doc, mention) if body is not None and code != body else None
        if entity is not None and entity.type == "PER":
            continue
        kept.append((mention, code))
    return kept


# A side (阿方) stands after a preposition, a clause break or a verb of asking, and 方 opens no word of
# its own (以方便, 新方法, 各方面 are no sides).
_SIDE_IN_TEXT = re.compile(r"(?<=[同与和跟向对给及、，,。：:；;“\n促请])(.)方(?![法案面便向式针位言阵块圆形略剂程才可能知兴舱寸子物志正])")


_COUNTRIES_OF = re.compile(r"各国|国家|诸国|等国")  # 欧美各国: the countries of a region, no two parties


def _run_partners(doc: Analysis, found: list[tuple[Span, str]], covered: set[int],
                  named: set[str]) -> list[tuple[Span, str]]:
    """美欧, 中欧: a one-character name the tagger kept alone, no state of the knowledge base (欧 is the
    EU, a body), glued to a one-character state already coded, is the run's second party."""
    singles = {m.start for m, _ in found if m.end - m.start == 1}
    partners = []
    for mention, entity in mentions_in(doc, 0, len(doc.norm_text)):
        if (mention.end - mention.start == 1 and not entity.country and mention.start not in covered
                and mention.text in _abbreviations()
                and (mention.start - 1 in singles or mention.end in singles)
                and not _COUNTRIES_OF.match(doc.norm_text, max(mention.end, mention.end + 1 if mention.end in singles else 0))):
            partners.extend((mention, code) for code in _in_context(((mention.text, _abbreviations()[mention.text]),), named))
    return partners


def _sides_in_text(text: str, covered: set[int], named: set[str]) -> list[tuple[int, str]]:
    found = []
    for match in _SIDE_IN_TEXT.finditer(text):
        code = _side(match.group(0), named) if match.start() not in covered else None
        if code is not None and match.start() + 1 not in covered:
            found.append((match.start(), code))
    return found


# Abbreviations Chinese news uses for a state's institutions without naming the state in full (美军,
# 中企, 俄外长); every other one (以军, 阿政府, 新政府) stands for a state only where the article names it.
_CONVENTIONAL = frozenset("中美日韩朝俄乌英法德澳")


@lru_cache(maxsize=1)
def _institution_re() -> re.Pattern:
    """An abbreviation glued to an institution noun (data/state_institution_nouns.txt), the noun not
    running on into a longer word (中企业家, 以军事手段)."""
    chars = "".join(sorted(char for char in state_abbreviations() if len(char) == 1))
    nouns = sorted(lexicon.rows("state_institution_nouns.txt"), key=lambda row: -len(row[0]))
    alternatives = "|".join(re.escape(row[0]) + ("(?![%s])" % row[1].strip() if len(row) > 1 and row[1].strip() else "")
                            for row in nouns)
    return re.compile("([%s])(?:%s)" % (chars, alternatives))


def _institutions_in_text(doc: Analysis, covered: set[int], named: set[str]) -> list[tuple[Span, str]]:
    """美军, 中企, 德政府, 俄外长: a state's abbreviation glued to one of its institutions, where the
    abbreviation opens a word of the tagger's (not 中美军方's 美, nor 赴美): the state, on the whole form."""
    text = doc.norm_text
    starts = {token.start for token, _ in doc.tokens}
    found = []
    for match in _institution_re().finditer(text):
        if match.start() not in starts or any(i in covered for i in range(match.start(), match.end())):
            continue
        char = match.group(1)
        code = _named_reading(char, named) or (state_abbreviations()[char][0] if char in _CONVENTIONAL else None)
        if code is None:
            continue
        if not _is_topic(text, match.end(), match.start()):
            found.append((Span(match.start(), match.end(), match.group(0)), code))
    return found


def _side(name: str, named: set[str]) -> Optional[str]:
    """A state's side named by its one-character abbreviation (阿方, 巴方) that no entity codes: the
    state of that abbreviation the article names in full (阿 is Argentina, Algeria, Afghanistan…);
    none when the article names none of them."""
    if len(name) != 2 or name[1] != "方":
        return None
    return _named_reading(name[0], named)


def _named_reading(char: str, named: set[str]) -> Optional[str]:
    """The one state of a one-character abbreviation that the article names in full; None when it
    names none or several of them."""
    readings = [code for code in state_abbreviations().get(char, ()) if code in named]
    return readings[0] if len(readings) == 1 else None


# 新华社北京10月5日电 / 【环球网巴黎5日讯】: the dateline that opens a paragraph names where the report was filed
_DATELINE = re.compile(r"[\s\u3000【\[]*[\u4e00-\u9fffA-Za-z]{2,14}?\d{1,2}月\d{1,2}日(?:电|讯)")


def _dateline(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    found = _DATELINE.match(text, start, end)
    return (start, found.end()) if found else None


def mentions(doc: Analysis, start: int, end: int) -> list[tuple[Span, str]]:
    """(mention, code) of every party mentioned inside text[start:end], in text order; a group gives
    one pair per member, all on the group's span."""
    found, starts = _all(doc)
    out = []
    for mention, code in found[bisect_left(starts, start):]:
        if mention.start >= end:
            break
        if mention.end <= end:
            out.append((mention, code))
    return out


def codes(doc: Analysis, start: int, end: int) -> list[str]:
    """The codes of the parties in text[start:end], in text order, repeats removed; not a place after 驻
    (驻伊拉克美军, 美国驻日本大使: where a state's forces or envoy are posted, never a party)."""
    text = doc.norm_text
    return list(dict.fromkeys(code for m, code in mentions(doc, start, end)
                              if not posted_in(text[max(0, m.start - 2):m.start])))


def posted_in(before: str) -> bool:
    """The words right before a name post someone there (驻X), not bring troops in (进驻X)."""
    return before.endswith("驻") and not before.endswith("进驻")


# Who is named where: the codes of a stretch of a clause (clause_codes), with places after 在/于 as where.
LOCATIVE = ("在", "于", "赴", "到", "抵达", "前往", "访问")
# What may stand between a place and a place inside it (沙特城市吉达, 叙利亚北部城市阿勒颇, 乌克兰首都基辅).
_PLACE_LINK = re.compile(r"(?:[东西南北中]部|东南部|东北部|西南部|西北部)?(?:港口城市|边境城市|城市|首都|港口|港市|小镇|城镇|省|州|地区)?")
NOT_LOCATIVE = tuple(row[0] for row in lexicon.rows("not_locative.txt") if row[1:2] == ("word",))  # 由于美国…: no place
BOTH = re.compile(r"双方|两国")
_PRONOUN = re.compile(r"他们|她们|他|她|我们|我国|我方")
HOME = "CHN"  # 我国 outside a quotation: the country of the Chinese-language press this reads
WITH = re.compile(r"[与和同跟]")
# 来自中国的合金, 原产于X的商品: verbs that name where goods come from (event_targets, event_modifiers)
ORIGIN_VERB = r"(?:来自|产自|产于|源自|原产于|进口自)"
# 在X举行/召开/举办…, 在X进行的会谈: X hosts the meeting, it is no party to it; not 在X驻Y使馆前举行抗议,
# where X's mission is what the protest is held at.
# 在巴厘岛峰会上提出, 在达沃斯论坛期间: the place of a meeting named as where something was said or done.
VENUE = re.compile(r"[^，,。；;的在与和同跟对向驻前外]{0,8}?(?:举行|召开|举办|进行的?[^，,。；;]{0,6}?(?:会谈|谈判|磋商|会晤|对话|会议)"
                    r"|(?:峰会|论坛|年会|会议)(?:上|期间))")


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    return frozenset(normalise(c) for country in KnowledgeBase.load().countries.values() for c in country.capitals_zh)


def sub_state(doc: Analysis, mention: Span) -> bool:
    """A province, region or city that is no capital (山西, 圣保罗): it stands for no government, as 北京
    or 华盛顿 do."""
    entity = entity_at(doc, mention)
    return is_place(doc, mention) and normalise(entity.name) not in _capitals()


def between_places(doc: Analysis, trigger: Span, source: str, target: str) -> bool:
    """Both parties are named in the trigger's clause only as provinces or cities (山西和圣保罗加强合作):
    a tie between localities, no act between their states."""
    text = doc.norm_text
    begin = back_to(text, 0, trigger.start, _CLAUSE_STOPS)
    end = trigger.end
    while end < len(text) and text[end] not in _CLAUSE_STOPS:
        end += 1
    found = [(m, c) for m, c in mentions(doc, begin, end) if c in (source, target)]
    return source != target and {c for _, c in found} == {source, target} and all(sub_state(doc, m) for m, _ in found)


def clause_codes(doc: Analysis, start: int, end: int, locative: bool = False) -> list[str]:
    """Actor codes in text[start:end]; places after 在/于 are where, not who, unless `locative`;
    a pronoun (此前他…) stands for the last person quoted."""
    text = doc.norm_text
    found = []
    where_end = venue_end = -1
    for mention, code in mentions(doc, start, end):
        before = text[max(start, mention.start - 2):mention.start]
        if posted_in(before):
            continue  # 美国驻日本大使: the post the envoy holds, never a party of his act
        venue = VENUE.match(text, mention.end) if before.endswith("在") else None
        if venue is not None or mention.end <= venue_end:
            venue_end = max(venue_end, venue.end() if venue else -1)
            continue  # 在吉达举行的苏丹谈判: the venue of a meeting is where, even when no other party is named
        if not locative and where_end >= 0 and _PLACE_LINK.fullmatch(text, where_end, mention.start) and is_place(doc, mention):
            where_end = mention.end
            continue  # 在土耳其安卡拉, 在沙特城市吉达: the city goes on naming the place
        if not locative and before.endswith(LOCATIVE) and (not before.endswith(NOT_LOCATIVE)
                                                           or before.endswith("正在") and is_place(doc, mention)) \
                and not (before.endswith("在") and WITH.match(text, mention.end) and not is_place(doc, mention)):
            where_end = mention.end
            continue  # 在乌克兰 is where; 在中国同中亚五国…峰会上 names the parties
        if not locative and is_place(doc, mention) and spoken_of_in(text, start, end, mention.start):
            continue  # 在讲话中提到喀布尔，并谴责…: the city spoken of is no party to the act
        found.append((mention.start, code))
        if mention.end == end and not locative and is_place(doc, mention) and \
                (len({c for _, c in found}) > 2 or BOTH.search(text, start, mention.start)):
            found.pop()  # 中法两国领导人马赛会晤: a city or island right before the act is where
    pronoun = _PRONOUN.search(text, start, end)
    if not found and not pronoun:
        titled = event_anaphors.titled_anaphor(doc, start, end, mentions)  # 该发言人 / 这位发言人: the body whose spokesperson it is
        if titled is not None:
            found.append(titled)
    if pronoun and pronoun.group(0) == "我国" and not quoted(doc, pronoun.start(), "content"):
        found.append((pronoun.start(), HOME))  # the writer's own country: the press of the PRC
    elif pronoun and not found:
        speaker = _speaker_of_first_person(doc, pronoun.start()) if pronoun.group(0).startswith("我") else \
            next((q.speaker for q in reversed(doc.quotes)
                  if q.speaker is not None and q.content.start < pronoun.start()), None)
        if pronoun.group(0) in ("他", "她"):
            person = _last_person(doc, pronoun.start())
            if person is not None and (speaker is None or person.start > speaker.start):
                speaker = person  # 普京…。他曾多次赴叙利亚: the person named last
        code = speaker_state(doc, speaker) if speaker is not None else None
        if code is None and pronoun.group(0) in ("他", "她"):
            code = event_anaphors.titled_subject_before(doc, pronoun.start(), mentions)  # 美国国务卿会见了…。他敦促…: the office-holder
        if code:
            found.append((pronoun.start(), code))
    return list(dict.fromkeys(code for _, code in sorted(found, key=lambda pair: pair[0])))  # a group's members in its order


def _last_person(doc: Analysis, position: int) -> Optional[Span]:
    """The last person with a state named in this sentence or the one before it."""
    text = doc.norm_text
    begin = back_to(text, 0, position, SENTENCE_END)
    begin = back_to(text, 0, max(0, begin - 1), SENTENCE_END)
    people = [m for m, e in mentions_in(doc, begin, position)
              if e.type == "PER" and e.country and not in_quotation_marks(text, begin, m.start)]
    if not mentions_in(doc, back_to(text, 0, position, SENTENCE_END), position):
        # 马克龙已和普京通过电话。(次日，)他也和…: a pronoun before any party of its sentence is the subject before
        subjects = [m for m in people if _opens_clause(doc, begin, m)]
        people = subjects or people
    return people[-1] if people else None


CONTEXT_SENTENCES = 2  # sentences before an official's introduction searched for the state he serves
TITLE_REACH = 8  # characters of office between a state and its official (政府发言人, 外交部副部长)


def state_in_context(doc: Analysis, person: Span) -> Optional[str]:
    """The state an official serves by his introduction: the one right before his title (A国政府发言人X),
    or, with a bare title (…A国否认此事。外交部长X说), the one state the sentences just
    before him name."""
    text = doc.norm_text
    entity = entity_at(doc, person)
    if entity is None and person.text in titles():
        return _earlier_holder(doc, person)  # 发言人表示 after 外交部驻港公署发言人予以谴责: that body's
    first = min(entity.mentions, key=lambda m: m.start) if entity is not None and entity.type == "PER" else person
    clause = back_to(text, 0, first.start, _CLAUSE_STOPS)
    if not text[clause:first.start].endswith(titles()):
        return None
    named = mentions(doc, clause, first.start)
    if named:  # 卢旺达政府发言人X: the state right before his title
        mention, code = named[-1]
        return code if first.start - mention.end <= TITLE_REACH and len({c for m, c in named if m == mention}) == 1 \
            else None
    begin = clause
    for _ in range(CONTEXT_SENTENCES):
        while begin > 0 and (text[begin - 1] in SENTENCE_END or text[begin - 1].isspace()):
            begin -= 1  # past the end of the sentence before
        begin = back_to(text, 0, begin, SENTENCE_END)
    named = {c for _, c in mentions(doc, begin, clause)} - GENERIC_CODES
    return named.pop() if len(named) == 1 else None


def speaker_state(doc: Analysis, speaker: Span) -> Optional[str]:
    """The state a speaker acts for: his own code, else the state his context names (a region as its state)."""
    return as_state(code_of_span(doc, speaker) or state_in_context(doc, speaker))


def _earlier_holder(doc: Analysis, title: Span) -> Optional[str]:
    """The state of the body or state named right before the last earlier use of the same bare title
    (…外交部驻港公署发言人予以谴责。发言人表示…): a title alone refers back to the holder introduced."""
    text = doc.norm_text
    at = text.rfind(title.text, 0, title.start)
    while at >= 0:
        named = mentions(doc, max(0, at - TITLE_REACH - 8), at)
        if named and at - named[-1][0].end <= TITLE_REACH:
            return named[-1][1]
        at = text.rfind(title.text, 0, at)
    return None


def _opens_clause(doc: Analysis, begin: int, person: Span) -> bool:
    """Nothing but his state and office stands between the clause's start and `person` (法国总统马克龙…)."""
    text = doc.norm_text
    start = max(begin, text.rfind("，", begin, person.start) + 1, back_to(text, begin, person.start, SENTENCE_END))
    before = text[start:person.start]
    for mention, _ in mentions(doc, start, person.start):
        before = before.replace(text[mention.start:mention.end], "")
    for title in titles():
        before = before.replace(title, "")
    return not before.strip()


def in_quotation_marks(text: str, begin: int, position: int) -> bool:
    """A quotation mark opened before `position` (from `begin`) and not yet closed: words someone said."""
    return text.rfind("“", begin, position) > text.rfind("”", begin, position)


def _speaker_of_first_person(doc: Analysis, position: int) -> Optional[Span]:
    """我们/我方 inside a statement is its speaker (外交部发言人说，我们敦促美方…)."""
    inside = next((q.speaker for q in doc.quotes if q.content.start <= position < q.content.end), None)
    if inside is not None:
        return inside
    # 发言人重申，…。我们敦促X…: a statement reproduced past its last quote, in the same paragraph
    last = next((q for q in reversed(doc.quotes) if q.content.end <= position), None)
    text = doc.norm_text
    if last is None or last.speaker is None or "\n" in text[last.content.end:position]:
        return None
    own = speaker_state(doc, last.speaker)
    between = {code for _, code in mentions(doc, last.content.end, position)}
    return last.speaker if own is not None and between <= {own} else None  # no other party comes between
