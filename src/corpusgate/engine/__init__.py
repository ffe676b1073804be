"""The engine: one pass over the corpus runs every check once per document, a second cheap pass
over the spooled results lets corpus-level checks judge each document against the corpus.

Documents flow in batches through worker processes with deterministic output order, and at most
a few batches are in flight, so memory stays flat however large the corpus is.
"""

from __future__ import annotations

import os
import random
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from itertools import chain, islice
from multiprocessing import get_context
from typing import Any

from corpusgate.checks.base import Aggregate, CorpusCheck
from corpusgate.engine.process import (
    CheckCrashed,
    DocumentProcessor,
    check_modules,
    init_worker,
    process_in_worker,
)
from corpusgate.engine.results import DocResult, ResultStore
from corpusgate.readers.base import Record
from corpusgate.suite import Suite

__all__ = ["CheckCrashed", "DocResult", "ResultStore", "RunResult", "run_suite"]

BATCH_SIZE = 64
SIGNAL_SAMPLE_SIZE = 50_000

Progress = Callable[[int], None]


@dataclass
class RunResult:
    """The engine's output, before the suite's budgets are applied."""

    suite: Suite
    results: ResultStore
    documents_read: int = 0
    malformed: int = 0
    corpus_statistics: dict[str, dict[str, Any]] = field(default_factory=dict)
    signal_samples: dict[str, list[float]] = field(default_factory=dict)
    signal_counts: dict[str, int] = field(default_factory=dict)

    def close(self) -> None:
        self.results.close()


class SignalSampler:
    """A uniform reservoir sample of every signal, so distributions cost bounded memory."""

    def __init__(self, size: int, seed: int = 0) -> None:
        self.size = size
        self.random = random.Random(seed)
        self.samples: dict[str, list[float]] = {}
        self.counts: dict[str, int] = {}

    def add(self, signals: dict[str, float] | Any) -> None:
        for name, value in signals.items():
            seen = self.counts.get(name, 0) + 1
            self.counts[name] = seen
            sample = self.samples.setdefault(name, [])
            if len(sample) < self.size:
                sample.append(float(value))
            else:
                slot = self.random.randrange(seen)
                if slot < self.size:
                    sample[slot] = float(value)


def _batches(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    iterator = iter(records)
    while batch := list(islice(iterator, size)):
        yield batch


def _processed_batches(
    records: Iterable[Record], suite: Suite, jobs: int
) -> Iterator[list[DocResult]]:
    batches = _batches(records, BATCH_SIZE)
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    if jobs <= 1 or second is None:
        # A corpus that fits in one batch is not worth starting processes for. Only this path
        # builds checks in the main process: loading lexicons and dictionaries costs a second.
        local = DocumentProcessor(suite.build_checks())
        yield local.process_batch(first)
        if second is not None:
            yield local.process_batch(second)
            for batch in batches:
                yield local.process_batch(batch)
        return
    yield from _parallel([first, second], batches, suite, jobs)


def _parallel(
    head: list[list[Record]], rest: Iterator[list[Record]], suite: Suite, jobs: int
) -> Iterator[list[DocResult]]:
    # spawn, not fork: the parent may run a progress-bar thread, and fork with threads can deadlock.
    context = get_context("spawn")
    batches = chain(head, rest)
    # A bounded window of batches in flight keeps memory flat and output in input order.
    window = jobs * 3
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=context,
        initializer=init_worker,
        initargs=(suite, check_modules(suite)),
    ) as pool:
        pending: deque[Future[list[DocResult]]] = deque(
            pool.submit(process_in_worker, batch) for batch in islice(batches, window)
        )
        while pending:
            done = pending.popleft().result()
            batch = next(batches, None)
            if batch is not None:
                pending.append(pool.submit(process_in_worker, batch))
            yield done


def run_suite(
    records: Iterable[Record],
    suite: Suite,
    *,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> RunResult:
    """Run ``suite`` over ``records`` and return every document's findings and signals."""
    jobs = jobs if jobs and jobs > 0 else (os.cpu_count() or 1)
    checks = suite.build_checks()
    corpus_checks: dict[str, CorpusCheck[Any]] = {
        eid: check for eid, check in checks.items() if isinstance(check, CorpusCheck)
    }
    aggregates: dict[str, Aggregate] = {eid: c.aggregate() for eid, c in corpus_checks.items()}
    sampler = SignalSampler(SIGNAL_SAMPLE_SIZE)
    first_pass = ResultStore()
    run = RunResult(suite=suite, results=first_pass)
    for batch in _processed_batches(records, suite, jobs):
        for result in batch:
            run.documents_read += 1
            if not result.content_hash:
                run.malformed += 1
            sampler.add(result.signals)
            for eid, observation in result.observations.items():
                aggregates[eid].add(observation)
        first_pass.extend(batch)
        if progress is not None:
            progress(len(batch))
    run.signal_samples = sampler.samples
    run.signal_counts = sampler.counts
    if not corpus_checks:
        return run
    models = {eid: aggregate.finish() for eid, aggregate in aggregates.items()}
    run.corpus_statistics = {
        eid: corpus_checks[eid].corpus_statistics(models[eid]) for eid in corpus_checks
    }
    final = ResultStore()
    batch_out: list[DocResult] = []
    for result in first_pass:
        batch_out.append(judge_document(result, corpus_checks, models))
        if len(batch_out) >= BATCH_SIZE:
            final.extend(batch_out)
            batch_out = []
    final.extend(batch_out)
    first_pass.close()
    run.results = final
    return run


def judge_document(
    result: DocResult, corpus_checks: dict[str, CorpusCheck[Any]], models: dict[str, Any]
) -> DocResult:
    if not result.observations:
        return result
    findings = dict(result.findings)
    signals = dict(result.signals)
    for eid, observation in result.observations.items():
        output = corpus_checks[eid].judge(observation, models[eid])
        if output.findings:
            findings[eid] = findings.get(eid, ()) + tuple(output.findings)
        signals.update(output.signals)
    keep_text = any(findings.values())
    return replace(
        result,
        findings=findings,
        signals=signals,
        observations={},
        text=result.text if keep_text else None,
        text_truncated=result.text_truncated and keep_text,
    )
