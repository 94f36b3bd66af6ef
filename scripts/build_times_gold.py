"""Build tests/gold/times-*.jsonl from the hand annotations in tests/gold/src/.

    .venv/bin/python scripts/build_times_gold.py                    # every set
    .venv/bin/python scripts/build_times_gold.py times-heldout-j    # only the sets named

Name the sets you are annotating: rebuilding a set that others have already measured rewrites
its offsets, which must stay as they were when it was measured.

Each annotation names an article of ../shared/data/news/saudinewsnet.jsonl.gz by its line
index, the expression as written, its hand-resolved value and which occurrence it is. This
script finds the offsets and writes one JSON line per article with its url and date, the
offsets, the expression text and the value: never the article text (CC BY-NC-SA).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet.jsonl.gz"
SOURCES = ROOT / "tests" / "gold" / "src"
CLITICS = "وفبلك"


# a value is TIMEX3-like ASCII (2015-09-30, P3D, PRESENT_REF, 2015-01/2015-06): a character outside it is a
# slip of the editor, e.g. a right-to-left mark that replaced the R of PRESENT_REF in set AZ
VALUE = re.compile(r"[\x21-\x7e]+")


def read_annotations(path: Path) -> tuple[dict[int, list[tuple[str, str, int]]], list[str]]:
    """The annotations by article, and a message naming file and line for each value that is not plain ASCII
    (that line is left out; the rest of the set is built)."""
    articles: dict[int, list[tuple[str, str, int]]] = {}
    problems = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        entries = articles.setdefault(int(fields[0]), [])
        if len(fields) >= 3:
            if not VALUE.fullmatch(fields[2]):
                problems.append(f"{path}:{number}: value {fields[2]!r} has a character that is not printable ASCII")
                continue
            entries.append((fields[1], fields[2], int(fields[3]) if len(fields) > 3 else 1))
    return articles, problems


def is_word_start(text: str, at: int) -> bool:
    """At a word start, or after a clitic letter that is itself at a word start (وأمس)."""
    if at == 0 or not text[at - 1].isalpha():
        return True
    return text[at - 1] in CLITICS and (at == 1 or not text[at - 2].isalpha())


def occurrence(text: str, expression: str, nth: int) -> int:
    """Offset of the nth whole-word occurrence of expression in text."""
    seen = 0
    at = text.find(expression)
    while at >= 0:
        end = at + len(expression)
        if is_word_start(text, at) and (end == len(text) or not text[end].isalpha() or not expression[-1].isalpha()):
            seen += 1
            if seen == nth:
                return at
        at = text.find(expression, at + 1)
    raise ValueError(f"{expression!r} occurs {seen} times, not {nth}")


def chosen_sources(names: list[str]) -> list[Path]:
    if not names:
        return sorted(SOURCES.glob("times-*.tsv"))
    paths = [SOURCES / f"{name.removesuffix('.tsv')}.tsv" for name in names]
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        raise SystemExit(f"no such annotation file: {', '.join(missing)}")
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set names such as times-heldout-j (default: all)")
    args = parser.parse_args(argv)
    sets, problems = {}, 0
    for path in chosen_sources(args.sets):
        sets[path.stem], bad_values = read_annotations(path)
        for message in bad_values:
            print(message, file=sys.stderr)
        problems += len(bad_values)
    wanted = {index for annotations in sets.values() for index in annotations}
    articles = {}
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        for index, line in enumerate(fh):
            if index in wanted:
                articles[index] = json.loads(line)
    for name, by_article in sets.items():
        out = []
        for index, entries in by_article.items():
            article = articles[index]
            text = article["content"]
            times = []
            for expression, value, nth in entries:
                try:
                    start = occurrence(text, expression, nth)
                except ValueError as error:
                    print(f"{name} #{index}: {error}", file=sys.stderr)
                    problems += 1
                    continue
                times.append({"start": start, "end": start + len(expression), "text": expression, "value": value})
            times.sort(key=lambda t: t["start"])
            out.append({"index": index, "url": article["url"], "published": article["date_extracted"], "times": times})
        target = ROOT / "tests" / "gold" / f"{name}.jsonl"
        target.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in out), encoding="utf-8")
        print(f"{target.relative_to(ROOT)}: {len(out)} articles, {sum(len(r['times']) for r in out)} expressions")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
