"""The autoblog phrase-spinner entries of lexicon.tsv, one spun and one clean sentence each.

The autoblog spinner keeps the sentence and swaps words and fixed phrases for one fixed
"synonym" ("court" -> "courtroom", "heat wave" -> "warmth wave", "such as" -> "reminiscent
of"). Every context entry of that section, and a sample of its plain phrases and names, is
checked both ways: the spun sentence yields exactly that finding with that suggestion, and a
clean sentence with the same words used legitimately (or the original wording) yields none.
All sentences are written for this test.
"""

from __future__ import annotations

import pytest

from corpusgate.documents import Finding
from tests.checks.spin.helpers import (
    EVERY_ENTRY,
    check_findings_consistent,
    lexicon_section,
    phrase_findings,
)

SECTION = "# ---- autoblog phrase spinner across news sections"

# (spun span as printed, suggestion, spun sentence, clean sentence)
CONTEXT_CASES: list[tuple[str, str, str, str]] = [
    (
        "reminiscent of",
        "such as",
        "Exports to markets reminiscent of China, India and Brazil rose.",
        "The skyline is reminiscent of Paris, Rome and Vienna.",
    ),
    (
        "reminiscent of",
        "such as",
        "Regulators warned firms reminiscent of the large lenders to hold more capital.",
        "The new tower has a facade reminiscent of the old station.",
    ),
    (
        "corresponding to",
        "such as",
        "Lenders corresponding to Barclays, HSBC and Lloyds cut their rates.",
        "Enter the code corresponding to your region.",
    ),
    (
        "corresponding to",
        "such as",
        "The ministry named corporations corresponding to the state railway operator.",
        "Each value corresponding to the index is stored in a table.",
    ),
    (
        "akin to",
        "such as",
        "Retailers akin to Walmart and Target raised prices again.",
        "The mood in the hall was akin to a funeral.",
    ),
    (
        "akin to",
        "such as",
        "Merchandise akin to the new phones sold out within hours.",
        "Walking into the old mill felt akin to the old days.",
    ),
    (
        "comparable to",
        "such as",
        "Cities comparable to Denver and Austin grew quickly.",
        "Rents there are comparable to Denver and Austin.",
    ),
    (
        "resembling",
        "such as",
        "Banks resembling Citigroup and Wells Fargo reported earnings.",
        "A cliff closely resembling Lincoln and Washington towers over the valley.",
    ),
    (
        "equivalent to",
        "such as",
        "Airlines equivalent to Delta and United cancelled flights.",
        "The fine is equivalent to Delta and United's combined profit for a week.",
    ),
    (
        "in keeping with",
        "according to",
        "Unemployment fell, in keeping with the report released on Friday.",
        "The decision was in keeping with the report's advice.",
    ),
    (
        "e mail",
        "email",
        "Customers were notified by e mail last week.",
        "Contact the office by email or by phone.",
    ),
    (
        "a put up on",
        "a post on",
        "He wrote a put up on his blog about the merger.",
        "He wrote a post on his blog, then they put up a tent on the lawn.",
    ),
    (
        "useless",
        "dead",
        "The attack left 12 useless and dozens wounded.",
        "Two useless meetings later, nothing had changed.",
    ),
    (
        "have been useless",
        "were dead",
        "Police said the two victims have been useless at the scene.",
        "The talks have been useless so far, the union said.",
    ),
    (
        "minor accidents",
        "minor injuries",
        "Two passengers escaped with minor accidents, police said.",
        "The road sees many minor accidents each winter.",
    ),
    (
        "state officers",
        "state officials",
        "State officers stated the bridge would reopen in May.",
        "Two state officers patrolled the highway overnight.",
    ),
    (
        "worldwide journey",
        "international travel",
        "Demand for worldwide journey has recovered since the pandemic.",
        "She set off on a worldwide journey to film whales.",
    ),
    (
        "unfold of",
        "spread of",
        "Doctors warned about unfold of cholera in the camps.",
        "They let the story unfold of its own accord.",
    ),
    (
        "the unfold",
        "the spread",
        "Officials hope the new rules will slow the unfold.",
        "Press the unfold button to expand the panel.",
    ),
    (
        "our bodies",
        "bodies",
        "Rescuers recovered the our bodies of two climbers on Sunday.",
        "Regular exercise keeps our bodies healthy.",
    ),
    (
        "lead writer",
        "lead author",
        "Jane Okafor, lead writer of the research, said the results were clear.",
        "He joined the sitcom as lead writer in 2019.",
    ),
    (
        "new know-how",
        "new technology",
        "The firm unveiled a new know-how that cuts emissions.",
        "Staff gained new know-how from the training course.",
    ),
    (
        "the know-how",
        "the technology",
        "Analysts said the know-how is still years away from market.",
        "She brought the know-how needed to run the plant.",
    ),
    (
        "working system",
        "operating system",
        "The update to the working system fixes several bugs.",
        "We finally had a fully working system by Friday.",
    ),
    (
        "display time",
        "screen time",
        "Parents worry about display time for young children.",
        "Set the display time format in the clock settings.",
    ),
    (
        "on common",
        "on average",
        "Prices rose 3% on common, the survey found.",
        "The two sides agreed on common ground.",
    ),
    (
        "house owners",
        "owners",
        "Small business house owners say their costs are rising.",
        "The storm damaged the roofs of many house owners in the town.",
    ),
    (
        "enterprise capital",
        "venture capital",
        "The startup raised enterprise capital funding last year.",
        "The enterprise capital budget was approved by the board.",
    ),
    (
        "improve in",
        "increase in",
        "Officials reported a sharp improve in cases this week.",
        "Students improve in reading when they practise every day.",
    ),
    (
        "enhance in",
        "increase in",
        "There was a big enhance in food prices in March.",
        "Night filters enhance in low light the contrast of a photo.",
    ),
    (
        "profitable the",
        "winning the",
        "She is the favourite after profitable the title in Madrid.",
        "The bakery stayed profitable the whole year.",
    ),
    (
        "within the ultimate",
        "in the final",
        "She scored twice within the ultimate.",
        "Within the ultimate analysis, costs matter most.",
    ),
    (
        "a file",
        "a record",
        "Sales hit a file $2 billion in the quarter.",
        "Save a file to disk before closing the editor.",
    ),
    (
        "factors",
        "points",
        "He scored 30 factors in the win over Boston.",
        "Several factors explain the drop in sales.",
    ),
    (
        "as a substitute",
        "instead",
        "He did not resign. He apologised as a substitute.",
        "Honey works as a substitute for sugar in this recipe.",
    ),
    (
        "as properly",
        "as well",
        "The company cut jobs as properly.",
        "The bolts were not fastened as properly as they should have been.",
    ),
    (
        "as properly as",
        "as well as",
        "Prices rose in Paris as properly as London.",
        "The bolts were not fastened as properly as they should have been.",
    ),
    (
        "at the least",
        "at least",
        "The blast killed at the least 12 people.",
        "At the least, they should apologise.",
    ),
    (
        "worldwide regulation",
        "international law",
        "The strikes violate worldwide regulation, the minister said.",
        "The strikes violate international law; worldwide regulation of drones is weak.",
    ),
    (
        "worldwide legislation",
        "international law",
        "Experts said the blockade breaches worldwide legislation.",
        "A worldwide legislation drive for plastic bans is under way.",
    ),
    (
        "provide chain",
        "supply chain",
        "The provide chain remains fragile, the company said.",
        "The supply chain remains fragile; firms provide chain stores with goods.",
    ),
    (
        "provide chains",
        "supply chains",
        "Global provide chains were disrupted by the strike.",
        "Hardware stores provide chains, locks and rope.",
    ),
    (
        "safety replace",
        "security update",
        "A safety replace for the app arrives next week.",
        "Crews trained in safety replace the filters every month.",
    ),
]

