"""JSON Lines: one JSON object per line (``.jsonl``, ``.ndjson``, optionally gzip/zstd).

Provenance is the 1-based physical line number: lines are split on ``\\n`` only (a JSON value
cannot contain a raw newline, and U+2028 inside strings is not a line break here).

Lines that cannot become documents are yielded as :class:`MalformedRecord` and reading goes on:
invalid JSON (with the parser's message and column), a value that is not an object, a missing
or non-string text field, an id that is neither string nor integer, or a line longer than
:data:`MAX_LINE_BYTES`. Empty and whitespace-only lines are skipped silently. Bytes that are
not UTF-8 are decoded as U+FFFD (which ``artifact.encoding`` reports). A byte-order mark at the
start of the file is ignored.

A compressed input that ends early raises :class:`InputError` naming the file and the last
line read, after the records before the damage have been yielded: a truncated archive is a
broken delivery, not a few bad records, so the run stops instead of passing on half a corpus.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from corpusgate.readers._fields import json_type, make_record
from corpusgate.readers._io import READ_ERRORS, describe_read_error
from corpusgate.readers.base import FieldMapping, InputError, MalformedRecord, Record

# One record may be large (a 20 MB article is normal), but a file without newlines must not
# be read into memory whole.
MAX_LINE_BYTES = 256 * 1024 * 1024
_SKIP_CHUNK = 1 << 20
_BOM = b"\xef\xbb\xbf"


def _json_error(error: ValueError) -> str:
    if isinstance(error, json.JSONDecodeError):
        # json's message for control characters ends with " at" (it expects its own position
        # suffix); ours adds the column.
        msg = error.msg.removesuffix(" at")
        return f"invalid JSON: {msg} at column {error.colno}"
    return f"invalid JSON: {error}"


def read_jsonl(stream: BinaryIO, label: str, mapping: FieldMapping) -> Iterator[Record]:
    """Yield the records of a JSON Lines byte stream whose lines are cited as ``label:line``."""
    line_no = 0
    limit = MAX_LINE_BYTES
    readline = stream.readline
    while True:
        try:
            raw = readline(limit + 1)
        except READ_ERRORS as error:
            raise InputError(describe_read_error(label, error, line_no)) from error
        if not raw:
            return
        line_no += 1
        where = f"{label}:{line_no}"
        if len(raw) > limit and not raw.endswith(b"\n"):
            try:
                while raw and not raw.endswith(b"\n"):
                    raw = readline(_SKIP_CHUNK)
            except READ_ERRORS as error:
                raise InputError(describe_read_error(label, error, line_no)) from error
            reason = f"line is longer than {limit} bytes, the limit for one record"
            yield MalformedRecord(where, where, reason)
            continue
        if line_no == 1 and raw.startswith(_BOM):
            raw = raw[len(_BOM) :]
        if raw.isspace() or not raw:
            continue
        # Without its terminator, so that an unterminated string is reported as such rather
        # than as a control character (the newline) inside it.
        raw = raw.removesuffix(b"\n").removesuffix(b"\r")
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            line = raw.decode("utf-8", "replace")
        try:
            obj = json.loads(line)
        except ValueError as error:  # JSONDecodeError, and ints over the digit limit
            yield MalformedRecord(where, where, _json_error(error))
            continue
        except RecursionError:
            yield MalformedRecord(where, where, "invalid JSON: nested too deeply")
            continue
        if not isinstance(obj, dict):
            reason = f"expected a JSON object, got {json_type(obj)}"
            yield MalformedRecord(where, where, reason)
            continue
        yield make_record(obj, where, mapping)
