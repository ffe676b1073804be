"""The Spark engine: the same suite, the same per-document code, the same report, on a cluster.

``corpusgate validate --engine spark [--spark-master URL] PATH...`` (optional extra
``corpusgate[spark]``). Where the local engine streams documents through worker processes,
this one lets Spark read the corpus and run corpusgate's :class:`DocumentProcessor` inside
Arrow-batched ``mapInArrow`` functions on the executors. Every check runs once per document;
the per-document results are persisted, and everything afterwards (counts per expectation,
corpus checks, the report) reads them instead of running checks again.

Stages:

0. (JSON Lines) Spark reads the files as lines (split on ``\\n`` only, as the local reader
   does) and counts lines per file block; their prefix sums are the line number each block
   starts at, so an executor can cite ``path:line`` exactly as the local reader does.
1. A ``mapInArrow`` function turns lines (or Parquet rows, whose ``_metadata.row_index`` gives
   ``path:row``) into records with the readers' own rules, runs the suite's checks and emits
   one row per document: an ordering key, id, source, a findings count per expectation, the
   signals, the pickled :class:`DocResult` and, for corpus checks, the pickled observations.
2. (Corpus checks only) The observations are streamed to the driver in corpus order and folded
   into the aggregates there, as in the local engine; the finished models are broadcast and a
   second ``mapInArrow`` stage judges each document.
3. Spark aggregates, on the cluster, the failing documents and findings per expectation. The
   per-document results are then streamed to the driver in corpus order into the same on-disk
   :class:`ResultStore` the local engine fills, so ``evaluate`` and ``build_report`` produce
   the same JSON/HTML/JUnit reports; Spark's counts are checked against them.

The driver's share is proportional to the number of documents (a few hundred bytes each, not
their text, except for flagged documents): the reports list every document id, and the signal
distributions replay the local engine's reservoir sample in corpus order so both engines give
identical reports.

Inputs: JSON Lines (uncompressed, ``.gz`` or ``.zst``, recognised by extension as Hadoop does)
and Parquet; local paths, directories-with-globs and globs are expanded exactly as the local
readers expand them; URIs with a scheme (``hdfs://``, ``s3a://``) are passed to Spark as they
are and cited by the path Spark reports.

Submitting to a cluster: see ``docs/scale.md``. This module is also the ``spark-submit``
application: ``spark-submit --master URL "$(python -c 'import corpusgate.engine.spark as s;
print(s.__file__)')" validate --engine spark PATH...``.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import pickle
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlparse

from corpusgate.checks.base import CorpusCheck
from corpusgate.engine import (
    SIGNAL_SAMPLE_SIZE,
    RunResult,
    SignalSampler,
    judge_document,
)
from corpusgate.engine.process import DocumentProcessor, check_modules
from corpusgate.engine.results import DocResult, ResultStore
from corpusgate.errors import CorpusgateError, InternalError, UsageError
from corpusgate.readers.base import FieldMapping, InputError, MalformedRecord, Record
from corpusgate.suite import Suite

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql import DataFrame, SparkSession

__all__ = [
    "DEFAULT_MASTER",
    "SparkEngineError",
    "SparkRunResult",
    "run_spark",
    "spark_session",
]

DEFAULT_MASTER = "local[*]"
SPARK_FORMATS = ("jsonl", "parquet")
# Documents handed to DocumentProcessor at a time inside one Arrow batch: bounds the memory of
# one output batch (flagged documents carry their text) without per-row overhead.
_CHUNK = 256
# Lines per Arrow batch going into the Python workers (Spark's default is 10,000, too many
# for long articles).
_ARROW_RECORDS = 1024
_MIN_SPLIT = 1 << 20
_MAX_SPLIT = 128 << 20
_GZIP_MAGIC = b"\x1f\x8b"
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
# Extensions by which Hadoop picks a decompression codec (the local readers look at content).
_HADOOP_CODECS = {".gz": _GZIP_MAGIC, ".zst": _ZSTD_MAGIC}


class SparkEngineError(CorpusgateError):
    """Spark could not read the input or run the job; the message says which and why."""


class SparkCheckCrashed(InternalError):
    """A check raised inside a Spark task, or the engine broke an invariant: a bug (exit 3)."""


def require_pyspark() -> None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise UsageError(
            "the Spark engine needs pyspark: pip install 'corpusgate[spark]' (and Java 17)"
        ) from None


def spark_session(master: str | None = None, app_name: str = "corpusgate") -> SparkSession:
    """The active Spark session, or a new one on ``master``.

    ``master=None`` keeps the master that ``spark-submit`` chose and falls back to
    ``local[*]`` outside ``spark-submit``. Python workers run this interpreter unless
    ``PYSPARK_PYTHON`` says otherwise (a cluster usually ships its own environment).
    """
    require_pyspark()
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    active = SparkSession.getActiveSession()
    if active is not None and master is None:
        return active
    under_submit = "PYSPARK_GATEWAY_PORT" in os.environ
    builder = SparkSession.builder.appName(app_name)
    chosen = master or (None if under_submit else DEFAULT_MASTER)
    if chosen is not None:
        builder = builder.master(chosen)
    if chosen is not None and chosen.startswith("local"):
        # A local session is a tool run, not a service: no web UI port to bind.
        builder = builder.config("spark.ui.enabled", "false")
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    try:
        session = builder.getOrCreate()
    except Exception as error:  # the JVM failed to start: no Java, a bad master URL
        raise SparkEngineError(
            f"cannot start Spark (master {chosen or 'from spark-submit'}): {error}"
        ) from error
    if chosen is not None and chosen.startswith("local"):
        session.sparkContext.setLogLevel("ERROR")
    return session


# --- planning (driver) ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Input:
    uri: str
    label: str
    format: str
    local: str | None


def _is_remote(item: str) -> bool:
    scheme = urlparse(item).scheme
    return len(scheme) > 1 and scheme != "file"


def _file_key(uri: str) -> str:
    """A key under which a local path and the ``file:`` URI Spark reports for it are equal."""
    parsed = urlparse(uri)
    if parsed.scheme in ("", "file"):
        path = unquote(parsed.path) if parsed.scheme else uri
        return os.path.realpath(path)
    return uri


def _hadoop_glob_escape(path: str) -> str:
    # Spark reads paths as Hadoop globs; a literal file name with glob characters is escaped.
    return "".join("\\" + c if c in "*?[]{}\\" else c for c in path)


def plan_inputs(inputs: Sequence[str], format: str | None) -> list[_Input]:
    """The files to read, in the order (and with the labels) the local readers use."""
    from corpusgate.readers import detect_format, expand_inputs

    planned: list[_Input] = []
    seen: set[str] = set()
    for item in inputs:
        item = os.fspath(item)
        if item == "-":
            raise UsageError("the Spark engine cannot read standard input; pass files")
        if _is_remote(item):
            fmt = format or detect_format(item)
            _spark_format(fmt, item)
            if item not in seen:
                seen.add(item)
                planned.append(_Input(item, item, fmt, None))
            continue
        for source in expand_inputs([item], format=format):
            _spark_format(source.format, source.label)
            key = os.path.realpath(source.path)
            if key in seen:
                continue
            seen.add(key)
            _check_compression(source.path, source.label)
            uri = _hadoop_glob_escape(os.path.abspath(source.path))
            planned.append(_Input(uri, source.label, source.format, key))
    return planned


def _spark_format(fmt: str, label: str) -> None:
    if fmt not in SPARK_FORMATS:
        raise UsageError(
            f"{label}: the Spark engine reads JSON Lines and Parquet, not {fmt}; convert the "
            "corpus or use the local engine (--engine local)"
        )


def _check_compression(path: str, label: str) -> None:
    """Hadoop picks a codec by extension; compressed bytes under another name would be misread."""
    try:
        with open(path, "rb") as handle:
            magic = handle.read(4)
    except OSError as error:
        raise InputError(f"{label}: cannot open: {error.strerror or error}") from error
    extension = os.path.splitext(path)[1].lower()
    expected = _HADOOP_CODECS.get(extension)
    for name, signature in (("gzip", _GZIP_MAGIC), ("zstd", _ZSTD_MAGIC)):
        if magic.startswith(signature) and expected != signature:
            wanted = ".gz" if name == "gzip" else ".zst"
            raise UsageError(
                f"{label}: the file is {name}-compressed but not named *{wanted}; Spark chooses "
                f"the codec by extension, so rename it to end in {wanted} (or use --engine local)"
            )


# --- executor side ----------------------------------------------------------------------------


@dataclass
class _Plan:
    """What the executors need, shipped once per job as a broadcast variable."""

    suite: Suite
    modules: list[str]
    mapping: FieldMapping
    expectation_ids: list[str]
    files: dict[str, tuple[int, str]]
    """Spark's file path -> (input index, label)."""
    line_offsets: dict[tuple[str, int], int] = field(default_factory=dict)
    """(file path, block start) -> lines in the file before the block (JSON Lines)."""
    digest: str = ""


