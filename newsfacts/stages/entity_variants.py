"""One entity per person or body, and no names that are not the article's (FORMAT.md: unique named entities;
variant spellings of one entity are one entity; bylines are boilerplate, not entities). Run after the entity
filter (entity_filter.py), which was fitted on the entities as the linking rules give them.

* variants of one name: a foreign name written with and without its joiner (乔-佩里, 乔佩里), a player's junior
  form beside the bare name (小波特, 波特), a nickname of a name's character and a familiar ending (穆帅 for
  穆里尼奥, 威少 for 威斯布鲁克, 峰哥 for 汪峰: Chinese news usage), a team's short form beside its full one (北控,
  北控男篮), a body of 省/市 beside the same body under the province's or city's name the article names (省人社厅,
  甘肃人社厅), a body's abbreviation beside its full name (某市卫健委, 某市卫生健康委: the short form keeps the first
  and last characters and leaves out no whole word), a body named by its place beside the same body under the
  party and the higher places (雁塔区委, 中共西安市雁塔区委);
* a company's name LAC cut after its place in brackets (|某某（北京）文化有限公司) is the whole name back to the
  bracket's opening and the characters before it;
* run-ons: a name LAC ran into the word before or after it, where the article reports the name itself (对|阵乔-佩里,
  四川博物院|馆藏, CCTV5|直播), is that name; two names run together (北大韦神: 北大 and 韦神) are no third name;
* no names: a person named only in a credit line (（记者某某）, 编辑丨某某, 文/某某, 某某 摄, 某某供图, a lone (某某)
  closing a paragraph) is the article's byline, not a person of its story; a "name" with a slash or a bar in it is
  a piece of such a line; so are a web address, letters cut out of a longer Latin word (TO of TOD), an English
  function word (The), a surname with 姓 (王姓: a family) and a person's name with a company's ending (某某公司)."""
from __future__ import annotations

import re
from typing import Optional

from ..model import Analysis, Entity, Span
from ..nlp import common_words
from ..nlp.chinese import normalise, span as original_span
from ..nlp.names import surnames
from ..nlp.words import addressed_as, place_words, surname_address

_JOINERS = re.compile(r"[·•・‧\-－—.．]")
# Familiar endings of sports and show-business nicknames made of one character of the name (Chinese usage).
_NICK_ENDS = set("帅少哥神皇姐")
# What makes a team's full name of its short one (北控 -> 北控男篮).
_TEAM_ENDS = ("男篮", "女篮", "男足", "女足", "男排", "女排", "队")  # not 俱乐部: 中超俱乐部 are the league's clubs
_UNIT_PREFIXES = ("省", "市", "区", "县")
# Words that open a credit line and the name(s) after them (Chinese news usage): a reporter's (记者某某 in a
# bracket, at a line's start or with a separator: not 某社记者某某问道, a journalist of the story), an editor's
# (with a separator or a space: not 该书作者某某).
_REPORTERS = ("记者", "通讯员", "实习生", "摄影", "摄像")
_EDITORS = ("责任编辑", "责编", "编辑", "主编", "审核", "审校", "校对", "作者", "撰文", "制图", "编译", "出品人", "监制")
_SEPARATORS = r"[：:|丨｜/／]"
_NAMES_BEFORE = r"(?:[\u4e00-\u9fffA-Za-z·]{2,4}[ \u3000、，,]+){0,3}$"
_CREDIT_BEFORE = re.compile(
    rf"(?:(?:{'|'.join(_REPORTERS + _EDITORS)})\s*{_SEPARATORS}\s*|(?:{'|'.join(_EDITORS)})[ \u3000]+"
    rf"|(?<![\u4e00-\u9fff])[文图]\s*{_SEPARATORS}\s*){_NAMES_BEFORE}")
