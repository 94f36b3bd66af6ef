"""Stage "quotes": attributed statements with their cue, content, kind and speaker.

Runs after the entities layer so that a speaker phrase links to the entity of the mention
inside it (الرئيس الروسي -> Putin, وأكدت موسكو -> the Russian government).
"""

from __future__ import annotations

from khabar.document import Document
from khabar.quotes import find_quotes


class QuotesStage:
    name = "quotes"
    needs = frozenset({"sentences", "tokens", "mentions", "entities"})
    provides = frozenset({"quotes"})

    def __call__(self, doc: Document) -> None:
        known = {e.id for e in doc.entities}
        for quote in find_quotes(doc):
            if quote.speaker_entity is not None and quote.speaker_entity not in known:
                quote = quote.__class__(quote.cue, quote.content, quote.kind, quote.speaker, None)
            doc.add(quote)
