"""Readers: stream the documents of a corpus from files, directories, globs and stdin.

>>> for record in read_documents(["news/*.jsonl.gz", "extra.csv"]):   # doctest: +SKIP
...     print(record.source)                                          # news/a.jsonl.gz:1, ...

Every input is one of:

- ``-``: standard input, JSON Lines unless ``format`` says otherwise (``csv``, ``tsv``,
  ``text``; Parquet needs a seekable file and is refused). Cited as ``<stdin>:line``.
- a directory: a ``textdir`` (one document per ``.txt``/``.md``/``.html``/``.htm`` file).
- a file: its format comes from its extension (``.jsonl``/``.ndjson``, ``.csv``, ``.tsv``,
  each optionally ``.gz``/``.zst``; ``.parquet``; ``.txt``/``.md``/``.html``/``.htm`` as
  one document), unless ``format`` is given. Compression is recognised from the content.
- a glob (``corpus/**/*.jsonl``, ``**`` recursive): every file it matches, in sorted order.

All inputs are checked before the first record is read, so a typo in the last path fails
at once with an :class:`InputError` naming it. A file reached twice (two overlapping globs)
is read once. Files are only ever opened for reading.

Provenance (``Document.source``) uses the path as given, normalised (``./a.jsonl`` becomes
``a.jsonl``) but never made absolute, so CI annotations point at repository files:
``path:line`` for JSON Lines (physical line) and CSV/TSV (line where the row starts),
``path:row`` for Parquet (1-based row), and the file path for text files. Format-specific
rules are documented in :mod:`.jsonl`, :mod:`.delimited`, :mod:`.parquet` and
:mod:`.textfiles`; field mapping rules in :mod:`._fields`.

Ids are not checked for uniqueness here: duplicates are a property of the corpus, for a check
to report.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from corpusgate.documents import Document
from corpusgate.readers._io import READ_ERRORS, ReadStats, open_stream, stdin_binary
from corpusgate.readers.base import FieldMapping, InputError, MalformedRecord, Record
from corpusgate.readers.delimited import read_delimited
from corpusgate.readers.jsonl import read_jsonl
from corpusgate.readers.textfiles import (
    TEXT_EXTENSIONS,
    decode,
    iter_text_files,
    read_text_dir,
    read_text_file,
)

FORMATS = ("jsonl", "csv", "tsv", "parquet", "textdir", "text")

_EXTENSIONS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".parquet": "parquet",
    ".pq": "parquet",
    **{ext: "text" for ext in TEXT_EXTENSIONS},
}
_COMPRESSION = (".gz", ".zst", ".zstd")
_STREAM_FORMATS = ("jsonl", "csv", "tsv")
_STDIN_LABEL = "<stdin>"
# FieldMapping is frozen, so one shared default is safe.
DEFAULT_MAPPING = FieldMapping()


@dataclass(frozen=True, slots=True)
class InputSource:
    """One thing to read: ``path`` as opened (``-`` for stdin), ``label`` as cited."""

    path: str
    label: str
    format: str


def _format_list() -> str:
    return ", ".join(FORMATS)


def detect_format(path: str) -> str:
    """The format of ``path`` from its extension(s); :class:`InputError` when unknown."""
    name = os.path.basename(path).lower()
    stem, ext = os.path.splitext(name)
    compressed = ext in _COMPRESSION
    if compressed:
        stem, ext = os.path.splitext(stem)
    fmt = _EXTENSIONS.get(ext)
    if fmt is not None and (not compressed or fmt in _STREAM_FORMATS):
        return fmt
    hint = ""
    if ext == ".json":
        hint = " (for one JSON object per line, pass --format jsonl)"
    shown = name if len(name) <= 80 else name[:80] + "…"
    raise InputError(
        f"{path}: cannot tell the format of {shown!r} from its extension; pass --format "
        f"with one of: {_format_list()}{hint}"
    )


def _has_magic(pattern: str) -> bool:
    return any(c in pattern for c in "*?[")


def expand_inputs(inputs: Sequence[str], *, format: str | None = None) -> list[InputSource]:
    """Resolve paths, directories, globs and ``-`` into the list of sources to read."""
    if format is not None and format not in FORMATS:
        raise InputError(f"unknown format {format!r}; formats are: {_format_list()}")
    sources: list[InputSource] = []
    seen: set[str] = set()

    def add(path: str, label: str, fmt: str) -> None:
        key = path if path == "-" else os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            sources.append(InputSource(path, label, fmt))

    def add_file(path: str) -> None:
        fmt = format or detect_format(path)
        if fmt == "textdir":
            raise InputError(f"{path}: --format textdir reads a directory, and this is a file")
        add(path, os.path.normpath(path), fmt)

    for item in inputs:
        item = os.fspath(item)
        if item == "-":
            fmt = format or "jsonl"
            if fmt in ("parquet", "textdir"):
                raise InputError(
                    f"-: standard input cannot be read as {fmt}; use jsonl, csv, tsv or text"
                )
            add("-", _STDIN_LABEL, fmt)
        elif os.path.isdir(item):
            if format not in (None, "textdir"):
                raise InputError(
                    f"{item}: is a directory, and --format {format} reads files; pass a glob "
                    f"such as '{os.path.join(item, '**', '*')}.{format}'"
                )
            if next(iter_text_files(item), None) is None:
                raise InputError(
                    f"{item}: the directory has no {', '.join(TEXT_EXTENSIONS)} files; for other "
                    f"formats pass a glob such as '{os.path.join(item, '**', '*.jsonl')}'"
                )
            add(item, os.path.normpath(item), "textdir")
        elif os.path.exists(item):
            add_file(item)
        elif _has_magic(item):
            matches = sorted(m for m in glob.glob(item, recursive=True) if os.path.isfile(m))
            if not matches:
                raise InputError(f"{item}: no files match this pattern")
            for match in matches:
                add_file(match)
        else:
            raise InputError(f"{item}: no such file or directory")
    return sources


def count_hint(inputs: Sequence[str], *, format: str | None = None) -> int | None:
    """Total bytes the inputs occupy on disk, for a progress bar against ``ReadStats``.

    ``None`` when an input is standard input (its size is unknown).
    """
    total = 0
    for source in expand_inputs(inputs, format=format):
        if source.path == "-":
            return None
        if source.format == "textdir":
            total += sum(os.path.getsize(path) for path, _ in iter_text_files(source.path))
        else:
            total += os.path.getsize(source.path)
    return total


def read_documents(
    inputs: Sequence[str],
    *,
    format: str | None = None,
    mapping: FieldMapping = DEFAULT_MAPPING,
    stats: ReadStats | None = None,
) -> Iterator[Record]:
    """Stream the records of every input, in order: documents and malformed records.

    Raises :class:`InputError` at once for inputs that do not exist, match nothing or have
    an unknown format, and while iterating for inputs that turn out unreadable (a truncated
    archive, a Parquet file with a broken footer). ``stats``, if given, is updated as reading
    progresses (see :class:`ReadStats`).
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [os.fspath(inputs)]
    sources = expand_inputs(inputs, format=format)
    return _read_all(sources, mapping, stats)


