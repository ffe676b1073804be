"""The HTML report: one self-contained file that works offline (``--html report.html``).

- Everything is inline: the stylesheet, one small script and the charts (SVG drawn in Python).
  Nothing is fetched, ever: the page carries a Content-Security-Policy that allows no source at
  all (``default-src 'none'``) except its own stylesheet and script, each pinned by its SHA-256
  hash. A hash rather than ``'unsafe-inline'`` or a nonce: even if some corpus text escaped the
  escaping, an injected ``<script>`` or ``onerror=`` handler would not match the hash and could
  not run, and an injected ``<img src=http://...>`` could not load.
- All corpus text (ids, titles, sources, urls, text, messages) is untrusted and escaped by
  Jinja2's autoescape or :func:`markupsafe.escape`. URLs are shown as text, never as links.
- Readable without JavaScript (tables, ``<details>`` to expand a document); the script adds
  filtering, sorting and shareable filter links (``report.html#filter?q=ad&status=error``).
- Scale: at most :data:`MAX_DOCUMENTS` flagged documents are listed (those failing the gate
  first, then corpus order), long texts are shown as excerpts around their findings, and the
  total text is capped, each with a note saying so. The JSON report keeps everything.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, StrictUndefined
from markupsafe import Markup

from corpusgate.engine.results import DocResult
from corpusgate.report.atomic import atomic_writer
from corpusgate.report.baseline import baseline_section, document_statuses
from corpusgate.report.html.charts import Marker, bars, fmt, histogram, meter
from corpusgate.report.html.highlight import Span, highlight, highlight_excerpts
from corpusgate.report.model import Report

MAX_DOCUMENTS = 2000
# Documents longer than this are shown as excerpts around their findings.
FULL_TEXT_CHARS = 20_000
# Total characters of document text in one report; past it, documents are listed without text.
TEXT_BUDGET = 15_000_000
MAX_FINDINGS_SHOWN = 300
MAX_SOURCES_PER_EXPECTATION = 10
MAX_BASELINE_FINDINGS = 100
MAX_INPUTS_SHOWN = 20
SIGNAL_CHARTS_OPEN = 12

_PACKAGE = "corpusgate.report.html"


def _asset(name: str) -> str:
    return (resources.files(_PACKAGE) / name).read_text("utf-8")


def _csp_hash(content: str) -> str:
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(style: str, script: str) -> str:
    return (
        "default-src 'none'; "
        f"style-src {_csp_hash(style)}; "
        f"script-src {_csp_hash(script)}; "
        "img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; "
        "object-src 'none'; frame-src 'none'; worker-src 'none'; manifest-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )


def _environment() -> Environment:
    env = Environment(
        autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True
    )
    env.filters["fmt"] = fmt
    env.filters["thousands"] = lambda n: f"{int(n):,}" if n is not None else "–"
    return env


# --- documents ---


@dataclass
class _Selection:
    positions: set[int]
    total: int
    anchors: dict[str, str] = field(default_factory=dict)


def _gate_sets(report: Report) -> tuple[set[str], set[str]]:
    blocking: set[str] = set()
    warned: set[str] = set()
    for outcome in report.expectations:
        if outcome.success:
            continue
        (blocking if outcome.severity == "error" else warned).update(outcome.failing_ids)
    return blocking, warned


def _select(report: Report, statuses: dict[str, str]) -> _Selection:
    """Which flagged documents to list: those failing the gate first, then corpus order."""
    blocking, warned = _gate_sets(report)
    heap: list[tuple[int, int, str]] = []  # max-heap on (priority, position) via negation
    total = 0
    for position, result in enumerate(report.documents()):
        total += 1
        if result.id in blocking:
            priority = 0
        elif result.id in warned:
            priority = 1
        elif result.id in statuses:
            priority = 2
        else:
            priority = 3
        item = (-priority, -position, result.id)
        if len(heap) < MAX_DOCUMENTS:
            heapq.heappush(heap, item)
        elif item > heap[0]:
            heapq.heapreplace(heap, item)
    selection = _Selection(positions={-pos for _, pos, _ in heap}, total=total)
    for _, pos, doc_id in sorted(heap, key=lambda item: -item[1]):
        selection.anchors.setdefault(doc_id, f"doc-{-pos}")
    return selection


def _severities(report: Report) -> dict[str, str]:
    """Per expectation id: how its findings are coloured (error/warning if unmet, else info)."""
    colours = {}
    for outcome in report.expectations:
        colours[outcome.id] = "info" if outcome.success else outcome.severity
    return colours


def _document_views(
    report: Report, selection: _Selection, statuses: dict[str, str]
) -> Iterator[dict[str, Any]]:
    colours = _severities(report)
    blocking, warned = _gate_sets(report)
    budget = TEXT_BUDGET
    for position, result in enumerate(report.documents()):
        if position not in selection.positions:
            continue
        view = _document_view(result, position, colours, statuses, blocking, warned, budget)
        budget -= view["text_chars"]
        yield view


def _document_view(
    result: DocResult,
    position: int,
    colours: dict[str, str],
    statuses: dict[str, str],
    blocking: set[str],
    warned: set[str],
    budget: int,
) -> dict[str, Any]:
    anchor = f"doc-{position}"
    ordered = sorted(result.all_findings(), key=lambda item: (item[1].start, item[1].end))
    findings = []
    spans = []
    for number, (eid, finding) in enumerate(ordered[:MAX_FINDINGS_SHOWN], start=1):
        severity = colours.get(eid, "info")
        title = f"{finding.check}: {finding.message}"
        if finding.suggestion:
            title += f" → {finding.suggestion}"
        findings.append(
            {
                "number": number,
                "anchor": f"{anchor}-f{number}",
                "expectation": eid,
                "check": finding.check,
                "severity": severity,
                "text": finding.text if len(finding.text) <= 300 else finding.text[:299] + "…",
                "message": finding.message,
                "suggestion": finding.suggestion,
                "confidence": finding.confidence,
                "whole": finding.is_document_level,
                "offsets": f"{finding.start}–{finding.end}",
            }
        )
        if not finding.is_document_level:
            spans.append(
                Span(finding.start, finding.end, number, severity, title, f"{anchor}-f{number}")
            )
    per_expectation: dict[str, int] = {}
    for eid, _ in ordered:
        per_expectation[eid] = per_expectation.get(eid, 0) + 1
    text = result.text
    text_html: Markup | None = None
    note = None
    shown_chars = 0
    if text is None:
        note = "The text of this document is not in the report."
    elif budget <= 0:
        note = "Text left out: this report holds as much text as it can; see the JSON report."
    elif len(text) > FULL_TEXT_CHARS:
        text_html = highlight_excerpts(text, spans)
        shown_chars = min(len(text), sum(s.end - s.start + 600 for s in spans) or 600)
        note = (
            f"A long document ({len(text):,} characters): excerpts around its findings are shown."
        )
    else:
        text_html = highlight(text, spans)
        shown_chars = len(text)
    if result.text_truncated:
        extra = "The text was cut at the engine's limit; findings past it are not highlighted."
        note = f"{note} {extra}" if note else extra
    gate = "error" if result.id in blocking else ("warning" if result.id in warned else "")
    search = " ".join([result.id, result.source, result.title or "", *per_expectation]).lower()
    return {
        "anchor": anchor,
        "position": position,
        "id": result.id,
        "title": result.title,
        "url": result.url,
        "source": result.source,
        "status": statuses.get(result.id, ""),
        "gate": gate,
        "expectations": sorted(per_expectation.items()),
        "expectation_keys": " ".join(sorted(per_expectation)),
        "finding_count": len(ordered),
        "findings": findings,
        "hidden_findings": max(0, len(ordered) - MAX_FINDINGS_SHOWN),
        "text_html": text_html,
        "text_chars": shown_chars,
        "note": note,
        "search": search[:2000],
    }


# --- charts ---


_LOW_KEYS = ("min", "low", "lower", "minimum")
_HIGH_KEYS = ("max", "high", "upper", "maximum")
Bounds = dict[str, tuple[float | None, float | None]]


def _numbers(value: Any) -> tuple[float | None, float | None] | None:
    """(low, high) from the shapes a bound may take: [lo, hi], {min, max}, {low, high}..."""
    number = _finite
    if isinstance(value, (list, tuple)) and len(value) == 2:
        low, high = number(value[0]), number(value[1])
        if (low is not None or value[0] is None) and (high is not None or value[1] is None):
            return (low, high) if low is not None or high is not None else None
    if isinstance(value, dict):
        low = next((number(value[k]) for k in _LOW_KEYS if k in value), None)
        high = next((number(value[k]) for k in _HIGH_KEYS if k in value), None)
        if low is not None or high is not None:
            return low, high
    return None


def bounds_from_parameters(params: Any, depth: int = 0) -> Bounds:
    """Per signal: the (low, high) bounds a range check's parameters set, whatever their layout."""
    found: Bounds = {}
    if not isinstance(params, dict) or depth > 3:
        return found
    for key, value in params.items():
        pair = _numbers(value)
        if pair is not None:
            found[str(key)] = pair
            continue
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            for prefix, side in (("min_", 0), ("max_", 1)):
                if str(key).startswith(prefix):
                    name = str(key)[len(prefix) :]
                    low, high = found.get(name, (None, None))
                    found[name] = (float(value), high) if side == 0 else (low, float(value))
            continue
        if isinstance(value, dict):
            for name, pair in bounds_from_parameters(value, depth + 1).items():
                found.setdefault(name, pair)
    return found


