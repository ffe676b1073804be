"""CSV and TSV: a header row naming the fields, then one record per row.

Both use the quoting rules of Python's ``csv`` module (RFC 4180: fields may be quoted with
``"`` and then contain the delimiter, newlines and doubled quotes), which is also what pandas
and spreadsheets write; TSV differs only in the tab delimiter. A TSV whose unquoted fields
start with ``"`` is therefore read as quoted.

Provenance is the physical line where a row starts (a quoted field spanning three lines makes
the next row start three lines later). Line breaks are ``\\n``, ``\\r\\n`` or a lone ``\\r``.

Whole-file problems raise :class:`InputError`: no header, or a header without the text
column (every row would be malformed). Per-row problems yield :class:`MalformedRecord` and
reading goes on: a row with more or fewer fields than the header, bad quoting (a character
after a closing quote, a quoted field still open at the end of the file). Blank lines are
skipped. Non-UTF-8 bytes become U+FFFD. Fields may be up to :data:`MAX_FIELD_CHARS` long.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import BinaryIO

from corpusgate.readers._fields import list_fields, make_record
from corpusgate.readers._io import READ_ERRORS, describe_read_error
from corpusgate.readers.base import FieldMapping, InputError, MalformedRecord, Record

# csv's default limit is 128 KiB per field, far below a long article; this keeps a runaway
# quote from pulling an entire multi-gigabyte file into one field.
MAX_FIELD_CHARS = 256 * 1024 * 1024


def _raise_field_limit() -> None:
    # The limit is process-wide; only ever raise it, in case the host application set more.
    if csv.field_size_limit() < MAX_FIELD_CHARS:
        csv.field_size_limit(MAX_FIELD_CHARS)


def _csv_error(error: csv.Error) -> str:
    message = str(error)
    if message == "unexpected end of data":
        return "invalid CSV: a quoted field is still open at the end of the file"
    return f"invalid CSV: {message}"


def read_delimited(
    stream: BinaryIO, label: str, mapping: FieldMapping, delimiter: str = ","
) -> Iterator[Record]:
    """Yield the records of a CSV (or, with ``delimiter="\\t"``, TSV) byte stream."""
    _raise_field_limit()
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline="")
    try:
        yield from _read_rows(text, label, mapping, delimiter)
    finally:
        # Detach so that closing the wrapper does not close the caller's stream (stdin).
        text.detach()


def _read_rows(
    text: io.TextIOWrapper, label: str, mapping: FieldMapping, delimiter: str
) -> Iterator[Record]:
    reader = csv.reader(text, delimiter=delimiter, strict=True)
    kind = "TSV" if delimiter == "\t" else "CSV"

    def next_row(last_line: int) -> list[str] | None:
        try:
            return next(reader, None)
        except READ_ERRORS as error:
            raise InputError(describe_read_error(label, error, last_line)) from error

    header: list[str] | None = None
    while header is None:
        try:
            row = next_row(reader.line_num)
        except csv.Error as error:
            raise InputError(
                f"{label}:{reader.line_num}: the header row is not valid {kind}: {error}"
            ) from error
        if row is None:
            return  # an empty file is an empty corpus
        if row:
            header = [name.strip() for name in row]
    if mapping.text not in header:
        raise InputError(
            f"{label}: no column {mapping.text!r} in the header; columns are: "
            f"{list_fields(header)} (choose the text column with --text-field)"
        )
    # Duplicate column names: the first one wins, like a reader scanning left to right.
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        columns.setdefault(name, index)
    width = len(header)

    last_line = reader.line_num
    while True:
        start = last_line + 1
        try:
            row = next_row(last_line)
        except csv.Error as error:
            last_line = reader.line_num
            where = f"{label}:{start}"
            yield MalformedRecord(where, where, _csv_error(error))
            continue
        if row is None:
            return
        last_line = reader.line_num
        if not row:
            continue
        where = f"{label}:{start}"
        if len(row) != width:
            reason = f"row has {len(row)} fields, the header has {width}"
            yield MalformedRecord(where, where, reason)
            continue
        yield make_record({name: row[i] for name, i in columns.items()}, where, mapping)
