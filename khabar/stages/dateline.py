"""Stage "dateline": the opening place/agency line of a news article.

Forms it reads (at the very start of the text):
  سوتشي- سبوتنيك.          place - agency.
  القاهرة - (د ب أ) -      place - (agency) -
  بيروت (رويترز) -         place (agency) -
  واشنطن - أ ف ب           place - agency
  لندن: رنيم حنوش          place: reporter (a byline, not an agency)
  (رويترز) -               agency alone
The second part is an agency when it is in brackets or guillemets or is a known agency
(resources/text/news_agencies.tsv); otherwise a short name ending the line is a byline.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar import resources
from khabar.document import Dateline, Document
from khabar.text.normalize import normalize_key

_WORD = r"[^\W\d_][^\s\d\-–—ـ:()«»\"]*"
_DASH = r"[-–—ـ]"
_PLACE = rf"(?P<place>{_WORD}(?: {_WORD}){{0,2}})"
_END = rf"(?:\s*{_DASH}\s*|\s*[.:،]\s*|\s*\n|\s*$)"

# place (agency) -   /   place - «agency»   /   (agency) -
BRACKETED_RE = re.compile(
    rf"\A\s*(?:{_PLACE}\s*(?:{_DASH}|:)?\s*)?(?:\((?P<agency>[^()\n]{{1,40}})\)|«(?P<gagency>[^«»\n]{{1,40}})»){_END}"
)
# place - agency.   /   place: reporter
BARE_RE = re.compile(rf"\A\s*{_PLACE}\s*(?P<sep>{_DASH}|:)[ \t]*(?P<agency>{_WORD}(?: {_WORD}){{0,3}})(?P<end>[ \t]*\n)?")
MAX_DATELINE = 100
# Words that begin a sentence, not a place: a dateline never starts with them.
NOT_PLACES = frozenset(normalize_key(w) for w in "قال وقال أعلن وأعلن أكد وأكد ذكر وذكر في من إلى على عن بعد قبل هذا هذه".split())


@lru_cache(maxsize=1)
def known_agencies() -> frozenset[str]:
    return frozenset(row[0] for row in resources.data_lines("text/news_agencies.tsv"))


def _agency_key(text: str) -> str:
    return " ".join(normalize_key(text).replace(".", " ").split())


def find_dateline(text: str) -> dict[str, tuple[int, int]]:
    """Spans of the dateline parts found at the start of ``text`` (place, agency, byline)."""
    head = text[:MAX_DATELINE]
    found: dict[str, tuple[int, int]] = {}
    m = BRACKETED_RE.match(head)
    if m:
        group = "agency" if m.group("agency") else "gagency"
        found["agency"] = _trim(text, *m.span(group))
    else:
        m = BARE_RE.match(head)
        if not m:
            return {}
        agency = _known_agency_prefix(text, *m.span("agency"))
        if agency:
            found["agency"] = agency
        elif m.group("sep") == ":" and m.group("end") and normalize_key(m.group("agency").split()[0]) not in NOT_PLACES:
            found["byline"] = m.span("agency")  # لندن: رنيم حنوش on a line of its own
        else:
            return {}
    if m.group("place"):
        if normalize_key(m.group("place").split()[0]) in NOT_PLACES:
            return {}
        found["place"] = m.span("place")
    return found


def _known_agency_prefix(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The longest run of leading words of text[start:end] that names a known agency."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for n in range(len(words), 0, -1):
        stop = start + words[n - 1].end()
        while text[stop - 1] in ".،:":
            stop -= 1
        if _agency_key(text[start:stop]) in known_agencies():
            return start, stop
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class DatelineStage:
    name = "dateline"
    needs = frozenset({"text"})
    provides = frozenset({"dateline"})

    def __call__(self, doc: Document) -> None:
        parts = find_dateline(doc.text)
        doc.dateline = Dateline(**{k: doc.span(*v) for k, v in parts.items() if v[0] < v[1]})
