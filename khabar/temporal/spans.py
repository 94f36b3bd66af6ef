"""Key offsets back to original offsets, keeping the marks that belong to the last letter."""

from __future__ import annotations

from khabar.text.normalize import DROPPED, Normalized

_MARKS = frozenset(DROPPED)


def original_span(text: str, norm: Normalized, start: int, end: int) -> tuple[int, int]:
    """Original [start, end) for key [start, end); trailing diacritics (صاروخاً) stay in the span."""
    start, end = norm.span_to_original(start, end)
    while end < len(text) and text[end] in _MARKS:
        end += 1
    return start, end
