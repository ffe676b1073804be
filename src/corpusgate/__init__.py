"""corpusgate: a data-quality gate for article corpora."""

from __future__ import annotations

__version__ = "0.1.0"
