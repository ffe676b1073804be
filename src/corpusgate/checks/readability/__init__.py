"""Readability: textstat-exact scores as signals; checks on bounds, degenerate text, outliers.

The metrics engine (``metrics``) is public as :mod:`corpusgate.readability`.
"""

from corpusgate.checks.readability import bounds, degenerate, outlier  # noqa: F401  (registers)
