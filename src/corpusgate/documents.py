"""The values that flow through corpusgate: documents in, findings and signals out.

They are small frozen dataclasses so that they pickle cheaply between worker processes and
cannot be changed by a check behind the engine's back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Document:
    """One record of a corpus.

    ``source`` is where the record came from, as ``path:line`` (JSONL line, CSV row, Parquet
    row) or a plain file path, so every finding can point a person at the exact record.
    """

    id: str
    text: str
    source: str
    title: str | None = None
    url: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        """A stable hash of the text, used to tell changed documents from unchanged ones."""
        return hashlib.blake2b(
            self.text.encode("utf-8", "surrogatepass"), digest_size=16
        ).hexdigest()


@dataclass(frozen=True, slots=True)
class Finding:
    """One flagged span of a document.

    ``start``/``end`` are character offsets into ``Document.text`` (``text[start:end] ==
    finding.text``). A finding about the document as a whole (a score above a threshold, an
    outlier) has ``start == end == 0`` and an empty ``text``.
    """

    check: str
    start: int
    end: int
    text: str
    message: str
    suggestion: str | None = None
    confidence: float = 1.0

    @property
    def is_document_level(self) -> bool:
        return self.start == self.end == 0 and not self.text

    def to_dict(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "suggestion": self.suggestion,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Finding:
        return cls(
            check=data["check"],
            start=int(data["start"]),
            end=int(data["end"]),
            text=data["text"],
            message=data["message"],
            suggestion=data.get("suggestion"),
            confidence=float(data.get("confidence", 1.0)),
        )


Signals = dict[str, float]


@dataclass(frozen=True, slots=True)
class CheckOutput:
    """What one check says about one document: findings (spans) and numeric signals."""

    findings: tuple[Finding, ...] = ()
    signals: Mapping[str, float] = field(default_factory=dict)


EMPTY_OUTPUT = CheckOutput()
