"""readability.range: absolute bounds on readability metrics, set per suite."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from corpusgate.checks.base import Check, CheckParams, DocContext, register
from corpusgate.checks.readability.examples import ORDINARY_NEWS
from corpusgate.checks.readability.features import (
    LangField,
    Profile,
    check_metric_name,
    profiler,
)
from corpusgate.checks.readability.metrics import DEFAULT_LANG
from corpusgate.documents import CheckOutput, Document, Finding


class MetricBound(BaseModel):
    """Inclusive bounds for one metric; either side may be left open."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min: float | None = Field(None, description="Smallest accepted value (inclusive).")
    max: float | None = Field(None, description="Largest accepted value (inclusive).")

    @model_validator(mode="after")
    def _ordered(self) -> MetricBound:
        if self.min is None and self.max is None:
            raise ValueError("a bound needs min, max or both")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min {self.min} is greater than max {self.max}")
        return self


# Lenient news defaults. Typical news scores Flesch-Kincaid grade 9-15 with 15-25 words per
# sentence and 1.4-1.7 syllables per word; the bounds sit well outside what the calibration
# prose in fixtures/readability_examples.jsonl scores in four registers (short-sentence tabloid
# FK 1.9 / 6.6 words per sentence up to long-sentence analysis FK 20.7 / 42 words per sentence).
DEFAULT_BOUNDS: dict[str, MetricBound] = {
    "flesch_kincaid_grade": MetricBound(min=0.0, max=24.0),
    "words_per_sentence": MetricBound(min=4.0, max=50.0),
    "syllables_per_word": MetricBound(min=1.1, max=2.1),
}


class RangeParams(CheckParams):
    bounds: dict[str, MetricBound] = Field(
        default=DEFAULT_BOUNDS,
        description=(
            "Metric -> {min, max}, inclusive; either side may be omitted. Metrics are named as "
            "textstat's functions (flesch_reading_ease, flesch_kincaid_grade, gunning_fog, "
            "smog_index, coleman_liau_index, automated_readability_index, "
            "dale_chall_readability_score, linsear_write_formula, text_standard, "
            "words_per_sentence, syllables_per_word, lexicon_count, ... ; "
            "corpusgate.readability.METRICS lists them all). A suite's mapping replaces the "
            "default one."
        ),
    )
    min_words: int = Field(
        50,
        ge=0,
        description=(
            "Documents with fewer words are not judged: their scores are noise "
            "(readability.degenerate reports them). 0 judges every document."
        ),
    )
    lang: LangField = DEFAULT_LANG

    @field_validator("bounds")
    @classmethod
    def _known_metrics(cls, bounds: dict[str, MetricBound]) -> dict[str, MetricBound]:
        for name in bounds:
            check_metric_name(name)
        return bounds


def _format(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:.0f}"


@register
class ReadabilityRange(Check[RangeParams]):
    name = "readability.range"
    family = "readability"
    summary = "A readability metric outside the bounds the suite sets for it."
    what = (
        "Documents whose readability metrics fall outside absolute bounds set per suite: "
        "Flesch-Kincaid grade, words per sentence, syllables per word by default, and any "
        "textstat metric (Gunning Fog, SMOG, Coleman-Liau, ARI, Dale-Chall, Linsear Write, "
        "text_standard, ...) the suite names. Each finding names the metric, its value and the "
        "bound it broke. Every document also gets its readability scores as signals, with "
        "textstat's names and values."
    )
    why = (
        "A corpus update whose articles suddenly read at grade 25, or at grade 0, is usually "
        "not a change of editorial style but a pipeline fault: sentence punctuation lost in "
        "extraction, captions and lists glued into the body, or a different source mixed in. "
        "Bounds per suite let a newsroom corpus, a children's corpus and a legal corpus each "
        "say what normal looks like."
    )
    example = (
        "The committee, having considered the representations made by the several parties to "
        "the consultation, including the regional authorities, the national regulator, the "
        "association of independent operators and a number of individual respondents whose "
        "submissions raised questions about the methodology used to estimate the costs of "
        "compliance over the transitional period, concluded that the proposed arrangements, "
        "subject to the amendments set out in the annex, should be adopted without further "
        "delay, notwithstanding the reservations expressed by a minority of its members."
    )
    passing_example = ORDINARY_NEWS
    fix = (
        "Look at the flagged documents before changing the bounds: very long sentences usually "
        "mean lost punctuation or glued lists (fix the extraction), very short ones captions "
        "or navigation left in the text. If the register really is different, set `bounds` "
        "for this suite, e.g. `{flesch_kincaid_grade: {min: 5, max: 18}}`."
    )
    Params = RangeParams

    def run(self, doc: Document, ctx: DocContext) -> CheckOutput:
        profile: Profile = ctx.derive(profiler(self.params.lang))
        signals = profile.signals()
        if profile.counts.words < self.params.min_words:
            return CheckOutput(signals=signals)
        findings: list[Finding] = []
        for metric, bound in self.params.bounds.items():
            value = profile.scores[metric]
            if bound.min is not None and value < bound.min:
                findings.append(
                    self.document_finding(
                        f"{metric} {_format(value)} is below the minimum {_format(bound.min)}",
                        suggestion=_advice(metric, low=True),
                    )
                )
            elif bound.max is not None and value > bound.max:
                findings.append(
                    self.document_finding(
                        f"{metric} {_format(value)} is above the maximum {_format(bound.max)}",
                        suggestion=_advice(metric, low=False),
                    )
                )
        return CheckOutput(tuple(findings), signals)


def _advice(metric: str, low: bool) -> str:
    if metric == "words_per_sentence" and not low:
        return "look for lost sentence punctuation or lists glued into the text"
    if low:
        return "look for captions, navigation or fragments left in the text"
    return "check the extraction, or set this suite's bounds for its register"
