"""The fixes after blind set H: clocks written without a colon or with the Arabic comma or with
minutes in words, "until now" with اللحظة / هذا الوقت, bare years after a verb of spending,
`عام آخر`, event-anchored `بعد N` in a narrative, ranges of durations, and the other forms H showed.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21."""

from tests.times.helpers import times


def test_clock_minutes_in_words_and_without_a_colon():
    assert times("وصل الوفد الساعة العاشرة وعشرين دقيقة صباحا") == [("الساعة العاشرة وعشرين دقيقة صباحا", "T10:20")]
    assert times("انطلق القطار الساعة الخامسة وخمس وعشرين دقيقة مساء") == [
        ("الساعة الخامسة وخمس وعشرين دقيقة مساء", "T17:25")]
    assert times("وقع الانفجار الساعة 0213 فجرا") == [("الساعة 0213 فجرا", "T02:13")]
    assert times("سجل السعر الساعة 1020 بتوقيت جرينتش") == [("الساعة 1020", "T10:20")]


def test_clock_with_the_arabic_comma_only_before_a_zone_or_daypart():
    assert times("بدأ الهجوم في 08،00 تغ الجمعة") == [("08،00", "T08:00"), ("الجمعة", "2015-07-17")]
    # ، between numbers elsewhere separates a list
    assert times("سجلت الأسهم 12،50 و13 نقطة") == []


def test_until_now_with_the_moment_or_this_time():
    assert times("لم يجدد عقده حتى اللحظة رغم المفاوضات") == [("اللحظة", "PRESENT_REF")]
    assert times("وحتى هذه اللحظة لم يقرر المدرب") == [("هذه اللحظة", "PRESENT_REF")]
    assert times("تأخر بعضهم حتى هذا الوقت إلى الزحام") == [("هذا الوقت", "PRESENT_REF")]
    assert times("دعت إلى الوحدة في هذا الوقت الحرج من تاريخ البلاد") == [("هذا الوقت", "PRESENT_REF")]
    # the last moment, the same time of year: no reference to now
    assert times("سيقاتل الفريق حتى اللحظة الأخيرة") == []
    assert times("ارتفعت المبيعات في هذا الوقت من السنة") == []
    assert times("بقيت الأفكار في ثلاجة الزمن الماضي.") == [("الزمن الماضي", "PAST_REF")]


def test_bare_year_after_a_verb_of_spending_and_another_year():
    assert times("أفرج عنه بعد أن قضى عاماً داخل السجن") == [("عاماً", "P1Y")]
    assert times("أمضى شهرا في المستشفى") == [("شهرا", "P1M")]
    assert times("مدد النادي عقده لعام آخر مقابل مليون") == [("عام آخر", "P1Y")]
    # يوم آخر is "some other day", and a day of a feast is not spent as a stretch
    assert times("سنعود إلى الموضوع في يوم آخر") == []
    assert times("قضى يوم العيد مع أسرته") == []


def test_after_a_count_in_a_narrative_is_the_stretch():
    assert times("سجل المهاجم في الدقيقة 21. وبعد ثلاث دقائق انطلق زميله فسجل الثاني") == [
        ("بعد ثلاث دقائق", "PT3M")]
    assert times("رمم الطبيب العظام أولاً، ثم بعد أسبوعين أجرى الجراح العملية") == [("بعد أسبوعين", "P2W")]
    assert times("وتأتي المقترحات بعد شهر فقط من تصريح الحكومة") == [("بعد شهر", "P1M")]
    # the future from publication stays a point
    assert times("سيعود اللاعب بعد أسبوعين إلى الملعب") == [("بعد أسبوعين", "2015-W32")]
    assert times("وبعد أسبوعين سيعود اللاعب إلى الملعب") == [("بعد أسبوعين", "2015-W32")]
    assert times("قال إنه سيتم افتتاح المشروع، وبعد شهر يبدأ التشغيل") == [("بعد شهر", "2015-08")]


def test_after_a_vague_plural_is_the_unknown_stretch():
    assert times("المستشفى الوحيد الذي يعطي مواعيد بعد أشهر، وكل ذلك") == [("بعد أشهر", "PXM")]
    assert times("عاد إلى بلده بعد سنوات في المهجر") == [("بعد سنوات", "PXY")]
    assert times("وصلتني رسالة قبل أيام تقول") == [("قبل أيام", "PAST_REF")]


def test_from_is_not_an_anchor_in_fixed_phrases():
    # من أجل "in order to", من الزمن "of time": the count is still counted back from publication
    assert times("ترك ناديه قبل عام من اجل الالتحاق بفريق آخر") == [("قبل عام", "2014")]
    assert times("عانت البلاد من ذلك قبل عقود من الزمن.") == [("قبل عقود", "PAST_REF")]


