"""An analysed article to the rows stored for it: article row, entities, quotes, events, headline
checks, MinHash and LSH keys, search terms, story features (built in the worker)."""
from __future__ import annotations

import hashlib
import json
from datetime import timezone
from typing import Optional

from .. import __version__
from ..model import Analysis, Article, Span
from . import dedup, fulltext, stories
from .store import utcnow


def origin(article: Article) -> str:
    """Which input an article came from: a changed version from the same place replaces the old."""
    return f"{article.source or ''}|{article.id or ''}"


def content_hash(article: Article) -> str:
    """What must change for an article to be analysed again: its place, text and metadata."""
    published = article.published_at.isoformat() if article.published_at else None
    key = [origin(article), article.text, published, article.url, article.author, article.input_format]
    return hashlib.sha256(json.dumps(key, ensure_ascii=False).encode("utf-8", "surrogatepass")).hexdigest()


def build(doc: Analysis, digest: Optional[str] = None) -> dict:
    """Everything `store.write_article` needs for one article."""
    article = doc.article
    norm = doc.norm_text or article.text
    paragraphs = [norm[p.start:p.end] for p in article.paragraphs] or [norm]
    sig = dedup.signature(paragraphs)
    record = doc.to_dict()
    record.pop("text", None)
    published_date = article.published_at.date().isoformat() if article.published_at else None
    title = article.title.text if article.title else None
    return {
        "source": article.source or article.id or "<input>",
        "article": {
            "content_hash": digest or content_hash(article),
            "origin": origin(article),
            "id": article.id,
            "source": article.source,
            "url": article.url,
            "input_format": article.input_format,
            "title": title,
            "author": article.author,
            "published_at": article.published_at.isoformat() if article.published_at else None,
            "published_utc": (article.published_at.astimezone(timezone.utc).replace(tzinfo=None)
                              if article.published_at else None),
            "published_date": published_date,
            "body": "\n".join(p.text for p in article.paragraphs),
            "text": article.text,
            "clickbait": doc.clickbait,
            "clickbait_score": doc.clickbait_score,
            "warnings": json.dumps(article.warnings, ensure_ascii=False),
            "record": json.dumps(record, ensure_ascii=False),
            "features": json.dumps(stories.features(doc), ensure_ascii=False),
            "analyzer_version": __version__,
            "ingested_at": utcnow(),
        },
        "entities": _numbered([_entity(e) for e in doc.entities]),
        "quotes": _numbered([_quote(q, published_date) for q in doc.quotes]),
        "events": _numbered([_event(e, published_date) for e in doc.events]),
        "headlines": _numbered([_headline(h) for h in doc.headlines]),
        "signature": sig.tobytes() if sig is not None else None,
        "buckets": dedup.buckets(sig) if sig is not None else [],
        "search": {"title": fulltext.terms(norm[article.title.start:article.title.end]) if article.title else "",
                   "body": fulltext.terms("\n".join(paragraphs))},
    }


def _numbered(rows: list[dict]) -> list[dict]:
    return [dict(row, position=i) for i, row in enumerate(rows)]


def _entity(e) -> dict:
    first = e.mentions[0] if e.mentions else None
    return {"name": e.name, "type": e.type, "canonical": e.canonical, "wikidata": e.wikidata, "country": e.country,
            "role": e.role, "aliases": json.dumps(e.aliases, ensure_ascii=False), "mention_count": len(e.mentions),
            "first_start": first.start if first else None, "first_end": first.end if first else None,
            "confidence": e.confidence}


def _quote(q, published_date: Optional[str]) -> dict:
    return {"speaker": _text(q.speaker), "speaker_canonical": q.speaker_canonical, "speaker_role": q.speaker_role,
            "cue": _text(q.cue), "content": q.content.text, "kind": q.kind, "date": q.date,
            "effective_date": q.date or published_date, "confidence": q.confidence,
            "content_start": q.content.start, "content_end": q.content.end}


def _event(e, published_date: Optional[str]) -> dict:
    return {"type": e.type, "trigger": e.trigger.text, "evidence": e.evidence.text, "source": e.source,
            "target": e.target, "source_actor": e.source_actor, "target_actor": e.target_actor, "cameo": e.cameo,
            "date": e.date, "effective_date": e.date or published_date, "date_precision": e.date_precision,
            "location": e.location, "lat": e.lat, "lon": e.lon, "killed": e.killed, "injured": e.injured,
            "modality": e.modality, "is_fact": e.is_fact, "quote_index": e.quote_index, "confidence": e.confidence,
            "evidence_start": e.evidence.start, "evidence_end": e.evidence.end}


def _headline(h) -> dict:
    return {"text": h.text.text, "role": h.role, "verdict": h.verdict,
            "reasons": json.dumps(h.reasons, ensure_ascii=False), "evidence": _text(h.evidence),
            "confidence": h.confidence, "text_start": h.text.start, "text_end": h.text.end}


def _text(span: Optional[Span]) -> Optional[str]:
    return span.text if span else None
