"""JUnit XML, the format Jenkins, GitLab and most CI dashboards read (``--junit FILE``).

The layout follows the de-facto schema those tools parse (the Ant/Jenkins ``junit-10.xsd``)::

    <testsuites name="corpusgate" tests=".." failures=".." errors="0" skipped=".." time="..">
      <testsuite name="SUITE" tests=".." failures=".." errors="0" skipped=".." time="..">
        <properties>...</properties>
        <testcase classname="SUITE" name="EXPECTATION_ID" time="0">
          <failure message="12 of 500 documents fail artifact.ad-marker (allowed 0)" type="error">
            the first failing documents with their source and findings
          </failure>
        </testcase>

- one test case per expectation; ``classname`` is the suite name;
- an unmet **error** expectation is a ``<failure>``: the message has the counts and the budget,
  the body the first :data:`MAX_LISTED` failing documents (source, id, findings);
- an unmet **warning** expectation does not fail the build: it is a passing test case with a
  ``<skipped message="warning: ...">`` marker, which Jenkins and GitLab show as skipped (yellow)
  so it stays visible without turning the pipeline red, plus the same details in
  ``<system-out>``;
- with a baseline, one extra test case per drift-gated signal (``classname`` SUITE.drift).

XML 1.0 cannot carry every character a corpus may hold (control characters, lone surrogates);
those are replaced by U+FFFD so the file always parses.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from corpusgate.expectations import ExpectationResult
from corpusgate.report.atomic import atomic_writer
from corpusgate.report.baseline import baseline_section
from corpusgate.report.model import Report

MAX_LISTED = 20
MAX_FINDINGS_PER_DOCUMENT = 5
MAX_TEXT = 200

# Characters outside XML 1.0's Char production.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: Any) -> str:
    return _NOT_XML.sub("\ufffd", str(value))


def _element(tag: str, parent: ET.Element | None = None, **attributes: Any) -> ET.Element:
    attrs = {key: xml_text(value) for key, value in attributes.items() if value is not None}
    if parent is None:
        return ET.Element(tag, attrs)
    return ET.SubElement(parent, tag, attrs)


def _clip(text: str, limit: int = MAX_TEXT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _failure_message(outcome: ExpectationResult) -> str:
    return (
        f"{outcome.failing_documents} of {outcome.documents} documents fail {outcome.check} "
        f"(allowed {outcome.allowed_failures}: {outcome.budget_text()}); "
        f"{outcome.findings} finding(s)"
    )


def _details(report: Report, outcomes: list[ExpectationResult]) -> dict[str, str]:
    """Per expectation id: the first failing documents with their findings, as plain text."""
    wanted = {o.id: set(o.failing_ids[:MAX_LISTED]) for o in outcomes}
    lines: dict[str, list[str]] = {o.id: [] for o in outcomes}
    remaining = {o.id: min(MAX_LISTED, len(o.failing_ids)) for o in outcomes}
    if any(remaining.values()):
        for result in report.documents():
            for eid, findings in result.findings.items():
                if eid not in wanted or not findings or result.id not in wanted[eid]:
                    continue
                if remaining[eid] <= 0:
                    continue
                remaining[eid] -= 1
                wanted[eid].discard(result.id)
                lines[eid].append(f"{result.source}  id={result.id}")
                for finding in findings[:MAX_FINDINGS_PER_DOCUMENT]:
                    quoted = f" {_clip(finding.text, 80)!r}" if finding.text else ""
                    hint = f" -> {_clip(finding.suggestion, 80)}" if finding.suggestion else ""
                    lines[eid].append(f"  {finding.check}:{quoted} {finding.message}{hint}")
                if len(findings) > MAX_FINDINGS_PER_DOCUMENT:
                    lines[eid].append(f"  ... {len(findings) - MAX_FINDINGS_PER_DOCUMENT} more")
            if not any(remaining.values()):
                break
    text: dict[str, str] = {}
    for outcome in outcomes:
        body = lines[outcome.id]
        # Documents from a JSON report that lost their findings still have their sources.
        if not body:
            body = [f"{source}" for source in outcome.failing_sources[:MAX_LISTED]]
        if outcome.failing_documents > MAX_LISTED:
            body.append(f"... and {outcome.failing_documents - MAX_LISTED} more document(s)")
        where = f"suite line {outcome.line}" if outcome.line else ""
        header = f"{outcome.id}: {_failure_message(outcome)}" + (f" [{where}]" if where else "")
        text[outcome.id] = header + "\n" + "\n".join(body) + "\n"
    return text


def junit_tree(report: Report) -> ET.ElementTree:
    suite_name = str(report.suite.get("name") or "corpusgate")
    duration = float(report.run.get("duration_seconds") or 0.0)
    unmet = [o for o in report.expectations if not o.success]
    details = _details(report, unmet)
    section = baseline_section(report)
    drift = (section or {}).get("drift") or {}
    drift_cases = [item for item in drift.get("signals", []) if item.get("gated")]

    tests = len(report.expectations) + len(drift_cases)
    failures = sum(1 for o in report.expectations if o.blocking)
    skipped = sum(1 for o in unmet if o.severity != "error")
    drift_failures = sum(1 for item in drift_cases if item.get("exceeded"))
    if drift.get("severity") == "error":
        failures += drift_failures
    else:
        skipped += drift_failures

    root = _element(
        "testsuites",
        name="corpusgate",
        tests=tests,
        failures=failures,
        errors=0,
        skipped=skipped,
        time=f"{duration:.3f}",
    )
    testsuite = _element(
        "testsuite",
        root,
        name=suite_name,
        tests=tests,
        failures=failures,
        errors=0,
        skipped=skipped,
        time=f"{duration:.3f}",
        timestamp=report.run.get("started_at"),
        hostname="localhost",
    )
    properties = _element("properties", testsuite)
    facts: dict[str, Any] = {
        "corpusgate_version": report.run.get("corpusgate_version"),
        "suite_path": report.suite.get("path"),
        "inputs": " ".join(report.inputs),
        "documents": report.summary.get("documents"),
        "documents_with_findings": report.summary.get("documents_with_findings"),
        "verdict": "passed" if report.success else "failed",
    }
    if section is not None:
        docs = section["documents"]
        facts.update(
            {
                "baseline_fail_on": section.get("fail_on"),
                "baseline_new_documents": docs.get("new"),
                "baseline_changed_documents": docs.get("changed"),
                "baseline_new_findings": section["findings"].get("new"),
                "baseline_fixed_findings": section["findings"].get("fixed"),
            }
        )
    for name, value in facts.items():
        if value is not None:
            _element("property", properties, name=name, value=value)

    for outcome in report.expectations:
        case = _element("testcase", testsuite, classname=suite_name, name=outcome.id, time="0")
        if outcome.success:
            continue
        if outcome.severity == "error":
            failure = _element("failure", case, message=_failure_message(outcome), type="error")
            failure.text = xml_text(details[outcome.id])
        else:
            _element("skipped", case, message=f"warning: {_failure_message(outcome)}")
            out = _element("system-out", case)
            out.text = xml_text(details[outcome.id])
    for item in drift_cases:
        case = _element(
            "testcase", testsuite, classname=f"{suite_name}.drift", name=item["signal"], time="0"
        )
        if not item.get("exceeded"):
            continue
        message = (
            f"{item['signal']} drifted: KS {_num(item.get('ks'))} "
            f"(max {_num(item.get('max_ks'))}), "
            f"normalised Wasserstein {_num(item.get('wasserstein_normalised'))} "
            f"(max {_num(item.get('max_wasserstein'))}); {item.get('baseline_count')} baseline "
            f"and {item.get('count')} current documents"
        )
        if drift.get("severity") == "error":
            _element("failure", case, message=message, type="drift").text = xml_text(message)
        else:
            _element("skipped", case, message=f"warning: {message}")
    ET.indent(root)
    return ET.ElementTree(root)


def _num(value: Any) -> str:
    return "-" if value is None else f"{float(value):.3f}"


def write_junit(report: Report, path: str | Path) -> None:
    tree = junit_tree(report)
    with atomic_writer(path) as stream:
        stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        tree.write(stream, encoding="unicode", xml_declaration=False)
        stream.write("\n")