_REPORTER_BEFORE = re.compile(rf"(?:{'|'.join(_REPORTERS)})\s*{_NAMES_BEFORE}")
_CREDIT_AFTER = re.compile(r"(?:[、 ][\u4e00-\u9fff]{2,4})*\s*[/／]?\s*(?:摄(?![影像入取制氏政])|供图|图(?=\s|$))")
_IDIOM_TAGS = ("i", "l")  # jieba's tags of idioms and set phrases
_LINE_PIECES = re.compile(r"[/／|丨｜]")
# A credit closing a paragraph in brackets: （某台记者某某某某）, （某某网某某）, then the paragraph's end or the editor's line.
_CREDIT_CONTENT = re.compile(r"^[\u4e00-\u9fffA-Za-z·• 、]{2,24}$")
_AFTER_CREDIT = re.compile(r"\s|$|责任编辑|责编|编辑")
_OUTLET_ENDS = ("网", "社", "台", "报", "新闻", "客户端")
_WEB = re.compile(r"(?i)www\.|https?:|\.(?:com|cn|net|org)\b")
_ENGLISH_FUNCTION_WORDS = {"the", "a", "an", "and", "of", "in", "on", "for", "to", "by", "with", "at", "from"}
_COMPANY_ENDS = ("公司", "集团")
_PARAGRAPH_END = "。！？!?…”\"\n"
_CROSSING_MIN = 20  # a word of the list this frequent, run across a name's edge, shows LAC cut there wrongly
_NOT_RUN_ON = set("党盟会社网台报刊行店厂部委局署厅院办司处所队团")  # one-character ends of bodies' names


def absorb(first: Entity, other: Entity, take_link: bool = False) -> None:
    """`other`'s mentions and names join `first`; with `take_link`, a link to the knowledge base `first` lacks."""
    first.mentions.extend(other.mentions)
    first.mentions.sort(key=lambda span: span.start)
    for alias in [other.name, *other.aliases]:
        if alias != first.name and alias not in first.aliases:
            first.aliases.append(alias)
    if take_link and _linked(other) and not _linked(first):
        first.id, first.canonical, first.wikidata = other.id, other.canonical, other.wikidata
    first.role = first.role or other.role
    first.country = first.country or other.country


def _linked(entity: Entity) -> bool:
    return bool(entity.id) and not entity.id.startswith("local:")


def merge(doc: Analysis) -> None:
    """The variants and run-ons of the module's doc joined to the entity they name."""
    _merge_by(doc, _same_without_joiners)
    _merge_by(doc, _junior_or_nickname)
    _merge_by(doc, _team_short_form)
    _merge_by(doc, _unit_of_named_place)
    _merge_by(doc, _abbreviated_body)
    _merge_by(doc, _body_under_higher_places)
    _merge_by(doc, _surname_and_title)
    _bracketed_company_names(doc)
    _run_ons(doc)


def _surname_and_title(doc: Analysis, entity: Entity) -> Optional[Entity]:
    """刘所长 / 周教授 / 王大使 after 所长刘畅: a surname and a title address the one person of the article
    with that surname, named in full before."""
    name = normalise(entity.name)
    if entity.type != "PER" or _linked(entity) or not surname_address(name, surnames()):
        return None
    first = min((m.start for m in entity.mentions), default=0)
    same = [e for e in doc.entities if e is not entity and e.type == "PER" and addressed_as(normalise(e.name), name)
            and any(m.start < first for m in e.mentions)]
    return same[0] if len(same) == 1 else None


def _merge_by(doc: Analysis, target_of) -> None:
    kept: list[Entity] = []
    gone: set[int] = set()
    for entity in doc.entities:
        target = target_of(doc, entity)
        if target is not None and _linked(target) and _linked(entity) and target.id != entity.id:
            target = None  # two people or bodies the knowledge base tells apart (詹皇 is not 詹姆斯·哈登)
        if target is not None and target is not entity and id(target) not in gone:
            absorb(target, entity, take_link=True)  # one person: 詹皇 (linked) joining 詹姆斯 (a surname alone)
            gone.add(id(entity))
            continue
        kept.append(entity)
    doc.entities = kept


def _people(doc: Analysis, entity: Entity) -> list[Entity]:
    return [e for e in doc.entities if e.type == "PER" and e is not entity]


def _same_without_joiners(doc: Analysis, entity: Entity) -> Optional[Entity]:
    """乔佩里 beside 乔-佩里: the form with the joiner, mentioned first among them."""
    if entity.type != "PER" or not _JOINERS.search(entity.name) and len(entity.name) < 3:
        return None
    bare = _JOINERS.sub("", normalise(entity.name))
    for other in _people(doc, entity):
        if _JOINERS.sub("", normalise(other.name)) == bare and other.name != entity.name:
            return other if _JOINERS.search(other.name) else None
    return None


