"""The terminal summary: one row per expectation, then the worst examples with their location."""

from __future__ import annotations

import heapq
import os
from typing import IO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from corpusgate.engine.results import DocResult
from corpusgate.report.model import Report

CONTEXT_CHARS = 50
FINDINGS_PER_EXAMPLE = 4
REVIEW_SHOWN = 10  # undecided items listed on the console (all are in JSON and HTML)


def render_terminal(report: Report, stream: IO[str] | None = None, examples: int = 5) -> None:
    # soft_wrap: source paths and snippets stay on one line, so they can be grepped and clicked.
    console = Console(file=stream, highlight=False, soft_wrap=True)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        # Logs and CI consoles are wider than rich's 80-column default for non-terminals.
        console.width = 120
    summary = report.summary
    table = Table(
        title=Text(f"corpusgate · suite {report.suite.get('name')}"), title_justify="left"
    )
    table.add_column("", no_wrap=True)
    table.add_column("expectation", no_wrap=True)
    table.add_column("severity")
    table.add_column("failing docs", justify="right")
    table.add_column("budget")
    for outcome in report.expectations:
        if outcome.success:
            status = Text("pass", style="green")
        elif outcome.severity == "error":
            status = Text("FAIL", style="bold red")
        else:
            status = Text("warn", style="yellow")
        table.add_row(
            status,
            Text(outcome.id),
            outcome.severity,
            f"{outcome.failing_documents}/{outcome.documents}",
            outcome.budget_text(),
        )
    console.print(table)
    worst = _worst(report, examples)
    if worst:
        console.print(Text("Worst examples", style="bold"))
    blocking = {o.id for o in report.blocking}
    for result in worst:
        header = Text()
        header.append(result.source, style="bold cyan")
        header.append(f"  id={result.id}")
        if result.title:
            header.append(f"  {result.title[:80]}", style="dim")
        console.print(header)
        shown = sorted(
            result.all_findings(), key=lambda item: (item[0] not in blocking, item[1].start)
        )
        for expectation_id, finding in shown[:FINDINGS_PER_EXAMPLE]:
            line = Text("  ")
            line.append(f"{finding.check}", style="red" if expectation_id in blocking else "yellow")
            line.append(f": {finding.message}")
            if finding.suggestion:
                line.append(f"  → {finding.suggestion}", style="green")
            console.print(line)
            snippet = _snippet(result, finding.start, finding.end, mark=not console.is_terminal)
            if snippet is not None:
                console.print(snippet)
        hidden = len(shown) - FINDINGS_PER_EXAMPLE
        if hidden > 0:
            console.print(Text(f"  … and {hidden} more finding(s) in this document", style="dim"))
    review = report.review()
    if review:
        console.print(Text(f"To review ({len(review)})", style="bold"))
        note = None
        for item in review[:REVIEW_SHOWN]:
            if (item.expectation, item.note) != note:
                note = (item.expectation, item.note)
                heading = Text("  ")
                heading.append(item.expectation, style="yellow")
                heading.append(f": {item.note}" if item.note else "", style="dim")
                console.print(heading)
            console.print(Text("    " + "  ~  ".join(item.documents)))
        if len(review) > REVIEW_SHOWN:
            more = len(review) - REVIEW_SHOWN
            console.print(Text(f"  … and {more} more in the JSON and HTML reports", style="dim"))
    from corpusgate.report.baseline import summary_lines

    for baseline_line in summary_lines(report):
        console.print(Text(baseline_line, style="cyan"))
    verdict = Text()
    if report.success:
        verdict.append("PASSED", style="bold green")
    else:
        verdict.append("FAILED", style="bold red")
    verdict.append(
        f"  {summary.get('documents', 0)} documents, "
        f"{summary.get('documents_with_findings', 0)} with findings, "
        f"{summary.get('errors_failed', 0)} error and {summary.get('warnings_failed', 0)} warning "
        "expectation(s) not met"
        + (f", {summary['drift_failed']} signal(s) drifted" if summary.get("drift_failed") else "")
    )
    console.print(verdict)


def _worst(report: Report, limit: int) -> list[DocResult]:
    """The documents with the most findings in blocking expectations, then in any."""
    blocking = {o.id for o in report.blocking}
    heap: list[tuple[int, int, int, DocResult]] = []
    for order, result in enumerate(report.documents()):
        blocking_count = sum(len(f) for eid, f in result.findings.items() if eid in blocking)
        total = sum(len(f) for f in result.findings.values())
        key = (blocking_count, total, -order, result)
        if len(heap) < limit:
            heapq.heappush(heap, key)
        elif key[:3] > heap[0][:3]:
            heapq.heapreplace(heap, key)
    return [item[3] for item in sorted(heap, key=lambda item: item[:3], reverse=True)]


def _snippet(result: DocResult, start: int, end: int, mark: bool = False) -> Text | None:
    text = result.text
    if text is None or start == end or end > len(text):
        return None
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(text), end + CONTEXT_CHARS)
    snippet = Text("    ")
    snippet.append(("…" if left else "") + _flat(text[left:start]), style="dim")
    # Without colour (a log file, CI), brackets show where the flagged text starts and ends.
    flagged = _flat(text[start:end])
    snippet.append(f"»{flagged}«" if mark else flagged, style="bold reverse red")
    snippet.append(_flat(text[end:right]) + ("…" if right < len(text) else ""), style="dim")
    return snippet


def _flat(text: str) -> str:
    # Show line breaks and control characters visibly so the snippet stays on one line.
    return "".join(
        "⏎" if ch == "\n" else (f"\\x{ord(ch):02x}" if ord(ch) < 32 and ch != "\t" else ch)
        for ch in text
    )
