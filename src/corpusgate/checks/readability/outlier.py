"""readability.outlier: documents whose readability is far from the rest of the corpus.

Workers observe a few floats per document; the aggregate keeps them in ``array('d')`` per
feature (and per group), never the texts, then computes robust fences: Tukey's
``Q1 - k*IQR .. Q3 + k*IQR`` (default, k = 2 as in deepchecks' text-property outliers) or
``median +- k * 1.4826 * MAD``. ``judge`` compares one document's observation with the fences
of its group, or of the whole corpus when the group is too small.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import Field, field_validator

from corpusgate.checks.base import Aggregate, CheckParams, CorpusCheck, DocContext, register
from corpusgate.checks.readability.features import (
    LangField,
    Profile,
    check_metric_name,
    profiler,
)
from corpusgate.checks.readability.metrics import DEFAULT_LANG
from corpusgate.documents import CheckOutput, Document, Finding

DEFAULT_FEATURES: tuple[str, ...] = (
    "words_per_sentence",
    "syllables_per_word",
    "difficult_word_share",
    "flesch_reading_ease",
)
"""Largely independent features: sentence length, word length, vocabulary, and their blend."""

_EXTRA_FEATURES = frozenset({"difficult_word_share"})
_MAD_SCALE = 1.4826  # makes the MAD a consistent estimator of a normal distribution's sigma
ALL_DOCUMENTS = "(all)"
NO_GROUP = "(none)"

Observation = tuple[str | None, tuple[float, ...]] | None


class OutlierParams(CheckParams):
    features: tuple[str, ...] = Field(
        DEFAULT_FEATURES,
        description=(
            "Per-document features compared with the corpus: textstat metric names "
            "(words_per_sentence, syllables_per_word, flesch_reading_ease, gunning_fog, ...) "
            "or difficult_word_share (share of words off the Dale-Chall easy list). Prefer a "
            "few independent ones: the grade formulas are all blends of the first two."
        ),
    )
    method: Literal["iqr", "mad"] = Field(
        "iqr",
        description=(
            "iqr: outside Q1 - k*IQR .. Q3 + k*IQR (Tukey fences). mad: outside median +- "
            "k * 1.4826 * MAD (use k around 3.5 there)."
        ),
    )
    k: float = Field(
        2.0,
        gt=0,
        description="Fence width. 2.0 for iqr follows deepchecks (Tukey's classic is 1.5).",
    )
    min_corpus_size: int = Field(
        10,
        ge=3,
        description=(
            "Fewest documents (in a group, or in the corpus) for fences to be computed. Smaller "
            "groups are judged against the whole corpus; a smaller corpus is not judged."
        ),
    )
    group_by: str | None = Field(
        None,
        description=(
            "Compare documents within groups: 'domain' (host of the document URL, without "
            "www.) or 'meta.KEY' (a metadata field). None compares against the whole corpus."
        ),
    )
    min_words: int = Field(
        50,
        ge=0,
        description=(
            "Documents with fewer words are left out of the statistics and not judged "
            "(readability.degenerate reports them)."
        ),
    )
    histogram_bins: int = Field(
        20, ge=1, le=200, description="Bins of the histogram in the corpus statistics."
    )
    lang: LangField = DEFAULT_LANG

    @field_validator("features")
    @classmethod
    def _known_features(cls, features: tuple[str, ...]) -> tuple[str, ...]:
        if not features:
            raise ValueError("at least one feature is needed")
        for name in features:
            if name not in _EXTRA_FEATURES:
                check_metric_name(name)
        if len(set(features)) != len(features):
            raise ValueError("features are listed twice")
        return features

    @field_validator("group_by")
    @classmethod
    def _known_grouping(cls, group_by: str | None) -> str | None:
        if group_by is None or group_by == "domain":
            return group_by
        if group_by.startswith("meta.") and len(group_by) > len("meta."):
            return group_by
        raise ValueError("group_by must be 'domain' or 'meta.KEY'")


# --- robust statistics ------------------------------------------------------------------------


def quantile(ordered: Sequence[float], q: float) -> float:
    """Linear interpolation between order statistics (numpy's default, Hyndman-Fan type 7)."""
    position = (len(ordered) - 1) * q
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass(frozen=True, slots=True)
class FeatureStats:
    """Robust location, spread and fences of one feature in one group."""

    n: int
    median: float
    q1: float
    q3: float
    mad: float
    minimum: float
    maximum: float
    low: float | None  # None when the spread is zero: no value can be called an outlier
    high: float | None
    outliers: int
    edges: tuple[float, ...]
    counts: tuple[int, ...]

    @property
    def iqr(self) -> float:
        return self.q3 - self.q1

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "median": self.median,
            "q1": self.q1,
            "q3": self.q3,
            "iqr": self.iqr,
            "mad": self.mad,
            "min": self.minimum,
            "max": self.maximum,
            "low_fence": self.low,
            "high_fence": self.high,
            "outliers": self.outliers,
            "histogram": {"edges": list(self.edges), "counts": list(self.counts)},
        }


