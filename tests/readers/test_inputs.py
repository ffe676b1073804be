"""Resolving inputs: several paths, globs, directories, stdin, formats and their errors."""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path

import pytest

from corpusgate.documents import Document
from corpusgate.readers import (
    InputError,
    ReadStats,
    count_hint,
    detect_format,
    expand_inputs,
    read_documents,
)

from .samples import SAMPLES, as_tuples, documents, expected_tuples, write_delimited, write_jsonl


def _jsonl(path: str, *texts: str) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text("".join(f'{{"text": "{t}"}}\n' for t in texts), encoding="utf-8")


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_several_paths_in_the_order_given(in_tmp: Path) -> None:
    _jsonl("b.jsonl", "b1", "b2")
    _jsonl("a.jsonl", "a1")
    recs = documents(read_documents(["b.jsonl", "a.jsonl"]))
    assert [(d.text, d.source) for d in recs] == [
        ("b1", "b.jsonl:1"),
        ("b2", "b.jsonl:2"),
        ("a1", "a.jsonl:1"),
    ]


def test_recursive_glob_is_sorted_and_relative(in_tmp: Path) -> None:
    _jsonl("corpus/2024/02/x.jsonl", "feb")
    _jsonl("corpus/2024/01/y.jsonl", "jan")
    _jsonl("corpus/top.jsonl", "top")
    Path("corpus/notes.md").write_text("not matched", encoding="utf-8")
    recs = documents(read_documents(["corpus/**/*.jsonl"]))
    assert [(d.text, d.source) for d in recs] == [
        ("jan", "corpus/2024/01/y.jsonl:1"),
        ("feb", "corpus/2024/02/x.jsonl:1"),
        ("top", "corpus/top.jsonl:1"),
    ]


def test_overlapping_inputs_read_each_file_once(in_tmp: Path) -> None:
    _jsonl("c/a.jsonl", "a")
    _jsonl("c/b.jsonl", "b")
    recs = documents(read_documents(["c/a.jsonl", "c/*.jsonl", "./c/b.jsonl"]))
    assert [d.source for d in recs] == ["c/a.jsonl:1", "c/b.jsonl:1"]


def test_mixed_formats_in_one_run(in_tmp: Path) -> None:
    write_jsonl(Path("x.jsonl.gz"))
    write_delimited(Path("x.csv"))
    Path("pages").mkdir()
    Path("pages/p.html").write_text("<p>page</p>", encoding="utf-8")
    recs = list(read_documents(["x.jsonl.gz", "x.csv", "pages"]))
    assert as_tuples(recs[:5]) == as_tuples(recs[5:10]) == expected_tuples()
    assert as_tuples(recs[10:]) == [("p.html", "<p>page</p>", None, None)]


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ("missing.jsonl", "missing.jsonl: no such file or directory"),
        ("nothing/**/*.jsonl", "nothing/**/*.jsonl: no files match this pattern"),
    ],
)
def test_inputs_that_match_nothing(in_tmp: Path, item: str, message: str) -> None:
    _jsonl("real.jsonl", "x")
    # Checked before anything is read: a typo in the last input fails at once.
    with pytest.raises(InputError) as info:
        read_documents(["real.jsonl", item])
    assert str(info.value) == message


def test_glob_matching_only_directories_matches_nothing(in_tmp: Path) -> None:
    Path("d1").mkdir()
    with pytest.raises(InputError, match=r"^d\*: no files match this pattern$"):
        read_documents(["d*"])


def test_unknown_extension_suggests_format(in_tmp: Path) -> None:
    Path("dump.xml").write_text("<x/>", encoding="utf-8")
    Path("lines.json").write_text('{"text": "t"}\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_documents(["dump.xml"])
    assert str(info.value) == (
        "dump.xml: cannot tell the format of 'dump.xml' from its extension; pass --format with "
        "one of: jsonl, csv, tsv, parquet, textdir, text"
    )
    with pytest.raises(InputError) as info:
        read_documents(["lines.json"])
    assert str(info.value).endswith("(for one JSON object per line, pass --format jsonl)")
    (doc,) = read_documents(["lines.json"], format="jsonl")
    assert isinstance(doc, Document)
    assert doc.source == "lines.json:1"


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.jsonl", "jsonl"),
        ("a.NDJSON", "jsonl"),
        ("a.jsonl.gz", "jsonl"),
        ("a.jsonl.zst", "jsonl"),
        ("a.jsonl.zstd", "jsonl"),
        ("a.csv", "csv"),
        ("a.tsv.gz", "tsv"),
        ("a.parquet", "parquet"),
        ("a.pq", "parquet"),
        ("a.txt", "text"),
        ("a.md", "text"),
        ("a.htm", "text"),
        ("dir/a.b.html", "text"),
    ],
)
def test_detect_format(name: str, fmt: str) -> None:
    assert detect_format(name) == fmt


