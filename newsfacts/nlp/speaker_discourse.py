"""Who speaks, read across the clauses of a passage (issue #14, round 7; nlp/speakers.py mixes these into
its SpeakerContext): a name the tagger glued to an adverb (朔尔茨高调表态), a body named in quotation
marks before its own channel (“某中心”在其“快讯”频道发布消息称), the subject before a clause of
companions (……的甲、乙，于11日同丙宣布), and 我们 in a spokesperson's briefing."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..model import Analysis
from .chinese import span as _span
from .speaker_links import Speaker, copy as _copy
from .subjects import name_adverbs, strip_leads as _strip_leads

TITLE_REACH = 12  # a title this close before a name describes that person (as in speaker_anaphora)


def adverb_tail(phrase: str) -> int:
    """上述工作人员均 / 该人士也: how many characters of adverbs (data/speaker_name_adverbs.txt) end the phrase."""
    cut = 0
    while True:
        adverb = max((a for a in name_adverbs() if phrase.endswith(a, 0, len(phrase) - cut)), key=len, default="")
        if not adverb or len(phrase) - cut - len(adverb) < 2:
            return cut
        cut += len(adverb)




# a clause that opens on a time and 同/与/跟 + those acting with the subject (……，于当地时间11日同X、Y宣布):
# the subject of the clause before speaks, together with them
COMPANION = re.compile(r"(?:也|还|则|又|并|将|已)?(?=[于在0-9一二三四五六七八九十当今明昨前])(?:于|在)?(?:当地时间)?"
                        r"[0-9一二三四五六七八九十月日号周早晚上下午中凌晨当天今明昨前]*(?<=[于在日号天晚上午中])"
                        r"(?:共同|一起|一道|联合)?(?:同|与|跟)[^，,。；;！？]{2,40}?(?:共同|一起|一道|联合)?")  # a time first: 跟父亲说 is told
def back_over_names(text: str, start: int) -> int:
    """The start of a clause that the cue's zone (starting at `start`) cut at the closing mark of a
    short quoted name or a parenthesis (“联合协调中心”（以下称“中心”）在其…; 这名代号为“北风”的指挥官)."""
    b = start
    while b > 0 and text[b - 1] in "”）)":
        if text[b - 1] in "）)":
            o = max(text.rfind("（", max(0, b - 24), b - 1), text.rfind("(", max(0, b - 24), b - 1))
        else:
            o = text.rfind("“", max(0, b - 24), b - 1)
        if o < 0 or _CLAUSE_MARKS.search(text, o + 1, b - 1):
            break
        b = o
        while b > 0 and text[b - 1] not in "，,；;：:。！？!?\n“”（）()":
            b -= 1
    return b


BRIEFING_REACH = 400  # 我们 this close after a spokesperson's statement of the same paragraph is theirs
_CLAUSE_MARKS = re.compile(r"[，,。！？!?；;\n]")
_QUOTED_CHANNEL = re.compile(r"“([^“”，,。！？；;\n]{2,30})”(?:[（(][^）)]{0,20}[）)])?(?:也|则|还|又|当天|当日)?(?:在其|通过其|在自己的|于其)")


class Discourse:
    """The part of SpeakerContext that reads a speaker across clauses; it relies on the context's
    people, aliases, canonical names, statements so far, _pick, _mentions and _sentence_subject."""

    def _briefing_voice(self, text: str, position: int) -> Optional[Speaker]:
        """发言人X在记者会上表示，……。在此我们也提醒……: 我们 in the paragraph of a spokesperson's
        briefing, with no one else speaking since, is the spokesperson's voice, not the writer's."""
        paragraph = max(text.rfind("\n", 0, position), 0)
        for span, speaker in reversed(self.said):
            if span.start < paragraph or position - span.end > BRIEFING_REACH:
                return None
            if span.end > position:
                continue
            titled = text[max(0, speaker.span.start - TITLE_REACH):speaker.span.start]
            if speaker.span in self._person_spans and "发言人" in titled:
                return _copy(speaker, 0.7)  # 韩方表示…… in between: relayed inside the briefing
            if speaker.span in self._person_spans:
                return None  # another person spoke since
        return None

    def _companions_subject(self, doc: Analysis, clause: int) -> Optional[Speaker]:
        """……的日本外相甲、防卫大臣乙，于11日同X宣布: the subject is the clause before the comma, read
        as a subject (its head after a 的-clause), else the sentence's subject."""
        text = doc.norm_text
        end = clause - 1
        begin = end
        while begin > 0 and text[begin - 1] not in "，,；;：:。！？!?\n":
            begin -= 1
        found = self._pick(doc, _strip_leads(text, begin, end), end) if end - begin >= 2 else None
        return found or self._sentence_subject(doc, clause)

    def _quoted_channel_subject(self, doc: Analysis, start: int, end: int) -> Optional[Speaker]:
        """“某某应急指挥部”（下称“指挥部”）在其“快讯”频道上发布消息称: a body named in quotation marks, then
        its own channel (在其 / 通过其 …), speaks; the zone the cue was given starts after the last
        quoted name, so it is read back over the short quotations of its clause."""
        text = doc.norm_text
        b = back_over_names(text, start)
        if b == start:
            return None
        channel = None
        for m in _QUOTED_CHANNEL.finditer(text, b, end):
            channel = m
        if channel is None or self._mentions(channel.end(), end) and any(
                m.type == "PER" for m in self._mentions(channel.end(), end)):
            return None
        name = _span(doc, channel.start(1), channel.end(1))
        full = self.aliases.get(name.text, name)
        return Speaker(full, canonical=self.canonical.get(full.start), confidence=0.8)

    def _glued_person(self, doc: Analysis, found: Speaker) -> Speaker:
        """A speaker phrase that is a person the article names elsewhere plus an adverb the tagger glued
        to the name (data/speaker_name_adverbs.txt) is that person."""
        name = found.span.text
        person = next((p for p in self.people if name.startswith(p.span.text) and len(p.span.text) >= 2
                       and name[len(p.span.text):] in name_adverbs()), None)
        if person is None:
            return found
        span = _span(doc, found.span.start, found.span.start + len(person.span.text))
        self._person_spans.add(span)
        return Speaker(span, found.role, self.canonical.get(person.span.start), found.confidence, found.date, found.media)
