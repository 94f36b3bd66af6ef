"""Train khabar's NER tagger (CRF) from ../shared/data/ner. One command reproduces it:

    .venv/bin/python scripts/train_ner.py            # writes khabar/resources/ner/tagger.*
    .venv/bin/python scripts/train_ner.py --dev      # development run: scores a dev split

Before anything else the last HELDOUT_FRACTION of ANERcorp's sentences (by position, fixed)
is split off as the held-out test (tests/gold/ner-heldout.conll, CC BY-SA like its source);
it is never trained or tuned on, and NewsFANE sentences that share text with it (NewsFANE
re-tags the same news) are dropped. `--dev` also holds out the last DEV_FRACTION of the rest
of ANERcorp as a dev split, trains on what remains and prints the dev score: choices are
made there, never on the held-out part.

Training data (--corpora): ANERcorp train split (weight ×ANER_COPIES: it is the in-domain
news and defines the tag conventions), NewsFANE (fine classes mapped), AQMAR, and the first
WIKIFANE_SENTENCES sentences of WikiFANE, and their `-perloc` variants (only the sentences
whose entities are all PER/LOC); the default is ANERcorp alone (see DEFAULT_CORPORA).
Gazetteer features come from khabar.kb.gazetteer_word_tags when the KB is installed; name
cues from WikiFANE, AQMAR and (jackknifed) ANERcorp itself (khabar/ner/names.py), and from
SaudiNewsNet tagged by a context-only CRF (khabar/ner/news_names.py; written to
news_names.tsv, cached under the temp folder in --dev runs).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pycrfsuite  # noqa: E402

from khabar.eval.ner import score  # noqa: E402
from khabar.ner import conll  # noqa: E402
from khabar.ner.features import CLUSTERS_PATH, WordFeatures, fold, sentence_items  # noqa: E402
from khabar.ner.masking import entity_positions, mask_identity  # noqa: E402
from khabar.ner.names import build_name_table, read_cue_table, write_name_table  # noqa: E402
from khabar.ner.news_names import (NEWS_NAMES_PATH, context_model_items, news_sentences,  # noqa: E402
                                   tag_news, with_news_cues, write_news_names)
from khabar.ner.tagger import META_PATH, WEIGHTS_PATH, kb_gazetteer  # noqa: E402

NER = ROOT.parent / "shared" / "data" / "ner"
HELDOUT_PATH = ROOT / "tests" / "gold" / "ner-heldout.conll"
HELDOUT_FRACTION = 0.15
DEV_FRACTION = 0.10
ANER_COPIES = 2
WIKIFANE_SENTENCES = 6_000
SHINGLE = 25
MASK_SEED = 7
# Unseen-name simulation (khabar/ner/masking.py): on ANERcorp's second copy this share of
# the entity words loses its identity features. Chosen on the dev split (docs/ner.md).
MASKING = {"share": 0.0, "affixes": False, "clusters": False}
# Chosen on the dev split (docs/ner.md): the FANE and AQMAR corpora follow other tagging
# conventions (MISC above all) and lowered dev F1, so the default trains on ANERcorp alone;
# `--corpora anercorp,newsfane,aqmar,wikifane` trains on all four.
DEFAULT_CORPORA = ("anercorp",)
VERSION = "1.2.0"
# Chosen on the dev split (docs/ner.md): lower L1/L2 with more iterations fitted ANERcorp's
# words closer and lost 1.8 dev F1; stronger L2 with 150 iterations was level or better.
PARAMS = {
    "c1": 0.05,  # L1: prunes useless features, keeps the weights file small
    "c2": 0.1,
    "max_iterations": 150,
    "feature.minfreq": 2,
    "feature.possible_transitions": True,
}


def shingles(words: list[str]) -> set[str]:
    """Letter 25-grams of a sentence with spaces removed: robust to the corpora's different
    clitic splitting and spelling."""
    letters = "".join(fold(w) for w in words).replace("ا", "")
    return {letters[i:i + SHINGLE] for i in range(0, max(1, len(letters) - SHINGLE + 1), 5)}


def drop_overlapping(sentences, protected) -> tuple[list, int]:
    """Sentences that share no letter 25-gram with the protected sentences."""
    seen: set[str] = set()
    for words, _ in protected:
        letters = "".join(fold(w) for w in words).replace("ا", "")
        seen.update(letters[i:i + SHINGLE] for i in range(max(1, len(letters) - SHINGLE + 1)))
    kept = [s for s in sentences if not (shingles(s[0]) & seen)]
    return kept, len(sentences) - len(kept)


def load_corpora(dev: bool, aner_copies: int = ANER_COPIES,
                 dev_at: float = 1 - DEV_FRACTION) -> tuple[dict[str, list], list, list]:
    """``dev_at``: where the dev split starts, as a share of the training part (the default
    is its last DEV_FRACTION; 0 takes its first DEV_FRACTION, a second dev split)."""
    aner = conll.read_anercorp(NER / "anercorp-camel-train.conll")
    cut = int(len(aner) * (1 - HELDOUT_FRACTION))
    train, heldout = aner[:cut], aner[cut:]
    dev_split: list = []
    if dev:
        lo = int(len(train) * dev_at)
        hi = len(train) if dev_at >= 1 - DEV_FRACTION else lo + int(len(train) * DEV_FRACTION)
        train, dev_split = train[:lo] + train[hi:], train[lo:hi]
    newsfane, dropped = drop_overlapping(
        conll.read_fane(NER / "newsfane-no-anercorp-test.tsv"), heldout + dev_split)
    print(f"NewsFANE: dropped {dropped} sentences that share text with held-out/dev ANERcorp")
    wikifane_path = next((NER / "wikifane").glob("*.gz"))
    aqmar = conll.read_aqmar(NER / "aqmar")
    wikifane = conll.read_fane(wikifane_path)[:WIKIFANE_SENTENCES]
    corpora = {
        "anercorp": train * aner_copies,
        "newsfane": newsfane,
        "aqmar": aqmar,
        "wikifane": wikifane,
        # PER/LOC only: their ORG and MISC follow other conventions than ANERcorp's
        "newsfane-perloc": persons_and_places_only(newsfane),
        "aqmar-perloc": persons_and_places_only(drop_overlapping(aqmar, heldout + dev_split)[0]),
        "wikifane-perloc": persons_and_places_only(drop_overlapping(wikifane, heldout + dev_split)[0]),
    }
    return corpora, heldout, dev_split


def persons_and_places_only(sentences) -> list:
    """The sentences whose entities are all PER or LOC (an ORG/MISC tagged there by another
    corpus's conventions would teach the tagger those conventions; tagging it O, that such
    names are no entity)."""
    return [(w, t) for w, t in sentences if not any(tag[2:] in ("ORG", "MISC") for tag in t)]


def select(corpora: dict[str, list], names: str) -> dict[str, list]:
    unknown = set(names.split(",")) - set(corpora)
    if unknown:
        raise SystemExit(f"error: unknown corpora {sorted(unknown)}; known: {sorted(corpora)}")
    return {name: corpora[name] for name in names.split(",")}


def gazetteer_tags(words: list[str]):
    lookup = kb_gazetteer()
    return lookup(words) if lookup else None


def name_memory() -> dict[str, list[str]]:
    """Name cues from the Wikipedia corpora (all of WikiFANE, AQMAR): none of their text is
    ANERcorp's, so the cues are as (un)reliable in training as on new text."""
    wikifane_path = next((NER / "wikifane").glob("*.gz"))
    return build_name_table(conll.read_fane(wikifane_path) + conll.read_aqmar(NER / "aqmar"))


