"""Corpus sources, one module per label, each with `examples() -> Iterator[Example]`.

Every module is written for this project: hand-written prompts plus templated variation drawn
with a fixed seed, so that building the corpus twice gives the same file.
"""
