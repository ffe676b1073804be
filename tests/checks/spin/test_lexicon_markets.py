"""The lexicon's fourth pass for market, crypto and health copy.

Each row: a sentence as a one-synonym-per-word spinner prints such copy, the span that must be
found, its suggestion, and a clean sentence (the original wording, or the same words used
legitimately) that must not yield that suggestion. Every context entry of the section has a
row; plain phrases are sampled. All sentences are written for this test.
"""

from __future__ import annotations

import pytest

from tests.checks.spin.helpers import assert_fires_in_frame_only, flagged, lexicon_section

SECTION = "# ---- autoblog rewriters in market, crypto and health copy (fourth pass) ----"

# (spun sentence, span, suggestion, clean sentence)
CONTEXT_CASES: list[tuple[str, str, str, str]] = [
    (
        "The FTSE 100 closed larger on Friday.",
        "closed larger",
        "closed higher",
        "The fund closed larger deals this year.",
    ),
    (
        "Shares ended larger after the results.",
        "ended larger",
        "ended higher",
        "The season ended larger crowds than ever, the club said.",
    ),
    (
        "The euro traded larger against the dollar.",
        "traded larger",
        "traded higher",
        "Funds traded larger volumes in March.",
    ),
    (
        "Asian stocks opened larger, led by Tokyo.",
        "opened larger",
        "opened higher",
        "The bakery opened larger premises in May.",
    ),
    (
        "Gold edged larger in early trade.",
        "edged larger",
        "edged higher",
        "Gold edged higher in early trade.",
    ),
    (
        "The yen fell to a report low against the dollar.",
        "report low",
        "record low",
        "Patients report low energy after the dose.",
    ),
    (
        "Bond yields hit fresh report lows this week.",
        "report lows",
        "record lows",
        "Residents report lows of minus ten at night.",
    ),
    (
        "Bitcoin worth jumped 6% overnight.",
        "Bitcoin worth",
        "bitcoin price",
        "Thieves took bitcoin worth $2 million.",
    ),
    (
        "The tech big said profits rose.",
        "tech big",
        "tech giant",
        "The tech big names led the index.",
    ),
    (
        "The retail big is closing 40 stores.",
        "retail big",
        "retail giant",
        "It was a retail big bet that failed.",
    ),
    (
        "The oil big reported record profits.",
        "oil big",
        "oil giant",
        "Pour the oil into a big drum.",
    ),
]

PHRASE_CASES: list[tuple[str, str, str, str]] = [
    (
        "Stocks closed decrease on Tuesday.",
        "closed decrease",
        "closed lower",
        "The gap closed as costs began to decrease.",
    ),
    (
        "Central banks may issue a digital foreign money.",
        "digital foreign money",
        "digital currency",
        "Tourists changed foreign money at the border.",
    ),
    (
        "Inflation knowledge is due on Wednesday.",
        "inflation knowledge",
        "inflation data",
        "Inflation data is due on Wednesday.",
    ),
    (
        "Exercise lowers blood sugar ranges.",
        "blood sugar ranges",
        "blood sugar levels",
        "Exercise lowers blood sugar levels.",
    ),
    (
        "Oats can cut ldl cholesterol ranges.",
        "ldl cholesterol ranges",
        "cholesterol levels",
        "Oats can cut cholesterol levels.",
    ),
]


@pytest.mark.parametrize(("spun", "span", "suggestion", "clean"), CONTEXT_CASES + PHRASE_CASES)
def test_market_entry_fires_in_its_frame_only(
    spun: str, span: str, suggestion: str, clean: str
) -> None:
    assert_fires_in_frame_only(spun, span, suggestion, clean)


def test_every_context_entry_of_the_section_has_a_row() -> None:
    entries = lexicon_section(SECTION)
    with_rule = {e.spun.lower() for e in entries if e.context}
    covered = {case[1].lower() for case in CONTEXT_CASES}
    assert with_rule <= covered


SPUN_MARKETS = (
    "European stocks closed larger on Thursday as inflation knowledge eased fears of another "
    "rate rise. The tech big led gains after results beat forecasts, while the yen slid to a "
    "report low. Bitcoin worth jumped 4% as traders bet on a digital foreign money from the "
    "central bank. Oil edged decrease as supplies rose, and gold traded larger against a "
    "weaker dollar."
)
CLEAN_MARKETS = (
    "European stocks closed higher on Thursday as inflation data eased fears of another rate "
    "rise. The tech giant led gains after results beat forecasts, while the yen slid to a "
    "record low. The bitcoin price jumped 4% as traders bet on a digital currency from the "
    "central bank. Oil edged lower as supplies rose, and gold traded higher against a weaker "
    "dollar."
)


def test_a_spun_market_report_is_spun_and_its_original_is_not() -> None:
    assert flagged(SPUN_MARKETS)
    assert not flagged(CLEAN_MARKETS)