_FENCE_KEYS = (
    ("lower_fence", "upper_fence"),
    ("fence_low", "fence_high"),
    ("low_fence", "high_fence"),
    ("lower", "upper"),
)


def fences_from_statistics(stats: Any, depth: int = 0) -> dict[str, dict[str, Any]]:
    """Per feature: fences, median and histogram from an outlier check's corpus statistics."""
    found: dict[str, dict[str, Any]] = {}
    if not isinstance(stats, dict) or depth > 4:
        return found
    for key, value in stats.items():
        if not isinstance(value, dict):
            continue
        fences = None
        for low_key, high_key in _FENCE_KEYS:
            if low_key in value or high_key in value:
                fences = (value.get(low_key), value.get(high_key))
                break
        if fences is None and isinstance(value.get("fences"), (list, tuple, dict)):
            fences = _numbers(value["fences"])
        if fences is not None:
            found[str(key)] = {
                "fences": fences,
                "median": value.get("median"),
                "histogram": value.get("histogram"),
                "count": value.get("count") or value.get("n"),
            }
            continue
        for name, item in fences_from_statistics(value, depth + 1).items():
            found.setdefault(name, item)
    return found


def _finite(value: Any) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return None


def _chart_markers(
    name: str,
    bounds: dict[str, tuple[float | None, float | None]],
    fences: dict[str, dict[str, Any]],
    median: Any,
    thresholds: dict[str, float],
) -> list[Marker]:
    markers: list[Marker] = []
    low, high = bounds.get(name, (None, None))
    for value, label in ((low, "min"), (high, "max")):
        if _finite(value) is not None:
            markers.append(Marker(float(value), label, "bound"))  # type: ignore[arg-type]
    fence = fences.get(name)
    if fence:
        for value, label in zip(fence["fences"] or (), ("fence", "fence"), strict=False):
            if _finite(value) is not None:
                markers.append(Marker(float(value), label, "fence"))
    if name in thresholds:
        markers.append(Marker(thresholds[name], "threshold", "threshold"))
    if _finite(median) is not None:
        markers.append(Marker(float(median), "median", "median"))
    return markers


