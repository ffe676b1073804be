"""GitHub Actions: annotations on the failing records, and a Markdown job summary.

``corpusgate validate --github`` (on by itself when ``GITHUB_ACTIONS=true``) prints workflow
commands such as::

    ::error file=corpus/news.jsonl,line=12,title=ad-markers (artifact.ad-marker)::[ad_1] ...

GitHub shows at most 10 error and 10 warning annotations per step and drops the rest, so at most
:data:`MAX_PER_LEVEL` of each are printed, shared out round-robin over the unmet expectations
(each gets one before any gets a second), followed by one plain line saying how many were left
out. Every value is escaped by the workflow-command rules: ``%``, CR and LF in the message;
additionally ``:`` and ``,`` in the properties (file, title).

The Markdown summary (``--markdown FILE``, and appended to ``$GITHUB_STEP_SUMMARY``) is kept
under GitHub's 1 MiB limit: the failing-document table is cut short, with a note, before the
limit. Corpus text in it is HTML-escaped and stripped of Markdown syntax, so a document cannot
inject links, images or formatting into the summary.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Iterator
from itertools import zip_longest
from pathlib import Path
from typing import IO, Any

from corpusgate.engine.results import DocResult
from corpusgate.expectations import ExpectationResult
from corpusgate.report.atomic import write_text_atomic
from corpusgate.report.baseline import baseline_section, document_statuses
from corpusgate.report.model import Report

MAX_PER_LEVEL = 10
SUMMARY_LIMIT = 1024 * 1024
# Room kept free below the limit for the closing note and for other steps' text.
SUMMARY_MARGIN = 8 * 1024
MAX_SUMMARY_DOCUMENTS = 200
MAX_REVIEW_ROWS = 20  # undecided items in the job summary (all are in the JSON and HTML)
MAX_FINDINGS_PER_DOCUMENT = 3
MAX_TEXT = 120

_SOURCE_LINE = re.compile(r"(?s)(.+):([0-9]+)")


# --- workflow commands ---


def escape_data(value: str) -> str:
    """Escape the message part of a workflow command."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a property value (file, title) of a workflow command."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **properties: str | int | None) -> str:
    """One workflow command line, e.g. ``::error file=a.jsonl,line=3::message``."""
    props = ",".join(
        f"{key}={escape_property(str(value))}"
        for key, value in properties.items()
        if value is not None
    )
    return f"::{level}{' ' + props if props else ''}::{escape_data(message)}"


def split_source(source: str) -> tuple[str | None, int | None]:
    """``("data/a.jsonl", 12)`` from ``data/a.jsonl:12``; no file for stdin or a bare label."""
    if not source or source == "-" or source.startswith("<"):
        return None, None
    match = _SOURCE_LINE.fullmatch(source)
    if match and match.group(1) not in ("-", "<stdin>"):
        return match.group(1), int(match.group(2))
    if match:
        return None, None
    return source, None


def annotation_path(path: str, workspace: str | None = None) -> str:
    """The path as GitHub wants it: relative to the checkout, with forward slashes."""
    base = workspace or os.environ.get("GITHUB_WORKSPACE") or os.getcwd()
    candidate = Path(path)
    if candidate.is_absolute():
        with contextlib.suppress(ValueError):
            candidate = candidate.resolve().relative_to(Path(base).resolve())
    return candidate.as_posix()


def _unmet(report: Report) -> list[tuple[str, ExpectationResult]]:
    """(level, outcome) of every unmet expectation, errors first."""
    levels = [("error" if o.severity == "error" else "warning", o) for o in report.expectations]
    return sorted(
        ((level, o) for level, o in levels if not o.success), key=lambda item: item[0] != "error"
    )


def annotation_lines(report: Report, workspace: str | None = None) -> list[str]:
    """The annotation lines for a report, capped per level, plus a note on what was left out."""
    lines: list[str] = []
    budget = {"error": MAX_PER_LEVEL, "warning": MAX_PER_LEVEL}
    section = baseline_section(report)
    drift = (section or {}).get("drift", {})
    for item in drift.get("signals", []):
        if item.get("exceeded"):
            level = "error" if drift.get("severity") == "error" else "warning"
            if budget[level] > 0:
                budget[level] -= 1
                lines.append(command(level, _drift_message(item), title="corpusgate: drift"))
    unmet = _unmet(report)
    if not unmet:
        return lines
    candidates = _candidates(report, unmet, budget)
    annotated = 0
    for level in ("error", "warning"):
        queues = [candidates[(level, o.id)] for lvl, o in unmet if lvl == level]
        chosen = [item for row in zip_longest(*queues) for item in row if item is not None]
        for outcome, result, findings in chosen[: budget[level]]:
            lines.append(_annotation(level, outcome, result, findings, workspace))
            annotated += 1
    left_out = sum(o.failing_documents for _, o in unmet) - annotated
    if left_out > 0:
        lines.append(
            f"corpusgate: {left_out} more failing document(s) not annotated "
            f"(GitHub shows {MAX_PER_LEVEL} errors and {MAX_PER_LEVEL} warnings per step); "
            "see the job summary or the HTML/JSON report"
        )
    return lines


