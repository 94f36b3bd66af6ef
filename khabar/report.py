"""A readable plain-text summary of a Document (the CLI's --format text and `khabar demo`)."""

from __future__ import annotations

from khabar.document import Document


def _entity_label(doc: Document, entity_id: str | None) -> str:
    entity = doc.entity(entity_id)
    if entity is None:
        return ""
    return f" → {entity.name_en or entity.name_ar}"


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def summarize(doc: Document) -> str:
    lines = [f"document {doc.id}" + (f"  (published {doc.published})" if doc.published else "")]
    if doc.title:
        lines.append(f"  title: {_clip(doc.title)}")
    d = doc.dateline
    if d.place or d.agency or d.byline:
        parts = [f"{name} {span.text} [{span.start}:{span.end}]" for name, span in
                 (("place", d.place), ("agency", d.agency), ("byline", d.byline)) if span]
        lines.append("  dateline: " + ", ".join(parts))
    tokens = getattr(doc, "tokens", None)
    lines.append(f"  {len(doc.sentences)} sentences" + (f", {len(tokens)} tokens" if tokens is not None else ""))
    if doc.mentions:
        lines.append(f"  mentions ({len(doc.mentions)}):")
        seen = {}
        for m in doc.mentions:
            key = (m.text, m.type, m.entity)
            seen[key] = seen.get(key, 0) + 1
        for (text, type_, entity), count in seen.items():
            lines.append(f"    {type_:4} {text}{_entity_label(doc, entity)}" + (f"  ×{count}" if count > 1 else ""))
    if doc.quotes:
        lines.append(f"  quotes ({len(doc.quotes)}):")
        for q in doc.quotes:
            speaker = q.speaker.text if q.speaker else "(unattributed)"
            lines.append(f"    [{q.kind}] {q.cue.text} / {speaker}{_entity_label(doc, q.speaker_entity)}: «{_clip(q.content.text, 70)}»")
    if doc.times:
        lines.append(f"  times ({len(doc.times)}):")
        lines += [f"    {t.text} = {t.value}" + (f" ({t.granularity})" if t.granularity else "") for t in doc.times]
    if doc.quantities:
        lines.append(f"  quantities ({len(doc.quantities)}):")
        lines += [f"    {q.text} = {q.value} {q.unit or ''}".rstrip() + (f" ({q.casualty})" if q.casualty else "")
                  for q in doc.quantities]
    if doc.events:
        lines.append(f"  events ({len(doc.events)}):")
        lines += [f"    {e.cameo} {e.plover or ''} {_clip(e.evidence.text, 60)}" for e in doc.events]
    return "\n".join(lines)
