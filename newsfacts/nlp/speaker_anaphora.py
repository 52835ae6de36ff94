"""References back to an earlier speaker (nlp/speakers.py mixes these into its SpeakerContext): a
pronoun (他, 她, 他们, 它), a demonstrative with a head noun (该官员, 这名研究员, 这家媒体, 该部), and a
clause with no subject of its own (……，并称) that goes on with the speaker of its sentence."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..kb import KnowledgeBase
from ..model import Analysis, Span
from .chinese import SENTENCE_ENDS, back_to, span as _span
from .credits import PAPERS as _PAPERS, is_outlet
from . import speaker_links as links, speaker_refs as refs, speaker_reports as reports
from .speaker_links import Speaker, copy as _copy
from .speaker_phrases import ONE_COUNTED, governed as _governed, takes_object, topic_frame
from .subjects import BREAK as _BREAK, TOPIC_VERB, strip_leads as _strip_leads
from .words import titles

_MEDIA_HEADS = ("报道", "报", "媒体", "媒", "文章", "网站", "杂志", "通讯社", "电视台", "社")
PERSON_HEADS = ("专家", "学者", "研究员", "教授", "发言人", "指挥官", "总统", "总理", "部长", "大使", "议员",
                "领导人", "负责人", "分析师", "主席", "女士", "先生", "男子", "女子", "高管", "军官", "司令员")
PERSON_DEMONSTRATIVES = ("这位", "这名", "该名", "那位", "此位")


def _state_opening(head: str) -> Optional[tuple[tuple[str, ...], str]]:
    """(its names, its code) for the state that opens a reference's head (韩国外交官 → 韩国, 大韩民国 …, KOR), or None."""
    kb = KnowledgeBase.load()
    state = next((c for n in (5, 4, 3, 2) if len(head) > n for c in (kb.country(head[:n]),) if c is not None), None)
    return (tuple(n for n in state.names_zh if len(n) >= 2), state.iso3) if state is not None else None


def _person_head_ends() -> tuple[str, ...]:
    """What a reference to a person ends in: a person's head noun or an office title (这位匈牙利领导人, 这名外交官)."""
    return PERSON_HEADS + titles() + ("官", "官员")


# 。这位匈牙利领导人回到布达佩斯后 / ，这名官员随后: a clause opened by a person demonstrative and its head
_POINTED = re.compile(r"(?:^|(?<=[。！？!?，,；;\n]))\s*(?:不过|但是|但|而|然而|可是|随后|此后|对此)?(这位|这名|该名)"
                      r"([^，,。！？!?；;：:“”]{1,16})")
_FORMER = ("前", "原")  # 前总理 / 原外长: a title held before
_COUNTED_MANY = re.compile(refs.GROUP_COUNT + "|一些|部分|许多|不少|众多|诸多")  # 多名分析师, 一些官员: more than one
_PLURAL_HINT = ("们", "官员", "人士", "当局", "方面", "政府", "部门", "媒体")
# 一名当地官员 / 这位老校长: one unnamed person, counted or pointed at, heading a sentence
ONE_PERSON_LEAD = r"(?:一|这|该|那)[名位个][^，,。！？!?；;：:“”\s]{0,8}?"
NAMED_GENDER_REACH = 400  # 他/她 with no agreeing subject or speaker: a person of that gender named this close
_GENERIC_BODIES = ("机构", "组织", "部门", "单位", "团体")  # 该机构 / 该组织: whatever body it is
_FIRM_HEADS = ("公司", "企业", "集团")  # 该公司: a firm, often named without the word
BODY_REACH = 400  # …the body that spoke this close before
TITLE_REACH = 12  # a title this close before a name describes that person (研究员周志伟)
_GOES_ON = ("而且", "并且", "并", "还", "同时", "此外", "另外")
_OBJECT_LEADS = set("对向与和跟同给把将被为让")  # 对X / 把X: the name after these is no doer
GOES_ON_REACH = 200
_SUBJECT_VERBS = ("有", "据", "是")  # 有媒体 / 据报道 / 是X: the verb opens the source's own phrase
KB_TITLE_REACH = 400  # 这位+title finds a person the knowledge base gives that office this close before
TITLED_REACH = 3000  # characters a title-only reference (这位发言人) looks back for the one who bore the title
TITLED_BACK = 8  # 这位+title looks for the title at earlier mentions of this many latest speakers' names
SHE_REACH = 1500  # 她 reaches back this far to a woman the article named as one  # a sentence opening with 而且/并 continues the speaker this close before


def _in_quoted_term(text: str, begin: int, span: Span, end: int) -> bool:
    """The name sits inside quotation marks opened within its clause text[begin:end], as part of a term
    (渲染所谓“中国威胁”，声称): what the clause talks about, not the one who speaks; a name quoted whole
    (“美国之音”) stays one."""
    opened = text.rfind("“", begin, span.start)
    closed = text.find("”", span.end, end + 1)
    return opened >= 0 and text.find("”", opened, span.start) < 0 and closed >= 0 \
        and text[opened + 1:closed].strip() != span.text


