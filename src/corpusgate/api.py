"""The Python API: the same validation the CLI runs, returning the same report model."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from corpusgate.engine import RunResult, run_suite
from corpusgate.errors import CorpusgateError, UsageError
from corpusgate.expectations import evaluate
from corpusgate.readers import read_documents
from corpusgate.readers.base import FieldMapping, InputError, MalformedRecord, Record
from corpusgate.report.model import Report, build_report
from corpusgate.suite import Suite, load_suite


class EmptyCorpusError(CorpusgateError):
    pass


def resolve_suite(suite: Suite | str | Path | None) -> Suite:
    return suite if isinstance(suite, Suite) else load_suite(suite)


def corpus_inputs(paths: str | Path | Sequence[str | Path] | None, suite: Suite) -> list[str]:
    """The inputs to read: the given paths, else the suite's own ``data.paths``."""
    if paths is None or (not isinstance(paths, (str, Path)) and not paths):
        if not suite.data.paths:
            raise UsageError("no corpus given: pass paths, or set `data.paths` in the suite")
        base = Path(suite.path).parent if suite.path and Path(suite.path).is_file() else Path(".")
        return [str(base / p) if not Path(p).is_absolute() else p for p in suite.data.paths]
    if isinstance(paths, (str, Path)):
        return [str(paths)]
    return [str(p) for p in paths]


def mapping_for(
    suite: Suite,
    text_field: str | None = None,
    id_field: str | None = None,
    title_field: str | None = None,
    url_field: str | None = None,
) -> FieldMapping:
    base = suite.data.mapping()
    return FieldMapping(
        text=text_field or base.text,
        id=id_field or base.id,
        title=title_field or base.title,
        url=url_field or base.url,
    )


def _strict(records: Iterable[Record]) -> Iterator[Record]:
    for record in records:
        if isinstance(record, MalformedRecord):
            raise InputError(f"{record.source}: malformed record: {record.reason}")
        yield record


def run(
    paths: str | Path | Sequence[str | Path] | None = None,
    suite: Suite | str | Path | None = None,
    *,
    format: str | None = None,
    mapping: FieldMapping | None = None,
    jobs: int | None = None,
    strict_input: bool = False,
    allow_empty: bool = False,
    progress: Callable[[int], None] | None = None,
    engine: str = "local",
    spark_master: str | None = None,
) -> tuple[RunResult, list[str]]:
    """Read the corpus and run the engine; the lower half of :func:`validate`.

    ``engine="spark"`` runs the suite with Spark (``corpusgate[spark]``) on ``spark_master``
    (``None``: the master chosen by ``spark-submit``, else ``local[*]``); the result reads the
    same, so reports are identical. See :mod:`corpusgate.engine.spark`.
    """
    resolved = resolve_suite(suite)
    inputs = corpus_inputs(paths, resolved)
    result: RunResult
    if engine == "spark":
        from corpusgate.engine.spark import run_spark

        result = run_spark(
            inputs,
            resolved,
            format=format,
            mapping=mapping or resolved.data.mapping(),
            strict_input=strict_input,
            master=spark_master,
            progress=progress,
        )
    elif engine == "local":
        records: Iterable[Record] = read_documents(
            inputs,
            format=format or resolved.data.format,
            mapping=mapping or resolved.data.mapping(),
        )
        if strict_input:
            records = _strict(records)
        result = run_suite(records, resolved, jobs=jobs, progress=progress)
    else:
        raise UsageError(f"unknown engine {engine!r}; engines are: local, spark")
    if result.documents_read == 0 and not allow_empty:
        result.close()
        raise EmptyCorpusError(
            f"no documents were read from {', '.join(inputs)}: the corpus is empty "
            "(pass --allow-empty if an empty corpus should pass)"
        )
    return result, inputs


def validate(
    paths: str | Path | Sequence[str | Path] | None = None,
    suite: Suite | str | Path | None = None,
    *,
    format: str | None = None,
    mapping: FieldMapping | None = None,
    jobs: int | None = None,
    strict_input: bool = False,
    allow_empty: bool = False,
    progress: Callable[[int], None] | None = None,
    baseline: Report | str | Path | None = None,
    baseline_corpus: str | Path | Sequence[str | Path] | None = None,
    fail_on: str | None = None,
    engine: str = "local",
    spark_master: str | None = None,
    gx_docs: str | Path | None = None,
) -> Report:
    """Validate a corpus against a suite and return the report.

    With ``baseline`` (an earlier JSON report, or its :class:`Report`) or ``baseline_corpus``
    (paths validated first with the same suite), the run is compared with the baseline and, with
    ``fail_on="new"`` (the default then), only new or changed documents can fail it; see
    :mod:`corpusgate.report.baseline`.

    ``engine="spark"`` (with ``spark_master``) runs the checks on Spark; the report is the same.
    ``gx_docs=DIR`` also runs the suite, translated to Great Expectations, over the signals table
    and builds GX Data Docs into ``DIR`` (see :mod:`corpusgate.gx`).

    >>> report = validate("fixtures/news.jsonl")           # doctest: +SKIP
    >>> report.success, [e.id for e in report.expectations if not e.success]   # doctest: +SKIP
    """
    reference, reference_source = _baseline(
        baseline,
        baseline_corpus,
        fail_on,
        suite,
        format=format,
        mapping=mapping,
        jobs=jobs,
        engine=engine,
        spark_master=spark_master,
    )
    started = datetime.now(timezone.utc)
    result, inputs = run(
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
    outcomes = evaluate(result.suite, result.results, result.documents_read)
    if gx_docs is not None:
        from corpusgate.gx import build_data_docs

        build_data_docs(result, outcomes, gx_docs)
    report = build_report(result, outcomes, inputs, started)
    report.run = {**report.run, "jobs": jobs or 0, "engine": engine}
    if getattr(result, "spark", None):
        report.run["spark"] = result.spark  # type: ignore[attr-defined]
    if reference is not None:
        from corpusgate.report.baseline import apply_baseline

        apply_baseline(
            report,
            reference,
            result.results,
            result.suite,
            fail_on=fail_on or "new",
            source=reference_source,
        )
    return report


def _baseline(
    baseline: Report | str | Path | None,
    baseline_corpus: str | Path | Sequence[str | Path] | None,
    fail_on: str | None,
    suite: Suite | str | Path | None,
    **options: Any,
) -> tuple[Report | None, dict[str, Any]]:
    """The baseline report to compare with (loaded or validated before the main run)."""
    if fail_on is not None and fail_on not in ("new", "all"):
        raise UsageError(f"fail_on must be 'new' or 'all', not {fail_on!r}")
    if baseline is not None and baseline_corpus is not None:
        raise UsageError("give either a baseline report or a baseline corpus, not both")
    if baseline is None and baseline_corpus is None:
        if fail_on == "new":
            raise UsageError("--fail-on new needs a baseline (--baseline or --baseline-corpus)")
        return None, {}
    from corpusgate.report.baseline import load_baseline

    if isinstance(baseline, Report):
        return baseline, {"report": None}
    if baseline is not None:
        return load_baseline(baseline), {"report": str(baseline)}
    reference = validate(baseline_corpus, suite, allow_empty=True, **options)
    return reference, {"corpus": reference.inputs}


__all__ = ["EmptyCorpusError", "InputError", "Report", "run", "validate"]
