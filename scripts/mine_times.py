"""Run the times stage over a part of SaudiNewsNet and report what a gold set of 60 articles cannot show:

1. articles on which the stage raises (with the smallest window of text that still raises);
2. time words the stage left uncovered, ranked by how many articles they occur in, with the word
   before and after (so the families that recur across the corpus come first, not one set's tail);
3. forms whose value lies after the publication date with no future word in the clause.

The part read is every line NOT ≡ 9 mod 10: lines ≡ 9 mod 10 are kept unread for blind sets.

    .venv/bin/python scripts/mine_times.py OUT_DIR [--limit N] [--gold tests/gold/times-X.jsonl ...]

Writes OUT_DIR/found.json (every article's expressions), crashes.tsv, uncovered.tsv, future.tsv.
With --gold (development sets only: name them, never a glob that could take a blind set), each
uncovered pattern also says how often the annotators marked it in those sets, and patterns are
ranked by uncovered articles × that rate, so a word the guideline leaves out (المدير العام) sinks.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import sys
from datetime import date
from multiprocessing import Pool
from pathlib import Path

from tqdm import tqdm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from khabar.document import Document  # noqa: E402
from khabar.pipeline import Pipeline  # noqa: E402
from khabar.stages.times import TimesStage  # noqa: E402
from khabar.temporal.grammar import FUTURE_CUE  # noqa: E402
from khabar.text.normalize import normalize_key  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet.jsonl.gz"
RESERVE = 9  # lines ≡ 9 mod 10 are the blind reserve

# time words in the normalised key (ة as ه, hamzas as ا, ى as ي), clitics stripped before lookup
CUES = set("""
يوم ايام يومين يوما اسبوع اسابيع اسبوعين شهر اشهر شهور شهرين سنه سنوات سنين سنتين عام اعوام عامين
ساعه ساعات ساعتين دقيقه دقائق ثانيه ثوان ثواني قرن قرون عقد عقود ليله ليال ليلتين ليالي فتره
زمن زمان وقت اوقات امس غدا غد الان حاليا سابقا لاحقا مؤخرا موخرا اخيرا قريبا مبكرا مستقبلا صباحا
مساء ظهرا عصرا فجرا ليلا نهارا قديما حديثا مطلع منتصف اواخر اوائل نهايه بدايه غضون منذ طيله طوال
الماضي الماضيه المقبل المقبله القادم القادمه المنصرم الجاري الحالي الحاليه المنقضي الفائت
يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر كانون شباط اذار نيسان
ايار حزيران تموز اب ايلول تشرين محرم صفر ربيع جمادي رجب شعبان رمضان شوال القعده الحجه
الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت صباح مساء فجر ظهر عصر ليل نهار
""".split())
_PROCLITICS = ("وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "وب", "ول", "وف", "و", "ب", "ل", "ف", "ك")
_WORD = re.compile(r"[\u0621-\u064a]+")


def cue_of(word: str) -> str | None:
    """The time word a key word is, its proclitics (و، ب، ل، ف، ك) stripped; ال kept (العام ≠ عام)."""
    for clitic in ("",) + _PROCLITICS:
        if not word.startswith(clitic) or len(word) - len(clitic) < 2:
            continue
        rest = word[len(clitic):]
        if clitic.endswith("لل"):
            rest = "ال" + rest  # للعام = ل + العام
        elif clitic.endswith("ال"):
            rest = "ال" + rest
        bare = rest[2:] if rest.startswith("ال") else rest
        if rest in CUES or bare in CUES:
            return rest
    return None


_PIPELINE = None


def read_article(item):
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = Pipeline([TimesStage()])
    line, text, published = item
    doc = Document(id=str(line), text=text, published=published)
    try:
        _PIPELINE(doc)
    except Exception as error:  # noqa: BLE001 - a crash is what this report is for
        return line, published, [], f"{type(error).__name__}: {error}"
    return line, published, [(t.start, t.end, t.value) for t in doc.times], None


def articles(limit: int | None):
    taken = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as lines:
        for line, raw in enumerate(lines):
            if line % 10 == RESERVE:
                continue
            record = json.loads(raw)
            text = record.get("content") or ""
            if len(text) < 200:
                continue
            yield line, text, (record.get("date_extracted") or "")[:10] or None
            taken += 1
            if limit and taken >= limit:
                return


def uncovered_words(text: str, spans: list) -> list[tuple[str, str, str, int]]:
    """(cue, word before, word after, offset) of every cue word no expression covers."""
    covered = [(s, e) for s, e, _v in spans]
    words = [(m.start(), m.end(), normalize_key(m.group())) for m in _WORD.finditer(text)]
    found = []
    for n, (start, end, word) in enumerate(words):
        cue = cue_of(word)
        # a cue beside an expression is usually its part (يوم before a found أمس): not a miss
        reach = (words[n - 1][0] if n else start, words[n + 1][1] if n + 1 < len(words) else end)
        if cue and not any(s < reach[1] and reach[0] < e for s, e in covered):
            before = words[n - 1][2] if n else ""
            after = words[n + 1][2] if n + 1 < len(words) else ""
            found.append((cue, before, after, start))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--gold", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    texts = {}
    results = []
    with Pool(2) as pool:
        items = ((line, text, pub) for line, text, pub in articles(args.limit) if not texts.__setitem__(line, text))
        for result in tqdm(pool.imap(read_article, items, chunksize=50), desc="times", unit="article"):
            results.append(result)
    (args.out / "found.json").write_text(json.dumps(results, ensure_ascii=False))
    write_crashes(args.out / "crashes.tsv", results, texts)
    write_uncovered(args.out / "uncovered.tsv", results, texts, gold_rates(args.gold))
    write_future(args.out / "future.tsv", results, texts)


def write_crashes(path: Path, results, texts) -> None:
    with path.open("w", encoding="utf-8") as out:
        for line, published, _spans, error in results:
            if error:
                out.write(f"{line}\t{published}\t{error}\n")
    print(f"{sum(1 for r in results if r[3])} crashes -> {path}")


def gold_rates(gold_files: list[Path]) -> dict[tuple, list[int]]:
    """[marked, seen] per pattern (before, cue, after), (cue, after), (before, cue) and (cue,) in the gold."""
    wanted = {}
    for path in gold_files:
        for raw in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(raw)
            wanted[record["index"]] = [(t["start"], t["end"], None) for t in record["times"]]
    rates: dict[tuple, list[int]] = collections.defaultdict(lambda: [0, 0])
    if not wanted:
        return rates
    with gzip.open(CORPUS, "rt", encoding="utf-8") as lines:
        for line, raw in enumerate(lines):
            if line not in wanted:
                continue
            text = json.loads(raw).get("content") or ""
            spans = wanted[line]
            every = uncovered_words(text, [])  # every cue word, covered or not
            covered = {offset for *_w, offset in every} - {offset for *_w, offset in uncovered_words(text, spans)}
            for cue, before, after, offset in every:
                for pattern in _levels(before, cue, after):
                    rates[pattern][1] += 1
                    rates[pattern][0] += offset in covered
    return rates


def _levels(before: str, cue: str, after: str) -> tuple[tuple, ...]:
    return (before, cue, after), ("", cue, after), (before, cue, ""), ("", cue, "")


def _rate(rates, before: str, cue: str, after: str) -> tuple[float, str]:
    """The annotators' rate at the most specific level seen at least 3 times in the gold."""
    full, *pairs, alone = [(p, *rates.get(p, (0, 0))) for p in _levels(before, cue, after)]
    seen_pairs = [p for p in pairs if p[2] >= 3]
    for pattern, marked, seen in [full] if full[2] >= 3 else [min(seen_pairs, key=lambda p: p[1] / p[2])] if seen_pairs else [alone]:
        if seen >= 3:  # the triple, else the lower of the two pairs (الموسم الماضي: 0 of n), else the word
            return marked / seen, f"{marked}/{seen} {'+'.join(w or '*' for w in pattern)}"
    return 0.5, "unseen"