_GOES_ON_WITH = re.compile(r"\s*(?:并|还|同时|随后|随即|也|又)")  # ……，并表示: the clause goes on with a subject before
_TURNING = re.compile(r"[则却而]")  # 她则说: the pronoun turns from the one who spoke last to another
_PERSON_OPENS = re.compile(r"[他她](?![们国方人])")  # a clause whose subject is a person's pronoun
# 表示拒绝 / 表示强烈不满 / 拒绝: a party's reaction that closes a clause, after which it goes on speaking (称)
_REACTION_END = re.compile(r"(?:表示|表达)?(?:了)?(?:强烈|严重)?(?:拒绝|反对|不满|抗议|欢迎|接受)$")
# “阿斯皮德斯”护航行动, “自由之盾”联合演习: a quoted name of an operation, a drill or a plan, never a speaker
_ACT_NAMED = re.compile(r"”[\u4e00-\u9fff]{0,4}?(?:行动|演习|军演|计划|倡议|机制|项目|工程|战略|协议|法案)")


def _named_act(text: str, span: Span) -> bool:
    return text[span.start - 1:span.start] == "“" and _ACT_NAMED.match(text, span.end) is not None


def _own_phrase(before: str) -> str:
    """The words before a name that are still its own phrase (not the clause before a comma)."""
    return re.split(r"[。！？!?；;，,\n]", before)[-1]


@lru_cache(maxsize=1)
def _body_person() -> re.Pattern:
    """A generic body and a person of it (机构发言人, 公司的高管) from data/speaker_body_persons.tsv."""
    rows = lexicon.rows("speaker_body_persons.tsv")
    bodies = lexicon.alternation_source(r[1].strip() for r in rows if len(r) > 1 and r[0].strip() == "body")
    people = lexicon.alternation_source(r[1].strip() for r in rows if len(r) > 1 and r[0].strip() == "person")
    return re.compile("(?:" + bodies + ")的?(?:" + people + ")")


@lru_cache(maxsize=1)
def _one_person() -> re.Pattern:
    """One person named by a noun of data/speaker_nouns.txt or a person role of speaker_roles.txt."""
    roles = [r[0].strip() for r in lexicon.rows("speaker_roles.txt") if len(r) > 1 and r[1].strip() == "person"]
    nouns = lexicon.alternation_source(lexicon.words("speaker_nouns.txt") + roles)
    return re.compile(ONE_PERSON_LEAD + "(?:" + nouns + ")(?![们会部局院])")


