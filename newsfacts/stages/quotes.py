"""Quote stage: who said what. Direct quotes in quotation marks and reported speech
(speaker + cue + content) to Quote records, with pronouns resolved to the speaker's name."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..doc import per_stage, speaker_entity
from ..kb import KnowledgeBase
from ..model import Analysis, Options, Quote, Span
from ..nlp import speakers, speech
from ..nlp.words import OUTLET_PIECES, outlet_prefix, outlets
from ..nlp.chinese import CLAUSE_BREAKS as _CLAUSE_BREAK, QuotedSegment as _Segment, quoted_segments, span as _span
from . import quote_clauses, quote_cues, quote_formats, quote_runs, quote_speakers
from .quote_extent import (SENTENCE_END as _SENTENCE_END, circumstantial as _circumstantial,
                           clause_start as _clause_start, cut_overlaps as _cut_overlaps,
                           embedded_predicates as _embedded_predicates, indirect_content as _indirect_content,
                           scene_only as _scene_only, sentence_end as _sentence_end, skip as _skip)
from .quote_marks import (NAMING_CUES as _NAMING_CUES, OBJECT_AND_WHERE_REACH as _WHERE_REACH,
                          attributed_after as _attributed_after, consume_quotation as _consume_quotation, naming_quote as _naming_quote,
                          only_end_follows as _only_end_follows, quotation_sequence as _quotation_sequence,
                          quote_after_object as _quote_after_object,
                          quoted_chain, quoted_tail as _quoted_tail, segment_before as _segment_before,
                          sentence_quotation as _sentence_quotation, skip_back as _skip_back,
                          takes_quote_before as _takes_quote_before)
from .quote_objects import names_a_thing as _names_a_thing

_NEGATION = ("拒绝", "拒不", "并未", "尚未", "没有", "未曾", "未予", "未作", "不予", "不愿", "未", "没", "不", "无")  # 无报告新增病例: nothing was reported; 对报道未予回应
_QUOTED_NAME = re.compile(r"[^，,。！？!?；;：:、\s]{2,16}")  # a quoted stretch this short, with no break, names
_ACT_MODIFIERS = ("评论", "分析", "撰文", "发文", "举例", "放话")  # acts a name does before the cue (范雨分析称)
_PRONOUNS = ("他", "她", "他们", "她们")
_SOURCE_MODIFIERS = ("数据", "资料", "统计", "文件", "新闻稿")  # X的数据显示: the modifier names the source, it stays
# a body's quoted name after its description, then only a time before the cue: 武装“某某运动”（XYZ）周一宣布
_NAME_HEAD = re.compile(r"(?:武装|组织|集团|团体|联盟|派别|机构|民兵|政党)?")  # the description's head before the name
_TIME_ONLY = re.compile(r"(?:[（(][A-Za-z0-9\-]{1,10}[）)])?(?:本?周[一二三四五六日末]|[今昨前]天|当天|当日|日前|近日|随后|\d{1,2}日)?(?:也|还|则|又|再次)?")
_ABBREVIATION = re.compile(r"[（(][A-Za-z0-9\-]{1,10}[）)]")
_NEGATED_MODAL = re.compile(r"(?:没|不|未)(?:敢|愿|想|肯|能|会|便|好意思)(?:再|多|向\S{1,3}|跟\S{1,3}|对\S{1,3})?$")  # 没敢告诉 / 不愿对外透露
# 不得不承认 / 不能不说: a double negation affirms, the cue reports a statement
_DOUBLE_NEGATION = re.compile(r"(?:不得不|不能不|不会不|不可不|无不|莫不|没有不|不由得)$")
# 能否确认 / 是否承认 / 有没有表示: the cue is asked about, nothing is said; 并无直接威胁: a noun denied
_ASKED_OR_DENIED = re.compile(r"(?:能否|是否|会否|可否|有没有|有无|敢不敢|愿不愿|肯不肯|能不能)$|"
                              r"(?:并无|没有|毫无|并没有)(?:任何|直接|实质性?|明显|太大|多大|什么)?$|"
                              r"(?:没有|并无|尚无|暂无|并没有)(?:任何)?(?:消息|报道|证据|迹象|资料|数据)$")  # 目前没有消息称: none says it
_FRAME = re.compile(r"^(?:从|对于|关于|根据|按照|依据|随着)")
# 笔者 / 记者注意到 / 我看…: the writer, the writer's reporter, the writer in the first person (not 我国, 我方)
_WRITER = re.compile(r"(?<![对向跟给诉和与])(?:笔者|小编)|本文|前文|上文|^(?:本报|《[^》]{1,12}》)?记者$|^本[报网刊台]$|^我(?![国军方省市区县校院部局厂司党外驻常大总政海空陆领使])"
                     r"|^(?:这|此|这也|这就|由此)(?:说明|表明|意味着|证明)|^可见")  # 这说明国际社会认为: the writer infers
# 一件他自己认为…的事 / 这个大家都说…的地方: a counted noun whose relative clause holds the cue
_RELATIVE_VIEW = re.compile(r"[一这那每某几][件个种项条份本样次](?:他|她|我|你|它|自己|人们|大家)[\u4e00-\u9fff]{0,3}$")
_RHETORIC = re.compile(r"不是|难道|岂")
_DATELINE_REPORT = re.compile(r"(?:电|讯)[\s）)]*(?:综合|编译)?(?:报道|报导)$")
_CONNECTIVE = re.compile(r"^(?:但是|但|而且|而|不过|然而|可是|所以|因此|其实|当然)")
_CONTENTLESS = set("。！？!?；;")  # a cue these follow ends its sentence with nothing said (at a paragraph's end, what it
# says may open the next paragraph)
_SOURCE_CUE_LEAD = re.compile(r"[》」』]?(?:中|里|上)?(?:近日|日前|此前|随后|当天|今天|昨天|\d{1,2}日|周[一二三四五六日])?(?:又|还|也|则|却|赶紧|随即|再次|就|便)*")
SOURCE_CUE = 8  # X的标题： / X是这样写的：: the words between a source and its colon, this short, are the cue
QUOTED_MODIFIER = 8  # a quoted word this short glued before a speaker's title is an epithet


def extract(doc: Analysis, options: Options) -> Analysis:
    """Stage: every attributed statement of the body, in text order."""
    context = speakers.SpeakerContext(doc)
    quotes: list[Quote] = []
    runs: list[quote_runs.Run] = []
    for paragraph in doc.article.paragraphs:
        quotes.extend(_paragraph_quotes(doc, paragraph, context, runs))
    answers = _transcript_quotes(doc, context)
    quotes.extend(answers)
    quotes.extend(quote_runs.attribute_runs(doc, runs, quotes, lambda s, e: _source_template(doc, context, s, e),
                                            lambda s, e: _probed_template(doc, context, s, e)))
    speaker_spans = {(q.speaker.start, q.speaker.end) for q in quotes if q.speaker is not None}
    quotes = [q for q in _cut_overlaps(doc, quotes, frozenset(map(id, answers))) if not quote_clauses.names_its_speaker(q)
              and not quote_clauses.only_sets_a_question(doc.norm_text, q.content.start, q.content.end, _scene_only)
              and not (q.kind == "direct" and (q.content.start, q.content.end) in speaker_spans) and quote_clauses.says_words(q)
              and not quote_clauses.topic_before_speaker(doc.norm_text, q, speaker_spans)
              and not quote_clauses.urged_to_say(q)]
    quotes = _embedded_predicates(doc, quotes)
    quotes.extend(_joint_speakers(doc, context, quotes))
    _interview_voices(doc, context, quotes)
    _date_quotes(doc, quotes)
    _written_cues(doc, quotes)
    doc.quotes = sorted(quotes, key=lambda q: q.content.start)
    quote_speakers.rerank(doc, doc.quotes)  # a learned speaker ranker, when one ships (eval/speaker_training)
    return doc


_ADDRESSED = re.compile(r"[你您](?![们的])")  # 您曾撰文指出: the one asked


def _interview_voices(doc: Analysis, context: "speakers.SpeakerContext", quotes: list[Quote]) -> None:
    """In an interview, 我 in an answer is the interviewee (在我看来), and so is 您 in a question
    (您曾撰文指出): not the writer, nor the outlet that asks."""
    text = doc.norm_text
    for start, end, interviewee, question in quote_formats.interview_turns(doc):
        for q in quotes:
            if q.cue is None or not start <= q.cue.start < end or q.cue.start == start - 1:
                continue
            clause = max(text.rfind(c, start, q.cue.start) for c in "。！？!?；;，,") + 1
            clause = max(clause, start)
            said = text[clause:q.cue.start]
            if (not question and q.speaker is not None and q.speaker.text == "我") \
                    or (question and _ADDRESSED.match(said)):
                voice = context.person(doc, interviewee, interviewee.span.start)
                q.speaker, q.speaker_canonical, q.speaker_role = voice.span, voice.canonical, voice.role
                entity = speaker_entity(doc, voice.span)
                q.speaker_id = entity.id if entity is not None else None


def _transcript_quotes(doc: Analysis, context: "speakers.SpeakerContext") -> list[Quote]:
    """赵立坚：……: each answer of a press-conference transcript is the labelled person's (the colon
    the cue, the words direct); 答：…… is the spokesperson's, 答 the cue, reported unless quoted."""
    text = doc.norm_text
    quotes = []
    for turn in quote_formats.transcript_turns(doc):
        speaker = context.person(doc, turn.speaker, turn.cue[0])
        if not quote_formats.is_answer(turn.label):
            quotes.append(_make(doc, context, turn.content, "direct", speaker, *turn.cue, 0.9))
            continue
        cue = (turn.cue[0] - len(turn.label), turn.cue[0])
        for part, kind in quote_formats.answer_parts(text, *turn.content):
            quotes.append(_make(doc, context, part, kind, speaker, *cue, 0.9))
    return quotes


