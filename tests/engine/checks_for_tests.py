"""A tiny check family used by engine tests; importable, so spawned workers can load it."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from corpusgate.checks.base import Aggregate, Check, CorpusCheck, DocContext, register
from corpusgate.documents import CheckOutput, Document


@register
class LetterX(Check):
    name = "test.letter-x"
    family = "test"
    summary = "flags every letter x"
    what = "x"
    why = "tests"
    example = "x"
    fix = "remove x"

    def run(self, doc: Document, ctx: DocContext) -> CheckOutput:
        findings = tuple(
            self.finding(doc, m.start(), m.end(), "an x", suggestion="y")
            for m in re.finditer("x", doc.text)
        )
        return CheckOutput(findings, {"length": float(len(doc.text))})


class _CountLines(Aggregate):
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def add(self, observation: Any) -> None:
        self.counts.update({line for line, _, _ in observation})

    def finish(self) -> Counter[str]:
        return self.counts


@register
class SharedLine(CorpusCheck):
    name = "test.shared-line"
    family = "test"
    summary = "flags lines found in three or more documents"
    what = "lines"
    why = "tests"
    example = "a"
    fix = "remove"

    def observe(self, doc: Document, ctx: DocContext) -> Any:
        observed, offset = [], 0
        for line in doc.text.split("\n"):
            observed.append((line, offset, offset + len(line)))
            offset += len(line) + 1
        return observed

    def aggregate(self) -> Aggregate:
        return _CountLines()

    def judge(self, observation: Any, model: Any) -> CheckOutput:
        from corpusgate.documents import Finding

        return CheckOutput(
            tuple(
                Finding(self.name, start, end, line, f"in {model[line]} documents")
                for line, start, end in observation
                if line and model[line] >= 3
            )
        )

    def corpus_statistics(self, model: Any) -> dict[str, Any]:
        return {"distinct_lines": len(model)}