def _junior_or_nickname(doc: Analysis, entity: Entity) -> Optional[Entity]:
    """小波特 beside 波特 (the bare name joins the junior form); 穆帅 beside 穆里尼奥 (the nickname joins the only
    person whose name holds its first character)."""
    if entity.type != "PER":
        return None
    name = normalise(entity.name)
    people = _people(doc, entity)
    if len(name) >= 2 and not _linked(entity):
        junior = [p for p in people if normalise(p.name) == "小" + name and not _linked(p)]
        if len(junior) == 1:
            return junior[0]  # not 小布什 and 布什, whom the knowledge base tells apart
    if len(name) == 2 and name[1] in _NICK_ENDS:
        holders = [p for p in people if len(p.name) >= 2 and name[0] in normalise(p.name) and p.name[-1] not in _NICK_ENDS]
        if len(holders) == 1:
            return holders[0]
    return None


def _team_short_form(doc: Analysis, entity: Entity) -> Optional[Entity]:
    """北控 beside 北控男篮: the team's full name."""
    if entity.type != "ORG" or len(entity.name) < 2:
        return None
    name = normalise(entity.name)
    found = [e for e in doc.entities if e.type == "ORG" and e is not entity
             and any(normalise(e.name) == name + end for end in _TEAM_ENDS)]
    return found[0] if len(found) == 1 else None


def _unit_of_named_place(doc: Analysis, entity: Entity) -> Optional[Entity]:
    """省人社厅 beside 甘肃人社厅 (甘肃 a place the article names): the body under the place's name."""
    name = normalise(entity.name)
    if entity.type != "ORG" or len(name) < 4 or not name.startswith(_UNIT_PREFIXES):
        return None
    rest = name[1:]
    places = {normalise(n) for e in doc.entities if e.type in ("GPE", "LOC") for n in (e.name, *e.aliases)}
    found = [e for e in doc.entities if e.type == "ORG" and e is not entity and normalise(e.name).endswith(rest)
             and normalise(e.name)[:-len(rest)] in places]
    return found[0] if len(found) == 1 else None


def _body_under_higher_places(doc: Analysis, entity: Entity) -> Optional[Entity]:
    """雁塔区委 beside 中共西安市雁塔区委: a body whose name opens with its place, and the same body named under
    the party and the higher places above it (each a place the article names, or 中共)."""
    name = normalise(entity.name)
    if entity.type != "ORG" or len(name) < 3:
        return None
    places = sorted({normalise(n) for e in doc.entities if e.type in ("GPE", "LOC") for n in (e.name, *e.aliases)
                     if len(n) >= 2}, key=len, reverse=True)
    if not any(name.startswith(p) and len(name) > len(p) for p in places):
        return None
    found = [e for e in doc.entities if e.type == "ORG" and e is not entity and normalise(e.name).endswith(name)
             and _higher_places(normalise(e.name)[:-len(name)], places)]
    return found[0] if len(found) == 1 else None


def _higher_places(prefix: str, places: list[str]) -> bool:
    """Whether `prefix` is 中共 and places of the article, one after another (中共某市, 某省某市)."""
    prefix = prefix.removeprefix("中共")
    while prefix:
        place = next((p for p in places if prefix.startswith(p)), None)
        if place is None:
            return False
        prefix = prefix[len(place):]
    return True


def _abbreviated_body(doc: Analysis, entity: Entity) -> Optional[Entity]:
    """某市卫健委 beside 某市卫生健康委: the full name of the only body it abbreviates."""
    name = normalise(entity.name)
    if entity.type != "ORG" or len(name) < 4:
        return None
    found = [e for e in doc.entities if e.type == "ORG" and e is not entity and _abbreviates(name, normalise(e.name))]
    return found[0] if len(found) == 1 else None


