"""What happens to one document: every check of the suite runs once, all findings are kept."""

from __future__ import annotations

from typing import Any

from corpusgate.checks.base import Check, CorpusCheck, DocContext
from corpusgate.documents import Document, Finding
from corpusgate.engine.results import DocResult
from corpusgate.errors import InternalError
from corpusgate.readers.base import MalformedRecord, Record
from corpusgate.suite import Suite

TEXT_CAP = 200_000
MALFORMED_CHECK = "input.malformed"


class CheckCrashed(InternalError):
    """A check raised on a document: a corpusgate bug, reported with where it happened."""

    def __init__(self, expectation_id: str, source: str, error: BaseException) -> None:
        super().__init__(
            f"check {expectation_id!r} crashed on the document at {source}: "
            f"{type(error).__name__}: {error}"
        )


class DocumentProcessor:
    """Runs a suite's configured checks over records. One instance per worker process."""

    def __init__(self, checks: dict[str, Check[Any]]) -> None:
        self.checks = checks
        self.malformed_ids = [eid for eid, c in checks.items() if c.name == MALFORMED_CHECK]
        self.per_document = [(eid, c) for eid, c in checks.items() if c.name != MALFORMED_CHECK]
        self.corpus = [(eid, c) for eid, c in checks.items() if isinstance(c, CorpusCheck)]

    def process(self, record: Record) -> DocResult:
        if isinstance(record, MalformedRecord):
            return self._malformed(record)
        return self._document(record)

    def process_batch(self, records: list[Record]) -> list[DocResult]:
        return [self.process(record) for record in records]

    def _document(self, doc: Document) -> DocResult:
        ctx = DocContext(doc)
        findings: dict[str, tuple[Finding, ...]] = {}
        signals: dict[str, float] = {}
        observations: dict[str, Any] = {}
        for expectation_id, check in self.per_document:
            try:
                output = check.run(doc, ctx)
                if isinstance(check, CorpusCheck):
                    observations[expectation_id] = check.observe(doc, ctx)
            except Exception as error:  # a bug in a check, not in the input
                raise CheckCrashed(expectation_id, doc.source, error) from error
            if output.findings:
                findings[expectation_id] = tuple(output.findings)
            signals.update(output.signals)
        return DocResult(
            id=doc.id,
            source=doc.source,
            content_hash=doc.content_hash,
            findings=findings,
            signals=signals,
            title=doc.title,
            url=doc.url,
            text=_capped(doc.text) if findings or observations else None,
            text_truncated=len(doc.text) > TEXT_CAP and bool(findings or observations),
            observations=observations,
        )

    def _malformed(self, record: MalformedRecord) -> DocResult:
        finding = Finding(
            check=MALFORMED_CHECK,
            start=0,
            end=0,
            text="",
            message=f"malformed record at {record.source}: {record.reason}",
            suggestion="repair or remove the record",
        )
        ids = self.malformed_ids or [MALFORMED_CHECK]
        return DocResult(
            id=record.id,
            source=record.source,
            content_hash="",
            findings={eid: (finding,) for eid in ids},
            signals={},
        )


def _capped(text: str) -> str:
    return text if len(text) <= TEXT_CAP else text[:TEXT_CAP]


# Worker-process state: built once per process by the pool initializer, then reused per batch.
_WORKER: DocumentProcessor | None = None


def check_modules(suite: Suite) -> list[str]:
    """Modules defining the suite's checks, imported by workers so third-party checks exist."""
    from corpusgate.checks import get_check

    modules = {get_check(e.check).__module__ for e in suite.expectations}
    return sorted(module for module in modules if module != "__main__")


def init_worker(suite: Suite, modules: list[str]) -> None:
    import importlib

    global _WORKER
    for module in modules:
        importlib.import_module(module)
    _WORKER = DocumentProcessor(suite.build_checks())


def process_in_worker(records: list[Record]) -> list[DocResult]:
    assert _WORKER is not None, "init_worker was not called"
    return _WORKER.process_batch(records)
