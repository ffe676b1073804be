"""Property tests: substitutions are found where they are made; clean English stays clean."""

from __future__ import annotations

from hypothesis import given, note
from hypothesis import strategies as st

from corpusgate.checks.spin.lexicon import Entry, shipped_lexicon
from tests.checks.spin.helpers import check_findings_consistent, phrase_findings, run

SUBJECTS = [
    "The minister",
    "Local officials",
    "The company",
    "Police officers",
    "The central bank",
    "Researchers",
    "The mayor",
    "Two senators",
    "The union",
    "Residents",
    "The coach",
    "Health officials",
    "The committee",
    "Investors",
    "The airline",
]
VERBS = ["said", "announced", "warned", "confirmed", "reported", "argued", "told reporters"]
COMPLEMENTS = [
    "that the final decision would come next week",
    "that the meeting had been postponed until March",
    "that prices rose sharply last year",
    "that the military was ready to help",
    "that financial markets remained calm",
    "that the authorities had acted quickly",
    "that the plan would cost thousands of dollars",
    "that more than 2,500 people attended the event",
    "that the economy grew by 2 percent over the past year",
    "that the study was published in a medical journal",
    "that support for the bill was strong",
    "that the war had damaged the region's economy",
    "that talks would continue in the coming months",
    "that the government would hold an election in the spring",
    "that the team played its best game of the season",
    "that the new rules would take effect in January",
    "that the hospital treated dozens of patients",
    "that the storm cut power to thousands of homes",
    "that officers arrested two men near the station",
    "that the final 12 months of the contract were the hardest",
]
ADJUNCTS = [
    "",
    " on Monday",
    " in a statement",
    " at a news conference",
    ", according to a report",
    " in an interview",
    " last week",
    " this year",
]

sentence = st.builds(
    lambda s, v, c, a: f"{s} {v} {c}{a}.",
    st.sampled_from(SUBJECTS),
    st.sampled_from(VERBS),
    st.sampled_from(COMPLEMENTS),
    st.sampled_from(ADJUNCTS),
)
clean_document = st.lists(sentence, min_size=1, max_size=8).map(" ".join)


@given(clean_document)
def test_clean_sentences_from_common_english_produce_no_findings(text: str) -> None:
    assert phrase_findings(text) == []
    assert run("spin.collocation", text).findings == ()
    assert run("spin.score", text).findings == ()


def _unconditional(entry: Entry) -> bool:
    return (
        not entry.context
        and entry.weight >= 0.8
        and entry.kind in ("phrase", "name", "tortured")
        and entry.spun[:1].isalpha()
    )


UNCONDITIONAL = sorted(
    (e for e in shipped_lexicon().entries if _unconditional(e)), key=lambda e: e.spun
)


@given(
    frame=st.tuples(st.sampled_from(SUBJECTS), st.sampled_from(VERBS)),
    entry=st.sampled_from(UNCONDITIONAL),
    tail=st.sampled_from(ADJUNCTS),
)
def test_known_substitutions_are_found_at_their_span(
    frame: tuple[str, str], entry: Entry, tail: str
) -> None:
    subject, verb = frame
    prefix = f"{subject} {verb} that "
    text = f"{prefix}{entry.spun} mattered{tail}."
    start, end = len(prefix), len(prefix) + len(entry.spun)
    findings = phrase_findings(text)
    note(repr([(f.text, f.suggestion) for f in findings]))
    check_findings_consistent(text, findings)
    covering = [f for f in findings if f.start <= start and end <= f.end]
    assert covering, f"{entry.spun!r} not found in {text!r}"
    exact = [f for f in covering if (f.start, f.end) == (start, end)]
    if exact:
        assert exact[0].suggestion == entry.original


SUBSTITUTIONS = [
    # (clean sentence, original, spun): single-word swaps in frames where the swap is odd
    ("The meetings come at a critical juncture for the region.", "critical", "essential"),
    ("At the same time, the Kremlin appears cautious.", "same", "identical"),
    ("It was also a rare year for the company.", "also", "additionally"),
    ("Prices rose in the second quarter.", "in", "successful"),
    ("Stocks fell on Monday after the report.", "on", "connected"),
    ("The officials said the decision would come soon.", "economic", "financial"),
]


@given(st.sampled_from(SUBSTITUTIONS), st.sampled_from(["", "Meanwhile, "]))
def test_statistical_detector_finds_reversible_swaps(case: tuple[str, str, str], lead: str) -> None:
    clean, original, spun = case
    if f" {original} " not in f" {clean} " and not clean.startswith(original.capitalize()):
        return  # this case only checks the clean side
    assert run("spin.collocation", lead + clean).findings == ()
    swapped = (lead + clean).replace(f" {original} ", f" {spun} ", 1)
    if swapped == lead + clean:
        swapped = lead + clean.replace(original.capitalize(), spun.capitalize(), 1)
    start = swapped.lower().index(spun)
    findings = list(run("spin.collocation", swapped).findings) + phrase_findings(swapped)
    assert any(f.start <= start < f.end for f in findings), swapped


@given(st.text(max_size=400))
def test_any_text_gives_consistent_spans(text: str) -> None:
    for name in ("spin.phrase", "spin.collocation", "spin.score"):
        out = run(name, text)
        check_findings_consistent(text, list(out.findings))