def _charts(report: Report) -> dict[str, Any]:
    parameters: dict[str, Any] = report.suite.get("parameters") or {}
    bounds: dict[str, tuple[float | None, float | None]] = {}
    thresholds: dict[str, float] = {}
    fences: dict[str, dict[str, Any]] = {}
    for eid, entry in parameters.items():
        check = str(entry.get("check", ""))
        params = entry.get("params") or {}
        if check == "readability.range" or check.endswith(".range"):
            for name, pair in bounds_from_parameters(params).items():
                bounds.setdefault(name, pair)
        if check == "spin.score":
            for key, value in params.items():
                if "threshold" in key and _finite(value) is not None:
                    thresholds.setdefault("spin_score", float(value))
        if check == "readability.outlier":
            fences.update(fences_from_statistics(report.corpus_statistics.get(eid)))
    distributions = report.signal_distributions
    charts = []
    for name, distribution in distributions.items():
        histogram_data = distribution.get("histogram") or {}
        quantiles = distribution.get("quantiles") or {}
        markers = _chart_markers(name, bounds, fences, quantiles.get("p50"), thresholds)
        charts.append(
            {
                "name": name,
                "svg": histogram(
                    histogram_data.get("edges") or [],
                    histogram_data.get("counts") or [],
                    markers,
                    label=f"distribution of {name}",
                ),
                "count": distribution.get("count", 0),
                "finite": distribution.get("finite", 0),
                "sampled": distribution.get("sampled", 0),
                "median": quantiles.get("p50"),
                "p5": quantiles.get("p05"),
                "p95": quantiles.get("p95"),
                "marked": any(m.kind in ("bound", "fence", "threshold") for m in markers),
                "bounds": bounds.get(name),
                "fences": (fences.get(name) or {}).get("fences"),
            }
        )
    # Outlier features that are not signals themselves get their own chart from the statistics.
    for name, item in fences.items():
        if name in distributions:
            continue
        data = item.get("histogram") or {}
        if not data.get("edges"):
            continue
        markers = _chart_markers(name, bounds, fences, item.get("median"), thresholds)
        charts.append(
            {
                "name": name,
                "svg": histogram(
                    data["edges"],
                    data.get("counts") or [],
                    markers,
                    label=f"distribution of {name}",
                ),
                "count": item.get("count") or sum(data.get("counts") or []),
                "finite": item.get("count") or sum(data.get("counts") or []),
                "sampled": 0,
                "median": item.get("median"),
                "p5": None,
                "p95": None,
                "marked": True,
                "bounds": bounds.get(name),
                "fences": item.get("fences"),
            }
        )
    spin = next((c for c in charts if c["name"] == "spin_score"), None)
    others = [c for c in charts if c["name"] != "spin_score"]
    others.sort(key=lambda c: (not c["marked"], c["name"]))
    per_check = report.summary.get("per_check") or {}
    rows = sorted(
        (
            (name, int(v.get("documents", 0)), int(v.get("findings", 0)))
            for name, v in per_check.items()
        ),
        key=lambda row: (-row[1], row[0]),
    )
    return {
        "per_check": bars(rows, label="documents with findings, per check"),
        "per_check_rows": rows,
        "spin": spin,
        "signals_open": others[:SIGNAL_CHARTS_OPEN],
        "signals_more": others[SIGNAL_CHARTS_OPEN:],
    }


