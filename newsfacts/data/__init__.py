"""Data files (lexicons, chrome patterns, the actor knowledge base) read by newsfacts stages."""
