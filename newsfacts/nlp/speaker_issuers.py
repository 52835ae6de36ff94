"""Statements issued by a body and speakers named through them (nlp/speakers.py mixes these into
its SpeakerContext): 中泰发表了联合声明……声明指出, X发布的报告显示, 据X消息，Y发表声明, and a short
name in quotation marks standing for the body it was defined for; and the discourse look-ups a
reference needs: the body or state heading the sentences before (这份文件称, 该国), and the group
a 他们 refers back to (官员们……他们表示)."""
from __future__ import annotations

import re
from typing import Optional

from ..model import Analysis, Span
from . import credits, speaker_links as links
from .chinese import span as _span
from .speaker_links import Speaker, copy as _copy
from .speaker_phrases import ONE_COUNTED, coordinated as _coordinated
from .words import IN_TURN, SAID_IN, titles
from .subjects import SUBJECT_REACH, named_people as _named_people, strip_leads as _strip_leads

# 林浩和周敏都认为 / 甲和乙周六在东京举行会谈后均表示 (a time or occasion before 均; not 首都)
_ALL_OF_THEM = re.compile(r"[“”\"」]?[^，,。“]{0,16}?(?:(?<!首)都(?![市城会])|均|一致|共同|分别|同时|皆|" + IN_TURN + ")")

# Only when or where between people listed and their cue (甲和乙在联合记者会上表示, 甲和乙5日表示): they
# speak together; a verb there (甲和乙通电话时表示) makes the second a partner, not a speaker.
_WHEN_WHERE = re.compile(r"(?:当地时间|北京时间)?(?:\d{1,2}日|当天|当日|周[一二三四五六日]|日前|近日)?"
                         r"(?:在(?:[^，,。“”]{0,12}?)(?:上|中))?")

QUOTED_NAME = re.compile(r"“([^”，。]{2,20})”")
ISSUED_DOC = re.compile(r"(?:共同|联合)?(?:发表|发布|签署|通过|公布)了?(?:一份|一项)?(?:简短|紧急|正式|官方)?(?:联合|共同)?(?:新闻|书面)?(?:声明|公报|公告|通告)"
                         r"|(?:发表|发布|公布)了?一份[^，,。：:“”]{0,20}?报告|发表了?(?:书面|电视|视频)?谈话"
                         r"|(?:发表|发布|签署|通过|公布)了?《[^》]{1,60}?(?:联合声明|声明|公报|宣言)》")  # 发表《中俄…联合声明》
# 通讯社播发外务省发言人谈话 / 官方媒体刊发该部声明: the one named inside the carried statement issued it
CARRIED_DOC = re.compile(r"(?:播发|刊发|刊登|全文刊登)了?([^，,。：:“”的]{2,20}?)的?(?:谈话|声明)(?=[，,。]|$)")
PUBLISHED = re.compile(r"([^，,。：:“”的\n]{2,24}?)(?:此前|日前|近日|最近|今年|去年|[\d一二三四五六七八九十]{1,2}月"
                       r"(?:[\d一二三四五六七八九十]{1,3}日)?)?(?:发布|公布|发表|出具|更新)的")
# 美国疾病控制和预防中心 / 南方大学气候研究所: a body the tagger left untagged, named by its head noun
_BODY_HEAD = re.compile(r"(?:中心|组织|机构|委员会|银行|协会|学会|研究所|研究院|基金会|办公室|集团|公司|[部局署院])$")
_ISSUER_REF = re.compile(r"^(?:(?:该|这份|此|上述|这一|那份)?(?:联合|共同|新闻)?(?:声明|公报|公告|通告|谈话)|(?:该|这份|此|上述|那份)报告|双方)"
                         r"(?:也|都|均|还|一致|同时)?$")
_ONLY_WHEN = re.compile(r"^(?:[\d一二三四五六七八九十]{1,2}日|当天|当日|今天|昨天|近日|日前|此前|随后|也|还|则)?"
                        rf"(?:{SAID_IN})?$")  # “人质家庭论坛”在一份声明中呼吁
