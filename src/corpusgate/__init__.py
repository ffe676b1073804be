"""corpusgate: a data-quality gate for article corpora.

>>> import corpusgate
>>> report = corpusgate.validate("data/articles.jsonl", suite="checks/news.yml")  # doctest: +SKIP
>>> report.success                                                               # doctest: +SKIP
True

The names below are loaded on first use, so ``import corpusgate`` (which the pytest plugin does
in every pytest run) stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from corpusgate.api import validate
    from corpusgate.report.model import Report
    from corpusgate.suite import load_suite

__all__ = ["Report", "__version__", "load_suite", "validate"]

_LAZY = {
    "validate": ("corpusgate.api", "validate"),
    "load_suite": ("corpusgate.suite", "load_suite"),
    "Report": ("corpusgate.report.model", "Report"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attribute = _LAZY[name]
        value = getattr(importlib.import_module(module), attribute)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'corpusgate' has no attribute {name!r}")
