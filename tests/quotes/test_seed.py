"""Acceptance: the seed's 10 quotes end to end through the default pipeline, no extra quote."""

import pytest

from khabar.core import extract


@pytest.fixture(scope="module")
def seed_doc(seed_text):
    return extract(seed_text, published="2015-10-22")


def test_seed_quotes_match_the_expected_ones(seed_doc, seed_expected):
    expected = seed_expected["quotes"]
    assert len(seed_doc.quotes) == len(expected) == 10
    for got, want in zip(seed_doc.quotes, expected):
        assert [got.cue.start, got.cue.end] == want["cue"], want["cue_text"]
        assert [got.content.start, got.content.end] == want["content"], want["cue_text"]
        assert [got.speaker.start, got.speaker.end] == want["speaker"], want["cue_text"]
        assert got.kind == want["kind"], want["cue_text"]
        assert seed_doc.entity(got.speaker_entity).name_en == want["speaker_entity"], want["cue_text"]


def test_seed_quotes_round_trip_through_json(seed_doc):
    from khabar.document import Document

    again = Document.from_json(seed_doc.to_json())
    assert again.quotes == seed_doc.quotes
