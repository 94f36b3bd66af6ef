"""The stages of the default pipeline, in order.

Each entry is "module:factory"; a factory returns a Stage (see khabar.pipeline). Later
capabilities plug in by adding one line here, in the order of the design brief:
text layer -> dateline -> entities -> resolution -> times -> quantities -> quotes ->
events -> geocoding. The pipeline checks the order once when it is built.
"""

from __future__ import annotations

from importlib import import_module

DEFAULT_STAGES: list[str] = [
    "khabar.stages.text_layer:TextLayer",
    "khabar.stages.dateline:DatelineStage",
    "khabar.stages.entities:EntitiesStage",
    "khabar.stages.times:TimesStage",
    "khabar.stages.quantities:QuantitiesStage",
    "khabar.stages.quotes:QuotesStage",
]


def load_stage(spec: str):
    module_name, _, factory = spec.partition(":")
    return getattr(import_module(module_name), factory)()


def default_stages() -> list:
    return [load_stage(spec) for spec in DEFAULT_STAGES]
