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
  الصيف` split or lean generic (I, U, V, W, Y, Z: habits, climate, crops) and stay out.
"""

from __future__ import annotations

import re

# The word before the month, in the normalised key text (the match's own offsets).
_LOCATING_PREPOSITION = re.compile(r"(?:^|[\s(«\"،,.])و?(?:في|منذ|حتي|حتى|خلال|طوال)\s+$")
# The noun before a bare season that dates it to the season now running (events, festivals).
_SEASON_EVENT = re.compile(
    r"(?:^|[\s(«\"،,.])[وب]?(?:فعاليات|مهرجان|مهرجانات|برامج|برنامج|خلال(?:\s+فتر[ةه])?)\s+$"
)
_LOOKBEHIND = 24


def month_after_preposition(key: str, start: int) -> bool:
    """في مارس، منذ مارس، خلال رمضان: a locating preposition right before the month name."""
    return bool(_LOCATING_PREPOSITION.search(key, max(0, start - _LOOKBEHIND), start))


def season_of_an_event(key: str, start: int, phrase: str) -> bool:
    """فعاليات الصيف، خلال فترة الصيف: a bare ال-season (not فصل الصيف) named by an event noun or
    خلال before it, read as the season now running."""
    if not phrase.startswith("ال"):
        return False
    return bool(_SEASON_EVENT.search(key, max(0, start - _LOOKBEHIND), start))
