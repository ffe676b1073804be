"""The WordNet lemma entries of the lexicon ("inch" for "in", "information technology" for "it",
"be" for "is", "ar" for "are", "non" for "not", "Maine" for "me", "Oregon" for "or").

Each word is ordinary English somewhere, so each row pairs a sentence as a lemmatising
word-by-word spinner prints it with a clean sentence that uses the same word legitimately (an
inch of snow, the information technology budget, the subjunctive "be", persona non grata, the
states). All sentences are written for this test.
"""

from __future__ import annotations

import pytest

from tests.checks.spin.helpers import assert_fires_in_frame_only, flagged

# (spun sentence, span, suggestion, clean sentence)
CASES: list[tuple[str, str, str, str]] = [
    ("The bridge reopened inch the spring.", "inch", "in", "The river rose an inch a day."),
    (
        "Officers arrived inch response to the call.",
        "inch",
        "in",
        "Drivers had to inch the van forward.",
    ),
    (
        "I have used information technology arsenic my main phone.",
        "information technology",
        "it",
        "The council cut its information technology budget.",
    ),
    (
        "We tried the app, and information technology wasn't easy.",
        "information technology",
        "it",
        "Information technology wasn't a subject at the school until 1998.",
    ),
    (
        "The screen is bright, and it be very sharp.",
        "be",
        "is",
        "Whether it be rain or snow, the ferry sails.",
    ),
    (
        "This be the best bakery in town.",
        "be",
        "is",
        "The judge ordered that he be released on bail.",
    ),
    ("Prices ar higher this week.", "ar", "are", "The AR headset costs 400 dollars."),
    ("The battery is non great.", "non", "not", "The envoy was declared persona non grata."),
    ("The ending made Maine cry.", "Maine", "me", "The storm made Maine the wettest state in May."),
    (
        "The guide told Maine to wait outside.",
        "Maine",
        "me",
        "She told Maine voters to expect delays.",
    ),
    (
        "It will take two Oregon three weeks.",
        "Oregon",
        "or",
        "Fires burned in two Oregon counties.",
    ),
    (
        "Sooner Oregon later the rent will rise.",
        "Oregon",
        "or",
        "Whether Oregon follows remains unclear.",
    ),
]


@pytest.mark.parametrize(("spun", "span", "suggestion", "clean"), CASES)
def test_wordnet_lemma_entry_fires_in_its_frame_only(
    spun: str, span: str, suggestion: str, clean: str
) -> None:
    assert_fires_in_frame_only(spun, span, suggestion, clean)


def test_a_lemmatising_spinner_page_is_spun_and_its_original_is_not() -> None:
    original = (
        "The new tablet is the first one in a long time that made me stop and think. It is light, "
        "and the screen is sharp. I have used it as my main work machine for three weeks, and it "
        "is quiet. The battery is not great, but it is good enough for a day in the office. "
        "Colours are rich, and blacks are deep. It is not cheap, or light, but it is a pleasure."
    )
    spun = (
        "The new tablet be the first one inch a long time that made Maine stop and think. "
        "Information technology be light, and the screen be sharp. I have used information "
        "technology arsenic my main work machine for three weeks, and it be quiet. The battery "
        "be non great, but it be good enough for a day inch the office. Colours ar rich, and "
        "blacks ar deep. It be non cheap, or light, but it be a pleasure."
    )
    assert flagged(spun)
    assert not flagged(original)
