"""`khabar export`: JSONL (the schema), CSV per record table, GeoJSON of located mentions — streamed."""

from __future__ import annotations

import csv
import json

import pytest

from khabar.cli import main
from khabar.document import Document
from khabar.export import export_jsonl
from khabar.store import open_store
from tests.store.test_store import built_document


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "k.sqlite")
    with open_store(path) as store:
        store.put([built_document("doc-1"), Document(id="plain", text="خبر قصير عن الطقس في الرياض.")])
    return path


def test_jsonl_is_the_schema_one_document_per_line(db, tmp_path, capsys):
    out = tmp_path / "all.jsonl"
    assert main(["export", "--db", db, "--format", "jsonl", "--output", str(out)]) == 0
    docs = [Document.from_json(line) for line in out.read_bytes().splitlines()]
    assert [d.id for d in docs] == ["doc-1", "plain"]
    assert docs[0] == Document.from_json(built_document("doc-1").to_json())
    assert json.loads(out.read_bytes().splitlines()[0])["schema"] == "khabar/1"
    assert "exported 2 documents" in capsys.readouterr().err


def test_csv_writes_one_table_per_record_type(db, tmp_path):
    folder = tmp_path / "csv"
    assert main(["export", "--db", db, "--format", "csv", "--output", str(folder)]) == 0
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(["documents.csv", "mentions.csv", "entities.csv", "quotes.csv", "times.csv",
                            "quantities.csv", "events.csv"])
    with open(folder / "quotes.csv", encoding="utf-8-sig", newline="") as fh:
        [quote] = list(csv.DictReader(fh))
    assert (quote["doc_id"], quote["cue_text"], quote["speaker_entity"], quote["kind"]) == ("doc-1", "قال", "Q7747", "indirect")
    with open(folder / "documents.csv", encoding="utf-8-sig", newline="") as fh:
        assert [row["id"] for row in csv.DictReader(fh)] == ["doc-1", "plain"]


def test_csv_single_table_to_stdout(db, capsys):
    assert main(["export", "--db", db, "--format", "csv", "--table", "times"]) == 0
    rows = list(csv.reader(capsys.readouterr().out.splitlines()))
    assert rows[0][:2] == ["doc_id", "start"] and rows[1][0] == "doc-1" and rows[1][4] == "2015-09-30"


def test_csv_without_output_or_table_is_a_usage_error(db, capsys):
    assert main(["export", "--db", db, "--format", "csv"]) == 2
    assert "--output DIR" in capsys.readouterr().err


def test_geojson_has_a_point_per_located_mention(db, tmp_path):
    out = tmp_path / "m.geojson"
    assert main(["export", "--db", db, "--format", "geojson", "--output", str(out)]) == 0
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    [feature] = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [39.73, 43.6]}
    assert feature["properties"]["text"] == "سوتشي" and feature["properties"]["doc_id"] == "doc-1"


def test_export_streams_in_chunks(tmp_path):
    """Many documents go out without the store ever returning more than one chunk at a time."""
    with open_store(str(tmp_path / "many.sqlite")) as store:
        store.put([Document(id=f"d{i:04d}", text=f"خبر رقم {i}.") for i in range(1200)])
        fetched = []
        original = store._rows

        def spy(sql, params=()):
            rows = original(sql, params)
            fetched.append(len(rows))
            return rows

        store._rows = spy
        import io

        out = io.BytesIO()
        assert export_jsonl(store, out) == 1200
        assert max(fetched) <= 500
        assert out.getvalue().count(b"\n") == 1200
