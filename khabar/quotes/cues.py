"""Find reporting cues: reporting verbs in any listed form (with the proclitics و / ف
stripped here), participles (مضيفا، مؤكدة), passives (نُقل عن), the masdar قوله, and verbless
attributions (بحسب، وفقا لـ، نقلا عن، على لسان، في بيان لـ ...)."""

from __future__ import annotations

from dataclasses import dataclass

from khabar.quotes.lexicon import Attribution, CueForm, cue_index
from khabar.quotes.scan import TextView

PROCLITICS = ("و", "ف")
EDITORIAL = frozenset({"يذكر", "يشار", "يقال", "ويذكر", "ويشار"})
_OPENERS = frozenset({"ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم", "الي", "علي", "عن", "من"})
_CLAUSE_PUNCT = frozenset("،,;؛:.!?؟\n\"«»“”")


@dataclass(slots=True)
class Cue:
    first: int  # index of the cue's first word
    last: int  # index of its last word (phrases span several)
    start: int  # character span of the cue
    end: int
    form: CueForm | None = None
    attribution: Attribution | None = None
    proclitic: bool = False
    clause_initial: bool = False  # after punctuation, a sentence start or with a proclitic

    @property
    def opens_clause(self) -> bool:
        """Does this cue start a new reported clause (and so end the previous content)?
        وأضاف / مضيفا / ، قال do; a present tense after a comma (، تعتبر) usually does not."""
        if self.form is None:
            return self.clause_initial and self.proclitic
        if self.proclitic or self.form.family == "participle":
            return True
        return self.clause_initial and self.form.tense == "past"

    @property
    def family(self) -> str:
        return self.form.family if self.form else "verbless"


def find_cues(view: TextView) -> list[Cue]:
    index = cue_index()
    keys = view.keys
    last_word = len(keys) - 1
    cues: list[Cue] = []
    next_free = 0
    for i in [i for i, k in enumerate(keys) if k in index]:
        if i < next_free:
            continue
        kind, value, proclitic, seconds = index[keys[i]]
        if seconds is not None and (i == last_word or keys[i + 1] not in seconds):
            continue
        if kind == "verb":
            cue = _verb_cue(view, i, keys[i], value, proclitic)
        else:
            cue = _verbless_cue(view, i, value, proclitic)
        if cue is not None:
            cues.append(cue)
            next_free = cue.last + 1
    return cues


def _starts_clause(view: TextView, i: int) -> bool:
    gap = view.gap(i)
    return i == 0 or not _CLAUSE_PUNCT.isdisjoint(gap)


def _verb_cue(view: TextView, i: int, k: str, form: CueForm, proclitic: bool) -> Cue | None:
    if form.lemma == "بين" and any(view.keys[j].startswith("بين") for j in range(max(0, i - 5), i)):
        return None  # بينه وبين الشاعر: the preposition "between", repeated
    clause_initial = proclitic or _starts_clause(view, i)
    if form.ambiguous:
        if form.family == "participle":
            if not _opener_next(view, i):
                return None
        elif not clause_initial and not _after_subject(view, i):
            return None
    if form.tense == "present" and k in EDITORIAL and i + 1 < len(view) and view.keys[i + 1] in {"ان", "الي", "بان"}:
        return None  # يذكر أن / يشار إلى أن: the writer's background note, nobody is quoted
    return Cue(i, i, view.starts[i], view.ends[i], form=form, proclitic=proclitic, clause_initial=clause_initial)


def _opener_next(view: TextView, i: int) -> bool:
    return i + 1 < len(view) and (view.keys[i + 1] in _OPENERS or view.keys[i + 1].startswith("بال"))


def _after_subject(view: TextView, i: int) -> bool:
    """An ambiguous form right after "قد / كما / حسبما / فيما" is a verb."""
    return i > 0 and view.keys[i - 1] in {"قد", "وقد", "كما", "حسبما", "فيما", "بينما", "ما", "وكما"}


def _verbless_cue(view: TextView, i: int, candidates: list[Attribution], proclitic: bool) -> Cue | None:
    keys = view.keys
    for phrase in candidates:
        last = i + len(phrase.words) - 1
        if last >= len(keys) or (last > i and tuple(keys[i + 1:last + 1]) != phrase.words[1:]):
            continue
        if any(not _CLAUSE_PUNCT.isdisjoint(view.gap(j)) for j in range(i + 1, last + 1)):
            continue
        if phrase.needs_lam and not (last + 1 < len(keys) and keys[last + 1].startswith("ل")):
            continue
        return Cue(i, last, view.starts[i], view.ends[last], attribution=phrase, proclitic=proclitic,
                   clause_initial=proclitic or _starts_clause(view, i))
    return None