def _paragraph_quotes(doc: Analysis, paragraph: Span, context: "speakers.SpeakerContext",
                      runs: list[quote_runs.Run]) -> list[Quote]:
    """The paragraph's attributed statements; its quotations with no cue go to `runs`."""
    text = doc.norm_text
    segments = quoted_segments(text, paragraph.start, paragraph.end)
    used: set[int] = set()
    found: list[Quote] = []
    names_end, known = per_stage(doc, "person names", lambda: _person_names(doc))
    cues = quote_cues.paragraph_cues(text, paragraph.start, paragraph.end,
                                     lambda at: any(seg.open < at < seg.close for seg in segments), names_end,
                                     lambda at: _inside(known, at))
    cues = [(s, e) for s, e in cues if not quote_cues.cut_word(doc.tokens, s, e)
            and not quote_cues.object_noun(doc.tokens, s, e)]
    for cue_start, cue_end in cues:
        found.extend(_attribute(doc, paragraph, segments, used, cue_start, cue_end, context, cues))
    runs.extend(quote_runs.Run(paragraph, seg.open, seg.inner) for seg in segments
                if id(seg) not in used and quote_runs.is_run(text, paragraph, seg.open, seg.inner))
    return found


def _probed_template(doc: Analysis, context: "speakers.SpeakerContext", start: int, end: int) -> Optional[Quote]:
    """_source_template for a clause only tried: the sources it finds are not noted for later references."""
    subjects, reports = len(context.subjects), len(context.reports)
    found = _source_template(doc, context, start, end)
    del context.subjects[subjects:], context.reports[reports:]
    return found


