"""readability.range: bounds per metric, documented examples, calibration on news registers."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from corpusgate.checks import get_check
from corpusgate.checks.readability.bounds import DEFAULT_BOUNDS, ReadabilityRange
from corpusgate.checks.readability.features import SIGNAL_METRICS
from corpusgate.documents import Document
from corpusgate.readability import scores
from tests.checks.readability.conftest import DEGENERATE, NORMAL_NEWS, run_check


def test_registered() -> None:
    assert get_check("readability.range") is ReadabilityRange


def test_documented_example_is_flagged() -> None:
    output = run_check(ReadabilityRange(), ReadabilityRange.example)
    messages = [finding.message for finding in output.findings]
    assert any(message.startswith("words_per_sentence ") for message in messages)
    assert all(finding.is_document_level for finding in output.findings)


def test_documented_passing_example_is_not_flagged() -> None:
    assert ReadabilityRange.passing_example
    assert run_check(ReadabilityRange(), ReadabilityRange.passing_example).findings == ()


def test_finding_names_metric_value_and_bound() -> None:
    check = ReadabilityRange.from_mapping({"bounds": {"flesch_kincaid_grade": {"max": 3}}})
    text = ReadabilityRange.passing_example
    grade = scores(text)["flesch_kincaid_grade"]
    assert grade > 3
    (finding,) = run_check(check, text).findings
    assert finding.message == f"flesch_kincaid_grade {grade:.2f} is above the maximum 3"


def test_lower_bound() -> None:
    check = ReadabilityRange.from_mapping({"bounds": {"syllables_per_word": {"min": 1.6}}})
    (finding,) = run_check(check, ReadabilityRange.passing_example).findings
    assert "syllables_per_word" in finding.message and "below the minimum 1.6" in finding.message


def test_bounds_are_inclusive() -> None:
    text = ReadabilityRange.passing_example
    value = scores(text)["words_per_sentence"]
    check = ReadabilityRange.from_mapping(
        {"bounds": {"words_per_sentence": {"min": value, "max": value}}}
    )
    assert run_check(check, text).findings == ()


def test_signals_carry_textstat_names_and_values() -> None:
    text = ReadabilityRange.passing_example
    signals = run_check(ReadabilityRange(), text).signals
    expected = scores(text)
    assert set(signals) == set(SIGNAL_METRICS)
    assert all(signals[name] == expected[name] for name in SIGNAL_METRICS)


def test_short_documents_are_left_to_the_degenerate_check() -> None:
    check = ReadabilityRange.from_mapping({"bounds": {"flesch_kincaid_grade": {"min": 5}}})
    assert run_check(check, "It was late. We went home.").findings == ()
    strict = ReadabilityRange.from_mapping(
        {"bounds": {"flesch_kincaid_grade": {"min": 5}}, "min_words": 0}
    )
    assert len(run_check(strict, "It was late. We went home.").findings) == 1


def test_any_metric_can_be_bounded() -> None:
    check = ReadabilityRange.from_mapping({"bounds": {"smog_index": {"max": 8}}})
    (finding,) = run_check(check, ReadabilityRange.example).findings
    assert finding.message.startswith("smog_index ")


@pytest.mark.parametrize(
    ("params", "error"),
    [
        ({"bounds": {"flesch_kincaid": {"max": 5}}}, "did you mean 'flesch_kincaid_grade'"),
        ({"bounds": {"gunning_fog": {}}}, "min, max or both"),
        ({"bounds": {"gunning_fog": {"min": 9, "max": 3}}}, "greater than max"),
        ({"bounds": {"gunning_fog": {"maximum": 3}}}, "Extra inputs"),
        ({"min_words": -1}, "greater than or equal"),
    ],
)
def test_invalid_params_are_rejected(params: dict[str, object], error: str) -> None:
    with pytest.raises(ValidationError, match=error):
        ReadabilityRange.from_mapping(params)


@pytest.mark.parametrize("doc_id", NORMAL_NEWS)
def test_news_registers_pass_the_default_bounds(doc_id: str, examples: dict[str, Document]) -> None:
    doc = examples[doc_id]
    assert run_check(ReadabilityRange(), doc.text).findings == ()


def test_glued_and_keyword_text_break_the_default_bounds(examples: dict[str, Document]) -> None:
    for doc_id in ("keyword-list", "glued-giant-sentence"):
        assert run_check(ReadabilityRange(), examples[doc_id].text).findings, doc_id
    assert set(DEGENERATE) <= set(examples)


def test_seed_article_passes(seed_text: str) -> None:
    assert run_check(ReadabilityRange(), seed_text).findings == ()


def test_default_bounds_cover_the_independent_features() -> None:
    assert {"flesch_kincaid_grade", "words_per_sentence", "syllables_per_word"} <= set(
        DEFAULT_BOUNDS
    )
