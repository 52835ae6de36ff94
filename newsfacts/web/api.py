"""POST /analyze: a JSON body (text, html or url) or a multipart upload to the JSON that
`newsfacts analyze --format json` prints: one object, or a list when an upload holds several.
"""
from __future__ import annotations

from typing import Any, Optional

from fastapi import APIRouter, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .. import InputError, Options
from .fetch import FetchError, check_url
from .inputs import Payload, analyze_payload
from .limits import Settings
from .runner import AnalysisTimeout, Runner, ServerBusy

router = APIRouter()


class AnalyzeRequest(BaseModel):
    """One article to analyse: exactly one of text, html or url."""

    model_config = ConfigDict(extra="forbid")

    text: Optional[str] = Field(None, description="a raw article: title on the first line, then byline and body")
    html: Optional[str] = Field(None, description="an HTML page; the main text is extracted")
    url: Optional[str] = Field(None, description="an http(s) page to fetch (only when the server allows it)")
    published_at: Optional[str] = Field(None, description="ISO time; wins over a date found in the input",
                                        examples=["2025-05-16T21:08:05+08:00"])

    @model_validator(mode="after")
    def _one_input(self) -> "AnalyzeRequest":
        given = [name for name in ("text", "html", "url") if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError(f"give exactly one of text, html or url (got {', '.join(given) or 'none'})")
        return self


_UPLOAD_SCHEMA = {
    "type": "object",
    "properties": {
        "file": {"type": "string", "format": "binary", "description": "a .txt, .html or .json/.jsonl file"},
        "text": {"type": "string", "description": "pasted text, when no file is sent"},
        "published_at": {"type": "string"},
    },
}
_OPENAPI = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": AnalyzeRequest.model_json_schema()},
            "multipart/form-data": {"schema": _UPLOAD_SCHEMA},
        },
    },
    "responses": {
        "200": {"description": "the analysis: `Analysis.to_dict()` (a list when an upload holds several articles)"},
        "403": {"description": "url given but URL fetching is off"},
        "413": {"description": "request body over the size limit"},
        "415": {"description": "neither JSON nor multipart"},
        "422": {"description": "bad JSON, unknown fields, or input that cannot be analysed"},
        "502": {"description": "the URL could not be fetched"},
        "503": {"description": "too many analyses waiting"},
        "504": {"description": "the analysis (or the fetch) took longer than the limit"},
    },
}


@router.post("/analyze", summary="Analyse one article", openapi_extra=_OPENAPI, response_model=None,
             tags=["analysis"])
async def analyze(request: Request) -> JSONResponse:
    """Send JSON `{"text": …}`, `{"html": …}` or `{"url": …}` (optional `published_at`), or a
    multipart form with a `file` (or `text`) field. Returns exactly the JSON of
    `newsfacts analyze --format json`."""
    payload, published_at = await read_request(request)
    records = await run_analysis(request, payload, published_at)
    return JSONResponse(records[0] if len(records) == 1 else records)


async def read_request(request: Request) -> tuple[Payload, Optional[str]]:
    """The payload and publication time of a JSON or multipart request; 415/422 when malformed."""
    settings: Settings = request.app.state.settings
    kind = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    if kind == "application/json" or kind.endswith("+json"):
        return _from_json(await request.body(), settings)
    if kind in ("multipart/form-data", "application/x-www-form-urlencoded"):
        return await _from_form(request, settings)
    raise HTTPException(415, "send application/json ({\"text\": …}) or multipart/form-data (a file field)")


def _from_json(body: bytes, settings: Settings) -> tuple[Payload, Optional[str]]:
    try:
        model = AnalyzeRequest.model_validate_json(body)
    except ValidationError as err:
        raise RequestValidationError(_errors(err), body=body.decode("utf-8", "replace")[:200]) from None
    if model.url is not None:
        if not settings.allow_url_fetch:
            raise HTTPException(403, "URL fetching is off on this server (start it with --allow-url-fetch); "
                                     "send the page as html or text instead")
        try:
            check_url(model.url)
        except FetchError as err:
            raise HTTPException(err.status, err.reason) from None
    return Payload(text=model.text, html=model.html, url=model.url), model.published_at


async def _from_form(request: Request, settings: Settings) -> tuple[Payload, Optional[str]]:
    try:
        form = await request.form(max_files=1, max_fields=10, max_part_size=settings.max_request_bytes)
    except HTTPException:
        raise
    except Exception as err:  # starlette's MultiPartException and friends: a malformed form
        raise HTTPException(422, f"malformed multipart form: {err}") from None
    unknown = sorted(set(form.keys()) - {"file", "text", "published_at"})
    if unknown:
        raise HTTPException(422, f"unknown form fields: {', '.join(unknown)} (expected file, text, published_at)")
    upload, text = form.get("file"), form.get("text")
    published = form.get("published_at")
    published = published if isinstance(published, str) and published.strip() else None
    if upload is not None and not isinstance(upload, str) and getattr(upload, "filename", None):
        data = await upload.read()
        return Payload(data=data, filename=upload.filename), published
    if isinstance(text, str) and text.strip():
        return Payload(text=text), published
    raise HTTPException(422, "the form holds neither a file nor text")


def _errors(err: ValidationError) -> list[dict[str, Any]]:
    """pydantic's errors, JSON-safe (the context of a validator error holds the exception)."""
    out = []
    for e in err.errors(include_url=False):
        e = dict(e)
        if "ctx" in e:
            e["ctx"] = {k: str(v) for k, v in e["ctx"].items()}
        if isinstance(e.get("input"), (bytes, bytearray)):  # a body that is not UTF-8 (b'\x80')
            e["input"] = bytes(e["input"][:200]).decode("utf-8", "replace")
        out.append(e)
    return out


async def run_analysis(request: Request, payload: Payload, published_at: Optional[str]) -> list[dict]:
    """Analyse in the runner's lane for the input's size; map the library's failures to HTTP errors."""
    from .. import make_options

    settings: Settings = request.app.state.settings
    runner: Runner = request.app.state.runner
    try:
        options = make_options(published_at=published_at, max_bytes=settings.max_request_bytes)
    except InputError as err:
        raise HTTPException(422, f"published_at: {err.reason}") from None
    try:
        return await runner.run(_analyze, payload, options, settings, large=_is_large(payload, settings))
    except InputError as err:
        raise HTTPException(422, str(err)) from None
    except FetchError as err:
        raise HTTPException(err.status, err.reason) from None
    except AnalysisTimeout:
        raise HTTPException(504, f"the analysis took longer than {settings.analysis_timeout_s:g} s") from None
    except ServerBusy:
        raise HTTPException(503, "too many analyses waiting; try again shortly",
                            headers={"Retry-After": "5"}) from None


def _is_large(payload: Payload, settings: Settings) -> bool:
    size = len(payload.data or b"") + len((payload.text or payload.html or "").encode("utf-8", "surrogatepass"))
    return size > settings.large_input_bytes


def _analyze(payload: Payload, options: Options, settings: Settings) -> list[dict]:
    return analyze_payload(payload, options, settings.fetch_policy)


