"""Find quantities in a normalised key: a number (digits, words, or an approximate count
like مئات), what it counts (26 صاروخاً مجنحاً, مئات الطلعات الجوية, المئات من الإرهابيين),
percentages, money with its currency, and casualty counts (مصرع المئات ..., 12 قتيلا).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from khabar.temporal.lexicon import alternation, lexicons
from khabar.temporal.numbers import as_number, number_pattern, parse_number
from khabar.temporal.scan import candidates

# (ما يقارب → the span starts at يقارب: common function words are not scanned for)
MODIFIERS = {
    "نحو": "about", "حوالي": "about", "حوالى": "about", "زهاء": "about", "قرابة": "about", "يقارب": "about",
    "يقرب من": "about", "يناهز": "about", "اكثر من": "more than", "يزيد عن": "more than", "يزيد على": "more than",
    "ازيد من": "more than", "اقل من": "less than", "يقل عن": "at least",
}
PERCENT = r"(?:%|٪|بالمئ[ةه]|بالمائ[ةه]|في\s+المئ[ةه]|في\s+المائ[ةه])"
# People-like objects take the casualty of a cue before them (مقتل 12 جنديا).
PEOPLE = frozenset({"person", "civilian", "child", "woman", "man", "soldier", "officer", "police officer", "militant",
                    "rebel", "fighter", "member", "citizen", "migrant", "refugee", "pilgrim", "student", "worker",
                    "employee", "patient", "victim", "prisoner", "displaced person", "teacher", "player", "suspect",
                    "protester", "deputy", "minister", "resident", "visitor", "passenger", "violator"})
_WORD = re.compile(r"\s+(?:(?P<min>من)\s+)?(?P<w1>[^\W\d_]+)(?:\s+(?P<w2>[^\W\d_]+))?")
_PLURAL_ENDINGS = ("ين", "ون", "ات", "ية", "يه", "ة", "ه", "ي", "ا")
_NOT_ADJECTIVES = frozenset({"التي", "الذي", "الذين", "اللذين", "اللتين", "هذه", "هذا", "تلك", "ذلك", "على", "علي", "في",
                             "من", "الى", "عن", "مع", "بين", "كانت", "كان", "منها", "منهم", "فيها", "اخري", "اخرى"})


# الثاني عشر, الحادية عشرة: the عشر of an ordinal is not a count
_ORDINAL_BEFORE = re.compile(r"(?:ال)?(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)[ةه]?\s+$")


class QuantityFound(NamedTuple):
    start: int
    end: int
    value: int | float | str
    unit: str | None
    casualty: str | None
    modifier: str | None


@lru_cache(maxsize=1)
def quantity_regex() -> re.Pattern:
    lex = lexicons()
    cue = alternation(lex.casualty_cues)
    modifier = alternation(MODIFIERS)
    approx = alternation(k for k in lex.approx)
    scale_plural = r"(?:الالاف|الاف|الملايين|ملايين|المليارات|مليارات)"
    return re.compile(
        r"(?<!\w)(?:[وف]?[بلك]?)(?P<core>"
        rf"(?:(?P<cue>{cue}(?:\s+و\s?{cue})?)\s+)?"
        rf"(?:(?P<mod>{modifier})\s+)?"
        rf"(?:(?P<approx>{approx})(?:\s+(?P<approx_of>{scale_plural}))?(?!\w)"
        rf"|ال(?P<approx_def>{approx})(?!\w)"
        rf"|(?P<num>{number_pattern()})(?!\w))"
        rf"(?:\s*(?P<pct>{PERCENT}))?)"
    )


_APPROX_OF = {"الاف": "thousands", "ملايين": "millions", "مليارات": "billions"}


def _approx_value(m: re.Match) -> str | None:
    lex = lexicons().approx
    word = m.group("approx") or m.group("approx_def")
    value = lex.get(word)
    if value is None:
        return None
    of = m.group("approx_of")
    if of:
        value = f"{value} of {_APPROX_OF[of if of in _APPROX_OF else of[2:]]}"
    return value


def _lookup_unit(word: str):
    lex = lexicons()
    for form in (word, word[2:] if word.startswith("ال") else None):
        if form and form in lex.units:
            return lex.units[form]
    return None


def _currency(word: str, qualifier: str | None):
    lex = lexicons()
    form = word[2:] if word.startswith("ال") and word[2:] in lex.currencies else word
    options = lex.currencies.get(form)
    if not options:
        return None, False
    if qualifier:
        bare = qualifier[2:] if qualifier.startswith("ال") else qualifier
        for code, qual in options:
            if qual and bare.startswith(qual[:-1] if qual.endswith(("ة", "ه")) else qual):
                return code, True
    return next(code for code, qual in options if not qual), False


def _is_adjective(noun: str, word: str) -> bool:
    """An agreeing adjective after the counted noun: same definiteness, an adjective/plural ending."""
    if word in _NOT_ADJECTIVES or word.startswith("و"):
        return False
    if noun.startswith("ال") != word.startswith("ال"):
        return False
    return word.endswith(_PLURAL_ENDINGS) and len(word) > 3


def counted_object(key: str, end: int):
    """What a number at ``end`` counts: (new end, unit gloss, casualty)."""
    m = _WORD.match(key, end)
    if m is None:
        return end, None, None
    w1, w2 = m.group("w1"), m.group("w2")
    if w2:
        pair = _lookup_unit(f"{w1} {w2}")
        if pair:
            return m.end("w2"), pair[0], pair[1] or None
    code, qualified = _currency(w1, w2)
    if code and not m.group("min"):
        return (m.end("w2") if qualified else m.end("w1")), code, None
    unit = _lookup_unit(w1)
    if unit is None:
        return end, None, None
    stop = m.end("w1")
    if w2 and _is_adjective(w1, w2):
        stop = m.end("w2")
    return stop, unit[0], unit[1] or None


def find_quantities(key: str, skip: list[tuple[int, int]] = (), starts: tuple[int, ...] | None = None) -> list[QuantityFound]:
    """Quantities in the key; matches overlapping a ``skip`` range (time expressions) are left out.
    ``starts``: candidate positions (khabar.temporal.scan), found here when not given."""
    found: list[QuantityFound] = []
    regex = quantity_regex()
    skip = sorted(skip)
    skip_starts = [s for s, _ in skip]
    last_end = 0
    for position in candidates(key) if starts is None else starts:
        if position < last_end:
            continue
        m = regex.match(key, position)
        if m is None:
            continue
        start, end = m.span("core")
        num_start = m.start("num") if m.group("num") else start
        if _overlaps(skip, skip_starts, num_start, end):
            continue
        if m.group("num"):
            raw = m.group("num")
            if raw.isdigit() and len(raw) >= 8:  # phone numbers, ids
                continue
            if key[m.end("num"):m.end("num") + 1] in "/:" and m.end("num") < len(key):
                continue
            if raw.startswith("عشر") and _ORDINAL_BEFORE.search(key, max(0, start - 12), start):
                continue
            value = parse_number(raw)
            if value is None:
                continue
            value = as_number(value)
        else:
            value = _approx_value(m)
            if value is None:
                continue
        unit, casualty = None, None
        if m.group("pct"):
            unit = "percent"
        else:
            end, unit, casualty = counted_object(key, end)
        cue = m.group("cue")
        if cue:
            if unit is None or unit in PEOPLE:
                casualty = _combine(cue) or casualty
            else:  # the cue is about something else (ضبط 5 كيلوغرامات): leave it out of the span
                start = _after_cue(m)
        modifier = MODIFIERS.get(re.sub(r"\s+", " ", m.group("mod"))) if m.group("mod") else None
        found.append(QuantityFound(start, end, value, unit, casualty, modifier))
        last_end = end
    return found


def _overlaps(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Does [start, end) overlap one of the sorted, non-overlapping spans?"""
    i = bisect_left(starts, end)
    return i > 0 and spans[i - 1][1] > start


def _after_cue(m: re.Match) -> int:
    for group in ("mod", "approx", "num"):
        if m.group(group):
            return m.start(group)
    return m.start("approx_def") - 2


def _combine(cue: str) -> str | None:
    """مصرع → killed; مقتل وإصابة → killed_or_wounded; سقوط → None (the noun decides)."""
    lex = lexicons().casualty_cues
    cue = re.sub(r"\s+", " ", cue)
    words = [cue] if cue in lex else re.split(r" و ?", cue)
    kinds = []
    for word in words:
        kind = lex.get(word) or lex.get(word + "ة")
        if kind and kind not in kinds:
            kinds.append(kind)
    return "_or_".join(kinds) or None
