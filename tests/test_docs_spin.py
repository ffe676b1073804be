"""docs/spin.md says what corpusgate prints and how a suite tunes the spin checks: its output
sample must be what the bundled fixture produces, and its suite example must load and work."""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Iterable
from pathlib import Path

from corpusgate.api import validate
from corpusgate.engine.results import DocResult
from tests.conftest import ROOT

DOC = (ROOT / "docs" / "spin.md").read_text(encoding="utf-8")


def messages(documents: Iterable[DocResult], doc_id: str, check: str) -> set[str]:
    """The messages of ``check``'s findings on document ``doc_id`` (expectation ids are the
    check names in these suites)."""
    return {
        finding.message
        for doc in documents
        if doc.id == doc_id
        for expectation, finding in doc.all_findings()
        if expectation == check
    }


def test_the_sample_findings_are_what_the_fixture_prints() -> None:
    sample = re.search(r"```\n(spin\.score: .*?)```", DOC, re.S)
    assert sample is not None
    report = validate(str(ROOT / "fixtures" / "artifacts_examples.jsonl"))
    printed = messages(report.documents(), "spun-copy", "spin.phrase")
    quoted = [
        line.removeprefix("spin.phrase: ")
        for line in sample.group(1).splitlines()
        if line.startswith("spin.phrase: ")
    ]
    assert quoted and set(quoted) <= printed
    (score,) = messages(report.documents(), "spun-copy", "spin.score")
    assert score.startswith(sample.group(1).split("\n")[0].removeprefix("spin.score: "))


def test_the_tuning_example_is_a_working_suite(tmp_path: Path) -> None:
    block = re.search(r"```yaml\n(.*?)```", DOC, re.S)
    assert block is not None
    score_entry = textwrap.dedent(block.group(1))
    # The page says to give spin.phrase the same entries: the suite does both.
    phrase_entry = (
        score_entry.replace("check: spin.score", "check: spin.phrase")
        .replace("severity: error", "severity: warning")
        .replace("    threshold: 5.0\n", "")
    )
    suite = tmp_path / "tuned.yml"
    suite.write_text(
        "name: tuned\nexpectations:\n" + textwrap.indent(score_entry + phrase_entry, "  "),
        encoding="utf-8",
    )
    corpus = tmp_path / "corpus.jsonl"
    text = "The brand sells its shoes through an on-line retailer and argued in opposition to it."
    corpus.write_text(json.dumps({"id": "a", "text": text}) + "\n", encoding="utf-8")
    report = validate(str(corpus), str(suite))
    assert report.success  # one phrase never makes a document spun
    found = messages(report.documents(), "a", "spin.phrase")
    assert found == {'"on-line retailer" is a spinner phrase; likely original: "online store"'}