PHRASE_CASES: list[tuple[str, str, str, str]] = [
    (
        "a supply acquainted with",
        "a source familiar with",
        "A supply acquainted with the talks said no deal was near.",
        "A source familiar with the talks said no deal was near.",
    ),
    (
        "instructed the courtroom",
        "told the court",
        "The witness instructed the courtroom she had seen the car.",
        "The witness told the court she had seen the car; the judge instructed the jury.",
    ),
    (
        "courtroom listening to",
        "court hearing",
        "A courtroom listening to is set for June.",
        "A court hearing is set for June in the same courtroom.",
    ),
    (
        "choose sentenced",
        "judge sentenced",
        "A federal judge heard the case before the choose sentenced him to ten years.",
        "Voters choose sentences carefully; the judge sentenced him to ten years.",
    ),
    (
        "launched from jail",
        "released from prison",
        "He was launched from jail on Tuesday.",
        "He was released from prison; the campaign launched from Boston.",
    ),
    (
        "opened hearth",
        "opened fire",
        "A gunman opened hearth outside the club.",
        "A gunman opened fire outside the club, far from any hearth.",
    ),
    (
        "gun management",
        "gun control",
        "Lawmakers debated gun management after the attack.",
        "Lawmakers debated gun control after the attack.",
    ),
    (
        "panic assault",
        "panic attack",
        "She suffered a panic assault on stage.",
        "She suffered a panic attack on stage.",
    ),
    (
        "beneath arrest",
        "under arrest",
        "Two men were placed beneath arrest.",
        "Two men were placed under arrest beneath the bridge.",
    ),
    (
        "took management of",
        "took control of",
        "Rebels took management of the airport.",
        "Rebels took control of the airport; new management took over the hotel.",
    ),
    (
        "marketing campaign path",
        "campaign trail",
        "The senator returned to the marketing campaign path on Monday.",
        "The senator returned to the campaign trail; the marketing campaign ran online.",
    ),
    (
        "administration officers",
        "administration officials",
        "Administration officers declined to comment.",
        "Administration officials declined to comment.",
    ),
    (
        "prime diplomat",
        "top diplomat",
        "The country's prime diplomat flew to Beijing.",
        "The country's top diplomat flew to Beijing with the prime minister.",
    ),
    (
        "on prime of",
        "on top of",
        "On prime of the tax, buyers pay a fee.",
        "On top of the tax, buyers pay a fee at prime locations.",
    ),
    (
        "city corridor",
        "town hall",
        "Residents packed the city corridor on Tuesday.",
        "Residents packed the town hall; the corridor was full.",
    ),
    (
        "native hospital",
        "local hospital",
        "The victims were taken to a native hospital.",
        "The victims were taken to a local hospital.",
    ),
    (
        "army motion",
        "military action",
        "The general warned against army motion in the strait.",
        "The general warned against military action in the strait.",
    ),
    (
        "docs stated",
        "doctors said",
        "Docs stated his condition was stable.",
        "Doctors said his condition was stable; the docs say to restart the server.",
    ),
    (
        "the an infection",
        "the infection",
        "The patient recovered from the an infection.",
        "The patient recovered from the infection; an infection spread in the ward.",
    ),
    (
        "booster pictures",
        "booster shots",
        "Officials urged older people to get booster pictures.",
        "Officials urged older people to get booster shots; the pictures were posted online.",
    ),
    (
        "unfold of the virus",
        "spread of the virus",
        "Masks slowed the unfold of the virus.",
        "Masks slowed the spread of the virus.",
    ),
    (
        "blood strain",
        "blood pressure",
        "High blood strain raises the risk of stroke.",
        "High blood pressure raises the risk of stroke.",
    ),
    (
        "air high quality",
        "air quality",
        "Smoke worsened air high quality across the state.",
        "Smoke worsened air quality; the filters are of high quality.",
    ),
    (
        "printed within the journal",
        "published in the journal",
        "The study was printed within the journal Nature.",
        "The study was published in the journal Nature and printed in the newspaper.",
    ),
    (
        "greenhouse fuel",
        "greenhouse gas",
        "Methane is a potent greenhouse fuel.",
        "Methane is a potent greenhouse gas; the greenhouse needs fuel for heating.",
    ),
    (
        "machine studying",
        "machine learning",
        "The firm uses machine studying to detect fraud.",
        "The firm uses machine learning; she is studying the machine's output.",
    ),
    (
        "warmth wave",
        "heat wave",
        "A warmth wave gripped Europe in July.",
        "A heat wave gripped Europe; the warmth of the crowd was welcome.",
    ),
    (
        "twister warning",
        "tornado warning",
        "A twister warning was issued for the county.",
        "A tornado warning was issued; the twister touched down near Moore.",
    ),
    (
        "energy outages",
        "power outages",
        "The storm caused energy outages for 40,000 homes.",
        "The storm caused power outages; energy use fell.",
    ),
    (
        "help employees",
        "aid workers",
        "Two help employees were killed in the strike.",
        "Two aid workers were killed; employees help each other.",
    ),
    (
        "stimulus package deal",
        "stimulus package",
        "Congress passed a stimulus package deal worth $900 billion.",
        "Congress passed a stimulus package worth $900 billion; it was a package deal.",
    ),
    (
        "pc science",
        "computer science",
        "She studied pc science at Stanford.",
        "She studied computer science and bought a PC.",
    ),
    (
        "cell cellphone",
        "mobile phone",
        "He was filmed on a cell cellphone.",
        "He was filmed on a mobile phone in his cell.",
    ),
    (
        "knowledge breach",
        "data breach",
        "The knowledge breach exposed millions of records.",
        "The data breach exposed records; knowledge of the breach spread.",
    ),
    (
        "guardian firm",
        "parent company",
        "Its guardian firm, Alphabet, reported earnings.",
        "Its parent company, Alphabet, reported earnings; a guardian signed the form.",
    ),
    (
        "minimal wage",
        "minimum wage",
        "The state raised its minimal wage to $15.",
        "The state raised its minimum wage to $15 at minimal cost.",
    ),
    (
        "a pointy improve",
        "a sharp increase",
        "Officials saw a pointy improve in arrests.",
        "Officials saw a sharp increase in arrests; the knife had a pointy tip.",
    ),
    (
        "share factors",
        "percentage points",
        "The rate fell two share factors.",
        "The rate fell two percentage points; investors weighed several factors.",
    ),
    (
        "personal sector",
        "private sector",
        "Jobs in the personal sector grew by 2%.",
        "Jobs in the private sector grew; she kept her personal life private.",
    ),
    (
        "private greatest",
        "personal best",
        "She ran a private greatest of 2:21.",
        "She ran a personal best; the greatest runners train in private.",
    ),
    (
        "an settlement",
        "an agreement",
        "The two sides reached an settlement on Friday.",
        "The two sides reached an agreement; the settlement was paid.",
    ),
    (
        "soccer gamers",
        "football players",
        "Two soccer gamers were injured in the crash.",
        "Two football players were injured; soccer fans and gamers watched online.",
    ),
    (
        "profitable aim",
        "winning goal",
        "Kane scored a profitable aim in the 89th minute.",
        "Kane scored the winning goal; the club's aim is a profitable season.",
    ),
    (
        "switch window",
        "transfer window",
        "The club plans to sign a striker in the January switch window.",
        "The club plans to sign a striker in the January transfer window.",
    ),
    (
        "world file",
        "world record",
        "She broke the world file in the 400 metres.",
        "She broke the world record; every file in the world archive was scanned.",
    ),
    (
        "movie pageant",
        "film festival",
        "The film premiered at the Cannes movie pageant.",
        "The film premiered at the Cannes film festival after a village pageant.",
    ),
    (
        "actuality present",
        "reality show",
        "He became famous on a actuality present.",
        "He became famous on a reality show; in actuality he was shy.",
    ),
    (
        "field workplace",
        "box office",
        "The sequel topped the field workplace this weekend.",
        "The sequel topped the box office; the field office was closed.",
    ),
    (
        "major faculty",
        "primary school",
        "Children at the major faculty were sent home.",
        "Children at the primary school were sent home; faculty members met.",
    ),
    (
        "faculty district",
        "school district",
        "The faculty district cancelled classes.",
        "The school district cancelled classes; the university faculty voted.",
    ),
    (
        "larger schooling",
        "higher education",
        "Funding for larger schooling was cut.",
        "Funding for higher education was cut; larger schools lost most.",
    ),
    (
        "increasingly more",
        "more and more",
        "Increasingly more families rely on food banks.",
        "More and more families rely on food banks.",
    ),
    (
        "extra seemingly",
        "more likely",
        "Young drivers are extra seemingly to crash.",
        "Young drivers are more likely to crash; the extra cost seemingly surprised them.",
    ),
    (
        "as a substitute of",
        "instead of",
        "He took the train as a substitute of the bus.",
        "He took the train instead of the bus.",
    ),
]

