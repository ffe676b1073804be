"""Shared helpers for the spin check tests."""

from __future__ import annotations

from typing import Any

from corpusgate.checks import get_check
from corpusgate.checks.base import DocContext
from corpusgate.documents import CheckOutput, Document, Finding


def run(name: str, text: str, **params: Any) -> CheckOutput:
    doc = Document("t", text, "test")
    return get_check(name).from_mapping(params).run(doc, DocContext(doc))


def phrase_findings(text: str, **params: Any) -> list[Finding]:
    return list(run("spin.phrase", text, **params).findings)


def spans(text: str, **params: Any) -> list[str]:
    return [f.text for f in phrase_findings(text, **params)]


def flagged(text: str, **params: Any) -> bool:
    return bool(run("spin.score", text, **params).findings)


def check_findings_consistent(text: str, findings: list[Finding]) -> None:
    for f in findings:
        assert text[f.start : f.end] == f.text
        assert 0.0 < f.confidence <= 1.0
