"""The console summary: expectations, worst examples, what is left to review, the verdict."""

from __future__ import annotations

import io

from corpusgate.report.terminal import REVIEW_SHOWN, render_terminal
from tests.report.test_html import hostile_report


def test_undecided_items_are_listed_under_to_review_with_their_note_once() -> None:
    report = hostile_report()
    outcome = report.expectations[0].id
    pairs = [[f"source-{i}", f"copy-{i}"] for i in range(REVIEW_SHOWN + 3)]
    report.corpus_statistics[outcome] = {
        "review": [{"documents": pair, "note": "which is the copy is unclear"} for pair in pairs]
    }
    out = io.StringIO()
    render_terminal(report, out)
    text = out.getvalue()
    assert f"To review ({REVIEW_SHOWN + 3})" in text
    assert text.count("which is the copy is unclear") == 1
    assert "source-0  ~  copy-0" in text
    assert f"source-{REVIEW_SHOWN - 1}  ~  copy-{REVIEW_SHOWN - 1}" in text
    assert f"source-{REVIEW_SHOWN}  ~" not in text
    assert "… and 3 more in the JSON and HTML reports" in text


def test_nothing_to_review_prints_no_heading() -> None:
    out = io.StringIO()
    render_terminal(hostile_report(), out)
    assert "To review" not in out.getvalue()
