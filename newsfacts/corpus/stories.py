"""Stories: articles about the same events grouped across days, and a timeline per story of dated
events and statements, each linked to the articles that report it."""
from __future__ import annotations

# Each article brings features (its content words weighted by TF-IDF, its actors, its event keys
# type:source>target). Articles are taken in publication order; an article joins the story it is
# most similar to among the stories that had an article in the last WINDOW_DAYS, when the score
# reaches THRESHOLD, or starts a new story. Near-duplicates always share a story. The score is the
# cosine of the article's term vector with the story's, scaled up by the share of the article's
# actors (weighted by rarity) the story already has, plus a small bonus for a shared event key, so
# two articles with the same actors but different subjects stay apart. Memory holds only the
# stories of the current window. No embedding model is used: none ships offline with this project,
# and the term vector plays its part (a story profile is where one would plug in).

import heapq
import json
import math
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Optional

import sqlalchemy as sa

from ..model import Analysis
from .store import Store, article_label, articles, events, quotes, stories

WINDOW_DAYS = 7  # an article joins a story only if the story had an article this recently
THRESHOLD = 0.25
PROFILE_TERMS = 60  # a story keeps its strongest terms only
_TERM_TAGS = {"n", "nz", "nw", "vn", "v", "an", "PER", "ORG", "LOC", "nr", "ns", "nt"}
_ACTOR_TYPES = {"PER", "ORG", "GPE", "LOC"}


def features(doc: Analysis) -> dict:
    """What an article brings to story grouping: term counts (title words twice), actors, event keys."""
    title = doc.article.title
    counts: Counter = Counter()
    for span, tag in doc.tokens:
        if tag in _TERM_TAGS and len(span.text) >= 2 and not span.text.isdigit():
            counts[span.text] += 2 if title and title.start <= span.start < title.end else 1
    return {
        "terms": dict(counts.most_common(40)),
        "actors": sorted({e.canonical or e.name for e in doc.entities if e.type in _ACTOR_TYPES}),
        "events": sorted({f"{e.type}:{e.source or ''}>{e.target or ''}" for e in doc.events if e.is_fact}),
    }


@dataclass
class _Story:
    id: int
    title: Optional[str]
    first_date: Optional[str]
    last_date: Optional[str]
    last_time: Optional[datetime]
    count: int = 0
    terms: dict = field(default_factory=dict)
    actors: Counter = field(default_factory=Counter)
    events: set = field(default_factory=set)
    keys: set = field(default_factory=set)  # what the inverted index holds it under


class _Grouper:
    """Streaming single pass over articles in time order; holds the current window only."""

    def __init__(self, n: int, df_terms: Counter, df_actors: Counter):
        self.n, self.df_terms, self.df_actors = n, df_terms, df_actors
        self.active: dict[int, _Story] = {}
        self.index: dict[str, set[int]] = defaultdict(set)
        self.expiry: list[tuple[datetime, int]] = []
        self.by_dup_group: dict[int, int] = {}
        self.assigned = array("q")  # pk, story id, pk, story id, ...
        self.done: list[tuple] = []  # rows for the stories table

    def idf(self, df: int) -> float:
        return math.log((self.n + 1) / (df + 1)) + 1

    def add(self, pk: int, when: Optional[datetime], day: Optional[str], group: Optional[int], feats: dict, title: Optional[str]) -> int:
        if when is not None:
            self._expire(when)
        vec = self._vector(feats.get("terms", {}))
        actors = {a: self.idf(self.df_actors[a]) for a in feats.get("actors", [])}
        story = self.active.get(self.by_dup_group.get(group, -1)) if group is not None else None
        if story is None:
            story = self._best(vec, actors, set(feats.get("events", [])))
        if story is None:
            story = _Story(pk, title, day, day, when)
            self.active[pk] = story
        self._absorb(story, vec, actors, set(feats.get("events", [])), when, day)
        if group is not None:
            self.by_dup_group.setdefault(group, story.id)
        self.assigned.extend((pk, story.id))
        return story.id

    def finish(self) -> list[tuple]:
        for story in list(self.active.values()):
            self._close(story)
        return self.done

    def _vector(self, terms: dict) -> dict:
        vec = {t: (1 + math.log(c)) * self.idf(self.df_terms[t]) for t, c in terms.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}

    def _best(self, vec: dict, actors: dict, event_keys: set) -> Optional[_Story]:
        strongest = sorted(vec, key=vec.get, reverse=True)[:10]
        candidates = set()
        for key in [f"t:{t}" for t in strongest] + [f"a:{a}" for a in actors]:
            candidates |= self.index.get(key, set())
        best, best_score = None, THRESHOLD
        for sid in candidates:
            story = self.active[sid]
            score = _score(vec, actors, event_keys, story)
            if score >= best_score:
                best, best_score = story, score
        return best

    def _absorb(self, story: _Story, vec: dict, actors: dict, event_keys: set, when, day) -> None:
        merged = dict(story.terms)
        for t, v in vec.items():
            merged[t] = merged.get(t, 0.0) + v
        story.terms = dict(sorted(merged.items(), key=lambda kv: kv[1], reverse=True)[:PROFILE_TERMS])
        story.actors.update(actors.keys())
        story.events |= event_keys
        story.count += 1
        if day and (story.last_date is None or day > story.last_date):
            story.last_date = day
        if day and (story.first_date is None or day < story.first_date):
            story.first_date = day
        if when is not None and (story.last_time is None or when > story.last_time):
            story.last_time = when
            heapq.heappush(self.expiry, (when, story.id))
        keys = {f"t:{t}" for t in story.terms} | {f"a:{a}" for a in story.actors}
        for key in keys - story.keys:
            self.index[key].add(story.id)
        story.keys |= keys

    def _expire(self, now: datetime) -> None:
        horizon = now - timedelta(days=WINDOW_DAYS)
        while self.expiry and self.expiry[0][0] < horizon:
            when, sid = heapq.heappop(self.expiry)
            story = self.active.get(sid)
            if story is not None and story.last_time == when:
                self._close(story)

    def _close(self, story: _Story) -> None:
        for key in story.keys:
            holders = self.index.get(key)
            if holders is not None:
                holders.discard(story.id)
                if not holders:
                    del self.index[key]
        del self.active[story.id]
        top = [a for a, _ in story.actors.most_common(5)]
        self.done.append((story.id, story.title, story.first_date, story.last_date, story.count, top))


