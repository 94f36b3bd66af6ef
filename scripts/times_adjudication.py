"""Blind adjudication of the disagreements between khabar and a times gold set.

    # 1. with the code of the blind run (e.g. a `git worktree` of its commit on PYTHONPATH):
    .venv/bin/python scripts/times_adjudication.py pack tests/gold/times-heldout-z.jsonl /tmp/adj
    # 2. an adjudicator who never sees /tmp/adj/keys writes /tmp/adj/verdicts.tsv from /tmp/adj/z.md
    # 3. merge key and verdicts into the record kept in the repository:
    .venv/bin/python scripts/times_adjudication.py merge /tmp/adj/keys/z.key.json \
        tests/gold/adjudication/times-heldout-z.tsv /tmp/adj/verdicts.tsv
    # 4. figures before and after adjudication:
    .venv/bin/python scripts/times_adjudication.py score tests/gold/adjudication/times-heldout-*.tsv

Why: a blind figure counts every disagreement as khabar's error, but the gold has slips of its own.
Each disagreement (a gold expression khabar resolves differently or misses, and an expression khabar
finds where the gold has none) is shown with its context and the two readings as A and B in a
shuffled order, so the adjudicator cannot tell which side is the gold. Verdicts: A, B, both
(acceptable either way), neither (with the right value, or OUT for "not a time expression").

Each record starts with the gold's size at the blind run (the gold may later be brought to a newer guideline).
Scoring keeps the blind run's own counts and changes only what the verdicts change: a disagreement
the gold loses counts as right (or leaves the gold where the expression is not one); an expression
khabar found that the adjudicator accepts joins the gold as right. Agreements are not re-judged, so
an adjudicated figure is an upper estimate where both sides could share a mistake.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import random
from pathlib import Path

COLUMNS = ["item", "index", "kind", "gold_start", "gold_end", "gold_value", "system_start", "system_end",
           "system_value", "verdict", "adjudicated_value", "reason"]
LEAVE_OUT = "not a time expression here (leave it out)"
GOLD_COUNT_LINE = "# gold expressions at the blind run: "


def read_record(path: Path) -> tuple[int, list[dict]]:
    """(gold expressions at the blind run, rows) of one adjudication record."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or not lines[0].startswith(GOLD_COUNT_LINE):
        raise ValueError(f"{path}:1: the record does not start with {GOLD_COUNT_LINE!r}")
    return int(lines[0].removeprefix(GOLD_COUNT_LINE)), list(csv.DictReader(lines[1:], delimiter="\t"))


def disagreements(gold_path: Path):
    """(row, text, gold span or None, system span or None, kind) for each disagreement of the present code."""
    from khabar.document import Document
    from khabar.eval.times import Counts, khabar_times, load_articles, read_gold, same_value

    rows = read_gold(gold_path)
    articles = load_articles({row["index"] for row in rows})
    for row in rows:
        doc = Document(id=str(row["index"]), text=articles[row["index"]]["content"], published=row["published"])
        predicted = khabar_times(doc)
        gold = [(g["start"], g["end"], g["value"]) for g in row["times"]]
        matched = set()
        for g, p in Counts().add(gold, predicted):
            if p is not None:
                matched.add(p)
                if same_value(g[2], p[2]):
                    continue
            yield row, doc.text, g, p, "error"
        for p in predicted:
            # Pieces of a gold expression khabar split in two are not separate candidates for the gold.
            if p not in matched and not any(p[0] < g[1] and g[0] < p[1] for g in gold):
                yield row, doc.text, None, p, "spurious"


def context(text: str, spans: list[tuple[int, int]], width: int = 220) -> str:
    lo = max(0, min(s for s, _ in spans) - width)
    hi = min(len(text), max(e for _, e in spans) + width)
    marks = sorted({(s, 1, "⟦") for s, _ in spans} | {(e, 0, "⟧") for _, e in spans})
    pieces, pos = [], lo
    for at, _, mark in marks:
        pieces += [text[pos:at], mark]
        pos = at
    pieces.append(text[pos:hi])
    body = "".join(pieces).replace("\n", " ⏎ ")
    return ("…" if lo else "") + body + ("…" if hi < len(text) else "")


def reading(text: str, span, value) -> str:
    if span is None:
        return LEAVE_OUT
    return f"«{text[span[0]:span[1]]}» = {value if value is not None else '(found, no value)'}"


