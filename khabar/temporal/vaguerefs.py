"""Vague references written with a preposition (added after blind set G).

- ``حتى الساعة`` "until now" and ``حتى تاريخه`` / ``(من …) إلى تاريخه`` "to date": PRESENT_REF, the preposition out of
  the span (G's convention); not ``حتى الساعة العاشرة`` / ``حتى الساعة الـ6`` (a clock), nor ``يعود
  تاريخه`` "its history" (the preposition is required).
- ``من قبل`` "before" (G and I annotate it PAST_REF): only at a clause end or before أنّ with a pronoun
  (``قلت عدة مرات من قبل أنني``), never before a noun (the passive agent ``من قبل الشرطة`` "by the
  police"), nor after a
  definite participle (``المسربة من قبل`` "leaked by"), nor before the verb's أن (``من قبل أن يحاول``);
  also before a preposition (``كما فعلت من قبل مع``، ``ساهمت من قبل في``: the agent's من قبل takes a noun; J, K),
  and before كان (``فمن قبل كانت موسكو تخشى``, L), إلا or a ب-object (``تطبق من قبل إلا مع``، ``الفائز من قبل
  بالكرة``, T, U). A negation does not keep it out (the guideline's call 1: ``لم يحدث من قبل``, J, O, T).
- ``منذ وقت مبكر`` "since early on": ``وقت مبكر`` PAST_REF, منذ out of the span (set I).
- ``قبلا`` "formerly": PAST_REF.
- ``حتى اللحظة`` / ``حتى هذه اللحظة`` / ``إلى هذا الوقت`` "until now", and ``في هذا الوقت الحرج`` "at this
  critical time": PRESENT_REF (set H); not ``حتى اللحظة الأخيرة``, nor ``في هذا الوقت من العام``.
- ``بقية أيام الأسبوع`` "the rest of the week": the current week (2015-W33) (set H); ``بقية الشهر``، ``لبقية
  السنة`` the current month or year (after set I).
- ``قادم الأيام`` / ``قادم الأعوام`` "the days/years to come": PXD / PXY (``قادم المنافسات`` is nothing).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from khabar.temporal import ages_of_now, bare_units, context_rules, generic_words
from khabar.temporal.lexicon import weekday_names

if TYPE_CHECKING:
    from khabar.temporal.resolving import Context

# the key writes ى as ي: حتى → حتي، إلى → الي (both four characters: a fixed-width look-behind)
def grammar(hour_word: str) -> str:
    return (
        rf"(?<=(?:حتي|الي)\s)(?P<vr_now>الساع[ةه](?!\s*(?:ال\s?)?\d)(?!\s+(?:{hour_word})(?!\w))|تاريخه)(?!\w)"
        # after AN and AO: a year then a dash then تاريخه, a CV's "1990 – to date" (AN 2915)
        r"|(?:(?<=\d\s[–-]\s)|(?<=\d[–-]\s)|(?<=\d\s[–-])|(?<=\d[–-]))(?P<vr_todate>تاريخه)(?!\w)"
        # حتى اللحظة، حتى هذه اللحظة، إلى هذا الوقت: "until now", the noun alone (set H); not حتى اللحظة الأخيرة
        r"|(?<=(?:حتي|الي|لحد)\s)(?P<vr_moment>(?:هذه\s+)?اللحظ[ةه]|هذا\s+الوقت)(?!\w)"
        r"(?!\s+(?:الاخير[ةه]?|الحاسم[ةه]?|المناسب[ةه]?|المحدد[ةه]?|التي|الذي|من|نفس|ذات)(?!\w))"
        # في هذا الوقت الحرج: the present moment named by its gravity (not في هذا الوقت من العام, "meanwhile");
        # after V and W also التوقيت (في هذا التوقيت الصعب), and التوقيت asked about (ما الذي يستدعيه في هذا التوقيت؟)
        # or told by a present clause (في هذا التوقيت الذي تمر به الأمة); not اختياره لهذا التوقيت "timing"
        r"|(?<=في\s)(?P<vr_grave>هذا\s+(?:الوقت|التوقيت))(?=\s+(?:الحرج|العصيب|الحساس|الدقيق|الصعب|الراهن|بالذات)(?!\w)"
        r"|(?<=التوقيت)(?:\s*[؟?]|\s+الذي\s+[تين]\w{2,}))"
        # after AB and AC, by analogy with هذه الأيام (the adjudicators' reading on AB, AC, H, Q, Z): في / خلال هذه
        # الآونة، هذه الأوقات "these times"; في هذا الوقت closing a sentence or a question (نحن بحاجة إليه في هذا الوقت.)
        # or set apart (خاصة / خصوصا / أما في هذا الوقت), or with an adjective of the age (الصاخب); not في هذا الوقت،
        # "meanwhile" in a narrative, nor في هذا الوقت من العام / في مثل هذا الوقت (a time of year)
        r"|(?:(?<=في\s)|(?<=خلال\s))(?P<vr_these>هذه\s+(?:الاون[ةه]|الاوقات))(?!\w)(?!\s+(?:من|نفسها|ذاتها)(?!\w))"
        r"|(?<=في\s)(?P<vr_thistime>هذا\s+الوقت)(?!\w)(?:(?=\s*[.؟?!](?!\d))|(?=\s+(?:الصاخب|المتسارع|تحديدا|الحالي)(?!\w))"
        r"|(?:(?<=خاص[ةه] في هذا الوقت)|(?<=خصوصا في هذا الوقت)|(?<=خصوصاً في هذا الوقت)|(?<=(?<!\w)اما في هذا الوقت))"
        r"(?!\s+(?:من|الذي|نفسه|ذاته)(?!\w)))"
        # بقية أيام الأسبوع: the rest of the current week (or month) (set H)
        # بقية السنة / باقي العام "the rest of the year": the current year (set I's lesson, Wojood's DATE); not a
        # school or fiscal year, which the sets leave out
        r"|(?:بقي[ةه]|باقي)\s+(?:ايام\s+)?(?:هذا\s+|هذه\s+)?(?P<vr_rest>الاسبوع|الشهر|العام|السن[ةه])(?!\w)"
        r"(?!\s+(?:الماضي|المقبل|القادم|المنصرم|السابق|الدراسي|المالي)(?!\w))(?:\s+(?:الحالي|الجاري)(?!\w))?"
        r"|(?P<vr_formerly>قبلا)(?!\w)"
        # من / قبل + a vague count of years (من عشرات السنين، قبل آلاف السنين): a vague past, not PXY (after V and W);
        # منذ مئات السنين is read by the count itself, this takes what it leaves (منذ آلاف السنين)
        r"|(?<!\w)(?<!اكثر )(?<!اقل )(?<!جزء )(?P<vr_ages>(?:من|منذ|قبل)\s+(?:عشرات|مئات|الاف|ملايين)\s+"
        r"(?:السنين|السنوات|الاعوام|القرون|العقود))(?!\w)"
        # ستنتهون يوماً، سيعودون يوما، لن تتردد يوماً: "one day" after a future verb, a future reference (after V and W);
        # not a length (سيستمر يوما إضافيا، يوما واحدا) nor a predicate (سيكون يوما مختلفا)
        r"|(?P<vr_oneday>يوما)(?!\w)(?!\s+(?:ما|واحد|كامل|من|او|بعد|اخر|وليل[ةه]?)(?!\w))(?!\s+(?!ال)\w+ا(?!\w))"
        # بعد مئات الآلاف من السنين "after hundreds of thousands of years": a vague length, PXY (after AB and AC)
        r"|(?P<vr_afterages>بعد\s+(?:عشرات|مئات|الاف|ملايين)\s+(?:(?:الالاف|الاف|الملايين)\s+)?(?:من\s+)?"
        r"(?:السنين|السنوات|الاعوام))(?!\w)"
        r"|(?<=منذ\s)(?P<vr_early>وقت\s+مبكر)(?!\w)"
        # من قبل: found from قبل (من is no candidate start: far too common), من put back into the span
        r"|(?:(?<=(?<!\w)من )|(?<=(?<!\w)[وف]من ))(?P<vr_before>قبل)(?!\w)(?!\s+\d)"
        r"|(?:قادم|مقبل)\s+(?P<vr_coming>الايام|الاسابيع|الاشهر|الشهور|الاعوام|السنوات|السنين|العقود)(?!\w)"
        # a time noun with an adjective of its age (after L and M): المرحلة القادمة، الفترة القريبة المقبلة،
        # الأزمان المتأخرة، الحقب الماضية، العصر الحالي, the family, not a list of phrases
        + _FAMILY
    )


# added after P and Q (khabar.temporal.ages_of_now): العصر "the age" in construct (ظروف العصر، قضايا العصر), not
# the afternoon (صلاة العصر، بعد العصر); فيما مضى found from مضى; قال مرة "once said"; قديما وحاضرا;
# منذ زمن alone; وقت سابق / لاحق + the period it falls in (وقت سابق من الشهر الجاري، وقت سابق هذا الأسبوع)
# added after X and Y (khabar.temporal.generic_words): ذات عام / ذات ليلة "one year / one night" (past or future by
# the clause); من سنين "for years" after a lone من at a clause's end; ماضٍ رائع, an indefinite ماضي with an
# adjective of its worth after a preposition; في وقت ما / في وقت من الأوقات "at one time"; ثوانٍ معدودة; آلاف
# السنين with no preposition (PXY); the bare accusative plurals أياماً، شهوراً، أعواماً "for days / months / years"
_AFTER_X_AND_Y = (
    # after AJ and AK: منذ أقدم العصور / أبعد الأزمان "since the most ancient times" (like منذ القدم), and منذ وقت /
    # فترة ليس(ت) بالقصير(ة) "for no short while" = منذ فترة طويلة, the negated short a long time; منذ in the span
    # في هذا الوقت after a need or a necessity in its clause (الحاجة ماسة في هذا الوقت لإنشاء): now, PRESENT_REF
    r"|(?<=في\s)(?P<vr_needtime>هذا\s+الوقت)(?!\w)(?!\s+(?:من|الذي|التي|نفسه|ذاته|بالذات)(?!\w))"
    r"|(?P<vr_ancient>منذ\s+(?:اقدم|ابعد|غابر|سالف)\s+(?:العصور|الازمان|الازمن[ةه]|الزمان|الزمن|الدهور|العهود|الاجيال|الايام)"
    r"|منذ\s+(?:وقت|فتر[ةه]|زمن|مد[ةه]|امد)\s+(?:ليس|ليست|غير)\s+(?:بال|ال)?(?:قصير|قليل|هين|يسير|بسيط)[ةه]?"
    r"|منذ\s+وقت\s+بعيد)(?!\w)"  # منذ وقت بعيد like منذ زمن بعيد (mined, round 5)
    # after AD and AE also a daypart or a season of the narrative (ذات فجر، ذات ظهيرة، ذات ربيع), like ذات يوم
    r"|(?P<vr_onetime>ذات\s+(?:عام|سن[ةه]|ليل[ةه]|صباح|مساء|نهار|شتاء|صيف|فجر|ضحي|ظهير[ةه]|عشي[ةه]|ربيع|خريف))(?!\w)"
    # after AD and AE: قبل فترة (قصيرة / طويلة / ليست بالقصيرة) "a while ago", PAST_REF like منذ فترة (all but one of 14
    # in a quarter of SaudiNewsNet); not قبل فترة المعسكر "before the camp's period" nor قبل فترة من الانتخابات
    r"|(?P<vr_while>قبل\s+فتر[ةه](?:\s+(?:بعيد|طويل|وجيز|قصير|قريب)[ةه]|\s+ليست\s+بال(?:بعيد|طويل|قصير)[ةه])?)(?!\w)"
    r"(?!\s+(?:ال\w|من\s+(?!قبل)))"
    r"|(?:(?<=(?<!\w)من )|(?<=(?<!\w)في )|(?<=(?<!\w)عن )|(?<=(?<!\w)ب)|(?<=(?<!\w)[وف]ب)|(?<=(?<!\w)ل))(?P<vr_worthy>ماضي?)"
    r"(?=\s+(?:" + generic_words.WORTH + r")(?!\w))"
    r"|(?<=(?<!\w)في )(?P<vr_sometime>وقت\s+(?:ما(?=\s*(?:[.,،؛:!?؟\"»)\n]|$)|\s+(?:من|في|علي|قبل|بعد|مضي)(?!\w)|\s+[وف]\S)"
    r"|من\s+الاوقات(?!\w)))"
    r"|(?<!من )(?<!منذ )(?<!قبل )(?P<vr_thousands>(?:الاف|ملايين)\s+(?:السنين|السنوات|الاعوام))(?!\w)"
)
# added after R and S: فيما بعد "later on" in a sentence about what is ahead; وقت قريب after في / أي ("soon") or
# حتى / إلى / منذ ("until / since recently"); للعصر after a word of keeping pace (مواكبة للعصر)
_AFTER_R_AND_S = (
    r"|(?P<vr_afterwards>بعد)(?:(?<=فيما بعد)|(?<=في ما بعد))(?!\w)"
    r"|(?P<vr_near>وقت\s+قريب(?!\w)(?!\s+من(?!\w))|الوقت\s+القريب(?!\w))"
    # after T and U: في الوقت القريب "soon" (definite, من may follow: في الوقت القريب من عودته); إلى / حتى يومنا
    # (الحاضر) "to this day" and يومنا الحاضر, not يومنا الوطني "our national day"
    r"|(?P<vr_ourday>(?<=(?:حتي|الي)\s)يومنا(?:\s+الحاضر)?|يومنا\s+الحاضر)(?!\w)(?!\s+هذا)"
    r"|ل(?P<vf_pace>لعصر)(?<=\sللعصر)(?!\w)"
    + _AFTER_X_AND_Y
)
_SAYING = ("قال", "قالت", "كتب", "كتبت", "صرح", "صرحت", "ذكر", "ذكرت", "اعترف", "اعترفت", "روى", "روي",
           # an experience told in the first person (after R and S): سمعت مرة، رأيت مرة، زرت مرة
           "سمعت", "رايت", "قرات", "زرت", "التقيت", "شاهدت", "غرد", "غردت")
_AFTER_P_AND_Q = (
    # each alternative opens with its word, so that elsewhere it fails on the first character
    r"|(?P<vf_age>العصر)(?<=\sالعصر)(?!\w)"
    r"|(?P<vr_bygone>مضي)(?:(?<=فيما مضي)|(?<=في ما مضي)|(?<=(?<!\w)مما مضي))(?!\w)(?!\s+(?:من|علي|عليه|عليها|عليهم)\s+\S)"
    + "|(?P<vr_once>مر[ةه])(?:" + "|".join(f"(?<=(?<!\\w){c}{v} مر[ةه])" for v in _SAYING for c in ("", "و", "ف")) + ")"
    r"(?!\w)(?!\s+(?:اخري|ثاني[ةه]|واحد[ةه]|اخير[ةه]|اولي|تلو)(?!\w))"
    # after AF and AG also تاريخا / ماضيا وحاضرا "in its history and its present"
    r"|(?P<vr_nowadays>حاضرا)(?:(?<=قديما وحاضرا)|(?<=تاريخا وحاضرا)|(?<=تاريخا، وحاضرا)|(?<=ماضيا وحاضرا))(?!\w)"
    # after AF and AG: بعد الآن "from now on / any more" (لا مجال بعد الآن، لن يبقوا صامتين بعد الآن)
    r"|(?P<vr_fromnow>بعد\s+الان)(?!\w)"
    r"|(?P<vr_longago>منذ\s+زمن)(?=\s*(?:[.,،؛:!?؟\"»)\n]|$)|\s+(?:و|ف)\S|\s+(?:في|علي|ليس|لم|وهو|وهي|وهم|كان|كانت)(?!\w))"
    + _AFTER_R_AND_S +
    r"|(?P<vr_when>وقت\s+(?:(?P<vr_earlier>سابق)|لاحق))(?=\s+(?:من\s+)?(?:هذا|هذه|ال|امس|اليوم|عام|يوم)\S*)"
    # mined from the development corpus (round 5): في وقت مبكر / متأخر + the dated period it falls in (من صباح اليوم
    # السبت، مساء السبت، يوم الخميس) is one expression with the period's value (sets O, P, T); alone ("early in
    # the match", "until late") nothing; منذ وقت مبكر stays PAST_REF (vr_early, tried first)
    # في نفس الشهر، خلال ذات الأسبوع: the month or week dated last (khabar.temporal.anaphora; الشهر ذاته is taken
    # there from the grammar's relunit); not before من / في (نفس الشهر من العام الماضي is the grammar's)
    r"|(?:(?<=في\s)|(?<=خلال\s)|(?<=طوال\s)|(?<=طيله\s)|(?<=طيلة\s))(?P<vr_samespan>(?:نفس|ذات)\s+(?:(?P<vr_samemonth>الشهر)|الاسبوع))"
    r"(?!\w)(?!\s+(?:من|في|قبل|عام|لعام|للعام|العام|سن[ةه]|لسن[ةه])(?!\w))"
    r"|(?P<vr_early_late>وقت\s+(?:مبكر|متاخر)(?:\s+جدا)?)(?=\s+(?:من\s+)?(?:هذا|هذه|ال|امس|اليوم|عام|يوم|صباح|مساء"
    rf"|فجر|ليل|ظهر|عصر|ضحي|اول|{weekday_names()})\S*)"
)


# nouns of an age, not calendar units (those are durations with الماضية: السنوات الماضية PXY), each
# with the adjectives that make it a reference; العهد ("regime") and التوقيت ("timing") stay out
_PRESENT_F, _FUTURE_F = r"الحالي[ةه]|الراهن[ةه]|الجاري[ةه]", r"المقبل[ةه]|القادم[ةه]"
_PAST_F = r"الماضي[ةه]|السابق[ةه]|المنصرم[ةه]|المنقضي[ةه]|الفائت[ةه]|الغابر[ةه]|السالف[ةه]|البائد[ةه]|القديم[ةه]|الخوالي"
_FAMILY = (
    # المرحلة / الحقبة + an adjective; الفترة only with القريبة (the rest is in relative.tsv)
    rf"|(?:(?:المرحل[ةه]|الحقب[ةه])\s+(?:القريب[ةه]\s+)?|الفتر[ةه]\s+القريب[ةه]\s+)"
    rf"(?:(?P<vf_now>{_PRESENT_F})|(?P<vf_next>{_FUTURE_F})|(?P<vf_past>{_PAST_F}))(?!\w)"
    # after V and W: الفترة المنقضية / المنصرمة / الفائتة (the other adjectives of الفترة are in relative.tsv); الحقبة
    # الأخيرة "the latest era" (not الحقبة الأخيرة من حياته, a stage of something); an indefinite period to come
    # (أي مرحلة مقبلة، فترة قادمة; not the plural المراحل القادمة من البرنامج, stages of a plan)
    r"|الفتر[ةه]\s+(?P<vf_gone>المنقضي[ةه]|المنصرم[ةه]|الفائت[ةه])(?!\w)"
    r"|الحقب[ةه]\s+(?P<vf_latest>الاخير[ةه])(?!\w)(?!\s+من(?!\w))"
    r"|(?<!\w)(?:مرحل[ةه]|فتر[ةه]|حقب[ةه])\s+(?P<vf_ahead>مقبل[ةه]|قادم[ةه])(?!\w)"
    # after AD and AE: ل + ال merged (للمرحلة القادمة "for the coming stage"), the span from ل
    rf"|(?:(?<!\w)|(?<=(?<!\w)[وف]))لل(?:مرحل|حقب)[ةه]\s+(?P<vf_next4>{_FUTURE_F})(?!\w)"
    # في فترة سابقة / في حقبة ماضية "at an earlier time", like وقت سابق (not فترة سابقة من عمره, a stretch of
    # something); خلال الفترات الماضية، في المدة الأخيرة, the plural and المدة after a preposition of time (not
    # احتساب المدة السابقة "the previous length", تكاليف الفترات السابقة "accounting periods")
    r"|(?<=في )(?:فتر|حقب)[ةه]\s+(?P<vf_earlier>سابق[ةه]|ماضي[ةه])(?!\w)(?!\s+من(?!\w))"
    r"|(?:(?<=في )|(?<=خلال )|(?<=طوال )|(?<=طيل[ةه] ))(?:الفترات|المد[ةه])\s+"
    r"(?:(?P<vf_pastly>الماضي[ةه]|السابق[ةه]|الاخير[ةه]|المنقضي[ةه]|المنصرم[ةه])|(?P<vf_nextly>المقبل[ةه]|القادم[ةه]))(?!\w)"
    # الأزمان المتأخرة "latter times" (L), العصور الغابرة، الحقب الماضية
    rf"|(?:الازمان|الازمن[ةه]|العصور|الحقب|الدهور)\s+(?:(?P<vf_late>المتاخر[ةه])|(?P<vf_old>{_PAST_F}))(?!\w)"
    # السنين العجاف "the lean years" (L): a past age, not a count
    r"|(?:السنين|السنوات|الاعوام)\s+(?P<vf_lean>العجاف)(?!\w)"
    # الزمن الحالي، العصر الراهن، الزمان الماضي
    r"|(?:الزمن|الزمان|العصر)\s+(?:(?P<vf_now2>الحالي|الراهن|الحاضر|المعاصر|(?<=العصر )الحديث)|(?P<vf_next2>المقبل|القادم)"
    r"|(?P<vf_old2>الماضي|السابق|الغابر|القديم|السالف|البائد))(?!\w)"
    # عهود سابقة، عصور غابرة، أزمنة ماضية: indefinite plural ages (after N and O); not عقود ("contracts" too)
    # nor the calendar units (سنوات ماضية is a stretch)
    r"|(?:عهود|عصور|ازمن[ةه]|ازمان|قرون)\s+(?P<vf_old3>سابق[ةه]|ماضي[ةه]|غابر[ةه]|سالف[ةه]|قديم[ةه]|بائد[ةه]|خوال)(?!\w)"
    # زمن الأجداد، أيام الآباء، عهد الأولين: the age of a past generation (N)
    # after AB and AC also ماضي الأجداد "the past of the ancestors", a construct like مستقبل X
    # after AH and AI: هذا زمان "these times" (like هذا الزمان), not هذا زمان الحرب
    r"|(?<=(?<!\w)هذا )(?P<vf_thistime>زمان)(?!\w)(?!\s+ال)"
    r"|(?:زمن|زمان|عهد|عصر|ايام|ماضي)\s+(?P<vf_elders>الاجداد|الاباء|الاولين|الاسلاف|السلف)(?!\w)"
    # guideline v4 row 69: an unnamed era, العهد القريب، العهود الماضية / الغابرة (not العهد القديم, the Old Testament)
    r"|(?:(?<!ولي )(?<!لولي )العهد\s+(?P<vf_nearera>القريب)|العهود\s+(?P<vf_oldeter>الماضي[ةه]|السابق[ةه]|الغابر[ةه]|السالف[ةه]|البائد[ةه]|الخوالي))(?!\w)"
    + _AFTER_P_AND_Q
)


_WORD_BEFORE = re.compile(r"(?:^|\s)[وف]?(في|اي|حتي|الي|منذ)\s+$")
_NEAR_TIME_AFTER = {"في": "FUTURE_REF", "اي": "FUTURE_REF", "حتي": "PAST_REF", "الي": "PAST_REF", "منذ": "PAST_REF"}


def _opening_word(key: str, word_start: int) -> int:
    """Where فيما / في ما / مما before مضى or بعد begins (the span takes it in)."""
    for opening in ("فيما ", "في ما ", "مما "):
        if key.startswith(opening, word_start - len(opening)):
            return word_start - len(opening)
    return word_start


# إلى تاريخه is "to date" only as the end of a stretch that began with من/منذ in the same sentence
_FROM_BEFORE = re.compile(r"(?<!\w)[وف]?(?:من|منذ)(?!\w)[^.!?؟\n]*$")


# a need, a necessity or an urgency in the clause before في هذا الوقت (after AJ and AK)
_NEED_BEFORE = re.compile(r"(?<!\w)[وفل]?(?:ب|ال)?(?:حاج[ةه]|ماس[ةه]|ضرور[ةه]|ضروري|ملح[ةه]?|احوج|[نتي]حتاج\w*|مطلوب[ةه]?"
                          r"|اهمي[ةه]|يجب|ينبغي|لابد|لا\s+بد)(?!\w)[^.!?؟،,؛\n]*$")


def vague_ref(ctx: Context):
    m = ctx.match
    if m.group("vr_needtime"):
        return ("PRESENT_REF", None) if _NEED_BEFORE.search(ctx.key, max(0, m.start(0) - 40), m.start(0) - 3) else None
    if m.group("vr_now"):
        start = m.start("vr_now")
        if ctx.key.startswith("الي", start - 4) and not _FROM_BEFORE.search(ctx.key, max(0, start - 80), start):
            return None  # ننظر إلى تاريخه "at its history"; من بداية عام 2015 إلى تاريخه "to date"
        return "PRESENT_REF", None
    if m.group("vr_todate"):
        return "PRESENT_REF", None
    if m.group("vr_moment") or m.group("vr_grave") or m.group("vr_these") or m.group("vr_thistime"):
        return "PRESENT_REF", None
    if m.group("vr_rest"):
        unit = _REST_UNITS.get(m.group("vr_rest"), "year")
        if "ك" in ctx.key[m.start(0):m.start("vagueref")] or unit == "year" and "ايام" in m.group("vagueref"):
            return None  # كباقي أيام السنة "like any other day of the year": habitual, not this year
        if ctx.published is None:
            return None, unit
        from khabar.temporal import calendar as cal
        return cal.shift(ctx.published, unit, 0)
    if m.group("vr_before"):
        start = m.start("vr_before") - 3  # من + a space
        return ("PAST_REF", None, start) if _plain_before(ctx.key, start, m.end()) else None
    if m.group("vr_oneday"):
        if _NEVER_BEFORE_ONEDAY.search(ctx.key, max(0, m.start(0) - 30), m.start(0)):
            return "PAST_REF", None  # لم نر يوما "never once" (after AB and AC), a negation read as من قبل is
        return ("FUTURE_REF", None) if _future_verb_before(ctx.key, m.start("vr_oneday")) else None
    if m.group("vr_afterages"):
        return "PXY", "duration"
    if m.group("vr_coming"):  # في قادم الأيام: the days to come, a vague stretch
        return _COMING[m.group("vr_coming")], "duration"
    if m.group("vf_age"):
        value = ages_of_now.age_word(ctx.key, m.start("vf_age"), m.end())
        return (value, None) if value else None
    if m.group("vr_bygone"):
        return "PAST_REF", None, _opening_word(ctx.key, m.start("vr_bygone"))
    if m.group("vr_afterwards"):  # سيعلن عن موعده فيما بعد; not the narrated تم إخمادها فيما بعد
        if not context_rules.is_ahead_in_clause(ctx.key, m.start("vr_afterwards")):
            return None
        return "FUTURE_REF", None, _opening_word(ctx.key, m.start("vr_afterwards"))
    if m.group("vr_near"):  # في / أي وقت قريب "soon"; حتى / إلى / منذ وقت قريب "until / since recently"
        before = _WORD_BEFORE.search(ctx.key, max(0, m.start("vr_near") - 8), m.start("vr_near"))
        value = _NEAR_TIME_AFTER.get(before.group(1)) if before else None
        return (value, None) if value else None
    if m.group("vf_pace"):
        return ("PRESENT_REF", None) if ages_of_now.keeps_pace_before(ctx.key, m.start(0)) else None
    if m.group("vr_when"):
        return ages_of_now.earlier_in_period(ctx, "PAST_REF" if m.group("vr_earlier") else "FUTURE_REF")
    if m.group("vr_samespan"):
        from khabar.temporal import anaphora

        return anaphora.same_month_or_week(ctx, "month" if m.group("vr_samemonth") else "week")
    if m.group("vr_early_late"):
        found = ages_of_now.earlier_in_period(ctx, None, "vr_early_late")
        return found if found[0] else None
    found = generic_words.generic_value(ctx)
    if found is not None:
        return found or None
    for group, value in _FAMILY_VALUES:
        if m.group(group):
            return value, None
    return "PAST_REF", None


_FAMILY_VALUES = (("vf_thistime", "PRESENT_REF"), ("vr_ourday", "PRESENT_REF"), ("vr_once", "PAST_REF"), ("vr_nowadays", "PRESENT_REF"), ("vr_fromnow", "FUTURE_REF"), ("vr_longago", "PAST_REF"), ("vf_now", "PRESENT_REF"), ("vf_now2", "PRESENT_REF"), ("vf_late", "PRESENT_REF"),
                  ("vf_next", "FUTURE_REF"), ("vf_next2", "FUTURE_REF"), ("vf_past", "PAST_REF"),
                  ("vf_old", "PAST_REF"), ("vf_old2", "PAST_REF"), ("vf_lean", "PAST_REF"),
                  ("vf_old3", "PAST_REF"), ("vf_elders", "PAST_REF"), ("vf_nearera", "PAST_REF"), ("vf_oldeter", "PAST_REF"), ("vf_gone", "PAST_REF"),
                  ("vf_latest", "PAST_REF"), ("vf_ahead", "FUTURE_REF"), ("vr_ages", "PAST_REF"),
                  ("vf_earlier", "PAST_REF"), ("vr_while", "PAST_REF"), ("vr_ancient", "PAST_REF"), ("vf_next4", "FUTURE_REF"), ("vf_pastly", "PAST_REF"), ("vf_nextly", "FUTURE_REF"))
_REST_UNITS = {"الاسبوع": "week", "الشهر": "month"}
_COMING = {"الايام": "PXD", "الاسابيع": "PXW", "الاشهر": "PXM", "الشهور": "PXM", "الاعوام": "PXY", "السنوات": "PXY",
           "السنين": "PXY", "العقود": "PXDE"}


# المسربة من قبل "leaked by" (the agent dropped)
_PARTICIPLE_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:ال|لل)م\w{2,}\s+$")


# what may follow من قبل "before" (the agent "by" takes a noun): a clause end, أنّ with a pronoun, a preposition, كان,
# إلا or a ب-object (T, U); after V and W also a new clause with و (استخدمته من قبل ولا تزال، لم تخسر من قبل وهي)
_BEFORE_ENDS = re.compile(
    r"\s*(?:[.,،؛:!?؟\"»)\n]|$)|\s+ان(?:ني|نا|ه|ها|هم|كم)(?!\w)|\s+(?:في|مع|علي|عن|الي)\s|\s+كان(?:ت|وا)?(?!\w)"
    r"|\s+الا(?!\w)|\s+بال\w"
    r"|\s+[وف](?:لا|لم|لن|ما|قد|لقد|هو|هي|هم|كان|كانت|كانوا|لكن|لكنه|لكنها|ذلك|ثم|الان|اليوم)(?!\w)")
# لم يعرفوا من قبل معنى، ولم يراعوا من قبل شهر رمضان: a negated verb right before it (after V and W; 21 of 22 in half
# the corpus are "before", the one passive لم تناقش من قبل ممثلي is the price); not لم يتم … (a passive's agent)
_NEGATED_VERB_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:(?:لم|لن|ما)\s+(?!يتم|تتم|يجر|تجر)[يتن]|(?:لم|لن)\s+ا)\w{2,}\s+$")  # لم أواجه (AH, AI); not ما اتخذ "what was taken"


def _plain_before(key: str, start: int, end: int) -> bool:
    before = key[max(0, start - 60):start]
    # a negation no longer keeps it out: the guideline's call 1 annotates لم يحدث من قبل (J, O, T against A)
    if _PARTICIPLE_BEFORE.search(before[-20:]):
        return False
    if _BEFORE_ENDS.match(key, end):
        return True
    # after AN and AO: a definite noun after it is the passive agent even after a negation (لم تعتمد من قبل الوزارة,
    # V), and عادة ما / غالبا ما / كثيرا ما is no negation (عادة ما يستخدم من قبل الشركات "by", AN); an indefinite
    # noun is still the time (ولم يراعوا من قبل شهر رمضان, W)
    if _AGENT_AFTER.match(key, end) or _HABIT_MA_BEFORE.search(before[-40:]):
        return False
    return bool(_NEGATED_VERB_BEFORE.search(before[-30:]))


_AGENT_AFTER = re.compile(r"\s+(?:ال|لل)(?!ا(?:ن|ن[ةه])?(?!\w))(?!يوم(?!\w))[^\W\d_]{2,}")
_HABIT_MA_BEFORE = re.compile(r"(?<!\w)(?:عاد[ةه]|غالبا|كثيرا|قليلا|نادرا|دائما)ً?\s+ما\s+[يتن]\w{2,}\s+$")


# a future verb (س + an imperfect, سوف / لن + a verb), maybe with a pronoun object (وسنلحق به يوماً), right before يوما
# or its subject or object between (ستعود الأرض يوما، فسنجد أنفسنا يوما); not a verb of lasting, whose يوما is a
# length (سيستمر المعسكر يوما، سيغيب يوما)
_FUTURE_BEFORE_ONEDAY = re.compile(
    # after AX and AY also قد / ربما / لعل + an imperfect (قد يتحول يوما، فلربما تحتاج يوما); قد only before ي/ن (قد تحول is past)
    r"(?:^|\s)(?:[وف]?(?:سوف|لن|ل?ربما|لعل)\s+|[وف]?قد\s+(?=[ين])|[وف]?س(?!ت(?:ين|ون|[ةه]|م|ال)))"
    r"(?![يتن](?:ستمر|دوم|بقي|بقى|متد|غيب|ظل|قضي|مكث|توقف|طول|تاخر|تأخر)\w*\s)[يتن]\w{2,}"
    r"(?:\s+(?:به|بها|بهم|منه|منها|منهم|له|لها|لهم|اليه|اليها|ال\w{2,}|انفس\w+))?\s+$")


# لم نر يوما، لم يكن يوما: a negated past before يوما, "never once"
_NEVER_BEFORE_ONEDAY = re.compile(r"(?:^|\s)[وف]?لم\s+[يتنا]\w{1,6}(?:\s+(?:له|لها|لهم|فيه|فيها|ذلك))?\s+$")


def _future_verb_before(key: str, start: int) -> bool:
    return bool(_FUTURE_BEFORE_ONEDAY.search(key, max(0, start - 40), start))


# من عشرات السنين "for decades" (V): a vague count of years after a lone من is a vague past, like منذ عشرات السنين;
# not a part of a count (أكثر من / جزء من عشرات السنين)
_YEARS_PLURAL = ("سنين", "سنوات", "اعوام", "قرون", "عقود", "السنين", "السنوات", "الاعوام", "القرون", "العقود")
_ADJECTIVE_AFTER = re.compile(r"\s+(?!ال)[^\W\d_]{2,}ا(?!\w)")  # سيكون يوما مختلفا: a predicate, not "one day"
_LONE_MIN_BEFORE = re.compile(r"(?:^|\s)(?<!اكثر )(?<!اقل )(?<!جزء )[وف]?(?P<min>من)\s+$")
# يوما "once" after a past copula or a past passive relative (after AJ and AK): كانت يوما، الدولة التي تم الفوز بها
# يوما; not يوما من أيام / يوما في (a day of something)
_ONCE_PAST_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:كان|كانت|كانوا|كنت|كنا)\s+(?:[^\s.،,؛]+\s+)?$"
                               r"|(?:^|\s)(?:التي|الذي|الذين)\s+تم\s+\S+(?:\s+(?:به|بها|بهم|فيه|فيها|عليه|عليها))?\s+$")
_OF_AFTER = re.compile(r"\s+(?:من(?!\s+خلال)|في|كامل|واحد)(?!\w)")
# الأربعة آلاف عام الماضية، الـ4 آلاف سنة: a definite number word before آلاف keeps its count (after AJ and AK)
_THOUSANDS = ("الاف", "الف")
_DEFINITE_NUMBER_BEFORE = re.compile(r"(?:^|\s)(?P<n>ال\s?\d+|ال[^\W\d_]{3,})\s+$")


def _definite_thousands(ctx: Context):
    from khabar.temporal import calendar as cal
    from khabar.temporal.counts import count_of
    from khabar.temporal.resolving import unit_of

    m = ctx.match
    before = _DEFINITE_NUMBER_BEFORE.search(ctx.key, max(0, m.start(0) - 20), m.start(0))
    count = count_of(before.group("n")) if before else None
    if not count or not float(count).is_integer() or not m.group("cn_dir"):
        return None
    return cal.duration(unit_of(m.group("cn_unit")).unit, int(count) * 1000), "duration", before.start("n")


def generic_count(ctx: Context, pre: str | None, number: str | None, few: str | None):
    """A count the counted-unit grammar found that is a generic reference instead (after V and W): من عشرات
    السنين PAST_REF (من in the span), a bare يوما after a future verb FUTURE_REF, and من قبل + a named month after
    a negated verb (ولم يراعوا من قبل شهر رمضان: "before", the month its own expression). None: not one of these."""
    m = ctx.match
    start = m.start(0)
    if pre is None and number is None and not few and m.group("cn_and") is None and ctx.key[start - 1:start] in (" ", ")"):
        if (bracketed := bare_units.bracketed_word_count(ctx.key, start, m.group("cn_unit"))) is not None:
            return bracketed  # ولمدة (خمسة) أيام: the bracketed count in words (mined, round 5)
    if few and pre is None and m.group("cn_unit") in _YEARS_PLURAL:
        lone = _LONE_MIN_BEFORE.search(ctx.key, max(0, start - 12), start)
        return ("PAST_REF", None, lone.start("min")) if lone else None
    if m.group("cn_and") is None and bare_units.counted_contract(ctx.key, m.group("cn_unit"), m.end("cn_unit")):
        return []  # وقع خمسة عقود لمشاريع: contracts, no decades (a list: nothing found, the span taken)
    if pre is None and number is None and (value := generic_words.counted_generic(ctx, few)) is not None:
        return value or None
    if pre is None and number is None and not few and m.group(0) == "يوما":
        if _ADJECTIVE_AFTER.match(ctx.key, m.end()) or bare_units.or_a_dual_after(ctx.key, m.end()):
            return None  # سيتأخرون يوما أو يومين: a length, the first of two estimates
        if _future_verb_before(ctx.key, start):
            return "FUTURE_REF", None
        return ("PAST_REF", None) if _ONCE_PAST_BEFORE.search(ctx.key, max(0, start - 40), start) \
            and not _OF_AFTER.match(ctx.key, m.end()) else None
    if number in _THOUSANDS and pre is None and (counted := _definite_thousands(ctx)) is not None:
        return counted
    if pre == "قبل" and number is None and not few and ctx.key.startswith("من ", start - 3) and ctx.key.startswith("قبل", start):
        before = ctx.key[max(0, start - 33):start - 3]
        if _NEGATED_VERB_BEFORE.search(before) and not _PARTICIPLE_BEFORE.search(before[-20:]):
            return "PAST_REF", None, start - 3, start + 3
    return None
