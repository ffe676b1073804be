"""The report model: what every output format renders, and what the JSON report stores.

Reports read this model only; they know nothing about how a check works. A report rebuilt from
a saved JSON file (``corpusgate report results.json --html ...``) is the same model.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any

from corpusgate import __version__
from corpusgate.checks import get_check
from corpusgate.documents import Finding
from corpusgate.engine import RunResult
from corpusgate.engine.results import DocResult
from corpusgate.errors import CorpusgateError
from corpusgate.expectations import ExpectationResult
from corpusgate.suite import Suite

SCHEMA_VERSION = "1.1"
HISTOGRAM_BINS = 30
# Values kept per signal for drift tests by a later run: the values themselves for small corpora,
# else evenly spaced quantiles, which approximate the distribution to within 1/SKETCH_SIZE.
SKETCH_SIZE = 1000
# Resolved check parameters are copied into the report for renderers (bounds on charts); a value
# longer than this (a long custom lexicon) is summarised instead of copied.
MAX_PARAM_CHARS = 2000


@dataclass(frozen=True)
class ReviewItem:
    """Documents a corpus check could not judge on its own, with why."""

    expectation: str
    documents: list[str]
    note: str


@dataclass
class Report:
    success: bool
    suite: dict[str, Any]
    inputs: list[str]
    summary: dict[str, Any]
    expectations: list[ExpectationResult]
    corpus_statistics: dict[str, Any] = field(default_factory=dict)
    signal_distributions: dict[str, Any] = field(default_factory=dict)
    run: dict[str, Any] = field(default_factory=dict)
    extras: dict[str, Any] = field(default_factory=dict)
    schema_version: str = SCHEMA_VERSION
    _documents: Callable[[], Iterator[DocResult]] = field(default=lambda: iter(()), repr=False)
    _index: Callable[[], Iterator[tuple[str, str]]] = field(default=lambda: iter(()), repr=False)

    def documents(self) -> Iterator[DocResult]:
        """Every document with at least one finding, in corpus order."""
        return self._documents()

    def index(self) -> Iterator[tuple[str, str]]:
        """``(id, content_hash)`` of every document read, in corpus order (for baselines)."""
        return self._index()

    def review(self) -> list[ReviewItem]:
        """What corpus checks could not decide and a person should look at (the ``review``
        lists of their statistics), in expectation order. Items of another shape are skipped:
        a saved report may come from another version."""
        items: list[ReviewItem] = []
        for outcome in self.expectations:
            stats = self.corpus_statistics.get(outcome.id)
            listed = stats.get("review") if isinstance(stats, Mapping) else None
            for item in listed if isinstance(listed, list) else ():
                documents = item.get("documents") if isinstance(item, Mapping) else None
                if isinstance(documents, list) and documents:
                    note = str(item.get("note") or "")
                    items.append(ReviewItem(outcome.id, [str(d) for d in documents], note))
        return items

    @property
    def blocking(self) -> list[ExpectationResult]:
        return [outcome for outcome in self.expectations if outcome.blocking]

    @property
    def exit_code(self) -> int:
        return 0 if self.success else 1

    def header_dict(self) -> dict[str, Any]:
        """Everything but the documents, as JSON-ready data."""
        return {
            "schema_version": self.schema_version,
            "success": self.success,
            "run": self.run,
            "suite": self.suite,
            "inputs": self.inputs,
            "summary": self.summary,
            "expectations": [expectation_to_dict(e) for e in self.expectations],
            "corpus_statistics": self.corpus_statistics,
            "signal_distributions": self.signal_distributions,
            **self.extras,
        }


def expectation_to_dict(outcome: ExpectationResult) -> dict[str, Any]:
    data = asdict(outcome)
    data["allowed_failures"] = outcome.allowed_failures
    return data


def expectation_from_dict(data: Mapping[str, Any]) -> ExpectationResult:
    names = ExpectationResult.__dataclass_fields__
    return ExpectationResult(**{key: value for key, value in data.items() if key in names})


def document_to_dict(result: DocResult) -> dict[str, Any]:
    return {
        "id": result.id,
        "source": result.source,
        "content_hash": result.content_hash,
        "title": result.title,
        "url": result.url,
        "findings": [
            {"expectation": expectation_id, **finding.to_dict()}
            for expectation_id, finding in result.all_findings()
        ],
        "signals": {name: _json_number(value) for name, value in result.signals.items()},
        "text": result.text,
        "text_truncated": result.text_truncated,
    }


def document_from_dict(data: Mapping[str, Any]) -> DocResult:
    findings: dict[str, list[Finding]] = {}
    for item in data.get("findings", []):
        findings.setdefault(item.get("expectation") or item["check"], []).append(
            Finding.from_dict(item)
        )
    return DocResult(
        id=data["id"],
        source=data["source"],
        content_hash=data.get("content_hash", ""),
        findings={key: tuple(value) for key, value in findings.items()},
        signals={
            k: (math.nan if v is None else float(v)) for k, v in data.get("signals", {}).items()
        },
        title=data.get("title"),
        url=data.get("url"),
        text=data.get("text"),
        text_truncated=bool(data.get("text_truncated", False)),
    )


def _json_number(value: float) -> float | None:
    # JSON has no NaN or infinity; null says "not defined for this document".
    return value if math.isfinite(value) else None


def build_report(
    run: RunResult,
    outcomes: list[ExpectationResult],
    inputs: Iterable[str],
    started: datetime,
    finished: datetime | None = None,
) -> Report:
    finished = finished or datetime.now(timezone.utc)
    per_check: dict[str, dict[str, int]] = {}
    documents_with_findings = 0
    total_findings = 0
    for result in run.results:
        if not result.has_findings:
            continue
        documents_with_findings += 1
        for check_name in {f.check for _, f in result.all_findings()}:
            per_check.setdefault(check_name, {"documents": 0, "findings": 0})["documents"] += 1
        for _, finding in result.all_findings():
            per_check.setdefault(finding.check, {"documents": 0, "findings": 0})["findings"] += 1
            total_findings += 1
    summary = {
        "documents": run.documents_read,
        "documents_with_findings": documents_with_findings,
        "malformed_records": run.malformed,
        "findings": total_findings,
        "per_check": dict(sorted(per_check.items())),
        "expectations_failed": sum(1 for o in outcomes if not o.success),
        "errors_failed": sum(1 for o in outcomes if o.blocking),
        "warnings_failed": sum(1 for o in outcomes if not o.success and o.severity == "warning"),
    }
    results = run.results

    def flagged() -> Iterator[DocResult]:
        return (result for result in results if result.has_findings)

    def index() -> Iterator[tuple[str, str]]:
        return ((result.id, result.content_hash) for result in results)

    suite = run.suite
    return Report(
        success=not any(outcome.blocking for outcome in outcomes),
        suite={
            "name": suite.name,
            "path": suite.path,
            "description": suite.description.strip(),
            "parameters": suite_parameters(suite),
        },
        inputs=list(inputs),
        summary=summary,
        expectations=outcomes,
        corpus_statistics=run.corpus_statistics,
        signal_distributions={
            name: distribution(values, run.signal_counts.get(name, len(values)))
            for name, values in sorted(run.signal_samples.items())
        },
        run={
            "corpusgate_version": __version__,
            "started_at": started.isoformat(timespec="seconds"),
            "finished_at": finished.isoformat(timespec="seconds"),
            "duration_seconds": round((finished - started).total_seconds(), 3),
        },
        _documents=flagged,
        _index=index,
    )


def suite_parameters(suite: Suite) -> dict[str, dict[str, Any]]:
    """Every expectation's check and resolved parameters (defaults filled in), JSON-ready."""
    parameters: dict[str, dict[str, Any]] = {}
    for expectation in suite.expectations:
        try:
            check = get_check(expectation.check)
            resolved = expectation.check_params(check).model_dump(mode="json")
        except CorpusgateError:
            resolved = dict(expectation.params)
        kept: dict[str, Any] = {}
        for key, value in resolved.items():
            size = len(json.dumps(value, default=str))
            kept[key] = value if size <= MAX_PARAM_CHARS else f"<{size} characters, see the suite>"
        parameters[expectation.id] = {"check": expectation.check, "params": kept}
    return parameters


