"""The check protocol and the catalogue of checks.

A check is a small self-describing unit, in the manner of a linter rule: a dotted ``name``
(``artifact.ad-marker``), a ``family``, typed parameters with defaults, and documentation that
says what it flags, why that matters, an example and the fix. ``corpusgate explain NAME``
prints exactly that documentation.

A check is a pure function of one document plus its parameters. It never prints, never reads
files and knows nothing about reports. Checks that need the whole corpus (lines repeated across
documents, outliers) implement :class:`CorpusCheck`: ``observe`` runs per document in the
workers, an :class:`Aggregate` folds the observations in the main process, and ``judge`` turns
an observation plus the finished corpus model into findings in a second, cheap pass.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Generic, TypeVar, cast

from pydantic import BaseModel, ConfigDict

from corpusgate.documents import EMPTY_OUTPUT, CheckOutput, Document, Finding

T = TypeVar("T")


class CheckParams(BaseModel):
    """Base of every check's parameter model: unknown keys are errors, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class NoParams(CheckParams):
    pass


P = TypeVar("P", bound=CheckParams)


class DocContext:
    """Per-document memo, so that features several checks need are computed once.

    ``ctx.derive(count_words)`` calls ``count_words(doc.text)`` the first time and returns the
    cached value afterwards, whichever check asks.
    """

    __slots__ = ("_memo", "doc")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._memo: dict[Callable[[str], Any], Any] = {}

    def derive(self, feature: Callable[[str], T]) -> T:
        try:
            return self._memo[feature]  # type: ignore[no-any-return,unused-ignore]
        except KeyError:
            value = feature(self.doc.text)
            self._memo[feature] = value
            return value


class Check(ABC, Generic[P]):
    """A per-document check. Subclasses set the class attributes and implement :meth:`run`."""

    name: ClassVar[str]
    family: ClassVar[str]
    summary: ClassVar[str]
    what: ClassVar[str]
    why: ClassVar[str]
    example: ClassVar[str]
    fix: ClassVar[str]
    passing_example: ClassVar[str | None] = None
    Params: ClassVar[type[CheckParams]] = NoParams

    def __init__(self, params: P | None = None) -> None:
        self.params: P = params if params is not None else self.Params()  # type: ignore[assignment]

    @classmethod
    def from_mapping(cls, params: dict[str, Any] | None = None) -> Check[Any]:
        """The check configured from plain data, as a suite's ``params:`` gives it."""
        return cls(cast(Any, cls.Params.model_validate(params or {})))

    @abstractmethod
    def run(self, doc: Document, ctx: DocContext) -> CheckOutput:
        """Return this check's findings and signals for ``doc``."""

    @classmethod
    def lookup(cls, term: str) -> str | None:
        """What this check's data says about ``term`` (a lexicon phrase, a thesaurus word), for
        `corpusgate explain CHECK TERM`; None for a check that matches no list of terms."""
        return None

    def finding(
        self,
        doc: Document,
        start: int,
        end: int,
        message: str,
        suggestion: str | None = None,
        confidence: float = 1.0,
    ) -> Finding:
        """A finding over ``doc.text[start:end]``, so the span and the text can never disagree."""
        return Finding(
            check=self.name,
            start=start,
            end=end,
            text=doc.text[start:end],
            message=message,
            suggestion=suggestion,
            confidence=confidence,
        )

    def document_finding(
        self, message: str, suggestion: str | None = None, confidence: float = 1.0
    ) -> Finding:
        """A finding about the document as a whole (no span)."""
        return Finding(self.name, 0, 0, "", message, suggestion, confidence)


class Aggregate(ABC):
    """Folds per-document observations of a corpus check into a corpus model, in bounded memory."""

    @abstractmethod
    def add(self, observation: Any) -> None: ...

    @abstractmethod
    def finish(self) -> Any:
        """Return the corpus model that :meth:`CorpusCheck.judge` reads."""


class CorpusCheck(Check[P]):
    """A check whose verdict on one document depends on the whole corpus."""

    def run(self, doc: Document, ctx: DocContext) -> CheckOutput:
        return EMPTY_OUTPUT

    @abstractmethod
    def observe(self, doc: Document, ctx: DocContext) -> Any:
        """A small, picklable summary of ``doc`` for the aggregate (runs in the workers)."""

    @abstractmethod
    def aggregate(self) -> Aggregate: ...

    @abstractmethod
    def judge(self, observation: Any, model: Any) -> CheckOutput:
        """Findings for one document, given its observation and the finished corpus model.

        Findings must be built from the observation alone (spans and text included), since the
        document itself is not kept between the passes.
        """

    def corpus_statistics(self, model: Any) -> dict[str, Any]:
        """JSON-ready statistics for the report summary (fences, medians, repeated lines...).

        A ``review`` key, if present, lists what a person should look at because the check
        could not decide it: ``{"documents": [id, ...], "note": "..."}`` items, which the
        terminal and HTML reports list under "To review"."""
        return {}


_REGISTRY: dict[str, type[Check[Any]]] = {}

C = TypeVar("C", bound=type[Check[Any]])


def register(cls: C) -> C:
    """Class decorator that adds a check to the catalogue under its ``name``."""
    for attribute in ("name", "family", "summary", "what", "why", "example", "fix"):
        if not getattr(cls, attribute, None):
            raise TypeError(f"check {cls.__name__} must define {attribute!r}")
    if cls.name in _REGISTRY and _REGISTRY[cls.name] is not cls:
        raise ValueError(f"two checks are named {cls.name!r}")
    if not cls.name.startswith(cls.family + "."):
        raise ValueError(f"check {cls.name!r} must start with its family {cls.family!r}")
    _REGISTRY[cls.name] = cls
    return cls


def registered() -> dict[str, type[Check[Any]]]:
    return dict(_REGISTRY)


def fold_corpus(check: CorpusCheck[Any], docs: Iterable[Document]) -> tuple[Any, list[Any]]:
    """Observe every document and finish the aggregate in one process (tests, evaluations,
    small corpora; the engine does the same across workers): the corpus model and each
    document's observation, in order."""
    aggregate = check.aggregate()
    observations = []
    for doc in docs:
        observations.append(check.observe(doc, DocContext(doc)))
        aggregate.add(observations[-1])
    return aggregate.finish(), observations


def judge_corpus(
    check: CorpusCheck[Any], docs: Iterable[Document]
) -> tuple[Any, list[CheckOutput]]:
    """:func:`fold_corpus`, then each document's verdict: the model and the outputs, in order."""
    model, observations = fold_corpus(check, docs)
    return model, [check.judge(observation, model) for observation in observations]


def findings_in(outputs: Iterable[CheckOutput]) -> list[Finding]:
    return [finding for output in outputs for finding in output.findings]
