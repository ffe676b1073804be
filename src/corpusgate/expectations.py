"""Budgets: the suite, not the checks, decides what passes.

A document fails an expectation when the expectation's check found anything in it. The
expectation succeeds while the failing documents stay within its budget: ``max_failing`` (a
count) or ``mostly`` (the fraction of documents that must pass, as in Great Expectations).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from corpusgate.engine.results import DocResult
from corpusgate.suite import Expectation, Suite, allowed_failures


@dataclass
class ExpectationResult:
    id: str
    check: str
    severity: str
    budget: dict[str, float | int]
    documents: int
    failing_documents: int = 0
    findings: int = 0
    failing_ids: list[str] = field(default_factory=list)
    failing_sources: list[str] = field(default_factory=list)
    description: str | None = None
    line: int = 0
    success: bool = True
    observed: dict[str, Any] = field(default_factory=dict)

    @property
    def allowed_failures(self) -> int:
        return allowed_failures(self.budget, self.documents)

    @property
    def blocking(self) -> bool:
        """Whether this result makes the run fail (an unmet error-severity expectation)."""
        return not self.success and self.severity == "error"

    @property
    def failing_fraction(self) -> float:
        return self.failing_documents / self.documents if self.documents else 0.0

    def budget_text(self) -> str:
        if "mostly" in self.budget:
            return f"mostly {float(self.budget['mostly']):g} (<= {self.allowed_failures} failing)"
        return f"max_failing {self.budget['max_failing']}"


def evaluate(suite: Suite, results: Iterable[DocResult], documents: int) -> list[ExpectationResult]:
    """Count failing documents per expectation and apply each budget."""
    outcomes = {e.id: _empty(e, documents) for e in suite.expectations}
    for result in results:
        for expectation_id, findings in result.findings.items():
            outcome = outcomes.get(expectation_id)
            if outcome is None or not findings:
                continue
            outcome.failing_documents += 1
            outcome.findings += len(findings)
            outcome.failing_ids.append(result.id)
            outcome.failing_sources.append(result.source)
    for outcome in outcomes.values():
        outcome.success = outcome.failing_documents <= outcome.allowed_failures
        outcome.observed = {
            "failing_documents": outcome.failing_documents,
            "failing_fraction": outcome.failing_fraction,
            "allowed_failures": outcome.allowed_failures,
        }
    return list(outcomes.values())


def _empty(expectation: Expectation, documents: int) -> ExpectationResult:
    return ExpectationResult(
        id=expectation.id,
        check=expectation.check,
        severity=expectation.severity,
        budget=expectation.budget,
        documents=documents,
        description=expectation.description,
        line=expectation.line,
    )
