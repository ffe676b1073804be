"""The baseline gate: new and changed documents by content hash, --fail-on, drift statistics."""

from __future__ import annotations

import json
import math
import random
from datetime import datetime, timezone
from pathlib import Path

import jsonschema
import pytest

from corpusgate.api import validate
from corpusgate.documents import Document
from corpusgate.engine import run_suite
from corpusgate.errors import CorpusgateError, SuiteError, UsageError
from corpusgate.expectations import ExpectationResult, evaluate
from corpusgate.readers.base import MalformedRecord
from corpusgate.report.baseline import (
    apply_baseline,
    compare,
    document_statuses,
    ks_p_value,
    ks_statistic,
    load_baseline,
    signal_drift,
    summary_lines,
    wasserstein,
)
from corpusgate.report.json import read_json, write_json
from corpusgate.report.model import Report, build_report, sketch
from corpusgate.suite import DriftSection, parse_suite
from tests.conftest import ROOT

from . import reportkit as rk

SCHEMA = json.loads((ROOT / "src" / "corpusgate" / "schema" / "report.schema.json").read_text())


def gate(
    records: list[Document | MalformedRecord],
    baseline_records: list[Document | MalformedRecord],
    fail_on: str = "new",
    extra_suite: str = "",
) -> Report:
    """Run the current corpus against a baseline run of the same suite, as the API does."""
    suite = rk.suite(extra_suite)
    baseline = rk.build(baseline_records, suite)
    run = run_suite(records, suite, jobs=1)
    outcomes = evaluate(suite, run.results, run.documents_read)
    report = build_report(run, outcomes, ["corpus.jsonl"], datetime.now(timezone.utc))
    apply_baseline(report, baseline, run.results, suite, fail_on=fail_on)
    return report


def outcome(report: Report, eid: str) -> ExpectationResult:
    return next(o for o in report.expectations if o.id == eid)


# --- statistics ---


def test_ks_and_wasserstein_known_answers() -> None:
    assert ks_statistic([1.0, 2.0, 3.0], [1.0, 2.0, 3.0]) == 0.0
    assert ks_statistic([1.0, 2.0], [3.0, 4.0]) == 1.0
    # F jumps to 1/2 at 1, G to 1/2 at 2: the largest gap is 1/2.
    assert ks_statistic([1.0, 3.0], [2.0, 4.0]) == 0.5
    # Moving every value by 1 costs exactly 1.
    assert wasserstein([0.0, 1.0, 2.0], [1.0, 2.0, 3.0]) == pytest.approx(1.0)
    assert wasserstein([0.0, 0.0], [0.0, 10.0]) == pytest.approx(5.0)
    assert math.isnan(ks_statistic([], [1.0]))
    # Ties across the samples are not a gap.
    assert ks_statistic([1.0, 1.0, 2.0], [1.0, 2.0, 2.0]) == pytest.approx(1 / 3)


def test_ks_p_value_shrinks_with_the_statistic_and_the_sample() -> None:
    assert ks_p_value(0.0, 100, 100) == 1.0
    assert ks_p_value(0.5, 100, 100) < 1e-9
    assert ks_p_value(0.1, 50, 50) > ks_p_value(0.1, 5000, 5000)


def test_statistics_agree_with_scipy() -> None:
    stats = pytest.importorskip("scipy.stats")
    rng = random.Random(7)
    for shift in (0.0, 0.3, 1.0):
        a = sorted(rng.gauss(0, 1) for _ in range(400))
        b = sorted(rng.gauss(shift, 1.5) for _ in range(650))
        reference = stats.ks_2samp(a, b)
        assert ks_statistic(a, b) == pytest.approx(reference.statistic, abs=1e-12)
        assert ks_p_value(ks_statistic(a, b), 400, 650) == pytest.approx(
            reference.pvalue, rel=0.2, abs=1e-6
        )
        assert wasserstein(a, b) == pytest.approx(stats.wasserstein_distance(a, b), rel=1e-9)


def test_sketch_of_a_large_sample_keeps_its_distribution() -> None:
    rng = random.Random(3)
    values = sorted(rng.expovariate(1.0) for _ in range(20_000))
    compact = sketch(values)
    assert len(compact) == 1000
    assert ks_statistic(values, compact) <= 0.002
    assert sketch([3.0, 1.0 + 1e-12]) == [3.0, 1.0]  # rounded to 7 digits, order kept