# --- expectations and baseline ---


def _expectation_rows(report: Report, anchors: dict[str, str]) -> list[dict[str, Any]]:
    rows = []
    parameters: dict[str, Any] = report.suite.get("parameters") or {}
    for outcome in report.expectations:
        if outcome.success:
            status, label = "pass", "pass"
        elif outcome.severity == "error":
            status, label = "fail", "FAIL"
        else:
            status, label = "warn", "warn"
        sources = [
            {"source": source, "id": doc_id, "anchor": anchors.get(doc_id)}
            for doc_id, source in zip(
                outcome.failing_ids[:MAX_SOURCES_PER_EXPECTATION],
                outcome.failing_sources[:MAX_SOURCES_PER_EXPECTATION],
                strict=False,
            )
        ]
        observed = outcome.observed or {}
        rows.append(
            {
                "status": status,
                "label": label,
                "id": outcome.id,
                "check": outcome.check,
                "severity": outcome.severity,
                "description": outcome.description,
                "line": outcome.line,
                "failing": outcome.failing_documents,
                "documents": outcome.documents,
                "allowed": outcome.allowed_failures,
                "findings": outcome.findings,
                "budget": outcome.budget_text(),
                "fraction": outcome.failing_fraction,
                "meter": meter(
                    outcome.failing_documents,
                    outcome.documents,
                    outcome.allowed_failures,
                    outcome.success,
                ),
                "sources": sources,
                "more_sources": max(0, outcome.failing_documents - len(sources)),
                "corpus_failing": observed.get("corpus_failing_documents"),
                "corpus_documents": observed.get("corpus_documents"),
                "params": (parameters.get(outcome.id) or {}).get("params") or {},
            }
        )
    return rows


