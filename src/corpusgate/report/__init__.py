"""Report writers. Each renders the report model to one format; none knows how a check works.

``WRITERS`` maps a format name to its writer; the CLI offers ``--<name> FILE`` for each.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from corpusgate.report.json import read_json, write_json
from corpusgate.report.model import Report

Writer = Callable[[Report, "str | Path"], None]


# The other writers import their modules on use, so that building the CLI stays cheap.
def write_html(report: Report, path: str | Path) -> None:
    from corpusgate.report.html import write_html as write

    write(report, path)


def write_junit(report: Report, path: str | Path) -> None:
    from corpusgate.report.junit import write_junit as write

    write(report, path)


def write_markdown(report: Report, path: str | Path) -> None:
    from corpusgate.report.github import write_markdown as write

    write(report, path)


WRITERS: dict[str, tuple[Writer, str]] = {
    "json": (write_json, "write the JSON report (schema: corpusgate/schema/report.schema.json)"),
    "html": (write_html, "write the HTML report: one self-contained file, works offline"),
    "junit": (write_junit, "write JUnit XML (one test case per expectation) for CI dashboards"),
    "markdown": (write_markdown, "write the Markdown summary (as for $GITHUB_STEP_SUMMARY)"),
}

__all__ = ["WRITERS", "Report", "read_json", "write_json"]
