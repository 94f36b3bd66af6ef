"""`khabar extract` as a user runs it: real subprocesses, real files, real output."""

import contextlib
import gzip
import io
import json
import subprocess
import sys

import pytest

from khabar.cli import main
from khabar.core import extract
from tests.conftest import FIXTURES, SEED_NAME

SEED = FIXTURES / f"{SEED_NAME}.txt"


def khabar_process(*args):
    """The real command in a subprocess, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "khabar", *map(str, args)], capture_output=True, text=True, timeout=120)


def khabar(*args):
    """The same command line in-process (the pipeline is built once for the whole test run)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def test_seed_gives_valid_schema_json(seed_expected):
    from khabar.document import Document

    result = khabar_process("extract", SEED, "--published", "2015-10-22")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "khabar/1" and data["published"] == "2015-10-22"
    doc = Document.from_dict(data)  # checks every span against the text
    text = SEED.read_text(encoding="utf-8")
    assert doc.text == text
    assert (doc.dateline.place.text, doc.dateline.agency.text) == ("سوتشي", "سبوتنيك")
    assert "sentences" not in data, "working layers stay out of the JSON"
    # the same pipeline in-process: sentences and tokens tile the text exactly
    extracted = extract(text, id=SEED.stem, published="2015-10-22")
    assert extracted.to_dict() == data
    for layer in (extracted.sentences, extracted.tokens):
        previous = 0
        for item in layer:
            assert text[item.start:item.end] == item.text and not text[previous:item.start].strip()
            previous = item.end
        assert not text[previous:].strip()


def test_text_format_is_a_readable_summary():
    result = khabar("extract", SEED, "--format", "text")
    assert result.returncode == 0, result.stderr
    assert "dateline: place سوتشي [0:5], agency سبوتنيك [7:14]" in result.stdout
    assert "11 sentences" in result.stdout


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1256"])
def test_encodings_are_detected(tmp_path, encoding):
    text = "بيروت (رويترز) - قال مصدر أمني لبناني إن ثلاثة جنود قتلوا في هجوم قرب الحدود مع سوريا."
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    result = khabar("extract", path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["text"].lstrip("\ufeff") == text
    assert data["dateline"]["agency"]["text"] == "رويترز"


@pytest.mark.parametrize("content, reason", [(b"", "empty"), (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary")])
def test_empty_and_binary_files_get_a_clear_error(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = khabar("extract", path)
    assert result.returncode == 2
    assert str(path) in result.stderr and reason in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_file_and_bad_date_are_clear_errors(tmp_path):
    result = khabar("extract", tmp_path / "nope.txt")
    assert result.returncode == 2 and "no such file" in result.stderr
    result = khabar("extract", SEED, "--published", "22/10/2015")
    assert result.returncode == 2 and "--published" in result.stderr


def test_batch_goes_on_past_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": "الرياض - واس\nأكد مجلس الوزراء دعمه.", "published": "2017-06-05"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "a3"}),
        json.dumps({"id": "a4", "text": "بيروت (رويترز) - قال مصدر.", "published": "yesterday"}),
        "",
        json.dumps({"id": "a6", "text": "القاهرة - (د ب أ) - أعلن الوزير."}, ensure_ascii=False),
    ]
    src = tmp_path / "in.jsonl"
    src.write_bytes(("\n".join(lines) + "\n").encode() + b'{"id": "a7", "text": "\xff\xfe bad"}\n')
    out = tmp_path / "out.jsonl"
    result = khabar("extract", "--input", src, "--output", out)
    assert result.returncode == 1, "some lines failed"
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r.get("id") for r in records] == ["a1", None, "a3", "a4", "a6", None]
    assert records[0]["schema"] == "khabar/1" and records[0]["dateline"]["agency"]["text"] == "واس"
    assert "in.jsonl:2" in records[1]["error"] and "JSON" in records[1]["error"]
    assert "no text" in records[2]["error"]
    assert "yesterday" in records[3]["error"]
    assert records[4]["dateline"]["place"]["text"] == "القاهرة"
    assert "in.jsonl:7" in records[5]["error"] and "UTF-8" in records[5]["error"]
    assert "4 failed" in result.stderr


def test_batch_reads_gzip_and_succeeds(tmp_path):
    src = tmp_path / "in.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as fh:
        for i in range(3):
            fh.write(json.dumps({"id": f"n{i}", "text": "واشنطن - أ ف ب\nقال الرئيس إن المحادثات مستمرة."}, ensure_ascii=False) + "\n")
    out = tmp_path / "out.jsonl"
    result = khabar("extract", "--input", src, "--output", out)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["n0", "n1", "n2"]


def test_demo_prints_the_seed_summary():
    result = khabar("demo")
    assert result.returncode == 0, result.stderr
    assert "document 000_d6034d480de40b1e" in result.stdout and "سوتشي" in result.stdout
    assert "13 sample articles read" in result.stdout