def _baseline_view(report: Report) -> dict[str, Any] | None:
    section = baseline_section(report)
    if section is None:
        return None
    source = section.get("source") or {}
    label = source.get("report") or ", ".join(source.get("corpus") or []) or "an in-memory report"
    drift = section.get("drift") or {}
    signals = sorted(drift.get("signals") or [], key=lambda item: not item.get("exceeded"))
    return {
        "label": label,
        "fail_on": section.get("fail_on"),
        "documents": section.get("documents") or {},
        "findings": section.get("findings") or {},
        "run": section.get("run") or {},
        "per_expectation": section.get("per_expectation") or {},
        "new_findings": (section.get("new_findings") or [])[:MAX_BASELINE_FINDINGS],
        "fixed_findings": (section.get("fixed_findings") or [])[:MAX_BASELINE_FINDINGS],
        "drift_main": [item for item in signals if item.get("gated") or item.get("exceeded")],
        "drift_other": sorted(
            (item for item in signals if not (item.get("gated") or item.get("exceeded"))),
            key=lambda item: -(item.get("ks") or 0.0),
        ),
        "unchanged_note": _unchanged_note(section.get("findings") or {}),
        "drift_scope": drift.get("scope"),
        "drift_severity": drift.get("severity"),
        "drift_note": drift.get("note"),
        "drift_failed": drift.get("failed") or [],
    }


def _unchanged_note(findings: dict[str, Any]) -> str | None:
    appeared = int(findings.get("appeared_in_unchanged_documents") or 0)
    disappeared = int(findings.get("disappeared_from_unchanged_documents") or 0)
    if not appeared and not disappeared:
        return None
    return (
        f"In unchanged documents {appeared:,} finding(s) appeared and {disappeared:,} "
        "disappeared: the texts are the same, so these come from checks that judge a document "
        "against the whole corpus (repeated lines, outliers) or from a changed suite. They are "
        "neither new nor fixed."
    )


def _context(report: Report) -> dict[str, Any]:
    style, script = _asset("style.css"), _asset("script.js")
    statuses = document_statuses(report)
    selection = _select(report, statuses)
    summary = report.summary
    verdict = "PASSED" if report.success else "FAILED"
    inputs = report.inputs
    return {
        "csp": content_security_policy(style, script),
        "style": Markup(style),
        "script": Markup(script),
        "verdict": verdict,
        "success": report.success,
        "suite": report.suite,
        "run": report.run,
        "summary": summary,
        "inputs": inputs[:MAX_INPUTS_SHOWN],
        "more_inputs": max(0, len(inputs) - MAX_INPUTS_SHOWN),
        "expectations": _expectation_rows(report, selection.anchors),
        "unmet": sum(1 for o in report.expectations if not o.success),
        "charts": _charts(report),
        "baseline": _baseline_view(report),
        "review": report.review(),
        "documents": _document_views(report, selection, statuses),
        "documents_total": selection.total,
        "documents_listed": len(selection.positions),
        "max_documents": MAX_DOCUMENTS,
        "expectation_ids": [o.id for o in report.expectations],
        "schema_version": report.schema_version,
    }


def render_html(report: Report) -> Iterator[str]:
    """The report as HTML, in chunks (documents are rendered as they stream past)."""
    template = _environment().from_string(_asset("template.html.j2"))
    return template.generate(**_context(report))


def write_html(report: Report, path: str | Path) -> None:
    with atomic_writer(path) as stream:
        for chunk in render_html(report):
            stream.write(chunk)
