"""The document-level verdict: is this document spun?

``spin_score`` = 1,000 x (weighted suspicious phrases) / max(words, ``min_words``).

Weights (documented in ``explain spin.score``):

* a lexicon hit counts its entry's weight (1.0 for phrases people essentially never write,
  0.2-0.5 for legitimate English that spinners overuse);
* a collocation hit counts 0.2 x log10(likelihood ratio), at most 0.8 (ratio 30 -> 0.3,
  1,000 -> 0.6), +0.2 when the article before the word fits the original instead ("a
  essential"), times ``collocation_weight``; an article mismatch alone counts 0.3 when a
  thesaurus original fits it, 0.15 otherwise; collocation hits inside a lexicon hit are not
  counted twice;
* a spinner reporting verb of spin.attribution ("," remarked the mayor) counts 0.4
  (``attribution_weight``), only in documents whose attributions are mostly such verbs, and
  not where a lexicon entry already matched it;
* repeats of the same phrase count half, and one phrase never counts more than twice its
  weight, so an article that says "12 months" ten times is not spun ten times over;
* in a document of regional news English (two markers such as "as per", "informed that",
  "lakh", "Monday last": ``corpusgate.checks.spin.register``), the phrases that register uses
  as plain English ("upwards of", "stated", "informed", "the corporate") count 0;
* "men and women", a spinner's stand-in for "people", counts 0 in a document that also speaks
  of the sexes outside it ("women", "males", "girls"...): there it means them.

A document is flagged when the score reaches ``threshold`` *and* it has at least ``min_hits``
distinct phrases with a total weight of at least ``min_total``: a short note with one odd word
is not spun. The phrase and collocation analyses are memoised per document (``ctx.derive``), so
running spin.phrase, spin.collocation and spin.score costs one analysis.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from pydantic import Field, field_validator

from corpusgate.checks.base import Check, CheckParams, DocContext, register
from corpusgate.checks.spin.attribution import attribution_finder
from corpusgate.checks.spin.collocation import (
    EVIDENCE_FLOOR,
    CollocationDetector,
    build_detector,
    collocation_hits,
)
from corpusgate.checks.spin.lexicon import (
    Disabled,
    Hit,
    LexiconEntrySpec,
    build_lexicon,
    disabled_field,
    extra_entries_field,
    lexicon_hits,
)
from corpusgate.checks.spin.register import REGIONAL_PHRASES, regional_markers
from corpusgate.checks.spin.tokens import prepare
from corpusgate.documents import CheckOutput, Document


@dataclass(frozen=True, slots=True)
class SpinAssessment:
    score: float
    total: float
    distinct: int
    words: int
    hits: tuple[Hit, ...]


def combine(
    lexicon: tuple[Hit, ...],
    collocations: tuple[Hit, ...],
    words: int,
    text: str,
    min_words: int = 150,
    collocation_weight: float = 1.0,
    attributions: tuple[Hit, ...] = (),
) -> SpinAssessment:
    """Merge the detectors' hits and compute the weighted score."""
    merged = list(lexicon)
    taken = [(h.start, h.end) for h in lexicon]

    def free(hit: Hit) -> bool:
        # (a loop: any() over a generator cost twice as much for the ~8 spans of a spun page)
        for start, end in taken:  # noqa: SIM110  (see above)
            if hit.start < end and start < hit.end:
                return False
        return True

    # The lexicon's own reporting-verb entries already weigh "stated" in some frames, and a
    # collocation inside a phrase or an attribution is the same evidence counted once.
    for hit in attributions:
        if free(hit):
            merged.append(hit)
            taken.append((hit.start, hit.end))
    for hit in collocations:
        if not free(hit):
            continue
        if collocation_weight == 1.0:  # (the default: the hit as it is, x * 1.0 == x)
            merged.append(hit)
            continue
        merged.append(
            Hit(
                hit.start,
                hit.end,
                hit.original,
                hit.weight * collocation_weight,
                hit.kind,
                hit.rule,
                hit.detail,
                hit.ratio,
            )
        )
    merged.sort(key=attrgetter("start"))
    per_phrase: dict[str, list[float]] = {}
    for hit in merged:
        # Braced template words ({dollars}, {string}) count as one phrase however many differ.
        key = (
            hit.rule
            if hit.rule == "builtin:spintax" and hit.weight < 1.0
            else " ".join(text[hit.start : hit.end].lower().split())
        )
        per_phrase.setdefault(key, []).append(hit.weight)
    total = 0.0
    distinct = 0
    for weights in per_phrase.values():
        first = max(weights)
        repeats = sum(weights) - first
        total += first + min(first, 0.5 * repeats)
        if first >= 0.2:
            distinct += 1
    score = 1000.0 * total / max(words, min_words)
    return SpinAssessment(round(score, 3), round(total, 3), distinct, words, tuple(merged))


