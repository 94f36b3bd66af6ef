"""Reading numbers: digits with separators, Arabic number words and their compounds.

Shared by the times stage (ثلاثة أيام) and the quantities stage (ثلاثة وعشرين جنديا).
Patterns work on the normalised key, where Arabic-Indic digits are already ASCII.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.temporal.lexicon import alternation, lexicons

# 1,500 / 1.500.000 / 3.5 / ١٥٠٠ / ٣٫٥ (the key has ASCII digits; ٫ and ٬ stay as they are)
DIGITS = r"\d{1,3}(?:[,٬]\d{3})+(?:[.٫]\d+)?|\d+(?:[.٫]\d+)?"
_GROUPED = re.compile(r"^\d{1,3}(?:[,٬.]\d{3})+$")

NUMBER_KINDS = ("unit", "ten", "hundred", "hundreds", "scale", "scale-plural", "scale-dual", "fraction")


@lru_cache(maxsize=1)
def number_word_pattern() -> str:
    """A run of number words: ثلاثة وعشرين، ثلاثمائة ألف، أحد عشر، مليون ونصف."""
    lex = lexicons()
    words = [w for w, (_, kind) in lex.numbers.items() if kind in NUMBER_KINDS]
    word = alternation(words)
    teen = r"(?:احد|احدي)\s+عشر[ةه]?"
    one = f"(?:{teen}|{word})(?!\\w)"
    return f"{one}(?:\\s+(?:و\\s?)?{one})*"


@lru_cache(maxsize=1)
def number_pattern() -> str:
    """Digits (optionally followed by a scale word: 2.5 مليون) or a run of number words."""
    lex = lexicons()
    scales = alternation(w for w, (_, kind) in lex.numbers.items() if kind.startswith("scale"))
    return f"(?:(?:{DIGITS})(?:\\s*{scales}(?!\\w))?|{number_word_pattern()})"


def digits_value(text: str) -> float:
    """1,500 → 1500; 3.5 → 3.5; 1.500.000 → 1500000 (dots as thousands only in full groups)."""
    text = text.replace("٬", ",").replace("٫", ".")
    if _GROUPED.match(text) and (text.count(",") or text.count(".") > 1):
        return float(text.replace(",", "").replace(".", ""))
    return float(text.replace(",", ""))


_SPACE = re.compile(r"\s+")
_DIGIT_HEAD = re.compile(DIGITS)


def words_value(words: list[str]) -> float | None:
    """Value of number words already split: ['ثلاثة', 'عشرين'] is 23 only with و, but the
    Arabic order (units before tens) makes addition right either way."""
    lex = lexicons().numbers
    total = 0.0
    current = 0.0
    last_scale = 0.0
    for word in words:
        entry = lex.get(word)
        if entry is None:
            if word in ("عشر", "عشرة", "عشره"):
                current += 10
                continue
            return None
        value, kind = entry
        if kind in ("scale", "scale-plural"):
            current = (current or 1) * value
            total += current
            current, last_scale = 0.0, value
        elif kind == "scale-dual":
            total += (current or 1) * value
            current, last_scale = 0.0, value / 2
        elif kind == "hundred":
            current = (current or 1) * value
        elif kind == "fraction" and last_scale and not current:
            total += value * last_scale
        elif kind == "teen-one":
            current += 1
        else:
            current += value
    return total + current


def parse_number(text: str) -> float | None:
    """The value of a match of ``number_pattern`` (key text)."""
    text = text.strip()
    head = _DIGIT_HEAD.match(text)
    if head:
        value = digits_value(head.group())
        rest = text[head.end():].strip()
        if rest:
            scale = lexicons().numbers.get(rest)
            if scale:
                value *= scale[0] if scale[1] != "scale-dual" else scale[0] / 2
        return value
    return words_value(split_words(text))


def split_words(text: str) -> list[str]:
    """Number words with the conjunction و taken off (وعشرين → عشرين, but واحد stays)."""
    lex = lexicons().numbers
    words = []
    for word in _SPACE.split(text):
        if word == "و":
            continue
        if word.startswith("و") and word not in lex and word[1:] in lex | {"عشر": 0, "عشرة": 0}:
            word = word[1:]
        words.append(word)
    return words


def as_number(value: float) -> int | float:
    """Integers as int (26, not 26.0) for JSON."""
    return int(value) if float(value).is_integer() else round(value, 3)
