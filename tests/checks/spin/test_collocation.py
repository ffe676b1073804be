from __future__ import annotations

from functools import lru_cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpusgate.checks.spin.collocation import (
    EVIDENCE_FLOOR,
    CollocationDetector,
    SpinCollocation,
    build_detector,
    common_words,
    frequency_data,
    shipped_synonyms,
    vowel_sound,
)
from corpusgate.checks.spin.lexicon import Lexicon, shipped_lexicon
from corpusgate.checks.spin.tokens import Prepared, normalise, prepare
from tests.checks.spin.helpers import check_findings_consistent, run


def found(text: str, **params: object) -> dict[str, str | None]:
    out = run("spin.collocation", text, **params)
    check_findings_consistent(text, list(out.findings))
    return {f.text: f.suggestion for f in out.findings}


def test_shipped_data_is_consistent() -> None:
    synonyms = shipped_synonyms()
    assert sum(len(v) for v in synonyms.values()) >= 500
    data = frequency_data()
    assert data.cutoff == 100_000
    assert len(data.bigrams) > 50_000
    # every bigram kept involves a thesaurus word (the build script's filter)
    vocab = set(synonyms) | {o for originals in synonyms.values() for o in originals}
    assert all(any(w in vocab for w in pair.split(" ")) for pair in list(data.bigrams)[:5000])
    assert "critical" in common_words() and "zxqv" not in common_words()


@pytest.mark.parametrize(
    ("text", "spun", "original"),
    [
        ("The conferences come at a essential juncture for the region.", "essential", "critical"),
        ("On the identical time, the Kremlin appears cautious.", "identical", "same"),
        ("It was additionally a rare year.", "additionally", "also"),
        ("Prices rose successful the second quarter.", "successful", "in"),
        # Wrong-sense swaps of crowd-thesaurus and SEO spinners (the last block of
        # synonyms.tsv): the printed word is a dictionary synonym of another sense of the
        # original.
        ("Police located that the back door had been forced.", "located", "found"),
        ("The bakery was based by two sisters in 1998.", "based", "founded"),
        ("Speeches will be restrained to twenty minutes.", "restrained", "limited"),
        ("He unsuccessful to win a seat in the spring vote.", "unsuccessful", "failed"),
        ("A panel of parents will evaluation the plan.", "evaluation", "review"),
        ("The agency has yet to solution the letter.", "solution", "answer"),
        ("The senator spoke in phrases of a long-term deal.", "phrases", "terms"),
        ("The children ate an common of two meals a day.", "common", "average"),
        ("She later earned a high faculty diploma at night.", "faculty", "school"),
        ("Few voters understand weather change.", "weather", "climate"),
    ],
)
def test_reverse_substitution_finds_spun_words(text: str, spun: str, original: str) -> None:
    assert found(text).get(spun) == original


@pytest.mark.parametrize(
    "text",
    [
        "The keys were located in the top drawer of the desk.",
        "The charity is based in Leeds and has twelve staff.",
        "Two officers restrained the man until the ambulance arrived.",
        "The first attempt was unsuccessful, but the second one worked.",
        "A full evaluation of the scheme will be published in June.",
        "Engineers are still looking for a solution to the leak.",
        "The senator chose her phrases with care.",
        "Flooding is common in the valley during spring.",
        "She joined the faculty of the law school in 2004.",
        "The weather was mild for most of the week.",
        "The town grew rapidly after the railway arrived.",
    ],
)
def test_wrong_sense_words_used_rightly_are_not_flagged(text: str) -> None:
    assert found(text) == {}


