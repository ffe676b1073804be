"""Per-value verdicts for the custom GX expectations, computed by corpusgate's own checks.

This module does not import Great Expectations: Spark executors import it to evaluate the
expectations' Arrow-batched UDFs, and GX costs seconds to import. Each function takes one
column value (the raw text of a document), wraps it in a :class:`Document`, runs the named
checks through the :class:`Check` API (``corpusgate.checks.get_check``) and answers whether
the value is expected. Checks are built once per process and configuration.

Null values never reach these functions on GX's own paths (GX counts them as missing, not
unexpected); if one does, it passes. Non-string values are checked as their ``str()``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from corpusgate.checks import all_checks, get_check
from corpusgate.checks.base import Check, CorpusCheck, DocContext
from corpusgate.documents import Document
from corpusgate.errors import UsageError

ARTIFACT_FAMILY = "artifact"
SPIN_FAMILY = "spin"
READABILITY_FAMILY = "readability"

# A plain English paragraph, long enough for every readability and spin check to compute its
# signals; used only to find which check emits a signal the caller named.
_PROBE = (
    "The city council met on Tuesday evening to discuss the new budget for the coming year. "
    "Several members said that the plan to repair the old bridge should come first, because "
    "the cost of waiting would only grow. Others argued that the schools needed the money "
    "more urgently, and that the bridge could wait another season. The mayor listened to both "
    "sides and promised to publish a revised proposal within two weeks. Residents who attended "
    "the meeting asked questions about taxes, parking and the future of the public library. "
    "Most of them left before the final vote, which was postponed until next month. A local "
    "business owner said she hoped the council would reach a decision soon, since uncertainty "
    "made it hard to plan ahead. The next meeting is open to the public and will be streamed."
)


def _document(value: Any) -> Document:
    text = value if isinstance(value, str) else str(value)
    return Document(id="<gx>", text=text, source="<gx value>")


def _params_key(params: Mapping[str, Any] | None) -> str:
    return json.dumps(params or {}, sort_keys=True, default=str)


@lru_cache(maxsize=64)
def _build(name: str, params_json: str) -> Check[Any]:
    cls = get_check(name)
    if issubclass(cls, CorpusCheck):
        raise UsageError(
            f"{name} is a corpus-level check: it needs the whole corpus, so it cannot judge one "
            "column value; use the signals table (corpusgate.gx.to_gx_suite) for it"
        )
    return cls.from_mapping(json.loads(params_json))


def build_check(name: str, params: Mapping[str, Any] | None = None) -> Check[Any]:
    """A configured instance of the check ``name``, cached per process."""
    return _build(name, _params_key(params))


def family_checks(family: str) -> list[str]:
    """Every registered per-document check of ``family``, in catalogue order."""
    return [
        name
        for name, cls in all_checks().items()
        if cls.family == family and not issubclass(cls, CorpusCheck)
    ]


@lru_cache(maxsize=64)
def check_for_signal(signal: str, family: str) -> str:
    """The first check of ``family`` whose output carries ``signal`` (probed on plain English)."""
    for name in family_checks(family):
        check = build_check(name)
        doc = _document(_PROBE)
        if signal in check.run(doc, DocContext(doc)).signals:
            return name
    raise UsageError(
        f"no {family} check emits the signal {signal!r}; pass `check=` explicitly "
        "(`corpusgate checks` lists them)"
    )


def has_no_findings(value: Any, checks: Sequence[str] | None) -> bool:
    """True when none of ``checks`` (default: every artifact check) flags ``value``."""
    if value is None:
        return True
    names = tuple(checks) if checks else tuple(family_checks(ARTIFACT_FAMILY))
    doc = _document(value)
    ctx = DocContext(doc)
    return not any(build_check(name).run(doc, ctx).findings for name in names)


def signal_of(
    value: Any, signal: str, check: str | None, family: str, params: Mapping[str, Any] | None
) -> float:
    """The value of ``signal`` that ``check`` computes for ``value``; NaN when undefined."""
    name = check or check_for_signal(signal, family)
    doc = _document(value)
    result = build_check(name, params).run(doc, DocContext(doc)).signals.get(signal)
    return math.nan if result is None else float(result)


def is_below(
    value: Any,
    threshold: float,
    signal: str,
    check: str | None,
    params: Mapping[str, Any] | None = None,
) -> bool:
    """True when the spin ``signal`` of ``value`` is below ``threshold`` (or undefined)."""
    if value is None:
        return True
    score = signal_of(value, signal, check, SPIN_FAMILY, params)
    return math.isnan(score) or score < threshold


def is_between(
    value: Any,
    signal: str,
    min_value: float | None,
    max_value: float | None,
    check: str | None,
    params: Mapping[str, Any] | None = None,
) -> bool:
    """True when the readability ``signal`` of ``value`` is within the bounds (or undefined)."""
    if value is None:
        return True
    score = signal_of(value, signal, check, READABILITY_FAMILY, params)
    if math.isnan(score):
        return True
    if min_value is not None and score < min_value:
        return False
    return not (max_value is not None and score > max_value)


def modules_for(options: Mapping[str, Any]) -> list[str]:
    """Modules defining the checks ``options`` names, for Spark workers to import first."""
    names = list(options.get("checks") or []) + ([options["check"]] if options.get("check") else [])
    modules = {get_check(name).__module__ for name in names}
    return sorted(m for m in modules if m != "__main__")


def verdicts(values: Iterable[Any], kind: str, options: Mapping[str, Any]) -> list[bool]:
    """Vectorised entry point for the Spark UDFs: one verdict per value.

    ``options["modules"]`` are imported first: a Spark worker has registered only corpusgate's
    own checks, not a project's custom ones.
    """
    import importlib

    for module in options.get("modules", ()):
        importlib.import_module(module)
    if kind == "no_artifacts":
        return [has_no_findings(v, options.get("checks")) for v in values]
    if kind == "spin_below":
        return [
            is_below(
                v,
                options["threshold"],
                options["signal"],
                options.get("check"),
                options.get("params"),
            )
            for v in values
        ]
    if kind == "readability_between":
        return [
            is_between(
                v,
                options["signal"],
                options.get("min_value"),
                options.get("max_value"),
                options.get("check"),
                options.get("params"),
            )
            for v in values
        ]
    raise ValueError(f"unknown verdict kind {kind!r}")
