"""Cue lexicons for quotes, loaded once per process from khabar/resources/lexicons/.

Every lexicon word is looked up through ``key()``: the same cheap normalisation applied to
words of the text (no diacritics or tatweel, أإآٱ→ا, ى→ي, ة→ه), so that وقالَ, وقال and
وقال match one entry. Proclitics (و، ف) are stripped by the matcher, not listed here.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from khabar.text.normalize import normalize_key

LEXICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "lexicons"

def key(word: str) -> str:
    """The lookup key of a word (or of many joined): the text layer's normalisation, plus ة→ه
    because cue spellings vary on it (مصادر مطلعة / مطلعه) and ة never separates two cues."""
    return normalize_key(word).replace("ة", "ه")


@dataclass(frozen=True, slots=True)
class CueForm:
    """One written form of a reporting verb (or participle, passive, masdar)."""

    form: str
    lemma: str
    family: str  # verb | participle | passive | masdar | relay
    tense: str
    person: int
    gender: str
    number: str
    frames: frozenset[str]  # clause, quote, colon, nominal, prep:X
    ambiguous: bool  # also a common non-verb word: needs a clause-initial position or a proclitic

    @property
    def preps(self) -> frozenset[str]:
        return frozenset(key(f[5:]) for f in self.frames if f.startswith("prep:"))


@dataclass(frozen=True, slots=True)
class Attribution:
    """A verbless attribution phrase (بحسب، وفقا لـ، نقلا عن ...) as a tuple of keys."""

    words: tuple[str, ...]
    needs_lam: bool  # the word after the phrase carries لـ
    position: str  # front | either
    needs_source: bool


def _rows(name: str) -> list[dict]:
    with open(LEXICON_DIR / name, encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


# Only third-person forms report someone else's words; first/second person forms are listed
# in the lexicon for completeness but, in news, they occur inside quotes (the speaker's own words).
@lru_cache(maxsize=1)
def cue_forms() -> dict[str, CueForm]:
    forms: dict[str, CueForm] = {}
    for row in _rows("reporting_verbs.tsv"):
        if row["person"] != "3":
            continue
        cue = CueForm(
            form=row["form"], lemma=row["lemma"], family=row["family"], tense=row["tense"],
            person=int(row["person"]), gender=row["gender"], number=row["number"],
            frames=frozenset(row["frames"].split()), ambiguous=row["ambiguous"] == "1",
        )
        forms.setdefault(key(cue.form), cue)  # first listed reading wins (active before passive)
    return forms


@lru_cache(maxsize=1)
def attributions() -> dict[str, list[Attribution]]:
    """Verbless attribution phrases indexed by the key of their first word."""
    index: dict[str, list[Attribution]] = {}
    for row in _rows("quote_attributions.tsv"):
        words = [key(w) for w in row["phrase"].split()]
        needs_lam = words[-1] == "ل"
        if needs_lam:
            words.pop()
        phrase = Attribution(tuple(words), needs_lam, row["position"], row["need_source"] == "1")
        index.setdefault(words[0], []).append(phrase)
    for phrases in index.values():
        phrases.sort(key=lambda p: -len(p.words))  # longest phrase first
    return index


@lru_cache(maxsize=1)
def cue_index() -> dict[str, tuple]:
    """Every word key that can start a cue -> ("verb", CueForm, proclitic, None) or
    ("phrase", [Attribution], proclitic, second words | None): one dict lookup per word of the
    text, and phrases like "في بيان" are dismissed on their second word without a call."""
    tables = []
    for k, phrases in attributions().items():
        seconds = None if any(len(p.words) == 1 for p in phrases) else frozenset(p.words[1] for p in phrases)
        tables.append((k, ("phrase", phrases, seconds)))
    tables.extend((k, ("verb", form, None)) for k, form in cue_forms().items())
    index: dict[str, tuple] = {}
    for k, (kind, value, seconds) in tables:
        for clitic in ("و", "ف"):
            if len(k) > 2:
                index.setdefault(clitic + k, (kind, value, True, seconds))
    for k, (kind, value, seconds) in tables:
        index[k] = (kind, value, False, seconds)  # a bare reading wins over clitic + word (وصف, وفقا)
    return index


@lru_cache(maxsize=1)
def source_nouns() -> dict[str, str]:
    """Heads of speaker phrases (titles, unnamed sources, institutions, media) -> kind."""
    return {key(row["noun"]): row["kind"] for row in _rows("quote_source_nouns.tsv")}
