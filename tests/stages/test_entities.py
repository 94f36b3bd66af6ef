"""Resolution rules of the entities stage on hand-built sentences."""

from khabar.document import Document
from khabar.pipeline import Pipeline
from khabar.stages.entities import EntitiesStage
from khabar.stages.text_layer import TextLayer

PIPELINE = Pipeline([TextLayer(), EntitiesStage(use_tagger=False)])


def run(text, published="2015-08-01"):
    doc = PIPELINE(Document(id="t", text=text, published=published))
    doc.validate()
    return [(m.text, m.type, doc.entity(m.entity).name_en) for m in doc.mentions]


def test_clitic_excluded_from_span():
    assert run("زار الوزير وروسيا ثم بسوريا.") == [("روسيا", "LOC", "Russia"), ("سوريا", "LOC", "Syria")]
    assert run("قدم طلبا للأمم المتحدة.") == [("لأمم المتحدة", "ORG", "United Nations")]


def test_capital_in_actor_position_is_the_government():
    assert run("وأكدت موسكو أن الضربات مستمرة.") == [("موسكو", "ORG", "Government of Russia")]
    assert run("وأعلنت واشنطن عن عقوبات جديدة.") == [("واشنطن", "ORG", "Government of United States")]
    assert run("وصل الوفد إلى موسكو.") == [("موسكو", "LOC", "Moscow")]


def test_title_resolves_to_holder_at_publication_date():
    assert run("وقال الرئيس الأمريكي إن الاتفاق جيد.", "2015-07-15") == [("الرئيس الأمريكي", "PER", "Barack Obama")]
    assert run("وقال الرئيس الأمريكي إن الاتفاق جيد.", "2006-01-01") == [("الرئيس الأمريكي", "PER", "George W. Bush")]


def test_title_before_a_name_is_not_a_second_mention():
    assert run("قال الرئيس السوري بشار الأسد إن") == [("بشار الأسد", "PER", "Bashar al-Assad")]


def test_short_form_joins_the_full_name_in_the_article():
    text = "التقى بشار الأسد الوفد. وقال الأسد إن"
    assert run(text)[-1] == ("الأسد", "PER", "Bashar al-Assad")
    assert run("وقال الأسد إن") == []  # alone, الأسد is a lion


def test_ambiguous_place_follows_the_article_country():
    assert run("انفجار في طرابلس.")[0][2] == "Tripoli"
    lebanon = run("في لبنان، وقع انفجار في طرابلس.")
    tripoli = [e for e in PIPELINE(Document(id="t", text="في لبنان، وقع انفجار في طرابلس.")).entities if e.name_en == "Tripoli"]
    assert tripoli[0].country == "LBN" and lebanon[-1][0] == "طرابلس"


def test_nisba_after_definite_noun_is_an_adjective():
    assert run("وصلت القوات السعودية") == [("القوات السعودية", "ORG", "Saudi Arabian Armed Forces")]
    assert run("وقعت الشركة السعودية عقدا") == []
    assert run("زار السعودية") == [("السعودية", "LOC", "Saudi Arabia")]


def test_quoted_name_inside_descriptor():
    assert run('مواقع تنظيم "داعش" في سوريا')[0][:2] == ("داعش", "ORG")
