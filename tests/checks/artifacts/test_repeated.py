"""artifact.repeated-line: boilerplate lines across a corpus, counted in bounded memory."""

from __future__ import annotations

import pickle
import random
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from corpusgate.checks.artifacts.repeated import (
    RepeatedLine,
    RepeatedLinesModel,
    SpaceSavingCounter,
    normalise_line,
    observe_all,
)
from corpusgate.checks.base import DocContext
from corpusgate.documents import Document, Finding

WORDS = [
    "council",
    "budget",
    "transit",
    "vote",
    "officials",
    "minister",
    "river",
    "storm",
    "court",
    "museum",
    "farmers",
    "prices",
    "energy",
    "rail",
    "protest",
    "school",
    "hospital",
    "police",
    "market",
    "election",
    "harbour",
    "bridge",
    "factory",
]


def article(rng: random.Random, n: int) -> list[str]:
    """A few lines of prose unique to document ``n`` (the number makes every line distinct)."""
    lines = []
    for i in range(rng.randint(3, 7)):
        words = rng.sample(WORDS, 6)
        lines.append(f"Report {n}-{i}: the {' '.join(words)} story continued on day {n * 10 + i}.")
    return lines


def corpus(size: int = 40, seed: int = 7) -> list[Document]:
    rng = random.Random(seed)
    docs = []
    for n in range(size):
        lines = article(rng, n)
        if n % 4 != 0:  # 30 of 40 documents
            lines.append("Source link")
        if n < 10:  # 10 of 40: 25%
            lines.insert(0, "Sign up for The Morning Brief newsletter")
        if n in (3, 17):  # 2 documents: below min_documents
            lines.append("A line two documents share")
        lines.insert(1, f"[ad_{n % 2 + 1}]")  # digits are normalised: one line in every doc
        docs.append(Document(f"doc-{n}", "\n".join(lines), f"c.jsonl:{n + 1}"))
    return docs


def judge_corpus(
    check: RepeatedLine, docs: list[Document]
) -> tuple[RepeatedLinesModel, dict[str, list[Finding]]]:
    observations = [check.observe(doc, DocContext(doc)) for doc in docs]
    aggregate = check.aggregate()
    for observation in observations:
        aggregate.add(observation)
    model = aggregate.finish()
    results = {
        doc.id: list(check.judge(observation, model).findings)
        for doc, observation in zip(docs, observations, strict=True)
    }
    return model, results


def test_boilerplate_lines_are_flagged_with_exact_spans_and_share() -> None:
    docs = corpus()
    check = RepeatedLine()
    model, results = judge_corpus(check, docs)
    assert model.documents == 40
    assert model.threshold == 3  # max(min_documents=3, ceil(5% of 40)=2)
    texts = {doc.id: doc.text for doc in docs}
    flagged_lines: Counter[str] = Counter()
    for doc_id, found in results.items():
        for finding in found:
            assert texts[doc_id][finding.start : finding.end] == finding.text
            assert finding.check == "artifact.repeated-line"
            assert finding.suggestion == "remove the line"
            flagged_lines[normalise_line(finding.text)] += 1
    assert flagged_lines == {
        "source link": 30,
        "sign up for the morning brief newsletter": 10,
        "ad 0": 40,
    }
    source = next(f for f in results["doc-1"] if f.text == "Source link")
    assert source.message == (
        "boilerplate line 'Source link' is in 30 of 40 documents (75.0%; ignoring case, digits "
        "and punctuation)"
    )


def test_documents_without_boilerplate_get_no_findings() -> None:
    docs = corpus()
    _, results = judge_corpus(RepeatedLine(), docs)
    # doc-0 has the ad marker only (n % 4 == 0: no Source link), and the newsletter line.
    assert sorted(f.text for f in results["doc-0"]) == [
        "Sign up for The Morning Brief newsletter",
        "[ad_1]",
    ]
    assert sorted(f.text for f in results["doc-12"]) == ["[ad_1]"]


def test_share_threshold_is_configurable() -> None:
    check = RepeatedLine.from_mapping({"min_share": 0.5})
    _, results = judge_corpus(check, corpus())
    lines = {normalise_line(f.text) for found in results.values() for f in found}
    assert lines == {"source link", "ad 0"}  # the newsletter line is in 25% < 50%


def test_small_corpora_are_not_judged() -> None:
    check = RepeatedLine()
    model, results = judge_corpus(check, corpus(size=19))
    assert not model.boilerplate
    assert all(not found for found in results.values())
    stats = check.corpus_statistics(model)
    assert stats["judged"] is False
    assert stats["top_lines"][0]["documents"] == 19  # still reported for the summary


