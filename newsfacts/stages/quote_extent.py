"""Where reported speech ends: at the end of its sentence, before a clause that starts a statement of
its own or only sets the scene of the next one; statements that overlap cut back or merged (quotes.py)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional

from ..doc import per_stage
from ..model import Analysis, Quote, Span
from ..nlp import speakers
from ..nlp.chinese import CLAUSE_BREAKS as _CLAUSE_BREAK, QuotedSegment as _Segment, span as _span
from ..nlp.speaker_phrases import CAUSATIVE
from ..nlp.words import NAMED_KINDS
from . import quote_cues

SENTENCE_END = set("。！？!?；;\n")
# 首先，俄罗斯意在……: a lead that orders what is said, not a clause of its own.
_ORDINAL_LEAD = re.compile(r"^(?:首先|其次|再次|最后|此外|另外|同时|第[一二三四五六七八九十]|一方面|另一方面|换言之|总之)$")
# 当地时间12日 / 在5月12日的会谈中 / 在进入故宫参观时 / 在工程完成后 / 从周一到周日: a clause that only sets the scene.
FRAME_ONLY = re.compile(r"(?:(?:当地时间|北京时间)?[^，,。]{0,24}?(?:中|时|当天|期间|之际|之后|(?<![落然最退滞])后|之前|以来|日|上|"
                        r"(?:情况|形势|背景|条件|帮助|支持|领导|压力|推动)下)|从[^，,。]{1,16}到[^，,。]{1,10})$")  # 在当时的情况下
# 11月 / 2021年3月 / 当地时间周四 / 此前: a clause that is a date or a time word only
_TIME_ONLY = re.compile(r"(?:当地时间|北京时间)?(?:今年|去年|此前|随后|此后|而后|之后|后来|接着|目前|近日|日前|当天|当晚|周[一二三四五六日])?"
                        r"(?:[\d一二三四五六七八九十〇]{1,4}年)?(?:[\d一二三四五六七八九十]{1,2}月)?"
                        r"(?:[\d一二三四五六七八九十]{1,3}[日号])?(?:上午|下午|晚间|晚上|凌晨|早些时候)?")
_CONTRAST = re.compile(r"然而|但是|不过|可是|而")
# 因为存在安全缺陷 / 为了保护渔业资源 / 对于这一车型: a clause that gives the cause, aim or topic of the
# statement after it, not a statement of its own.
_CIRCUMSTANCE = re.compile(r"^(?:因为|由于|为了|随着|对于|关于|针对|鉴于)")
# 报道强调，X认为……: an outer statement whose subject is the report itself only credits it.
_CREDIT_SUBJECTS = ("报道", "该报道", "文章", "该文", "该报", "此文")
_CAUSED_VIEW = re.compile(r"导致|致使|促使|" + CAUSATIVE)  # not 司令部 / 转让
# 专家表示，…，巴方已宣布将进行报复，…: a statement made before, told as a fact inside the speaker's own words
_ALREADY = re.compile(r"(?:已经?|早已|业已|曾经?)$")
_ELLIPSIS = re.compile(r"(?:…+|\.{3,})(?=[^\s，,。！？!?；;：:…\.”」』\"、等）)])")  # ……我一算: the words trail off, a new clause begins
MIN_REPORTED = 5  # reported content shorter than this (表示怀疑) is an attitude, not a statement
MIN_SEPARATED = 2  # ... unless a comma or colon sets it off and it ends the sentence (他表示，不必担心。/ 他说，不会。)
NEXT_CUE_REACH = 12


# 称，A，但B私下警告C / 认为，A，而主张C / 说，A，要么就是在警告C: a cue that runs straight into its object,
# in a contrasting clause of a reported statement, is part of what that statement says. 也/则/同样 mark a
# second subject with a view of its own (而中方则表示 / 而X也认为): a statement of its own.
_EMBEDDING_LEAD = re.compile(r"^[，,](?:但是|但|而|却|可是|然而|不过|要么|或者)[^，,。！？!?；;：:“”\n也则同]*$")


# 表示，A，但李华表示B: a plain verb of statement after a speaker named in the clause is the narrator's second
# source, not part of what the first one says (but 承认A，但强调B, with no subject of its own, goes on).
_PLAIN_STATEMENT = frozenset({"表示", "说", "称", "指出", "认为", "强调", "回应", "回应称", "表态", "坦言", "透露"})


def embedded_predicates(doc: Analysis, quotes: list[Quote]) -> list[Quote]:
    """Reported statements that another one's content runs on into, merged into that one."""
    text = doc.norm_text
    ordered = sorted(quotes, key=lambda q: q.content.start)
    kept: list[Quote] = []
    for quote in ordered:
        outer = kept[-1] if kept else None
        cue = quote.cue
        if outer is not None and outer.kind == quote.kind == "indirect" and cue is not None \
                and cue.end == quote.content.start and outer.content.end <= cue.start \
                and _EMBEDDING_LEAD.match(text[outer.content.end:cue.start]) \
                and not (cue.text in _PLAIN_STATEMENT and quote.speaker is not None
                         and outer.content.end <= quote.speaker.start < cue.start):
            outer.content = _span(doc, outer.content.start, quote.content.end)
            continue
        kept.append(quote)
    return kept


