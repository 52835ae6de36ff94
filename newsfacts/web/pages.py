"""The server-rendered pages: paste or upload an article and read its analysis, and browse the
corpus (articles with filters, an actor's statements and events, a story's timeline).
"""
from __future__ import annotations

import time
from pathlib import Path as FilePath
from typing import Any, Optional

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from ..corpus import queries
from ..corpus.queries import MAX_ROW_ID
from .view import page_model

HERE = FilePath(__file__).resolve().parent

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.globals["verdict_order"] = ("supported", "overstated", "unsupported")


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("has_corpus", getattr(request.app.state, "corpus", None) is not None)
    return templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, code=status, message=message)


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    return render(request, "analyze.html", form={})


@router.post("/", response_class=HTMLResponse)
async def analyze_page(request: Request) -> HTMLResponse:
    """The form (multipart: text or file, published_at) analysed and shown, or the error on the form."""
    from .api import _from_form, run_analysis

    form: dict[str, Any] = {}
    try:
        payload, published_at = await _from_form(request, request.app.state.settings)
        form = {"text": payload.text or "", "published_at": published_at or "", "filename": payload.filename}
        began = time.perf_counter()
        records = await run_analysis(request, payload, published_at)
        analysed_ms = (time.perf_counter() - began) * 1000
    except HTTPException as err:
        return render(request, "analyze.html", status=err.status_code, form=form, error=str(err.detail))
    began = time.perf_counter()
    model = page_model(records[0])
    response = render(request, "analyze.html", form=form, more=len(records) - 1, analysed_ms=analysed_ms,
                      **model)
    response.headers["Server-Timing"] = (f"analysis;dur={analysed_ms:.1f}, "
                                         f"render;dur={(time.perf_counter() - began) * 1000:.1f}")
    return response


# --- the corpus ---------------------------------------------------------------------------------

def _corpus(request: Request):
    from .corpus_routes import corpus_of

    return corpus_of(request)


@router.get("/browse", response_class=HTMLResponse)
@router.get("/browse/articles", response_class=HTMLResponse)
def browse_articles(request: Request, q: Optional[str] = None, since: Optional[str] = None,
                    until: Optional[str] = None, actor: Optional[str] = None,
                    limit: int = Query(100, ge=1, le=1000)) -> Response:
    """The article list with its filters; an actor filter goes to that actor's page."""
    from fastapi.responses import RedirectResponse

    from .corpus_routes import list_articles

    corpus = _corpus(request)
    if actor and actor.strip():
        return RedirectResponse(request.url_for("browse_actor", actor_id=actor.strip()), status_code=303)
    rows = list_articles(corpus, q, since, until, limit)
    stories = corpus.ask(queries.stories, limit=20)
    return render(request, "articles.html", rows=rows, note=None, stories=stories,
                  filters={"q": q or "", "since": since or "", "until": until or ""})


@router.get("/browse/articles/{article_id}", response_class=HTMLResponse)
def browse_article(request: Request, article_id: str) -> HTMLResponse:
    found = _corpus(request).ask(queries.article, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r} in the corpus")
    record = found.get("analysis") or {}
    text = found.get("text") or record.get("text")
    model = page_model(dict(record, text=text), text) if text else {}
    return render(request, "article.html", article=found, **model)


@router.get("/browse/actors/{actor_id}", response_class=HTMLResponse)
def browse_actor(request: Request, actor_id: str) -> HTMLResponse:
    found = _corpus(request).actor(actor_id)
    return render(request, "actor.html", actor=found, days=_by_day(found.get("timeline") or []))


@router.get("/browse/stories/{story_id}", response_class=HTMLResponse)
def browse_story(request: Request, story_id: int = Path(ge=0, le=MAX_ROW_ID)) -> HTMLResponse:
    found = _corpus(request).story(story_id)
    return render(request, "story.html", story=found, days=_by_day(found.get("timeline") or []))


def _by_day(items: list[dict]) -> list[tuple[str, list[dict]]]:
    """Timeline items grouped by date, in order; undated ones last."""
    days: dict[str, list[dict]] = {}
    for item in items:
        days.setdefault(item.get("date") or "undated", []).append(item)
    return list(days.items())
