"""The lexicon's fourth pass for food, home, motoring, money, careers, celebrity and pets copy.

Each row: a sentence as a one-synonym-per-word spinner prints such copy, the span that must be
found, its suggestion, and a clean sentence (the original wording, or the same words used
legitimately) that must not yield that suggestion. Every context entry of the section has a
row; plain phrases are sampled. All sentences are written for this test.
"""

from __future__ import annotations

import pytest

from tests.checks.spin.helpers import assert_fires_in_frame_only, flagged, lexicon_section

SECTION = (
    "# ---- autoblog rewriters in food, home, motoring, money, careers, celebrity and pets copy "
    "(fourth pass) ----"
)

# (spun sentence, span, suggestion, clean sentence)
CONTEXT_CASES: list[tuple[str, str, str, str]] = [
    (
        "She became an actual property agent in Leeds.",
        "actual property",
        "real estate",
        "The actual property damage was smaller than feared.",
    ),
    (
        "Whisk the elements in a bowl until smooth.",
        "elements",
        "ingredients",
        "The periodic table lists the elements in a grid.",
    ),
    (
        "Prepare dinner the pasta in salted water.",
        "prepare dinner",
        "cook",
        "We prepare dinner for 12 guests every Sunday.",
    ),
    (
        "Season with salt to style and serve warm.",
        "to style",
        "to taste",
        "She showed me how to style short hair.",
    ),
    (
        "The actor walked the pink carpet in Cannes.",
        "pink carpet",
        "red carpet",
        "A pink carpet covered the nursery floor.",
    ),
    (
        "Her pink carpet look drew praise from critics.",
        "pink carpet",
        "red carpet",
        "They laid a pink carpet in the spare room.",
    ),
    (
        "The singer and her husband welcomed a child woman in June.",
        "child woman",
        "baby girl",
        "The novel's heroine is a child woman caught between two worlds.",
    ),
    (
        "The couple cut up in 2021 after six years together.",
        "cut up",
        "split",
        "The couple cut up the cake after the speeches.",
    ),
    (
        "Take your canine for a walk twice a day.",
        "your canine",
        "your dog",
        "The dentist checked your canine tooth for wear.",
    ),
]

PHRASE_CASES: list[tuple[str, str, str, str]] = [
    (
        "Brown the floor beef and drain the fat.",
        "floor beef",
        "ground beef",
        "Brown the ground beef and drain the fat.",
    ),
    (
        "Slice the rooster breast into strips.",
        "rooster breast",
        "chicken breast",
        "The rooster crowed before the chicken laid an egg.",
    ),
    (
        "Top each bowl with bitter cream.",
        "bitter cream",
        "sour cream",
        "Top each bowl with sour cream.",
    ),
    (
        "Leave the stew in the sluggish cooker overnight.",
        "sluggish cooker",
        "slow cooker",
        "Leave the stew in the slow cooker overnight.",
    ),
    (
        "Loans for dwelling enchancment are getting dearer.",
        "dwelling enchancment",
        "home improvement",
        "Loans for home improvement are getting dearer.",
    ),
    (
        "She studied inside design in Milan.",
        "inside design",
        "interior design",
        "She studied interior design in Milan.",
    ),
    (
        "Book a take a look at drive before you buy.",
        "take a look at drive",
        "test drive",
        "Book a test drive before you buy.",
    ),
    (
        "The hybrid has better gasoline financial system than the diesel.",
        "gasoline financial system",
        "fuel economy",
        "The hybrid has better fuel economy than the diesel.",
    ),
    (
        "The velocity restrict drops to 30 near the school.",
        "velocity restrict",
        "speed limit",
        "The speed limit drops to 30 near the school.",
    ),
    (
        "Pay off bank card debt before you invest.",
        "bank card debt",
        "credit card debt",
        "Pay off credit card debt before you invest.",
    ),
    (
        "They saved for a down fee on a flat.",
        "down fee",
        "down payment",
        "The club paid a fee to bring the striker down from Scotland.",
    ),
    (
        "Her employer matches 401(okay) contributions.",
        "401(okay)",
        "401(k)",
        "Her employer matches 401(k) contributions.",
    ),
    (
        "Keep your cowl letter to one page.",
        "cowl letter",
        "cover letter",
        "Keep your cover letter to one page.",
    ),
    (
        "Staff get ten days of sick go away a year.",
        "sick go away",
        "sick leave",
        "Staff get ten days of sick leave a year.",
    ),
    (
        "The actress showed off her child bump at the gala.",
        "child bump",
        "baby bump",
        "The actress showed off her baby bump at the gala.",
    ),
    (
        "Web page Six first reported the engagement.",
        "Web page Six",
        "Page Six",
        "Open the web page six times to see the bug.",
    ),
    (
        "Scoop the litter field every day.",
        "litter field",
        "litter box",
        "Pick up litter in the field behind the school.",
    ),
    (
        "Dogs left alone may show separation nervousness.",
        "separation nervousness",
        "separation anxiety",
        "Dogs left alone may show separation anxiety.",
    ),
    (
        "Never buy a puppy from a pet mill.",
        "pet mill",
        "puppy mill",
        "Never buy a puppy from a puppy mill.",
    ),
]


@pytest.mark.parametrize(("spun", "span", "suggestion", "clean"), CONTEXT_CASES + PHRASE_CASES)
def test_genre_entry_fires_in_its_frame_only(
    spun: str, span: str, suggestion: str, clean: str
) -> None:
    assert_fires_in_frame_only(spun, span, suggestion, clean)


def test_every_context_entry_of_the_section_has_a_row() -> None:
    entries = lexicon_section(SECTION)
    with_rule = {e.spun.lower() for e in entries if e.context}
    covered = {case[1].lower() for case in CONTEXT_CASES}
    assert with_rule <= covered


SPUN_RECIPE = (
    "This sluggish cooker chili is consolation meals on a price range. Brown the floor beef in "
    "a skillet over medium-excessive warmth, then add the beans, a can of tomatoes and floor "
    "cinnamon. Prepare dinner on low for eight hours and season with salt to style. Serve "
    "with bitter cream and contemporary herbs, and copy the elements checklist to your "
    "purchasing checklist."
)
CLEAN_RECIPE = (
    "This slow cooker chili is comfort food on a budget. Brown the ground beef in a skillet "
    "over medium-high heat, then add the beans, a can of tomatoes and ground cinnamon. Cook on "
    "low for eight hours and season with salt to taste. Serve with sour cream and fresh herbs, "
    "and copy the ingredients list to your shopping list."
)


def test_a_spun_recipe_is_spun_and_its_original_is_not() -> None:
    assert flagged(SPUN_RECIPE)
    assert not flagged(CLEAN_RECIPE)
