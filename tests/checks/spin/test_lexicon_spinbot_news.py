"""The "Spinbot-style rewriters in news copy" sections of the lexicon, entry by entry.

Each row: a sentence as a Spinbot-style rewriter prints news copy, the span that must be found,
its suggestion, and a clean sentence (the original wording, or the same words used
legitimately) that must not yield that suggestion. Every context entry of the sections has a
row; plain phrases are sampled. All sentences are written for this test.
"""

from __future__ import annotations

import pytest

from tests.checks.spin.helpers import assert_fires_in_frame_only, lexicon_section

FIRST = "# ---- Spinbot-style rewriters in news copy: multi-word outputs (second pass) ----"
END = "# ---- paraphraser / thesaurus spinners (Spinbot, article rewriters) ----"

# (spun sentence, span, suggestion, clean sentence)
CONTEXT_CASES: list[tuple[str, str, str, str]] = [
    (
        "The blast killed at any rate 12 people.",
        "at any rate",
        "at least",
        "At any rate, the talks will resume in May.",
    ),
    (
        "The storm left in excess of 3,000 homes without power.",
        "in excess of",
        "more than",
        "Spending in excess of what was planned worried the board.",
    ),
    (
        "She spent the accompanying years in exile.",
        "the accompanying",
        "the following",
        "Read the accompanying report for the figures.",
    ),
    (
        "Jurors heard from 40 witnesses during the preliminary, which lasted five weeks.",
        "the preliminary",
        "the trial",
        "The preliminary results arrive next week.",
    ),
    (
        "The minister expressed that the border would open soon.",
        "expressed that",
        "said that",
        "The minister expressed the hope that the border would open soon.",
    ),
]