_PROCESSORS: dict[str, DocumentProcessor] = {}


def _processor(plan: _Plan) -> DocumentProcessor:
    """One DocumentProcessor per Python worker and suite: building checks may load lexicons."""
    processor = _PROCESSORS.get(plan.digest)
    if processor is None:
        import importlib

        import corpusgate.checks  # noqa: F401  (registers the shipped checks)

        for module in plan.modules:
            importlib.import_module(module)
        processor = DocumentProcessor(plan.suite.build_checks())
        _PROCESSORS.clear()
        _PROCESSORS[plan.digest] = processor
    return processor


def _result_schema(n_expectations: int) -> pa.Schema:
    import pyarrow as pa

    return pa.schema(
        [
            pa.field("k_file", pa.int32()),
            pa.field("k_line", pa.int64()),
            pa.field("id", pa.string()),
            pa.field("source", pa.string()),
            pa.field("malformed", pa.string()),
            *[pa.field(f"c{i}", pa.int32()) for i in range(n_expectations)],
            pa.field("signals", pa.map_(pa.string(), pa.float64())),
            pa.field("payload", pa.binary()),
            pa.field("obs", pa.binary()),
            pa.field("sample_signals", pa.binary()),
        ]
    )


def _spark_schema(n_expectations: int) -> str:
    counts = "".join(f", c{i} int" for i in range(n_expectations))
    return (
        "k_file int, k_line bigint, id string, source string, malformed string"
        f"{counts}, signals map<string,double>, payload binary, obs binary, sample_signals binary"
    )


