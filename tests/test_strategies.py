"""corpusgate.strategies: the strategies keep their promises, and corpusgate's own checks find
exactly what they inject (at the injected spans) and nothing in the clean articles."""

from __future__ import annotations

import doctest
import functools
import re
import warnings
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import corpusgate.strategies as strategies_module
from corpusgate.checks import all_checks
from corpusgate.checks.base import Check, CorpusCheck, DocContext
from corpusgate.documents import Document, Finding
from corpusgate.strategies import (
    ARTIFACT_KINDS,
    DEGENERATE_KINDS,
    Injected,
    Spun,
    articles,
    degenerate_texts,
    lexicon_pairs,
    with_artifacts,
    with_spin,
)
from tests.conftest import ROOT

ARTIFACT_CHECKS: dict[str, Check[Any]] = {
    name: cls()
    for name, cls in all_checks().items()
    if cls.family == "artifact" and not issubclass(cls, CorpusCheck)
}


def artifact_findings(text: str) -> list[Finding]:
    doc = Document(id="d", text=text, source="<strategy>")
    ctx = DocContext(doc)
    return [f for check in ARTIFACT_CHECKS.values() for f in check.run(doc, ctx).findings]


def test_every_injected_kind_names_a_registered_check() -> None:
    assert set(ARTIFACT_KINDS.values()) <= set(ARTIFACT_CHECKS)


# --- the strategies' own promises -----------------------------------------------------------


@given(articles())
def test_articles_are_paragraphs_of_sentences(text: str) -> None:
    paragraphs = text.split("\n\n")
    assert 1 <= len(paragraphs) <= 5
    assert all(p.strip() == p and p for p in paragraphs)
    assert text[-1] in '.!?"”'
    assert len(text.split()) >= 10


@given(with_artifacts(articles(), min_artifacts=1, max_artifacts=4))
def test_injected_spans_are_exact_and_disjoint(sample: Injected) -> None:
    assert sample.spans
    previous_end = -1
    for span in sample.spans:
        assert sample.text[span.start : span.end] == span.text
        assert span.check == ARTIFACT_KINDS[span.kind]
        assert span.start >= previous_end
        previous_end = span.end


@functools.lru_cache(maxsize=1)
def _spun_forms() -> dict[str, set[str]]:
    known: dict[str, set[str]] = {}
    for original, replacement in lexicon_pairs():
        known.setdefault(original.lower(), set()).add(replacement.lower())
    return known


@given(with_spin(articles(), min_substitutions=1, max_substitutions=5))
def test_spin_spans_are_exact(spun: Spun) -> None:
    assert 1 <= len(spun.spans) <= 5
    known = _spun_forms()
    undo = spun.text
    for span in reversed(spun.spans):
        assert spun.text[span.start : span.end] == span.text
        assert span.text.lower() in known[span.original.lower()]
        undo = undo[: span.start] + span.original + undo[span.end :]
    # Putting every original back gives the text that was spun, exactly.
    assert undo == spun.original


def test_lexicon_pairs_are_unconditional_entries() -> None:
    pairs = lexicon_pairs()
    assert len(pairs) > 500
    assert ("last year", "final yr") in pairs
    # "final" alone is spun only before week/month/...: a context entry, so not a pair.
    assert not any(spun == "final" for _, spun in pairs)


@given(
    st.sampled_from(DEGENERATE_KINDS).flatmap(
        lambda k: st.tuples(st.just(k), degenerate_texts(kinds=[k]))
    )
)
def test_degenerate_texts_are_what_they_claim(case: tuple[str, str]) -> None:
    kind, text = case
    if kind == "no-punctuation":
        assert not re.search(r"[.!?,;:\"“”()]", text) and len(text.split()) >= 8
    elif kind == "glued-sentence":
        assert text.endswith(".") and not re.search(r"[.!?]", text[:-1])
        assert "\n" not in text
    elif kind == "tiny":
        assert 1 <= len(text.split()) <= 3
    elif kind == "blank":
        assert not text.strip()
    elif kind == "numbers-only":
        assert not re.search(r"[A-Za-z]", text)
    elif kind == "repeated-word":
        assert len(set(text.split())) == 1 and len(text.split()) >= 20


def test_unknown_kinds_are_refused() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # .example() warns outside an interactive session
        with pytest.raises(ValueError, match="unknown artifact kinds"):
            with_artifacts(kinds=["ad-slot", "nope"]).example()
        with pytest.raises(ValueError, match="unknown degenerate kinds"):
            degenerate_texts(kinds=["nope"]).example()


LINE_KINDS = ["ad-slot-line", "ad-label", "credit-line", "feed-footer", "widget", "shortcode"]


