"""The analysis stages: each reads the document (doc.py) and writes its part of it. A stage module
imports only model, doc, nlp, kb, lexicon, context and the helper modules of its own stage (tests/test_architecture.py)."""
