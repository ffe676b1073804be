"""The same five documents, written in every format, read back identically and cited exactly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from corpusgate.readers import ReadStats, count_hint, read_documents

from .samples import (
    SAMPLES,
    as_tuples,
    documents,
    expected_tuples,
    write_delimited,
    write_jsonl,
    write_parquet,
)


@pytest.mark.parametrize(
    "name", ["corpus.jsonl", "corpus.ndjson", "corpus.jsonl.gz", "corpus.jsonl.zst"]
)
def test_jsonl_round_trip(in_tmp: Path, name: str) -> None:
    lines = write_jsonl(Path(name), blank_lines=True)
    recs = list(read_documents([name]))
    assert as_tuples(recs) == expected_tuples()
    assert [r.source for r in recs] == [f"{name}:{line}" for line in lines]
    # Blank lines sit before records 2 and 4, so the line numbers are not just 1..5.
    assert lines == [1, 4, 5, 8, 9]


@pytest.mark.parametrize(("name", "delimiter"), [("corpus.csv", ","), ("corpus.tsv", "\t")])
def test_delimited_round_trip(in_tmp: Path, name: str, delimiter: str) -> None:
    starts = write_delimited(Path(name), delimiter)
    recs = list(read_documents([name]))
    assert as_tuples(recs) == expected_tuples()
    assert [r.source for r in recs] == [f"{name}:{line}" for line in starts]
    # a3's text holds three line breaks inside quotes (its row spans lines 4-7) and a4's text
    # ends in one (lines 8-9), so the rows do not start on consecutive lines.
    assert starts == [2, 3, 4, 8, 10]


def test_parquet_round_trip_cites_rows_across_row_groups(in_tmp: Path) -> None:
    write_parquet(Path("corpus.parquet"), row_group_size=2)
    recs = list(read_documents(["corpus.parquet"]))
    assert as_tuples(recs) == expected_tuples()
    assert [r.source for r in recs] == [f"corpus.parquet:{row}" for row in range(1, 6)]


def test_textdir_round_trip(in_tmp: Path) -> None:
    root = Path("articles")
    (root / "2024").mkdir(parents=True)
    expected = []
    for i, sample in enumerate(SAMPLES):
        folder = root / "2024" if i % 2 else root
        if sample.title is not None:
            path = folder / f"{sample.id}.md"
            content = f"# {sample.title}\n{sample.text}"
        else:
            path = folder / f"{sample.id}.txt"
            content = sample.text
        path.write_bytes(content.encode("utf-8"))
        expected.append((path.relative_to(root).as_posix(), content, sample.title, None))
    recs = list(read_documents(["articles"]))
    # Sorted: the files at the top first, then the subdirectory.
    assert sorted(as_tuples(recs)) == sorted(expected)
    assert [r.id for r in recs] == ["a1.md", "a3.txt", "a5.md", "2024/a2.md", "2024/a4.md"]
    assert [r.source for r in recs] == [os.path.join("articles", r.id) for r in recs]


def test_every_format_yields_the_same_texts(in_tmp: Path) -> None:
    write_jsonl(Path("c.jsonl.zst"))
    write_delimited(Path("c.tsv"), "\t")
    write_parquet(Path("c.parquet"))
    by_format = [
        [d.text for d in documents(read_documents([name]))]
        for name in ("c.jsonl.zst", "c.tsv", "c.parquet")
    ]
    assert by_format[0] == by_format[1] == by_format[2] == [s.text for s in SAMPLES]


def test_inputs_are_unchanged_by_reading(in_tmp: Path) -> None:
    write_jsonl(Path("c.jsonl"))
    write_jsonl(Path("c.jsonl.gz"))
    write_delimited(Path("c.csv"))
    write_parquet(Path("c.parquet"))
    Path("dir").mkdir()
    Path("dir/x.html").write_text("<p>x</p>", encoding="utf-8")
    names = ["c.jsonl", "c.jsonl.gz", "c.csv", "c.parquet", "dir/x.html"]
    # Backdate the mtimes so any write during reading would certainly change them.
    for name in names:
        os.utime(name, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    before = {name: (Path(name).read_bytes(), os.stat(name).st_mtime_ns) for name in names}
    recs = list(read_documents(["c.jsonl", "c.jsonl.gz", "c.csv", "c.parquet", "dir"]))
    assert len(recs) == 4 * len(SAMPLES) + 1
    after = {name: (Path(name).read_bytes(), os.stat(name).st_mtime_ns) for name in names}
    assert after == before


@pytest.mark.parametrize("name", ["c.jsonl", "c.jsonl.gz", "c.jsonl.zst", "c.csv", "c.parquet"])
def test_stats_reach_the_count_hint(in_tmp: Path, name: str) -> None:
    if name.endswith(".parquet"):
        write_parquet(Path(name))
    elif name.endswith(".csv"):
        write_delimited(Path(name))
    else:
        write_jsonl(Path(name))
    stats = ReadStats()
    recs = read_documents([name], stats=stats)
    assert stats.records == 0  # nothing is read before iteration starts
    assert len(list(recs)) == len(SAMPLES)
    assert stats.records == len(SAMPLES)
    assert stats.bytes_read == count_hint([name]) == os.path.getsize(name)