MEMORY_FOLDS = 5
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet.jsonl.gz"
# Every third SaudiNewsNet article (10,344 of 31,030): tagging them takes ~3 min cold.
NEWS_EVERY = 3
CONTEXT_PARAMS = {**{"c1": 0.05, "c2": 0.1, "feature.minfreq": 2, "feature.possible_transitions": True},
                  "max_iterations": 100}


def news_name_memory(aner_train: list, names: dict, cache: Path | None = None) -> dict:
    """Cues from a context-only CRF (trained on ``aner_train``) tagging SaudiNewsNet
    (khabar/ner/news_names.py); read from ``cache`` when it exists, written there otherwise."""
    if cache is not None and cache.exists():
        print(f"news name memory: cached {cache}")
        return read_cue_table(cache)
    started = time.time()
    features = WordFeatures(name_table=names)
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in aner_train:
        if words:
            trainer.append(context_model_items(sentence_items(words, features, gazetteer_tags(words))), tags)
    trainer.set_params(CONTEXT_PARAMS)
    with tempfile.TemporaryDirectory() as tmp:
        model_path = Path(tmp) / "context.crfsuite"
        trainer.train(str(model_path))
        known = _known_attributes(model_path)
        tagged = tag_news(model_path, news_sentences(NEWS, NEWS_EVERY),
                          WordFeatures(name_table=names, known=known), kb_gazetteer())
        table = build_name_table(tagged)
    print(f"news name memory: {len(table)} words ({time.time() - started:.0f}s)")
    if cache is not None:
        write_news_names(table, cache)
    return table


