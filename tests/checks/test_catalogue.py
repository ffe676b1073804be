"""Every shipped check documents itself like a linter rule, and its documented examples hold."""

from __future__ import annotations

from typing import Any

import pytest

from corpusgate.checks import all_checks
from corpusgate.checks.base import Check, CorpusCheck, DocContext
from corpusgate.documents import Document
from corpusgate.report.catalogue import explanation

SHIPPED = {
    name: cls for name, cls in all_checks().items() if cls.__module__.startswith("corpusgate.")
}
PER_DOCUMENT = {
    name: cls
    for name, cls in SHIPPED.items()
    if not issubclass(cls, CorpusCheck) and name != "input.malformed"
}


def _findings(cls: type[Check[Any]], text: str) -> list[str]:
    doc = Document("example", text, "docs")
    return [f.message for f in cls().run(doc, DocContext(doc)).findings]


def test_every_family_is_in_the_catalogue() -> None:
    assert {cls.family for cls in SHIPPED.values()} >= {"artifact", "spin", "readability", "input"}


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_explanation_has_every_section_and_parameter(name: str) -> None:
    cls = SHIPPED[name]
    text = explanation(cls)
    for heading in ("What it flags", "Why it matters", "Example (flagged)", "Fix"):
        assert f"## {heading}" in text
    for parameter, info in cls.Params.model_fields.items():
        assert f"- {parameter} (" in text
        assert info.description, f"{name}.{parameter} has no description"


@pytest.mark.parametrize("name", sorted(PER_DOCUMENT))
def test_documented_example_is_flagged(name: str) -> None:
    cls = PER_DOCUMENT[name]
    assert _findings(cls, cls.example), f"{name}: its own example is not flagged"


@pytest.mark.parametrize(
    "name", sorted(n for n, cls in PER_DOCUMENT.items() if cls.passing_example)
)
def test_documented_passing_example_is_not_flagged(name: str) -> None:
    cls = PER_DOCUMENT[name]
    assert cls.passing_example is not None
    assert _findings(cls, cls.passing_example) == []