def _source_template(doc: Analysis, context: "speakers.SpeakerContext", start: int, end: int) -> Optional[Quote]:
    """X的标题：“……”: a quote carrying the source named in text[start:end], for a run after it."""
    mark = doc.norm_text[end:end + 1]  # 老爸：“……” names a speaker by a bare tag; 事实是，“……” names none
    speaker = context.speaker_in(doc, start, end, "：" if mark in "：:" else mark)
    if speaker is None:
        return None
    cue_start, cue_end = end, end + 1
    if start <= speaker.span.start and speaker.span.end <= end:  # X的标题： / X支了新招：: the words that say it
        said_by = _skip(doc.norm_text, speaker.span.end, end, " \t的")
        said_by = _SOURCE_CUE_LEAD.match(doc.norm_text, said_by, end).end()  # 近日又出了新招: 出了新招
        if 0 < end - said_by <= SOURCE_CUE and not any(c in _CLAUSE_BREAK for c in doc.norm_text[said_by:end]):
            verb = quote_cues.cue_lexicon()[0].search(doc.norm_text, said_by, end)  # 在信中写道: the verb after its frame
            cue_start, cue_end = (verb.start(), verb.end()) if verb else (said_by, end)  # 回答巧妙： / 质疑他作弊：: the speech verb
    return _make(doc, context, (end, end), "direct", speaker, cue_start, cue_end, 0.6)