def _encode(
    results: Sequence[DocResult],
    keys: Sequence[tuple[int, int]],
    reasons: Sequence[str | None],
    plan: _Plan,
    sample_signals: Sequence[bytes | None] | None = None,
) -> pa.RecordBatch:
    import pyarrow as pa

    schema = _result_schema(len(plan.expectation_ids))
    payloads: list[bytes] = []
    observations: list[bytes | None] = []
    for result in results:
        obs = result.observations
        payloads.append(pickle.dumps(replace(result, observations={}) if obs else result, 5))
        observations.append(pickle.dumps(dict(obs), 5) if obs else None)
    arrays: list[pa.Array] = [
        pa.array([k[0] for k in keys], pa.int32()),
        pa.array([k[1] for k in keys], pa.int64()),
        pa.array([r.id for r in results], pa.string()),
        pa.array([r.source for r in results], pa.string()),
        pa.array(reasons, pa.string()),
    ]
    for eid in plan.expectation_ids:
        arrays.append(pa.array([len(r.findings.get(eid, ())) for r in results], pa.int32()))
    arrays.append(
        pa.array([list(r.signals.items()) for r in results], pa.map_(pa.string(), pa.float64()))
    )
    arrays.append(pa.array(payloads, pa.binary()))
    arrays.append(pa.array(observations, pa.binary()))
    arrays.append(pa.array(sample_signals or [None] * len(results), pa.binary()))
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def _jsonl_record(raw: bytes, label: str, line_no: int, mapping: FieldMapping) -> Record | None:
    """One JSON Lines line as :func:`corpusgate.readers.jsonl.read_jsonl` reads it.

    ``None`` for a blank line (skipped, but counted, as the local reader does).
    """
    from corpusgate.readers._fields import json_type, make_record
    from corpusgate.readers.jsonl import _BOM, MAX_LINE_BYTES, _json_error

    where = f"{label}:{line_no}"
    if len(raw) > MAX_LINE_BYTES:
        reason = f"line is longer than {MAX_LINE_BYTES} bytes, the limit for one record"
        return MalformedRecord(where, where, reason)
    if line_no == 1 and raw.startswith(_BOM):
        raw = raw[len(_BOM) :]
    if raw.isspace() or not raw:
        return None
    # Spark already dropped the "\n"; a "\r" before it goes too, as in the local reader, so
    # an unterminated string is reported as such.
    raw = raw.removesuffix(b"\r")
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        line = raw.decode("utf-8", "replace")
    try:
        obj = json.loads(line)
    except ValueError as error:
        return MalformedRecord(where, where, _json_error(error))
    except RecursionError:
        return MalformedRecord(where, where, "invalid JSON: nested too deeply")
    if not isinstance(obj, dict):
        return MalformedRecord(where, where, f"expected a JSON object, got {json_type(obj)}")
    return make_record(obj, where, mapping)


