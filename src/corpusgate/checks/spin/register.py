"""Regional news English: a register whose plain words spinners also print.

Newspapers of South Asia and West and East Africa write "upwards of 40 areas", "the SSP
stated" and "officials informed that" as ordinary English; spinners print the same words for
"more than", "said" and "told". Both lexicon entries and spin.attribution count them, at weights
meant to add up only beside other evidence, yet a long report in that register carries enough
of them to near the threshold: on blind set 11 one Bangladeshi port report reached it with
nothing else.

The register shows itself by idioms a spinner never prints: "as per", "informed that", "it may
be recalled", "lakh", "crore", "miscreants", "nabbed", "till date", "Monday last", "the said
land". A document with at least ``min_markers`` different ones is read in that register, and
its register-ambiguous phrases stop counting towards spin.score. Measured: 30 of 98 clean
regional and non-native documents of the development, blind and hard-negative sets show two or
more markers, against 2 of 4,568 other clean documents (documentation prose, Wikipedia and ABC
news included) and 26 of 563 spun documents, copies of texts in that register.
"""

from __future__ import annotations

import re

# One alternative per marker; a document counts the distinct ones it uses.
_MARKERS = (
    r"as per",
    r"informed that",
    r"(?:it )?may be (?:recalled|noted|mentioned)",
    r"lakhs?",
    r"crores?",
    r"do the needful",
    r"pre-?pon(?:e|ed|es|ing)",
    r"miscreants?",
    r"nabbed",
    r"till date",
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) last",
    r"the said (?:land|property|amount|vehicle|accused|person|order|notice|area|building|plot"
    r"|matter|company|officer|official)",
    r"further (?:informed|said|stated|added)",
    r"hon(?:ourable|\.)? (?:minister|court|justice|speaker)",
)
_MARKER_RE = re.compile(
    r"(?<![\w'])(?:" + "|".join(f"({m})" for m in _MARKERS) + r")(?![\w'])", re.IGNORECASE
)

# Phrases the register uses as plain English ("upwards of 40", "he stated", "informed that").
REGIONAL_PHRASES = ("upwards of", "stated", "informed")


def regional_markers(text: str, enough: int) -> int:
    """How many different markers of regional news English ``text`` uses, counted up to
    ``enough`` (the search stops there)."""
    seen: set[int] = set()
    for match in _MARKER_RE.finditer(text):
        seen.add(match.lastindex or 0)
        if len(seen) >= enough:
            break
    return len(seen)