@pytest.mark.parametrize("name", ["a.parquet.gz", "a.txt.zst", "a.gz", "a", "a.json"])
def test_detect_format_refuses(name: str) -> None:
    with pytest.raises(InputError, match="pass --format"):
        detect_format(name)


def test_format_errors(in_tmp: Path) -> None:
    Path("d").mkdir()
    Path("d/a.txt").write_text("x", encoding="utf-8")
    _jsonl("f.jsonl", "x")
    with pytest.raises(InputError, match=r"^unknown format 'xml'; formats are: jsonl, csv"):
        read_documents(["f.jsonl"], format="xml")
    with pytest.raises(InputError, match=r"^d: is a directory, and --format jsonl reads files"):
        read_documents(["d"], format="jsonl")
    with pytest.raises(InputError, match=r"^f\.jsonl: --format textdir reads a directory"):
        read_documents(["f.jsonl"], format="textdir")


def test_stdin_defaults_to_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b'{"id": 1, "text": "one"}\n\n{"text": "two"}\nnot json\n')
    recs = list(read_documents(["-"]))
    assert [(r.id, r.source) for r in recs] == [
        ("1", "<stdin>:1"),
        ("<stdin>:3", "<stdin>:3"),
        ("<stdin>:4", "<stdin>:4"),
    ]
    assert not sys.stdin.buffer.closed


def test_stdin_with_format_csv_and_gzip(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, gzip.compress(b'id,text\nr1,"a, b"\n'))
    (doc,) = read_documents(["-"], format="csv")
    assert isinstance(doc, Document)
    assert (doc.id, doc.text, doc.source) == ("r1", "a, b", "<stdin>:2")


def test_stdin_as_one_text(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b"whole\ninput\n")
    (doc,) = read_documents(["-"], format="text")
    assert doc == Document(id="<stdin>", text="whole\ninput\n", source="<stdin>")


def test_stdin_together_with_files(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _jsonl("f.jsonl", "file")
    _stdin(monkeypatch, b'{"text": "piped"}\n')
    recs = documents(read_documents(["f.jsonl", "-"]))
    assert [(d.text, d.source) for d in recs] == [("file", "f.jsonl:1"), ("piped", "<stdin>:1")]
    assert count_hint(["f.jsonl", "-"]) is None


def test_stdin_cannot_be_parquet_and_must_exist(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InputError, match=r"^-: standard input cannot be read as parquet"):
        read_documents(["-"], format="parquet")
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(InputError, match=r"^-: there is no standard input to read$"):
        list(read_documents(["-"]))


def test_single_string_and_path_inputs(in_tmp: Path) -> None:
    _jsonl("f.jsonl", "x")
    assert len(list(read_documents("f.jsonl"))) == 1
    assert len(list(read_documents([Path("f.jsonl")]))) == 1  # type: ignore[list-item]


def test_expand_and_count_hint(in_tmp: Path) -> None:
    write_jsonl(Path("a.jsonl"))
    Path("d").mkdir()
    Path("d/x.md").write_text("12345", encoding="utf-8")
    Path("d/y.bin").write_bytes(b"ignored")
    sources = expand_inputs(["a.jsonl", "d"])
    assert [(s.path, s.label, s.format) for s in sources] == [
        ("a.jsonl", "a.jsonl", "jsonl"),
        ("d", "d", "textdir"),
    ]
    hint = count_hint(["a.jsonl", "d"])
    assert hint == Path("a.jsonl").stat().st_size + 5
    stats = ReadStats()
    assert len(list(read_documents(["a.jsonl", "d"], stats=stats))) == len(SAMPLES) + 1
    assert stats.bytes_read == hint
