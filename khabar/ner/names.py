"""Name memory: how often a word is part of a named entity in corpora the CRF does not train on.

The Wikipedia NER corpora (WikiFANE, AQMAR) follow other tagging conventions than ANERcorp,
so training on them lowers the score on news; but the names they tag are still evidence.
``build_name_table`` counts, per clitic-stripped folded word, how often it is tagged
B-/I- PER, LOC or ORG; the tagger sees the reliable ones as word features (``nm=B-PER:hi``)
and lets the weights decide how much they count. The same counts over ANERcorp's own
training split are added as ``aner:`` cues (jackknifed while training: a sentence only sees
the cues counted on the other folds). The table is built by scripts/train_ner.py and
shipped as khabar/resources/ner/names.tsv.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from khabar.ner.features import RESOURCES, word_stem

NAMES_PATH = RESOURCES / "names.tsv"
NAME_TYPES = ("PER", "LOC", "ORG")
MIN_COUNT = 2
# A word tagged X in at least HIGH of its occurrences is a strong cue, MID a weak one.
HIGH, MID = 0.6, 0.25


def name_key(word: str) -> str:
    # The model's own proclitic stripping, not the text layer's: that one keeps و/ال on words
    # it does not know, which names mostly are (ونواف).
    return word_stem(word)


def build_name_table(sentences: Iterable[tuple[list[str], list[str]]]) -> dict[str, list[str]]:
    """Folded stem → cue labels (``B-PER:hi``, ``I-LOC:mid`` …) from BIO-tagged sentences."""
    tagged: dict[str, Counter] = defaultdict(Counter)
    seen: Counter = Counter()
    for words, tags in sentences:
        for word, tag in zip(words, tags):
            key = name_key(word)
            seen[key] += 1
            if tag[2:] in NAME_TYPES:
                tagged[key][tag] += 1
    table: dict[str, list[str]] = {}
    for key, counts in tagged.items():
        cues = []
        for tag, count in sorted(counts.items()):
            ratio = count / seen[key]
            if count >= MIN_COUNT and ratio >= MID:
                cues.append(f"{tag}:{'hi' if ratio >= HIGH else 'mid'}")
        if cues and len(key) >= 2:
            table[key] = cues
    return table


def write_name_table(table: dict[str, list[str]], path: Path = NAMES_PATH) -> None:
    write_cue_table(table, path, "# Name memory for the NER tagger, built by scripts/train_ner.py from WikiFANE and AQMAR\n"
                    "# (CC BY-SA 3.0) and, prefixed aner:, the ANERcorp training split (CC BY-SA 4.0):\n"
                    "# clitic-stripped folded word TAB cue labels (tag:hi ≥60%, tag:mid ≥25% of its occurrences).\n")


def write_cue_table(table: dict[str, list[str]], path: Path, header: str) -> None:
    """word TAB cue labels, sorted, after a comment header (read back by read_cue_table)."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(header)
        for key in sorted(table):
            fh.write(f"{key}\t{' '.join(table[key])}\n")


@lru_cache(maxsize=1)
def name_table() -> dict[str, list[str]]:
    """The shipped name memory (empty when the file is absent), with the news cues
    (khabar/ner/news_names.py) merged in."""
    from khabar.ner.news_names import read_news_names, with_news_cues

    return with_news_cues(read_cue_table(NAMES_PATH), read_news_names())


def read_cue_table(path: Path) -> dict[str, list[str]]:
    """word → cue labels from a table written by write_name_table (empty when absent)."""
    table: dict[str, list[str]] = {}
    if not path.exists():
        return table
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            key, _, cues = line.rstrip("\n").partition("\t")
            table[key] = cues.split()
    return table
