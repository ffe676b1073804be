"""The signals table: one row per document, the bridge from corpusgate to other tools.

``corpusgate signals corpus.jsonl --out signals.parquet`` (or :func:`write_signals`) runs a
suite and writes, for every document in corpus order:

- ``id`` and ``source`` (``path:line`` / ``path:row``), both strings;
- ``findings__<expectation id>``: how many findings that expectation's check made in the
  document (int32). A document fails the expectation exactly when this is above 0;
- one float64 column per numeric signal any check emitted (readability metrics, spin score,
  artifact counts...), null where the signal is not defined for the document (a malformed
  record, a metric undefined for an empty text).

Column names never contain a dot: Spark (and Great Expectations on Spark) reads ``a.b`` as
field ``b`` of a struct ``a``, so every ``.`` of an expectation id or signal name becomes
``_`` (``findings__artifact_ad-marker``). Two names that would collide are an error rather than
a silently merged column. The Parquet schema metadata key ``corpusgate`` holds a JSON
description of every column (which expectation, check or signal it came from), the suite's
name and the corpus size, so tools can map columns back without parsing names.

The file is streamed batch by batch from the engine's on-disk results, so memory stays flat,
and written atomically (a temporary file renamed into place).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from corpusgate.engine.results import DocResult
from corpusgate.errors import CorpusgateError
from corpusgate.readers.base import FieldMapping
from corpusgate.report.atomic import atomic_path
from corpusgate.suite import Suite

FINDINGS_PREFIX = "findings__"
RESERVED = ("id", "source")
METADATA_KEY = b"corpusgate"
BATCH_ROWS = 4096

__all__ = [
    "FINDINGS_PREFIX",
    "SignalsColumns",
    "SignalsTableError",
    "findings_column",
    "signal_column",
    "signals_table",
    "write_signals",
]


class SignalsTableError(CorpusgateError):
    """The suite's expectation ids or signal names cannot become distinct column names."""


def _safe(name: str) -> str:
    return name.replace(".", "_")


def findings_column(expectation_id: str) -> str:
    """The column holding the findings count of one expectation."""
    return FINDINGS_PREFIX + _safe(expectation_id)


def signal_column(signal: str) -> str:
    """The column holding one signal."""
    return _safe(signal)


@dataclass(frozen=True)
class SignalsColumns:
    """The layout of a signals table: which column holds which expectation or signal."""

    findings: dict[str, str]
    """expectation id -> column, in suite order."""
    signals: dict[str, str]
    """signal name -> column, sorted by signal name."""
    checks: dict[str, str]
    """expectation id -> check name."""

    @classmethod
    def build(cls, suite: Suite, signal_names: Iterable[str]) -> SignalsColumns:
        owner: dict[str, str] = {name: f"the {name!r} column" for name in RESERVED}
        findings: dict[str, str] = {}
        for expectation in suite.expectations:
            column = findings_column(expectation.id)
            _claim(owner, column, f"expectation {expectation.id!r}")
            findings[expectation.id] = column
        signals: dict[str, str] = {}
        for name in sorted(set(signal_names)):
            column = signal_column(name)
            _claim(owner, column, f"signal {name!r}")
            signals[name] = column
        checks = {e.id: e.check for e in suite.expectations}
        return cls(findings=findings, signals=signals, checks=checks)

    def schema(self, suite_name: str = "", documents: int | None = None) -> pa.Schema:
        fields = [pa.field("id", pa.string(), nullable=False)]
        fields.append(pa.field("source", pa.string(), nullable=False))
        fields += [pa.field(c, pa.int32(), nullable=False) for c in self.findings.values()]
        fields += [pa.field(c, pa.float64()) for c in self.signals.values()]
        return pa.schema(
            fields,
            metadata={METADATA_KEY: json.dumps(self.describe(suite_name, documents)).encode()},
        )

    def describe(self, suite_name: str = "", documents: int | None = None) -> dict[str, Any]:
        """The JSON stored in the Parquet metadata."""
        columns: dict[str, dict[str, str]] = {
            "id": {"kind": "id"},
            "source": {"kind": "source"},
        }
        for eid, column in self.findings.items():
            columns[column] = {"kind": "findings", "expectation": eid, "check": self.checks[eid]}
        for name, column in self.signals.items():
            columns[column] = {"kind": "signal", "signal": name}
        return {"version": 1, "suite": suite_name, "documents": documents, "columns": columns}

    def rows(
        self, results: Iterable[DocResult], schema: pa.Schema | None = None
    ) -> Iterator[pa.RecordBatch]:
        """The table's record batches for ``results`` (in their order)."""
        schema = schema if schema is not None else self.schema()
        batch: list[DocResult] = []
        for result in results:
            batch.append(result)
            if len(batch) >= BATCH_ROWS:
                yield self._batch(batch, schema)
                batch = []
        if batch:
            yield self._batch(batch, schema)

    def _batch(self, results: Sequence[DocResult], schema: pa.Schema) -> pa.RecordBatch:
        arrays: list[pa.Array] = [
            pa.array([r.id for r in results], pa.string()),
            pa.array([r.source for r in results], pa.string()),
        ]
        for eid in self.findings:
            arrays.append(pa.array([len(r.findings.get(eid, ())) for r in results], pa.int32()))
        for name in self.signals:
            arrays.append(pa.array([_value(r.signals, name) for r in results], pa.float64()))
        return pa.RecordBatch.from_arrays(arrays, schema=schema)


