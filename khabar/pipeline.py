"""An ordered list of small named stages over one Document.

Each stage declares the layers it ``needs`` and the layers it ``provides``; the order is
checked once, when the pipeline is built, so a misordered or missing stage is one clear
error at start-up rather than an AttributeError deep inside a batch.

Layer names used across khabar: ``text`` (always there), ``sentences``, ``tokens``,
``dateline``, ``mentions``, ``entities``, ``times``, ``quantities``, ``quotes``,
``events``, ``locations``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Protocol, runtime_checkable

from khabar.document import Document

BASE_LAYERS = frozenset({"text"})


@runtime_checkable
class Stage(Protocol):
    name: str
    needs: frozenset[str]
    provides: frozenset[str]

    def __call__(self, doc: Document) -> None: ...


class PipelineError(ValueError):
    """The stages cannot run in the order given."""


@dataclass
class FunctionStage:
    """Wrap a plain ``fn(doc) -> None`` as a stage."""

    name: str
    fn: Callable[[Document], None]
    needs: frozenset[str] = field(default_factory=frozenset)
    provides: frozenset[str] = field(default_factory=frozenset)

    def __call__(self, doc: Document) -> None:
        self.fn(doc)


class Pipeline:
    def __init__(self, stages: Iterable[Stage]):
        self.stages: list[Stage] = list(stages)
        self._check_order()

    def _check_order(self) -> None:
        available = set(BASE_LAYERS)
        names: set[str] = set()
        for position, stage in enumerate(self.stages):
            if stage.name in names:
                raise PipelineError(f"stage {stage.name!r} appears twice in the pipeline")
            names.add(stage.name)
            missing = set(stage.needs) - available
            if missing:
                providers = ", ".join(sorted(available)) or "nothing"
                raise PipelineError(
                    f"stage {stage.name!r} (position {position}) needs {sorted(missing)} "
                    f"but the stages before it provide only: {providers}"
                )
            available |= set(stage.provides)
        self.provides = frozenset(available)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            stage(doc)
        return doc

    def run_text(self, text: str, *, doc_id: str = "doc", published: str | None = None, **meta) -> Document:
        return self(Document(id=doc_id, text=text, published=published, **meta))
