"""The web application: `create_app(db, settings)` builds the FastAPI app (REST API, pages, static
files, limits); `serve(...)` runs it with uvicorn. Imported only by `newsfacts serve` and tests.
"""
from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from pathlib import Path
from typing import AsyncIterator, Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from .limits import SecurityHeaders, Settings, SizeLimit
from .runner import Runner

HERE = Path(__file__).resolve().parent


def create_app(db: Optional[str] = None, settings: Settings = Settings()) -> FastAPI:
    """The app; with db (a SQLite path or PostgreSQL URL) the corpus routes and pages answer."""
    from . import api, corpus_routes, pages

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.warm_up:
            await asyncio.get_running_loop().run_in_executor(None, app.state.runner.warm_up, _warm_up)
        yield
        app.state.runner.shutdown()
        if app.state.corpus is not None:
            app.state.corpus.dispose()

    app = FastAPI(title="newsfacts", version=__version__, lifespan=lifespan,
                  description="Chinese news articles to checked, structured records: who said what, who did "
                              "what to whom, and whether the headline holds up. `POST /analyze` returns the "
                              "JSON of `newsfacts analyze --format json`; the corpus routes answer when the "
                              "server was started with `--db`, as JSON or (`.csv` suffix, `?format=csv`) CSV.")
    app.state.settings = settings
    app.state.runner = Runner(settings)
    app.state.corpus = corpus_routes.Corpus(db) if db else None
    app.add_middleware(SizeLimit, limit=settings.max_request_bytes)
    if "*" not in settings.allowed_hosts:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware, allowed_hosts=[_bare(h) for h in settings.allowed_hosts])
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(corpus_routes.router)
    app.include_router(pages.router)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    return app


def _warm_up() -> None:
    """One tiny analysis, so the first real request does not pay for loading the models."""
    from .. import analyze_text

    analyze_text("标题\n\n新华社北京电 外交部发言人周一表示，中方欢迎各方对话。")


def _wants_html(request: Request) -> bool:
    path = request.url.path
    return path == "/" or path.startswith("/browse")


async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
    if _wants_html(request):
        from .pages import error_page

        return error_page(request, exc.status_code, str(exc.detail))
    return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)


async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
    from fastapi.encoders import jsonable_encoder

    if _wants_html(request):
        from .pages import error_page

        message = "; ".join(f"{'.'.join(map(str, e.get('loc', ())))}: {e.get('msg')}" for e in exc.errors())
        return error_page(request, 422, message)
    return JSONResponse({"detail": jsonable_encoder(exc.errors())}, status_code=422)


def _bare(host: str) -> str:
    """A host as TrustedHostMiddleware compares it: IPv6 without brackets."""
    return host[1:-1] if host.startswith("[") and host.endswith("]") else host


def serve(db: Optional[str] = None, host: str = "127.0.0.1", port: int = 8000, allow_url_fetch: bool = False,
          allowed_hosts: tuple[str, ...] = ()) -> int:
    """Run the app with uvicorn until interrupted; it answers Host headers naming localhost, the
    address it listens on, and allowed_hosts."""
    import uvicorn

    hosts = tuple(dict.fromkeys(Settings.allowed_hosts + (host,) + tuple(allowed_hosts)))
    app = create_app(db, Settings(allow_url_fetch=allow_url_fetch, warm_up=True, allowed_hosts=hosts))
    uvicorn.run(app, host=host, port=port, log_level="info")
    return 0
