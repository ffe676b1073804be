"""Checks and corpora for the report tests; importable, so spawned workers can load them.

``reporttest.word`` flags a word (with a suggestion) and emits a few signals, among them
``spin_score`` and ``words``, so the charts have distributions to draw; ``reporttest.range``
stands in for a range check with bounds in its parameters.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path

from pydantic import Field

from corpusgate.checks.base import Check, CheckParams, DocContext, register
from corpusgate.documents import CheckOutput, Document
from corpusgate.engine import run_suite
from corpusgate.expectations import evaluate
from corpusgate.readers.base import MalformedRecord
from corpusgate.report.model import Report, build_report
from corpusgate.suite import Suite, parse_suite


class WordParams(CheckParams):
    word: str = Field("badword", description="The word to flag.")
    suggestion: str = Field("goodword", description="What to write instead.")


@register
class FlagWord(Check[WordParams]):
    name = "reporttest.word"
    family = "reporttest"
    summary = "flags a word"
    what = "a word"
    why = "tests"
    example = "badword"
    fix = "replace it"
    Params = WordParams

    def run(self, doc: Document, ctx: DocContext) -> CheckOutput:
        pattern = re.compile(r"\b" + re.escape(self.params.word) + r"\b")
        findings = tuple(
            self.finding(
                doc,
                m.start(),
                m.end(),
                f"the word {self.params.word!r}",
                suggestion=self.params.suggestion,
            )
            for m in pattern.finditer(doc.text)
        )
        words = len(doc.text.split())
        return CheckOutput(
            findings,
            {"words": float(words), "spin_score": 10.0 * len(findings) / max(words, 1) * 100},
        )


class LengthParams(CheckParams):
    bounds: dict[str, tuple[float, float]] = Field(
        default_factory=lambda: {"words": (3.0, 40.0)}, description="Bounds per signal."
    )


@register
class LongDocument(Check[LengthParams]):
    name = "reporttest.range"
    family = "reporttest"
    summary = "a document-level finding when the word count is out of bounds"
    what = "length"
    why = "tests"
    example = "x"
    fix = "shorten"
    Params = LengthParams

    def run(self, doc: Document, ctx: DocContext) -> CheckOutput:
        low, high = self.params.bounds["words"]
        words = len(doc.text.split())
        if low <= words <= high:
            return CheckOutput()
        return CheckOutput((self.document_finding(f"{words} words, outside {low:g}..{high:g}"),))


SUITE_YAML = """\
name: report-test
description: Suite used by the report tests.
expectations:
  - check: input.malformed
  - check: reporttest.word
    id: bad-words
    max_failing: 0
  - check: reporttest.word
    id: odd-words
    severity: warning
    mostly: 0.9
    params: {word: oddword, suggestion: plainword}
  - check: reporttest.range
    id: length
    severity: warning
    mostly: 0.5
  - check: artifact.ad-marker
    max_failing: 0
"""


def suite(extra: str = "") -> Suite:
    return parse_suite(SUITE_YAML + extra, "report-test.yml")


def clean_text(i: int) -> str:
    return f"Article {i} reports on the council meeting held this week in the town hall."


def corpus(bad: Iterable[int] = (), size: int = 12) -> list[Document | MalformedRecord]:
    bad = set(bad)
    docs: list[Document | MalformedRecord] = []
    for i in range(size):
        text = clean_text(i)
        if i in bad:
            text += " The badword appears here."
        docs.append(Document(f"d{i}", text, f"corpus.jsonl:{i + 1}", title=f"Story {i}"))
    return docs


def build(records: Sequence[Document | MalformedRecord], the_suite: Suite | None = None) -> Report:
    the_suite = the_suite or suite()
    started = datetime.now(timezone.utc)
    run = run_suite(records, the_suite, jobs=1)
    outcomes = evaluate(the_suite, run.results, run.documents_read)
    return build_report(run, outcomes, ["corpus.jsonl"], started)


def write_jsonl(path: Path, records: Iterable[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path
