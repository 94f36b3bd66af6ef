"""The same store tests against SQLite and PostgreSQL (see conftest.py)."""

from __future__ import annotations

import pytest

from khabar.document import Document, Entity, Event, Mention, Quantity, Quote, TimeExpr
from khabar.store import StoreError, open_store, prepare
from tests.conftest import read_news

TEXT = ("قال الرئيسُ الروسيّ فلاديمير بوتين في سوتشي يوم 30 أيلول إن قواته نفذت 26 غارة على مواقع "
        "تنظيم الدولة الإسلامية في سوريا، وأكدت موسكو أنها ستواصل العملية.")


def built_document(doc_id: str = "doc-1", text: str = TEXT) -> Document:
    """A document with one record of every type, spans found by searching the text."""
    doc = Document(id=doc_id, text=text, title="بوتين في سوتشي", source="test", published="2015-10-22")

    def span(word: str):
        start = text.index(word)
        return doc.span(start, start + len(word))

    doc.add_entity(Entity(id="Q7747", type="PER", name_ar="فلاديمير بوتين", name_en="Vladimir Putin", country="RUS"))
    doc.add_entity(Entity(id="Q2003", type="LOC", name_ar="سوتشي", name_en="Sochi", lat=43.6, lon=39.73))
    putin = span("فلاديمير بوتين")
    doc.add(Mention(putin.start, putin.end, putin.text, "PER", "Q7747"))
    sochi = span("سوتشي")
    doc.add(Mention(sochi.start, sochi.end, sochi.text, "LOC", "Q2003"))
    doc.add(Quote(cue=span("قال"), content=span("قواته نفذت 26 غارة"), kind="indirect", speaker=putin,
                  speaker_entity="Q7747"))
    day = span("30 أيلول")
    doc.add(TimeExpr(day.start, day.end, day.text, "2015-09-30", "day"))
    raids = span("26 غارة")
    doc.add(Quantity(raids.start, raids.end, raids.text, 26, "غارة"))
    doc.add(Event(evidence=span("نفذت 26 غارة"), cameo="195", rule="test", source="Q7747", quad_class=4,
                  goldstein=-10.0, date="2015-09-30"))
    return doc


def table_count(store, table: str) -> int:
    return store._rows(f"SELECT count(*) FROM {table}")[0][0]


def test_document_round_trips_with_every_record_type(store):
    doc = built_document()
    store.put([doc])
    back = store.get("doc-1")
    assert back == Document.from_json(doc.to_json())
    back.validate()
    for table, expected in [("mentions", 2), ("entities", 2), ("quotes", 1), ("times", 1), ("quantities", 1),
                            ("events", 1)]:
        assert table_count(store, table) == expected, table
    quote = next(store.iter_records("quotes"))
    assert quote[0] == "doc-1"
    assert TEXT[quote[1]:quote[2]] == quote[3] == "قال"  # spans stored as columns still point at the text


def test_reingesting_replaces_instead_of_duplicating(store):
    doc = built_document()
    store.put([doc])
    store.put([doc])
    assert store.count() == 1
    assert table_count(store, "mentions") == 2
    changed = built_document()
    changed.mentions.pop()
    store.put([changed])
    assert store.count() == 1
    assert table_count(store, "mentions") == 1
    assert store.ids() == ["doc-1"]


@pytest.mark.parametrize("query", ["الرئيس", "والرئيس", "الرئيسُ", "رئيس", "للرئيس"])
def test_search_matches_clitics_and_diacritics(store, query):
    store.put([built_document("with-article"),
               Document(id="with-conjunction", text="والرئيس الأمريكي باراك أوباما انتقد الضربات الروسية."),
               Document(id="unrelated", text="ارتفعت أسعار النفط في الأسواق العالمية اليوم.")])
    assert {hit.id for hit in store.search(query)} == {"with-article", "with-conjunction"}


@pytest.mark.parametrize("query", ["أوباما", "اوباما", "إوباما", "أُوبَامَا", "اوبـــاما"])
def test_search_matches_alef_variants_diacritics_and_tatweel(store, query):
    store.put([Document(id="obama", text="انتقد الرئيس الأمريكي باراك أوباما الضربات."),
               Document(id="oil", text="ارتفعت أسعار النفط.")])
    assert [hit.id for hit in store.search(query)] == ["obama"]


