"""Corpus readers and the mapping of their tag sets to PER/ORG/LOC/MISC."""

from __future__ import annotations

import pytest

from khabar.ner import conll
from tests.conftest import SHARED, need_shared

NER = SHARED / "data" / "ner"


@pytest.mark.parametrize("label, expected", [
    ("PERS", "PER"), ("PER", "PER"), ("LOC", "LOC"), ("ORG", "ORG"), ("MISC", "MISC"),
    ("MIS0", "MISC"), ("MIS3", "MISC"), ("ENGLISH", None),
])
def test_simple_labels(label, expected):
    assert conll.map_simple(label) == expected


@pytest.mark.parametrize("label, expected", [
    ("Politician", "PER"), ("Athlete", "PER"), ("Nation", "LOC"), ("Population-Center", "LOC"),
    ("Water-Body", "LOC"), ("Government", "ORG"), ("Media", "ORG"), ("Book", "MISC"),
    ("Group", None), ("Unknown-Class", None),
])
def test_fane_labels(label, expected):
    assert conll.map_fane(label) == expected


def test_coarse_tag_keeps_bio_prefix_and_drops_unmapped():
    assert conll.coarse_tag("B-PERS", conll.map_simple) == "B-PER"
    assert conll.coarse_tag("I-Politician", conll.map_fane) == "I-PER"
    assert conll.coarse_tag("B-Group", conll.map_fane) == "O"
    assert conll.coarse_tag("I--ORG", conll.map_simple) == "O"
    assert conll.coarse_tag("OO", conll.map_simple) == "O"


def test_repair_bio_opens_entities_like_conlleval():
    assert conll.repair_bio(["O", "I-PER", "I-PER", "I-LOC", "B-ORG", "I-ORG"]) == [
        "O", "B-PER", "I-PER", "B-LOC", "B-ORG", "I-ORG"]


def test_attach_clitics_joins_fane_tokens_like_anercorp():
    words = ["و", "قال", "ان", "ه", "يزور", "و", "روسيا", "و", "عاصمة", "ها", "ل", "الاتحاد"]
    tags = ["O", "O", "O", "O", "O", "O", "B-LOC", "O", "O", "O", "O", "B-ORG"]
    out_words, out_tags = conll.attach_clitics(words, tags)
    assert out_words == ["وقال", "انه", "يزور", "وروسيا", "وعاصمتها", "للاتحاد"]
    assert out_tags == ["O", "O", "O", "B-LOC", "O", "B-ORG"]


def test_read_columns_splits_on_blank_lines_and_drops_bidi_marks(tmp_path):
    path = tmp_path / "tiny.tsv"
    path.write_text("\ufeff\u200eبوتين\tB-Politician\nقال\tO\n\t\n\nموسكو\tB-Population-Center\n", encoding="utf-8")
    sentences = conll.read_fane(path)
    assert sentences == [(["بوتين", "قال"], ["B-PER", "O"]), (["موسكو"], ["B-LOC"])]


def test_write_then_read_round_trip(tmp_path):
    sentences = [(["زار", "بوتين", "دمشق"], ["O", "B-PER", "B-LOC"]), (["وقالت", "رويترز"], ["O", "B-ORG"])]
    conll.write_conll(sentences, tmp_path / "x.conll")
    assert conll.read_conll(tmp_path / "x.conll") == sentences


@pytest.mark.shared
def test_real_corpora_read_with_coarse_tags():
    need_shared(NER)
    aner = conll.read_anercorp(NER / "anercorp-camel-train.conll")
    assert len(aner) == 3973
    aqmar = conll.read_aqmar(NER / "aqmar")
    newsfane = conll.read_fane(NER / "newsfane-no-anercorp-test.tsv")
    allowed = {"O"} | {f"{p}-{t}" for p in "BI" for t in conll.COARSE_TYPES}
    for corpus in (aner, aqmar, newsfane):
        assert corpus
        tags = {t for _, ts in corpus for t in ts}
        assert tags <= allowed and {"B-PER", "B-LOC", "B-ORG"} <= tags
        assert all(len(w) == len(t) for w, t in corpus)
    # NewsFANE's split conjunction is re-attached: a bare و is left only where nothing follows it.
    assert sum("و" in words[:-1] for words, _ in newsfane) == 0
