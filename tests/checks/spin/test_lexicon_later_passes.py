"""The lexicon sections appended after the fifth pass, one table of rows per section.

Each row is (spun sentence, span, suggestion, clean sentence): the spun reading is found with
its likely original, and the clean sentence, with the same words as ordinary English or the
original wording, is not read as spun. Every entry of a section has a row, plain ones too.

- Sixth pass: crowd-thesaurus spinners printing a topic synonym of "about" ("regarding",
  "concerning") where it means "approximately"; the clean side uses the same word before a
  number ("data concerning 2 million customers", "the complaint was regarding 3 invoices").
- Seventh pass: spinner output that recurs across families (WordNet lemmas, the autoblog
  abbreviation "yr", agreement a swap broke, wrong-sense synonyms); the clean side is a
  nursing degree, a physicist's resolution, a question, a local authority, Indian English "at
  some point of time".
- Eighth pass: phrase spinners' wordy stand-ins ("men and women" and "folks" for "people",
  "due to the fact" for "because"), English that counts only in aggregate; the clean side is
  "both men and women", "the men and women who serve", "due to the fact that".
- Tenth pass: nouns read as verbs and other part-of-speech slips of scraped news ("the second
  take a look at", "examined constructive for", "the unemployment charge", "the decide
  sentenced", "reside updates", "the corporate stated", "Covid instances", "in essential
  situation"); the clean side is "let her take a look at", "examined constructive criticism",
  a service charge, a murder charge, the replace button, "in some instances of fraud".

All sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.checks.spin.helpers import assert_fires_in_frame_only, lexicon_section

ABOUT = (
    '# ---- crowd-thesaurus spinners: "about" (approximately) as its topic sense (sixth pass) ----'
)
RECURRING = "# ---- spinner output that recurs across families"
WORDY = "# ---- phrase spinners' wordy stand-ins"

ABOUT_ROWS: list[tuple[str, str, str, str]] = [
    (
        "The glacier lost regarding 2.5 metres of ice over the summer.",
        "regarding",
        "about",
        "The glacier lost about 2.5 metres of ice over the summer.",
    ),
    (
        "Fares rose by concerning ten per cent in January.",
        "concerning",
        "about",
        "Data concerning 2 million customers was stolen in January.",
    ),
    (
        "The plant employs relating to 400 people on three shifts.",
        "relating to",
        "about",
        "The inspectors found faults relating to 400 homes on the estate.",
    ),
    (
        "The repairs cost with regards to $3 million, the council said.",
        "with regards to",
        "about",
        "The complaint was regarding 3 invoices, with regards to 2 of which the firm apologised.",
    ),
]

RECURRING_ROWS: list[tuple[str, str, str, str]] = [
    (
        "The ferry will run twice a hebdomad from May.",
        "hebdomad",
        "week",
        "The ferry will run twice a week from May.",
    ),
    (
        "Repairs took three hebdomads to finish.",
        "hebdomads",
        "weeks",
        "Repairs took three weeks to finish.",
    ),
    (
        "The square was the topographic point where the rally began.",
        "topographic point",
        "place",
        "Surveyors marked each topographic feature on the map.",
    ),
    (
        "More than 200 citizenry attended the hearing.",
        "citizenry",
        "people",
        "The citizenry of the town voted against the plan.",
    ),
    (
        "The mayor and angstrom new deputy signed the order.",
        "angstrom",
        "a",
        "The microscope reaches 1.5 angstrom resolution, and an angstrom is tiny.",
    ),
    (
        'Iodine think the plan is fair," the farmer said.',
        "Iodine",
        "I",
        "Iodine was added to the salt to prevent goitre.",
    ),
    (
        "She gave associate in nursing interview to the local radio station.",
        "associate in nursing",
        "an",
        "She earned an associate in nursing degree before moving to the city.",
    ),
    (
        "The council will meet along Tuesday to vote on the budget.",
        "along",
        "on",
        "The council will walk along the river on Tuesday.",
    ),
    (
        "The talks went well, he state after the meeting.",
        "he state",
        "he said",
        "The clerk asked that he state his name for the record.",
    ),
    (
        "Prices will rise again, she state on Monday.",
        "she state",
        "she said",
        "Should she state her reasons, the board will listen.",
    ),
    (
        "Members backed the grouping's plan to merge.",
        "the grouping's",
        "the group's",
        "Members backed the group's plan to merge.",
    ),
    (
        "The fund grew by 8 percent in a yr of strong markets.",
        "a yr",
        "a year",
        "The fund grew by 8 percent in a year of strong markets.",
    ),
    (
        "Sales fell for the first time in the yr to March.",
        "the yr",
        "the year",
        "Sales fell for the first time in the year to March.",
    ),
    (
        "The firm lost money closing yr after the strike.",
        "closing yr",
        "last year",
        "The firm lost money last year after the strike.",
    ),
    (
        "The ministry issued a assertion on Friday night.",
        "a assertion",
        "a statement",
        "The ministry issued a statement on Friday night.",
    ),
    (
        "The authorities has promised to build new roads.",
        "authorities has",
        "government has",
        "The local authorities has not yet replied to the letter.",
    ),
    (
        "The authorities is expected to announce the plan soon.",
        "authorities is",
        "government is",
        "The health authorities is what the report calls the regional boards.",
    ),
    (
        "The coach said the injury had cost his facet the match.",
        "his facet",
        "his side",
        "Each facet of the gem catches the light.",
    ),
    (
        "The captain said her facet deserved the win.",
        "her facet",
        "her side",
        "The captain said her side deserved the win.",
    ),
    (
        "Both clubs said their facet would appeal the ban.",
        "their facet",
        "their side",
        "Both clubs said their side would appeal the ban.",
    ),
    (
        "The works will be finished by the quit of the month.",
        "the quit of",
        "the end of",
        "The works will be finished by the end of the month, unless the crew quit.",
    ),
    (
        "Most patients now recover at domestic.",
        "at domestic",
        "at home",
        "Prices at domestic level rose by two percent.",
    ),
    (
        "Volunteers deliver meals to aged folks in the valley.",
        "aged folks",
        "older people",
        "Volunteers deliver meals to older people in the valley.",
    ),
    (
        "The winner takes home prize cash of $10,000.",
        "prize cash",
        "prize money",
        "The winner takes home prize money of $10,000.",
    ),
    (
        "Doctors warned about extreme warmth this weekend.",
        "extreme warmth",
        "extreme heat",
        "Doctors warned about extreme heat this weekend.",
    ),
    (
        "The road was closed at some point of the storm.",
        "at some point of",
        "during",
        "The road will be widened at some point of time, officials said.",
    ),
    (
        "The residents asked for assist from the army.",
        "asked for assist",
        "asked for help",
        "The residents asked for help from the army.",
    ),
    (
        "Families who wanted assist were told to call the helpline.",
        "wanted assist",
        "needed help",
        "Families who needed help were told to call the helpline.",
    ),
    (
        "Sales fell again this twelve month period, the company said.",
        "twelve month period",
        "year",
        "Sales fell over a twelve month period ending in June.",
    ),
    (
        "Prices will rise earlier this 12 month period than planned.",
        "12 month period",
        "year",
        "The 12 month period to March saw prices rise.",
    ),
]
WORDY_ROWS: list[tuple[str, str, str, str]] = [
    (
        "Thousands of men and women queued for tickets on Saturday.",
        "men and women",
        "people",
        "The league pays both men and women the same prize money.",
    ),
    (
        "Many folks in the valley lost power overnight.",
        "folks",
        "people",
        "Many people in the valley lost power overnight.",
    ),
    (
        "Fares rose, due to the fact the council cut the subsidy.",
        "due to the fact",
        "because",
        "Fares rose due to the fact that the council cut the subsidy.",
    ),
]

NOUNS_AS_VERBS = "# ---- nouns read as verbs and other part-of-speech slips"
NOUNS_AS_VERBS_ROWS: list[tuple[str, str, str, str]] = [
    (
        "Anderson took five wickets as England won the second take a look at in Leeds.",
        "take a look at",
        "test",
        "Let her take a look at the scorecard before the second innings.",
    ),
    (
        "The goalkeeper examined constructive for the virus and missed the match.",
        "examined constructive",
        "tested positive",
        "The review examined constructive criticism from the players.",
    ),
    (
        "Two nurses examined optimistic on Monday, the trust said.",
        "examined optimistic",
        "tested positive",
        "The report examined optimistic and gloomy forecasts.",
    ),
    (
        "All the passengers examined adverse for the infection.",
        "examined adverse",
        "tested negative",
        "The trial examined adverse events in older patients.",
    ),
    (
        "The rest of the crew examined damaging again on Friday.",
        "examined damaging",
        "tested negative",
        "The inquiry examined damaging claims made about the club.",
    ),
    (
        "Every guest examined unfavorable for the flu.",
        "examined unfavorable",
        "tested negative",
        "The panel examined unfavorable terms in the contract.",
    ),
    (
        "Both pilots examined unfavourable after the flight.",
        "examined unfavourable",
        "tested negative",
        "The court examined unfavourable rulings from lower courts.",
    ),
    (
        "The unemployment charge fell to 4.2 per cent in March.",
        "charge",
        "rate",
        "The bank dropped its service charge in March; he faces a murder charge.",
    ),
    (
        "Inflation charges across the region have eased this year.",
        "charges",
        "rates",
        "Interest charges on the card and transmission charges on the bill both rose.",
    ),
    (
        "Gross home product grew by 1.8 per cent last year.",
        "gross home product",
        "gross domestic product",
        "Gross domestic product grew by 1.8 per cent last year, and home products sold well.",
    ),
    (
        "The corporate stated on Monday that it would close two plants.",
        "the corporate",
        "the company",
        "Life in the corporate world suits her; the corporate tax rate is unchanged.",
    ),
    (
        "The former mayor handed away peacefully at home, aged 91.",
        "handed away",
        "passed away",
        "The striker handed away the ball; the old kit was handed away on Sunday.",
    ),
    (
        "Crews from the hearth division reached the barn within minutes.",
        "hearth division",
        "fire department",
        "Crews from the fire department reached the barn; the hearth was cold.",
    ),
    (
        "A spokesman for the well being division said the clinic would reopen.",
        "well being division",
        "health department",
        "A spokesman for the health department said staff well being mattered.",
    ),
    (
        "The phone maker pushed out a software program replace on Tuesday.",
        "replace",
        "update",
        "Use the replace button, or a replace-all command, to fix every typo at once.",
    ),
    (
        "Follow our reside updates from the count in Cardiff.",
        "reside",
        "live",
        "Follow our live updates; most of the voters reside in Cardiff.",
    ),
    (
        "The decide sentenced him to six years in prison.",
        "decide",
        "judge",
        "The court will decide whether to hear the case; let the judge decide.",
    ),
    (
        "He appeared in court on murder prices and was remanded in custody.",
        "prices",
        "charges",
        "Drug prices and food prices rose; he appeared in court on murder charges.",
    ),
    (
        "The driver was in essential situation in hospital last night.",
        "in essential situation",
        "in critical condition",
        "Nurses are trained to act in essential situations and in critical conditions.",
    ),
    (
        "The boy remains in crucial situation after the fall.",
        "in crucial situation",
        "in critical condition",
        "The boy remains in critical condition after the fall.",
    ),
    (
        "Two walkers were taken to hospital in steady situation.",
        "in steady situation",
        "in stable condition",
        "Two walkers were taken to hospital in stable condition.",
    ),
    (
        "She was later reported in secure situation, the police said.",
        "in secure situation",
        "in stable condition",
        "She was later reported in stable condition, in a secure unit.",
    ),
    (
        "The cyclist was listed in truthful situation on Sunday.",
        "in truthful situation",
        "in fair condition",
        "The cyclist was listed in fair condition; her account was truthful.",
    ),
    (
        "Covid instances rose for a third week in the county.",
        "instances",
        "cases",
        "In some instances of fraud the bank refused, and in a variety of instances it paid.",
    ),
]

SECTIONS = {
    ABOUT: ABOUT_ROWS,
    RECURRING: RECURRING_ROWS,
    WORDY: WORDY_ROWS,
    NOUNS_AS_VERBS: NOUNS_AS_VERBS_ROWS,
}


@pytest.mark.parametrize(
    ("spun", "span", "suggestion", "clean"), [row for rows in SECTIONS.values() for row in rows]
)
def test_entry_fires_in_its_frame_only(spun: str, span: str, suggestion: str, clean: str) -> None:
    assert_fires_in_frame_only(spun, span, suggestion, clean)


@pytest.mark.parametrize(
    "heading", list(SECTIONS), ids=["sixth pass", "seventh pass", "eighth pass", "tenth pass"]
)
def test_every_entry_of_the_section_has_a_row(heading: str) -> None:
    entries = lexicon_section(heading)
    rows = SECTIONS[heading]
    assert len(entries) == len(rows)
    assert {e.spun.lower() for e in entries} == {row[1].lower() for row in rows}
