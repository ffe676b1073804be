"""Spun (article-spinner) phrasing: lexicon, collocation statistics and the document score.

Importing this package registers ``spin.phrase``, ``spin.collocation``, ``spin.attribution``
and ``spin.score``.
"""

from corpusgate.checks.spin import attribution, collocation, lexicon, score  # noqa: F401  (registers)
