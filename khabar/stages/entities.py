"""Stage "entities": KB gazetteer matches merged with the NER tagger, resolved and linked.

1. The gazetteer matcher (khabar.kb.matcher) runs over the normalised word tokens;
   mentions exclude attached clitics (وروسيا → روسيا) and include quote marks inside a
   name (نادي "فالداي").
2. Each match is resolved (khabar.stages.resolve): ambiguous names by the article's
   country context and population, titles to their holder at the publication date,
   countries and capitals after a statement/action verb to their government, short person
   forms (الأسد) only when the person is named in full in the same article.
3. A place inside a matched organisation name (أسطول بحر قزوين) is a nested mention
   when it is a country, a curated region/sea or a large city.
4. The trained tagger (khabar.ner.tagger, when its weights are installed) tags each
   sentence; its spans that overlap no KB mention become document-local entities,
   one per distinct name, short forms joining the longer name they end.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, compress
from operator import attrgetter

from khabar.document import Document, Entity, Mention
from khabar.kb.data import Entry, KnowledgeBase, load_kb
from khabar.kb.gazetteer import document_bio_tags
from khabar.kb.matcher import QUOTES, Match, match_words
from khabar.kb.matcher import prepare as prepare_matcher
from khabar.stages import resolve
from khabar.text.layer import normalized_of, tokens_of
from khabar.text.normalize import DROPPED_MARK_RE, Normalized

NESTED_MIN_POPULATION = 500_000
_TAGGER_TYPES = frozenset({"PER", "ORG", "LOC", "MISC"})
_START, _END, _TEXT = attrgetter("start"), attrgetter("end"), attrgetter("text")
_NOT_O = "O".__ne__
_WORD_SPLIT = re.compile(r"([\u0621-\u064A]+)")
_JOINING_GAP = re.compile(r"[ \t\u00a0]*(?:[\"«»“”„‘’'][ \t\u00a0]*)?")


class Words:
    """The Arabic words of the article's normalised key and the gaps before them."""

    __slots__ = ("norm", "text", "keys", "gaps", "key_ends", "joined", "_dropped_at")

    def __init__(self, norm: Normalized, text: str, keys: list[str], gaps: list[str], key_ends: list[int],
                 joined: list[bool]):
        self.norm, self.text = norm, text
        self.keys = keys
        self.gaps = gaps  # what precedes each word in the key
        self.key_ends = key_ends  # end offset of each word in the key
        self.joined = joined  # only spaces / one quote mark between this word and the previous one
        self._dropped_at: list[int] | None | bool = True  # built on the first span (True: not yet)

    @property
    def dropped_at(self) -> list[int] | None:
        """Key offset where each dropped mark sat (None: use norm's map)."""
        if self._dropped_at is True:
            self._dropped_at = dropped_marks(self.text, self.norm.key)
        return self._dropped_at

    def span(self, first: int, last: int, prefix: int = 0) -> tuple[int, int]:
        """Original offsets of words first..last (inclusive), minus ``prefix`` clitic letters."""
        start = self.key_ends[first] - len(self.keys[first]) + prefix
        end = self.key_ends[last]
        dropped_at = self.dropped_at
        if dropped_at is None:
            return self.norm.span_to_original(start, end)
        if not dropped_at:
            return start, end
        return start + bisect_right(dropped_at, start), end - 1 + bisect_right(dropped_at, end - 1) + 1

    def quoted(self, i: int) -> bool:
        return not _QUOTE_SET.isdisjoint(self.gaps[i])


_QUOTE_SET = frozenset(QUOTES)
_GAP_JOINS: dict[str, bool] = {}  # gap string -> joined; the distinct gaps of news are few
_MAX_CACHED_GAPS = 50_000


def _joins(gap: str) -> bool:
    return gap == " " or _JOINING_GAP.fullmatch(gap) is not None


