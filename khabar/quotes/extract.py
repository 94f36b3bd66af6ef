"""Find every attributed statement of a document: cue, content, kind, speaker."""

from __future__ import annotations

from bisect import bisect_right

from khabar.document import Document, Quote
from khabar.quotes.content import Content, ContentFinder, is_content_quote
from khabar.quotes.cues import Cue, find_cues
from khabar.quotes.marks import pair_marks, paragraph_ends
from khabar.quotes.scan import TextView
from khabar.quotes.speakers import Speaker, SpeakerFinder

# Words before a verb that put the quotation first: «...»، كما قال X / حسبما أفادت الوكالة.
QUOTE_FIRST_LEADS = frozenset({"حسبما", "كما", "وكما", "بحسبما", "وفقا", "وفقما", "فيما", "ما", "بحسب", "حسب", "وفق", "طبقا"})
_LIST_PUNCT = frozenset("،,:")
_COMMAS = frozenset("،,")
_SENTENCE_FINAL = frozenset(".!?؟\n")
RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "الذين", "اللذان", "اللتان", "اللواتي"})


class _Spans:
    """Sorted, non-overlapping [start, end) spans with a fast "is inside" test."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def contains(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]


def find_quotes(doc: Document) -> list[Quote]:
    return QuoteFinder(doc).run()


class QuoteFinder:
    def __init__(self, doc: Document):
        self.doc = doc
        view = self.view = TextView.of(doc.text)
        marks = pair_marks(doc.text, paragraph_ends(doc.text))
        quoted = [q for q in marks if q.close is not None and is_content_quote(view, q)]
        outer = _outermost([(q.start, q.end) for q in quoted])
        view.drop_sentence_ends_inside(outer)
        self.in_quotation = _Spans(outer)
        self.cues = [c for c in find_cues(view) if not self.in_quotation.contains(c.start)]
        self.cue_words = {i for c in self.cues for i in range(c.first, c.last + 1)}
        verb_words = {c.first for c in self.cues if c.family != "verbless"}  # في بيان لها stays in a region
        boundaries = [c for c in self.cues if c.opens_clause]
        self.contents = ContentFinder(view, marks, boundaries, verb_words)
        self.speakers = SpeakerFinder(view, doc.mentions)

    def run(self) -> list[Quote]:
        quotes: list[Quote] = []
        taken: list[tuple[int, int]] = []  # contents already attributed
        regions: list[tuple[int, int]] = []  # cue .. content of verbal quotes (absorb بحسب / في بيان)
        previous: Speaker | None = None
        for cue in self.cues:
            if any(s <= cue.start < e for s, e in taken) or any(s < cue.start < e for s, e in regions):
                continue
            found = self._verbless(cue) if cue.family == "verbless" else self._verbal(cue, previous)
            if found is None:
                previous = self._subject_without_content(cue) or previous
                continue
            content, speaker = found
            if any(_overlap(content.start, content.end, s, e) for s, e in taken):
                continue
            if cue.family != "verbless" and content.start > cue.end:
                regions.append((cue.start, content.start))
            quotes.append(self._record(cue, content, speaker))
            taken.append((content.start, content.end))
            if speaker is not None:
                previous = Speaker(speaker.start, speaker.end, speaker.entity, cue.start)
        return quotes

    # --- verbs, participles, passives -------------------------------------
    def _verbal(self, cue: Cue, previous: Speaker | None) -> tuple[Content, Speaker | None] | None:
        view, family = self.view, cue.family
        content = self.contents.forward(cue)
        speaker: Speaker | None = None
        relative = cue.first > 1 and view.keys[cue.first - 1] in RELATIVE_PRONOUNS
        if relative and family == "verb" and "nominal" in cue.form.frames and (
                content is None or content.region_end > cue.last + 1):
            # بلاتر الذي أعلن تخليه عن المنصب: no subject follows, the complement starts at once
            speaker = self.speakers.before(cue.first - 1) or self.speakers.link(
                view.starts[cue.first - 2], view.ends[cue.first - 2])
            content = self.contents.nominal_from(cue.last + 1, cue.last + 1)
        elif content is None and family == "verb" and "nominal" in cue.form.frames and not relative:
            speaker = self.speakers.after_named(cue.last + 1)  # أكدت موسكو قيام ...
            if speaker is not None:
                content = self.contents.nominal_from(view.word_at(speaker.end), view.word_at(speaker.end))
        if content is None and family == "participle" and "nominal" in cue.form.frames:
            content = self.contents.nominal_from(cue.last + 1, cue.last + 1)  # مؤكدا وقوف الشعب ...
        if content is None and family in ("verb", "passive") and not cue.proclitic:
            lead = cue.first
            while lead > 0 and cue.first - lead < 2 and view.keys[lead - 1] in QUOTE_FIRST_LEADS:
                lead -= 1
            content = self.contents.backward(cue, lead)
            if content is not None and content.start < cue.start:
                limit = view.word_at(view.sentence_end_after(cue.end))
                return content, self.speakers.after(cue.last + 1, limit) or previous
        if content is None:
            return None
        if speaker is None:
            speaker = self._speaker(cue, content, previous)
        return content, speaker

    def _speaker(self, cue: Cue, content: Content, previous: Speaker | None) -> Speaker | None:
        view, family = self.view, cue.family
        if family == "participle":
            return self._implicit(cue, previous)
        if family in ("passive", "masdar"):
            found = self.speakers.after_an(cue.first, view.word_at(view.sentence_start_before(cue.start)))
            return found if found or family == "passive" else previous
        region = range(cue.last + 1, content.region_end)
        if family == "relay":
            an = next((j for j in region if view.keys[j] == "عن"), None)
            return self.speakers.after(an + 1, content.region_end) if an is not None else None
        speaker = None
        if region and _LIST_PUNCT.isdisjoint(view.gap(cue.last + 1)):
            speaker = self.speakers.after(cue.last + 1, content.region_end)
        if speaker is None and cue.first > 0 and view.keys[cue.first - 1] in RELATIVE_PRONOUNS:
            speaker = self.speakers.before(cue.first - 1)
        if speaker is None and not cue.proclitic:
            speaker = self.speakers.before(cue.first)
        return speaker or self._implicit(cue, previous)

    def _subject_without_content(self, cue: Cue) -> Speaker | None:
        """A reporting verb whose content we could not delimit still names who is talking
        (أوضحت إدارة المستشفى في بيان لها حول ...، مؤكدة أن): later implicit cues refer to it."""
        if cue.family != "verb" or (cue.last + 1 < len(self.view) and not _LIST_PUNCT.isdisjoint(self.view.gap(cue.last + 1))):
            return None
        limit = self.view.word_at(self.view.sentence_end_after(cue.end))
        found = self.speakers.after(cue.last + 1, limit)
        if found is None or not self.speakers.is_source_phrase(found):
            return None
        return Speaker(found.start, found.end, found.entity, cue.start)

    def _implicit(self, cue: Cue, previous: Speaker | None) -> Speaker | None:
        """A cue without its own subject: the previous speaker, unless the sentence opened with
        another verb and its subject (صادقت جهات رقابية ..., وقالت: / رفضت النجمة ...، مشيرة)."""
        view = self.view
        sentence_start = view.sentence_start_before(cue.start)
        if previous is not None and previous.cue_start >= sentence_start:
            return previous
        first = view.word_at(sentence_start)
        if first >= cue.first - 1:
            return previous
        k = view.keys[first]
        subject_at = first + 1
        if k in {"جدير", "الجدير", "يذكر", "يشار"}:  # جدير بالذكر أن X كانت قد نشرت ...، مشيرة
            subject_at = next((j + 1 for j in range(first, cue.first) if view.keys[j] in {"ان", "بان"}), cue.first)
        elif k.startswith("ال") or k in {"ان", "و"}:
            return previous  # the sentence opens with a noun: no verb-subject to inherit
        found = self.speakers.after(subject_at, cue.first)
        if found is None or not self.speakers.is_source_phrase(found):
            return previous
        return self.speakers.trim_to_names(found)

    # --- بحسب، وفقا لـ، نقلا عن ... --------------------------------------------
    def _verbless(self, cue: Cue) -> tuple[Content, Speaker | None] | None:
        view = self.view
        first = cue.last + 1
        if first >= len(view) or first in self.cue_words or (view.keys[first] == "ما" and first + 1 in self.cue_words):
            return None  # بحسب ما قال X: the verb carries the attribution
        limit = view.word_at(view.sentence_end_after(cue.end))
        speaker = self.speakers.after(first, limit)
        if speaker is None or (cue.attribution.needs_source and not self.speakers.is_source_phrase(speaker)):
            return None
        after = view.word_at(speaker.end)
        opens_sentence = cue.proclitic or cue.first == 0 or not _SENTENCE_FINAL.isdisjoint(view.gap(cue.first))
        front = opens_sentence and after < limit and (not _COMMAS.isdisjoint(view.gap(after))
                                                      or view.keys[after] in {"فان", "فقد", "فانه", "فانها"})
        if front and cue.attribution.position in ("front", "either"):
            if after < len(view) and view.keys[after] in {"فان", "فقد"}:
                after += 1
            content = self.contents.nominal_from(after, after) if after < len(view) else None
            if content is not None:
                content = self.contents.clause_from(after, after)
        else:
            content = self.contents.backward(cue, cue.first)
        return (content, speaker) if content is not None else None

    def _record(self, cue: Cue, content: Content, speaker: Speaker | None) -> Quote:
        doc = self.doc
        return Quote(
            cue=doc.span(cue.start, cue.end),
            content=doc.span(content.start, content.end),
            kind=content.kind,
            speaker=doc.span(speaker.start, speaker.end) if speaker else None,
            speaker_entity=speaker.entity if speaker else None,
        )


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    """More than half of the shorter span is shared."""
    shared = min(a1, b1) - max(a0, b0)
    return shared > 0 and shared * 2 > min(a1 - a0, b1 - b0)


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out