def _reason(record: Record) -> str | None:
    return record.reason if isinstance(record, MalformedRecord) else None


def _run_chunk(
    processor: DocumentProcessor,
    records: list[Record],
    keys: list[tuple[int, int]],
    plan: _Plan,
    counter: Any,
) -> pa.RecordBatch:
    results = processor.process_batch(records)
    if counter is not None:
        counter.add(len(results))
    return _encode(results, keys, [_reason(r) for r in records], plan)


def _in_chunks(
    keyed: Iterable[tuple[Record, tuple[int, int]]], plan: _Plan, counter: Any
) -> Iterator[pa.RecordBatch]:
    """Run the suite over (record, corpus-order key) pairs, one Arrow batch per chunk."""
    processor = _processor(plan)
    records: list[Record] = []
    keys: list[tuple[int, int]] = []
    for record, key in keyed:
        records.append(record)
        keys.append(key)
        if len(records) >= _CHUNK:
            yield _run_chunk(processor, records, keys, plan, counter)
            records, keys = [], []
    if records:
        yield _run_chunk(processor, records, keys, plan, counter)


def _process_jsonl(
    batches: Iterable[pa.RecordBatch], plan_ref: Any, counter: Any
) -> Iterator[pa.RecordBatch]:
    """Stage 1 over JSON Lines: (raw line, file path, block start) -> one row per document."""
    plan: _Plan = plan_ref.value
    return _in_chunks(_jsonl_records(batches, plan), plan, counter)


def _jsonl_records(
    batches: Iterable[pa.RecordBatch], plan: _Plan
) -> Iterator[tuple[Record, tuple[int, int]]]:
    seen_in_block: dict[tuple[str, int], int] = {}
    for batch in batches:
        raws = batch.column(0).to_pylist()
        paths = batch.column(1).to_pylist()
        starts = batch.column(2).to_pylist()
        for raw, path, start in zip(raws, paths, starts, strict=True):
            block = (path, start)
            # Rows of one block reach this task in file order, so a running count per block
            # plus the lines before the block is the physical line number.
            index = seen_in_block.get(block, 0)
            seen_in_block[block] = index + 1
            try:
                line_no = plan.line_offsets[block] + index + 1
            except KeyError:
                # Spark split the files differently from the counting pass (a recomputed
                # partition under other settings): line numbers would be wrong, so stop.
                raise RuntimeError(f"no line count for block {block} of the input") from None
            file_index, label = plan.files[path]
            record = _jsonl_record(raw, label, line_no, plan.mapping)
            if record is None:
                continue
            yield record, (file_index, line_no)


def _process_parquet(
    batches: Iterable[pa.RecordBatch], plan_ref: Any, counter: Any
) -> Iterator[pa.RecordBatch]:
    """Stage 1 over Parquet: mapped columns + (file path, row index) -> one row per document."""
    plan: _Plan = plan_ref.value
    return _in_chunks(_parquet_records(batches, plan), plan, counter)


def _parquet_records(
    batches: Iterable[pa.RecordBatch], plan: _Plan
) -> Iterator[tuple[Record, tuple[int, int]]]:
    import pyarrow as pa

    from corpusgate.readers._fields import make_record

    for batch in batches:
        names = [n for n in batch.schema.names if n not in ("_cg_path", "_cg_row")]
        values: dict[str, list[Any]] = {}
        for name in names:
            column = batch.column(name)
            data = column.to_pylist()
            if pa.types.is_binary(column.type) or pa.types.is_large_binary(column.type):
                data = [v.decode("utf-8", "replace") if v is not None else None for v in data]
            values[name] = data
        paths = batch.column("_cg_path").to_pylist()
        rows = batch.column("_cg_row").to_pylist()
        for i, (path, row) in enumerate(zip(paths, rows, strict=True)):
            file_index, label = plan.files[path]
            where = f"{label}:{row + 1}"
            record = make_record({n: values[n][i] for n in names}, where, plan.mapping)
            yield record, (file_index, row + 1)


