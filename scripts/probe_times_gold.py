"""List every match of a pattern in the gold articles, with the gold annotation over it.

    .venv/bin/python scripts/probe_times_gold.py 'من قبل' --sets heldout-j heldout-k [--context 30]
    .venv/bin/python scripts/probe_times_gold.py 'من قبل' --sets all

How the settled calls of docs/times-guideline.md were counted: for each match in the text of
every article of tests/gold/times-*.jsonl, print the set, the article's line index, the match in
its context and the gold expressions that overlap it (or —). Reads the gold files and the corpus
only; never runs khabar. --sets is required: a default of every set once printed lines of a set
still kept blind, so reading them all takes an explicit `--sets all`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet.jsonl.gz"
GOLD = ROOT / "tests" / "gold"


def gold_sets(names: list[str] | None) -> dict[str, list[dict]]:
    paths = [GOLD / f"times-{n}.jsonl" for n in names] if names else sorted(GOLD.glob("times-*.jsonl"))
    return {p.stem.removeprefix("times-"): [json.loads(line) for line in p.open(encoding="utf-8")] for p in paths}


def article_texts(indices: set[int]) -> dict[int, str]:
    texts = {}
    with gzip.open(NEWS, "rt", encoding="utf-8") as corpus:
        for i, line in enumerate(corpus):
            if i in indices:
                texts[i] = json.loads(line)["content"]
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pattern", help="a Python regular expression")
    parser.add_argument("--context", type=int, default=30, help="characters shown either side")
    parser.add_argument("--sets", nargs="+", required=True,
                        help="set names such as heldout-j, or `all` (every set, those kept blind included)")
    args = parser.parse_args()
    sets = gold_sets(None if args.sets == ["all"] else args.sets)
    texts = article_texts({row["index"] for rows in sets.values() for row in rows})
    pattern, ctx = re.compile(args.pattern), args.context
    for name, rows in sets.items():
        for row in rows:
            text = texts[row["index"]]
            for m in pattern.finditer(text):
                over = [(g["text"], g["value"]) for g in row["times"] if g["start"] < m.end() and g["end"] > m.start()]
                seen = f"…{text[max(0, m.start() - ctx):m.start()]}[{m.group()}]{text[m.end():m.end() + ctx]}…"
                print(f"{name:17} {row['index']:6} {seen.replace(chr(10), ' ')} => {over or '—'}")


if __name__ == "__main__":
    main()
