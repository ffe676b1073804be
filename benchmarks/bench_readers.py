"""Throughput and peak memory of the readers.

    python benchmarks/bench_readers.py                 # 10k, 50k and 100k documents
    python benchmarks/bench_readers.py --docs 20000    # a single, smaller size

Generates reproducible news-like documents (~2 KB each) as JSON Lines (plain, gzip, zstd), CSV
and Parquet under benchmarks/_corpora/readers/, plus one 20 MB document in each format, then
reads each file in a fresh child process and prints MB/s, documents/s and the child's peak
resident memory. Peak memory should stay flat as the corpus grows: the readers stream.

Not a timed test; the figures go in the report or benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "_corpora" / "readers"

_PROSE = (
    "the council said on tuesday that officials would review a plan to expand the city's "
    "transit network after residents raised concerns about costs delays and the impact on "
    "local businesses according to a statement released late monday night by the mayor's "
    "office which added that a public hearing is scheduled for next month Zürich café naïve"
)
_WORDS = _PROSE.split()


def _doc(rng: random.Random, i: int) -> dict[str, str]:
    paragraphs = []
    for _ in range(rng.randint(3, 6)):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(40, 90))]
        paragraphs.append(" ".join(words).capitalize() + ".")
    return {
        "id": f"doc-{i:07d}",
        "title": " ".join(rng.choice(_WORDS) for _ in range(8)).title(),
        "url": f"https://news.example.com/{i}",
        "text": "\n\n".join(paragraphs),
        "lang": "en",
    }


def generate(sizes: list[int]) -> dict[str, Path]:
    """Write the corpora (once) and return {name: path}."""
    OUT.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}
    pending = []
    for n in sizes:
        for suffix in (".jsonl", ".csv", ".parquet"):
            files[f"{n}{suffix}"] = OUT / f"docs-{n}{suffix}"
        files[f"{n}.jsonl.gz"] = OUT / f"docs-{n}.jsonl.gz"
        files[f"{n}.jsonl.zst"] = OUT / f"docs-{n}.jsonl.zst"
        files[f"{n}.parquet(1 row group)"] = OUT / f"docs-{n}-one-group.parquet"
        if not all(p.exists() for k, p in files.items() if k.startswith(f"{n}.")):
            pending.append(n)
    for n in pending:
        _write_size(n)
    for suffix in (".jsonl", ".csv", ".parquet"):
        files[f"20MB{suffix}"] = OUT / f"big-20mb{suffix}"
    if not all(p.exists() for k, p in files.items() if k.startswith("20MB")):
        _write_big()
    return files


def _write_size(n: int) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq
    import zstandard

    rng = random.Random(n)
    base = OUT / f"docs-{n}"
    columns: dict[str, list[str]] = {k: [] for k in ("id", "title", "url", "text", "lang")}
    schema = pa.schema([(k, pa.string()) for k in columns])
    with (
        open(f"{base}.jsonl", "w", encoding="utf-8") as jl,
        open(f"{base}.csv", "w", encoding="utf-8", newline="") as cf,
        pq.ParquetWriter(f"{base}.parquet", schema) as pw,
    ):
        writer = csv.writer(cf)
        writer.writerow(list(columns))
        for i in range(n):
            doc = _doc(rng, i)
            jl.write(json.dumps(doc, ensure_ascii=False) + "\n")
            writer.writerow([doc[k] for k in columns])
            for k in columns:
                columns[k].append(doc[k])
            if len(columns["id"]) == 10_000 or i == n - 1:
                # 10k rows per row group (~20 MB of text), a common writer setting.
                pw.write_table(pa.table(columns, schema=schema))
                columns = {k: [] for k in columns}
    data = Path(f"{base}.jsonl").read_bytes()
    Path(f"{base}.jsonl.gz").write_bytes(gzip.compress(data, compresslevel=6))
    Path(f"{base}.jsonl.zst").write_bytes(zstandard.ZstdCompressor(level=3).compress(data))
    # pyarrow's default: a row group of up to 1Mi rows, i.e. the whole file in one group.
    table = pq.read_table(f"{base}.parquet")
    pq.write_table(table, f"{base}-one-group.parquet")


def _write_big() -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rng = random.Random(20)
    words = []
    size = 0
    while size < 20_000_000:
        word = rng.choice(_WORDS)
        words.append(word)
        size += len(word) + 1
    text = " ".join(words)[:20_000_000]
    doc = {"id": "big", "text": text}
    (OUT / "big-20mb.jsonl").write_text(json.dumps(doc, ensure_ascii=False) + "\n", "utf-8")
    with open(OUT / "big-20mb.csv", "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["id", "text"], ["big", text]])
    pq.write_table(pa.table({"id": ["big"], "text": [text]}), OUT / "big-20mb.parquet")


def _peak_rss_mb() -> float:
    # VmHWM belongs to this process's address space; ru_maxrss would also count the parent's
    # peak, which Linux carries across fork+exec.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(path: str) -> None:
    """Read one file and print its figures as JSON (run in a fresh process)."""
    from corpusgate.readers import read_documents
    from corpusgate.readers.base import MalformedRecord

    baseline = _peak_rss_mb()
    started = time.perf_counter()
    docs = chars = bad = 0
    for record in read_documents([path]):
        if isinstance(record, MalformedRecord):
            bad += 1
        else:
            docs += 1
            chars += len(record.text)
    elapsed = time.perf_counter() - started
    peak = _peak_rss_mb()
    figures = {"docs": docs, "bad": bad, "chars": chars, "elapsed": elapsed}
    print(json.dumps({**figures, "baseline_mb": baseline, "peak_mb": peak}))


def measure(path: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    figures: dict[str, float] = json.loads(result.stdout)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, help="one corpus size instead of 10k/50k/100k")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child)
        return 0
    sizes = [args.docs] if args.docs else [10_000, 50_000, 100_000]
    files = generate(sizes)
    print(
        f"{'input':<26} {'file MB':>8} {'docs':>8} {'s':>7} {'file MB/s':>9} "
        f"{'text MB/s':>9} {'docs/s':>9} {'peak RSS MB':>11} {'(start)':>8}"
    )
    for name, path in files.items():
        figures = measure(path)
        size_mb = os.path.getsize(path) / 1e6
        elapsed = figures["elapsed"]
        assert figures["bad"] == 0, f"{name}: {figures['bad']} malformed records"
        print(
            f"{name:<26} {size_mb:>8.1f} {figures['docs']:>8.0f} {elapsed:>7.2f} "
            f"{size_mb / elapsed:>9.1f} {figures['chars'] / 1e6 / elapsed:>9.1f} "
            f"{figures['docs'] / elapsed:>9,.0f} "
            f"{figures['peak_mb']:>11.0f} {figures['baseline_mb']:>8.0f}"
        )
    print("file MB/s: bytes as stored (compressed for .gz/.zst/Parquet); text MB/s: million")
    print("characters of document text per second; (start): RSS after imports, before reading.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
