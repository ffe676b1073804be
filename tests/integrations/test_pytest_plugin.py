"""The pytest plugin, exercised the way a user meets it: a temporary project run by pytest.

In-process runs (``pytester.runpytest``) are used where they suffice because they are fast;
subprocess runs where the entry-point loading or pytest-xdist matter.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

import pytest

# Imported before any in-process pytester run: pytester removes modules first imported during a
# run from sys.modules afterwards, and re-importing a check module would register its checks a
# second time.
import corpusgate.api
from corpusgate.integrations.pytest_plugin import ExpectationItem, _matches
from tests.conftest import ROOT

pytest_plugins = ["pytester"]

CLEAN_TEXTS = [
    "The city council approved the new budget on Tuesday after a long debate.\n"
    "The mayor said the plan would fund two libraries and repair the harbour wall.",
    "Rail workers ended their strike on Friday, the union said.\n"
    "Trains will run to the normal timetable from Monday, according to the operator.",
    "A report published on Wednesday found that food prices rose 4 percent last year.\n"
    "Economists expect the increase to slow in the coming months.",
    "The hospital merger was delayed again after regulators asked for more documents.\n"
    '"We are confident the deal will close," a spokeswoman said.',
]
AD_TEXT = (
    "Flood defences along the river will be raised by half a metre, officials said.\n"
    "[ad_1]\n"
    "Work is due to start in March and last two years."
)

SUITE = """\
version: 1
name: local
description: A small suite for the plugin tests.
expectations:
  - check: input.malformed
  - check: artifact.ad-marker
  - check: artifact.credit-line