def test_ranges_of_durations_are_two_durations():
    assert times("تستغرق الجلسة (18-25) دقيقة يوميا") == [("(18-25) دقيقة", "PT18M/PT25M")]
    assert times("الفئة العمرية من 40-44 عامًا بنسبة كبيرة") == [("40-44 عامًا", "P40Y/P44Y")]
    assert times("يحتاج مدة تتراوح ما بين الشهر والـ٤٥ يومًا.") == [("الشهر والـ٤٥ يومًا", "P1M/P45D")]
    # a score is no range
    assert times("انتهت المباراة 2-1 لصالح الضيوف") == []


def test_bracketed_count_and_ordinal_age_after_a_verb_of_reaching():
    assert times("ألا يتجاوز العمر (30) سنة، مع الخبرة") == [("(30) سنة", "P30Y")]
    assert times("أجريت العملية لشاب يبلغ الخامسة والعشرين من العمر، وكان") == [("الخامسة والعشرين", "P25Y")]
    # the verb without من العمر: a rank, or a clock with its daypart
    assert times("وبلغت الثالثة في الترتيب العام") == []
    assert times("بلغ الخامسة صباحا") == [("الخامسة صباحا", "T05:00")]


def test_hijri_day_ranges_and_a_thirtieth_that_does_not_exist():
    # Umm al-Qura's Dhu al-Qa'da 1436 has 29 days: the 30th is read as the month's last day
    assert times("تستمر الحملة من 1 إلى 30 /11 / 1436هـ في المناطق") == [
        ("1 إلى 30 /11 / 1436هـ", "2015-08-16/2015-09-13")]
    assert times("صدر القرار بتاريخ 30 / 11 / 1436هـ") == [("30 / 11 / 1436هـ", "2015-09-13")]
    assert times("بدأت الدورة يوم 29 - شعبان 1436هـ وانتهت") == [("29 - شعبان 1436هـ", "2015-06-16")]
    assert times("تقام البطولة من 1-4 يونيو") == [("1-4 يونيو", "2015-06-01/2015-06-04")]


def test_this_year_and_the_next_and_the_day_before_yesterday():
    assert times("رصدت الميزانية للعامين الحالي والمقبل") == [("لعامين الحالي والمقبل", "2015/2016")]
    assert times("نما الاقتصاد خلال العامين الماضي والحالي") == [("العامين الماضي والحالي", "2014/2015")]
    assert times("خلال العامين الماضيين") == [("العامين الماضيين", "P2Y")]
    assert times("رابط الجنود أمام القرية مساء الأول من أمس. ثم") == [("مساء الأول من أمس", "2015-07-19")]


def test_the_eve_of_the_feast_the_rest_of_the_week_and_a_fixture_weekday():
    # PUBLISHED 2015-07-21: Eid al-Fitr 1436 began on 2015-07-17, its eve is the 16th
    assert times("شارك المتطوعون الأطفال ليلة العيد فرحتهم") == [("ليلة العيد", "2015-07-16")]
    assert times("توقعات الطقس لبقية أيام الأسبوع تشير إلى ارتفاع") == [("بقية أيام الأسبوع", "2015-W30")]
    assert times("قضى بقية أيام العيد مع ذويه") == []
    # an imperfect verb of a fixture right before the weekday: the coming one; the perfect narrates
    assert times("ومن جهته يخوض مساء الأربعاء المنتخب مباراته الأخيرة") == [("مساء الأربعاء", "2015-07-22")]
    assert times("خاض المنتخب مساء الأربعاء مباراته الأخيرة") == [("مساء الأربعاء", "2015-07-15")]


def test_a_clock_before_the_daypart_of_a_named_day_is_two_expressions():
    # H's header: "الساعة … من صباح اليوم …" is two expressions; the daypart still sets the hour
    assert times("وقع الحادث الساعة العاشرة وعشرين دقيقة من صباح أمس") == [
        ("الساعة العاشرة وعشرين دقيقة", "T10:20"), ("صباح أمس", "2015-07-20")]
    assert times("تبدأ الجلسة الساعة الخامسة من مساء الأربعاء") == [
        ("الساعة الخامسة", "T17:00"), ("مساء الأربعاء", "2015-07-15")]
    assert times("قضت المحكمة بحبسه لمدة عام مع غرامة مالية") == [("عام", "P1Y")]


def test_how_many_of_a_plural_unit_is_an_unknown_stretch():
    assert times("فكم من الساعات خسرت المؤسسات بسبب الغياب") == [("الساعات", "PTXH")]
    assert times("وصل في الساعات الأولى من الصباح") == []
