"""Ingest: read article inputs of every kind and store them, skipping what is already there.

``read_inputs`` (readers), ``ingest`` (runner) and the Article / InputError items they
pass along; ``khabar ingest`` is the CLI over ``ingest``.
"""

from khabar.ingest.article import Article, ReadOptions
from khabar.ingest.readers import read_inputs

__all__ = ["Article", "ReadOptions", "read_inputs"]