def pack(gold_path: Path, out: Path, seed: int) -> None:
    name = gold_path.stem.removeprefix("times-heldout-").upper()
    rng = random.Random(seed)
    lines, key = [f"# Adjudication packet {name}", ""], []
    for n, (row, text, g, p, kind) in enumerate(disagreements(gold_path), 1):
        sides = [("gold", g[:2] if g else None, g[2] if g else None),
                 ("system", p[:2] if p else None, p[2] if p else None)]
        rng.shuffle(sides)
        day = datetime.date.fromisoformat(row["published"][:10])
        item = f"{name}-{n}"
        lines += [f"### {item} — article {row['index']}, published {row['published']} ({day:%A})",
                  "context: " + context(text, [s[:2] for s in (g, p) if s]),
                  f"- A: {reading(text, sides[0][1], sides[0][2])}",
                  f"- B: {reading(text, sides[1][1], sides[1][2])}", ""]
        key.append({"item": item, "index": row["index"], "kind": kind, "A": sides[0][0], "B": sides[1][0],
                    "gold": list(g) if g else None, "system": list(p) if p else None})
    (out / "keys").mkdir(parents=True, exist_ok=True)
    (out / f"{name.lower()}.md").write_text("\n".join(lines), encoding="utf-8")
    (out / "keys" / f"{name.lower()}.key.json").write_text(json.dumps(key, ensure_ascii=False), encoding="utf-8")
    print(f"{name}: {len(key)} disagreements ({sum(k['kind'] == 'error' for k in key)} on gold expressions)")


def merge(key_path: Path, verdict_paths: list[Path], out: Path, gold_count: int | None = None) -> None:
    """Write the record; its first line keeps the gold's size at the blind run (the gold may be mended later)."""
    if gold_count is None:
        gold_file = out.parents[1] / out.name.replace(".tsv", ".jsonl")
        gold_count = sum(len(r["times"]) for r in map(json.loads, gold_file.read_text(encoding="utf-8").splitlines()))
    verdicts = {}
    for path in verdict_paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t") + ["", "", ""]
            if parts[0].strip():
                verdicts[parts[0].strip()] = [p.strip() for p in parts[1:4]]
    rows = []
    for k in json.loads(key_path.read_text(encoding="utf-8")):
        verdict, value, reason = verdicts.get(k["item"], ["", "", "unjudged"])
        side = k.get(verdict.upper(), "") if verdict.lower() in ("a", "b") else verdict.lower()
        g, p = k["gold"] or [None] * 3, k["system"] or [None] * 3
        rows.append([k["item"], k["index"], k["kind"], *g, *p, side, value, reason])
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"{GOLD_COUNT_LINE}{gold_count}\n")
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(["" if v is None else v for v in row] for row in rows)
    print(f"{out}: {len(rows)} rows, {sum(1 for r in rows if r[9] in ('', 'unjudged'))} unjudged")


def adjudicated_counts(rows: list[dict], gold_total: int) -> tuple[int, int, int]:
    """(gold expressions, right before, right after) for one set from its adjudication rows."""
    errors = [r for r in rows if r["kind"] == "error"]
    right_before = gold_total - len(errors)
    gold, right = gold_total, right_before
    for r in rows:
        verdict, out = r["verdict"], r["adjudicated_value"].upper() == "OUT"
        system_says_none = r["system_value"] == ""
        if r["kind"] == "error":
            if verdict in ("system", "both"):
                # khabar left it out (or gave no value) and was right: the expression leaves the gold.
                gold, right = (gold - 1, right) if system_says_none else (gold, right + 1)
            elif verdict == "neither" and out:
                gold -= 1
        elif not system_says_none:
            if verdict in ("system", "both"):
                gold, right = gold + 1, right + 1
            elif verdict == "neither" and not out:
                gold += 1
    return gold, right_before, right


def score(paths: list[Path]) -> None:
    total = [0, 0, 0, 0]
    for path in paths:
        gold_total, rows = read_record(path)
        gold, before, after = adjudicated_counts(rows, gold_total)
        lost = sum(r["kind"] == "error" and r["verdict"] == "gold" for r in rows)
        errors = sum(r["kind"] == "error" for r in rows)
        print(f"{path.stem}: {before / gold_total:.3f} of {gold_total} → adjudicated {after / gold:.3f} of {gold}"
              f"  (gold upheld on {lost} of {errors} disagreements)")
        for i, v in enumerate((gold_total, before, gold, after)):
            total[i] += v
    if len(paths) > 1:
        print(f"all: {total[1] / total[0]:.3f} of {total[0]} → adjudicated {total[3] / total[2]:.3f} of {total[2]}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("pack")
    p.add_argument("gold", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--seed", type=int, default=7)
    m = sub.add_parser("merge")
    m.add_argument("key", type=Path)
    m.add_argument("out", type=Path)
    m.add_argument("verdicts", type=Path, nargs="+")
    m.add_argument("--gold-count", type=int, help="gold expressions at the blind run (default: the gold file now)")
    s = sub.add_parser("score")
    s.add_argument("records", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if args.command == "pack":
        pack(args.gold, args.out, args.seed)
    elif args.command == "merge":
        merge(args.key, args.verdicts, args.out, args.gold_count)
    else:
        score(args.records)


if __name__ == "__main__":
    main()
