"""Stage "quantities": numbers with what they count, money, percentages, casualty counts."""

from __future__ import annotations

from khabar.document import Document, Quantity
from khabar.temporal.quantities import find_quantities
from khabar.temporal.spans import original_span
from khabar.temporal.stage_support import key_and_starts


class QuantitiesStage:
    name = "quantities"
    needs = frozenset({"text", "times"})
    provides = frozenset({"quantities"})

    def __call__(self, doc: Document) -> None:
        norm, starts = key_and_starts(doc)
        # numbers inside dates (30 أيلول، عام 2015) are not quantities
        skip = [(norm.to_key(t.start), norm.to_key(t.end)) for t in doc.times]
        for found in find_quantities(norm.key, skip, starts):
            start, end = original_span(doc.text, norm, found.start, found.end)
            doc.add(Quantity(start, end, doc.text[start:end], found.value, found.unit, found.casualty, found.modifier))
