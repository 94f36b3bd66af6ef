"""Real SaudiNewsNet articles through the whole pipeline: every quote is well formed."""

import pytest

from khabar.core import default_pipeline, extract_article
from tests.conftest import read_news


@pytest.fixture(scope="module")
def docs():
    articles = read_news(150, skip=2000)
    pipeline = default_pipeline()
    return [extract_article({"id": str(i), "text": a["content"]}, pipeline) for i, a in enumerate(articles)]


def test_quotes_are_found_in_real_news(docs):
    assert sum(len(d.quotes) for d in docs) >= 100


def test_every_quote_is_well_formed(docs):
    for doc in docs:
        doc.validate()
        contents = sorted((q.content.start, q.content.end) for q in doc.quotes)
        for (s0, e0), (s1, e1) in zip(contents, contents[1:]):
            assert e0 <= s1 or e1 <= e0, "contents overlap without nesting"
        for q in doc.quotes:
            assert q.kind in {"direct", "indirect", "mixed"}
            assert q.content.text.strip() == q.content.text
            assert not (q.content.start <= q.cue.start < q.content.end), "a cue inside its own content"
            if q.speaker_entity:
                assert doc.entity(q.speaker_entity) is not None
