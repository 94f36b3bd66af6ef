"""Build khabar/resources/ner/clusters.tsv: word clusters learned without labels from the
SaudiNewsNet news in ../shared/data/news, as hierarchical bit strings for the NER tagger.

Method (a cheap stand-in for Brown clustering, numpy only):
1. words = runs of Arabic letters in the model's folded form (khabar.ner.features.fold);
2. each of the VOCAB most frequent words is described by how often each of the CONTEXT most
   frequent words stands right before and right after it (2 × CONTEXT counts);
3. counts → positive PMI → PCA to DIMS dimensions → unit length;
4. bisecting 2-means splits the words recursively; a word's path of left(0)/right(1)
   choices is its bit string, so its prefixes are clusters at coarser levels.

It also writes khabar/resources/ner/profiles.tsv, the definiteness profile of each
clitic-stripped word (``--profiles`` builds only that): how often the word carries the article
ال in the news and how frequent it is. Arabic has no capital letters, but names rarely take
the article and common nouns and adjectives often do, which holds for names the tagger never
saw in training.

Only the word → bit-string and word → profile tables ship (no running text). The source is CC BY-NC-SA 4.0
(see NOTICE). Deterministic (fixed seed). Run: .venv/bin/python scripts/build_word_clusters.py
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from khabar.ner.features import CLUSTERS_PATH, PROFILES_PATH, fold, word_stem  # noqa: E402

NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet.jsonl.gz"
VOCAB = 50_000
CONTEXT = 1_000
DIMS = 80
MAX_DEPTH = 16
MIN_LEAF = 6
MIN_COUNT = 5
SEED = 13

_WORD_RE = re.compile("[\u0621-\u064a]+|0+")


def read_sentences(path: Path):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            article = json.loads(line)
            text = fold((article.get("title") or "") + "\n" + (article.get("content") or ""))
            yield _WORD_RE.findall(text)


def cooccurrence(path: Path) -> tuple[list[str], np.ndarray]:
    """Two streaming passes: word counts, then left/right context counts of the vocabulary."""
    counts: Counter[str] = Counter()
    for words in read_sentences(path):
        counts.update(words)
    vocab = [w for w, n in counts.most_common(VOCAB) if n >= MIN_COUNT]
    index = {w: i for i, w in enumerate(vocab)}
    unknown = len(vocab)  # also stands between articles, so they do not share contexts
    chunks = [np.fromiter((index.get(w, unknown) for w in words + ["\n"]), dtype=np.int32)
              for words in read_sentences(path)]
    ids = np.concatenate(chunks).astype(np.int64)
    left, right = ids[:-1], ids[1:]
    matrix = np.zeros((len(vocab), 2 * CONTEXT), dtype=np.float32)
    for targets, contexts, offset in ((right, left, 0), (left, right, CONTEXT)):
        keep = (targets < unknown) & (contexts < CONTEXT)
        flat = targets[keep] * (2 * CONTEXT) + contexts[keep] + offset
        matrix += np.bincount(flat, minlength=matrix.size).reshape(matrix.shape).astype(np.float32)
    return vocab, matrix


def embed(matrix: np.ndarray) -> np.ndarray:
    total = matrix.sum()
    rows = matrix.sum(axis=1, keepdims=True) + 1e-9
    cols = matrix.sum(axis=0, keepdims=True) + 1e-9
    with np.errstate(divide="ignore"):
        pmi = np.log(matrix * total / (rows * cols))
    ppmi = np.maximum(pmi, 0, out=pmi)
    ppmi -= ppmi.mean(axis=0)
    cov = ppmi.T @ ppmi
    _, vectors = np.linalg.eigh(cov)
    reduced = ppmi @ vectors[:, -DIMS:]
    reduced /= np.linalg.norm(reduced, axis=1, keepdims=True) + 1e-9
    return reduced


def two_means(points: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Boolean mask of the second cluster (spherical 2-means, a few iterations)."""
    centres = points[rng.choice(len(points), 2, replace=False)]
    mask = np.zeros(len(points), dtype=bool)
    for _ in range(8):
        scores = points @ centres.T
        new_mask = scores[:, 1] > scores[:, 0]
        if new_mask.all() or not new_mask.any():
            new_mask = np.arange(len(points)) >= len(points) // 2
        if (new_mask == mask).all():
            break
        mask = new_mask
        centres = np.stack([points[~mask].mean(axis=0), points[mask].mean(axis=0)])
    return mask