NAME_CASES: list[tuple[str, str, str, str]] = [
    (
        "Court docket of Enchantment",
        "Court of Appeal",
        "The Court docket of Enchantment rejected the bid.",
        "The Court of Appeal rejected the bid; the court docket listed the case.",
    ),
    (
        "Superior Courtroom",
        "Superior Court",
        "The case was heard in Superior Courtroom in Los Angeles.",
        "The case was heard in a superior courtroom with better acoustics.",
    ),
    (
        "Secretary-Normal",
        "Secretary-General",
        "The U.N. Secretary-Normal called for a ceasefire.",
        "The U.N. Secretary-General called for a ceasefire; the secretary was normal.",
    ),
    (
        "Normal Motors",
        "General Motors",
        "Normal Motors recalled 10,000 trucks.",
        "General Motors recalled 10,000 trucks; normal motors would have been fine.",
    ),
    (
        "Home Republican",
        "House Republican",
        "A Home Republican said the bill would fail.",
        "A House Republican said the bill would fail; their home republican values.",
    ),
    (
        "Tremendous Bowl",
        "Super Bowl",
        "The Tremendous Bowl drew a record audience.",
        "The Super Bowl drew a tremendous bowl of praise from critics.",
    ),
    (
        "World Sequence",
        "World Series",
        "The Dodgers won the World Sequence in six games.",
        "The Dodgers won the World Series; the world sequence of genes was mapped.",
    ),
    (
        "Corridor of Fame",
        "Hall of Fame",
        "He was inducted into the Corridor of Fame.",
        "He was inducted into the Hall of Fame and walked down the corridor of fame.",
    ),
    (
        "Area Pressure",
        "Space Force",
        "The Area Pressure launched a satellite.",
        "The Space Force launched a satellite; the area pressure dropped.",
    ),
    (
        "Customs and Border Safety",
        "Customs and Border Protection",
        "Customs and Border Safety seized the drugs.",
        "Customs and Border Protection seized the drugs; customs and border safety matter.",
    ),
]

