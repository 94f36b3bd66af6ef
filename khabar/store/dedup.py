"""Near-duplicate detection: the same wire story republished by several outlets.

Each document gets a MinHash signature (datasketch) over word 3-gram shingles of its
normalised words. Signatures are cut into LSH bands (band count and width chosen by
datasketch's MinHashLSH for the threshold); each band's hash is stored in the database,
so candidate duplicates are found with one indexed query whatever the archive size and
across separate ingest runs. A candidate joins a group only when the estimated Jaccard
similarity of the signatures reaches ``THRESHOLD``.
"""

from __future__ import annotations

import hashlib
import zlib
from functools import lru_cache

import numpy as np

NUM_PERM = 64
THRESHOLD = 0.7
MIN_WORDS = 12  # shorter texts (headlines, captions) are too generic to group
SCHEME = "affine32"  # datasketch 2 default: 32-bit hash values, 4 bytes per permutation
MAX_WORDS = 2000  # republished copies share their opening; long texts are compared on it
# Words are hashed with CRC-32 (C speed, stable across processes) and word 3-gram shingles
# are mixed from those hashes, instead of SHA-1 over each joined shingle (datasketch's
# default): ten times faster, and 32-bit values are what the affine32 scheme uses anyway.
_MIX = (np.uint64(0x9E3779B1), np.uint64(0x85EBCA77))


@lru_cache(maxsize=1)
def _prototype():
    """A MinHash whose permutations every signature reuses (generating them is the slow part)."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashfunc=int)


@lru_cache(maxsize=1)
def band_shape() -> tuple[int, int]:
    """(bands, rows per band) that datasketch picks for THRESHOLD and NUM_PERM."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def signature(words: list[str]) -> bytes | None:
    """The MinHash signature of a text's words, or None when it is too short to compare."""
    if len(words) < MIN_WORDS:
        return None
    from datasketch import MinHash

    hashes = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words[:MAX_WORDS]), dtype=np.uint64)
    # A shingle's hash combines its words' hashes (vectorised), instead of hashing joined strings.
    shingles = (hashes[:-2] * _MIX[0] + hashes[1:-1] * _MIX[1] + hashes[2:]) & np.uint64(0xFFFFFFFF)
    minhash = MinHash(num_perm=NUM_PERM, seed=1, permutations=_prototype().permutations, scheme=SCHEME,
                      hashfunc=int)
    minhash.update_batch(np.unique(shingles).tolist())
    return minhash.hashvalues.astype(np.uint32).tobytes()


def band_buckets(sig: bytes) -> list[tuple[int, int]]:
    """(band, bucket) pairs of a signature; bucket is a signed 64-bit hash of the band."""
    bands, rows = band_shape()
    values = np.frombuffer(sig, dtype=np.uint32)
    out = []
    for band in range(bands):
        digest = hashlib.blake2b(values[band * rows:(band + 1) * rows].tobytes(), digest_size=8).digest()
        out.append((band, int.from_bytes(digest, "little", signed=True)))
    return out


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(np.frombuffer(a, dtype=np.uint32) == np.frombuffer(b, dtype=np.uint32)))
