"""A first-character guard for each alternative of a large alternation.

Python's regex tries the alternatives of ``(?P<a>…)|(?P<b>…)|…`` one by one at a position, and
each failing one costs its own walk through optional groups, lookbehinds and tries. The
characters an alternative can begin with are known from its parsed pattern, so a lookahead
``(?=[…])`` in front of it makes it fail at once (in C) where it cannot start. The guard only
rejects what could never match, so the matches are the same (after V and W: the speed plan
left by the fixers after T and U, "route each position to the alternatives it could start").

Parsing every alternative costs most of a second at start-up, a millisecond an article over a
1,000-article batch, so the guards of the shipped grammar are read from
khabar/resources/temporal/grammar_guards.json (built by scripts/build_grammar_guards.py), keyed by
the sha1 of the alternative's pattern: a pattern that has changed is simply parsed again.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path
from re import _constants as C  # noqa: N812 (the parser's opcode names)
from re import _parser

ANY = None  # an alternative that can start with any character (or with nothing): no guard
_CATEGORY = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s", C.CATEGORY_WORD: r"\w",
             C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_NOT_WORD: r"\W"}
_ZERO_WIDTH = (C.ASSERT, C.ASSERT_NOT, C.AT)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))


def _char(code: int) -> str:
    return re.escape(chr(code))


def _in_items(items) -> set[str] | None:
    out = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(_char(av))
        elif op is C.RANGE:
            out.add(f"{_char(av[0])}-{_char(av[1])}")
        elif op is C.CATEGORY and av in _CATEGORY:
            out.add(_CATEGORY[av])
        else:  # a negated class or anything rarer: no guard
            return ANY
    return out


def _first_of_item(op, av) -> tuple[set[str] | None, bool]:
    """(the characters the item can start with, whether it can match the empty string)."""
    if op is C.LITERAL:
        return {_char(av)}, False
    if op is C.IN:
        return _in_items(av), False
    if op in _ZERO_WIDTH:
        return set(), True
    if op is C.SUBPATTERN:
        return first_chars(av[-1])
    if op is getattr(C, "ATOMIC_GROUP", None):
        return first_chars(av)
    if op is C.BRANCH:
        chars, nullable = set(), False
        for branch in av[1]:
            first, empty = first_chars(branch)
            if first is ANY:
                return ANY, True
            chars |= first
            nullable = nullable or empty
        return chars, nullable
    if op in _REPEATS:
        low, _high, item = av
        first, empty = first_chars(item)
        return first, empty or low == 0
    if op is C.GROUPREF_EXISTS:
        _group, yes, no = av
        first_yes, empty_yes = first_chars(yes)
        first_no, empty_no = first_chars(no) if no is not None else (set(), True)
        if first_yes is ANY or first_no is ANY:
            return ANY, True
        return first_yes | first_no, empty_yes or empty_no
    return ANY, True  # ANY, NOT_LITERAL, a back-reference: anything


def first_chars(seq) -> tuple[set[str] | None, bool]:
    chars = set()
    for op, av in seq:
        first, empty = _first_of_item(op, av)
        if first is ANY:
            return ANY, True
        chars |= first
        if not empty:
            return chars, False
    return chars, True


GUARDS_FILE = Path(__file__).resolve().parent.parent / "resources" / "temporal" / "grammar_guards.json"
USED: dict[str, str] = {}  # sha1 of each pattern guarded in this process → its guard (for the build script)
MISSED: set[str] = set()  # patterns not in the shipped table (tests/times/test_grammar_guards.py)


@lru_cache(maxsize=1)
def shipped_guards() -> dict[str, str]:
    if not GUARDS_FILE.exists():
        return {}
    return json.loads(GUARDS_FILE.read_text(encoding="utf-8"))["guards"]


def guard(pattern: str) -> str:
    """A lookahead for the pattern's first characters ('' when any character, or none, can start it)."""
    key = hashlib.sha1(pattern.encode("utf-8")).hexdigest()
    known = shipped_guards().get(key)
    if known is None:
        MISSED.add(key)
        known = parsed_guard(pattern)
    USED[key] = known
    return known


def parsed_guard(pattern: str) -> str:
    first, nullable = first_chars(_parser.parse(pattern))
    if first is ANY or nullable or not first:
        return ""
    return "(?=[" + "".join(sorted(first)) + "])"
