"""Feature extraction for the CRF NER tagger.

Features of a word depend only on the word, so they are computed once per distinct word
and cached (``WordFeatures``); a sentence's items are then concatenations of cached lists:
the word's own features plus the neighbour features of the words at -2..+2. This keeps
the tagger well above 50,000 tokens/s on one core.

Normalisation here is the model's own (``fold``): besides the search key's folds it also
folds ة→ه, ؤ→و, ئ→ي and every digit to 0, because the training corpora spell these
inconsistently and the tagger should not care.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "ner"
CLUSTERS_PATH = RESOURCES / "clusters.tsv"
TRIGGERS_PATH = RESOURCES / "triggers.tsv"

CLUSTER_PREFIXES = (4, 8, 12, 16)
NEIGHBOUR_CLUSTER_PREFIX = 8

_DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640"
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u061c\ufeff"
_FOLD_TABLE = str.maketrans(
    {**dict.fromkeys(_DIACRITICS + _INVISIBLE, None),
     "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
     **{chr(0x0660 + d): "0" for d in range(10)}, **{chr(0x06F0 + d): "0" for d in range(10)},
     **{str(d): "0" for d in range(10)}}
)

_ARABIC_RE = re.compile("[\u0621-\u064a]")
_LATIN_RE = re.compile("[A-Za-z]")
_DIGIT_RE = re.compile("[0-9]")
_WORDCHAR_RE = re.compile(r"\w")
# Proclitic conjunction, then preposition and/or article: وبال، فلل (= ل + ال)، كال، ب …
# A bare ب/ك/ل is stripped too (بيروت → يروت): the stem only has to be the same for every
# clitic form of a word (وبيروت، لبيروت), not a correct morphological analysis.
_PROCLITIC_RE = re.compile("^[وف]?(?:[بك]?ال|لل|[بكل])?")


def fold(word: str) -> str:
    """The model's normalised form of a word."""
    return word.translate(_FOLD_TABLE)


def strip_proclitics(norm: str) -> str:
    """Drop a leading و/ف, ب/ك/ل and the article from a folded word when enough remains."""
    match = _PROCLITIC_RE.match(norm)
    if match and match.end() and len(norm) - match.end() >= 2:
        return norm[match.end():]
    return norm


def shape(word: str) -> str:
    if _ARABIC_RE.search(word):
        return "AR+NUM" if _DIGIT_RE.search(fold(word)) else "AR"
    if _LATIN_RE.search(word):
        # foreign names and acronyms (Reuters, NATO) are capitalised
        return "LATCAP" if word[:1].isupper() else "LAT"
    if _DIGIT_RE.search(fold(word)):
        return "NUM"
    return "PUNC" if not _WORDCHAR_RE.search(word) else "OTHER"


def text_stem(word: str) -> str:
    """The text layer's clitic-stripped stem of a word (the word itself if it is no one word)."""
    from khabar.text.tokens import tokenize

    tokens = tokenize(word)
    return (tokens[0].stem_norm or word) if len(tokens) == 1 else word


def _enclitic(norm: str, text_stem: str) -> str:
    """What follows the stem in the word: the attached pronoun (ها، هم …) or nothing."""
    if not text_stem:
        return "?"
    _, found, after = norm.rpartition(text_stem)
    return after if found else "?"


def _length_bucket(norm: str) -> str:
    n = len(norm)
    return "1" if n <= 1 else "2" if n <= 3 else "4" if n <= 5 else "6" if n <= 7 else "8"


def load_tsv(path: Path) -> dict[str, str]:
    """word → value from a two-column TSV (comments with #); words folded."""
    table: dict[str, str] = {}
    if not path.exists():
        return table
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            word, _, value = line.rstrip("\n").partition("\t")
            table.setdefault(fold(word), value)
    return table


@lru_cache(maxsize=1)
def clusters() -> dict[str, str]:
    """Folded word → bit-string cluster path (built by scripts/build_word_clusters.py)."""
    return load_tsv(CLUSTERS_PATH)


@lru_cache(maxsize=1)
def triggers() -> dict[str, str]:
    return load_tsv(TRIGGERS_PATH)


MAX_CACHED_WORDS = 80_000


