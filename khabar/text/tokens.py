"""Tokenisation with clitic segmentation, every piece with offsets into the original text.

A token is a word, a number (3.5, 1,500, 30/9/2015, 10:30) or one other visible
character; whitespace and invisible format marks separate tokens and belong to none.
Words are segmented by ``khabar.text.clitics``; the result is cached per distinct
surface form, so a long article pays for each word once.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate

from khabar.caches import WORD_CACHE_SIZE
from khabar.text.clitics import Piece, segment_surface
from khabar.text.normalize import normalize_key

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
# One character class per alternative keeps the regex fast; \d is every Unicode digit.
_TOKEN = (
    r"\d+(?:[.,\u066b\u066c/:]\d+)*"  # a number: 3.5, 1,500, 30/9/2015, 10:30
    rf"|(?:[^\W\d]|[{_MARKS}])+"  # a word with its diacritics and tatweel (digits excluded)
    r"|[^\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"  # any other visible character
)
# re.split with one capturing group yields [gap, token, gap, token, …, gap]: no match
# objects, so offsets are summed from lengths (several times faster than finditer).
_SPLIT_RE = re.compile(f"({_TOKEN})")
# The fast path: words as one character class (\w with the marks), twice as fast as the
# alternation above but it glues a letter to the digits after it (و2015, G20). A text
# that has one is found by _GLUED_DIGIT_RE, and the stretch around it split the precise way.
_FAST_SPLIT_RE = re.compile(
    r"(\d+(?:[.,\u066b\u066c/:]\d+)*"
    rf"|[\w{_MARKS}]+"
    r"|[^\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff])"
)
# A digit right after a letter or mark: the fast split glued them into one token. A
# lookbehind on each digit scans in C far faster than a two-character pattern.
_GLUED_DIGIT_RE = re.compile(rf"\d(?<=[^\W\d]\d|[{_MARKS}]\d)")


class Token:
    """One token: surface text and offsets in the document, its normalised form, its pieces."""

    __slots__ = ("start", "end", "text", "_analysis")

    def __init__(self, start: int, end: int, text: str, analysis: tuple[str, str]):
        self.start = start
        self.end = end
        self.text = text
        # (normalised form, kind), shared by every occurrence of the same surface form
        self._analysis = analysis

    @property
    def norm(self) -> str:
        return self._analysis[0]

    @property
    def kind(self) -> str:
        """word | num | other"""
        return self._analysis[1]

    @property
    def _segments(self) -> tuple:
        """Clitic segments relative to the token, computed on first use per distinct word
        (most stages never ask, and a new word costs ~20 µs to segment)."""
        if self._analysis[1] == "word":
            return segment_surface(self.text)[1]
        return ((0, len(self.text), "stem"),)

    @property
    def pieces(self) -> list[Piece]:
        return [Piece(self.start + s, self.start + e, self.text[s:e], role) for s, e, role in self._segments]

    @property
    def stem(self) -> Piece:
        return next(p for p in self.pieces if p.role == "stem")

    @property
    def stem_norm(self) -> str:
        """The normalised stem (no clitics): the form lexicons are keyed on."""
        for s, e, role in self._segments:
            if role == "stem":
                if len(self._segments) == 1:
                    return self.norm
                return segment_surface(self.text[s:e])[0]
        return self.norm

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


_MARK_SET = frozenset(chr(c) for c in [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE), 0x0640, 0x200C, 0x200D])
_ANALYSES: dict[str, tuple[str, str]] = {}
_MAX_CACHED = WORD_CACHE_SIZE  # distinct surface forms kept (khabar.caches)


def _kind(surface: str) -> str:
    """The kind of a token the split produced, told by its first character."""
    first = surface[0]
    if first.isdigit():
        return "num"
    return "word" if first.isalpha() or first == "_" or first in _MARK_SET else "other"


def _analyse(surface: str) -> tuple[str, str]:
    kind = _kind(surface)
    norm = surface if kind == "other" else normalize_key(surface)
    if len(_ANALYSES) >= _MAX_CACHED:
        _ANALYSES.clear()
    analysis = _ANALYSES[surface] = (norm, kind)
    return analysis


class Tokens(Sequence):
    """The tokens of a text, stored by column (starts, ends, texts, analyses).

    Columns are built with C-level operations (one re.split, cumulative lengths); a stage
    that scans every token reads the columns (``texts``, ``starts``, ``ends``, ``norms``)
    and never pays for Token objects. Indexing and iteration give Token objects, built
    once on first use.
    """

    __slots__ = ("starts", "ends", "texts", "analyses", "_objects")

    def __init__(self, starts: list[int], ends: list[int], texts: list[str], analyses: list[tuple]):
        self.starts = starts
        self.ends = ends
        self.texts = texts
        self.analyses = analyses
        self._objects: list[Token] | None = None

    @property
    def norms(self) -> list[str]:
        return [a[0] for a in self.analyses]

    def _materialise(self) -> list[Token]:
        if self._objects is None:
            self._objects = list(map(Token, self.starts, self.ends, self.texts, self.analyses))
        return self._objects

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, index):
        return self._materialise()[index]

    def __iter__(self) -> Iterator[Token]:
        return iter(self._materialise())

    def __repr__(self) -> str:
        return f"Tokens({len(self)} tokens)"


def tokenize(text: str, offset: int = 0) -> Tokens:
    """Tokens of ``text``; ``offset`` is added to every position (tokenising one sentence of a document)."""
    parts = _FAST_SPLIT_RE.split(text)
    texts = parts[1::2]
    # parts alternate gap, token, gap, …: cumulative lengths give every token's start and end
    bounds = list(accumulate(map(len, parts), initial=offset))
    starts = bounds[1:-1:2]  # bounds holds 2n + 2 positions for n tokens
    ends = bounds[2::2]
    if _GLUED_DIGIT_RE.search(text):
        starts, ends, texts = _split_glued(text, offset, parts, starts, ends, texts)
    get = _ANALYSES.get
    return Tokens(starts, ends, texts, [get(t) or _analyse(t) for t in texts])


def _split_glued(text: str, offset: int, parts: list[str], starts: list[int], ends: list[int], texts: list[str]):
    """Split the fast path's glued tokens the precise way, re-splitting only the stretch
    around each one (many articles have a و2015, and re-splitting all of them doubled the cost).

    A stretch runs from the glued token to the next whitespace or invisible mark: both
    regexes leave those characters out of every token, and a glued token starts where a
    precise token does, so the precise split of the stretch alone equals that of the text.
    """
    gaps = parts[2::2]  # gaps[k] is the text between token k and token k + 1
    out_starts: list[int] = []
    out_ends: list[int] = []
    out_texts: list[str] = []
    done = 0  # tokens before this index are already copied or re-split
    glued = sorted({bisect_right(starts, m.start() + offset) - 1 for m in _GLUED_DIGIT_RE.finditer(text)})
    for i in glued:
        if i < done:
            continue  # inside the stretch of an earlier glued token
        last = i
        while not gaps[last] and last + 1 < len(texts):
            last += 1
        out_starts += starts[done:i]
        out_ends += ends[done:i]
        out_texts += texts[done:i]
        sub = _SPLIT_RE.split(text[starts[i] - offset : ends[last] - offset])
        sub_texts = sub[1::2]
        sub_bounds = list(accumulate(map(len, sub), initial=starts[i]))
        out_starts += sub_bounds[1::2][: len(sub_texts)]
        out_ends += sub_bounds[2::2][: len(sub_texts)]
        out_texts += sub_texts
        done = last + 1
    out_starts += starts[done:]
    out_ends += ends[done:]
    out_texts += texts[done:]
    return out_starts, out_ends, out_texts
