"""The corpus over HTTP: articles, quotes, events, actors and stories as JSON, or as CSV with a
`.csv` suffix or `?format=csv`. Every answer comes from `newsfacts.corpus.queries`.
"""
from __future__ import annotations

from typing import Any, Callable, Literal, Optional

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from .tables import respond

router = APIRouter(tags=["corpus"])
Format = Optional[Literal["json", "csv"]]
_LIMIT = Query(200, ge=1, le=5000, description="at most this many rows")


class Corpus:
    """The store the server was started with, and the queries asked of it."""

    def __init__(self, db: str):
        from ..corpus.store import open_store

        self.db = db
        self.store = open_store(db, create=False)

    def query(self, name: str) -> Callable[..., Any]:
        """A function of newsfacts.corpus.queries; 501 when this version has none of that name."""
        if not self.has(name):
            raise HTTPException(501, f"this corpus version has no `{name}` query (newsfacts.corpus.queries.{name})")
        from ..corpus import queries

        function = getattr(queries, name)
        return lambda *args, **kw: function(self.store, *args, **kw)

    @staticmethod
    def has(name: str) -> bool:
        """Whether queries defines a function of that name (it also imports tables, such as articles)."""
        from ..corpus import queries

        function = getattr(queries, name, None)
        return callable(function) and getattr(function, "__module__", None) == queries.__name__

    def actor(self, actor_id: str, limit: int = 200) -> dict:
        """An actor's statements and the events they took part in, merged on one timeline."""
        if self.has("actor"):
            found = self.query("actor")(actor_id)
            if found is None:
                raise HTTPException(404, f"no actor {actor_id!r} in the corpus")
            return found
        said = self.query("quotes")(actor_id, limit=limit)
        did = self.query("events")(actor_id, limit=limit)
        if not said and not did:
            raise HTTPException(404, f"no statements or events of {actor_id!r} in the corpus")
        return {"id": actor_id, "quotes": said, "events": did, "timeline": actor_timeline(said, did)}

    def story(self, story_id: int) -> dict:
        found = self.query("story")(story_id)
        if found is None:
            raise HTTPException(404, f"no story {story_id} in the corpus")
        return dict(found, timeline=self.query("timeline")(story_id))

    def dispose(self) -> None:
        self.store.dispose()


def actor_timeline(quotes: list[dict], events: list[dict]) -> list[dict]:
    """Statements and events in date order (undated last), each naming its article."""
    items = [{"date": q.get("date"), "kind": "statement", "type": q.get("kind"), "text": q.get("content"),
              "speaker": q.get("speaker_canonical") or q.get("speaker"), "article_pk": q.get("article_pk"),
              "article_id": q.get("article_id"), "article_title": q.get("article_title")} for q in quotes]
    items += [{"date": e.get("date"), "kind": "event", "type": e.get("type"), "text": e.get("evidence"),
               "source": e.get("source"), "target": e.get("target"), "article_pk": e.get("article_pk"),
               "article_id": e.get("article_id"), "article_title": e.get("article_title")} for e in events]
    return sorted(items, key=lambda x: (x["date"] is None, x["date"] or "", x["kind"]))


def corpus_of(request: Request) -> Corpus:
    corpus = getattr(request.app.state, "corpus", None)
    if corpus is None:
        raise HTTPException(404, "no corpus: start the server with --db PATH_OR_URL")
    return corpus


def fmt(request: Request, format: Format) -> str:
    return "csv" if request.url.path.endswith(".csv") or format == "csv" else "json"


def list_articles(corpus: Corpus, q: Optional[str], since: Optional[str], until: Optional[str],
                  limit: int) -> list[dict]:
    """Articles, newest first, optionally matching a full-text query and a date range."""
    if corpus.has("articles"):
        filters = {k: v for k, v in {"q": q, "since": since, "until": until}.items() if v}
        return corpus.query("articles")(limit=limit, **filters)
    if q:
        rows = corpus.query("search")(q, limit=limit)
        return [r for r in rows if (not since or (r.get("date") or "") >= since)
                and (not until or (r.get("date") or "9999") <= until)]
    raise HTTPException(501, "listing articles needs newsfacts.corpus.queries.articles, which this version "
                             "lacks; give ?q= to search instead")


@router.get("/articles", summary="Articles (filter by full-text q and dates)")
@router.get("/articles.csv", include_in_schema=False)
def articles(request: Request, q: Optional[str] = None, since: Optional[str] = Query(None, description="YYYY-MM-DD"),
             until: Optional[str] = Query(None, description="YYYY-MM-DD"), limit: int = _LIMIT,
             format: Format = None) -> Response:
    rows = list_articles(corpus_of(request), q, since, until, limit)
    return respond(rows, rows, fmt(request, format), "articles")


@router.get("/articles/{article_id}", summary="One article with its analysis")
@router.get("/articles/{article_id}.csv", include_in_schema=False)
def article(request: Request, article_id: str, format: Format = None) -> Response:
    found = corpus_of(request).query("article")(article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r} in the corpus")
    return respond(found, [found], fmt(request, format), f"article-{article_id}")


@router.get("/quotes", summary="Statements by a speaker, on or after since")
@router.get("/quotes.csv", include_in_schema=False)
def quotes(request: Request, speaker: str = Query(..., min_length=1, description="surface form or canonical name"),
           since: Optional[str] = Query(None, description="YYYY-MM-DD"), limit: int = _LIMIT,
           format: Format = None) -> Response:
    rows = corpus_of(request).query("quotes")(speaker, since=since, limit=limit)
    return respond(rows, rows, fmt(request, format), "quotes")


@router.get("/events", summary="Events with an actor as source or target, optionally of one type")
@router.get("/events.csv", include_in_schema=False)
def events(request: Request, actor: str = Query(..., min_length=1, description="country code (USA) or actor name"),
           type: Optional[str] = Query(None, description="PLOVER type such as ACCUSE"), limit: int = _LIMIT,
           format: Format = None) -> Response:
    rows = corpus_of(request).query("events")(actor, type=type, limit=limit)
    return respond(rows, rows, fmt(request, format), "events")


@router.get("/actors/{actor_id}", summary="An actor's statements and events on a timeline")
@router.get("/actors/{actor_id}.csv", include_in_schema=False)
def actor(request: Request, actor_id: str, limit: int = _LIMIT, format: Format = None) -> Response:
    found = corpus_of(request).actor(actor_id, limit)
    return respond(found, found.get("timeline") or [], fmt(request, format), f"actor-{actor_id}")


@router.get("/stories", summary="Stories: articles about the same events")
@router.get("/stories.csv", include_in_schema=False)
def stories(request: Request, min_articles: int = Query(2, ge=1), limit: int = Query(100, ge=1, le=5000),
            format: Format = None) -> Response:
    rows = corpus_of(request).query("stories")(min_articles=min_articles, limit=limit)
    return respond(rows, rows, fmt(request, format), "stories")


@router.get("/stories/{story_id}", summary="One story: its articles and timeline")
@router.get("/stories/{story_id}.csv", include_in_schema=False)
def story(request: Request, story_id: int, format: Format = None) -> Response:
    found = corpus_of(request).story(story_id)
    return respond(found, found["timeline"], fmt(request, format), f"story-{story_id}")