def _candidates(
    report: Report, unmet: list[tuple[str, ExpectationResult]], budget: dict[str, int]
) -> dict[tuple[str, str], list[tuple[ExpectationResult, DocResult, list[Any]]]]:
    """Up to ``budget[level]`` failing documents per unmet expectation, in corpus order."""
    wanted = {o.id: (level, o, set(o.failing_ids)) for level, o in unmet}
    found: dict[tuple[str, str], list[tuple[ExpectationResult, DocResult, list[Any]]]] = {
        (level, o.id): [] for level, o in unmet
    }
    open_slots = sum(budget[level] for level, _, _ in wanted.values())
    for result in report.documents():
        if open_slots <= 0:
            break
        for eid, findings in result.findings.items():
            if eid not in wanted or not findings:
                continue
            level, outcome, ids = wanted[eid]
            queue = found[(level, eid)]
            if result.id in ids and len(queue) < budget[level]:
                queue.append((outcome, result, list(findings)))
                open_slots -= 1
    return found


def _annotation(
    level: str,
    outcome: ExpectationResult,
    result: DocResult,
    findings: list[Any],
    workspace: str | None,
) -> str:
    path, line = split_source(result.source)
    first = min(findings, key=lambda f: (f.start, f.end))
    spans = not first.is_document_level
    if path is not None and line is None and result.text is not None and spans:
        # A whole file is one document (a text directory): point at the finding's own line.
        line = result.text.count("\n", 0, first.start) + 1
    message = f"{first.message}"
    if first.text:
        message = f"{_clip(first.text, MAX_TEXT)!r}: {message}"
    if first.suggestion:
        message += f" (suggestion: {first.suggestion})"
    if len(findings) > 1:
        message += f" (+{len(findings) - 1} more in this document)"
    message += f"\ndocument {result.id} at {result.source}"
    name = outcome.id if outcome.id == outcome.check else f"{outcome.id} ({outcome.check})"
    title = f"{name}: {outcome.failing_documents} failing, {outcome.allowed_failures} allowed"
    return command(
        level,
        message,
        file=annotation_path(path, workspace) if path is not None else None,
        line=line,
        title=title,
    )


def _drift_message(item: dict[str, Any]) -> str:
    parts = [f"KS {_num(item.get('ks'))}"]
    if item.get("max_ks") is not None:
        parts[-1] += f" (max {_num(item['max_ks'])})"
    parts.append(f"normalised Wasserstein {_num(item.get('wasserstein_normalised'))}")
    if item.get("max_wasserstein") is not None:
        parts[-1] += f" (max {_num(item['max_wasserstein'])})"
    return f"the distribution of {item['signal']} drifted from the baseline: {', '.join(parts)}"


def _num(value: Any) -> str:
    return "n/a" if value is None else f"{float(value):.3f}"


def _p(value: Any) -> str:
    return "n/a" if value is None else f"{float(value):.3g}"


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- the Markdown summary ---

_MD_ESCAPES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
    "|": "&#124;",
    "\\": "&#92;",
    "`": "&#96;",
    "*": "&#42;",
    "_": "&#95;",
    "[": "&#91;",
    "]": "&#93;",
    "~": "&#126;",
    "#": "&#35;",
    "@": "&#64;",
    "!": "&#33;",
}
_MD_PATTERN = re.compile("[" + re.escape("".join(_MD_ESCAPES)) + "]")
_WHITESPACE = re.compile(r"\s+")


def md(value: Any, limit: int | None = None) -> str:
    """Untrusted text as inert Markdown: one line, no HTML, no Markdown syntax, no autolinks."""
    text = _WHITESPACE.sub(" ", str(value)).strip()
    if limit is not None:
        text = _clip(text, limit)
    text = _MD_PATTERN.sub(lambda m: _MD_ESCAPES[m.group(0)], text)
    # Break URL autolinks (scheme:// and www.) so corpus text cannot become a link.
    return text.replace("://", "&#58;//").replace("www.", "www&#46;")


