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

from typing import NamedTuple

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


def match_words(kb: KnowledgeBase, words: list[str], joined: list[bool] | None = None) -> list[Match]:
    """Non-overlapping longest KB matches over normalised ``words``.

    ``joined[i]`` is False when something other than spaces and quote marks separates
    word i-1 from word i (a comma, a full stop): a name never runs across it.
    """
    trie = kb.trie
    matches: list[Match] = []
    n = len(words)
    i = 0
    while i < n:
        word = words[i]
        best = None
        node = trie.get(word)
        if node is not None:
            best = _longest(kb, node, 0, words, i, joined, None)
        if len(word) > MIN_STEM and word[0] in CLITIC_LETTERS:
            for prefix, base in word_bases(word)[1:]:
                node = trie.get(base)
                if node is not None:
                    best = _longest(kb, node, prefix, words, i, joined, best)
        if best is None:
            i += 1
        else:
            matches.append(best)
            i = best.end
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


def bio_tags(kb: KnowledgeBase, words: list[str]) -> list[str]:
    """BIO tags (B-LOC, I-PER, O …) of the KB matches over ``words`` (surface or normalised)."""
    from khabar.text.normalize import normalize_key

    kept = [i for i, w in enumerate(words) if w.strip(QUOTES)]  # names run over quote marks
    keys = [normalize_key(words[i]) for i in kept]
    tags = ["O"] * len(words)
    for m in match_words(kb, keys):
        if m.name.needs_context and m.name.entries[0].kind != "place":
            continue  # a short person form is too ambiguous without the article around it
        etype = m.name.entries[0].type
        tags[kept[m.start]] = "B-" + etype
        for k in range(m.start + 1, m.end):
            tags[kept[k]] = "I-" + etype
    return tags