def _histogram(ordered: Sequence[float], bins: int) -> tuple[tuple[float, ...], tuple[int, ...]]:
    low, high = ordered[0], ordered[-1]
    if high == low:
        return (low, high), (len(ordered),)
    width = (high - low) / bins
    edges = (*(low + width * index for index in range(bins)), high)
    counts = [0] * bins
    for value in ordered:
        counts[min(int((value - low) / width), bins - 1)] += 1
    return edges, tuple(counts)


def feature_stats(values: Sequence[float], method: str, k: float, bins: int) -> FeatureStats:
    ordered = sorted(values)
    median = quantile(ordered, 0.5)
    q1, q3 = quantile(ordered, 0.25), quantile(ordered, 0.75)
    mad = quantile(sorted(abs(value - median) for value in ordered), 0.5)
    low: float | None
    high: float | None
    if method == "iqr":
        spread = q3 - q1
        low, high = (q1 - k * spread, q3 + k * spread) if spread > 0 else (None, None)
    else:
        spread = _MAD_SCALE * mad
        low, high = (median - k * spread, median + k * spread) if spread > 0 else (None, None)
    outliers = 0
    if low is not None and high is not None:
        outliers = sum(1 for value in ordered if value < low or value > high)
    edges, counts = _histogram(ordered, bins)
    return FeatureStats(
        n=len(ordered),
        median=median,
        q1=q1,
        q3=q3,
        mad=mad,
        minimum=ordered[0],
        maximum=ordered[-1],
        low=low,
        high=high,
        outliers=outliers,
        edges=edges,
        counts=counts,
    )


@dataclass
class OutlierModel:
    """The finished corpus model: fences per group (ALL_DOCUMENTS for the whole corpus)."""

    features: tuple[str, ...]
    method: str
    k: float
    min_corpus_size: int
    group_by: str | None
    stats: dict[str, dict[str, FeatureStats]] = field(default_factory=dict)
    skipped: int = 0

    def fences_for(self, group: str | None) -> tuple[str, dict[str, FeatureStats]] | None:
        if group is not None and group in self.stats:
            return group, self.stats[group]
        if ALL_DOCUMENTS in self.stats:
            return ALL_DOCUMENTS, self.stats[ALL_DOCUMENTS]
        return None


class _OutlierAggregate(Aggregate):
    def __init__(self, params: OutlierParams) -> None:
        self.params = params
        width = len(params.features)
        self.corpus = [array("d") for _ in range(width)]
        self.groups: dict[str, list[array[float]]] = {}
        self.skipped = 0

    def add(self, observation: Any) -> None:
        if observation is None:
            self.skipped += 1
            return
        group, values = observation
        for column, value in zip(self.corpus, values, strict=True):
            column.append(value)
        if group is not None:
            columns = self.groups.get(group)
            if columns is None:
                columns = self.groups[group] = [array("d") for _ in values]
            for column, value in zip(columns, values, strict=True):
                column.append(value)

    def finish(self) -> OutlierModel:
        params = self.params
        model = OutlierModel(
            features=params.features,
            method=params.method,
            k=params.k,
            min_corpus_size=params.min_corpus_size,
            group_by=params.group_by,
            skipped=self.skipped,
        )
        scopes = [(ALL_DOCUMENTS, self.corpus), *sorted(self.groups.items())]
        for scope, columns in scopes:
            if len(columns[0]) < params.min_corpus_size:
                continue
            model.stats[scope] = {
                feature: feature_stats(column, params.method, params.k, params.histogram_bins)
                for feature, column in zip(params.features, columns, strict=True)
            }
        # The float columns are not needed once the fences exist.
        self.corpus = []
        self.groups = {}
        return model


def document_group(doc: Document, group_by: str | None) -> str | None:
    if group_by is None:
        return None
    if group_by == "domain":
        if not doc.url:
            return NO_GROUP
        try:
            host = urlsplit(doc.url).hostname or ""
        except ValueError:
            host = ""
        host = host.removeprefix("www.")
        return host or NO_GROUP
    value = doc.meta.get(group_by[len("meta.") :])
    return NO_GROUP if value is None else str(value)


def _number(value: float) -> str:
    return f"{value:.2f}"


