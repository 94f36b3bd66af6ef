"""Schema migrations for both backends, applied in order and recorded in ``schema_version``.

Each migration is a list of statements for a dialect; a store applies every migration
newer than the version it finds, inside one transaction, so a half-applied migration
never survives a crash. Add a migration by appending to ``_MIGRATIONS``; never edit one
that has shipped.
"""

from __future__ import annotations

from khabar.store.tables import RECORD_TABLES

_TYPES = {
    "sqlite": {"int": "INTEGER", "real": "REAL", "text": "TEXT", "bool": "INTEGER", "key": "INTEGER", "blob": "BLOB"},
    "postgres": {"int": "INTEGER", "real": "DOUBLE PRECISION", "text": "TEXT", "bool": "BOOLEAN", "key": "BIGINT",
                 "blob": "BYTEA"},
}

# Lookups the API and exports make: records by document, by entity, by speaker, by event type.
_RECORD_INDEXES = {
    "mentions": ("doc", "entity"),
    "entities": ("doc", "id"),
    "quotes": ("doc", "speaker_entity"),
    "times": ("doc", "value"),
    "quantities": ("doc",),
    "events": ("doc", "cameo", "source", "target"),
}


def _record_tables(dialect: str) -> list[str]:
    types = _TYPES[dialect]
    statements = []
    for table, columns in RECORD_TABLES.items():
        cols = ", ".join(f'"{c.name}" {types[c.type]}' for c in columns)
        statements.append(f'CREATE TABLE {table} (doc {types["key"]} NOT NULL REFERENCES documents(key), {cols})')
        statements += [f'CREATE INDEX {table}_{col} ON {table} ("{col}")' for col in _RECORD_INDEXES[table]]
    return statements


def _v1(dialect: str) -> list[str]:
    types = _TYPES[dialect]
    if dialect == "sqlite":
        documents = "key INTEGER PRIMARY KEY, json BLOB NOT NULL, ingested_at TEXT NOT NULL DEFAULT (datetime('now'))"
        search = ["CREATE VIRTUAL TABLE documents_fts USING fts5(terms, tokenize = 'unicode61 remove_diacritics 0')"]
    else:
        documents = "key BIGSERIAL PRIMARY KEY, json TEXT NOT NULL, ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(), " \
                    "search TSVECTOR"
        search = ["CREATE INDEX documents_search ON documents USING GIN (search)"]
    return [
        f"CREATE TABLE documents ({documents}, id TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL, title TEXT, "
        "source TEXT, url TEXT, published TEXT, dup_group TEXT)",
        "CREATE INDEX documents_dup_group ON documents (dup_group)",
        "CREATE INDEX documents_published ON documents (published)",
        *search,
        *_record_tables(dialect),
        # Near-duplicate detection: the MinHash signature and its LSH band buckets.
        f"CREATE TABLE doc_minhash (doc {types['key']} PRIMARY KEY REFERENCES documents(key), sig {types['blob']} NOT NULL)",
        f"CREATE TABLE doc_bands (band INTEGER NOT NULL, bucket BIGINT NOT NULL, doc {types['key']} NOT NULL "
        "REFERENCES documents(key))",
        "CREATE INDEX doc_bands_bucket ON doc_bands (band, bucket)",
        "CREATE INDEX doc_bands_doc ON doc_bands (doc)",
    ]


_MIGRATIONS = [(1, _v1)]
SCHEMA_VERSION = _MIGRATIONS[-1][0]


def pending(dialect: str, current: int) -> list[tuple[int, list[str]]]:
    """The (version, statements) still to apply to a database at version ``current``."""
    return [(version, build(dialect)) for version, build in _MIGRATIONS if version > current]


VERSION_TABLE = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"