def _attribute(doc: Analysis, paragraph: Span, segments: list[_Segment], used: set[int],
               cue_start: int, cue_end: int, context: "speakers.SpeakerContext",
               cues: list[tuple[int, int]]) -> list[Quote]:
    text = doc.norm_text
    zone_start = _clause_start(text, paragraph.start, cue_start, segments)
    cue_word = text[cue_start:cue_end]
    framed = quote_cues.has_flag(cue_word, "frame")
    if quote_clauses.in_time_clause(text, zone_start, cue_start, cue_end, paragraph.end) or (
            _FRAME.match(text[zone_start:cue_start]) and not framed):
        return []
    if (text[max(paragraph.start, cue_start - 3):cue_start].endswith(_NEGATION) and not _DOUBLE_NEGATION.search(
            text, max(paragraph.start, cue_start - 3), cue_start)) or _NEGATED_MODAL.search(
            text, max(paragraph.start, cue_start - 4), cue_start) or _ASKED_OR_DENIED.search(
            text, max(paragraph.start, cue_start - 7), cue_start):
        context.note_subject(doc, zone_start, cue_start)
        return []
    if text[cue_end:cue_end + 1] in ("】", "]") and "【" in text[paragraph.start:cue_start] or "[" in text[paragraph.start:cue_start] \
            and text[cue_end:cue_end + 1] == "]":
        return []  # 【某报综合报道】: the publisher's bracketed byline reports nothing attributed
    if _DATELINE_REPORT.search(text, max(paragraph.start, cue_start - 24), cue_end):
        return []  # 中新网11月15日电 综合报道，: the publisher's dateline, its own report
    if quote_clauses.wanted_speech(doc, zone_start, cue_start):
        return []  # 想让对方表态支持自己 / 迫使X承认: a statement wanted of someone, none made
    if _RELATIVE_VIEW.search(text, zone_start, cue_start):
        return []  # 做一件自己认为是对的工作: the view describes a thing, it states nothing
    if _WRITER.search(_CONNECTIVE.sub("", text[zone_start:cue_start].strip())) or _authors_name(doc, text[zone_start:cue_start]) \
            or (cue_word == "获悉" and "从" not in text[zone_start:cue_start]) \
            or quote_clauses.states_nothing(text, zone_start, cue_start, cue_end) or quote_clauses.coordinated_act(text, cue_end):
        _consume_quotation(text, segments, used, cue_end, paragraph.end)
        return []  # 笔者认为 / 记者注意到 / 如果她说 / 都说: the writer's own claim or imagined speech, no one's statement
    if (quote_cues.has_flag(cue_word, "lead") or cue_word.endswith(_ASKING) and "记者" in text[zone_start:cue_start]) \
            and _nested_cue(text, cue_end, paragraph.end, cues):
        return []  # 某网注意到，X官网提到，…… / 有记者追问，X称，……: a lead-in or a question; the nested cue names the source
    if cue_word in _PUBLISHING and text[cue_end:cue_end + 1] in "，," \
            and any(s == cue_end + 1 for s, _ in cues):
        return []  # 某部队发文，否认……: the post is how it spoke; the verb after the comma says what
    if framed and quote_clauses.cited_inside(text, zone_start, cues):
        return []  # X表示，根据专家的分析，……: X cites the source in his own statement
    led = 0
    if framed:  # 按照商务部的数据 / 据赵磊观察 / 但在X看来: the source is named after the frame word
        led = next((len(f) for f in quote_cues.ZAI_LEADS if text.startswith(f + "在", zone_start)), 0)
        zone_start += led
        zone_start += next((len(f) for f in quote_cues.FRAMES + ("在",) if text.startswith(f, zone_start)), 0)
    said_as = quote_clauses.as_said(text, zone_start, cue_start, cue_end)  # 正如X所说， / 用X的话来说，
    affirmed = _DOUBLE_NEGATION.search(text, zone_start, cue_start)  # 这家媒体不得不承认: the subject ends before 不得不
    remembered = len(context.subjects)
    speaker = context.speaker_in(doc, *(said_as[:2] if said_as else (zone_start, affirmed.start() if affirmed else cue_start)),
                                 cue_word)
    written = quote_cues.cue_start_with_modifier(text, zone_start, cue_start, cue_end)
    if speaker is not None and not said_as and speaker.span.start < written < speaker.span.end \
            and text.startswith(_ACT_MODIFIERS, written):  # 范雨分析称 / 他分析称: 分析 is the cue's, not the name's
        kept = context.subjects[remembered:]
        del context.subjects[remembered:]
        named = context.speaker_in(doc, zone_start, written, cue_word)
        if named is not None and (text[speaker.span.start:written] in _PRONOUNS or _is_mention(doc, named.span)
                                  or named.span.end == written and named.span.text.endswith(_source_nouns())):
            speaker = named  # a name or a pronoun before the act; 不少分析认为 keeps its noun
            if text[named.span.end:named.span.end + 1] in "（(" and text[written - 1:written] in "）)":
                speaker.span = _span(doc, named.span.start, written)  # 日本放送协会（NHK）评论称: the abbreviation stays
        else:
            del context.subjects[remembered:]
            context.subjects.extend(kept)
    elif speaker is not None and not said_as and speaker.span.start < written < speaker.span.end \
            and not text.startswith(_SOURCE_MODIFIERS, written):
        kept = context.subjects[remembered:]  # 该公司发表声明称 / 该部在声明中称: the phrase ends before the cue as written
        del context.subjects[remembered:]
        speaker = context.speaker_in(doc, zone_start, written, cue_word) or speakers.Speaker(
            _span(doc, speaker.span.start, written), confidence=speaker.confidence)
        if len(context.subjects) == remembered:
            context.subjects.extend(kept)
    if speaker is None and said_as is not None:  # 用王毅的话说: the name before 的 is the source, not a possessor
        named = next((m for m in doc.mentions if m.type == "PER" and said_as[0] <= m.span.start and m.span.end == said_as[1]), None)
        speaker = context.person(doc, named, said_as[0]) if named is not None else None
    counted = quote_clauses.counted_source(text, zone_start, cue_start) if speaker is None else None
    if counted is not None:  # 多名黄牛对时代财经表示: the people counted speak, unnamed
        speaker = speakers.Speaker(_span(doc, *counted), confidence=0.7)
    if speaker is not None and quote_clauses.publisher_voice(doc, speaker.span.text, cue_word):
        return []  # 某网注意到 under 某网10月29日电: the publisher's own finding
    if (held := quote_clauses.view_holder(text, zone_start, cue_start, cue_word, speaker and speaker.span.end)):
        speaker = speakers.Speaker(_span(doc, *held), confidence=0.75)  # 在德国企业家看来: the whole phrase
    if framed and led and not (speaker is not None and (_is_mention(doc, speaker.span, person=True) or text[zone_start:cue_start] in _PRONOUNS
                                                         or speaker.span.text.endswith(_source_nouns())
                                                         and not speaker.span.text.startswith(_NICKNAMED))):
        return []  # 但在老司机看来: after a connective only a person the text names, or a source noun (但在不少学者看来),
        # holds a view (not the writer's persona, a nickname of 老 or 小 and a noun)
    if speaker is None and text.startswith("据", zone_start) and cue_start - zone_start >= 3:
        speaker = speakers.named_source(doc, zone_start + 1, cue_start)
    if speaker is None and (not quote_cues.has_flag(cue_word, "nospeaker") and not cue_word.endswith("报道")
                            or cue_word == "显示"  # 以夸张的姿态显示……: with nothing that shows it, a verb of display
                            or any(r in text[zone_start:cue_start] for r in speakers.REPORTER)
                            or _subjectless(doc, zone_start, cue_start, cue_word)):
        return []  # 本报记者王伟报道: the publisher's own byline reports nothing attributed
    before = _segment_before(text, segments, zone_start, paragraph.start, cue_end)
    if before is not None and speaker is not None and before.open < speaker.span.start < before.close:
        before = None  # “东方研究中心”12日宣布: the quoted name is the subject
    if before is not None and speaker is not None and speaker.span.start == before.close + 1 == zone_start \
            and _QUOTED_NAME.fullmatch(text, *before.inner) and not _named_person(doc, speaker.span):
        speaker.span = _span(doc, before.open, speaker.span.end)  # “美丽花园”官方微博发文称: a name, not a quote
        before = None
    elif before is not None and speaker is not None and before.close + 1 == zone_start < speaker.span.start \
            and before.close - before.open - 1 <= QUOTED_MODIFIER and _QUOTED_NAME.fullmatch(text, *before.inner):
        before = None  # “东道主”土耳其总统X提出: a quoted epithet glued to the speaker's title, not what was said
    named = next((seg for seg in segments if seg.closed and seg.close + 1 == zone_start), None) \
        if speaker is not None and before is None else None
    if named is not None and speaker.span.end <= named.open and _NAME_HEAD.fullmatch(text, speaker.span.end, named.open) \
            and _TIME_ONLY.fullmatch(text, zone_start, cue_start) and _QUOTED_NAME.fullmatch(text, *named.inner):
        abbreviation = _ABBREVIATION.match(text, named.close + 1)  # 反政府武装“某某运动”（XYZ）本周一宣布
        speaker.span = _span(doc, speaker.span.start, abbreviation.end() if abbreviation else named.close + 1)
    past = _skip(text, cue_end, paragraph.end, "了过")
    past = _UTTERANCES.match(text, past).end()  # 只说了一句：“……”: the words counted, then given
    after_at = said_as[2] if said_as else _skip(text, past, paragraph.end, " \t：:，,")
    after_seg = next((s for s in segments if s.open == after_at), None)
    if after_seg is not None and id(after_seg) not in used and _attributed_after(text, after_seg, paragraph.end, cues):
        return []  # X预测，“……，”某公司总裁马丁说。: the quotation is the words of the one named after it
    quotes: list[Quote] = []
    if before is not None and id(before) not in used and _takes_quote_before(text, before, cue_end, paragraph.end, cues) \
            and not quote_cues.has_flag(cue_word, "document"):
        used.add(id(before))
        quotes.append(_make(doc, context, before.inner, "direct", speaker, cue_start, cue_end, 0.85))
        if after_seg is not None and id(after_seg) not in used:
            used.add(id(after_seg))
            quotes.append(_make(doc, context, after_seg.inner, "direct", speaker, cue_start, cue_end, 0.85))
        elif text[cue_end:after_at].strip(" \t") in ("，", ","):  # “A。”X认为，B: B is X's too
            quotes.extend(_reported(doc, paragraph, segments, used, after_at, cue_start, cue_end, speaker, context, cues))
        return quotes
    if text.endswith(_THIS_WAY, zone_start, cue_start):  # 他这样写道。 / 曾这样形容X: the words were given before
        if text[cue_end:cue_end + 1] in _CONTENTLESS:
            said = _sentence_quotation(text, segments, used, paragraph.start, zone_start)
            if said is None:
                return []
            used.add(id(said))  # “……”结束访问后，他在社交媒体上这样写道。
            return [_make(doc, context, said.inner, "direct", speaker, cue_start, cue_end, 0.8)]
        if text[cue_end:cue_end + 1] not in "：:，,“「\"":
            return []  # 曾这样形容拉美的角色: what follows is what the words were about
    naming = _naming_quote(text, segments, cue_word, cue_end, paragraph.end)
    if naming is not None and "是" in text[cue_end:naming.open] and text.startswith("的", naming.close + 1):
        naming = None  # 称这是“高度挑衅”的举动: a claim whose clause holds a quoted word, not a name given
    if naming is not None and id(naming) not in used:
        used.add(id(naming))
        if speech.names_a_term(cue_word, text[cue_end:naming.open], text[naming.open + 1:naming.close]) \
                and not (quote_clauses.ends_on_verb(doc, naming.open + 1, naming.close) and "被" not in text[zone_start:cue_start]):
            return []  # 将这种手法称之为“空城计”: a term given, nothing said (称其为“挑衅升级”: a deed described)
        if text.startswith("的", naming.close + 1):
            return []  # 被媒体称为“沙皇”的商人: a nickname modifying a noun, not words said
        return [_make(doc, context, naming.inner, "direct", speaker, cue_start, cue_end, 0.7)]
    if after_seg is not None and id(after_seg) not in used and _only_end_follows(text, after_seg, paragraph.end):
        used.add(id(after_seg))
        return [_make(doc, context, after_seg.inner, "direct", speaker, cue_start, cue_end, 0.9)]
    listed = _quotation_sequence(text, segments, after_seg, paragraph.end, cues) if after_seg is not None else []
    if listed and not any(id(s) in used for s in listed):  # X说，“A”，“B”。: each quotation is X's
        used.update(id(s) for s in listed)
        return [_make(doc, context, s.inner, "direct", speaker, cue_start, cue_end, 0.9) for s in listed]
    if (post := quote_clauses.postposed_content(text, paragraph.start, zone_start, speaker, cue_start, cue_end, cues)):
        return [_make(doc, context, post, "indirect", speaker, cue_start, cue_end, 0.75)]  # ……，发言人何亚东说。
    if quote_cues.has_flag(cue_word, "clauseonly") and (after_at != cue_end or not quote_clauses.clause_object(text, cue_end, paragraph.end, False)):
        return []  # 提出了合作倡议，……: the initiative named, nothing said
    told = quote_clauses.told_end(doc, cue_end) if quote_cues.has_flag(cue_word, "addressee") else None
    if told is not None:
        after_at = _skip(text, told, paragraph.end, " \t")  # 告诉该机构，……: the one told, then what was said
        if any(start == after_at for start, _ in cues):
            return []  # 告诉李华，声称……: the cue after the one told carries the statement
    elif quote_cues.has_flag(cue_word, "topic") and not any(c in "：:，," for c in text[cue_end:after_at]):
        said = _quote_after_object(text, segments, used, cue_end, paragraph.end)
        if said is not None:
            used.add(id(said))  # 批评特朗普“不负责任” / 威胁美国“别搞事”: the quotation after the object was said
            return [_make(doc, context, said.inner, "direct", speaker, cue_start, cue_end, 0.75)]
        inside_other = any(text[e:zone_start].strip(" \t") in ("，", ",", "：", ":") and not _credit_line(text, paragraph, c, segments)
                           for c, e in cues if e <= zone_start)  # 据路透社报道，X指责……: a credit line holds no statement
        deed = quote_cues.has_flag(cue_word, "deed") and quote_clauses.deed_object(doc, zone_start, cue_start, after_at, paragraph.end)
        if deed and not text[zone_start:cue_start].strip(" \t"):
            inside_other = inside_other and not quote_clauses.issued_before(text, paragraph.start, cue_start)
        if inside_other or not (deed or text[zone_start:cue_start].strip(" \t") and
                                quote_cues.has_flag(cue_word, "clause") and quote_clauses.clause_object(
                                    text, after_at, paragraph.end, not quote_cues.has_flag(cue_word, "clauseonly"))):
            said = None if inside_other else _quote_after_object(text, segments, used, cue_end, paragraph.end, _WHERE_REACH)
            if said is None:  # 指责拜登政府在此事上“软弱无力”: nothing else said, the quotation after object and place
                return []  # 谈到伍德的努力 / 喊话小兄弟: a topic or an addressee; X称，他预计……: part of X's statement
            return [_make(doc, context, said.inner, "direct", speaker, cue_start, cue_end, 0.75)]
    reported = _reported(doc, paragraph, segments, used, after_at, cue_start, cue_end, speaker, context, cues)
    if _names_as(cue_word):  # 视为叛军部队，并…… / 称之为最出色的外援，曾……: the name is the first clause
        for quote in reported:
            cut = re.search(r"[，,；;]", quote.content.text)
            if quote.kind == "indirect" and cut and cut.start() >= 2:
                quote.content = _span(doc, quote.content.start, quote.content.start + cut.start())
    return reported


