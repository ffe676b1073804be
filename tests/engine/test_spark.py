"""The Spark engine gives the local engine's report, byte for byte apart from run timing.

Needs pyspark and Java 17 (``pip install 'corpusgate[spark]'``); run with ``pytest -m spark``.
One local Spark session (``local[2]``) serves the whole test session.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyspark", reason="needs pyspark: pip install 'corpusgate[spark]'")

from corpusgate.api import validate
from corpusgate.checks.base import Check, DocContext, register
from corpusgate.cli import main
from corpusgate.documents import CheckOutput, Document
from corpusgate.engine import spark as spark_engine
from corpusgate.errors import InternalError, UsageError
from corpusgate.readers.base import InputError
from corpusgate.report import WRITERS
from corpusgate.report.model import Report
from corpusgate.suite import parse_suite

from . import checks_for_tests  # noqa: F401  (registers the test checks)

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.spark,
    pytest.mark.skipif(
        not (shutil.which("java") or os.environ.get("JAVA_HOME")),
        reason="Spark needs Java 17 (java not found and JAVA_HOME unset)",
    ),
]


@register
class Crash(Check):
    """A broken check: raises on documents that mention a volcano."""

    name = "test.crash"
    family = "test"
    summary = "raises"
    what = "nothing"
    why = "tests"
    example = "volcano"
    fix = "none"

    def run(self, doc: Document, ctx: DocContext) -> CheckOutput:
        if "volcano" in doc.text:
            raise ZeroDivisionError("the check divided by zero")
        return CheckOutput()


SUITE_TEXT = """
name: spark-parity
expectations:
  - check: input.malformed
  - check: test.letter-x
    mostly: 0.7
  - check: test.shared-line
    severity: warning
  - check: artifact.ad-marker
    max_failing: 2
  - check: artifact.html
    severity: warning
    mostly: 0.9
  - check: artifact.repeated-line
    severity: warning
