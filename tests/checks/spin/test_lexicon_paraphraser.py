"""The paraphraser / thesaurus-spinner section of the lexicon, entry by entry.

Each row: a sentence as a Spinbot-style rewriter prints it, the span that must be found, the
suggestion it must carry, and a clean sentence (the original wording, or the same words used
legitimately) that must not yield that suggestion. Every context entry of the section has a
row; plain phrase entries are sampled. All sentences are written for this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpusgate.checks.spin.lexicon import DATA_DIR
from tests.checks.spin.helpers import LATER_PASSES, flagged, lexicon_section, suggestions

SECTION = "# ---- paraphraser / thesaurus spinners (Spinbot, article rewriters) ----"

# (spun sentence, span, suggestion, clean sentence)
CONTEXT_CASES: list[tuple[str, str, str, str]] = [
    ("Be that as it may, the plan failed.", "Be that as it may", "however",
     "Whatever the cost, be that as it may be, we will pay it."),
    ("As a rule we as a whole know the answer.", "we as a whole", "we all",
     "Society as a whole knows the answer, and we as a whole society agree."),
    ("Thank you as a whole know it already.", "you as a whole", "you all",
     "You see the forest as a whole, not the trees."),
    ("The town was in a real sense underwater.", "in a real sense", "literally",
     "It was a test in a real sense of the word."),
    ("In outline, the report is positive.", "In outline", "in summary",
     "The plan was described in outline at the meeting."),
    ("To put it plainly, the deal is dead.", "To put it plainly", "in short",
     "She tried to put it plainly to the board."),
    ("In like manner, prices rose in March.", "In like manner", "likewise",
     "They responded in like fashion and prices rose."),
    ("All together to win, the team must defend.", "All together to", "in order to",
     "We brought them all together to discuss the plan."),
    ("In this manner, the firm cut costs.", "In this manner", "thus",
     "Treating guests in this manner is rude."),
    ("Notwithstanding, the firm will hire staff.", "Notwithstanding", "in addition",
     "Notwithstanding the delay, the firm will hire staff."),
    ("The firm, notwithstanding offering loans, sells insurance.", "notwithstanding",
     "in addition to",
     "The contract stands, notwithstanding the objections."),
    ("In the event that you travel, carry water.", "In the event that", "if",
     "Officials planned for the event that drew large crowds."),
    ("Did you realize that dogs dream?", "Did you realize that", "did you know that",
     "She asked whether you did realize that it was late."),
    ("Right now, we are going to look at prices.", "Right now, we", "in this article, we",
     "Right now, we need rain badly said the farmer, and we hope it comes."),
    ("Right now, there are few buyers.", "Right now", "currently",
     "The buyers want it right now."),
    ("On the grounds that it rained, the game stopped.", "On the grounds that", "because",
     "The court rejected the appeal on the grounds that it was late."),
    ("In spite of the fact that it rained, we played.", "In spite of the fact that", "although",
     "Although it rained, we played."),
    ("Sales rose 5% contrasted with March.", "contrasted with", "compared with",
     "Her calm contrasted with his anger."),
    ("The road is as of now closed.", "is as of now", "is already",
     "The road is open as of now."),
    ("Prices are as of now higher.", "are as of now", "are already",
     "Prices are stable as of now, officials said."),
    ("There are bunches of ways to save money.", "bunches of", "lots of",
     "She bought two bunches of grapes and flowers."),
    ("A portion of these tips are useful.", "A portion of these", "some of these",
     "A portion of these funds will go to schools."),
    ("Many individuals think the plan is fair.", "Many individuals", "many people",
     "Many individuals' accounts were frozen by the bank."),
    ("A few individuals left early.", "A few individuals", "some people",
     "Only a few individuals were named in the report."),
    ("The scheme helps youthful workers.", "youthful", "young",
     "She kept her youthful looks and youthful energy."),
    ("Most older grown-ups need sleep.", "grown-ups", "adults",
     "The grown-ups talked while the kids played."),
    ("Parents should raise youngsters with care.", "youngsters", "children",
     "Local youngsters painted the town hall."),
    ("Their guardians want better schools.", "guardians", "parents",
     "The guardians of the temple locked the gate."),
    ("A new concentrate shows that sleep helps.", "concentrate", "study",
     "Orange juice concentrate is sold in cans."),
    ("New exploration suggests that sleep helps.", "New exploration", "new research",
     "New exploration licences were granted to miners."),
    ("Ongoing exploration suggests a link.", "Ongoing exploration", "recent research",
     "Ongoing exploration at the mine has found copper."),
    ("Clinical analysts found that the drug works.", "analysts found that",
     "researchers found that",
     "Market analysts found that demand was falling."),
    ("The man was tracked down to be guilty.", "was tracked down", "was found",
     "The man was tracked down in Spain."),
    ("The samples were tracked down to have lead.", "were tracked down", "were found",
     "The fugitives were tracked down in a cabin."),
    ("The paper appeared in the diary Nature.", "the diary", "the journal",
     "She kept the diary for years."),
    ("Jane Roe, lead creator of the study, spoke.", "lead creator", "lead author",
     "He is the lead creator of the show."),
    ("Jane Roe, senior creator of the review, spoke.", "senior creator", "senior author",
     "He is a senior creator at the studio."),
    ("Researchers ascertained that the drug works.", "ascertained", "found",
     "It was ascertained that the file was lost."),
    ("The antibody rollout began in May.", "antibody", "vaccine",
     "The antibody binds the spike protein."),
    ("Weight reduction takes time.", "Weight reduction", "weight loss",
     "Weight reduction surgery is common."),
    ("He was rushed to the infirmary on Monday.", "infirmary", "hospital",
     "He was treated at the Royal Infirmary in Edinburgh."),
    ("Network safety is a concern for banks.", "Network safety", "cybersecurity",
     "Rail network safety improved last year."),
    ("Firms invest in large information and tools.", "large information", "big data",
     "Large information campaigns were run in schools."),
    ("The Fed raised loan fees again.", "loan fees", "interest rates",
     "The bank earned $5 million in loan fees."),
    ("The Fed raised financing costs again.", "financing costs", "interest rates",
     "The firm's financing costs rose."),
    ("The Fed's rate climbs hurt buyers.", "rate climbs", "rate hikes",
     "As your heart rate climbs, drink water."),
    ("The bank announced another rate climb.", "rate climb", "rate hike",
     "The heart rate climb was steep."),
    ("The average 30-year contract rates rose.", "contract rates", "mortgage rates",
     "Shipping contract rates fell."),
    ("Families got improvement checks in April.", "improvement checks", "stimulus checks",
     "Home improvement checks are done by inspectors."),
    ("Each family got an improvement check.", "improvement check", "stimulus check",
     "A quality improvement check is due."),
    ("Congress passed the improvement bundle.", "improvement bundle", "stimulus package",
     "The home improvement bundle includes paint."),
    ("Center expansion rose to 4%.", "Center expansion", "core inflation",
     "The town center expansion plan was approved."),
    ("First-time purchasers face high prices.", "purchasers", "buyers",
     "The purchasers of the land were named."),
    ("The political race results came late.", "political race", "election",
     "It was a tight political race results aside."),
    ("Many voting forms were lost.", "voting forms", "ballots",
     "Shareholders returned proxy voting forms."),
    ("She backed a Popularity based senator.", "Popularity based", "Democratic",
     "Popularity based ranking is simple."),
    ("Polls of Dark Americans show support.", "Dark Americans", "Black Americans",
     "Polls of dark Americans do not exist."),
    ("The larger part of Americans agree.", "The larger part of", "the majority of",
     "The larger part of the house was empty."),
    ("The rebel pioneer was killed.", "pioneer", "leader",
     "She was an aviation pioneer."),
    ("Senate pioneers met on Monday.", "pioneers", "leaders",
     "The pioneers crossed the plains."),
    ("Equipped men stormed the bank.", "Equipped men", "armed men",
     "Well equipped men climbed the peak."),
    ("Thousands of transients crossed the border.", "transients", "migrants",
     "The shelter serves transients in winter."),
    ("The unfamiliar minister visited Tokyo.", "unfamiliar", "foreign",
     "The unfamiliar territory scared hikers."),
    ("The money service said taxes will rise.", "money service", "finance ministry",
     "He runs a money service business."),
    ("Top state leader Boris Johnson spoke.", "Top state leader", "Prime Minister",
     "He is the top state leader in the region."),
    ("Head administrator Boris Johnson spoke.", "Head administrator", "prime minister",
     "The hospital head administrator Jane Roe spoke."),
    ("The Xinhua news office reported it.", "news office", "news agency",
     "The university news office sent a note."),
    ("The firm wrote in an explanation on Monday.", "in an explanation", "in a statement",
     "The rules need an explanation for readers."),
    ("The firm wrote in an assertion on Monday.", "in an assertion", "in a statement",
     "He made an error in an assertion about dates."),
    ("The police gave an explanation on Monday.", "gave an explanation", "issued a statement",
     "She gave an explanation for the delay."),
    ("A man was arrested in association with the theft.", "in association with",
     "in connection with",
     "The film was made in association with the BBC."),
    ("Weapon control is a divisive issue.", "Weapon control", "gun control",
     "The weapon control system failed."),
    ("The associate fled the scene.", "associate", "suspect",
     "The associate was promoted to partner."),
    ("State administrators voted to ban it.", "administrators", "lawmakers",
     "Hospital administrators voted to ban it."),
    ("Banking controllers fined the firm.", "controllers", "regulators",
     "Air traffic controllers went on strike."),
    ("We must tackle environmental change now.", "environmental change", "climate change",
     "Environmental change in the Arctic is fast."),
    ("We must move away from petroleum derivatives.", "petroleum derivatives", "fossil fuels",
     "Plastics are petroleum derivatives."),
    ("Petroleum gas prices rose.", "Petroleum gas", "natural gas",
     "Liquefied petroleum gas is sold in bottles."),
    ("Flammable gas prices rose.", "Flammable gas", "natural gas",
     "A flammable gas leaked from the tank."),
    ("Serious climate hit the coast.", "Serious climate", "severe weather",
     "We need serious climate action."),
    ("The governor declared a highly sensitive situation.", "a highly sensitive situation",
     "a state of emergency", "Diplomats called it a highly sensitive situation."),
    ("Our people group marched.", "people group", "community",
     "Missionaries study each people group."),
    ("On normal, prices rose 3%.", "On normal", "on average",
     "On normal days the shop opens at nine."),
    ("He left his public group in May.", "public group", "national team",
     "The public group of investors met."),
    ("Team lead trainer John Smith quit.", "lead trainer", "head coach",
     "The gym hired a lead trainer."),
    ("He scored an equalizing objective late.", "objective", "goal",
     "His first objective was to win."),
    ("He scored two objectives in the game.", "objectives", "goals",
     "The plan has two objectives."),
    ("It was their third straight misfortune.", "misfortune", "loss",
     "It was his misfortune to be there."),
    ("The bank posted heavy misfortunes.", "misfortunes", "losses",
     "He spoke of his misfortunes."),
    ("The champion was vanquished in Paris.", "vanquished", "defeated",
     "The vanquished army retreated."),
    ("They utilized to live here.", "utilized to", "used to",
     "They utilized to build the bridge new steel."),
    ("She utilized the tool daily.", "utilized", "used",
     "The tool was utilized in the lab."),
    ("She utilised the tool daily.", "utilised", "used",
     "The funds were utilised in full."),
    ("We work to guarantee that you are safe.", "guarantee that", "ensure that",
     "The guarantee that came with it expired."),
    ("Make a point to drink water.", "Make a point to", "make sure to",
     "He wanted to make a point to the board."),
    ("As per specialists, sleep helps.", "As per specialists", "according to experts",
     "Work as per the rules."),
    ("As per reports, the firm is for sale.", "As per", "according to",
     "Invoices are issued as per the contract."),
    ("Dependent on the data, sales rose.", "Dependent on", "based on",
     "The region is dependent on tourism."),
    ("Many persons like the plan.", "persons", "people",
     "Two persons were injured in the crash."),
    ("He is presently working in Paris.", "presently", "currently",
     "He will arrive presently."),
    ("What's more, prices fell.", "What's more", "moreover",
     "What's more important is the cost."),
    ("Cats will in general be lazy.", "will in general", "tend to",
     "The board will in general session vote."),
    ("Cats will quite often be lazy.", "will quite often", "tend to",
     "He will quite often forget."),
    ("The wall goes about as a barrier.", "goes about as", "acts as",
     "He goes about as usual."),
    ("Plants go about as a filter.", "go about as", "act as",
     "They go about as before."),
    ("Chinese specialists detained him.", "specialists", "authorities",
     "Cancer specialists treated him."),
    ("The virus is profoundly infectious.", "profoundly", "highly",
     "She was profoundly moved."),
    ("The book is exceptionally prescribed.", "exceptionally", "highly",
     "She is exceptionally talented."),
    ("Exercise can altogether diminish stress.", "altogether", "significantly",
     "It was altogether different."),
    ("Exercise can essentially diminish stress.", "essentially", "significantly",
     "It is essentially a loan."),
    ("Exercise can fundamentally diminish stress.", "fundamentally", "significantly",
     "It is fundamentally flawed."),
    ("Russia's intrusion of Ukraine began in 2022.", "intrusion", "invasion",
     "The privacy intrusion of the app worried users."),
    ("The enemy troopers crossed the river.", "troopers", "soldiers",
     "State troopers closed the road."),
    ("He was condemned to ten years in prison.", "condemned to", "sentenced to",
     "The plan was condemned to failure."),
    ("The financial exchange fell 2% on Monday.", "financial exchange", "stock market",
     "A financial exchange between the firms was agreed."),
    ("The company's offers rose 5%.", "offers", "shares",
     "The company's offers fell through."),
    ("The expansion rate rose to 5%.", "expansion rate", "inflation rate",
     "The expansion rate of the universe is debated."),
]  # fmt: skip

# A sample of plain phrase entries: (spun sentence, span, suggestion, clean sentence).
PHRASE_CASES: list[tuple[str, str, str, str]] = [
    ("As you most likely are aware, prices rose.", "As you most likely are aware",
     "as you probably know", "As you probably know, prices rose."),
    ("As we as a whole know, time flies.", "As we as a whole know", "as we all know",
     "As we all know, time flies."),
    ("Profits fell a year sooner.", "a year sooner", "a year earlier",
     "Profits fell a year earlier; sooner or later they recover."),
    ("Sooner this year, the firm cut jobs.", "Sooner this year", "earlier this year",
     "Earlier this year, the firm cut jobs."),
    ("The firm has as of now cut jobs.", "has as of now", "has already",
     "The firm has already cut jobs."),
    ("This is the most ideal way to save.", "the most ideal way", "the best way",
     "This is the best way to save."),
    ("There are huge loads of options.", "huge loads of", "tons of",
     "There are tons of options and huge loads on trucks."),
    ("A large portion of the time he works.", "A large portion of the time", "most of the time",
     "Most of the time he works."),
    ("The entirety of us agree.", "The entirety of us", "all of us",
     "All of us agree; the entirety of the film is good."),
    ("Numerous understudies failed.", "Numerous understudies", "many students",
     "Many students failed."),
    ("Concentrates show that tea helps.", "Concentrates show", "studies show",
     "Studies show that tea helps."),
    ("Late concentrates found a link.", "Late concentrates", "recent studies",
     "Recent studies found a link."),
    ("Exploration recommends a link.", "Exploration recommends", "research suggests",
     "Research suggests a link."),
    ("Scientists tracked down that it works.", "tracked down that", "found that",
     "Police tracked down the driver."),
    ("The discoveries propose a link.", "discoveries propose", "findings suggest",
     "The findings suggest a link."),
    ("It was distributed in the diary Science.", "distributed in the diary",
     "published in the journal", "It was published in the journal Science."),
    ("She has bosom malignant growth.", "bosom malignant growth", "breast cancer",
     "She has breast cancer."),
    ("He died of cellular breakdown in the lungs.", "cellular breakdown in the lungs",
     "lung cancer", "He died of lung cancer."),
    ("Psychological wellness matters.", "Psychological wellness", "mental health",
     "Mental health matters."),
    ("Wellbeing authorities warned residents.", "Wellbeing authorities", "health officials",
     "Health officials warned residents; wellbeing matters."),
    ("Only half are completely immunized.", "completely immunized", "fully vaccinated",
     "Only half are fully vaccinated."),
    ("Eat a sound eating routine.", "sound eating routine", "healthy diet",
     "Eat a healthy diet."),
    ("Absence of rest hurts memory.", "Absence of rest", "lack of sleep",
     "Lack of sleep hurts memory."),
    ("Learn to compose an exposition.", "compose an exposition", "write an essay",
     "Learn to write an essay."),
    ("She is a business visionary.", "business visionary", "entrepreneur",
     "She is an entrepreneur."),
    ("Try website streamlining tools.", "website streamlining", "search engine optimization",
     "Try search engine optimization tools."),
    ("Install security refreshes now.", "security refreshes", "security updates",
     "Install security updates now."),
    ("Raise the obligation roof.", "obligation roof", "debt ceiling",
     "Raise the debt ceiling."),
    ("The firm petitioned for financial protection.", "petitioned for financial protection",
     "filed for bankruptcy", "The firm filed for bankruptcy."),
    ("She voted in the official political race.", "official political race",
     "presidential election", "She voted in the presidential election."),
    ("The Incomparable Court ruled.", "Incomparable Court", "Supreme Court",
     "The Supreme Court ruled."),
    ("Hire a legal counselor.", "legal counselor", "lawyer", "Hire a lawyer."),
    ("Psychological militants attacked the base.", "Psychological militants", "terrorists",
     "Terrorists attacked the base."),
    ("Aid reached outcast camps.", "outcast camps", "refugee camps",
     "Aid reached refugee camps."),
    ("The tactical junta seized power.", "tactical junta", "military junta",
     "The military junta seized power."),
    ("The money pastor resigned.", "money pastor", "finance minister",
     "The finance minister resigned; the pastor stayed."),
    ("The firm said in an explanation.", "said in an explanation", "said in a statement",
     "The firm said in a statement."),
    ("Law requirement officers came.", "Law requirement", "law enforcement",
     "Law enforcement officers came."),
    ("He is in basic condition.", "in basic condition", "in critical condition",
     "He is in critical condition."),
    ("A dangerous atmospheric devation is real.", "A dangerous atmospheric devation",
     "global warming", "Global warming is real."),
    ("Install sunlight based chargers.", "sunlight based chargers", "solar panels",
     "Install solar panels."),
    ("A warmth wave hit Europe.", "warmth wave", "heat wave", "A heat wave hit Europe."),
    ("Streak floods hit the town.", "Streak floods", "flash floods", "Flash floods hit the town."),
    ("Local area pioneers met.", "Local area pioneers", "community leaders",
     "Community leaders met in the local area."),
    ("He kicked a field objective.", "field objective", "field goal", "He kicked a field goal."),
    ("They won on a triumphant objective.", "triumphant objective", "winning goal",
     "They won on a winning goal."),
    ("Things utilized to be simple.", "utilized to be", "used to be",
     "Things used to be simple."),
    ("Diminish the danger of stroke.", "Diminish the danger", "reduce the risk",
     "Reduce the risk of stroke."),
    ("Smoking builds the danger of cancer.", "builds the danger", "increases the risk",
     "Smoking increases the risk of cancer."),
    ("Aid to creating nations rose.", "creating nations", "developing countries",
     "Aid to developing countries rose."),
    ("The employing cycle is slow.", "The employing cycle", "the hiring process",
     "The hiring process is slow."),
    ("Robot strikes hit the city.", "Robot strikes", "drone strikes",
     "Drone strikes hit the city."),
    ("Police dispatched an examination.", "dispatched an examination",
     "launched an investigation", "Police launched an investigation."),
    ("Speculative stock investments lost money.", "Speculative stock investments", "hedge funds",
     "Hedge funds lost money."),
    ("Her studio collection sold well.", "studio collection", "studio album",
     "Her studio album sold well."),
    ("He made his presentation for the club.", "made his presentation for", "made his debut for",
     "He made his presentation to the board."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("spun", "span", "suggestion", "clean"),
    CONTEXT_CASES + PHRASE_CASES,
    ids=[case[1] for case in CONTEXT_CASES + PHRASE_CASES],
)
def test_entry_fires_in_its_frame_and_not_outside(
    spun: str, span: str, suggestion: str, clean: str
) -> None:
    found = suggestions(spun)
    assert found.get(span) == suggestion, found
    assert suggestion not in suggestions(clean).values()


def _section_entries() -> list[tuple[str, str, str]]:
    return [(e.spun, e.original, e.kind) for e in lexicon_section(SECTION)]


def test_every_context_entry_of_the_section_has_a_case() -> None:
    entries = _section_entries()
    assert len(entries) >= 300
    covered = {(case[1].lower(), case[2]) for case in CONTEXT_CASES}
    missing = [
        (spun, original)
        for spun, original, kind in entries
        if kind == "context" and (spun.lower(), original) not in covered
    ]
    # A case's span is the matched text, which for these entries is the entry's phrase.
    assert missing == []
    phrases = {(s.lower(), o) for s, o, k in entries if k == "phrase"}
    sampled = [case for case in PHRASE_CASES if (case[1].lower(), case[2]) in phrases]
    assert len(sampled) >= 40


# Formal, non-native but unspun English uses some of these words; alone they must not add up.
NON_NATIVE_OFFICIAL = (
    "The district collector informed that upwards of 2,000 persons were evacuated from the "
    "low-lying areas as per the instructions of the state government. Relief material worth "
    "Rs 40 lakh was utilised for the purpose, and boats of the fire services department were "
    "pressed into service. The water level of the river is presently receding, but the "
    "meteorological department has forecast heavy rainfall for the next two days. In the "
    "event that the rain continues, more persons from the riverside villages will be shifted "
    "to the relief camps set up in government schools. The collector directed the tahsildars "
    "to guarantee that drinking water, food and medicines are supplied to every camp without "
    "delay. Medical teams have been deployed in all the camps, and no outbreak of disease has "
    "been reported so far. The collector also visited the affected villages along with the "
    "superintendent of police and interacted with the residents. He said that the crop loss "
    "will be assessed once the water recedes and the farmers will be compensated as per the "
    "norms. Officials said that the road to the district headquarters was cut off at two "
    "places and restoration work is under way. The state disaster response force is on alert."
)

SPINBOT_PARAGRAPH = (
    "As per specialists, new exploration shows that the concentrate found a link between absence "
    "of rest and coronary illness. The discoveries propose that grown-ups who sleep less are at "
    "higher danger. Numerous understudies and youthful individuals will in general stay up "
    "late. Be that as it may, a sound eating routine and standard activity can altogether "
    "diminish the danger, as indicated by the review's creators. The examination was "
    "distributed in the diary Sleep. The lead creator of the review said the outcomes matter "
    "for guardians and educators. A portion of the best tips include keeping a fixed bedtime "
    "and making a point to avoid screens. In the event that you need to sleep better, "
    "counsel your primary care physician. Psychological wellness also improves with rest, and "
    "the entirety of us can benefit from it. Clinical exhortation is still important."
)


def test_non_native_official_english_is_not_flagged() -> None:
    assert not flagged(NON_NATIVE_OFFICIAL)


def test_spinbot_paragraph_is_flagged() -> None:
    assert flagged(SPINBOT_PARAGRAPH)


def test_section_is_followed_only_by_the_later_passes() -> None:
    """The section was the last of the file until the later passes (third: beyond news;
    fourth: sport, travel, screen, reviews; fifth: attributions) were appended after it; its
    entries end where the first of those begins."""
    text = Path(DATA_DIR / "lexicon.tsv").read_text("utf-8")
    assert SECTION in text
    tail = text[text.index(SECTION) + len(SECTION) :]
    headings = [line for line in tail.splitlines() if line.startswith("# ---- ")]
    assert headings[0].startswith("# ---- autoblog rewriters beyond news")
    assert all(h.endswith(("(third pass) ----", *LATER_PASSES)) for h in headings)