_ASKING = ("问", "追问", "提问", "问道")  # a reporter's question, which may open on what someone else said
_THIS_WAY = ("这样", "如此", "这么", "如是")
_UTTERANCES = re.compile(r"(?:[一两几]句话?(?=[：:]))?")
_NESTED_SUBJECT = 24  # longest subject of a nested cue: 湖北省供销合作总社近日发布的文章中


def _person_names(doc: Analysis) -> tuple[frozenset, list[tuple[int, int]]]:
    """Where the article's person names end, and the spans of those the knowledge base knows (李强|调研: a known
    name is whole; 卡茨警|告称, a name the tagger ran into the cue, is not), once per document."""
    people = [m.span for m in doc.mentions if m.type == "PER"]
    kb = KnowledgeBase.load()
    return frozenset(s.end for s in people), sorted((s.start, s.end) for s in people if kb.knows_person(s.text))


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """`at` lies strictly inside one of the sorted, non-overlapping `spans`."""
    i = bisect_left(spans, (at,)) - 1
    return i >= 0 and spans[i][0] < at < spans[i][1]


def _named_person(doc: Analysis, span: Span) -> bool:
    """The speaker phrase is a person's name: no quoted name is glued before one (“……”王明说 gives words said)."""
    entity = speaker_entity(doc, span)
    return entity is not None and entity.type == "PER" and any(m.start == span.start for m in entity.mentions)


