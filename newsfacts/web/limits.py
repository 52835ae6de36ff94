"""What protects the server: its settings, a request-size cap (413) applied while the body streams
in, allowed Host headers and the security headers on every answer. The analysis runner is runner.py.
"""
from __future__ import annotations

from dataclasses import dataclass

from starlette.exceptions import HTTPException
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .fetch import FetchPolicy


@dataclass(frozen=True)
class Settings:
    """Everything an operator can tune; passed to `create_app`."""

    max_request_bytes: int = 2_000_000  # whole request body, JSON or upload
    analysis_timeout_s: float = 60.0  # the caller gets a 504 after this (a large input's worker is killed)
    analysis_workers: int = 2  # analyses of small inputs run at once, in threads
    max_pending: int = 16  # analyses running or queued; past this a request gets 503
    # Inputs over this many bytes go to their own worker process,
    # one at a time: they never hold up a small article, and one that overruns is killed.
    large_input_bytes: int = 50_000
    allow_url_fetch: bool = False  # POST /analyze {"url": …} fetches only when this is on
    fetch_timeout_s: float = 10.0  # the whole fetch, redirects and slow pages included
    fetch_max_bytes: int = 5_000_000
    fetch_allow: tuple[str, ...] = ()  # non-public addresses ("ip" or "ip:port") that may still be fetched
    warm_up: bool = False  # load the models at start-up instead of on the first request
    # Host headers answered (DNS rebinding: a page elsewhere must not reach a local server by a
    # name that points here); `serve --host H` adds H, `--allowed-host` adds more, "*" allows any.
    allowed_hosts: tuple[str, ...] = ("localhost", "127.0.0.1", "::1")


    @property
    def fetch_policy(self) -> FetchPolicy:
        return FetchPolicy(self.fetch_timeout_s, self.fetch_max_bytes, self.fetch_allow)


class RequestTooLarge(HTTPException):
    def __init__(self, limit: int):
        super().__init__(413, f"request body over the limit of {limit:,} bytes")


class SizeLimit:
    """ASGI middleware: a 413 for a body over `limit` bytes, whether declared or streamed."""

    def __init__(self, app: ASGIApp, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _too_large(self.limit, scope, receive, send)
            return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise RequestTooLarge(self.limit)
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except RequestTooLarge:
            if started:
                raise
            await _too_large(self.limit, scope, receive, send)


async def _too_large(limit: int, scope: Scope, receive: Receive, send: Send) -> None:
    detail = RequestTooLarge(limit).detail
    if scope.get("path") == "/":  # the page's form: answer with a page, not JSON
        body = (f"<!doctype html><meta charset=utf-8><title>413 · newsfacts</title><h1>Too large</h1>"
                f"<p>The {detail}. Paste a shorter article.</p><p><a href=\"/\">Back</a></p>")
        response: Response = HTMLResponse(body, status_code=413, headers={"Connection": "close"})
    else:
        response = JSONResponse({"detail": detail}, status_code=413, headers={"Connection": "close"})
    await response(scope, receive, send)


# What every answer carries: no framing by other sites, no content sniffing, no referrer leak, and
# (for our own pages; /docs loads Swagger UI's script from its CDN) only our own scripts and styles.
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
CONTENT_SECURITY_POLICY = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                           "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
_THIRD_PARTY_PAGES = ("/docs", "/redoc")


class SecurityHeaders:
    """ASGI middleware: the headers above on every response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        strict = not str(scope.get("path", "")).startswith(_THIRD_PARTY_PAGES)

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                present = {k.lower() for k, _ in headers}
                extra = dict(SECURITY_HEADERS, **({"Content-Security-Policy": CONTENT_SECURITY_POLICY} if strict else {}))
                headers += [(k.lower().encode(), v.encode()) for k, v in extra.items() if k.lower().encode() not in present]
                message = dict(message, headers=headers)
            await send(message)

        await self.app(scope, receive, with_headers)
