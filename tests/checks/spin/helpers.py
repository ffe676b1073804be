"""Shared helpers for the spin check tests."""

from __future__ import annotations

from typing import Any

from corpusgate.checks import get_check
from corpusgate.checks.base import DocContext
from corpusgate.checks.spin.lexicon import DATA_DIR, Entry, parse_lexicon
from corpusgate.documents import CheckOutput, Document, Finding

# spin.phrase parameters that report every entry, a light one alone too: what tests of the
# lexicon itself read (the reporting policy has tests of its own).
EVERY_ENTRY: dict[str, float] = {"min_weight": 0.0, "min_weight_alone": 0.0}


def run(name: str, text: str, **params: Any) -> CheckOutput:
    doc = Document("t", text, "test")
    return get_check(name).from_mapping(params).run(doc, DocContext(doc))


def phrase_findings(text: str, **params: Any) -> list[Finding]:
    return list(run("spin.phrase", text, **params).findings)


def spans(text: str, **params: Any) -> list[str]:
    return [f.text for f in phrase_findings(text, **params)]


def flagged(text: str, **params: Any) -> bool:
    return bool(run("spin.score", text, **params).findings)


def check_findings_consistent(text: str, findings: list[Finding]) -> None:
    for f in findings:
        assert text[f.start : f.end] == f.text
        assert 0.0 < f.confidence <= 1.0


def suggestions(text: str) -> dict[str, str | None]:
    """Every spin.phrase finding of ``text`` (whatever its weight): span text -> suggestion."""
    findings = phrase_findings(text, **EVERY_ENTRY)
    check_findings_consistent(text, findings)
    return {f.text: f.suggestion for f in findings}


# Section headings of the passes appended after the third ("... (fourth pass) ----"): a
# section read up to the next heading ends where one of these begins.
LATER_PASSES = (
    "(fourth pass) ----",
    "(fifth pass) ----",
    "(sixth pass) ----",
    "(seventh pass) ----",
    "(eighth pass) ----",
    "(ninth pass) ----",
    "(tenth pass) ----",
)


def lexicon_section(heading: str, until: str | None = None) -> list[Entry]:
    """The shipped lexicon's entries from the line starting with ``heading`` to the line
    starting with ``until`` (default: the next "# ---- " section heading, or the end)."""
    lines = (DATA_DIR / "lexicon.tsv").read_text("utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(heading))
    stop = until or "# ---- "
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith(stop)), len(lines))
    body = "spun\toriginal\tkind\tweight\tcontext\n" + "\n".join(lines[start + 1 : end])
    return list(parse_lexicon(body, f"lexicon section {heading!r}").entries)


def assert_fires_in_frame_only(spun: str, span: str, suggestion: str, clean: str) -> None:
    """A lexicon table row: in ``spun`` a finding covering ``span`` suggests ``suggestion``
    (case-insensitively on the span: sentence starts and plural forms count), and nothing in
    ``clean`` (the original wording, or the words used legitimately) suggests it."""
    found = {text.lower(): value for text, value in suggestions(spun).items()}
    assert any(
        span.lower() in text and value and suggestion in value for text, value in found.items()
    ), found
    assert not any(value and suggestion in value for value in suggestions(clean).values())


def context_entries_without_a_row(
    entries: list[Entry], *tables: list[tuple[str, str, str, str]]
) -> list[str]:
    """The entries with a context rule whose spun phrase no table row (spun sentence, span,
    suggestion, clean sentence) has as its span."""
    covered = {row[1].lower() for table in tables for row in table}
    return [e.spun for e in entries if e.context and e.spun.lower() not in covered]


def reporting(text: str, phrase: str, suggestion: str, *, whole: bool = False) -> list[float]:
    """Confidences of the spin.phrase findings (any weight) that suggest ``suggestion`` over
    ``phrase`` in ``text``: overlapping it, or covering all of it (``whole``), so that a shorter
    entry of another section reporting part of the phrase can be told apart."""
    start = text.lower().index(phrase.lower())
    end = start + len(phrase)
    return [
        f.confidence
        for f in phrase_findings(text, **EVERY_ENTRY)
        if f.suggestion
        and suggestion in f.suggestion
        and ((f.start <= start and end <= f.end) if whole else (f.start < end and start < f.end))
    ]


def clean_sides_are_collisions(
    collisions: list[tuple[str, str, str]], still_fires: list[tuple[str, str, str, str]]
) -> bool:
    """A red-team table's narrowed entries each have a positive whose clean side is one of its
    collisions, so the two lists cannot drift apart silently."""
    clean = {text for text, _, _ in collisions}
    return all(row[3] in clean for row in still_fires)
