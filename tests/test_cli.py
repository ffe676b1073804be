"""The command line, run as a user runs it: in a subprocess, reading files, writing reports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests.conftest import ROOT

SCHEMA = json.loads(
    (ROOT / "src" / "corpusgate" / "schema" / "report.schema.json").read_text("utf-8")
)
ARTIFACT_CHECKS = "artifact."


def corpusgate(
    *args: str, cwd: Path | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run(
        [sys.executable, "-m", "corpusgate", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        input=stdin,
        env=env,
        timeout=300,
    )


def seed_variants(seed_text: str) -> tuple[str, str]:
    """The seed as scraped, and with its three artifact lines removed and {dollars} unbraced."""
    kept = [
        line
        for line in seed_text.split("\n")
        if line.strip() not in {"[ad_1]", "[ad_2]", "Source link"}
    ]
    return seed_text, "\n".join(kept).replace("{dollars}", "dollars")


def artifact_findings(report: dict) -> list[tuple[str, int, int, str]]:
    return sorted(
        (finding["check"], finding["start"], finding["end"], finding["text"])
        for document in report["documents"]
        for finding in document["findings"]
        if finding["check"].startswith(ARTIFACT_CHECKS)
    )


def test_seed_article_fails_with_exact_spans(seed_text: str, tmp_path: Path) -> None:
    corpus = tmp_path / "seed.jsonl"
    corpus.write_text(json.dumps({"id": "seed", "text": seed_text}) + "\n", encoding="utf-8")
    result = corpusgate("validate", str(corpus), "--json", str(tmp_path / "r.json"), "--quiet")
    assert result.returncode == 1, result.stderr
    report = json.loads((tmp_path / "r.json").read_text("utf-8"))
    jsonschema.validate(report, SCHEMA)
    assert report["success"] is False
    found = artifact_findings(report)
    expected_texts = {"[ad_1]", "[ad_2]", "Source link", "{dollars}"}
    by_text = {text: (start, end) for _, start, end, text in found}
    for text in expected_texts:
        assert text in by_text, f"{text!r} not found in {found}"
        start, end = by_text[text]
        assert seed_text[start:end] == text
        assert seed_text.index(text) == start
    assert report["documents"][0]["source"] == f"{corpus}:1"


def test_cleaned_seed_has_no_artifact_findings(seed_text: str, tmp_path: Path) -> None:
    _, cleaned = seed_variants(seed_text)
    corpus = tmp_path / "clean.jsonl"
    corpus.write_text(json.dumps({"id": "seed", "text": cleaned}) + "\n", encoding="utf-8")
    result = corpusgate("validate", str(corpus), "--json", str(tmp_path / "r.json"), "--quiet")
    assert result.returncode in (0, 1), result.stderr
    report = json.loads((tmp_path / "r.json").read_text("utf-8"))
    assert artifact_findings(report) == []


def test_same_findings_from_jsonl_csv_parquet_and_text_directory(
    seed_text: str, tmp_path: Path
) -> None:
    _, cleaned = seed_variants(seed_text)
    rows = [{"id": "seed", "text": seed_text}, {"id": "clean", "text": cleaned}]
    (tmp_path / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    import csv

    with (tmp_path / "c.csv").open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=["id", "text"])
        writer.writeheader()
        writer.writerows(rows)
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "c.parquet")
    textdir = tmp_path / "textdir"
    textdir.mkdir()
    for row in rows:
        (textdir / f"{row['id']}.txt").write_text(row["text"], encoding="utf-8")

    def findings_by_doc(path: Path) -> dict[str, list[tuple[str, int, int, str]]]:
        out = tmp_path / f"{path.name}.json"
        result = corpusgate("validate", str(path), "--json", str(out), "--quiet", "--jobs", "1")
        assert result.returncode == 1, result.stderr
        report = json.loads(out.read_text("utf-8"))
        return {
            Path(d["id"]).stem: sorted(
                (f["check"], f["start"], f["end"], f["text"]) for f in d["findings"]
            )
            for d in report["documents"]
        }

    reference = findings_by_doc(tmp_path / "c.jsonl")
    assert reference["seed"]
    for other in ("c.csv", "c.parquet", "textdir"):
        assert findings_by_doc(tmp_path / other) == reference, other


def test_malformed_line_is_a_finding_and_the_run_goes_on(tmp_path: Path) -> None:
    corpus = tmp_path / "bad.jsonl"
    good = "A council meeting in the town hall ended without a vote on the new budget. " * 5
    corpus.write_text(json.dumps({"id": "a", "text": good}) + "\n{not json\n", encoding="utf-8")
    before = corpus.read_bytes()
    result = corpusgate("validate", str(corpus), "--json", str(tmp_path / "r.json"), "--quiet")
    assert result.returncode == 1
    report = json.loads((tmp_path / "r.json").read_text("utf-8"))
    malformed = [
        f for d in report["documents"] for f in d["findings"] if f["check"] == "input.malformed"
    ]
    assert len(malformed) == 1 and f"{corpus}:2" in malformed[0]["message"]
    assert corpus.read_bytes() == before


def test_strict_input_exits_2_with_file_and_line(tmp_path: Path) -> None:
    corpus = tmp_path / "bad.jsonl"
    corpus.write_text('{"id": "a", "text": "fine"}\n{not json\n', encoding="utf-8")
    result = corpusgate("validate", str(corpus), "--strict-input")
    assert result.returncode == 2
    assert f"{corpus}:2" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["validate", "does-not-exist.jsonl"], "does-not-exist.jsonl"),
        (["validate", "x.jsonl", "--suite", "nope.yml"], "nope.yml"),
        (["explain", "artifact.ad-markr"], "did you mean"),
        (["explain", "spin.score", "upwards of"], "spin.collocation, spin.phrase"),
        (["validate", "--jobs", "many"], "invalid int value"),
    ],
)
def test_user_mistakes_exit_2_without_traceback(
    args: list[str], message: str, tmp_path: Path
) -> None:
    result = corpusgate(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_suite_names_file_line_and_key(tmp_path: Path) -> None:
    suite = tmp_path / "s.yml"
    suite.write_text(
        "name: s\nexpectations:\n  - check: artifact.ad-marker\n    mostyl: 0.9\n", "utf-8"
    )
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "fine"}\n', encoding="utf-8")
    result = corpusgate("validate", str(corpus), "--suite", str(suite))
    assert result.returncode == 2
    assert (
        f"{suite}:4: expectations[0].mostyl: unknown key 'mostyl'; did you mean 'mostly'?"
        in result.stderr
    )


def test_empty_corpus_is_a_clear_error_unless_allowed(tmp_path: Path) -> None:
    corpus = tmp_path / "empty.jsonl"
    corpus.write_text("", encoding="utf-8")
    result = corpusgate("validate", str(corpus))
    assert result.returncode == 2 and "empty" in result.stderr
    assert corpusgate("validate", str(corpus), "--allow-empty", "--quiet").returncode == 0


def test_stdin_is_read_with_dash(tmp_path: Path) -> None:
    line = json.dumps(
        {"id": "s1", "text": "[ad_1]\nThe mayor opened the new bridge on Friday morning."}
    )
    result = corpusgate(
        "validate", "-", "--json", str(tmp_path / "r.json"), "--quiet", stdin=line + "\n"
    )
    assert result.returncode == 1, result.stderr
    report = json.loads((tmp_path / "r.json").read_text("utf-8"))
    assert any(f["text"] == "[ad_1]" for d in report["documents"] for f in d["findings"])


def test_checks_lists_and_explain_documents_every_check() -> None:
    listing = corpusgate("checks")
    assert listing.returncode == 0
    from corpusgate.checks import all_checks

    shipped = [n for n, cls in all_checks().items() if cls.__module__.startswith("corpusgate.")]
    assert len(shipped) >= 10
    for name in shipped:
        assert name in listing.stdout
    explained = corpusgate("explain", "artifact.ad-marker")
    assert explained.returncode == 0
    for heading in ("What it flags", "Why it matters", "Example", "Fix"):
        assert heading in explained.stdout


def test_explain_looks_a_term_up_in_a_checks_data() -> None:
    entry = corpusgate("explain", "spin.phrase", "Upwards of")
    assert entry.returncode == 0, entry.stderr
    assert '"upwards of" -> "more than"' in entry.stdout
    assert 'disabled: ["upwards of"]' in entry.stdout
    word = corpusgate("explain", "spin.collocation", "affect")
    assert word.returncode == 0, word.stderr
    assert '"affect" may stand for: "influence".' in word.stdout
    # every line fits a terminal, a long context rule continued under its indent
    assert all(
        len(line) <= 88
        for line in corpusgate("explain", "spin.phrase", "people").stdout.splitlines()
    )


def test_terminal_summary_shows_expectations_and_source(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": "[ad_1]\nThe mayor opened the new bridge on Friday."})
        + "\n",
        "utf-8",
    )
    result = corpusgate("validate", str(corpus))
    assert result.returncode == 1
    assert "artifact.ad-marker" in result.stdout
    assert f"{corpus}:1" in result.stdout
    assert "»[ad_1]«" in result.stdout
    assert "FAILED" in result.stdout


def test_report_file_is_written_atomically_and_input_untouched(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "[ad_1] fine text"}) + "\n", "utf-8")
    out = tmp_path / "reports" / "r.json"
    corpusgate("validate", str(corpus), "--json", str(out), "--quiet")
    assert json.loads(out.read_text("utf-8"))["schema_version"].startswith("1.")
    assert [p.name for p in out.parent.iterdir()] == ["r.json"]  # no temporary left behind


def test_default_suite_flags_punctuation_stripped_seed_as_degenerate_only(
    seed_text: str, tmp_path: Path
) -> None:
    stripped = "".join(ch for ch in seed_text if ch not in ".!?")
    corpus = tmp_path / "c.jsonl"
    rows = [{"id": "seed", "text": seed_text}, {"id": "stripped", "text": stripped}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = corpusgate("validate", str(corpus), "--json", str(tmp_path / "r.json"), "--quiet")
    assert result.returncode == 1, result.stderr
    report = json.loads((tmp_path / "r.json").read_text("utf-8"))
    checks = {d["id"]: {f["check"] for f in d["findings"]} for d in report["documents"]}
    assert not {c for c in checks["seed"] if c.startswith("readability.")}
    assert "readability.degenerate" in checks["stripped"]
    for document in report["documents"]:  # every flagged document carries readability signals
        assert {"flesch_reading_ease", "flesch_kincaid_grade"} <= set(document["signals"])
