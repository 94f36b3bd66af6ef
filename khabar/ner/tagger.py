"""The shipped statistical NER tagger: a linear-chain CRF (python-crfsuite) over BIO tags
PER/ORG/LOC/MISC, trained by scripts/train_ner.py.

    tagger = load_tagger()          # None when the weights file is missing
    tagger.tag(["قال", "الرئيس", "الروسي", "فلاديمير", "بوتين"])
    # ['O', 'O', 'O', 'B-PER', 'I-PER']

A sentence is a list of surface words with their clitics attached (as in ANERcorp).
Optional gazetteer tags (BIO over the same words, from khabar.kb.gazetteer_word_tags) are
features; when the weights were trained with them and the caller passes none, the tagger
asks the KB itself if it is installed.
"""

from __future__ import annotations

import json
import threading
from functools import lru_cache
from pathlib import Path

from khabar.ner.features import RESOURCES, WordFeatures, sentence_items

WEIGHTS_PATH = RESOURCES / "tagger.crfsuite"
META_PATH = RESOURCES / "tagger.json"


def kb_gazetteer():
    """khabar.kb.gazetteer_word_tags, or None while the KB is not installed."""
    try:
        from khabar.kb import gazetteer_word_tags
    except ImportError:
        return None
    return gazetteer_word_tags


class NerTagger:
    def __init__(self, weights_path: Path, meta: dict | None = None):
        import pycrfsuite

        self.weights_path = Path(weights_path)
        self.meta = meta or {}
        self.uses_gazetteer = bool(self.meta.get("gazetteer"))
        self._model = pycrfsuite.Tagger()
        self._model.open(str(self.weights_path))
        known = {attribute for attribute, _ in self._model.info().state_features}
        self.features = WordFeatures(known=known)
        self._local = threading.local()  # a crfsuite Tagger is not safe to share across threads
        self._local.model = self._model

    def _tagger(self):
        model = getattr(self._local, "model", None)
        if model is None:
            import pycrfsuite

            model = pycrfsuite.Tagger()
            model.open(str(self.weights_path))
            self._local.model = model
        return model

    def tag(self, words: list[str], gazetteer_tags: list[str] | None = None) -> list[str]:
        """BIO tags (B-PER, I-ORG, O, …) for one sentence of words."""
        if not words:
            return []
        if gazetteer_tags is None and self.uses_gazetteer:
            lookup = kb_gazetteer()
            gazetteer_tags = lookup(words) if lookup else None
        items = sentence_items(words, self.features, gazetteer_tags)
        return self._tagger().tag(items)

    def tag_many(self, sentences: list[list[str]]) -> list[list[str]]:
        return [self.tag(words) for words in sentences]


@lru_cache(maxsize=1)
def load_tagger() -> NerTagger | None:
    """The shipped tagger, loaded once per process; None when its weights are missing."""
    if not WEIGHTS_PATH.exists():
        return None
    meta = json.loads(META_PATH.read_text(encoding="utf-8")) if META_PATH.exists() else {}
    return NerTagger(WEIGHTS_PATH, meta)
