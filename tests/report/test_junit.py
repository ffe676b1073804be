"""JUnit XML: one test case per expectation, read back by junitparser as CI tools would."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from junitparser import Failure, JUnitXml, Skipped

from corpusgate.documents import Document
from corpusgate.report.junit import MAX_LISTED, write_junit
from corpusgate.report.model import Report

from . import reportkit as rk


def _report() -> Report:
    docs = rk.corpus(bad=[1, 3], size=10)
    docs.append(Document("odd", "An oddword in an otherwise fine article text here.", "b.jsonl:2"))
    docs.append(Document("odd2", "A second oddword, in another fine article text.", "b.jsonl:3"))
    return rk.build(docs)


def _cases(path: Path) -> dict[str, Any]:
    xml = JUnitXml.fromfile(str(path))
    return {case.name: case for suite in xml for case in suite}


def test_one_case_per_expectation_with_failures_and_counts(tmp_path: Path) -> None:
    report = _report()
    path = tmp_path / "junit.xml"
    write_junit(report, path)
    xml = JUnitXml.fromfile(str(path))
    suites = list(xml)
    assert len(suites) == 1
    suite = suites[0]
    assert suite.name == "report-test"
    cases = {case.name: case for case in suite}
    assert set(cases) == {e.id for e in report.expectations}
    assert {case.classname for case in cases.values()} == {"report-test"}

    bad = cases["bad-words"]
    assert len(bad.result) == 1 and isinstance(bad.result[0], Failure)
    failure = bad.result[0]
    assert "2 of 12 documents fail reporttest.word" in failure.message
    assert "allowed 0" in failure.message
    assert "corpus.jsonl:2  id=d1" in failure.text and "corpus.jsonl:4  id=d3" in failure.text
    assert "-> goodword" in failure.text

    # mostly 0.9 over 12 documents allows 1; two oddword documents fail the warning.
    odd = cases["odd-words"]
    assert len(odd.result) == 1 and isinstance(odd.result[0], Skipped)
    assert odd.result[0].message.startswith("warning: 2 of 12 documents fail")
    assert "b.jsonl:2" in (odd.system_out or "")
    assert cases["input.malformed"].is_passed

    assert (suite.tests, suite.failures, suite.errors, suite.skipped) == (5, 1, 0, 1)


def test_root_element_has_the_totals_ci_tools_read(tmp_path: Path) -> None:
    path = tmp_path / "junit.xml"
    write_junit(_report(), path)
    root = ET.parse(path).getroot()
    assert root.tag == "testsuites"
    for element in (root, root.find("testsuite")):
        assert element is not None
        for attribute in ("tests", "failures", "errors", "skipped", "time"):
            assert element.get(attribute) is not None, attribute
        float(element.get("time", "x"))
    suite = root.find("testsuite")
    assert suite is not None and suite.get("timestamp")
    names = {p.get("name"): p.get("value") for p in suite.iter("property")}
    assert names["verdict"] == "failed" and names["documents"] == "12"
    assert all(case.get("classname") and case.get("name") for case in suite.iter("testcase"))


def test_failure_lists_at_most_the_first_sources(tmp_path: Path) -> None:
    many = rk.corpus(bad=range(40), size=40)
    path = tmp_path / "junit.xml"
    write_junit(rk.build(many), path)
    failure = _cases(path)["bad-words"].result[0]
    listed = [line for line in failure.text.splitlines() if line.startswith("corpus.jsonl:")]
    assert len(listed) == MAX_LISTED
    assert f"and {40 - MAX_LISTED} more document(s)" in failure.text


def test_characters_xml_cannot_carry_are_replaced(tmp_path: Path) -> None:
    text = "A badword\x0b with\x00 control characters \ud800."
    docs = [Document("bell\x07id", text, "c\x1b.jsonl:1")]
    path = tmp_path / "junit.xml"
    write_junit(rk.build(docs), path)
    failure = _cases(path)["bad-words"].result[0]
    assert "bell\ufffdid" in failure.text and "c\ufffd.jsonl:1" in failure.text


def test_a_passing_run_has_no_failures(tmp_path: Path) -> None:
    path = tmp_path / "junit.xml"
    write_junit(rk.build(rk.corpus(size=5)), path)
    root = ET.parse(path).getroot()
    assert root.get("failures") == "0" and root.get("skipped") == "0"
    assert all(case.is_passed for case in _cases(path).values())


def test_drift_signals_become_test_cases(tmp_path: Path) -> None:
    from .test_baseline import DRIFT, _sized, gate

    report = gate(_sized("c", 40, 30), _sized("a", 40, 10), extra_suite=DRIFT)
    path = tmp_path / "junit.xml"
    write_junit(report, path)
    xml = JUnitXml.fromfile(str(path))
    drift = [case for suite in xml for case in suite if case.classname == "report-test.drift"]
    assert [case.name for case in drift] == ["words"]
    assert isinstance(drift[0].result[0], Failure) and "words drifted" in drift[0].result[0].message
    names = {p.name: p.value for suite in xml for p in suite.properties()}
    assert names["baseline_fail_on"] == "new"