"""


def write_corpus(path: Path, texts: Iterable[str], prefix: str = "doc") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as stream:
        for index, text in enumerate(texts):
            record = {"id": f"{prefix}-{index}", "title": f"Story {index}", "text": text}
            stream.write(json.dumps(record) + "\n")
    return path


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    """A project with ``checks/local.yml`` and a clean corpus in ``data/articles.jsonl``."""
    pytester.makeini(
        "[pytest]\ncorpusgate_suites = checks/*.yml\ncorpusgate_corpus = data/articles.jsonl\n"
    )
    (pytester.path / "checks").mkdir()
    (pytester.path / "checks" / "local.yml").write_text(SUITE, encoding="utf-8")
    write_corpus(pytester.path / "data" / "articles.jsonl", CLEAN_TEXTS)
    return pytester


def with_ad(pytester: pytest.Pytester) -> None:
    """Put the ad-marker document third in the corpus (JSON Lines line 3)."""
    texts = [*CLEAN_TEXTS[:2], AD_TEXT, *CLEAN_TEXTS[2:]]
    write_corpus(pytester.path / "data" / "articles.jsonl", texts)


def test_clean_corpus_passes_one_item_per_expectation(project: pytest.Pytester) -> None:
    result = project.runpytest("-v")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(
        [
            "checks/local.yml::input.malformed PASSED*",
            "checks/local.yml::artifact.ad-marker PASSED*",
            "checks/local.yml::artifact.credit-line PASSED*",
        ]
    )


def test_ad_marker_fails_exactly_its_item_naming_the_document(project: pytest.Pytester) -> None:
    with_ad(project)
    result = project.runpytest("-v")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["checks/local.yml::artifact.ad-marker FAILED*"])
    out = result.stdout.str()
    # The failure names the document by source (file:line) and id, and shows the flagged text.
    assert "data/articles.jsonl:3  id=doc-2" in out
    assert "»[ad_1]«" in out
    assert "1 of 5 documents fail" in out
    assert "Traceback" not in out
    assert re.search(r"FAILED checks/local\.yml::artifact\.ad-marker\b", out)


def test_keyword_selection(project: pytest.Pytester) -> None:
    with_ad(project)
    result = project.runpytest("-v", "-k", "credit")
    result.assert_outcomes(passed=1, deselected=2)
    result = project.runpytest("-v", "-k", "ad-marker or malformed")
    result.assert_outcomes(passed=1, failed=1, deselected=1)


def test_junit_xml_has_one_case_per_expectation(project: pytest.Pytester) -> None:
    with_ad(project)
    project.runpytest("--junitxml=junit.xml")
    root = ET.parse(project.path / "junit.xml").getroot()
    cases = {case.get("name"): case for case in root.iter("testcase")}
    assert set(cases) == {"input.malformed", "artifact.ad-marker", "artifact.credit-line"}
    assert {case.get("classname") for case in cases.values()} == {"checks.local.yml"}
    failed = {name for name, case in cases.items() if case.find("failure") is not None}
    assert failed == {"artifact.ad-marker"}
    failure = cases["artifact.ad-marker"].find("failure")
    assert failure is not None and "data/articles.jsonl:3" in (failure.text or "")
    # Properties inside a testcase are not valid xunit2, the default family.
    assert cases["artifact.ad-marker"].find("properties") is None


def test_junit_xunit1_cases_carry_properties(project: pytest.Pytester) -> None:
    with_ad(project)
    project.runpytest("--junitxml=junit.xml", "-o", "junit_family=xunit1")
    root = ET.parse(project.path / "junit.xml").getroot()
    case = next(c for c in root.iter("testcase") if c.get("name") == "artifact.ad-marker")
    properties = {p.get("name"): p.get("value") for p in case.iter("property")}
    assert properties["failing_documents"] == "1"
    assert properties["documents"] == "5"
    assert properties["corpusgate_check"] == "artifact.ad-marker"


def test_warning_severity_warns_instead_of_failing(project: pytest.Pytester) -> None:
    (project.path / "checks" / "local.yml").write_text(
        SUITE.replace(
            "  - check: artifact.ad-marker\n",
            "  - check: artifact.ad-marker\n    severity: warning\n",
        ),
        encoding="utf-8",
    )
    with_ad(project)
    result = project.runpytest("-v")
    result.assert_outcomes(passed=3, warnings=1)
    out = result.stdout.str()
    assert "CorpusgateWarning" in out
    assert "warning expectation 'artifact.ad-marker' not met" in out
    # The warning is attributed to the expectation's line in the suite file.
    assert "checks/local.yml:6: CorpusgateWarning" in out
    strict = project.runpytest("-W", "error::corpusgate.testing.CorpusgateWarning")
    strict.assert_outcomes(passed=2, failed=1)
    assert "Traceback" not in strict.stdout.str()


def test_markers_select_by_severity(project: pytest.Pytester) -> None:
    (project.path / "checks" / "local.yml").write_text(
        SUITE + "    severity: warning\n", encoding="utf-8"
    )
    result = project.runpytest("-v", "--strict-markers", "-m", "corpusgate_warning")
    result.assert_outcomes(passed=1, deselected=2)
    result.stdout.fnmatch_lines(["*artifact.credit-line PASSED*"])
    result = project.runpytest("--strict-markers", "-m", "corpusgate and not corpusgate_warning")
    result.assert_outcomes(passed=2, deselected=1)


def test_exitfirst_and_last_failed(project: pytest.Pytester) -> None:
    with_ad(project)
    (project.path / "checks" / "local.yml").write_text(
        SUITE + "  - check: artifact.ad-marker\n    id: ads-again\n", encoding="utf-8"
    )
    result = project.runpytest("-x")
    result.assert_outcomes(passed=1, failed=1)
    rerun = project.runpytest("--lf", "-v")
    rerun.assert_outcomes(failed=1)
    rerun.stdout.fnmatch_lines(
        [
            "run-last-failure: rerun previous 1 failure*",
            "checks/local.yml::artifact.ad-marker FAILED*",
        ]
    )
    assert "ads-again" not in rerun.stdout.str()


def test_one_validation_per_suite_per_session(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[object, ...]] = []
    real = corpusgate.api.validate

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(corpusgate.api, "validate", counting)
    (project.path / "checks" / "other.yml").write_text(
        SUITE.replace("name: local", "name: other"), encoding="utf-8"
    )
    project.runpytest().assert_outcomes(passed=6)
    assert len(calls) == 2  # two suites, three items each
    calls.clear()
    project.runpytest("--collect-only")
    assert calls == []  # collection reads no corpus
    project.runpytest("-k", "other").assert_outcomes(passed=3, deselected=3)
    assert len(calls) == 1  # a suite whose items are all deselected is never validated


def test_corpus_precedence(project: pytest.Pytester) -> None:
    """--corpus beats the ini option, which beats the suite's own data.paths."""
    write_corpus(project.path / "other" / "dirty.jsonl", [AD_TEXT], prefix="dirty")
    result = project.runpytest("--corpus", "other/dirty.jsonl")
    result.assert_outcomes(passed=2, failed=1)
    assert "other/dirty.jsonl:1  id=dirty-0" in result.stdout.str()

    # Without the ini option the suite's data.paths, relative to the suite file, is used.
    project.makeini("[pytest]\ncorpusgate_suites = checks/*.yml\n")
    (project.path / "checks" / "local.yml").write_text(
        SUITE.replace("expectations:", "data:\n  paths: [../other/dirty.jsonl]\nexpectations:"),
        encoding="utf-8",
    )
    result = project.runpytest()
    result.assert_outcomes(passed=2, failed=1)
    assert "other/dirty.jsonl:1  id=dirty-0" in result.stdout.str()


