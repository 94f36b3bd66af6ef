"""The export writers; each returns how many documents, rows or features it wrote."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import BinaryIO, TextIO

from khabar.store import Store
from khabar.store.tables import RECORD_TABLES

FORMATS = ("jsonl", "csv", "geojson")
DOCUMENT_CSV_COLUMNS = ("id", "title", "source", "url", "published", "dup_group")


def export_jsonl(store: Store, out: BinaryIO) -> int:
    """One schema-1 Document per line, exactly as stored."""
    count = 0
    for data in store.iter_documents():
        out.write(data)
        out.write(b"\n")
        count += 1
    return count


def export_csv(store: Store, directory: Path) -> dict[str, int]:
    """documents.csv plus one CSV per record table (doc_id first), UTF-8 with a BOM for spreadsheets."""
    directory.mkdir(parents=True, exist_ok=True)
    counts = {"documents": _documents_csv(store, directory / "documents.csv")}
    for table in RECORD_TABLES:
        with open(directory / f"{table}.csv", "w", encoding="utf-8-sig", newline="") as fh:
            counts[table] = write_table_csv(store, table, fh)
    return counts


def write_table_csv(store: Store, table: str, out: TextIO) -> int:
    writer = csv.writer(out)
    writer.writerow(["doc_id", *(c.name for c in RECORD_TABLES[table])])
    count = 0
    for row in store.iter_records(table):
        writer.writerow(row)
        count += 1
    return count


def _documents_csv(store: Store, path: Path) -> int:
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(DOCUMENT_CSV_COLUMNS)
        for row in store.iter_document_meta():
            writer.writerow(row)
            count += 1
    return count


def export_geojson(store: Store, out: TextIO) -> int:
    """A FeatureCollection with one Point per mention of a located entity, written feature by feature."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for doc_id, start, end, text, type_, entity, name_ar, name_en, country, lat, lon in store.iter_located_mentions():
        feature = {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {"doc_id": doc_id, "start": start, "end": end, "text": text, "type": type_,
                           "entity": entity, "name_ar": name_ar, "name_en": name_en, "country": country},
        }
        out.write(("," if count else "") + json.dumps(feature, ensure_ascii=False) + "\n")
        count += 1
    out.write("]}\n")
    return count
