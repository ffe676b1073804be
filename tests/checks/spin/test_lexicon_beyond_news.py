"""The third-pass sections of the lexicon (spinner output beyond news), entry by entry.

Each row: a sentence as an autoblog rewriter or a Spinbot-style paraphraser prints lifestyle,
tech, home, money, food, travel, health or sports copy, the span that must be found, its
suggestion, and a clean sentence (the original wording, or the same words used legitimately)
that must not yield that suggestion. Every context entry of the two sections has a row; plain
phrases are sampled. All sentences are written for this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpusgate.checks.spin.lexicon import DATA_DIR
from tests.checks.spin.helpers import (
    LATER_PASSES,
    assert_fires_in_frame_only,
    context_entries_without_a_row,
    flagged,
    lexicon_section,
)
from tests.checks.spin.test_lexicon_fourth_pass import SPORT_HEADING as FOURTH_PASS
from tests.checks.spin.test_lexicon_red_team import STILL_FIRES

AUTOBLOG = (
    "# ---- autoblog rewriters beyond news: everyday, tech, home, money, sport (third pass) ----"
)
SPINBOT = "# ---- Spinbot-style rewriters beyond news (third pass) ----"

# (spun sentence, span, suggestion, clean sentence)
CONTEXT_CASES: list[tuple[str, str, str, str]] = [
    # autoblog rewriters
    (
        "Tomatoes need full solar to partial shade.",
        "full solar",
        "full sun",
        "The roof takes full solar power in summer.",
    ),
    (
        "The goalkeeper kept a clear sheet against Leeds.",
        "clear sheet",
        "clean sheet",
        "Lay a clear sheet of plastic over the seedlings.",
    ),
    (
        "She lost in the first spherical of the tournament.",
        "first spherical",
        "first round",
        "The first spherical harmonic has no nodes.",
    ),
    (
        "He won the final spherical by two strokes.",
        "final spherical",
        "final round",
        "The droplet takes a final spherical shape as it cools.",
    ),
    (
        "He made a gap in one at the seventh.",
        "a gap in one",
        "a hole in one",
        "There is a gap in one of the walls.",
    ),
    (
        "Higher nonetheless, the app is free.",
        "Higher nonetheless",
        "better still",
        "Prices rose higher nonetheless.",
    ),
    (
        "You are higher off renting a car.",
        "higher off",
        "better off",
        "Temperatures were higher off the coast.",
    ),
    (
        "You had higher check the tyres first.",
        "had higher",
        "had better",
        "Coastal towns had higher rents than inland ones.",
    ),
    (
        "It's a good suggestion to back up your files.",
        "a good suggestion to",
        "a good idea to",
        "She made a good suggestion to the committee.",
    ),
    (
        "You should by no means forget your password.",
        "by no means",
        "never",
        "It is by no means certain that rates will fall.",
    ),
    (
        "Check the oven in a whereas.",
        "in a whereas",
        "in a while",
        "The parties put it in a whereas clause.",
    ),
    (
        "Let the dough rest for a whereas.",
        "for a whereas",
        "for a while",
        "The drafter asked for a whereas clause on costs.",
    ),
    (
        "Use our price comparability tool to find deals.",
        "comparability",
        "comparison",
        "The comparability of the two surveys is limited.",
    ),
    (
        "Read our shopping for information before you buy.",
        "shopping for information",
        "buying guide",
        "Libraries help people who are shopping for information online.",
    ),
    # Spinbot-style paraphrasers
    (
        "Prices will rise before the finish of the year.",
        "the finish of",
        "the end of",
        "She led at the finish of the race.",
    ),
    (
        "We should confront it, the old phone is slow.",
        "We should confront it",
        "let's face it",
        "The problem is real and we should confront it.",
    ),
    (
        "Learn step by step instructions to set up a blog.",
        "step by step instructions to",
        "how to",
        "The kit comes with step by step instructions to follow.",
    ),
    (
        "The all out sum came to $400.",
        "The all out",
        "the total",
        "The generals planned the all out attack.",
    ),
    (
        "I run every first part of the day before work.",
        "first part of the day",
        "morning",
        "The first part of the day was spent in meetings.",
    ),
    (
        "Preheat the broiler to 180 degrees.",
        "broiler to",
        "oven to",
        "Slide the tray under the broiler to brown the cheese.",
    ),
    (
        "Dark form grew behind the fridge.",
        "Dark form",
        "black mold",
        "A dark form moved in the fog.",
    ),
    (
        "We flew with a minimal effort carrier to Rome.",
        "minimal effort",
        "low-cost",
        "She passed the exam with minimal effort.",
    ),
    (
        "We booked an all-comprehensive resort in Cancun.",
        "all-comprehensive",
        "all-inclusive",
        "The treaty was meant to be all-comprehensive in scope.",
    ),
    (
        "Curry scored 31 focuses and added eight assists.",
        "focuses",
        "points",
        "Chapter 3 focuses on the early years.",
    ),
    (
        "Jokic added 14 bounce back in the win.",
        "bounce back",
        "rebounds",
        "Markets tend to bounce back in spring.",
    ),
    (
        "Arsenal are busy in the summer move window.",
        "move window",
        "transfer window",
        "Click Move window to dock the panel.",
    ),
    (
        "She shot four under standard on Sunday.",
        "under standard",
        "under par",
        "The bolts failed under standard test loads.",
    ),
]

PHRASE_CASES: list[tuple[str, str, str, str]] = [
    # autoblog rewriters
    (
        "The new pocket book laptop weighs one kilo.",
        "pocket book laptop",
        "notebook laptop",
        "He kept a pocket book and a pencil in his coat.",
    ),
    (
        "Install the newest replace before you travel.",
        "the newest replace",
        "the latest update",
        "Install the latest update before you travel.",
    ),
    (
        "A sensible thermostat cuts the heating bill.",
        "sensible thermostat",
        "smart thermostat",
        "A sensible choice cuts the heating bill.",
    ),
    (
        "Share your thoughts in the remark part under.",
        "remark part",
        "comment section",
        "Share your thoughts in the comment section below.",
    ),
    (
        "Tell us what you think within the feedback under.",
        "within the feedback under",
        "in the comments below",
        "Tell us what you think in the comments below.",
    ),
    (
        "Most couples now meet through courting apps.",
        "courting apps",
        "dating apps",
        "Most couples now meet through dating apps.",
    ),
    (
        "This is how to get monetary savings on groceries.",
        "get monetary savings",
        "save money",
        "This is how to save money on groceries.",
    ),
    (
        "Pay off your bank card invoice every month.",
        "bank card invoice",
        "credit card bill",
        "Pay off your credit card bill every month.",
    ),
    (
        "These residence enchancment projects add value.",
        "residence enchancment",
        "home improvement",
        "These home improvement projects add value.",
    ),
    (
        "The house has a two-car storage and a pool.",
        "two-car storage",
        "two-car garage",
        "The farm has two storage barns and a pool.",
    ),
    (
        "Coil the backyard hose after watering.",
        "backyard hose",
        "garden hose",
        "Coil the garden hose after watering.",
    ),
    (
        "Store the canine meals in a dry place.",
        "canine meals",
        "dog food",
        "Store the dog food in a dry place.",
    ),
    (
        "A wholesome food regimen starts with breakfast.",
        "wholesome food regimen",
        "healthy diet",
        "A healthy diet starts with breakfast.",
    ),
    (
        "Buy journey insurance coverage before you fly.",
        "journey insurance coverage",
        "travel insurance",
        "Buy travel insurance before you fly.",
    ),
    (
        "Thank you and get pleasure from your keep!",
        "get pleasure from your keep",
        "enjoy your stay",
        "Thank you and enjoy your stay!",
    ),
    (
        "He scored the successful aim in the last minute.",
        "successful aim",
        "winning goal",
        "He scored the winning goal in the last minute.",
    ),
    (
        "The striker joined on mortgage from Chelsea.",
        "on mortgage from",
        "on loan from",
        "The striker joined on loan from Chelsea.",
    ),
    (
        "I will by no means once more buy that brand.",
        "by no means once more",
        "never again",
        "I will never again buy that brand.",
    ),
    (
        "Water the plants as soon as per week.",
        "as soon as per week",
        "once a week",
        "Call me as soon as the plants arrive.",
    ),
    # Spinbot-style paraphrasers
    (
        "Good time the executives keeps projects on track.",
        "time the executives",
        "time management",
        "Good time management keeps projects on track.",
    ),
    (
        "Mix the flour with a teaspoon of preparing pop.",
        "preparing pop",
        "baking soda",
        "Mix the flour with a teaspoon of baking soda.",
    ),
    (
        "This cream clears skin break out in a week.",
        "skin break out",
        "acne",
        "This cream clears acne in a week.",
    ),
    (
        "Check your FICO assessment before you apply.",
        "FICO assessment",
        "credit score",
        "Check your credit score before you apply.",
    ),
    (
        "Leeds dominated the subsequent half.",
        "the subsequent half",
        "the second half",
        "Leeds dominated the second half.",
    ),
    (
        "Sometimes you just have to nibble the projectile.",
        "nibble the projectile",
        "bite the bullet",
        "Sometimes you just have to bite the bullet.",
    ),
    (
        "Eat more foods grown from the ground every day.",
        "foods grown from the ground",
        "fruits and vegetables",
        "Eat more fruits and vegetables every day.",
    ),
    (
        "Read our fledgling's guide to investing.",
        "fledgling's guide",
        "beginner's guide",
        "The fledgling's wings were still weak.",
    ),
    (
        "Add the chime peppers and the onion.",
        "chime peppers",
        "bell peppers",
        "Add the bell peppers and the onion.",
    ),
    (
        "A vacuum more clean with a HEPA filter helps allergy sufferers.",
        "vacuum more clean",
        "vacuum cleaner",
        "A vacuum cleaner with a HEPA filter helps allergy sufferers.",
    ),
    (
        "Show your loading up pass at the gate.",
        "loading up pass",
        "boarding pass",
        "Show your boarding pass at the gate.",
    ),
    (
        "He is the head mentor of the Bears.",
        "head mentor",
        "head coach",
        "He is the head coach of the Bears.",
    ),
    (
        "She scored a cap stunt against Spain.",
        "cap stunt",
        "hat-trick",
        "She scored a hat-trick against Spain.",
    ),
    (
        "Mahomes found his wide collector in the end zone.",
        "wide collector",
        "wide receiver",
        "Mahomes found his wide receiver in the end zone.",
    ),
    (
        "Swap old bulbs for Drove light strips.",
        "Drove light",
        "LED light",
        "She drove light trucks for a living.",
    ),
    (
        "Post it on web-based media and tag us.",
        "web-based media",
        "social media",
        "Post it on social media and tag us.",
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
    entries = lexicon_section(AUTOBLOG) + lexicon_section(SPINBOT)
    assert 400 <= len(entries) <= 700
    # entries narrowed by the red-team precision audit keep their rows in that file
    assert context_entries_without_a_row(entries, CONTEXT_CASES, STILL_FIRES) == []
    # a sampled phrase the audit narrowed to a frame still has its row; it counts as sampled
    phrases = {e.spun.lower() for e in entries}
    sampled = [case for case in PHRASE_CASES if case[1].lower() in phrases]
    assert len(sampled) >= 30


def test_the_third_pass_sections_follow_each_other() -> None:
    """The two sections are read up to the next section heading: they must be adjacent, and
    the only sections after them are later passes."""
    text = Path(DATA_DIR / "lexicon.tsv").read_text("utf-8")
    tail = text[text.index(AUTOBLOG) :]
    headings = [line for line in tail.splitlines() if line.startswith("# ---- ")]
    assert headings[:3] == [AUTOBLOG, SPINBOT, FOURTH_PASS]
    assert all(h.endswith(LATER_PASSES) for h in headings[2:])


# A lifestyle post as an autoblog plugin prints it, and the post it was spun from.
AUTOBLOG_POST = (
    "Working from residence is simpler with the proper setup. A sensible thermostat keeps the "
    "workplace heat, and a pair of wi-fi earbuds blocks the noise of the storage next door. "
    "Plan your day as soon as per week and maintain a to-do listing on the fridge. Eat a "
    "wholesome food regimen, take a stroll each morning, and you'll by no means once more really "
    "feel higher about skipping lunch. For dinner, our favourite is a fast pasta with spinach; "
    "the recipe is under. Depart a remark and share your ideas."
)
CLEAN_POST = (
    "Working from home is easier with the right setup. A smart thermostat keeps the office "
    "warm, and a pair of wireless earbuds blocks the noise of the garage next door. Plan your "
    "day once a week and keep a to-do list on the fridge. Eat a healthy diet, take a walk every "
    "morning, and you will never again feel better about skipping lunch. For dinner, our "
    "favourite is a quick pasta with spinach; the recipe is below. Leave a comment and share "
    "your thoughts."
)


def test_a_spun_lifestyle_post_reads_as_spun_and_its_source_does_not() -> None:
    assert flagged(AUTOBLOG_POST)
    assert not flagged(CLEAN_POST)