def test_fluent_prose_is_not_flagged() -> None:
    text = (
        "The meetings come at a critical juncture. Police officers said the military would "
        "support the government, and the financial markets were calm. As stated in the report, "
        "the war had changed the economy. She was successful in her bid, and the "
        "army and navy took part in the same exercise at the same time."
    )
    assert found(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        # register choices of careful writers that the thesaurus once reversed (2026.11.5:
        # each fired on real clean prose and on no spun document)
        "Remember to increment the counter after each pass through the loop.",
        "Other services consume the data through the public API.",
        "The only factor which affects the result is the temperature.",
        "He defined the problem as a shortage of trained nurses.",
        "Owners can grant access to other members of the team.",
        "The exam requires careful reading of every question.",
        "A minimal installation takes less than a minute.",
    ],
)
def test_formal_register_is_not_read_as_a_swap(text: str) -> None:
    assert found(text) == {}
    # nor below the check's ratio, where spin.score still counts it (the evidence floor)
    detector = build_detector(EVIDENCE_FLOOR, 300_000, True, (), ())
    assert not [h for h in detector.find(prepare(text)) if h.rule.startswith("collocation")]


def test_style_level_swaps_are_reported_with_their_evidence() -> None:
    # "Officials stated" is English, but news says "officials said" ~100x more often: this is
    # the swap phrase spinners make, reported (warning) with the ratio in the message.
    out = run("spin.collocation", "Officials stated the obvious.")
    assert [f.suggestion for f in out.findings] == ["said"]
    assert "more likely" in out.findings[0].message
    assert run("spin.collocation", "Officials stated the obvious.", min_ratio=1000.0).findings == ()


def test_names_and_quotes_are_skipped() -> None:
    assert found('"We met at a essential juncture," she said.') == {}
    assert "essential" in found('"We met at a essential juncture," she said.', skip_quotes=False)
    assert found("Essential Juncture Ltd. opened a Identical Time store.") == {}


def test_article_left_behind_by_a_swap() -> None:
    hits = found("It was a uncommon year and an financial crisis, a hour late.")
    assert hits["uncommon"] == "rare"
    assert hits["financial"] == "economic"
    # "a hour" has no swapped word to blame: counted (lightly) by spin.score, not reported
    assert "hour" not in hits
    weak = [h for h in build_detector().find(prepare("It was a hour late.")) if h.rule == "article"]
    assert len(weak) == 1 and weak[0].original is None and weak[0].weight < 0.2
    assert found("An hour, a university, an unusual year, a one-time fee, an FBI agent.") == {}


@pytest.mark.parametrize(
    ("word", "sound"),
    [
        ("essential", True),
        ("university", False),
        ("unidentified", True),
        ("hour", True),
        ("house", None),
        ("one", False),
        ("euro", False),
        ("uncommon", True),
        ("year", False),
        ("ncurses", None),
        ("html", None),
        ("street", False),
        ("sphere", False),
    ],
)
def test_vowel_sound(word: str, sound: bool | None) -> None:
    assert vowel_sound(word) is sound


def test_thresholds_are_parameters() -> None:
    assert (
        found("On the identical time, the Kremlin appears cautious.", min_ratio=10_000_000.0) == {}
    )
    # an article left behind is independent evidence: it does not need the ratio threshold
    text = "The conferences come at a essential juncture for the region."
    assert found(text, min_ratio=10_000_000.0) == {"essential": "critical"}
    strict = build_detector(min_ratio=10_000_000.0)
    assert strict.evidence("essential", "a", "juncture") is None
    evidence = build_detector().evidence("essential", "a", "juncture")
    assert evidence is not None and evidence.original == "critical" and evidence.ratio >= 30


def test_disabled_and_extra_pairs() -> None:
    text = "The conferences come at a essential juncture for the region."
    assert "essential" not in found(text, disabled_words=["essential"], min_count=10**12)
    detector = build_detector(extra_pairs=(("meetings", "conferences"),))
    assert "conferences" in detector.synonyms


def test_the_score_honours_disabled_words_too() -> None:
    # A thesaurus word that is domain vocabulary must leave the verdict as well as the warnings.
    # (the lexicon's own "a essential" is switched off, so the statistics are all that count)
    text = "The talks come at a essential juncture. " + "The council met again on Tuesday. " * 40
    counted = run("spin.score", text, disabled=["a essential"]).signals["spin_weight"]
    without = run("spin.score", text, disabled=["a essential"], disabled_words=["essential"])
    # what is left is the bare article mismatch, "a" before a vowel (0.15)
    assert counted >= 0.5 and without.signals["spin_weight"] == 0.15


