"""How many rows a corpus question answers unless the caller says: the library (queries.py), the
CLI's --limit and the web's ?limit= all default to these. No imports, so the CLI stays quick to start."""

ROW_LIMIT = 200  # quotes, events, an actor's record, the article listing, a story's timeline, duplicate groups
STORY_LIMIT = 100  # stories
SEARCH_LIMIT = 20  # full-text hits
