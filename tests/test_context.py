"""The Context: the caller's settings and loaded resources, one per process unless a caller passes
its own; only the CLI turns environment variables into Settings."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

import newsfacts
from newsfacts import Article, Context, Options, Settings, context
from newsfacts.stages import evidence
from newsfacts.cli import settings_from_environment
from newsfacts.errors import InputError
from newsfacts.kb import DATA_DIR, KnowledgeBase
from newsfacts.model import Span


def test_the_process_context_is_built_once():
    assert context.default() is context.default()


def test_a_context_passed_by_the_caller_serves_its_knowledge_base_to_the_stages():
    shipped = KnowledgeBase.load()
    own = KnowledgeBase.from_dir(DATA_DIR)  # the same facts, loaded apart: another object
    assert own is not shipped
    with context.running(Context(kb=own)):
        assert KnowledgeBase.load() is own
    assert KnowledgeBase.load() is shipped


def test_settings_not_the_environment_turn_embeddings_on(monkeypatch):
    monkeypatch.setenv("NEWSFACTS_EMBEDDINGS", "1")  # the library no longer reads it
    with context.running(Context(Settings(embeddings=False))):
        assert evidence.embeddings_enabled() is False


def test_the_cli_reads_the_environment_into_settings():
    assert settings_from_environment({}) == Settings(threads=1, embeddings=False)
    assert settings_from_environment({"NEWSFACTS_THREADS": "3", "NEWSFACTS_EMBEDDINGS": "1"}) == Settings(3, True)
    with pytest.raises(InputError, match="NEWSFACTS_THREADS"):
        settings_from_environment({"NEWSFACTS_THREADS": "many"})


def test_analyze_text_uses_the_context_it_is_given():
    seen = []

    class Watching(Context):
        @property
        def lac(self):
            seen.append("lac")
            return super().lac

    sentence = "外交部发言人说，中方欢迎对话。"
    doc = newsfacts.analyze_article(Article(text=sentence, paragraphs=[Span(0, len(sentence), sentence)]),
                                    context=Watching())
    assert seen and doc.tokens


def test_analyze_honours_published_at_for_an_article():
    sentence = "双方昨天举行会谈。"
    article = Article(text=sentence, paragraphs=[Span(0, len(sentence), sentence)])
    doc = newsfacts.analyze(article, published_at="2025-03-08")
    assert doc.article.published_at.isoformat() == "2025-03-08T00:00:00+08:00"
    assert doc.article.published_at_origin == "option"
    when = datetime(2025, 3, 8, 4, 0, tzinfo=timezone.utc)
    assert newsfacts.analyze_article(article, Options(published_at=when)).article.published_at == when
    assert article.published_at is None  # the caller's Article is left as it was


def test_a_subset_of_stages_runs_what_it_reads_from():
    sentence = "王毅表示，中方愿意发挥建设性作用。"
    doc = newsfacts.analyze_text(sentence, stages=["quotes"])
    assert list(doc.timings) == ["text", "entities", "actors", "quotes"]
