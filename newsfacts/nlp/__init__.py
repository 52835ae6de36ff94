"""The Chinese text layer every stage shares: clause and sentence breaks, negation and hedge words,
spans into the original text, and the shared word lists (read through lexicon.py).

A module here imports only model, kb, lexicon and other nlp modules, never a stage."""
