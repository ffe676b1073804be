"""Per-document results and the disk-backed store that keeps them out of memory."""

from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from corpusgate.documents import Finding


@dataclass(frozen=True, slots=True)
class DocResult:
    """Everything the engine learnt about one document.

    ``findings`` maps an expectation id to that expectation's findings. ``text`` is kept only
    for documents with findings (so reports can show them), capped at ``TEXT_CAP`` characters.
    """

    id: str
    source: str
    content_hash: str
    findings: Mapping[str, tuple[Finding, ...]]
    signals: Mapping[str, float]
    title: str | None = None
    url: str | None = None
    text: str | None = None
    text_truncated: bool = False
    observations: Mapping[str, Any] = field(default_factory=dict)

    @property
    def has_findings(self) -> bool:
        return any(self.findings.values())

    def all_findings(self) -> Iterator[tuple[str, Finding]]:
        for expectation_id, findings in self.findings.items():
            for finding in findings:
                yield expectation_id, finding

    def without_observations(self) -> DocResult:
        return replace(self, observations={})


class ResultStore:
    """An append-only sequence of results, spooled to a temporary file, readable many times.

    Memory stays flat however large the corpus: only one batch is held while writing or reading.
    """

    def __init__(self) -> None:
        handle, self._path = tempfile.mkstemp(prefix="corpusgate-", suffix=".results")
        self._file = os.fdopen(handle, "w+b")
        self._count = 0

    def extend(self, results: Iterable[DocResult]) -> None:
        batch = list(results)
        if batch:
            pickle.dump(batch, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self._count += len(batch)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[DocResult]:
        self._file.flush()
        with open(self._path, "rb") as reader:
            while True:
                try:
                    batch = pickle.load(reader)
                except EOFError:
                    return
                yield from batch

    def close(self) -> None:
        if not self._file.closed:
            self._file.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._path)

    def __del__(self) -> None:
        # Interpreter shutdown may already have removed os or the file; nothing to do then.
        with contextlib.suppress(Exception):
            self.close()
