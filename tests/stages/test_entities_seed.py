"""Seed acceptance for entities: every listed mention and every repeat, right type and entity."""

import pytest

from khabar.document import Document
from khabar.stages.entities import EntitiesStage
from khabar.stages.text_layer import TextLayer

EXPECTED_COUNTS = {"بوتين": 6, "الدولة الإسلامية": 4, "سوريا": 4, "موسكو": 2, "الرئيس الروسي": 2}


@pytest.fixture(scope="module")
def seed_doc(seed_text):
    doc = Document(id="seed", text=seed_text, published="2015-10-22")
    TextLayer()(doc)
    EntitiesStage(use_tagger=False)(doc)
    doc.validate()
    return doc


def names(doc):
    return {m: doc.entity(m.entity).name_en for m in doc.mentions}


def test_every_listed_mention_and_repeat(seed_doc, seed_expected):
    found = names(seed_doc)
    for item in seed_expected["entities"]:
        text = item["text"]
        same = [m for m in seed_doc.mentions if m.text == text]
        assert same, f"{text} not found"
        first = [m for m in same if (m.start, m.end) == tuple(item["span"])]
        assert first, f"{text} not at {item['span']}: {[(m.start, m.end) for m in same]}"
        for m in same:
            assert m.type == item["type"], (text, m)
            assert found[m] == item["entity"], (text, found[m])
    for text, count in EXPECTED_COUNTS.items():
        assert sum(m.text == text for m in seed_doc.mentions) == count, text


def test_entities_carry_kb_data(seed_doc):
    by_name = {e.name_en: e for e in seed_doc.entities}
    for city in ("Sochi", "Damascus", "Baghdad"):
        assert by_name[city].lat is not None and by_name[city].lon is not None
    assert by_name["Sochi"].kb == "geonames:491422"
    assert by_name["Vladimir Putin"].country == "RUS" and by_name["Vladimir Putin"].role == "GOV"
    assert by_name["Russian Ministry of Defence"].role == "MIL"
    assert by_name["Government of Russia"].id == "gov:RUS"


def test_nothing_spurious(seed_doc, seed_expected):
    listed = {item["text"] for item in seed_expected["entities"]}
    extra = [m.text for m in seed_doc.mentions if m.text not in listed]
    assert extra == []
    assert not any(m.text in ("نادي", "بشار", "العالم") for m in seed_doc.mentions)
