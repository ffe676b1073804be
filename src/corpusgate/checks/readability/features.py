"""What the readability checks share per document: the base counts and the scores.

Every readability check asks ``ctx.derive(profiler(lang))`` for the same function object, so a
document is counted and scored once however many readability checks a suite runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

from pydantic import Field

from corpusgate.checks.readability.metrics import (
    CORE_METRICS,
    DEFAULT_LANG,
    METRICS,
    Counts,
    analyse,
    scores_from_counts,
)

SIGNAL_METRICS: tuple[str, ...] = CORE_METRICS
"""The metrics every readability check reports as signals (named as textstat's functions)."""

FLESCH_READING_EASE_CEILING = 206.835 - 1.015 * 1 - 84.6 * 1
"""The English Flesch reading ease of one-word sentences of one-syllable words: 121.22."""


@dataclass(frozen=True, slots=True)
class Profile:
    """A document's readability: textstat's counts and scores plus a few language facts."""

    counts: Counts
    scores: dict[str, float]

    @property
    def unknown_share(self) -> float:
        """Share of words of 4+ characters that are neither in CMU nor plausible English."""
        lexical = self.counts.lexical_words
        return self.counts.unknown_words / lexical if lexical else 0.0

    @property
    def function_word_share(self) -> float:
        """Share of words that are English function words (the, of, and, to...)."""
        words = self.counts.words
        return self.counts.function_words / words if words else 0.0

    @property
    def difficult_word_share(self) -> float:
        """Share of words off the Dale-Chall easy list (Dale-Chall's 'difficult words')."""
        words = self.counts.words
        return self.counts.not_easy / words if words else 0.0

    def signals(self) -> dict[str, float]:
        return {name: float(self.scores[name]) for name in SIGNAL_METRICS}


_PROFILERS: dict[str, Callable[[str], Profile]] = {}


def profiler(lang: str = DEFAULT_LANG) -> Callable[[str], Profile]:
    """The (stable, hence memoisable by ``ctx.derive``) profile function for ``lang``."""
    found = _PROFILERS.get(lang)
    if found is None:

        def profile(text: str) -> Profile:
            counts = analyse(text, lang)
            return Profile(counts, scores_from_counts(counts))

        found = _PROFILERS[lang] = profile
    return found


def check_metric_name(name: str) -> str:
    """``name`` if it is a metric corpusgate computes, else a ValueError with suggestions."""
    if name in METRICS:
        return name
    import difflib

    close = difflib.get_close_matches(name, METRICS, n=3, cutoff=0.5)
    hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
    raise ValueError(f"unknown readability metric {name!r}{hint}")


LangField = Annotated[
    str,
    Field(
        description=(
            "textstat language code for syllables and formula constants (CMU syllables for "
            "English; pyphen elsewhere). The default is textstat's default, en_US."
        )
    ),
]