def markdown_summary(report: Report, limit: int = SUMMARY_LIMIT - SUMMARY_MARGIN) -> str:
    """The job summary as Markdown, at most ``limit`` bytes of UTF-8."""
    head = list(_summary_head(report))
    text = "\n".join(head) + "\n"
    if len(text.encode("utf-8")) > limit:
        verdict = head[0]
        return verdict + "\n\n_Summary too large for the space left; see the report files._\n"
    used = len(text.encode("utf-8"))
    rows: list[str] = []
    for count, row in enumerate(_document_rows(report)):
        size = len(row.encode("utf-8")) + 1
        if count >= MAX_SUMMARY_DOCUMENTS or used + size > limit - 512:
            break
        rows.append(row)
        used += size
    if not rows:
        return text
    flagged = int(report.summary.get("documents_with_findings", 0))
    note = ""
    if len(rows) < flagged:
        note = (
            f"\n_Showing the first {len(rows)} of {flagged} documents with findings; "
            "the JSON and HTML reports list them all._\n"
        )
    table = [
        "\n### Documents with findings (failing the gate first)\n",
        "| Document | Source | Findings |",
        "|---|---|---|",
        *rows,
    ]
    return text + "\n".join(table) + "\n" + note


def _summary_head(report: Report) -> Iterator[str]:
    summary = report.summary
    verdict = "✅ PASSED" if report.success else "❌ FAILED"
    yield f"## corpusgate: {verdict} · suite {md(report.suite.get('name', ''))}"
    yield ""
    yield (
        f"{summary.get('documents', 0):,} documents · "
        f"{summary.get('documents_with_findings', 0):,} with findings · "
        f"{summary.get('errors_failed', 0)} error and {summary.get('warnings_failed', 0)} "
        "warning expectation(s) not met · "
        f"corpusgate {report.run.get('corpusgate_version', '')} · "
        f"{report.run.get('started_at', '')}"
    )
    yield ""
    section = baseline_section(report)
    scoped = section is not None and section.get("fail_on") == "new"
    if scoped:
        yield "_Budgets apply to the new and changed documents only (`--fail-on new`)._"
        yield ""
    yield "| | Expectation | Severity | Failing | Allowed | Budget |"
    yield "|---|---|---|--:|--:|---|"
    for outcome in report.expectations:
        status = "✅" if outcome.success else ("❌" if outcome.severity == "error" else "⚠️")
        name = md(outcome.id)
        if outcome.check != outcome.id:
            name += f" ({md(outcome.check)})"
        yield (
            f"| {status} | {name} | {outcome.severity} | "
            f"{outcome.failing_documents:,} / {outcome.documents:,} | "
            f"{outcome.allowed_failures:,} | {md(outcome.budget_text())} |"
        )
    if section is not None:
        yield from _baseline_markdown(section)
    yield from _review_markdown(report)


def _review_markdown(report: Report) -> Iterator[str]:
    review = report.review()
    if not review:
        return
    yield ""
    yield f"### To review ({len(review)}): found by corpus checks, not decided, not gating"
    yield ""
    yield "| Expectation | Documents | Why |"
    yield "|---|---|---|"
    for item in review[:MAX_REVIEW_ROWS]:
        documents = " ~ ".join(md(d, 120) for d in item.documents)
        yield f"| {md(item.expectation)} | {documents} | {md(item.note, 300)} |"
    if len(review) > MAX_REVIEW_ROWS:
        yield ""
        yield f"_and {len(review) - MAX_REVIEW_ROWS} more in the JSON and HTML reports._"


