"""Analyses to output: the readable terminal report (rich) and JSON / JSON Lines."""
from __future__ import annotations

import csv
import json
from typing import Iterable, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .model import Analysis

_VERDICT_STYLE = {"supported": "green", "overstated": "yellow", "unsupported": "red"}


def write_json(analyses: list[Analysis], out: TextIO, lines: bool) -> None:
    """JSON Lines: one compact object per line. JSON: one object, or a list for several."""
    records = [a.to_dict() for a in analyses]
    if lines:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        payload = records[0] if len(records) == 1 else records
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


EVENT_COLUMNS = ["date", "source", "target", "type", "cameo", "location", "lat", "lon", "killed", "injured",
                 "modality", "confidence", "article_id", "trigger", "evidence"]


def write_events_csv(analyses: list[Analysis], out: TextIO) -> None:
    """One row per event, GDELT-like columns, negated events left out."""
    writer = csv.writer(out)
    writer.writerow(EVENT_COLUMNS)
    for doc in analyses:
        for e in doc.events:
            if not e.is_fact:
                continue
            writer.writerow([e.date or "", e.source or "", e.target or "", e.type, e.cameo or "", e.location or "",
                             e.lat if e.lat is not None else "", e.lon if e.lon is not None else "",
                             "" if e.killed is None else e.killed, "" if e.injured is None else e.injured,
                             e.modality, e.confidence, doc.article.id or "", e.trigger.text, e.evidence.text])


def write_text(analyses: Iterable[Analysis], out: TextIO) -> None:
    console = Console(file=out, width=110, highlight=False, soft_wrap=False)
    for doc in analyses:
        render(doc, console)


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
    if doc.clickbait is not None:
        console.print(f"[bold]Clickbait[/bold]: {doc.clickbait} (score {doc.clickbait_score})")
    if a.boilerplate:
        console.print("[bold]Removed as page chrome[/bold]: " + " | ".join(b.text for b in a.boilerplate))
    for warning in a.warnings:
        console.print(f"[yellow]warning[/yellow]: {warning}")
    console.print()
