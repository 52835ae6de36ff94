"""Analyses to output: the readable terminal report (rich) and JSON / JSON Lines."""
from __future__ import annotations

import csv
import json
from typing import Iterable, Optional, TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from . import csvsafe
from .model import Analysis

_VERDICT_STYLE = {"supported": "green", "overstated": "yellow", "unsupported": "red"}


class ReportWriter:
    """Analyses written one by one as they are done, so an interrupted batch keeps what it finished.

    Formats: "text" (the terminal report), "jsonl" (one compact object per line), "json" (one
    object, or a list for several: the first is held until the second shows which), "events-csv".
    """

    def __init__(self, fmt: str, out: TextIO):
        self.fmt, self.out = fmt, out
        self.count = 0
        self._held: Optional[dict] = None
        self._console = Console(file=out, width=110, highlight=False, soft_wrap=False) if fmt == "text" else None
        self._csv = csv.writer(out) if fmt == "events-csv" else None

    def write(self, doc: Analysis) -> None:
        if self._console is not None:
            render(doc, self._console)
        elif self._csv is not None:
            if not self.count:
                self._csv.writerow(EVENT_COLUMNS)
            self._csv.writerows(event_rows(doc))
        elif self.fmt == "jsonl":
            self.out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        else:
            self._write_json(doc.to_dict())
        self.count += 1
        self.out.flush()

    def close(self) -> None:
        """Finish the output: a held single JSON object, or the closing bracket of a list."""
        if self.fmt != "json" or not self.count:
            return
        if self._held is not None:
            self.out.write(json.dumps(self._held, ensure_ascii=False, indent=2) + "\n")
        else:
            self.out.write("\n]\n")
        self.out.flush()

    def _write_json(self, record: dict) -> None:
        if self.count == 0:
            self._held = record
            return
        if self._held is not None:
            self.out.write("[\n" + _indented(self._held))
            self._held = None
        self.out.write(",\n" + _indented(record))


def _indented(record: dict) -> str:
    """One list item exactly as json.dumps(list, indent=2) lays it out."""
    return "\n".join("  " + line for line in json.dumps(record, ensure_ascii=False, indent=2).split("\n"))


EVENT_COLUMNS = ["date", "source", "target", "type", "cameo", "location", "lat", "lon", "killed", "injured",
                 "modality", "confidence", "article_id", "trigger", "evidence"]


def _render_story(doc: Analysis, console: Console) -> None:
    """Agreements, disputes, timeline and sources: the article's story at a glance."""
    if doc.agreements:
        table = Table("agreement", "kind", "state", "date", "parties", "brokers", "next steps",
                      title="Agreements", title_justify="left")
        for a in doc.agreements:
            table.add_row(a.name.text + (f" ({', '.join(x.text for x in a.aliases[:3])})" if a.aliases else ""),
                          a.kind, a.state, a.state_date or "", ", ".join(a.parties), ", ".join(a.brokers),
                          "; ".join(x.text for x in a.next_steps))
        console.print(table)
    for dispute in doc.disputes:
        console.print(f"[bold]Dispute[/bold] over {dispute.matter} ({' vs '.join(dispute.parties)}); claims, not facts:")
        for claim in dispute.claims:
            console.print(f"  {claim.speaker}: {claim.text.text}")
    if doc.timeline:
        table = Table("date", "precision", "what", "evidence", title="Timeline", title_justify="left")
        for item in doc.timeline:
            table.add_row(item.date or "(undated)", item.precision or "", escape(item.summary), escape(item.evidence.text[:60]))
        console.print(table)
    if doc.sources or doc.translated:
        names = ", ".join(c.name for c in doc.sources) or "none"
        console.print(f"[bold]Sources credited[/bold]: {names}; translated: {doc.translated}"
                      + (f" ({'; '.join(doc.translation_signals)})" if doc.translation_signals else ""))
    if doc.article.counters:
        console.print("[bold]Platform counters[/bold]: " + ", ".join(f"{k} {v}" for k, v in doc.article.counters.items()))


def event_rows(doc: Analysis) -> Iterable[list]:
    """One row per event, GDELT-like columns (EVENT_COLUMNS), negated events left out."""
    for e in doc.events:
        if not e.is_fact:
            continue
        yield csvsafe.row([e.date or "", e.source or "", e.target or "", e.type, e.cameo or "", e.location or "",
               e.lat if e.lat is not None else "", e.lon if e.lon is not None else "",
               "" if e.killed is None else e.killed, "" if e.injured is None else e.injured,
               e.modality, e.confidence, doc.article.id or "", e.trigger.text, e.evidence.text])


def render(doc: Analysis, console: Console) -> None:
    a = doc.article
    console.rule(Text(a.title.text if a.title else "(no title)", style="bold"))
    byline = " · ".join(x for x in [a.author or "", a.published_at.isoformat() if a.published_at else ""] if x)
    console.print(f"[dim]{a.source or ''}[/dim]  {byline}")
    for check in doc.headlines:
        style = _VERDICT_STYLE.get(check.verdict, "white")
        reasons = ", ".join(check.reasons)
        console.print(f"[{style}]{check.verdict:>11}[/{style}] {check.role}: {check.text.text}  [dim]{reasons}[/dim]")
        if check.evidence:
            console.print(f"{'':>12} [dim]evidence:[/dim] {check.evidence.text}")
    if a.subheadings:
        console.print("[bold]Sub-headings[/bold]")
        for span in a.subheadings:
            console.print(f"  • {span.text}")
    console.print(f"[bold]Body[/bold]: {len(a.paragraphs)} paragraphs, {len(doc.sentences)} sentences")
    if doc.entities:
        table = Table("type", "name", "canonical", "mentions", title="Entities", title_justify="left")
        for e in doc.entities:
            table.add_row(e.type, e.name + (f" ({', '.join(e.aliases)})" if e.aliases else ""),
                          e.canonical or "", str(len(e.mentions)))
        console.print(table)
    if doc.quotes:
        table = Table("speaker", "cue", "kind", "date", "content", title="Quotes", title_justify="left")
        for q in doc.quotes:
            speaker = q.speaker.text if q.speaker else "?"
            if q.speaker_canonical:
                speaker += f" [{q.speaker_canonical}]"
            table.add_row(speaker, q.cue.text if q.cue else "", q.kind, q.date or "", q.content.text)
        console.print(table)
    if doc.events:
        table = Table("type", "source", "target", "date", "modality", "trigger", "evidence", title="Events",
                      title_justify="left")
        for e in doc.events:
            extra = "".join(f" {label}{n}" for label, n in (("killed ", e.killed), ("injured ", e.injured)) if n)
            table.add_row(e.type, e.source or "", e.target or "", e.date or "", e.modality, e.trigger.text,
                          e.evidence.text + extra)
        console.print(table)
    _render_story(doc, console)
    if doc.clickbait is not None:
        signals = f"; signals: {', '.join(doc.clickbait_signals)}" if doc.clickbait_signals else ""
        console.print(f"[bold]Clickbait[/bold]: {doc.clickbait} (score {doc.clickbait_score}{signals})")
    if a.boilerplate:
        console.print("[bold]Removed as page chrome[/bold]: " + " | ".join(b.text for b in a.boilerplate))
    for warning in a.warnings:
        console.print(f"[yellow]warning[/yellow]: {warning}")
    console.print()
