"""Baseline comparison: did this corpus update make the corpus worse?

A run is compared with an earlier one (a saved JSON report, or a baseline corpus validated in the
same run) document by document:

- **unchanged**: the baseline has a document with the same id and the same content hash, or,
  failing that, an unclaimed document with the same content hash under another id (a *moved*
  document: positional ids such as ``file.jsonl:12`` shift when a line is inserted above);
- **changed**: the id is in the baseline with another content hash;
- **new**: neither the id nor the text is in the baseline;
- **removed**: a baseline document that nothing in this run claimed.

Matching is one-to-one (a multiset): a second copy of an existing text is new, not unchanged.
Malformed records have no content hash; they match only by id (their ``path:line``).

Findings are compared per matched document by (expectation, check, flagged text), so a finding
whose span moved with an edit elsewhere in the document is the same finding. *New* findings are
in a new or changed document but not in its baseline version; *fixed* ones were in the baseline
version of a changed document and are gone. Findings that appear in or disappear from unchanged
documents are counted apart: the text is the same, so they come from corpus-relative checks
(repeated lines, outliers) or a changed suite, and are neither regressions nor fixes.

The gate, ``fail_on``:

- ``new`` (the default with a baseline): every expectation is evaluated over the new and
  changed documents only, as if they were the whole corpus. A document that was edited is owned
  by the update, so all of its findings count, old ones included. ``max_failing: N`` allows N
  failing new-or-changed documents; ``mostly: F`` requires the fraction F of the new-or-changed
  documents to pass (an update of 10 documents under ``mostly: 0.95`` may have no failing
  document, since 5% of 10 rounds down to 0). Unchanged legacy documents never fail the gate, so
  a legacy corpus can adopt corpusgate without fixing its history first.
- ``all``: the budgets are applied to the whole corpus as without a baseline; the comparison is
  reported only.

Drift: for every signal both runs share, the two-sample Kolmogorov-Smirnov statistic and the
Wasserstein-1 distance normalised by the baseline's standard deviation are computed from the
signal sketches in the reports (at most 1,000 values per signal; see
:func:`corpusgate.report.model.sketch`). Thresholds come from the suite's ``drift:`` section;
drift beyond one fails the gate when the section's severity is ``error``.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from corpusgate.engine.results import DocResult
from corpusgate.errors import CorpusgateError
from corpusgate.expectations import evaluate
from corpusgate.report.model import Report, expectation_to_dict, sketch
from corpusgate.suite import DriftSection, Suite

FAIL_ON = ("new", "all")
MAX_LISTED_FINDINGS = 1000
UPDATE_SAMPLE_SIZE = 50_000
NEW, CHANGED, UNCHANGED, MOVED = "new", "changed", "unchanged", "moved"

FindingKey = tuple[str, str, str]


def load_baseline(path: str | Path) -> Report:
    """A saved JSON report usable as a baseline (written by corpusgate with schema 1.1 or later)."""
    from corpusgate.report.json import read_json

    report = read_json(path)
    try:
        minor = int(report.schema_version.split(".")[1])
    except (IndexError, ValueError):
        minor = 0
    if minor < 1:
        raise CorpusgateError(
            f"{path}: this report (schema {report.schema_version}) has no document index, so it "
            "cannot serve as a baseline; validate the old corpus again with this corpusgate "
            "(or use --baseline-corpus)"
        )
    return report


# --- distribution statistics (pure Python; the sketches are at most a few thousand values) ---


def ks_statistic(a: Sequence[float], b: Sequence[float]) -> float:
    """Two-sample Kolmogorov-Smirnov statistic: the largest gap between the empirical CDFs.

    ``a`` and ``b`` must be sorted.
    """
    if not a or not b:
        return math.nan
    i = j = 0
    n, m = len(a), len(b)
    largest = 0.0
    while i < n and j < m:
        # Step past every copy of the smaller value on both sides before comparing, so ties
        # between the samples do not open a gap that is not there.
        value = a[i] if a[i] <= b[j] else b[j]
        while i < n and a[i] == value:
            i += 1
        while j < m and b[j] == value:
            j += 1
        largest = max(largest, abs(i / n - j / m))
    return largest


def ks_p_value(statistic: float, n: int, m: int) -> float:
    """Asymptotic p-value of the two-sample KS statistic (Kolmogorov distribution, Stephens' fit).

    ``n`` and ``m`` are the real document counts, not the sketch sizes.
    """
    if not math.isfinite(statistic) or n <= 0 or m <= 0:
        return math.nan
    effective = math.sqrt(n * m / (n + m))
    lam = (effective + 0.12 + 0.11 / effective) * statistic
    if lam < 0.2:
        # Q(0.2) = 1 - 1e-11; the alternating series converges slowly down here.
        return 1.0
    total = 0.0
    for k in range(1, 101):
        term = 2 * (-1) ** (k - 1) * math.exp(-2 * k * k * lam * lam)
        total += term
        if abs(term) < 1e-12:
            break
    return min(1.0, max(0.0, total))


def wasserstein(a: Sequence[float], b: Sequence[float]) -> float:
    """Wasserstein-1 (earth mover's) distance between two sorted samples: the area between CDFs."""
    if not a or not b:
        return math.nan
    n, m = len(a), len(b)
    i = j = 0
    total = 0.0
    previous = min(a[0], b[0])
    while i < n or j < m:
        value = a[i] if j >= m or (i < n and a[i] <= b[j]) else b[j]
        total += abs(i / n - j / m) * (value - previous)
        previous = value
        while i < n and a[i] == value:
            i += 1
        while j < m and b[j] == value:
            j += 1
    return total


def standard_deviation(values: Sequence[float]) -> float:
    if len(values) < 2:
        return 0.0
    mean = sum(values) / len(values)
    return math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))


