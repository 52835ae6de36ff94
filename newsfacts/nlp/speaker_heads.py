"""Speakers named by the head of their phrase rather than by a name (nlp/speakers.py mixes these into its
SpeakerContext): a source noun with what leads it (多位观众, 外交部长), the head after a 的-clause that
describes it (参与谈判的一名美国官员), a run of tagged actors up to their body or title (法国外交部长), and a
piece of writing or a report that speaks for its author or outlet (Politico的文章称, 报道提到)."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..model import Analysis, Mention
from . import speaker_links as links, speaker_refs as refs
from .chinese import span as _span
from .credits import DOCUMENT_HEADS as _DOCUMENT_HEADS
from .speaker_anaphora import PERSON_DEMONSTRATIVES as _PERSON_DEMONSTRATIVES, PERSON_HEADS as _PERSON_HEADS
from .speaker_links import Speaker, copy as _copy, new_source
from .speaker_phrases import (ADDRESSEE as _ADDRESSEE, AUTHOR_REACH, COUNTED as _COUNTED, PUBLISHED as _PUBLISHED,
                              is_addressee as _is_addressee, long_titles as _long_titles, one_unnamed_person)
from .subjects import DESCRIBED_REACH, time_frames as _time_frames, untagged_titled_name as _untagged_titled_name
from .words import NOUN_CHAR, OUTLET_PIECES, outlet_prefix, outlets, titles

# What may follow a state's title that names no one (日本首相在…说, 法国外长也表示): the phrase is the office-holder.
_TITLE_ENDS = re.compile(r"$|[在对向于也则还均都并再又曾已将]|接受|当天|当日|日前|近日|此前|随后")
_OBJECT_MARKERS = set("对向在被把将为从给于")  # one character between two actors that makes the second an object
_TOLD_AFTER_NAME = re.compile(r"(?:当天|当日|随后|[\d一二三四五六七八九十]{1,3}日)?(?:也|还|则|又|就|曾|再次|当面|亲自)?"
                              r"[对向跟同给与]")  # a name, then whom it addresses or meets (与来访的X举行会谈后说)
_PRONOUN_SUBJECT = re.compile(r"(?:他|她)们?")
DEMONSTRATIVE = re.compile(r"(?:[这那该此][两二三四五六七八九十几数]+[名位]|这位|这名|该名|那位|此位|这些|那些|这家|该家|这份|那份|该份|前述|上述|(?<![应活本])该)")  # not 应该
_BODY_AFTER_PLACE = re.compile(r"([\u4e00-\u9fff]{1,14}?(?:管理局|监管局|局|(?<![签联部])署|委员会|办公室|研究院|研究所|协会))"
                               r"(?:同时|也|还|则|已经|随后|此前|当天|日前|近日)*$")
# a verb's aspect (解雇了, 拿着, 见过): the phrase holds a verb; not 为了/了解/随着/通过/超过/不过
ASPECT = re.compile(r"(?<![为除])了(?!解)|(?<![随接])着(?!名|重|手|力|眼)|(?<![通经超不越])过(?!去|来|往|度)|未(?![来经婚成免必具署透])|没有")  # 未同意业主: a verb
PREPOSITIONS = set("在对向于从给把被将")
_HEADED_BODIES = set("部局厅署院")  # 外交部 + 长: the tagger's body, and 长 makes its head (外交部长, 警察局长)
# X（ABC）22日发布报告，确认…: the body that issued the document speaks, named before the verb (and its day)
_ISSUING = re.compile(r"(?:\d{1,2}日|当天|当日|日前|近日|今天|昨天)?(?:发布|发表|公布|出台)了?(?:一份|最新)?")
_GLOSS_BEFORE = re.compile(r"[（(][A-Za-z][A-Za-z0-9 .&\-]{0,15}[）)]$")


def _issuer(doc: Analysis, start: int, end: int) -> Optional[Speaker]:
    """The body before a verb that issues the document named at `end` (某署22日发布报告), its name taken
    whole: the words from `start`, or, where only a bracketed abbreviation precedes the verb, the name
    before that bracket (“某某分类”（IPC）); None when no issuing verb stands between."""
    text = doc.norm_text
    issued = _ISSUING.search(text, start, end)
    if issued is None:
        return None
    begin, cut = start, issued.start()
    gloss = _GLOSS_BEFORE.search(text, max(0, begin - 1), cut)
    if gloss is not None:  # （IPC）: the full name stands before the bracket, in quotation marks or plain
        cut = gloss.start()
        opened = text.rfind("“", 0, cut - 1) if text[cut - 1:cut] == "”" else -1
        if opened >= 0:
            begin, cut = opened + 1, cut - 1
        elif begin >= cut:
            return None
    name = text[begin:cut].strip()
    if len(name) < 2 or any(c in name for c in "，,。；;：:“”（）()"):
        return None
    return Speaker(_span(doc, begin, cut), confidence=0.8)


DOCUMENT_BACK_REACH = 160  # 通过了《…宣言》。宣言写道: a bare document noun names the titled one this close before


def _titled_document(doc: Analysis, start: int, noun: re.Match) -> Optional[Speaker]:
    """The document in 《》 whose title ends on the bare noun at `start` (宣言, 声明, 报告), named before it in
    the same paragraph, else None."""
    text = doc.norm_text
    begin = max(text.rfind("\n", 0, start) + 1, start - DOCUMENT_BACK_REACH)
    titles_before = [m for m in re.finditer(r"《([^《》\n]{2,40})》", text[begin:start]) if m.group(1).endswith(noun.group(0))]
    if not titles_before:
        return None
    last = titles_before[-1]
    return Speaker(_span(doc, begin + last.start(1), begin + last.end(1)), confidence=0.8)


_SOME_LEAD = re.compile(r"(?:就|也|还|另|更|则|早就|当时就)?有")
# the verb, not a syllable of a noun: 大使馆 / 特使 / 使用, 转让, 司令 / 命令 / 法令
_CAUSATIVE = re.compile(r"引来|引起|引发|吸引|招来|(?<![转出退谦])让(?![-·‧－])|(?<![大公特天信行即假纵])使(?![馆团节命用者领])|"
                        r"(?<![司命法指口号政禁军])令(?![-·‧－])")
_FRAMING = re.compile(r"根据|依据|按照")
WITH = set("和跟与同")
# 最大在野党 / 科技巨头 / 知名智库 before a body's name: what kind of body the name is (an apposition)
_KIND_OF_BODY = ("党", "智库", "巨头", "组织", "机构", "团体", "武装", "集团", "公司", "企业", "联盟", "派别", "派系")


def _describes_next(gap: str) -> bool:
    return 2 <= len(gap) <= 8 and gap.endswith(_KIND_OF_BODY) \
        and not set(gap.replace("在野", "")) & (PREPOSITIONS | WITH | set("，,、；;"))  # 在野党 is a kind, 在 no verb


RELATIVE_CLAUSE = 4  # a 的-clause this long before a head describes the speaker
# 绿党 / 反对派 / 智库: a head noun of a group or person the tagger does not name
_HEAD_NOUN = re.compile(NOUN_CHAR + r"{0,6}?(?:党|派|智库|机构|组织|集团|团体|协会|委员会|联盟|"
                        r"队|小组|团队|官员|人士|专家|学者|议员|指挥官|发言人|负责人|分析师|外交官|民众|网友|居民)(?=[\u4e00-\u9fff]{0,4}$)")
_QUANTIFIERS = re.compile(r"^(?:不少|一些|有些|另一些|很多|许多|多名|多位|部分|有的)")


def unnamed_description(word: str) -> Optional[str]:
    """消息 / 据悉 / 数据: the English description of a source the text leaves unnamed."""
    return _unnamed().get(word)


@lru_cache(maxsize=1)
def _unnamed() -> dict[str, str]:
    return {row[0]: row[1].strip() for row in lexicon.rows("unnamed_sources.tsv") if len(row) > 1}


def opens_on_verb(doc: Analysis, start: int) -> bool:
    """最早报道此事的路透社 / 报道此事的一家美媒: the phrase opens on a verb (after adverbs), so a 的 in it closes a
    relative clause on the head after it; 普里戈津展示了…的 / 文章以…的 open on their own subject."""
    tokens = doc.tokens
    i = bisect_left(tokens, start, key=lambda t: t[0].start)
    while i < len(tokens) and tokens[i][0].start >= start and tokens[i][1] in ("d", "ad", "t", "TIME") \
            and tokens[i][0].end - start <= 6:
        i += 1
    return i < len(tokens) and tokens[i][1] == "v"


_WHEN = ("时", "时候", "之际")
_PUNCTUATION = re.compile(r"[，,。；;：:、“”]")


class Heads:
    """The part of SpeakerContext that resolves a speaker phrase by its head; it relies on the context's
    _pick, _mentions, person, _is_person, actors, quoted names, canonical names, countries, subjects and reports so far, and the
    anaphora's _resolve_demonstrative, _titled_speaker and _newer_outlet."""

    def _report_source(self, doc: Analysis, piece: tuple[int, int], position: int) -> Speaker:
        """A bare 报道 / 文章 speaking: the outlet credited or introduced last, else the piece itself."""
        reported = next(((pos, s) for pos, s in reversed(self.reports) if pos < position), None)
        outlet = self._newer_outlet(_copy(reported[1], 0.8), reported[0], position) if reported \
            else self._newer_outlet(None, -1, position)
        if outlet is not None and not self._is_person(outlet):
            return outlet
        return Speaker(_span(doc, *piece), canonical=unnamed_description("报道"), confidence=0.6, media=True)

    def _relative_head(self, doc: Analysis, start: int, end: int) -> Optional[Speaker]:
        """A subject whose head follows a 的-clause that describes it (本周参与谈判的一名美国官员,
        执掌外交部的绿党): the head is the speaker, not a place or body named inside the clause.
        Only a clause with words of its own (not 美国国务院的发言人, a plain possessive)."""
        text = doc.norm_text
        de = text.rfind("的", start + 1, end - 1)
        if de < 0 or de - start < RELATIVE_CLAUSE or text.startswith(("据", "按照", "根据"), start) \
                or any(a < de < b for a, b in _time_frames(text, start, end, closing=True)):
            return None  # 王海峰在党主席选举中胜出后表示 / 在会见来访的X时指出: the 的 describes the occasion
        if text[start:end].rstrip().endswith(_WHEN) and any(m.span.start == start and m.type == "PER"
                                                            for m in self._mentions(start, de)):
            return None  # 习近平会见来访的X时指出: the person who opens the clause acts, the 的 is in what he does
        named = sum(min(m.span.end, de) - m.span.start for m in self._mentions(start, de))
        if de - start - named < 2:
            return None
        if text.startswith(_PERSON_DEMONSTRATIVES, start):  # 这位曾任驻华大使的外交官: the person named before
            return self._resolve_demonstrative(text, text[de + 1:end], start)
        for told in _TOLD_AFTER_NAME.finditer(text, start, de):  # not the 对 of 反对党
            if any(m.span.end == told.start() for m in self._mentions(start, told.start())) \
                    or _PRONOUN_SUBJECT.fullmatch(text, start, told.start()):
                return None  # 特朗普对来访的日本首相说 / 他对现场的支持者说: the 的-clause describes the one spoken to
        head = self._pick(doc, de + 1, end)
        counted = _COUNTED.match(text, start)  # 一名欧洲国家的官员: the count opens the whole phrase
        if head is not None and start <= head.span.start and not head.span.text.endswith(_DOCUMENT_HEADS):
            if counted and head.span.start == de + 1 and not any(m.span.start == head.span.start and m.type == "PER"
                                                                   for m in self._mentions(de + 1, end)):
                return Speaker(_span(doc, start, head.span.end), canonical=head.canonical, confidence=head.confidence)
            return head
        bare = _HEAD_NOUN.match(text, de + 1, end)
        if bare and counted:
            return Speaker(_span(doc, start, bare.end()), confidence=0.8)
        return Speaker(_span(doc, bare.start(), bare.end()), confidence=0.8) if bare else None

    def _noun_phrase(self, doc: Analysis, start: int, noun: re.Match) -> Speaker:
        phrase_start = start
        text = doc.norm_text
        while phrase_start < noun.start() and text[phrase_start] in _ADDRESSEE and not text.startswith("与会", phrase_start):
            phrase_start += 1
        some = _SOME_LEAD.match(text, phrase_start, noun.start())
        if some and text[some.end() - 1:some.end() + 1] != "有关":
            phrase_start = some.end()  # 有消息称 / 就有美媒指出: 有 says that there is one
        caused = _CAUSATIVE.search(text, phrase_start, noun.start()) or _FRAMING.search(text, phrase_start, noun.start())
        if caused:
            phrase_start = caused.end()  # 这段讲话引来多位观众指责 / 此前根据几名知情人士证实: the 观众, the 知情人士
        if text[phrase_start:phrase_start + 1] == "等":
            listed = self._listed_before(doc, phrase_start)
            if listed is not None:
                return listed  # “战争研究所”等智库认为: the body named before 等
        noun_end = noun.end() + (text[noun.end():noun.end() + 1] == "长" and noun.group(0)[-1] in _HEADED_BODIES)
        phrase = text[phrase_start:noun_end]  # 外交部长: the minister, not the ministry
        if noun.group(0).endswith(_PERSON_HEADS) and not new_source(phrase):
            earlier = self._titled_speaker(text, noun.group(0), phrase_start)
            if earlier is not None and not self._other_state(earlier, phrase_start, noun.start()) \
                    and not self._other_body(text, earlier, phrase_start, noun.start()):
                return earlier  # 北约秘书长马克·吕特称…… 北约秘书长补充说: the title names him again
        issuer = _issuer(doc, phrase_start, noun.start())
        if issuer is not None:
            return issuer  # 某机构22日发布报告，确认……: the body that issued the report
        titled = _titled_document(doc, phrase_start, noun) if phrase == noun.group(0) else None
        if titled is not None:
            return titled  # 峰会通过了《某某宣言》。宣言写道: the declaration named just before
        bare = _QUANTIFIERS.sub("", phrase)
        piece = noun.group(0) in OUTLET_PIECES and outlet_prefix(phrase) is not None  # 路透社的报道提到: the outlet's piece
        return Speaker(_span(doc, phrase_start, noun_end), canonical=unnamed_description(bare), confidence=0.85,
                       media=piece)

    def _other_state(self, earlier: Speaker, start: int, end: int) -> bool:
        """中国驻欧盟使团发言人 after 俄罗斯外交部发言人扎哈罗娃: the words before the title name states, and
        the earlier holder of the title belongs to none of them, so this is another source."""
        named = {self.country[m.span.start] for m in self._mentions(start, end) if m.span.start in self.country}
        theirs = self.country.get(earlier.span.start)
        return bool(named) and theirs is not None and theirs not in named

    def _other_body(self, text: str, earlier: Speaker, start: int, end: int) -> bool:
        """美国国务院发言人 after 白宫国家安全委员会战略沟通协调员柯比: the body the title names (states left
        out) describes no earlier mention of the holder, so this is another source."""
        body = text[start:end]
        for m in self._mentions(start, end):
            if m.span.start in self.country and m.type in ("GPE", "LOC"):
                body = body.replace(m.span.text, "")
        body = body.strip("的")
        if len(body) < 2:
            return False
        described = text[max(0, earlier.span.start - DESCRIBED_REACH):earlier.span.start] + "|" + \
            self._described_before(text, earlier.span.text, end)
        return body not in described

    def _writer_of(self, doc: Analysis, start: int, noun: re.Match) -> Optional[Speaker]:
        """Politico的文章称 / 美联社文章还提到 / 这篇文章认为: a piece of writing speaks for its outlet,
        named before it or, with only a demonstrative, the outlet last cited."""
        text = doc.norm_text
        owner = text[start:noun.start()].rstrip("的")
        if owner and not DEMONSTRATIVE.fullmatch(owner) and not re.fullmatch(r"[这那该此一][篇份则]?", owner):
            named = self._pick(doc, start, start + len(owner))
            return named or self._noun_phrase(doc, start, noun)
        author = self._author_before(doc, start, noun.group(0))
        if author is not None:
            return author  # 某报发表了李明撰写的文章。文章指出: the one who wrote it
        cited = next(((pos, sp) for pos, sp, person in reversed(self.subjects) if pos < start and sp.media and not person), None)
        at, name = max(((text.rfind(n, 0, start), n) for n in outlets()), default=(-1, ""))
        if cited is not None and not (at > cited[0] and at > cited[1].span.end):
            # an outlet that ran a piece since (美国《某报》就曾发文……。文章称) speaks instead
            return self._newer_outlet(_copy(cited[1], 0.8), cited[0], start)
        # an outlet named after the last one that spoke (……共同社报道…。《金融时报》持保留态度。该报援引…。文章写道)
        if at >= 0:  # the outlet named last (Politico, 美联社), as the text writes it
            return Speaker(_span(doc, at, at + len(name)), canonical=self.canonical.get(at), confidence=0.7, media=True)
        return Speaker(_span(doc, start, noun.end()), confidence=0.6)

    def _author_before(self, doc: Analysis, start: int, writing: str) -> Optional[Speaker]:
        """普京发表题为《……》的文章 / 某报刊发李明撰写的文章: the person named in the last sentence that
        published the piece (within AUTHOR_REACH before a bare 文章), who speaks through it."""
        text = doc.norm_text
        last = None
        for last in _PUBLISHED.finditer(text, max(0, start - AUTHOR_REACH), start):
            pass  # the last piece published before this 文章 / 社论
        if last is None or writing not in ("文章", "社论") \
                or any(last.end() <= pos < start and sp.media for pos, sp, _ in self.subjects):
            return None  # 某报发表了李明的文章。……据路透社报道，……文章称: the outlet cited since speaks
        for breaks in ("，,；;。！？!?\n", "。！？!?\n"):  # the publishing clause's own subject first (海叔注意到，…，X发表了…)
            begin = last.start()
            while begin > 0 and text[begin - 1] not in breaks:
                begin -= 1
            people = [m for m in self._mentions(begin, last.end()) if m.type == "PER"
                      and not _is_addressee(text, m.span.start, begin)]
            if people:
                return self.person(doc, people[0], begin)
        return None

    def _listed_before(self, doc: Analysis, at: int) -> Optional[Speaker]:
        """The name a list closes with before 等: a quoted name or a tagged mention ending at `at`."""
        quoted = next((n for n in self.quoted_names if n.end == at - 1), None)
        if quoted is not None:
            return Speaker(quoted, canonical=self.canonical.get(quoted.start), confidence=0.8)
        named = next((m for m in self.actors if m.span.end == at), None)
        return Speaker(named.span, canonical=self.canonical.get(named.span.start), confidence=0.8) if named else None

    def _actor_run(self, doc: Analysis, actors: list[Mention], end: int, start: Optional[int] = None) -> Speaker:
        counted = _COUNTED.match(doc.norm_text, start) if start is not None and start < actors[0].span.start else None
        if counted is not None and counted.end() == actors[0].span.start:
            stop = refs.time_tail(doc.norm_text, start, end)  # 一名欧洲国家的财长: one unnamed holder of the title,
            if doc.norm_text.endswith(_long_titles(), start, stop) and not _PUNCTUATION.search(doc.norm_text, start, stop):
                return Speaker(_span(doc, start, stop), confidence=0.8)  # not the place that describes him
        first = actors[0]
        last = first
        for m in actors[1:]:
            gap = doc.norm_text[last.span.end:m.span.start]
            if len(gap) <= 1 and gap not in ("（", "(") and gap not in _OBJECT_MARKERS or gap in titles():
                # 英国首相约翰逊办公室; not X网站（BBC）, not 美联社对英国…: the one after 对 is acted on
                last = m
            elif m.type == "ORG" and _describes_next(gap):
                first = last = m  # 韩国最大在野党国民力量: the place and the kind of body only describe the body named
            else:
                break
        if last.type == "GPE":  # 法国、德国和英国外长发表联合声明 / 法国外长表示: the ministers, not the states
            title = next((t for t in _long_titles() if doc.norm_text.startswith(t, last.span.end)), None)
            if title is not None and last.span.end + len(title) <= end \
                    and not _untagged_titled_name(doc.norm_text, last.span.end, refs.time_tail(doc.norm_text, last.span.end, end)) \
                    and (first is not last or _TITLE_ENDS.match(doc.norm_text, last.span.end + len(title), end)):
                return Speaker(_span(doc, first.span.start, last.span.end + len(title)), confidence=0.8)
        body = _BODY_AFTER_PLACE.match(doc.norm_text, last.span.end, end) if last.type == "GPE" else None
        if body is not None and ASPECT.search(body.group(1)):
            body = None  # 英国几位前官员搞了一个联合倡议局: a verb phrase, not a body's name
        if body is not None:  # 美国联邦航空管理局同时表示: a body the tagger left out, named after its state
            return Speaker(_span(doc, first.span.start, body.end(1)), confidence=0.8)
        if last.type == "ORG" and last.span.text[-1:] in _HEADED_BODIES and doc.norm_text[last.span.end:last.span.end + 1] == "长":
            return Speaker(_span(doc, first.span.start, last.span.end + 1), confidence=0.8)  # 法国外交部长: the minister
        if last.type == "ORG":  # 欧盟委员会主席表示 / 英国央行行长表示: the office-holder, named by the title alone
            title = next((t for t in sorted(titles(), key=len, reverse=True)
                          if len(t) >= 2 and doc.norm_text.startswith(t, last.span.end)), None)
            if title is not None and last.span.end + len(title) <= end \
                    and not _untagged_titled_name(doc.norm_text, last.span.end, refs.time_tail(doc.norm_text, last.span.end, end)):
                return Speaker(_span(doc, first.span.start, last.span.end + len(title)), confidence=0.8)
        named = links.named_after_place(doc.norm_text, last.span.end, end) if last.type == "GPE" else None
        if named is not None:  # 中国驻坦桑尼亚使馆 / 香港东网 / 台湾TVBS新闻网: a mission or outlet after its place
            return Speaker(_span(doc, first.span.start, named[0]), confidence=0.8, media=named[1])
        counted = _COUNTED.match(doc.norm_text, last.span.end, end)
        if counted is not None and counted.end() < end:
            title = next((t for t in _long_titles() if doc.norm_text.startswith(t, counted.end())), None)
            if title is not None and not _untagged_titled_name(doc.norm_text, counted.end(), end):
                return Speaker(_span(doc, first.span.start, counted.end() + len(title)), confidence=0.8)  # 英国七位前外相
        span = _span(doc, first.span.start, last.span.end)
        return Speaker(span, canonical=self.canonical.get(first.span.start) if first is last else None, confidence=0.85)


_JUST_MET = re.compile(r"(?:采访了?|会见了?|见到了?|联系了?|询问了?|请教了?)(?P<one>一[名位][^，,。；;：:“”]{1,24})[，,]$")


def one_just_met(doc: Analysis, start: int) -> Optional[Speaker]:
    """该报还采访了一名前美国外交官，后者认为: the one unnamed person the clause before met or interviewed."""
    text = doc.norm_text
    found = _JUST_MET.search(text, max(0, start - 40), start)
    if found is None or not one_unnamed_person(found.group("one")):
        return None
    return Speaker(_span(doc, found.start("one"), found.end("one")), confidence=0.75)
