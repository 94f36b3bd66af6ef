"""`khabar extract`: one file to a Document, or a JSONL batch to JSONL (../shared/SCHEMA.md)."""

from __future__ import annotations

import gzip
import json
import sys
from datetime import date, datetime
from pathlib import Path

from tqdm import tqdm

from khabar.core import extract, extract_article
from khabar.io import InputError, read_text_file
from khabar.report import summarize

EXIT_SOME_FAILED = 1
EXIT_BAD_INPUT = 2


def register(sub) -> None:
    p = sub.add_parser("extract", help="read an article (or a JSONL batch) and print its records",
                       description="Extract records from one article file, or from a JSONL batch with --input/--output.")
    p.add_argument("file", nargs="?", help="an article text file (UTF-8, UTF-16 or Windows-1256)")
    p.add_argument("--published", help="publication date (YYYY-MM-DD or ISO datetime) to resolve relative dates")
    p.add_argument("--id", help="document id (default: a hash of the text)")
    p.add_argument("--title")
    p.add_argument("--source")
    p.add_argument("--url")
    p.add_argument("--format", choices=["json", "text"], default="json")
    p.add_argument("--input", help="batch: JSONL (or .jsonl.gz) with one article per line")
    p.add_argument("--output", help="batch: JSONL to write, one Document per input line, in order")
    p.set_defaults(func=run)


def valid_published(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        if len(value) == 10:
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value)
    except ValueError:
        raise InputError("--published", f"{value!r} is not a date (YYYY-MM-DD) or ISO datetime") from None
    return value


def run(args) -> int:
    try:
        if args.input or args.output:
            if not (args.input and args.output) or args.file:
                print("error: batch mode takes --input IN.jsonl and --output OUT.jsonl (and no FILE)", file=sys.stderr)
                return EXIT_BAD_INPUT
            return run_batch(Path(args.input), Path(args.output))
        if not args.file:
            print("error: give an article FILE, or --input IN.jsonl --output OUT.jsonl", file=sys.stderr)
            return EXIT_BAD_INPUT
        text = read_text_file(args.file)
        doc = extract(text, id=args.id or Path(args.file).stem, published=valid_published(args.published),
                      title=args.title, source=args.source, url=args.url)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.format == "text":
        print(summarize(doc))
    else:
        sys.stdout.write(json.dumps(doc.to_dict(), ensure_ascii=False, indent=1) + "\n")
    return 0


def _open_input(path: Path):
    if not path.exists():
        raise InputError(path, "no such file")
    # bytes, decoded line by line: one badly encoded line must not stop the batch
    return gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb")


def process_line(raw: bytes, where: str) -> dict:
    """One batch line to a Document dict, or to an error record naming the file and line."""
    try:
        article = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        return {"id": None, "error": f"{where}: not UTF-8 ({exc.reason} at byte {exc.start})"}
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"{where}: not valid JSON ({exc.msg} at column {exc.colno})"}
    if not isinstance(article, dict):
        return {"id": None, "error": f"{where}: a line must be a JSON object, not {type(article).__name__}"}
    try:
        valid_published(article.get("published"))
        return extract_article(article).to_dict()
    except Exception as exc:  # one bad article must not stop the batch; the record says why
        return {"id": article.get("id"), "error": f"{where}: {exc}"}


def run_batch(input_path: Path, output_path: Path) -> int:
    failed = total = 0
    with _open_input(input_path) as src, output_path.open("w", encoding="utf-8") as out:
        lines = enumerate(src, start=1)
        try:
            for lineno, line in tqdm(lines, desc="extract", unit=" articles", disable=None, file=sys.stderr):
                if not line.strip():
                    continue
                total += 1
                record = process_line(line, f"{input_path}:{lineno}")
                failed += "error" in record
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        except (EOFError, OSError) as exc:  # e.g. a truncated .gz: report it, keep what was written
            failed += 1
            out.write(json.dumps({"id": None, "error": f"{input_path}: input unreadable after {total} lines ({exc})"}) + "\n")
    print(f"extract: {total} articles read, {total - failed} extracted, {failed} failed -> {output_path}", file=sys.stderr)
    return EXIT_SOME_FAILED if failed else 0