def _judge_batches(
    batches: Iterable[pa.RecordBatch], plan_ref: Any, models_ref: Any
) -> Iterator[pa.RecordBatch]:
    """Stage 2: corpus checks judge each document from its observation and the corpus models."""
    plan: _Plan = plan_ref.value
    models: dict[str, Any] = models_ref.value
    checks = _processor(plan).checks
    corpus_checks = {eid: c for eid, c in checks.items() if isinstance(c, CorpusCheck)}
    for batch in batches:
        payloads = batch.column("payload").to_pylist()
        observations = batch.column("obs").to_pylist()
        results: list[DocResult] = []
        samples: list[bytes | None] = []
        for payload, obs in zip(payloads, observations, strict=True):
            result: DocResult = pickle.loads(payload)
            if obs is None:
                results.append(result)
                samples.append(None)
                continue
            observed = replace(result, observations=pickle.loads(obs))
            judged = judge_document(observed, corpus_checks, models)
            results.append(judged)
            # The local engine samples signal distributions before corpus checks add theirs.
            samples.append(
                pickle.dumps(dict(result.signals), 5) if judged.signals != result.signals else None
            )
        files = batch.column("k_file").to_pylist()
        keys = list(zip(files, batch.column("k_line").to_pylist(), strict=True))
        reasons = batch.column("malformed").to_pylist()
        yield _encode(results, keys, reasons, plan, samples)


# --- the run (driver) ---------------------------------------------------------------------------


@dataclass
class SparkRunResult(RunResult):
    """A :class:`RunResult` whose per-document results also live in a persisted Spark frame."""

    frame: Any = None
    """The final per-document frame (see ``_spark_schema``), persisted; ``None`` once closed."""
    signal_names: list[str] = field(default_factory=list)
    spark: dict[str, Any] = field(default_factory=dict)
    """Engine facts for the report's ``run`` section (master, partitions, documents processed)."""

    def close(self) -> None:
        super().close()
        if self.frame is not None:
            # The session may be gone already; there is nothing left to free then.
            with contextlib.suppress(Exception):
                self.frame.unpersist()
            self.frame = None


def _split_size(planned: list[_Input], parallelism: int) -> int | None:
    sizes = [os.path.getsize(i.local) for i in planned if i.local is not None]
    if len(sizes) != len(planned) or not sizes:
        return None
    # About two blocks per core, so a corpus of a few large files still keeps every core busy
    # (each task costs a Python worker round trip, so many tiny blocks would cost more).
    target = sum(sizes) // max(1, parallelism * 2)
    return max(_MIN_SPLIT, min(_MAX_SPLIT, target))


def _file_index(spark_paths: Iterable[str], planned: list[_Input]) -> dict[str, tuple[int, str]]:
    by_key = {
        (_file_key(i.local) if i.local else i.uri): (n, i.label) for n, i in enumerate(planned)
    }
    files: dict[str, tuple[int, str]] = {}
    remote_extra: list[str] = []
    for path in spark_paths:
        key = _file_key(path)
        if key in by_key:
            files[path] = by_key[key]
        else:
            remote_extra.append(path)
    # Files found under a remote directory or glob: cited as Spark names them, after the
    # planned inputs, in sorted order (the local readers sort glob matches too).
    for offset, path in enumerate(sorted(remote_extra)):
        files[path] = (len(planned) + offset, path)
    return files


def _read_jsonl(spark: SparkSession, planned: list[_Input]) -> DataFrame:
    from pyspark.sql import functions as F

    lines = spark.read.option("lineSep", "\n").text([i.uri for i in planned])
    return lines.select(
        F.col("value").cast("binary").alias("raw"),
        F.col("_metadata.file_path").alias("path"),
        F.col("_metadata.file_block_start").alias("start"),
    )


def _read_parquet(spark: SparkSession, planned: list[_Input], mapping: FieldMapping) -> DataFrame:
    from pyspark.sql import functions as F

    _check_parquet_columns(planned, mapping)
    frame = spark.read.option("mergeSchema", "true").parquet(*[i.uri for i in planned])
    wanted = [mapping.text, mapping.id, mapping.title, mapping.url]
    columns = list(dict.fromkeys(c for c in wanted if c is not None and c in frame.columns))
    if mapping.text not in columns:
        raise InputError(
            f"{planned[0].label}: no column {mapping.text!r} "
            "(choose the text column with --text-field)"
        )
    return frame.select(
        *[F.col(f"`{c}`") for c in columns],
        F.col("_metadata.file_path").alias("_cg_path"),
        F.col("_metadata.row_index").alias("_cg_row"),
    )


