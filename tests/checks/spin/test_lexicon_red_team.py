"""Red-team precision audits of the spin lexicon: one set of tests over every audit's tables.

The tables here are the audit of the third- and fourth-pass sections; ``red_team_core``,
``red_team_news`` and ``red_team_tortured`` hold those of the older sections, the news
sections and the tortured phrases.

Every audit has three tables:

- COLLISIONS (clean sentence, spun phrase, suggestion): a clean sentence of a register the
  earlier calibration did not cover (recipes, product pages, sport, finance, legal, academic,
  religious, regional and old-fashioned English) in which an entry's spun words occur in order
  as ordinary English. The entry was narrowed by a context rule or deleted; no finding may
  cover the phrase with its suggestion again.
- STILL_FIRES (spun sentence, span, suggestion, clean sentence): for each narrowed entry, a
  spun sentence where it still fires; its clean side is the collision.
- LOWERED (clean sentence, spun phrase, suggestion[, ceiling]): entries that are ordinary
  English in some register and typical of spinners in the same frames; they stay, at a weight
  that only counts next to other evidence.

All sentences are written for these tests."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.checks.spin import red_team_core, red_team_news, red_team_tortured
from tests.checks.spin.helpers import (
    assert_fires_in_frame_only,
    clean_sides_are_collisions,
    reporting,
)

# (clean sentence, spun phrase): no spin.phrase finding may cover the phrase with the entry's
# suggestion, whatever its weight.
COLLISIONS: list[tuple[str, str, str]] = [
    ("By the time the board met, the deal had collapsed.", "time the board", "time management"),
    (
        "At the time the executives signed, the shares were cheap.",
        "time the executives",
        "time management",
    ),
    ("One visitor put up a photo of the queue on the forum.", "visitor put up", "guest post"),
    (
        "Her life insurance coverage lapsed when she stopped paying the premiums.",
        "life insurance coverage",
        "life insurance",
    ),
    (
        "The county expects to get monetary savings of about four percent from the merger.",
        "get monetary savings",
        "save money",
    ),
    (
        "Greenhouse potted crops need careful watering in July.",
        "potted crops",
        "potted plants",
    ),
    (
        "Cleaning the data raised several time-consuming issues.",
        "consuming issues",
        "eating disorders",
    ),
    (
        "Seed vitality ranges from 60 to 90 percent after a year in storage.",
        "vitality ranges",
        "energy levels",
    ),
    (
        "A one-way hire costs more than a round-trip rental.",
        "trip rental",
        "vacation rental",
    ),
    (
        "When shopping for energy, compare the unit rate and the standing charge.",
        "shopping for energy",
        "buying power",
    ),
    (
        "She lived in a student residence run by the diocese.",
        "residence run",
        "home run",
    ),
    (
        "In 1890 he held the field on mortgage from a local moneylender.",
        "on mortgage from",
        "on loan from",
    ),
    (
        "Screw the bracket to the backside of the desk panel.",
        "backside of the desk",
        "bottom of the table",
    ),
    (
        "Rural clinics had higher take-up of the vaccine than city ones.",
        "had higher",
        "had better",
    ),
    (
        "Let no one draw back from the work set before us.",
        "one draw back",
        "one downside",
    ),
    (
        "The container list shows every service with its status.",
        "container list",
        "bucket list",
    ),
    (
        "A careful spending plan helps a family get through the winter.",
        "a careful spending plan",
        "a tight budget",
    ),
    (
        "He was naturally well disposed towards strangers.",
        "naturally well disposed",
        "environmentally friendly",
    ),
    (
        "We never got the information the executives asked for.",
        "information the executives",
        "data management",
    ),
    (
        "Such a move would outrage the board and the shareholders.",
        "outrage the board",
        "anger management",
    ),
    (
        "Every prospective employee meeting the criteria will be called for a test.",
        "prospective employee meeting",
        "job interview",
    ),
    (
        "The study tracked worker commitment to the safety rules for a year.",
        "worker commitment",
        "employee engagement",
    ),
    (
        "If she declines, we can offer this post to the runner-up.",
        "offer this post",
        "share this post",
    ),
    (
        "That was a remark beneath a man of his standing.",
        "remark beneath",
        "comment below",
    ),
    ("Fake invoices are an old phishing trick.", "phishing trick", "phishing scam"),
    (
        "Does your skin break out in a rash after swimming?",
        "skin break out",
        "acne",
    ),
    (
        "The two editions show scarcely discernible differences in the preface.",
        "scarcely discernible differences",
        "fine lines",
    ),
    (
        "Dim circles of lamplight lay on the wet street.",
        "dim circles",
        "dark circles",
    ),
    (
        "What struck me first was the heftiness of the oak door.",
        "heftiness",
        "obesity",
    ),
    (
        "Take a supplement rich in vitamin D during the winter months.",
        "supplement rich",
        "nutrient-rich",
    ),
    (
        "I spent the morning preparing meeting notes for the board.",
        "preparing meeting",
        "training session",
    ),
    (
        "The doctor prescribed medicine for the rash and sent him home.",
        "doctor prescribed medicine",
        "prescription medication",
    ),
    (
        "Winter air is harsh, and there are gentle ways to deal with your skin drying out.",
        "deal with your skin",
        "take care of your skin",
    ),
    (
        "Ice packs help with discomfort after the operation.",
        "help with discomfort",
        "pain relief",
    ),
    (
        "Smart dieting is about habits rather than starvation.",
        "smart dieting",
        "healthy eating",
    ),
    (
        "Keep the vanilla separate until the cream has cooled.",
        "vanilla separate",
        "vanilla extract",
    ),
    (
        "We are preparing powder samples for X-ray diffraction.",
        "preparing powder",
        "baking powder",
    ),
    (
        "She was preparing sheet music for the choir rehearsal.",
        "preparing sheet",
        "baking sheet",
    ),
    ("His dark form filled the doorway.", "dark form", "black mold"),
    (
        "It is a high-intrigue spy story set in postwar Vienna.",
        "high-intrigue",
        "high-interest",
    ),
    (
        "Investment funds account for a third of the bond market.",
        "investment funds account",
        "savings account",
    ),
    (
        "The central bank reported record reserves of foreign currency.",
        "record reserves",
        "index funds",
    ),
    (
        "Most of the land contributing to the catchment is farmed.",
        "land contributing",
        "real estate investing",
    ),
    (
        "Some retailers give an incentive for cash payments.",
        "an incentive for cash",
        "value for money",
    ),
    (
        "The assessment section of the syllabus lists three essays.",
        "assessment section",
        "tax bracket",
    ),
    (
        "Engineers set factors of safety for each load case.",
        "set factors",
        "set points",
    ),
    (
        "Degree phrases such as 'too tall' have a long history in syntax.",
        "degree phrases",
        "level terms",
    ),
    (
        "The museum's television collection includes sets from the 1950s.",
        "television collection",
        "television series",
    ),
    (
        "Estimates of their worth vary from two to five thousand pounds.",
        "worth vary",
        "price range",
    ),
    (
        "The boots were too snug to put on over thick socks.",
        "snug to put on",
        "comfortable to wear",
    ),
    (
        "Night nurses were more likely to report low morale.",
        "report low",
        "record low",
    ),
    (
        "Billions in foreign money change hands in the city every day.",
        "foreign money change",
        "currency exchange",
    ),
    (
        "Surveys show that inflation knowledge among households is weak.",
        "inflation knowledge",
        "inflation data",
    ),
    (
        "Entire wheat fields were flattened by the hail.",
        "entire wheat",
        "whole wheat",
    ),
    (
        "The highway journey from Delhi to Agra takes about four hours.",
        "highway journey",
        "road trip",
    ),
    (
        "The pickup's towing capability is rated at three tonnes.",
        "towing capability",
        "towing capacity",
    ),
    (
        "The catalogue lets you filter on a price range of 50 to 100 dollars.",
        "on a price range",
        "on a budget",
    ),
    (
        "The beginning wage for apprentices rose to 18 dollars an hour.",
        "beginning wage",
        "starting salary",
    ),
    (
        "The Boxing Day swim has become a firm tradition in our village.",
        "firm tradition",
        "company culture",
    ),
    (
        "He lay for three days in ceaseless agony.",
        "ceaseless agony",
        "chronic pain",
    ),
    (
        "Many workers hold their retirement investment funds in index trackers.",
        "retirement investment funds",
        "retirement savings",
    ),
    (
        "We baked chocolate chip treats for the school fair.",
        "chocolate chip treats",
        "chocolate chip cookies",
    ),
    (
        "Let's take a look at drive usage before we buy more storage.",
        "take a look at drive",
        "test drive",
    ),
    (
        "Engineers ran a tire stress analysis on the prototype wheel.",
        "tire stress",
        "tire pressure",
    ),
    (
        "Smooth braking helps reduce tire stress on long descents.",
        "tire stress",
        "tire pressure",
    ),
    (
        "It was a good suggestion to the council, and they took it up.",
        "a good suggestion to",
        "a good idea to",
    ),
    (
        "See step by step instructions to reset your router below.",
        "step by step instructions to",
        "how to",
    ),
    (
        "The video shows step by step instructions to wire a plug.",
        "step by step instructions to",
        "how to",
    ),
]

# (spun sentence, span, suggestion, clean sentence) for every entry narrowed above: the spun
# reading still fires, and the clean wording does not.
STILL_FIRES: list[tuple[str, str, str, str]] = [
    (
        "Good time the board helps a small team ship on schedule.",
        "time the board",
        "time management",
        "By the time the board met, the deal had collapsed.",
    ),
    (
        "Poor time the executives costs freelancers money.",
        "time the executives",
        "time management",
        "At the time the executives signed, the shares were cheap.",
    ),
    (
        "Write a visitor put up for our travel blog.",
        "visitor put up",
        "guest post",
        "One visitor put up a photo of the queue on the forum.",
    ),
    (
        "Most life insurance coverage corporations offer a free quote.",
        "life insurance coverage",
        "life insurance",
        "Her life insurance coverage lapsed when she stopped paying the premiums.",
    ),
    (
        "Here are ten ways to get monetary savings on groceries.",
        "get monetary savings",
        "save money",
        "The county expects to get monetary savings of about four percent from the merger.",
    ),
    (
        "Water your potted crops every other day in summer.",
        "potted crops",
        "potted plants",
        "Greenhouse potted crops need careful watering in July.",
    ),
    (
        "Teenagers with consuming issues need early support.",
        "consuming issues",
        "eating disorders",
        "Cleaning the data raised several time-consuming issues.",
    ),
    (
        "This breakfast keeps your vitality ranges up all morning.",
        "vitality ranges",
        "energy levels",
        "Seed vitality ranges from 60 to 90 percent after a year in storage.",
    ),
    (
        "We booked a trip rental near the beach for a week.",
        "trip rental",
        "vacation rental",
        "A one-way hire costs more than a round-trip rental.",
    ),
    (
        "Inflation eats into the shopping for energy of ordinary families.",
        "shopping for energy",
        "buying power",
        "When shopping for energy, compare the unit rate and the standing charge.",
    ),
    (
        "He hit a residence run in the ninth inning.",
        "residence run",
        "home run",
        "She lived in a student residence run by the diocese.",
    ),
    (
        "The striker spent last season on mortgage from Chelsea.",
        "on mortgage from",
        "on loan from",
        "In 1890 he held the field on mortgage from a local moneylender.",
    ),
    (
        "The club sit at the backside of the desk after five defeats.",
        "backside of the desk",
        "bottom of the table",
        "Screw the bracket to the backside of the desk panel.",
    ),
    (
        "You had higher take a coat, it is cold out.",
        "had higher",
        "had better",
        "Rural clinics had higher take-up of the vaccine than city ones.",
    ),
    (
        "The phone is fast, but one draw back is the short battery life.",
        "one draw back",
        "one downside",
        "Let no one draw back from the work set before us.",
    ),
    (
        "Seeing the northern lights is on my container list.",
        "container list",
        "bucket list",
        "The container list shows every service with its status.",
    ),
    (
        "You can still eat well on a careful spending plan.",
        "a careful spending plan",
        "a tight budget",
        "A careful spending plan helps a family get through the winter.",
    ),
    (
        "These naturally well disposed cleaning products use no bleach.",
        "naturally well disposed",
        "environmentally friendly",
        "He was naturally well disposed towards strangers.",
    ),
    (
        "Good information the executives keeps your records safe.",
        "information the executives",
        "data management",
        "We never got the information the executives asked for.",
    ),
    (
        "The court ordered him to attend outrage the board classes.",
        "outrage the board",
        "anger management",
        "Such a move would outrage the board and the shareholders.",
    ),
    (
        "Dress smartly for your prospective employee meeting.",
        "prospective employee meeting",
        "job interview",
        "Every prospective employee meeting the criteria will be called for a test.",
    ),
    (
        "Flexible hours can boost worker commitment and cut turnover.",
        "worker commitment",
        "employee engagement",
        "The study tracked worker commitment to the safety rules for a year.",
    ),
    (
        "If you liked it, please offer this post with your friends.",
        "offer this post",
        "share this post",
        "If she declines, we can offer this post to the runner-up.",
    ),
    (
        "Tell us what you think and remark beneath.",
        "remark beneath",
        "comment below",
        "That was a remark beneath a man of his standing.",
    ),
    (
        "This cream helps clear skin break out fast.",
        "skin break out",
        "acne",
        "Does your skin break out in a rash after swimming?",
    ),
    (
        "The serum smooths scarcely discernible differences and wrinkles.",
        "scarcely discernible differences",
        "fine lines",
        "The two editions show scarcely discernible differences in the preface.",
    ),
    (
        "Cold spoons can reduce dim circles under the eyes.",
        "dim circles",
        "dark circles",
        "Dim circles of lamplight lay on the wet street.",
    ),
    (
        "Childhood heftiness rates have doubled.",
        "heftiness",
        "obesity",
        "What struck me first was the heftiness of the oak door.",
    ),
    (
        "Lentils are a cheap, supplement rich food.",
        "supplement rich",
        "nutrient-rich",
        "Take a supplement rich in vitamin D during the winter months.",
    ),
    (
        "The coach ran a long preparing meeting on Tuesday.",
        "preparing meeting",
        "training session",
        "I spent the morning preparing meeting notes for the board.",
    ),
    (
        "Never share doctor prescribed medicine with a friend.",
        "doctor prescribed medicine",
        "prescription medication",
        "The doctor prescribed medicine for the rash and sent him home.",
    ),
    (
        "Stir in one teaspoon of vanilla separate.",
        "vanilla separate",
        "vanilla extract",
        "Keep the vanilla separate until the cream has cooled.",
    ),
    (
        "Add a teaspoon of preparing powder to the flour.",
        "preparing powder",
        "baking powder",
        "We are preparing powder samples for X-ray diffraction.",
    ),
    (
        "Line a preparing sheet with parchment paper.",
        "preparing sheet",
        "baking sheet",
        "She was preparing sheet music for the choir rehearsal.",
    ),
    (
        "Bleach will not always kill dark form on tiles.",
        "dark form",
        "black mold",
        "His dark form filled the doorway.",
    ),
    (
        "Pay off high-intrigue credit cards first.",
        "high-intrigue",
        "high-interest",
        "It is a high-intrigue spy story set in postwar Vienna.",
    ),
    (
        "Open an investment funds account with a small deposit.",
        "investment funds account",
        "savings account",
        "Investment funds account for a third of the bond market.",
    ),
    (
        "Low-fee record reserves are a good choice for beginners.",
        "record reserves",
        "index funds",
        "The central bank reported record reserves of foreign currency.",
    ),
    (
        "Land contributing can build wealth over the long term.",
        "land contributing",
        "real estate investing",
        "Most of the land contributing to the catchment is farmed.",
    ),
    (
        "This blender is an incentive for cash at this price.",
        "an incentive for cash",
        "value for money",
        "Some retailers give an incentive for cash payments.",
    ),
    (
        "A raise can push you into a higher assessment section.",
        "assessment section",
        "tax bracket",
        "The assessment section of the syllabus lists three essays.",
    ),
    (
        "She saved three set factors in the second set.",
        "set factors",
        "set points",
        "Engineers set factors of safety for each load case.",
    ),
    (
        "The visitors were back on degree phrases after the break.",
        "degree phrases",
        "level terms",
        "Degree phrases such as 'too tall' have a long history in syntax.",
    ),
    (
        "The hit television collection returns for a fifth season.",
        "television collection",
        "television series",
        "The museum's television collection includes sets from the 1950s.",
    ),
    (
        "These laptops sit in the mid worth vary.",
        "worth vary",
        "price range",
        "Estimates of their worth vary from two to five thousand pounds.",
    ),
    (
        "The sandals are light and snug to put on all day.",
        "snug to put on",
        "comfortable to wear",
        "The boots were too snug to put on over thick socks.",
    ),
    (
        "The rupee fell to a report low on Monday.",
        "report low",
        "record low",
        "Night nurses were more likely to report low morale.",
    ),
    (
        "Use a foreign money change desk away from the airport.",
        "foreign money change",
        "currency exchange",
        "Billions in foreign money change hands in the city every day.",
    ),
    (
        "Stocks rose after softer inflation knowledge on Thursday.",
        "inflation knowledge",
        "inflation data",
        "Surveys show that inflation knowledge among households is weak.",
    ),
    (
        "Use entire wheat bread for the sandwiches.",
        "entire wheat",
        "whole wheat",
        "Entire wheat fields were flattened by the hail.",
    ),
    (
        "Pack snacks for a long highway journey with the kids.",
        "highway journey",
        "road trip",
        "The highway journey from Delhi to Agra takes about four hours.",
    ),
    (
        "You can still travel well on a price range this summer.",
        "on a price range",
        "on a budget",
        "The catalogue lets you filter on a price range of 50 to 100 dollars.",
    ),
    (
        "A strong firm tradition keeps good staff from leaving.",
        "firm tradition",
        "company culture",
        "The Boxing Day swim has become a firm tradition in our village.",
    ),
    (
        "Yoga may ease ceaseless agony in the lower back.",
        "ceaseless agony",
        "chronic pain",
        "He lay for three days in ceaseless agony.",
    ),
    (
        "Book a take a look at drive before you buy the hatchback.",
        "take a look at drive",
        "test drive",
        "Let's take a look at drive usage before we buy more storage.",
    ),
    (
        "Check the tire stress once a month and before a long trip.",
        "tire stress",
        "tire pressure",
        "Smooth braking helps reduce tire stress on long descents.",
    ),
    (
        "It's a good suggestion to back up your phone before the update.",
        "a good suggestion to",
        "a good idea to",
        "It was a good suggestion to the council, and they took it up.",
    ),
    (
        "Learn step by step instructions to set up a blog in an afternoon.",
        "step by step instructions to",
        "how to",
        "See step by step instructions to reset your router below.",
    ),
]


# (clean sentence, phrase, suggestion): spinner output that is also ordinary English in some
# registers (Indian English "money related matters", clinical and broadcasting prose). These
# entries were lowered, not narrowed: the words alone decide nothing, so they may still be
# reported, but only at a weight that counts in aggregate (0.2-0.5, see the lexicon header).
LOWERED: list[tuple[str, str, str]] = [
    (
        "The bank gives free advice on money related matters to pensioners.",
        "money related",
        "financial",
    ),
    (
        "The clinic agrees a weight-reduction plan with each patient and reviews it monthly.",
        "weight-reduction plan",
        "diet",
    ),
    (
        "The new kitchen robot is capable of performing various tasks at once.",
        "performing various tasks at once",
        "multitasking",
    ),
    (
        "The network announced a programming update for its autumn schedule.",
        "programming update",
        "software update",
    ),
    (
        "The grant pays for playground equipment and programming at the youth centre.",
        "equipment and programming",
        "hardware and software",
    ),
    (
        "Fever and cough were the commonest influenza manifestations in the cohort.",
        "influenza manifestations",
        "flu symptoms",
    ),
    # "bring to a bubble" is what UK food writers say; the spun reading of "bring to a boil"
    # is as common on scraper pages and reads the same
    ("Bring to a bubble, then let it simmer.", "bring to a bubble", "bring to a boil"),
]


@dataclass(frozen=True)
class RedTeamTable:
    """One audit's rows. ``whole``: its clean and spun rows are read on findings spanning the
    whole phrase (a shorter entry of another section may report part of it at its own weight:
    "sustainable power", 0.4, inside "sustainable power source")."""

    name: str
    collisions: list[tuple[str, str, str]]
    still_fires: list[tuple[str, str, str, str]]
    lowered: list[tuple[str, str, str, float]]
    whole: bool = False


AGGREGATE_ONLY = 0.5  # the header's "legitimate but typical of spinners" ceiling


def _aggregate_only(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str, float]]:
    return [(*row, AGGREGATE_ONLY) for row in rows]


TABLES = (
    RedTeamTable("third and fourth passes", COLLISIONS, STILL_FIRES, _aggregate_only(LOWERED)),
    RedTeamTable(
        "older sections",
        red_team_core.COLLISIONS,
        red_team_core.STILL_FIRES,
        red_team_core.LOWERED,
        whole=True,
    ),
    RedTeamTable(
        "news sections",
        red_team_news.COLLISIONS,
        red_team_news.STILL_FIRES,
        _aggregate_only(red_team_news.LOWERED),
    ),
    RedTeamTable(
        "tortured phrases",
        red_team_tortured.COLLISIONS,
        red_team_tortured.STILL_FIRES,
        _aggregate_only(red_team_tortured.LOWERED),
    ),
)


@pytest.mark.parametrize(
    ("whole", "text", "phrase", "suggestion"),
    [(table.whole, *row) for table in TABLES for row in table.collisions],
)
def test_clean_sentence_is_not_read_as_spun(
    whole: bool, text: str, phrase: str, suggestion: str
) -> None:
    assert reporting(text, phrase, suggestion, whole=whole) == []


@pytest.mark.parametrize(
    ("whole", "spun", "span", "suggestion", "clean"),
    [(table.whole, *row) for table in TABLES for row in table.still_fires],
)
def test_narrowed_entry_still_fires(
    whole: bool, spun: str, span: str, suggestion: str, clean: str
) -> None:
    if whole:
        assert reporting(spun, span, suggestion, whole=True)
        assert reporting(clean, span, suggestion, whole=True) == []
    else:
        assert_fires_in_frame_only(spun, span, suggestion, clean)


@pytest.mark.parametrize(
    ("text", "phrase", "suggestion", "ceiling"),
    [row for table in TABLES for row in table.lowered],
)
def test_lowered_entry_counts_only_in_aggregate(
    text: str, phrase: str, suggestion: str, ceiling: float
) -> None:
    found = reporting(text, phrase, suggestion)
    assert found  # still spinner evidence (the entry was kept) ...
    assert max(found) <= ceiling + 1e-9  # ... but never more than its new weight


@pytest.mark.parametrize("table", TABLES, ids=[table.name for table in TABLES])
def test_tables_are_consistent(table: RedTeamTable) -> None:
    # every narrowed entry's positive has one of the table's collisions as its clean side
    assert clean_sides_are_collisions(table.collisions, table.still_fires)
