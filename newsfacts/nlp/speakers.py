"""Speakers of statements: the subject before a speech cue (名字, 头衔+名字, 消息人士, 俄罗斯官员,
《读卖新闻》), with pronouns and title-only references (他, 这位发言人) resolved to a name."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..model import Analysis, Mention, Span
from .chinese import span as _span
from .credits import (OUTLET_NAME as _OUTLET_NAME, PAPERS as _PAPERS, REPORTER,
                      WRITINGS as _WRITINGS, aliases as _aliases, bylines, foreign_reporter, is_outlet, named_source,
                      quoted_journalist, reporter_subject)  # noqa: F401 (quotes reads some here)
from .subjects import (JOINERS, SUBJECT_REACH, occasion_only, time_frames as _time_frames, acts_on as _acts_on, clause_subjects as _clause_subjects,
                       strip_leads as _strip_leads, untagged_titled_name as _untagged_titled_name)
from . import speaker_links as links
from .speaker_anaphora import Anaphora, GOES_ON_REACH, PERSON_HEADS as _PERSON_HEADS, TITLE_REACH, PERSON_DEMONSTRATIVES as _PERSON_DEMONSTRATIVES  # noqa: F401
from .speaker_discourse import COMPANION as _COMPANION, Discourse, adverb_tail, back_over_names as _back_over_names
from .speaker_heads import (one_just_met, opens_on_verb, ASPECT as _ASPECT, DEMONSTRATIVE as _DEMONSTRATIVE, PREPOSITIONS as _PREPOSITIONS,
                            WITH as _WITH, Heads, unnamed_description)
from .speaker_issuers import CARRIED_DOC as _CARRIED_DOC, ISSUED_DOC as _ISSUED_DOC, Issuers
from .speaker_links import Speaker, copy as _copy
from .speaker_phrases import (OUTLET_REFERENCE, THE_PERIODICAL, actor_acts_on, its_officer, name_after_kind, named_before_cue, object_its, pronoun_then_object as _pronoun_then_object, verb_then_object as _verb_then_object, ADDRESSEE as _ADDRESSEE, BOOK as _BOOK, document_channel, HIS_WORDS as _HIS_WORDS, KIN as _KIN, object_of_subject, topic_frame as _topic_frame, ASKS as _ASKS, SOMEONE_COUNTED as _SOMEONE_COUNTED,  # noqa: F401
                              is_addressee as _is_addressee, long_titles as _long_titles,
                              body_name_after, office_after, on_behalf, one_unnamed_person as _one_unnamed_person, owns_counted_person,
                              opens_last_clause as _opens_last_clause)
from .speaker_phrases import (ADMINISTRATION as _ADMINISTRATION, CAUSED as _CAUSED, FUSED_PASSIVE as _FUSED_PASSIVE,
                              LED_BY as _LED_BY, MODIFIED_LEAD as _MODIFIED_LEAD, ONLY_BEFORE_CUE as _ONLY_BEFORE_CUE, TOLD_PRESS as _TOLD_PRESS,
                              VENUE_BEFORE as _VENUE_BEFORE, ZAI as _ZAI)
from . import speaker_names, speaker_refs as refs
from . import speaker_reports as reports
from .timex import TIME_RE as _TIME_RE, NamedDays, find_times, resolve_day
from .words import NOUN_CHAR, one_char_places, titles

_PRONOUN = re.compile(r"他们|她们|他|她|(?<![尤极与及])其(?![余他中实次后间])")  # not 其余 / 其他 / 尤其
# The Athletic / Wall Street Journal: capitalised words joined by single spaces are one name
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z.&\-]{1,30}(?: [A-Z][A-Za-z.&\-]{0,30}){0,4}"
                         r"(?=的|在|也|则|还|称|说|写|表示|指出|认为|报道|援引|\d{1,4}[年月日]|当地时间|此前|日前|近日|最新|$)")  # Politico6月20日报道
_JOINERS = JOINERS
_SOME_SAY = re.compile(r"(?:也|还|又|另|更)?有")
_SOMEONE = re.compile(r"(?:就|也|还|另|更|则)?(有人)(?![员士])")
_OWNED = re.compile(r"[^，,。的在对向于还也则就曾又均都已将会]{1,10}的(?:作者|撰稿人|编辑|负责人|发起人|起草者|研究人员)")
_DUI_WORD = re.compile(r"反对|针对|相对|绝对|面对|应对")  # 反对党领袖: a word's 对, no preposition
_AIMED = set("对向给就")  # before an actor in a clause searched for a subject: the actor is what the act aims at (就: its matter)
_OBJECT_ONLY = ("为", "把", "将")  # 为日本开脱 / 把美国: the actor after these is an object
# 指责我们在香港事务上的政策: in an earlier clause, the place after a preposition is no subject (现在日本: no preposition)
_IN_PHRASE = re.compile(_ZAI + r"$|从$")
_DISPOSAL = re.compile(r"(?<![或即也还就必会已终并都均又即])[将把](?![会要来近]|军(?!队))")  # not 或将 / 将会 (the future), not 将军 (a general)
_QUOTED_ORG = re.compile(r"“([^“”，,。、：:；;！？!?\s]{3,40}?)”")
_QUOTED_WORDS = re.compile(r"[“「](?:[^“”「」\n]*?[，,。！？!?；;][^“”「」\n]*?|[^“”「」\n]{12,200}?)[”」]")  # words, not a name
_PERCENT = re.compile(r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千万]+)(?:%|％|成|名|位|个)(?:的[\u4e00-\u9fff]{1,6})?")
_SOME = re.compile(r"(?:还|也|另|更|则)?有(?![关所点些时的]|一种|一类)([\u4e00-\u9fff]{1,8}?)(?:也|还|则|就|曾)?")


_DETERMINER_ONLY = re.compile(r"(?:该|这|此|这份|该份|此份|那份)")  # 该报告称: the document of the cue is the subject
# 被问及此事时 / 被记者追问时 / 被问到“……”时 before the cue: a question put to the subject
_ASKED_WHEN = re.compile(r"被[^，,。！？!?；;]{0,12}?(?:追问|询问|问及|问到|问起|提问|问)[^，,。！？!?；;]{0,30}?时[^，,。]{0,6}$")
# 对法新社 / 向《时报》 / 向当地《X报》 closing the subject: the outlet addressed (its name is checked with is_outlet)
_INTERVIEW = re.compile(r"(?:专访|采访|访谈)")  # 接受X采访/专访: the one interviewed speaks
_TOLD_OUTLET = re.compile(r"[对向](?:当地|本地|[\u4e00-\u9fff]{1,3}国)?([\u4e00-\u9fff]{2,8}|《[^》]{1,15}》)$")
_BARE_ROLE = re.compile(rf"(?:一[位名个])?{NOUN_CHAR}{{1,3}}(?:员|者|师|工|家)")
# the whole clause, or what follows 3、 / …… / a space in it: a name tag of two to four characters
_THERE_IS = re.compile(r"(?:之前|此前|早前|早先|当时|曾经|曾)?(?:就|也|还|亦)?有")
LEAD_NOUN = 4  # a source noun this close to the clause start (美国官员) is its subject
# 乌克兰官员们 / 西方媒体 / 当地民众: a group opening its sentence, which a later 他们 refers back to
SHORT_ZONE = 8  # a clause this short before its cue (反而更加强硬警告称) has no subject of its own
NOUN_REACH = 16  # a source noun this close to the clause start heads the speaker phrase


@lru_cache(maxsize=1)
def _addressed() -> re.Pattern:
    """批评Y / 警告Y right before the cue (一些人批评王明称): Y is the one addressed, the speaker comes before the verb
    (data/speaker_addressing_verbs.txt)."""
    verbs = lexicon.alternation_source(lexicon.words("speaker_addressing_verbs.txt"))
    return re.compile(rf"(?:{verbs})(?=[^，,。；;：:“”\s]{{1,12}}$)")


@lru_cache(maxsize=1)
def _channel() -> re.Pattern:
    """的 + a channel of data/speaker_channels.txt (的朋友圈, 的官方微博)."""
    return re.compile("的(?:官方)?(?:" + lexicon.alternation_source(lexicon.words("speaker_channels.txt")) + ")")


def _inside_channel(text: str, noun: re.Match) -> bool:
    """A source noun that opens a longer channel word (朋友 in 朋友圈)."""
    word = _channel_word().match(text, noun.start())
    return word is not None and word.end() > noun.end()


@lru_cache(maxsize=1)
def _channel_word() -> re.Pattern:
    return lexicon.alternation(lexicon.words("speaker_channels.txt"))


@lru_cache(maxsize=1)
def _noun_re() -> re.Pattern:
    """Nouns naming unnamed or collective sources (data/speaker_nouns.txt), not the first part of a longer
    one (共同民主党人士: 人士, not 党人)."""
    return re.compile("(?:%s)(?!士)" % lexicon.alternation_source(lexicon.words("speaker_nouns.txt")))

_PAIRED = set("方国")  # 中方 / 美国: a one-character place before these still names the state


def _inside_word(doc: Analysis, position: int) -> bool:
    """A word of the tagger runs across `position` (共和|党人 inside 共和党人: its 和 joins nothing)."""
    i = bisect_left(doc.tokens, position, key=lambda t: t[0].start)
    return 0 < i <= len(doc.tokens) and doc.tokens[i - 1][0].start < position < doc.tokens[i - 1][0].end


def _fragment(words: list[Span], mention: Mention) -> Optional[Span]:
    """中|指 / 中|公教育: a one-character place the tagger's word opens, the word no run of places
    (中美, 中方), so a syllable of another name: that word, or None."""
    if len(mention.span.text) != 1 or mention.type not in ("GPE", "LOC"):
        return None
    i = bisect_left(words, mention.span.start + 1, key=lambda w: w.start) - 1
    word = words[i] if i >= 0 else None
    if word is None or word.start != mention.span.start or word.end - word.start < 2:
        return None
    places = one_char_places()
    return word if any(c not in places and c not in _PAIRED for c in word.text) else None

_TITLE_REACH = 40  # a 《 this close before a speaker may open the title the speaker is a part of


def _whole_title(doc: Analysis, found: Speaker) -> Speaker:
    """A speaker inside 《……》 that starts after a quotation or a colon in it (《“十四五”X规划》,
    《旅游绿皮书：X与预测》): the whole title."""
    text = doc.norm_text
    opened = text.rfind("《", max(0, found.span.start - _TITLE_REACH), found.span.start + 1)
    if opened < 0 or "》" in text[opened:found.span.start]:
        return found
    closed = text.find("》", found.span.end, found.span.end + _TITLE_REACH)
    if closed < 0 or "《" in text[found.span.end:closed] or re.search(r"[，,。；;！？!?\n]", text[opened:closed]):
        return found
    if (opened + 1, closed) == (found.span.start, found.span.end):
        return found
    return Speaker(_span(doc, opened + 1, closed), found.role, found.canonical, found.confidence, found.date, found.media)


class SpeakerContext(Anaphora, Issuers, Discourse, Heads):
    """What the article has said so far about who is speaking: subjects and their order."""

    def __init__(self, doc: Analysis):
        self.doc = doc
        reporters = bylines(doc)
        words = [w for w, _ in doc.tokens]
        whole = {m.span.start: _fragment(words, m) for m in doc.mentions}
        mentions = [Mention(whole[m.span.start], "ORG", m.confidence) if whole[m.span.start] else m
                    for m in doc.mentions if m.span.start not in reporters]  # 中指: the word, not the state 中
        self.people = sorted((m for m in mentions if m.type == "PER"), key=lambda m: m.span.start)
        self._person_spans = {m.span for m in self.people}  # a set: a scan per speaker is quadratic on long texts
        self._person_names = {m.span.text for m in self.people if len(m.span.text) >= 2}  # 杜邦 typed PER once, ORG once
        self._named_gender: Optional[dict[str, str]] = None  # a name -> the gender the article gives it somewhere
        self._person_names_at: Optional[dict[int, list[str]]] = None  # a person's mention start -> all its names
        self._days: Optional[NamedDays] = None  # the days named so far, for a 当天 before the cue
        self.actors = sorted((m for m in mentions if m.type in ("PER", "ORG", "GPE", "LOC")),
                             key=lambda m: m.span.start)
        self.starts = [m.span.start for m in self.actors]
        self.canonical = {}
        self.gender: dict[int, str] = {}  # a mention's start -> "m" / "f", where the knowledge base knows it
        self.country: dict[int, str] = {}  # a mention's start -> the state its entity belongs to, where known
        self.person_id: dict[int, str] = {}  # a person's mention start -> the knowledge base's id of the person
        self.titles_by_name: dict[str, tuple[list[int], list[str]]] = {}  # a name -> its mentions and their titles
        for entity in doc.entities:
            for span in entity.mentions:
                if whole.get(span.start) is not None:
                    continue  # 中指: no canonical of the state 中国
                self.canonical[span.start] = entity.canonical
                if entity.type == "PER" and entity.id and not entity.id.startswith("local:"):
                    self.person_id[span.start] = entity.id
                if entity.country:
                    self.country[span.start] = entity.country
                known = links.genders().get(entity.id) or links.genders().get(span.text) if entity.type == "PER" else None
                if known:
                    self.gender[span.start] = known
        self.subjects: list[tuple[int, Speaker, bool]] = []  # (position, speaker, is_person)
        self.subject_people = _clause_subjects(links.names_masked(doc.norm_text, self.actors), self.people)
        self.contents: list[Span] = []  # contents of the statements found so far
        self.said: list[tuple[Span, Speaker]] = []  # every statement with a speaker (outlets too), in order made
        self.reports: list[tuple[int, Speaker]] = []
        self.papers: list[tuple[int, str, Speaker]] = []  # (where, cue, speaker) of words said in a document
        self.published = reports.published_outlets(doc)  # outlets that ran a piece with no cue (……发表的报道)
        self.quoted_names = [_span(doc, m.start(1), m.end(1)) for m in _QUOTED_ORG.finditer(doc.norm_text)]
        self.quoted_words = [(m.start(), m.end()) for m in _QUOTED_WORDS.finditer(doc.norm_text)]  # someone's words
        self.aliases = _aliases(doc, self.quoted_names)  # “中心” -> the full name it abbreviates
        self.issuers = self._issuers(doc)  # (end, issuer, joint) of each statement issued (中越发表联合声明); after
        # the quoted words, which a pronoun read while finding the issuers (其办公室发表声明) needs

    def note_content(self, span: Span) -> None:
        self.contents.append(span)

    def note_said(self, span: Span, speaker: Speaker) -> None:
        self.said.append((span, speaker))

    def _is_place(self, span: Span) -> bool:
        return any(m.span == span and m.type in ("GPE", "LOC") for m in self._mentions(span.start, span.end))

    def _inside_content(self, position: int) -> bool:
        return any(c.start <= position < c.end for c in self.contents)

    def _inside_quoted_words(self, position: int, reference: int) -> bool:
        """A name inside quoted words (“……普京……，”他说) that do not also hold the reference."""
        return any(a <= position < b and not a <= reference < b for a, b in self.quoted_words)

    def speaker_in(self, doc: Analysis, start: int, end: int, cue: str) -> Optional[Speaker]:
        """The speaker of a cue whose clause is text[start:end], or None."""
        text = doc.norm_text
        clean = _strip_leads(text, start, end)
        alias = self.aliases.get(text[clean:end].strip(" \t"))
        if alias is not None and alias.end <= clean:  # 保健部表示, after 甲国保健部（下称“保健部”）: the body it stands for
            return Speaker(alias, canonical=self.canonical.get(alias.start), confidence=0.8)
        if cue.startswith("消息") and _THERE_IS.fullmatch(text, clean, end):
            return None  # 有消息称: news with no named source
        topic = _topic_frame().search(text, clean, end)
        if topic is not None and topic.start() > clean:
            end = topic.start()  # 外交部就布林肯访华一事回应称: the matter named after 就 is what it spoke about
        addressed = _addressed().search(text, clean, end)
        if addressed is not None and addressed.start() - clean >= 2:
            end = addressed.start()  # 一些人批评王明称: the critic speaks, not the one criticised
        only = _ONLY_BEFORE_CUE.search(text, clean, end)
        if only is not None and only.start() - clean >= 2:
            end = only.start()  # X的办公室只表示: the adverb is no part of the subject
        caused = _CAUSED.search(text, clean, end)
        if caused is not None and not any(m.span.start < caused.start() < m.span.end for m in self._mentions(clean, end)):
            clean = caused.start(1)  # 这些新闻让不少人直呼: the ones made to speak, not what made them
        told_by = text.rfind("从", clean, end)
        if told_by >= 0 and cue.startswith("获悉"):
            clean = told_by + 1  # 记者从国家卫健委获悉: the body the reporter learned it from
        passive = text.rfind("被", clean, end)
        asked = _ASKED_WHEN.match(text, passive, end) if passive >= 0 else None
        if asked is not None:  # 特朗普在被记者追问时说: the one asked answers, the asker is no speaker
            before = passive - (text[passive - 1:passive] == "在")
            if before - clean >= 2:
                end = before
            else:
                return self._sentence_subject(doc, start)
        elif passive >= 0 and end - passive <= NOUN_REACH and not _FUSED_PASSIVE.match(text, passive, end):
            clean = passive + 1  # 被西方媒体讥笑为: the agent after 被 is the speaker (not 在被捕前: no agent)
        paper = _DETERMINER_ONLY.fullmatch(text, clean, end) and cue[:-1].endswith(_PAPERS)
        reporter = reporter_subject(doc, clean, end, cue)  # 美联社记者史密斯表示: named with the desk
        back = _back_over_names(text, start) if start > 0 and text[start - 1] == "”" else start
        goes_by = refs.goes_by(text, back, end) if back < start else None
        if goes_by is not None:  # 这名代号为“北风”的指挥官告诉记者: the one named, a new source
            found = Speaker(_span(doc, *goes_by), confidence=0.7)
            found.date = self._day(text, start, end)
            self._remember(found, start)
            return found
        said_end, trimmed = end, end - adverb_tail(text[clean:end])  # 美国商务部长一再表示 / 部长高调表态: the adverbs are no part of the subject,
        if not any(m.type == "PER" or m.span.start < trimmed < m.span.end for m in self._mentions(clean, end)):
            end = trimmed  # (a person's clause is read by the person rules, which know their adverbs)
        companion = _COMPANION.fullmatch(text, clean, end) and clean > 0 and text[clean - 1] in "，,"  # ……，于11日同X宣布
        occasion = start > 0 and text[start - 1] in "，," and occasion_only(text, clean, end)  # ……，并在X讲话中表示
        found = (self._companions_subject(doc, clean) if companion else None) \
            or (self._sentence_subject(doc, start) if occasion else None) or refs.counted_people(self, doc, clean, end) \
            or refs.one_of_two(self, doc, clean, end) or refs.one_of_group(self, doc, clean, end) \
            or (one_just_met(doc, clean) if text.startswith("后者", clean) else None) \
            or self._quoted_channel_subject(doc, start, end) \
            or refs.other_party(doc, clean, end) \
            or refs.named_side(doc, clean, end) \
            or (self._resolve_demonstrative(text, cue[:-1], clean) if paper else None) \
            or (Speaker(_span(doc, reporter[0], reporter[1].span.end), "记者", self.canonical.get(reporter[1].span.start), 0.8)
                if reporter else None) or self._quoted_subject(text, start, end) \
            or self._issuer_of(text, clean, end, cue) \
            or self._quoted_source(doc, clean, end) \
            or self._publisher(doc, clean, end) or self._pick(doc, clean, end)
        if found is None:
            some = _SOME.fullmatch(text, clean, end) or _SOME.fullmatch(text, start, end)  # 也有观点: 有 kept
            if some:  # 有黄牛表示 / 还有网友说: some of them, named by the noun after 有
                found = Speaker(_span(doc, some.start(1), some.end(1)), canonical=unnamed_description(some.group(1)),
                                confidence=0.7)
        many = links.people_in_number(text, clean, end) if found is None else None
        if many:  # 很多人认为 / 有些人说: people in number, unnamed
            found = Speaker(_span(doc, many[0], many[1]), canonical=unnamed_description(many[2]), confidence=0.7)
        if found is None and _BARE_ROLE.fullmatch(text, clean, end):
            found = Speaker(_span(doc, clean, end), confidence=0.7)  # 销售员透露 / 一位工作人员说: a role the lexicon lacks
        role = _BARE_ROLE.match(text, clean, end) if found is None and cue in ("：", ":") else None
        if role is not None and 0 < end - role.end() <= 2 and text[clean:clean + 1] == "一":
            found = Speaker(_span(doc, clean, role.end()), confidence=0.7)  # 一名从业者感慨：“……”: the role, then its verb
        tag = links.dialogue_tag(text, clean, end) if found is None and cue in ("：", ":") else None
        if tag is not None:
            found = Speaker(_span(doc, tag, end), confidence=0.6)  # 老爸：“……” / 乘务员MM:: a dialogue's name tag
        if found is None and cue.startswith("报道") and _THERE_IS.fullmatch(text, clean, end):
            found = Speaker(_span(doc, end, end + 2), canonical=unnamed_description("报道"), confidence=0.7)  # 此前就有报道称
        if found is None and not text[clean:end].strip() and cue.startswith("报道"):
            reported = next(((pos, s) for pos, s in reversed(self.reports) if pos < start), None)
            found = self._newer_outlet(_copy(reported[1], 0.85), reported[0], start) if reported \
                else self._resolve_pronoun("它", start)  # 据ABC报道…报道称
        if found is None and _SOME_SAY.fullmatch(text, clean, end):  # 有说A，有说B: some say, unnamed
            found = Speaker(_span(doc, end - 1, end), canonical=unnamed_description("有人"), confidence=0.6)
        first = refs.FIRST_PERSON.fullmatch(text, clean, end) if found is None else None
        if first is not None:
            found = self._briefing_voice(text, start) \
                or Speaker(_span(doc, first.start(1), first.end(1)), confidence=0.6)  # 我说 / 我们认为: the writer, never the last speaker
        if found is None and on_behalf(text, clean + 2, self._mentions(clean, end)):
            found = self._sentence_subject(doc, start)  # ……致电慰问，代表中国政府表示哀悼: the sentence's subject
        found = speaker_names.untagged_speaker(self, doc, clean, end, found)  # 高旗告诉记者 / 法官表示
        if found is not None and clean <= found.span.start and found.span.end < end:  # 上市公司广达科技也宣布
            named_end = body_name_after(text, found.span.start, found.span.end, end, self._is_place(found.span))
            found = Speaker(_span(doc, found.span.start, named_end), confidence=found.confidence) \
                if named_end > found.span.end else found
        named = name_after_kind(text, found.span, end, lambda a, b: [m.span for m in self._mentions(a, b) if m.type == "ORG"]) \
            if found is not None else None
        if named is not None:  # 美国智库“战争研究所”则评估认为: the kind, then the body's own name
            found = Speaker(_span(doc, *named), confidence=found.confidence)
        kind_named = named_before_cue(text, end)
        if kind_named is not None and (found is None or found.span.end <= kind_named[0]):
            found = Speaker(_span(doc, *kind_named), confidence=0.75)  # (俄罗斯)人权组织“纪念”称: the body named
        own = speaker_names.noun_subject(doc, clean, end) if found is None and end - clean <= SHORT_ZONE else None
        if own is not None:
            found = Speaker(_span(doc, *own), confidence=0.6)  # 多个中介表示 / 卓创资讯则指出: the clause's own subject
        its = its_officer(text, clean, end) if found is None else None
        if its is not None:
            found = Speaker(_span(doc, clean, its), confidence=0.7)  # 其苏丹项目负责人表示: the body's officer, unnamed
        told_press = _TOLD_PRESS.search(text, clean, end)  # 在阿布扎比又对记者表示: the press told, no subject
        if found is None and (told_press.start() if told_press else end) - clean <= SHORT_ZONE and not text.startswith("据", start):
            found = self._sentence_subject(doc, start)
            if found is not None and text[clean:end].strip() in ("他", "她") and self._is_place(found.span):
                found = None  # 深圳一名男子……，他称: 他 is a person, never the place of the story
            if found is not None and text[clean:clean + 1] in _ADDRESSEE and found.span.text in text[clean:end]:
                found = None  # ……，跟前面的父亲说: the one spoken to is no speaker of his own words
        if found is not None and "据" in text[max(0, start - 1):start + 1] and found.span not in self._person_spans \
                and not is_outlet(found.span.text):  # 据路透社报道，X发表声明: the agency reports the statement
            issuer = self._credited_issuer(doc, end + len(cue))
            found = issuer or found  # 据白宫消息，当地时间30日，拜登发表声明，……: 拜登 speaks (FORMAT.md)
        if found is not None and found.span.text.endswith(links.ISSUED_PAPERS) and not self._mentions(found.span.start,
                                                                                                  found.span.end):
            found = self._paper_issuer(doc, found, start) or self._said_in_paper(found, start) or found
            # X发布的会议纪要……。会议纪要称 / X在一份声明中说……。声明还说: X
        piece = reports.report_subject(text, clean, end, cue)
        if piece is not None and (found is None or found.span.start == piece[0] or self._is_someone(found)
                                  and found.span.start < clean and not reports.wrote_piece(text, found.span.end)):
            found = self._report_source(doc, piece, start)  # 报道提到 after a person spoke: the outlet, not the person
        before = text[max(0, found.span.start - 4):found.span.start] if found is not None else ""
        if before.endswith(REPORTER) and not quoted_journalist(doc, before, found.span.start):
            found = None  # 本报记者王伟报道: the reporter is no speaker (湖人队的记者琼斯表示, 墨西哥记者X: one quoted)
        if found is not None and links.LATIN_WORD.fullmatch(found.span.text):
            whole = links.whole_latin_name(text, found.span.start, found.span.end)  # 据The Athletic报道: one word typed
            if whole != (found.span.start, found.span.end):
                if found.span in self._person_spans:
                    self._person_spans.add(_span(doc, *whole))  # Anthony Slater is still a person, for a later 他
                found = Speaker(_span(doc, *whole), found.role, None, found.confidence, found.date, found.media)
        if found is not None and found.span.text.count("“") > found.span.text.count("”") \
                and text[found.span.end:found.span.end + 1] == "”":  # 台“外交部”发表声明称: the name closes its quotation
            found = Speaker(_span(doc, found.span.start, found.span.end + 1), found.role, found.canonical,
                            found.confidence, found.date, found.media)
        if found is not None:
            found = _whole_title(doc, found)  # 《“十五五”X规划》: the title, not its part after the quotation
        if found is not None and found.span not in self._person_spans:
            found = self._glued_person(doc, found)  # 朔尔茨高调表态 typed as one body: 朔尔茨
        if found is not None and found.canonical is None:
            found.canonical = self._named_canonical(found.span) or speaker_names.by_surname(self, found.span)  # 俄罗斯国防部 read
            # as a source noun: still the body; 周教授 after 教授周永生: the person of that surname
        if found is not None:
            if found.date is None:
                found.date = self._day(text, start, said_end)  # 外交部当天批评: the day words the subject dropped
            found.media = found.media or cue.startswith(("报道", "消息")) or text.startswith("据", start)  # X消息称 credits X like X报道称
            self._remember(found, start)
            said_in = text[found.span.end:end] + cue
            if any(p in said_in for p in links.ISSUED_PAPERS) and not found.span.text.endswith(links.ISSUED_PAPERS):
                self.papers.append((start, said_in, found))  # 在一份声明中说: for a later 声明还说
            citing = self._citing_outlet(doc, clean, end)
            if "报道" in cue:  # the outlets credited with a report, for a later 报道称; the one that cites, not
                self.reports.append((start, citing or found))  # the one it cites
            elif citing is not None:  # 路透社援引官员的话说……。报道还称 / 该媒体还称: the outlet that cited
                self.reports.append((start, citing))
                self._remember(Speaker(citing.span, citing.role, citing.canonical, citing.confidence, None, True), start)
        return found

    def _named_canonical(self, span: Span) -> Optional[str]:
        """The canonical name of the entity whose mention is exactly this span, if any."""
        return next((self.canonical.get(m.span.start) for m in self._mentions(span.start, span.end)
                     if m.span.start == span.start and m.span.end == span.end), None)

    def _is_person(self, speaker: Speaker) -> bool:
        return speaker.span in self._person_spans or speaker.span.text in self._person_names

    def _is_someone(self, speaker: Speaker) -> bool:
        """A person, named (周明) or not (军事专家 / 一名官员)."""
        return self._is_person(speaker) or _one_unnamed_person(speaker.span.text) \
            or speaker.span.text.endswith(_PERSON_HEADS)

    def _quoted_source(self, doc: Analysis, start: int, end: int) -> Optional[Speaker]:
        """《南华早报》援引分析师巴沙的话称 / 路透社援引知情人士称: the source cited after 援引 speaks."""
        cited = links.cited_zone(doc.norm_text, start, end, is_outlet)
        found = self._pick(doc, *cited) if cited else None
        role = speaker_names.role_speaker(doc.norm_text, *cited) if cited and found is None else None
        if role is not None:  # 援引一名退役上校的话说: a role the source nouns lack
            found = Speaker(_span(doc, role[0], role[1]), confidence=0.7)
        return None if found is None or found.span.text.endswith(links.DATA_HEADS) else found  # 援引最新数据报道称: the outlet

    def note_subject(self, doc: Analysis, start: int, end: int) -> None:
        found = self._pick(doc, _strip_leads(doc.norm_text, start, end), end)
        if found is not None:
            self._remember(found, start)

    def _day(self, text: str, start: int, end: int) -> Optional[str]:
        """The day a statement's lead names (9日, 周二); 当天/同日 there is the last day named before it,
        not the publication day."""
        if self._days is None:
            self._days = NamedDays(text, self.doc.article.published_at)
        return resolve_day(text[start:end], self.doc.article.published_at, anchor=self._days.before(start))

    def _remember(self, speaker: Speaker, position: int) -> None:
        is_person = speaker.span in self._person_spans or speaker.span.text in self._person_names \
            or _one_unnamed_person(speaker.span.text) or bool(speaker.role)  # 发言人切列瓦季: a name after a title
        self.subjects.append((position, speaker, is_person))

    def _pick(self, doc: Analysis, start: int, end: int, topic: bool = False) -> Optional[Speaker]:
        """The speaker named in text[start:end]; with `topic`, 拜登的态度… also names 拜登."""
        text = doc.norm_text
        if on_behalf(text, start + 2, self._mentions(start, end)) and "的" not in text[start:end]:
            return None  # 代表中国政府表示: the clause opens on the verb, its subject is elsewhere (代表…出席的X: X)
        led = _LED_BY.match(text, start, end)
        if led is not None and led.end() < end:
            start = led.end()  # 以沙特和俄罗斯为首的“欧佩克+”宣布: the group led, not its leaders
        carried = _CARRIED_DOC.search(text, start, end)
        if carried is not None:
            issuer = self._pick(doc, carried.start(1), carried.end(1), topic)
            if issuer is not None and not issuer.media:
                return issuer  # 通讯社播发外务省发言人谈话，指责……: the one whose statement it carries
        issued = _ISSUED_DOC.search(text, start + 2, end)
        if issued is not None:
            end = issued.start()  # 哈马斯和伊斯兰圣战组织发表联合声明，称……: the issuers, not the act
        disposal = _DISPOSAL.search(text, start + 2, end)
        if disposal is not None and disposal.start() - start <= SUBJECT_REACH and "据" not in text[start:end]:
            agent = self._pick(doc, start, disposal.start(), topic)
            if agent is not None:
                return agent  # 西方舆论将二十大称为…: the subject before 将/把, not its object
        interviewed = text.find("接受", start + 1, end)  # 他接受媒体采访时说: a one-character subject
        interview = _INTERVIEW.search(text, interviewed, end) if interviewed >= 0 else None
        if interview is not None:
            agent = self._pick(doc, start, interviewed, topic)
            if agent is not None:
                return agent  # 一名男子在接受《朝日新闻》采访时说: the one interviewed, not the outlet
            if text[interviewed + 2:interviewed + 3] in "《" or is_outlet(text[interviewed + 2:interview.start()]):
                return None  # 他在接受《民族报》专访时称: the pronoun before speaks, never the outlet
        told = _TOLD_OUTLET.search(text, start + 2, end)
        if told is not None and is_outlet(told.group(1)):
            agent = self._pick(doc, start, told.start(), topic)
            if agent is not None:
                return agent  # 一名军官对法新社透露: the outlet told listens, the one before it speaks
        via = text.find("通过", start + 2, end)
        if 0 <= via - start <= NOUN_REACH and "据" not in text[start:via]:
            agent = self._pick(doc, start, via, topic)
            if agent is not None:
                return agent  # 西北大学27日通过微信公众号发布通知称, 金与正通过朝中社: the one, not its channel
        outlet = _OUTLET_NAME.fullmatch(text, start, refs.time_tail(text, start, end))  # 中时新闻网则称: not 则
        if outlet is not None:
            return Speaker(_span(doc, start, outlet.end()), confidence=0.8, media=True)  # 法国星期天报说: an outlet the tagger missed
        channel = _channel().search(text, start + 2, end)
        if channel is not None:
            agent = self._pick(doc, start, channel.start(), topic)
            if agent is not None:
                return agent  # 党委书记孙丽的朋友圈发文称: the one who posts, not the channel
        headed = self._relative_head(doc, start, end) if not topic or opens_on_verb(doc, start) else None
        if headed is not None:
            return headed  # 参与谈判的一名美国官员称 / 执掌外交部的绿党鼓吹: the head after the 的-clause
        inside = self._mentions(start, end)
        frames = _time_frames(text, start, end, closing=True,  # 他在会见王毅时表示: 王毅 is met, not speaking
                              names=tuple((m.span.start, m.span.end) for m in inside))
        mentions = [m for m in inside if not any(a < m.span.start < b for a, b in frames)]
        for m in mentions:  # 《东方日报》在李明德就职当天说: not a name inside the time frame
            if m.type == "PER" and (object_of_subject(doc, mentions, start, m.span.start)
                                    or m.span.start > start and text.startswith(_ADMINISTRATION, m.span.end)):
                continue  # 美联社刊登了李华的照片，并写道: the agency that acts speaks, not the one in its object;
                # 某联盟致信特朗普政府警告称: a leader's administration after a verb is its object
            possessive = text[m.span.end:m.span.end + 1] == "的" and m.span.end < end \
                and not text.startswith(_HIS_WORDS, m.span.end) \
                or links.serves_next(text, m, mentions) \
                or text.startswith(_KIN, m.span.end)  # 小刚奶奶直言: the grandmother speaks; 援引X的观点称: the zone ends at X
            places = tuple(o.span for o in mentions if o.type != "PER")
            if m.type == "PER" and not _is_addressee(text, m.span.start, start, places) and (topic and not owns_counted_person(
                    text, m.span.end, _noun_re()) or not possessive):  # 王明的一位朋友……，并称: the friend
                lead = _noun_re().search(text, start, m.span.start)
                if lead is not None and (lead.start() - start <= LEAD_NOUN or _MODIFIED_LEAD.fullmatch(text, start, lead.start())) \
                        and _acts_on(text, lead.end(), m.span.start):  # 埃里温街头的抗议者则要求X下台: the protesters
                    return self._noun_phrase(doc, start, lead)  # 网友批评吴君如…，称: the 网友 speak
                office = office_after(text, m.span.end)
                if office > 0 and not any(o.type == "PER" and 0 <= o.span.start - office <= 2 for o in mentions):
                    return Speaker(_span(doc, m.span.start, office), confidence=0.85)  # 佩洛西办公室称: the office
                return self.person(doc, m, start)
        book = _BOOK.search(text, start, end)
        if book and (_is_addressee(text, book.start(), start) or text.startswith("记者", book.end())):
            book = None  # 对《环球时报》记者表示: the outlet is the one told, not the speaker
        if book and not is_outlet(book.group(1)) and text.startswith(_long_titles(), book.end()):
            book = None  # 《湿地公约》秘书长蒙巴表示: the office holder of the body in 《》 speaks
        if book and not is_outlet(book.group(1)) and document_channel(text, start, book):
            book = None  # 在《外交蓝皮书》中声称, 发布《…立场》文件: the document is the channel (《战略》称: it speaks)
        if book:
            return Speaker(_span(doc, book.start(1), book.end(1)), confidence=0.9, media=True)
        share = _PERCENT.match(text, start, end)
        if share and share.end() == end:
            return Speaker(_span(doc, start, end), confidence=0.8)  # 33%表示 / 65%的受访者表示
        titled = _untagged_titled_name(text, start, refs.time_tail(text, start, end))  # 发言人周一: not 周一
        if titled is not None and not _is_addressee(text, titled[0], start, tuple(o.span for o in mentions if o.type != "PER")) \
                and not object_of_subject(doc, mentions, start, titled[0]):  # 外务省召见了X大使Y，声称: not Y
            return Speaker(_span(doc, *titled), role=text[start:titled[0]][-4:], confidence=0.7)
        options = []
        latin = _LATIN_NAME.match(text, start, end)
        if latin:  # Politico的文章写道: a name in Latin script the tagger leaves untyped
            options.append((start, 0, "latin", latin))
        pronoun = _PRONOUN.search(text, start, end)
        kin = refs.kin_speaker(self, doc, pronoun, _KIN)
        if kin is not None:
            return kin  # 他的奶奶王秀英……其奶奶说 / 小刚奶奶说……其奶奶指出: the kin, not 其's referent
        if pronoun and not _is_addressee(text, pronoun.start(), start) and not object_its(text, start, pronoun) and (
                text[pronoun.end():pronoun.end() + 1] != "的" or pronoun.end() + 1 == end):  # 按照他的说法
            options.append((pronoun.start(), 0, "pronoun", pronoun))
        demo = _DEMONSTRATIVE.search(text, start, end)
        if demo and demo.group(0) in _PERSON_DEMONSTRATIVES and demo.start() > start and text[demo.start() - 1] == "的" \
                and not _ASPECT.search(text, start, demo.start()):
            found = self._resolve_demonstrative(text, text[demo.end():end], demo.start())
            if found is not None:
                return found  # 华丰五金公司的这位老板称: the person pointed back to, not his company
        if demo:
            options.append((demo.start(), -2, "demonstrative", demo))
        nouns = [n for n in _noun_re().finditer(text, start, end) if not on_behalf(text, n.end(), mentions)
                 and not _inside_channel(text, n)  # 在朋友圈发文: the channel, not a friend
                 and not any(m.span.start <= n.start() and n.end() < m.span.end for m in mentions)]  # 空军司令|部
        if nouns and nouns[0].start() - start <= NOUN_REACH and not (set(_DUI_WORD.sub("", text[start:nouns[0].start()])) & _PREPOSITIONS) \
                and (_inside_word(doc, nouns[0].start()) or not _is_addressee(text, nouns[0].start(), start + 1)) \
                and not _ASPECT.search(text, start, nouns[0].start()) \
                and not _pronoun_then_object(text, pronoun, start, nouns[0].start()) \
                and not _verb_then_object(doc, start, nouns[0].start()) \
                and not actor_acts_on(doc, mentions, start, nouns[0].start()) \
                and (text[start] not in _WITH or text.startswith("与会", start)):  # 和公司员工开玩笑说: those he spoke with
            last, noun_from = nouns[0], start
            for noun in nouns[1:]:
                comma = max(text.rfind("，", last.end(), noun.start()), text.rfind(",", last.end(), noun.start()))
                if comma >= 0 and noun.start() - comma <= NOUN_REACH:
                    last, noun_from = noun, comma + 1  # ……工党政府，英国媒体渲染道: the clause before the cue names it
                    continue
                if noun.end() - start > NOUN_REACH + 8 or set(text[last.end():noun.start()]) & _PREPOSITIONS \
                        or _ASPECT.search(text, last.end(), noun.start()) or _TIME_RE.search(text, last.end(), noun.start()):
                    break  # 公司解雇了三百名员工: the noun after a verb is its object; 台媒3日消息: the date ends the phrase
                last = noun
            options.append((start, -1, "noun", last))
        actors = [m for m in mentions if m.type in ("ORG", "GPE", "LOC") and not on_behalf(text, m.span.start, mentions)
                  and not (m.type != "ORG" and m.span.start > start
                           and _VENUE_BEFORE.search(text, max(start, m.span.start - 2), m.span.start))]  # 在维也纳宣布
        if actors and not _is_addressee(text, actors[0].span.start, start) \
                and (actors[0].span.start == start or text[actors[0].span.start - 1:actors[0].span.start] not in _OBJECT_ONLY
                     and not (topic and (_IN_PHRASE.search(text, max(start, actors[0].span.start - 2), actors[0].span.start)
                                         or set(text[start:actors[0].span.start]) & _AIMED))):  # 影射对这个英国新首相…
            options.append((actors[0].span.start, 1, "actor", actors))
        if _SOMEONE.match(text, start, end):  # 有人看完视频后，对他的能力提出质疑: someone unnamed
            some = _SOMEONE.match(text, start, end)
            return Speaker(_span(doc, some.start(1), some.end(1)), canonical=unnamed_description("有人"), confidence=0.7)
        if not options:
            body = links.untagged_body(text, start, refs.time_tail(text, start, end))
            if body is not None:  # 一家环保组织5日发布报告称: a body the tagger did not name
                return Speaker(_span(doc, start, body), confidence=0.7)
            someone = _SOMEONE_COUNTED.match(text, start, end)
            if someone is not None and (someone.end() == end or text.startswith(_ASKS, someone.end())):
                return Speaker(_span(doc, start, someone.end()), confidence=0.6)  # 一个女的，开口就说 / 一位顾客问店员：
            return None
        _, _, kind, value = min(options, key=lambda o: (o[0], o[1]))
        if kind == "actor" and pronoun and value[0].type in ("GPE", "LOC") and _opens_last_clause(text, pronoun, end):
            kind, value = "pronoun", pronoun  # 深圳一名男子……，他称: the pronoun subject, not the place of the story
        if kind == "latin":
            return Speaker(_span(doc, value.start(), value.end()), confidence=0.8, media=True)
        if kind == "pronoun":
            return self._resolve_pronoun(value.group(0), value.start())
        if kind == "demonstrative":
            owned = _OWNED.match(text, value.end(), end)
            if owned:  # 上述报告的作者: a new source described through the earlier one
                return Speaker(_span(doc, value.start(), owned.end()), confidence=0.8)
            found = self._resolve_demonstrative(text, text[value.end():end], value.start())
            if found is None and value.group(0) in ("这些", "那些"):
                return None  # 这些官员 points back to sources named before, or to no source at all
            outlet = OUTLET_REFERENCE.match(text, value.start(), end)
            periodical = THE_PERIODICAL.match(text, value.start())
            if found is None and outlet is not None and (outlet.end() < end or periodical):
                named = self._resolve_pronoun("它", value.start()) if periodical else None
                if named is not None or outlet.end() < end and text.startswith("该报", value.start()):
                    return named  # 该报附上李华的照片，并写道 / 该刊称: the outlet named before
                return Speaker(_span(doc, value.start(), outlet.end()), confidence=0.6, media=True)  # 该杂志称: the words
            if found is None and value.end() < end:
                end -= adverb_tail(text[value.end():end])  # 上述工作人员均: not 均
                return Speaker(_span(doc, value.start(), end), confidence=0.6)  # 该决定书称 / 该消息称: the thing itself
            return found
        if kind == "noun":
            if text.startswith(("报道", "该报", "此报道"), start):
                return self._resolve_pronoun("它", start)  # 报道的观点认为: the outlet just cited
            if value.group(0) in _WRITINGS:
                return self._writer_of(doc, start, value)
            return self._noun_phrase(doc, noun_from, value)
        return self._actor_run(doc, value, end, start)

    def _mentions(self, start: int, end: int) -> list[Mention]:
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.actors) and self.actors[i].span.start < end:
            if self.actors[i].span.end <= end:
                out.append(self.actors[i])
            i += 1
        return out

    def person(self, doc: Analysis, mention: Mention, clause_start: int) -> Speaker:
        before = doc.norm_text[clause_start:mention.span.start]
        role = next((t for t in titles() if before.endswith(t)), None)
        return Speaker(mention.span, role=role, canonical=self.canonical.get(mention.span.start), confidence=1.0)
