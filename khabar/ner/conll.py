"""Readers for the Arabic NER corpora and the mapping of their tag sets to PER/ORG/LOC/MISC.

Every reader yields sentences as ``(words, tags)`` with BIO tags over the four coarse types.
Words follow the ANERcorp convention: surface words with their clitics attached
(وروسيا، لبنانه). NewsFANE and WikiFANE split some clitics off (و قال، عاصمة ها); their
readers join them back so that every corpus looks like the text the tagger will see.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Iterator
from pathlib import Path

Sentence = tuple[list[str], list[str]]

COARSE_TYPES = ("PER", "ORG", "LOC", "MISC")

# ANERcorp / AQMAR / generic labels → coarse type.
_SIMPLE_TYPES = {
    "PER": "PER", "PERS": "PER", "PERSON": "PER",
    "ORG": "ORG", "ORGANIZATION": "ORG",
    "LOC": "LOC", "LOCATION": "LOC", "GPE": "LOC",
    "MISC": "MISC", "MIS": "MISC",
}

# The 50 fine classes of NewsFANE/WikiFANE (ACE subtypes) → coarse type. None = not an
# entity for ANERcorp's guidelines (FANE's PER "Group" tags nationality plurals such as
# الفلسطينيون, which ANERcorp leaves untagged).
FANE_TYPES: dict[str, str | None] = {
    # persons
    "Politician": "PER", "Athlete": "PER", "Artist": "PER", "Other_PER": "PER",
    "Religious_PER": "PER", "Scientist": "PER", "Businessperson": "PER", "Police": "PER",
    "Lawyer": "PER", "Engineer": "PER", "Group": None,
    # organisations
    "Government": "ORG", "Non-Governmental": "ORG", "Commercial": "ORG", "Educational": "ORG",
    "Media": "ORG", "Sports": "ORG", "Religious_ORG": "ORG", "Medical-Science": "ORG",
    "Entertainment": "ORG",
    # geo-political entities and locations
    "Nation": "LOC", "Population-Center": "LOC", "State-or-Province": "LOC",
    "County-or-District": "LOC", "GPE-Cluster": "LOC", "Continent": "LOC", "Water-Body": "LOC",
    "Land-Region-Natural": "LOC", "Celestial": "LOC", "Address": "LOC", "Boundary": "LOC",
    "Region-General": "LOC", "Region-International": "LOC",
    # facilities: places people go to are LOC; named buildings behave like MISC in ANERcorp
    "Airport": "LOC", "Path": "LOC", "Subarea-Facility": "LOC", "Building-Grounds": "MISC",
    # products, vehicles, weapons
    "Book": "MISC", "Movie": "MISC", "Sound": "MISC", "Software": "MISC", "Hardware": "MISC",
    "Food": "MISC", "Drug": "MISC", "Plant": "MISC", "Land": "MISC", "Air": "MISC",
    "Water": "MISC", "Subarea-Vehicle": "MISC", "Projectile": "MISC", "Shooting": "MISC",
    "Blunt": "MISC", "Exploding": "MISC", "Nuclear": "MISC", "Chemical": "MISC",
    "Sharp": "MISC", "Biological": "MISC",
}

# Clitics written as separate tokens in the FANE corpora.
_PROCLITICS = frozenset("وفبلك")
_ENCLITICS = frozenset({"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ي", "ني"})
_INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\ufeff\u200b"), None)


def map_simple(label: str) -> str | None:
    """Coarse type for an ANERcorp/AQMAR label body (PERS, LOC, MIS1, …), or None."""
    if label.startswith("MIS"):
        return "MISC"
    return _SIMPLE_TYPES.get(label.upper())


def map_fane(label: str) -> str | None:
    return FANE_TYPES.get(label)


def coarse_tag(tag: str, mapper) -> str:
    """Map one BIO tag (B-PERS, I-Politician, O) to the coarse BIO tag set."""
    prefix, _, body = tag.partition("-")
    if prefix not in ("B", "I") or not body:
        return "O"
    kind = mapper(body)
    return f"{prefix}-{kind}" if kind else "O"


def repair_bio(tags: list[str]) -> list[str]:
    """Turn an I- that does not continue an entity of its type into B- (conlleval's view)."""
    out = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def read_columns(lines: Iterable[str], sep: str | None = None) -> Iterator[list[tuple[str, str]]]:
    """Sentences of (token, tag) rows; blank lines separate sentences. Rows with a missing
    tag are skipped; invisible bidi marks are dropped from tokens."""
    rows: list[tuple[str, str]] = []
    for line in lines:
        parts = line.translate(_INVISIBLE).strip().split(sep)
        parts = [p.strip() for p in parts if p.strip()]
        if not parts:
            if rows:
                yield rows
                rows = []
            continue
        if len(parts) < 2:
            continue
        rows.append((parts[0], parts[-1]))
    if rows:
        yield rows


def _coarse_sentences(rows_iter, mapper) -> Iterator[Sentence]:
    for rows in rows_iter:
        words = [w for w, _ in rows]
        tags = repair_bio([coarse_tag(t, mapper) for _, t in rows])
        yield words, tags


def read_anercorp(path: Path) -> list[Sentence]:
    with open(path, encoding="utf-8") as fh:
        return list(_coarse_sentences(read_columns(fh), map_simple))


def read_aqmar(folder: Path) -> list[Sentence]:
    out: list[Sentence] = []
    for path in sorted(Path(folder).glob("*.txt")):
        with open(path, encoding="utf-8") as fh:
            out.extend(_coarse_sentences(read_columns(fh), map_simple))
    return out


def attach_clitics(words: list[str], tags: list[str]) -> Sentence:
    """Join FANE's separated clitics to their host word (و قال → وقال, عاصمة ها → عاصمتها).

    A proclitic takes the tag of its host (و + B-LOC روسيا → B-LOC وروسيا), as in ANERcorp.
    """
    out_w: list[str] = []
    out_t: list[str] = []
    pending = ""
    for word, tag in zip(words, tags):
        if word in _PROCLITICS:
            pending += word
            continue
        if pending:
            word = _join_proclitic(pending, word)
            pending = ""
        elif word in _ENCLITICS and out_w and out_w[-1][-1:].isalpha():
            host = out_w[-1]
            out_w[-1] = (host[:-1] + "ت" if host.endswith("ة") else host) + word
            continue
        out_w.append(word)
        out_t.append(tag)
    if pending:
        out_w.append(pending)
        out_t.append("O")
    return out_w, repair_bio(out_t)


def _join_proclitic(clitics: str, word: str) -> str:
    # ل + ال... is written لل... (للاتحاد), not لال...
    if clitics.endswith("ل") and word.startswith("ال"):
        return clitics + word[1:]
    return clitics + word


def read_fane(path: Path) -> list[Sentence]:
    """NewsFANE (.tsv) or WikiFANE (.txt.gz): fine classes mapped, clitics re-attached."""
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8-sig") as fh:
        return [attach_clitics(w, t) for w, t in _coarse_sentences(read_columns(fh), map_fane)]


def write_conll(sentences: Iterable[Sentence], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for words, tags in sentences:
            fh.writelines(f"{w} {t}\n" for w, t in zip(words, tags))
            fh.write("\n")


def read_conll(path: Path) -> list[Sentence]:
    """A CoNLL file in the `token TAG` form with any of the coarse label spellings."""
    return read_anercorp(path)