def indirect_content(doc: Analysis, start: int, paragraph: Span, segments: list[_Segment],
                     later_cues: list[int]) -> Optional[tuple[int, int]]:
    """Reported speech runs from after the cue to the end of the sentence, or to the next
    clause that starts a new statement of its own (……，并称……)."""
    text = doc.norm_text
    end = start
    while end < paragraph.end:
        seg = next((s for s in segments if s.open == end), None)
        if seg is not None:
            end = min(paragraph.end, seg.close + 1)
            if seg.closed and text[seg.close - 1] in "。！？!?":
                break  # ……，“声音传得越远。”据……: a quoted sentence ends the reported speech
            continue
        if text[end] in SENTENCE_END:
            break
        if text[end] in "：:" and end - start >= MIN_REPORTED and any(s.open == skip(text, end + 1, paragraph.end, " \t") for s in segments):
            break  # 他称A：“B。”: the quotation after the colon is a direct quote of its own (a run of the same speaker)
        trailing = _ELLIPSIS.match(text, end, paragraph.end)
        if trailing is not None:
            end = trailing.end()
            break
        if text[end] in "，," and not _ORDINAL_LEAD.match(text[start:end]) and not FRAME_ONLY.match(text, start, end) and (
                _next_clause_is_statement(text, end + 1, paragraph.end, later_cues)
                                   or _turns_to_new_subject(doc, end + 1) or _ASKING_CLAUSE.match(text, end + 1)):
            end = _without_trailing_frame(text, start, end)
            break
        end += 1
    while end > start and text[end - 1] in " \t，,：:、":
        end -= 1
    # 表示，不必担心。: words set off after the cue that make up its whole sentence are said, no attitude
    separated = start > 0 and text[start - 1] in "，,：:" and text[end:end + 1] in SENTENCE_END
    if end - start < (MIN_SEPARATED if separated else MIN_REPORTED):
        return None
    return start, end


def _without_trailing_frame(text: str, start: int, end: int) -> int:
    """……，11月，就有消息称……: a last clause that only dates or places the next statement is that one's."""
    comma = max(text.rfind("，", start, end), text.rfind(",", start, end))
    last = text[comma + 1:end].strip(" \t")
    if comma > start and last and scene_only(last) and not any(c in "“”「」\"" for c in text[comma:end]):
        return comma
    return end


def scene_only(clause: str) -> bool:
    """11月 / 当地时间周四 / 在会谈中: a clause that only dates or places something."""
    return bool(_TIME_ONLY.fullmatch(clause)) or clause.startswith("在") and bool(FRAME_ONLY.fullmatch(clause))


def circumstantial(text: str, start: int, end: int) -> bool:
    """当地时间周四，因为存在安全缺陷 / 对于这款车: every clause only dates or places what follows, or
    gives its cause, aim or topic; called on a stretch that another clause follows."""
    clauses = [c.strip(" \t") for c in re.split(r"[，,]", text[start:end])]
    return bool(clauses) and all(c and (scene_only(c) or _CIRCUMSTANCE.match(c)) and "“" not in c
                                 for c in clauses)


def _next_clause_is_statement(text: str, at: int, end: int, later_cues: list[int]) -> bool:
    """The clause starting at `at` has a speech cue of its own near its start (，并称 / ，他说)."""
    for cue in later_cues:
        if at <= cue <= at + NEXT_CUE_REACH and not any(c in _CLAUSE_BREAK for c in text[at:cue]) \
                and not _told_before(text, at, cue) and not _OWN_SIDE.fullmatch(text, at, cue):
            return True  # (……，中方呼吁……: the speaker's own side, his words go on)
    return False


