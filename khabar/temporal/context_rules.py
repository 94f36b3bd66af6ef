"""Judgements a time word needs its neighbours for: is اليوم "today" or "nowadays", is غدا
"tomorrow" or the verb "became", is الماضي the past or an adjective, is المستقبل part of a name.

Each rule reads a few characters of the normalised key around the match; all patterns are
compiled once here.
"""

from __future__ import annotations

import re

# أما اليوم، فإن … / واليوم فإن …: the present age set against the past, not a calendar day
_NOWADAYS_BEFORE = re.compile(r"(?:^|\s)[او]?ما\s+$")
_NOWADAYS_AFTER = re.compile(r"\s*[,،]?\s*[وف]?(?:فان|فإن|فانه|فانها|فانهم)(?!\w)")

# the verb غدا "became": after a relative pronoun, قد, or كل (كل غدا شيخ)
_VERB_GHADA_BEFORE = re.compile(
    r"(?:^|\s)[وف]?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|قد|لقد|بعدما|عندما|حينما|كلما|كل|ما)\s+$"
)

# a preposition or a clitic that makes الماضي / الحاضر / السابق a noun
_NOUN_INTRODUCER = re.compile(r"(?:^|\s)(?:في|فى|عن|من|مع|بين|الى|إلى|علي|على|حتى|حتي|منذ|وفي|وعن|ومن|ومع)\s+$")

# «برنامج عكاظ المستقبل»، // عكاظ المستقبل //: a quoted name that ends in a time word
_QUOTED_NAME_BEFORE = re.compile(r"(?:[«\"“'(]|//)\s*[^\s«\"“'(/]+\s+$")

# قديما وحديثا: "old and new", so حديثا is the present, not "recently"
_OLD_AND_NEW_BEFORE = re.compile(r"قديما\s+$")

# حديثا "a talk": أجرى حديثا مع …، حديثا صحفيا
_TALK_AFTER = re.compile(r"\s+(?:مع(?!\w)|ل\w+|\w+يا(?!\w))")


def _before(key: str, start: int, width: int = 24) -> str:
    return key[max(0, start - width):start]


def is_nowadays(key: str, start: int, end: int) -> bool:
    """اليوم as "nowadays": after أما, or before فإن."""
    return bool(_NOWADAYS_BEFORE.search(_before(key, start)) or _NOWADAYS_AFTER.match(key, end))


def is_verb_ghada(key: str, start: int) -> bool:
    return bool(_VERB_GHADA_BEFORE.search(_before(key, start)))


def is_introduced_noun(key: str, word_start: int, clitic_start: int) -> bool:
    """الماضي as a noun: a clitic on the word itself (بالماضي، والحاضر) or a preposition before it."""
    if clitic_start < word_start:
        return True
    return bool(_NOUN_INTRODUCER.search(_before(key, word_start)))


_QUOTE_CLOSES = re.compile(r"\s*(?:[»\"”')]|//)")


def in_quoted_name(key: str, start: int, end: int) -> bool:
    """The word ends a two-word name between quotes or slashes: «عكاظ المستقبل»."""
    return bool(_QUOTED_NAME_BEFORE.search(_before(key, start, 40)) and _QUOTE_CLOSES.match(key, end))


def recently_or_present(key: str, start: int, end: int) -> str | None:
    """حديثا: PAST_REF "recently", PRESENT_REF after قديما, None when it is the noun "a talk"."""
    if _TALK_AFTER.match(key, end):
        return None
    if _OLD_AND_NEW_BEFORE.search(_before(key, start, 12)):  # start: before the clitic و
        return "PRESENT_REF"
    return "PAST_REF"