def write_uncovered(path: Path, results, texts, rates) -> None:
    by_pattern: dict[tuple, list] = collections.defaultdict(list)
    for line, _published, spans, error in results:
        if error:
            continue
        text = texts[line]
        for cue, before, after, offset in uncovered_words(text, spans):
            by_pattern[(before, cue, after)].append((line, offset))
    rows = []
    for (before, cue, after), places in by_pattern.items():
        count = len({line for line, _ in places})
        rate, basis = _rate(rates, before, cue, after) if rates else (1.0, "")
        rows.append((count * rate, count, basis, before, cue, after, places[0]))
    rows.sort(key=lambda row: -row[0])
    with path.open("w", encoding="utf-8") as out:
        out.write("score\tarticles\tgold marked/seen\tbefore\tcue\tafter\texample line\texample context\n")
        for score, count, basis, before, cue, after, (line, offset) in rows:
            context = texts[line][max(0, offset - 50):offset + 60].replace("\n", " ").replace("\t", " ")
            out.write(f"{score:.1f}\t{count}\t{basis}\t{before}\t{cue}\t{after}\t{line}\t{context}\n")
    print(f"{len(rows)} uncovered patterns -> {path}")


# words inside an expression that place it after publication by themselves
_FUTURE_WORD = re.compile(r"المقبل|القادم|غد|التالي|الجاري|الحالي|بعد|هذا|هذه|ال[اآ]ن")


