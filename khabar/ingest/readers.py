"""Reading inputs into Articles: directories, .txt (+ sidecar), JSONL, HTML, RSS/Atom, .gz.

``read_inputs(paths, options)`` yields an ``Article`` for every article it reads and an
``InputError`` (file, line, reason) for every input it cannot read, and always goes on
with the next one. Files are streamed: a JSONL archive is read line by line, a .gz is
decompressed on the fly, and no input larger than one article's limit is ever held whole.
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from pathlib import Path
from typing import BinaryIO, Iterator

import msgspec

from khabar.ingest.article import Article, ReadItem, ReadOptions, too_big
from khabar.ingest.fields import article_from_record
from khabar.io import InputError, decode_bytes

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
SIDECAR_SUFFIX = ".meta.json"

_GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)


def read_inputs(paths: list[str], options: ReadOptions | None = None) -> Iterator[ReadItem]:
    options = options or ReadOptions()
    for path in paths:
        if path.startswith(("http://", "https://")):
            from khabar.ingest.feeds import read_feed_url

            yield from read_feed_url(path, options)
        elif os.path.isdir(path):
            for file in iter_directory(Path(path)):
                yield from read_file(file, options)
        else:
            yield from read_file(Path(path), options)


def iter_directory(root: Path) -> Iterator[Path]:
    """Input files under a folder, in a stable order; hidden files and sidecars are left out."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.endswith(SIDECAR_SUFFIX):
                continue
            if inner_suffix(Path(name)) in KNOWN_SUFFIXES:
                yield Path(folder) / name


def inner_suffix(path: Path) -> str:
    """The suffix that says the format, under any .gz: a.jsonl.gz -> .jsonl."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def _open(path: Path) -> BinaryIO:
    return gzip.open(path, "rb") if path.suffix.lower() == ".gz" else open(path, "rb")


def read_file(path: Path, options: ReadOptions) -> Iterator[ReadItem]:
    if not path.exists():
        yield InputError(path, "no such file or folder")
        return
    suffix = inner_suffix(path)
    try:
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path, options)
            return
        data = _read_whole(path, options)
        if suffix in HTML_SUFFIXES:
            from khabar.ingest.html import article_from_html

            yield article_from_html(data, path, options)
        elif suffix in FEED_SUFFIXES:
            from khabar.ingest.feeds import read_feed_bytes

            yield from read_feed_bytes(data, str(path), options)
        else:
            yield _article_from_text(data, path, options)
    except InputError as exc:
        yield exc
    except _GZIP_ERRORS as exc:
        yield InputError(path, f"truncated or corrupt gzip file ({exc})")
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}")


def _read_whole(path: Path, options: ReadOptions) -> bytes:
    """One article file's bytes, refusing (before reading it all) one over the size limit."""
    if path.suffix.lower() != ".gz":
        reason = too_big(path.stat().st_size, options)
        if reason:
            raise InputError(path, reason)
    with _open(path) as fh:
        data = fh.read(options.max_article_bytes + 1)
    reason = too_big(len(data), options)
    if reason:
        raise InputError(path, reason)
    return data


def _article_from_text(data: bytes, path: Path, options: ReadOptions) -> Article:
    text = decode_bytes(data, path)
    meta = dict(options.defaults)
    meta.update(_sidecar(path))
    record = {**meta, "text": text}
    article = article_from_record(record, str(path), ReadOptions(max_article_bytes=options.max_article_bytes))
    if isinstance(article, str):
        raise InputError(path, article)
    return article


def _sidecar(path: Path) -> dict:
    """Metadata for a .txt from <name>.meta.json beside it (id, title, source, url, published)."""
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    sidecar = path.with_name(name.rsplit(".", 1)[0] + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (ValueError, OSError) as exc:
        raise InputError(sidecar, f"sidecar metadata is not readable JSON: {exc}") from None
    if not isinstance(meta, dict):
        raise InputError(sidecar, "sidecar metadata must be a JSON object")
    return meta


_JSON = msgspec.json.Decoder()


def read_jsonl(path: Path, options: ReadOptions) -> Iterator[ReadItem]:
    """One article per line; a bad line is an InputError with its line number, the rest goes on."""
    limit = options.max_article_bytes
    line_no = 0
    with _open(path) as fh:
        while True:
            line_no += 1
            try:
                raw = fh.readline(limit + 1)
                if not raw:
                    return
                if len(raw) > limit and not raw.endswith(b"\n"):
                    size = len(raw) + _skip_rest_of_line(fh)
                    yield InputError(path, too_big(size, options) or "line too long", line=line_no)
                    continue
            except _GZIP_ERRORS as exc:
                yield InputError(path, f"truncated or corrupt gzip file: the data stops here ({exc})", line=line_no)
                return
            if raw.strip():
                yield _article_from_line(raw, path, line_no, options)


def _skip_rest_of_line(fh: BinaryIO) -> int:
    skipped = 0
    while True:
        chunk = fh.readline(1 << 20)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _article_from_line(raw: bytes, path: Path, line_no: int, options: ReadOptions) -> ReadItem:
    try:
        record = _JSON.decode(raw)
    except msgspec.DecodeError:
        try:
            record = json.loads(decode_bytes(raw, path))  # a legacy-encoded line
        except (ValueError, InputError) as exc:
            return InputError(path, f"not valid JSON ({exc})", line=line_no)
    if not isinstance(record, dict):
        return InputError(path, f"a JSON {type(record).__name__} where an article object was expected", line=line_no)
    article = article_from_record(record, f"{path}:{line_no}", options)
    return InputError(path, article, line=line_no) if isinstance(article, str) else article
