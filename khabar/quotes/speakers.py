"""Who said it: the speaker phrase of a cue, and the entity it names.

The phrase is found syntactically: the subject after the verb (VSO: وقال بوتين), the noun
phrase before it (SVO: وزارة الدفاع الروسية، أعلنت), the phrase after عن for passives and
relays (نُقل عن الوزير قوله), the source after a verbless attribution (بحسب البيان). Titles
and appositions stay in the phrase (المتحدث باسم الخارجية ماريا زاخاروفا). A cue without a
subject of its own (وأضاف، مضيفا) continues the previous speaker. Unnamed sources (مصدر
مسؤول) keep their phrase and no entity. The entity is the one of the mention inside the phrase,
a person first, else the mention at the head.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from khabar.document import Mention
from khabar.quotes.content import COMPLEMENTISERS
from khabar.quotes.lexicon import source_nouns
from khabar.quotes.scan import TextView

# Words that end a speaker phrase: adjuncts of time, place and channel, relative pronouns.
PHRASE_STOPS = frozenset({
    "في", "خلال", "امس", "اليوم", "مساء", "صباح", "يوم", "عقب", "لدي", "عبر", "بعد", "قبل", "اثناء",
    "ضمن", "علي", "عن", "حيث", "مؤخرا", "سابقا", "الذي", "التي", "الذين", "اللذان", "اللتان", "اللواتي",
    "له", "لها", "لهم", "لهما", "ل", "لـ", "امام", "اثر", "تعليقا", "ردا", "معلقا", "وفقا", "بحسب", "حسب",
    "اول", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "من", "الي", "انه",
    "لوكالة", "لصحيفه", "لوكاله", "لقناه", "لموقع", "لجريده", "لمجله", "لتلفزيون", "لاذاعه", "للصحفيين",
    "للصحافيين", "للصحافه", "للاعلام", "للتلفزيون", "لقناة", "بدوره", "بدورها", "كذلك", "ايضا", "مجددا",
    "فيه", "فيها", "بالقول", "كان", "كانت", "قد", "وكان", "وكانت", "لقد", "فان", "فقد", "فانه", "قوله", "قولها", "قولهم", "بان", "ان", "قائلا", "وقال", "و", "ف", "ثم", "كما", "انها", "هو", "هي", "لنا",
})
MAX_PHRASE_WORDS = 10
_PUNCT = frozenset("،,;؛:.!?؟\n()")
_SENTENCE_FINAL = frozenset(".!?؟\n")


@dataclass(slots=True)
class Speaker:
    start: int
    end: int
    entity: str | None
    cue_start: int = -1  # where the cue that named this speaker starts (for "previous speaker")


class SpeakerFinder:
    def __init__(self, view: TextView, mentions: list[Mention]):
        self.view = view
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.mention_starts = [m.start for m in self.mentions]
        self.sources = source_nouns()

    # --- phrases ----------------------------------------------------------
    def after(self, first: int, limit: int) -> Speaker | None:
        """The phrase starting at word ``first`` (VSO subject, source of بحسب), words < ``limit``."""
        view = self.view
        if first >= min(limit, len(view)) or view.keys[first] in PHRASE_STOPS or view.keys[first] in COMPLEMENTISERS:
            return None
        last = first
        mention_end = self._mention_end(view.starts[first])
        j = first + 1
        while j < min(limit, len(view)) and j - first < MAX_PHRASE_WORDS:
            inside_mention = view.starts[j] < mention_end
            if not inside_mention and (_has_punct(view.gap(j)) or view.keys[j] in PHRASE_STOPS
                                       or view.keys[j] in COMPLEMENTISERS):
                break
            mention_end = max(mention_end, self._mention_end(view.starts[j]))
            last = j
            j += 1
        start = view.starts[first] + (1 if _glued_lam(view, first) else 0)
        return self.link(start, view.ends[last])

    def after_named(self, first: int) -> Speaker | None:
        """The subject before a bare noun complement (أكدت موسكو قيام ...): only a named
        phrase (mentions) or a definite source noun can be delimited without a parser."""
        view = self.view
        if first >= len(view) or _has_punct(view.gap(first)):
            return None
        end = self._mention_end(view.starts[first])
        if end > view.starts[first]:
            while True:  # a chain of mentions: وزارة الدفاع الروسية
                nxt = view.word_at(end)
                if nxt >= len(view) or _has_punct(view.gap(nxt)):
                    break
                more = self._mention_end(view.starts[nxt])
                if more <= view.starts[nxt]:
                    break
                end = more
            return self.link(view.starts[first], end)
        k = view.keys[first]
        if k.startswith("ال") and k in self.sources:
            last = first
            while last + 1 < len(view) and _is_nisba(view.keys[last + 1]) and not _has_punct(view.gap(last + 1)):
                last += 1
            return self.link(view.starts[first], view.ends[last])
        return None

    def before(self, cue_first: int) -> Speaker | None:
        """SVO: the noun phrase just before the verb, if it is a named or source phrase."""
        view = self.view
        if cue_first == 0 or not _SENTENCE_FINAL.isdisjoint(view.gap(cue_first)):
            return None
        last = cue_first - 1
        first = last
        while first > 0 and cue_first - first < 7:
            if _has_punct(view.gap(first)) or view.keys[first - 1] in COMPLEMENTISERS | PHRASE_STOPS:
                break
            first -= 1
        # The phrase must start where a clause can start, be named or headed by a source noun.
        if first > 0 and not (_has_punct(view.gap(first)) or view.keys[first - 1] in COMPLEMENTISERS | PHRASE_STOPS):
            return None
        start, end = view.starts[first], view.ends[last]
        named = self._mentions_in(start, end)
        if not named and _strip_conj(view.keys[first]) not in self.sources:
            return None
        return self.link(start, end)

    def after_an(self, cue_first: int, lead: int) -> Speaker | None:
        """Passive, relay and قوله: the speaker follows عن (نقلت الوكالة عن مصدر قوله)."""
        view = self.view
        for j in range(cue_first - 1, max(lead - 1, cue_first - 12), -1):
            if view.keys[j] == "عن":
                return self.after(j + 1, cue_first)
            if not _SENTENCE_FINAL.isdisjoint(view.gap(j)):
                break
        return None

    # --- entities -----------------------------------------------------------
    def link(self, start: int, end: int) -> Speaker:
        inside = self._mentions_in(start, end)
        if not inside:
            return Speaker(start, end, None)
        people = [m for m in inside if m.type == "PER" and m.entity]
        head = [m for m in inside if m.start <= start + 1 and m.entity]
        best = (people or head or [m for m in inside if m.entity] or [None])[0]
        return Speaker(start, end, best.entity if best else None)

    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect_left(self.mention_starts, start - 1)
        found = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end > start:
                found.append(self.mentions[i])
            i += 1
        return found

    def _mention_end(self, word_start: int) -> int:
        i = bisect_left(self.mention_starts, word_start - 1)
        end = -1
        while i < len(self.mentions) and self.mentions[i].start <= word_start + 1:
            end = max(end, self.mentions[i].end)
            i += 1
        return end

    def trim_to_names(self, speaker: Speaker) -> Speaker:
        """Cut a phrase after its last mention (النجمة نيللي كريم لقب ... -> ... نيللي كريم)."""
        inside = self._mentions_in(speaker.start, speaker.end)
        if not inside:
            return speaker
        return self.link(speaker.start, min(speaker.end, max(m.end for m in inside)))

    def is_source_phrase(self, speaker: Speaker) -> bool:
        """A named entity, or a phrase headed by a title / unnamed source / institution / media."""
        if speaker.entity or self._mentions_in(speaker.start, speaker.end):
            return True
        first = self.view.word_at(speaker.start - 1)
        k = self.view.keys[first] if first < len(self.view) else ""
        return _strip_conj(k) in self.sources or (k.startswith("ل") and k[1:] in self.sources)


def _is_nisba(k: str) -> bool:
    """A definite relative adjective (السعودية، الروسي) continuing a noun phrase."""
    return k.startswith("ال") and (k.endswith("ي") or k.endswith("يه")) and len(k) > 4


def _has_punct(gap: str) -> bool:
    return not _PUNCT.isdisjoint(gap)


def _strip_conj(k: str) -> str:
    return k[1:] if len(k) > 3 and k[0] == "و" and k[1:3] == "ال" else k


def _glued_lam(view: TextView, i: int) -> bool:
    """وفقا لوزارة الداخلية: the speaker phrase starts after the preposition لـ."""
    k = view.keys[i]
    if len(k) <= 3 or k[0] != "ل" or i == 0:
        return False
    before = view.keys[i - 1]
    return (before[1:] if before.startswith("و") and before[1:] in _LAM_HEADS else before) in _LAM_HEADS


_LAM_HEADS = frozenset({"وفقا", "طبقا", "تصريح", "تصريحات", "بيان", "حديث", "صحفي"})
