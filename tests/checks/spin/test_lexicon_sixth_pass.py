"""The sixth-pass lexicon section: crowd-thesaurus spinners printing a topic synonym of "about"
("regarding", "concerning") where it means "approximately".

Each row is (spun sentence, span, suggestion, clean sentence): the spun reading is found with
its likely original, and the clean sentence, where the same word is ordinary English before a
number ("data concerning 2 million customers", "the complaint was regarding 3 invoices"), is
not read as spun. All sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.checks.spin.helpers import (
    assert_fires_in_frame_only,
    context_entries_without_a_row,
    lexicon_section,
)

ABOUT = (
    '# ---- crowd-thesaurus spinners: "about" (approximately) as its topic sense (sixth pass) ----'
)

ROWS: list[tuple[str, str, str, str]] = [
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


@pytest.mark.parametrize(("spun", "span", "suggestion", "clean"), ROWS)
def test_entry_fires_in_its_frame_only(spun: str, span: str, suggestion: str, clean: str) -> None:
    assert_fires_in_frame_only(spun, span, suggestion, clean)


def test_every_context_entry_of_the_section_has_a_row() -> None:
    entries = lexicon_section(ABOUT)
    assert len(entries) == 4
    assert context_entries_without_a_row(entries, ROWS) == []
