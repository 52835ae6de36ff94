"""Full-text search over Chinese text: character-bigram terms we make ourselves, indexed by SQLite
FTS5 or a PostgreSQL tsvector, and queries that find any substring."""
from __future__ import annotations

# Chinese has no spaces, so a word tokenizer would need LAC at query time and miss words it cut
# differently. Instead every run of CJK characters "ABCD" is indexed as the terms "AB BC CD D";
# a query "BCD" becomes the phrase "BC CD" (adjacent terms), and a single character "C" the prefix
# query "C*". Latin letters and digits stay whole words, lower-cased. Text is normalised first
# (simplified characters, half-width letters), so traditional and simplified forms find each other.

import re
from typing import Optional

import sqlalchemy as sa

_RUN = re.compile(r"[0-9A-Za-z]+|[^\W_0-9A-Za-z]+")


def terms(text: str) -> str:
    """The indexed form of (normalised) text: space-separated bigrams and words."""
    out: list[str] = []
    for match in _RUN.finditer(text):
        run = match.group()
        if run.isascii():
            out.append(run.lower())
        else:
            out.extend(run[i:i + 2] for i in range(len(run) - 1))
            out.append(run[-1])
    return " ".join(out)


def query_runs(query: str) -> list[str]:
    """The runs of a query (normalised), each searched as one phrase."""
    from ..nlp.chinese import normalise

    return [m.group().lower() if m.group().isascii() else m.group() for m in _RUN.finditer(normalise(query))]


def create(conn: sa.Connection, dialect: str) -> None:
    """The search index: an FTS5 table on SQLite, a tsvector table with a GIN index on PostgreSQL."""
    if dialect == "sqlite":
        conn.exec_driver_sql("CREATE VIRTUAL TABLE IF NOT EXISTS article_search USING fts5(title, body, tokenize='unicode61')")
    else:
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS article_search (article_pk INTEGER PRIMARY KEY "
                             "REFERENCES articles(pk) ON DELETE CASCADE, doc TSVECTOR NOT NULL)")
        conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS article_search_doc ON article_search USING GIN (doc)")


def index(conn: sa.Connection, dialect: str, pk: int, search: dict) -> None:
    """Index one article: search = {"title": terms, "body": terms}."""
    params = {"pk": pk, "title": search.get("title", ""), "body": search.get("body", "")}
    conn.execute(_INSERT[dialect], params)


_INSERT = {
    "sqlite": sa.text("INSERT INTO article_search (rowid, title, body) VALUES (:pk, :title, :body)"),
    "postgresql": sa.text("INSERT INTO article_search (article_pk, doc) VALUES (:pk, "
                          "setweight(to_tsvector('simple', :title), 'A') || to_tsvector('simple', :body))"),
}


def unindex(conn: sa.Connection, dialect: str, pk: int) -> None:
    column = "rowid" if dialect == "sqlite" else "article_pk"
    conn.execute(sa.text(f"DELETE FROM article_search WHERE {column} = :pk"), {"pk": pk})


def match_expression(runs: list[str], dialect: str) -> Optional[str]:
    """The FTS5 MATCH string or PostgreSQL tsquery for the runs (all must occur); None if empty."""
    parts = []
    for run in runs:
        if run.isascii():
            parts.append(f'"{run}"' if dialect == "sqlite" else f"'{run}'")
        elif len(run) == 1:
            parts.append(f'"{run}"*' if dialect == "sqlite" else f"'{run}':*")
        else:
            grams = [run[i:i + 2] for i in range(len(run) - 1)]
            parts.append('"' + " ".join(grams) + '"' if dialect == "sqlite" else " <-> ".join(f"'{g}'" for g in grams))
    if not parts:
        return None
    return " AND ".join(parts) if dialect == "sqlite" else " & ".join(f"({p})" for p in parts)


def search(conn: sa.Connection, dialect: str, query: str, limit: int = 20) -> list[tuple[int, float]]:
    """(article pk, score) of the articles holding every run of the query, best first."""
    expression = match_expression(query_runs(query), dialect)
    if expression is None:
        return []
    if dialect == "sqlite":
        # bm25 weights: a hit in the title counts three times one in the body; lower is better
        sql = ("SELECT rowid, -bm25(article_search, 3.0, 1.0) AS score FROM article_search "
               "WHERE article_search MATCH :q ORDER BY bm25(article_search, 3.0, 1.0) LIMIT :limit")
    else:
        sql = ("SELECT article_pk, ts_rank(doc, to_tsquery('simple', :q)) AS score FROM article_search "
               "WHERE doc @@ to_tsquery('simple', :q) ORDER BY score DESC, article_pk LIMIT :limit")
    return [(int(pk), float(score)) for pk, score in conn.execute(sa.text(sql), {"q": expression, "limit": limit})]


def snippet(text: str, query: str, width: int = 40) -> Optional[str]:
    """The stretch of text around the first run of the query, with the hit in 【】; None if absent."""
    from ..nlp.chinese import normalise

    runs = query_runs(query)
    if not text or not runs:
        return None
    at = normalise(text).lower().find(runs[0])
    if at < 0:
        return None
    end = at + len(runs[0])
    before, after = max(0, at - width), min(len(text), end + width)
    return ("…" if before else "") + text[before:at] + "【" + text[at:end] + "】" + text[end:after] + ("…" if after < len(text) else "")
