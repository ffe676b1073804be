"""Shared helpers for the artifact tests: run a check on a text, list what it flagged."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from corpusgate.checks.base import Check, DocContext
from corpusgate.documents import CheckOutput, Document, Finding


def run(check: Check[Any], text: str) -> CheckOutput:
    doc = Document("doc", text, "test")
    return check.run(doc, DocContext(doc))


def findings(check: Check[Any], text: str) -> tuple[Finding, ...]:
    output = run(check, text)
    for finding in output.findings:
        assert text[finding.start : finding.end] == finding.text
        assert finding.check == check.name
        assert finding.message
    return output.findings


def flagged(check: Check[Any], text: str) -> list[str]:
    return [f.text for f in findings(check, text)]


# Ordinary news vocabulary with the near misses artifact checks must not trip on: the words
# "ad", "advertisement", "sponsored", "read", "more", "source", "share" inside sentences.
VOCABULARY = (
    "the",
    "council",
    "approved",
    "budget",
    "on Tuesday",
    "officials said",
    "an ad campaign",
    "the advertisement ran",
    "for a week",
    "read more about it",
    "in our report",
    "a source",
    "close to the talks",
    "share this information",
    "with the public",
    "a sponsored bill",
    "the Senate vote was 68-31",
    "WASHINGTON (AP) — The",
    "“We will fight,” she said.",
    "AT&T",
    "R&D",
    "[sic]",
    "[1]",
    "Zürich",
    "São Paulo",
    "Müller",
    "prices rose 5%",
    "$1.25 billion",
    "click",
    "subscribers",
    "related",
    "print",
    "email",
    "follow",
    "tags",
    "comments",
    "cookies",
    "link",
    "post",
    "first",
    "Ad hoc",
    "ads",
    "sponsored",
)
sentences = st.lists(st.sampled_from(VOCABULARY), min_size=3, max_size=14).map(" ".join)
clean_texts = st.lists(sentences, min_size=1, max_size=12).map("\n".join)
