"""The Python API: the same validation the CLI runs, returning the same report model."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path

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
) -> tuple[RunResult, list[str]]:
    """Read the corpus and run the engine; the lower half of :func:`validate`."""
    resolved = resolve_suite(suite)
    inputs = corpus_inputs(paths, resolved)
    records: Iterable[Record] = read_documents(
        inputs, format=format or resolved.data.format, mapping=mapping or resolved.data.mapping()
    )
    if strict_input:
        records = _strict(records)
    result = run_suite(records, resolved, jobs=jobs, progress=progress)
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
) -> Report:
    """Validate a corpus against a suite and return the report.

    >>> report = validate("fixtures/news.jsonl")           # doctest: +SKIP
    >>> report.success, [e.id for e in report.expectations if not e.success]   # doctest: +SKIP
    """
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
    )
    outcomes = evaluate(result.suite, result.results, result.documents_read)
    report = build_report(result, outcomes, inputs, started)
    report.run = {**report.run, "jobs": jobs or 0, "engine": "local"}
    return report


__all__ = ["EmptyCorpusError", "InputError", "Report", "run", "validate"]