def test_allow_list_exempts_a_line() -> None:
    check = RepeatedLine.from_mapping({"allow": ["source link"]})
    _, results = judge_corpus(check, corpus())
    assert all(f.text != "Source link" for found in results.values() for f in found)


def test_corpus_statistics_list_top_lines_with_counts() -> None:
    check = RepeatedLine()
    model, _ = judge_corpus(check, corpus())
    stats = check.corpus_statistics(model)
    top = {row["line"]: row for row in stats["top_lines"]}
    assert top["Source link"]["documents"] == 30
    assert top["Source link"]["share"] == 0.75
    assert top["Source link"]["exact"] is True
    assert top["A line two documents share"]["documents"] == 2
    assert stats["boilerplate_lines"] == 3
    assert stats["documents"] == 40
    assert stats["max_count_error"] == 0


def test_normalisation_merges_case_punctuation_and_digits() -> None:
    assert normalise_line("- SOURCE LINK -") == normalise_line("Source link")
    assert normalise_line("[ad_1]") == normalise_line("[ad_27]")
    assert normalise_line("Source link") != normalise_line("Source links")


def test_separator_lines_are_ignored() -> None:
    doc = Document("d", "***\n—\n2023\nSource link", "s")
    observation = RepeatedLine().observe(doc, DocContext(doc))
    assert [line.occurrences[0].text for line in observation] == ["Source link"]


def test_long_lines_are_cut_to_a_bounded_span() -> None:
    long_line = "word " * 100
    doc = Document("d", f"intro\n{long_line}\nend", "s")
    observation = RepeatedLine().observe(doc, DocContext(doc))
    occurrence = observation[1].occurrences[0]
    assert occurrence.end - occurrence.start == 200
    assert doc.text[occurrence.start : occurrence.end] == occurrence.text


def test_lines_per_document_are_capped_at_head_and_tail() -> None:
    check = RepeatedLine.from_mapping({"max_lines_per_document": 10})
    text = "\n".join(f"line number {chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(50))
    doc = Document("d", text, "s")
    observation = check.observe(doc, DocContext(doc))
    texts = [line.occurrences[0].text for line in observation]
    assert len(texts) == 10
    assert texts[:5] == [f"line number a{c}" for c in "abcde"]
    assert texts[-1] == "line number bx"


def test_observations_pickle() -> None:
    doc = corpus(size=1)[0]
    observation = RepeatedLine().observe(doc, DocContext(doc))
    assert pickle.loads(pickle.dumps(observation)) == observation


def test_observe_all_helper_matches_manual_fold() -> None:
    docs = corpus()
    check = RepeatedLine()
    model, _ = judge_corpus(check, docs)
    assert observe_all(check, docs).boilerplate == model.boilerplate


def spell(number: int) -> str:
    return "".join(chr(97 + int(digit)) for digit in str(number))


def test_memory_is_bounded_by_the_capacity() -> None:
    check = RepeatedLine.from_mapping({"max_lines_per_document": 10, "min_share": 0.5})
    aggregate = check.aggregate()
    assert aggregate.capacity == 21
    for n in range(200):
        # Digits are normalised away, so distinct lines must differ in letters.
        body = "\n".join(f"unique {spell(n)} {spell(i)}" for i in range(10))
        doc = Document(str(n), body + "\nSource link", "s")
        aggregate.add(check.observe(doc, DocContext(doc)))
    assert len(aggregate.counter.counts) <= aggregate.capacity
    model = aggregate.finish()
    # "Source link" entered early and in every document: tracked, exact, flagged.
    (count,) = model.boilerplate.values()
    assert count == 200


@given(
    st.lists(st.integers(min_value=0, max_value=30), max_size=400),
    st.integers(min_value=1, max_value=12),
)
def test_space_saving_bounds_hold(stream: list[int], capacity: int) -> None:
    counter = SpaceSavingCounter(capacity)
    for key in stream:
        counter.add(key, str(key))
    truth = Counter(stream)
    assert len(counter.counts) <= capacity
    for key in set(stream) | {999}:
        lower, upper = counter.bounds(key)
        assert lower <= truth[key] <= upper
    # Every key more frequent than total / capacity is tracked.
    for key, count in truth.items():
        if count > len(stream) / capacity:
            assert key in counter.counts
    assert sum(counter.counts.values()) == len(stream)