def _turns_to_new_subject(doc: Analysis, at: int) -> bool:
    """……，然而普京却……: a contrast with a new person as subject ends the reported speech; so does a party
    that opens its clause with 则/却 (……，伊朗则予以否认)."""
    match = _CONTRAST.match(doc.norm_text, at)
    if not match:
        named = next((m for m in doc.mentions if m.span.start == at and m.type in ("PER", "GPE", "ORG")), None)
        return named is not None and doc.norm_text.startswith(("则", "却"), named.span.end)  # ……，伊朗则予以否认
    starts = per_stage(doc, ("person starts", id(doc.mentions), len(doc.mentions)),
                       lambda: sorted(m.span.start for m in doc.mentions if m.type == "PER"))
    first = bisect_left(starts, match.end())
    return first < len(starts) and starts[first] <= match.end() + 2


# an alias in a parenthesis after a name: 以下称“X” / 下称X / 简称“X”
_ALIAS = re.compile(r"(?:以下|下文)?(?:简称|下称|称)[“「\"]?[^，,。；;：:（）()“”]{1,12}[”」\"]?$")


# 普京“非常强烈地”表示: a manner in quotation marks between the speaker and the cue; 美国智库“战争研究所”则认为:
# a body's name in quotation marks after its kind, the subject itself
_QUOTED_IN_SUBJECT = re.compile(r"“[^“”，,。；;：:]{1,8}地”$|(?:%s)“[^“”，,。；;：:]{2,14}”$" % "|".join(NAMED_KINDS))


def clause_start(text: str, floor: int, cue_start: int, segments: list[_Segment]) -> int:
    i = cue_start
    while i > floor and text[i - 1] not in _CLAUSE_BREAK and (text[i - 1] not in "”」』\"】"  # 【某网综合】据X报道
                                                                or _QUOTED_IN_SUBJECT.search(text, max(floor, i - 20), i)):
        i -= 1
        if text[i] in "）)":
            opened = text.rfind("（" if text[i] == "）" else "(", floor, i)
            if opened >= 0 and _ALIAS.match(text, opened + 1, i):
                i = opened  # 某部（下称“该部”）在会上表示: the alias in its parenthesis belongs to the subject
    return skip(text, i, cue_start, " \t")


def skip(text: str, at: int, end: int, chars: str) -> int:
    while at < end and text[at] in chars:
        at += 1
    return at


def cut_overlaps(doc: Analysis, quotes: list[Quote], whole: frozenset = frozenset()) -> list[Quote]:
    """Reported speech that runs over another statement's cue ends before that clause. When that
    would leave nothing (李海东表示，首先，俄罗斯意在提醒各方……), the inner cue is part of what was
    said, unless the outer statement only credits an outlet (据路透社报道，Y表示…: Y speaks). Quotes
    whose id is in `whole` (a transcript's answers) keep their extent and the statements inside."""
    text = doc.norm_text
    by_cue: dict[int, list[Quote]] = {}  # one cue may carry two quotes (表示，A，“B。”)
    for q in quotes:
        if q.cue is not None:
            by_cue.setdefault(q.cue.start, []).append(q)
    cues = sorted(by_cue)  # found by bisection: a scan per quote is quadratic on long texts
    dropped: set[int] = set()
    for quote in sorted(quotes, key=lambda q: q.content.start):
        span = quote.content
        inner = [c for c in cues[bisect_right(cues, span.start):bisect_left(cues, span.end)]
                 if any(id(q) not in dropped for q in by_cue[c])]
        if quote.kind != "indirect" or not inner or id(quote) in dropped:
            continue
        own = [c for c in inner if _OWN_SIDE.fullmatch(text, clause_start(text, span.start, c, []), c)]
        dropped.update(id(q) for c in own for q in by_cue[c] if q.content.start < span.end)
        inner = [c for c in inner if c not in own]  # 发言人表示，……，中方呼吁……: his side's words are his
        if not inner or id(quote) in whole:
            continue
        if _told_before(text, span.start, inner[0]):
            dropped.update(id(q) for q in by_cue[inner[0]] if q.content.start < span.end)
            continue  # 专家表示，…，巴方已宣布将进行报复，…: the expert tells what was said before
        end = _clause_end_before(text, span.start, inner[0])
        if end - span.start >= MIN_REPORTED and not FRAME_ONLY.match(text, span.start, end) \
                and not circumstantial(text, span.start, end):
            quote.content = _span(doc, span.start, end)
        elif _owns_nested(text, quote, inner[0]):
            dropped.update(id(q) for c in inner for q in by_cue[c] if q.content.start < span.end)
        else:
            dropped.add(id(quote))
    return [q for q in quotes if id(q) not in dropped]