def test_lookup_shows_what_a_word_may_stand_for_and_the_reverse() -> None:
    text = SpinCollocation.lookup("Affect")
    assert '"affect" may stand for: "influence".' in text
    assert 'disabled_words: ["affect"]' in text
    assert 'Spinners print for "influence": "affect"' in SpinCollocation.lookup("influence")
    assert '"zzqx" is not in the thesaurus.' in SpinCollocation.lookup("zzqx")


def test_docs_example_and_passing_example() -> None:
    assert found(SpinCollocation.example)
    assert SpinCollocation.passing_example is not None
    assert found(SpinCollocation.passing_example) == {}


def test_detector_find_is_deterministic() -> None:
    detector = build_detector()
    prep = prepare("The conferences come at a essential juncture.")
    assert detector.find(prep) == detector.find(prep)


def test_shipped_bigrams_were_built_from_the_current_thesaurus() -> None:
    # benchmarks/build_spin_data.py keeps the unigram count of every thesaurus word that the
    # Web Trillion Word list has; a thesaurus edited without a rebuild leaves words out.
    synonyms = shipped_synonyms()
    vocab = set(synonyms) | {o for originals in synonyms.values() for o in originals}
    unigrams = frequency_data().unigrams
    assert set(unigrams) <= vocab
    missing = {w for w in vocab if w not in unigrams}
    assert len(missing) <= 15, sorted(missing)  # spinner coinages such as "springiness"


@lru_cache(maxsize=1)
def _pair() -> tuple[CollocationDetector, CollocationDetector, Lexicon]:
    """A detector scanning alone, and the same detector reading the bigrams a lexicon's
    automaton pass found for it (fresh objects: the cached ones may be paired already)."""
    alone = CollocationDetector(shipped_synonyms(), frequency_data(), EVIDENCE_FLOOR)
    paired = CollocationDetector(shipped_synonyms(), frequency_data(), EVIDENCE_FLOOR)
    lexicon = Lexicon(shipped_lexicon().entries, shipped_lexicon().sets)
    paired.pair_with(lexicon)
    return alone, paired, lexicon


_BIGRAMS = sorted(_pair()[0]._values)[::97]  # (a spread of the 36,000 candidate bigrams)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(_BIGRAMS),
            st.sampled_from([" ", "  ", "\n\n", " \n ", ", ", ". The ", "-", "'s "]),
            st.sampled_from(["", "A ", "the ", "x", "(", "Final 12 months "]),
        ),
        max_size=12,
    )
)
def test_bigrams_found_by_the_lexicon_pass_are_the_detectors_own(
    parts: list[tuple[str, str, str]],
) -> None:
    # Whitespace runs are collapsed in the lexicon's pass but not in the detector's: a bigram
    # split by a line break must not be found through the shared pass either.
    text = "".join(prefix + bigram.replace(" ", sep, 1) + " " for bigram, sep, prefix in parts)
    alone, paired, lexicon = _pair()
    prep = Prepared(text, normalise(text))
    lexicon.find(prep)
    assert paired in prep.shared
    assert paired.find(prep) == alone.find(Prepared(text, normalise(text)))


def test_a_lexicon_shares_its_pass_with_one_detector() -> None:
    _, paired, lexicon = _pair()
    assert lexicon.partner is paired
    other = CollocationDetector(shipped_synonyms(), frequency_data(), 50.0)
    other.pair_with(lexicon)  # a second detector scans on its own
    assert lexicon.partner is paired
    prep = prepare("We met on the identical time in the sphere of affect.")
    assert other.find(prep) == CollocationDetector(shipped_synonyms(), frequency_data(), 50.0).find(
        Prepared(prep.text, prep.norm)
    )
