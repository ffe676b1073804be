"""The signals table: one row per document, findings counts per expectation, every signal."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpusgate.api import run
from corpusgate.checks.base import Check, DocContext, register
from corpusgate.cli import main
from corpusgate.documents import CheckOutput, Document
from corpusgate.expectations import evaluate
from corpusgate.signals import (
    SignalsColumns,
    SignalsTableError,
    findings_column,
    read_layout,
    signals_table,
    write_signals,
)
from corpusgate.suite import parse_suite

from .engine import checks_for_tests  # noqa: F401  (registers test.letter-x, test.shared-line)


@register
class Ratio(Check):
    """A signal that is undefined (NaN) for documents without words."""

    name = "test.ratio"
    family = "test"
    summary = "x per word"
    what = "ratio"
    why = "tests"
    example = "x"
    fix = "none"

    def run(self, doc: Document, ctx: DocContext) -> CheckOutput:
        words = len(doc.text.split())
        return CheckOutput((), {"x.ratio": doc.text.count("x") / words if words else math.nan})


SUITE_TEXT = """
name: signals-test
expectations:
  - check: input.malformed
  - check: test.letter-x
    id: letters.x
    mostly: 0.5
  - check: test.shared-line
    severity: warning
  - check: test.ratio
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    lines = [
        {"id": "a", "text": "no letter here\nshared"},
        {"id": "b", "text": "one x\nshared"},
        {"id": "c", "text": "x and x and x\nshared"},
        {"id": "d", "text": ""},
    ]
    path = tmp_path / "corpus.jsonl"
    text = "\n".join(json.dumps(line) for line in lines) + "\nnot json\n"
    path.write_text(text, encoding="utf-8")
    return path


def test_one_row_per_document_in_corpus_order(corpus: Path) -> None:
    table = signals_table([str(corpus)], parse_suite(SUITE_TEXT), jobs=1)
    rows = table.to_pylist()
    assert [r["id"] for r in rows] == ["a", "b", "c", "d", f"{corpus}:5"]
    assert [r["source"] for r in rows] == [f"{corpus}:{n}" for n in range(1, 6)]
    assert [r["findings__letters_x"] for r in rows] == [0, 1, 3, 0, 0]
    assert [r["findings__input_malformed"] for r in rows] == [0, 0, 0, 0, 1]
    # "shared" is in three documents: the corpus check's second pass counted it.
    assert [r["findings__test_shared-line"] for r in rows] == [1, 1, 1, 0, 0]
    assert [r["length"] for r in rows] == [21.0, 12.0, 20.0, 0.0, None]


def test_undefined_signals_are_null_and_names_lose_their_dots(corpus: Path) -> None:
    table = signals_table([str(corpus)], parse_suite(SUITE_TEXT), jobs=1)
    assert "x_ratio" in table.column_names
    assert not any("." in name for name in table.column_names)
    ratios = table.column("x_ratio").to_pylist()
    assert ratios[1] == pytest.approx(1 / 3)  # "one x shared"
    assert ratios[3] is None  # NaN: no words
    assert ratios[4] is None  # malformed record: no signals at all


def test_findings_counts_agree_with_the_budget_evaluation(corpus: Path) -> None:
    suite = parse_suite(SUITE_TEXT)
    result, _ = run([str(corpus)], suite, jobs=1)
    try:
        from corpusgate.signals import table_from_run

        table = table_from_run(result)
        for outcome in evaluate(suite, result.results, result.documents_read):
            counts = table.column(findings_column(outcome.id)).to_pylist()
            ids = table.column("id").to_pylist()
            assert sum(1 for c in counts if c > 0) == outcome.failing_documents
            assert sum(counts) == outcome.findings
            assert [i for i, c in zip(ids, counts, strict=True) if c > 0] == outcome.failing_ids
    finally:
        result.close()


def test_written_parquet_equals_the_table_and_describes_its_columns(
    corpus: Path, tmp_path: Path
) -> None:
    suite = parse_suite(SUITE_TEXT)
    out = tmp_path / "out" / "signals.parquet"
    rows = write_signals([str(corpus)], out, suite, jobs=1)
    assert rows == 5
    written = pq.read_table(out)
    assert written.to_pylist() == signals_table([str(corpus)], suite, jobs=1).to_pylist()
    layout = read_layout(out)
    assert layout["suite"] == "signals-test"
    assert layout["documents"] == 5
    assert layout["columns"]["findings__letters_x"] == {
        "kind": "findings",
        "expectation": "letters.x",
        "check": "test.letter-x",
    }
    assert layout["columns"]["x_ratio"] == {"kind": "signal", "signal": "x.ratio"}
    assert not list(out.parent.glob(".*.tmp"))  # written atomically, nothing left behind


def test_columns_that_would_collide_are_an_error() -> None:
    suite = parse_suite(
        """
name: clash
expectations:
  - check: test.letter-x
    id: a.b
  - check: test.letter-x
    id: a_b
"""
    )
    with pytest.raises(SignalsTableError, match="a_b"):
        SignalsColumns.build(suite, [])
    with pytest.raises(SignalsTableError, match="'id'"):
        SignalsColumns.build(parse_suite(SUITE_TEXT), ["id"])


def test_cli_writes_the_table(corpus: Path, tmp_path: Path) -> None:
    suite = tmp_path / "suite.yml"
    suite.write_text(SUITE_TEXT, encoding="utf-8")
    out = tmp_path / "signals.parquet"
    code = main(["signals", str(corpus), "--suite", str(suite), "--out", str(out), "-q", "-j", "1"])
    assert code == 0
    assert pq.read_table(out).num_rows == 5


def test_cli_signals_on_a_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    code = main(["signals", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "x.parquet")])
    assert code == 2
    assert not (tmp_path / "x.parquet").exists()
