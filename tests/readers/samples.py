"""A small corpus written in every format the readers accept, for round-trip tests."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import zstandard

from corpusgate.documents import Document
from corpusgate.readers import MalformedRecord, Record


@dataclass(frozen=True)
class Sample:
    id: str
    text: str
    title: str | None
    url: str | None


SAMPLES = (
    Sample(
        "a1",
        "Zürich’s café reopened — naïve “smart quotes”, 東京 and 🚀 in one line.",
        "Café reopens",
        "https://example.com/news/a1",
    ),
    Sample(
        "a2", 'He said, "no comment," and left; the mayor\'s office, too.', "Quotes, commas", None
    ),
    Sample(
        "a3",
        "First paragraph.\n\nSecond paragraph,\twith a tab.\r\nThird line, CRLF before it.",
        None,
        "https://example.com/a3?x=1&y=2",
    ),
    Sample("a4", "Ends with a newline and a NUL \x00 in the middle\n", "NUL inside", None),
    Sample("a5", "  leading and trailing blanks  ", "Plain", "https://example.com/a5"),
)

# Line breaks as csv and the text layer count them (no U+2028 and friends).
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def records(samples: Iterable[Sample]) -> list[dict[str, str | None]]:
    return [{"id": s.id, "text": s.text, "title": s.title, "url": s.url} for s in samples]


def as_tuples(recs: Iterable[Record]) -> list[tuple[str, str, str | None, str | None]]:
    out = []
    for rec in recs:
        assert isinstance(rec, Document), rec
        out.append((rec.id, rec.text, rec.title, rec.url))
    return out


def expected_tuples() -> list[tuple[str, str, str | None, str | None]]:
    return [(s.id, s.text, s.title, s.url) for s in SAMPLES]


def write_jsonl(path: Path, blank_lines: bool = False) -> list[int]:
    """Write SAMPLES as JSON Lines; return the 1-based line of each record."""
    lines: list[str] = []
    where: list[int] = []
    for i, rec in enumerate(records(SAMPLES)):
        if blank_lines and i % 2 == 1:
            lines.extend(["", "   "])
        lines.append(json.dumps(rec, ensure_ascii=i % 2 == 0))
        where.append(len(lines))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if path.name.endswith(".gz"):
        data = gzip.compress(data)
    elif path.name.endswith(".zst"):
        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)
    return where


def write_delimited(path: Path, delimiter: str = ",") -> list[int]:
    """Write SAMPLES as CSV/TSV with csv.writer; return the physical line each row starts on."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["id", "title", "text", "url"])
    where = []
    for rec in records(SAMPLES):
        where.append(len(_LINE_BREAK.findall(buffer.getvalue())) + 1)
        writer.writerow([rec["id"], rec["title"] or "", rec["text"], rec["url"] or ""])
    path.write_bytes(buffer.getvalue().encode("utf-8"))
    return where


def write_parquet(path: Path, row_group_size: int = 2) -> None:
    table = pa.table(
        {
            "id": [s.id for s in SAMPLES],
            "text": [s.text for s in SAMPLES],
            "title": [s.title for s in SAMPLES],
            "url": [s.url for s in SAMPLES],
        }
    )
    pq.write_table(table, path, row_group_size=row_group_size)


def malformed(recs: Iterable[Record]) -> list[tuple[str, str]]:
    return [(r.source, r.reason) for r in recs if isinstance(r, MalformedRecord)]


def documents(recs: Iterable[Record]) -> list[Document]:
    return [r for r in recs if isinstance(r, Document)]
