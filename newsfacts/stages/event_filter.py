"""Which candidate events to report: a small logistic model (data/event_filter.json, fitted by
event_filter_training on annotated articles) over signals of the candidate and its sentence."""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from typing import Optional

from ..doc import entity_at
from .. import lexicon
from ..model import Analysis, Event
from . import event_parties as parties
from .event_args import CLAUSE_BREAK, back_to
from .event_triggers import words_of

HOW = ("clause", "sentence", "both", "quote")  # where the target came from (events.candidates notes)
_BACKGROUND = re.compile(r"曾经|曾|此前|之前|以前|过去|上次|早在|当年|年前|以来|一度|历来|多次|一直")
_REPORTED = re.compile(r"表示|称|说|指出|强调|认为|透露|宣布|报道|声明")
MODEL_FILE = "event_filter.json"


@lru_cache(maxsize=1)
def model() -> Optional[dict]:
    """The fitted weights, bias and threshold, or None when no model ships (every candidate is kept)."""
    return lexicon.model_json(MODEL_FILE)


def keep(doc: Analysis, events: list[Event], notes: dict[int, str]) -> list[Event]:
    """The events the model scores at or above its threshold; statements of intent and other
    non-facts are kept as they are (they are reported apart, as hypothetical)."""
    fitted = model()
    if fitted is None or not events:
        return events
    signals = features(doc, events, notes)
    kept = []
    for event, names in zip(events, signals):
        if not event.is_fact or score(fitted, names) >= fitted["threshold"]:
            kept.append(event)
    return kept


def score(fitted: dict, names: list[str]) -> float:
    weights = fitted["weights"]
    z = fitted["bias"] + sum(weights.get(name, 0.0) for name in names)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def features(doc: Analysis, events: list[Event], notes: dict[int, str]) -> list[list[str]]:
    """Named binary signals of each event: its type, frame and trigger; where its target came from;
    its modality; whether its parties are the article's main ones; background and reported-speech
    cues before the trigger; how often the article repeats it."""
    text = doc.norm_text
    words = words_of(doc)
    salience = _salience(doc)
    main = {code for code, _ in salience.most_common(2)}
    same_evidence = Counter((e.evidence.start, e.trigger.start) for e in events)
    out = []
    for event in events:
        start = event.trigger.start
        before = text[back_to(text, 0, start, CLAUSE_BREAK):start]
        word = words.at(start)
        names = [f"type:{event.type}", f"how:{notes.get(id(event), 'clause')}", f"modality:{event.modality}",
                 f"trigger:{event.trigger.text}", f"type_how:{event.type}:{notes.get(id(event), 'clause')}"]
        names.append(f"tag:{word[1]}" if word is not None and word[0].start == start else "tag:inside")
        names.append("parties:main" if {event.source, event.target} <= main else
                     "parties:one_main" if {event.source, event.target} & main else "parties:minor")
        names.append("self" if event.source == event.target else "foreign")
        if event.date:
            names.append("dated")
        if _BACKGROUND.search(before):
            names.append("background")
        if _REPORTED.search(before):
            names.append("reported")
        if event.also_evidence:
            names.append("repeated")
        if same_evidence[(event.evidence.start, event.trigger.start)] > 2:
            names.append("many_parties")
        if _in_first_paragraph(doc, start):
            names.append("lead")
        if _person(doc, event):
            names.append("person_source")
        out.append(names)
    return out


def _salience(doc: Analysis) -> Counter:
    counts: Counter = Counter()
    for _, code in parties.mentions(doc, 0, len(doc.norm_text)):
        counts[code] += 1
    return counts


def _in_first_paragraph(doc: Analysis, position: int) -> bool:
    paragraphs = doc.article.paragraphs
    return bool(paragraphs) and paragraphs[0].start <= position < paragraphs[0].end


def _person(doc: Analysis, event: Event) -> bool:
    for mention, code in parties.mentions(doc, event.evidence.start, event.trigger.start):
        if code == event.source:
            entity = entity_at(doc, mention)
            return entity is not None and entity.type == "PER"
    return False