@given(with_artifacts(articles(), min_artifacts=1, max_artifacts=4, kinds=LINE_KINDS))
def test_line_artifacts_are_whole_inserted_lines(sample: Injected) -> None:
    """Removing the lines that hold an artifact gives back the original text, exactly."""
    kept = []
    position = 0
    for line in sample.text.split("\n"):
        end = position + len(line)
        if not any(position <= span.start < end for span in sample.spans):
            kept.append(line)
        position = end + 1
    assert "\n".join(kept) == sample.original


# --- the artifact checks against the strategies ---------------------------------------------


@given(articles())
def test_clean_articles_have_no_artifact_findings(text: str) -> None:
    found = artifact_findings(text)
    assert not found, [(f.check, f.text) for f in found]


def _assert_found_exactly(sample: Injected) -> None:
    found = artifact_findings(sample.text)
    located = {(f.check, f.start, f.end) for f in found}
    for span in sample.spans:
        assert (span.check, span.start, span.end) in located, (span, found)
    for finding in found:
        assert any(
            s.check == finding.check and s.start <= finding.start and finding.end <= s.end
            for s in sample.spans
        ), (finding, sample.spans)


@given(with_artifacts(articles(), min_artifacts=1, max_artifacts=4))
def test_artifact_checks_find_what_was_injected_and_nothing_else(sample: Injected) -> None:
    _assert_found_exactly(sample)


@pytest.mark.parametrize("kind", sorted(ARTIFACT_KINDS))
@settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_each_artifact_kind_is_found(kind: str, data: st.DataObject) -> None:
    sample = data.draw(with_artifacts(articles(), min_artifacts=1, max_artifacts=2, kinds=[kind]))
    assert {span.kind for span in sample.spans} == {kind}
    _assert_found_exactly(sample)


# --- the spin checks against the strategies -------------------------------------------------

SPIN_PHRASE = all_checks()["spin.phrase"]()
SPIN_COLLOCATION = all_checks()["spin.collocation"]()
SPIN_SCORE = all_checks()["spin.score"]()


def run_check(check: Check[Any], text: str) -> list[Finding]:
    doc = Document(id="d", text=text, source="<strategy>")
    return list(check.run(doc, DocContext(doc)).findings)


@given(with_spin(articles(), min_substitutions=1, max_substitutions=6))
def test_spin_phrase_finds_each_substitution_at_its_span(spun: Spun) -> None:
    found = {(f.start, f.end): f for f in run_check(SPIN_PHRASE, spun.text)}
    for span in spun.spans:
        finding = found.get((span.start, span.end))
        assert finding is not None, (span, list(found.values()))
        # The suggestion is the wording the spinner replaced.
        assert (finding.suggestion or "").lower() == span.original.lower()
    for start, end in found:
        assert any(s.start <= start and end <= s.end for s in spun.spans), found[(start, end)]


@given(articles())
def test_clean_articles_are_not_spun(text: str) -> None:
    for check in (SPIN_PHRASE, SPIN_COLLOCATION, SPIN_SCORE):
        found = run_check(check, text)
        assert not found, (check.name, [(f.text, f.message) for f in found])


@given(with_spin(articles(max_paragraphs=2), min_substitutions=3, max_substitutions=6))
def test_spin_score_flags_short_texts_saturated_with_spin(spun: Spun) -> None:
    # Three distinct spun phrases of weight >= 0.8 in at most 250 words score >= 9.6 > 8.
    assume(len({span.text.lower() for span in spun.spans}) >= 3)
    assume(len(spun.text.split()) <= 250)
    assert run_check(SPIN_SCORE, spun.text), spun.spans


# --- the readability checks against the strategies -------------------------------------------

READABILITY_DEGENERATE = all_checks()["readability.degenerate"]()


@given(degenerate_texts())
def test_degenerate_texts_are_flagged_by_readability_degenerate(text: str) -> None:
    assert run_check(READABILITY_DEGENERATE, text), repr(text)


@given(articles(min_paragraphs=3, min_sentences=2))
def test_clean_articles_are_not_degenerate(text: str) -> None:
    # Three paragraphs of two or more sentences: at least 6 sentences and 50 words, which the
    # formulas need (shorter articles are rightly "too short for a readability score").
    assert not run_check(READABILITY_DEGENERATE, text)


# --- the documentation runs -----------------------------------------------------------------


def test_docstring_examples_run() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # .example() warns outside an interactive session
        result = doctest.testmod(strategies_module, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 8 and result.failed == 0


def test_docs_examples_run() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = doctest.testfile(
            str(ROOT / "docs" / "pytest.md"), module_relative=False, optionflags=doctest.ELLIPSIS
        )
    assert result.attempted >= 6 and result.failed == 0
