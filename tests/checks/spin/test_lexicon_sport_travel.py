"""The lexicon's fourth pass: autoblog rewriters in sport, travel and screen copy.

Each row: a sentence as a rewriter with one fixed synonym per word prints such copy, the span
that must be found, its suggestion, and a clean sentence (the original wording, or the same
words used legitimately) that must not yield that suggestion. Every context entry of the
section has a row; plain phrases are sampled. All sentences are written for this test.
"""

from __future__ import annotations

import pytest

from tests.checks.spin.helpers import assert_fires_in_frame_only, flagged, lexicon_section

SECTION = (
    "# ---- autoblog rewriters in sport, travel and screen copy: one fixed synonym per word "
    "(fourth pass) ----"
)

# (spun sentence, span, suggestion, clean sentence)
CONTEXT_CASES: list[tuple[str, str, str, str]] = [
    (
        "She lifted the identify in front of a home crowd.",
        "the identify",
        "the title",
        "Press the Identify button to pair the headset.",
    ),
    (
        "It was her maiden WTA identify after six finals.",
        "identify",
        "title",
        "Scouts tried to identify the strongest juniors.",
    ),
    (
        "He won a fourth successive identify on Sunday.",
        "identify",
        "title",
        "Analysts first identify which clubs can pay.",
    ),
    (
        "The Slovak rose to world quantity 12 this week.",
        "world quantity",
        "world number",
        "Mines met a rising world quantity of demand.",
    ),
    (
        "The TV collection returns for a third season.",
        "TV collection",
        "TV series",
        "He sold his TV collection of old box sets.",
    ),
]

PHRASE_CASES: list[tuple[str, str, str, str]] = [
    (
        "He saved three break factors in the opening set.",
        "break factors",
        "break points",
        "He saved three break points in the opening set.",
    ),
    (
        "Kovac took the choosing set 7-5.",
        "choosing set",
        "deciding set",
        "Choosing a set menu saves time.",
    ),
    (
        "The club sit 12 factors adrift at the bottom.",
        "factors adrift",
        "points adrift",
        "Several factors drove the rise in prices.",
    ),
    (
        "She called a health care timeout for her shoulder.",
        "health care timeout",
        "medical timeout",
        "Health care workers took a timeout to rest.",
    ),
    (
        "Rivers elevated her degree in the second set.",
        "elevated her degree",
        "raised her level",
        "She earned her degree in Leeds.",
    ),
    (
        "The visitors were back on degree phrases by half-time.",
        "degree phrases",
        "level terms",
        "The visitors were back on level terms by half-time.",
    ),
    (
        "The road crosses the Excessive Atlas in winter.",
        "Excessive Atlas",
        "High Atlas",
        "Excessive atlas use wore the binding out.",
    ),
    (
        "We hired a non-public driver for the week.",
        "non-public driver",
        "private driver",
        "Non-public schools received the grant.",
    ),
    (
        "The non-public fairness group bought the chain.",
        "non-public fairness",
        "private equity",
        "The private equity group bought the chain.",
    ),
    (
        "The television collection ran for six seasons.",
        "television collection",
        "television series",
        "The museum's collection of televisions grew.",
    ),
    (
        "The village fills with tour teams by noon.",
        "tour teams",
        "tour groups",
        "The village fills with tour groups by noon.",
    ),
]


@pytest.mark.parametrize(("spun", "span", "suggestion", "clean"), CONTEXT_CASES + PHRASE_CASES)
def test_fourth_pass_entry_fires_in_its_frame_only(
    spun: str, span: str, suggestion: str, clean: str
) -> None:
    assert_fires_in_frame_only(spun, span, suggestion, clean)


def test_every_context_entry_of_the_section_has_a_row() -> None:
    entries = lexicon_section(SECTION)
    with_rule = {e.spun.lower() for e in entries if e.context}
    covered = {case[1].lower() for case in CONTEXT_CASES}
    assert with_rule <= covered


SPUN_MATCH_REPORT = (
    "Anna Varga won her first WTA identify on Sunday, beating the third seed 6-4, 3-6, 7-5 in "
    "a final lasting two hours. Varga, ranked world quantity 78, saved two break factors at "
    "5-5 in the choosing set and then broke serve. Her opponent had taken a health care "
    "timeout at the end of the second set and elevated her degree after it, but could not "
    "hold on. Varga will now move into the top 60 and plays in Sydney next week, where the "
    "identify holder is her doubles partner."
)
CLEAN_MATCH_REPORT = (
    "Anna Varga won her first WTA title on Sunday, beating the third seed 6-4, 3-6, 7-5 in "
    "a final lasting two hours. Varga, ranked world number 78, saved two break points at "
    "5-5 in the deciding set and then broke serve. Her opponent had taken a medical timeout "
    "at the end of the second set and raised her level after it, but could not hold on. "
    "Varga will now move into the top 60 and plays in Sydney next week, where the title "
    "holder is her doubles partner."
)


def test_a_spun_match_report_is_spun_and_its_original_is_not() -> None:
    assert flagged(SPUN_MATCH_REPORT)
    assert not flagged(CLEAN_MATCH_REPORT)
