"""The hand-written-test API: assert_corpus, its message, and the corpusgate.validate re-export."""

from __future__ import annotations

import json
import warnings
from collections.abc import Sequence
from pathlib import Path

import pytest

import corpusgate
from corpusgate.api import validate
from corpusgate.report.model import Report
from corpusgate.testing import (
    CorpusgateWarning,
    CorpusValidationError,
    assert_corpus,
    assert_report,
    describe_failure,
    expectation_result,
)

CLEAN = "The council approved the budget on Tuesday.\nThe vote was close, the clerk said."

SUITE = """\
version: 1
name: handwritten
expectations:
  - check: input.malformed
  - check: artifact.ad-marker
  - check: artifact.credit-line
    severity: warning
"""


def corpus(path: Path, texts: Sequence[str]) -> Path:
    with path.open("w", encoding="utf-8") as stream:
        for index, text in enumerate(texts):
            stream.write(json.dumps({"id": f"d{index}", "title": f"T{index}", "text": text}) + "\n")
    return path


@pytest.fixture
def suite(tmp_path: Path) -> Path:
    path = tmp_path / "suite.yml"
    path.write_text(SUITE, encoding="utf-8")
    return path


def test_clean_corpus_returns_the_report(tmp_path: Path, suite: Path) -> None:
    path = corpus(tmp_path / "c.jsonl", [CLEAN] * 3)
    report = assert_corpus(path, suite=suite, jobs=1)
    assert isinstance(report, Report)
    assert report.success
    assert [e.id for e in report.expectations] == [
        "input.malformed",
        "artifact.ad-marker",
        "artifact.credit-line",
    ]


def test_failure_is_an_assertion_error_listing_documents(tmp_path: Path, suite: Path) -> None:
    path = corpus(tmp_path / "c.jsonl", [CLEAN, CLEAN + "\n[ad_1]", CLEAN])
    with pytest.raises(AssertionError) as caught:
        assert_corpus(str(path), suite=suite, jobs=1)
    error = caught.value
    assert isinstance(error, CorpusValidationError)
    assert [outcome.id for outcome in error.failures] == ["artifact.ad-marker"]
    assert error.report.success is False
    message = str(error)
    assert "does not meet 1 of 3 expectations" in message
    assert f"{path}:2  id=d1  'T1'" in message
    assert "»[ad_1]«" in message
    assert "remove the line" in message  # the finding's suggestion
    assert "suite.yml:5" in message  # the expectation's line in the suite


def test_warning_expectations_warn_or_fail_on_request(tmp_path: Path, suite: Path) -> None:
    path = corpus(tmp_path / "c.jsonl", [CLEAN + "\nSource link", CLEAN])
    with pytest.warns(CorpusgateWarning, match="warning expectation 'artifact.credit-line'"):
        report = assert_corpus(path, suite=suite, jobs=1)
    assert report.success
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(CorpusValidationError, match="Source link") as caught:
            assert_corpus(path, suite=suite, jobs=1, fail_on_warnings=True)
    assert [o.id for o in caught.value.failures] == ["artifact.credit-line"]


def test_message_is_capped(tmp_path: Path, suite: Path) -> None:
    dirty = CLEAN + "\n[ad_1]\n[ad_2]\n[ad_3]\n[ad_4]\n[ad_5]"
    path = corpus(tmp_path / "c.jsonl", [dirty] * 14 + [CLEAN])
    report = validate(path, suite, jobs=1)
    outcome = expectation_result(report, "artifact.ad-marker")
    message = describe_failure(report, outcome)
    assert message.count("  id=d") == 10
    assert "... and 4 more failing documents" in message
    assert message.count("... and 2 more findings in this document") == 10
    assert message.count("ad-slot marker") == 30
    short = describe_failure(report, outcome, max_documents=1, max_findings=5)
    assert short.count("  id=d") == 1
    assert "... and 13 more failing documents" in short
    assert "more findings" not in short


def test_snippets_stay_on_one_line(tmp_path: Path, suite: Path) -> None:
    text = "Line one\x00 with a NUL.\n[ad_1]\nLine three."
    path = corpus(tmp_path / "c.jsonl", [text])
    report = validate(path, suite, jobs=1)
    message = describe_failure(report, expectation_result(report, "artifact.ad-marker"))
    snippet = next(line for line in message.splitlines() if "»" in line)
    assert snippet.strip() == "Line one\\x00 with a NUL.⏎»[ad_1]«⏎Line three."


def test_malformed_records_are_described_without_a_snippet(tmp_path: Path, suite: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": CLEAN}) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(CorpusValidationError) as caught:
        assert_corpus(path, suite=suite, jobs=1)
    message = str(caught.value)
    assert f"{path}:2" in message
    assert "malformed record" in message
    assert "»" not in message


def test_expectation_result_names_the_known_ids(tmp_path: Path, suite: Path) -> None:
    report = validate(corpus(tmp_path / "c.jsonl", [CLEAN]), suite, jobs=1)
    assert expectation_result(report, "artifact.ad-marker").success
    with pytest.raises(KeyError, match=r"there are: input\.malformed, artifact\.ad-marker"):
        expectation_result(report, "artifact.nope")


def test_assert_report_passes_through_a_good_report(tmp_path: Path, suite: Path) -> None:
    report = validate(corpus(tmp_path / "c.jsonl", [CLEAN]), suite, jobs=1)
    assert assert_report(report) is report


def test_package_reexports_the_api(tmp_path: Path, suite: Path) -> None:
    assert corpusgate.validate is validate
    assert corpusgate.Report is Report
    from corpusgate.suite import load_suite

    assert corpusgate.load_suite is load_suite
    report = corpusgate.validate(corpus(tmp_path / "c.jsonl", [CLEAN]), suite=suite, jobs=1)
    assert isinstance(report, Report) and report.success
    with pytest.raises(AttributeError):
        _ = corpusgate.no_such_name  # type: ignore[attr-defined]
