"""The embedded SQLite backend: one file, WAL journal, FTS5 over normalised Arabic.

Writes happen in explicit ``BEGIN IMMEDIATE`` transactions, so a process killed at any
point leaves either the whole batch or none of it (WAL makes the commit atomic and
durable). The search index is an FTS5 table whose rowid is the document's key.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

from khabar.document import Document
from khabar.store import migrations
from khabar.store.base import PreparedDocument, Store, StoreError


class SQLiteStore(Store):
    placeholder = "?"

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._connect_and_migrate()

    def _connect_and_migrate(self) -> None:
        if self.path.parent and not self.path.parent.exists():
            raise StoreError(f"cannot create database {self.path}: folder {self.path.parent} does not exist")
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=60)
            self.conn.execute("PRAGMA journal_mode = WAL")
            # NORMAL is durable at each commit under WAL except on power loss; a killed process loses nothing.
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            with self.transaction():
                self.conn.execute(migrations.VERSION_TABLE)
                row = self.conn.execute("SELECT max(version) FROM schema_version").fetchone()
                current = row[0] or 0
                if current > migrations.SCHEMA_VERSION:
                    raise StoreError(f"{self.path} has schema version {current}, newer than this khabar "
                                     f"({migrations.SCHEMA_VERSION}); upgrade khabar")
                for version, statements in migrations.pending("sqlite", current):
                    for statement in statements:
                        self.conn.execute(statement)
                    self.conn.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a usable khabar SQLite database: {exc}") from exc

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self.conn.in_transaction:  # nested: the outer transaction commits
            yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _rows(self, sql: str, params: Sequence = ()) -> list[tuple]:
        return self.conn.execute(sql, tuple(params)).fetchall()

    def _execute(self, sql: str, params: Sequence = ()) -> None:
        self.conn.execute(sql, tuple(params))

    def _executemany(self, sql: str, rows: list[tuple]) -> None:
        self.conn.executemany(sql, rows)

    def _insert_document(self, item: PreparedDocument, doc: Document) -> int:
        cursor = self.conn.execute(
            "INSERT INTO documents (id, content_hash, title, source, url, published, json) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (item.id, item.content_hash, doc.title, doc.source, doc.url, doc.published, item.json))
        return cursor.lastrowid

    def _index_search(self, keys_and_terms: list[tuple[int, str]]) -> None:
        self.conn.executemany("INSERT INTO documents_fts (rowid, terms) VALUES (?, ?)", keys_and_terms)

    def _delete_search(self, key: int) -> None:
        self.conn.execute("DELETE FROM documents_fts WHERE rowid = ?", (key,))

    def _search_keys(self, terms: list[str], limit: int, offset: int) -> list[int]:
        match = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
        rows = self.conn.execute(
            "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
            (match, limit, offset)).fetchall()
        return [r[0] for r in rows]

    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists())

    def close(self) -> None:
        if getattr(self, "conn", None) is not None:
            self.conn.close()
            self.conn = None
