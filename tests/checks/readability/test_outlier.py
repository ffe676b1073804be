"""readability.outlier: robust fences driven through observe -> aggregate -> judge."""

from __future__ import annotations

import json
import pickle
import random
from typing import Any

import pytest
from pydantic import ValidationError

from corpusgate.checks import get_check
from corpusgate.checks.base import DocContext
from corpusgate.checks.readability.outlier import (
    ALL_DOCUMENTS,
    NO_GROUP,
    OutlierModel,
    ReadabilityOutlier,
    document_group,
    quantile,
)
from corpusgate.documents import Document

SENTENCES = (
    "The ministry said the new rules would take effect in March after a short consultation.",
    "Officials expect the measure to raise about 2 billion euros a year from 2026 onwards.",
    "Opposition lawmakers called the plan rushed and said they would vote against it.",
    "Shares in the largest banks fell slightly in early trading on Monday morning.",
    "A spokesman for the central bank declined to comment on the decision.",
    "Residents said they had heard about the changes only from local radio.",
    "The committee is expected to publish its findings before the end of the year.",
    "Several unions have threatened strikes if the proposal is approved without changes.",
    "Prices for bread and milk rose for the third month in a row, the statistics office said.",
    "The mayor told reporters that the city could not afford to wait any longer.",
    "It was the first time in a decade that the two sides had met in person.",
    "Analysts said the agreement was unlikely to end the dispute for good.",
    "Nobody was hurt.",
    "The vote is due on Friday.",
    "Talks will resume next week.",
    "The government, which has struggled to contain rising costs since the start of the year, "
    "said it would review the scheme once the first figures were available.",
    "Critics argue that the process has been rushed and that smaller towns, many of which "
    "depend on the affected services, were not properly consulted before the decision.",
)


def _corpus(size: int, seed: int = 3) -> list[Document]:
    rng = random.Random(seed)
    docs = []
    for index in range(size):
        text = " ".join(rng.sample(SENTENCES, rng.randint(6, 14)))
        docs.append(
            Document(id=f"n{index}", text=text, source="test", url="https://wire.example/a")
        )
    return docs


def _drive(check: ReadabilityOutlier, docs: list[Document]) -> tuple[OutlierModel, dict[str, Any]]:
    """Run the corpus check as the engine does: observe all, aggregate, then judge each."""
    observations = {doc.id: check.observe(doc, DocContext(doc)) for doc in docs}
    aggregate = check.aggregate()
    for observation in observations.values():
        aggregate.add(pickle.loads(pickle.dumps(observation)))  # observations cross processes
    model = aggregate.finish()
    assert isinstance(model, OutlierModel)
    return model, {doc_id: check.judge(obs, model) for doc_id, obs in observations.items()}


def _observe_values(
    check: ReadabilityOutlier, values: list[tuple[str | None, float]]
) -> OutlierModel:
    aggregate = check.aggregate()
    for group, value in values:
        aggregate.add((group, (value,)))
    model = aggregate.finish()
    assert isinstance(model, OutlierModel)
    return model


def test_registered() -> None:
    assert get_check("readability.outlier") is ReadabilityOutlier


def test_documented_example_is_flagged_in_a_wire_corpus() -> None:
    example = Document(id="example", text=ReadabilityOutlier.example, source="test")
    _, outputs = _drive(ReadabilityOutlier(), [*_corpus(30), example])
    messages = [finding.message for finding in outputs["example"].findings]
    assert any(message.startswith("words_per_sentence ") for message in messages)
    assert all("the whole corpus, n=31" in message for message in messages)


def test_ordinary_documents_of_the_corpus_are_rarely_flagged() -> None:
    # Documents sampled from one pool of wire sentences have a narrow spread, so their own
    # tails can cross k = 2 fences; deepchecks gates text-property outliers at 5%.
    example = Document(id="example", text=ReadabilityOutlier.example, source="test")
    _, outputs = _drive(ReadabilityOutlier(), [*_corpus(60), example])
    flagged = [doc_id for doc_id, output in outputs.items() if output.findings]
    assert "example" in flagged
    assert len(flagged) - 1 <= 0.05 * 60


def test_tukey_fences_known_answer() -> None:
    check = ReadabilityOutlier.from_mapping({"features": ["words_per_sentence"]})
    model = _observe_values(check, [(None, float(value)) for value in range(1, 21)])
    stats = model.stats[ALL_DOCUMENTS]["words_per_sentence"]
    # Type-7 quartiles of 1..20: 1 + 19/4 = 5.75 and 1 + 3*19/4 = 15.25.
    assert (stats.q1, stats.median, stats.q3) == (5.75, 10.5, 15.25)
    assert (stats.low, stats.high) == (5.75 - 2 * 9.5, 15.25 + 2 * 9.5)
    (finding,) = check.judge((None, (35.0,)), model).findings
    assert finding.message == (
        "words_per_sentence 35.00 is above the upper fence 34.25 "
        "(Q3 15.25 + 2 x IQR 9.50; the whole corpus, n=20)"
    )
    assert check.judge((None, (34.25,)), model).findings == ()  # fences are inclusive
    (low,) = check.judge((None, (-14.0,)), model).findings
    assert "below the lower fence -13.25" in low.message


def test_k_widens_the_fences() -> None:
    narrow = ReadabilityOutlier.from_mapping({"features": ["words_per_sentence"], "k": 1.5})
    model = _observe_values(narrow, [(None, float(value)) for value in range(1, 21)])
    assert model.stats[ALL_DOCUMENTS]["words_per_sentence"].high == 15.25 + 1.5 * 9.5
    assert narrow.judge((None, (30.0,)), model).findings


