"""The time and quantity lexicons (khabar/resources/lexicons/*.tsv), loaded once per process.

Every word is stored under its normalised key (khabar.text.normalize) so that matching is
insensitive to diacritics, hamza forms and tatweel; ``word_pattern`` turns a key phrase into
a regex fragment that also accepts ة written as ه and a definite article swallowed by a
preceding ل (للعام).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from khabar.text.normalize import normalize_key

LEXICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "lexicons"


def read_tsv(name: str) -> list[list[str]]:
    """Rows of a lexicon file, comments and blank lines skipped."""
    rows = []
    for line in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def key(word: str) -> str:
    return normalize_key(word.replace("_", " ")).strip()


def _atoms(phrase: str) -> list[str]:
    """A key phrase as regex atoms: words joined by any whitespace, final ة/ه interchangeable,
    a word-initial ال also matched as the bare ل left after the preposition ل (للعام)."""
    atoms: list[str] = []
    for n, word in enumerate(phrase.split()):
        if n:
            atoms.append(r"\s+")
        chars = [re.escape(c) for c in word]
        if word.endswith("ة") or (word.endswith("ه") and len(word) > 2):
            chars[-1] = "[ةه]"
        if word.startswith("ال") and len(word) > 3:
            chars[:2] = ["(?:ال|(?<=ل)ل)"]
        atoms.extend(chars)
    return atoms


def word_pattern(phrase: str) -> str:
    return "".join(_atoms(phrase))


_END = ""


def alternation(phrases) -> str:
    """One non-capturing group matching any of the phrases, compiled as a trie so that the
    regex engine rejects a position on its first letter; longer phrases are preferred."""
    trie: dict = {}
    for phrase in set(phrases):
        node = trie
        for atom in _atoms(phrase):
            node = node.setdefault(atom, {})
        node[_END] = {}
    return _emit(trie, outer=True) or "(?!)"


def _emit(node: dict, outer: bool = False) -> str:
    branches = [atom + _emit(child) for atom, child in sorted(node.items()) if atom != _END]
    if not branches:
        return ""
    if len(branches) == 1 and _END not in node and not outer:
        # a chain of single letters needs no group: the same regex, a third of the text for the
        # parser (the grammar compiles once per process, and its parse was most of a cold start)
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if _END in node else body


@dataclass(frozen=True)
class Month:
    number: int
    calendar: str  # gregorian | hijri
    ambiguous: int  # 0 a month name only; 1 also a word or name; 2 mostly a word (صفر zero)


@dataclass(frozen=True)
class Relative:
    kind: str
    unit: str
    offset: str


class Lexicons:
    """All lexicons as key → value maps, built once (see ``lexicons()``)."""

    def __init__(self) -> None:
        self.months: dict[str, Month] = {}
        for name, number, calendar, _series, ambiguous in read_tsv("months.tsv"):
            self.months[key(name)] = Month(int(number), calendar, int(ambiguous))
        self.weekdays = {key(name): int(day) for name, day in read_tsv("weekdays.tsv")}
        self.relative: dict[str, Relative] = {}
        # generic nouns that are also adjectives (الماضي) live apart: the same word is a direction
        self.nouns: dict[str, Relative] = {}
        for phrase, kind, unit, offset in read_tsv("relative.tsv"):
            table = self.nouns if kind == "noun" else self.relative
            table[key(phrase)] = Relative(kind, unit, offset)
        self.numbers: dict[str, tuple[float | str, str]] = {}
        for word, value, kind in read_tsv("numbers.tsv"):
            parsed: float | str = value if kind == "approx" else float(value)
            # آلاف is both a scale (ثلاثة آلاف) and an approximate count (آلاف الأشخاص)
            self.numbers.setdefault(key(word), (parsed, kind))
        self.approx = {key(w): v for w, v, kind in read_tsv("numbers.tsv") if kind == "approx"}
        self.currencies: dict[str, list[tuple[str, str]]] = {}
        for word, code, qualifier in read_tsv("currencies.tsv"):
            self.currencies.setdefault(key(word), []).append((code, "" if qualifier == "-" else key(qualifier)))
        self.units: dict[str, tuple[str, str]] = {}
        for forms, gloss, *rest in read_tsv("units.tsv"):
            casualty = rest[0] if rest else ""
            for form in forms.split():
                self.units[key(form)] = (gloss, casualty)
        self.casualty_cues = {key(cue): ("" if c == "-" else c) for cue, c in read_tsv("casualty_cues.tsv")}
        # events named by their date (حرب أكتوبر → 1973): the month words tried in order, and per (the event
        # word's first three letters, month) the event's year by the day written (None: no day)
        self.event_months: list[tuple[str, int]] = []
        self.event_years: dict[tuple[str, int | str], dict[int | None, int]] = {}
        for row in read_tsv("named_events.tsv"):
            if row[0] == "month":
                self.event_months.append((key(row[1]), int(row[2])))
            else:
                _kind, word, month, day, year, *_evidence = row
                table = self.event_years.setdefault((key(word)[:3], int(month) if month.isdigit() else key(month)), {})
                table[None if day == "-" else int(day)] = int(year)

    def relative_of(self, kind: str) -> list[str]:
        return [k for k, r in self.relative.items() if r.kind == kind]


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    return Lexicons()


@lru_cache(maxsize=1)
def weekday_stems() -> str:
    """The seven weekday names of the lexicon without their article, as one group (سبت … جمع[ةه]):
    for the rules that look around a match and put ال, an optional ال or a clitic in front."""
    return "(?:" + "|".join(sorted(word_pattern(name[2:]) for name in lexicons().weekdays)) + ")"


def weekday_names() -> str:
    """The seven weekday names as the key writes them (الاحد … الجمع[ةه]), as one group."""
    return f"(?:ال{weekday_stems()})"


def weekday_words() -> frozenset[str]:
    """The seven names as exact words, ة and ه both (الجمعة، الجمعه)."""
    names = set(lexicons().weekdays)
    return frozenset(names | {name[:-1] + "ه" for name in names if name.endswith("ة")})
