"""What a request carries (pasted text, HTML, an uploaded file, a URL) to analysed records, read
exactly as `newsfacts analyze` reads a file or standard input; runs in a worker thread."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional
from urllib.parse import urlsplit

# The bytes of an upload go through the very path the CLI takes for a file (suffix, decoding,
# sniffing, the --published-at stamp).
from .. import Article, Failure, InputError, Options, article_from_string, articles_from_bytes
from .fetch import FetchPolicy, fetch


@dataclass
class Payload:
    """One request's input: exactly one of text, html, data (an upload) or url."""

    text: Optional[str] = None
    html: Optional[str] = None
    data: Optional[bytes] = None
    filename: Optional[str] = None
    url: Optional[str] = None


def analyze_payload(payload: Payload, options: Options, policy: FetchPolicy = FetchPolicy()) -> list[dict]:
    """The records of every article in the input (one for text and HTML; a JSON Lines upload may
    hold several); InputError when none could be read, FetchError when a URL cannot be fetched."""
    from .. import analyze_article

    articles, failures = read_payload(payload, options, policy)
    if not articles:
        reason = "; ".join(f.reason for f in failures[:3]) or "no article in input"
        raise InputError(failures[0].source if failures else payload.filename, reason)
    return [analyze_article(a, options).to_dict() for a in articles]


def read_payload(payload: Payload, options: Options,
                 policy: FetchPolicy = FetchPolicy()) -> tuple[list[Article], list[Failure]]:
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
        data, content_type, final_url = fetch(payload.url, policy)
        source = payload.url
        suffix = ".html" if "html" in (content_type or "").lower() else _suffix(urlsplit(final_url).path)
    else:
        raise InputError(None, "nothing to analyse: give text, html, a file or a url")
    results = articles_from_bytes(data, source, options, suffix)
    articles = [r for r in results if isinstance(r, Article)]
    if payload.url is not None:
        for article in articles:
            article.url = article.url or payload.url
    return articles, [r for r in results if isinstance(r, Failure)]


def _suffix(name: Optional[str]) -> str:
    if not name or "." not in name.rsplit("/", 1)[-1]:
        return ""
    return "." + name.rsplit(".", 1)[-1].lower()
