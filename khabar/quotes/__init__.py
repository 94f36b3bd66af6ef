"""Quotes: who said what. ``find_quotes(doc)`` returns the Quote records of a document
whose mentions/entities layers are filled (speakers link to their entities)."""

from khabar.quotes.extract import find_quotes

__all__ = ["find_quotes"]
