"""News name memory: which words stand where names stand, counted over unlabeled news.

ANERcorp is small and from 2006; most names of a new article were never in it. Many of them
are in SaudiNewsNet (31k articles), often in contexts that give them away (قال …، الرئيس …،
المهاجم …). ``context_model_items`` keeps only the attributes a CRF can learn without knowing
the word itself (its neighbours, shape, profile, coarse cluster, trigger); a CRF trained on
those tags the news, and ``build_name_table`` turns the tags into cues per word
(``snn:B-PER:hi``: tagged B-PER in ≥ 60 % of its occurrences). The tagger then sees these cues
as it sees the Wikipedia name cues, and its weights decide how far to trust them. Because the
context model never sees the word itself, a name learned this way is as reliable for names of
the training articles as for new ones.

Built by scripts/train_ner.py; shipped as khabar/resources/ner/news_names.tsv (derived from
SaudiNewsNet, CC BY-NC-SA 4.0: only the word → cue table, no running text).
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from khabar.ner.features import RESOURCES

NEWS_NAMES_PATH = RESOURCES / "news_names.tsv"
CUE_PREFIX = "snn:"
# Attributes a context model may use: nothing that names the word itself (w=, s=, ts=,
# affixes, fine clusters, its name memory, the bigram with it).
CONTEXT_PREFIXES = ("-2", "-1", "+1", "+2", "sh=", "pf=", "pre=", "enc=", "c4=", "c8=",
                    "c=none", "tr=", "first", "inq", "run=", "head=", "g")
MAX_SENTENCE_WORDS = 60
_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_SENTENCE_END = frozenset(".!?؟")


def context_model_items(items: list[list[str]]) -> list[list[str]]:
    """The items with only the context attributes (and no ANERcorp name memory of neighbours)."""
    return [[f for f in item if f.startswith(CONTEXT_PREFIXES) and "nm=aner:" not in f] for item in items]


def news_sentences(path: Path, every: int = 1) -> Iterator[list[str]]:
    """Word lists of the sentences of every ``every``-th news article (spread over all sources),
    tokenised as ANERcorp is (punctuation split off, clitics attached), cut at sentence
    punctuation and after MAX_SENTENCE_WORDS words."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % every:
                continue
            article = json.loads(line)
            for paragraph in (article.get("content") or "").split("\n"):
                words: list[str] = []
                for token in _TOKEN_RE.findall(paragraph):
                    words.append(token)
                    if token in _SENTENCE_END or len(words) >= MAX_SENTENCE_WORDS:
                        yield words
                        words = []
                if words:
                    yield words


def tag_news(model_path: Path, sentences: Iterable[list[str]], features,
             gazetteer=None) -> Iterator[tuple[list[str], list[str]]]:
    """(words, tags) of the context model over the news sentences; ``gazetteer`` maps words
    to the KB's BIO tags when the model was trained with them."""
    import pycrfsuite

    from khabar.ner.features import sentence_items

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    for words in sentences:
        yield words, tagger.tag(sentence_items(words, features, gazetteer(words) if gazetteer else None))


def with_news_cues(names: dict[str, list[str]], news: dict[str, list[str]]) -> dict[str, list[str]]:
    """The name table plus the news cues, prefixed ``snn:``."""
    merged = {key: list(cues) for key, cues in names.items()}
    for key, cues in news.items():
        merged.setdefault(key, []).extend(CUE_PREFIX + cue for cue in cues)
    return merged


def write_news_names(table: dict[str, list[str]], path: Path = NEWS_NAMES_PATH) -> None:
    from khabar.ner.names import write_cue_table

    write_cue_table(table, path, "# News name memory for the NER tagger, built by scripts/train_ner.py: how a context-only CRF\n"
                    "# tags each clitic-stripped folded word across SaudiNewsNet (CC BY-NC-SA 4.0)\n"
                    "# word TAB cue labels (tag:hi ≥60%, tag:mid ≥25% of its occurrences).\n")


def read_news_names(path: Path = NEWS_NAMES_PATH) -> dict[str, list[str]]:
    from khabar.ner.names import read_cue_table

    return read_cue_table(path)