def test_signal_drift_is_gated_only_with_thresholds_and_enough_documents() -> None:
    base = [float(i) for i in range(100)]
    moved = [v + 30 for v in base]
    config = DriftSection(signals={"x": {"max_ks": 0.2}}, min_documents=50)
    assert signal_drift("x", base, moved, 100, 100, config).exceeded
    assert not signal_drift("x", base, base, 100, 100, config).exceeded
    assert not signal_drift("y", base, moved, 100, 100, config).gated  # not listed
    small = signal_drift("x", base, moved, 100, 20, config)
    assert not small.gated and not small.exceeded and "fewer than 50" in small.note
    constant = signal_drift(
        "x", [1.0] * 60, [2.0] * 60, 60, 60, DriftSection(default={"max_wasserstein": 0.1})
    )
    assert constant.wasserstein_normalised is None and constant.exceeded


# --- document matching and the gate ---


def test_same_corpus_against_itself_passes_despite_old_findings() -> None:
    docs = rk.corpus(bad=[1, 4], size=10)
    report = gate(docs, docs)
    section = report.extras["baseline"]
    assert report.success
    assert section["documents"] == {
        "baseline": 10,
        "current": 10,
        "new": 0,
        "changed": 0,
        "unchanged": 10,
        "moved": 0,
        "removed": 0,
    }
    assert section["findings"]["new"] == 0 and section["findings"]["fixed"] == 0
    assert section["findings"]["unchanged"] == 2
    # Budgets were re-evaluated over nothing, but the whole corpus still knows its failures.
    assert outcome(report, "bad-words").documents == 0
    corpus = {e["id"]: e for e in section["corpus_expectations"]}
    assert corpus["bad-words"]["failing_documents"] == 2 and not corpus["bad-words"]["success"]


def test_an_update_adding_one_bad_document_fails_with_exactly_that_document() -> None:
    old = rk.corpus(bad=[1, 4], size=10)
    new = [*old, Document("d10", rk.clean_text(10) + " badword", "corpus.jsonl:11")]
    report = gate(new, old)
    assert not report.success
    failed = outcome(report, "bad-words")
    assert failed.failing_ids == ["d10"]
    assert failed.failing_sources == ["corpus.jsonl:11"]
    assert failed.documents == 1
    assert failed.observed["corpus_failing_documents"] == 3
    section = report.extras["baseline"]
    assert section["new_ids"] == ["d10"] and section["changed_ids"] == []
    assert section["findings"]["new"] == 1
    assert [f["id"] for f in section["new_findings"]] == ["d10"]
    assert document_statuses(report) == {"d10": "new"}


def test_a_changed_document_is_detected_by_content_hash() -> None:
    old = rk.corpus(size=6)
    edited = list(old)
    edited[3] = Document("d3", rk.clean_text(3) + " Now with a badword.", "corpus.jsonl:4")
    report = gate(edited, old)
    section = report.extras["baseline"]
    assert section["changed_ids"] == ["d3"] and section["new_ids"] == []
    assert outcome(report, "bad-words").failing_ids == ["d3"]
    assert not report.success
    # The same id with the same text is unchanged even though it is listed again.
    assert section["documents"]["unchanged"] == 5


def test_a_fix_is_counted_and_a_touched_document_owns_its_old_findings() -> None:
    old = rk.corpus(bad=[2], size=6)
    old[2] = Document("d2", old[2].text + " [ad_1]", old[2].source)
    fixed = list(old)
    # The badword is fixed but the ad marker stays: the edit makes the document the update's.
    fixed[2] = Document("d2", rk.clean_text(2) + " [ad_1] edited", old[2].source)
    report = gate(fixed, old)
    section = report.extras["baseline"]
    assert section["findings"]["fixed"] == 1
    assert section["per_expectation"]["bad-words"] == {"new": 0, "fixed": 1}
    assert outcome(report, "bad-words").success
    assert outcome(report, "artifact.ad-marker").failing_ids == ["d2"]
    assert not report.success


def test_positional_ids_that_shift_are_matched_by_content() -> None:
    # Without an id field the id is the source line: inserting a record shifts every id below.
    old = [Document(f"c.jsonl:{i + 1}", rk.clean_text(i), f"c.jsonl:{i + 1}") for i in range(8)]
    texts = [rk.clean_text(100) + " badword", *(d.text for d in old)]
    new = [Document(f"c.jsonl:{i + 1}", t, f"c.jsonl:{i + 1}") for i, t in enumerate(texts)]
    report = gate(new, old)
    section = report.extras["baseline"]
    assert section["documents"]["moved"] == 8 and section["documents"]["unchanged"] == 8
    # Every old entry went to the text that moved, so the inserted record is new, not changed.
    assert section["new_ids"] == ["c.jsonl:1"] and section["changed_ids"] == []
    assert outcome(report, "bad-words").failing_ids == ["c.jsonl:1"]