class SpinScoreParams(CheckParams):
    threshold: float = Field(
        4.5,
        gt=0.0,
        description=(
            "Weighted suspicious phrases per 1,000 words (spin_score) at which a document is "
            "called spun. Spun news articles score 4.5-100; unspun prose 0-4 (min_hits and "
            "min_total also apply)."
        ),
    )
    min_hits: int = Field(
        2, ge=1, description="Minimum number of distinct suspicious phrases (weight >= 0.2)."
    )
    min_total: float = Field(
        1.2, ge=0.0, description="Minimum total weight of the suspicious phrases."
    )
    min_words: int = Field(
        150,
        ge=1,
        description="Documents shorter than this are scored as if they had this many words.",
    )
    use_collocation: bool = Field(
        True, description="Count spin.collocation's statistical evidence in the score."
    )
    collocation_weight: float = Field(
        1.0, ge=0.0, le=2.0, description="Multiplier for collocation hits (max 0.8 each)."
    )
    min_ratio: float = Field(
        30.0,
        gt=1.0,
        description=(
            "Weakest likelihood ratio of a collocation hit that counts (spin.collocation reports "
            "from its own min_ratio, 100). From 30 up the analysis is shared with spin.collocation."
        ),
    )
    min_count: int = Field(300_000, ge=100_000, description="As spin.collocation's min_count.")
    disabled_words: tuple[str, ...] = Field(
        (),
        description=(
            "As spin.collocation's disabled_words: thesaurus words whose collocation evidence "
            "does not count (give both checks the same list)."
        ),
    )
    use_attribution: bool = Field(
        True,
        description=(
            'Count spin.attribution\'s evidence: spinner verbs ("stated", "remarked" ...) '
            "where a document's attributions are mostly such verbs."
        ),
    )
    attribution_min_spun: int = Field(2, ge=1, description="As spin.attribution's min_spun.")
    attribution_weight: float = Field(
        0.4, gt=0.0, le=1.0, description="As spin.attribution's weight: each verb's weight."
    )
    regional_min_markers: int = Field(
        2,
        ge=0,
        description=(
            'How many different markers of regional news English ("as per", "informed that", '
            '"lakh", "miscreants", "Monday last" ...) make a document read in that register, '
            "where `regional_phrases` are plain English and do not count; 0 turns it off."
        ),
    )
    regional_phrases: tuple[str, ...] = Field(
        REGIONAL_PHRASES,
        description="Phrases that do not count in a document of regional news English.",
    )
    extra_entries: tuple[LexiconEntrySpec, ...] = extra_entries_field()
    disabled: Disabled = disabled_field()

    @field_validator("extra_entries", mode="before")
    @classmethod
    def _entries(cls, value: Any) -> Any:
        return tuple(value) if isinstance(value, list) else value

    def detector(self) -> CollocationDetector:
        # Same positional key as spin.collocation's default, so the lru_cache shares it.
        return build_detector(
            min(self.min_ratio, EVIDENCE_FLOOR), self.min_count, True, (), self.disabled_words
        )