def _credit_line(text: str, paragraph: Span, cue_start: int, segments: list[_Segment]) -> bool:
    """据路透社报道， / 根据X的数据，: a cue framed by 据 only credits a source."""
    return text.startswith(("据", "根据", "依据"), _clause_start(text, paragraph.start, cue_start, segments))


_PUBLISHING = ("发文", "发帖", "撰文", "发推", "发推文")  # verbs of posting, a channel rather than a statement


def _nested_cue(text: str, cue_end: int, end: int, cues: list[tuple[int, int]]) -> bool:
    """What follows the cue opens with another attribution (，X官网提到，): a clause with no stop, then a cue
    followed by a comma or a colon."""
    at = _skip(text, cue_end, end, " \t：:，,")
    for s, e in cues:
        if at < s <= at + _NESTED_SUBJECT and text[e:e + 1] in "，,：:" \
                and not re.search(r"[，,。！？!?；;：:“”\"]", text[at:s]):
            return True
    return False


def _names_as(cue: str) -> bool:
    """称之为 / 视为 / 定位为: the cue names what something is (认为 and 以为 state a view, 描述为 tells
    what happened)."""
    return bool(_NAMING_CUES.match(cue)) and cue not in ("称", "吹嘘", "形容", "讥笑") or (
        cue.endswith("为") and not cue.endswith(("认为", "以为", "作为", "成为", "描述为")))


def _subjectless(doc: Analysis, zone_start: int, cue_start: int, cue_word: str) -> bool:
    """报道，…… opening a sentence: the subject was a byline that ingest moved into boilerplate
    (本报记者王伟报道), or there is none; 据悉 and 据X报道 need no subject."""
    text = doc.norm_text
    if cue_word.startswith("据") or text.startswith("据", zone_start) or text[zone_start:cue_start].strip(" \t"):
        return False
    before = zone_start
    while before > 0 and text[before - 1] in " \t\u3000":
        before -= 1
    return before == 0 or text[before - 1] in _SENTENCE_END or any(
        b.end == before for b in doc.article.boilerplate)


