"""The gazetteer matcher: KB names over a sequence of normalised words.

Clitic-aware: a word may carry a conjunction and/or a preposition before the name
(وروسيا، بسوريا، وبالولايات); ل before the article assimilates it (للأمم = ل + الأمم), so
"لل" is tried as "ال". The clitic letters are reported as ``prefix`` so that mention spans
exclude them. Longest match first; names may run over quote marks between their words
(نادي "فالداي"). A name that needs context matches only when it has it: a short person
form only with the person named in full elsewhere (checked by the stage), a place name
that is also a common word only right after a place word (مدينة الخبر).
"""

from __future__ import annotations

from itertools import compress
from typing import NamedTuple

from khabar.caches import WORD_CACHE_SIZE
from khabar.kb.data import KnowledgeBase, Name

CLITIC_LETTERS = frozenset("وفبلك")
PROCLITICS_2 = ("وب", "ول", "فب", "فل", "وك", "فك")
QUOTES = '"«»“”\'' + "„‘’"
MIN_STEM = 3  # letters left after stripping a clitic


class Match(NamedTuple):
    start: int  # word index, inclusive
    end: int  # word index, exclusive
    prefix: int  # clitic letters stripped from the first word (in key letters)
    name: Name


def word_bases(word: str) -> list[tuple[int, str]]:
    """(clitic letters stripped, remaining key) readings of one normalised word, whole word first."""
    bases = [(0, word)]
    n = len(word)
    if n - 1 < MIN_STEM or word[0] not in "وفبلك":
        return bases
    if word.startswith("لل"):
        bases.append((1, "ال" + word[2:]))
    bases.append((1, word[1:]))
    if word[:3] in ("ولل", "فلل"):
        bases.append((2, "ال" + word[3:]))
    if n - 2 >= MIN_STEM and word[:2] in PROCLITICS_2:
        bases.append((2, word[2:]))
    return bases


def start_readings(trie: dict, word: str) -> tuple:
    """(clitic letters stripped, trie node) for every reading of ``word`` that begins a KB
    name, in the order they are tried (whole word first); () for most words."""
    readings = [(0, word)]
    if len(word) > MIN_STEM and word[0] in CLITIC_LETTERS:
        readings = word_bases(word)
    return tuple((prefix, trie[base]) for prefix, base in readings if base in trie)


def start_surfaces(trie: dict) -> frozenset[str]:
    """Every word some reading of which (``word_bases``) begins a KB name: each first word
    of a name, alone and behind every clitic combination ``word_bases`` strips. A superset
    is harmless (``start_readings`` decides); a word outside it never starts a match."""
    surfaces = set(trie)
    for first in trie:
        surfaces.update(clitic + first for clitic in CLITIC_LETTERS)
        surfaces.update(clitics + first for clitics in PROCLITICS_2)
        if first.startswith("ال"):  # للأمم = ل + الأمم, وللأمم = و + ل + الأمم
            surfaces.update(clitics + first[1:] for clitics in ("ل", "ول", "فل"))
    return frozenset(surfaces)


_MAX_CACHED_WORDS = WORD_CACHE_SIZE  # distinct candidate words whose readings are kept


def prepare(kb: KnowledgeBase) -> frozenset[str]:
    """Build the matcher's index of the KB once (≈0.1 s, ≈14 MB); stages call it at load time
    so that no article pays for it."""
    if kb.start_surfaces is None:
        kb.start_surfaces = start_surfaces(kb.trie)
    return kb.start_surfaces


def candidate_starts(kb: KnowledgeBase, words: list[str]) -> list[int]:
    """Indices of the words that may begin a name: one membership test per word against
    ``start_surfaces``, at C speed (``compress`` over ``map``)."""
    surfaces = kb.start_surfaces or prepare(kb)
    return list(compress(range(len(words)), map(surfaces.__contains__, words)))


def match_words(kb: KnowledgeBase, words: list[str], joined: list[bool] | None = None,
                starts: list[int] | None = None) -> list[Match]:
    """Non-overlapping longest KB matches over normalised ``words``.

    ``joined[i]`` is False when something other than spaces and quote marks separates
    word i-1 from word i (a comma, a full stop): a name never runs across it. The trie is
    walked only from the candidate words (``starts``, default ``candidate_starts``); their
    readings are cached per word.
    """
    cache = kb.start_cache
    if len(cache) > _MAX_CACHED_WORDS:
        cache.clear()
    matches: list[Match] = []
    free_from = 0  # the first word not inside an earlier match
    for i in candidate_starts(kb, words) if starts is None else starts:
        if i < free_from:
            continue
        word = words[i]
        readings = cache.get(word)
        if readings is None:
            readings = cache[word] = start_readings(kb.trie, word)
        best = None
        for prefix, node in readings:  # () for a candidate no reading of which starts a name
            best = _longest(kb, node, prefix, words, i, joined, best)
        if best is not None:
            matches.append(best)
            free_from = best.end
    return matches


def _longest(kb: KnowledgeBase, node, prefix: int, words: list[str], i: int, joined: list[bool] | None,
             best: Match | None) -> Match | None:
    """Walk the trie from ``node`` (word i) over the following words; the longest usable name wins."""
    n = len(words)
    end = i + 1
    while node is not None:
        if node.names and (best is None or end > best.end):
            name = _usable(kb, node.names, words, i, joined)
            if name is not None:
                best = Match(i, end, prefix, name)
        if end >= n or not node.children or (joined is not None and not joined[end]):
            break
        node = node.children.get(words[end])
        end += 1
    return best


def _usable(kb: KnowledgeBase, names: list[Name], words: list[str], i: int, joined: list[bool] | None) -> Name | None:
    """The first name at a trie node whose context condition holds (place words only here)."""
    for name in names:
        if not (name.needs_context and name.entries[0].kind == "place"):
            return name
        if i > 0 and words[i - 1] in kb.place_words and (joined is None or joined[i]):
            return name
    return None