def first_day(value: str | None) -> date | None:
    """The first day a value covers (2015-W29 → its Monday), None for references, durations, X."""
    if not value or not value[:4].isdigit():
        return None
    head = value.split("/")[0]
    try:
        if len(head) == 4:
            return date(int(head), 1, 1)
        if re.fullmatch(r"\d{4}-\d\d", head):
            return date(int(head[:4]), int(head[5:]), 1)
        if re.fullmatch(r"\d{4}-\d\d-\d\d", head):
            return date.fromisoformat(head)
        if re.fullmatch(r"\d{4}-W\d\d", head):
            return date.fromisocalendar(int(head[:4]), int(head[6:]), 1)
        if re.fullmatch(r"\d{4}-Q\d", head):
            return date(int(head[:4]), 3 * int(head[6]) - 2, 1)
        if re.fullmatch(r"\d{4}-H\d", head):
            return date(int(head[:4]), 6 * int(head[6]) - 5, 1)
    except ValueError:
        return None
    return None


def write_future(path: Path, results, texts) -> None:
    rows = collections.defaultdict(list)
    for line, published, spans, error in results:
        if error or not published:
            continue
        text = texts[line]
        for start, end, value in spans:
            begins = first_day(value)
            if begins is None or begins.isoformat() <= published:
                continue
            if FUTURE_CUE.search(normalize_key(text[max(0, start - 60):end])) or _FUTURE_WORD.search(normalize_key(text[start:end])):
                continue
            form = re.sub(r"[0-9٠-٩]+", "#", normalize_key(text[start:end]))
            rows[form].append((line, published, text[start:end], value, text[max(0, start - 60):end + 30]))
    with path.open("w", encoding="utf-8") as out:
        out.write("articles\tform\tline\tpublished\texpression\tvalue\tcontext\n")
        for form, found in sorted(rows.items(), key=lambda kv: -len(kv[1])):
            line, published, expression, value, context = found[0]
            context = context.replace("\n", " ").replace("\t", " ")
            out.write(f"{len(found)}\t{form}\t{line}\t{published}\t{expression}\t{value}\t{context}\n")
    print(f"{len(rows)} forms valued after publication without a future word -> {path}")


if __name__ == "__main__":
    main()
