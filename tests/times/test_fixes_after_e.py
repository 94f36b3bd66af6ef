"""The fixes after blind set E: ages, vague and generic references, اليوم "nowadays", bare units,
future years, year ranges by E's convention, clock hours with الـ, definite counts, a lone daypart,
a weekday followed by its date, and the name آلان.

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21."""

from tests.times.helpers import times


def test_ordinal_ages_are_durations_in_years():
    assert times("التحق بالأكاديمية وهو في سن العاشرة من عمره") == [("سن العاشرة", "P10Y")]
    assert times("توفي الشاعر بعمر يناهز السابعة والسبعين") == [("السابعة والسبعين", "P77Y")]
    assert times("يبدأ الأطفال الدراسة في سن السادسة عشرة") == [("سن السادسة عشرة", "P16Y")]
    # an ordinal hour is not an age, nor is سن "a tooth" / "enacts" without an ordinal
    assert times("عاد إلى منزله الساعة التاسعة مساء") == [("الساعة التاسعة مساء", "T21:00")]
    assert times("فقد سن الحليب مبكرا") == []


def test_someday_takes_the_tense_of_its_clause():
    assert times("قال إنه سيعود إلى ناديه السابق يوما ما") == [("يوما ما", "FUTURE_REF")]
    assert times("ربما يوما ما نلتقي مرة أخرى") == [("يوما ما", "FUTURE_REF")]
    assert times("كانت المدينة ذات يوم مركزا للتجارة") == [("ذات يوم", "PAST_REF")]
    assert times("الفكرة التي كان لهم شرف طرحها يوما ما تغيرت") == [("يوما ما", "PAST_REF")]
    assert times("بقي ذات يوم من الأسبوع بلا عمل") != [("ذات يوم", "PAST_REF")]  # ذات يوم من: "one day of"


def test_generic_and_vague_references():
    assert times("تغيرت مفاهيم القوة في هذا العصر") == [("هذا العصر", "PRESENT_REF")]
    assert times("انتشرت الظاهرة في زمننا الحالي") == [("زمننا الحالي", "PRESENT_REF")]
    assert times("طالب المعلمون بذلك منذ زمن طويل") == [("منذ زمن طويل", "PAST_REF")]
    assert times("عرفه الجمهور منذ أمد ومارس الرياضة") == [("منذ أمد", "PAST_REF")]
    assert times("غادرت الفرق الموقع منذ فترة وجيزة") == [("منذ فترة وجيزة", "PAST_REF")]
    # مستقبلي "my future" after a future verb or a preposition; the adjective after a noun is nothing
    assert times("قال اللاعب إن الإدارة ستحدد مستقبلي") == [("مستقبلي", "FUTURE_REF")]
    assert times("وضعت الوزارة تخطيط مستقبلي للمشروعات") == []
    # حديثا after a definite participle is "recently" even before ل
    assert times("تألق اللاعب المنضم حديثا للفريق") == [("حديثا", "PAST_REF")]
    assert times("نشرت الصحيفة الأسبانية حديثا لمدرب الفريق") == []


def test_today_as_nowadays():
    assert times("ونحن اليوم نعيش في عالم مختلف") == [("اليوم", "PRESENT_REF")]
    assert times("فالناس اليوم أكثر وعيا") == [("اليوم", "PRESENT_REF")]
    assert times("سيتضاعف العدد عما هو عليه اليوم") == [("اليوم", "PRESENT_REF")]
    assert times("في المنطقة المعروفة اليوم باسم الشرق الأوسط") == [("اليوم", "PRESENT_REF")]
    assert times("وصل الوزير اليوم إلى الرياض") == [("اليوم", "2015-07-21")]


def test_seasons_and_whole_units():
    assert times("تقام المباراة في عز الصيف") == [("عز الصيف", "2015-SU")]
    assert times("بقي الموظفون العام الكامل دون رواتب") == [("العام الكامل", "P1Y")]


