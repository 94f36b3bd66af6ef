"""Tagger spans merged into the entities stage, with a stand-in tagger (no weights needed).

The stand-in tags a fixed list of words, so the merge rules are checked on their own:
spans come sentence by sentence from the text layer's tokens, a span overlapping a KB
mention is dropped, tagger-only names get document-local entities, and a one-word name
that ends a longer name in the article joins it.
"""

from khabar.document import Document
from khabar.pipeline import Pipeline
from khabar.stages.entities import EntitiesStage, _bio_spans, tagger_spans
from khabar.stages.text_layer import TextLayer


class StandInTagger:
    """B-/I- tags for the words of known names (longest first), O elsewhere."""

    def __init__(self, names: dict[str, str]):
        self.names = {tuple(n.split()): t for n, t in names.items()}
        self.calls: list[list[str]] = []

    def tag(self, words, gazetteer_tags=None):
        self.calls.append(list(words))
        tags = ["O"] * len(words)
        for name, etype in sorted(self.names.items(), key=lambda item: -len(item[0])):
            for i in range(len(words) - len(name) + 1):
                if tuple(words[i:i + len(name)]) == name and set(tags[i:i + len(name)]) == {"O"}:
                    tags[i] = "B-" + etype
                    tags[i + 1:i + len(name)] = ["I-" + etype] * (len(name) - 1)
        return tags


def run(text: str, tagger: StandInTagger) -> Document:
    stage = EntitiesStage(use_tagger=False)
    stage.use_tagger, stage._tagger = True, tagger
    doc = Pipeline([TextLayer(), stage])(Document(id="t", text=text, published="2015-08-01"))
    doc.validate()
    return doc


def test_tagger_only_names_get_local_entities_and_short_forms_join():
    tagger = StandInTagger({"خالد العبيدي": "PER", "العبيدي": "PER", "شركة نفطكو": "ORG", "موسكو": "LOC"})
    doc = run("التقى خالد العبيدي وفدا في موسكو. وقال العبيدي إن شركة نفطكو ستعمل.", tagger)
    mentions = [(m.text, m.type, m.entity) for m in doc.mentions]
    assert mentions == [("خالد العبيدي", "PER", "local:1"), ("موسكو", "LOC", "geo:524901"),
                        ("العبيدي", "PER", "local:1"), ("شركة نفطكو", "ORG", "local:2")]
    assert [e.id for e in doc.entities] == ["geo:524901", "local:1", "local:2"]
    # the tagger saw one sentence at a time, as surface tokens
    assert tagger.calls == [["التقى", "خالد", "العبيدي", "وفدا", "في", "موسكو", "."],
                            ["وقال", "العبيدي", "إن", "شركة", "نفطكو", "ستعمل", "."]]


def test_spans_overlapping_a_kb_mention_are_dropped():
    tagger = StandInTagger({"الرئيس الروسي فلاديمير": "PER", "روسيا اليوم": "ORG"})
    doc = run("قال الرئيس الروسي فلاديمير بوتين لقناة روسيا اليوم", tagger)
    assert [(m.text, m.type) for m in doc.mentions if m.entity.startswith("local:")] == []
    assert [m.text for m in doc.mentions][0] == "فلاديمير بوتين"


def test_bio_spans_from_tags():
    starts, ends = [0, 4, 9, 15, 20, 26], [3, 8, 14, 19, 25, 30]
    tags = ["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-ORG"]
    assert _bio_spans(starts, ends, 0, tags) == [(0, 8, "PER"), (15, 19, "LOC"), (20, 30, "ORG")]
    assert _bio_spans(starts, ends, 2, ["B-LOC", "B-XX", "I-LOC"]) == [(9, 14, "LOC"), (20, 25, "LOC")]
    assert _bio_spans(starts, ends, 0, ["O"] * 6) == []


def test_tagger_spans_follow_sentences():
    doc = run("وصل الوفد. ثم غادر", StandInTagger({}))
    tagger = StandInTagger({"الوفد": "ORG", "غادر": "PER"})
    assert tagger_spans(doc, tagger) == [(4, 9, "ORG"), (14, 18, "PER")]
