"""Shared test helpers: short articles written for these tests, a document with given entities, the events of a
short passage, and the path to ../shared."""
from __future__ import annotations

from pathlib import Path

import pytest

import newsfacts
from newsfacts.model import Analysis, Article, Entity, Span

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

ARTICLE = """突发！两国外长深夜通话，局势或将出现转机

观海听涛 2025年3月7日 21:30

外交部长王毅周四与法国外长通了电话，双方就乌克兰局势交换了意见。

王毅表示，中方始终站在和平一边。“对话是唯一出路，”他说，“我们愿意发挥建设性作用。”

法方为何改变态度

法国外长称，巴黎支持一切有助于停火的努力。

0 阅读:0
观海听涛

观海听涛

感谢大家的关注
"""


@pytest.fixture
def article_text() -> str:
    return ARTICLE


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available (../shared is absent on this machine)")
    return path


def entity_doc(text: str, *names: tuple) -> Analysis:
    """A document of `text` with one entity per (name, type[, id]); its mentions are every occurrence of the
    name not inside a longer listed name."""
    doc = Analysis(article=Article(text=text), norm_text=text)
    taken: list[tuple[int, int]] = []
    for name, kind, *ident in sorted(names, key=lambda n: -len(n[0])):
        entity = Entity(name=name, type=kind, id=ident[0] if ident else None)
        at = text.find(name)
        while at >= 0:
            if not any(s <= at < e for s, e in taken):
                entity.mentions.append(Span(at, at + len(name), name))
                taken.append((at, at + len(name)))
            at = text.find(name, at + 1)
        doc.entities.append(entity)
    doc.entities.sort(key=lambda e: e.mentions[0].start)
    return doc


def record_of(body: str) -> dict:
    """The analysis record of a one-paragraph article under a placeholder title, with no publication date."""
    return newsfacts.analyze_text("测试标题\n\n" + body).to_dict()


def quote_triples(body: str) -> list[tuple[str, str, str]]:
    """(speaker, cue, content) of each quote of a one-paragraph article (no publication date)."""
    return [(q["speaker"], q["cue"], q["content"]) for q in record_of(body)["quotes"]]


def events_of(body: str) -> list[tuple]:
    """(type, source, target) of each event of a one-paragraph article under a placeholder title."""
    record = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()
    return [(e["type"], e["source"], e["target"]) for e in record["events"]]


def untold_of(body: str) -> list[tuple]:
    """(type, source, target, modality) of each act the article tells but does not assert (hypothetical_events)."""
    record = newsfacts.analyze_text("测试标题\n\n" + body, published_at="2025-04-19T10:00:00").to_dict()
    return [(e["type"], e["source"], e["target"], e["modality"]) for e in record["hypothetical_events"]]
