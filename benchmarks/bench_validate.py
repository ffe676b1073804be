"""Throughput and peak memory of `corpusgate validate` over a generated corpus.

    python benchmarks/bench_validate.py --docs 10000 --jobs 2 [--suite news]

Generates the corpus once (cached under benchmarks/_corpora/), runs the engine with the suite,
and prints documents per second and the peak resident memory of the main process and of the
largest worker. Not a timed test: record the figures in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpusgate.api import validate  # noqa: E402
from generate_corpus import main as generate  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=0, help="0: all cores")
    parser.add_argument("--suite", default="news")
    args = parser.parse_args(argv)
    corpus = HERE / "_corpora" / f"news-{args.docs}.jsonl"
    if not corpus.exists():
        generate(["--docs", str(args.docs), "--out", str(corpus)])
    size_mb = corpus.stat().st_size / 1e6
    started = time.perf_counter()
    report = validate([str(corpus)], args.suite, jobs=args.jobs or None)
    elapsed = time.perf_counter() - started
    documents = report.summary["documents"]
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"suite={args.suite} jobs={args.jobs or 'all'} documents={documents} corpus={size_mb:.1f} MB"
    )
    print(
        f"elapsed {elapsed:.2f} s  ->  {documents / elapsed:,.0f} documents/s ({size_mb / elapsed:.2f} MB/s)"
    )
    print(f"peak RSS: main {own:.0f} MB, largest worker {children:.0f} MB")
    print(
        f"flagged documents: {report.summary['documents_with_findings']}, verdict: {'pass' if report.success else 'fail'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
