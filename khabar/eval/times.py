"""`khabar eval times GOLD [--json]`: score time expressions.

GOLD is either
- a gold JSONL of hand-resolved expressions (tests/gold/times-*.jsonl): one line per
  SaudiNewsNet article with its index, url, date and expressions (offsets, text, value).
  The article text is re-read from ../shared/data/news; the scores are span detection
  precision/recall/F1 (exact and overlapping) and value accuracy (durations compared by what
  they denote where the conversion is exact, see `same_value`; the strict string comparison is
  reported too); or
- with `--against SECOND.jsonl`, a second annotation of the same articles, scored against GOLD
  with the same measures instead of khabar: how far two annotators agree; or
- the Wojood sample folder (../shared/data/ner/wojood-sample) or one of its .txt files:
  detection recall (and precision) on its DATE/TIME spans, nested layers included.
"""

from __future__ import annotations

import functools
import gzip
import json
import re
import sys
from pathlib import Path

from khabar.document import Document
from khabar.stages.times import TimesStage
from khabar.temporal.times import find_times
from khabar.text.normalize import normalize

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
NEWS = SHARED / "data" / "news" / "saudinewsnet.jsonl.gz"


def run(gold_path: str, as_json: bool, against: str | None = None) -> int:
    path = Path(gold_path)
    if against and (path.is_dir() or path.suffix == ".txt"):
        print("error: --against compares two gold JSONL files of the same articles", file=sys.stderr)
        return 2
    if path.is_dir() or path.suffix == ".txt":
        files = [f for f in sorted(path.glob("*.txt")) if not f.name.upper().startswith("LICENSE")] if path.is_dir() else [path]
        scores = wojood_scores(files)
    else:
        if not NEWS.exists():
            print(f"skipped: {NEWS} is absent; the gold file names articles of that corpus", file=sys.stderr)
            return 0
        try:
            scores = gold_scores(path, Path(against) if against else None)
        except ValueError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
    print(json.dumps(scores, ensure_ascii=False, indent=2) if as_json else format_scores(scores))
    return 0


# --- hand-resolved gold on SaudiNewsNet -------------------------------------------------


def load_articles(indexes: set[int]) -> dict[int, dict]:
    articles = {}
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        for index, line in enumerate(fh):
            if index in indexes:
                articles[index] = json.loads(line)
                if len(articles) == len(indexes):
                    break
    return articles


def read_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def second_annotation(gold_rows: list[dict], path: Path):
    """A predictor that reads the expressions of a second annotation of the same articles."""
    by_index = {row["index"]: row for row in read_gold(path)}
    missing = [row["index"] for row in gold_rows if row["index"] not in by_index]
    if missing:
        raise ValueError(f"{path} does not annotate article(s) {', '.join(map(str, missing[:10]))} of the gold file")

    def predict(doc: Document) -> list[tuple]:
        return [(t["start"], t["end"], t["value"]) for t in by_index[int(doc.id)]["times"]]
    return predict


def khabar_times(doc: Document) -> list[tuple]:
    times_stage()(doc)
    return [(t.start, t.end, t.value) for t in doc.times]


@functools.cache
def times_stage() -> TimesStage:
    return TimesStage()


def gold_scores(path: Path, against: Path | None = None) -> dict:
    rows = read_gold(path)
    predict = second_annotation(rows, against) if against else khabar_times
    articles = load_articles({row["index"] for row in rows})
    counts = Counts()
    errors, spurious = [], []
    for row in rows:
        article = articles[row["index"]]
        if article["url"] != row["url"]:
            raise ValueError(f"gold article {row['index']} is not {row['url']}: the corpus changed")
        doc = Document(id=str(row["index"]), text=article["content"], published=row["published"])
        predicted = predict(doc)
        gold = [(g["start"], g["end"], g["value"]) for g in row["times"]]
        matched = set()
        for g_span, p_span in counts.add(gold, predicted):
            matched.add(p_span)
            if p_span is None:
                errors.append({"index": row["index"], "gold": doc.text[g_span[0]:g_span[1]], "value": g_span[2], "got": None})
            elif not same_value(g_span[2], p_span[2]):
                errors.append({"index": row["index"], "gold": doc.text[g_span[0]:g_span[1]], "value": g_span[2],
                               "got": p_span[2], "span": doc.text[p_span[0]:p_span[1]]})
        spurious.extend({"index": row["index"], "text": doc.text[p[0]:p[1]], "value": p[2]} for p in predicted if p not in matched)
    scores = counts.scores()
    scores["gold"] = str(path)
    if against:
        scores["against"] = str(against)
    scores["errors"] = errors
    scores["spurious"] = spurious
    return scores


