"""Statements and the acts told in them: quoted terms that are no statement (举行“2+2会谈”), the
speaker's own verbal acts inside quotation marks (我们希望…), and states that speak together (美日在
联合声明中警告…)."""
from __future__ import annotations

import re
from typing import Optional

from ..doc import code_of_span
from ..model import Analysis, Event, Quote
from .event_args import CLAUSE_BREAK, back_to, clause_subject, codes, coordinated

QUOTE_ACTS = {"THREATEN", "ACCUSE", "REQUEST", "REJECT", "SUPPORT"}  # acts a cue names (称赞X“…”)
# A firm as the speaker (苹果公司表示, 某集团回应): its statement is no act of the state it is based in.
BUSINESS = re.compile(r"(?:公司|集团|企业|银行|俱乐部|股份|控股|有限)$")
TERM_LENGTH = 8  # a quoted run this short with no punctuation is a term, not a statement
_TERM_BREAK = re.compile(r"[，,。；;！!？?：:、]")


def is_term(text: str, segment) -> bool:
    """A short quoted term (举行“2+2会谈”, 进行“外交抵制”) names the act in the narrator's sentence;
    it is no statement of its own."""
    inner = text[segment.open + 1:segment.close]
    return segment.closed and len(inner) <= TERM_LENGTH and not _TERM_BREAK.search(inner)


def told_by_doer(doc: Analysis, segments: list, event: Event) -> bool:
    """An act told inside a statement in quotation marks counts only when it is the speaker's own
    verbal act, one done by saying it (我们希望…, 我们对此深表关切, 感谢X): FORMAT.md codes statements
    that are acts in themselves. A direct quote is the speaker's account, and the deeds it tells
    (“美国一直在帮助乌克兰”, “然后由议会批准”) are his story, reported by the narrator only as his words. Deeds in
    reported speech without quotation marks (X说，Y袭击了Z) stay the inner doer's acts. Words in
    quotation marks that no one is said to have spoken are no report."""
    start = event.trigger.start
    if not any(s.open < start < s.close and not is_term(doc.norm_text, s) for s in segments):
        return True
    quote = next((q for q in doc.quotes if q.content.start <= start < q.content.end and q.speaker is not None), None)
    return event.type in QUOTE_ACTS and quote is not None and not BUSINESS.search(quote.speaker.text) \
        and event.source is not None and event.source == speaker_code(doc, quote)
    # (a firm's words are no act of a state, as for the quote's own event; “美国在抹黑我们” is the
    # speaker's accusation, coded from the quote, not an act of the United States)


def speaker_code(doc: Analysis, quote: Quote) -> Optional[str]:
    """The state a quote's speaker acts for: his own, or the one his clause names before him
    (美国国务卿X表示)."""
    code = code_of_span(doc, quote.speaker)
    if code is None and quote.speaker.end <= (quote.cue.start if quote.cue else quote.content.start):
        code = clause_subject(doc, back_to(doc.norm_text, 0, quote.speaker.start, CLAUSE_BREAK), quote.speaker.end)
    return code


def joint_speakers(doc: Analysis, quote: Quote, source: str) -> list[str]:
    """The states that speak together: a speaker that is a list of states only (美日, 中国和俄罗斯,
    joint statements) is each of them; any other speaker is the one state found."""
    named = codes(doc, quote.speaker.start, quote.speaker.end)
    if len(named) >= 2 and source in named and re.fullmatch(r"[^，,。；;：:]{0,24}", quote.speaker.text) and \
            coordinated(doc, quote.speaker.start, quote.speaker.end, named[0], None) == named:
        return named
    return [source]
