"""Run the times and quantities stages on a hand-built sentence."""

from khabar.document import Document
from khabar.stages.quantities import QuantitiesStage
from khabar.stages.times import TimesStage

PUBLISHED = "2015-07-21 02:51:32"  # a Tuesday, SaudiNewsNet's date_extracted style


def times(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None]]:
    doc = Document(id="t", text=text, published=published)
    TimesStage()(doc)
    doc.validate()
    return [(t.text, t.value) for t in doc.times]


def quantities(text: str) -> list[tuple]:
    doc = Document(id="q", text=text, published=PUBLISHED)
    TimesStage()(doc)
    QuantitiesStage()(doc)
    doc.validate()
    return [(q.text, q.value, q.unit, q.casualty) for q in doc.quantities]


def values(text: str, published: str | None = PUBLISHED) -> list[str | None]:
    """The values alone, in order."""
    return [value for _text, value in times(text, published)]
