"""The ninth lexicon pass: institution names and titles with a word swapped by a crowd thesaurus.

The section is generated (benchmarks/build_name_entries.py), so its rows are too: every entry
is found, with its name as the suggestion, where a name stands ("told the Excessive Court"),
and neither the real name in the same place, nor the same words in lower case, nor the words
opening a sentence (where capitals say nothing), nor a two-word rendering printed in title case
("Health Care Centre", a real name; the spinner prints "Health care Centre") suggest it. All
frames are written for these tests."""

from __future__ import annotations

import pytest

from corpusgate.checks.spin.lexicon import Entry
from tests.checks.spin.helpers import lexicon_section, suggestions

NAMES = "# ---- institution names and titles with a word swapped by a crowd thesaurus"
ENTRIES = lexicon_section(NAMES)

# A name inside a sentence, and a company name before a legal form.
FRAME = "Lawyers for the families wrote to the {} on Monday, a spokesman said."
COMPANY = "Shares of Kestrel Infotech {} rose after the results, the exchange said."


def frame(entry: Entry) -> str:
    return COMPANY if entry.before else FRAME


def test_the_section_is_large_and_names_only() -> None:
    assert len(ENTRIES) > 1000
    assert {e.kind for e in ENTRIES} == {"name"}
    assert all(e.case and e.mid for e in ENTRIES)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.spun for e in ENTRIES])
def test_entry_fires_where_a_name_stands_and_not_on_the_name(entry: Entry) -> None:
    spun = frame(entry).format(entry.spun)
    # (an older, longer entry may report the name with its article: "the Federal Authorities")
    assert any(
        entry.spun.lower() in text.lower() and value and entry.original.lower() in value.lower()
        for text, value in suggestions(spun).items()
    ), suggestions(spun)
    assert not any(suggestions(frame(entry).format(entry.original)).values())


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.spun for e in ENTRIES])
def test_entry_needs_its_capitals_and_a_place_inside_a_sentence(entry: Entry) -> None:
    lower = frame(entry).format(entry.spun.lower())
    opening = f"{entry.spun} officials met on Monday. Nothing else was said."
    for text in (lower, opening):
        assert entry.original not in {v for v in suggestions(text).values() if v}, text


TWO_WORD_RENDERINGS = [e for e in ENTRIES if e.word_lowers]


@pytest.mark.parametrize("entry", TWO_WORD_RENDERINGS, ids=[e.spun for e in TWO_WORD_RENDERINGS])
def test_a_rendering_printed_in_title_case_is_a_real_name(entry: Entry) -> None:
    # "Health care Centre" is a spinner's; "Health Care Centre" is a name people give.
    titled = " ".join(word[:1].upper() + word[1:] for word in entry.spun.split(" "))
    # (a part of it may still be another entry's: "Overall Health Clergyman" holds "Health
    # Clergyman", one word swapped in "Health Minister")
    assert titled not in suggestions(frame(entry).format(titled))
