"""Spun (article-spinner) phrasing: lexicon, collocation statistics and the document score.

Importing this package registers ``spin.phrase``, ``spin.collocation``, ``spin.attribution``,
``spin.reworded-copy`` and ``spin.score``.
"""

from corpusgate.checks.spin import (  # noqa: F401  (registers)
    attribution,
    collocation,
    copies,
    lexicon,
    score,
)