def _reported(doc: Analysis, paragraph: Span, segments: list[_Segment], used: set[int], after_at: int,
              cue_start: int, cue_end: int, speaker: Optional["speakers.Speaker"],
              context: "speakers.SpeakerContext", cues: list[tuple[int, int]]) -> list[Quote]:
    """The reported speech after a cue, as an indirect quote (none when too short)."""
    later = _later_cues(doc, paragraph, segments, cues, cue_end)
    content = _indirect_content(doc, after_at, paragraph, segments, later)
    if content is not None and _names_a_thing(doc.norm_text, cue_start, cue_end, content):
        context.note_subject(doc, _clause_start(doc.norm_text, paragraph.start, cue_start, segments), cue_start)
        return []  # 强调这次会谈的意义，他表示……: no statement, but its subject is who 他 is
    if content is None \
            or doc.norm_text[content[1]:content[1] + 1] in "，," and _circumstantial(doc.norm_text, *content) \
            or _rhetorical(doc.norm_text, _clause_start(doc.norm_text, paragraph.start, cue_start, segments),
                           cue_start, cue_end, content):
        return []
    inner_cue = min((c for c, _ in cues if content[0] <= c < content[1]), default=content[1])
    for seg in segments:
        if content[0] <= seg.open and seg.close <= content[1] and seg.open < inner_cue:
            used.add(id(seg))  # one after an inner cue is left to that cue (据报道，该声明提到，“……”)
    confidence = 0.8 if speaker is not None else 0.5
    whole = next((s for s in segments if s.open == content[0] and s.closed and s.close + 1 == content[1]), None)
    if whole is not None:  # 并表示“互相支持”，5月，……: what was said is the quotation alone
        return [_make(doc, context, whole.inner, "direct", speaker, cue_start, cue_end, 0.85)]
    chain = quoted_chain(doc.norm_text, content, segments)
    if chain and not any(content[0] <= c < chain[-1].open and doc.norm_text[e:e + 1] in "，,：:“" for c, e in cues):
        # 说，A，“B”，“C”: A, then B and C (an inner cue with its comma, 该声明提到，“……”, takes them instead)
        head_end = _skip_back(doc.norm_text, content[0], chain[0].open, " \t，,")
        used.update(id(seg) for seg in chain)
        return [_make(doc, context, (content[0], head_end), "indirect", speaker, cue_start, cue_end, confidence)] + [
            _make(doc, context, seg.inner, "direct", speaker, cue_start, cue_end, 0.85) for seg in chain]
    tail = _quoted_tail(doc.norm_text, content, segments)
    if tail is not None and any(content[0] <= c < tail.open for c, _ in cues):
        tail = None  # 据报道，该声明提到，“……”: the inner cue takes the quotation
    if tail is None:
        return [_make(doc, context, content, "indirect", speaker, cue_start, cue_end, confidence)]
    head_end = _skip_back(doc.norm_text, content[0], tail.open, " \t，,")
    if _circumstantial(doc.norm_text, content[0], head_end):
        return [_make(doc, context, tail.inner, "direct", speaker, cue_start, cue_end, 0.85)]  # 表示，对于A车型，“……”
    return [_make(doc, context, (content[0], head_end), "indirect", speaker, cue_start, cue_end, confidence),
            _make(doc, context, tail.inner, "direct", speaker, cue_start, cue_end, 0.85)]


def _later_cues(doc: Analysis, paragraph: Span, segments: list[_Segment], cues: list[tuple[int, int]],
                cue_end: int) -> list[int]:
    """The starts of the cues after `cue_end` that end its reported speech: not one that says nothing, a
    citation inside it (表示，根据X的分析，……) or a speech it welcomes or wants (欢迎X宣布……)."""
    text, out = doc.norm_text, []
    stop = _sentence_end(text, cue_end, paragraph.end, segments)  # reported speech ends with its sentence
    for c, e in cues:
        if c <= cue_end or c > stop or _says_nothing(text, c, e, paragraph.start):
            continue
        zone = _clause_start(text, paragraph.start, c, segments)
        if not (quote_cues.has_flag(text[c:e], "frame") and quote_clauses.cited_inside(text, zone, cues)) \
                and not quote_clauses.wanted_speech(doc, zone, c):
            out.append(c)
    return out


def _says_nothing(text: str, cue_start: int, cue_end: int, floor: int) -> bool:
    """都不敢跟父母说。: a cue that ends its sentence with no quotation before it (“……”，他说。) says nothing."""
    if text[cue_end:cue_end + 1] not in _CONTENTLESS:
        return False
    before = _skip_back(text, floor, _clause_start(text, floor, cue_start, []), " \t，,")
    return text[before - 1:before] not in "”」』\""


def _rhetorical(text: str, zone_start: int, cue_start: int, cue_end: int, content: tuple[int, int]) -> bool:
    """X不是还宣称……吗？ / 说这话不害臊吗？: the writer's rhetorical question, marked before the cue
    (不是, 难道, 岂) or with no subject at all; 她说，怎么可能……呢？ reports her question."""
    zone = text[zone_start:cue_start].strip()
    return text[content[1]:content[1] + 1] in "？?" and text[content[1] - 1:content[1]] in "吗呢" \
        and "问" not in text[cue_start:cue_end] and (not zone or bool(_RHETORIC.search(zone)))


_NICKNAMED = ("老", "小")  # 老司机, 小编: a persona's nickname, no source


@lru_cache(maxsize=1)
def _source_nouns() -> tuple[str, ...]:
    """The nouns of unnamed or collective sources (data/speaker_nouns.txt): 有日本学者|分析认为 ends on one."""
    return tuple(lexicon.words("speaker_nouns.txt"))


