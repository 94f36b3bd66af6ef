"""Clitic segmentation of one Arabic word: proclitics, the article, the stem, an enclitic pronoun.

Arabic writes conjunctions, prepositions, the article and object/possessive pronouns
attached to the word (وبالإعلان = و + ب + ال + إعلان). A letter that looks like a clitic
is often a radical (وزير, بوتين, ليبيا), so a split is accepted only when the remaining
stem is attested in a word-frequency lexicon built from annotated Arabic news
(resources/text/word_counts.tsv) and the whole word is not much more frequent than its
stem. Each clitic has its own ratio: و and ف are very productive, ك and ي rarely are.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from khabar.caches import WORD_CACHE_SIZE
from khabar import resources
from khabar.text.normalize import normalize, normalize_key

MIN_STEM_COUNT = 3
MIN_STEM_LETTERS = 2

CONJUNCTIONS = ("", "و", "ف")
PREPOSITIONS = ("", "ب", "ل", "ك", "س")
# How much more frequent the whole word may be than its stem for the split still to hold.
PREFIX_RATIO = {"و": 1.0, "ف": 1.0, "ب": 1.0, "ل": 1.0, "ك": 0.2, "س": 0.3, "ال": 5.0}
ENCLITICS = ("هما", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
ENCLITIC_RATIO = {"ي": 0.1, "ك": 0.2, "ه": 0.5}
IMPERFECT_PREFIXES = ("ي", "ت", "ن", "ا")  # the future س attaches only to an imperfect verb


class Piece(NamedTuple):
    start: int  # offsets into the original document text
    end: int
    text: str
    role: str  # conj | prep | future | article | stem | pron


@lru_cache(maxsize=1)
def word_counts() -> dict[str, int]:
    return {word: int(count) for word, count in resources.data_lines("text/word_counts.tsv")}


@lru_cache(maxsize=1)
def never_split() -> frozenset[str]:
    return frozenset(row[0].strip() for row in resources.data_lines("text/never_split.txt"))


def _stem_count(stem: str, counts: dict[str, int]) -> int:
    """How often the stem occurs as a word, bare or with the article."""
    if stem.startswith("ال"):
        return counts.get(stem, 0)
    return counts.get(stem, 0) + counts.get("ال" + stem, 0)


def _all_prefixes() -> list[tuple[str, list[tuple[str, str]]]]:
    """Every grammatical proclitic sequence with its parts, longest first."""
    out = []
    for conj in CONJUNCTIONS:
        for prep in PREPOSITIONS:
            for article in ("", "ال"):
                if prep == "س" and article:
                    continue
                prefix = conj + prep + article
                if prefix:
                    out.append((prefix, [(conj, "conj"), (prep, "future" if prep == "س" else "prep"), (article, "article")]))
        # لل = ل + ال with the article's alef dropped in writing
        out.append((conj + "لل", [(conj, "conj"), ("ل", "prep"), ("ل", "article")]))
    out.sort(key=lambda item: -len(item[0]))
    return out


class Prefix(NamedTuple):
    text: str
    parts: list[tuple[str, str]]  # (letters, role), empty letters for an absent slot
    has_article: bool
    is_future: bool
    ratio: float  # the strictest PREFIX_RATIO of its clitics


PREFIXES = [
    Prefix(text, parts, any(r == "article" and t for t, r in parts), any(r == "future" and t for t, r in parts),
           min(PREFIX_RATIO[t] for t, _ in parts if t))
    for text, parts in _all_prefixes()
]
PREFIXES_BY_LETTER: dict[str, list[Prefix]] = {}
for _prefix in PREFIXES:
    PREFIXES_BY_LETTER.setdefault(_prefix.text[0], []).append(_prefix)
ENCLITICS_BY_LAST_LETTER: dict[str, tuple[str, ...]] = {}
for _pron in ENCLITICS:  # longest first, as in ENCLITICS
    ENCLITICS_BY_LAST_LETTER[_pron[-1]] = ENCLITICS_BY_LAST_LETTER.get(_pron[-1], ()) + (_pron,)


def _prefix_candidates(word: str) -> list[tuple[Prefix, str]]:
    """(prefix, stem) for every proclitic sequence the word starts with, longest first."""
    return [(prefix, word[len(prefix.text):]) for prefix in PREFIXES_BY_LETTER.get(word[0], ()) if word.startswith(prefix.text)]


def _prefix_ok(prefix: Prefix, stem: str, whole_count: int, counts: dict[str, int]) -> bool:
    if len(stem) < MIN_STEM_LETTERS:
        return False
    if prefix.is_future and not stem.startswith(IMPERFECT_PREFIXES):
        return False
    if prefix.has_article:
        if "ال" + stem in never_split():  # و + التي, not و + ال + تي
            return False
        # the stem must be attested with the article itself (فالداي is not ف + ال + داي)
        stem_count = counts.get("ال" + stem, 0)
        if stem_count == 0:
            return False
    else:
        stem_count = _stem_count(stem, counts)
        if stem_count < MIN_STEM_COUNT:
            # a prefix and a pronoun together (لمصالحها = ل + مصالح + ها)
            base, pron = _split_enclitic(stem, counts)
            stem_count = _stem_count(base, counts) if pron else 0
    if stem_count < MIN_STEM_COUNT:
        return False
    return whole_count <= prefix.ratio * stem_count


def _split_enclitic(stem: str, counts: dict[str, int]) -> tuple[str, str]:
    prons = ENCLITICS_BY_LAST_LETTER.get(stem[-1])
    if not prons:
        return stem, ""
    whole_count = _stem_count(stem, counts)
    for pron in prons:
        base = stem[: -len(pron)]
        if len(base) < MIN_STEM_LETTERS or not stem.endswith(pron):
            continue
        base_count = _stem_count(base, counts)
        if base_count >= MIN_STEM_COUNT and whole_count <= ENCLITIC_RATIO.get(pron, 1.0) * base_count:
            return base, pron
    return stem, ""


@lru_cache(maxsize=WORD_CACHE_SIZE)
def segment_key(key: str) -> tuple[tuple[int, int, str], ...]:
    """Segment a normalised word; returns (start, end, role) pieces over the key."""
    counts = word_counts()
    keep_whole = never_split()
    if key in keep_whole or len(key) <= MIN_STEM_LETTERS:
        return ((0, len(key), "stem"),)
    for pron in ENCLITICS_BY_LAST_LETTER.get(key[-1], ()):  # a function word with a pronoun: لديها = لدي + ها
        if key.endswith(pron) and key[: -len(pron)] in keep_whole:
            return ((0, len(key) - len(pron), "stem"), (len(key) - len(pron), len(key), "pron"))
    whole_count = counts.get(key, 0)
    pieces: list[tuple[int, int, str]] = []
    stem_start = 0
    for prefix, stem in _prefix_candidates(key):
        if _prefix_ok(prefix, stem, whole_count, counts):
            for text, role in prefix.parts:
                if text:
                    pieces.append((stem_start, stem_start + len(text), role))
                    stem_start += len(text)
            break
    stem = key[stem_start:]
    base, pron = (stem, "") if pieces and pieces[-1][2] == "article" else _split_enclitic(stem, counts)
    pieces.append((stem_start, stem_start + len(base), "stem"))
    if pron:
        pieces.append((stem_start + len(base), len(key), "pron"))
    return tuple(pieces)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def segment_surface(surface: str) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    """(normalised form, pieces as (start, end, role) offsets into the surface word)."""
    key = normalize_key(surface)
    pieces = segment_key(key)
    if len(pieces) == 1:
        return key, ((0, len(surface), pieces[0][2]),)
    if len(key) == len(surface) and max(surface) < "\ufb50":  # nothing dropped or expanded: same offsets
        return key, pieces
    norm = normalize(surface)
    mapped = []
    for start, end, role in pieces:
        s = 0 if start == 0 else norm.to_original(start)
        e = len(surface) if end >= len(norm.key) else norm.to_original(end)
        if s >= e:  # a boundary inside a ligature (presentation form): keep the word whole
            return norm.key, ((0, len(surface), "stem"),)
        mapped.append((s, e, role))
    return norm.key, tuple(mapped)
