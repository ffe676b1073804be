"""The fifth-pass lexicon sections: WordNet lemmas printed for news words in attributions, and
SEO article rewriters and crowd-thesaurus phrase spinners.

Each row is (spun sentence, span, suggestion, clean sentence): the spun reading is found with
its likely original, and the clean sentence, where the same words are ordinary English (legal
"aforesaid", chemistry's "H2O", "in step with the times", "a past due bill", "the political
election of judges") or the original wording, is not read as spun. All sentences are written
for these tests."""

from __future__ import annotations

import pytest

from tests.checks.spin.helpers import (
    assert_fires_in_frame_only,
    context_entries_without_a_row,
    flagged,
    lexicon_section,
)

ATTRIBUTIONS = "# ---- WordNet-style spinners in attributions (fifth pass) ----"
REWRITERS = "# ---- SEO article rewriters and crowd-thesaurus phrase spinners (fifth pass) ----"

ATTRIBUTION_ROWS: list[tuple[str, str, str, str]] = [
    (
        "Council officials aforesaid the shortfall would be closed by spring.",
        "aforesaid",
        "said",
        "The aforesaid land passes to the trust on the death of the owner.",
    ),
    (
        '"We will appeal," she aforesaid on Friday.',
        "aforesaid",
        "said",
        "The tenant shall pay the rent as aforesaid.",
    ),
    (
        "Marta Lindqvist, the head of the union, aforesaid that talks had stalled.",
        "aforesaid",
        "said",
        "The sum aforesaid shall be paid within thirty days.",
    ),
    (
        "Residents have had no H2O supply for three days.",
        "H2O",
        "water",
        "Each H2O molecule holds two hydrogen atoms.",
    ),
    (
        "Carry enough h2o for the whole walk.",
        "h2o",
        "water",
        "The sample held 4 percent H2O by weight.",
    ),
]

REWRITER_CONTEXT_ROWS: list[tuple[str, str, str, str]] = [
    (
        "The new park had a high quality impact on the mood of the whole street.",
        "high quality impact",
        "positive impact",
        "The bank funds high quality impact evaluations of its school programmes.",
    ),
    (
        "Regular walks have a high quality effect on sleep.",
        "high quality effect",
        "positive effect",
        "Trials need high quality effect estimates before a drug is approved.",
    ),
    (
        "Analysts expect a sharp upward push in fuel prices before the holidays.",
        "upward push in",
        "rise in",
        "The float gives an upward push in the water column as it fills with air.",
    ),
    (
        "In step with officers, the bridge will stay closed until March.",
        "in step with",
        "according to",
        "The new rules keep the league in step with the European game.",
    ),
    (
        "Fans gathered outside the house of the past due singer on Sunday.",
        "past due",
        "late",
        "The council sent reminders about every past due bill in the borough.",
    ),
    (
        "The storm reached the coast in the past due afternoon.",
        "past due",
        "late",
        "Her rent was past due again, so the landlord called on Monday.",
    ),
    (
        "The district will pay for after faculty clubs at six sites.",
        "after faculty",
        "after school",
        "After faculty members voted, the dean left the hall.",
    ),
    (
        "The ministry declared a public fitness emergency over the outbreak.",
        "public fitness",
        "public health",
        "The park opened a public fitness trail with ten outdoor machines.",
    ),
    (
        "Turnout in the political election was the lowest in twenty years.",
        "political election",
        "election",
        "Judges there are chosen by appointment, not by political election.",
    ),
]

