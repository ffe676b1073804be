"""Great Expectations: translated suites agree with corpusgate, Data Docs build offline, GX's
silent failures become errors, custom expectations work and survive suite JSON.

Needs great-expectations 1.24 (``pip install 'corpusgate[gx]'``); run with ``pytest -m gx``.
The network is blocked in every test (tests/conftest.py), so building Data Docs here proves
they are built offline. Spark-backed tests are also marked ``spark``.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip(
    "great_expectations", reason="needs great-expectations: pip install 'corpusgate[gx]'"
)
pd = pytest.importorskip("pandas")

import corpusgate.gx as cgx  # noqa: E402
from corpusgate.api import run, validate  # noqa: E402
from corpusgate.checks.base import DocContext  # noqa: E402
from corpusgate.cli import main  # noqa: E402
from corpusgate.documents import Document  # noqa: E402
from corpusgate.expectations import evaluate  # noqa: E402
from corpusgate.integrations.gx import values  # noqa: E402
from corpusgate.suite import allowed_failures, parse_suite  # noqa: E402

from ..engine import checks_for_tests  # noqa: E402, F401  (registers the test checks)

pytestmark = pytest.mark.gx

ROOT = Path(__file__).resolve().parents[2]

SUITE_TEXT = """
name: gx-parity
expectations:
  - check: input.malformed
  - check: test.letter-x
    id: x-exact
    max_failing: 6
  - check: test.letter-x
    id: x-over
    max_failing: 5
  - check: test.letter-x
    id: x-mostly
    mostly: 0.85
  - check: test.letter-x
    id: x-mostly-tight
    mostly: 0.9
  - check: test.shared-line
    severity: warning
    mostly: 0.5
  - check: artifact.ad-marker
    max_failing: 0
  - check: artifact.html
    severity: warning
