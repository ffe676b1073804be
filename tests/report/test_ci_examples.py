"""The CI wiring in the docs, run as far as this machine allows.

The GitHub Actions workflow's ``run:`` steps are executed with bash, as the runner would, in a
scratch git repository holding a corpus and a pull request's change to it (the install step and
``uses:`` actions are skipped; corpusgate is already installed here). The pre-commit hook's
entry is run on the files pre-commit would pass it. And one ``corpusgate validate`` run writes
the JSON, HTML, JUnit and Markdown reports together.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from junitparser import JUnitXml

from tests.conftest import ROOT

WORKFLOW = ROOT / "examples" / "github-workflow.yml"
HOOKS = ROOT / ".pre-commit-hooks.yaml"
SCHEMA = json.loads((ROOT / "src" / "corpusgate" / "schema" / "report.schema.json").read_text())

SUITE = """\
name: pr-gate
expectations:
  - check: input.malformed
  - check: artifact.ad-marker
    max_failing: 0
"""
CLEAN = "The council approved the budget on Tuesday after a long debate about schools."
LEGACY_BAD = "[ad_1] An old article that has always carried an ad marker."
NEW_BAD = "A new article about the harbour. [ad_2] It was scraped with its ad slot."


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    # The installed console script, as `pip install corpusgate` would put on PATH.
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONWARNINGS"] = "ignore"
    env.update(extra)
    return env


def _git(repo: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def _lines(*texts: str) -> str:
    return "".join(json.dumps({"id": f"a{i}", "text": t}) + "\n" for i, t in enumerate(texts))


def _repository(tmp_path: Path, change: dict[str, str]) -> tuple[Path, str]:
    """A repository whose base commit has a corpus with a legacy problem, then ``change``."""
    repo = tmp_path / "repo"
    (repo / "corpus").mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main")
    (repo / "corpus" / "suite.yml").write_text(SUITE)
    (repo / "corpus" / "news.jsonl").write_text(_lines(CLEAN, LEGACY_BAD, CLEAN + " Again."))
    (repo / "corpus" / "untouched.jsonl").write_text(_lines(LEGACY_BAD))
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "base")
    base = _git(repo, "rev-parse", "HEAD")
    for name, text in change.items():
        (repo / name).write_text(text)
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "change")
    return repo, base


def _run_workflow(repo: Path, base: str) -> list[tuple[str, subprocess.CompletedProcess[str]]]:
    workflow = yaml.safe_load(WORKFLOW.read_text())
    job = next(iter(workflow["jobs"].values()))
    outputs = repo.parent / "github_output"
    summary = repo.parent / "step_summary.md"
    env = _env(
        GITHUB_ACTIONS="true",
        GITHUB_WORKSPACE=str(repo),
        GITHUB_STEP_SUMMARY=str(summary),
        **{k: str(v) for k, v in workflow.get("env", {}).items()},
    )
    expressions = {"github.event.pull_request.base.sha": base}
    step_outputs: dict[str, dict[str, str]] = {}
    ran = []
    for step in job["steps"]:
        script = step.get("run")
        if script is None or "pip install" in script:
            continue
        # Expressions go through `env:` only; the scripts themselves must not contain any.
        assert "${{" not in script, step["name"]
        condition = step.get("if", "")
        wanted = re.search(r"steps\.(\w+)\.outputs\.(\w+) != '0'", condition)
        if wanted and step_outputs.get(wanted[1], {}).get(wanted[2], "0") == "0":
            continue
        step_env = dict(env)
        for key, value in (step.get("env") or {}).items():
            match = re.fullmatch(r"\$\{\{\s*([\w.]+)\s*\}\}", str(value))
            step_env[key] = expressions[match[1]] if match else str(value)
        outputs.write_text("")
        step_env["GITHUB_OUTPUT"] = str(outputs)
        result = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
            cwd=repo,
            env=step_env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        ran.append((step["name"], result))
        if "id" in step:
            step_outputs[step["id"]] = dict(
                line.split("=", 1) for line in outputs.read_text().splitlines() if "=" in line
            )
        if result.returncode != 0:
            break
    return ran


def test_workflow_fails_on_the_one_new_bad_document_with_an_annotation(tmp_path: Path) -> None:
    news = _lines(CLEAN, LEGACY_BAD, CLEAN + " Again.", NEW_BAD)
    repo, base = _repository(tmp_path, {"corpus/news.jsonl": news})
    ran = _run_workflow(repo, base)
    assert [name for name, _ in ran] == [
        "Find the changed corpus files and their base versions",
        "Gate the new and changed documents",
    ]
    gate = ran[-1][1]
    assert gate.returncode == 1, gate.stderr
    annotations = [line for line in gate.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == 1
    assert annotations[0].startswith(
        "::error file=corpus/news.jsonl,line=4,title=artifact.ad-marker"
    )
    reports = repo / ".corpusgate"
    report = json.loads((reports / "report.json").read_text())
    jsonschema.validate(report, SCHEMA)
    assert report["baseline"]["new_ids"] == ["a3"]
    assert report["baseline"]["documents"]["unchanged"] == 3
    assert (reports / "report.html").read_text().count('<details class="doc') == 2
    assert "FAILED" in (tmp_path / "step_summary.md").read_text()
    cases = {
        case.name: case for suite in JUnitXml.fromfile(str(reports / "junit.xml")) for case in suite
    }
    assert not cases["artifact.ad-marker"].is_passed


def test_workflow_passes_a_clean_update_of_a_corpus_with_legacy_problems(tmp_path: Path) -> None:
    news = _lines(CLEAN, LEGACY_BAD, CLEAN + " Again.", CLEAN + " A new one.")
    repo, base = _repository(
        tmp_path, {"corpus/news.jsonl": news, "corpus/fresh.jsonl": _lines(CLEAN)}
    )
    ran = _run_workflow(repo, base)
    gate = ran[-1][1]
    assert gate.returncode == 0, gate.stdout + gate.stderr
    changed = (repo / ".corpusgate" / "changed.txt").read_text().split()
    assert sorted(changed) == ["corpus/fresh.jsonl", "corpus/news.jsonl"]
    report = json.loads((repo / ".corpusgate" / "report.json").read_text())
    assert report["baseline"]["documents"]["new"] == 2
    # The legacy document still fails in the whole corpus; it just does not fail the gate.
    corpus = {e["id"]: e for e in report["baseline"]["corpus_expectations"]}
    assert corpus["artifact.ad-marker"]["failing_documents"] == 1


def test_workflow_skips_the_gate_when_no_corpus_file_changed(tmp_path: Path) -> None:
    repo, base = _repository(tmp_path, {"README.md": "docs only\n"})
    ran = _run_workflow(repo, base)
    assert [name for name, _ in ran] == ["Find the changed corpus files and their base versions"]


def _hook() -> dict[str, Any]:
    (hook,) = yaml.safe_load(HOOKS.read_text())
    return hook


@pytest.mark.parametrize(
    ("name", "matched"),
    [
        ("corpus/a.jsonl", True),
        ("b.csv.gz", True),
        ("c.parquet", True),
        ("d.tsv.zst", True),
        ("setup.py", False),
        ("notes.md", False),
        ("x.jsonl.bak", False),
    ],
)
def test_pre_commit_hook_selects_corpus_files(name: str, matched: bool) -> None:
    assert bool(re.search(_hook()["files"], name)) is matched


def test_pre_commit_hook_entry_gates_the_staged_files(tmp_path: Path) -> None:
    hook = _hook()
    (tmp_path / "suite.yml").write_text(SUITE)
    (tmp_path / "good.jsonl").write_text(_lines(CLEAN))
    (tmp_path / "bad.jsonl").write_text(_lines(CLEAN, NEW_BAD))
    # pre-commit runs: entry + args from the user's config + the matching staged file names.
    command = [*shlex.split(hook["entry"]), "--suite", "suite.yml"]
    good = subprocess.run(
        [*command, "good.jsonl"], cwd=tmp_path, env=_env(), capture_output=True, text=True
    )
    assert good.returncode == 0, good.stdout + good.stderr
    both = subprocess.run(
        [*command, "good.jsonl", "bad.jsonl"],
        cwd=tmp_path,
        env=_env(),
        capture_output=True,
        text=True,
    )
    assert both.returncode == 1
    assert "bad.jsonl:2" in both.stdout and "FAILED" in both.stdout


def test_one_run_writes_every_report(tmp_path: Path) -> None:
    (tmp_path / "suite.yml").write_text(SUITE)
    (tmp_path / "c.jsonl").write_text(_lines(CLEAN, NEW_BAD, "<script>alert(1)</script> [ad_1]"))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "corpusgate",
            "validate",
            "c.jsonl",
            "--suite",
            "suite.yml",
            "--jobs",
            "1",
            "--quiet",
            "--json",
            "out/r.json",
            "--html",
            "out/r.html",
            "--junit",
            "out/r.xml",
            "--markdown",
            "out/r.md",
        ],
        cwd=tmp_path,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1, result.stderr
    out = tmp_path / "out"
    report = json.loads((out / "r.json").read_text())
    jsonschema.validate(report, SCHEMA)
    assert [d["id"] for d in report["documents"]] == ["a1", "a2"]
    page = (out / "r.html").read_text()
    assert 'id="verdict">FAILED<' in page and page.count("<script") == 1
    suite = next(iter(JUnitXml.fromfile(str(out / "r.xml"))))
    assert (suite.tests, suite.failures) == (2, 1)
    summary = (out / "r.md").read_text()
    assert "❌ FAILED" in summary and "c.jsonl:3" in summary and "<script" not in summary
