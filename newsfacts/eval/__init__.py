"""Scoring the pipeline's output against gold annotations, and the tools that fit its small models on them."""
