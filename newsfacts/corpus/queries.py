"""Questions a corpus answers, as library functions returning plain dicts: quotes by speaker,
events by actor and type, stories, timelines, near-duplicates, full-text search."""
from __future__ import annotations

import json
from typing import Optional, Union

import sqlalchemy as sa

from . import dedup, fulltext
from . import stories as story_groups
from .store import CorpusError, Store, events as events_table, open_store, quotes as quotes_table
from .store import stories as stories_table
from .store import articles as articles_table  # `articles` names the listing query below
from .limits import ROW_LIMIT, SEARCH_LIMIT, STORY_LIMIT  # noqa: F401 (the web layer reads them here)

_ARTICLE = (articles_table.c.id.label("article_id"), articles_table.c.title.label("article_title"),
            articles_table.c.published_date.label("article_date"))


MAX_QUERY_CHARS = 200  # a name, code or search text longer than this is refused, not scanned for
MAX_ROW_ID = 2**63 - 1  # the largest integer key a database stores


class QueryError(CorpusError):
    """A question the corpus cannot be asked (a search text too long): names the argument."""


def _store(db: Union[str, Store]) -> Store:
    return db if isinstance(db, Store) else open_store(db, create=False)


def _checked(name: str, text: str) -> str:
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(name, f"longer than {MAX_QUERY_CHARS} characters ({len(text):,})")
    if any(ord(c) < 32 for c in text):  # SQLite ends a bound string at NUL: '%\0%' would match all
        raise QueryError(name, "holds control characters")
    return text


def _contains(column: sa.ColumnElement, text: str) -> sa.ColumnElement:
    """column holds text as typed: % and _ are literal characters, not LIKE wildcards."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(f"%{escaped}%", escape="\\")


def quotes(db: Union[str, Store], speaker: str, since: Optional[str] = None, limit: int = ROW_LIMIT) -> list[dict]:
    """Statements by a speaker (surface form or canonical name, either in part), on or after since
    (YYYY-MM-DD; the quote's own date, else its article's), newest first."""
    q = quotes_table
    speaker = _checked("speaker", speaker)
    query = (sa.select(q.c.article_pk, q.c.speaker, q.c.speaker_canonical, q.c.speaker_role, q.c.cue, q.c.content,
                       q.c.kind, q.c.effective_date.label("date"), q.c.confidence, *_ARTICLE)
             .join(articles_table, articles_table.c.pk == q.c.article_pk)
             .where(sa.or_(_contains(q.c.speaker, speaker), _contains(q.c.speaker_canonical, speaker)))
             .order_by(q.c.effective_date.is_(None), q.c.effective_date.desc(), q.c.article_pk, q.c.position).limit(limit))
    if since:
        query = query.where(q.c.effective_date >= since)
    with _store(db).engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def events(db: Union[str, Store], actor: str, type: Optional[str] = None, limit: int = ROW_LIMIT,
           include_hypothetical: bool = False) -> list[dict]:
    """Events where an actor code (ISO country code such as USA, or an actor name) is source or
    target, optionally of one PLOVER type, newest first."""
    e = events_table
    code = _checked("actor", actor).upper()
    query = (sa.select(e.c.article_pk, e.c.type, e.c.source, e.c.target, e.c.source_actor, e.c.target_actor,
                       e.c.trigger, e.c.evidence, e.c.effective_date.label("date"), e.c.location, e.c.modality,
                       e.c.confidence, *_ARTICLE)
             .join(articles_table, articles_table.c.pk == e.c.article_pk)
             .where(sa.or_(e.c.source == code, e.c.target == code, e.c.source_actor == actor, e.c.target_actor == actor))
             .order_by(e.c.effective_date.is_(None), e.c.effective_date.desc(), e.c.article_pk, e.c.position).limit(limit))
    if type:
        query = query.where(e.c.type == type.upper())
    if not include_hypothetical:
        query = query.where(e.c.is_fact.is_(True))
    with _store(db).engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def stories(db: Union[str, Store], min_articles: int = 2, limit: int = STORY_LIMIT) -> list[dict]:
    """Stories with at least min_articles articles, largest and then latest first."""
    s = stories_table
    query = (sa.select(s).where(s.c.article_count >= min_articles)
             .order_by(s.c.article_count.desc(), s.c.last_date.is_(None), s.c.last_date.desc(), s.c.id).limit(limit))
    with _store(db).engine.connect() as conn:
        return [dict(r, actors=json.loads(r["actors"] or "[]")) for r in conn.execute(query).mappings()]


def story(db: Union[str, Store], story_id: int) -> Optional[dict]:
    """One story with its articles in publication order; None when there is no such story."""
    if not 0 <= story_id <= MAX_ROW_ID:
        return None
    with _store(db).engine.connect() as conn:
        row = conn.execute(sa.select(stories_table).where(stories_table.c.id == story_id)).mappings().first()
        if row is None:
            return None
        members = conn.execute(
            sa.select(articles_table.c.pk, articles_table.c.id, articles_table.c.title, articles_table.c.published_date, articles_table.c.duplicate_of)
            .where(articles_table.c.story_id == story_id)
            .order_by(articles_table.c.published_utc.is_(None), articles_table.c.published_utc, articles_table.c.pk)).mappings()
        return dict(row, actors=json.loads(row["actors"] or "[]"), articles=[dict(m) for m in members])


def timeline(db: Union[str, Store], story_id: int) -> list[dict]:
    """The story's dated events and statements, each with the articles that report it."""
    if not 0 <= story_id <= MAX_ROW_ID:
        return []
    with _store(db).engine.connect() as conn:
        return story_groups.timeline(conn, story_id)