def _read_all(
    sources: list[InputSource], mapping: FieldMapping, stats: ReadStats | None
) -> Iterator[Record]:
    for source in sources:
        for record in read_source(source, mapping, stats):
            if stats is not None:
                stats.records += 1
            yield record


def read_source(
    source: InputSource, mapping: FieldMapping = DEFAULT_MAPPING, stats: ReadStats | None = None
) -> Iterator[Record]:
    """The records of one resolved input."""
    counter = stats if stats is not None else ReadStats()
    fmt, path, label = source.format, source.path, source.label
    if fmt == "parquet":
        # Imported here: pyarrow costs half a second, which every run without Parquet input
        # (and every pytest session with the plugin) would otherwise pay.
        from corpusgate.readers.parquet import read_parquet

        yield from read_parquet(path, label, mapping, stats)
    elif fmt == "textdir":
        yield from read_text_dir(path, label, stats)
    elif fmt == "text":
        if path == "-":
            data = stdin_binary().read()
            counter.bytes_read += len(data)
            yield Document(id=label, text=decode(data), source=label)
        else:
            yield read_text_file(path, label, label, stats)
    elif path == "-":
        with open_stream(stdin_binary(), counter) as stream:
            yield from _read_stream(stream, fmt, label, mapping)
    else:
        try:
            handle = open(path, "rb", buffering=0)  # noqa: SIM115 - closed by the with below
        except OSError as error:
            raise InputError(f"{label}: cannot open: {error.strerror or error}") from error
        with handle:
            try:
                stream = open_stream(handle, counter)
            except READ_ERRORS as error:
                raise InputError(f"{label}: cannot read: {error}") from error
            with stream:
                yield from _read_stream(stream, fmt, label, mapping)


def _read_stream(stream: BinaryIO, fmt: str, label: str, mapping: FieldMapping) -> Iterator[Record]:
    if fmt == "jsonl":
        return read_jsonl(stream, label, mapping)
    return read_delimited(stream, label, mapping, "\t" if fmt == "tsv" else ",")


__all__ = [
    "FORMATS",
    "FieldMapping",
    "InputError",
    "InputSource",
    "MalformedRecord",
    "ReadStats",
    "Record",
    "count_hint",
    "detect_format",
    "expand_inputs",
    "read_documents",
    "read_source",
]
