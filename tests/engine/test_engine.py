from __future__ import annotations

import pytest

from corpusgate.documents import Document
from corpusgate.engine import CheckCrashed, run_suite
from corpusgate.expectations import evaluate
from corpusgate.readers.base import MalformedRecord
from corpusgate.suite import parse_suite

from . import checks_for_tests  # noqa: F401  (registers the test checks)

SUITE = parse_suite(
    """
name: engine-test
expectations:
  - check: input.malformed
  - check: test.letter-x
    mostly: 0.5
  - check: test.shared-line
    severity: warning
""",
    "engine-test.yml",
)


def corpus(size: int) -> list[Document | MalformedRecord]:
    docs: list[Document | MalformedRecord] = []
    for i in range(size):
        text = (
            f"document {i}\n"
            + ("has an x here\n" if i % 3 == 0 else "clean line\n")
            + "shared footer"
        )
        docs.append(Document(str(i), text, f"c.jsonl:{i + 1}"))
    docs.append(MalformedRecord(f"c.jsonl:{size + 1}", f"c.jsonl:{size + 1}", "invalid JSON"))
    return docs


def _summary(jobs: int, size: int) -> list[tuple[str, int, bool, list[str]]]:
    run = run_suite(corpus(size), SUITE, jobs=jobs)
    try:
        outcomes = evaluate(SUITE, run.results, run.documents_read)
        return [(o.id, o.failing_documents, o.success, o.failing_ids) for o in outcomes]
    finally:
        run.close()


def test_every_finding_is_kept_and_budgets_apply() -> None:
    outcome = {o[0]: o for o in _summary(jobs=1, size=30)}
    assert outcome["input.malformed"][1:3] == (1, False)
    assert outcome["test.letter-x"][1] == 10  # documents 0, 3, 6, ... 27
    assert outcome["test.letter-x"][2] is True  # 10 of 31 within mostly 0.5
    assert outcome["test.shared-line"][1] == 30  # corpus check, second pass


def test_parallel_output_equals_serial_output_in_order() -> None:
    # 500 documents is several batches, so worker processes really run.
    assert _summary(jobs=2, size=500) == _summary(jobs=1, size=500)


def test_document_results_keep_text_only_when_flagged() -> None:
    run = run_suite(corpus(6), SUITE, jobs=1)
    results = {r.id: r for r in run.results}
    assert results["0"].text is not None
    assert all(f.text == results["0"].text[f.start : f.end] for _, f in results["0"].all_findings())
    assert results["0"].signals["length"] == float(len(results["0"].text))
    assert run.corpus_statistics["test.shared-line"]["distinct_lines"] > 3
    run.close()


def test_a_crashing_check_names_the_document() -> None:
    suite = parse_suite("name: x\nexpectations:\n  - check: test.letter-x\n", "x.yml")
    bad = Document("1", None, "bad.jsonl:9")  # type: ignore[arg-type]
    with pytest.raises(CheckCrashed, match=r"bad\.jsonl:9"):
        run_suite([bad], suite, jobs=1)
