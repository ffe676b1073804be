"""Regional news English: a register whose plain words spinners also print.

Newspapers of South Asia and West and East Africa write "upwards of 40 areas", "the SSP
stated" and "officials informed that" as ordinary English; spinners print the same words for
"more than", "said" and "told". Both lexicon entries and spin.attribution count them, at weights
meant to add up only beside other evidence, yet a long report in that register carries enough
of them to near the threshold: on blind set 11 one Bangladeshi port report reached it with
nothing else.

The register shows itself by idioms a spinner never prints: "as per", "informed that", "it may
be recalled", "lakh", "crore", "miscreants", "nabbed", "till date", "Monday last", "the said
land". A document with at least spin.score's ``regional_min_markers`` (2) different ones is
read in that register, and its register-ambiguous phrases stop counting towards spin.score.
Measured: 40 of 140 clean regional and non-native documents of the development, blind and
hard-negative sets show two or more markers, against 2 of 4,618 other clean documents
(documentation prose, Wikipedia and ABC news included) and 32 of 595 spun documents, all 29 of
those whose source is in the set copies of texts in that register.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product

from corpusgate.checks.spin.lexicon import PhraseScanner
from corpusgate.checks.spin.tokens import is_boundary, prepare

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SAID_NOUNS = (
    "land", "property", "amount", "vehicle", "accused", "person", "order", "notice", "area",
    "building", "plot", "matter", "company", "officer", "official",
)  # fmt: skip
# One tuple per marker, of the forms it is written in (matched as whole words, any case); a
# document counts the distinct markers it uses.
_MARKERS: tuple[tuple[str, ...], ...] = (
    ("as per",),
    ("informed that",),
    ("may be recalled", "may be noted", "may be mentioned"),
    ("lakh", "lakhs"),
    ("crore", "crores"),
    ("do the needful",),
    tuple(f"{pre}{end}" for pre, end in product(("prepon", "pre-pon"), ("e", "ed", "es", "ing"))),
    ("miscreant", "miscreants"),
    ("nabbed",),
    ("till date",),
    tuple(f"{day} last" for day in _WEEKDAYS),
    tuple(f"the said {noun}" for noun in _SAID_NOUNS),
    ("further informed", "further said", "further stated", "further added"),
    tuple(
        f"{title} {office}"
        for title, office in product(
            ("hon", "hon.", "honourable"), ("minister", "court", "justice", "speaker")
        )
    ),
)

# Phrases the register uses as plain English ("upwards of 40", "he stated", "informed that";
# South Asian business English has "corporate" as a noun: "the corporate has to pay").
REGIONAL_PHRASES = ("upwards of", "stated", "informed", "the corporate")


@lru_cache(maxsize=1)
def _scanner() -> PhraseScanner[int]:
    # A DFA over a few dozen keys reads an article in hundredths of a millisecond (a regex of
    # the alternatives took 0.7 ms).
    return PhraseScanner(
        {form: marker for marker, forms in enumerate(_MARKERS) for form in forms}, dfa=True
    )


def regional_markers(text: str, enough: int) -> int:
    """How many different markers of regional news English ``text`` uses, counted up to
    ``enough`` (the search stops there)."""
    scanned = prepare(text).collapsed_runs()[0]  # lower case, line breaks as single spaces
    scanner = _scanner()
    seen: set[int] = set()
    for index, start, end in scanner.matches(scanned):
        if not is_boundary(scanned, start, end):
            continue  # part of a longer word: "crore" in "crores" is its own form
        seen.add(scanner.values[index])
        if len(seen) >= enough:
            break
    return len(seen)