def test_search_needs_every_word_and_returns_metadata(store):
    store.put([built_document(), Document(id="other", text="الرئيس الأمريكي في واشنطن.")])
    hits = store.search("الرئيس سوريا")
    assert [h.id for h in hits] == ["doc-1"]
    assert hits[0].title == "بوتين في سوتشي"
    assert store.search("") == []
    assert store.search("كلمةغيرموجودة") == []


WIRE = ("أعلنت وزارة الدفاع الروسية اليوم أن مجموعة من السفن الحربية في بحر قزوين أطلقت ستة وعشرين صاروخا "
        "مجنحا على أهداف لتنظيم الدولة الإسلامية في سوريا وأن جميع الصواريخ أصابت أهدافها بدقة عالية وفق "
        "بيان رسمي صدر في موسكو بعد ظهر اليوم وأضاف البيان أن الطائرات الروسية نفذت مئات الطلعات الجوية")


def test_near_duplicates_are_grouped_and_queryable(store):
    store.put([Document(id="wire-1", text=WIRE)])
    store.put([Document(id="wire-2", text="موسكو (رويترز) - " + WIRE + " خلال الأسبوع الماضي."),
               Document(id="other", text="ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد أن أعلنت منظمة "
                                         "الدول المصدرة للنفط أنها ستبقي على مستوى الإنتاج دون تغيير حتى نهاية العام")])
    assert store.duplicates("wire-2") == ["wire-1", "wire-2"]
    assert store.duplicates("wire-1") == ["wire-1", "wire-2"]
    assert store.duplicates("other") == ["other"]
    assert store.duplicates("absent") == []


def test_known_hashes_say_what_to_skip(store):
    store.put([prepare(built_document(), "hash-1")])
    assert store.known_hashes(["doc-1", "absent"]) == {"doc-1": "hash-1"}


def test_iteration_streams_every_document_in_chunks(store):
    docs = [Document(id=f"d{i}", text=f"خبر رقم {i} عن الاقتصاد.") for i in range(7)]
    store.put(docs)
    assert sorted(Document.from_json(data).id for data in store.iter_documents(chunk=3)) == sorted(d.id for d in docs)
    assert sum(1 for _ in store.iter_document_meta(chunk=2)) == 7


def test_located_mentions_join_entities_with_coordinates(store):
    store.put([built_document()])
    located = list(store.iter_located_mentions())
    assert [(row[0], row[3], row[5], row[9], row[10]) for row in located] == [("doc-1", "سوتشي", "Q2003", 43.6, 39.73)]


def test_failed_batch_leaves_nothing_behind(store):
    good = built_document("good")
    store.put([good])
    broken = prepare(built_document("broken"))
    broken = type(broken)(broken.id, broken.content_hash, b"{not json", broken.terms, broken.signature)
    with pytest.raises(Exception):
        store.put([prepare(built_document("first-of-batch")), broken])
    assert store.ids() == ["good"]
    assert table_count(store, "mentions") == 2


def test_reopening_keeps_data_and_schema_version(store_url):
    with open_store(store_url) as first:
        first.put([built_document()])
    with open_store(store_url) as again:
        assert again.count() == 1
        assert again._rows("SELECT version FROM schema_version") == [(1,)]


def test_a_newer_schema_is_refused(store_url):
    with open_store(store_url) as first:
        first._execute("INSERT INTO schema_version (version) VALUES (99)")
    with pytest.raises(StoreError, match="99"):
        open_store(store_url)


def test_real_articles_are_stored_and_found(store):
    articles = read_news(40)
    docs = [Document(id=a["url"], text=a["content"], title=a["title"]) for a in articles if a["content"].strip()]
    store.put(docs)
    assert store.count() == len(docs)
    sample = docs[7]
    word = max(sample.text.split()[:30], key=len).strip("«»\"(),.:؛،")
    assert sample.id in {hit.id for hit in store.search(word, limit=100)}


def test_sqlite_runs_in_wal_mode(tmp_path):
    with open_store(str(tmp_path / "k.sqlite")) as store:
        assert store._rows("PRAGMA journal_mode") == [("wal",)]
    with open_store(f"sqlite:///{tmp_path / 'k.sqlite'}") as store:
        assert store.count() == 0


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    bogus = tmp_path / "not.sqlite"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a usable khabar SQLite database"):
        open_store(str(bogus))


def test_the_same_id_twice_in_one_batch_keeps_the_later(store):
    store.put([Document(id="same", text="النص الأول."), Document(id="same", text="النص الثاني.")])
    assert store.count() == 1 and store.get("same").text == "النص الثاني."
    assert [h.id for h in store.search("الثاني")] == ["same"] and store.search("الأول") == []
