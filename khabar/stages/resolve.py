"""Entity resolution rules used by the entities stage, each a small function on KB entries.

- ``rank``: an ambiguous name (طرابلس, عمان) goes to the candidate whose country the
  article already talks about, then to actors/countries before regions before towns,
  then to the largest population;
- ``holder_at``: a title (الرئيس الروسي) resolves to who held the office at the
  publication date (the latest holder when the article has no date);
- ``in_actor_position``: a country or capital right after a statement/action verb
  (وأكدت موسكو، شنتها موسكو) stands for its government;
- ``is_adjective_use``: a country name that is also a nisba (السعودية) right after a
  definite noun (القوات السعودية) is an adjective, not the country;
- ``local_key``/``short_form_of``: tagger-only names get document-local entities, and a
  one-word name that ends a longer name of the same type in the article joins it.
"""

from __future__ import annotations

from khabar.document import Entity
from khabar.kb.data import KIND_RANK, Entry, KnowledgeBase
from khabar.text.normalize import normalize_key

FAR_FUTURE = "9999-12-31"


def rank(candidates: list[Entry], context_countries: set[str]) -> Entry:
    if len(candidates) == 1:
        return candidates[0]
    return max(candidates, key=lambda e: (e.country in context_countries, KIND_RANK.get(e.kind, 0), e.population))


def holder_at(kb: KnowledgeBase, office: str, date: str | None) -> Entry | None:
    """Who held ``office`` ("president@RUS") on ``date`` (YYYY-MM-DD); None when unknown."""
    terms = kb.offices.get(office)
    if not terms:
        return None
    day = (date or FAR_FUTURE)[:10]
    current = [(start, entry_id) for start, end, entry_id in terms if start <= day and (not end or day < end)]
    if not current:
        return None
    return kb.entries.get(max(current)[1])  # overlapping terms: the most recent appointment


def strip_conjunction(key: str) -> str:
    return key[1:] if len(key) > 3 and key[0] in "وف" else key


def in_actor_position(kb: KnowledgeBase, previous_key: str | None) -> bool:
    if not previous_key:
        return False
    return previous_key in kb.actor_verbs or strip_conjunction(previous_key) in kb.actor_verbs


def can_stand_for_government(entry: Entry) -> bool:
    return entry.kind == "country" or (entry.kind == "place" and entry.capital)


def is_adjective_use(kb: KnowledgeBase, name_key: str, previous_key: str | None, joined: bool) -> bool:
    return bool(joined and previous_key and previous_key.startswith("ال") and name_key in kb.nisba_keys)


def to_entity(entry: Entry) -> Entity:
    return Entity(id=entry.id, type=entry.type, name_ar=entry.name_ar, name_en=entry.name_en, country=entry.country,
                  role=entry.role, lat=entry.lat, lon=entry.lon, kb=entry.kb)


def office_entity(entry: Entry) -> Entity:
    """A title whose holder the KB does not know: the office itself, as a PER entity."""
    office, _, holder = (entry.office or "").partition("@")
    return Entity(id=f"office:{entry.office}", type="PER", name_ar=entry.name_ar,
                  name_en=f"{office.replace('-', ' ')} ({holder})", country=entry.country, role=entry.role or "GOV")


def local_key(text: str) -> str:
    """The key tagger-only names are merged on within one article."""
    return " ".join(normalize_key(text).replace('"', " ").split())


def short_form_of(key: str, longer_keys: dict[str, str]) -> str | None:
    """The entity id of a longer name in the article that this one-word name ends."""
    if " " in key:
        return None
    for long_key, entity_id in longer_keys.items():
        if long_key.endswith(" " + key):
            return entity_id
    return None
