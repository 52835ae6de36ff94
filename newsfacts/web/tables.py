"""Query results (lists of plain dicts) to the responses a route gives: JSON, or CSV with one
column per key and nested values written as JSON.
"""
from __future__ import annotations

import csv
import io
import json
from urllib.parse import quote
from datetime import date, datetime
from typing import Any, Iterable

from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response

from .. import csvsafe


def csv_text(rows: Iterable[dict]) -> str:
    """CSV with a header of every key, in the order keys first appear."""
    rows = list(rows)
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(list(columns))
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return out.getvalue()


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(jsonable_encoder(value), ensure_ascii=False)
    return csvsafe.cell(value)


def respond(data: Any, rows: list[dict], fmt: str, name: str) -> Response:
    """data as JSON, or rows as CSV when fmt is csv."""
    if fmt == "csv":
        return Response(csv_text(rows), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": content_disposition(name + ".csv")})
    return JSONResponse(jsonable_encoder(data))


def content_disposition(filename: str) -> str:
    """An inline Content-Disposition for any name: an ASCII fallback, and the name itself in
    RFC 5987 form (a header must be Latin-1; actor ids are Chinese, and may hold control bytes)."""
    fallback = "".join(c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in filename)
    return f"inline; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"