def word_layer(doc: Document) -> Words:
    """One regex split of the normalised key (C speed) into gaps and words; offsets are
    mapped back to the original text only for the words that end up in a mention."""
    norm = normalized_of(doc)
    parts = _WORD_SPLIT.split(norm.key)  # [gap, word, gap, word, …, trailing gap]
    keys = parts[1::2]
    gaps = parts[0:-1:2]
    key_ends = list(accumulate(map(len, parts)))[1::2]
    joined = list(map(_GAP_JOINS.get, gaps))  # one C pass; None for a gap not seen yet
    if None in joined:
        if len(_GAP_JOINS) > _MAX_CACHED_GAPS:
            _GAP_JOINS.clear()
        for i, gap in enumerate(gaps):
            if joined[i] is None:
                joined[i] = _GAP_JOINS[gap] = _joins(gap)
    if joined:
        joined[0] = False
    return Words(norm, doc.text, keys, gaps, key_ends, joined)


def dropped_marks(text: str, key: str) -> list[int] | None:
    """Key offsets of the characters normalisation dropped (diacritics, tatweel, format marks).

    The original offset of key offset k is k + (marks dropped at key offsets <= k); a
    bisect over the few marks is much cheaper than a per-character offset table. None
    when the key is not a pure deletion of the text (presentation forms expand).
    """
    kept_runs = DROPPED_MARK_RE.split(text)  # the kept text between marks (C speed, no match objects)
    if len(text) - (len(kept_runs) - 1) != len(key):
        return None
    return list(accumulate(map(len, kept_runs[:-1])))  # mark j sits after the kept text before it


class EntitiesStage:
    name = "entities"
    needs = frozenset({"text", "sentences", "tokens"})
    provides = frozenset({"mentions", "entities"})

    def __init__(self, kb: KnowledgeBase | None = None, use_tagger: bool = True):
        self.kb = kb or load_kb()
        prepare_matcher(self.kb)
        self.use_tagger = use_tagger
        self._tagger = None

    def tagger(self):
        if self.use_tagger and self._tagger is None:
            try:
                from khabar.ner.tagger import load_tagger
            except ImportError:
                self.use_tagger = False
                return None
            self._tagger = load_tagger()
            self.use_tagger = self._tagger is not None
        return self._tagger

    def __call__(self, doc: Document) -> None:
        words = word_layer(doc)
        matches = match_words(self.kb, words.keys, words.joined)
        found = _Resolver(self.kb, doc, words).resolve(matches)
        tagger = self.tagger()
        if tagger is not None:
            found.extend(_tagger_only_mentions(doc, tagger, found))
        for mention in sorted(found, key=lambda m: (m.start, -m.end)):
            doc.add(mention)


