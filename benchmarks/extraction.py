"""Chinese web pages (zh_web_content_extraction) to extraction scores: trafilatura alone vs parse_html.

Scores main-text character F1, author and date accuracy and time per page; prints a table or JSON.
"""
from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import time
from collections import Counter
from pathlib import Path
from statistics import mean
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "pages" / "zh_web_content_extraction"
sys.path.insert(0, str(ROOT))

# Gold author/date files say UNKNOWN (once misspelt), are empty, or hold no date at all: no gold.
_NO_GOLD = {"", "unknown", "unknwon", "none", "n/a"}
_GOLD_DATE = re.compile(r"^\s*((?:19|20)\d{2})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")
_NAME_SPLIT = re.compile(r"[\s、，,;；/|]+")


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--data", type=Path, default=DATA, help="dataset folder (original/, cleaned/, author/, date/)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages (0 = all)")
    parser.add_argument("--show", action="store_true", help="list each page's author/date answers")
    args = parser.parse_args(argv)
    if not (args.data / "original").is_dir():
        print("skipped: ../shared not found")
        return 0
    logging.disable(logging.CRITICAL)
    pages = load_pages(args.data, args.limit)
    if not pages:
        print(f"skipped: no page in {args.data / 'original'} has a cleaned/ text")
        return 0
    results = {name: run_system(pages, system) for name, system in SYSTEMS.items()}
    report = {
        "dataset": str(args.data),
        "pages": len(pages),
        "pages_with_gold_author": sum(1 for p in pages if p["author"] is not None),
        "pages_with_gold_date": sum(1 for p in pages if p["date"] is not None),
        "systems": {name: summary(r) for name, r in results.items()},
    }
    if args.show:
        show(pages, results)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print_table(report)
    return 0


def load_pages(data: Path, limit: int = 0) -> list[dict]:
    """original/<id>.html paired with cleaned/<id>.txt, author/<id>.txt and date/<id>.txt."""
    pages = []
    for html in sorted((data / "original").glob("*.html")):
        key = html.stem
        cleaned = data / "cleaned" / f"{key}.txt"
        if not cleaned.exists():
            continue
        pages.append({
            "id": key,
            "html": html.read_bytes(),
            "gold_text": cleaned.read_text(encoding="utf-8", errors="replace"),
            "author": gold_author(_read(data / "author" / f"{key}.txt")),
            "date": gold_date(_read(data / "date" / f"{key}.txt")),
        })
        if limit and len(pages) >= limit:
            break
    return pages


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace").strip() if path.exists() else ""


def gold_author(raw: str) -> Optional[frozenset]:
    return None if raw.strip().lower() in _NO_GOLD else names(raw)


def names(raw: Optional[str]) -> Optional[frozenset]:
    """A set of normalised names: separators split, bracketed asides such as (Joel Spolsky) removed."""
    if not raw:
        return None
    raw = re.sub(r"[（(][^）)]*[）)]", " ", raw)
    found = frozenset(n.lower() for n in _NAME_SPLIT.split(raw) if n)
    return found or None


def gold_date(raw: str) -> Optional[tuple[int, ...]]:
    """(year[, month[, day]]) as far as the gold states it; None when it states no date."""
    match = _GOLD_DATE.match(raw)
    if raw.strip().lower() in _NO_GOLD or not match:
        return None
    return tuple(int(g) for g in match.groups() if g)


def trafilatura_alone(data: bytes | str) -> dict:
    """Plain trafilatura.extract for the text, extract_metadata for author and date."""
    import trafilatura

    text = trafilatura.extract(data) or ""
    tree = trafilatura.load_html(data)
    meta = trafilatura.extract_metadata(tree) if tree is not None else None
    date = None
    if meta is not None and meta.date:
        match = _GOLD_DATE.match(meta.date)
        date = tuple(int(g) for g in match.groups() if g) if match else None
    return {"text": text, "author": meta.author if meta is not None else None, "date": date}


def trafilatura_on_our_decoding(data: bytes) -> dict:
    """The same, given the page as newsfacts decodes it: separates decoding from extraction."""
    from newsfacts.errors import InputError
    from newsfacts.ingest.html import _decode

    try:
        return trafilatura_alone(_decode(data, "benchmark"))
    except InputError:
        return {"text": "", "author": None, "date": None}


def newsfacts_parse(data: bytes) -> dict:
    from newsfacts.nlp.dates import CHINA_TZ
    from newsfacts.errors import InputError
    from newsfacts.ingest.html import parse_html

    try:
        article = parse_html(data, source="benchmark")
    except InputError:
        return {"text": "", "author": None, "date": None}
    body = article.text[article.title.end:] if article.title else article.text
    date = None
    if article.published_at:
        local = article.published_at.astimezone(CHINA_TZ)
        date = (local.year, local.month, local.day)
    return {"text": body, "author": article.author, "date": date}


SYSTEMS = {"trafilatura": trafilatura_alone, "trafilatura_decoded": trafilatura_on_our_decoding,
           "newsfacts": newsfacts_parse}
