"""The check catalogue. Importing this package registers every shipped check family."""

from __future__ import annotations

import difflib
from typing import Any

from corpusgate.checks import artifacts, inputs, readability, spin  # noqa: F401  (registers)
from corpusgate.checks.base import (
    Aggregate,
    Check,
    CheckParams,
    CorpusCheck,
    DocContext,
    register,
    registered,
)
from corpusgate.errors import CorpusgateError

__all__ = [
    "Aggregate",
    "Check",
    "CheckParams",
    "CorpusCheck",
    "DocContext",
    "UnknownCheckError",
    "all_checks",
    "get_check",
    "register",
]


class UnknownCheckError(CorpusgateError, LookupError):
    def __init__(self, name: str) -> None:
        self.name = name
        self.suggestions = difflib.get_close_matches(name, list(registered()), n=3, cutoff=0.5)
        hint = (
            f"; did you mean {' or '.join(map(repr, self.suggestions))}?"
            if self.suggestions
            else ""
        )
        super().__init__(f"unknown check {name!r}{hint} (`corpusgate checks` lists them)")

    def __str__(self) -> str:
        return str(self.args[0])


def all_checks() -> dict[str, type[Check[Any]]]:
    """Every registered check by name, sorted by family then name."""
    return dict(sorted(registered().items(), key=lambda item: (item[1].family, item[0])))


def get_check(name: str) -> type[Check[Any]]:
    try:
        return registered()[name]
    except KeyError:
        raise UnknownCheckError(name) from None