def bisect(vectors: np.ndarray) -> list[str]:
    rng = np.random.default_rng(SEED)
    paths = [""] * len(vectors)
    stack = [(np.arange(len(vectors)), "")]
    while stack:
        members, path = stack.pop()
        if len(members) < MIN_LEAF or len(path) >= MAX_DEPTH:
            for m in members:
                paths[m] = path or "0"
            continue
        mask = two_means(vectors[members], rng)
        stack.append((members[~mask], path + "0"))
        stack.append((members[mask], path + "1"))
    return paths


PROFILE_MIN_COUNT = 3
# Unfolded Arabic letter runs: the article is recognised before أ/إ/آ are folded (word_stem).
_RAW_WORD_RE = re.compile("[\u0621-\u064a\u064b-\u0652\u0670\u0640]+")
_ARTICLE_RE = re.compile("^[وف]?[بك]?ال|^[وف]?لل")


def definiteness_bucket(share: float) -> str:
    return "0" if share == 0 else "1" if share < 0.05 else "2" if share < 0.3 else "3" if share < 0.7 else "4"


def count_bucket(count: int) -> str:
    return "1" if count < 10 else "2" if count < 100 else "3" if count < 1000 else "4"


def build_profiles(path: Path) -> dict[str, str]:
    """Clitic-stripped folded word → ``d<share with the article>n<frequency>`` buckets."""
    surface: Counter[str] = Counter()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            article = json.loads(line)
            surface.update(_RAW_WORD_RE.findall((article.get("title") or "") + "\n" + (article.get("content") or "")))
    total: Counter[str] = Counter()
    definite: Counter[str] = Counter()
    for word, count in surface.items():
        stem = word_stem(word)
        total[stem] += count
        norm = fold(word)
        if len(norm) > len(stem) and _ARTICLE_RE.match(norm[: len(norm) - len(stem)]):
            definite[stem] += count
    return {stem: f"d{definiteness_bucket(definite[stem] / n)}n{count_bucket(n)}"
            for stem, n in total.items() if n >= PROFILE_MIN_COUNT and len(stem) >= 2}


def write_profiles(profiles: dict[str, str]) -> None:
    with open(PROFILES_PATH, "w", encoding="utf-8") as fh:
        fh.write("# clitic-stripped folded word<TAB>d<share with the article ال: 0 none, 1 <5%, 2 <30%, 3 <70%,"
                 " 4 more>n<count: 1 <10, 2 <100, 3 <1000, 4 more>; built by scripts/build_word_clusters.py"
                 " from SaudiNewsNet (CC BY-NC-SA 4.0)\n")
        fh.writelines(f"{w}\t{p}\n" for w, p in sorted(profiles.items()))


def main() -> int:
    if not NEWS.exists():
        print(f"error: {NEWS} is absent; this builder needs the project's ../shared data", file=sys.stderr)
        return 1
    started = time.time()
    profiles = build_profiles(NEWS)
    write_profiles(profiles)
    print(f"wrote {PROFILES_PATH} ({len(profiles)} words, {time.time() - started:.0f}s)")
    if "--profiles" in sys.argv[1:]:
        return 0
    vocab, matrix = cooccurrence(NEWS)
    print(f"vocabulary {len(vocab)}, {int(matrix.sum())} context pairs ({time.time() - started:.0f}s)")
    paths = bisect(embed(matrix))
    CLUSTERS_PATH.parent.mkdir(parents=True, exist_ok=True)
    with open(CLUSTERS_PATH, "w", encoding="utf-8") as fh:
        fh.write("# word<TAB>cluster bit string; built by scripts/build_word_clusters.py from SaudiNewsNet"
                 " (CC BY-NC-SA 4.0)\n")
        fh.writelines(f"{w}\t{p}\n" for w, p in zip(vocab, paths))
    print(f"wrote {CLUSTERS_PATH} ({len(vocab)} words, {len(set(paths))} leaves, {time.time() - started:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