def test_a_second_copy_of_an_old_text_is_new_and_removed_documents_are_counted() -> None:
    old = rk.corpus(bad=[0], size=4)
    new = [old[0], Document("copy", old[0].text, "corpus.jsonl:9"), old[1]]
    report = gate(new, old)
    section = report.extras["baseline"]
    assert section["new_ids"] == ["copy"]
    assert sorted(section["removed_ids"]) == ["d2", "d3"]
    assert outcome(report, "bad-words").failing_ids == ["copy"]


def test_corpus_relative_findings_in_unchanged_documents_are_neither_new_nor_fixed() -> None:
    from tests.engine import checks_for_tests  # noqa: F401  (registers test.shared-line)

    extra = "  - check: test.shared-line\n    id: shared\n"
    old = [Document(f"s{i}", f"Story {i} text here.\nshared footer", f"s:{i}") for i in range(2)]
    new = [*old, Document("s2", "Story 2 text here.\nshared footer", "s:2")]
    # With a third copy the footer is "shared" (>= 3 documents): all three documents flag it.
    report = gate(new, old, extra_suite=extra)
    found = report.extras["baseline"]["findings"]
    assert found["new"] == 1 and found["fixed"] == 0
    assert found["appeared_in_unchanged_documents"] == 2
    assert outcome(report, "shared").failing_ids == ["s2"]
    back = gate(old, new, extra_suite=extra)
    assert back.extras["baseline"]["findings"]["disappeared_from_unchanged_documents"] == 2
    assert back.extras["baseline"]["findings"]["fixed"] == 0


def test_malformed_records_match_by_their_location() -> None:
    bad = MalformedRecord("c.jsonl:3", "c.jsonl:3", "invalid JSON")
    docs = [*rk.corpus(size=3), bad]
    assert gate(docs, docs).success
    moved = [*rk.corpus(size=3), MalformedRecord("c.jsonl:4", "c.jsonl:4", "invalid JSON")]
    report = gate(moved, docs)
    assert outcome(report, "input.malformed").failing_ids == ["c.jsonl:4"]


def test_fail_on_all_keeps_whole_corpus_budgets() -> None:
    docs = rk.corpus(bad=[1], size=5)
    report = gate(docs, docs, fail_on="all")
    assert not report.success
    assert outcome(report, "bad-words").failing_ids == ["d1"]
    assert "corpus_expectations" not in report.extras["baseline"]


def test_mostly_applies_to_the_new_and_changed_documents() -> None:
    extra = """  - check: reporttest.word
    id: rare-word
    mostly: 0.8
    params: {word: rareword}
"""
    old = rk.corpus(size=20)
    one_in_five = [
        Document(f"n{i}", rk.clean_text(i) + (" rareword" if i == 0 else ""), f"n:{i}")
        for i in range(5)
    ]
    report = gate([*old, *one_in_five], old, extra_suite=extra)
    rare = outcome(report, "rare-word")
    assert (rare.documents, rare.failing_documents, rare.allowed_failures) == (5, 1, 1)
    assert rare.success
    two_in_five = [
        Document(f"n{i}", rk.clean_text(i) + (" rareword" if i < 2 else ""), f"n:{i}")
        for i in range(5)
    ]
    assert not outcome(gate([*old, *two_in_five], old, extra_suite=extra), "rare-word").success


DRIFT = """drift:
  min_documents: 20
  signals:
    words: {max_ks: 0.3, max_wasserstein: 0.5}
"""


def _sized(prefix: str, count: int, words: int) -> list[Document]:
    return [
        Document(f"{prefix}{i}", " ".join(["word"] * (words + i % 3)), f"{prefix}.jsonl:{i + 1}")
        for i in range(count)
    ]


def test_drift_beyond_the_suite_threshold_fails_the_gate() -> None:
    base = _sized("a", 40, 10)
    same_shape = _sized("b", 40, 10)
    report = gate(same_shape, base, extra_suite=DRIFT)
    words = next(d for d in report.extras["baseline"]["drift"]["signals"] if d["signal"] == "words")
    assert words["gated"] and not words["exceeded"] and words["ks"] == 0.0
    assert report.success
    longer = _sized("c", 40, 30)
    report = gate(longer, base, extra_suite=DRIFT)
    drift = report.extras["baseline"]["drift"]
    assert drift["failed"] == ["words"]
    assert not report.success and report.summary["drift_failed"] == 1
    assert any("drift: words" in line for line in summary_lines(report))


def test_drift_is_reported_not_gated_without_a_drift_section() -> None:
    report = gate(_sized("c", 40, 30), _sized("a", 40, 10))
    drift = report.extras["baseline"]["drift"]
    words = next(d for d in drift["signals"] if d["signal"] == "words")
    assert words["ks"] == 1.0 and not words["gated"]
    assert drift["failed"] == [] and report.success


