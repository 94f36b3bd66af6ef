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

from khabar.caches import WORD_CACHE_SIZE

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "ner"
CLUSTERS_PATH = RESOURCES / "clusters.tsv"
TRIGGERS_PATH = RESOURCES / "triggers.tsv"
PROFILES_PATH = RESOURCES / "profiles.tsv"
# The KB's country table (its last column is the masculine nisba: روسي، أمريكي …)
COUNTRIES_PATH = RESOURCES.parent / "kb" / "countries.tsv"

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

# The same folds but with أ/إ/آ kept: the article is always spelled with a bare alef, so a
# name such as ألونسو or ألمانيا must not lose its first two letters as if they were ال.
_HAMZA_KEPT_TABLE = str.maketrans(
    {k: v for k, v in _FOLD_TABLE.items() if k not in (ord("أ"), ord("إ"), ord("آ"))}
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


def word_stem(word: str) -> str:
    """The folded clitic-stripped form of a surface word: proclitics are recognised before
    أ/إ/آ are folded to ا (بألمانيا → المانيا, ألونسو → الونسو, والأمريكي → امريكي)."""
    return fold(strip_proclitics(word.translate(_HAMZA_KEPT_TABLE)))


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
def profiles() -> dict[str, str]:
    """Clitic-stripped folded word → definiteness/frequency profile (``d0n1``: never with the
    article ال, seen under 10 times in the news), built by scripts/build_word_clusters.py."""
    return load_tsv(PROFILES_PATH)


@lru_cache(maxsize=1)
def triggers() -> dict[str, str]:
    return load_tsv(TRIGGERS_PATH)


@lru_cache(maxsize=1)
def nisbas() -> frozenset[str]:
    """Folded nationality adjectives from the KB's countries (الإسباني، الصربية، الروس…):
    in news they stand right before or after a person's name (والصربية يلينا يانكوفيتش)."""
    forms: set[str] = set()
    if not COUNTRIES_PATH.exists():
        return frozenset()
    with open(COUNTRIES_PATH, encoding="utf-8") as fh:
        for line in fh:
            columns = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(columns) < 10:
                continue
            for masc in filter(None, columns[9].split("|")):
                stem = fold(masc)
                forms.update((stem, stem + "ه", stem + "ون", stem + "ين", stem + "ات"))
    return frozenset(forms)


MAX_CACHED_WORDS = WORD_CACHE_SIZE  # about 2.8 KB of features per word


class WordFeatures:
    """Per-word feature lists, cached by surface form.

    ``get(word)`` is ``(own, lent, norm, role)``: the word's own features, the features it lends
    to the word at relative position -2, -1, +1, +2 (``lent[k]``, k = 0..3, already prefixed),
    its folded form, and its role in a name run (``T:ORG`` an ORG/LOC/MISC trigger, ``D`` a word
    with the article, "" otherwise; see ``_mark_trigger_runs``).
    """

    OFFSETS = ("-2", "-1", "+1", "+2")

    def __init__(self, cluster_table: dict[str, str] | None = None, trigger_table: dict[str, str] | None = None,
                 known: set[str] | None = None, name_table: dict[str, list[str]] | None = None,
                 nisba_set: frozenset[str] | None = None, profile_table: dict[str, str] | None = None):
        from khabar.ner.names import name_table as shipped_names

        self.clusters = clusters() if cluster_table is None else cluster_table
        self.triggers = triggers() if trigger_table is None else trigger_table
        self.names = shipped_names() if name_table is None else name_table
        self.nisbas = nisbas() if nisba_set is None else nisba_set
        self.profiles = profiles() if profile_table is None else profile_table
        # Attributes the trained model has weights for. crfsuite ignores any other, so dropping
        # them at cache time changes no output and saves most of the per-token work.
        self.known = known
        self._cache: dict[str, tuple[list[str], tuple[list[str], ...], str, str]] = {}

    def get(self, word: str) -> tuple[list[str], tuple[list[str], ...], str, str]:
        cached = self._cache.get(word)
        if cached is None:
            cached = self._compute(word)
            if len(self._cache) >= MAX_CACHED_WORDS:
                # ~2.8 KB a word: start afresh rather than grow past the 400 MB worker budget
                self._cache.clear()
            self._cache[word] = cached
        return cached

    def _compute(self, word: str) -> tuple[list[str], tuple[list[str], ...], str, str]:
        norm = fold(word)
        stem = word_stem(word)
        # the text layer also splits enclitics (كتابهم → كتاب); cached there per surface form
        stem_t = fold(text_stem(word))
        word_shape = shape(word)
        cluster = self.clusters.get(norm) or self.clusters.get(stem) or ""
        trigger = self.triggers.get(stem) or self.triggers.get(norm) or ("NIS" if stem in self.nisbas else None)
        names = self.names.get(stem) or ()
        # how often the word takes the article in the news: names seldom do
        profile = self.profiles.get(stem, "d?n0")
        own = [
            "b",
            "w=" + norm,
            "s=" + stem,
            "p2=" + stem[:2],
            "p3=" + stem[:3],
            "x2=" + norm[-2:],
            "x3=" + norm[-3:],
            "sh=" + word_shape,
            "pre=" + norm[: len(norm) - len(stem)],
            "ts=" + stem_t,
            "enc=" + _enclitic(norm, stem_t),
            "pf=" + profile,
        ]
        own.extend("nm=" + cue for cue in names)
        if cluster:
            own.extend(f"c{n}={cluster[:n]}" for n in CLUSTER_PREFIXES if len(cluster) >= n - 3)
        else:
            own.append("c=none")
        if trigger:
            own.append("tr=" + trigger)
        lent = ["w=" + norm, "s=" + stem]
        if cluster:
            lent.append(f"c{NEIGHBOUR_CLUSTER_PREFIX}={cluster[:NEIGHBOUR_CLUSTER_PREFIX]}")
        if trigger:
            lent.append("tr=" + trigger)
        lent.extend("nm=" + cue for cue in names)
        # shape and profile only for the adjacent words: at ±2 they cost speed and said little
        near = lent + ["sh=" + word_shape, "pd=" + profile[:2]]
        neighbours = tuple([offset + f for f in (near if offset[1] == "1" else lent)] for offset in self.OFFSETS)
        if self.known is not None:
            own = [f for f in own if f in self.known]
            neighbours = tuple([f for f in fs if f in self.known] for fs in neighbours)
        prefix = norm[: len(norm) - len(stem)]
        role = ("T:" + trigger if trigger in RUN_TRIGGERS else
                "D" if "ال" in prefix or prefix.endswith("لل") else "")
        return own, neighbours, norm, role

    def bigram(self, previous_norm: str, norm: str) -> str | None:
        """The previous-word bigram attribute, or None when the model has no weight for it."""
        feature = "w-1|w=" + previous_norm + "|" + norm
        return feature if self.known is None or feature in self.known else None


# Trigger classes whose names run on as a chain of words with the article after the trigger
# (المجلس الاقتصادي والاجتماعي، الوكالة الدولية للطاقة الذرية، بطولة العالم للمصارعة).
RUN_TRIGGERS = frozenset({"ORG", "LOC", "MISC"})
RUN_LENGTH = 4

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
    roles = [c[3] for c in cached]
    if any(role[:1] == "T" for role in roles):
        _mark_trigger_runs(roles, items)
    if _QUOTE_MARKS.intersection(words):
        _mark_quoted(words, items)
    if gazetteer_tags:
        _add_gazetteer(items, gazetteer_tags)
    return items


def _mark_trigger_runs(roles: list[str], items: list[list[str]]) -> None:
    """Words with the article in a chain right after an ORG/LOC/MISC trigger (``run=ORG``, up to
    RUN_LENGTH words, further than the ±2 window sees), and the trigger opening such a chain
    (``head=ORG``)."""
    n = len(roles)
    for t, role in enumerate(roles):
        if role[:1] != "T":
            continue
        kind = role[2:]
        j = t + 1
        while j < n and j - t <= RUN_LENGTH and roles[j] == "D":
            items[j].append("run=" + kind)
            j += 1
        if j > t + 1:
            items[t].append("head=" + kind)


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