DURATION_RE = re.compile(
    r"P(?:(?P<CE>\d+(?:\.\d+)?)CE)?(?:(?P<DE>\d+(?:\.\d+)?)DE)?"
    r"(?:(?P<Y>\d+(?:\.\d+)?)Y)?(?:(?P<M>\d+(?:\.\d+)?)M)?(?:(?P<W>\d+(?:\.\d+)?)W)?(?:(?P<D>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?)?")


def duration_extent(value: str) -> tuple[float, float, float] | None:
    """(months, days, seconds) a fully numeric ISO 8601 duration denotes, or None.

    Only exact conversions are made: centuries (TimeML's CE) and decades (DE) ↔ years (×100,
    ×10), years↔months (×12), weeks↔days (×7), hours↔minutes↔
    seconds (×60). Months and days stay apart (a month is not a fixed number of days), so
    P1M and P30D are different values; unknown counts (PXY) are compared as strings.
    """
    match = DURATION_RE.fullmatch(value or "")
    if not match or value in ("P", "PT") or value.endswith("T"):
        return None
    part = {k: float(v) if v else 0.0 for k, v in match.groupdict().items()}
    years = part["CE"] * 100 + part["DE"] * 10 + part["Y"]
    return years * 12 + part["M"], part["W"] * 7 + part["D"], part["h"] * 3600 + part["m"] * 60 + part["s"]


def same_value(gold, got) -> bool:
    """Gold and system value agree: equal strings, or durations denoting the same extent (P2.5Y = P30M)."""
    if gold == got:
        return True
    if not isinstance(gold, str) or not isinstance(got, str):
        return False
    gold_extent, got_extent = duration_extent(gold), duration_extent(got)
    return gold_extent is not None and got_extent is not None and all(
        abs(a - b) < 1e-9 for a, b in zip(gold_extent, got_extent))


class Counts:
    """Detection (exact and overlapping spans) and value agreement over matched spans.

    `value_right` counts values that agree by `same_value`; `value_right_strict` only equal strings.
    """

    def __init__(self) -> None:
        self.gold = self.predicted = self.exact = self.overlap = self.value_right = self.value_right_strict = 0
        self.spurious: list = []

    def add(self, gold: list[tuple], predicted: list[tuple]):
        """Match one document; yields (gold, matched prediction or None) for every gold span."""
        self.gold += len(gold)
        self.predicted += len(predicted)
        used: set[int] = set()
        for g in gold:
            match = None
            for i, p in enumerate(predicted):
                if i not in used and p[0] < g[1] and g[0] < p[1]:
                    match = i
                    break
            if match is None:
                yield g, None
                continue
            used.add(match)
            p = predicted[match]
            self.overlap += 1
            self.exact += (p[0], p[1]) == (g[0], g[1])
            if len(g) > 2:
                self.value_right += same_value(g[2], p[2])
                self.value_right_strict += p[2] == g[2]
            yield g, p

    def scores(self) -> dict:
        def prf(hits: int) -> dict:
            precision = hits / self.predicted if self.predicted else 0.0
            recall = hits / self.gold if self.gold else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}

        return {
            "gold_expressions": self.gold,
            "predicted_expressions": self.predicted,
            "exact_span": prf(self.exact),
            "overlapping_span": prf(self.overlap),
            "value_accuracy_on_found": round(self.value_right / self.overlap, 4) if self.overlap else 0.0,
            "value_accuracy_on_all_gold": round(self.value_right / self.gold, 4) if self.gold else 0.0,
            "strict_value_accuracy_on_found": round(self.value_right_strict / self.overlap, 4) if self.overlap else 0.0,
            "strict_value_accuracy_on_all_gold": round(self.value_right_strict / self.gold, 4) if self.gold else 0.0,
        }


