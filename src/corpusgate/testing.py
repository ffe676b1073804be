"""Corpus tests written by hand: assert that a corpus meets its suite, with a readable message.

>>> from corpusgate.testing import assert_corpus
>>> def test_articles_are_clean():                                    # doctest: +SKIP
...     assert_corpus("data/articles.jsonl", suite="checks/news.yml")

:func:`assert_corpus` runs the same validation as ``corpusgate validate`` (it returns the same
:class:`~corpusgate.report.model.Report`) and raises :class:`CorpusValidationError`, an
``AssertionError``, when an error-severity expectation is not met. Its message lists each failing
expectation with the failing documents (id and ``source`` as ``file:line``), the flagged text in
context and the suggestions, capped so that a broken corpus still gives a message one can read.
The pytest plugin (:mod:`corpusgate.integrations.pytest_plugin`) prints failures with the same
function, :func:`describe_failure`.

Warning-severity expectations that are not met do not fail; they are issued as
:class:`CorpusgateWarning`, which pytest shows in its warnings summary (``-W
error::corpusgate.testing.CorpusgateWarning`` turns them into failures).

This module is imported by the pytest plugin in every pytest run, so it imports nothing heavy at
module level: the engine is loaded on the first validation.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from corpusgate.engine.results import DocResult
    from corpusgate.expectations import ExpectationResult
    from corpusgate.report.model import Report
    from corpusgate.suite import Suite

__all__ = [
    "CorpusValidationError",
    "CorpusgateWarning",
    "assert_corpus",
    "assert_report",
    "describe_failure",
    "expectation_result",
]

MAX_DOCUMENTS = 10
MAX_FINDINGS = 3
CONTEXT_CHARS = 40
FLAGGED_CHARS = 80


class CorpusgateWarning(UserWarning):
    """A warning-severity expectation that the corpus does not meet."""


class CorpusValidationError(AssertionError):
    """A corpus that does not meet its suite. ``report`` is the full report; ``failures`` the
    unmet error-severity expectations."""

    def __init__(self, message: str, report: Report, failures: Sequence[ExpectationResult]) -> None:
        super().__init__(message)
        self.report = report
        self.failures = list(failures)


def assert_corpus(
    paths: str | Path | Sequence[str | Path] | None = None,
    suite: Suite | str | Path | None = None,
    *,
    fail_on_warnings: bool = False,
    max_documents: int = MAX_DOCUMENTS,
    max_findings: int = MAX_FINDINGS,
    **validate_options: Any,
) -> Report:
    """Validate ``paths`` against ``suite`` and raise :class:`CorpusValidationError` if it fails.

    ``paths`` defaults to the suite's own ``data.paths``, ``suite`` to the built-in ``news``
    suite; the other keyword arguments go to :func:`corpusgate.validate` (``format``, ``jobs``,
    ``strict_input``...). Returns the report when every error-severity expectation is met, so a
    test can look further. Unmet warning-severity expectations are issued as
    :class:`CorpusgateWarning` (or fail too, with ``fail_on_warnings=True``).
    """
    from corpusgate.api import validate

    report = validate(paths, suite, **validate_options)
    return assert_report(
        report,
        fail_on_warnings=fail_on_warnings,
        max_documents=max_documents,
        max_findings=max_findings,
    )


def assert_report(
    report: Report,
    *,
    fail_on_warnings: bool = False,
    max_documents: int = MAX_DOCUMENTS,
    max_findings: int = MAX_FINDINGS,
) -> Report:
    """:func:`assert_corpus` for a report you already have (from ``corpusgate.validate`` or the
    ``corpus_report`` fixture)."""
    unmet = [outcome for outcome in report.expectations if not outcome.success]
    failing = [o for o in unmet if o.severity == "error" or fail_on_warnings]
    for outcome in unmet:
        if outcome not in failing:
            warnings.warn(
                CorpusgateWarning(describe_failure(report, outcome, max_documents, max_findings)),
                stacklevel=2,
            )
    if not failing:
        return report
    where = report.suite.get("path") or report.suite.get("name")
    head = (
        f"the corpus ({', '.join(report.inputs)}) does not meet {len(failing)} of "
        f"{len(report.expectations)} expectations of the suite {where}"
    )
    parts = [head] + [
        describe_failure(report, outcome, max_documents, max_findings) for outcome in failing
    ]
    raise CorpusValidationError("\n\n".join(parts), report, failing)


def expectation_result(report: Report, expectation_id: str) -> ExpectationResult:
    """The result of one expectation by id (``KeyError`` naming the ids there are)."""
    for outcome in report.expectations:
        if outcome.id == expectation_id:
            return outcome
    known = ", ".join(outcome.id for outcome in report.expectations)
    raise KeyError(f"no expectation {expectation_id!r} in this report (there are: {known})")


def describe_failure(
    report: Report,
    outcome: ExpectationResult,
    max_documents: int = MAX_DOCUMENTS,
    max_findings: int = MAX_FINDINGS,
) -> str:
    """One unmet expectation: the budget, then its failing documents with their findings.

    At most ``max_documents`` documents with ``max_findings`` findings each are shown; the rest
    are counted ("... and 12 more failing documents"), so the message stays readable.
    """
    suite_path = report.suite.get("path")
    location = f" ({suite_path}:{outcome.line})" if suite_path and outcome.line else ""
    check = "" if outcome.check == outcome.id else f" (check {outcome.check})"
    lines = [
        f"{outcome.severity} expectation {outcome.id!r}{check} not met{location}: "
        f"{outcome.failing_documents} of {outcome.documents} documents fail, "
        f"budget {outcome.budget_text()}"
    ]
    if outcome.description:
        lines.append(f"  {' '.join(outcome.description.split())}")
    shown = 0
    for result in _failing_documents(report.documents(), outcome.id):
        if shown == max_documents:
            break
        shown += 1
        lines.extend(_describe_document(result, result.findings[outcome.id], max_findings))
    hidden = outcome.failing_documents - shown
    if hidden > 0:
        lines.append(f"  ... and {hidden} more failing document{'s' if hidden != 1 else ''}")
    return "\n".join(lines)


def _failing_documents(documents: Iterable[DocResult], expectation_id: str) -> Iterable[DocResult]:
    return (result for result in documents if result.findings.get(expectation_id))


def _describe_document(result: DocResult, findings: Sequence[Any], max_findings: int) -> list[str]:
    header = f"  {result.source}  id={result.id}"
    if result.title:
        header += f"  {_shorten(_flat(result.title), 60)!r}"
    lines = [header]
    for finding in findings[:max_findings]:
        line = f"    {finding.message}"
        if finding.suggestion:
            line += f"  -> {finding.suggestion}"
        lines.append(line)
        snippet = _snippet(result.text, finding.start, finding.end)
        if snippet:
            lines.append(f"      {snippet}")
    hidden = len(findings) - max_findings
    if hidden > 0:
        lines.append(
            f"    ... and {hidden} more finding{'s' if hidden != 1 else ''} in this document"
        )
    return lines


def _snippet(text: str | None, start: int, end: int) -> str | None:
    """The flagged text between »«, with some context either side, on one line."""
    if text is None or start == end or end > len(text):
        return None
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(text), end + CONTEXT_CHARS)
    flagged = _flat(text[start:end])
    if len(flagged) > FLAGGED_CHARS:
        flagged = flagged[: FLAGGED_CHARS - 1] + "…"
    return (
        ("…" if left else "")
        + _flat(text[left:start])
        + f"»{flagged}«"
        + _flat(text[end:right])
        + ("…" if right < len(text) else "")
    )


def _flat(text: str) -> str:
    # Line breaks and control characters shown visibly, so each snippet stays on one line and a
    # stray \x00 in the corpus cannot garble the terminal.
    return "".join(
        "⏎" if ch == "\n" else (f"\\x{ord(ch):02x}" if ord(ch) < 32 and ch != "\t" else ch)
        for ch in text
    )


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
