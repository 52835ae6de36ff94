"""An analysis record (`Analysis.to_dict()`) to what the page shows: the text cut into segments at
every span boundary (by the record's character offsets only), each marked with the spans over it."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from markupsafe import Markup, escape

SPEAKER_COLOURS = 10  # sp0 … sp9 in style.css; more speakers than this reuse the colours
VERDICTS = {"supported": "supported", "overstated": "overstated", "unsupported": "unsupported"}


@dataclass
class Segment:
    """A stretch of text [start, end) that no span boundary cuts."""

    start: int
    end: int
    text: str
    classes: list[str] = field(default_factory=list)
    title: Optional[str] = None  # hover text: an entity's canonical name, else the quote's speaker
    quote: Optional[int] = None  # index of the quote whose content covers it


@dataclass
class Speaker:
    key: str
    label: str
    colour: int  # index into the palette; -1 for unattributed
    count: int = 0

    @property
    def css(self) -> str:
        return f"sp{self.colour}" if self.colour >= 0 else "sp-none"


def speakers(record: dict) -> dict[str, Speaker]:
    """One colour per speaker (canonical name, else surface form), in order of first quote."""
    out: dict[str, Speaker] = {}
    for quote in record.get("quotes") or []:
        key = speaker_key(quote)
        if key not in out:
            colour = -1 if key == "" else sum(1 for s in out.values() if s.colour >= 0) % SPEAKER_COLOURS
            label = _speaker_label(quote) if key else "unattributed"
            out[key] = Speaker(key, label, colour)
        out[key].count += 1
    return out


def speaker_key(quote: dict) -> str:
    return quote.get("speaker_canonical") or quote.get("speaker") or ""


def _speaker_label(quote: dict) -> str:
    surface, canonical = quote.get("speaker"), quote.get("speaker_canonical")
    if canonical and surface and canonical != surface:
        return f"{surface} ({canonical})"
    return canonical or surface or "unattributed"


def entity_title(entity: dict) -> str:
    """Hover text of an entity mention: its canonical name first."""
    name = entity.get("canonical") or entity.get("name") or ""
    extras = [x for x in (entity.get("type"), entity.get("role"), entity.get("wikidata")) if x]
    if entity.get("canonical") and entity.get("name") and entity["name"] != entity["canonical"]:
        extras.insert(0, entity["name"])
    return f"{name} · {' · '.join(extras)}" if extras else name


def segments(record: dict, text: Optional[str] = None) -> list[Segment]:
    """The text cut at every boundary of a quote, speaker, entity, time, event, headline or layout
    span, each segment marked with what covers it."""
    text = record.get("text") if text is None else text
    text = text or ""
    layers = list(_layers(record))
    cuts = {0, len(text)}
    for start, end, _ in layers:
        cuts.update((start, end))
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    out = [Segment(a, b, text[a:b]) for a, b in zip(bounds, bounds[1:]) if b > a]
    starts = [s.start for s in out]
    for start, end, mark in layers:
        for i in range(bisect_left(starts, start), len(out)):
            if out[i].start >= end:
                break
            mark(out[i])
    return out


Mark = Any  # a callable Segment -> None


def _layers(record: dict) -> Iterable[tuple[int, int, Mark]]:
    """(start, end, mark) for every span the page shows; marks applied later win the hover title."""
    text_len = len(record.get("text") or "")

    def valid(span: Optional[dict]) -> bool:
        return bool(span) and 0 <= span["start"] < span["end"] <= text_len

    def add_class(name: str) -> Mark:
        return lambda seg: seg.classes.append(name)

    for span in record.get("boilerplate_spans") or []:
        if valid(span):
            yield span["start"], span["end"], add_class("chrome")
    if valid(record.get("title_span")):
        yield record["title_span"]["start"], record["title_span"]["end"], add_class("title")
    for span in record.get("subheading_spans") or []:
        if valid(span):
            yield span["start"], span["end"], add_class("subheading")
    for span in record.get("times") or []:
        if valid(span):
            yield span["start"], span["end"], add_class("time")
    # Event and headline evidence only cut the text here; the page highlights them on click.
    for event in (record.get("events") or []) + (record.get("hypothetical_events") or []):
        offsets = event.get("offsets") or {}
        for span in [offsets.get("evidence"), offsets.get("trigger"), *(offsets.get("also_evidence") or [])]:
            if valid(span):
                yield span["start"], span["end"], _noop
    for check in record.get("headlines") or []:
        span = (check.get("offsets") or {}).get("evidence")
        if valid(span):
            yield span["start"], span["end"], _noop
    palette = speakers(record)
    for i, quote in enumerate(record.get("quotes") or []):
        yield from _quote_layers(i, quote, palette[speaker_key(quote)], valid)
    for entity in record.get("entities") or []:
        title = entity_title(entity)
        for span in entity.get("mentions") or []:
            if valid(span):
                yield span["start"], span["end"], _entity_mark(title, entity.get("type") or "")


def _quote_layers(i: int, quote: dict, speaker: Speaker, valid: Any) -> Iterable[tuple[int, int, Mark]]:
    offsets = quote.get("offsets") or {}
    content, who = offsets.get("content"), offsets.get("speaker")

    def mark_content(seg: Segment) -> None:
        seg.classes += ["q", speaker.css]
        if seg.start == content["start"]:  # the hover text once per quote keeps long pages light
            seg.title = seg.title or f"{speaker.label}: {quote.get('kind') or 'quote'}"
        seg.quote = i

    def mark_speaker(seg: Segment) -> None:
        if "who" not in seg.classes:
            seg.classes += ["who", speaker.css]

    if valid(content):
        yield content["start"], content["end"], mark_content
    if valid(who):
        yield who["start"], who["end"], mark_speaker


def _entity_mark(title: str, kind: str) -> Mark:
    def mark(seg: Segment) -> None:
        if "ent" not in seg.classes:
            seg.classes += ["ent", f"ent-{kind.lower()}"]
        seg.title = title

    return mark


def _noop(seg: Segment) -> None:
    return None


def segments_html(parts: list[Segment]) -> Markup:
    """The segments as spans (data-s: start offset; a segment ends where the next one starts),
    joined here rather than in a template loop: a long article has thousands of them."""
    out = []
    for seg in parts:
        attrs = f' class="{" ".join(dict.fromkeys(seg.classes))}"' if seg.classes else ""
        if seg.title:
            attrs += f' title="{escape(seg.title)}"'
        if seg.quote is not None:
            attrs += f' data-q="{seg.quote}"'
        out.append(f'<span data-s="{seg.start}"{attrs}>{escape(seg.text)}</span>')
    return Markup("".join(out))


def page_model(record: dict, text: Optional[str] = None) -> dict:
    """Everything the analysis template needs, from one record."""
    palette = speakers(record)
    quotes = []
    for i, quote in enumerate(record.get("quotes") or []):
        quotes.append(dict(quote, index=i, css=palette[speaker_key(quote)].css,
                           speaker_label=palette[speaker_key(quote)].label))
    return {
        "record": record,
        "segments": segments_html(segments(record, text)),
        "speakers": list(palette.values()),
        "quotes": quotes,
        "events": [_event_view(e) for e in record.get("events") or []],
        "hypothetical": [_event_view(e) for e in record.get("hypothetical_events") or []],
        "headlines": [_headline_view(h) for h in record.get("headlines") or []],
        "entities": sorted(record.get("entities") or [], key=lambda e: -len(e.get("mentions") or [])),
    }


def _event_view(event: dict) -> dict:
    offsets = event.get("offsets") or {}
    also = offsets.get("also_evidence") or []
    return dict(event, evidence_span=offsets.get("evidence"), trigger_span=offsets.get("trigger"),
                also_spans=" ".join(f"{s['start']}-{s['end']}" for s in also))


def _headline_view(check: dict) -> dict:
    offsets = check.get("offsets") or {}
    return dict(check, verdict_css=VERDICTS.get(check.get("verdict") or "", "unknown"),
                evidence_span=offsets.get("evidence"), text_span=offsets.get("text"),
                reason_labels=[r.replace("_", " ") for r in check.get("reasons") or []])
