"""`khabar export --db URL --format jsonl|csv|geojson [--output PATH]`: stream a store out.

jsonl: one schema-1 Document per line (stdout without --output). csv: a folder with
documents.csv and one CSV per record type (--output DIR), or one record table to stdout
with --table. geojson: a FeatureCollection of the mentions of located entities.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

from khabar.export import FORMATS
from khabar.store.tables import RECORD_TABLES


def register(sub) -> None:
    p = sub.add_parser("export", help="stream the stored documents and records as JSONL, CSV or GeoJSON",
                       description=__doc__.split("\n")[0])
    p.add_argument("--db", default="khabar.sqlite", help="SQLite file or postgresql:// URL (default khabar.sqlite)")
    p.add_argument("--format", choices=FORMATS, default="jsonl")
    p.add_argument("--output", help="file (jsonl, geojson) or folder (csv); default stdout")
    p.add_argument("--table", choices=list(RECORD_TABLES), help="csv: one record table only (to --output file or stdout)")
    p.set_defaults(func=run)


@contextmanager
def _output(path: str | None, binary: bool):
    if path is None:
        yield sys.stdout.buffer if binary else sys.stdout
        return
    with open(path, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) as fh:
        yield fh


def run(args) -> int:
    from khabar.export import writers
    from khabar.store import StoreError, open_store

    try:
        store = open_store(args.db)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    with store:
        if args.format == "jsonl":
            with _output(args.output, binary=True) as out:
                n = writers.export_jsonl(store, out)
            print(f"exported {n} documents", file=sys.stderr)
        elif args.format == "geojson":
            with _output(args.output, binary=False) as out:
                n = writers.export_geojson(store, out)
            print(f"exported {n} located mentions", file=sys.stderr)
        elif args.table:
            with _output(args.output, binary=False) as out:
                n = writers.write_table_csv(store, args.table, out)
            print(f"exported {n} {args.table} rows", file=sys.stderr)
        else:
            if not args.output:
                print("error: --format csv writes one file per table: give --output DIR (or --table NAME)",
                      file=sys.stderr)
                return 2
            counts = writers.export_csv(store, Path(args.output))
            print("exported " + ", ".join(f"{n} {table}" for table, n in counts.items()) + f" to {args.output}",
                  file=sys.stderr)
    return 0
