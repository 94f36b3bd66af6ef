"""`khabar eval quotes GOLD.jsonl [--json]`: quote detection and speaker accuracy.

A gold file holds, per line, one SaudiNewsNet article by its line index in
../shared/data/news/saudinewsnet.jsonl.gz (plus url and outlet) and its hand-annotated quotes
(cue, content, speaker spans with their texts, kind) - never the article text, which is read
back from ../shared here. See docs/quotes-guideline.md.

Scores: a predicted quote matches a gold one when their contents overlap by at least half of
the longer of the two (one-to-one, largest overlaps first). Detection P/R/F1 count matches;
speaker accuracy is over matched quotes: right when both have no speaker, the speaker spans
overlap, the normalised speaker texts are the same mention (one contains the other), or the
predicted speaker entity is the entity of a mention the pipeline found at the gold speaker.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
from pathlib import Path

from khabar.document import Document, Quote
from khabar.quotes.lexicon import key

REPO = Path(__file__).resolve().parents[2]
NEWS = Path(os.environ.get("KHABAR_SHARED", REPO.parent / "shared")) / "data" / "news" / "saudinewsnet.jsonl.gz"


class SharedDataMissing(RuntimeError):
    pass


def load_gold(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def read_articles(lines: set[int], news: Path = NEWS) -> dict[int, dict]:
    if not news.exists():
        raise SharedDataMissing(f"{news} is absent: the quotes gold stores no article text, it is read from ../shared")
    found: dict[int, dict] = {}
    with gzip.open(news, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i in lines:
                found[i] = json.loads(line)
                if len(found) == len(lines):
                    break
    return found


def predict(article: dict) -> Document:
    """Run khabar's default pipeline; add the quotes stage when the pipeline lacks it."""
    from khabar.core import default_pipeline, extract

    pipeline = default_pipeline()
    published = (article.get("date_extracted") or "")[:10] or None
    doc = extract(article["content"], pipeline=pipeline, published=published, url=article.get("url"))
    if "quotes" not in pipeline.provides:
        from khabar.stages.quotes import QuotesStage

        QuotesStage()(doc)
    return doc


def evaluate(gold_path: str | Path) -> dict:
    gold = load_gold(gold_path)
    articles = read_articles({g["line"] for g in gold})
    totals = {"gold": 0, "predicted": 0, "matched": 0, "speaker_right": 0, "kind_right": 0}
    per_article = []
    for record in gold:
        article = articles[record["line"]]
        doc = predict(article)
        _check_offsets(record, article["content"])
        matches = match(record["quotes"], doc.quotes)
        speakers = sum(speaker_right(g, p, doc) for g, p in matches)
        totals["gold"] += len(record["quotes"])
        totals["predicted"] += len(doc.quotes)
        totals["matched"] += len(matches)
        totals["speaker_right"] += speakers
        totals["kind_right"] += sum(g["kind"] == p.kind for g, p in matches)
        per_article.append({"line": record["line"], "source": record.get("source"), "gold": len(record["quotes"]),
                            "predicted": len(doc.quotes), "matched": len(matches), "speaker_right": speakers})
    return {"articles": len(gold), **totals, **scores(totals), "per_article": per_article}


def scores(t: dict) -> dict:
    p = t["matched"] / t["predicted"] if t["predicted"] else 0.0
    r = t["matched"] / t["gold"] if t["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    acc = t["speaker_right"] / t["matched"] if t["matched"] else 0.0
    kind = t["kind_right"] / t["matched"] if t["matched"] else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "speaker_accuracy": round(acc, 4), "kind_accuracy": round(kind, 4)}


def match(gold: list[dict], predicted: list[Quote]) -> list[tuple[dict, Quote]]:
    pairs = []
    for gi, g in enumerate(gold):
        gs, ge = g["content"]["start"], g["content"]["end"]
        for pi, p in enumerate(predicted):
            shared = min(ge, p.content.end) - max(gs, p.content.start)
            if shared > 0 and shared * 2 >= max(ge - gs, p.content.end - p.content.start):
                pairs.append((shared, gi, pi))
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gold[gi], predicted[pi]))
    return out


def speaker_right(gold: dict, pred: Quote, doc: Document) -> bool:
    g, p = gold.get("speaker"), pred.speaker
    if g is None or p is None:
        return g is None and p is None
    if min(g["end"], p.end) > max(g["start"], p.start):
        return True
    gk, pk = _surface(g["text"]), _surface(p.text)
    if gk and pk and (gk in pk or pk in gk):
        return True
    if pred.speaker_entity:
        return any(m.entity == pred.speaker_entity and m.end > g["start"] and m.start < g["end"] for m in doc.mentions)
    return False


def _surface(text: str) -> str:
    k = key(text).replace(".", "").strip()
    return k[1:] if k.startswith(("ل", "و")) and k[1:3] == "ال" else k


def _check_offsets(record: dict, text: str) -> None:
    for q in record["quotes"]:
        for part in ("cue", "content", "speaker"):
            span = q.get(part)
            if span and text[span["start"]:span["end"]] != span["text"]:
                raise ValueError(f"gold line {record['line']}: {part} offsets do not match the corpus text")


def run(gold_path: str, as_json: bool) -> int:
    try:
        result = evaluate(gold_path)
    except SharedDataMissing as exc:
        print(f"skipped: {exc}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(f"quotes on {gold_path}: {result['articles']} articles, {result['gold']} gold quotes, "
          f"{result['predicted']} predicted, {result['matched']} matched")
    print(f"  detection  P {result['precision']:.3f}  R {result['recall']:.3f}  F1 {result['f1']:.3f}")
    print(f"  speaker accuracy (matched) {result['speaker_accuracy']:.3f}   kind accuracy {result['kind_accuracy']:.3f}")
    return 0