# --- Wojood DATE/TIME detection -----------------------------------------------------------


def wojood_sentences(path: Path):
    """(text, [(start, end, type)]) per sentence: tokens joined by spaces, every DATE/TIME layer."""
    tokens: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split()
        if parts:
            tokens.append((parts[0], parts[1:]))
            continue
        if tokens:
            yield _sentence_spans(tokens)
            tokens = []


def _sentence_spans(tokens):
    text, offsets = "", []
    for word, _ in tokens:
        if text:
            text += " "
        offsets.append((len(text), len(text) + len(word)))
        text += word
    spans = []
    open_spans: dict[str, int] = {}
    for i, (_, tags) in enumerate(tokens + [("", [])]):
        for kind in ("DATE", "TIME"):
            if f"I-{kind}" in tags and kind in open_spans:
                continue
            if kind in open_spans:
                spans.append((offsets[open_spans.pop(kind)][0], offsets[i - 1][1], kind))
            if f"B-{kind}" in tags:
                open_spans[kind] = i
    return text, spans


def wojood_scores(files: list[Path]) -> dict:
    counts = Counts()
    by_type = {"DATE": [0, 0], "TIME": [0, 0]}
    missed = []
    for path in files:
        for text, spans in wojood_sentences(path):
            norm = normalize(text)
            predicted = []
            for found in find_times(norm.key, None):
                start, end = norm.span_to_original(found.start, found.end)
                predicted.append((start, end))
            for g, p in counts.add([(s, e) for s, e, _ in spans], predicted):
                kind = next(k for s, e, k in spans if (s, e) == g)
                by_type[kind][0] += 1
                by_type[kind][1] += p is not None
                if p is None:
                    missed.append(text[g[0]:g[1]])
    scores = counts.scores()
    for key in ("value_accuracy_on_found", "value_accuracy_on_all_gold",
                "strict_value_accuracy_on_found", "strict_value_accuracy_on_all_gold"):
        scores.pop(key)
    scores["recall_by_type"] = {k: {"gold": n, "found": f, "recall": round(f / n, 4) if n else 0.0} for k, (n, f) in by_type.items()}
    scores["gold"] = ", ".join(str(f) for f in files)
    scores["missed_sample"] = missed[:40]
    return scores


def format_scores(scores: dict) -> str:
    lines = [f"gold: {scores['gold']}"]
    if "against" in scores:
        lines.append(f"scored instead of khabar: {scores['against']} (a second annotation)")
    lines.append(f"expressions: {scores['gold_expressions']} gold, {scores['predicted_expressions']} found")
    for name in ("exact_span", "overlapping_span"):
        s = scores[name]
        lines.append(f"{name:17s} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
    if "value_accuracy_on_found" in scores:
        lines.append(f"value accuracy: {scores['value_accuracy_on_found']:.3f} of the expressions found, "
                     f"{scores['value_accuracy_on_all_gold']:.3f} of all gold expressions")
        lines.append(f"  (strict, equal strings only: {scores['strict_value_accuracy_on_found']:.3f} of found, "
                     f"{scores['strict_value_accuracy_on_all_gold']:.3f} of all gold; durations above are "
                     f"compared by what they denote)")
        for e in scores["errors"]:
            lines.append(f"  #{e['index']} {e['gold']!r} gold {e['value']} got {e['got']}" + (f" on {e['span']!r}" if e.get("span") else ""))
        lines.append("found but not in the gold:")
        lines.extend(f"  #{e['index']} {e['text']!r} {e['value']}" for e in scores["spurious"])
    if "recall_by_type" in scores:
        for kind, s in scores["recall_by_type"].items():
            lines.append(f"{kind}: recall {s['recall']:.3f} ({s['found']}/{s['gold']})")
    return "\n".join(lines)
