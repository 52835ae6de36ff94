"""Timeline and disputes stage: the article's dated events, statements and agreement states in
date order (undated ones apart), and conflicting claims between actors about the same matter."""
from __future__ import annotations

from ..model import Analysis, Claim, Dispute, Options, TimelineItem

_PRECISION_ORDER = {"year": 0, "month": 1, "week": 2, "day": 3, "part_of_day": 4}


def build(doc: Analysis, options: Options) -> Analysis:
    """Stage: `doc.timeline` and `doc.disputes` from events, quotes and agreements."""
    items: list[TimelineItem] = []
    for event in doc.events:
        what = f"{event.type} {event.source or '?'}→{event.target or '?'} ({event.trigger.text})"
        if not event.is_fact:
            what += f" [{event.modality}]"
        items.append(TimelineItem(event.when or event.date, event.date_precision, "event", what, event.evidence))
    for quote in doc.quotes:
        if quote.date:
            speaker = quote.speaker.text if quote.speaker else "?"
            items.append(TimelineItem(quote.date, "day", "statement", f"{speaker} {quote.cue.text if quote.cue else ''}",
                                      quote.content))
    for agreement in doc.agreements:
        if agreement.state_date:
            items.append(TimelineItem(agreement.state_date, "day", "agreement",
                                      f"{agreement.name.text}: {agreement.state}", agreement.evidence))
    dated = sorted((i for i in items if i.date), key=lambda i: (i.date, -_PRECISION_ORDER.get(i.precision or "", 0),
                                                               i.evidence.start))
    undated = sorted((i for i in items if not i.date), key=lambda i: i.evidence.start)
    doc.timeline = dated + undated
    doc.disputes = disputes(doc)
    return doc


def disputes(doc: Analysis) -> list[Dispute]:
    """Two actors accusing each other (of breaking a ceasefire, of attacking first): one record
    with each side's claims; the claims stay claims."""
    by_pair: dict[frozenset, list] = {}
    for index, event in enumerate(doc.events):
        if event.type == "ACCUSE" and event.source and event.target and event.source != event.target:
            by_pair.setdefault(frozenset((event.source, event.target)), []).append(event)
    found = []
    for pair, events in by_pair.items():
        if len({e.source for e in events}) < 2:
            continue  # one side accusing the other is an accusation, not yet a dispute
        matter = _matter(doc, events)
        claims = [Claim(speaker=e.source, text=e.evidence, quote_index=e.quote_index) for e in events]
        found.append(Dispute(matter=matter, parties=sorted(pair), claims=claims))
    return found


def _matter(doc: Analysis, events) -> str:
    """The agreement the accusations are about, when one of them is in its sentences."""
    for agreement in doc.agreements:
        if set(agreement.violations_alleged_by) >= {e.source for e in events}:
            return agreement.name.text
    return events[0].trigger.text
