"""Arabic normalisation to a search/match key, with an offset map back to the original.

The key drops diacritics (tashkeel), tatweel and invisible format marks, unifies the alef
forms (أ إ آ ٱ → ا) and ى → ي, maps Arabic-Indic and Persian digits to ASCII and folds
presentation forms to their base letters. ة stays distinct from ه: matching needs it.
The original text is never changed; ``Normalized.to_original`` maps key offsets back.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache
from itertools import chain, repeat

# Characters dropped from the key.
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670" + "".join(
    chr(c) for c in list(range(0x0610, 0x061B)) + list(range(0x06D6, 0x06DD)) + list(range(0x06DF, 0x06E5))
    + list(range(0x06E7, 0x06E9)) + list(range(0x06EA, 0x06EE))
)
TATWEEL = "\u0640"
FORMAT_MARKS = (
    "\u200b\u200c\u200d\u200e\u200f"  # zero-width space/joiners, LRM/RLM
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings/overrides
    "\u2066\u2067\u2068\u2069"  # bidi isolates
    "\u061c\ufeff\u00ad"  # Arabic letter mark, BOM/ZWNBSP, soft hyphen
)
DROPPED = DIACRITICS + TATWEEL + FORMAT_MARKS

LETTER_FOLDS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي",  # Persian/Urdu yeh forms
    "ک": "ك", "ڪ": "ك",  # Persian/swash kaf
}
DIGITS = {chr(0x0660 + d): str(d) for d in range(10)} | {chr(0x06F0 + d): str(d) for d in range(10)}

_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
_PRESENTATION_RUN_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")


@lru_cache(maxsize=None)
def _fold_presentation_form(char: str) -> str:
    folded = unicodedata.normalize("NFKC", char)
    return "".join(_SIMPLE_TABLE.get(ord(c), c) or "" for c in folded)


def _build_simple_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): None for c in DROPPED}
    table.update({ord(k): v for k, v in LETTER_FOLDS.items()})
    table.update({ord(k): v for k, v in DIGITS.items()})
    return table


_SIMPLE_TABLE = _build_simple_table()
DROPPED_MARK_RE = re.compile("[" + re.escape(DROPPED) + "]")  # one dropped mark (other stages split on it)
_DROPPED_RUN_RE = re.compile("[" + re.escape(DROPPED) + "]+")


_FOLD_PAIRS = tuple(LETTER_FOLDS.items())
_EXOTIC_DIGITS_RE = re.compile("[" + "".join(DIGITS) + "]")


def _fold(text: str, may_have_exotic_digits: bool = True) -> str:
    """Drop marks, fold letters and digits. A regex and str.replace run in C; str.translate
    with a dict looks up every non-ASCII character in Python and is several times slower."""
    text = _DROPPED_RUN_RE.sub("", text)
    for letter, folded in _FOLD_PAIRS:
        if letter in text:
            text = text.replace(letter, folded)
    if may_have_exotic_digits and _EXOTIC_DIGITS_RE.search(text):
        text = _EXOTIC_DIGITS_RE.sub(lambda m: DIGITS[m.group()], text)
    return text


# Every character the key changes: a word with none of them is its own key. Most
# words a tokenizer meets for the first time need only this one scan.
_CHANGED_BY_KEY_RE = re.compile(
    "[" + re.escape(DROPPED + "".join(LETTER_FOLDS) + "".join(DIGITS)) + "\ufb50-\ufdff\ufe70-\ufefe]"
)
_SHORT = 64  # below this length str.translate beats _fold's dozen C-level scans


def normalize_key(text: str) -> str:
    """The key alone (no offset map): for lexicon lookups and queries."""
    if not _CHANGED_BY_KEY_RE.search(text):
        return text
    if _PRESENTATION_FORMS.search(text):
        text = _PRESENTATION_FORMS.sub(lambda m: _fold_presentation_form(m.group()), text)
    elif len(text) < _SHORT:
        return text.translate(_SIMPLE_TABLE)  # the same mapping as _fold, in one pass
    return _fold(text)


class Normalized:
    """A normalised key of a text with a map from key offsets to original offsets."""

    __slots__ = ("original", "key", "_map")

    def __init__(self, original: str, key: str, starts: list[int] | None | bool):
        self.original = original
        self.key = key
        # _map[i] = original index of key[i]; None = identity; True = not built yet (built on first use).
        self._map = starts

    @property
    def _starts(self) -> list[int] | None:
        if self._map is True:
            self._map = _kept_positions(self.original)
        return self._map

    def to_original(self, i: int) -> int:
        """Original offset of key offset ``i`` (``i == len(key)`` maps to ``len(original)``)."""
        if self._starts is None:
            return i
        if i >= len(self._starts):
            return len(self.original)
        return self._starts[i]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` covering key ``[start, end)``, with the diacritics of its last letter."""
        starts = self._starts
        if starts is None:
            return start, end
        if end <= start:
            o = self.to_original(start)
            return o, o
        stop = starts[end] if end < len(starts) else len(self.original)
        while stop > starts[end - 1] + 1 and self.original[stop - 1] not in _DIACRITIC_SET:
            stop -= 1  # a bidi mark or zero-width space after the word is not part of it
        return starts[start], stop

    def to_key(self, original_offset: int) -> int:
        """The key offset of the first key character at or after an original offset."""
        if self._starts is None:
            return original_offset
        return bisect_left(self._starts, original_offset)


def _kept_positions(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Original positions of the characters the key keeps in ``text[start:end]``, built
    from runs between dropped marks."""
    end = len(text) if end is None else end
    positions: list[int] = []
    kept_from = start
    for m in _DROPPED_RUN_RE.finditer(text, start, end):
        positions.extend(range(kept_from, m.start()))
        kept_from = m.end()
    positions.extend(range(kept_from, end))
    return positions


# Presentation forms or non-ASCII digits: one scan of a long text tells whether either
# occurs (most articles have neither), instead of one scan for each.
_SPECIAL_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe" + "".join(DIGITS) + "]")


def normalize(text: str) -> Normalized:
    """Normalise ``text``; the offset map is built only when the key differs in length or alignment."""
    special = _SPECIAL_RE.search(text)
    if special and _PRESENTATION_FORMS.search(text, special.start()):
        return _normalize_with_expansions(text)
    key = _fold(text, special is not None)  # folding neither adds nor removes such digits
    return Normalized(text, key, None if len(key) == len(text) else True)


_DROPPED_SET = frozenset(DROPPED)
_DIACRITIC_SET = frozenset(DIACRITICS + TATWEEL)


def _normalize_with_expansions(text: str) -> Normalized:
    """Slow path: presentation forms may fold to several letters (ﻻ → لا, ﷲ → الله).

    Stretches without them fold like the fast path (one key character per kept one);
    each run of presentation forms folds by character, every output character mapped
    to the form it came from. No Python loop per character: some articles are typed
    entirely in presentation forms.
    """
    pieces: list[str] = []
    starts: list[int] = []
    done = 0
    for run in _PRESENTATION_RUN_RE.finditer(text):
        i, j = run.span()
        if done < i:
            pieces.append(_fold(text[done:i]))
            starts += _kept_positions(text, done, i)
        folded = list(map(_fold_presentation_form, run.group()))
        pieces += folded
        starts += chain.from_iterable(map(repeat, range(i, j), map(len, folded)))
        done = j
    if done < len(text):
        pieces.append(_fold(text[done:]))
        starts += _kept_positions(text, done)
    return Normalized(text, "".join(pieces), starts)


__all__ = ["DROPPED_MARK_RE", "Normalized", "normalize", "normalize_key"]
