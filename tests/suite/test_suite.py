from __future__ import annotations

from pathlib import Path

import pytest

from corpusgate.errors import SuiteError
from corpusgate.suite import allowed_failures, load_suite, parse_suite


def _error(text: str) -> str:
    with pytest.raises(SuiteError) as caught:
        parse_suite(text, "suite.yml")
    return str(caught.value)


def test_default_suite_loads_and_every_check_exists() -> None:
    suite = load_suite()
    assert suite.name == "news"
    assert suite.expectations
    for expectation in suite.expectations:
        expectation.build_check()


def test_top_level_checks_folder_holds_the_shipped_default_suite() -> None:
    shipped = Path(__file__).resolve().parents[2] / "checks" / "news.yml"
    assert load_suite(shipped) == load_suite("news").model_copy(update={"path": str(shipped)})


def test_unknown_check_names_line_and_suggests() -> None:
    message = _error("name: x\nexpectations:\n  - check: input.malformd\n")
    assert message.startswith("suite.yml:3: expectations[0].check: unknown check")
    assert "did you mean 'input.malformed'" in message


def test_unknown_key_suggests_the_close_one() -> None:
    message = _error("name: x\nexpectations:\n  - check: input.malformed\n    severty: error\n")
    assert (
        message
        == "suite.yml:4: expectations[0].severty: unknown key 'severty'; did you mean 'severity'?"
    )


def test_bad_value_names_line_and_key() -> None:
    message = _error("name: x\nexpectations:\n  - check: input.malformed\n    mostly: 2\n")
    assert message.startswith("suite.yml:4: expectations[0].mostly:")


def test_both_budgets_is_an_error() -> None:
    message = _error(
        "name: x\nexpectations:\n  - check: input.malformed\n    mostly: 0.9\n    max_failing: 1\n"
    )
    assert "either `mostly` or `max_failing`" in message


def test_duplicate_ids_are_refused() -> None:
    message = _error(
        "name: x\nexpectations:\n  - check: input.malformed\n  - check: input.malformed\n"
    )
    assert "two expectations have the id 'input.malformed'" in message


def test_invalid_yaml_names_the_line() -> None:
    assert _error("name: x\nexpectations: [\n").startswith("suite.yml:")


def test_missing_name_is_reported() -> None:
    assert "name: required key is missing" in _error("expectations: []\n")


def test_unknown_suite_name() -> None:
    with pytest.raises(SuiteError, match="neither a file nor a built-in suite"):
        load_suite("no-such-suite")


def test_expectation_line_numbers_are_kept() -> None:
    suite = parse_suite("name: x\nexpectations:\n  - check: input.malformed\n", "s.yml")
    assert suite.expectations[0].line == 3


@pytest.mark.parametrize(
    ("budget", "documents", "allowed"),
    [
        ({"mostly": 0.95}, 100, 5),
        ({"mostly": 1.0}, 100, 0),
        ({"mostly": 0.0}, 7, 7),
        ({"max_failing": 3}, 10, 3),
        ({"mostly": 0.999}, 10, 0),
    ],
)
def test_allowed_failures(budget: dict[str, float], documents: int, allowed: int) -> None:
    assert allowed_failures(budget, documents) == allowed
