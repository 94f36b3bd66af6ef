"""Streaming exports of a store: JSONL (the schema), CSV (one table per record type), GeoJSON.

Every writer pulls documents or rows from the store a chunk at a time and writes them
out at once, so an archive of any size never sits in memory.
"""

from khabar.export.writers import FORMATS, export_csv, export_geojson, export_jsonl

__all__ = ["FORMATS", "export_csv", "export_geojson", "export_jsonl"]
