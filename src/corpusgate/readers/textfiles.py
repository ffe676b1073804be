"""Plain files as documents: a directory tree of them (``textdir``) or a single one (``text``).

One file is one document, and its text is the file's content exactly: UTF-8 (invalid bytes
become U+FFFD, a leading byte-order mark is dropped), line endings untouched, and HTML kept as
markup (corpusgate's checks look for leftover HTML, so stripping it here would hide it).

- id: the path relative to the directory given (``2024/05/story.md``, always with ``/``); for
  a single file, the path as given.
- source: the file's path as given (``corpus/2024/05/story.md``), without a line number.
- title: for ``.md``, the first line when it is a level-1 ATX heading (``# Title``); for
  ``.html``/``.htm``, the content of the first ``<title>`` element (entities decoded,
  whitespace collapsed); for ``.txt``, none.

In a directory, files with the extensions in :data:`TEXT_EXTENSIONS` (any letter case) are
read, in sorted order, recursing into subdirectories; hidden files and directories (names
starting with ``.``, such as ``.git``) are skipped, as are other files. A file larger than
:data:`MAX_FILE_BYTES` or one that cannot be opened yields a :class:`MalformedRecord`.
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterator

from corpusgate.documents import Document
from corpusgate.readers._io import ReadStats
from corpusgate.readers.base import MalformedRecord, Record

TEXT_EXTENSIONS = (".txt", ".md", ".html", ".htm")
MAX_FILE_BYTES = 256 * 1024 * 1024
# A <title> longer than this is not a title; it is a broken page.
_MAX_TITLE_CHARS = 1000


def _extension(path: str) -> str:
    return os.path.splitext(path)[1].lower()


def is_text_file(name: str) -> bool:
    return not name.startswith(".") and _extension(name) in TEXT_EXTENSIONS


def iter_text_files(root: str) -> Iterator[tuple[str, str]]:
    """(path, id) of every text file under ``root``, sorted, hidden entries skipped."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if is_text_file(name):
                path = os.path.join(dirpath, name)
                yield path, os.path.relpath(path, root).replace(os.sep, "/")


def markdown_title(text: str) -> str | None:
    first = text.split("\n", 1)[0].rstrip("\r")
    if first.startswith("# "):
        return first[2:].strip().rstrip("#").strip() or None
    return None


def html_title(text: str) -> str | None:
    # str.find rather than a regex: linear however many "<title" fragments a page has.
    lower = text.lower()
    start = lower.find("<title")
    while start != -1 and lower[start + 6 : start + 7] not in (">", " ", "\t", "\n", "\r"):
        start = lower.find("<title", start + 6)
    if start == -1:
        return None
    open_end = lower.find(">", start)
    if open_end == -1:
        return None
    close = lower.find("</title", open_end)
    if close == -1:
        return None
    title = " ".join(html.unescape(text[open_end + 1 : close]).split())
    return title[:_MAX_TITLE_CHARS] or None


def title_for(path: str, text: str) -> str | None:
    ext = _extension(path)
    if ext == ".md":
        return markdown_title(text)
    if ext in (".html", ".htm"):
        return html_title(text)
    return None


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("utf-8-sig", "replace")


def read_text_file(path: str, label: str, doc_id: str, stats: ReadStats | None = None) -> Record:
    """The single document held by the file at ``path``."""
    try:
        with open(path, "rb") as handle:
            # The size check comes first so that an oversized file is never read; the capped
            # read covers a file that grows while it is read.
            size = os.fstat(handle.fileno()).st_size
            data = b"" if size > MAX_FILE_BYTES else handle.read(MAX_FILE_BYTES + 1)
            too_big = size > MAX_FILE_BYTES or len(data) > MAX_FILE_BYTES
    except OSError as error:
        return MalformedRecord(label, label, f"cannot read the file: {error.strerror or error}")
    if stats is not None:
        stats.bytes_read += max(size, len(data))
    if too_big:
        reason = f"file is larger than {MAX_FILE_BYTES} bytes, the limit for one document"
        return MalformedRecord(label, label, reason)
    text = decode(data)
    return Document(id=doc_id, text=text, source=label, title=title_for(path, text))


def read_text_dir(root: str, label: str, stats: ReadStats | None = None) -> Iterator[Record]:
    """One document per text file under ``root``; ``label`` is ``root`` as the user wrote it."""
    for path, rel in iter_text_files(root):
        yield read_text_file(path, os.path.normpath(os.path.join(label, rel)), rel, stats)
