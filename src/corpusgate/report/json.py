"""The JSON report: documented, versioned (``schema_version``), with a JSON Schema.

The schema ships as ``corpusgate/schema/report.schema.json``.

Documents are streamed one by one into the file, so a report over a million documents is
written in flat memory.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from corpusgate.errors import CorpusgateError
from corpusgate.report.atomic import atomic_writer
from corpusgate.report.model import (
    SCHEMA_VERSION,
    Report,
    document_from_dict,
    document_to_dict,
    expectation_from_dict,
)


def write_json(report: Report, path: str | Path) -> None:
    header = report.header_dict()
    with atomic_writer(path) as stream:
        stream.write("{\n")
        for key, value in header.items():
            stream.write(f"  {json.dumps(key)}: {_dumps(value)},\n")
        # The index lets a later run tell new and changed documents from unchanged ones
        # (--baseline): one compact [id, content_hash] row per document read.
        stream.write('  "index": {"fields": ["id", "content_hash"], "rows": [')
        first = True
        for doc_id, content_hash in report.index():
            stream.write("\n    " if first else ",\n    ")
            stream.write(_dumps([doc_id, content_hash]))
            first = False
        stream.write("\n  ]},\n" if not first else "]},\n")
        stream.write('  "documents": [')
        first = True
        for result in report.documents():
            stream.write("\n    " if first else ",\n    ")
            stream.write(_dumps(document_to_dict(result)))
            first = False
        stream.write("\n  ]\n}\n" if not first else "]\n}\n")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ": "))


def read_json(path: str | Path) -> Report:
    """Load a saved JSON report back into the report model (for re-rendering or as a baseline)."""
    try:
        with open(path, encoding="utf-8") as stream:
            data = json.load(stream)
    except FileNotFoundError:
        raise CorpusgateError(f"{path}: no such report file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CorpusgateError(f"{path}: not a readable corpusgate JSON report: {error}") from None
    if not isinstance(data, dict) or "schema_version" not in data:
        raise CorpusgateError(f"{path}: not a corpusgate JSON report (no schema_version)")
    major = str(data["schema_version"]).split(".")[0]
    if major != SCHEMA_VERSION.split(".")[0]:
        raise CorpusgateError(
            f"{path}: report schema {data['schema_version']} is not readable by this corpusgate "
            f"(reads {SCHEMA_VERSION})"
        )
    documents = [document_from_dict(item) for item in data.get("documents", [])]
    index = [(str(row[0]), str(row[1])) for row in (data.get("index") or {}).get("rows", [])]
    known = {
        "schema_version",
        "success",
        "run",
        "suite",
        "inputs",
        "summary",
        "expectations",
        "corpus_statistics",
        "signal_distributions",
        "documents",
        "index",
    }
    return Report(
        success=bool(data["success"]),
        suite=data.get("suite", {}),
        inputs=list(data.get("inputs", [])),
        summary=data.get("summary", {}),
        expectations=[expectation_from_dict(item) for item in data.get("expectations", [])],
        corpus_statistics=data.get("corpus_statistics", {}),
        signal_distributions=data.get("signal_distributions", {}),
        run=data.get("run", {}),
        extras={key: value for key, value in data.items() if key not in known},
        schema_version=str(data["schema_version"]),
        _documents=lambda: iter(documents),
        _index=lambda: iter(index),
    )
