"""`khabar quotes FILE [--published DATE] [--json]`: who said what, grouped by speaker."""

from __future__ import annotations

import json
import sys

from khabar.document import Document, Quote

UNATTRIBUTED = "(no speaker)"


def register(sub) -> None:
    p = sub.add_parser("quotes", help="who said what in an article, grouped by speaker",
                       description="Read one article and list its attributed statements, grouped by speaker.")
    p.add_argument("file", help="an article text file (UTF-8, UTF-16 or Windows-1256)")
    p.add_argument("--published", help="publication date (YYYY-MM-DD) to resolve titles such as الرئيس الروسي")
    p.add_argument("--json", action="store_true", help="print the groups as JSON")
    p.set_defaults(func=run)


def group_by_speaker(doc: Document) -> list[dict]:
    """Quotes grouped by speaker entity (or speaker text when unresolved), in order of first quote."""
    groups: dict[str, dict] = {}
    for quote in doc.quotes:
        key, label, english = speaker_label(doc, quote)
        group = groups.setdefault(key, {"speaker": label, "speaker_en": english, "entity": quote.speaker_entity, "quotes": []})
        group["quotes"].append({"kind": quote.kind, "cue": quote.cue.text, "content": quote.content.text,
                                "content_span": [quote.content.start, quote.content.end],
                                "speaker_text": quote.speaker.text if quote.speaker else None})
    return list(groups.values())


def speaker_label(doc: Document, quote: Quote) -> tuple[str, str, str | None]:
    entity = doc.entity(quote.speaker_entity)
    if entity is not None:
        return f"entity:{entity.id}", entity.name_ar, entity.name_en
    if quote.speaker is not None:
        return f"text:{quote.speaker.text}", quote.speaker.text, None
    return "none", UNATTRIBUTED, None


def run(args) -> int:
    from khabar.cli.extract import valid_published
    from khabar.core import extract
    from khabar.io import InputError, read_text_file

    try:
        text = read_text_file(args.file)
        doc = extract(text, published=valid_published(args.published))
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    groups = group_by_speaker(doc)
    if args.json:
        print(json.dumps(groups, ensure_ascii=False, indent=1))
        return 0
    if not groups:
        print("no attributed statements found")
    for group in groups:
        english = f" ({group['speaker_en']})" if group["speaker_en"] else ""
        print(f"{group['speaker']}{english}: {len(group['quotes'])}")
        for q in group["quotes"]:
            mark = {"direct": "«»", "indirect": "~ ", "mixed": "«~"}[q["kind"]]
            print(f"  {mark} [{q['cue']}] {q['content']}")
    return 0
