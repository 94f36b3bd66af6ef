"""Tokenisation with clitic segmentation, every piece with offsets into the original text.

A token is a word, a number (3.5, 1,500, 30/9/2015, 10:30) or one other visible
character; whitespace and invisible format marks separate tokens and belong to none.
Words are segmented by ``khabar.text.clitics``; the result is cached per distinct
surface form, so a long article pays for each word once.
"""

from __future__ import annotations

import re

from khabar.text.clitics import Piece, segment_surface

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
TOKEN_RE = re.compile(
    rf"(?P<num>[{_DIGIT}]+(?:[.,\u066b\u066c/:][{_DIGIT}]+)*)"
    rf"|(?P<word>(?:[^\W\d_]|[{_MARKS}])+)"
    r"|(?P<other>[^\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff])"
)


class Token:
    """One token: surface text and offsets in the document, its normalised form, its pieces."""

    __slots__ = ("start", "end", "text", "norm", "kind", "_segments")

    def __init__(self, start: int, end: int, text: str, norm: str, kind: str, segments):
        self.start = start
        self.end = end
        self.text = text
        self.norm = norm
        self.kind = kind  # word | num | other
        self._segments = segments  # (start, end, role) relative to the token

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


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text``; ``offset`` is added to every position (tokenising one sentence of a document)."""
    tokens = []
    for m in TOKEN_RE.finditer(text):
        kind = m.lastgroup
        surface = m.group()
        start = m.start() + offset
        if kind == "word":
            norm, segments = segment_surface(surface)
        else:
            norm, segments = (segment_surface(surface)[0] if kind == "num" else surface), ((0, len(surface), "stem"),)
        tokens.append(Token(start, start + len(surface), surface, norm, kind, segments))
    return tokens
