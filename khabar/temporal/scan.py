"""Where expressions can start: one fast pass over the key for trigger words.

The grammars (times, quantities) are large; trying them at every character costs far
more than the budget (≤ 1 ms per article for both stages). Instead one regex, anchored on
whitespace so the engine skips ahead in C, finds the word starts whose word (after و/ف
and ب/ل/ك clitics) can begin an expression: a digit or any first word of the lexicons.
Both stages share the result for the same key.
"""

from __future__ import annotations

import re
from functools import lru_cache

from khabar.caches import WORD_CACHE_SIZE
from khabar.temporal.lexicon import alternation, lexicons
from khabar.text.normalize import normalize_key

# first words of grammar pieces that are not in the lexicon files
GRAMMAR_WORDS = (
    "يوم", "شهر", "عام", "العام", "سنة", "السنة", "لعام", "الساعة", "قبل", "قبيل", "منذ", "بعد", "هذا", "هذه",
    "الاسبوع", "الشهر", "الاسابيع", "الاشهر", "الشهور", "الاعوام", "السنوات", "السنين", "الايام", "الساعات",
    "العقد", "العقود", "القرن", "القرنين", "يومي", "عامي", "العامين", "سنتي", "عدة", "بضعة", "بضع", "النصف", "الربع", "نحو", "حوالي", "قرابة", "اكثر", "اقل",
    "سن", "ذات", "عز",  # سن التاسعة، ذات يوم، عز الصيف (set E)
    "فصل", "العشر", "عشر",  # فصل الصيف لهذا العام، العشر الأواخر من رمضان (J, K)
    "مساء", "مساءا", "صباحا", "ليلا", "ظهرا", "عصرا", "فجرا",  # a daypart alone (set E)
    "اول", "ثاني", "ثالث", "رابع", "خامس", "اليومان",  # ثالث أيام العيد، اليومان الثالث والـ16 (set F)
    "تاريخه", "قبلا", "قادم",  # إلى تاريخه، قبلا، قادم الأيام (set G)
    "اللحظة", "بقية", "باقي",  # حتى اللحظة، بقية أيام الأسبوع (set H)
    "غرة", "نفس",  # غرة ذي القعدة، نفس الفترة من العام الماضي (set M)
    "شهري",  # شهري رجب وشعبان الماضيين (set N)
    "مضي", "مرة", "حاضرا",  # فيما مضى، قال مرة، قديما وحاضرا (khabar.temporal.vaguerefs, after P and Q)
    "مرحلة", "فترة", "حقبة", "الفترات", "المدة",  # أي مرحلة مقبلة، فترة قادمة (khabar.temporal.vaguerefs, after V and W)
    "ماضي", "ماض",  # من ماضٍ رائع (khabar.temporal.generic_words, after X and Y)
    "العهد", "العهود",  # العهد القريب، العهود الماضية (khabar.temporal.vaguerefs, guideline v4 row 69)
)
CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
QUANTITY_WORDS = ("نحو", "حوالي", "حوالى", "زهاء", "قرابة", "يقارب", "يقرب", "يناهز", "اكثر", "اقل", "يزيد", "ازيد", "يقل")


def _first_words() -> set[str]:
    lex = lexicons()
    starting = [k for k, r in lex.relative.items() if r.kind != "direction"]  # directions only follow
    # أحد / إحدى begin a count only before عشر (أحد عشر شهرا); the grammar rejects "one of" at once
    numbers = list(lex.numbers)
    phrases = list(lex.months) + list(lex.weekdays) + starting + list(lex.nouns) + numbers + list(lex.casualty_cues)
    firsts = {p.split()[0] for p in phrases} | set(GRAMMAR_WORDS) | set(QUANTITY_WORDS)
    counts = {"ال" + w for w, (_, kind) in lex.numbers.items() if kind in ("unit", "ten")}  # الخمسة الأعوام
    bare_decades = {w[2:] for w, r in lex.relative.items() if r.kind == "decade"}  # تسعينات القرن الماضي
    return firsts | counts | bare_decades | {"ال" + w for w in lex.approx}


@lru_cache(maxsize=1)
def trigger_words() -> frozenset[str]:
    """Every first word with its clitic forms (وأمس، بالعام، للعام) and ه for final ة."""
    out = set()
    for word in _first_words():
        forms = {word, word[:-1] + "ه"} if word.endswith("ة") else {word}
        for form in forms:
            out.update(c + form for c in CLITICS)
            if form.startswith("ال"):
                out.update(c + form[1:] for c in CLITICS if c.endswith("ل"))
    return frozenset(out)


@lru_cache(maxsize=1)
def trigger_regex() -> re.Pattern:
    # clitics go into the trie itself: one pass per word instead of backtracking over و/ب/ل
    words = alternation(c + w for w in _first_words() for c in CLITICS)
    # the key is scanned with a space in front, so every word start follows one character
    return re.compile(rf"[\s(«\"'\[/،,:;.-]((?:{words})(?!\w)|[وفبلك]{{0,2}}\d)")


@lru_cache(maxsize=4)
def candidates(key: str) -> tuple[int, ...]:
    """Key offsets of the word starts (clitics included) where an expression may begin."""
    return tuple([m.start(1) - 1 for m in trigger_regex().finditer(" " + key)])


_CLITIC_TOKENS = frozenset(CLITICS[1:])
# the article glued to a number (الـ13 من آب): the candidate starts at the article
_ARTICLE_TOKENS = frozenset({"ال", "وال", "فال", "بال", "لل", "كال"})
_SURFACE_IS_TRIGGER: dict[str, bool] = {}


def _is_trigger(surface: str) -> bool:
    if len(_SURFACE_IS_TRIGGER) > WORD_CACHE_SIZE:
        _SURFACE_IS_TRIGGER.clear()
    hit = _SURFACE_IS_TRIGGER[surface] = surface[0].isdigit() or normalize_key(surface) in trigger_words()
    return hit


def candidates_from_tokens(tokens, norm) -> tuple[int, ...]:
    """The same positions from the text layer's tokens (cheaper: one dict lookup per token,
    keyed on the surface form, so normalisation runs once per distinct word per process).

    A number glued to a clitic (و2014) is two tokens; the candidate then starts at the clitic."""
    known = _SURFACE_IS_TRIGGER
    texts, starts, ends = tokens.texts, tokens.starts, tokens.ends  # columns: no Token objects
    out = []
    for index, text in enumerate(texts):
        hit = known.get(text)
        if hit is None:
            hit = _is_trigger(text)
        if hit:
            start = starts[index]
            if index and ends[index - 1] == start:
                glued = normalize_key(texts[index - 1])
                if glued in _CLITIC_TOKENS or (glued in _ARTICLE_TOKENS and text[0].isdigit()):
                    start = starts[index - 1]
            out.append(norm.to_key(start))
    return tuple(out)
