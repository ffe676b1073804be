"""The fifth-pass lexicon section: WordNet lemmas printed for news words in attributions.

Each row is (spun sentence, span, suggestion, clean sentence): the spun reading is found with
its likely original, and the clean sentence, where the same word is ordinary English (legal
"aforesaid", chemistry's "H2O"), is not read as spun."""

from __future__ import annotations

import pytest

from tests.checks.spin.helpers import (
    assert_fires_in_frame_only,
    context_entries_without_a_row,
    lexicon_section,
)

SECTION = "# ---- WordNet-style spinners in attributions (fifth pass)"

ROWS: list[tuple[str, str, str, str]] = [
    (
        "Council officials aforesaid the shortfall would be closed by spring.",
        "aforesaid",
        "said",
        "The aforesaid land passes to the trust on the death of the owner.",
    ),
    (
        '"We will appeal," she aforesaid on Friday.',
        "aforesaid",
        "said",
        "The tenant shall pay the rent as aforesaid.",
    ),
    (
        "Marta Lindqvist, the head of the union, aforesaid that talks had stalled.",
        "aforesaid",
        "said",
        "The sum aforesaid shall be paid within thirty days.",
    ),
    (
        "Residents have had no H2O supply for three days.",
        "H2O",
        "water",
        "Each H2O molecule holds two hydrogen atoms.",
    ),
    (
        "Carry enough h2o for the whole walk.",
        "h2o",
        "water",
        "The sample held 4 percent H2O by weight.",
    ),
]


@pytest.mark.parametrize(("spun", "span", "suggestion", "clean"), ROWS)
def test_entry_fires_in_its_frame_only(spun: str, span: str, suggestion: str, clean: str) -> None:
    assert_fires_in_frame_only(spun, span, suggestion, clean)


def test_every_context_entry_of_the_section_has_a_row() -> None:
    entries = lexicon_section(SECTION)
    assert entries
    assert context_entries_without_a_row(entries, ROWS) == []
