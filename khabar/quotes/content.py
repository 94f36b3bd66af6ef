"""Where a cue's content starts and ends, and what kind of quote it is.

After a cue the finder walks forward over the speaker and adjuncts to the first content
opener: a quotation mark (direct), a colon, a complementiser إن / أن / بأن / إلى أن
(indirect, content without the complementiser), or the preposition / bare noun a verb's
frame allows (أكد على، دعا إلى، أكدت موسكو قيام ...). Indirect content runs to the end of the
reported clause: the sentence end, or the next cue that starts a new clause (، مضيفا / وأضاف).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from khabar.quotes.cues import Cue
from khabar.quotes.marks import Quoted
from khabar.quotes.scan import TextView

# Complementisers; bare ones are left out of the content, ones carrying a pronoun start it.
BARE_COMPLEMENTISERS = frozenset({"ان", "بان"})
PRONOUN_COMPLEMENTISERS = frozenset(
    p + s for p in ("ان", "بان") for s in ("ه", "ها", "هم", "هما", "هن", "ني", "نا", "ك", "كم")
)
COMPLEMENTISERS = BARE_COMPLEMENTISERS | PRONOUN_COMPLEMENTISERS
# "بعد أن / قبل أن ..." are subordinate clauses, not reported content.
NOT_REPORTING_BEFORE = frozenset({"بعد", "قبل", "منذ", "حتي", "دون", "بدون", "بد", "رغم", "برغم", "مجرد", "بمجرد", "الا", "يمكن"})
# Words that open a new clause and so end a nominal content (وتمَّ قصف ... after أكدت موسكو قيام ...).
CLAUSE_STARTERS = frozenset({"وتم", "وقد", "وكان", "وكانت", "ولم", "كما", "فيما", "بينما", "حيث", "ثم", "وذلك", "لكن", "ولكن", "الا", "وهو", "وهي"})
# أشار إلى أن / أكد على أن / كشف عن أن / حذر من أن: the clause follows the preposition.
PREPOSITIONS_BEFORE_CLAUSE = frozenset({"الي", "علي", "عن", "من"})
MAX_REGION_WORDS = 25  # speaker + adjuncts between a cue and its content
MAX_PREP_DISTANCE = 8  # أكد الوزير على ...: the preposition comes right after the subject
MIXED_MIN_WORDS = 3
NAME_MAX_WORDS = 4
_LIST_PUNCT = frozenset(":،,")
MAX_PAREN_CHARS = 600  # a quoted fragment this long inside indirect content makes it "mixed"


@dataclass(slots=True)
class Content:
    start: int
    end: int
    kind: str  # direct | indirect | mixed
    region_end: int  # index of the first word after the speaker/adjunct region


def is_content_quote(view: TextView, q: Quoted) -> bool:
    """A quotation that can be someone's words rather than a quoted name (لـ«الرياض»)."""
    before = view.text[max(0, q.open - 2):q.open]
    after = view.text[q.outer_end:q.outer_end + 2]
    if not _LIST_PUNCT.isdisjoint(before):
        return q.words > 0
    # A short quotation inside a phrase (لمجموعة "فيفا جديدة الآن" في ...) is a name or a title.
    if q.words <= NAME_MAX_WORDS and after[:1] == " " and after[1:2].isalpha():
        return False
    return q.words >= MIXED_MIN_WORDS