class WordFeatures:
    """Per-word feature lists, cached by surface form.

    ``get(word)`` is ``(own, lent, norm)``: the word's own features, the features it lends to
    the word at relative position -2, -1, +1, +2 (``lent[k]``, k = 0..3, already prefixed), and
    its folded form.
    """

    OFFSETS = ("-2", "-1", "+1", "+2")

    def __init__(self, cluster_table: dict[str, str] | None = None, trigger_table: dict[str, str] | None = None,
                 known: set[str] | None = None, name_table: dict[str, list[str]] | None = None):
        from khabar.ner.names import name_table as shipped_names

        self.clusters = clusters() if cluster_table is None else cluster_table
        self.triggers = triggers() if trigger_table is None else trigger_table
        self.names = shipped_names() if name_table is None else name_table
        # Attributes the trained model has weights for. crfsuite ignores any other, so dropping
        # them at cache time changes no output and saves most of the per-token work.
        self.known = known
        self._cache: dict[str, tuple[list[str], tuple[list[str], ...], str]] = {}

    def get(self, word: str) -> tuple[list[str], tuple[list[str], ...], str]:
        cached = self._cache.get(word)
        if cached is None:
            cached = self._compute(word)
            if len(self._cache) >= MAX_CACHED_WORDS:
                # ~2.8 KB a word: start afresh rather than grow past the 400 MB worker budget
                self._cache.clear()
            self._cache[word] = cached
        return cached

    def _compute(self, word: str) -> tuple[list[str], tuple[list[str], ...], str]:
        norm = fold(word)
        stem = strip_proclitics(norm)
        # the text layer also splits enclitics (كتابهم → كتاب); cached there per surface form
        stem_t = fold(text_stem(word))
        word_shape = shape(word)
        cluster = self.clusters.get(norm) or self.clusters.get(stem) or ""
        trigger = self.triggers.get(stem) or self.triggers.get(norm)
        names = self.names.get(stem) or ()
        own = [
            "b",
            "w=" + norm,
            "s=" + stem,
            "p2=" + stem[:2],
            "p3=" + stem[:3],
            "x2=" + norm[-2:],
            "x3=" + norm[-3:],
            "sh=" + word_shape,
            "len=" + _length_bucket(stem),
            "pre=" + norm[: len(norm) - len(stem)],
            "ts=" + stem_t,
            "tx2=" + stem_t[-2:],
            "enc=" + _enclitic(norm, stem_t),
        ]
        own.extend("nm=" + cue for cue in names)
        if cluster:
            own.extend(f"c{n}={cluster[:n]}" for n in CLUSTER_PREFIXES if len(cluster) >= n - 3)
        else:
            own.append("c=none")
        if trigger:
            own.append("tr=" + trigger)
        lent = ["w=" + norm, "s=" + stem, "sh=" + word_shape]
        if cluster:
            lent.append(f"c{NEIGHBOUR_CLUSTER_PREFIX}={cluster[:NEIGHBOUR_CLUSTER_PREFIX]}")
        if trigger:
            lent.append("tr=" + trigger)
        lent.extend("nm=" + cue for cue in names)
        neighbours = tuple([offset + f for f in lent] for offset in self.OFFSETS)
        if self.known is not None:
            own = [f for f in own if f in self.known]
            neighbours = tuple([f for f in fs if f in self.known] for fs in neighbours)
        return own, neighbours, norm

    def bigram(self, previous_norm: str, norm: str) -> str | None:
        """The previous-word bigram attribute, or None when the model has no weight for it."""
        feature = "w-1|w=" + previous_norm + "|" + norm
        return feature if self.known is None or feature in self.known else None


_EDGE = {
    "-2": ["-2BOS"], "-1": ["-1BOS"], "+1": ["+1EOS"], "+2": ["+2EOS"],
}


_QUOTE_MARKS = frozenset('"«»“”')


def sentence_items(
    words: list[str], features: WordFeatures, gazetteer_tags: list[str] | None = None
) -> list[list[str]]:
    """The CRF items (one attribute list per word) of one sentence."""
    cached = [features.get(w) for w in words]
    n = len(words)
    items: list[list[str]] = []
    for i in range(n):
        item = cached[i][0] + (cached[i - 2][1][0] if i >= 2 else _EDGE["-2"])
        item += cached[i - 1][1][1] if i >= 1 else _EDGE["-1"]
        item += cached[i + 1][1][2] if i + 1 < n else _EDGE["+1"]
        item += cached[i + 2][1][3] if i + 2 < n else _EDGE["+2"]
        if i >= 1:
            bigram = features.bigram(cached[i - 1][2], cached[i][2])
            if bigram:
                item.append(bigram)
        items.append(item)
    if n:
        items[0].append("first")
    if _QUOTE_MARKS.intersection(words):
        _mark_quoted(words, items)
    if gazetteer_tags:
        _add_gazetteer(items, gazetteer_tags)
    return items


def _mark_quoted(words: list[str], items: list[list[str]]) -> None:
    """Words between quotation marks (titles of works, operations, named programmes)."""
    inside = False
    for word, item in zip(words, items):
        if word in _QUOTE_MARKS:
            inside = word != "»" and word != "”" and not (inside and word == '"')
        elif inside:
            item.append("inq")


def _add_gazetteer(items: list[list[str]], tags: list[str]) -> None:
    n = len(items)
    for i, tag in enumerate(tags[:n]):
        if tag == "O":
            continue
        items[i].append("g=" + tag)
        if i >= 1:
            items[i - 1].append("g+1=" + tag)
        if i >= 2:
            items[i - 2].append("g+2=" + tag)
        if i + 1 < n:
            items[i + 1].append("g-1=" + tag)
        if i + 2 < n:
            items[i + 2].append("g-2=" + tag)