def _score(vec: dict, actors: dict, event_keys: set, story: _Story) -> float:
    norm = math.sqrt(sum(v * v for v in story.terms.values())) or 1.0
    cosine = sum(v * story.terms.get(t, 0.0) for t, v in vec.items()) / norm
    total = sum(actors.values())
    shared = sum(w for a, w in actors.items() if a in story.actors) / total if total else 0.0
    return cosine * (0.6 + 0.4 * shared) + (0.05 if event_keys & story.events else 0.0)


def rebuild(store: Store) -> int:
    """Group every stored article into stories (replacing earlier groupings); returns how many."""
    order = (articles.c.published_utc.is_(None), articles.c.published_utc, articles.c.pk)
    columns = (articles.c.pk, articles.c.published_utc, articles.c.published_date, articles.c.dup_group,
               articles.c.features, articles.c.title)
    n, df_terms, df_actors = 0, Counter(), Counter()
    with store.engine.connect() as conn:
        for (raw,) in conn.execution_options(yield_per=500).execute(sa.select(articles.c.features)):
            feats = json.loads(raw or "{}")
            n += 1
            df_terms.update(feats.get("terms", {}).keys())
            df_actors.update(feats.get("actors", []))
    grouper = _Grouper(n, df_terms, df_actors)
    with store.engine.connect() as conn:
        for pk, when, day, group, raw, title in conn.execution_options(yield_per=500).execute(sa.select(*columns).order_by(*order)):
            grouper.add(pk, when, day, group, json.loads(raw or "{}"), title)
    done = grouper.finish()
    pairs = grouper.assigned
    with store.engine.begin() as conn:
        conn.execute(sa.delete(stories))
        for start in range(0, len(done), 1000):
            conn.execute(sa.insert(stories), [
                {"id": sid, "label": title, "first_date": first, "last_date": last, "article_count": count,
                 "actors": json.dumps(top, ensure_ascii=False)}
                for sid, title, first, last, count, top in done[start:start + 1000]])
        update = sa.update(articles).where(articles.c.pk == sa.bindparam("b_pk")).values(story_id=sa.bindparam("b_story"))
        for start in range(0, len(pairs), 2000):
            chunk = pairs[start:start + 2000]
            conn.execute(update, [{"b_pk": chunk[i], "b_story": chunk[i + 1]} for i in range(0, len(chunk), 2)])
    return len(done)


def timeline(conn: sa.Connection, story_id: int) -> list[dict]:
    """Dated events and statements of a story, each with the articles that report it. The same
    statement (speaker and words) or event (type, actors, and its own date or else its sentence)
    reported by several articles is one entry, dated by its earliest report."""
    members = sa.select(articles.c.pk).where(articles.c.story_id == story_id)
    entries: dict[tuple, dict] = {}
    for row in conn.execute(sa.select(events).where(events.c.article_pk.in_(members), events.c.is_fact.is_(True))
                            .order_by(events.c.article_pk, events.c.position)).mappings():
        key = ("event", row["type"], row["source"], row["target"], row["date"] or (row["evidence"] or "")[:40])
        _report(entries, key, row, {"kind": "event", "type": row["type"], "source": row["source"],
                                    "target": row["target"], "text": row["evidence"]})
    for row in conn.execute(sa.select(quotes).where(quotes.c.article_pk.in_(members))
                            .order_by(quotes.c.article_pk, quotes.c.position)).mappings():
        speaker = row["speaker_canonical"] or row["speaker"]
        key = ("statement", speaker, (row["content"] or "")[:40])
        _report(entries, key, row, {"kind": "statement", "speaker": speaker, "text": row["content"]})
    labels = article_label(conn, [pk for e in entries.values() for pk in e["articles"]])
    out = sorted(entries.values(), key=lambda e: (e["date"] is None, e["date"] or "", e["kind"]))
    for entry in out:
        entry["articles"] = [labels[pk] for pk in entry["articles"] if pk in labels]
    return out


def _report(entries: dict, key: tuple, row: dict, fields: dict) -> None:
    entry = entries.setdefault(key, {"date": None, **fields, "articles": []})
    day = row["effective_date"]
    if day and (entry["date"] is None or day < entry["date"]):
        entry["date"] = day
    if row["article_pk"] not in entry["articles"]:
        entry["articles"].append(row["article_pk"])
