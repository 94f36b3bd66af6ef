"""khabar's knowledge base of countries, places, actors, institutions and titles.

    from khabar.kb import load_kb, gazetteer_word_tags
    gazetteer_word_tags(["وأكد", "الرئيس", "الروسي", "في", "موسكو"])
    # ['O', 'B-PER', 'I-PER', 'O', 'B-LOC']

The data is versioned in khabar/resources/kb/ (built by scripts/build_kb.py from GeoNames
and mledoze/countries, plus curated files) and loaded once per process.
"""

from __future__ import annotations

from khabar.kb.data import Entry, KnowledgeBase, load_kb
from khabar.kb.gazetteer import bio_tags
from khabar.kb.matcher import Match, match_words


def gazetteer_word_tags(words: list[str]) -> list[str]:
    """BIO tags over PER/ORG/LOC/MISC from KB matches for one sentence of surface words."""
    return bio_tags(load_kb(), words)


__all__ = ["Entry", "KnowledgeBase", "Match", "gazetteer_word_tags", "load_kb", "match_words"]
