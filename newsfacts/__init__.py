"""newsfacts: Chinese news articles to checked, structured records (actors, quotes, events,
headline checks)."""
from __future__ import annotations

__version__ = "0.1.0"

from .model import Analysis, Article, Options  # noqa: E402
from .errors import InputError  # noqa: E402
from .pipeline import analyze, analyze_article, analyze_file, analyze_text, make_options  # noqa: E402
from .ingest import Failure, article_from_string, articles_from_bytes  # noqa: E402
from .context import Context, Settings, configure  # noqa: E402

__all__ = ["analyze", "analyze_text", "analyze_file", "analyze_article", "Analysis", "Article", "Options", "InputError",
           "make_options", "Context", "Settings", "configure", "Failure", "article_from_string", "articles_from_bytes",
           "__version__"]
