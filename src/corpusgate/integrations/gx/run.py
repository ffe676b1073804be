"""Running a GX suite through a ValidationDefinition and a Checkpoint, with GX's silent
failures turned into errors, and building Data Docs offline.

Every call builds its own ephemeral GX context, data source, ValidationDefinition and
Checkpoint (names made unique per run) and discards them afterwards: GX gave wrong counts, with
no error, when one ValidationDefinition was shared between threads, so nothing here is cached or
shared, and callers running validations in threads should call :func:`run_checkpoint` once per
thread rather than share its objects.

Guards (each raises :class:`GXRunError`, a :class:`CorpusgateError`):

- the suite stored in the context is re-read and verified against the suite's manifest (GX
  silently drops expectations it cannot load);
- the result must hold one result per expectation of the suite;
- an expectation result whose ``exception_info`` reports a raised exception, or whose result is
  empty, is an error: GX reports a metric that raised as ``success=False, result={}`` and keeps
  the traceback out of sight.

Data Docs are written into a local filesystem site (``TupleFilesystemStoreBackend``); nothing
is sent anywhere. GX's pages load Bootstrap, jQuery, Vega and Font Awesome from CDNs, so
offline they show their content without styling; corpusgate's own ``--html`` report is the
self-contained one.
"""

from __future__ import annotations

import html
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpusgate.errors import CorpusgateError, InternalError
from corpusgate.integrations.gx._env import import_gx
from corpusgate.integrations.gx.suite import META_KEY, manifest, verify_suite

SITE_NAME = "corpusgate"
COMPLETE = "COMPLETE"

__all__ = [
    "COMPLETE",
    "ExpectationOutcome",
    "GXParityError",
    "GXRun",
    "GXRunError",
    "check_result",
    "run_checkpoint",
]


class GXRunError(CorpusgateError):
    """GX could not evaluate the suite; the message names the expectation and GX's error."""


class GXParityError(InternalError):
    """GX's verdict disagrees with corpusgate's on the same corpus: a corpusgate bug (exit 3)."""


@dataclass
class ExpectationOutcome:
    """One GX expectation result, reduced to what corpusgate compares and reports."""

    type: str
    column: str | None
    success: bool
    element_count: int
    unexpected_count: int
    failing_ids: list[str]
    corpusgate_id: str | None = None
    role: str | None = None
    """In a translated suite: ``verdict`` (pass/fail of the expectation) or ``detail``."""
    metric: str | None = None
    raw: Any = field(default=None, repr=False)


@dataclass
class GXRun:
    """The outcome of :func:`run_checkpoint`."""

    success: bool
    outcomes: list[ExpectationOutcome]
    docs_index: Path | None
    checkpoint_result: Any = field(default=None, repr=False)

    def by_corpusgate_id(self) -> dict[str, ExpectationOutcome]:
        """The verdict outcome of each corpusgate expectation of a translated suite."""
        return {
            o.corpusgate_id: o
            for o in self.outcomes
            if o.corpusgate_id is not None and o.role != "detail"
        }

    def details(self) -> list[ExpectationOutcome]:
        """The informational outcomes (bounds of readability.range)."""
        return [o for o in self.outcomes if o.role == "detail"]


def _context(docs_dir: Path | None) -> Any:
    gx = import_gx()
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    for site in list(context.list_data_docs_sites()):
        # The ephemeral context's default site keeps pages in memory: only ours is built.
        context.delete_data_docs_site(site)
    if docs_dir is not None:
        docs_dir.mkdir(parents=True, exist_ok=True)
        context.add_data_docs_site(
            site_name=SITE_NAME,
            site_config={
                "class_name": "SiteBuilder",
                "store_backend": {
                    "class_name": "TupleFilesystemStoreBackend",
                    "base_directory": str(docs_dir),
                },
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            },
        )
    return context


def _is_spark(frame: Any) -> bool:
    return type(frame).__module__.startswith("pyspark.")