# 他们 after a sentence opened by a group (官员们, 当局, 球迷) or a body
_GROUP = re.compile(r"[\u4e00-\u9fff]{0,12}(?:们|官员|人士|当局|政府|部门|媒体|网友|民众|专家|学者|议员|球迷|居民|"
                    r"孩子|学生|家长|父母|员工|工人|村民|市民|游客|患者|选民|球员|士兵|难民|消费者|投资者|"
                    r"抗议者|示威者|抗议民众|示威民众|幸存者|农民|医生|救援人员|反对派人士|支持者|"
                    r"律师团队|律师团|律师|家属|家人|亲属|代表团|科学家|研究人员|调查人员|官兵|军人|领导人)(?![的们])")
# 作为切身受到影响的X行业，……: a sentence opened by 作为 + a collective, the subject of the sentence
_AS_GROUP = re.compile(r"(?:当然|其实|而|但|不过)?[，,]?作为(?:[^，,。！？]{0,24}的)?([\u4e00-\u9fff]{1,10}?(?:业|界|们|人士|企业|机构|"
                       r"部门|政府|当局|媒体|商家|民众|居民|群体|团体|组织|方面|国家|人))[，,]")
GROUP_SENTENCES = 3  # how many sentences back 他们 looks for a group
ISSUER_REACH = 300  # a statement named this close before 声明指出 is the one it quotes


