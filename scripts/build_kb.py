#!/usr/bin/env python3
"""Build khabar's knowledge-base data (khabar/resources/kb/) from ../shared/data.

    python scripts/build_kb.py [--shared ../shared] [--news-docs 12000]

Reads GeoNames (cities15000, countryInfo, country_translations), mledoze/countries and
the curated files in khabar/resources/kb/curated/, and writes:

- countries.tsv       one row per country: ISO3, English name and demonym, coordinates,
                      capital, Arabic names (GeoNames + mledoze + curated) and nisba forms;
- places.tsv          GeoNames places with Arabic-script names that survive the filters;
- place_stopwords.auto.txt  single-word GeoNames names that the frequency test over the
                      SaudiNewsNet news found to be ordinary words (they then match only
                      after a place word such as مدينة or محافظة);
- the kb entries of khabar/resources/MANIFEST.json.

GeoNames alternate names are not tagged by language: a name is kept when it is written in
Arabic letters only (Persian/Urdu letters excluded), has at least three letters, and is not
a curated stop-word. The frequency test counts, over the first --news-docs articles, how
many articles contain the name and how often it follows a locative word (في، من، إلى،
مدينة، ب…). A frequent name that rarely follows one, or a frequent name of a small or far
place (a town of 30,000 people does not appear in one Saudi article in 500), is a word.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from khabar.text.normalize import normalize_key  # noqa: E402

KB_DIR = ROOT / "khabar" / "resources" / "kb"
CURATED = KB_DIR / "curated"
MANIFEST = ROOT / "khabar" / "resources" / "MANIFEST.json"
VERSION = "1.0.0"

ARABIC_NAME = re.compile(r"^[\u0621-\u064A\u064B-\u065F\u0670 ]+$")
WORD = re.compile(r"[\u0621-\u064A]+")
ARAB_WORLD = set("SA AE KW QA BH OM YE IQ SY LB JO PS EG SD LY TN DZ MA MR SO DJ KM".split())
LOCATIVE = {"في", "من", "الي", "الى", "مدينة", "محافظة", "منطقة", "بلدة", "قرية", "مدينه"}
FUNCTION_WORDS = {"ان", "في", "من", "الى", "علي", "على", "عن", "او", "ما", "لا", "هو", "هي", "قد", "كان", "ثم"}
FREQUENT_DF = 20  # articles (of --news-docs) from which a single-word name must prove itself


def read_lines(path: Path) -> list[str]:
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


def name_key(name: str) -> str:
    return " ".join(normalize_key(name).split())


def load_stopwords() -> set[str]:
    words = read_lines(CURATED / "place_stopwords.txt") + read_lines(CURATED / "country_name_block.txt")
    return {name_key(w) for w in words}


def read_cities(shared: Path) -> list[dict]:
    extra = {}
    for line in read_lines(CURATED / "places_extra.tsv"):
        gid, names = line.split("\t")
        extra[gid] = names.split("|")
    places = []
    for line in (shared / "data/gazetteers/cities15000.txt").open(encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        names = [a.strip() for a in f[3].split(",") if ARABIC_NAME.match(a.strip())]
        curated = extra.pop(f[0], [])
        if not names and not curated:
            continue
        places.append({
            "id": f[0], "name_en": f[1], "cc": f[8], "lat": float(f[4]), "lon": float(f[5]),
            "population": int(f[14] or 0), "feature": f[7], "names": names, "curated": curated,
        })
    if extra:
        print(f"warning: places_extra.tsv ids not in cities15000: {sorted(extra)}", file=sys.stderr)
    return places


def news_frequencies(shared: Path, candidates: set[str], limit: int) -> tuple[Counter, Counter, Counter]:
    """Document frequency, occurrences and locative occurrences of single-word candidates."""
    df, total, locative = Counter(), Counter(), Counter()
    path = shared / "data/news/saudinewsnet.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= limit:
                break
            words = WORD.findall(normalize_key(json.loads(line)["content"]))
            seen = set()
            for j, word in enumerate(words):
                base, after_b = word, False
                if base not in candidates and word[:1] in "وبلف" and word[1:] in candidates:
                    base, after_b = word[1:], word[0] == "ب"
                if base in candidates:
                    seen.add(base)
                    total[base] += 1
                    if after_b or (j and words[j - 1] in LOCATIVE):
                        locative[base] += 1
            df.update(seen)
    return df, total, locative


def is_word_not_place(key: str, best: dict, df: Counter, total: Counter, locative: Counter) -> bool:
    """The frequency test for a frequent single-word name (see the module docstring)."""
    if df[key] < FREQUENT_DF:
        return False
    ratio = locative[key] / max(total[key], 1)
    major = best["population"] >= 1_000_000 or best["feature"] in ("PPLC", "PPLA")
    if ratio < (0.1 if major else 0.3):  # capitals are often subjects (دمشق ترفض), not after في
        return True
    if best["cc"] in ARAB_WORLD:
        return best["population"] < (50_000 if best["cc"] == "SA" else 200_000)
    return best["population"] < 1_000_000


def build_places(shared: Path, news_docs: int) -> tuple[list[dict], list[str]]:
    stop = load_stopwords()
    places = read_cities(shared)
    by_key: dict[str, list[dict]] = {}
    for place in places:
        keys = {name_key(n) for n in place["names"]} - stop
        keys = {k for k in keys if len(k.replace(" ", "")) >= 3 and k.split()[0] not in FUNCTION_WORDS}
        place["keys"] = keys
        place["curated_keys"] = {name_key(n) for n in place["curated"]}
        for key in keys:
            by_key.setdefault(key, []).append(place)
    single = {k for k in by_key if " " not in k}
    df, total, locative = news_frequencies(shared, single, news_docs)
    auto_stop = []
    for key in sorted(single):
        best = max(by_key[key], key=lambda p: p["population"])
        too_short = len(key) <= 3 and (best["cc"] not in ARAB_WORLD or best["population"] < 100_000)
        tiny_far = best["cc"] not in ARAB_WORLD and best["population"] < 50_000
        if too_short or tiny_far or is_word_not_place(key, best, df, total, locative):
            auto_stop.append(key)
    auto = set(auto_stop)
    for place in places:
        place["context_keys"] = sorted((place["keys"] & auto) - place["curated_keys"])
        place["keys"] = sorted((place["keys"] - auto) | place["curated_keys"])
    kept = [p for p in places if p["keys"] or p["context_keys"]]
    return kept, auto_stop


def build_countries(shared: Path) -> list[dict]:
    gaz = shared / "data/gazetteers"
    info = {}
    for line in read_lines(gaz / "countryInfo.tsv"):
        f = line.split("\t")
        info[f[1]] = {"iso2": f[0], "name_en": f[4], "geonameid": f[16] if len(f) > 16 else ""}
    translations = json.loads((gaz / "country_translations.json").read_text(encoding="utf-8"))
    mledoze = json.loads((gaz / "mledoze-countries.json").read_text(encoding="utf-8"))
    curated = {}
    for line in read_lines(CURATED / "countries.tsv"):
        f = (line.split("\t") + ["", ""])[:3]
        curated[f[0]] = {"nisba": [n for n in f[1].split("|") if n], "names": [n for n in f[2].split("|") if n]}
    blocked = {name_key(w) for w in read_lines(CURATED / "country_name_block.txt")}
    rows = []
    for c in mledoze:
        iso3 = c["cca3"]
        if iso3 not in info:
            continue
        ara = c.get("translations", {}).get("ara", {})
        names = list(curated.get(iso3, {}).get("names", []))
        for n in (ara.get("common"), ara.get("official"), translations.get(info[iso3]["geonameid"], {}).get("ar")):
            if n and ARABIC_NAME.match(n) and n not in names:
                names.append(n)
        names = [n for n in names if name_key(n) not in blocked]
        lat, lon = (c.get("latlng") or [None, None])[:2]
        rows.append({
            "iso3": iso3, "name_en": c["name"]["common"], "demonym": c.get("demonyms", {}).get("eng", {}).get("m", ""),
            "lat": lat, "lon": lon, "geonameid": info[iso3]["geonameid"], "capital": (c.get("capital") or [""])[0],
            "iso2": info[iso3]["iso2"], "names": names, "nisba": curated.get(iso3, {}).get("nisba", []),
        })
    return rows


def write_tsv(path: Path, header: list[str], rows: list[list]) -> None:
    lines = ["#" + "\t".join(header)]
    lines += ["\t".join("" if v is None else str(v) for v in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def update_manifest(entries: list[dict]) -> None:
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8")) if MANIFEST.exists() else []
    if isinstance(manifest, dict):
        manifest = manifest.get("resources", [])
    paths = {e["path"] for e in entries}
    manifest = [e for e in manifest if e.get("path") not in paths] + entries
    manifest.sort(key=lambda e: e["path"])
    MANIFEST.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def manifest_entries() -> list[dict]:
    geonames = "GeoNames cities15000/countryInfo/country_translations (geonames.org)"
    sources = {
        "countries.tsv": (geonames + " + mledoze/countries + curated/countries.tsv", "CC BY 4.0 (GeoNames); ODbL 1.0 (mledoze/countries)"),
        "places.tsv": (geonames + " + curated/places_extra.tsv", "CC BY 4.0 (GeoNames)"),
        "place_stopwords.auto.txt": ("frequency test over SaudiNewsNet (word counts only, no text)", "CC BY 4.0 (GeoNames names)"),
    }
    entries = []
    for name, (source, licence) in sources.items():
        path = KB_DIR / name
        entries.append({"path": f"kb/{name}", "version": VERSION, "source": source, "licence": licence, "sha256": sha256(path)})
    for path in sorted(CURATED.iterdir()):
        if path.suffix in (".tsv", ".txt"):
            entries.append({"path": f"kb/curated/{path.name}", "version": VERSION, "source": "written for khabar",
                            "licence": "Apache-2.0", "sha256": sha256(path)})
    return entries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--news-docs", type=int, default=12000, help="articles read for the frequency test")
    args = parser.parse_args(argv)
    needed = [args.shared / "data/gazetteers/cities15000.txt", args.shared / "data/news/saudinewsnet.jsonl.gz"]
    missing = [str(p) for p in needed if not p.exists()]
    if missing:
        print(f"build_kb: cannot build the knowledge base: missing {', '.join(missing)}.\n"
              f"It needs the project's ../shared data folder (or --shared PATH). The shipped KB in "
              f"{KB_DIR.relative_to(ROOT)} keeps working without it.", file=sys.stderr)
        return 2
    countries = build_countries(args.shared)
    write_tsv(KB_DIR / "countries.tsv",
              ["iso3", "iso2", "name_en", "demonym", "lat", "lon", "geonameid", "capital", "names_ar", "nisba_ar"],
              [[c["iso3"], c["iso2"], c["name_en"], c["demonym"], c["lat"], c["lon"], c["geonameid"], c["capital"],
                "|".join(c["names"]), "|".join(c["nisba"])] for c in countries])
    places, auto_stop = build_places(args.shared, args.news_docs)
    iso3 = {c["iso2"]: c["iso3"] for c in countries}
    write_tsv(KB_DIR / "places.tsv",
              ["geonameid", "name_en", "country", "lat", "lon", "population", "feature", "keys_ar", "context_keys_ar"],
              [[p["id"], p["name_en"], iso3.get(p["cc"], ""), p["lat"], p["lon"], p["population"], p["feature"],
                "|".join(p["keys"]), "|".join(p["context_keys"])] for p in places])
    (KB_DIR / "place_stopwords.auto.txt").write_text(
        "# single-word GeoNames names found to be ordinary words by scripts/build_kb.py's frequency test\n"
        + "\n".join(auto_stop) + "\n", encoding="utf-8")
    update_manifest(manifest_entries())
    print(f"build_kb: {len(countries)} countries, {len(places)} places, {len(auto_stop)} frequency stop-words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
