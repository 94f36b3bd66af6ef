"""The entities stage on real SaudiNewsNet articles (skipped without ../shared)."""

import pytest
from tests.conftest import read_news

from khabar.document import Document
from khabar.pipeline import Pipeline
from khabar.stages.entities import EntitiesStage
from khabar.stages.text_layer import TextLayer

COMMON_WORDS = {"العالم", "نادي", "بشار", "المدينة", "الخبر", "أمان", "بيان", "جامعة", "إطار"}


@pytest.fixture(scope="module")
def news_docs():
    pipeline = Pipeline([TextLayer(), EntitiesStage(use_tagger=False)])
    return [pipeline(Document(id=str(i), text=a["content"], published=(a.get("date_extracted") or "")[:10] or None))
            for i, a in enumerate(read_news(100))]


def test_spans_and_links_are_valid(news_docs):
    for doc in news_docs:
        doc.validate()  # every span equals its text, every mention's entity exists
        for m in doc.mentions:
            assert m.type in ("PER", "ORG", "LOC", "MISC") and m.text.strip() == m.text
            assert m.text[0] not in "،,.:؛" and m.entity


def test_common_words_never_become_places(news_docs):
    spurious = [m.text for d in news_docs for m in d.mentions if m.type == "LOC" and m.text in COMMON_WORDS]
    assert spurious == []


def test_known_entities_found(news_docs):
    names = {doc.entity(m.entity).name_en for doc in news_docs for m in doc.mentions}
    for expected in ("Syria", "Iran", "Yemen", "Riyadh", "Saudi Arabia", "United States", "Middle East"):
        assert expected in names
    per_article = sum(bool(d.mentions) for d in news_docs)
    assert per_article >= 80  # nearly every news article names a place, a person or a body
