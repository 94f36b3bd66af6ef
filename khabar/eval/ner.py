"""`khabar eval ner GOLD.conll [--json]`: entity-level NER scores, counted as conlleval does.

The gold file has one `token TAG` per line (extra middle columns are ignored) and a blank
line between sentences; tags are BIO over PERS/PER, LOC, ORG, MISC (AQMAR's MIS* count as
MISC). The shipped tagger tags the gold words sentence by sentence, and an entity counts as
correct only when its type, first and last token all match. An I- tag that does not continue
an entity of its type opens a new one, as in conlleval.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from khabar.ner.conll import COARSE_TYPES, read_conll

Chunk = tuple[int, int, int, str]  # sentence, first token, end token (exclusive), type


def chunks(tags_by_sentence: list[list[str]]) -> set[Chunk]:
    """The entities of BIO-tagged sentences (conlleval's chunk boundaries)."""
    found: set[Chunk] = set()
    for s, tags in enumerate(tags_by_sentence):
        start, kind = None, None
        for i, tag in enumerate(list(tags) + ["O"]):
            prefix, _, body = tag.partition("-")
            continues = prefix == "I" and body == kind and start is not None
            if start is not None and not continues:
                found.add((s, start, i, kind))
                start, kind = None, None
            if prefix in ("B", "I") and not continues:
                start, kind = i, body
    return found


def _prf(correct: int, guessed: int, expected: int) -> dict:
    precision = 100.0 * correct / guessed if guessed else 0.0
    recall = 100.0 * correct / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1,
            "correct": correct, "predicted": guessed, "gold": expected}


def score(gold: list[list[str]], predicted: list[list[str]]) -> dict:
    """Micro and per-type precision/recall/F1 (percentages) of predicted vs gold BIO tags."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predicted")
    gold_chunks, predicted_chunks = chunks(gold), chunks(predicted)
    correct = gold_chunks & predicted_chunks
    types = sorted({c[3] for c in gold_chunks | predicted_chunks},
                   key=lambda t: (COARSE_TYPES.index(t) if t in COARSE_TYPES else 99, t))
    result = _prf(len(correct), len(predicted_chunks), len(gold_chunks))
    result["tokens"] = sum(len(t) for t in gold)
    result["sentences"] = len(gold)
    result["types"] = {
        t: _prf(sum(c[3] == t for c in correct), sum(c[3] == t for c in predicted_chunks),
                sum(c[3] == t for c in gold_chunks))
        for t in types
    }
    return result


def format_table(result: dict) -> str:
    lines = [f"{result['sentences']} sentences, {result['tokens']} tokens,"
             f" {result['gold']} gold entities, {result['predicted']} predicted, {result['correct']} correct",
             f"{'type':<8}{'precision':>10}{'recall':>10}{'F1':>10}{'gold':>8}"]
    for name, row in list(result["types"].items()) + [("micro", result)]:
        lines.append(f"{name:<8}{row['precision']:>10.2f}{row['recall']:>10.2f}{row['f1']:>10.2f}{row['gold']:>8}")
    return "\n".join(lines)


def tag_sentences(sentences: list[tuple[list[str], list[str]]]) -> list[list[str]]:
    from khabar.ner.tagger import load_tagger

    tagger = load_tagger()
    if tagger is None:
        raise FileNotFoundError("the NER weights are missing: run scripts/train_ner.py")
    return [tagger.tag(words) for words, _ in sentences]


def run(gold_path: str | Path, as_json: bool) -> int:
    path = Path(gold_path)
    if not path.exists():
        print(f"error: {path} does not exist", file=sys.stderr)
        return 2
    sentences = read_conll(path)
    try:
        predicted = tag_sentences(sentences)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    result = score([tags for _, tags in sentences], predicted)
    result["file"] = str(path)
    print(json.dumps(result, indent=1) if as_json else format_table(result))
    return 0