PHRASE_CASES: list[tuple[str, str, str, str]] = [
    (
        "Analysts are taking a gander at the figures.",
        "taking a gander at",
        "looking at",
        "Analysts are looking at the figures.",
    ),
    (
        "Prices are relied upon to rise.",
        "relied upon to",
        "expected to",
        "Farmers have relied upon the river for centuries.",
    ),
    (
        "Growth is anticipated that would slow.",
        "anticipated that would",
        "expected to",
        "Growth is expected to slow, as anticipated.",
    ),
    (
        "Work starts from one week from now.",
        "from one week from now",
        "from next week",
        "Work starts next week.",
    ),
    (
        "Women voted without precedent for in the town.",
        "without precedent for",
        "for the first time",
        "The ruling is without precedent.",
    ),
    (
        "A considerable lot of the workers left.",
        "A considerable lot of",
        "many of",
        "Many of the workers left.",
    ),
    (
        "The dominant part of voters agreed.",
        "The dominant part of",
        "the majority of",
        "The majority of voters agreed.",
    ),
    (
        "The general political decision is in May.",
        "general political decision",
        "general election",
        "It was a political decision, the mayor said.",
    ),
    (
        "The decision party lost its majority.",
        "decision party",
        "ruling party",
        "The ruling party lost its majority.",
    ),
    (
        "The quake struck at 4 a.m. neighborhood time.",
        "neighborhood time",
        "local time",
        "The quake struck at 4 a.m. local time.",
    ),
    (
        "The governor declared a highly sensitive situation.",
        "highly sensitive situation",
        "state of emergency",
        "The governor declared a state of emergency.",
    ),
    (
        "Salvage laborers searched the rubble.",
        "Salvage laborers",
        "rescue workers",
        "Rescue workers searched the rubble.",
    ),
    (
        "Overwhelming downpour flooded the streets.",
        "Overwhelming downpour",
        "heavy rain",
        "Heavy rain flooded the streets.",
    ),
    (
        "Several delayed convulsions shook the city.",
        "delayed convulsions",
        "aftershocks",
        "Several aftershocks shook the city.",
    ),
    (
        "The quake hit at a profundity of 10 km.",
        "at a profundity of",
        "at a depth of",
        "The quake hit at a depth of 10 km.",
    ),
    (
        "The move raised feelings of trepidation among traders.",
        "feelings of trepidation",
        "fears",
        "The move raised fears among traders.",
    ),
    (
        "The country began three days of grieving.",
        "days of grieving",
        "days of mourning",
        "The country began three days of mourning.",
    ),
    (
        "A primer report blamed the pilots.",
        "primer report",
        "preliminary report",
        "A preliminary report blamed the pilots.",
    ),
    (
        "He gave a discourse at the summit.",
        "gave a discourse",
        "gave a speech",
        "He gave a speech at the summit.",
    ),
    (
        "A medical attendant treated the driver.",
        "medical attendant",
        "nurse",
        "A nurse treated the driver.",
    ),
    (
        "She lost her investment funds in the scheme.",
        "her investment funds",
        "her savings",
        "She lost her savings in the scheme.",
    ),
    (
        "Families are sitting tight for news.",
        "sitting tight for",
        "waiting for",
        "Families are waiting for news.",
    ),
    (
        "The firm faces legitimate activity from investors.",
        "legitimate activity",
        "legal action",
        "The firm faces legal action from investors.",
    ),
    (
        "He was discovered blameworthy of fraud.",
        "discovered blameworthy",
        "found guilty",
        "He was found guilty of fraud.",
    ),
    (
        "She pled blameworthy to two charges.",
        "pled blameworthy",
        "pleaded guilty",
        "She pleaded guilty to two charges.",
    ),
    (
        "He faces three tallies of theft.",
        "three tallies",
        "three counts",
        "He faces three counts of theft.",
    ),
    (
        "Shops in the town focus closed early.",
        "town focus",
        "town centre",
        "Shops in the town centre closed early.",
    ),
    (
        "The forecast is more regrettable than expected.",
        "more regrettable",
        "worse",
        "The forecast is worse than expected.",
    ),
    (
        "The business affiliation opposed the tax.",
        "business affiliation",
        "business association",
        "The business association opposed the tax.",
    ),
    (
        "Scientists found another types of frog.",
        "another types of",
        "a new species of",
        "Scientists found a new species of frog.",
    ),
    (
        "The study appeared in a logical diary.",
        "logical diary",
        "scientific journal",
        "The study appeared in a scientific journal.",
    ),
    (
        "The paper's creators urged caution.",
        "paper's creators",
        "paper's authors",
        "The paper's authors urged caution.",
    ),
    (
        "The bird is basically jeopardized.",
        "basically jeopardized",
        "critically endangered",
        "The bird is critically endangered.",
    ),
    (
        "The boss financial specialist expects cuts.",
        "boss financial specialist",
        "chief economist",
        "The chief economist expects cuts.",
    ),
    (
        "The joblessness rate fell in May.",
        "joblessness rate",
        "unemployment rate",
        "The unemployment rate fell in May.",
    ),
    (
        "The city needs moderate lodging.",
        "moderate lodging",
        "affordable housing",
        "The city needs affordable housing.",
    ),
    (
        "It is a matter of general wellbeing.",
        "general wellbeing",
        "public health",
        "It is a matter of public health.",
    ),
    (
        "Therapeutic groups reached the valley.",
        "Therapeutic groups",
        "medical teams",
        "Medical teams reached the valley.",
    ),
    (
        "Prices rose in the course of recent years.",
        "in the course of recent years",
        "in recent years",
        "Prices rose in recent years.",
    ),
    (
        "The works will finish inside the following month.",
        "inside the following",
        "within the next",
        "The works will finish within the next month.",
    ),
    (
        "An evaluated 300 people attended.",
        "An evaluated",
        "an estimated",
        "An estimated 300 people attended.",
    ),
]


@pytest.mark.parametrize(
    ("spun", "span", "suggestion", "clean"),
    CONTEXT_CASES + PHRASE_CASES,
    ids=[case[1] for case in CONTEXT_CASES + PHRASE_CASES],
)
def test_entry_fires_in_its_frame_and_not_outside(
    spun: str, span: str, suggestion: str, clean: str
) -> None:
    assert_fires_in_frame_only(spun, span, suggestion, clean)


def test_every_context_entry_of_the_sections_has_a_case() -> None:
    entries = lexicon_section(FIRST, until=END)
    assert len(entries) >= 100
    covered = {case[2] for case in CONTEXT_CASES}
    missing = [e.spun for e in entries if e.kind == "context" and e.original not in covered]
    assert missing == []
    phrases = {e.spun.lower() for e in entries if e.kind == "phrase"}
    sampled = [case for case in PHRASE_CASES if case[1].lower() in phrases]
    assert len(sampled) >= 25
