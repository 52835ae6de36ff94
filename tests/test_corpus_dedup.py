"""Rewrites and stories: an article and two rewrites of it (paragraphs reordered with a new
headline; a sentence added a day later) form one near-duplicate group whose original is the
earliest; a follow-up a week later joins their story; unrelated articles stay apart."""
from __future__ import annotations

import pytest
from test_corpus_helpers import ADDED, TALKS, story_corpus  # noqa: F401  (story_corpus is a fixture)

sa = pytest.importorskip("sqlalchemy")

from newsfacts.corpus import dedup, queries  # noqa: E402
from newsfacts.corpus.store import articles  # noqa: E402


def _by_id(store) -> dict:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(articles.c.pk, articles.c.id, articles.c.dup_group, articles.c.duplicate_of,
                                      articles.c.story_id)).mappings().all()
    return {r["id"]: r for r in rows}


def test_shingles_ignore_paragraph_order_and_punctuation():
    assert dedup.shingles(["甲乙丙丁。", "戊己"]) == dedup.shingles(["戊己", "甲乙，丙丁"]) == {"甲乙丙丁", "戊己"}


def test_a_rewrite_with_a_sentence_added_is_still_close():
    original = dedup.signature(TALKS)
    assert dedup.similarity(original, dedup.signature(list(reversed(TALKS)))) == 1.0
    assert dedup.similarity(original, dedup.signature(TALKS[:2] + [ADDED] + TALKS[2:])) >= dedup.THRESHOLD
    assert dedup.similarity(original, dedup.signature(["华为公司周六在深圳举行新品发布会，推出一款折叠屏手机。"])) < 0.1


def test_the_article_and_its_two_rewrites_form_one_group_named_after_the_earliest(story_corpus):
    rows = _by_id(story_corpus)
    group = rows["original"]["dup_group"]
    assert group is not None
    assert rows["rewrite_reordered"]["dup_group"] == rows["rewrite_added"]["dup_group"] == group
    assert rows["original"]["duplicate_of"] is None
    assert rows["rewrite_reordered"]["duplicate_of"] == rows["rewrite_added"]["duplicate_of"] == rows["original"]["pk"]
    for other in ("follow_up", "phones", "dust", "tariffs"):
        assert rows[other]["dup_group"] is None


def test_duplicates_lists_the_original_and_its_copies(story_corpus):
    (group,) = queries.duplicates(story_corpus)
    assert group["original"]["id"] == "original"
    assert sorted(c["id"] for c in group["copies"]) == ["rewrite_added", "rewrite_reordered"]
    assert all(c["dup_similarity"] >= dedup.THRESHOLD for c in group["copies"])


def test_the_rewrites_and_the_follow_up_share_a_story_and_unrelated_news_stays_apart(story_corpus):
    rows = _by_id(story_corpus)
    story = rows["original"]["story_id"]
    assert story == rows["original"]["pk"]  # a story is named after its earliest article
    assert {rows[k]["story_id"] for k in ("rewrite_reordered", "rewrite_added", "follow_up")} == {story}
    others = [rows[k]["story_id"] for k in ("phones", "dust", "tariffs")]
    assert story not in others and len(set(others)) == 3  # tariffs shares the United States, not the subject


def test_stories_lists_the_story_with_its_span_of_days(story_corpus):
    (listed,) = queries.stories(story_corpus)
    assert listed["article_count"] == 4
    assert (listed["first_date"], listed["last_date"]) == ("2025-04-12", "2025-04-19")
    assert "Abbas Araghchi" in listed["actors"]
    detail = queries.story(story_corpus, listed["id"])
    assert [a["id"] for a in detail["articles"]][0] == "original"


def test_the_timeline_merges_what_several_articles_report(story_corpus):
    story = _by_id(story_corpus)["original"]["story_id"]
    entries = queries.timeline(story_corpus, story)
    dates = [e["date"] for e in entries]
    assert dates == sorted(dates) and dates[0] == "2025-04-12" and dates[-1] == "2025-04-19"
    quote = next(e for e in entries if e["kind"] == "statement" and "讨论框架" in e["text"])
    assert quote["speaker"] == "Abbas Araghchi"
    assert {a["id"] for a in quote["articles"]} == {"original", "rewrite_reordered", "rewrite_added"}
    assert any(e["kind"] == "event" and e["date"] == "2025-04-19" for e in entries)
