"""Regional news English: its markers, and spin.score not counting the phrases the register
uses as plain English. All texts are written for these tests."""

from __future__ import annotations

from corpusgate.checks.spin.register import regional_markers
from tests.checks.spin.helpers import flagged, run

# A municipal report in the register: "as per", "informed that", "miscreants", "Monday last".
REGIONAL = (
    "The water supply in upwards of 30 wards will remain suspended on Thursday, the "
    "municipal commissioner stated. As per the notice, repairs to the main pipeline damaged "
    "by miscreants on Monday last will take two days. The executive engineer informed that "
    "upwards of 60 per cent of the work was complete, and tankers would serve upwards of 12 "
    "housing colonies, he stated. Residents stated that the tankers had not reached upwards "
    "of half the lanes, and the corporator informed the officials about the shortage. "
) * 2
# The same report with one marker left ("informed that"), and with none.
ONE_MARKER = REGIONAL.replace("As per the notice", "Under the notice").replace(
    "by miscreants on Monday last", "by vandals last Monday"
)
PLAIN = ONE_MARKER.replace("informed that", "said that")


def test_markers_are_counted_once_each_and_up_to_enough() -> None:
    # as per, miscreants, Monday last, informed that: four, however often each recurs
    assert regional_markers(REGIONAL, 10) == 4
    assert regional_markers(REGIONAL, 2) == 2
    assert regional_markers(PLAIN, 10) == 0
    # words inside other words are not markers
    assert regional_markers("The caspery perimeter grew by two lakhside homes.", 10) == 0
    assert regional_markers("Two lakh rupees were seized, the said vehicle impounded.", 10) == 2


def test_the_registers_plain_phrases_do_not_count_in_it() -> None:
    assert not flagged(REGIONAL)
    assert run("spin.score", REGIONAL).signals["spin_score"] == 0.0
    # in another register the same phrases add up to a spun verdict
    assert flagged(PLAIN)
    # switched off, or with no phrase listed, the register changes nothing
    off = run("spin.score", REGIONAL, regional_min_markers=0).signals["spin_score"]
    assert off > 4.5 and flagged(REGIONAL, regional_min_markers=0)
    assert run("spin.score", REGIONAL, regional_phrases=[]).signals["spin_score"] == off
    # one marker is not the register
    assert regional_markers(ONE_MARKER, 10) == 1 and flagged(ONE_MARKER)


def test_corporate_as_a_noun_is_the_registers_business_english() -> None:
    # Indian business English: "the corporate has to pay" means the company, as the spinner's
    # "the corporate stated" does; in the register it is the writer's own English
    business = (
        "As per the new rules, the corporate has to file its returns by the 15th. The said "
        "firm informed that it will comply. "
    ) * 3
    assert regional_markers(business, 10) >= 2
    assert run("spin.score", business).signals["spin_weight"] == 0.0
    plain = business.replace("As per the new rules", "Under the new rules").replace(
        "The said firm informed that", "The firm said"
    )
    assert run("spin.score", plain).signals["spin_weight"] > 0.0


def test_spinner_phrases_still_count_in_the_register() -> None:
    spun = (
        REGIONAL
        + (
            "The civic body has sought financial help from the condition authorities has stated "
            "that the final 12 months noticed a essential shortfall in funding. "
        )
        * 2
    )
    assert flagged(spun)