CASES = CONTEXT_CASES + PHRASE_CASES + NAME_CASES


def _same(a: str, b: str) -> bool:
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


def _findings_for(text: str, spun: str) -> list[Finding]:
    findings = phrase_findings(text, **EVERY_ENTRY)
    check_findings_consistent(text, findings)
    return [f for f in findings if _same(f.text, spun)]


@pytest.mark.parametrize(("spun", "suggestion", "spun_text", "clean_text"), CASES)
def test_spun_sentence_yields_the_entry(
    spun: str, suggestion: str, spun_text: str, clean_text: str
) -> None:
    found = _findings_for(spun_text, spun)
    assert len(found) == 1, [f.text for f in phrase_findings(spun_text, **EVERY_ENTRY)]
    assert found[0].suggestion == suggestion


@pytest.mark.parametrize(("spun", "suggestion", "spun_text", "clean_text"), CASES)
def test_clean_sentence_yields_no_finding_for_it(
    spun: str, suggestion: str, spun_text: str, clean_text: str
) -> None:
    assert _findings_for(clean_text, spun) == []
    assert not [f for f in phrase_findings(clean_text, **EVERY_ENTRY) if f.suggestion == suggestion]


def _section_entries() -> list[tuple[str, str, str]]:
    return [(e.spun, e.original, e.kind) for e in lexicon_section(SECTION)]


def test_every_context_entry_of_the_section_has_a_case() -> None:
    entries = _section_entries()
    assert len(entries) >= 500
    covered = {(spun.lower(), suggestion) for spun, suggestion, _, _ in CONTEXT_CASES}
    missing = {(s, o) for s, o, kind in entries if kind == "context"} - covered
    assert not missing
    assert len(PHRASE_CASES) >= 40


def test_sampled_phrases_and_names_belong_to_the_section() -> None:
    entries = {(s.lower(), o) for s, o, _ in _section_entries()}
    for spun, suggestion, _, _ in PHRASE_CASES + NAME_CASES:
        assert (spun.lower(), suggestion) in entries