HEADERS = {"trafilatura": "trafilatura alone", "trafilatura_decoded": "same, our decoding", "newsfacts": "newsfacts"}


def run_system(pages: list[dict], system: Callable[[bytes], dict]) -> list[dict]:
    system(pages[0]["html"])  # warm-up: imports and caches are not timed
    out = []
    for page in pages:
        start = time.perf_counter()
        got = system(page["html"])
        got["seconds"] = time.perf_counter() - start
        out.append(got)
    for page, got in zip(pages, out):
        got["overlap"], got["pred_chars"], got["gold_chars"] = char_overlap(got["text"], page["gold_text"])
        got["author_ok"] = None if page["author"] is None else names(got["author"]) == page["author"]
        got["author_extra"] = page["author"] is None and bool(got["author"])
        got["date_ok"] = None if page["date"] is None else same_date(got["date"], page["date"])
        got["date_extra"] = page["date"] is None and got["date"] is not None
    return out


def char_overlap(pred: str, gold: str) -> tuple[int, int, int]:
    """Bag-of-characters overlap over non-whitespace characters: (common, predicted, gold)."""
    p = Counter(c for c in pred if not c.isspace())
    g = Counter(c for c in gold if not c.isspace())
    return sum((p & g).values()), sum(p.values()), sum(g.values())


def same_date(pred: Optional[tuple], gold: tuple) -> bool:
    """Same calendar day, or same month/year when the gold gives only that much."""
    return pred is not None and tuple(pred[: len(gold)]) == gold


def _f1(common: int, pred: int, gold: int) -> float:
    if not pred or not gold or not common:
        return 0.0
    precision, recall = common / pred, common / gold
    return 2 * precision * recall / (precision + recall)


def summary(rows: list[dict]) -> dict:
    common = sum(r["overlap"] for r in rows)
    pred = sum(r["pred_chars"] for r in rows)
    gold = sum(r["gold_chars"] for r in rows)
    authors = [r["author_ok"] for r in rows if r["author_ok"] is not None]
    dates = [r["date_ok"] for r in rows if r["date_ok"] is not None]
    return {
        "text_f1_micro": round(_f1(common, pred, gold), 4),
        "text_f1_macro": round(mean(_f1(r["overlap"], r["pred_chars"], r["gold_chars"]) for r in rows), 4),
        "text_precision_micro": round(common / pred, 4) if pred else 0.0,
        "text_recall_micro": round(common / gold, 4) if gold else 0.0,
        "author_accuracy": round(sum(authors) / len(authors), 4) if authors else None,
        "date_accuracy": round(sum(dates) / len(dates), 4) if dates else None,
        "author_given_without_gold": sum(r["author_extra"] for r in rows),
        "date_given_without_gold": sum(r["date_extra"] for r in rows),
        "ms_per_page": round(1000 * mean(r["seconds"] for r in rows), 1),
        "pages": len(rows),
    }


def print_table(report: dict) -> None:
    rows = [
        ("main-text char F1, micro", "text_f1_micro"),
        ("main-text char F1, macro", "text_f1_macro"),
        ("main-text char precision, micro", "text_precision_micro"),
        ("main-text char recall, micro", "text_recall_micro"),
        (f"author accuracy ({report['pages_with_gold_author']} pages with gold)", "author_accuracy"),
        (f"date accuracy, same day ({report['pages_with_gold_date']} pages with gold)", "date_accuracy"),
        ("author given where gold has none", "author_given_without_gold"),
        ("date given where gold has none", "date_given_without_gold"),
        ("time per page (ms)", "ms_per_page"),
        ("pages", "pages"),
    ]
    systems = report["systems"]
    width = max(len(label) for label, _ in rows) + 2
    print(f"{'metric':<{width}}" + "".join(f"{HEADERS[name]:>21}" for name in systems))
    for label, key in rows:
        print(f"{label:<{width}}" + "".join(f"{_cell(systems[name][key]):>21}" for name in systems))
    print("Author/date accuracy counts only pages whose gold states one; the 'given where gold has none'"
          " rows count answers on the others.\nPartial gold dates (year or year-month) are matched at"
          " the precision given; authors match when the sets of names are equal.")


def _cell(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}" if value <= 1 else f"{value:.1f}"
    return str(value)


def show(pages: list[dict], results: dict) -> None:
    for i, page in enumerate(pages):
        t, n = results["trafilatura"][i], results["newsfacts"][i]
        f_t = _f1(t["overlap"], t["pred_chars"], t["gold_chars"])
        f_n = _f1(n["overlap"], n["pred_chars"], n["gold_chars"])
        print(f"{page['id'][:8]} F1 {f_t:.2f}/{f_n:.2f} | author {_fmt(page['author'])} : {t['author']} / "
              f"{n['author']} | date {page['date']} : {t['date']} / {n['date']}", file=sys.stderr)


def _fmt(value) -> str:
    return " ".join(sorted(value)) if value else "-"


if __name__ == "__main__":
    sys.exit(main())
