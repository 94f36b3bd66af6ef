"""Gazetteer tags for the NER tagger: BIO tags of the KB matches over surface words.

    bio_tags(load_kb(), ["وأكد", "الرئيس", "الروسي", "في", "موسكو"])
    # ['O', 'B-PER', 'I-PER', 'O', 'B-LOC']

Words are the tagger's: surface tokens with their clitics, punctuation included; names
run over quote marks only. The tagger asks for every sentence, so each surface word's key
is cached per process, and ``document_bio_tags`` does a whole document's sentences with
one lookup pass over its words.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress

from khabar.caches import WORD_CACHE_SIZE
from khabar.kb.data import KnowledgeBase
from khabar.kb.matcher import QUOTES, Match, match_words, prepare
from khabar.text.normalize import normalize_key

_WORD_KEYS: dict[str, str | bool] = {}  # surface word -> normalised key; False: quote marks only
_MAX_CACHED_KEYS = WORD_CACHE_SIZE


def word_keys(words: list[str]) -> list[str | bool]:
    """The normalised key of each surface word (False for a word of quote marks only)."""
    keys = list(map(_WORD_KEYS.get, words))  # one C pass; None where the word is new
    if None in keys:
        if len(_WORD_KEYS) > _MAX_CACHED_KEYS:
            _WORD_KEYS.clear()
        for i, word in enumerate(words):
            if keys[i] is None:  # kept locally too: another thread may clear the cache meanwhile
                keys[i] = _WORD_KEYS[word] = normalize_key(word) if word.strip(QUOTES) else False
    return keys


def prime_word_keys(words: list[str]) -> None:
    """Cache the keys of a whole document's words: the new words are normalised in one call
    over them joined by a newline (normalisation works character by character, and no word
    holds a newline), not one call per word."""
    new = list(set(words).difference(_WORD_KEYS))
    if not new:
        return
    if len(_WORD_KEYS) + len(new) > _MAX_CACHED_KEYS:
        _WORD_KEYS.clear()
        new = list(set(words))
    joined = "\n".join(new)
    keys = normalize_key(joined).split("\n")
    if joined.count("\n") != len(new) - 1 or len(keys) != len(new):
        keys = list(map(normalize_key, new))  # a word with a newline: one by one
    _WORD_KEYS.update((w, k if w.strip(QUOTES) else False) for w, k in zip(new, keys))


def bio_tags(kb: KnowledgeBase, words: list[str]) -> list[str]:
    """BIO tags (B-LOC, I-PER, O …) of the KB matches over ``words`` (surface or normalised)."""
    keys = word_keys(words)
    if False in keys:  # names run over quote marks
        kept = [i for i, key in enumerate(keys) if key is not False]
        return _tags(len(words), kept, match_words(kb, [keys[i] for i in kept]))
    return _tags(len(words), range(len(words)), match_words(kb, keys))


def document_bio_tags(kb: KnowledgeBase, words: list[str], sentences: list[tuple[int, int]]) -> list[list[str]]:
    """``bio_tags(kb, words[a:b])`` for each sentence ``(a, b)``, with the document's words
    keyed and tested as name starts in one pass each."""
    prime_word_keys(words)
    keys = word_keys(words)  # all cached now: one C pass
    surfaces = kb.start_surfaces or prepare(kb)
    candidates = list(compress(range(len(keys)), map(surfaces.__contains__, keys)))
    tags = []
    for a, b in sentences:
        sentence_keys = keys[a:b]
        if False in sentence_keys:  # quote marks to drop: the plain way
            tags.append(bio_tags(kb, words[a:b]))
            continue
        first = bisect_left(candidates, a)
        starts = [i - a for i in candidates[first:bisect_left(candidates, b, first)]]
        tags.append(_tags(b - a, range(b - a), match_words(kb, sentence_keys, None, starts)))
    return tags


def _tags(n: int, kept, matches: list[Match]) -> list[str]:
    """BIO tags over n words from matches over the ``kept`` ones."""
    tags = ["O"] * n
    for m in matches:
        if m.name.needs_context and m.name.entries[0].kind != "place":
            continue  # a short person form is too ambiguous without the article around it
        etype = m.name.entries[0].type
        tags[kept[m.start]] = "B-" + etype
        for k in range(m.start + 1, m.end):
            tags[kept[k]] = "I-" + etype
    return tags
