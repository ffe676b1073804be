"""What Great Expectations on the signals table costs next to corpusgate's native evaluation.

    python benchmarks/bench_gx.py --docs 100000 [--jobs 2] [--suite news] [--docs-dir DIR]
    python benchmarks/bench_gx.py --docs 20000 --spark        # also time the Spark engine

Generates the corpus once (cached under benchmarks/_corpora/), runs the local engine with the
suite (the checks: the same for both), then times, on the same results:

- native: corpusgate's budget evaluation (``evaluate``) over the engine's results;
- GX: building the signals table (Arrow, then pandas), translating the suite and running it
  through a GX Checkpoint with result_format COMPLETE (failing ids), optionally with Data Docs;
- the GX import itself (paid once per process).

With ``--spark`` it also runs the Spark engine (``local[*]`` unless ``--spark-master``) on the
same corpus and prints its throughput next to the local engine's. Prints peak RSS. Not a
timed test: the figures go into docs/scale.md.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpusgate.api import run  # noqa: E402
from corpusgate.expectations import evaluate  # noqa: E402
from generate_corpus import main as generate  # noqa: E402


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(label: str, fn: Any, *args: Any, **kwargs: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    value = fn(*args, **kwargs)
    elapsed = time.perf_counter() - started
    print(f"  {label:<44} {elapsed:8.2f} s   (peak RSS {_rss_mb():,.0f} MB)", flush=True)
    return value, elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=0, help="0: all cores")
    parser.add_argument("--suite", default="news")
    parser.add_argument("--docs-dir", type=Path, help="also build Data Docs here (default: off)")
    parser.add_argument("--spark", action="store_true", help="also time the Spark engine")
    parser.add_argument("--spark-master", default="local[*]")
    args = parser.parse_args(argv)

    corpus = HERE / "_corpora" / f"news-{args.docs}.jsonl"
    if not corpus.exists():
        generate(["--docs", str(args.docs), "--out", str(corpus)])
    size_mb = corpus.stat().st_size / 1e6
    print(f"corpus: {args.docs:,} documents, {size_mb:,.0f} MB; suite {args.suite}")
    print(f"cores: {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}")

    print("local engine (checks, once):")
    before = os.times()
    (result, _), engine_s = _timed(
        "engine: read + checks + corpus checks",
        run,
        [str(corpus)],
        args.suite,
        jobs=args.jobs or None,
    )
    after = os.times()
    # CPU time of this process and its (finished) workers: unlike wall time, it does not
    # depend on what else the machine is running.
    cpu_s = sum(after[:4]) - sum(before[:4])
    documents = result.documents_read
    print(f"  -> {documents / engine_s:,.0f} documents/s ({size_mb / engine_s:.1f} MB/s) wall,")
    print(f"     {cpu_s:,.0f} CPU s = {documents / cpu_s:,.0f} documents per CPU second")

    print("native budget evaluation:")
    outcomes, native_s = _timed(
        "evaluate(suite, results)", evaluate, result.suite, result.results, documents
    )

    print("Great Expectations on the signals table:")
    _, import_s = _timed(
        "import corpusgate.gx (GX + custom expectations)", __import__, "corpusgate.gx"
    )
    import corpusgate.gx as cgx
    from corpusgate.signals import table_from_run

    table, table_s = _timed("signals table (Arrow)", table_from_run, result)
    frame, pandas_s = _timed("to pandas", table.to_pandas)
    gx_suite, suite_s = _timed("translate the suite", cgx.to_gx_suite, result.suite, documents)
    gx_run, gx_s = _timed(
        "Checkpoint run (COMPLETE, failing ids)", cgx.run_checkpoint, frame, gx_suite
    )
    cgx.check_parity(gx_run, outcomes)
    print(f"  parity with corpusgate: {len(outcomes)} expectations agree")
    docs_s = 0.0
    if args.docs_dir is not None:
        _, docs_s = _timed(
            "Checkpoint run + Data Docs",
            cgx.run_checkpoint,
            frame,
            gx_suite,
            docs_dir=args.docs_dir,
        )
    gx_total = table_s + pandas_s + suite_s + gx_s
    print("summary:")
    print(f"  engine (checks)            {engine_s:8.2f} s")
    print(f"  native evaluation          {native_s:8.2f} s")
    print(
        f"  GX on signals (no import)  {gx_total:8.2f} s  = {gx_total / native_s:,.1f}x native "
        f"evaluation, +{100 * gx_total / engine_s:.1f}% on the whole run"
    )
    print(f"  GX import                  {import_s:8.2f} s")
    if docs_s:
        print(f"  GX with Data Docs          {docs_s:8.2f} s")
    result.close()

    if args.spark:
        print(f"Spark engine ({args.spark_master}):")
        from corpusgate.engine.spark import spark_session

        _timed("start the Spark session", spark_session, args.spark_master)
        (spark_result, _), spark_s = _timed(
            "engine: read + checks + corpus checks + collect",
            run,
            [str(corpus)],
            args.suite,
            engine="spark",
            spark_master=args.spark_master,
        )
        print(
            f"  -> {documents / spark_s:,.0f} documents/s ({size_mb / spark_s:.1f} MB/s), "
            f"{spark_result.spark}"
        )  # type: ignore[attr-defined]
        spark_result.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