def _check_parquet_columns(planned: list[_Input], mapping: FieldMapping) -> None:
    """The local reader's "no text column" error, per file, before Spark merges schemas."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from corpusgate.readers._fields import list_fields

    for item in planned:
        if item.local is None:
            continue
        try:
            names = pq.read_schema(item.local).names
        except (pa.ArrowException, OSError) as error:
            raise InputError(
                f"{item.label}: not a readable Parquet file (at the start): {error}"
            ) from error
        if mapping.text not in names:
            raise InputError(
                f"{item.label}: no column {mapping.text!r}; columns are: {list_fields(names)} "
                "(choose the text column with --text-field)"
            )


def _explain_failure(error: BaseException) -> BaseException:
    """A failed Spark job as a corpusgate error: a crashed check stays a bug (exit 3)."""
    message = str(error)
    marker = "CheckCrashed: "
    if marker in message:
        detail = message.split(marker, 1)[1].splitlines()[0]
        return SparkCheckCrashed(detail)
    first = next((line for line in message.splitlines() if line.strip()), type(error).__name__)
    return SparkEngineError(f"the Spark job failed: {first.strip()}")


def run_spark(
    inputs: Sequence[str],
    suite: Suite,
    *,
    format: str | None = None,
    mapping: FieldMapping | None = None,
    strict_input: bool = False,
    master: str | None = None,
    spark: SparkSession | None = None,
    progress: Callable[[int], None] | None = None,
) -> SparkRunResult:
    """Run ``suite`` over the files ``inputs`` with Spark; the result reads as the local one's."""
    require_pyspark()
    planned = plan_inputs(inputs, format or suite.data.format)
    if not planned:
        raise InputError("no input files to read")
    formats = {i.format for i in planned}
    if len(formats) > 1:
        raise UsageError(
            "the Spark engine reads one format per run; these inputs mix "
            + " and ".join(sorted(formats))
        )
    session = spark if spark is not None else spark_session(master)
    try:
        return _run(
            session,
            planned,
            formats.pop(),
            suite,
            mapping or suite.data.mapping(),
            strict_input,
            progress,
        )
    except (CorpusgateError, InputError, InternalError):
        raise
    except Exception as error:
        from py4j.protocol import Py4JError
        from pyspark.errors import PySparkException

        if isinstance(error, (PySparkException, Py4JError)):
            raise _explain_failure(error) from error
        raise


def _run(
    spark: SparkSession,
    planned: list[_Input],
    fmt: str,
    suite: Suite,
    mapping: FieldMapping,
    strict_input: bool,
    progress: Callable[[int], None] | None,
) -> SparkRunResult:
    context = spark.sparkContext
    parallelism = context.defaultParallelism
    split = _split_size(planned, parallelism)
    conf = spark.conf
    # Both are read whenever Spark plans a scan, so they stay set for the whole run: stage 0
    # and stage 1 must split the files into the same blocks for the line numbers to hold.
    settings = {"spark.sql.execution.arrow.maxRecordsPerBatch": str(_ARROW_RECORDS)}
    if split is not None:
        settings["spark.sql.files.maxPartitionBytes"] = str(split)
    saved = {key: conf.get(key, None) for key in settings}
    for key, value in settings.items():
        conf.set(key, value)
    try:
        return _stages(spark, planned, fmt, suite, mapping, strict_input, progress)
    finally:
        for key, previous in saved.items():
            if previous is None:
                conf.unset(key)
            else:
                conf.set(key, previous)


