"""GitHub Actions: escaped annotations on the failing records, capped, and the Markdown summary."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from corpusgate.documents import Document
from corpusgate.report.github import (
    MAX_PER_LEVEL,
    MAX_REVIEW_ROWS,
    SUMMARY_LIMIT,
    annotation_lines,
    append_step_summary,
    command,
    escape_data,
    escape_property,
    markdown_summary,
    md,
    split_source,
)

from . import reportkit as rk

COMMAND = re.compile(r"^::(error|warning)(?: ([^:]*))?::(.*)$")


def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    """Split a workflow command the way the runner does, undoing the escapes."""
    match = COMMAND.match(line)
    assert match, line
    level, props, data = match.groups()
    properties: dict[str, str] = {}
    for pair in (props or "").split(","):
        if pair:
            key, _, value = pair.partition("=")
            properties[key] = _unescape(value)
    return level, properties, _unescape(data)


def _unescape(value: str) -> str:
    return (
        value.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
    )


def test_escaping_follows_the_workflow_command_rules() -> None:
    assert escape_data("50% done\r\nnext: a,b") == "50%25 done%0D%0Anext: a,b"
    assert escape_property("dir/a:b,c%d\ne") == "dir/a%3Ab%2Cc%25d%0Ae"
    # % first, so an escape sequence already in the text survives the round trip.
    assert _unescape(escape_property("%3A")) == "%3A"


def test_hostile_file_names_and_messages_stay_one_line_and_round_trip() -> None:
    line = command(
        "error", "bad: 100%\nsecond line", file="we,ird:dir/f%.jsonl", line=7, title="a:b"
    )
    assert "\n" not in line and "\r" not in line
    level, props, message = parse_command(line)
    assert level == "error"
    assert props == {"file": "we,ird:dir/f%.jsonl", "line": "7", "title": "a:b"}
    assert message == "bad: 100%\nsecond line"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("data/a.jsonl:12", ("data/a.jsonl", 12)),
        ("C:\\corpus\\a.csv:3", ("C:\\corpus\\a.csv", 3)),
        ("articles/story.md", ("articles/story.md", None)),
        ("<stdin>:4", (None, None)),
        ("-", (None, None)),
        ("odd:name.jsonl:5", ("odd:name.jsonl", 5)),
    ],
)
def test_split_source(source: str, expected: tuple[str | None, int | None]) -> None:
    assert split_source(source) == expected


def test_annotations_point_at_the_record_with_finding_and_suggestion() -> None:
    docs = rk.corpus(size=3)
    docs.append(Document("x", "A badword here.\nSecond line", "dir/we,ird:f%.jsonl:9"))
    lines = annotation_lines(rk.build(docs), workspace="/nowhere")
    assert len(lines) == 1
    level, props, message = parse_command(lines[0])
    assert level == "error"
    assert props["file"] == "dir/we,ird:f%.jsonl" and props["line"] == "9"
    assert props["title"] == "bad-words (reporttest.word): 1 failing, 0 allowed"
    assert message.startswith("'badword': the word 'badword' (suggestion: goodword)")
    assert message.endswith("document x at dir/we,ird:f%.jsonl:9")


def test_a_whole_file_document_is_annotated_at_the_line_of_its_finding(tmp_path: Path) -> None:
    docs = [Document("story.md", "Title\n\nFirst paragraph.\nA badword on line four.", "story.md")]
    (line,) = annotation_lines(rk.build(docs))
    assert parse_command(line)[1]["line"] == "4"


def test_absolute_paths_are_made_relative_to_the_workspace(tmp_path: Path) -> None:
    source = f"{tmp_path}/corpus/a.jsonl:3"
    docs = [Document("a", "a badword in a sentence", source)]
    (line,) = annotation_lines(rk.build(docs), workspace=str(tmp_path))
    assert parse_command(line)[1]["file"] == "corpus/a.jsonl"


def test_annotations_are_capped_per_level_and_shared_between_expectations() -> None:
    extra = """  - check: reporttest.word
    id: third
    params: {word: thirdword}
  - check: reporttest.word
    id: warned
    severity: warning
    params: {word: warnword}
