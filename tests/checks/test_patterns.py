"""User patterns compile with RE2 (linear time) or fail with an error that says why."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from pydantic import ValidationError

from corpusgate.checks.artifacts.lines import AdMarker
from corpusgate.checks.base import DocContext
from corpusgate.checks.patterns import (
    AllowList,
    PatternError,
    compile_user_pattern,
    iter_matches,
    validate_user_patterns,
)
from corpusgate.documents import Document


@contextmanager
def hang_guard(seconds: int) -> Iterator[None]:
    """Fail instead of hanging forever if matching ever becomes exponential again.

    Not a timing assertion: a backtracking engine needs ~2**50000 steps on the input below, so
    any finite result proves the engine did not backtrack; the alarm only keeps CI from hanging.
    """

    def _alarm(signum: int, frame: object) -> None:
        raise TimeoutError("pattern matching did not finish: catastrophic backtracking?")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_spans_are_character_offsets_in_non_ascii_text() -> None:
    text = "Zürich — São Paulo [promo] Москва [promo]"
    compiled = compile_user_pattern(r"\[promo\]")
    spans = list(iter_matches(compiled, text))
    assert [text[s:e] for s, e in spans] == ["[promo]", "[promo]"]
    assert spans[0][0] == text.index("[promo]")


def test_multiline_anchors_match_at_line_boundaries() -> None:
    compiled = compile_user_pattern(r"^Sponsored by .+$")
    text = "First line.\nSponsored by Acme\nLast line."
    assert [text[s:e] for s, e in iter_matches(compiled, text)] == ["Sponsored by Acme"]
    single = compile_user_pattern(r"^Sponsored by .+$", multiline=False)
    assert list(iter_matches(single, text)) == []


def test_ignore_case_flag() -> None:
    compiled = compile_user_pattern("promo", ignore_case=True)
    assert [m.group() for m in compiled.finditer("PROMO promo")] == ["PROMO", "promo"]


def test_catastrophic_pattern_runs_in_linear_time_on_adversarial_input() -> None:
    check = AdMarker.from_mapping({"extra_patterns": ["(a+)+$"]})
    adversarial = "a" * 50_000 + "b"
    doc = Document("d", adversarial, "t")
    with hang_guard(60):
        output = check.run(doc, DocContext(doc))
    assert output.findings == ()  # "...ab" never ends in a run of a's
    matching = Document("m", "a" * 50_000, "t")
    with hang_guard(60):
        output = check.run(matching, DocContext(matching))
    assert [(f.start, f.end) for f in output.findings] == [(0, 50_000)]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("foo(?=bar)", "look-ahead"),
        ("foo(?!bar)", "negative look-ahead"),
        ("(?<=x)foo", "look-behind"),
        (r"(a)\1", "back-references"),
        ("(unclosed", "unbalanced parenthesis"),
        ("closed)", "unbalanced parenthesis"),
        ("[abc", "unterminated character class"),
        ("a**", "repetition"),
        ("a{2000}", "1000"),
        (r"end\Z", r"\z"),
        ("", "empty"),
        ("a*", "empty string"),
        ("(foo)?", "empty string"),
        (r"\b", "empty string"),
    ],
)
def test_invalid_patterns_raise_a_clear_value_error(pattern: str, expected: str) -> None:
    with pytest.raises(PatternError) as info:
        compile_user_pattern(pattern)
    error = info.value
    assert isinstance(error, ValueError)
    assert error.pattern == pattern
    assert repr(pattern) in str(error)
    assert expected in str(error)


def test_non_string_pattern_is_refused() -> None:
    with pytest.raises(PatternError, match="expected a string"):
        compile_user_pattern(42)  # type: ignore[arg-type]


def test_validate_reports_the_first_bad_pattern() -> None:
    with pytest.raises(PatternError) as info:
        validate_user_patterns([r"\[ok\]", "bad(?=x)"])
    assert info.value.pattern == "bad(?=x)"


def test_bad_pattern_in_params_fails_when_the_suite_is_loaded() -> None:
    with pytest.raises(ValidationError) as info:
        AdMarker.from_mapping({"extra_patterns": ["promo(?=x)"]})
    assert "promo(?=x)" in str(info.value)
    assert "look-ahead" in str(info.value)


def test_allow_list_literals_ignore_case_and_spacing() -> None:
    allow = AllowList(["Advertisement", "Sponsored  content"])
    assert allow.allows("ADVERTISEMENT")
    assert allow.allows("  sponsored content ")
    assert not allow.allows("Advertisements")


def test_allow_list_regexes_must_match_the_whole_text() -> None:
    allow = AllowList([r"re:\[ad_\d+\]"])
    assert allow.allows("[ad_12]")
    assert not allow.allows("[ad_12] and more")
    assert not AllowList([]).allows("[ad_12]")
    assert not AllowList([])


def test_allow_list_entries_are_validated() -> None:
    with pytest.raises(PatternError, match="empty allow-list entry"):
        AllowList(["   "])
    with pytest.raises(PatternError, match="look-ahead"):
        AllowList(["re:x(?=y)"])