def _stages(
    spark: SparkSession,
    planned: list[_Input],
    fmt: str,
    suite: Suite,
    mapping: FieldMapping,
    strict_input: bool,
    progress: Callable[[int], None] | None,
) -> SparkRunResult:
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    context = spark.sparkContext
    parallelism = context.defaultParallelism
    if fmt == "jsonl":
        source = _read_jsonl(spark, planned)
        blocks = source.groupBy("path", "start").count().collect()
        files = _file_index({row["path"] for row in blocks}, planned)
        offsets: dict[tuple[str, int], int] = {}
        before: dict[str, int] = {}
        for row in sorted(blocks, key=lambda r: (files[r["path"]][0], r["start"])):
            offsets[(row["path"], row["start"])] = before.get(row["path"], 0)
            before[row["path"]] = before.get(row["path"], 0) + row["count"]
    else:
        source = _read_parquet(spark, planned, mapping)
        if source.rdd.getNumPartitions() < parallelism:
            # Row indexes come from the file metadata, so rows may move between partitions.
            source = source.repartition(parallelism * 2)
        paths = [row["_cg_path"] for row in source.select("_cg_path").distinct().collect()]
        files = _file_index(paths, planned)
        offsets = {}

    expectation_ids = [e.id for e in suite.expectations]
    plan = _Plan(
        suite=suite,
        modules=check_modules(suite),
        mapping=mapping,
        expectation_ids=expectation_ids,
        files=files,
        line_offsets=offsets,
    )
    plan.digest = hashlib.blake2b(pickle.dumps((suite, plan.modules)), digest_size=16).hexdigest()
    plan_ref = context.broadcast(plan)
    processed = context.accumulator(0)
    schema = _spark_schema(len(expectation_ids))
    worker = _process_jsonl if fmt == "jsonl" else _process_parquet
    first = source.mapInArrow(
        functools.partial(worker, plan_ref=plan_ref, counter=processed), schema
    )
    first = first.persist(StorageLevel.MEMORY_AND_DISK)
    frames: list[DataFrame] = [first]
    order = [F.col("k_file"), F.col("k_line")]

    try:
        if strict_input:
            bad = (
                first.where(F.col("malformed").isNotNull())
                .orderBy(*order)
                .select("source", "malformed")
                .first()
            )
            if bad is not None:
                raise InputError(f"{bad['source']}: malformed record: {bad['malformed']}")

        checks = suite.build_checks()
        corpus_checks = {eid: c for eid, c in checks.items() if isinstance(c, CorpusCheck)}
        corpus_statistics: dict[str, dict[str, Any]] = {}
        final = first
        if corpus_checks:
            aggregates = {eid: c.aggregate() for eid, c in corpus_checks.items()}
            observed = first.where(F.col("obs").isNotNull())
            for (obs,) in _ordered(observed, ("obs",), order):
                for eid, observation in pickle.loads(obs).items():
                    aggregates[eid].add(observation)
            models = {eid: aggregate.finish() for eid, aggregate in aggregates.items()}
            corpus_statistics = {
                eid: corpus_checks[eid].corpus_statistics(models[eid]) for eid in corpus_checks
            }
            models_ref = context.broadcast(models)
            final = first.mapInArrow(
                functools.partial(_judge_batches, plan_ref=plan_ref, models_ref=models_ref), schema
            ).persist(StorageLevel.MEMORY_AND_DISK)
            frames.append(final)

        totals = _cluster_counts(final, expectation_ids)
        result, collected = _collect(final, suite, order, progress, expectation_ids)
        result.corpus_statistics = corpus_statistics
        result.frame = final
        if final is not first:
            first.unpersist()
        result.spark = {
            "master": context.master,
            "default_parallelism": parallelism,
            "partitions": final.rdd.getNumPartitions(),
            "documents_processed": processed.value,
        }
        _verify(totals, collected)
        return result
    except BaseException:
        for frame in frames:
            frame.unpersist()
        raise


def _cluster_counts(frame: DataFrame, expectation_ids: list[str]) -> dict[str, Any]:
    """Documents, malformed records, failing documents and findings per expectation, by Spark."""
    from pyspark.sql import functions as F

    columns = [F.count(F.lit(1)).alias("documents"), F.count("malformed").alias("malformed")]
    for i in range(len(expectation_ids)):
        columns.append(F.count(F.when(F.col(f"c{i}") > 0, True)).alias(f"failing{i}"))
        columns.append(
            F.coalesce(F.sum(F.col(f"c{i}").cast("long")), F.lit(0)).alias(f"findings{i}")
        )
    row = frame.agg(*columns).first()
    assert row is not None
    return {
        "documents": row["documents"],
        "malformed": row["malformed"],
        "failing": {eid: row[f"failing{i}"] for i, eid in enumerate(expectation_ids)},
        "findings": {eid: row[f"findings{i}"] for i, eid in enumerate(expectation_ids)},
    }


