"""corpusgate runs in GX: the signals table validated by the translated suite, with parity.

:func:`build_data_docs` is what ``corpusgate validate ... --gx-docs DIR`` calls after the
engine ran: it builds the signals table of the run (pandas for the local engine, the persisted
Spark frame for the Spark engine), translates the suite for the corpus size, runs it through a
GX Checkpoint that writes Data Docs into ``DIR``, and checks that GX's verdict and failing count
(and failing document ids) for every expectation equal corpusgate's own, raising
:class:`GXParityError` (a corpusgate bug, exit 3) if they do not, so Data Docs never contradict
the corpusgate report.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from corpusgate.expectations import ExpectationResult
from corpusgate.integrations.gx.run import GXParityError, GXRun, run_checkpoint
from corpusgate.integrations.gx.suite import to_gx_suite

__all__ = ["build_data_docs", "check_parity", "signals_frame", "validate_run"]


def _frame_and_signals(run: Any) -> tuple[Any, list[str]]:
    """The run's signals table as a frame GX can validate, and its signal names."""
    from corpusgate.engine.spark import SparkRunResult

    if isinstance(run, SparkRunResult):
        from corpusgate.engine.spark import signals_frame as spark_frame

        return spark_frame(run), list(run.signal_names)
    from corpusgate.signals import METADATA_KEY, table_from_run

    table = table_from_run(run)
    layout = json.loads(table.schema.metadata[METADATA_KEY])
    names = [c["signal"] for c in layout["columns"].values() if c["kind"] == "signal"]
    return table.to_pandas(), names


def signals_frame(run: Any) -> Any:
    """The run's signals table as a frame GX can validate: pandas, or Spark for a Spark run."""
    return _frame_and_signals(run)[0]


def validate_run(run: Any, *, docs_dir: str | Path | None = None) -> GXRun:
    """Run the run's suite, translated to GX, over the run's signals table."""
    frame, signals = _frame_and_signals(run)
    gx_suite = to_gx_suite(run.suite, run.documents_read, signals=signals)
    return run_checkpoint(frame, gx_suite, docs_dir=docs_dir)


def check_parity(gx_run: GXRun, outcomes: Iterable[ExpectationResult]) -> None:
    """Raise :class:`GXParityError` unless GX agrees with corpusgate on every expectation."""
    by_id = gx_run.by_corpusgate_id()
    problems = []
    for outcome in outcomes:
        gx_outcome = by_id.get(outcome.id)
        if gx_outcome is None:
            problems.append(f"{outcome.id}: no GX result")
            continue
        if gx_outcome.success != outcome.success:
            problems.append(
                f"{outcome.id}: GX says {'pass' if gx_outcome.success else 'fail'}, corpusgate "
                f"says {'pass' if outcome.success else 'fail'}"
            )
        if gx_outcome.unexpected_count != outcome.failing_documents:
            problems.append(
                f"{outcome.id}: GX counts {gx_outcome.unexpected_count} failing documents, "
                f"corpusgate {outcome.failing_documents}"
            )
        elif gx_outcome.failing_ids != list(outcome.failing_ids):
            problems.append(f"{outcome.id}: GX and corpusgate name different failing documents")
    if problems:
        raise GXParityError(
            "Great Expectations and corpusgate disagree (a corpusgate bug): " + "; ".join(problems)
        )


def build_data_docs(run: Any, outcomes: Iterable[ExpectationResult], docs_dir: str | Path) -> Path:
    """Build GX Data Docs for an engine run into ``docs_dir``; returns the index page."""
    gx_run = validate_run(run, docs_dir=docs_dir)
    check_parity(gx_run, outcomes)
    assert gx_run.docs_index is not None
    return gx_run.docs_index