REWRITER_PLAIN_ROWS: list[tuple[str, str, str, str]] = [
    (
        "The plant is the global's biggest maker of small motors.",
        "the global's",
        "the world's",
        "The plant is the world's biggest maker of small motors.",
    ),
    (
        "The bakery now sells a unmarried loaf for four dollars.",
        "a unmarried",
        "a single",
        "The bakery now sells a single loaf for four dollars.",
    ),
    (
        "Retailers blamed the deliver chain for empty shelves.",
        "deliver chain",
        "supply chain",
        "Retailers blamed the supply chain for empty shelves.",
    ),
    (
        "The town must plan for a getting old population.",
        "getting old population",
        "aging population",
        "The town must plan for an aging population.",
    ),
    (
        "She credited tough paintings and a patient coach.",
        "tough paintings",
        "hard work",
        "She credited hard work and a patient coach.",
    ),
    (
        "The campaign began to collect tempo in the autumn.",
        "collect tempo",
        "gather pace",
        "The campaign began to gather pace in the autumn.",
    ),
    (
        "The new law backs the proper to restore phones and tractors.",
        "proper to restore",
        "right to repair",
        "The new law backs the right to repair phones and tractors.",
    ),
    (
        "Tuition at the network college will stay flat.",
        "network college",
        "community college",
        "Tuition at the community college will stay flat.",
    ),
    (
        "The bridge provides been closed since the flood.",
        "provides been",
        "has been",
        "The bridge has been closed since the flood.",
    ),
    (
        "The ring was consumed coming from the display case overnight.",
        "consumed coming from",
        "taken from",
        "The ring was taken from the display case overnight.",
    ),
    (
        "Condition lawmakers will vote on the budget next week.",
        "condition lawmakers",
        "state lawmakers",
        "State lawmakers will vote on the budget next week.",
    ),
    (
        "It is value noting that the mayor did not attend.",
        "value noting",
        "worth noting",
        "It is worth noting that the mayor did not attend.",
    ),
    (
        "Players took a while to acquire employed to the new pitch.",
        "acquire employed to",
        "get used to",
        "Players took a while to get used to the new pitch.",
    ),
    (
        "The agency warned that weather alternate will bring drier summers.",
        "weather alternate",
        "climate change",
        "The agency warned that climate change will bring drier summers.",
    ),
    (
        "Gamers queued for hours to buy the new pix cards.",
        "pix cards",
        "graphics cards",
        "Gamers queued for hours to buy the new graphics cards.",
    ),
    (
        "The hotel trained its staff in patron service last spring.",
        "patron service",
        "customer service",
        "The hotel trained its staff in customer service last spring.",
    ),
]


@pytest.mark.parametrize(
    ("spun", "span", "suggestion", "clean"),
    ATTRIBUTION_ROWS + REWRITER_CONTEXT_ROWS + REWRITER_PLAIN_ROWS,
)
def test_entry_fires_in_its_frame_only(spun: str, span: str, suggestion: str, clean: str) -> None:
    assert_fires_in_frame_only(spun, span, suggestion, clean)


@pytest.mark.parametrize(
    ("heading", "rows"),
    [(ATTRIBUTIONS, ATTRIBUTION_ROWS), (REWRITERS, REWRITER_CONTEXT_ROWS)],
    ids=["attributions", "rewriters"],
)
def test_every_context_entry_of_the_section_has_a_row(
    heading: str, rows: list[tuple[str, str, str, str]]
) -> None:
    entries = lexicon_section(heading)
    assert entries
    assert context_entries_without_a_row(entries, rows) == []


# A short town-news item as an SEO rewriter and a crowd-thesaurus spinner would print it, and
# the item as written: the spun copy is flagged on this section's phrases, the original is not.
ORIGINAL = (
    "The school district says the new bus routes will start in January. Officials said the "
    "plan has been delayed twice by supply chain problems and a rise in fuel costs. According "
    "to the district, the routes will serve a single stop in each neighborhood, and parents "
    "will need some time to get used to the changes. It is worth noting that the state "
    "government pays for most of the service, and state lawmakers approved the money in the "
    "spring after months of hard work by local parents."
)
SPUN = (
    "The faculty district says the new bus routes will start in January. Officers stated the "
    "plan provides been delayed twice by deliver chain problems and a upward push in fuel "
    "costs. In step with the district, the routes will serve a unmarried stop in each "
    "neighborhood, and parents will need some time to acquire employed to the changes. It is "
    "value noting that the condition government pays for most of the service, and condition "
    "lawmakers approved the money in the spring after months of tough paintings by local "
    "parents."
)


def test_a_rewritten_item_is_flagged_and_its_original_is_not() -> None:
    assert flagged(SPUN)
    assert not flagged(ORIGINAL)