def _pack(batches: Iterable[pa.RecordBatch], columns: tuple[str, ...]) -> Iterator[pa.RecordBatch]:
    """Executor side of :func:`_ordered`: one pickled chunk of rows per Arrow batch."""
    import pyarrow as pa

    for batch in batches:
        if batch.num_rows:
            rows = list(zip(*(batch.column(c).to_pylist() for c in columns), strict=True))
            chunk = pa.array([pickle.dumps(rows, 5)], pa.binary())
            yield pa.RecordBatch.from_arrays([chunk], names=["chunk"])


def _ordered(
    frame: DataFrame, columns: tuple[str, ...], order: list[Any]
) -> Iterator[tuple[Any, ...]]:
    """``columns`` of every row of ``frame`` in corpus order, streamed to the driver.

    Rows travel in pickled chunks of one Arrow batch each: a sorted frame keeps its order through
    a narrow ``mapInArrow``, and the driver then pays one Row per chunk instead of per document.
    """
    packed = frame.orderBy(*order).mapInArrow(
        functools.partial(_pack, columns=columns), "chunk binary"
    )
    for row in packed.toLocalIterator(prefetchPartitions=True):
        yield from pickle.loads(row["chunk"])


def _collect(
    frame: DataFrame,
    suite: Suite,
    order: list[Any],
    progress: Callable[[int], None] | None,
    expectation_ids: list[str],
) -> tuple[SparkRunResult, dict[str, Any]]:
    """Stream the per-document results to the driver in corpus order, like the local engine.

    Also returns the counts :func:`_verify` compares with Spark's.
    """
    sampler = SignalSampler(SIGNAL_SAMPLE_SIZE)
    store = ResultStore()
    result = SparkRunResult(suite=suite, results=store)
    names: dict[str, None] = {}
    failing = dict.fromkeys(expectation_ids, 0)
    findings = dict.fromkeys(expectation_ids, 0)
    batch: list[DocResult] = []
    try:
        for payload, sample in _ordered(frame, ("payload", "sample_signals"), order):
            doc: DocResult = pickle.loads(payload)
            result.documents_read += 1
            if not doc.content_hash:
                result.malformed += 1
            sampler.add(pickle.loads(sample) if sample is not None else doc.signals)
            for name in doc.signals:
                names.setdefault(name, None)
            for eid, found in doc.findings.items():
                if found and eid in failing:
                    failing[eid] += 1
                    findings[eid] += len(found)
            batch.append(doc)
            if len(batch) >= 512:
                store.extend(batch)
                if progress is not None:
                    progress(len(batch))
                batch = []
        store.extend(batch)
        if progress is not None and batch:
            progress(len(batch))
    except BaseException:
        store.close()
        raise
    result.signal_samples = sampler.samples
    result.signal_counts = sampler.counts
    result.signal_names = list(names)
    collected = {
        "documents": result.documents_read,
        "malformed": result.malformed,
        "failing": failing,
        "findings": findings,
    }
    return result, collected


def _verify(totals: dict[str, Any], collected: dict[str, Any]) -> None:
    """Spark's own counts must equal what the driver collected; a mismatch is a corpusgate bug."""
    if collected != totals:
        raise SparkCheckCrashed(
            f"the Spark engine's cluster-side counts {totals} differ from the collected results "
            f"{collected}"
        )


def signals_frame(result: SparkRunResult) -> DataFrame:
    """The signals table (:mod:`corpusgate.signals`) as a Spark frame of the persisted results."""
    from pyspark.sql import functions as F

    from corpusgate.signals import SignalsColumns

    if result.frame is None:
        raise UsageError("the Spark run was closed; its results are no longer available")
    layout = SignalsColumns.build(result.suite, result.signal_names)
    columns = [F.col("id"), F.col("source")]
    for i, eid in enumerate(e.id for e in result.suite.expectations):
        columns.append(F.col(f"c{i}").alias(layout.findings[eid]))
    for name, column in layout.signals.items():
        value = F.element_at(F.col("signals"), F.lit(name))
        # NaN means "not defined for this document": null, as in the Parquet signals table.
        columns.append(
            F.when(F.isnan(value), F.lit(None)).otherwise(value).cast("double").alias(column)
        )
    return result.frame.orderBy("k_file", "k_line").select(*columns)


def main(argv: Sequence[str] | None = None) -> int:
    """The ``spark-submit`` entry point: the corpusgate command line, run inside the driver."""
    from corpusgate.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    # Run as a script by spark-submit: this file's directory must not shadow top-level modules.
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != here]
    raise SystemExit(main(sys.argv[1:]))