def _abbreviates(short: str, full: str) -> bool:
    """Whether `short` is `full` shortened: its characters in order, the same first and last, and no run of
    characters left out holding a whole word (卫生健康委 -> 卫健委 leaves out 生 and 康; 中国农业银行 is no 中国银行,
    某市某区教委 no 某市教委)."""
    if full.endswith("委员会") and short.endswith("委"):
        full = full[:-2]  # 某某委员会 -> 某某委
    if len(short) >= len(full) or short[0] != full[0] or short[-1] != full[-1] or full.startswith(short):
        return False
    kept, i = [], 0
    for at, char in enumerate(full):
        if i < len(short) and char == short[i]:
            kept.append(at)
            i += 1
    if i < len(short) or kept[-1] != len(full) - 1:
        return False
    left_out = "".join(c if at not in set(kept) else " " for at, c in enumerate(full)).split()
    return all(len(piece) < 2 for run in left_out for piece, _ in common_words.segment(run))


_BEFORE_NAME_STOPS = set("的是为和与及在由将把被了、，,。；;：:“”\"《》（）() \n")


def _bracketed_company_names(doc: Analysis) -> None:
    """|某某（北京）文化有限公司: a body's name opening with the closing bracket of a place is the whole name, back
    over the bracket to the characters before it (at most eight, up to a function word or a stop)."""
    text = doc.norm_text
    kept: list[Entity] = []
    for entity in doc.entities:
        name = normalise(entity.name)
        if entity.type != "ORG" or not (name.count("）") > name.count("（") or name.count(")") > name.count("(")):
            kept.append(entity)
            continue
        spans = [_whole_bracketed(doc, text, span) for span in entity.mentions]
        if any(s is None for s in spans):
            continue  # a piece of a name the text does not give whole: no name
        entity.mentions = spans
        entity.name = spans[0].text
        entity.aliases = []
        kept.append(entity)
    doc.entities = kept


def _whole_bracketed(doc: Analysis, text: str, span: Span) -> Optional[Span]:
    opening = max(text.rfind("（", max(0, span.start - 8), span.start), text.rfind("(", max(0, span.start - 8), span.start))
    if opening < 0:
        return None
    start = opening
    while start > 0 and opening - start < 8 and "\u4e00" <= text[start - 1] <= "\u9fff" \
            and text[start - 1] not in _BEFORE_NAME_STOPS:
        start -= 1
    return original_span(doc, start, span.end) if opening - start >= 2 else None


def _run_ons(doc: Analysis) -> None:
    """Entities whose every mention is a name the article reports with a word of the text run into it."""
    text = doc.norm_text
    names: dict[str, Entity] = {}
    for entity in doc.entities:
        for name in (entity.name, *entity.aliases):
            names.setdefault(normalise(name), entity)
    kept: list[Entity] = []
    for entity in doc.entities:
        if _linked(entity) or not entity.mentions:
            kept.append(entity)
            continue
        cores = [_core(text, span, names, entity) for span in entity.mentions]
        if any(c is None for c in cores):
            kept.append(entity)
            continue
        for span, (target, start, end) in zip(entity.mentions, cores):
            if target is not None:
                target.mentions.append(original_span(doc, start, end))
                target.mentions.sort(key=lambda s: s.start)
    doc.entities = kept


def _core(text: str, span: Span, names: dict[str, Entity], entity: Entity) -> Optional[tuple]:
    """(the entity a run-on mention names, its start, its end), (None, ...) for two names run together, or None
    for a mention that is no run-on."""
    word = text[span.start:span.end]
    for cut in range(1, len(word)):
        head, tail = word[:cut], word[cut:]
        target = names.get(head) if len(head) >= 2 else None
        if target is not None and target is not entity:
            other = names.get(tail)
            if other is not None and other.type == "PER" and target.type != "PER" and other is not entity:
                return None, span.start, span.end  # 北大|韦神: a body's name and a person's run together
            if _glued_after(text, span.start + cut, span.end):
                return target, span.start, span.start + cut
        target = names.get(tail) if len(tail) >= 2 else None
        if target is not None and target is not entity and _glued_before(text, span.start, span.start + cut):
            return target, span.start + cut, span.end
    return None


def _glued_after(text: str, at: int, end: int) -> bool:
    """Characters at..end after a name: a verb or function word of their own (直播, 刚), or the start of a word of the
    list that runs past the mention's end (馆|藏)."""
    extra = text[at:end]
    if len(extra) > 2 or len(extra) == 1 and extra in _NOT_RUN_ON or extra.endswith(_body_ends()):
        return False
    found = common_words.entry(extra)
    if found is not None and found[1] in ("v", "vn", "vd", "d", "p", "c", "u"):
        return True
    return any(_frequent(text[at:j]) for j in range(end + 1, min(len(text), at + 4) + 1))


