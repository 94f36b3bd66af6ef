"""The acceptance case: the seed's date and quantities, with and without a publication date."""

from khabar.document import Document
from khabar.stages.quantities import QuantitiesStage
from khabar.stages.times import TimesStage


def run(text: str, published: str | None) -> Document:
    doc = Document(id="seed", text=text, published=published)
    TimesStage()(doc)
    QuantitiesStage()(doc)
    doc.validate()
    return doc


def test_seed_date_resolves_against_publication(seed_text, seed_expected):
    expected = seed_expected["times"][0]
    start, end = expected["span"]
    for published, value in (("2015-10-22", expected["value_with_published_2015_10_22"]), (None, expected["value_without_date"])):
        doc = run(seed_text, published)
        match = [t for t in doc.times if (t.start, t.end) == (start, end)]
        assert match, f"no time expression at {start}-{end}: {[(t.start, t.end, t.text) for t in doc.times]}"
        assert match[0].value == value
        assert match[0].granularity == "day"


def test_seed_date_with_crawl_style_datetime(seed_text):
    doc = run(seed_text, "2015-10-22 02:51:32")
    assert any(t.text == "30 أيلول/سبتمبر" and t.value == "2015-09-30" for t in doc.times)


def test_seed_quantities(seed_text, seed_expected):
    doc = run(seed_text, "2015-10-22")
    by_span = {(q.start, q.end): q for q in doc.quantities}
    for expected in seed_expected["quantities"]:
        start, end = expected["span"]
        if seed_text[start] == "ب":  # بمئات: the span leaves the clitic preposition out
            start += 1
        assert (start, end) in by_span, f"missing quantity {seed_text[start:end]!r}"
        assert by_span[(start, end)].value == expected["value"]
    assert by_span[(1830, 1847)].unit == "cruise missile"
    assert by_span[(1979, 1998)].unit == "sortie"
    killed = by_span[(1675, 1709)]
    assert killed.casualty == "killed" and killed.unit == "militant"


def test_seed_sortie_span_leaves_the_clitic_out(seed_text):
    doc = run(seed_text, "2015-10-22")
    sorties = [q for q in doc.quantities if q.unit == "sortie"]
    assert [q.text for q in sorties] == ["مئات الطلعات الجوية"]
