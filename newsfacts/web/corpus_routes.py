"""The corpus over HTTP: articles, quotes, events, actors and stories as JSON, or as CSV with a
`.csv` suffix or `?format=csv`. Every answer comes from `newsfacts.corpus.queries`.
"""
from __future__ import annotations

from typing import Any, Callable, Literal, Optional

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import Response

from ..corpus import queries
from ..corpus.queries import MAX_ROW_ID, ROW_LIMIT, STORY_LIMIT
from .tables import respond

router = APIRouter(tags=["corpus"])
Format = Optional[Literal["json", "csv"]]
_LIMIT = Query(ROW_LIMIT, ge=1, le=5000, description="at most this many rows")


class Corpus:
    """The store the server was started with; `ask` puts one of newsfacts.corpus.queries to it."""

    def __init__(self, db: str):
        from ..corpus.queries import open_store

        self.db = db
        self.store = open_store(db, create=False)

    def ask(self, question: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        """question(store, …), one of newsfacts.corpus.queries; one the corpus refuses (a name too
        long) is a 422."""
        try:
            return question(self.store, *args, **kw)
        except queries.QueryError as err:
            raise HTTPException(422, str(err)) from None

    def actor(self, actor_id: str, limit: int = ROW_LIMIT) -> dict:
        found = self.ask(queries.actor, actor_id, limit=limit)
        if found is None:
            raise HTTPException(404, f"no statements or events of {actor_id!r} in the corpus")
        return found

    def story(self, story_id: int) -> dict:
        found = self.ask(queries.story, story_id)
        if found is None:
            raise HTTPException(404, f"no story {story_id} in the corpus")
        return dict(found, timeline=self.ask(queries.timeline, story_id))

    def dispose(self) -> None:
        self.store.dispose()


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
    return corpus.ask(queries.articles, limit=limit, q=q or None, since=since or None, until=until or None)


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
    found = corpus_of(request).ask(queries.article, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r} in the corpus")
    return respond(found, [found], fmt(request, format), f"article-{article_id}")


@router.get("/quotes", summary="Statements by a speaker, on or after since")
@router.get("/quotes.csv", include_in_schema=False)
def quotes(request: Request, speaker: str = Query(..., min_length=1, description="surface form or canonical name"),
           since: Optional[str] = Query(None, description="YYYY-MM-DD"), limit: int = _LIMIT,
           format: Format = None) -> Response:
    rows = corpus_of(request).ask(queries.quotes, speaker, since=since, limit=limit)
    return respond(rows, rows, fmt(request, format), "quotes")


@router.get("/events", summary="Events with an actor as source or target, optionally of one type")
@router.get("/events.csv", include_in_schema=False)
def events(request: Request, actor: str = Query(..., min_length=1, description="country code (USA) or actor name"),
           type: Optional[str] = Query(None, description="PLOVER type such as ACCUSE"), limit: int = _LIMIT,
           format: Format = None) -> Response:
    rows = corpus_of(request).ask(queries.events, actor, type=type, limit=limit)
    return respond(rows, rows, fmt(request, format), "events")


@router.get("/actors/{actor_id}", summary="An actor's statements and events on a timeline")
@router.get("/actors/{actor_id}.csv", include_in_schema=False)
def actor(request: Request, actor_id: str, limit: int = _LIMIT, format: Format = None) -> Response:
    found = corpus_of(request).actor(actor_id, limit)
    return respond(found, found.get("timeline") or [], fmt(request, format), f"actor-{actor_id}")


@router.get("/stories", summary="Stories: articles about the same events")
@router.get("/stories.csv", include_in_schema=False)
def stories(request: Request, min_articles: int = Query(2, ge=1, le=MAX_ROW_ID), limit: int = Query(STORY_LIMIT, ge=1, le=5000),
            format: Format = None) -> Response:
    rows = corpus_of(request).ask(queries.stories, min_articles=min_articles, limit=limit)
    return respond(rows, rows, fmt(request, format), "stories")


@router.get("/stories/{story_id}", summary="One story: its articles and timeline")
@router.get("/stories/{story_id}.csv", include_in_schema=False)
def story(request: Request, story_id: int = Path(ge=0, le=MAX_ROW_ID), format: Format = None) -> Response:
    found = corpus_of(request).story(story_id)
    return respond(found, found["timeline"], fmt(request, format), f"story-{story_id}")