# 问：美方称将加强部署，中方有何回应？: the question the reporter asks after what he reports
_ASKING_CLAUSE = re.compile(r"[^，,。；;？?]*(?:有何|如何|怎样|怎么看|为何|为什么)[^，,。；;？?]*[？?]")
# the speaker's own side as the subject of a cue inside his statement (中方呼吁, 我们希望, 中方始终认为)
_OWN_SIDE = re.compile(r"\s*(?:中方|我方|我们|我国)(?:始终|一贯|一直|坚决|强烈|也|再次|同时|还|则|愿)*")


def _clause_end_before(text: str, start: int, at: int) -> int:
    end = at
    while end > start and text[end - 1] not in "，,；;":
        end -= 1
    while end > start and text[end - 1] in "，,；; ":
        end -= 1
    return end


def _runs_on(text: str, cue_at: int) -> bool:
    """The cue at `cue_at` runs straight into what was said, with no comma, colon or quotation mark after it
    (以色列多次警告将…, 韩方评估认为朝方…): a clause inside another's words rather than a statement set off."""
    inner = quote_cues.cue_lexicon()[0].match(text, cue_at)
    return inner is not None and text[inner.end():inner.end() + 1] not in "，,：:“"


def _told_before(text: str, start: int, cue_at: int) -> bool:
    """An inner cue of an earlier statement (已宣布, 曾表示) with what was said right after it, no comma: a fact
    inside the outer speaker's words, not a statement of its own."""
    return _ALREADY.search(text, start, cue_at) is not None and _runs_on(text, cue_at)


def _owns_nested(text: str, outer: Quote, cue_at: int) -> bool:
    """The statement keeps a cue it contains: the inner clause has a subject of its own, starts no
    new attribution (据…) and the outer one is no credit line."""
    before = text[outer.content.start:cue_at]
    if _CAUSED_VIEW.search(before):
        return True  # 文章认为，这导致巴拿马方面认为……: a view the statement says was caused is part of it
    if len(before.strip(" \t，,")) < 2 or "据" in before or outer.cue is None \
            or quote_cues.has_flag(outer.cue.text, "document"):
        return False  # 措辞严厉，称…… / 调查显示，有56%的英国人表示……: the inner cue speaks
    if quote_cues.has_flag(text[cue_at:cue_at + 2], "document"):
        return True  # 据《卫报》报道，一项调查显示……: a document is no speaker, the outlet stays
    runs_on = _runs_on(text, cue_at)
    if runs_on and quote_cues.has_flag(outer.cue.text, "lead"):
        return True  # 半岛电视台注意到，以色列多次警告将……: what the outlet observed, no attribution of its own
    if outer.speaker is not None and speakers.is_outlet(outer.speaker.text):
        return False  # 美联社称，在会谈中，李强也向德方提出……: the outlet credits, the person speaks
    clause = clause_start(text, 0, outer.cue.start, [])
    cue = outer.cue.text
    if "援引" in text[clause:outer.cue.start]:
        return runs_on  # 某社援引消息人士的话报道称，韩方评估认为……: the source cited says it all; but one the
        # source reports set off by a comma (援引一名官员的话说，阿巴斯在会见中表示，……) speaks himself
    if not runs_on and "声明" in text[clause:outer.cue.end]:
        return False  # 总统办公室发表声明称，莱希在会见中表示，……: the statement tells who spoke
    return not (text.startswith(quote_cues.FRAMES, clause) or quote_cues.has_flag(cue, "source")
                or cue.startswith(("报道", "消息", "援引")) or text.startswith(_CREDIT_SUBJECTS, clause)
                or text[clause:outer.cue.start].rstrip("也则还又更").endswith(("的报道", "的文章")))  # 某网站的报道强调，专家认为


def sentence_end(text: str, start: int, end: int, segments: list[_Segment]) -> int:
    """Where the sentence from `start` ends: the first sentence end outside quotation marks (else `end`)."""
    for at in range(start, end):
        if text[at] in SENTENCE_END and not any(seg.open < at < seg.close for seg in segments):
            return at
    return end
