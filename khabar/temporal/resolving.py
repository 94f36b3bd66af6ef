"""What every time resolver shares: the match context, lexicon look-ups of matched words,
directions, units and the future-marker test."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from khabar.temporal.grammar import FUTURE_CUE, SENTENCE_BREAK
from khabar.temporal.lexicon import alternation, lexicons, weekday_names


# the seven weekday names as the key writes them, for rules that look around a match
WEEKDAY_NAMES = weekday_names()


class Found(NamedTuple):
    start: int
    end: int
    value: str | None
    granularity: str | None


class Memory:
    """What the text named before the current match, for anaphoric and contextual values:
    the last quarter/half an ordinal named (الربع الثاني → الربع السابق), and the last dated
    value with its granularity and where it ended (عام 2003 … بعد ذلك بعامين)."""

    __slots__ = ("periods", "dated", "weekdays")

    def __init__(self) -> None:
        self.periods: dict[str, str] = {}  # "Q" / "H" → 2015-Q2
        self.dated: tuple[str, str, int] | None = None  # (value, granularity, end offset)
        self.weekdays: dict[int, str] = {}  # ISO weekday → the day الأحد المقبل named (a bare الأحد later keeps it)


class Context(NamedTuple):
    key: str
    published: date | None
    match: re.Match
    previous_day: str | None = None  # the last day-level value found before this match
    memory: Memory | None = None


_MONTH_FINDER: re.Pattern | None = None


HIJRI_SUFFIX = ("ه", "هجري", "هجرية", "هجريه", "للهجرة", "للهجره")


PM_DAYPARTS = ("مساء", "مساءا", "عصرا", "بعد الظهر", "عشية", "عشيه")


_AFTER_YEAR_NOT_DATE = re.compile(r"\s*(?:%|٪|بالمئ|بالمائ|في المئ|في المائ|\S+)")


def counts_something(key: str, end: int) -> bool:
    """A bare 4-digit number followed by a counted noun, a scale or a percent is a quantity."""
    following = _AFTER_YEAR_NOT_DATE.match(key, end)
    if following is None:
        return False
    word = following.group().strip()
    lex = lexicons()
    return word[:1] in "%٪" or word.startswith(("بالمئ", "بالمائ", "في")) and "ال" in word[:5] or word in lex.units or word in lex.numbers or word in lex.currencies


def months_in(text: str):
    """The lexicon months named in a matched month pair, in order."""
    global _MONTH_FINDER
    if _MONTH_FINDER is None:
        _MONTH_FINDER = re.compile(alternation(lexicons().months))
    lex = lexicons().months
    # a group cut after the preposition of للشهر الكريم starts with the ل that the finder's
    # "ال after ل" branch needs to see behind it
    scanned = "ل" + text if text.startswith("ل") and not text.startswith("ال") else text
    return [lex[lookup_form(m.group(), "months")] for m in _MONTH_FINDER.finditer(scanned)]


_FINAL_HA = re.compile(r"ه(?= |$)")


@lru_cache(maxsize=4096)
def lookup_form(text: str, table_name: str) -> str:
    """A matched word back to its lexicon key (ه written for ة, للعام's bare ل)."""
    table = getattr(lexicons(), table_name)
    text = " ".join(text.split())
    marbuta = _FINAL_HA.sub("ة", text)  # the key may write ه for ة at the end of any word (الفتره الحالية)
    for candidate in (text, text[:-1] + "ة", "ا" + text, "ا" + text[:-1] + "ة", marbuta, "ا" + marbuta):
        if candidate in table:
            return candidate
    raise KeyError(text)


def weekday_number(text: str) -> int:
    """The ISO weekday (1 = Monday) of a matched weekday name; KeyError when it is none."""
    return lexicons().weekdays[lookup_form(text, "weekdays")]


def future_marked(ctx: Context, direction: int | None = None) -> bool:
    """Explicit المقبل, or a future verb/word earlier in the same sentence (at most 60 chars back)."""
    if direction is not None:
        return direction > 0
    return FUTURE_CUE.search(clause_before(ctx.key, ctx.match.start(ctx.match.lastgroup))) is not None


def clause_before(key: str, start: int, width: int = 60) -> str:
    """The text before ``start`` back to the last sentence break, at most ``width`` characters."""
    window = key[max(0, start - width):start]
    if start > width and not key[start - width - 1].isspace():
        window = window.partition(" ")[2]  # a word cut by the window (ستعادتها of استعادتها) is no cue
    cut = None
    for cut in SENTENCE_BREAK.finditer(window):
        pass
    return window[cut.end():] if cut is not None else window


def direction_of(text: str | None) -> int | None:
    if not text:
        return None
    rel = lexicons().relative.get(lookup_form(text, "relative"))
    return int(rel.offset) if rel and rel.kind == "direction" else None


# --- resolvers, one per grammar alternative ---------------------------------------------


def previous_word(key: str, start: int) -> str:
    words = key[max(0, start - 12):start].split()
    return words[-1] if words else ""


def unit_of(text: str):
    return lexicons().relative[lookup_form(text, "relative")]


def year_of(m: re.Match, prefix: str) -> tuple[int | None, bool]:
    """The year a date or month-year match wrote (<prefix>_year) and whether its suffix is Hijri."""
    year = m.group(f"{prefix}_year")
    suffix = (m.group(f"{prefix}_ysuf") or "").strip()
    return (int(year) if year else None), suffix in HIJRI_SUFFIX
