"""newsfacts: Chinese news articles to checked, structured records (actors, quotes, events,
headline checks)."""
from __future__ import annotations

__version__ = "0.1.0"

from .model import Analysis, Article, Options  # noqa: E402
from .pipeline import analyze, analyze_article  # noqa: E402

__all__ = ["analyze", "analyze_article", "Analysis", "Article", "Options", "__version__"]