def _words(text: str) -> int:
    return prepare(text).words


def _unless(
    hits: tuple[tuple[Hit, ...], ...],
    plain: Callable[[Hit], bool],
    document_shows: Callable[[], bool],
) -> tuple[tuple[Hit, ...], ...]:
    """``hits`` without the ``plain`` ones when ``document_shows`` the reading in which they are
    ordinary English; the document is only looked at when such a hit is there."""
    if not any(plain(h) for group in hits for h in group) or not document_shows():
        return hits
    return tuple(tuple(h for h in group if not plain(h)) for group in hits)


def _outside_regional_register(
    text: str, hits: tuple[tuple[Hit, ...], ...], params: SpinScoreParams
) -> tuple[tuple[Hit, ...], ...]:
    """``hits`` without the register-ambiguous phrases if ``text`` reads as regional news
    English (see ``corpusgate.checks.spin.register``)."""
    phrases = {p.lower() for p in params.regional_phrases}
    enough = params.regional_min_markers
    return _unless(
        hits,
        lambda hit: text[hit.start : hit.end].lower() in phrases,
        lambda: regional_markers(text, enough) >= enough,
    )


# Spinners print "men and women" for "people"; a story about how the sexes differ (a health
# study, a survey, a sports meeting) says it because it means them, and then it names men or
# women elsewhere too. The phrase is evidence only where the document does not.
_STAND_IN = "men and women"
_STAND_IN_RE = re.compile(r"\bmen\s+and\s+women\b", re.IGNORECASE)
_SEXES = re.compile(
    r"\b(?:men|women|man|woman|males?|females?|sexes|gender|boys|girls)\b", re.IGNORECASE
)


def _outside_topic(text: str, hits: tuple[tuple[Hit, ...], ...]) -> tuple[tuple[Hit, ...], ...]:
    """``hits`` without "men and women" when the document also speaks of the sexes outside
    that phrase (each of its occurrences holds two of the words counted)."""
    return _unless(
        hits,
        lambda hit: hit.rule == _STAND_IN,
        lambda: len(_SEXES.findall(text)) > 2 * len(_STAND_IN_RE.findall(text)),
    )


