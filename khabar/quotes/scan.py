"""The word and sentence view the quote finder works on.

Quotes need only a light view of the text: words with their offsets and lookup keys, and
where sentences end. It is computed here in a few regex passes (no per-character Python loop)
so that the stage does not depend on the exact token scheme of the text layer.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

from khabar.quotes.lexicon import key

WORD = re.compile(r"[\w\u0640\u064B-\u065F\u0670]+")
# re.split with one group gives [gap, word, gap, word, ..., gap] without match objects, and
# the offsets follow from cumulative lengths: several times faster than finditer.
_SPLIT = re.compile(r"([\w\u0640\u064B-\u065F\u0670]+)")
_JOIN = "\x01"  # never inside a word, so one key() call normalises every word
# A sentence ends at . ! ? ؟ followed by space, a closing mark or the end, or at a line break.
SENTENCE_END = re.compile(r"[.!?؟](?=[\s\"»”'\u0621-\u064A]|$)|\n")
# Single letters before a full stop are abbreviations (د. = Dr.), not sentence ends.
_ABBREVIATION = re.compile(r"(?:^|\s)\w$")


@dataclass(slots=True)
class TextView:
    text: str
    starts: list[int]
    ends: list[int]
    keys: list[str]
    sentence_ends: list[int]  # offsets of sentence-final characters, sorted

    @classmethod
    def of(cls, text: str) -> "TextView":
        parts = _SPLIT.split(text)
        words = parts[1::2]
        offsets = list(accumulate(map(len, parts)))
        starts, ends = offsets[0::2][:len(words)], offsets[1::2]
        keys = key(_JOIN.join(words)).split(_JOIN) if words else []
        sentence_ends = [m.start() for m in SENTENCE_END.finditer(text)
                         if text[m.start()] != "." or not _ABBREVIATION.search(text, max(0, m.start() - 2), m.start())]
        return cls(text, starts, ends, keys, sentence_ends)

    def __len__(self) -> int:
        return len(self.starts)

    def gap(self, i: int) -> str:
        """The characters between word i-1 and word i (the text before word 0 for i == 0)."""
        return self.text[self.ends[i - 1] if i > 0 else 0:self.starts[i]]

    def word(self, i: int) -> str:
        return self.text[self.starts[i]:self.ends[i]]

    def word_at(self, offset: int) -> int:
        """Index of the first word starting at or after ``offset``."""
        return bisect_left(self.starts, offset)

    def last_word_before(self, offset: int) -> int:
        """Index of the last word ending at or before ``offset`` (-1 when none)."""
        return bisect_right(self.ends, offset) - 1

    def sentence_end_after(self, offset: int) -> int:
        i = bisect_left(self.sentence_ends, offset)
        return self.sentence_ends[i] if i < len(self.sentence_ends) else len(self.text)

    def sentence_start_before(self, offset: int) -> int:
        i = bisect_left(self.sentence_ends, offset) - 1
        return self.sentence_ends[i] + 1 if i >= 0 else 0

    def drop_sentence_ends_inside(self, spans: list[tuple[int, int]]) -> None:
        """Full stops inside a quotation do not end the sentence that carries it."""
        if not spans:
            return
        self.sentence_ends = [p for p in self.sentence_ends if not _inside(p, spans)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect_right(spans, (pos, 1 << 60)) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]