def _claim(owner: dict[str, str], column: str, what: str) -> None:
    if column in owner:
        raise SignalsTableError(
            f"{what} and {owner[column]} would share the signals-table column {column!r} "
            "(dots become underscores); rename one of them"
        )
    owner[column] = f"{what}"


def _value(signals: Mapping[str, float], name: str) -> float | None:
    value = signals.get(name)
    # NaN means "not defined for this document": null, as in the JSON report.
    if value is None or math.isnan(value):
        return None
    return float(value)


def signal_names(results: Iterable[DocResult]) -> list[str]:
    names: dict[str, None] = {}
    for result in results:
        for name in result.signals:
            names.setdefault(name, None)
    return list(names)


def columns_for_run(run: Any) -> SignalsColumns:
    """The layout for an engine run (a :class:`corpusgate.engine.RunResult`)."""
    # Corpus checks may add signals in their second pass, after the sampler counted names,
    # so the names come from the final results themselves.
    return SignalsColumns.build(run.suite, signal_names(run.results))


def table_from_run(run: Any) -> pa.Table:
    """The signals table of an engine run, in memory."""
    columns = columns_for_run(run)
    schema = columns.schema(run.suite.name, run.documents_read)
    return pa.Table.from_batches(list(columns.rows(run.results, schema)), schema=schema)


def _run(
    paths: str | Path | Sequence[str | Path] | None,
    suite: Suite | str | Path | None,
    **options: Any,
) -> Any:
    from corpusgate.api import run

    result, _ = run(paths, suite, **options)
    return result


def signals_table(
    paths: str | Path | Sequence[str | Path] | None = None,
    suite: Suite | str | Path | None = None,
    *,
    format: str | None = None,
    mapping: FieldMapping | None = None,
    jobs: int | None = None,
    strict_input: bool = False,
    allow_empty: bool = False,
    engine: str = "local",
    spark_master: str | None = None,
) -> pa.Table:
    """Run ``suite`` over the corpus and return its signals table (held in memory).

    For large corpora prefer :func:`write_signals`, which streams to a Parquet file.
    ``engine="spark"`` computes the signals on Spark (see :mod:`corpusgate.engine.spark`).
    """
    result = _run(
        paths,
        suite,
        format=format,
        mapping=mapping,
        jobs=jobs,
        strict_input=strict_input,
        allow_empty=allow_empty,
        engine=engine,
        spark_master=spark_master,
    )
    try:
        return table_from_run(result)
    finally:
        result.close()


def write_run(run: Any, out: str | Path) -> SignalsColumns:
    """Write the signals table of an engine run to the Parquet file ``out``, atomically."""
    columns = columns_for_run(run)
    schema = columns.schema(run.suite.name, run.documents_read)
    with (
        atomic_path(out) as temporary,
        pq.ParquetWriter(temporary, schema, compression="zstd") as writer,
    ):
        for batch in columns.rows(run.results, schema):
            writer.write_batch(batch)
    return columns


def write_signals(
    paths: str | Path | Sequence[str | Path] | None,
    out: str | Path,
    suite: Suite | str | Path | None = None,
    *,
    format: str | None = None,
    mapping: FieldMapping | None = None,
    jobs: int | None = None,
    strict_input: bool = False,
    allow_empty: bool = False,
    progress: Any = None,
    engine: str = "local",
    spark_master: str | None = None,
) -> int:
    """Run ``suite`` over the corpus and write its signals table to ``out`` (Parquet).

    Returns the number of rows (documents) written.
    """
    result = _run(
        paths,
        suite,
        format=format,
        mapping=mapping,
        jobs=jobs,
        strict_input=strict_input,
        allow_empty=allow_empty,
        progress=progress,
        engine=engine,
        spark_master=spark_master,
    )
    try:
        write_run(result, out)
        return int(result.documents_read)
    finally:
        result.close()


def read_layout(path: str | Path) -> dict[str, Any]:
    """The ``corpusgate`` metadata of a signals Parquet file (column descriptions, suite)."""
    metadata = pq.read_schema(path).metadata or {}
    if METADATA_KEY not in metadata:
        raise SignalsTableError(f"{path}: not a corpusgate signals table (no corpusgate metadata)")
    layout: dict[str, Any] = json.loads(metadata[METADATA_KEY])
    return layout