@register
class ReadabilityOutlier(CorpusCheck[OutlierParams]):
    name = "readability.outlier"
    family = "readability"
    summary = "Readability far outside the corpus's own distribution (robust fences)."
    what = (
        "Documents whose sentence length, word length, share of difficult words or Flesch "
        "reading ease lie outside robust fences computed from the corpus itself: Tukey's "
        "Q1 - k*IQR .. Q3 + k*IQR (k = 2 by default) or median +- k*MAD, optionally per group "
        "(the URL's domain or a metadata field), so each source is compared with itself. The "
        "finding names the feature, its value, the fence and the statistics behind it. The "
        "corpus statistics (median, quartiles, fences, n and a histogram per feature and group) "
        "go into the report."
    )
    why = (
        "Absolute bounds cannot know every corpus. Within one source, articles share a house "
        "style; a document far outside its siblings is usually a different kind of text that "
        "slipped in (a table, a transcript, a machine translation, a page of comments) or an "
        "extraction fault that still looks plausible in isolation. Median and quartiles are "
        "not pulled by the outliers they are meant to find, unlike mean and standard deviation."
    )
    example = (
        "(one document in a corpus of wire stories that average 15-20 words per sentence)\n"
        "The council, which had spent the better part of two years debating whether the old "
        "market hall should be sold to a developer, converted into a cultural centre or simply "
        "left as it was until the money for a proper renovation could be found, finally "
        "decided on Tuesday, after a meeting that ran past midnight and included a long and "
        "sometimes angry exchange between the mayor and the leader of the opposition, to put "
        "the question to residents in a consultation that will run until the end of the summer "
        "and whose result, the mayor said, the council would treat as binding. Officials "
        "expect the consultation, which will include public meetings in each of the city's "
        "eleven districts as well as an online survey open to anyone who lives or works in "
        "the city, to attract more responses than any previous exercise of its kind, although "
        "several councillors warned that turnout at similar events in the past had been low."
    )
    fix = (
        "Read the flagged documents: drop or repair the ones that are not articles. If a source "
        "legitimately writes differently, set `group_by: domain` so it is compared with itself, "
        "or widen `k`."
    )
    Params = OutlierParams

    def run(self, doc: Document, ctx: DocContext) -> CheckOutput:
        profile: Profile = ctx.derive(profiler(self.params.lang))
        signals = profile.signals()
        signals["difficult_word_share"] = profile.difficult_word_share
        return CheckOutput(signals=signals)

    def observe(self, doc: Document, ctx: DocContext) -> Observation:
        profile: Profile = ctx.derive(profiler(self.params.lang))
        if profile.counts.words < self.params.min_words:
            return None
        values = tuple(
            profile.difficult_word_share
            if feature == "difficult_word_share"
            else float(profile.scores[feature])
            for feature in self.params.features
        )
        return document_group(doc, self.params.group_by), values

    def aggregate(self) -> Aggregate:
        return _OutlierAggregate(self.params)

    def judge(self, observation: Any, model: Any) -> CheckOutput:
        if observation is None:
            return CheckOutput()
        assert isinstance(model, OutlierModel)
        group, values = observation
        chosen = model.fences_for(group)
        if chosen is None:
            return CheckOutput()
        scope, stats = chosen
        where = "the whole corpus" if scope == ALL_DOCUMENTS else f"group {scope!r}"
        findings: list[Finding] = []
        for feature, value in zip(model.features, values, strict=True):
            fence = stats[feature]
            if fence.low is None or fence.high is None:
                continue
            if model.method == "iqr":
                basis_low = f"Q1 {_number(fence.q1)} - {model.k:g} x IQR {_number(fence.iqr)}"
                basis_high = f"Q3 {_number(fence.q3)} + {model.k:g} x IQR {_number(fence.iqr)}"
            else:
                spread = _number(_MAD_SCALE * fence.mad)
                basis_low = f"median {_number(fence.median)} - {model.k:g} x 1.4826 MAD {spread}"
                basis_high = f"median {_number(fence.median)} + {model.k:g} x 1.4826 MAD {spread}"
            if value < fence.low:
                message = (
                    f"{feature} {_number(value)} is below the lower fence {_number(fence.low)} "
                    f"({basis_low}; {where}, n={fence.n})"
                )
            elif value > fence.high:
                message = (
                    f"{feature} {_number(value)} is above the upper fence {_number(fence.high)} "
                    f"({basis_high}; {where}, n={fence.n})"
                )
            else:
                continue
            findings.append(self.document_finding(message))
        return CheckOutput(tuple(findings))

    def corpus_statistics(self, model: Any) -> dict[str, Any]:
        assert isinstance(model, OutlierModel)
        overall = model.stats.get(ALL_DOCUMENTS, {})
        return {
            "method": model.method,
            "k": model.k,
            "min_corpus_size": model.min_corpus_size,
            "group_by": model.group_by,
            "skipped_documents": model.skipped,
            "features": {feature: overall[feature].to_dict() for feature in overall},
            "groups": {
                group: {feature: stats.to_dict() for feature, stats in by_feature.items()}
                for group, by_feature in model.stats.items()
                if group != ALL_DOCUMENTS
            },
        }