def distribution(values: list[float], count: int) -> dict[str, Any]:
    """Quantiles and a histogram of one signal (over a uniform sample when the corpus is large)."""
    finite = sorted(v for v in values if math.isfinite(v))
    if not finite:
        return {"count": count, "sampled": len(values), "finite": 0}
    low, high = finite[0], finite[-1]
    width = (high - low) / HISTOGRAM_BINS if high > low else 1.0
    counts = [0] * HISTOGRAM_BINS
    for value in finite:
        counts[min(int((value - low) / width), HISTOGRAM_BINS - 1)] += 1
    return {
        "count": count,
        "sampled": len(values),
        "finite": len(finite),
        "min": low,
        "max": high,
        "mean": sum(finite) / len(finite),
        "quantiles": {f"p{q:02d}": quantile(finite, q / 100) for q in (5, 25, 50, 75, 95)},
        "histogram": {
            "edges": [low + width * i for i in range(HISTOGRAM_BINS + 1)],
            "counts": counts,
        },
        "sketch": sketch(finite),
    }


def sketch(ordered: list[float], size: int = SKETCH_SIZE) -> list[float]:
    """At most ``size`` sorted values standing for the distribution of ``ordered`` (sorted).

    Small samples are kept whole; larger ones become the quantiles at (i + 0.5) / size, a
    deterministic sample whose empirical distribution is within 1/size of the original's.
    Values are rounded to 7 significant digits to keep the JSON report small.
    """
    if len(ordered) > size:
        ordered = [quantile(ordered, (i + 0.5) / size) for i in range(size)]
    return [float(f"{value:.7g}") for value in ordered]


def quantile(ordered: list[float], q: float) -> float:
    """Linear-interpolation quantile of sorted values (numpy's default method)."""
    position = (len(ordered) - 1) * q
    lower = math.floor(position)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (ordered[upper] - ordered[lower]) * (position - lower)