class _Resolver:
    """Turns matcher output into mentions and entities for one document."""

    def __init__(self, kb: KnowledgeBase, doc: Document, words: Words):
        self.kb, self.doc, self.words = kb, doc, words
        self.date = (doc.published or "")[:10] or None
        self.added: set[str] = set()  # entity ids this resolver has added to the document

    def _add_entity(self, entity_id: str, entry: Entry, office: bool = False) -> None:
        """Build and add the entity on its first mention only (repeats are most mentions)."""
        if entity_id not in self.added:
            self.added.add(entity_id)
            self.doc.add_entity(resolve.office_entity(entry) if office else resolve.to_entity(entry))

    def resolve(self, matches: list[Match]) -> list[Mention]:
        kept = [self._quoted_name(m) for m in matches if not self._adjective(m)]
        full_people = {e.id for m in kept if not m.name.needs_context for e in m.name.entries if e.kind == "person"}
        context = {e.country for m in kept if len(m.name.entries) == 1 for e in m.name.entries
                   if e.country and e.kind != "place"}
        mentions: list[Mention] = []
        person_starts = {m.start for m in kept if m.name.entries[0].kind == "person"}
        for m in kept:
            entries = m.name.entries
            if m.name.needs_context and entries[0].kind == "person":
                entries = [e for e in entries if e.id in full_people]
                if not entries:
                    continue
            entry = resolve.rank(entries, context)
            if entry.kind == "title" and m.end in person_starts:
                continue  # الرئيس السوري بشار الأسد: the name is the mention
            mention_type, target, office = self._target(entry, m)
            entity_id = f"office:{target.office}" if office else target.id
            self._add_entity(entity_id, target, office)
            mentions.append(self._mention(m, mention_type, entity_id))
            if entry.type == "ORG" and m.end - m.start > 1:
                mentions.extend(self._nested_places(m, context))
        return mentions

    def _quoted_name(self, m: Match) -> Match:
        """تنظيم "الدولة الإسلامية": when the quoted part is itself a known name, it is the mention."""
        for k in range(m.start + 1, m.end):
            if self.words.quoted(k):
                inner = match_words(self.kb, self.words.keys[k:m.end], self.words.joined[k:m.end])
                if inner and inner[0].start == 0 and inner[0].end == m.end - k and not inner[0].name.needs_context:
                    return Match(k, m.end, inner[0].prefix, inner[0].name)
                break
        return m

    def _adjective(self, m: Match) -> bool:
        if m.prefix or m.end - m.start != 1 or m.start == 0:
            return False
        return resolve.is_adjective_use(self.kb, self.words.keys[m.start], self.words.keys[m.start - 1],
                                        self.words.joined[m.start])

    def _target(self, entry: Entry, m: Match) -> tuple[str, Entry, bool]:
        """(mention type, the KB entry the mention links to, whether the link is the entry's
        office rather than the entry: a title whose holder the KB lacks)."""
        if entry.kind == "title":
            holder = resolve.holder_at(self.kb, entry.office or "", self.date)
            return ("PER", holder, False) if holder else ("PER", entry, True)
        if resolve.can_stand_for_government(entry) and entry.country and m.prefix == 0:
            previous = self.words.keys[m.start - 1] if m.start and self.words.joined[m.start] else None
            if resolve.in_actor_position(self.kb, previous):
                government = self.kb.get(f"gov:{entry.country}")
                if government is not None:
                    return "ORG", government, False
        return entry.type, entry, False

    def _mention(self, m: Match, mention_type: str, entity_id: str) -> Mention:
        text = self.doc.text
        start, end = self.words.span(m.start, m.end - 1, m.prefix)
        inside = text[start:end]
        if end < len(text) and text[end] in QUOTES and sum(inside.count(q) for q in QUOTES) % 2 == 1:
            end += 1  # نادي "فالداي": the closing quote belongs to the name
        return Mention(start, end, text[start:end], mention_type, entity_id)

    def _nested_places(self, outer: Match, context: set[str]) -> list[Mention]:
        inner = match_words(self.kb, self.words.keys[outer.start + 1:outer.end], self.words.joined[outer.start + 1:outer.end])
        nested = []
        for m in inner:
            entry = resolve.rank(m.name.entries, context)
            major = entry.kind in ("country", "region") or entry.population >= NESTED_MIN_POPULATION
            adjective = len(m.name.words) == 1 and m.name.words[0] in self.kb.nisba_keys  # القوات السعودية
            if entry.type != "LOC" or not major or adjective or m.name.needs_context or m.prefix:
                continue
            shifted = Match(m.start + outer.start + 1, m.end + outer.start + 1, 0, m.name)
            self._add_entity(entry.id, entry)
            nested.append(self._mention(shifted, "LOC", entry.id))
        return nested


def _tagger_only_mentions(doc: Document, tagger, kb_mentions: list[Mention]) -> list[Mention]:
    """Mentions of the tagger's spans that overlap no KB mention; their document-local
    entities are added to ``doc``."""
    overlaps = overlap_test([(m.start, m.end) for m in kb_mentions])
    local = _LocalEntities(doc, kb_mentions)
    mentions = [local.mention(start, end, etype) for start, end, etype in tagger_spans(doc, tagger)
                if not overlaps(start, end)]
    for entity in local.entities:
        doc.add_entity(entity)
    return mentions