def test_ini_corpus_is_relative_to_the_config_file(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_ad(project)
    sub = project.path / "sub"
    sub.mkdir()
    monkeypatch.chdir(sub)
    result = project.runpytest(str(project.path / "checks"))
    result.assert_outcomes(passed=2, failed=1)
    assert "data/articles.jsonl:3" in result.stdout.str()


def test_suite_errors_are_collection_errors_naming_file_and_line(project: pytest.Pytester) -> None:
    (project.path / "checks" / "broken.yml").write_text(
        "version: 1\nname: broken\nexpectations:\n  - check: artifact.ad-markr\n", encoding="utf-8"
    )
    result = project.runpytest()
    assert result.ret == pytest.ExitCode.INTERRUPTED
    out = result.stdout.str()
    assert "ERROR collecting checks/broken.yml" in out
    assert "checks/broken.yml:4: expectations[0].check: unknown check 'artifact.ad-markr'" in out
    assert "did you mean 'artifact.ad-marker'" in out
    assert "Traceback" not in out


def test_missing_corpus_fails_the_items_with_the_path(project: pytest.Pytester) -> None:
    result = project.runpytest("--corpus", "nowhere/articles.jsonl")
    result.assert_outcomes(failed=3)
    out = result.stdout.str()
    assert out.count("nowhere/articles.jsonl") >= 3
    assert "checks/local.yml" in out
    assert "Traceback" not in out


def test_no_corpus_anywhere_is_a_collection_error(project: pytest.Pytester) -> None:
    project.makeini("[pytest]\ncorpusgate_suites = checks/*.yml\n")
    result = project.runpytest()
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(["*checks/local.yml: no corpus to validate*--corpus PATH*"])


def test_yaml_is_not_collected_without_the_ini_option(project: pytest.Pytester) -> None:
    project.makeini("[pytest]\n")
    result = project.runpytest("--corpus", "data/articles.jsonl")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_reportinfo_points_at_the_expectation_line(project: pytest.Pytester) -> None:
    items = project.getitems(project.path / "checks" / "local.yml")
    assert [item.name for item in items] == [
        "input.malformed",
        "artifact.ad-marker",
        "artifact.credit-line",
    ]
    assert all(isinstance(item, ExpectationItem) for item in items)
    # SUITE puts the expectations on lines 5, 6, 7; pytest locations are 0-based.
    assert [item.location[1] for item in items] == [4, 5, 6]
    assert items[1].location[0] == "checks/local.yml"
    assert items[1].nodeid == "checks/local.yml::artifact.ad-marker"
    marks = {mark.name: mark for mark in items[1].iter_markers()}
    assert marks["corpusgate"].kwargs == {"check": "artifact.ad-marker", "severity": "error"}
    assert "corpusgate_error" in marks


def test_corpus_report_fixture_caches_per_session(project: pytest.Pytester) -> None:
    with_ad(project)
    project.makepyfile(
        test_hand="""
        import pytest
        from corpusgate.testing import CorpusValidationError, assert_report, expectation_result

        def test_count(corpus_report):
            report = corpus_report("data/articles.jsonl", suite="checks/local.yml")
            assert expectation_result(report, "artifact.ad-marker").failing_ids == ["doc-2"]

        def test_same_object(corpus_report):
            a = corpus_report("data/articles.jsonl", suite="checks/local.yml")
            b = corpus_report("data/articles.jsonl", suite="checks/local.yml")
            assert a is b

        def test_assert_report(corpus_report):
            with pytest.raises(CorpusValidationError, match="data/articles.jsonl:3"):
                assert_report(corpus_report("data/articles.jsonl", suite="checks/local.yml"))
        """
    )
    result = project.runpytest("test_hand.py")
    result.assert_outcomes(passed=3)


def test_documented_configuration_with_xdist(pytester: pytest.Pytester) -> None:
    """docs/pytest.md's setup, file for file (the blocks that start with ``# <path>``), run the
    way a user runs it: a subprocess that loads the plugin by its entry point, here also spread
    over two pytest-xdist workers."""
    files = documented_files()
    assert set(files) == {"pyproject.toml", "checks/news.yml"}
    for relative, content in files.items():
        target = pytester.path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    corpus = pytester.path / "data" / "articles.jsonl"
    write_corpus(corpus, [*CLEAN_TEXTS, AD_TEXT])
    result = pytester.runpytest_subprocess("-n", "2", "-p", "xdist", "-v")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines_random(
        [
            "*PASSED checks/news.yml::input.malformed*",
            "*FAILED checks/news.yml::artifact.ad-marker*",
            "*PASSED checks/news.yml::artifact.credit-line*",
            "*PASSED checks/news.yml::artifact.html*",
        ]
    )
    assert "data/articles.jsonl:5  id=doc-4" in result.stdout.str()


def test_plugin_can_be_disabled(project: pytest.Pytester) -> None:
    result = project.runpytest("-p", "no:corpusgate")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def documented_files() -> dict[str, str]:
    text = (ROOT / "docs" / "pytest.md").read_text(encoding="utf-8")
    files: dict[str, str] = {}
    for block in re.findall(r"^```\w+\n(.*?)^```", text, flags=re.DOTALL | re.MULTILINE):
        first = block.splitlines()[0]
        named = re.fullmatch(r"# ([\w./-]+\.(?:toml|yml|yaml|ini|cfg))", first)
        if named:
            files[named.group(1)] = block
    return files


@pytest.mark.parametrize(
    ("relative", "patterns", "expected"),
    [
        ("checks/news.yml", ["checks/*.yml"], True),
        ("checks/deep/news.yml", ["checks/*.yml"], False),
        ("checks/deep/news.yml", ["checks/**/*.yml"], True),
        ("checks/news.yml", ["checks/**/*.yml"], True),
        ("other/news.yml", ["checks/*.yml"], False),
        ("a/b/news.yml", ["news.yml"], True),
        ("a/b/ci.yaml", ["*.yml"], False),
        ("checks/news.yml", ["./checks/*.yml"], True),
        ("checks/news.yml", [], False),
    ],
)
def test_suite_patterns(relative: str, patterns: list[str], expected: bool, tmp_path: Path) -> None:
    assert _matches(tmp_path / relative, tmp_path, patterns) is expected