@dataclass
class Drift:
    """How far one signal's distribution moved between the baseline and this run."""

    signal: str
    baseline_count: int
    count: int
    ks: float
    ks_p_value: float
    wasserstein: float
    wasserstein_normalised: float | None
    max_ks: float | None = None
    max_wasserstein: float | None = None
    gated: bool = False
    exceeded: bool = False
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {key: _finite(value) for key, value in asdict(self).items()}


def signal_drift(
    signal: str,
    baseline: Sequence[float],
    current: Sequence[float],
    baseline_count: int,
    count: int,
    config: DriftSection | None,
) -> Drift:
    """Drift of one signal from two sorted sketches (``*_count``: the real document counts)."""
    ks = ks_statistic(baseline, current)
    distance = wasserstein(baseline, current)
    scale = standard_deviation(baseline)
    if scale > 0:
        normalised: float | None = distance / scale
    elif distance == 0:
        normalised = 0.0
    else:
        # A constant baseline: any move is infinitely many standard deviations; say so.
        normalised = None
    result = Drift(
        signal=signal,
        baseline_count=baseline_count,
        count=count,
        ks=ks,
        ks_p_value=ks_p_value(ks, baseline_count, count),
        wasserstein=distance,
        wasserstein_normalised=normalised,
    )
    thresholds = config.thresholds(signal) if config is not None else None
    if thresholds is None or (thresholds.max_ks is None and thresholds.max_wasserstein is None):
        return result
    result.max_ks = thresholds.max_ks
    result.max_wasserstein = thresholds.max_wasserstein
    assert config is not None
    if min(baseline_count, count) < config.min_documents:
        result.note = (
            f"not judged: fewer than {config.min_documents} documents on one side "
            f"({baseline_count} baseline, {count} now)"
        )
        return result
    result.gated = True
    too_far_ks = thresholds.max_ks is not None and ks > thresholds.max_ks
    too_far_w = thresholds.max_wasserstein is not None and (
        normalised is None or normalised > thresholds.max_wasserstein
    )
    result.exceeded = too_far_ks or too_far_w
    return result


# --- document matching ---


@dataclass
class _BaselineIndex:
    entries: list[tuple[str, str]]
    by_pair: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    by_hash: dict[str, list[int]] = field(default_factory=dict)
    by_id: dict[str, list[int]] = field(default_factory=dict)
    used: bytearray = field(default_factory=bytearray)

    @classmethod
    def build(cls, entries: Iterable[tuple[str, str]]) -> _BaselineIndex:
        index = cls(list(entries))
        # Reversed, so that pop() hands out entries in corpus order.
        for position in range(len(index.entries) - 1, -1, -1):
            doc_id, content_hash = index.entries[position]
            index.by_pair.setdefault((doc_id, content_hash), []).append(position)
            index.by_id.setdefault(doc_id, []).append(position)
            if content_hash:
                index.by_hash.setdefault(content_hash, []).append(position)
        index.used = bytearray(len(index.entries))
        return index

    def claim(self, table: dict[Any, list[int]], key: Any) -> int | None:
        candidates = table.get(key)
        while candidates:
            position = candidates.pop()
            if not self.used[position]:
                self.used[position] = 1
                return position
        return None