class Issuers:
    """The part of SpeakerContext that knows who issued what; it relies on the context's _pick,
    canonical names, quoted names and aliases."""

    def _quoted_subject(self, text: str, start: int, end: int) -> Optional[Speaker]:
        """“东方研究中心”12日宣布 / 据“中心”表示: a name in quotation marks right before the clause,
        with only a time between it and the cue, is the speaker (a short name defined earlier, its full name)."""
        if start < 1 or text[start - 1] != "”" or not _ONLY_WHEN.match(text[start:end].strip()):
            return None
        name = next((n for n in self.quoted_names if n.end == start - 1), None)
        if name is None:
            opening = text.rfind("“", max(0, start - 12), start - 1)
            name = self.aliases.get(text[opening + 1:start - 1]) if opening >= 0 else None
            return Speaker(name, canonical=self.canonical.get(name.start), confidence=0.8) if name else None
        full = self.aliases.get(name.text, name)
        return Speaker(full, canonical=self.canonical.get(full.start), confidence=0.8)

    def _issuers(self, doc: Analysis) -> list[tuple[int, Speaker, bool]]:
        """Who issued each statement or communiqué the text mentions: 中越发表联合声明 -> 中越."""
        text, found = doc.norm_text, []
        for match in ISSUED_DOC.finditer(text):
            begin = match.start()
            while begin > 0 and text[begin - 1] not in "，,；;：:。！？!?\n":
                begin -= 1
            begin = _strip_leads(text, begin, match.start())
            quoted = QUOTED_NAME.search(text, begin, match.start())
            issuer = Speaker(_span(doc, quoted.start(1), quoted.end(1)), confidence=0.8) if quoted \
                else self._pick(doc, begin, match.start())
            if issuer is None and 2 <= match.start() - begin <= 6 and text[begin:match.start()].isalpha():
                issuer = Speaker(_span(doc, begin, match.start()), confidence=0.8)  # 中厄: a pair of short names
            if issuer is not None:
                joint = "联合" in match.group(0) or "共同" in match.group(0) or issuer.canonical is None
                found.append((match.end(), issuer, joint))
        for match in CARRIED_DOC.finditer(text):
            issuer = self._pick(doc, match.start(1), match.end(1))
            if issuer is not None and not issuer.media:
                found.append((match.end(), issuer, False))
        return sorted(found, key=lambda f: f[0])

    def _issuer_of(self, text: str, start: int, end: int, cue: str) -> Optional[Speaker]:
        """声明指出 / 该公报称 / 双方也认为 right after a statement was issued: its issuers speak."""
        subject = text[start:end].strip() + (cue[:2] if cue.startswith(("声明", "公报", "公告", "通告")) else "")
        if not _ISSUER_REF.match(subject):
            return None
        both = subject.startswith("双方")
        for position, issuer, joint in reversed(self.issuers):
            if position <= start and start - position <= ISSUER_REACH and (joint or not both):
                return _copy(issuer, 0.85)
        return None

    def _publisher(self, doc: Analysis, start: int, end: int) -> Optional[Speaker]:
        """世界知识产权组织发布的创新指数显示: the body that published the document speaks."""
        published = PUBLISHED.match(doc.norm_text, start, end)
        if published is None:
            return None
        named = self._pick(doc, start, published.end(1))
        if named is not None and named.span.end < published.end(1) and _BODY_HEAD.search(published.group(1)) \
                and any(m.span.start == named.span.start and m.type in ("GPE", "LOC") for m in doc.mentions):
            named = None  # 某国某某研究中心公布的: the place only modifies the body that published it
        return named or Speaker(_span(doc, start, published.end(1)), confidence=0.75)

    def _credited_issuer(self, doc: Analysis, after: int) -> Optional[Speaker]:
        """据X消息，[time，]Y发表声明/讲话，……: the one who issued the statement, not the outlet that
        carried it (FORMAT.md: in 据X报道，Y表示 the speaker is Y)."""
        clause = links.statement_act(doc.norm_text, after, doc.article.published_at)
        if clause is None:
            return None
        issuer = self._pick(doc, _strip_leads(doc.norm_text, *clause), clause[1])
        return None if issuer is None or issuer.media else _copy(issuer, 0.9)

    def _paper_issuer(self, doc: Analysis, paper: Speaker, position: int) -> Optional[Speaker]:
        """会议纪要称 after 法国外交部发布的会议纪要: the body that issued the document named before."""
        text = doc.norm_text
        head = paper.span.text[-2:]
        for issued in reversed(list(PUBLISHED.finditer(text, max(0, position - links.PAPER_REACH), position))):
            tail = text[issued.end():issued.end() + 12]
            if head in tail.split("，")[0].split("。")[0]:
                named = self._pick(doc, _strip_leads(text, issued.start(1), issued.end(1)), issued.end(1))
                if named is not None and not named.media:
                    return _copy(named, 0.85)
        return None

    def _said_in_paper(self, paper: Speaker, position: int) -> Optional[Speaker]:
        """声明还说 after X在一份声明中说 / X发表声明称: the one who spoke in a document of that kind last."""
        head = paper.span.text[-2:]
        said = next((speaker for at, cue, speaker in reversed(self.papers) if at < position and head in cue), None)
        return _copy(said, 0.85) if said is not None else None

    def _document_source(self, text: str, position: int) -> Optional[Speaker]:
        """这份文件 / 该报告 / 该国 with no issuer named: the body or state heading one of the two sentences before."""
        end = position
        for _ in range(2):
            s = end
            while s > 0 and text[s - 1] not in "。！？!?\n":
                s -= 1
            begin = _strip_leads(text, s, end)
            for m in self._mentions(begin, min(end, begin + SUBJECT_REACH)):
                if m.type in ("ORG", "GPE") and not self._inside_content(m.span.start):
                    return Speaker(m.span, canonical=self.canonical.get(m.span.start), confidence=0.7)
            end = s - 1
            if end <= 0:
                break
        return None


    def _group_subject(self, position: int) -> Optional[Speaker]:
        """乌克兰官员们抵达华盛顿。……他们表示: the latest sentence opened by a group (官员们, 当局)."""
        text, end = self.doc.norm_text, position
        for _ in range(GROUP_SENTENCES):
            start = end
            while start > 0 and text[start - 1] not in "。！？!?\n":
                start -= 1
            begin = _strip_leads(text, start, max(start + 1, end))
            role = _AS_GROUP.match(text, begin, end)
            if role is not None and begin < position and not self._inside_content(begin):
                return Speaker(_span(self.doc, role.start(1), role.end(1)), confidence=0.7)  # 作为……的韩国旅游业，……。他们
            group = _GROUP.match(text, begin, end) if not text.startswith(ONE_COUNTED, begin) else None  # one, no group
            if group is not None and any(m.span.start == group.end() and m.type == "PER" for m in self._mentions(begin, end)):
                group = None  # 朝鲜领导人金正恩: one person named by his title, no group
            if group is not None and begin < position and not self._inside_content(begin):
                return Speaker(_span(self.doc, begin, group.end()), confidence=0.7)
            together = self.listed_people(begin, end, opening=True)
            if len(together) >= 2 and begin < position and not self._inside_content(begin):
                return Speaker(_span(self.doc, begin, together[-1].end), confidence=0.7)  # 甲与乙会面。……他们表示
            body = next((m for m in self._mentions(begin, end) if m.span.start == begin), None)
            if body is not None and body.type == "ORG" and begin < position and not self._inside_content(begin):
                return Speaker(body.span, canonical=self.canonical.get(begin), confidence=0.7)  # 勇士队……，他们
            end = start - 1
            if end <= 0:
                break
        return None

    def listed_people(self, start: int, end: int, opening: bool = False) -> list[Span]:
        """The names of people listed one after another (英国首相甲、法国总统乙和德国总理丙) that open
        text[start:end] (`opening`) or make up all of it; [] when there are not two."""
        text = self.doc.norm_text
        described: dict[int, int] = {}
        chain = _named_people(text, [m for m in self._mentions(start, end) if m.type != "TIME"], described)
        people = {m.span.start for m in self.people}
        lead = text[start:described.get(chain[0].start, chain[0].start)] if chain else ""
        if not chain or lead and lead not in titles():  # 经济学家甲和乙: a title may open the list
            return []
        listed = [chain[0]]
        for nxt in chain[1:]:
            if not _coordinated(text, listed[-1].end, described.get(nxt.start, nxt.start)):
                break
            listed.append(nxt)
        if len(listed) < 2 or not all(c.start in people for c in listed) or not opening and listed[-1].end != end:
            return []
        return listed

    def co_speakers(self, doc: Analysis, speaker: Span, cue_start: int) -> list[Speaker]:
        """林浩和周敏都认为 / 法国外交部和“欧洲政策中心”都判断: the other parties of a coordinated
        subject that all make the statement (都/均/一致/共同 before the cue)."""
        text = doc.norm_text
        window = max(0, speaker.start - 40)
        described: dict[int, int] = {}  # a name's start -> where its description (英国防长) starts
        chain = _named_people(text, [m for m in self._mentions(window, cue_start) if m.type != "TIME"], described)
        chain = sorted(chain + [_span(doc, q.start(1), q.end(1)) for q in QUOTED_NAME.finditer(text, window, cue_start)
                                if not any(c.start <= q.start(1) < c.end for c in chain)], key=lambda c: c.start)
        at = next((i for i, c in enumerate(chain) if c.start <= speaker.start < c.end), None)
        if at is None:
            return []
        first = last = at
        while first > 0 and _coordinated(text, chain[first - 1].end, described.get(chain[first].start, chain[first].start)):
            first -= 1
        while last + 1 < len(chain) and _coordinated(text, chain[last].end,
                                                     described.get(chain[last + 1].start, chain[last + 1].start)):
            last += 1
        people = all(c in self._person_spans or c.text in self._person_names for c in chain[first:last + 1])
        if first == last or not (_ALL_OF_THEM.match(text, chain[last].end, cue_start)
                                 or people and _WHEN_WHERE.fullmatch(text, chain[last].end, cue_start)):
            return []
        return [Speaker(c, canonical=self.canonical.get(c.start), confidence=0.9)
                for i, c in enumerate(chain[first:last + 1], start=first) if i != at]

    def _citing_outlet(self, doc: Analysis, start: int, end: int) -> Optional[Speaker]:
        """某社援引消息人士的话报道称: the outlet that cites (the one cited speaks here, its report stays the outlet's)."""
        text = doc.norm_text
        if links.cited_zone(text, start, end, credits.is_outlet) is None:
            return None
        outlet = self._pick(doc, start, max(text.rfind(verb, start, end) for verb in ("援引", "引述", "引用")))
        return outlet if outlet is not None and credits.is_outlet(outlet.span.text) else None
