"""Red team of the tenth lexicon pass (nouns read as verbs): clean English that fired.

Each COLLISIONS sentence is ordinary published English (photo captions, tribunal and trial
reports, football and commodity news, cloud and machine-learning writing) on which a tenth-pass
entry, or the older "safety replace" that outranks the tenth pass's "replace", reported spin
before its rule was narrowed. STILL_FIRES holds, for every entry narrowed, a spun frame that must
still be read, so a later narrowing cannot quietly drop the entry's purpose. CONTROLS are
sentences in the same registers that never fired, kept so that a widened rule is caught.

All sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.checks.spin.helpers import EVERY_ENTRY, spans, suggestions

# (entry, clean sentence on which it fired before its rule was narrowed)
COLLISIONS: list[tuple[str, str]] = [
    # photo captions and study tips: "take" is the verb after a noun the rule lists
    (
        "take a look at",
        "Guests at the opening take a look at the restored murals in the east wing.",
    ),
    ("take a look at", "Fans at the final take a look at the trophy before kick-off on Saturday."),
    ("take a look at", "Students revising for the final take a look at last year's papers."),
    ("take a look at", "Critics at the screening take a look at the director's new cut."),
    ("take a look at", "Before you sign this take a look at the small print on page four."),
    # a hyphen, or a comma that opens a list of adjectives, is not the end of "tested positive"
    (
        "examined constructive",
        "The tribunal examined constructive-dismissal claims from three managers.",
    ),
    (
        "examined adverse",
        "The regulator examined adverse-event reports filed between 2019 and 2021.",
    ),
    (
        "examined adverse",
        "The committee examined adverse, serious and unexpected reactions in the trial.",
    ),
    (
        "examined optimistic",
        "The paper examined optimistic, central and pessimistic scenarios for growth.",
    ),
    (
        "examined damaging",
        "The inquiry examined damaging, and in places defamatory, claims about the club.",
    ),
    (
        "examined unfavourable",
        "The court examined unfavourable, not merely neutral, terms in the lease.",
    ),
    # "charge that" as the verb of critics; a football club's late run
    (
        "charge",
        "Economists worried about inflation charge that the central bank acted far too late.",
    ),
    ("charge", "Campaigners against poverty charge that ministers ignored the report."),
    ("charges", "A charity fighting poverty charges that the council cut the grant in secret."),
    ("charge", "Critics of the plan for growth charge that it ignores the north."),
    ("charge", "Opponents of the war on obesity charge that the sugar levy hits poorer families."),
    ("charge", "Unions concerned about unemployment charge that the scheme is underfunded."),
    ("charge", "Everton's late survival charge stalled at Villa Park on Saturday."),
    ("charge", "Leeds led the survival charge in the final weeks of the season."),
    ("charges", "The club's survival charges have become an annual ritual."),
    # "corporate" the adjective before the noun "plans", or a hyphenated noun
    ("the corporate", "The corporate plans of both firms were filed with the regulator in May."),
    ("the corporate", "Analysts compared the corporate plans of the three banks."),
    ("the corporate", "Reading the corporate has-beens' memoirs is rarely rewarding."),
    ("handed away", "The points we handed away in stoppage time will haunt us."),
    # "replace" the verb, with its object after it
    ("replace", "Firms that outgrow the software replace it with a custom build."),
    ("safety replace", "Crews trained in safety replace the filters every month."),
    ("replace", "Nurses on the ward daily replace the dressings on the wound."),
    ("replace", "Operators who log the readings weekly replace the cartridges as needed."),
    ("replace", "Some editors let you do a replace across every open file."),
    ("replace", "Teams that audit their security replace passwords every quarter."),
    ("replace", "Parents of a minor replace lost passports through a separate form."),
    ("replace", "Those who switch their major replace two of the core modules."),
    ("replace", "Patients who reach stable status replace the drip with oral tablets."),
    ("reside", "The servers where the data reside stream logs to a central store."),
    # "decide" the verb after a court or an area
    ("decide", "Residents of each county decide their own school calendars."),
    ("decide", "Courts in each circuit decide appeals in slightly different ways."),
    ("decide", "Officers at immigration decide most asylum claims within six months."),
    ("decide", "Voters in the county decide most local races in the spring primary."),
    ("decide", "Judges in each district decide sentencing guidelines for minor offences."),
    ("decide", "Panels of the administrative decide disputes over benefits."),
    # oilseed rape is a crop with a market price; "prices out" is a verb
    ("prices", "Oilseed rape prices hit a record in Paris this week."),
    ("prices", "UK rape prices firmed on the back of stronger soya."),
    ("prices", "Winter rape prices followed wheat lower on Tuesday."),
    ("prices", "Insurance fraud prices out honest drivers, the association said."),
    ("prices", "Corruption prices ordinary families out of the courts."),
    # "on the whole" without its comma; instances as samples of a data set or malware
    ("instances", "On the whole instances like these are rare in the ward."),
    ("instances", "The dataset contains 3,616 COVID instances and 10,192 normal instances."),
    ("instances", "We trained the model on 500 Covid instances from the public repository."),
    ("instances", "We collected 300 polymorphic virus instances from the honeypot."),
]

CONTROLS: list[str] = [
    "Could you ask the nurse to take a look at the dressing before lunch?",
    "Let her take a look at the results before we call the lab.",
    "The chemist asked the technician to take a look at the titration curve.",
    "Our engineers will take a look at the failing build tomorrow morning.",
    "I'd like the GP to take a look at my knee.",
    "The defence examined constructive criticism from the jury consultant.",
    "The study examined adverse outcomes after hip surgery.",
    "The reviewer examined optimistic assumptions in the model.",
    "The bank levies a service charge on overdrafts.",
    "She faces murder charges over the death of her neighbour.",
    "The corporate makeover of the old mill took two years.",
    "The corporate world suits her well.",
    "He handed away the ball cheaply in midfield.",
    "The former nurse passed away peacefully at home aged 88.",
    "Engineers replace the worn bearings every spring.",
    "The firm pushed a firmware update to fix the bug.",
    "Most of our readers reside abroad.",
    "Where they reside matters less than how they vote.",
    "Members of the public reside in the flats above the shop.",
    "The judge will decide the case next week.",
    "The jury must decide whether he is guilty.",
    "Let the magistrate decide, she said.",
    "The court found the minor credible.",
    "Drug prices and fuel prices rose sharply in Lagos this year.",
    "Wholesale prices fell after the robbery, the shopkeeper said.",
    "On the whole, instances of abuse are rare.",
    "Instances of late payment fell last year.",
    "Cloud customers can resize their instances without downtime.",
    "Terminate idle EC2 instances to cut the monthly bill.",
    "The database instances were patched overnight.",
    "The patient is in a critical condition in the intensive care unit.",
    "The team faces a crucial situation ahead of the derby.",
]

# (spun sentence, span, suggestion): a frame of each narrowed entry that is still read
STILL_FIRES: list[tuple[str, str, str]] = [
    ("England won the opening take a look at by six wickets.", "take a look at", "test"),
    ("He failed a drug take a look at this week and was banned.", "take a look at", "test"),
    (
        "The striker examined constructive, the club said on Monday.",
        "examined constructive",
        "tested positive",
    ),
    ("All the passengers examined adverse.", "examined adverse", "tested negative"),
    ("Two nurses examined optimistic on Monday.", "examined optimistic", "tested positive"),
    ("The crew examined damaging again on Friday.", "examined damaging", "tested negative"),
    (
        "Both pilots examined unfavourable after the flight.",
        "examined unfavourable",
        "tested negative",
    ),
    ("The five-year survival rate is 60 per cent; the obesity charge is rising.", "charge", "rate"),
    ("The infection charge reported on Friday was the highest since May.", "charge", "rate"),
    ("Inflation charges across the region have eased this year.", "charges", "rates"),
    ("The corporate plans to cut 300 jobs.", "the corporate", "the company"),
    ("The corporate has denied the claims.", "the corporate", "the company"),
    ("He handed away on Friday after a short illness.", "handed away", "passed away"),
    ("The latest replace fixes the battery drain.", "replace", "update"),
    ("Users should install the security replace as soon as possible.", "replace", "update"),
    ("A safety replace for the app arrives next week.", "safety replace", "security update"),
    ("Watch the reside stream of the match here.", "reside", "live"),
    ("The decide dismissed the case on Monday.", "decide", "judge"),
    ("A federal decide ruled that the ban was unlawful.", "decide", "judge"),
    ("He was cleared of murder prices in 2019.", "prices", "charges"),
    ("She faces fraud prices over the missing funds.", "prices", "charges"),
    ("There were 5,000 Covid instances reported on Sunday.", "instances", "cases"),
    ("Omicron instances doubled in two days.", "instances", "cases"),
]


@pytest.mark.parametrize(("entry", "clean"), COLLISIONS)
def test_collision_is_not_read_as_spin(entry: str, clean: str) -> None:
    assert spans(clean, **EVERY_ENTRY) == []


@pytest.mark.parametrize("clean", CONTROLS)
def test_control_sentence_is_not_read_as_spin(clean: str) -> None:
    assert spans(clean, **EVERY_ENTRY) == []


@pytest.mark.parametrize(("spun", "span", "suggestion"), STILL_FIRES)
def test_narrowed_entry_still_reads_its_spun_frame(spun: str, span: str, suggestion: str) -> None:
    found = {text.lower(): value for text, value in suggestions(spun).items()}
    assert found.get(span) == suggestion, found


def test_every_narrowed_entry_keeps_a_spun_frame() -> None:
    narrowed = {entry for entry, _ in COLLISIONS}
    assert narrowed <= {span for _, span, _ in STILL_FIRES}
