"""The artifact family as a whole: registration, docs, the fixture corpus, the seed article."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpusgate.checks import all_checks, get_check
from corpusgate.checks.artifacts._base import MAX_FINDINGS
from corpusgate.checks.artifacts.repeated import RepeatedLine
from corpusgate.checks.base import Check, CorpusCheck, DocContext
from corpusgate.documents import Document
from tests.checks.artifacts.helpers import findings
from tests.conftest import FIXTURES

ARTIFACT_CHECKS = {name: cls for name, cls in all_checks().items() if cls.family == "artifact"}
PER_DOCUMENT = {
    name: cls for name, cls in ARTIFACT_CHECKS.items() if not issubclass(cls, CorpusCheck)
}


def test_the_family_is_registered() -> None:
    assert set(ARTIFACT_CHECKS) == {
        "artifact.ad-marker",
        "artifact.credit-line",
        "artifact.html",
        "artifact.shortcode",
        "artifact.placeholder",
        "artifact.widget",
        "artifact.encoding",
        "artifact.repeated-line",
    }
    assert get_check("artifact.repeated-line") is RepeatedLine


@pytest.mark.parametrize("name", sorted(ARTIFACT_CHECKS))
def test_every_param_is_documented(name: str) -> None:
    cls = ARTIFACT_CHECKS[name]
    for field_name, info in cls.Params.model_fields.items():
        assert info.description, f"{name}: param {field_name} has no description"
    for attribute in ("summary", "what", "why", "example", "fix"):
        assert len(getattr(cls, attribute)) > 10


@pytest.mark.parametrize("name", sorted(PER_DOCUMENT))
def test_documented_example_fails_and_passing_example_passes(name: str) -> None:
    check = PER_DOCUMENT[name]()
    assert findings(check, check.example), f"{name}: its documented example is not flagged"
    if check.passing_example is not None:
        assert not findings(check, check.passing_example)


# Which checks fire on each fixture document; clean documents must pass every artifact check.
FIXTURE_EXPECTATIONS: dict[str, set[str]] = {
    "clean-wire": set(),
    "clean-business": set(),
    "clean-intl": set(),
    "clean-tech": set(),
    "clean-science": set(),
    "clean-sports": set(),
    "ad-markers": {"artifact.ad-marker"},
    "credit-lines": {"artifact.credit-line"},
    "leftover-html": {"artifact.html"},
    "shortcodes": {"artifact.shortcode"},
    "placeholders": {"artifact.placeholder"},
    "widgets": {"artifact.widget"},
    "encoding": {"artifact.encoding"},
    "spun-copy": {"artifact.ad-marker", "artifact.credit-line", "artifact.placeholder"},
    "truncated-excerpt": {"artifact.credit-line"},
}


def load_fixture() -> list[dict[str, Any]]:
    path = FIXTURES / "artifacts_examples.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_fixture_documents_are_article_like() -> None:
    records = load_fixture()
    assert {r["id"] for r in records} == set(FIXTURE_EXPECTATIONS)
    for record in records:
        assert set(record) == {"id", "title", "url", "text"}
        assert 80 <= len(record["text"].split()) <= 250, record["id"]


@pytest.mark.parametrize("record", load_fixture(), ids=lambda r: r["id"])
def test_fixture_documents_trip_exactly_the_expected_checks(record: dict[str, Any]) -> None:
    fired = {name for name, cls in PER_DOCUMENT.items() if findings(cls(), record["text"])}
    assert fired == FIXTURE_EXPECTATIONS[record["id"]]


def all_per_document_findings(text: str) -> dict[str, list[tuple[int, int, str]]]:
    doc = Document("d", text, "t")
    ctx = DocContext(doc)
    result: dict[str, list[tuple[int, int, str]]] = {}
    for name, cls in PER_DOCUMENT.items():
        output = cls().run(doc, ctx)
        if output.findings:
            result[name] = [(f.start, f.end, f.text) for f in output.findings]
    return result


def test_seed_article_artifacts_are_found_with_exact_spans(seed_text: str) -> None:
    found = all_per_document_findings(seed_text)
    ad_start = seed_text.index("[ad_1]")
    ad2_start = seed_text.index("[ad_2]")
    source_start = seed_text.rindex("Source link")
    dollars_start = seed_text.index("{dollars}")
    assert found == {
        "artifact.ad-marker": [
            (ad_start, ad_start + 6, "[ad_1]"),
            (ad2_start, ad2_start + 6, "[ad_2]"),
        ],
        "artifact.credit-line": [(source_start, source_start + 11, "Source link")],
        "artifact.placeholder": [(dollars_start, dollars_start + 9, "{dollars}")],
    }


def test_cleaned_seed_article_passes_every_artifact_check(seed_text: str) -> None:
    kept = [
        line
        for line in seed_text.splitlines()
        if line.strip() not in ("[ad_1]", "[ad_2]", "Source link")
    ]
    cleaned = "\n".join(kept).replace("{dollars}", "dollars")
    assert len(kept) == len(seed_text.splitlines()) - 3
    assert all_per_document_findings(cleaned) == {}


@pytest.mark.parametrize("name", sorted(PER_DOCUMENT))
@given(text=st.text(max_size=400))
def test_findings_never_fall_outside_the_text(name: str, text: str) -> None:
    check: Check[Any] = PER_DOCUMENT[name]()
    doc = Document("d", text, "t")
    for finding in check.run(doc, DocContext(doc)).findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.text


ARTIFACT_ALPHABET = st.sampled_from(
    [*"<>&#;[]{}|/%$=\"' \n\r\t-aAdTt:.…»", "\u00e2\u20ac", "\u00c3\u00a9", "\u0430", "\x00"]
)


@pytest.mark.parametrize("name", sorted(PER_DOCUMENT))
@given(
    text=st.lists(
        st.one_of(
            ARTIFACT_ALPHABET,
            st.sampled_from(
                ["[ad_1]", "<p>", "&nbsp;", "{x}", "Source link", "Share this:", "[/b]", "Ad"]
            ),
        ),
        max_size=60,
    ).map("".join)
)
def test_findings_stay_inside_artifact_heavy_text(name: str, text: str) -> None:
    check: Check[Any] = PER_DOCUMENT[name]()
    doc = Document("d", text, "t")
    previous_start = -1
    for finding in check.run(doc, DocContext(doc)).findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.text
        assert finding.start >= previous_start  # sorted by position
        previous_start = finding.start


@given(st.lists(st.text(max_size=80), min_size=1, max_size=25))
def test_repeated_line_findings_stay_inside_their_documents(texts: list[str]) -> None:
    check = RepeatedLine.from_mapping({"min_corpus_size": 2, "min_documents": 2})
    docs = [Document(str(i), text, "t") for i, text in enumerate(texts)]
    observations = [check.observe(doc, DocContext(doc)) for doc in docs]
    aggregate = check.aggregate()
    for observation in observations:
        aggregate.add(observation)
    model = aggregate.finish()
    for doc, observation in zip(docs, observations, strict=True):
        for finding in check.judge(observation, model).findings:
            assert 0 <= finding.start < finding.end <= len(doc.text)
            assert doc.text[finding.start : finding.end] == finding.text


HOSTILE = {
    "tags": "[b] " * 5000,
    "inline-ads": "x [ad] y " * 2000,
    "unclosed-links": '<a href="' * 2000,
    "unclosed-comments": "<!-- " * 4000,
    "entities": "&amp;" * 4000,
    "spintax": "{a|" * 6000,
    "braces": "{{" * 10000,
    "dollars": "$" * 20000,
    "mojibake": "Itâ€™s cafÃ© " * 2000,
    "cyrillic": "а" * 20000,
    "controls": "\x00\x01 " * 6000,
    "short-lines": "Ad\n" * 6000,
    "brackets": "[" * 20000,
    "angles": "<" * 20000,
}


@pytest.mark.parametrize("name", sorted(PER_DOCUMENT))
@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_documents_give_bounded_valid_output(name: str, case: str) -> None:
    # Speed on such inputs is measured in benchmarks; here: no crash, exact spans, capped count.
    text = HOSTILE[case]
    check: Check[Any] = PER_DOCUMENT[name].from_mapping({"extra_patterns": ["a"]})
    doc = Document("d", text, "t")
    output = check.run(doc, DocContext(doc))
    assert len(output.findings) <= 2 * MAX_FINDINGS  # built-in + one extra pattern
    for finding in output.findings:
        assert text[finding.start : finding.end] == finding.text


def test_findings_are_capped_per_check_and_document() -> None:
    check = get_check("artifact.ad-marker")()
    doc = Document("d", "[ad_1]\n" * 3000, "t")
    output = check.run(doc, DocContext(doc))
    assert len(output.findings) == MAX_FINDINGS