def _glued_before(text: str, start: int, at: int) -> bool:
    """One or two characters start..at before a name that end a word of the list opening before the mention
    (对|阵)."""
    return at - start <= 2 and any(_frequent(text[i:at]) for i in range(max(0, at - 4), start))


def _frequent(word: str) -> bool:
    found = common_words.entry(word)
    return found is not None and found[0] >= _CROSSING_MIN and len(word) >= 2


def _body_ends() -> tuple[str, ...]:
    words = place_words()
    return tuple(words.get("ORG_SUFFIX", ())) + tuple(words.get("BODY_SUFFIX", ())) + _TEAM_ENDS


def not_a_name(doc: Analysis, entity: Entity) -> bool:
    """A person named only in credit lines, or a "name" that is a piece of one, a web address, an English
    function word, a surname with 姓 or a person's company (see the module's doc): not reported."""
    if _WEB.search(entity.name):
        return True  # www.某某.cn/…: a web address
    if entity.mentions and all(_inside_latin_word(doc.norm_text, s.start, s.end) for s in entity.mentions):
        return True  # TO of TOD: letters cut out of a longer Latin word
    if entity.type not in ("PER", "ORG") or not entity.mentions:
        return False
    if all(_in_closing_credit(doc.norm_text, s.start, s.end, entity.type) for s in entity.mentions):
        return True  # （总台某台记者某某）: the credit's outlet and reporters are not the story's
    if entity.type != "PER":
        return False
    name = normalise(entity.name)
    if _LINE_PIECES.search(name) or name.casefold() in _ENGLISH_FUNCTION_WORDS or name.endswith(_COMPANY_ENDS):
        return True
    if len(name) >= 2 and name.endswith("姓") and name[:-1] in surnames():
        return True  # 王姓: the family, not a person
    if len(name) == 4 and not _linked(entity) and (common_words.entry(name) or (0, ""))[1] in _IDIOM_TAGS:
        return True  # 弥天大谎: a four-character idiom (成语) is no one's name
    text = doc.norm_text
    return all(_in_credit(text, s.start, s.end) for s in entity.mentions)


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _inside_latin_word(text: str, start: int, end: int) -> bool:
    return (start > 0 and _latin(text[start]) and _latin(text[start - 1])
            or end < len(text) and _latin(text[end - 1]) and _latin(text[end]))


def _in_closing_credit(text: str, start: int, end: int, kind: str) -> bool:
    """Inside brackets that close a paragraph and hold only a credit: a reporter's word before the names
    (（某台记者某某某某）, names run together), or for a person an outlet right before the name (（某某网某某）)."""
    line = text.rfind("\n", 0, start) + 1
    opening = max(text.rfind("（", line, start), text.rfind("(", line, start))
    closing = min((i for i in (text.find("）", end), text.find(")", end)) if i >= 0), default=-1)
    if opening < 0 or closing < 0 or not _AFTER_CREDIT.match(text, closing + 1):
        return False
    content = text[opening + 1:closing]
    if not _CREDIT_CONTENT.match(content):
        return False
    if any(word in content for word in _REPORTERS):
        return True
    return kind == "PER" and closing == end and text[opening + 1:start].endswith(_OUTLET_ENDS)


def _in_credit(text: str, start: int, end: int) -> bool:
    if _CREDIT_BEFORE.search(text, max(0, start - 24), start) or _CREDIT_AFTER.match(text, end):
        return True
    reporter = _REPORTER_BEFORE.search(text, max(0, start - 24), start)
    if reporter is not None:
        line = text.rfind("\n", 0, reporter.start()) + 1
        opening = max(text.rfind("（", line, reporter.start()), text.rfind("(", line, reporter.start()))
        closing = max(text.rfind("）", line, reporter.start()), text.rfind(")", line, reporter.start()))
        if opening > closing or not text[line:reporter.start()].strip():
            return True  # （某社记者某某）, a line opening with 记者某某
    if start >= 2 and text[start - 1] in "（(" and text[end:end + 1] in "）)":
        after = text[end + 1:end + 2]
        return text[start - 2] in _PARAGRAPH_END and (not after or after.isspace())
    return False
