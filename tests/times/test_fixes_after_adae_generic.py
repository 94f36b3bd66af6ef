"""The generic fixes after blind sets AD and AE: اليوم "nowadays" (ours with a hamza seat, roles of yesterday and
today, a column's turn to the present), اليوم "per day" after a count, الأمس in a likeness, ذات + a daypart, قبل فترة,
ل + ال merged before a period noun, bare units with a starting point or what filled them, definite plurals after a
word of passing, العام الأخير "the last twelve months".

Hand-built sentences (none taken from an article); PUBLISHED is Tuesday 2015-07-21 (5 Shawwal 1436)."""

from tests.times.helpers import times


def test_today_as_the_present_age():
    assert times("يواجه شعراؤنا اليوم تحديات كبيرة") == [("اليوم", "PRESENT_REF")]
    assert times("ما يحتاجه أبنائنا اليوم هو القدوة") == [("اليوم", "PRESENT_REF")]
    assert times("أشكر أصدقاء الأمس خصوم اليوم على المباراة") == [("الأمس", "PAST_REF"), ("اليوم", "PRESENT_REF")]
    assert times("انتهت الحرب. اليوم ومع عودة الهدوء لا بد من البناء") == [("اليوم", "PRESENT_REF")]
    # dayparts of yesterday and today, and a report of the day, keep their dates
    assert times("وصل الوفد مساء الأمس وصباح اليوم بدأ الاجتماع") == [("مساء الأمس", "2015-07-20"),
                                                                   ("صباح اليوم", "2015-07-21")]
    assert times("قال الوزير اليوم وبعد الاجتماع إن الخطة جاهزة") == [("اليوم", "2015-07-21")]


def test_yesterday_in_a_likeness_is_the_past_age():
    assert times("إن المدينة اليوم كما كانت بالأمس مركز التجارة") == [("اليوم", "PRESENT_REF"), ("الأمس", "PAST_REF")]
    assert times("وقال المدرب اليوم كما هو بالأمس إن الفريق جاهز")[1] == ("الأمس", "PAST_REF")


def test_today_per_day_after_a_count_is_a_rate():
    assert times("يتناول المريض القرص مرتين باليوم بعد الأكل") == []
    assert times("الجلوس أمام الشاشة لمدة 5 ساعات أو أكثر خلال اليوم يضر بالعين") == [("5 ساعات", "PT5H")]
    # a count of people is no rate: the day stays
    assert times("وصل 3 أشخاص خلال اليوم إلى المستشفى") != []
    assert times("احتفل الطلاب باليوم الوطني") == []


def test_one_dawn_and_a_while_ago():
    assert times("خرج الصياد ذات فجر إلى البحر") == [("ذات فجر", "PAST_REF")]
    assert times("وقد زرت المتحف قبل فترة مع أصدقائي") == [("قبل فترة", "PAST_REF")]
    assert times("فقبل فترة طويلة كان الطريق ترابيا") == [("قبل فترة طويلة", "PAST_REF")]
    assert times("أعلن ذلك قبل فترة ليست بالقصيرة") == [("قبل فترة ليست بالقصيرة", "PAST_REF")]
    # before the period of something: no reference
    assert times("يجب الراحة قبل فترة الامتحانات") == []


def test_coming_stage_with_merged_article():
    assert times("وضع النادي خطة للمرحلة القادمة بهدف الفوز") == [("للمرحلة القادمة", "FUTURE_REF")]
    assert times("واستعرض الوزير الخطط وللمرحلة القادمة أولويات") == [("للمرحلة القادمة", "FUTURE_REF")]


def test_bare_units_with_a_start_or_what_filled_them():
    assert times("يستقبل الطلبات خلال أسبوع ابتداء من الأحد المقبل") == [("أسبوع", "P1W"), ("الأحد المقبل", "2015-07-26")]
    assert times("عاد الهدوء بعد اشتباكات وراء شهور من المفاوضات") == [("شهور", "PXM")]
    assert times("تغيرت ملامح المدينة عبر السنين") == [("السنين", "PXY")]
    assert times("وعلى مدى العقود بقي السوق مكانا للقاء") == [("العقود", "PXDE")]
    # a definite plural with what names it stays out
    assert times("عبر السنين التي قضاها في المنفى") == []


def test_the_last_year_is_twelve_months():
    assert times("ارتفعت الأسعار 20 في المائة في العام الأخير بسبب الطلب") == [("العام الأخير", "P1Y")]
    assert times("صادقت الحكومة خلال السنة الأخيرة من ولايتها على القانون") != [("السنة الأخيرة", "P1Y")]


def test_later_after_a_preparation_is_ahead():
    assert times("يخوض الفريق مباراة ودية تأهبا لمواجهة الأهلي أو الهلال لاحقا في الكأس") == [("لاحقا", "FUTURE_REF")]
    # a narrated later stays out
    assert times("خسر الفريق أمام الأهلي ثم فاز على الهلال لاحقا") == []
