"""The web layer: a REST API and server-rendered pages over the library (`newsfacts serve`).
FastAPI, uvicorn and Jinja2 are imported only here, so `newsfacts analyze` never loads them.
"""
from __future__ import annotations

from typing import Any


def create_app(*args: Any, **kwargs: Any):
    """See `newsfacts.web.app.create_app`."""
    from .app import create_app as build

    return build(*args, **kwargs)


__all__ = ["create_app"]
