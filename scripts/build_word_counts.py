"""Build khabar/resources/text/word_counts.tsv: normalised word frequencies that the clitic
segmenter uses to tell a clitic from a radical (و+قال vs وزير).

Source: the CC BY-SA annotated corpora in ../shared/data/ner (ANERcorp train, NewsFANE,
AQMAR, WikiFANE). Only counts of single words ship, never running text.
Run: .venv/bin/python scripts/build_word_counts.py
"""

from __future__ import annotations

import gzip
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from khabar.text.normalize import normalize_key  # noqa: E402

NER = ROOT.parent / "shared" / "data" / "ner"
OUT = ROOT / "khabar" / "resources" / "text" / "word_counts.tsv"
MIN_COUNT = 2


def corpus_files() -> list[Path]:
    files = [NER / "anercorp-camel-train.conll", NER / "newsfane-no-anercorp-test.tsv"]
    files += sorted((NER / "aqmar").glob("*.txt"))
    files += sorted((NER / "wikifane").glob("*.gz"))
    return files


def words(path: Path):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            parts = line.split()
            if parts:
                yield parts[0]


def main() -> int:
    if not NER.exists():
        print(f"error: {NER} is absent; this builder needs the project's ../shared data", file=sys.stderr)
        return 1
    counts: Counter[str] = Counter()
    for path in corpus_files():
        for word in words(path):
            key = normalize_key(word).strip("\ufeff\u200e\u200f")
            if key and any("\u0621" <= c <= "\u064a" for c in key):
                counts[key] += 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# normalised word\tcount — built by scripts/build_word_counts.py from ../shared/data/ner (CC BY-SA)\n")
        for word, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            if count >= MIN_COUNT:
                fh.write(f"{word}\t{count}\n")
    print(f"wrote {OUT} ({sum(1 for c in counts.values() if c >= MIN_COUNT)} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
