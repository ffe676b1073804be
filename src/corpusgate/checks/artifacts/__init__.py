"""Scraper artifacts: ad slots, credit lines, widgets, markup, placeholders, encoding, boilerplate.

Importing this package registers the ``artifact.*`` checks.
"""

from corpusgate.checks.artifacts import encoding, lines, markup, repeated  # noqa: F401  (registers)
