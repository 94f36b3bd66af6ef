"""Unseen-name simulation for training the CRF (used by scripts/train_ner.py only).

A CRF trained on ANERcorp leans on the identity of the names it saw (the word, its stem, the
name memory, the bigram), which does not help on names it never saw. Training also on a copy of
the sentences in which some entity words lose their identity features makes the weights of the
context (triggers, neighbours), the shape, the clusters and the gazetteer carry the decision
for those words, as they must on new names.

``mask_identity(items, positions)`` removes, for each masked word position i, the identity
attributes of word i from its own item and the ones it lends to the words at i-2..i+2
(``-1w=…``, ``+2s=…``), and the bigrams that contain it.
"""

from __future__ import annotations

import random

# What a name the training articles never had loses: its own identity and ANERcorp's memory
# of it. The Wikipedia name cues (nm=B-PER:hi) stay: a name new to ANERcorp has them as often
# on new text as in training.
IDENTITY = ("w=", "s=", "ts=", "nm=aner:")
# Affixes of the stem and word: an unseen name still has them, but they are half identity
# (a 3-letter prefix of a short name is the name); masked only with ``affixes=True``.
AFFIXES = ("p2=", "p3=", "x2=", "x3=")
LENT = ("w=", "s=", "nm=aner:")
BIGRAM = "w-1|w="
OFFSETS = {-2: "-2", -1: "-1", 1: "+1", 2: "+2"}


def mask_identity(items: list[list[str]], positions: set[int], affixes: bool = False,
                  clusters: bool = False) -> list[list[str]]:
    """New items with the identity attributes of the words at ``positions`` removed.

    ``clusters=True`` also replaces the word's cluster features by ``c=none`` (a new name is
    often outside the clusters' vocabulary)."""
    if not positions:
        return items
    own = IDENTITY + AFFIXES if affixes else IDENTITY
    n = len(items)
    drops: list[tuple[str, ...]] = [() for _ in range(n)]
    bigram_at: set[int] = set()
    for i in positions:
        drops[i] += own
        for offset, label in OFFSETS.items():
            # the word at i lends features to the word at j = i - offset under label ``offset``
            j = i - offset
            if 0 <= j < n:
                drops[j] += tuple(label + p for p in LENT)
        bigram_at.update((i, i + 1))
    masked = []
    for j, item in enumerate(items):
        prefixes = drops[j] + ((BIGRAM,) if j in bigram_at else ())
        if not prefixes:
            masked.append(item)
            continue
        kept = [f for f in item if not f.startswith(prefixes)]
        if clusters and j in positions:
            kept = [f for f in kept if not (f[:1] == "c" and f[1:2].isdigit())]
            kept.append("c=none")
        masked.append(kept)
    return masked


def entity_positions(tags: list[str], share: float, rng: random.Random) -> set[int]:
    """A random ``share`` of the entity words (tag ≠ O) of a sentence."""
    return {i for i, tag in enumerate(tags) if tag != "O" and rng.random() < share}
