"""Pipeline order is checked once, when it is built, with one clear error."""

import pytest

from khabar.core import default_pipeline, extract
from khabar.pipeline import FunctionStage, Pipeline, PipelineError


def noop(doc):
    pass


def test_a_stage_whose_needs_are_not_met_is_one_clear_error():
    quotes = FunctionStage("quotes", noop, needs=frozenset({"sentences", "mentions"}), provides=frozenset({"quotes"}))
    text = FunctionStage("text", noop, needs=frozenset({"text"}), provides=frozenset({"sentences"}))
    with pytest.raises(PipelineError) as err:
        Pipeline([text, quotes])
    message = str(err.value)
    assert "'quotes'" in message and "mentions" in message and "sentences" in message


def test_the_same_stage_twice_is_refused():
    stage = FunctionStage("text", noop, provides=frozenset({"sentences"}))
    with pytest.raises(PipelineError, match="twice"):
        Pipeline([stage, stage])


def test_stages_run_in_order():
    seen = []
    a = FunctionStage("a", lambda d: seen.append("a"), provides=frozenset({"x"}))
    b = FunctionStage("b", lambda d: seen.append("b"), needs=frozenset({"x"}))
    Pipeline([a, b]).run_text("نص")
    assert seen == ["a", "b"]


def test_the_default_pipeline_is_valid_and_starts_with_the_text_layer():
    pipeline = default_pipeline()
    assert pipeline.names[:2] == ["text_layer", "dateline"]
    assert {"sentences", "tokens", "dateline"} <= pipeline.provides


def test_extract_gives_sentences_and_tokens():
    doc = extract("قال الوزير إن الاجتماع انتهى. وأضاف أن النتائج جيدة.")
    assert [s.text for s in doc.sentences] == ["قال الوزير إن الاجتماع انتهى.", "وأضاف أن النتائج جيدة."]
    assert doc.tokens[0].text == "قال"