def _baseline_markdown(section: dict[str, Any]) -> Iterator[str]:
    docs, found = section["documents"], section["findings"]
    source = section.get("source") or {}
    label = source.get("report") or ", ".join(source.get("corpus") or []) or "baseline"
    yield ""
    yield f"### Compared with the baseline ({md(label, 200)})"
    yield ""
    yield "| New | Changed | Unchanged | Removed | New findings | Fixed findings |"
    yield "|--:|--:|--:|--:|--:|--:|"
    yield (
        f"| {docs['new']:,} | {docs['changed']:,} | {docs['unchanged']:,} | {docs['removed']:,} "
        f"| {found['new']:,} | {found['fixed']:,} |"
    )
    appeared = int(found.get("appeared_in_unchanged_documents") or 0)
    disappeared = int(found.get("disappeared_from_unchanged_documents") or 0)
    if appeared or disappeared:
        yield ""
        yield (
            f"_In unchanged documents {appeared:,} finding(s) appeared and {disappeared:,} "
            "disappeared (corpus-relative checks or a changed suite); they do not fail the gate._"
        )
    drift = section.get("drift") or {}
    signals = drift.get("signals") or []
    judged = [item for item in signals if item.get("gated") or item.get("exceeded")]
    shown = judged or sorted(signals, key=lambda item: -(item.get("ks") or 0.0))[:5]
    if shown:
        yield ""
        scope = md(drift.get("scope", "corpus"))
        label = "" if judged else ", largest KS; no thresholds in the suite"
        yield f"**Drift** (scope: {scope}{label})"
        yield ""
        yield "| | Signal | KS | p | Wasserstein (normalised) | Thresholds |"
        yield "|---|---|--:|--:|--:|---|"
        for item in shown:
            status = "❌" if item.get("exceeded") else ("✅" if item.get("gated") else "·")
            limits = ", ".join(
                f"{name} {_num(item[key])}"
                for name, key in (("KS ≤", "max_ks"), ("W ≤", "max_wasserstein"))
                if item.get(key) is not None
            ) or md(item.get("note") or "reported only", 80)
            yield (
                f"| {status} | {md(item['signal'])} | {_num(item.get('ks'))} | "
                f"{_p(item.get('ks_p_value'))} | {_num(item.get('wasserstein_normalised'))} | "
                f"{limits} |"
            )
        if len(signals) > len(shown):
            yield ""
            yield f"_{len(signals) - len(shown)} more signal(s) in the HTML and JSON reports._"


def _document_rows(report: Report) -> Iterator[str]:
    """Rows for the documents failing the gate first, then the others, in corpus order."""
    unmet = {o.id for o in report.expectations if not o.success}
    blocking = {doc_id for o in report.expectations if o.blocking for doc_id in o.failing_ids}
    statuses = document_statuses(report)
    first: list[str] = []
    rest: list[str] = []
    for result in report.documents():
        failing = result.id in blocking
        if not failing and len(rest) >= MAX_SUMMARY_DOCUMENTS:
            continue
        (first if failing else rest).append(_document_row(result, unmet, statuses))
        if len(first) >= MAX_SUMMARY_DOCUMENTS:
            break
    yield from first
    yield from rest


def _document_row(result: DocResult, unmet: set[str], statuses: dict[str, str]) -> str:
    findings = sorted(result.all_findings(), key=lambda item: (item[0] not in unmet, item[1].start))
    shown = []
    for eid, finding in findings[:MAX_FINDINGS_PER_DOCUMENT]:
        piece = f"**{md(eid)}**: {md(finding.message, 160)}"
        if finding.text:
            piece += f" <code>{md(finding.text, 60)}</code>"
        if finding.suggestion:
            piece += f" → {md(finding.suggestion, 60)}"
        shown.append(piece)
    if len(findings) > MAX_FINDINGS_PER_DOCUMENT:
        shown.append(f"… {len(findings) - MAX_FINDINGS_PER_DOCUMENT} more")
    badge = f" ({statuses[result.id]})" if result.id in statuses else ""
    return f"| {md(result.id, 80)}{badge} | {md(result.source, 120)} | {'<br>'.join(shown)} |"


def write_markdown(report: Report, path: str | Path) -> None:
    write_text_atomic(path, markdown_summary(report))


def append_step_summary(report: Report, path: str | Path) -> None:
    """Append the summary to ``$GITHUB_STEP_SUMMARY``, within what is left of its 1 MiB."""
    target = Path(path)
    try:
        used = target.stat().st_size
    except FileNotFoundError:
        used = 0
    room = SUMMARY_LIMIT - SUMMARY_MARGIN - used
    if room < 1024:
        return
    with open(target, "a", encoding="utf-8") as stream:
        stream.write(markdown_summary(report, limit=room))


def emit_github(report: Report, stream: IO[str] | None = None) -> None:
    """Print the annotations and append the job summary (when ``GITHUB_STEP_SUMMARY`` is set)."""
    out = stream or sys.stdout
    for line in annotation_lines(report):
        out.write(line + "\n")
    out.flush()
    summary_path = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_path:
        append_step_summary(report, summary_path)
