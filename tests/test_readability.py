"""The public readability API: corpusgate.readability.scores / scores_many."""

from __future__ import annotations

import corpusgate.readability as readability
from tests.checks.readability import oracle

TEXTS = (
    "",
    "Hello.",
    "The cat sat on the mat. It wasn't happy, so it left at 3 p.m.",
    "Notwithstanding considerable opposition, the administration's reauthorization passed.",
)


def test_public_names() -> None:
    assert {"scores", "scores_many", "METRICS", "CORE_METRICS", "analyse"} <= set(
        readability.__all__
    )
    required = {
        "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
        "coleman_liau_index", "automated_readability_index", "dale_chall_readability_score",
        "linsear_write_formula", "text_standard", "difficult_words", "lexicon_count",
        "sentence_count", "syllable_count", "char_count", "letter_count", "polysyllabcount",
        "words_per_sentence", "syllables_per_word",
    }  # fmt: skip
    assert set(readability.CORE_METRICS) == required
    assert set(readability.scores("A short text.")) == set(readability.METRICS)


def test_scores_equal_textstat() -> None:
    oracle.install()
    for text in TEXTS:
        assert readability.scores(text) == oracle.textstat_scores(text)


def test_scores_many_in_order() -> None:
    assert readability.scores_many(list(TEXTS)) == [readability.scores(text) for text in TEXTS]
    assert readability.scores_many(iter(TEXTS)) == [readability.scores(text) for text in TEXTS]
    assert readability.scores_many([]) == []


def test_lang_parameter_matches_textstat_set_lang() -> None:
    oracle.install()
    text = "The government met the committee. They agreed on a plan for the harbour."
    for lang in ("en", "en_GB", "de", "es"):
        assert readability.scores(text, lang=lang) == oracle.textstat_scores(text, lang)
    assert readability.scores_many([text], lang="de") == [readability.scores(text, lang="de")]


def test_seed_article_scores_equal_textstat(seed_text: str) -> None:
    oracle.install()
    assert readability.scores(seed_text) == oracle.textstat_scores(seed_text)