"""


def _articles(n: int) -> list[dict[str, Any]]:
    docs = []
    for i in range(n):
        text = f"Story {i}: the committee met and the vote was postponed."
        if i % 7 == 0:
            text += " An x appears."  # 6 of 40 documents
        if i % 3 == 0:
            text += "\nShared closing line"
        if i == 12:
            text = "[ad_1]\n" + text
        if i == 13:
            text += " <div>left over</div>"
        docs.append({"id": f"doc-{i}", "text": text})
    return docs


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gx") / "corpus.jsonl"
    lines = [json.dumps(doc) for doc in _articles(40)] + ["{broken"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def engine_run(corpus: Path) -> Iterator[tuple[Any, list[Any]]]:
    suite = parse_suite(SUITE_TEXT, "gx-parity.yml")
    result, _ = run([str(corpus)], suite, jobs=1)
    outcomes = evaluate(suite, result.results, result.documents_read)
    yield result, outcomes
    result.close()


# --- the budget translation ---------------------------------------------------------------------


def test_translated_mostly_passes_exactly_within_the_count_budget() -> None:
    # GX's own comparison, over every corpus size and budget up to 120 documents.
    from great_expectations.expectations.expectation import _mostly_success

    for documents in range(1, 121):
        for allowed in range(documents + 1):
            mostly = cgx.gx_mostly(allowed, documents)
            for failing in range(documents + 1):
                passes = (mostly is None and failing == 0) or (
                    mostly is not None and _mostly_success(documents, failing, mostly)
                )
                assert passes == (failing <= allowed), (documents, allowed, failing, mostly)


def test_corpusgate_mostly_budgets_translate_to_the_same_count() -> None:
    from great_expectations.expectations.expectation import _mostly_success

    for documents in (1, 7, 20, 100, 333, 1000, 12345):
        for budget in (0.5, 0.9, 0.95, 0.99, 0.999, 1.0):
            allowed = allowed_failures({"mostly": budget}, documents)
            mostly = cgx.gx_mostly(allowed, documents)
            for failing in {0, allowed, allowed + 1, documents}:
                gx_pass = (
                    (failing == 0)
                    if mostly is None
                    else _mostly_success(documents, failing, mostly)
                )
                assert gx_pass == (failing <= allowed)


def test_exported_suite_uses_built_in_expectations_with_readable_descriptions() -> None:
    suite = parse_suite(SUITE_TEXT)
    gx_suite = cgx.to_gx_suite(suite, 41)
    assert [e.expectation_type for e in gx_suite.expectations] == [
        "expect_column_values_to_be_between"
    ] * len(suite.expectations)
    first = gx_suite.expectations[1]
    assert first.column == "findings__x-exact"
    assert first.max_value == 0
    assert first.description.startswith(
        "corpusgate error `x-exact` (test.letter-x): at most 6 of 41"
    )
    assert first.meta["corpusgate"]["allowed_failures"] == 6
    assert gx_suite.expectations[0].mostly == 1  # max_failing 0: every document must pass


# --- parity and Data Docs -----------------------------------------------------------------------


def test_gx_agrees_with_corpusgate_on_every_expectation(engine_run: tuple[Any, list[Any]]) -> None:
    result, outcomes = engine_run
    gx_run = cgx.validate_run(result)
    by_id = gx_run.by_corpusgate_id()
    assert set(by_id) == {o.id for o in outcomes}
    for outcome in outcomes:
        gx_outcome = by_id[outcome.id]
        assert gx_outcome.success == outcome.success, outcome.id
        assert gx_outcome.unexpected_count == outcome.failing_documents, outcome.id
        assert gx_outcome.failing_ids == outcome.failing_ids, outcome.id
        assert gx_outcome.element_count == result.documents_read
    # The corpus sits on the budget boundaries, so the comparison above means something.
    verdicts = {o.id: (o.failing_documents, o.success) for o in outcomes}
    assert verdicts["x-exact"] == (6, True)
    assert verdicts["x-over"] == (6, False)
    assert verdicts["x-mostly"] == (6, True)  # 41 * 0.15 -> 6 allowed
    assert verdicts["x-mostly-tight"] == (6, False)  # 41 * 0.10 -> 4 allowed
    assert verdicts["input.malformed"] == (1, False)
    cgx.check_parity(gx_run, outcomes)


def test_parity_check_notices_a_disagreement(engine_run: tuple[Any, list[Any]]) -> None:
    result, outcomes = engine_run
    gx_run = cgx.validate_run(result)
    gx_run.by_corpusgate_id()["x-over"].unexpected_count += 1
    with pytest.raises(cgx.GXParityError, match="x-over: GX counts 7"):
        cgx.check_parity(gx_run, outcomes)


def test_checkpoint_builds_data_docs_offline(
    engine_run: tuple[Any, list[Any]], tmp_path: Path
) -> None:
    result, outcomes = engine_run
    index = cgx.build_data_docs(result, outcomes, tmp_path / "docs")
    assert index == tmp_path / "docs" / "index.html"
    pages = list((tmp_path / "docs" / "validations").rglob("*.html"))
    assert len(pages) == 1
    page = pages[0].read_text(encoding="utf-8")
    assert "at most 6 of 41 documents may have findings (max_failing 6)" in page
    assert "doc-7" in page  # failing rows are named by document id
    assert list((tmp_path / "docs" / "expectations").glob("*.html"))


def test_validate_gx_docs_from_the_cli(corpus: Path, tmp_path: Path) -> None:
    suite = tmp_path / "suite.yml"
    suite.write_text(SUITE_TEXT, encoding="utf-8")
    docs = tmp_path / "gx-docs"
    code = main(
        ["validate", str(corpus), "--suite", str(suite), "-q", "-j", "1", "--gx-docs", str(docs)]
    )
    assert code == 1  # input.malformed and others fail
    assert (docs / "index.html").is_file()


def test_runs_in_threads_each_build_their_own_validation(tmp_path: Path) -> None:
    import great_expectations as gx
    from great_expectations.expectations import ExpectColumnValuesToBeBetween

    frames = [
        pd.DataFrame({"id": [str(i) for i in range(200)], "v": [0] * (200 - k) + [1] * k})
        for k in range(6)
    ]
    results: dict[int, int] = {}

    def work(k: int) -> None:
        suite = gx.ExpectationSuite(
            name=f"t{k}", expectations=[ExpectColumnValuesToBeBetween(column="v", max_value=0)]
        )
        results[k] = cgx.run_checkpoint(frames[k], suite).outcomes[0].unexpected_count

    threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == {k: k for k in range(6)}


RANGE_SUITE = """
name: gx-range
expectations:
  - check: readability.range
    mostly: 0.8
    params:
      bounds:
        words_per_sentence: {min: 6, max: 30}
        flesch_kincaid_grade: {max: 14}
