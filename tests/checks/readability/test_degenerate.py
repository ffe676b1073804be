"""readability.degenerate: each reason, documented examples, calibration, the seed article."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from corpusgate.checks import get_check
from corpusgate.checks.readability.degenerate import ReadabilityDegenerate
from corpusgate.documents import Document
from tests.checks.readability.conftest import DEGENERATE, NORMAL_NEWS, run_check

WIRE_SENTENCES = (
    "The ministry said the new rules would take effect in March.",
    "Officials expect the measure to raise about 2 billion euros a year.",
    "Opposition lawmakers called the plan rushed and said they would vote against it.",
    "Shares in the largest banks fell slightly in early trading on Monday.",
    "A spokesman for the central bank declined to comment on the decision.",
)


def _messages(text: str, **params: object) -> list[str]:
    check = ReadabilityDegenerate.from_mapping(dict(params))
    return [finding.message for finding in run_check(check, text).findings]


def _prose(sentences: int) -> str:
    return " ".join(WIRE_SENTENCES[index % len(WIRE_SENTENCES)] for index in range(sentences))


def test_registered() -> None:
    assert get_check("readability.degenerate") is ReadabilityDegenerate


def test_documented_example_is_flagged() -> None:
    messages = _messages(ReadabilityDegenerate.example)
    assert any(message.startswith("no sentence punctuation") for message in messages)


def test_documented_passing_example_is_not_flagged() -> None:
    assert ReadabilityDegenerate.passing_example
    assert _messages(ReadabilityDegenerate.passing_example) == []


def test_plain_prose_is_not_flagged() -> None:
    assert _messages(_prose(10)) == []


def test_too_short() -> None:
    (message,) = _messages("Click here for the full story")
    assert message.startswith("too short for a readability score: lexicon_count 6 < min_words 50")


def test_empty_text_is_too_short() -> None:
    (message,) = _messages("")
    assert "lexicon_count 0" in message


def test_too_few_sentences() -> None:
    # Two sentences, the second five sentences joined by "and": 71 words.
    text = _prose(1) + " " + " and ".join(s.rstrip(".") for s in WIRE_SENTENCES) + "."
    (message,) = _messages(text)
    assert message.startswith("too few sentences for a readability score: sentence_count 2 <")
    assert _messages(text, min_sentences=2) == []


def test_no_sentence_punctuation() -> None:
    text = _prose(8).replace(".", "")
    messages = _messages(text)
    assert any(message.startswith("no sentence punctuation") for message in messages)
    assert any("words_per_sentence" in message for message in messages)


def test_giant_sentence_is_reported_with_its_span() -> None:
    glued = " ".join(sentence.rstrip(".") for sentence in WIRE_SENTENCES * 5) + "."
    text = _prose(6) + " " + glued + " " + _prose(3)
    check = ReadabilityDegenerate()
    findings = run_check(check, text).findings
    spans = [finding for finding in findings if not finding.is_document_level]
    (finding,) = spans
    assert finding.text == text[finding.start : finding.end]
    assert finding.text.endswith("decision.")
    assert re.match(r"one sentence of \d+ words \(max_sentence_words 150\)", finding.message)


def test_words_per_sentence_bound() -> None:
    messages = _messages(_prose(10), max_words_per_sentence=8)
    assert any(message.startswith("words_per_sentence ") for message in messages)


def test_flesch_reading_ease_below_zero() -> None:
    text = (
        "Intergovernmental administrative reorganisation necessitates comprehensive "
        "institutional consultation. "
    ) * 12
    messages = _messages(text)
    assert any(
        message.startswith("flesch_reading_ease") and "below 0" in message for message in messages
    )


def test_flesch_reading_ease_above_ceiling() -> None:
    # The CMU dictionary gives "hmm" and "shh" no syllables, so the average falls below one
    # syllable per word and the formula passes its ceiling of 121.22.
    text = " ".join(["Hmm shh hmm shh a cat sat."] * 12)
    messages = _messages(text)
    assert any("above the formula's ceiling 121.22" in message for message in messages)


@pytest.mark.parametrize("doc_id", ["german-paragraph", "spanish-paragraph", "machine-garbage"])
def test_not_english(doc_id: str, examples: dict[str, Document]) -> None:
    messages = _messages(examples[doc_id].text)
    assert any(message.startswith("not English") for message in messages)


def test_english_with_many_names_is_english() -> None:
    # Foreign names are unknown to the CMU dictionary, but English function words remain.
    text = (
        "Kassym-Jomart Tokayev met Shavkat Mirziyoyev and Sadyr Japarov in Astana on Tuesday. "
        "Tokayev said the talks with Mirziyoyev had been useful for both of their countries. "
        "Japarov and Tokayev also discussed water rights on the Syr Darya and the Naryn. "
        "Officials from Tashkent, Bishkek and Dushanbe were expected to join them later. "
    ) * 2
    assert _messages(text) == []


def test_language_check_only_for_english() -> None:
    text = (
        "Der Stadtrat hat am Dienstag beschlossen, neue Radwege anzulegen. Die Entscheidung "
        "fiel nach einer langen Debatte im Rathaus. Befürworter sprechen von mehr Sicherheit. "
        "Geschäftsleute fürchten dagegen um ihre Parkplätze und damit um ihre Kundschaft. "
    ) * 2
    assert any(message.startswith("not English") for message in _messages(text))
    assert not any(message.startswith("not English") for message in _messages(text, lang="de"))


@pytest.mark.parametrize("doc_id", NORMAL_NEWS)
def test_news_registers_are_not_flagged(doc_id: str, examples: dict[str, Document]) -> None:
    assert _messages(examples[doc_id].text) == []


@pytest.mark.parametrize("doc_id", DEGENERATE)
def test_degenerate_fixture_documents_are_flagged(
    doc_id: str, examples: dict[str, Document]
) -> None:
    assert _messages(examples[doc_id].text), doc_id


def test_seed_article_is_not_flagged(seed_text: str) -> None:
    assert _messages(seed_text) == []


def test_seed_without_punctuation_is_flagged(seed_text: str) -> None:
    stripped = re.sub(r"[.!?]", "", seed_text)
    messages = _messages(stripped)
    assert any(message.startswith("no sentence punctuation") for message in messages)


def test_signals_include_language_shares() -> None:
    output = run_check(ReadabilityDegenerate(), _prose(10))
    assert output.signals["unknown_word_share"] == 0.0
    assert 0.2 < output.signals["function_word_share"] < 0.6
    assert output.signals["sentence_count"] == 10.0


def test_invalid_params_are_rejected() -> None:
    with pytest.raises(ValidationError):
        ReadabilityDegenerate.from_mapping(
            {"min_flesch_reading_ease": 50, "max_flesch_reading_ease": 10}
        )
    with pytest.raises(ValidationError):
        ReadabilityDegenerate.from_mapping({"max_unknown_share": 1.5})
