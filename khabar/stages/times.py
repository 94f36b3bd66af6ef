"""Stage "times": time expressions resolved against the document's publication date."""

from __future__ import annotations

from khabar.document import Document, TimeExpr
from khabar.temporal.calendar import parse_published
from khabar.temporal.spans import original_span
from khabar.temporal.stage_support import key_and_starts
from khabar.temporal.times import find_times


# آلان with a madda is the name Alain; "now" is الآن / الان (the key drops the difference)
_ALAIN = "آلان"


class TimesStage:
    name = "times"
    needs = frozenset({"text"})
    provides = frozenset({"times"})

    def __call__(self, doc: Document) -> None:
        norm, starts = key_and_starts(doc)
        published = parse_published(doc.published)
        for found in find_times(norm.key, published, starts):
            start, end = original_span(doc.text, norm, found.start, found.end)
            if found.value == "PRESENT_REF" and doc.text.startswith(_ALAIN, start):
                continue  # the name Alain: the key writes it like الآن "now", the text does not
            doc.add(TimeExpr(start, end, doc.text[start:end], found.value, found.granularity))