def duplicates(db: Union[str, Store], min_size: int = 2) -> list[dict]:
    """Near-duplicate groups: the likely original and its copies."""
    with _store(db).engine.connect() as conn:
        return dedup.groups(conn, min_size)


def search(db: Union[str, Store], text: str, limit: int = SEARCH_LIMIT) -> list[dict]:
    """Articles whose title or body holds every part of text (any substring), best first, with a
    snippet around the hit."""
    text = _checked("text", text)
    store = _store(db)
    with store.engine.connect() as conn:
        hits = fulltext.search(conn, store.dialect, text, limit)
        if not hits:
            return []
        rows = {r["pk"]: r for r in conn.execute(
            sa.select(articles_table.c.pk, articles_table.c.id, articles_table.c.title, articles_table.c.published_date, articles_table.c.body,
                      articles_table.c.story_id).where(articles_table.c.pk.in_([pk for pk, _ in hits]))).mappings()}
    out = []
    for pk, score in hits:
        row = rows.get(pk)
        if row is None:
            continue
        body = row["body"] or ""
        found = fulltext.snippet(body, text) or fulltext.snippet(row["title"] or "", text) or body[:80]
        out.append({"pk": pk, "id": row["id"], "title": row["title"], "date": row["published_date"],
                    "story_id": row["story_id"], "score": round(score, 4), "snippet": found})
    return out


def articles(db: Union[str, Store], q: Optional[str] = None, since: Optional[str] = None,
             until: Optional[str] = None, limit: int = ROW_LIMIT) -> list[dict]:
    """Articles newest first, optionally holding every part of q (full text) and published within
    [since, until] (YYYY-MM-DD)."""
    q = _checked("q", q) if q else q
    store = _store(db)
    query = (sa.select(articles_table.c.pk, articles_table.c.id, articles_table.c.title, articles_table.c.author,
                       articles_table.c.published_date.label("date"), articles_table.c.source, articles_table.c.url,
                       articles_table.c.clickbait, articles_table.c.story_id, articles_table.c.duplicate_of)
             .order_by(articles_table.c.published_utc.is_(None), articles_table.c.published_utc.desc(),
                       articles_table.c.pk.desc()).limit(limit))
    if since:
        query = query.where(articles_table.c.published_date >= since)
    if until:
        query = query.where(articles_table.c.published_date <= until)
    with store.engine.connect() as conn:
        if q:
            hits = [pk for pk, _ in fulltext.search(conn, store.dialect, q, limit * 5)]
            if not hits:
                return []
            query = query.where(articles_table.c.pk.in_(hits))
        return [dict(r) for r in conn.execute(query).mappings()]


def article(db: Union[str, Store], article_id: str) -> Optional[dict]:
    """One article by its own id (or its row number): metadata and its stored analysis; None if absent."""
    condition = articles_table.c.id == article_id
    if article_id.isdigit() and int(article_id) <= MAX_ROW_ID:
        condition = sa.or_(condition, articles_table.c.pk == int(article_id))
    with _store(db).engine.connect() as conn:
        row = conn.execute(sa.select(articles_table).where(condition).order_by(articles_table.c.pk)).mappings().first()
    if row is None:
        return None
    found = {k: row[k] for k in ("pk", "id", "title", "author", "published_at", "source", "url", "story_id",
                                 "duplicate_of", "clickbait", "clickbait_score")}
    found["analysis"] = json.loads(row["record"] or "{}")
    found["text"] = row["text"]
    return found


def actor(db: Union[str, Store], actor_id: str, limit: int = ROW_LIMIT) -> Optional[dict]:
    """An actor's statements and the events they took part in, merged on one timeline (dated items
    in date order, undated last); None when the corpus holds neither."""
    said = quotes(db, actor_id, limit=limit)
    did = events(db, actor_id, limit=limit)
    if not said and not did:
        return None
    items = [{"date": q.get("date"), "kind": "statement", "type": q.get("kind"), "text": q.get("content"),
              "speaker": q.get("speaker_canonical") or q.get("speaker"), "article_pk": q.get("article_pk"),
              "article_id": q.get("article_id"), "article_title": q.get("article_title")} for q in said]
    items += [{"date": e.get("date"), "kind": "event", "type": e.get("type"), "text": e.get("evidence"),
               "source": e.get("source"), "target": e.get("target"), "article_pk": e.get("article_pk"),
               "article_id": e.get("article_id"), "article_title": e.get("article_title")} for e in did]
    items.sort(key=lambda x: (x["date"] is None, x["date"] or "", x["kind"]))
    return {"id": actor_id, "quotes": said, "events": did, "timeline": items}