def test_bare_units_after_range_and_taking_verbs():
    assert times("يشفى المريض خلال مدة تتراوح بين شهر إلى شهرين") == [("شهر", "P1M"), ("شهرين", "P2M")]
    assert times("تستغرق صناعة القطعة الواحدة، التي يصممها الفنان بنفسه، ساعة.") == [("ساعة", "PT1H")]
    assert times("احتاج الفريق سنوات لفهم الخطة") == [("سنوات", "PXY")]
    # a plural unit that counts something else stays out
    assert times("يتقاضون مرتبات ومقدمات عقود ومزايا كبيرة") == []


def test_future_years_and_counts_before_an_amount():
    assert times("يتوقع أن يصل عدد السكان بحلول عام 2100 إلى 11 مليارا") == [("عام 2100", "2100")]
    assert times("الرقم 2100 ريال") == []
    # من + a number after the count starts an amount's range, not an anchoring event
    assert times("سيرتفع عدد السكان بعد 15 عاما من 7 مليارات إلى 8 مليارات") == [("بعد 15 عاما", "2030")]
    assert times("عاد بعد 15 عاما من الغياب") == [("بعد 15 عاما", "P15Y")]


def test_year_ranges_follow_set_e():
    assert times("لعب للفريق من 2004 حتى 2007") == [("2004", "2004"), ("2007", "2007")]
    assert times("عمل مدربا من 2011 إلى 2012") == [("2011", "2011"), ("2012", "2012")]
    assert times("أعير إلى ناديين بين 2008 و2011") == [("2008 و2011", "2008/2011")]
    assert times("خلال الفترة 2010 - 2014") == [("2010 - 2014", "2010/2014")]


def test_clock_with_article_and_definite_counts():
    assert times("تقام المباراة عند الساعة الـ12 ظهراً") == [("الساعة الـ12 ظهراً", "T12:00")]
    assert times("تقام المباراة عند الساعة الـ5 مساء") == [("الساعة الـ5 مساء", "T17:00")]
    assert times("لا يمكنه أن يجعل الأربع والعشرين ساعة كلها للعمل") == [("الأربع والعشرين ساعة", "PT24H")]
    assert times("قتل ثلاثة خلال الثلاث ساعات الماضية") == [("الثلاث ساعات الماضية", "PT3H")]


def test_a_lone_daypart_takes_the_day_the_sentence_named():
    text = "يلتقي الفريقان صباح اليوم في الملعب البلدي، على أن يلعب المنتخبان الآخران مساءً، في الصالة نفسها"
    assert times(text) == [("صباح اليوم", "2015-07-21"), ("مساءً", "2015-07-21")]
    # without a day named in the sentence, or right after the day, it is nothing
    assert times("يفتح السوق صباحا، ويغلق مساء.") == []
    assert times("وصل الوفد يوم الأحد صباحا، ثم غادر") == [("يوم الأحد", "2015-07-19")]


def test_a_weekday_followed_at_once_by_its_date_is_one_expression():
    assert times("توفي المواطن اليوم الأربعاء 20 / 10 / 1436هـ في جازان", "2015-08-06 01:14:30") == [
        ("اليوم الأربعاء 20 / 10 / 1436هـ", "2015-08-05")]
    # the date stated after it wins over the nearest weekday, and a الموافق date joins as before
    assert times("مر المدير يوم الجمعة 1 / 10 / 1436 هـ على الغرفة") == [("يوم الجمعة 1 / 10 / 1436 هـ", "2015-07-17")]
    assert times("خلال الفترة من السبت 1 - 5 - 1433هـ الموافق 24 - 3 - 2012م") == [
        ("السبت 1 - 5 - 1433هـ الموافق 24 - 3 - 2012م", "2012-03-24")]


def test_quarter_with_a_bare_year_and_the_name_alain():
    assert times("أرباح الربع الثاني 2015 بلغت 10 ملايين") == [("الربع الثاني 2015", "2015-Q2")]
    assert times("فيلم المخرج آلان رينيه") == []
    assert times("يعيش الآن في باريس") == [("الآن", "PRESENT_REF")]