"""


def _article(i: int) -> str:
    body = f"Report number {i} from the council.\nThe vote was postponed again."
    if i % 4 == 0:
        body += "\nAn x marks the spot."
    if i % 9 == 0:
        body = "[ad_1]\n" + body
    if i % 11 == 0:
        body += "\nRead <strong>more</strong> here."
    return body + "\nFollow us for daily updates"


def _write_jsonl_corpus(directory: Path) -> list[str]:
    directory.mkdir()
    lines: list[bytes] = [
        b"\xef\xbb\xbf" + json.dumps({"id": "first", "text": _article(0)}).encode()
    ]
    for i in range(1, 120):
        record: dict[str, Any] = {"id": f"doc-{i}", "text": _article(i), "title": f"T{i}"}
        if i % 17 == 0:
            del record["id"]  # cited by source instead
        if i % 13 == 0:
            record["id"] = i  # integer id
        lines.append(json.dumps(record, ensure_ascii=i % 2 == 0).encode())
    lines[10] = b"{not json"
    lines[20] = b"[1, 2, 3]"
    lines[30] = b'{"id": "no-text"}'
    lines[40] = b""  # blank lines are skipped but still counted
    lines[41] = b"   \t"
    lines[50] = json.dumps({"id": "crlf", "text": "carriage x return"}).encode() + b"\r"
    lines[60] = b'{"id": "bad-utf8", "text": "caf\xff x"}'
    lines[70] = json.dumps(
        {"id": "sep", "text": "line\u2028separator x"}, ensure_ascii=False
    ).encode()
    lines[80] = b'{"id": "cut", "text": "unterminated\r'  # CRLF after a broken string
    (directory / "a.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    more = [json.dumps({"id": f"b-{i}", "text": _article(i + 500)}) for i in range(40)]
    (directory / "b.jsonl").write_text("\n".join(more), encoding="utf-8")  # no final newline
    zipped = [json.dumps({"id": f"z-{i}", "text": _article(i + 900)}) for i in range(25)]
    (directory / "c.jsonl.gz").write_bytes(gzip.compress("\n".join(zipped).encode()))
    # A glob and an overlapping explicit path: the file is read once, in glob order.
    return [str(directory / "*.jsonl"), str(directory / "a.jsonl"), str(directory / "c.jsonl.gz")]


@pytest.fixture(scope="module")
def jsonl_corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return _write_jsonl_corpus(tmp_path_factory.mktemp("spark") / "corpus")


@pytest.fixture
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    # Split even small files into several blocks, so line numbers cross block boundaries.
    monkeypatch.setattr(spark_engine, "_MIN_SPLIT", 700)


def _json(report: Report, path: Path) -> dict[str, Any]:
    WRITERS["json"][0](report, path)
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    data.pop("run")
    return data


def _both(paths: list[str], **options: Any) -> tuple[Report, Report]:
    suite = parse_suite(SUITE_TEXT, "spark-parity.yml")
    local = validate(paths, suite, jobs=1, **options)
    distributed = validate(paths, suite, engine="spark", spark_master="local[2]", **options)
    return local, distributed


@pytest.fixture(scope="module")
def jsonl_reports(spark: Any, jsonl_corpus: list[str]) -> tuple[Report, Report]:
    with pytest.MonkeyPatch.context() as patch:
        # Split even small files into several blocks, so line numbers cross block boundaries.
        patch.setattr(spark_engine, "_MIN_SPLIT", 700)
        return _both(jsonl_corpus)


def test_jsonl_report_is_identical_to_the_local_engine(
    jsonl_reports: tuple[Report, Report], tmp_path: Path
) -> None:
    local, distributed = jsonl_reports
    expected = _json(local, tmp_path / "local.json")
    actual = _json(distributed, tmp_path / "spark.json")
    # The corpus exercises what matters before comparing: provenance, failures, corpus checks.
    sources = [d["source"] for d in expected["documents"]]
    assert any(s.endswith("a.jsonl:11") for s in sources)  # invalid JSON, cited by line
    assert expected["summary"]["malformed_records"] == 4
    assert any(
        "Unterminated string" in f["message"] for d in expected["documents"] for f in d["findings"]
    )
    assert expected["corpus_statistics"]["test.shared-line"]["distinct_lines"] > 100
    assert not expected["success"]
    assert actual == expected
    assert distributed.run["engine"] == "spark"
    assert distributed.run["spark"]["partitions"] > 1


def test_html_junit_and_markdown_reports_are_identical_too(
    jsonl_reports: tuple[Report, Report], tmp_path: Path
) -> None:
    local, distributed = jsonl_reports
    run_section = distributed.run
    distributed.run = local.run  # timing is the only difference allowed
    try:
        for name in ("html", "junit", "markdown"):
            writer = WRITERS[name][0]
            writer(local, tmp_path / f"local.{name}")
            writer(distributed, tmp_path / f"spark.{name}")
            spark_bytes = (tmp_path / f"spark.{name}").read_bytes()
            assert spark_bytes == (tmp_path / f"local.{name}").read_bytes(), name
    finally:
        distributed.run = run_section


def test_checks_run_once_per_document(jsonl_reports: tuple[Report, Report]) -> None:
    local, distributed = jsonl_reports
    documents = distributed.summary["documents"]
    assert documents == local.summary["documents"] == 120 - 2 + 40 + 25  # blank lines: no record
    # The accumulator counts check runs: the corpus checks' second pass, the counts Spark
    # aggregates and the collection all read the persisted first-stage results.
    assert distributed.run["spark"]["documents_processed"] == documents


def test_parquet_report_is_identical_to_the_local_engine(spark: Any, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    texts = [_article(i) for i in range(90)]
    texts[5] = None  # type: ignore[call-overload]  # a null text is a malformed row
    table = pa.table(
        {
            "id": pa.array([i if i % 10 else None for i in range(90)], pa.int64()),
            "text": pa.array(texts, pa.string()),
            "title": pa.array([f"Title {i}" for i in range(90)]),
            "extra": pa.array([b"raw html"] * 90),
        }
    )
    pq.write_table(table, tmp_path / "one.parquet", row_group_size=16)
    pq.write_table(table.slice(0, 30), tmp_path / "two.parquet", row_group_size=7)
    paths = [str(tmp_path / "one.parquet"), str(tmp_path / "two.parquet")]
    local, distributed = _both(paths)
    expected = _json(local, tmp_path / "local.json")
    assert any(d["source"].endswith("one.parquet:6") for d in expected["documents"])
    assert _json(distributed, tmp_path / "spark.json") == expected


@pytest.mark.usefixtures("small_blocks")
def test_strict_input_stops_at_the_first_malformed_record_like_the_local_engine(
    spark: Any, jsonl_corpus: list[str]
) -> None:
    suite = parse_suite(SUITE_TEXT)
    with pytest.raises(InputError) as local_error:
        validate(jsonl_corpus, suite, jobs=1, strict_input=True)
    with pytest.raises(InputError) as spark_error:
        validate(jsonl_corpus, suite, engine="spark", spark_master="local[2]", strict_input=True)
    assert str(spark_error.value) == str(local_error.value)
    assert "a.jsonl:11: malformed record: invalid JSON" in str(spark_error.value)


def test_inputs_spark_cannot_read_are_usage_errors(spark: Any, tmp_path: Path) -> None:
    suite = parse_suite(SUITE_TEXT)
    csv = tmp_path / "corpus.csv"
    csv.write_text("id,text\n1,hello\n", encoding="utf-8")
    with pytest.raises(UsageError, match="JSON Lines and Parquet"):
        validate([str(csv)], suite, engine="spark")
    with pytest.raises(UsageError, match="standard input"):
        validate(["-"], suite, engine="spark")
    hidden = tmp_path / "zipped.jsonl"  # gzip bytes under a plain name: Hadoop would misread it
    hidden.write_bytes(gzip.compress(b'{"text": "a"}\n'))
    with pytest.raises(UsageError, match=r"rename it to end in \.gz"):
        validate([str(hidden)], suite, engine="spark")


def test_cli_engine_spark_writes_the_local_engines_report(
    jsonl_reports: tuple[Report, Report], jsonl_corpus: list[str], tmp_path: Path
) -> None:
    suite = tmp_path / "suite.yml"
    suite.write_text(SUITE_TEXT, encoding="utf-8")
    out = tmp_path / "spark.json"
    code = main(
        [
            "validate",
            *jsonl_corpus,
            *("--suite", str(suite), "-q", "--engine", "spark"),
            *("--spark-master", "local[2]", "--json", str(out)),
        ]
    )
    local = _json(jsonl_reports[0], tmp_path / "local.json")
    assert code == jsonl_reports[0].exit_code == 1
    distributed = json.loads(out.read_text(encoding="utf-8"))
    assert distributed.pop("run")["engine"] == "spark"
    local["suite"]["path"] = str(suite)  # the CLI read the same suite from a file
    assert distributed == local


def test_a_check_that_crashes_on_an_executor_is_an_internal_error(
    spark: Any, tmp_path: Path
) -> None:
    corpus = tmp_path / "c.jsonl"
    lines = [{"id": "1", "text": "calm"}, {"id": "2", "text": "a volcano erupts"}]
    corpus.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    suite = parse_suite("name: crash\nexpectations:\n  - check: test.crash\n    id: boom\n")
    with pytest.raises(
        InternalError, match=r"check 'boom' crashed on the document at .*c\.jsonl:2"
    ):
        validate([str(corpus)], suite, engine="spark", spark_master="local[2]")
    code = main(
        ["validate", str(corpus), "--engine", "spark", "-q", "--suite", str(_suite_file(tmp_path))]
    )
    assert code == 3


def _suite_file(directory: Path) -> Path:
    path = directory / "crash.yml"
    path.write_text("name: crash\nexpectations:\n  - check: test.crash\n", encoding="utf-8")
    return path


def test_signals_table_on_spark_equals_the_local_one(spark: Any, jsonl_corpus: list[str]) -> None:
    from corpusgate.signals import signals_table

    suite = parse_suite(SUITE_TEXT)
    local = signals_table(jsonl_corpus, suite, jobs=1)
    distributed = signals_table(jsonl_corpus, suite, engine="spark", spark_master="local[2]")
    assert local.num_rows == 183
    assert distributed.to_pylist() == local.to_pylist()
    assert distributed.schema.equals(local.schema, check_metadata=True)