def test_mad_fences_known_answer() -> None:
    check = ReadabilityOutlier.from_mapping(
        {"features": ["syllables_per_word"], "method": "mad", "k": 3.5}
    )
    model = _observe_values(check, [(None, float(value)) for value in range(1, 21)])
    stats = model.stats[ALL_DOCUMENTS]["syllables_per_word"]
    # |x - 10.5| for 1..20 is 0.5, 0.5, 1.5, 1.5, ... 9.5, 9.5: its median is 5.
    assert stats.median == 10.5 and stats.mad == 5.0
    assert stats.high == pytest.approx(10.5 + 3.5 * 1.4826 * 5.0)
    (finding,) = check.judge((None, (40.0,)), model).findings
    assert "1.4826 MAD 7.41" in finding.message


def test_small_corpus_is_not_judged() -> None:
    check = ReadabilityOutlier.from_mapping({"features": ["words_per_sentence"]})
    model = _observe_values(check, [(None, float(value)) for value in range(9)] + [(None, 500.0)])
    assert len(model.stats[ALL_DOCUMENTS]["words_per_sentence"].counts) >= 1  # 10 = minimum
    smaller = _observe_values(check, [(None, float(value)) for value in range(8)] + [(None, 500.0)])
    assert smaller.stats == {}
    assert check.judge((None, (500.0,)), smaller).findings == ()


def test_zero_spread_flags_nothing() -> None:
    check = ReadabilityOutlier.from_mapping({"features": ["words_per_sentence"]})
    model = _observe_values(check, [(None, 20.0)] * 15)
    stats = model.stats[ALL_DOCUMENTS]["words_per_sentence"]
    assert stats.low is None and stats.high is None
    assert check.judge((None, (90.0,)), model).findings == ()


def test_groups_are_compared_with_themselves() -> None:
    check = ReadabilityOutlier.from_mapping(
        {"features": ["words_per_sentence"], "group_by": "domain"}
    )
    rng = random.Random(5)
    values = [("short.example", 12 + rng.random()) for _ in range(20)]
    values += [("long.example", 30 + rng.random()) for _ in range(12)]
    values += [("tiny.example", 13.0), ("tiny.example", 31.0)]
    model = _observe_values(check, values)
    assert set(model.stats) == {ALL_DOCUMENTS, "short.example", "long.example"}
    # 30.5 words per sentence is ordinary on long.example and an outlier on short.example.
    assert check.judge(("long.example", (30.5,)), model).findings == ()
    (finding,) = check.judge(("short.example", (30.5,)), model).findings
    assert "group 'short.example', n=20" in finding.message
    # A group below min_corpus_size is judged against the whole corpus.
    assert check.judge(("tiny.example", (31.0,)), model).findings == ()
    unseen = check.judge(("new.example", (300.0,)), model).findings
    assert unseen and "the whole corpus, n=34" in unseen[0].message


def test_short_documents_are_skipped() -> None:
    check = ReadabilityOutlier()
    teaser = Document(id="t", text="Click here for the full story.", source="test")
    assert check.observe(teaser, DocContext(teaser)) is None
    model, outputs = _drive(check, [*_corpus(12), teaser])
    assert outputs["t"].findings == ()
    assert check.corpus_statistics(model)["skipped_documents"] == 1


def test_corpus_statistics_for_the_report() -> None:
    check = ReadabilityOutlier.from_mapping({"group_by": "domain", "histogram_bins": 8})
    docs = _corpus(14)
    model, _ = _drive(check, docs)
    statistics = check.corpus_statistics(model)
    json.dumps(statistics)  # JSON-ready
    assert statistics["method"] == "iqr" and statistics["k"] == 2.0
    assert set(statistics["features"]) == set(check.params.features)
    for feature, stats in statistics["features"].items():
        assert stats["n"] == 14, feature
        assert stats["q1"] <= stats["median"] <= stats["q3"]
        histogram = stats["histogram"]
        assert sum(histogram["counts"]) == 14
        assert len(histogram["edges"]) in (2, len(histogram["counts"]) + 1)
        assert histogram["edges"][0] == stats["min"] and histogram["edges"][-1] == stats["max"]
        assert stats["low_fence"] is None or stats["low_fence"] <= stats["q1"]
    assert set(statistics["groups"]) == {"wire.example"}


def test_signals_from_the_first_pass() -> None:
    doc = _corpus(1)[0]
    signals = ReadabilityOutlier().run(doc, DocContext(doc)).signals
    assert 0.0 < signals["difficult_word_share"] < 1.0
    assert "words_per_sentence" in signals and "flesch_reading_ease" in signals


def test_document_groups() -> None:
    def doc(url: str | None = None, **meta: Any) -> Document:
        return Document(id="d", text="", source="s", url=url, meta=meta)

    assert document_group(doc("https://www.News.example/a?b=c"), "domain") == "news.example"
    assert document_group(doc(None), "domain") == NO_GROUP
    assert document_group(doc("not a url"), "domain") == NO_GROUP
    assert document_group(doc(site="blog"), "meta.site") == "blog"
    assert document_group(doc(), "meta.site") == NO_GROUP
    assert document_group(doc("https://x.example"), None) is None


def test_quantile_interpolates() -> None:
    assert quantile([1.0], 0.5) == 1.0
    assert quantile([1.0, 2.0], 0.5) == 1.5
    assert quantile([1.0, 2.0, 4.0, 8.0], 0.75) == 5.0


@pytest.mark.parametrize(
    "params",
    [
        {"features": ["words_per_sentense"]},
        {"features": []},
        {"features": ["gunning_fog", "gunning_fog"]},
        {"group_by": "host"},
        {"method": "zscore"},
        {"k": 0},
        {"min_corpus_size": 2},
    ],
)
def test_invalid_params_are_rejected(params: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        ReadabilityOutlier.from_mapping(params)
