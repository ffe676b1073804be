"""The lexicon's fourth pass, section by section: autoblog rewriters in sport, travel and
screen copy; product reviews; market, crypto and health copy; food, home, motoring, money,
careers, celebrity and pets copy.

For each section: rows of (a sentence as a one-synonym-per-word rewriter prints it, the span that
must be found, its suggestion, a clean sentence with the original wording or the same words used
legitimately, which must not yield that suggestion); a row for every context entry, plain
phrases sampled; and a spun page that must be flagged while its original is not. All sentences
are written for this test.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.checks.spin.helpers import (
    assert_fires_in_frame_only,
    context_entries_without_a_row,
    flagged,
    lexicon_section,
)
from tests.checks.spin.test_lexicon_red_team import STILL_FIRES

Row = tuple[str, str, str, str]


@dataclass(frozen=True)
class Section:
    heading: str
    context_rows: list[Row]
    phrase_rows: list[Row]
    spun_page: str
    original_page: str


SPORT_HEADING = (
    "# ---- autoblog rewriters in sport, travel and screen copy: one fixed synonym per word "
    "(fourth pass) ----"
)

SPORT_CONTEXT: list[Row] = [
    (
        "Varga took the choosing set 7-5.",
        "choosing set",
        "deciding set",
        "Choosing set menus saves the kitchen time.",
    ),
    (
        "She beat the identify holder in straight sets.",
        "identify holder",
        "title holder",
        "Banks must identify holder accounts by May.",
    ),
    (
        "The reigning identify holders lost at home.",
        "identify holders",
        "title holders",
        "The form helps identify holders of old bonds.",
    ),
    (
        "Leeds lead the identify race by four points.",
        "identify race",
        "title race",
        "The census asks people to identify race and ethnicity.",
    ),
    (
        "Three clubs are genuine identify contenders now.",
        "identify contenders",
        "title contenders",
        "Scouts try to identify contenders early.",
    ),
    (
        "A late goal ended their identify hopes.",
        "identify hopes",
        "title hopes",
        "Surveys identify hopes and fears of voters.",
    ),
    (
        "Her identify defence starts in Paris.",
        "identify defence",
        "title defence",
        "Ministers must identify defence needs first.",
    ),
    (
        "His identify protection ended in round two.",
        "identify protection",
        "title defence",
        "Audits identify protection gaps in the network.",
    ),
    (
        "He beat the defending identify winner in round three.",
        "identify winner",
        "title winner",
        "Judges will identify winner entries by Friday.",
    ),
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

SPORT_PHRASES: list[Row] = [
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
]

SPORT_SPUN = (
    "Anna Varga won her first WTA identify on Sunday, beating the third seed 6-4, 3-6, 7-5 in "
    "a final lasting two hours. Varga, ranked world quantity 78, saved two break factors at "
    "5-5 in the choosing set and then broke serve. Her opponent had taken a health care "
    "timeout at the end of the second set and elevated her degree after it, but could not "
    "hold on. Varga will now move into the top 60 and plays in Sydney next week, where the "
    "identify holder is her doubles partner."
)

SPORT_ORIGINAL = (
    "Anna Varga won her first WTA title on Sunday, beating the third seed 6-4, 3-6, 7-5 in "
    "a final lasting two hours. Varga, ranked world number 78, saved two break points at "
    "5-5 in the deciding set and then broke serve. Her opponent had taken a medical timeout "
    "at the end of the second set and raised her level after it, but could not hold on. "
    "Varga will now move into the top 60 and plays in Sydney next week, where the title "
    "holder is her doubles partner."
)

REVIEWS_HEADING = (
    "# ---- autoblog rewriters in product reviews and buying guides (fourth pass) ----"
)

REVIEWS_CONTEXT: list[Row] = [
    (
        "The construct high quality is excellent.",
        "construct high quality",
        "build quality",
        "The council will construct high quality homes on the site.",
    ),
    (
        "Sound high quality is clear at any volume.",
        "sound high quality",
        "sound quality",
        "The choir wants to sound high quality on the recording.",
    ),
    (
        "The picture high quality was sharp in daylight.",
        "picture high quality",
        "picture quality",
        "Editors picture high quality prints on the cover.",
    ),
    (
        "Video high quality is fine for calls.",
        "video high quality",
        "video quality",
        "The phone can record video high quality enough for news.",
    ),
    (
        "Audio high quality, sadly, is poor.",
        "audio high quality",
        "audio quality",
        "We stream audio high quality enough for concerts.",
    ),
    (
        "Name high quality is good indoors.",
        "name high quality",
        "call quality",
        "A brand name high quality product costs more.",
    ),
    (
        "The print high quality is crisp.",
        "print high quality",
        "print quality",
        "You can print high quality photos at home.",
    ),
    (
        "Its mild weight makes it easy to carry.",
        "mild weight",
        "light weight",
        "Patients reported mild weight loss after a month.",
    ),
    (
        "Press the button to change it on.",
        "change it on",
        "switch it on",
        "You can change it on the fly.",
    ),
    (
        "Hold the dial to change it off, then wait.",
        "change it off",
        "switch it off",
        "The editors change it off the record.",
    ),
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

REVIEWS_PHRASES: list[Row] = [
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

REVIEWS_SPUN = (
    "I have used the Kestrel 3 robot vacuum for a month. The arrange took five minutes and the "
    "app is straightforward to make use of. It has a highly effective motor, and the construct "
    "high quality is better than its worth vary suggests, although the dustbin lid feels low "
    "cost. A spare brush is included within the field. Buyer critiques complain about the "
    "noise, and I agree, but for the worth it is hard to beat."
)

REVIEWS_ORIGINAL = (
    "I have used the Kestrel 3 robot vacuum for a month. The setup took five minutes and the "
    "app is easy to use. It has a powerful motor, and the build quality is better than its "
    "price range suggests, although the dustbin lid feels cheap. A spare brush is included in "
    "the box. Customer reviews complain about the noise, and I agree, but for the price it is "
    "hard to beat."
)

MARKETS_HEADING = "# ---- autoblog rewriters in market, crypto and health copy (fourth pass) ----"

MARKETS_CONTEXT: list[Row] = [
    (
        "The social media big said it would appeal.",
        "social media big",
        "social media giant",
        "The social media big names joined the boycott.",
    ),
    (
        "Commerce knowledge out on Tuesday showed a gap.",
        "commerce knowledge",
        "trade data",
        "The role needs e-commerce knowledge and Excel.",
    ),
    (
        "Walking lowers blood sugar ranges after meals.",
        "blood sugar ranges",
        "blood sugar levels",
        "Normal blood sugar ranges from 70 to 100.",
    ),
    (
        "Oats can cut ldl cholesterol ranges.",
        "ldl cholesterol ranges",
        "cholesterol levels",
        "LDL cholesterol ranges from low to high.",
    ),
    (
        "Oxygen ranges fell at altitude.",
        "oxygen ranges",
        "oxygen levels",
        "Oxygen ranges between 19 and 23 percent in the room.",
    ),
    (
        "Insulin ranges rise after meals.",
        "insulin ranges",
        "insulin levels",
        "The insulin ranges from 2 to 20 units.",
    ),
    (
        "Glucose ranges dipped overnight.",
        "glucose ranges",
        "glucose levels",
        "Fasting glucose ranges from 70 to 99.",
    ),
    (
        "Hormone ranges shift with age.",
        "hormone ranges",
        "hormone levels",
        "The hormone ranges between two values.",
    ),
    (
        "Testosterone ranges fall after 40.",
        "testosterone ranges",
        "testosterone levels",
        "Testosterone ranges from 300 to 1,000.",
    ),
    (
        "Nervousness ranges rose before exams.",
        "nervousness ranges",
        "anxiety levels",
        "Her nervousness ranges from mild to severe.",
    ),
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

MARKETS_PHRASES: list[Row] = [
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

MARKETS_SPUN = (
    "European stocks closed larger on Thursday as inflation knowledge eased fears of another "
    "rate rise. The tech big led gains after results beat forecasts, while the yen slid to a "
    "report low. Bitcoin worth jumped 4% as traders bet on a digital foreign money from the "
    "central bank. Oil edged decrease as supplies rose, and gold traded larger against a "
    "weaker dollar."
)

MARKETS_ORIGINAL = (
    "European stocks closed higher on Thursday as inflation data eased fears of another rate "
    "rise. The tech giant led gains after results beat forecasts, while the yen slid to a "
    "record low. The bitcoin price jumped 4% as traders bet on a digital currency from the "
    "central bank. Oil edged lower as supplies rose, and gold traded higher against a weaker "
    "dollar."
)

GENRES_HEADING = (
    "# ---- autoblog rewriters in food, home, motoring, money, careers, celebrity and pets copy "
    "(fourth pass) ----"
)

GENRES_CONTEXT: list[Row] = [
    (
        "Use two cups of entire milk and a pinch of salt.",
        "entire milk",
        "whole milk",
        "Drought cut the entire milk supply of the region.",
    ),
    (
        "Swap in entire wheat flour for a nuttier loaf.",
        "entire wheat",
        "whole wheat",
        "Hail flattened the entire wheat crop in June.",
    ),
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

GENRES_PHRASES: list[Row] = [
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

GENRES_SPUN = (
    "This sluggish cooker chili is consolation meals on a price range. Brown the floor beef in "
    "a skillet over medium-excessive warmth, then add the beans, a can of tomatoes and floor "
    "cinnamon. Prepare dinner on low for eight hours and season with salt to style. Serve "
    "with bitter cream and contemporary herbs, and copy the elements checklist to your "
    "purchasing checklist."
)

GENRES_ORIGINAL = (
    "This slow cooker chili is comfort food on a budget. Brown the ground beef in a skillet "
    "over medium-high heat, then add the beans, a can of tomatoes and ground cinnamon. Cook on "
    "low for eight hours and season with salt to taste. Serve with sour cream and fresh herbs, "
    "and copy the ingredients list to your shopping list."
)

SECTIONS = {
    "sport": Section(SPORT_HEADING, SPORT_CONTEXT, SPORT_PHRASES, SPORT_SPUN, SPORT_ORIGINAL),
    "reviews": Section(
        REVIEWS_HEADING, REVIEWS_CONTEXT, REVIEWS_PHRASES, REVIEWS_SPUN, REVIEWS_ORIGINAL
    ),
    "markets": Section(
        MARKETS_HEADING, MARKETS_CONTEXT, MARKETS_PHRASES, MARKETS_SPUN, MARKETS_ORIGINAL
    ),
    "genres": Section(GENRES_HEADING, GENRES_CONTEXT, GENRES_PHRASES, GENRES_SPUN, GENRES_ORIGINAL),
}

ROWS = [
    pytest.param(*row, id=f"{name}: {row[1]}")
    for name, section in SECTIONS.items()
    for row in section.context_rows + section.phrase_rows
]


@pytest.mark.parametrize(("spun", "span", "suggestion", "clean"), ROWS)
def test_fourth_pass_entry_fires_in_its_frame_only(
    spun: str, span: str, suggestion: str, clean: str
) -> None:
    assert_fires_in_frame_only(spun, span, suggestion, clean)


@pytest.mark.parametrize("name", SECTIONS)
def test_every_context_entry_of_the_section_has_a_row(name: str) -> None:
    section = SECTIONS[name]
    entries = lexicon_section(section.heading)
    assert entries
    # entries narrowed by the red-team precision audit keep their rows in that file
    assert context_entries_without_a_row(entries, section.context_rows, STILL_FIRES) == []


@pytest.mark.parametrize("name", SECTIONS)
def test_a_spun_page_of_the_section_is_spun_and_its_original_is_not(name: str) -> None:
    section = SECTIONS[name]
    assert flagged(section.spun_page)
    assert not flagged(section.original_page)