def test_update_scope_compares_only_the_new_documents() -> None:
    extra = DRIFT.replace("drift:\n", "drift:\n  scope: update\n")
    base = _sized("a", 40, 10)
    # The whole corpus barely moves, but the 25 new documents are far longer.
    report = gate([*base, *_sized("n", 25, 40)], base, extra_suite=extra)
    assert report.extras["baseline"]["drift"]["failed"] == ["words"]
    corpus_scope = gate([*base, *_sized("n", 25, 40)], base, extra_suite=DRIFT)
    words = next(
        d for d in corpus_scope.extras["baseline"]["drift"]["signals"] if d["signal"] == "words"
    )
    assert words["count"] == 65 and words["ks"] < 0.5


def test_drift_section_errors_name_the_line() -> None:
    with pytest.raises(
        SuiteError,
        match=r"s.yml:5: drift.signals.words.max_kss: unknown key 'max_kss'; did you mean 'max_ks'",
    ):
        parse_suite(
            "name: x\nexpectations: []\ndrift:\n  signals:\n    words: {max_kss: 0.2}\n", "s.yml"
        )


# --- through the JSON report and the API ---


def _write_corpus(path: Path, docs: list[Document]) -> Path:
    return rk.write_jsonl(path, ({"id": d.id, "text": d.text} for d in docs))


def test_json_report_round_trip_serves_as_baseline(tmp_path: Path) -> None:
    suite = rk.suite()
    old = rk.corpus(bad=[1], size=8)
    baseline_path = tmp_path / "old.json"
    write_json(rk.build(old, suite), baseline_path)
    data = json.loads(baseline_path.read_text())
    jsonschema.validate(data, SCHEMA)
    assert data["index"]["rows"][0] == ["d0", old[0].content_hash]
    assert len(data["index"]["rows"]) == 8
    assert len(data["signal_distributions"]["words"]["sketch"]) == 8

    new = [*old, Document("d8", "badword " + rk.clean_text(8), "x")]
    corpus = _write_corpus(tmp_path / "new.jsonl", new)
    report = validate(corpus, suite, jobs=1, baseline=baseline_path)
    assert outcome(report, "bad-words").failing_ids == ["d8"]
    out = tmp_path / "new.json"
    write_json(report, out)
    saved = json.loads(out.read_text())
    jsonschema.validate(saved, SCHEMA)
    assert saved["baseline"]["source"] == {"report": str(baseline_path)}
    assert saved["baseline"]["new_ids"] == ["d8"]
    again = read_json(out)
    assert again.extras["baseline"]["new_ids"] == ["d8"]
    assert not again.success


def test_baseline_corpus_is_validated_in_the_same_run(tmp_path: Path) -> None:
    old = rk.corpus(bad=[1], size=6)
    base = _write_corpus(tmp_path / "old.jsonl", old)
    current = _write_corpus(tmp_path / "new.jsonl", [*old, Document("z", rk.clean_text(9), "z")])
    report = validate(current, rk.suite(), jobs=1, baseline_corpus=base)
    section = report.extras["baseline"]
    assert report.success
    assert section["source"] == {"corpus": [str(base)]}
    assert section["new_ids"] == ["z"]
    assert section["documents"]["unchanged"] == 6


def test_a_1_0_report_cannot_be_a_baseline(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"schema_version": "1.0", "success": True, "documents": []}))
    with pytest.raises(CorpusgateError, match="no document index"):
        load_baseline(path)


def test_fail_on_new_without_a_baseline_is_a_usage_error(tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path / "c.jsonl", rk.corpus(size=2))
    with pytest.raises(UsageError, match="needs a baseline"):
        validate(corpus, rk.suite(), jobs=1, fail_on="new")
    with pytest.raises(UsageError, match="either a baseline report or a baseline corpus"):
        validate(corpus, rk.suite(), jobs=1, baseline="a.json", baseline_corpus="b.jsonl")


def test_compare_counts_every_status() -> None:
    suite = rk.suite()
    old = rk.corpus(size=5)
    baseline = rk.build(old, suite)
    current = [old[0], Document("d1", "edited text here now", "s"), Document("new", "x y z", "s")]
    run = run_suite(current, suite, jobs=1)
    comparison = compare(run.results, baseline)
    assert dict(comparison.counts) == {
        "new": 1,
        "changed": 1,
        "unchanged": 1,
        "moved": 0,
        "removed": 3,
    }
    assert comparison.baseline_documents == 5
    assert list(comparison.statuses) == [3, 2, 1]
