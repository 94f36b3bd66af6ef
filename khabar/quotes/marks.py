"""Pair quotation marks into quoted spans: " “ ” « » „, nested, across sentences and
paragraphs, and with a missing closing mark.

Guillemets and curly quotes are directional, but Arabic text often flips “ ” (right-to-left
editors), so they are read like the straight " : whether a mark opens or closes follows from
its neighbours (a mark before a word opens, one after a word or a full stop closes) and, when
the neighbours do not tell (space on both sides), from whether a quotation is already open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MARK = re.compile(r"[\"«»“”„]")
_DIRECTIONAL = {"«": "open", "»": "close"}
_FAMILY = {"«": "guillemet", "»": "guillemet"}  # every other mark is one "straight" family
_CLOSES_AFTER = set(".!?؟،,;؛:…)")


@dataclass(slots=True)
class Quoted:
    """A quotation: marks at ``open`` and ``close`` (None when never closed), content inside."""

    open: int
    close: int | None
    start: int  # content start (after the mark, spaces skipped)
    end: int  # content end (before the closing mark, spaces and final stop dropped)
    words: int = 0

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.close is not None else self.end


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or "\u064B" <= ch <= "\u065F" or ch == "\u0640"


def _role(text: str, i: int) -> str:
    ch = text[i]
    if ch in _DIRECTIONAL:
        return _DIRECTIONAL[ch]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    word_before, word_after = _is_word_char(before), _is_word_char(after)
    if word_after and not word_before:
        return "open"
    if (word_before or before in _CLOSES_AFTER) and not word_after:
        return "close"
    if word_before and word_after and before in "لبوف\u0640" and (i < 2 or not _is_word_char(text[i - 2])):
        return "open"  # a proclitic glued to the quotation: لـ"سبق" / و"الحياة"
    return "either"


def pair_marks(text: str, paragraph_ends: list[int]) -> list[Quoted]:
    """All quotations of ``text``, outermost and nested, sorted by opening mark."""
    stack: list[tuple[int, str]] = []
    pairs: list[tuple[int, int | None]] = []
    for m in MARK.finditer(text):
        i = m.start()
        family = _FAMILY.get(text[i], "straight")
        role = _role(text, i)
        if role == "either":
            role = "close" if stack and stack[-1][1] == family else "open"
        elif role == "close" and family == "straight" and not any(f == family for _, f in stack):
            role = "open"  # وتابع" ...": a mark glued to the cue, with nothing open, opens
        if role == "open":
            stack.append((i, family))
            continue
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][1] == family:
                pairs.extend((pos, None) for pos, _ in stack[depth + 1:])
                pairs.append((stack[depth][0], i))
                del stack[depth:]
                break
    pairs.extend((pos, None) for pos, _ in stack)
    return sorted((_make(text, o, c, paragraph_ends) for o, c in pairs), key=lambda q: q.open)


def _make(text: str, open_: int, close: int | None, paragraph_ends: list[int]) -> Quoted:
    if close is None:  # a missing closing mark: the quotation runs to the end of its paragraph
        close_at = next((p for p in paragraph_ends if p > open_), len(text))
    else:
        close_at = close
    start, end = open_ + 1, close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,"):
        end -= 1
    return Quoted(open_, close, start, end, len(re.findall(r"\w+", text[start:end])))


PARAGRAPH_END = re.compile(r"\n")


def paragraph_ends(text: str) -> list[int]:
    return [m.start() for m in PARAGRAPH_END.finditer(text)]