def run_checkpoint(
    frame: Any,
    gx_suite: Any,
    *,
    docs_dir: str | Path | None = None,
    id_column: str | None = "id",
    asset_name: str = "signals",
) -> GXRun:
    """Validate ``frame`` (pandas or Spark) against ``gx_suite`` through a GX Checkpoint.

    Failing rows are identified by ``id_column`` (``result_format`` COMPLETE with
    ``unexpected_index_column_names``). With ``docs_dir``, Data Docs are built there.
    """
    gx = import_gx()
    from great_expectations.checkpoint import UpdateDataDocsAction

    target = Path(docs_dir) if docs_dir is not None else None
    if id_column is not None and target is not None:
        frame = _escaped_ids(frame, id_column)
    context = _context(target)
    run_id = uuid.uuid4().hex[:12]
    saved_manifest = manifest(gx_suite)
    sources = context.data_sources
    source = (
        sources.add_spark(f"corpusgate-{run_id}")
        if _is_spark(frame)
        else sources.add_pandas(f"corpusgate-{run_id}")
    )
    batch = source.add_dataframe_asset(asset_name).add_batch_definition_whole_dataframe("corpus")
    stored = context.suites.add(gx_suite)
    verify_suite(context.suites.get(stored.name), saved_manifest)
    definition = context.validation_definitions.add(
        gx.ValidationDefinition(name=f"corpusgate-{run_id}", data=batch, suite=stored)
    )
    result_format: dict[str, Any] = {"result_format": COMPLETE}
    if id_column is not None:
        result_format["unexpected_index_column_names"] = [id_column]
    actions = [] if target is None else [UpdateDataDocsAction(name="docs", site_names=[SITE_NAME])]
    checkpoint = context.checkpoints.add(
        gx.Checkpoint(
            name=f"corpusgate-{run_id}",
            validation_definitions=[definition],
            actions=actions,
            result_format=result_format,
        )
    )
    result = checkpoint.run(batch_parameters={"dataframe": frame})
    runs = list(result.run_results.values())
    if len(runs) != 1:
        raise GXRunError(f"the GX checkpoint returned {len(runs)} validation results, not 1")
    outcomes = check_result(runs[0], stored, id_column)
    index = None
    if target is not None:
        context.build_data_docs(site_names=[SITE_NAME])
        index = target / "index.html"
        if not index.is_file():
            raise GXRunError(f"GX did not write Data Docs into {target}")
    return GXRun(
        success=bool(runs[0].success), outcomes=outcomes, docs_index=index, checkpoint_result=result
    )


def _escaped_ids(frame: Any, id_column: str) -> Any:
    """``frame`` with its id column HTML-escaped, for Data Docs.

    GX writes the ids of failing rows into Data Docs as HTML without escaping them, and ids come
    from the corpus: a hostile id would run as script in the reader's browser. GX therefore sees
    escaped ids, and :func:`check_result` unescapes them again (``html.unescape`` inverts
    ``html.escape`` exactly), so callers get the corpus's ids.
    """
    if _is_spark(frame):
        from pyspark.sql import functions as F

        value = F.col(id_column).cast("string")
        for raw, entity in (
            ("&", "&amp;"),
            ("<", "&lt;"),
            (">", "&gt;"),
            ('"', "&quot;"),
            ("'", "&#x27;"),
        ):
            value = F.regexp_replace(value, raw, entity)
        return frame.withColumn(id_column, value)
    escaped = frame.copy(deep=False)
    escaped[id_column] = [
        html.escape(value, quote=True) if isinstance(value, str) else value
        for value in frame[id_column].tolist()
    ]
    return escaped


def _raised(exception_info: Any) -> str | None:
    """GX's error message when ``exception_info`` reports a raised exception, else ``None``."""
    if not exception_info:
        return None
    if "raised_exception" in exception_info:
        infos = [exception_info]
    else:  # keyed by metric id when a metric failed during resolution
        infos = [info for info in exception_info.values() if isinstance(info, dict)]
    for info in infos:
        if info.get("raised_exception"):
            return str(info.get("exception_message") or "an exception without a message")
    return None


def check_result(
    suite_result: Any, gx_suite: Any, id_column: str | None = "id"
) -> list[ExpectationOutcome]:
    """The outcomes of one suite validation, or :class:`GXRunError` for GX's silent failures."""
    results = list(suite_result.results)
    expected = len(gx_suite.expectations)
    if len(results) != expected:
        raise GXRunError(
            f"GX returned {len(results)} expectation results for a suite of {expected} "
            "expectations; an expectation was dropped or not evaluated"
        )
    outcomes = []
    for item in results:
        config = item.expectation_config
        column = config.kwargs.get("column")
        label = f"{config.type}(column={column!r})"
        message = _raised(item.exception_info)
        if message is not None:
            raise GXRunError(f"GX failed to evaluate {label}: {message}")
        data = item.result or {}
        if not data:
            raise GXRunError(f"GX returned an empty result for {label}: nothing was evaluated")
        ids = []
        if id_column is not None:
            for row in data.get("unexpected_index_list") or []:
                if isinstance(row, dict) and id_column in row:
                    ids.append(html.unescape(str(row[id_column])))
        meta = (config.meta or {}).get(META_KEY, {})
        outcomes.append(
            ExpectationOutcome(
                type=str(config.type),
                column=column,
                success=bool(item.success),
                element_count=int(data.get("element_count") or 0),
                unexpected_count=int(data.get("unexpected_count") or 0),
                failing_ids=ids,
                corpusgate_id=meta.get("expectation"),
                role=meta.get("role"),
                metric=meta.get("metric"),
                raw=item,
            )
        )
    return outcomes