def _authors_name(doc: Analysis, zone: str) -> bool:
    """海叔注意到 / 在老周看来 under the byline 海叔说天下 / 国际观察员老周, 在铁血君看来 under 铁血观察室, 老芯认为 under
    芯事观察: the writer's pen name, his own voice (a familiar form made of the byline's own characters)."""
    author = doc.article.author or ""
    name = _CONNECTIVE.sub("", zone.strip()).removeprefix("在")
    if len(name) >= 2 and name in author:
        return True
    familiar = _PEN_NAME.fullmatch(name)
    return bool(author) and familiar is not None and (familiar.group(1) or familiar.group(2)) in author


_PEN_NAME = re.compile(r"(?:老|小|阿)([\u4e00-\u9fff]{1,2})|([\u4e00-\u9fff]{1,2})(?:君|叔|哥|姐|兄|爷)")


def _joint_speakers(doc: Analysis, context: "speakers.SpeakerContext", quotes: list[Quote]) -> list[Quote]:
    """X和Y都认为……: the same statement once more for each other party of the subject; a speaker
    phrase that lists people (甲和乙, as 两人表示 resolves) is one statement for each of them."""
    extra = []
    for quote in quotes:
        if quote.speaker is None or quote.cue is None:
            continue
        listed = context.listed_people(quote.speaker.start, quote.speaker.end)
        if listed:
            parties = [speakers.Speaker(p, canonical=context.canonical.get(p.start), confidence=0.85) for p in listed]
            first = _make(doc, context, (quote.content.start, quote.content.end), quote.kind, parties[0],
                          quote.cue.start, quote.cue.end, quote.confidence)
            quote.speaker, quote.speaker_canonical, quote.speaker_id = first.speaker, first.speaker_canonical, first.speaker_id
            for other in parties[1:]:
                copy = _make(doc, context, (quote.content.start, quote.content.end), quote.kind, other,
                             quote.cue.start, quote.cue.end, quote.confidence)
                copy.date = quote.date
                extra.append(copy)
            continue
        if quote.speaker.end > quote.cue.start:
            continue
        for other in context.co_speakers(doc, quote.speaker, quote.cue.start):
            copy = _make(doc, context, (quote.content.start, quote.content.end), quote.kind, other,
                         quote.cue.start, quote.cue.end, quote.confidence)
            copy.date = quote.date
            extra.append(copy)
    return extra


def _outlet_speaks(name: str) -> bool:
    """日媒 / 路透社的报道 / 该报的文章: an outlet or its piece, whose report tells who acts and speaks next."""
    return name in outlets() or outlet_prefix(name) is not None and name.endswith(OUTLET_PIECES)


def _make(doc: Analysis, context: "speakers.SpeakerContext", content: tuple[int, int], kind: str,
          speaker: Optional["speakers.Speaker"], cue_start: int, cue_end: int, confidence: float) -> Quote:
    if speaker is not None and not speaker.media and not _outlet_speaks(speaker.span.text.strip()):
        context.note_content(Span(content[0], content[1], ""))  # what someone said is not a subject (an outlet's
        # report, 日媒称，X对此表示欢迎，他认为…, tells who acts and speaks next)
    if speaker is not None:
        context.note_said(Span(content[0], content[1], ""), speaker)
    quote = Quote(content=_span(doc, *content), kind=kind, cue=_span(doc, cue_start, cue_end), confidence=confidence)
    if speaker is None:
        quote.speaker_canonical = speakers.unnamed_description(doc.norm_text[cue_start:cue_end])
    else:
        quote.speaker = speaker.span
        entity = speaker_entity(doc, speaker.span)
        quote.speaker_id = entity.id if entity is not None else None
        quote.speaker_role = speaker.role
        quote.speaker_canonical = speaker.canonical
        quote.confidence = round(confidence * speaker.confidence, 2)
        quote.date = speaker.date
    return quote


def _is_mention(doc: Analysis, span: Span, person: bool = False) -> bool:
    """A mention of the tagger (a person's, with `person`) covers exactly this span."""
    return any(m.span.start == span.start and m.span.end == span.end and (not person or m.type == "PER")
               for m in doc.mentions)


def _written_cues(doc: Analysis, quotes: list[Quote]) -> None:
    """The cue as annotators write it, with its manner or medium (评论称, 分析认为, 发表声明称);
    done last, since the stage places statements by the speech verb itself."""
    for quote in quotes:
        if quote.cue is not None and quote.speaker is None and quote.cue.text in ("消息称", "消息说"):
            quote.cue = _span(doc, quote.cue.start + 2, quote.cue.end)  # 有消息称: no source credited, the verb is the cue
        if quote.cue is not None and quote.cue.end > quote.cue.start:
            start = quote_cues.cue_start_with_modifier(doc.norm_text, 0, quote.cue.start, quote.cue.end)
            quote.cue = _span(doc, start, quote.cue.end)


def _date_quotes(doc: Analysis, quotes: list[Quote]) -> None:
    """A statement with no date of its own takes the date of the same speaker's last one."""
    last_by_speaker: dict[str, str] = {}
    for quote in sorted(quotes, key=lambda q: q.content.start):
        key = quote.speaker.text if quote.speaker else ""
        if quote.date:
            last_by_speaker[key] = quote.date
        elif key and key in last_by_speaker:
            quote.date = last_by_speaker[key]


__all__ = ["extract"]
