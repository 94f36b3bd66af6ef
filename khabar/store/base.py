"""The store interface, and the SQL both backends share.

A ``Store`` holds Documents as their schema-1 JSON plus one table per record type.
``put`` writes a batch of prepared documents in ONE transaction: a document already
stored under the same id is replaced (its old records removed), never duplicated, and a
crash before commit leaves the previous state intact. Backends differ only in how they
connect, run SQL, and index search text (``khabar.store.sqlite``, ``khabar.store.postgres``).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from contextlib import contextmanager
from typing import Iterable, Iterator, Sequence

import msgspec

from khabar.document import Document
from khabar.store import dedup
from khabar.store.identity import content_hash
from khabar.store.searchtext import index_words
from khabar.store.tables import RECORD_TABLES, record_rows

CHUNK = 500


class StoreError(RuntimeError):
    """The database cannot be opened or is not a khabar store."""


class PreparedDocument(msgspec.Struct, frozen=True):
    """Everything a store writes for one document, computed where the document was extracted."""

    id: str
    content_hash: str
    json: bytes
    terms: str
    signature: bytes | None = None


class SearchHit(msgspec.Struct, frozen=True):
    id: str
    title: str | None
    published: str | None
    source: str | None
    dup_group: str | None


def prepare(doc: Document, hash_: str | None = None) -> PreparedDocument:
    """Serialise a document and compute its search text and MinHash signature."""
    words, terms = index_words(doc)
    if hash_ is None:
        hash_ = content_hash({"text": doc.text, "title": doc.title, "source": doc.source,
                              "url": doc.url, "published": doc.published})
    return PreparedDocument(doc.id, hash_, doc.to_json(), terms, dedup.signature(words))


_DECODER = msgspec.json.Decoder(Document)


class Store(ABC):
    """The interface the CLI, API, batch and exports use; see module docstring."""

    placeholder = "?"

    # --- what a backend provides --------------------------------------------------
    @abstractmethod
    def _connect_and_migrate(self) -> None: ...

    @abstractmethod
    @contextmanager
    def transaction(self) -> Iterator[None]: ...

    @abstractmethod
    def _rows(self, sql: str, params: Sequence = ()) -> list[tuple]: ...

    @abstractmethod
    def _execute(self, sql: str, params: Sequence = ()) -> None: ...

    @abstractmethod
    def _executemany(self, sql: str, rows: list[tuple]) -> None: ...

    @abstractmethod
    def _insert_document(self, item: PreparedDocument, doc: Document) -> int: ...

    @abstractmethod
    def _index_search(self, keys_and_terms: list[tuple[int, str]]) -> None: ...

    @abstractmethod
    def _delete_search(self, key: int) -> None: ...

    @abstractmethod
    def _search_keys(self, terms: list[str], limit: int, offset: int) -> list[int]: ...

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- writing ----------------------------------------------------------------
    def put(self, items: Iterable[PreparedDocument | Document]) -> int:
        """Store a batch in one transaction, replacing documents with the same id."""
        by_id = {}
        for item in items:  # the same id twice in one batch: the later one wins, as across batches
            item = item if isinstance(item, PreparedDocument) else prepare(item)
            by_id.pop(item.id, None)
            by_id[item.id] = item
        prepared = list(by_id.values())
        if not prepared:
            return 0
        with self.transaction():
            rows: dict[str, list[tuple]] = {table: [] for table in RECORD_TABLES}
            searchable = []
            for item in prepared:
                self._delete_by_id(item.id)
                doc = _DECODER.decode(item.json)
                key = self._insert_document(item, doc)
                for table in RECORD_TABLES:
                    rows[table] += record_rows(doc, table, key)
                searchable.append((key, item.terms))
                if item.signature is not None:
                    self._group_duplicates(key, item)
            for table, table_rows in rows.items():
                if table_rows:
                    self._executemany(self._insert_sql(table), table_rows)
            self._index_search(searchable)
        return len(prepared)

    def _insert_sql(self, table: str) -> str:
        columns = ", ".join(f'"{c.name}"' for c in RECORD_TABLES[table])
        marks = ", ".join([self.placeholder] * (len(RECORD_TABLES[table]) + 1))
        return f"INSERT INTO {table} (doc, {columns}) VALUES ({marks})"

    def _delete_by_id(self, doc_id: str) -> None:
        p = self.placeholder
        found = self._rows(f"SELECT key FROM documents WHERE id = {p}", (doc_id,))
        if not found:
            return
        key = found[0][0]
        for table in (*RECORD_TABLES, "doc_bands", "doc_minhash"):
            self._execute(f"DELETE FROM {table} WHERE doc = {p}", (key,))
        self._delete_search(key)
        self._execute(f"DELETE FROM documents WHERE key = {p}", (key,))

    def _group_duplicates(self, key: int, item: PreparedDocument) -> None:
        """Join the group of the most similar stored document above the threshold, if any."""
        p = self.placeholder
        buckets = dedup.band_buckets(item.signature)
        where = " OR ".join([f"(b.band = {p} AND b.bucket = {p})"] * len(buckets))
        params = [value for pair in buckets for value in pair]
        candidates = self._rows(
            f"SELECT DISTINCT m.doc, m.sig, d.id, d.dup_group FROM doc_bands b JOIN doc_minhash m ON m.doc = b.doc "
            f"JOIN documents d ON d.key = b.doc WHERE {where}", params)
        best = max(((dedup.similarity(item.signature, bytes(sig)), group or doc_id) for _, sig, doc_id, group in candidates),
                   default=(0.0, None))
        if best[0] >= dedup.THRESHOLD:
            self._execute(f"UPDATE documents SET dup_group = {p} WHERE key = {p}", (best[1], key))
        self._execute(f"INSERT INTO doc_minhash (doc, sig) VALUES ({p}, {p})", (key, item.signature))
        self._executemany(f"INSERT INTO doc_bands (band, bucket, doc) VALUES ({p}, {p}, {p})",
                          [(band, bucket, key) for band, bucket in buckets])

    # --- reading ----------------------------------------------------------------
    def count(self) -> int:
        return self._rows("SELECT count(*) FROM documents")[0][0]

    def get(self, doc_id: str) -> Document | None:
        found = self._rows(f"SELECT json FROM documents WHERE id = {self.placeholder}", (doc_id,))
        return _DECODER.decode(bytes(found[0][0]) if not isinstance(found[0][0], str) else found[0][0]) if found else None

    def known_hashes(self, ids: Sequence[str]) -> dict[str, str]:
        """Content hashes of the given ids that are already stored (to skip unchanged articles)."""
        out: dict[str, str] = {}
        for i in range(0, len(ids), CHUNK):
            chunk = list(ids[i:i + CHUNK])
            marks = ", ".join([self.placeholder] * len(chunk))
            out.update(self._rows(f"SELECT id, content_hash FROM documents WHERE id IN ({marks})", chunk))
        return out

    def ids(self) -> list[str]:
        return [row[0] for row in self._rows("SELECT id FROM documents ORDER BY key")]

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Documents matching every word of the query, normalised like the index."""
        from khabar.store.searchtext import query_terms

        terms = query_terms(query)
        if not terms:
            return []
        keys = self._search_keys(terms, limit, offset)
        if not keys:
            return []
        marks = ", ".join([self.placeholder] * len(keys))
        rows = {r[0]: r[1:] for r in self._rows(
            f"SELECT key, id, title, published, source, dup_group FROM documents WHERE key IN ({marks})", keys)}
        return [SearchHit(*rows[k]) for k in keys if k in rows]

    def duplicates(self, doc_id: str) -> list[str]:
        """The ids of the near-duplicate group a document belongs to (itself included), oldest first."""
        p = self.placeholder
        found = self._rows(f"SELECT dup_group FROM documents WHERE id = {p}", (doc_id,))
        if not found:
            return []
        group = found[0][0] or doc_id
        return [r[0] for r in self._rows(
            f"SELECT id FROM documents WHERE id = {p} OR dup_group = {p} ORDER BY key", (group, group))]

    def iter_documents(self, chunk: int = CHUNK) -> Iterator[bytes]:
        """Every document's schema JSON, in storage order, fetched ``chunk`` rows at a time."""
        for rows in self._key_chunks("SELECT key, json FROM documents", chunk):
            for _, data in rows:
                yield data.encode("utf-8") if isinstance(data, str) else bytes(data)

    def iter_document_meta(self, chunk: int = CHUNK) -> Iterator[tuple]:
        """(id, title, source, url, published, dup_group) of every document, in storage order."""
        for rows in self._key_chunks("SELECT key, id, title, source, url, published, dup_group FROM documents", chunk):
            for row in rows:
                yield row[1:]

    def iter_records(self, table: str, chunk: int = CHUNK) -> Iterator[tuple]:
        """(document id, *columns) rows of one record table, a few documents at a time."""
        if table not in RECORD_TABLES:
            raise ValueError(f"unknown record table {table!r}; one of {', '.join(RECORD_TABLES)}")
        columns = ", ".join(f'r."{c.name}"' for c in RECORD_TABLES[table])
        p = self.placeholder
        for keys in self._key_chunks("SELECT key, id FROM documents", chunk):
            ids = dict(keys)
            for row in self._rows(f"SELECT r.doc, {columns} FROM {table} r WHERE r.doc >= {p} AND r.doc <= {p} "
                                  "ORDER BY r.doc", (keys[0][0], keys[-1][0])):
                yield (ids[row[0]], *row[1:])

    def iter_located_mentions(self, chunk: int = CHUNK) -> Iterator[tuple]:
        """(document id, start, end, text, type, entity id, name_ar, name_en, country, lat, lon)."""
        p = self.placeholder
        for keys in self._key_chunks("SELECT key, id FROM documents", chunk):
            ids = dict(keys)
            for row in self._rows(
                'SELECT m.doc, m."start", m."end", m.text, m.type, e.id, e.name_ar, e.name_en, e.country, e.lat, e.lon '
                "FROM mentions m JOIN entities e ON e.doc = m.doc AND e.id = m.entity "
                f"WHERE m.doc >= {p} AND m.doc <= {p} AND e.lat IS NOT NULL AND e.lon IS NOT NULL ORDER BY m.doc, m.\"start\"",
                    (keys[0][0], keys[-1][0])):
                yield (ids[row[0]], *row[1:])

    def _key_chunks(self, select: str, chunk: int) -> Iterator[list[tuple]]:
        """Keyset pagination over documents: never more than ``chunk`` rows in memory."""
        p = self.placeholder
        last = -1
        while True:
            rows = self._rows(f"{select} WHERE key > {p} ORDER BY key LIMIT {p}", (last, chunk))
            if not rows:
                return
            yield rows
            last = rows[-1][0]