class ContentFinder:
    def __init__(self, view: TextView, quotes: list[Quoted], boundary_cues: list[Cue], cue_words: set[int]):
        self.view = view
        self.cue_words = cue_words
        self.quotes = [q for q in quotes if is_content_quote(view, q)]
        self.quote_opens = [q.open for q in self.quotes]
        self.fragments = [q for q in quotes if q.words >= MIXED_MIN_WORDS]  # for mixed quotes
        self.fragment_opens = [q.open for q in self.fragments]
        self.boundaries = sorted(c.start for c in boundary_cues)

    # --- the opener -----------------------------------------------------
    def forward(self, cue: Cue) -> Content | None:
        """Content after the cue (cue-first order), or None when no opener follows."""
        view, form = self.view, cue.form
        frames = form.frames if form else frozenset({"clause", "quote", "colon"})
        preps = form.preps if form else frozenset()
        limit = view.sentence_end_after(view.ends[cue.last])
        j = cue.last + 1
        while j < len(view) and j <= cue.last + MAX_REGION_WORDS and view.starts[j] < limit:
            gap_start = view.ends[j - 1]
            quoted = self._quote_in(gap_start, view.starts[j])
            if quoted is not None and "quote" in frames:
                return Content(quoted.start, quoted.end, "direct", j)
            if ":" in view.gap(j) and "colon" in frames:
                return self._after_colon(j)
            if "(" in view.gap(j) and "quote" in frames:
                paren = self._parenthesised(j, long_only=True)
                if paren is not None:
                    return paren
            k = view.keys[j]
            if k in CLAUSE_STARTERS or j in self.cue_words:
                return None  # a new clause began: whatever follows is not this cue's content
            if k in COMPLEMENTISERS and view.keys[j - 1] not in NOT_REPORTING_BEFORE:
                return self._clause(j + 1 if k in BARE_COMPLEMENTISERS else j, j)
            if k in PREPOSITIONS_BEFORE_CLAUSE and j + 1 < len(view) and view.keys[j + 1] in COMPLEMENTISERS:
                nxt = view.keys[j + 1]
                return self._clause(j + 2 if nxt in BARE_COMPLEMENTISERS else j + 1, j)
            if j - cue.last > MAX_PREP_DISTANCE:
                pass
            elif k in preps or ("ب" in preps and k.startswith("بال") and len(k) > 4):
                content = self._nominal(j + 1 if k in preps else j, j)
                if content is not None:
                    return content
            j += 1
        return None

    def _quote_in(self, start: int, end: int) -> Quoted | None:
        i = bisect_left(self.quote_opens, start)
        if i < len(self.quotes) and self.quotes[i].open < end:
            return self.quotes[i]
        return None

    def _after_colon(self, j: int) -> Content | None:
        quoted = self._quote_in(self.view.starts[j] - 3, self.view.ends[j])
        if quoted is not None:
            return Content(quoted.start, quoted.end, "direct", j)
        k = self.view.keys[j]
        if k in COMPLEMENTISERS:  # قال: إن ...
            return self._clause(j + 1 if k in BARE_COMPLEMENTISERS else j, j)
        return self._parenthesised(j) or self._clause(j, j)

    def _parenthesised(self, j: int, long_only: bool = False) -> Content | None:
        """قال: (أنا ...) - some outlets quote in parentheses: after a colon, or after the
        speaker when the parenthesis is a whole sentence of at least five words."""
        text = self.view.text
        open_ = self.view.starts[j] - 1
        if open_ < 0 or text[open_] != "(":
            return None
        close = text.find(")", open_, open_ + MAX_PAREN_CHARS)
        if close < 0:
            return None
        end = _trim_end(text, open_ + 1, close)
        if long_only:
            rest = text[close + 1:close + 3].strip()
            if len(text[open_ + 1:end].split()) < 5 or (rest and rest[0] not in ".!؟?\n"):
                return None
        return Content(open_ + 1, end, "direct", j) if end > open_ + 1 else None

    # --- the end of the reported clause -----------------------------------
    def _clause(self, first: int, region_end: int, nominal: bool = False) -> Content | None:
        view = self.view
        if first >= len(view):
            return None
        start = view.starts[first]
        quoted = self._quote_in(start - 2, start + 1)
        end = self._clause_end(start, nominal)
        if quoted is not None and quoted.outer_end >= end - 1:
            return Content(quoted.start, quoted.end, "direct", region_end)  # قال إن "..." : all quoted
        end = _trim_end(view.text, start, end)
        if end <= start:
            return None
        return Content(start, end, self._kind(start, end), region_end)

    def clause_from(self, first: int, region_end: int) -> Content | None:
        return self._clause(first, region_end)

    def nominal_from(self, first: int, region_end: int) -> Content | None:
        return self._nominal(first, region_end)

    def _nominal(self, first: int, region_end: int) -> Content | None:
        if first >= len(self.view) or self.view.keys[first] in CLAUSE_STARTERS:
            return None
        return self._clause(first, region_end, nominal=True)

    def _clause_end(self, start: int, nominal: bool) -> int:
        view = self.view
        end = view.sentence_end_after(start)
        i = bisect_left(self.boundaries, start + 1)
        if i < len(self.boundaries) and self.boundaries[i] < end:
            end = self._before_boundary(self.boundaries[i])
        if nominal:
            first, last = view.word_at(start), view.last_word_before(end)
            for j in range(first + 1, last + 1):
                if "،" in view.gap(j) or "," in view.gap(j) or view.keys[j] in CLAUSE_STARTERS:
                    return view.ends[j - 1]
        return end

    def _before_boundary(self, cue_start: int) -> int:
        """Content ends before a new-clause cue, and before its كما / وقد."""
        view = self.view
        j = view.word_at(cue_start)
        if j > 0 and view.keys[j - 1] in CLAUSE_STARTERS | {"قد"}:
            return view.starts[j - 1]
        return cue_start

    def _kind(self, start: int, end: int) -> str:
        i = bisect_left(self.fragment_opens, start - 1)
        return "mixed" if i < len(self.fragments) and self.fragments[i].open < end else "indirect"

    # --- quote-first order ------------------------------------------------
    def backward(self, cue: Cue, lead: int) -> Content | None:
        """Content before the cue: «...»، قال X / ...، بحسب X. ``lead`` = first word of the cue group."""
        view = self.view
        gap_start = view.ends[lead - 1] if lead > 0 else 0
        gap = view.text[gap_start:view.starts[lead]]
        for q in self.quotes:
            if q.close is not None and gap_start - 1 <= q.close < view.starts[lead]:
                return Content(q.start, q.end, "direct", cue.last + 1)
        if "،" not in gap and "," not in gap:
            return None
        start = view.sentence_start_before(gap_start)
        first = view.word_at(start)
        if first >= lead:
            return None
        start = view.starts[first]
        end = _trim_end(view.text, start, gap_start)
        if end <= start:
            return None
        return Content(start, end, self._kind(start, end), cue.last + 1)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,;؛:-–"):
        end -= 1
    return end