def _known_attributes(model_path: Path) -> set[str]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    return {attribute for attribute, _ in tagger.info().state_features}


def with_aner_memory(names: dict, aner_train: list) -> dict:
    """The Wikipedia name cues plus ANERcorp's own (``aner:B-PER:hi``)."""
    merged = {key: list(cues) for key, cues in names.items()}
    for key, cues in build_name_table(aner_train).items():
        merged.setdefault(key, []).extend("aner:" + cue for cue in cues)
    return merged


def fold_features(names: dict, aner_train: list) -> list[WordFeatures]:
    """Jackknifed ANERcorp name memory: the sentences of fold k see the cues counted on the
    other folds only, so the cues are as reliable in training as on unseen text."""
    n = len(aner_train)
    bounds = [n * k // MEMORY_FOLDS for k in range(MEMORY_FOLDS + 1)]
    return [WordFeatures(name_table=with_aner_memory(names, aner_train[:lo] + aner_train[hi:]))
            for lo, hi in zip(bounds, bounds[1:])]


def train(corpora: dict[str, list], model_path: Path, params: dict, names: dict,
          aner_train: list | None = None, masking: dict | None = None) -> None:
    """``aner_train`` (the ANERcorp training sentences, once) turns on the jackknifed memory;
    ``masking`` (share, affixes, clusters) the unseen-name simulation on ANERcorp's copies
    after the first (khabar/ner/masking.py)."""
    features = WordFeatures(name_table=names)
    folds = fold_features(names, aner_train) if aner_train else None
    masking = masking or {}
    share = masking.get("share", 0.0)
    rng = random.Random(MASK_SEED)
    once = len(aner_train) if aner_train else len(corpora.get("anercorp", ())) // max(1, ANER_COPIES)
    trainer = pycrfsuite.Trainer(verbose=False)
    for corpus, sentences in corpora.items():
        for i, (words, tags) in enumerate(sentences):
            if not words:
                continue
            word_features = features
            if folds and corpus == "anercorp":
                word_features = folds[(i % len(aner_train)) * MEMORY_FOLDS // len(aner_train)]
            items = sentence_items(words, word_features, gazetteer_tags(words))
            if share and corpus == "anercorp" and i >= once:
                items = mask_identity(items, entity_positions(tags, share, rng),
                                      masking.get("affixes", False), masking.get("clusters", False))
            trainer.append(items, tags)
    trainer.set_params(params)
    started = time.time()
    trainer.train(str(model_path))
    last = trainer.logparser.last_iteration
    print(f"trained {params}: {len(trainer.logparser.iterations)} iterations in {time.time() - started:.0f}s,"
          f" loss {last.get('loss'):.1f}, {last.get('active_features')} active features")


def evaluate(model_path: Path, sentences, names: dict) -> dict:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    features = WordFeatures(name_table=names)
    gold = [tags for _, tags in sentences]
    predicted = [tagger.tag(sentence_items(w, features, gazetteer_tags(w))) for w, _ in sentences]
    return score(gold, predicted)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_meta(corpora: dict[str, list], uses_gazetteer: bool, params: dict, masking: dict) -> None:
    meta = {
        "version": VERSION,
        "model": "crfsuite lbfgs",
        "params": params,
        "gazetteer": uses_gazetteer,
        "masking": masking,
        "name_memory": "WikiFANE + AQMAR, ANERcorp train jackknifed (5 folds), news: SaudiNewsNet every"
                       f" {NEWS_EVERY}rd article tagged by a context-only CRF",
        "clusters_sha256": sha256(CLUSTERS_PATH) if CLUSTERS_PATH.exists() else None,
        "heldout": f"last {HELDOUT_FRACTION:.0%} of ANERcorp CAMeL train sentences: {HELDOUT_PATH.name}",
        "corpora": {name: {"sentences": len(s), "tokens": sum(len(w) for w, _ in s)}
                    for name, s in corpora.items()},
    }
    META_PATH.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


MANIFEST_PATH = ROOT / "khabar" / "resources" / "MANIFEST.json"
MANIFEST_SOURCES = {
    "ner/tagger.crfsuite": ("CRF trained by scripts/train_ner.py on ANERcorp (CAMeL train split, minus the"
                            " held-out part), with name cues from WikiFANE and AQMAR and word statistics"
                            " from SaudiNewsNet (clusters, profiles, news name memory)",
                            "CC BY-SA 4.0 (derived from CC BY-SA corpora)"),
    "ner/tagger.json": ("training metadata written by scripts/train_ner.py", "CC BY-SA 4.0"),
    "ner/clusters.tsv": ("word clusters built by scripts/build_word_clusters.py from SaudiNewsNet (Alhagri 2015)",
                         "CC BY-NC-SA 4.0 (derived from SaudiNewsNet)"),
    "ner/triggers.tsv": ("written for khabar", "Apache-2.0"),
    "ner/names.tsv": ("name memory counted by scripts/train_ner.py from WikiFANE and AQMAR (Wikipedia NER"
                      " corpora) and the ANERcorp training split",
                      "CC BY-SA 4.0 (derived from CC BY-SA corpora)"),
    "ner/profiles.tsv": ("definiteness/frequency profiles of words counted by scripts/build_word_clusters.py"
                         " over SaudiNewsNet (Alhagri 2015)", "CC BY-NC-SA 4.0 (derived from SaudiNewsNet)"),
    "ner/news_names.tsv": ("news name memory: SaudiNewsNet (Alhagri 2015) tagged by a context-only CRF trained"
                           " by scripts/train_ner.py on the ANERcorp training split",
                           "CC BY-NC-SA 4.0 (derived from SaudiNewsNet and ANERcorp)"),
}


def update_manifest() -> None:
    """Refresh the NER entries of khabar/resources/MANIFEST.json (other entries untouched)."""
    entries = json.loads(MANIFEST_PATH.read_text(encoding="utf-8")) if MANIFEST_PATH.exists() else []
    resources = MANIFEST_PATH.parent
    ours = []
    for path, (source, licence) in MANIFEST_SOURCES.items():
        if (resources / path).exists():
            ours.append({"path": path, "version": VERSION, "source": source, "licence": licence,
                         "sha256": sha256(resources / path)})
    entries = [e for e in entries if e.get("path") not in MANIFEST_SOURCES] + ours
    MANIFEST_PATH.write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dev", action="store_true", help="train without the dev split and score it")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="override a crfsuite parameter (dev experiments), e.g. --set c1=0.02")
    parser.add_argument("--aner-copies", type=int, default=ANER_COPIES,
                        help="times ANERcorp is repeated in training (default: %(default)s)")
    parser.add_argument("--no-names", dest="names", action="store_false",
                        help="train without the name memory from the Wikipedia corpora")
    parser.add_argument("--dev-at", type=float, default=1 - DEV_FRACTION, metavar="SHARE",
                        help="with --dev: where the dev split starts, as a share of the training part"
                             " (default 0.9: its last 10%%; 0: its first 10%%, the second dev split)")
    parser.add_argument("--keep", type=Path, metavar="PATH",
                        help="with --dev: keep the dev model at PATH (for error analysis)")
    parser.add_argument("--no-memory", dest="memory", action="store_false",
                        help="without ANERcorp's own name memory (jackknifed in training) in the name cues")
    parser.add_argument("--mask-share", type=float, default=MASKING["share"],
                        help="share of entity words masked on ANERcorp's second copy (default: %(default)s)")
    parser.add_argument("--mask-affixes", action="store_true", default=MASKING["affixes"],
                        help="the masking also drops the masked words' affixes")
    parser.add_argument("--mask-clusters", action="store_true", default=MASKING["clusters"],
                        help="the masking also drops the masked words' clusters")
    parser.add_argument("--no-news", dest="news", action="store_false",
                        help="without the news name memory (khabar/ner/news_names.py)")
    parser.add_argument("--corpora", default=",".join(DEFAULT_CORPORA),
                        help="comma-separated training corpora (default: %(default)s)")
    args = parser.parse_args()
    if not NER.exists():
        print(f"error: {NER} is absent; training needs the project's ../shared data", file=sys.stderr)
        return 1
    started = time.time()
    params = {**PARAMS, **dict(parse_setting(s) for s in args.set)}
    masking = {"share": args.mask_share, "affixes": args.mask_affixes, "clusters": args.mask_clusters}
    corpora, heldout, dev_split = load_corpora(args.dev, args.aner_copies, args.dev_at)
    aner_once = corpora["anercorp"][: len(corpora["anercorp"]) // args.aner_copies]
    aner_train = aner_once if args.memory else None
    corpora = select(corpora, args.corpora)
    uses_gazetteer = kb_gazetteer() is not None
    wiki_names = name_memory() if args.names else {}
    news = {}
    if args.news:
        cache = NEWS_NAMES_PATH if not args.dev else Path(tempfile.gettempdir()) / f"khabar-ner-news-{args.dev_at}.tsv"
        if not args.dev and cache.exists():
            cache.unlink()  # the shipped table is always rebuilt from the full training split
        news = news_name_memory(aner_once, wiki_names, cache)
    names = with_news_cues(wiki_names, news)
    tagging_names = with_aner_memory(names, aner_train) if aner_train else names
    print(f"name memory: {len(wiki_names)} words, news name memory: {len(news)} words")
    print(f"corpora loaded ({time.time() - started:.0f}s), gazetteer features: {uses_gazetteer}")
    if args.dev:
        with tempfile.TemporaryDirectory() as tmp:
            model_path = Path(tmp) / "dev.crfsuite"
            train(corpora, model_path, params, names, aner_train, masking)
            result = score_summary(evaluate(model_path, dev_split, tagging_names))
            if args.keep:
                args.keep.write_bytes(model_path.read_bytes())
        print(f"dev split ({len(dev_split)} sentences): {result} ({time.time() - started:.0f}s)")
        return 0
    HELDOUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    conll.write_conll(heldout, HELDOUT_PATH)
    write_name_table(with_aner_memory(wiki_names, aner_train) if aner_train else wiki_names)
    train(corpora, WEIGHTS_PATH, params, names, aner_train, masking)
    write_meta(corpora, uses_gazetteer, params, masking)
    update_manifest()
    print(f"wrote {WEIGHTS_PATH} ({WEIGHTS_PATH.stat().st_size / 1e6:.1f} MB) and {HELDOUT_PATH}"
          f" ({len(heldout)} sentences) in {time.time() - started:.0f}s")
    return 0


def parse_setting(setting: str) -> tuple[str, object]:
    key, _, value = setting.partition("=")
    if value in ("True", "False", "true", "false"):
        return key, value.lower() == "true"
    try:
        return key, int(value)
    except ValueError:
        return key, float(value)


def score_summary(result: dict) -> str:
    per_type = ", ".join(f"{t} {r['f1']:.1f} (P {r['precision']:.0f} R {r['recall']:.0f})"
                         for t, r in result["types"].items())
    return f"micro P {result['precision']:.1f} R {result['recall']:.1f} F1 {result['f1']:.1f} ({per_type})"


if __name__ == "__main__":
    sys.exit(main())
