"""Shared types of the readers: what they yield and how fields map onto documents."""

from __future__ import annotations

from dataclasses import dataclass

from corpusgate.documents import Document


@dataclass(frozen=True, slots=True)
class FieldMapping:
    """Which record fields hold the text, the id and the optional title and url."""

    text: str = "text"
    id: str | None = "id"
    title: str | None = "title"
    url: str | None = "url"


@dataclass(frozen=True, slots=True)
class MalformedRecord:
    """A record that could not become a document; the engine reports it as ``input.malformed``.

    ``id`` is derived from the source location so the record can be found again.
    """

    id: str
    source: str
    reason: str


Record = Document | MalformedRecord


class InputError(Exception):
    """A problem with the input as a whole (missing file, unknown format, unreadable archive).

    The message names the path; the CLI prints it and exits 2.
    """
