"""The data model: the span invariant on every record type, JSON in and out."""

import json

import pytest

from khabar.document import Dateline, Document, Entity, Event, Mention, Quantity, Quote, SpanError, TimeExpr

TEXT = "وقال بوتين إن روسيا نفذت 26 ضربة يوم 30 أيلول."


def make_doc() -> Document:
    doc = Document(id="d1", text=TEXT, published="2015-10-22")
    doc.dateline = Dateline(place=doc.span(5, 10))
    doc.add_entity(Entity(id="kb:putin", type="PER", name_ar="فلاديمير بوتين", name_en="Vladimir Putin", country="RUS"))
    doc.add(Mention(5, 10, "بوتين", "PER", "kb:putin"))
    doc.add(Quote(cue=doc.span(0, 4), content=doc.span(14, 46), kind="indirect", speaker=doc.span(5, 10), speaker_entity="kb:putin"))
    doc.add(TimeExpr(38, 46, TEXT[38:46], "2015-09-30", "day"))
    doc.add(Quantity(25, 32, TEXT[25:32], 26, "strike"))
    doc.add(Event(evidence=doc.span(14, 32), cameo="195", rule="test", source="kb:putin"))
    return doc


def test_every_record_type_keeps_the_invariant_through_json():
    doc = make_doc()
    again = Document.from_json(doc.to_json())
    assert again == doc
    for span in again.all_spans():
        assert again.text[span.start:span.end] == span.text
    kinds = {type(r).__name__ for r in (*again.mentions, *again.quotes, *again.times, *again.quantities, *again.events)}
    assert kinds == {"Mention", "Quote", "TimeExpr", "Quantity", "Event"}


def test_schema_field_names_are_the_contract():
    data = json.loads(make_doc().to_json())
    assert data["schema"] == "khabar/1"
    for field in ("id", "text", "title", "source", "url", "published", "dateline", "mentions", "entities", "quotes", "times", "quantities", "events"):
        assert field in data
    assert set(data["mentions"][0]) >= {"start", "end", "text", "type", "entity"}
    assert set(data["quotes"][0]) >= {"cue", "speaker", "speaker_entity", "content", "kind"}
    assert set(data["events"][0]) >= {"evidence", "cameo", "plover", "quad_class", "goldstein", "source", "target",
                                      "location", "date", "negated", "hypothetical", "confidence", "rule"}
    assert set(data["entities"][0]) >= {"id", "type", "name_ar", "name_en", "country", "role", "lat", "lon", "kb"}


@pytest.mark.parametrize("record", [
    Mention(5, 10, "بوتين!", "PER"),
    Mention(5, 10, "روسيا", "LOC"),
    TimeExpr(0, 4, "قال", None),
    Quantity(25, 200, "26", 26),
])
def test_a_record_whose_text_differs_from_its_span_is_refused(record):
    doc = Document(id="d", text=TEXT)
    with pytest.raises(SpanError):
        doc.add(record)
    assert not doc.mentions and not doc.times and not doc.quantities


def test_nested_spans_are_checked_too():
    doc = Document(id="d", text=TEXT)
    bad = Quote(cue=doc.span(0, 4), content=doc.span(14, 20), kind="direct", speaker=Mention(5, 10, "زاخاروفا", "PER"))
    with pytest.raises(SpanError):
        doc.add(bad)


def test_json_with_a_wrong_span_is_rejected_on_reading():
    data = make_doc().to_dict()
    data["times"][0]["text"] = "غدا"
    with pytest.raises(SpanError, match="claims"):
        Document.from_dict(data)


def test_an_unknown_entity_reference_is_rejected():
    data = make_doc().to_dict()
    data["mentions"][0]["entity"] = "kb:nobody"
    with pytest.raises(SpanError, match="unknown entity"):
        Document.from_dict(data)


def test_span_factory_refuses_out_of_range():
    doc = Document(id="d", text="نص")
    with pytest.raises(SpanError):
        doc.span(0, 5)
    with pytest.raises(SpanError):
        doc.span(1, 1)