def _finding_keys(findings: Iterable[tuple[str, Any]]) -> Counter[FindingKey]:
    return Counter((eid, finding.check, finding.text) for eid, finding in findings)


@dataclass
class Comparison:
    """Per-document statuses (in corpus order) and the finding differences."""

    statuses: bytearray
    baseline_documents: int
    counts: Counter[str]
    new_ids: list[str]
    changed_ids: list[str]
    removed_ids: list[str]
    findings: Counter[str]
    per_expectation: dict[str, Counter[str]]
    new_findings: list[dict[str, Any]]
    fixed_findings: list[dict[str, Any]]


_STATUS_CODES = {NEW: 1, CHANGED: 2, UNCHANGED: 3, MOVED: 4}
_IN_SCOPE = {_STATUS_CODES[NEW], _STATUS_CODES[CHANGED]}


def compare(results: Iterable[DocResult], baseline: Report) -> Comparison:
    """Match this run's documents with the baseline's and diff their findings."""
    index = _BaselineIndex.build(baseline.index())
    baseline_findings: dict[tuple[str, str], Counter[FindingKey]] = {}
    for document in baseline.documents():
        key = (document.id, document.content_hash)
        baseline_findings[key] = baseline_findings.get(key, Counter()) + _finding_keys(
            document.all_findings()
        )
    statuses = bytearray()
    matches: dict[int, int] = {}
    pending: list[tuple[int, str, str]] = []
    for position, result in enumerate(results):
        statuses.append(0)
        claimed = index.claim(index.by_pair, (result.id, result.content_hash))
        if claimed is not None:
            statuses[position] = _STATUS_CODES[UNCHANGED]
            matches[position] = claimed
        else:
            pending.append((position, result.id, result.content_hash))
    # Second round: texts that moved to another id, then ids whose text changed.
    still: list[tuple[int, str, str]] = []
    for position, doc_id, content_hash in pending:
        claimed = index.claim(index.by_hash, content_hash) if content_hash else None
        if claimed is not None:
            statuses[position] = _STATUS_CODES[MOVED]
            matches[position] = claimed
        else:
            still.append((position, doc_id, content_hash))
    new_ids: list[str] = []
    changed_ids: list[str] = []
    for position, doc_id, _ in still:
        claimed = index.claim(index.by_id, doc_id)
        if claimed is not None:
            statuses[position] = _STATUS_CODES[CHANGED]
            matches[position] = claimed
            changed_ids.append(doc_id)
        else:
            statuses[position] = _STATUS_CODES[NEW]
            new_ids.append(doc_id)

    findings: Counter[str] = Counter()
    per_expectation: dict[str, Counter[str]] = {}
    new_listed: list[dict[str, Any]] = []
    fixed_listed: list[dict[str, Any]] = []
    for position, result in enumerate(results):
        matched = matches.get(position)
        before: Counter[FindingKey] = Counter()
        if matched is not None:
            before = baseline_findings.get(index.entries[matched], Counter())
        if not before and not result.has_findings:
            continue
        now = _finding_keys(result.all_findings())
        added, gone = now - before, before - now
        findings["unchanged"] += sum((now & before).values())
        if statuses[position] not in _IN_SCOPE:
            # The text did not change, so a difference here comes from a corpus-relative check
            # (repeated lines, outliers) or a different suite: not a fix, not a regression.
            findings["appeared_unchanged"] += sum(added.values())
            findings["disappeared_unchanged"] += sum(gone.values())
            continue
        for (eid, check, text), number in added.items():
            findings["new"] += number
            per_expectation.setdefault(eid, Counter())["new"] += number
            if len(new_listed) < MAX_LISTED_FINDINGS:
                new_listed.append(_listed(result.id, result.source, eid, check, text, number))
        for (eid, check, text), number in gone.items():
            findings["fixed"] += number
            per_expectation.setdefault(eid, Counter())["fixed"] += number
            if len(fixed_listed) < MAX_LISTED_FINDINGS:
                fixed_listed.append(_listed(result.id, result.source, eid, check, text, number))
    removed_ids: list[str] = []
    for position, (doc_id, content_hash) in enumerate(index.entries):
        if not index.used[position]:
            removed_ids.append(doc_id)
            gone_with = baseline_findings.get((doc_id, content_hash))
            if gone_with:
                findings["removed_with_documents"] += sum(gone_with.values())
    counts = Counter({name: statuses.count(code) for name, code in _STATUS_CODES.items()})
    counts["removed"] = len(removed_ids)
    return Comparison(
        statuses=statuses,
        baseline_documents=len(index.entries),
        counts=counts,
        new_ids=new_ids,
        changed_ids=changed_ids,
        removed_ids=removed_ids,
        findings=findings,
        per_expectation=per_expectation,
        new_findings=new_listed,
        fixed_findings=fixed_listed,
    )