"""
    docs = rk.corpus(bad=range(25), size=25)
    docs += [Document(f"t{i}", f"a thirdword {i}", f"t.jsonl:{i + 1}") for i in range(3)]
    docs += [Document(f"w{i}", f"a warnword {i}", f"w.jsonl:{i + 1}") for i in range(14)]
    lines = annotation_lines(rk.build(docs, rk.suite(extra)))
    commands = [parse_command(line) for line in lines if line.startswith("::")]
    errors = [c for c in commands if c[0] == "error"]
    warnings = [c for c in commands if c[0] == "warning"]
    assert len(errors) == MAX_PER_LEVEL and len(warnings) == MAX_PER_LEVEL
    # Round-robin: the small expectation gets all three of its documents in, not zero.
    assert sum(1 for c in errors if c[1]["title"].startswith("third")) == 3
    assert lines[-1].startswith("corpusgate: 22 more failing document(s) not annotated")
    assert not lines[-1].startswith("::")


def test_markdown_escapes_corpus_text() -> None:
    hostile = "<script>alert(1)</script> badword [click](http://evil.example) | *bold* @someone"
    docs = [Document("<img src=x onerror=alert(1)>", hostile, "a|b.jsonl:1")]
    text = markdown_summary(rk.build(docs))
    assert "<script" not in text and "<img" not in text
    assert "](http" not in text and "http://" not in text
    assert "@someone" not in text
    row = next(line for line in text.splitlines() if "a&#124;b.jsonl" in line)
    assert row.count("|") == 4  # the pipe in the source cannot split the table row
    assert "## corpusgate: ❌ FAILED" in text
    assert "| ❌ | bad-words (reporttest.word) | error | 1 / 1 | 0 |" in text


def test_markdown_stays_under_the_limit_and_says_when_it_cut() -> None:
    text = "A badword and an [ad_1] marker in a short article about the council. " * 3
    docs = [Document(f"doc-{i}-" + "x" * 50, text, f"big.jsonl:{i + 1}") for i in range(300)]
    report = rk.build(docs)
    small = markdown_summary(report, limit=30_000)
    assert len(small.encode("utf-8")) <= 30_000
    assert "Showing the first" in small and "of 300 documents with findings" in small
    full = markdown_summary(report)
    assert len(full.encode("utf-8")) < SUMMARY_LIMIT
    assert "Showing the first 200 of 300" in full  # at most 200 documents, whatever the room


def test_step_summary_is_appended_within_what_is_left(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("# earlier step\n", encoding="utf-8")
    report = rk.build(rk.corpus(bad=[1], size=3))
    append_step_summary(report, summary)
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# earlier step\n") and "bad-words" in text
    summary.write_text("x" * (SUMMARY_LIMIT - 2000), encoding="utf-8")
    append_step_summary(report, summary)
    assert summary.stat().st_size < SUMMARY_LIMIT


def test_md_is_one_line() -> None:
    assert md("a\nb\r\n  c") == "a b c"
    assert md("x" * 50, limit=10) == "x" * 9 + "…"


CLI_SUITE = """\
name: ci-test
expectations:
  - check: input.malformed
  - check: artifact.ad-marker
    max_failing: 0
"""


def _cli(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "corpusgate", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=full_env,
        timeout=300,
    )


def test_github_mode_is_automatic_on_actions_and_can_be_switched_off(tmp_path: Path) -> None:
    (tmp_path / "suite.yml").write_text(CLI_SUITE, encoding="utf-8")
    rk.write_jsonl(
        tmp_path / "c.jsonl",
        [{"id": "a", "text": "Fine text."}, {"id": "b", "text": "[ad_1] The council met."}],
    )
    summary = tmp_path / "summary.md"
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    args = ["validate", "c.jsonl", "--suite", "suite.yml", "--quiet", "--jobs", "1"]
    result = _cli(args, tmp_path, env)
    assert result.returncode == 1, result.stderr
    (line,) = [x for x in result.stdout.splitlines() if x.startswith("::")]
    level, props, message = parse_command(line)
    assert (level, props["file"], props["line"]) == ("error", "c.jsonl", "2")
    assert "[ad_1]" in message
    assert "corpusgate: ❌ FAILED" in summary.read_text(encoding="utf-8")

    off = _cli([*args, "--no-github"], tmp_path, env)
    assert off.returncode == 1 and "::error" not in off.stdout
    plain = _cli(args, tmp_path, {})
    assert "::error" not in plain.stdout
    forced = _cli([*args, "--github"], tmp_path, {})
    assert "::error file=c.jsonl,line=2" in forced.stdout


def test_markdown_lists_documents_failing_the_gate_first() -> None:
    docs = [
        Document(f"w{i}", f"Only an oddword in this article {i}.", f"a.jsonl:{i + 1}")
        for i in range(3)
    ]
    docs.append(Document("bad", "A badword in this article.", "a.jsonl:4"))
    text = markdown_summary(rk.build(docs))
    rows = [
        line.split(" | ")[0]
        for line in text.splitlines()
        if line.startswith("| w") or line.startswith("| bad")
    ]
    assert rows == ["| bad", "| w0", "| w1", "| w2"]


def test_markdown_lists_what_corpus_checks_left_to_review_inertly() -> None:
    report = rk.build([Document("a", "A badword here.", "a.jsonl:1")])
    outcome = report.expectations[0].id
    pairs = [[f"src|{i}", f"<b>copy</b>-{i}"] for i in range(MAX_REVIEW_ROWS + 2)]
    report.corpus_statistics[outcome] = {
        "review": [
            {"documents": pair, "note": "which is the copy is [unclear](http://x.example)"}
            for pair in pairs
        ]
    }
    text = markdown_summary(report)
    assert f"### To review ({MAX_REVIEW_ROWS + 2})" in text
    rows = [line for line in text.splitlines() if "copy&#60;" in line or "src&#124;" in line]
    assert len(rows) == MAX_REVIEW_ROWS
    assert all(row.count("|") == 4 for row in rows)  # pipes in ids cannot split the row
    assert "<b>" not in text and "](http" not in text
    assert "_and 2 more in the JSON and HTML reports._" in text
    assert "To review" not in markdown_summary(rk.build([Document("a", "fine", "a.jsonl:1")]))
