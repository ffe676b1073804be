"""The lexicon's fourth pass for product reviews and buying guides.

Each row: a sentence as an affiliate-review spinner prints it, the span that must be found, its
suggestion, and a clean sentence (the original wording, or the same words used legitimately)
that must not yield that suggestion. Every context entry of the section has a row; plain
phrases are sampled. All sentences are written for this test.
"""

from __future__ import annotations

import pytest

from tests.checks.spin.helpers import assert_fires_in_frame_only, flagged, lexicon_section

SECTION = "# ---- autoblog rewriters in product reviews and buying guides (fourth pass) ----"

# (spun sentence, span, suggestion, clean sentence)
CONTEXT_CASES: list[tuple[str, str, str, str]] = [
    (
        "A charging cable is included within the field.",
        "within the field",
        "in the box",
        "She is respected within the field of optics.",
    ),
    (
        "The lid feels low cost and rattles.",
        "low cost",
        "cheap",
        "The airline sells low cost fares to Porto.",
    ),
    (
        "The sound is great for the worth.",
        "for the worth",
        "for the price",
        "They argued for the worth of public libraries.",
    ),
    (
        "It has a highly effective motor for its size.",
        "highly effective",
        "powerful",
        "The vaccine proved highly effective in trials.",
    ),
    (
        "The arrange took ten minutes.",
        "the arrange",
        "the setup",
        "Musicians praised the arrangement of the final song.",
    ),
]

PHRASE_CASES: list[tuple[str, str, str, str]] = [
    (
        "The construct high quality is excellent.",
        "construct high quality",
        "build quality",
        "The high quality of the build surprised us.",
    ),
    (
        "The app is straightforward to make use of.",
        "straightforward to make use of",
        "easy to use",
        "The app is easy to use.",
    ),
    (
        "It is value each penny.",
        "value each penny",
        "worth every penny",
        "It is worth every penny.",
    ),
    (
        "It sits at the top of its worth vary.",
        "worth vary",
        "price range",
        "Their worth varies with the season.",
    ),
    (
        "Read the person handbook before charging.",
        "person handbook",
        "user manual",
        "Read the user manual before charging.",
    ),
    (
        "Buyer critiques praise the battery.",
        "buyer critiques",
        "customer reviews",
        "Customer reviews praise the battery.",
    ),
    (
        "The buds are very snug to put on.",
        "snug to put on",
        "comfortable to wear",
        "The buds are comfortable to wear.",
    ),
]


@pytest.mark.parametrize(("spun", "span", "suggestion", "clean"), CONTEXT_CASES + PHRASE_CASES)
def test_review_entry_fires_in_its_frame_only(
    spun: str, span: str, suggestion: str, clean: str
) -> None:
    assert_fires_in_frame_only(spun, span, suggestion, clean)


def test_every_context_entry_of_the_section_has_a_row() -> None:
    entries = lexicon_section(SECTION)
    with_rule = {e.spun.lower() for e in entries if e.context}
    covered = {case[1].lower() for case in CONTEXT_CASES}
    assert with_rule <= covered


SPUN_REVIEW = (
    "I have used the Kestrel 3 robot vacuum for a month. The arrange took five minutes and the "
    "app is straightforward to make use of. It has a highly effective motor, and the construct "
    "high quality is better than its worth vary suggests, although the dustbin lid feels low "
    "cost. A spare brush is included within the field. Buyer critiques complain about the "
    "noise, and I agree, but for the worth it is hard to beat."
)
CLEAN_REVIEW = (
    "I have used the Kestrel 3 robot vacuum for a month. The setup took five minutes and the "
    "app is easy to use. It has a powerful motor, and the build quality is better than its "
    "price range suggests, although the dustbin lid feels cheap. A spare brush is included in "
    "the box. Customer reviews complain about the noise, and I agree, but for the price it is "
    "hard to beat."
)


def test_a_spun_review_is_spun_and_its_original_is_not() -> None:
    assert flagged(SPUN_REVIEW)
    assert not flagged(CLEAN_REVIEW)