def _listed(
    doc_id: str, source: str, eid: str, check: str, text: str, number: int
) -> dict[str, Any]:
    return {
        "id": doc_id,
        "source": source,
        "expectation": eid,
        "check": check,
        "text": text[:200],
        "count": number,
    }


def in_scope(results: Iterable[DocResult], statuses: bytearray) -> Iterator[DocResult]:
    """The new and changed documents of ``results`` (statuses from :func:`compare`)."""
    for position, result in enumerate(results):
        if statuses[position] in _IN_SCOPE:
            yield result


# --- applying a baseline to a report ---


def apply_baseline(
    report: Report,
    baseline: Report,
    results: Iterable[DocResult],
    suite: Suite,
    *,
    fail_on: str = "new",
    source: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Compare ``report`` with ``baseline``, re-judge it under ``fail_on``, record the comparison.

    ``results`` are every document of this run in corpus order (re-iterable, e.g. the engine's
    ResultStore). The report's expectations, success and summary counts are replaced by the
    gate's; the comparison goes to ``report.extras["baseline"]``. Returns that section.
    """
    if fail_on not in FAIL_ON:
        raise CorpusgateError(f"--fail-on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    comparison = compare(results, baseline)
    scope_size = comparison.counts[NEW] + comparison.counts[CHANGED]
    corpus_outcomes = report.expectations
    if fail_on == "new":
        scoped = evaluate(suite, in_scope(results, comparison.statuses), scope_size)
        by_id = {outcome.id: outcome for outcome in corpus_outcomes}
        for outcome in scoped:
            corpus = by_id.get(outcome.id)
            outcome.observed = {
                **outcome.observed,
                "scope": "new or changed documents",
                "corpus_documents": corpus.documents if corpus else 0,
                "corpus_failing_documents": corpus.failing_documents if corpus else 0,
            }
        report.expectations = scoped
    drift = _drift(report, baseline, results, comparison, suite.drift)
    drift_failed = [
        d["signal"] for d in drift["signals"] if d["exceeded"] and drift["severity"] == "error"
    ]
    drift["failed"] = drift_failed
    report.success = not any(o.blocking for o in report.expectations) and not drift_failed
    report.summary = {
        **report.summary,
        "expectations_failed": sum(1 for o in report.expectations if not o.success),
        "errors_failed": sum(1 for o in report.expectations if o.blocking),
        "warnings_failed": sum(
            1 for o in report.expectations if not o.success and o.severity == "warning"
        ),
        "drift_failed": len(drift_failed),
    }
    section: dict[str, Any] = {
        "source": source or {},
        "run": {
            "corpusgate_version": baseline.run.get("corpusgate_version"),
            "started_at": baseline.run.get("started_at"),
            "suite": baseline.suite.get("name"),
            "inputs": baseline.inputs,
            "documents": baseline.summary.get("documents"),
        },
        "fail_on": fail_on,
        "documents": {
            "baseline": comparison.baseline_documents,
            "current": len(comparison.statuses),
            "new": comparison.counts[NEW],
            "changed": comparison.counts[CHANGED],
            "unchanged": comparison.counts[UNCHANGED] + comparison.counts[MOVED],
            "moved": comparison.counts[MOVED],
            "removed": comparison.counts["removed"],
        },
        "findings": {
            "new": comparison.findings["new"],
            "fixed": comparison.findings["fixed"],
            "unchanged": comparison.findings["unchanged"],
            "removed_with_documents": comparison.findings["removed_with_documents"],
            "appeared_in_unchanged_documents": comparison.findings["appeared_unchanged"],
            "disappeared_from_unchanged_documents": comparison.findings["disappeared_unchanged"],
        },
        "per_expectation": {
            eid: {"new": counts["new"], "fixed": counts["fixed"]}
            for eid, counts in sorted(comparison.per_expectation.items())
        },
        "new_ids": comparison.new_ids,
        "changed_ids": comparison.changed_ids,
        "removed_ids": comparison.removed_ids,
        "new_findings": comparison.new_findings,
        "fixed_findings": comparison.fixed_findings,
        "drift": drift,
    }
    if fail_on == "new":
        section["corpus_expectations"] = [expectation_to_dict(o) for o in corpus_outcomes]
    report.extras = {**report.extras, "baseline": section}
    return section


def _drift(
    report: Report,
    baseline: Report,
    results: Iterable[DocResult],
    comparison: Comparison,
    config: DriftSection | None,
) -> dict[str, Any]:
    scope = config.scope if config is not None else "corpus"
    current: dict[str, tuple[list[float], int]] = {}
    if scope == "update":
        samples, counts = _sample_signals(in_scope(results, comparison.statuses))
        for name, values in samples.items():
            current[name] = (sketch(sorted(values)), counts[name])
    else:
        for name, distribution in report.signal_distributions.items():
            if "sketch" in distribution:
                current[name] = (distribution["sketch"], int(distribution.get("finite", 0)))
    signals: list[dict[str, Any]] = []
    missing: list[str] = []
    for name, distribution in sorted(baseline.signal_distributions.items()):
        if name not in current:
            continue
        if "sketch" not in distribution:
            missing.append(name)
            continue
        values, count = current[name]
        drift = signal_drift(
            name, distribution["sketch"], values, int(distribution.get("finite", 0)), count, config
        )
        signals.append(drift.to_dict())
    section: dict[str, Any] = {
        "scope": scope,
        "severity": config.severity if config is not None else "warning",
        "min_documents": config.min_documents if config is not None else None,
        "signals": signals,
    }
    if missing:
        section["note"] = f"the baseline has no signal sketches for {len(missing)} signal(s)"
    return section


def _sample_signals(results: Iterable[DocResult]) -> tuple[dict[str, list[float]], Counter[str]]:
    rng = random.Random(0)
    samples: dict[str, list[float]] = {}
    counts: Counter[str] = Counter()
    for result in results:
        for name, value in result.signals.items():
            if not math.isfinite(value):
                continue
            counts[name] += 1
            sample = samples.setdefault(name, [])
            if len(sample) < UPDATE_SAMPLE_SIZE:
                sample.append(float(value))
            else:
                slot = rng.randrange(counts[name])
                if slot < UPDATE_SAMPLE_SIZE:
                    sample[slot] = float(value)
    return samples, counts


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def baseline_section(report: Report) -> dict[str, Any] | None:
    """The report's baseline comparison, if it was compared with one."""
    section = report.extras.get("baseline")
    return section if isinstance(section, dict) else None


def document_statuses(report: Report) -> dict[str, str]:
    """``{id: "new" | "changed"}`` for the documents the baseline did not have unchanged."""
    section = baseline_section(report)
    if section is None:
        return {}
    statuses = {doc_id: NEW for doc_id in section.get("new_ids", [])}
    statuses.update({doc_id: CHANGED for doc_id in section.get("changed_ids", [])})
    return statuses


def summary_lines(report: Report) -> list[str]:
    """A few plain lines about the baseline comparison, for the terminal and other summaries."""
    section = baseline_section(report)
    if section is None:
        return []
    docs, found = section["documents"], section["findings"]
    gate = "new or changed documents" if section["fail_on"] == "new" else "all documents"
    lines = [
        f"baseline: {docs['new']} new, {docs['changed']} changed, {docs['unchanged']} unchanged, "
        f"{docs['removed']} removed document(s); {found['new']} new and {found['fixed']} fixed "
        f"finding(s); gate on {gate}",
    ]
    drift = section.get("drift", {})
    for item in drift.get("signals", []):
        if item.get("exceeded"):
            lines.append(
                f"drift: {item['signal']} moved beyond its threshold (KS {_fmt(item['ks'])}, "
                f"normalised Wasserstein {_fmt(item['wasserstein_normalised'])})"
            )
    return lines


def _fmt(value: Any) -> str:
    return "n/a" if value is None else f"{float(value):.3f}"


__all__ = [
    "FAIL_ON",
    "Comparison",
    "Drift",
    "apply_baseline",
    "baseline_section",
    "compare",
    "document_statuses",
    "ks_p_value",
    "ks_statistic",
    "load_baseline",
    "signal_drift",
    "summary_lines",
    "wasserstein",
]
