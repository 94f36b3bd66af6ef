"""Load the knowledge base (khabar/resources/kb/) into entries and a name index.

Every name is stored under its normalised key (khabar.text.normalize.normalize_key, words
joined by one space). An ``Entry`` is one thing a name can denote; a name may denote
several (طرابلس in Libya and in Lebanon) and the entities stage ranks them per article.
Patterned names (titles: الرئيس الروسي; institutions: وزارة الدفاع الروسية) are expanded
here from the curated heads and the country nisba forms, once per process.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from khabar.text.normalize import normalize_key

KIND_RANK = {"person": 3, "org": 3, "institution": 3, "title": 3, "country": 3, "region": 2, "place": 1}


@dataclass(slots=True)
class Entry:
    id: str
    type: str  # PER | ORG | LOC | MISC
    kind: str  # person | org | institution | title | country | region | place
    name_ar: str
    name_en: str | None = None
    country: str | None = None
    role: str | None = None
    lat: float | None = None
    lon: float | None = None
    kb: str | None = None
    population: int = 0
    capital: bool = False  # a national capital: in actor position it stands for the government
    office: str | None = None  # titles: "president@RUS"


@dataclass(slots=True)
class Name:
    """One indexed name: its words, what it can denote, and whether it needs context."""

    words: tuple[str, ...]
    entries: list[Entry] = field(default_factory=list)
    # needs_context: a short person form (الأسد) valid only when the person is named in full
    # elsewhere in the article; a place name that is also a common word (الخبر) valid only
    # after a place word (مدينة الخبر).
    needs_context: bool = False


@dataclass
class KnowledgeBase:
    entries: dict[str, Entry]
    names: dict[tuple[str, ...], Name]
    trie: dict  # word -> TrieNode: the names as word paths (see build_trie)
    context_names: dict[tuple[str, ...], Name]
    nisba_keys: frozenset[str]  # الروسي، الروسية، روسي … (adjectives, never mentions by themselves)
    actor_verbs: frozenset[str]
    place_words: frozenset[str]
    offices: dict[str, list[tuple[str, str, str]]]  # office -> [(from, to, entry id)]
    max_words: int = 1
    # Matcher indexes, built on first use (khabar.kb.matcher.candidate_starts): the words
    # that may begin a name, and each such word's readings -> trie nodes
    start_surfaces: frozenset[str] | None = field(default=None, repr=False)
    start_cache: dict[str, tuple] = field(default_factory=dict, repr=False)

    def get(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)


PLACE_WORDS = ("مدينة", "محافظة", "بلدة", "قرية", "منطقة", "ولاية", "إقليم", "عاصمة", "العاصمة", "ميناء", "مدينه")


class TrieNode:
    """Names as paths of words: ``children`` by next word, ``names`` ending at this node
    (the plain name first, then the one that needs context)."""

    __slots__ = ("children", "names")

    def __init__(self) -> None:
        self.children: dict[str, TrieNode] = {}
        self.names: list[Name] = []


def build_trie(names: list[Name]) -> dict[str, TrieNode]:
    root: dict[str, TrieNode] = {}
    for name in names:
        level, node = root, None
        for word in name.words:
            node = level.get(word)
            if node is None:
                node = level[word] = TrieNode()
            level = node.children
        node.names.append(name)
        node.names.sort(key=lambda n: n.needs_context)
    return root


def key_words(name: str) -> tuple[str, ...]:
    return tuple(normalize_key(name).replace('"', " ").split())


def _lines(name: str) -> list[list[str]]:
    text = resources.files("khabar.resources.kb").joinpath(name).read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _col(row: list[str], i: int) -> str:
    return row[i] if i < len(row) else ""


def _split(value: str) -> list[str]:
    return [v for v in value.split("|") if v]


def _float(value: str) -> float | None:
    return float(value) if value else None


class _Builder:
    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.names: dict[tuple[str, ...], Name] = {}
        self.context_names: dict[tuple[str, ...], Name] = {}

    def add(self, entry: Entry, names: list[str], *, needs_context: bool = False) -> None:
        self.entries.setdefault(entry.id, entry)
        target = self.context_names if needs_context else self.names
        for raw in names:
            words = key_words(raw)
            if not words:
                continue
            name = target.get(words)
            if name is None:
                name = target[words] = Name(words, needs_context=needs_context)
            if entry not in name.entries:
                name.entries.append(entry)


def _load_countries(b: _Builder) -> dict[str, dict]:
    info = {}
    for row in _lines("countries.tsv"):
        iso3, _, name_en, demonym, lat, lon, gid, capital, names, nisba = (row + [""] * 10)[:10]
        entry = Entry(f"country:{iso3}", "LOC", "country", _split(names)[0] if names else name_en, name_en, iso3,
                      lat=_float(lat), lon=_float(lon), kb=f"geonames:{gid}" if gid else None)
        b.add(entry, _split(names))
        info[iso3] = {"name_en": name_en, "demonym": demonym or name_en, "names": _split(names),
                      "nisba": _split(nisba), "capital": capital}
    return info


def _load_places(b: _Builder, countries: dict[str, dict]) -> None:
    capitals = {(iso3, c["capital"]) for iso3, c in countries.items()}
    for row in _lines("places.tsv"):
        gid, name_en, iso3, lat, lon, pop, feature, keys, context_keys = (row + [""] * 9)[:9]
        names = _split(keys) or _split(context_keys)
        entry = Entry(f"geo:{gid}", "LOC", "place", names[0], name_en, iso3 or None, lat=_float(lat), lon=_float(lon),
                      kb=f"geonames:{gid}", population=int(pop or 0),
                      capital=feature == "PPLC" or (iso3, name_en) in capitals)
        b.add(entry, _split(keys))
        b.add(entry, _split(context_keys), needs_context=True)


def _load_regions(b: _Builder) -> None:
    for row in _lines("curated/regions.tsv"):
        rid, name_en, kind, iso3, lat, lon, names = (row + [""] * 7)[:7]
        entry = Entry(rid, "LOC", "region", _split(names)[0], name_en, iso3 or None, lat=_float(lat), lon=_float(lon),
                      kb=f"khabar:{rid}")
        b.add(entry, _split(names))


def _load_people(b: _Builder, offices: dict[str, list[tuple[str, str, str]]]) -> None:
    for row in _lines("curated/persons.tsv"):
        pid, name_en, iso3, role, names, short, positions = (row + [""] * 7)[:7]
        entry = Entry(f"kb:{pid}", "PER", "person", _split(names)[0], name_en, iso3 or None, role or None,
                      kb=f"khabar:{pid}")
        b.add(entry, _split(names))
        b.add(entry, _split(short), needs_context=True)
        for position in _split(positions.replace(";", "|")):
            office, holder_country, start, end = (position.split("@") + ["", "", ""])[:4]
            offices.setdefault(f"{office}@{holder_country}", []).append((start, end, entry.id))


def _load_orgs(b: _Builder) -> None:
    for row in _lines("curated/orgs.tsv"):
        oid, etype, name_en, iso3, role, names = (row + [""] * 6)[:6]
        entry = Entry(f"kb:{oid}", etype, "org", _split(names)[0], name_en, iso3 or None, role or None,
                      kb=f"khabar:{oid}")
        b.add(entry, _split(names))


def _nisba_forms(masc: str) -> dict[str, list[str]]:
    """Masculine and feminine singular nisba with and without the article."""
    fem = masc + "ة"
    return {"m": ["ال" + masc, masc], "f": ["ال" + fem, fem]}


def government_entry(iso3: str, country_name: str) -> Entry:
    return Entry(f"gov:{iso3}", "ORG", "institution", f"حكومة {iso3}", f"Government of {country_name}", iso3, "GOV",
                 kb=None)


def _expand_patterns(b: _Builder, countries: dict[str, dict]) -> frozenset[str]:
    """Titles and institutions: curated heads × country nisba forms / country names."""
    nisba_keys: set[str] = set()
    institutions = _lines("curated/institutions.tsv")
    titles = _lines("curated/titles.tsv")
    for iso3, c in countries.items():
        forms = [_nisba_forms(m) for m in c["nisba"]]
        definite = {g: [f[g][0] for f in forms] for g in ("m", "f")}
        for f in forms:
            nisba_keys.update(normalize_key(x) for g in ("m", "f") for x in f[g])
        for slug, gender, role, english, heads in ((r + [""] * 5)[:5] for r in institutions):
            english = english.replace("{adj}", c["demonym"]).replace("{country}", c["name_en"])
            if slug == "government":
                entry = government_entry(iso3, c["name_en"])
            else:
                entry = Entry(f"org:{iso3}:{slug}", "ORG", "institution", "", english, iso3, role)
            names = [f"{h} {n}" for h in _split(heads) for n in definite[gender]]
            if names:
                entry.name_ar = entry.name_ar if slug == "government" else names[0]
                b.add(entry, names)
        for office, kind, forms_ar in ((r + [""] * 3)[:3] for r in titles):
            if kind == "adj":
                names = [f"{h} {n}" for h in _split(forms_ar) for n in definite["m"]]
            elif kind == "construct":
                names = [f"{h} {n}" for h in _split(forms_ar) for n in c["names"]]
            else:
                continue
            if names:
                b.add(Entry(f"title:{office}@{iso3}", "PER", "title", names[0], None, iso3, office=f"{office}@{iso3}"),
                      names)
    for office, kind, forms_ar in ((r + [""] * 3)[:3] for r in titles):
        if kind.startswith("fixed@"):
            org = kind.split("@", 1)[1]
            names = _split(forms_ar)
            b.add(Entry(f"title:{office}@{org}", "PER", "title", names[0], None, None, "IGO", office=f"{office}@{org}"),
                  names)
    return frozenset(nisba_keys)


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """The shipped knowledge base, loaded once per process (about 0.3 s)."""
    b = _Builder()
    offices: dict[str, list[tuple[str, str, str]]] = {}
    countries = _load_countries(b)
    _load_places(b, countries)
    _load_regions(b)
    _load_people(b, offices)
    _load_orgs(b)
    nisba_keys = _expand_patterns(b, countries)
    for iso3, c in countries.items():  # governments exist even when no pattern names them
        b.entries.setdefault(f"gov:{iso3}", government_entry(iso3, c["name_en"]))
    trie = build_trie(list(b.names.values()) + list(b.context_names.values()))
    verbs = frozenset(w[0] for w in (key_words(ln[0]) for ln in _lines("curated/actor_verbs.txt")) if w)
    return KnowledgeBase(
        entries=b.entries, names=b.names, trie=trie, context_names=b.context_names, nisba_keys=nisba_keys,
        actor_verbs=verbs, place_words=frozenset(normalize_key(w) for w in PLACE_WORDS), offices=offices,
        max_words=max(len(w) for w in list(b.names) + list(b.context_names)),
    )
