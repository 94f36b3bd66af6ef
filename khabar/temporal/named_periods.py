"""Named periods standing alone (issue 5, after blind sets T–AA): a bare month or season with no
anchor word (no day, year, شهر, direction or twin) is a date only where its context makes it one.

Counted on every gold set with scripts/probe_times_gold.py (docs/times.md, "Named periods standing
alone"):
- a homograph month (مارس "practised", رمضان a personal name, آب "father") right after a locating
  preposition (في، منذ، حتى، خلال، طوال) is the month: N, T, X ×3, O, T ×2 annotate all 8 such cases;
  the verb (ومارس أنشطة، مارس عليهم) and the names never follow such a preposition. قبل/بعد رمضان is
  the habitual "before Ramadan" of every year in E, so those two are not among the prepositions;
- a bare season is this year's season in a report of what is happening around publication:
  فعاليات/مهرجان(ات) الصيف (K, P, R, T, X: 6 of 7 annotated; O's أوبريت الصيف is a title) and
  خلال (فترة) الصيف (T, Y annotated; P one left out); `في الصيف`, `فصل الصيف`, `إجازة الصيف`, `شهور
  الصيف` split or lean generic (I, U, V, W, Y, Z: habits, climate, crops) and stay out. After AJ/AK
  (guideline v2 row 40): `إجازة/عطلة الصيف` → `الصيف` (I, L, AC, AK) and `(ل)فترة الصيف` (AK) are this
  year's season too.
"""

from __future__ import annotations

import re

# The word before the month, in the normalised key text (the match's own offsets).
_LOCATING_PREPOSITION = re.compile(r"(?:^|[\s(«\"،,.])و?(?:في|منذ|حتي|حتى|خلال|طوال)\s+$")
# The noun before a bare season that dates it to the season now running (events, festivals).
_SEASON_EVENT = re.compile(
    r"(?:^|[\s(«\"،,.])[وبل]?(?:فعاليات|مهرجان|مهرجانات|برامج|برنامج|خلال(?:\s+فتر[ةه])?|اجاز[ةه]|عطل[ةه]|فتر[ةه])\s+$"
)
_LOOKBEHIND = 24
# a bare or parted season: ال-season, or a part word then ال-season (normalised: اواخر، اوائل)
_SEASON_PHRASE = re.compile(r"(?:(?:اواخر|أواخر|اوائل|أوائل|منتصف|مطلع|بداي[ةه]|نهاي[ةه])\s+)?ال\w+$")
# planning or fearing what comes, besides the future cue of the grammar (FUTURE_CUE)
_PLAN_CUE = re.compile(r"(?<!\w)[وفبل]{0,2}(?:ال)?(?:تخطيط|يخطط|تخطط|يخشى|تخشى|يخشي|تخشي|مخاوف|موعدا)(?!\w)")


def month_after_preposition(key: str, start: int) -> bool:
    """في مارس، منذ مارس، خلال رمضان: a locating preposition right before the month name.

    ``start`` is the match's start, clitics included. No homograph month begins with a clitic letter,
    so a clitic there is one: في باب الجابية (ب + آب), في بمارس — two prepositions never stack, and
    the word is باب "door, section" (27 corpus articles). The bare key اب after في is the Yemeni city
    إب (في إب، وفي إب: 19 of 20 corpus articles; the key drops the hamza); خلال/منذ آب stay the month."""
    if key[start:start + 1] in _CLITIC_LETTERS:
        return False
    preposition = _LOCATING_PREPOSITION.search(key, max(0, start - _LOOKBEHIND), start)
    if preposition is None:
        return False
    return not (_IBB.match(key, start) and "في" in preposition.group())


_CLITIC_LETTERS = frozenset("وفبلك")
_IBB = re.compile(r"اب(?!\w)")


def season_of_an_event(key: str, start: int, phrase: str) -> bool:
    """فعاليات الصيف، خلال فترة الصيف: a bare ال-season (not فصل الصيف) named by an event noun or
    خلال before it, read as the season now running."""
    if not phrase.startswith("ال"):
        return False
    return bool(_SEASON_EVENT.search(key, max(0, start - _LOOKBEHIND), start))


def season_ahead(key: str, start: int, phrase: str) -> bool:
    """ستجرى الانتخابات في أوائل الخريف، تخشى من ظهور حالات في الخريف: a bare or parted
    ال-season in a clause that looks ahead is this year's coming season."""
    from khabar.temporal.grammar import FUTURE_CUE
    from khabar.temporal.resolving import clause_before

    if not _SEASON_PHRASE.match(phrase):
        return False
    clause = clause_before(key, start)
    return bool(FUTURE_CUE.search(clause) or _PLAN_CUE.search(clause))


# «قررت نيسان»، «نحن في نيسان» in an article where the same word names the carmaker elsewhere
# (سيارته نيسان باترول، لنيسان الشرق الأوسط): one sense per article, so a month name with no day
# number before it is the brand there too (AL). Nothing changes in an article where it never names one.
_DAY_NUMBER_BEFORE = re.compile(r"(?:\d|(?<!\w)(?:اول|اواخر|اوائل|منتصف|مطلع|بداي[ةه]|نهاي[ةه]|شهر))\s*$")


def names_a_brand(key: str, start: int, end: int) -> bool:
    from khabar.temporal import counts  # noqa: PLC0415 (counts imports the month machinery)
    if counts.names_a_brand(key, start, end):
        return True
    if _DAY_NUMBER_BEFORE.search(key, max(0, start - 12), start):
        return False
    word = re.match(r"\w+", key[start:end])
    if word is None:
        return False
    return any(other != start for other in _brand_starts(key, word.group()))


# The article's brand uses of each month word, scanned once per article: a long article names its
# months many times, and each mention used to rescan the whole text. Keyed on the key string's
# identity (one article's text object for the whole stage); holding it keeps the id from being reused.
_brand_cache: tuple[str | None, dict[str, tuple[int, ...]]] = (None, {})


def _brand_starts(key: str, word: str) -> tuple[int, ...]:
    from khabar.temporal import counts  # noqa: PLC0415 (counts imports the month machinery)
    global _brand_cache
    cached = _brand_cache  # read once: a thread switching articles in between cannot mix two texts
    if cached[0] is not key:
        cached = _brand_cache = (key, {})
    starts = cached[1].get(word)
    if starts is None:
        starts = tuple(other.start() for other in re.finditer(rf"(?<![^\sلب«]){re.escape(word)}(?!\w)", key)
                       if counts.names_a_brand(key, other.start(), other.end()))
        cached[1][word] = starts
    return starts