@register
class SpinScore(Check[SpinScoreParams]):
    name = "spin.score"
    family = "spin"
    summary = (
        "The document reads as spun: weighted spinner phrases per 1,000 words over a threshold."
    )
    what = (
        "Adds up the evidence of spin.phrase (lexicon entries, by weight), spin.collocation "
        "(statistical substitutions, 0.2 x log10 of the likelihood ratio, at most 0.8 each; "
        "an article left behind by a swap adds 0.2) and spin.attribution (0.4 per spinner "
        'reporting verb, in documents whose attributions mostly avoid "said") '
        "into spin_score = 1000 x weight / max(words, min_words). Repeats of one phrase count "
        "half, at most twice its weight. In a document of regional news English (two markers "
        'such as "as per", "informed that", "lakh", "Monday last") the phrases that register '
        'uses as plain English ("upwards of", "stated", "informed", "the corporate") count 0, '
        'and "men and women" (a stand-in for "people") counts 0 where the document also '
        "speaks of the sexes. "
        "The document fails when spin_score >= threshold and it "
        "has at least min_hits distinct phrases totalling min_total. Emits the signals "
        "spin_score, spin_hits (distinct phrases) and spin_weight for every document."
    )
    why = (
        "Single phrases can be coincidences; a spun article is saturated with them. A density "
        "with minimum counts separates spun pages from clean ones, including short notes, wire "
        "copy and non-native English, which may contain one odd phrase but not a dozen. "
        "What it cannot see: a light or fluent thesaurus rewrite (a few idiomatic swaps), a "
        "frame-rewriting spinner (Spin Rewriter's ENL), a round-trip translation, an AI rewrite "
        "or a sentence paraphraser leaves no phrase a spinner is known for and no improbable "
        "collocation. Measured once on blind sets 5-13, before any tuning: light, round-trip "
        "and AI rewrites 0 of 44 each, Spin Rewriter ENL 7 of 44 (through the reporting verbs "
        'it prints for "said" and stand-ins such as "the authorities has"). '
        "Keep the sources in the corpus and spin.reworded-copy names those "
        "copies instead."
    )
    example = (
        "The port authority mentioned on Tuesday that cargo volumes fell sharply within the "
        "final 12 months, in response to figures launched by the International Ministry. "
        "Officers on the White Home stated the slowdown had price tens of 1000's of {dollars} "
        "in misplaced charges, and a spokesman for the dockworkers' union mentioned the "
        "scenario was a essential take a look at for the brand new administration. Shipping "
        "corporations have requested the federal government for monetary help earlier than the "
        "subsequent season, whereas analysts anticipate a restoration solely in the event that "
        "gasoline costs fall."
    )
    passing_example = (
        "The port authority said on Tuesday that cargo volumes fell sharply over the last "
        "year, according to figures released by the Foreign Ministry. Officials at the White "
        "House said the slowdown had cost tens of thousands of dollars in lost fees, and a "
        "spokesman for the dockworkers' union said the situation was a critical test for the "
        "new administration. Shipping companies have asked the government for financial help "
        "before the next season, while analysts expect a recovery only if fuel prices fall."
    )
    fix = (
        "Remove spun documents or replace them with the original; see the spin.phrase and "
        "spin.collocation findings for the spans and likely originals. Tune `threshold` on a "
        "sample of your corpus (the spin_score signal is emitted for every document)."
    )
    Params = SpinScoreParams

    def assess(self, doc: Document, ctx: DocContext) -> SpinAssessment:
        params = self.params
        lexicon = build_lexicon(tuple(e.as_tuple() for e in params.extra_entries), params.disabled)
        lex = lexicon_hits(doc, ctx, lexicon)
        col: tuple[Hit, ...] = ()
        if params.use_collocation:
            col = tuple(
                h
                for h in collocation_hits(doc, ctx, params.detector())
                if h.rule != "collocation" or h.ratio >= params.min_ratio
            )
        attributions: tuple[Hit, ...] = ()
        if params.use_attribution:
            # The same memoised analysis spin.attribution runs (one finder per parameter pair).
            finder = attribution_finder(params.attribution_min_spun, params.attribution_weight)
            attributions = ctx.derive(finder)
        words = ctx.derive(_words)
        if params.regional_min_markers and params.regional_phrases:
            lex, col, attributions = _outside_regional_register(
                doc.text, (lex, col, attributions), params
            )
        lex, col, attributions = _outside_topic(doc.text, (lex, col, attributions))
        return combine(
            lex,
            col,
            words,
            doc.text,
            params.min_words,
            params.collocation_weight,
            attributions,
        )

    def run(self, doc: Document, ctx: DocContext) -> CheckOutput:
        params = self.params
        result = self.assess(doc, ctx)
        signals = {
            "spin_score": result.score,
            "spin_hits": float(result.distinct),
            "spin_weight": result.total,
        }
        if (
            result.score >= params.threshold
            and result.distinct >= params.min_hits
            and result.total >= params.min_total
        ):
            top = sorted(result.hits, key=lambda h: -h.weight)[:4]
            examples = ", ".join(
                f'"{doc.text[h.start : h.end]}" ({h.original})'
                if h.original
                else f'"{doc.text[h.start : h.end]}"'
                for h in top
            )
            message = (
                f"reads as spun: spin_score {result.score:.1f} >= {params.threshold:g} "
                f"({result.distinct} suspicious phrases, weight {result.total:.1f}, "
                f"{result.words} words); e.g. {examples}"
            )
            confidence = min(1.0, 0.5 + result.score / (4 * params.threshold))
            return CheckOutput(
                findings=(self.document_finding(message, confidence=round(confidence, 3)),),
                signals=signals,
            )
        return CheckOutput(signals=signals)
