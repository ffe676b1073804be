"""Boilerplate lines: the same line in a large share of the corpus's documents.

Per-document checks cannot see site chrome that no list anticipates ("Sign up for The Morning
Brief", a syndication disclaimer). A line that recurs in, say, 5% of all documents is not
article text whatever it says. Unlike n-gram repetition filters this counts *whole lines*, so
a two-word "Source link" counts as much as a paragraph.

How the counting stays in bounded memory
----------------------------------------
``observe`` runs in the workers and emits, per document, the 64-bit hash of each distinct
normalised line (case-folded, digits collapsed to ``0``, punctuation dropped) with its span
and text; at most ``max_lines_per_document`` distinct lines per document (the first and last
halves of a longer document, where chrome lives).

The aggregate counts, for each line hash, the number of documents containing it, with the
*Space-Saving* heavy-hitters algorithm (Metwally, Agrawal, El Abbadi 2005) over ``k`` counters.
Each counter holds ``count`` and ``error``; when the table is full a new hash replaces the
counter with the smallest count ``m`` and starts at ``count = m + 1, error = m``. Properties
(for a stream of ``M`` items, here ``M`` = total distinct lines over all documents):

* ``count - error <= true count <= count`` for every tracked line, and ``error <= M / k``;
* every line whose true count exceeds ``M / k`` is tracked;
* a line tracked since the table last had free room has ``error == 0``: its count is exact.

With ``D`` documents and at most ``L`` lines each, ``M <= L * D``. Choosing
``k = ceil(L / min_share) + 1`` makes ``M / k < min_share * D``, so *every* line that meets
the share threshold is in the table. The verdict uses the lower bound ``count - error``: a
line is flagged only when it is *guaranteed* to reach the threshold, so the check never flags
a line below it. Boilerplate enters the table early (it is in many documents) and is then
never evicted, so its count is exact in practice; ``corpus_statistics`` reports which counts
are exact and the largest error. Memory is ``O(k)``: about 10,000 counters (~2 MB) with the
defaults.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from pydantic import Field, field_validator

from corpusgate.checks.artifacts._base import (
    REMOVE_LINE,
    Line,
    allow_field,
    quote,
    split_lines,
)
from corpusgate.checks.base import (
    Aggregate,
    CheckParams,
    CorpusCheck,
    DocContext,
    fold_corpus,
    register,
)
from corpusgate.checks.patterns import allow_list, validate_allow_entries
from corpusgate.documents import EMPTY_OUTPUT, CheckOutput, Document, Finding

_NON_WORD_RE = re.compile(r"[\W_]+")
_DIGITS_RE = re.compile(r"\d+")
# Findings keep at most this many characters of a line (the span is cut to match), so an
# observation stays small even when a repeated "line" is a whole paragraph.
_MAX_FINDING_CHARS = 200
_SAMPLE_CHARS = 80
_FULL_NORMALISATION_CHARS = 200
_TOP_LINES = 20


class RepeatedLineParams(CheckParams):
    min_share: float = Field(
        0.05,
        ge=0.005,
        le=1.0,
        description="Flag a line found in at least this fraction of the corpus's documents.",
    )
    min_documents: int = Field(
        3,
        ge=2,
        description="Flag a line only when it is in at least this many documents.",
    )
    min_corpus_size: int = Field(
        20,
        ge=2,
        description="Corpora with fewer documents are too small to tell boilerplate from chance: "
        "nothing is flagged.",
    )
    max_lines_per_document: int = Field(
        500,
        ge=10,
        le=10_000,
        description="Distinct lines counted per document (first and last halves of longer "
        "documents). Memory of the counter table grows with max_lines_per_document / min_share.",
    )
    allow: tuple[str, ...] = allow_field("a repeated line")

    @field_validator("allow")
    @classmethod
    def _compile_allow(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return validate_allow_entries(value)


def normalise_line(line: str) -> str:
    """The form lines are compared in: case-folded, digit runs as 0, punctuation removed.

    Lines longer than ``_FULL_NORMALISATION_CHARS`` are only case-folded and
    whitespace-collapsed: chrome whose digits or punctuation vary ("Posted 3 hours ago",
    "- Advertisement -") is short, and the two regex passes over every paragraph of every
    document were most of this check's cost.
    """
    if len(line) > _FULL_NORMALISATION_CHARS:
        return " ".join(line.casefold().split())
    folded = _DIGITS_RE.sub("0", line.casefold())
    return " ".join(_NON_WORD_RE.sub(" ", folded).split())


def line_hash(normalised: str) -> int:
    """A 64-bit hash stable across processes (Python's ``hash`` is salted per process)."""
    return int.from_bytes(
        hashlib.blake2b(normalised.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big"
    )


class LineOccurrence(NamedTuple):
    """Where one document has a given line: its span (cut to ``_MAX_FINDING_CHARS``) and text."""

    start: int
    end: int
    text: str


class ObservedLine(NamedTuple):
    hash: int
    occurrences: tuple[LineOccurrence, ...]


@dataclass(frozen=True, slots=True)
class RepeatedLinesModel:
    """What ``judge`` needs: the boilerplate hashes with their document counts."""

    documents: int
    threshold: int
    boilerplate: dict[int, int] = field(default_factory=dict)
    # For the report: (sample text, lower bound, upper bound) of the most frequent lines.
    top: tuple[tuple[str, int, int], ...] = ()
    max_error: int = 0
    capacity: int = 0


class SpaceSavingCounter:
    """Space-Saving heavy hitters over integer keys (see the module docstring for guarantees)."""

    __slots__ = ("_heap", "capacity", "counts", "errors", "samples", "total")

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.counts: dict[int, int] = {}
        self.errors: dict[int, int] = {}
        self.samples: dict[int, str] = {}
        # Lazy min-heap of (count, key): entries may be stale (counts only grow), and are
        # refreshed when popped; rebuilt when it grows past 2 * capacity.
        self._heap: list[tuple[int, int]] = []
        self.total = 0

    def add(self, key: int, sample: str) -> None:
        self.total += 1
        counts = self.counts
        if key in counts:
            counts[key] += 1
            return
        if len(counts) < self.capacity:
            counts[key] = 1
            self.errors[key] = 0
            self.samples[key] = sample
            heapq.heappush(self._heap, (1, key))
            return
        victim, smallest = self._pop_min()
        del counts[victim], self.errors[victim], self.samples[victim]
        counts[key] = smallest + 1
        self.errors[key] = smallest
        self.samples[key] = sample
        heapq.heappush(self._heap, (smallest + 1, key))
        if len(self._heap) > 2 * self.capacity:
            self._heap = [(count, k) for k, count in counts.items()]
            heapq.heapify(self._heap)

    def _pop_min(self) -> tuple[int, int]:
        heap = self._heap
        while True:
            count, key = heapq.heappop(heap)
            actual = self.counts.get(key)
            if actual is None:
                continue  # evicted since this entry was pushed
            if actual == count:
                return key, count
            heapq.heappush(heap, (actual, key))

    def bounds(self, key: int) -> tuple[int, int]:
        """``(lower, upper)`` bounds on the true count of ``key``.

        An untracked key occurred at most ``min_count()`` times (else it would have displaced
        the smallest counter).
        """
        if key in self.counts:
            count = self.counts[key]
            return count - self.errors[key], count
        return 0, self.min_count()

    def min_count(self) -> int:
        if len(self.counts) < self.capacity:
            return 0
        return min(self.counts.values())


class RepeatedLineAggregate(Aggregate):
    def __init__(self, params: RepeatedLineParams) -> None:
        self.params = params
        self.capacity = math.ceil(params.max_lines_per_document / params.min_share) + 1
        self.counter = SpaceSavingCounter(self.capacity)
        self.documents = 0

    def add(self, observation: Any) -> None:
        self.documents += 1
        for line in observation:
            self.counter.add(line.hash, line.occurrences[0].text[:_SAMPLE_CHARS])

    def finish(self) -> RepeatedLinesModel:
        params = self.params
        documents = self.documents
        threshold = max(params.min_documents, math.ceil(params.min_share * documents - 1e-9))
        counter = self.counter
        boilerplate: dict[int, int] = {}
        if documents >= params.min_corpus_size:
            for key, count in counter.counts.items():
                if count - counter.errors[key] >= threshold:
                    boilerplate[key] = count - counter.errors[key]
        ranked = sorted(counter.counts, key=lambda k: (-counter.counts[k], counter.samples[k]))
        top = tuple(
            (counter.samples[k], counter.counts[k] - counter.errors[k], counter.counts[k])
            for k in ranked[:_TOP_LINES]
            if counter.counts[k] >= 2
        )
        max_error = max((counter.errors[k] for k in ranked[:_TOP_LINES]), default=0)
        return RepeatedLinesModel(
            documents=documents,
            threshold=threshold,
            boilerplate=boilerplate,
            top=top,
            max_error=max_error,
            capacity=self.capacity,
        )


def _document_lines(
    text: str, lines: tuple[Line, ...], limit: int, allowed: Any
) -> tuple[ObservedLine, ...]:
    by_hash: dict[int, list[LineOccurrence]] = {}
    for line in lines:
        normalised = normalise_line(line.text)
        if not normalised or not any(ch.isalpha() for ch in normalised):
            continue  # separators ("***", "—") and bare numbers are not boilerplate text
        if allowed and allowed.allows(line.text):
            continue
        end = min(line.end, line.start + _MAX_FINDING_CHARS)
        occurrence = LineOccurrence(line.start, end, text[line.start : end])
        key = line_hash(normalised)
        occurrences = by_hash.get(key)
        if occurrences is None:
            by_hash[key] = [occurrence]
        elif len(occurrences) < 5:
            occurrences.append(occurrence)
    keys = list(by_hash)
    if len(keys) > limit:
        keys = keys[: limit // 2] + keys[len(keys) - (limit - limit // 2) :]
    return tuple(ObservedLine(key, tuple(by_hash[key])) for key in keys)


@register
class RepeatedLine(CorpusCheck[RepeatedLineParams]):
    name = "artifact.repeated-line"
    family = "artifact"
    summary = "Boilerplate lines repeated across a large share of the corpus's documents."
    what = (
        "Lines (compared case-insensitively, ignoring punctuation and which digits they hold) "
        "that appear in at least `min_share` of the documents and at least `min_documents` "
        "documents: site chrome, syndication footers, newsletter prompts, scraper credits. "
        "Short lines count: `Source link` is two words. Corpora smaller than "
        "`min_corpus_size` are not judged. Counting uses a bounded-memory heavy-hitters "
        "table; a line is flagged only when its count is guaranteed to reach the threshold."
    )
    why = (
        "Text that recurs in many documents is not article content. It is over-represented in "
        "training data, skews statistics, and no fixed list anticipates every site's chrome. "
        "Most repetition filters only count n-grams of four or more words."
    )
    example = "Source link    <- the same last line in 30% of the corpus's documents"
    fix = (
        "Strip the line at extraction time (the report's top repeated lines are a ready list), "
        "or raise `min_share` if a recurring line is legitimate (e.g. a standard byline); "
        "exempt specific lines with `allow`."
    )
    Params = RepeatedLineParams

    def observe(self, doc: Document, ctx: DocContext) -> tuple[ObservedLine, ...]:
        allowed = allow_list(self.params.allow)
        lines = ctx.derive(split_lines)  # shared with the per-document line checks
        return _document_lines(doc.text, lines, self.params.max_lines_per_document, allowed)

    def aggregate(self) -> RepeatedLineAggregate:
        return RepeatedLineAggregate(self.params)

    def judge(self, observation: Any, model: Any) -> CheckOutput:
        if not isinstance(model, RepeatedLinesModel) or not model.boilerplate:
            return EMPTY_OUTPUT
        findings: list[Finding] = []
        for line in observation:
            count = model.boilerplate.get(line.hash)
            if count is None:
                continue
            share = count / model.documents
            for occurrence in line.occurrences:
                findings.append(
                    Finding(
                        check=self.name,
                        start=occurrence.start,
                        end=occurrence.end,
                        text=occurrence.text,
                        message=(
                            f"boilerplate line {quote(occurrence.text)!r} is in {count} of "
                            f"{model.documents} documents ({share:.1%}; ignoring case, digits "
                            "and punctuation)"
                        ),
                        suggestion=REMOVE_LINE,
                    )
                )
        findings.sort(key=lambda f: f.start)
        return CheckOutput(
            findings=tuple(findings), signals={"boilerplate_lines": float(len(findings))}
        )

    def corpus_statistics(self, model: Any) -> dict[str, Any]:
        if not isinstance(model, RepeatedLinesModel):
            return {}
        return {
            "documents": model.documents,
            "threshold_documents": model.threshold,
            "judged": model.documents >= self.params.min_corpus_size,
            "boilerplate_lines": len(model.boilerplate),
            "counter_capacity": model.capacity,
            "max_count_error": model.max_error,
            "top_lines": [
                {
                    "line": sample,
                    "documents": lower,
                    "documents_upper_bound": upper,
                    "share": lower / model.documents if model.documents else 0.0,
                    "exact": lower == upper,
                }
                for sample, lower, upper in model.top
            ],
        }


def observe_all(check: RepeatedLine, docs: Iterable[Document]) -> RepeatedLinesModel:
    """Fold a corpus in one process (tests, small corpora): observe + aggregate."""
    model: RepeatedLinesModel = fold_corpus(check, docs)[0]
    return model