def overlap_test(spans: list[tuple[int, int]]):
    """A function telling whether [start, end) overlaps any of ``spans``: a bisect over the
    sorted starts and the running maximum of the ends, not a scan per query."""
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))

    def overlaps(start: int, end: int) -> bool:
        k = bisect_left(starts, end)  # the spans starting before ``end``
        return k > 0 and reach[k - 1] > start

    return overlaps


class _LocalEntities:
    """Document-local entities for tagger-only names, merged by name and short form."""

    def __init__(self, doc: Document, kb_mentions: list[Mention]):
        self.doc = doc
        self.entities: list[Entity] = []
        self.by_key: dict[str, str] = {}
        # A one-word tagger name that ends a KB person's name in this article (الجبير) is that person.
        self.kb_people = {resolve.local_key(m.text): m.entity for m in kb_mentions if m.type == "PER" and m.entity}

    def mention(self, start: int, end: int, etype: str) -> Mention:
        text = self.doc.text[start:end]
        key = resolve.local_key(text)
        entity_id = self.by_key.get(key) or resolve.short_form_of(key, self.kb_people if etype == "PER" else {})
        if entity_id is None and etype == "PER":
            entity_id = resolve.short_form_of(key, self.by_key)
        if entity_id is None:
            entity_id = f"local:{len(self.entities) + 1}"
            self.entities.append(Entity(id=entity_id, type=etype, name_ar=text))
        self.by_key.setdefault(key, entity_id)
        return Mention(start, end, text, etype, entity_id)


def tagger_spans(doc: Document, tagger) -> list[tuple[int, int, str]]:
    """(start, end, type) of the tagger's entities, sentence by sentence."""
    starts, ends, texts = _token_columns(tokens_of(doc))
    bounds = []  # (first token, end token) of each sentence
    sentences = doc.sentences or [doc.span(0, len(doc.text))] if doc.text else []
    t = 0
    for sentence in sentences:
        t = bisect_left(starts, sentence.start, lo=t)  # skip tokens before the sentence
        stop = bisect_right(ends, sentence.end, lo=t)  # the tokens ending inside it (ends are sorted too)
        if stop > t:
            bounds.append((t, stop))
            t = stop
    # The gazetteer features the tagger would ask the shipped KB for, sentence by sentence,
    # done for the whole document at once (the same tags as khabar.kb.gazetteer_word_tags).
    gazetteer = None
    if getattr(tagger, "uses_gazetteer", False):
        gazetteer = document_bio_tags(load_kb(), texts, bounds)
    spans = []
    for k, (t, stop) in enumerate(bounds):
        words = texts[t:stop]
        tags = tagger.tag(words) if gazetteer is None else tagger.tag(words, gazetteer[k])
        spans.extend(_bio_spans(starts, ends, t, tags))
    return spans


def _token_columns(tokens) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and texts of the text layer's tokens, without building Token objects."""
    if hasattr(tokens, "starts"):
        return tokens.starts, tokens.ends, tokens.texts
    return list(map(_START, tokens)), list(map(_END, tokens)), list(map(_TEXT, tokens))


def _bio_spans(starts: list[int], ends: list[int], first: int, tags: list[str]) -> list[tuple[int, int, str]]:
    """Entity spans of one sentence's BIO tags (token ``first + i`` has ``tags[i]``); only the
    non-O tags are visited."""
    spans, current = [], None
    previous = -2
    for i in compress(range(min(len(tags), len(starts) - first)), map(_NOT_O, tags)):
        if current and i != previous + 1:  # an O tag lay between: it closed the span
            spans.append(current)
            current = None
        previous = i
        tag = tags[i]
        kind = tag[2:] if len(tag) > 2 else ""
        if tag.startswith("B-") or (tag.startswith("I-") and (current is None or current[2] != kind)):
            if current:
                spans.append(current)
            current = [starts[first + i], ends[first + i], kind]
        elif tag.startswith("I-") and current is not None:
            current[1] = ends[first + i]
        else:
            if current:
                spans.append(current)
            current = None
    if current:
        spans.append(current)
    return [(s, e, k) for s, e, k in spans if k in _TAGGER_TYPES]
