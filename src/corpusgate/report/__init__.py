"""Report writers. Each renders the report model to one format; none knows how a check works.

``WRITERS`` maps a format name to its writer; the CLI offers ``--<name> FILE`` for each.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from corpusgate.report.json import read_json, write_json
from corpusgate.report.model import Report

Writer = Callable[[Report, "str | Path"], None]

WRITERS: dict[str, tuple[Writer, str]] = {
    "json": (write_json, "write the JSON report (schema: corpusgate/schema/report.schema.json)"),
}

__all__ = ["WRITERS", "Report", "read_json", "write_json"]
