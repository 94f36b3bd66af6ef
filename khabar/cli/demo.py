"""`khabar demo`: the main job on the bundled sample (the seed and the sample articles)."""

from __future__ import annotations

import json

from khabar.core import extract_article
from khabar.report import summarize
from khabar.samples import sample_articles


def register(sub) -> None:
    p = sub.add_parser("demo", help="extract the bundled sample articles and print a readable summary")
    p.add_argument("--json", action="store_true", help="print schema-1 JSON lines instead of summaries")
    p.set_defaults(func=run)


def run(args) -> int:
    articles = sample_articles()
    for article in articles:
        doc = extract_article(article)
        if args.json:
            print(json.dumps(doc.to_dict(), ensure_ascii=False))
        else:
            print(summarize(doc))
            print()
    if not args.json:
        print(f"{len(articles)} sample articles read. Next: `khabar extract FILE --format text` on your own article.")
    return 0
