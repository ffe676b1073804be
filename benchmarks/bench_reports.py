"""Cost of the report writers on a large report: JSON, HTML, JUnit, Markdown, annotations.

    python benchmarks/bench_reports.py --documents 100000

Builds a synthetic report (no engine run) over N documents of which every one has findings, with
news-length texts, then writes each format and prints its time, file size and the peak memory
of the process. The documents are produced lazily, as from the engine's on-disk result store.
"""

from __future__ import annotations

import argparse
import io
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from corpusgate.documents import Finding
from corpusgate.engine.results import DocResult
from corpusgate.expectations import ExpectationResult
from corpusgate.report.github import annotation_lines, markdown_summary
from corpusgate.report.html import write_html
from corpusgate.report.json import write_json
from corpusgate.report.junit import write_junit
from corpusgate.report.model import Report, distribution

SENTENCE = (
    "Officials in the port city said on Tuesday that the expansion would go ahead despite "
    "objections from residents, who have waited years for a decision. "
)


def build(count: int, seed: int = 0) -> Report:
    rng = random.Random(seed)
    lengths = [rng.randint(10, 40) for _ in range(count)]

    def documents() -> Iterator[DocResult]:
        for i, sentences in enumerate(lengths):
            text = f"[ad_{i % 3 + 1}] " + SENTENCE * sentences + "Source link"
            findings = (
                Finding("artifact.ad-marker", 0, 6, text[:6], "ad-slot marker", "remove the line"),
                Finding(
                    "artifact.credit-line",
                    len(text) - 11,
                    len(text),
                    "Source link",
                    "scraper credit line",
                    "remove the line",
                ),
            )
            yield DocResult(
                f"doc-{i:07d}",
                f"corpus/part-{i // 10000}.jsonl:{i % 10000 + 1}",
                f"{i:032x}",
                {"ads": findings[:1], "credits": findings[1:]},
                {"words": float(sentences * 24)},
                text=text,
            )

    def index() -> Iterator[tuple[str, str]]:
        return ((f"doc-{i:07d}", f"{i:032x}") for i in range(count))

    failing = [f"doc-{i:07d}" for i in range(count)]
    sources = [f"corpus/part-{i // 10000}.jsonl:{i % 10000 + 1}" for i in range(count)]
    outcomes = [
        ExpectationResult(
            eid,
            check,
            "error",
            {"max_failing": 0},
            count,
            count,
            count,
            failing,
            sources,
            success=False,
        )
        for eid, check in (("ads", "artifact.ad-marker"), ("credits", "artifact.credit-line"))
    ]
    words = [float(n * 24) for n in lengths]
    return Report(
        success=False,
        suite={"name": "bench", "path": None, "description": "", "parameters": {}},
        inputs=["corpus/*.jsonl"],
        summary={
            "documents": count,
            "documents_with_findings": count,
            "findings": 2 * count,
            "malformed_records": 0,
            "per_check": {
                "artifact.ad-marker": {"documents": count, "findings": count},
                "artifact.credit-line": {"documents": count, "findings": count},
            },
            "expectations_failed": 2,
            "errors_failed": 2,
            "warnings_failed": 0,
        },
        expectations=outcomes,
        signal_distributions={"words": distribution(words, count)},
        run={
            "corpusgate_version": "bench",
            "started_at": "",
            "finished_at": "",
            "duration_seconds": 0.0,
        },
        _documents=documents,
        _index=index,
    )


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    args = parser.parse_args()
    report = build(args.documents)
    print(f"{args.documents:,} flagged documents; peak memory before writing {peak_mib():.0f} MiB")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        for name, write in (
            ("json", lambda: write_json(report, out / "r.json")),
            ("html", lambda: write_html(report, out / "r.html")),
            ("junit", lambda: write_junit(report, out / "r.xml")),
            ("markdown", lambda: (out / "r.md").write_text(markdown_summary(report))),
            (
                "annotations",
                lambda: (out / "r.txt").write_text("\n".join(annotation_lines(report))),
            ),
        ):
            started = time.perf_counter()
            write()
            seconds = time.perf_counter() - started
            target = {
                "json": "r.json",
                "html": "r.html",
                "junit": "r.xml",
                "markdown": "r.md",
                "annotations": "r.txt",
            }[name]
            size = (out / target).stat().st_size
            print(f"{name:12s} {seconds:7.2f} s  {size / 1e6:8.2f} MB  peak {peak_mib():.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
    raise SystemExit(main())
