"""What a request carries (pasted text, HTML, an uploaded file, a URL) to analysed records, read
exactly as `newsfacts analyze` reads a file or standard input; runs in a worker thread."""
from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass, replace
from typing import Optional
from urllib.parse import urlsplit

from .. import __version__
from ..errors import InputError
# The bytes of an upload go through the very path the CLI takes for a file (suffix, decoding,
# sniffing, the --published-at stamp).
from ..ingest import Failure, article_from_string, articles_from_bytes
from ..model import Article, Options

USER_AGENT = f"newsfacts/{__version__} (fetching one article to analyse)"


@dataclass
class Payload:
    """One request's input: exactly one of text, html, data (an upload) or url."""

    text: Optional[str] = None
    html: Optional[str] = None
    data: Optional[bytes] = None
    filename: Optional[str] = None
    url: Optional[str] = None


class FetchError(Exception):
    """A URL that could not be fetched: status says how the server answers (502, 504, 422)."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status
        self.reason = reason


def analyze_payload(payload: Payload, options: Options, fetch_timeout_s: float = 10.0,
                    fetch_max_bytes: int = 5_000_000) -> list[dict]:
    """The records of every article in the input (one for text and HTML; a JSON Lines upload may
    hold several); InputError when none could be read, FetchError when a URL cannot be fetched."""
    from ..pipeline import analyze_article

    articles, failures = read_payload(payload, options, fetch_timeout_s, fetch_max_bytes)
    if not articles:
        reason = "; ".join(f.reason for f in failures[:3]) or "no article in input"
        raise InputError(failures[0].source if failures else payload.filename, reason)
    return [analyze_article(a, options).to_dict() for a in articles]


def read_payload(payload: Payload, options: Options, fetch_timeout_s: float = 10.0,
                 fetch_max_bytes: int = 5_000_000) -> tuple[list[Article], list[Failure]]:
    """The Articles in a payload and the Failures (input + reason) of what could not be read."""
    if payload.html is not None:
        try:
            return [article_from_string(payload.html, None, replace(options, input_format="html"))], []
        except InputError as err:
            return [], [Failure(err.source, err.reason)]
    if payload.text is not None:
        data, source, suffix = payload.text.encode("utf-8"), None, ""
    elif payload.data is not None:
        data, source, suffix = payload.data, payload.filename or "<upload>", _suffix(payload.filename)
    elif payload.url is not None:
        data, content_type = fetch(payload.url, fetch_timeout_s, fetch_max_bytes)
        source = payload.url
        suffix = ".html" if "html" in (content_type or "").lower() else _suffix(urlsplit(payload.url).path)
    else:
        raise InputError(None, "nothing to analyse: give text, html, a file or a url")
    results = articles_from_bytes(data, source, options, suffix)
    articles = [r for r in results if isinstance(r, Article)]
    if payload.url is not None:
        for article in articles:
            article.url = article.url or payload.url
    return articles, [r for r in results if isinstance(r, Failure)]


def check_url(url: str) -> None:
    """Only absolute http(s) URLs are fetched."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(url, "not an http(s) URL")


def fetch(url: str, timeout_s: float, max_bytes: int) -> tuple[bytes, Optional[str]]:
    """The body and content type at url, read up to max_bytes; FetchError when it cannot be had."""
    check_url(url)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.9, */*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:  # noqa: S310 (scheme checked)
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(502, f"the page is over the fetch limit of {max_bytes:,} bytes")
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise FetchError(502, f"the page is over the fetch limit of {max_bytes:,} bytes")
            return data, response.headers.get("Content-Type")
    except FetchError:
        raise
    except urllib.error.HTTPError as err:
        raise FetchError(502, f"the server answered HTTP {err.code} {err.reason}") from None
    except (TimeoutError, OSError) as err:
        reason = getattr(err, "reason", err)
        if isinstance(err, TimeoutError) or isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise FetchError(504, f"fetching the URL took longer than {timeout_s:g} s") from None
        raise FetchError(502, f"cannot fetch the URL: {reason}") from None


def _suffix(name: Optional[str]) -> str:
    if not name or "." not in name.rsplit("/", 1)[-1]:
        return ""
    return "." + name.rsplit(".", 1)[-1].lower()