class Anaphora:
    """The part of SpeakerContext that resolves a reference back to a speaker; it relies on the
    context's subjects, statements and contents so far, its _pick, _agrees and _inside_content, and
    the issuers' _document_source and _group_subject."""

    def _continued_speaker(self, text: str, clause_start: int) -> Optional[Speaker]:
        """X指出，A，B，主张C: a clause with no subject right after what X said goes on with X (an
        outlet's report, 据X报道，……，称, leaves the subject to the clauses before)."""
        for span, speaker in reversed(self.said[-4:]):
            if span.end <= clause_start and not text[span.end:clause_start].strip(" \t，,；;"):
                return None if speaker.media else _copy(speaker, 0.9)  # 据X报道，Y发表声明，称: not X
        return None

    def _titled_speaker(self, text: str, head: str, position: int, referring: bool = False) -> Optional[Speaker]:
        """The last person who spoke under this title (研究员周志伟 … 这名研究员 / 该研究员), or who
        opened a clause under it since (发言人X周三举行记者会。……这位发言人表示). `referring` (这位 / 该 +
        head): a generic head (这位学者, 该官员) also takes the titles of its kind (data/speaker_ref_kinds.tsv)."""
        heads = refs.title_kinds(head) if referring else (head[-2:],)
        former = head.startswith(_FORMER)  # 这位前总理: one who held the title before (韩国前国务总理X), not the sitting holder
        state = _state_opening(head) if referring else None  # 这名韩国外交官: one described as Korea's first
        for wanted in ((state[0], ()) if state else ((),)):
            found = self._last_titled(text, heads, former, wanted, position, referring)
            if found is not None:
                return found
        return None

    def _last_titled(self, text: str, heads: tuple[str, ...], former: bool, state: tuple[str, ...], position: int,
                     referring: bool) -> Optional[Speaker]:
        def fits(described: str) -> bool:
            return any(h in described for h in heads) and (not former or any(f in described for f in _FORMER)) \
                and (not state or any(n in described for n in state))

        found = None
        for back, (pos, speaker, person) in enumerate(reversed(self.subjects)):
            if pos < position - TITLED_REACH:
                break  # a title-only reference reaches back this far at most (a bound that keeps long texts linear)
            if pos >= position:
                continue
            if not former and not state and len(speaker.span.text) > 3 and speaker.span.text.endswith(heads):
                found = _copy(speaker, 0.85)  # 中国商务部新闻发言人表示…。发言人还表示: the unnamed holder just heard
                break
            if not person:
                continue
            described = _own_phrase(text[max(0, speaker.span.start - TITLE_REACH):speaker.span.start])
            if not fits(described) and back < TITLED_BACK and len(speaker.span.text) >= 2:
                described = self._described_before(text, speaker.span.text, position)  # 与自民党总裁X会谈…。X表示…
                described += "|" + self._kb_titles(speaker.span.start)  # 贝森特……这位财政部长说: the office he holds
            if fits(described):
                found = _copy(speaker, 0.9)
                break
        for m in reversed(self.subject_people if referring else []):
            if found is not None and m.span.start <= found.span.start or m.span.start < position - TITLED_REACH:
                break
            described = _own_phrase(text[max(0, m.span.start - TITLE_REACH):m.span.start])
            if m.span.start < position and not fits(described) and position - m.span.start <= KB_TITLE_REACH:
                described += "|" + self._kb_titles(m.span.start)  # 贝森特与格里尔会见记者。“……”这位财政部长说
            if m.span.start < position and not self._inside_content(m.span.start) and fits(described):
                return Speaker(m.span, canonical=self.canonical.get(m.span.start), confidence=0.85)
        if found is None and referring:  # 这就要说到韩国总统尹锡悦了。这位总统…: a person titled so, though no subject
            for m in reversed(self.people):
                if m.span.start >= position:
                    continue
                if m.span.start < position - TITLED_REACH:
                    break
                described = _own_phrase(text[max(0, m.span.start - TITLE_REACH):m.span.start])
                if not self._inside_content(m.span.start) and fits(described):
                    return Speaker(m.span, canonical=self.canonical.get(m.span.start), confidence=0.8)
        return found

    def _kb_titles(self, start: int) -> str:
        """The office titles the knowledge base gives the person mentioned at `start` (any date), joined."""
        person = self.person_id.get(start)
        if person is None:
            return ""
        return "|".join(t for role in KnowledgeBase.load().roles_of(person) for t in role.roles_zh)

    def _described_before(self, text: str, name: str, position: int) -> str:
        """The titles a person's name carries at any of its mentions before `position` (after the last
        preposition before each), joined: a title given once (在与自民党总裁X会谈后) still describes X
        where X later speaks under the bare name. Each name's mentions are found once per document."""
        cache = self.titles_by_name
        if name not in cache:
            found = [(m.start(), re.split(r"[与和同跟对向在]", _own_phrase(text[max(0, m.start() - TITLE_REACH):m.start()]))[-1])
                     for m in re.finditer(re.escape(name), text)]
            cache[name] = ([at for at, _ in found], [phrase for _, phrase in found])
        starts, phrases = cache[name]
        before = bisect_left(starts, position)  # the first two mentions (where a title is given) and the last four
        return "|".join(phrases[:min(2, before)] + phrases[max(2, before - 4):before])

    def _before_verb(self, text: str, head: str, position: int) -> str:
        """该发言人敦促对方停止……: the head noun ends at the tagger's first verb after it."""
        at = text.find(head, position)
        if at < 0 or len(head) <= 4:
            return head
        verb = next((w.start for w, tag in self.doc.tokens if at + 2 <= w.start < at + len(head) and tag == "v"), None)
        if verb is None or head.endswith(titles()) or not head[:verb - at].endswith(titles()):
            return head  # 上述剧本杀创作者: a noun phrase that holds a verb
        return head[:verb - at]

    def _body_said_last(self, position: int) -> Optional[Speaker]:
        """The last speaker before `position`, within BODY_REACH, that is no person and no outlet."""
        return next((s for pos, s, person in reversed(self.subjects)
                     if position - BODY_REACH < pos < position and not person and not s.media), None)

    def _resolve_demonstrative(self, text: str, head: str, position: int) -> Optional[Speaker]:
        """这家美国媒体 / 该官员 / 这名中国学者 / 该公司: the last source named with the same head noun
        (一名美国政府高级官员 … 该官员), else the last speaker of the same kind (outlet, person)."""
        if refs.COUNTED_DEMONSTRATIVE.match(text, position):  # 两名知情人士 … 这两名人士: only those counted the same way
            return refs.counted_source(self, text, head.strip(), position, BODY_REACH)
        presented = self._presented(position) if text[position:position + 2] in PERSON_DEMONSTRATIVES else None
        if presented is not None:  # 这就要说到尹锡悦了。这位检察官出身的总统: the one just presented
            return presented
        whole = head.strip()
        head = re.split(r"[在对向于还也则就曾又均都已将的和与以用把被给跟同从]|(?<!委员)(?<![协事议商工学])会", whole, maxsplit=1)[0]
        head = self._before_verb(text, head, position)
        body = self._body_said_last(position) if head in _GENERIC_BODIES + _FIRM_HEADS else None
        if body is not None and head in _GENERIC_BODIES:  # 乌克兰战俘待遇协调总部在声明中说…。该机构同时承认
            return _copy(body, 0.8)
        found = refs.body_or_office(self, text, head, position, TITLE_REACH)
        if found is not None:
            return found  # 该部 → 美国国防部 / 该国外长 → 印度外长苏杰生
        member = _body_person().match(whole)
        head_at = text.find(whole, position) if member else -1
        if member and 0 <= head_at - position <= 2:
            return Speaker(_span(self.doc, position, head_at + member.end()), confidence=0.8)  # 该机构发言人: a new source
        named_spans = [m.span for m in self.actors if m.type != "PER"] + self.quoted_names \
            + refs.bodies_named_by_head(self, text, head, position, BODY_REACH)  # 白俄罗斯总统新闻处 … 该新闻处
        named = max((n for n in named_spans if n.start < position and len(head) >= 2 and n.text.endswith(head[-2:])),
                    key=lambda n: n.start, default=None)  # 该代表处 after “……代表处”12日宣布
        unnamed = refs.unnamed_source(text, head, position)  # 一名欧盟官员周二会见了记者。该官员透露
        if named is None and body is not None and head in _FIRM_HEADS and (body.span.text.endswith(_FIRM_HEADS) or (
                body.canonical is None and not any(m.span == body.span and m.type != "ORG" for m in self.actors))):
            return _copy(body, 0.75)  # 英伟达表示…。该公司称: the firm that spoke last, its name without 公司
        for pos, speaker, person in reversed(self.subjects):
            if pos < position and len(head) >= 2 and (speaker.span.text.endswith(head[-2:]) or person and text[
                    max(0, speaker.span.start - TITLE_REACH):speaker.span.start].endswith(head)):  # 发言人林剑 … 这位发言人
                if named is not None and named.start > speaker.span.end or unnamed and unnamed[0] > speaker.span.end:
                    break  # 莱茵金属公司表示… 英国航空航天系统公司的报告… 该公司: the company named last
                return _copy(speaker, 0.9)  # 一名美国政府高级官员 … 该官员
        qualifier = head[:-2]
        if len(qualifier) >= 2 and text[position:position + 2] in PERSON_DEMONSTRATIVES:
            for pos, speaker, person in reversed(self.subjects):  # 一名美军高级官员 … 这位美军高官
                if pos < position and qualifier in speaker.span.text and _one_person().fullmatch(speaker.span.text):
                    return _copy(speaker, 0.85)
        titled = self._titled_speaker(text, head, position, referring=True) if len(head) >= 2 else None
        if unnamed is not None and (titled is None or titled.span.end < unnamed[0]):
            return Speaker(_span(self.doc, *unnamed), confidence=0.85)
        if titled is not None:
            return titled  # 问题专家周志伟 … 这名中国专家
        if head.endswith(_PAPERS):
            return self._document_source(text, position)  # 美国国务院发布了新战略。这份文件称: not a person
        if head.startswith(_MEDIA_HEADS) or head.endswith(_MEDIA_HEADS):
            return self._resolve_pronoun("它", position)
        state = _state_opening(head) if head.endswith(_person_head_ends()) else None
        of_state = next((m for m in reversed(self.subject_people) if m.span.start < position
                         and not self._inside_content(m.span.start)
                         and (any(n in _own_phrase(text[max(0, m.span.start - TITLE_REACH):m.span.start]) for n in state[0])
                              or self.country.get(m.span.start) == state[1])),
                        None) if state else None
        if of_state is not None:  # 这名韩国外交官 / 这位阿根廷外交官: the last person described as, or known as, that state's
            return Speaker(of_state.span, canonical=self.canonical.get(of_state.span.start), confidence=0.8)
        if not head or head.endswith(PERSON_HEADS) or head[:1] in ("位", "名"):
            person = self._resolve_pronoun("他", position, said_first=True)
            if named is not None and len(head) >= 3 and named.text.endswith(head) and \
                    (person is None or person.span.start < named.start):
                return Speaker(named, confidence=0.8)  # 中国海警局新闻发言人发表声明。该发言人敦促: the body's holder named since
            return person
        if named is not None:
            return Speaker(named, canonical=self.canonical.get(named.start), confidence=0.8)
        if text[position:position + 2] in PERSON_DEMONSTRATIVES:
            return self._resolve_pronoun("他", position)  # 这名…: a person, whoever the head
        if head[:1] in ("国", "方") and len(head) <= 3 and not refs.country_title(head, titles()):  # 该国 / 该国政府 / 该方: the state heading a sentence before
            return self._document_source(text, position)
        return None  # 该产品的资料上说: no person is meant, and none named

    def _agrees(self, span: Span, want: Optional[str]) -> bool:
        """她 never refers back to a man, nor 他 to a woman: a gender the knowledge base gives, or a
        description that says it (女士 after the name, 女总统 / 女性 before it)."""
        if want is None:
            return True
        known = self._gender_of(span)
        return known is None or known == want

    def _gender_of(self, span: Span) -> Optional[str]:
        """The gender the knowledge base gives, or the text says of this name anywhere in the article
        (女总统哈桑 once, 哈桑 later)."""
        known = self.gender.get(span.start) or links.described_gender(self.doc.norm_text, span) \
            or links.transliterated_gender(self._names_of(span))
        if known is None and span.text in self._person_names:
            if self._named_gender is None:
                self._named_gender = {}
                for m in self.people:
                    said = self.gender.get(m.span.start) or links.described_gender(self.doc.norm_text, m.span)
                    if said:
                        self._named_gender.setdefault(m.span.text, said)
            known = self._named_gender.get(span.text)
        return known

    def _names_of(self, span: Span) -> list[str]:
        """The names of the person mentioned at `span` (its entity's name and aliases), else its own text."""
        if self._person_names_at is None:  # built once: gender is asked of many candidates
            self._person_names_at = {}
            for entity in self.doc.entities:
                if entity.type == "PER":
                    for mention in entity.mentions:
                        self._person_names_at.setdefault(mention.start, [entity.name, *entity.aliases])
        return self._person_names_at.get(span.start, [span.text])

    def _resolve_pronoun(self, pronoun: str, position: int, said_first: bool = False) -> Optional[Speaker]:
        """他/她 → the latest person in subject position or quoted; 他们 → the latest group;
        它 (该报道) → the latest body or outlet that spoke."""
        plural, thing = pronoun in ("他们", "她们"), pronoun == "它"
        spoken = [(pos, s, person) for pos, s, person in self.subjects if pos < position]
        if not plural and not thing:
            want = "f" if pronoun == "她" else "m" if pronoun == "他" else None
            asked = refs.asked_person(self, position, want)
            if asked is not None:
                return asked  # 记者问佩斯科夫，普京是否…。他说: the one asked answers
            subject = next((m for m in reversed(self.subject_people) if m.span.start < position
                            and not self._inside_content(m.span.start) and not self._inside_quoted_words(m.span.start, position)
                            and self._agrees(m.span, want)), None)
            said = next(((pos, s) for pos, s, person in reversed(spoken) if person and self._agrees(s.span, want)), None)
            said = self._reporter_of(said, position, want) if said is not None else None
            near = self._sentence_person(position, want)
            if want == "f":  # 她 after a woman the text names as one and a person of unknown gender: the woman
                woman = self._known_woman(spoken, position) or self._named_woman_unquoted(position)
                chosen = subject.span if subject is not None and (said is None or (subject.span.start > said[0]
                                                                                   and not said_first)) \
                    else said[1].span if said else None
                if woman is not None and (chosen is None or self._gender_of(chosen) != "f") \
                        and not self._introduced_since(chosen, woman, position) \
                        and not self._just_named(chosen, woman, position) \
                        and not (near is not None and near.span.start > woman.span.start
                                 and self._gender_of(near.span) == "f"):  # a woman of the pronoun's own sentence
                    return woman
            if near is not None and (subject is None or subject.span.start < near.span.start) \
                    and (said is None or said[0] < near.span.start):
                return near  # 这也是防长X所担心的，他曾表示: the one person the pronoun's own sentence names
            presented = self._presented(position)
            if presented is not None and self._agrees(presented.span, want) \
                    and (subject is None or subject.span.start <= presented.span.start) \
                    and (said is None or said[0] < presented.span.start):  # 最值得一提的是X。他说
                return presented
            pointed = self._pointed_subject(position)
            if pointed is not None and (subject is None or subject.span.start < pointed[0]) \
                    and (said is None or said[0] < pointed[0]):
                return pointed[1]  # X……。这位匈牙利领导人回国后接受了采访。他说: the one the demonstrative pointed to
            if subject is not None and (said is None or (subject.span.start > said[0] and not said_first)):
                return Speaker(subject.span, canonical=self.canonical.get(subject.span.start), confidence=0.8)
            if said:
                return _copy(said[1], 0.85)
            return self._named_gender_before(want, position) or self._unnamed_person_before(position)
        group = self._group_subject(position) if plural else None
        for pos, speaker, person in reversed(spoken):
            if (speaker.media and not person) if thing else (speaker.span.text.endswith(_PLURAL_HINT) or _COUNTED_MANY.match(
                    speaker.span.text)) and not speaker.span.text.startswith(ONE_COUNTED):  # 多名分析师认为…。他们指出
                if thing:
                    return self._newer_outlet(_copy(speaker, 0.8), pos, position)
                return group if group is not None and group.span.start > pos else _copy(speaker, 0.8)
        if thing and reports.latest_between(self.published, -1, position):
            return self._newer_outlet(None, -1, position)
        if plural:  # 他们 agrees in number: a group or body, never one person who spoke before
            return group or next((_copy(s, 0.6) for _, s, person in reversed(spoken) if not person), None)
        return group or (_copy(spoken[-1][1], 0.6) if spoken else None)

    def _presented(self, position: int) -> Optional[Speaker]:
        """The person the sentence before `position`'s own presents (speaker_refs.presented_person), or None."""
        text = self.doc.norm_text
        found = refs.presented_person(text, self.people, back_to(text, 0, position, SENTENCE_ENDS))
        return Speaker(found.span, canonical=self.canonical.get(found.span.start), confidence=0.8) if found else None

    def _pointed_subject(self, position: int) -> Optional[tuple[int, Speaker]]:
        """(where, whom) for the last clause before `position`, in its sentence or the one before, opened by a
        person demonstrative (这位匈牙利领导人回到…) that refers back to a person; None when there is none."""
        text = self.doc.norm_text
        begin = back_to(text, 0, position, SENTENCE_ENDS)
        floor = back_to(text, 0, begin - 1, SENTENCE_ENDS) if begin > 0 else begin
        opened = [m for m in _POINTED.finditer(text, floor, position) if not self._inside_content(m.start(1))]
        if not opened:
            return None
        last = opened[-1]
        words = last.group(2)
        ends = [k for k in range(2, min(len(words), 12) + 1) if words[:k].endswith(_person_head_ends())]
        head = words[:ends[-1]] if ends else words  # 这位前总统并不买账: the head ends with its title
        found = self._resolve_demonstrative(text, head, last.start(1))
        if found is None or found.span.start >= last.start(1) or found.span not in self._person_spans \
                and not any(m.span == found.span for m in self.people):
            return None
        return last.start(1), _copy(found, 0.75)

    def _sentence_person(self, position: int, want: Optional[str]) -> Optional[Speaker]:
        """The only person named in the pronoun's own sentence before it, outside quoted words and
        not after a preposition or a verb's object marker (对X / 向X / 把X), or None."""
        text = self.doc.norm_text
        begin = back_to(text, 0, position, SENTENCE_ENDS)
        named = [m for m in self.people if begin <= m.span.start < position and not self._inside_content(m.span.start)
                 and not self._inside_quoted_words(m.span.start, position)
                 and not TOPIC_VERB.search(text, back_to(text, begin, m.span.start, _BREAK), m.span.start)]  # 在被问及X时
        named = [m for m in named if self._agrees(m.span, want) and not text.startswith("的", m.span.end)]  # 金正恩的妹妹
        if len({m.span.text for m in named}) != 1:
            return None
        found = named[-1]
        if text[found.span.start - 1:found.span.start] in _OBJECT_LEADS or text.startswith("的", found.span.end):
            return None
        return Speaker(found.span, canonical=self.canonical.get(found.span.start), confidence=0.75)

    def _verb_opens(self, clause: int, found: Span, end: int) -> bool:
        """现住X小区，/ 作为风险人员隔离，: the clause opens on the tagger's verb and the name after it ends
        the clause with no verb of its own, so it is the verb's object or place, not the subject a later 并称
        goes on with (要知道印军提起X: 印军 has its verb; 有 and 据 open a subject)."""
        tokens = self.doc.tokens
        i = bisect_left(tokens, clause, key=lambda t: t[0].start)
        if i >= len(tokens) or tokens[i][0].start != clause:
            return False
        word, tag = tokens[i]
        if tag != "v" or word.end > found.start or word.text.startswith(_SUBJECT_VERBS):
            return False
        text = self.doc.norm_text
        if (clause == 0 or text[clause - 1] in "。！？!?\n") and "的" in text[word.end:found.start]:
            return False  # 。报道此事的一家美媒，并称: a sentence that opens on a relative clause has its head as subject
        j = bisect_left(tokens, found.start, key=lambda t: t[0].start)
        if j > i and tokens[j - 1][0].end == found.start and takes_object(tokens[j - 1][0].text):
            return True  # 关闭领空禁止印度航空公司飞越，并警告称: the name is the object of the verb right before it
        after = tokens[bisect_left(tokens, found.end, key=lambda t: t[0].start):bisect_left(tokens, end, key=lambda t: t[0].start)]
        last_of = max((k for k, (w, _) in enumerate(after) if w.text == "的"), default=-1)
        if last_of < 0:
            return not any(t.startswith("v") for _, t in after)
        return not any(t.startswith("v") and t != "vn" for _, t in after[last_of + 1:])  # 重申首相X竞选时的承诺: X's verb is inside the object

    def _reporter_of(self, said: tuple[int, Speaker], position: int, want: Optional[str]) -> tuple[int, Speaker]:
        """A speaker named inside what another person said (李明提到，王刚自称……。他说): that person, who
        reported it; a reporting outlet (据X报道，Y表示) leaves Y."""
        for content, speaker in reversed(self.said):
            if content.start <= said[0] < content.end and not content.start <= position < content.end \
                    and speaker.span.end <= content.start and not speaker.media \
                    and self._is_someone(speaker) and self._agrees(speaker.span, want):
                return speaker.span.start, speaker
        return said

    def _named_gender_before(self, want: Optional[str], position: int) -> Optional[Speaker]:
        """他/她 when no subject or speaker before agrees: the latest person named anywhere in a clause
        (会见了冯德莱恩。……她则说) whose gender is known to be the pronoun's, within reach."""
        if want is None:
            return None
        for m in reversed(self.people):
            if m.span.start >= position or self._inside_content(m.span.start):
                continue
            if position - m.span.start > NAMED_GENDER_REACH:
                return None
            if self._gender_of(m.span) == want:
                return Speaker(m.span, canonical=self.canonical.get(m.span.start), confidence=0.7)
        return None

    def _named_woman_unquoted(self, position: int) -> Optional[Speaker]:
        """A woman named within reach in any role (会见了新西兰总理艾玛·帕克。她表示), not one inside quotation
        marks (“后默克尔时代”: a term, nobody who speaks)."""
        found = self._named_gender_before("f", position)
        if found is None:
            return None
        text = self.doc.norm_text
        opened = text.rfind("“", 0, found.span.start)
        return None if opened >= 0 and text.find("”", opened, found.span.start) < 0 else found

    def _unnamed_person_before(self, position: int) -> Optional[Speaker]:
        """他/她 with no person named before: one unnamed person opening one of the last two sentences
        (一位当地官员周一接受了采访。他说……), counted as one (一名/这位 + a person noun)."""
        text, end = self.doc.norm_text, position
        for _ in range(2):
            start = end
            while start > 0 and text[start - 1] not in "。！？!?\n":
                start -= 1
            one = _one_person().match(text, _strip_leads(text, start, max(start + 1, end)), end)
            if one is not None and not self._inside_content(one.start()):
                return Speaker(_span(self.doc, one.start(), one.end()), confidence=0.6)
            end = start - 1
            if end <= 0:
                break
        return None

    def _introduced_since(self, chosen: Optional[Span], woman: Speaker, position: int) -> bool:
        """A person of unknown gender who opens the pronoun's paragraph, the woman being named in an
        earlier one (发言人X表示…。⏎学者Y对记者表示…。她认为): the new paragraph brought Y in, and 她
        continues Y; within one paragraph the woman the text names stays the antecedent."""
        if chosen is None or chosen.start <= woman.span.start or self._gender_of(chosen) is not None:
            return False
        floor = max(0, position - SHE_REACH)  # a paragraph longer than 她 reaches counts from there
        paragraph = max(floor, self.doc.norm_text.rfind("\n", floor, position) + 1)
        return chosen.start >= paragraph > woman.span.start

    def _just_named(self, chosen: Optional[Span], woman: Speaker, position: int) -> bool:
        """A person of unknown gender named in the pronoun's sentence or the one before, the woman only
        further back (学者刘某对记者表示，……。她指出): 她 goes on with that person, unless it turns to
        another (她则说)."""
        if chosen is None or self._gender_of(chosen) is not None or _TURNING.match(self.doc.norm_text, position + 1):
            return False
        begin = back_to(self.doc.norm_text, 0, position, SENTENCE_ENDS)
        floor = back_to(self.doc.norm_text, 0, begin - 1, SENTENCE_ENDS) if begin > 0 else begin
        return chosen.start >= floor > woman.span.start

    def _known_woman(self, spoken: list, position: int) -> Optional[Speaker]:
        """The latest person before `position`, in subject position or quoted, whom the article names
        as a woman (she speaks, 她, even when a man of unknown gender spoke since), within reach."""
        best = None
        for m in self.subject_people:
            if position - SHE_REACH <= m.span.start < position and not self._inside_content(m.span.start) \
                    and self._gender_of(m.span) == "f":
                best = (m.span.start, Speaker(m.span, canonical=self.canonical.get(m.span.start), confidence=0.75))
        for pos, s, person in spoken:
            if person and position - SHE_REACH <= s.span.start < position and self._gender_of(s.span) == "f" \
                    and (best is None or s.span.start > best[0]):
                best = (s.span.start, _copy(s, 0.75))
        return best[1] if best else None

    def _reacting_party(self, doc: Analysis, clause_start: int) -> Optional[Speaker]:
        """知情人士说，哈马斯代表团当场表示拒绝，称……: what was said just before ends on a party of its own that
        reacts (表示拒绝); the clause after it with no subject goes on with that party, not the one who told it."""
        text = doc.norm_text
        for span, speaker in reversed(self.said[-4:]):
            if span.end > clause_start or text[span.end:clause_start].strip(" \t，,；;"):
                continue
            begin = max(span.start, *(text.rfind(c, span.start, span.end) + 1 for c in "，,；;"))
            reacts = _REACTION_END.search(text, begin, span.end) is not None
            if not reacts and not _GOES_ON_WITH.match(text, clause_start):
                return None
            found = self._pick(doc, begin, span.end, topic=True)  # the clause's subject, not a 的-clause's head in it
            if found is None or found.span.start != begin or found.span.text == speaker.span.text \
                    or found.span.text.endswith("方"):  # 中方对此表示不满 in a spokesman's words: his own side
                return None
            if not reacts and (not self._is_person(found) or self._is_person(speaker)):
                return None  # 克里姆林宫发布消息，普京祝贺…，并表示: the person a body tells of goes on (not a state;
                # 普京称埃尔多安为…，并表示: a person who told of another goes on himself)
            return _copy(found, 0.8)
        return None

    def _newer_outlet(self, found: Optional[Speaker], found_at: int, position: int) -> Optional[Speaker]:
        """报道称 / 该报道: the outlet the text brought in last (英国《泰晤士报》：…… 美国《纽约时报》发表的报道。
        报道指出), when it comes after the one that last spoke."""
        latest = reports.latest_between(self.published, found_at, position)
        if latest is None:
            return found
        return Speaker(latest[1], canonical=self.canonical.get(latest[1].start), confidence=0.8, media=True)

    def _sentence_subject(self, doc: Analysis, clause_start: int) -> Optional[Speaker]:
        """For 并称 / 扬言 with no subject of their own: the person of the nearest earlier clause
        of the sentence, else the sentence's last speaker."""
        text = doc.norm_text
        reacting = self._reacting_party(doc, clause_start)
        if reacting is not None:
            return reacting
        going_on = self._continued_speaker(text, clause_start)
        if going_on is not None:
            return going_on
        s = clause_start
        while s > 0 and (text[s - 1] not in "。！？!?\n" or text.startswith(("”的", "」的"), s)):
            s -= 1  # 刊登了一篇“……。”的文章，称: a sentence goes on past a quoted title that modifies a noun
        last = self.subjects[-1] if self.subjects and s <= self.subjects[-1][0] < clause_start else None
        floor = last[0] if last else s
        end = clause_start - 1
        while end > floor:
            begin = end
            while begin > floor and text[begin - 1] not in _BREAK:
                begin -= 1
            opened = text.rfind("“", floor, begin) if text[begin - 1:begin] == "”" and text.startswith("的", begin) else -1
            found = None
            if opened > floor:  # 有韩媒刊登了一篇“……。”的文章，称: the quoted title modifies a noun of the clause before it
                before = opened
                while before > floor and text[before - 1] not in _BREAK:
                    before -= 1
                named = refs.goes_by(text, _strip_leads(text, before, end), end)
                if named is not None:  # 有一名为“某某”的网友，发文称: the one so named, not a name inside the quotation
                    return Speaker(_span(self.doc, *named), confidence=0.7)
                clean = _strip_leads(text, before, opened)
                found = self._pick(doc, clean, opened, topic=True) if clean < opened and not self._inside_content(before) else None
            clean = _strip_leads(text, begin, end)
            if (counted := refs.states_opening(doc, clean, end)) is not None:
                return counted  # 三国随后发表联合声明，宣布: the states counted go on, not the first one listed
            frame = topic_frame().search(text, clean + 1, end)  # 甲国就乙国将军指责…一事提出抗议，认为: 甲国
            found = found or (None if self._inside_content(begin) else self._pick(doc, clean, frame.start() if frame else end, topic=True))
            if found is not None and _named_act(text, found.span):  # 欧盟启动“阿斯皮德斯”行动，但表示: 欧盟
                found = self._pick(doc, clean, found.span.start - 1, topic=True) if found.span.start - 1 > clean else None
            if found is not None and found.span.start > clean and _PERSON_OPENS.match(text, clean) \
                    and not self._inside_content(begin):  # 他感谢了朔尔茨，但又提出要求，称: he goes on, not 朔尔茨
                found = self._resolve_pronoun(text[clean], clean) or found
            if found is not None and found.span.start - 1 > clean and text[found.span.start - 1:found.span.start] == "《" \
                    and not is_outlet(found.span.text):
                found = None  # 痛批《华盛顿宣言》是…，称: the document criticised is the object, not who speaks
            if found is not None and (_governed(text, clean, found.span.start) or self._verb_opens(clean, found.span, end)
                                      or _in_quoted_term(text, clean, found.span, end)):
                found = None  # ……联署，敦促首相约翰逊……，宣称: the one urged is an object, not the sentence's subject
            if found is not None and not self._inside_content(found.span.start):  # （路透社注：…） inside a quote: no subject
                return _copy(found, 0.75)
            end = begin - 1
        if last is not None:
            return _copy(last[1], 0.9)
        if clause_start == _strip_leads(text, s, clause_start + 1) and self.contents and self.subjects \
                and 0 <= s - self.contents[-1].end <= 2:
            return _copy(self.subjects[-1][1], 0.75)  # ……意识。建议群众……: the same speaker goes on
        if text.startswith(_GOES_ON, s) and self.subjects and s - self.subjects[-1][0] <= GOES_ON_REACH:
            return _copy(self.subjects[-1][1], 0.7)  # 尹锡悦说……。而且还为日本开脱，认为……: he goes on
        return None