"""


def _range_corpus(path: Path) -> Path:
    plain = "The council met on Monday and agreed to repair the bridge before winter. "
    run_on = " ".join(["the committee that reviewed the plan and the costs"] * 5) + ". "
    choppy = "Rain fell. Roads shut. "
    texts = [
        plain * 8,  # judged, within bounds
        run_on * 3,  # long sentences and a high grade: breaks two bounds, one finding each
        choppy * 20,  # very short sentences: below the minimum words per sentence
        run_on,  # fewer than 50 words: not judged, though its scores are out of bounds
        plain * 5 + run_on * 2,
    ]
    path.write_text("\n".join(json.dumps({"id": f"r{i}", "text": t}) for i, t in enumerate(texts)))
    return path


def test_readability_range_bounds_become_detail_expectations(tmp_path: Path) -> None:
    suite = parse_suite(RANGE_SUITE)
    result, _ = run([str(_range_corpus(tmp_path / "range.jsonl"))], suite, jobs=1)
    try:
        outcomes = evaluate(suite, result.results, result.documents_read)
        gx_run = cgx.validate_run(result)
        cgx.check_parity(gx_run, outcomes)  # the verdict expectation still decides
        details = {o.metric: o for o in gx_run.details()}
        assert set(details) == {"words_per_sentence", "flesch_kincaid_grade"}
        for metric, outcome in details.items():
            # The documents whose findings name this metric are exactly GX's unexpected rows.
            named = [
                r.id
                for r in result.results
                if any(
                    f.message.startswith(metric + " ")
                    for f in r.findings.get("readability.range", ())
                )
            ]
            assert named, metric
            assert outcome.failing_ids == named, metric
        assert "r3" not in details["words_per_sentence"].failing_ids  # too short to be judged
    finally:
        result.close()


# --- GX's silent failures -----------------------------------------------------------------------


def test_a_suite_that_lost_an_expectation_on_load_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import great_expectations as gx
    from great_expectations.expectations import registry

    suite = gx.ExpectationSuite(
        name="custom",
        expectations=[
            cgx.ExpectColumnValuesToHaveNoScraperArtifacts(column="body"),
            gx.expectations.ExpectColumnValuesToNotBeNull(column="body"),
        ],
    )
    path = tmp_path / "suite.json"
    cgx.save_suite_json(suite, path)
    assert len(cgx.load_suite_json(path).expectations) == 2
    # As in a process that never imported corpusgate.gx: GX no longer knows the class and
    # would load the suite with one expectation fewer, saying so only in a log line.
    monkeypatch.delitem(
        registry._registered_expectations, "expect_column_values_to_have_no_scraper_artifacts"
    )
    data = json.loads(path.read_text(encoding="utf-8"))
    assert len(gx.ExpectationSuite(**data).expectations) == 1
    with pytest.raises(
        cgx.GXSuiteIntegrityError, match=r"lost 1 of its 2 expectations.*import corpusgate\.gx"
    ):
        cgx.load_suite_json(path)


def test_a_suite_without_a_manifest_is_still_checked_by_count(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from great_expectations.expectations import registry

    data = {
        "name": "plain",
        "expectations": [
            {
                "type": "expect_column_values_to_have_no_scraper_artifacts",
                "kwargs": {"column": "body"},
            }
        ],
    }
    assert len(cgx.suite_from_dict(data).expectations) == 1
    monkeypatch.delitem(
        registry._registered_expectations, "expect_column_values_to_have_no_scraper_artifacts"
    )
    with pytest.raises(cgx.GXSuiteIntegrityError, match="declares 1 expectations but only 0"):
        cgx.suite_from_dict(data)


def test_a_metric_that_raises_is_an_error_not_a_failed_expectation() -> None:
    import great_expectations as gx

    frame = pd.DataFrame({"id": ["a"], "body": ["some text"]})
    suite = gx.ExpectationSuite(
        name="broken",
        expectations=[
            cgx.ExpectColumnValuesToHaveReadabilityBetween(
                column="body", check="no.such-check", min_value=1
            )
        ],
    )
    with pytest.raises(
        cgx.GXRunError,
        match=r"GX failed to evaluate expect_column_values_to_have_readability_between.*no\.such",
    ):
        cgx.run_checkpoint(frame, suite)


def test_an_empty_or_missing_result_is_an_error() -> None:
    import great_expectations as gx
    from great_expectations.core import (
        ExpectationSuiteValidationResult,
        ExpectationValidationResult,
    )
    from great_expectations.expectations import ExpectColumnValuesToBeBetween

    expectation = ExpectColumnValuesToBeBetween(column="v", max_value=0)
    suite = gx.ExpectationSuite(name="s", expectations=[expectation])
    empty = ExpectationValidationResult(
        success=False, result={}, expectation_config=expectation.configuration
    )
    with pytest.raises(cgx.GXRunError, match="empty result"):
        cgx.check_result(
            ExpectationSuiteValidationResult(success=False, results=[empty], suite_name="s"), suite
        )
    with pytest.raises(cgx.GXRunError, match="0 expectation results for a suite of 1"):
        cgx.check_result(
            ExpectationSuiteValidationResult(success=True, results=[], suite_name="s"), suite
        )


# --- custom expectations ------------------------------------------------------------------------

BODIES = [
    "A clean paragraph about the harbour expansion and its costs.",
    "[ad_1]\nThe mayor spoke at length about taxes.",
    None,
    "Budget talks <strong>resumed</strong> on Monday.",
    "x marks the spot, said the xylophone player, twice: x.",
]


def _frame() -> Any:
    return pd.DataFrame({"id": [f"r{i}" for i in range(len(BODIES))], "body": BODIES})


def _custom_suite() -> Any:
    import great_expectations as gx

    return gx.ExpectationSuite(
        name="text",
        expectations=[
            cgx.ExpectColumnValuesToHaveNoScraperArtifacts(column="body", mostly=0.5),
            cgx.ExpectColumnValuesToHaveNoScraperArtifacts(
                column="body", checks=["artifact.ad-marker"]
            ),
            cgx.ExpectColumnValuesToHaveSpinScoreBelow(
                column="body", threshold=50, signal="length", check="test.letter-x"
            ),
            cgx.ExpectColumnValuesToHaveReadabilityBetween(
                column="body", metric="length", check="test.letter-x", min_value=40, max_value=60
            ),
        ],
    )


def _direct(check_names: list[str], text: str) -> bool:
    doc = Document("d", text, "s")
    ctx = DocContext(doc)
    return any(values.build_check(name).run(doc, ctx).findings for name in check_names)


def test_custom_expectations_flag_what_corpusgate_checks_flag() -> None:
    gx_run = cgx.run_checkpoint(_frame(), _custom_suite())
    no_artifacts, ad_only, spin, readability = gx_run.outcomes
    artifact_checks = values.family_checks("artifact")
    assert "artifact.ad-marker" in artifact_checks
    texts = [(f"r{i}", t) for i, t in enumerate(BODIES) if t is not None]
    assert (
        no_artifacts.failing_ids
        == [i for i, t in texts if _direct(artifact_checks, t)]
        == ["r1", "r3"]
    )
    assert no_artifacts.success is True  # 2 of 4 non-null values pass: exactly mostly 0.5
    assert ad_only.failing_ids == ["r1"]
    # test.letter-x's "length" signal is the text length: spin below 50, readability in 40..60.
    assert spin.failing_ids == [i for i, t in texts if len(t) >= 50]
    assert readability.failing_ids == [i for i, t in texts if not 40 <= len(t) <= 60]


def test_custom_expectations_round_trip_through_suite_json(tmp_path: Path) -> None:
    suite = _custom_suite()
    path = tmp_path / "suite.json"
    cgx.save_suite_json(suite, path)
    loaded = cgx.load_suite_json(path)
    original = [(e.expectation_type, e.configuration.kwargs) for e in suite.expectations]
    assert [(e.expectation_type, e.configuration.kwargs) for e in loaded.expectations] == original
    before = [(o.success, o.failing_ids) for o in cgx.run_checkpoint(_frame(), suite).outcomes]
    after = [(o.success, o.failing_ids) for o in cgx.run_checkpoint(_frame(), loaded).outcomes]
    assert after == before


def _sentence(expectation: Any) -> str:
    rendered = type(expectation)._prescriptive_renderer(configuration=expectation.configuration)
    template = rendered[0].string_template
    text = template["template"]
    for name, value in sorted(template["params"].items(), key=lambda item: -len(item[0])):
        text = text.replace(f"${name}", str(value))
    return text


def test_custom_expectations_render_as_sentences(tmp_path: Path) -> None:
    sentences = [_sentence(e) for e in _custom_suite().expectations]
    assert sentences == [
        "body values must have no scraper artifacts (any corpusgate artifact check), "
        "at least 50 % of the time.",
        "body values must have no scraper artifacts found by corpusgate's artifact.ad-marker.",
        "body values must have a corpusgate spin score (length) below 50.",
        "body values must have a length readability score between 40 and 60.",
    ]
    # Data Docs use the same renderer: the suite page reads as sentences, not as kwargs dumps.
    run = cgx.run_checkpoint(_frame(), _custom_suite(), docs_dir=tmp_path / "docs")
    assert run.docs_index is not None
    page = next((tmp_path / "docs" / "expectations").glob("*.html")).read_text(encoding="utf-8")
    assert "values must have no scraper artifacts" in page
    assert "expect_column_values_to_have_no_scraper_artifacts(**" not in page


def test_hostile_text_is_escaped_and_clipped_in_data_docs(tmp_path: Path) -> None:
    import great_expectations as gx

    hostile = "[ad_1]\n<script>alert('corpus')</script> " + "long tail " * 500
    evil_id = "<img src=x onerror=alert('id')>"
    frame = pd.DataFrame({"id": [evil_id, "fine"], "body": [hostile, "A calm report on rates."]})
    suite = gx.ExpectationSuite(
        name="hostile", expectations=[cgx.ExpectColumnValuesToHaveNoScraperArtifacts(column="body")]
    )
    run = cgx.run_checkpoint(frame, suite, docs_dir=tmp_path / "docs")
    assert run.outcomes[0].failing_ids == [evil_id]  # the corpus's id, not its escaped form
    page = next((tmp_path / "docs" / "validations").rglob("*.html")).read_text(encoding="utf-8")
    assert "<script>alert(" not in page
    assert "&lt;script&gt;alert(" in page
    assert "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(&#x27;id&#x27;)&gt;" in page
    assert "long tail " * 100 not in page  # an excerpt, not the whole article


def test_corpus_checks_cannot_judge_a_single_value() -> None:
    with pytest.raises(Exception, match="corpus-level check"):
        values.build_check("artifact.repeated-line")


# --- on Spark -----------------------------------------------------------------------------------

NO_JAVA = not (shutil.which("java") or os.environ.get("JAVA_HOME"))


@pytest.mark.spark
@pytest.mark.skipif(NO_JAVA, reason="Spark needs Java 17 (java not found, JAVA_HOME unset)")
def test_custom_expectations_give_the_same_verdicts_on_spark(spark: Any) -> None:
    frame = spark.createDataFrame(_frame().astype(object).where(_frame().notna(), None))
    on_spark = [
        (o.success, o.unexpected_count, o.failing_ids)
        for o in cgx.run_checkpoint(frame, _custom_suite()).outcomes
    ]
    on_pandas = [
        (o.success, o.unexpected_count, o.failing_ids)
        for o in cgx.run_checkpoint(_frame(), _custom_suite()).outcomes
    ]
    assert on_spark == on_pandas


@pytest.mark.spark
@pytest.mark.skipif(NO_JAVA, reason="Spark needs Java 17 (java not found, JAVA_HOME unset)")
def test_gx_on_the_spark_engines_signals_agrees_with_corpusgate(
    spark: Any, corpus: Path, tmp_path: Path
) -> None:
    report = validate(
        [str(corpus)],
        parse_suite(SUITE_TEXT),
        engine="spark",
        spark_master="local[2]",
        gx_docs=tmp_path / "docs",
    )
    # build_data_docs raised unless GX (on Spark) agreed with every corpusgate verdict.
    assert (tmp_path / "docs" / "index.html").is_file()
    assert report.summary["documents"] == 41
