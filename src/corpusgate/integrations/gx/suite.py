"""A corpusgate suite as a GX ExpectationSuite over the signals table, and safe suite files.

Translation (:func:`to_gx_suite`): every corpusgate expectation becomes one *built-in* GX
expectation, ``ExpectColumnValuesToBeBetween(column="findings__<id>", max_value=0, mostly=m)``,
over the signals table (:mod:`corpusgate.signals`), where a document fails the expectation
exactly when its findings count is above 0. Built-in expectations need no registration and
render properly in Data Docs.

Budgets: corpusgate's budgets are counts of failing documents (``max_failing: 3``, or
``mostly: 0.99``, which corpusgate turns into ``floor(n * 0.01)`` allowed failures), while GX's
``mostly`` is a fraction compared as ``(n - failing) / n >= mostly`` in floating point. So the
suite is built for a corpus size ``n``: with ``k`` failures allowed, ``mostly = (n - k - 0.5) /
n``, halfway between the last passing and the first failing fraction, which makes GX pass
exactly when at most ``k`` documents fail, with no floating-point tie at the boundary (``k = 0``
omits ``mostly``: every value must pass). The corpus size, allowed failures and the original
budget are kept in each expectation's ``meta["corpusgate"]`` and in a readable ``description``;
a suite translated for one corpus size should be regenerated for another (GX's ``mostly``
cannot express a count).

Suite files (:func:`save_suite_json`, :func:`load_suite_json`): GX drops an expectation whose
class is not imported when it loads a suite, logging one line (and ``suite.save()`` then
deletes it from disk). The suite's ``meta["corpusgate_manifest"]`` records every expectation it
was saved with (type and a digest of its arguments); loading checks the suite against it and
raises :class:`GXSuiteIntegrityError` naming what went missing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from corpusgate.errors import CorpusgateError
from corpusgate.integrations.gx._env import import_gx
from corpusgate.signals import findings_column
from corpusgate.suite import Expectation, Suite, allowed_failures

MANIFEST_KEY = "corpusgate_manifest"
META_KEY = "corpusgate"

__all__ = [
    "GXSuiteIntegrityError",
    "expectation_digest",
    "gx_mostly",
    "load_suite_json",
    "manifest",
    "save_suite_json",
    "to_gx_suite",
    "verify_suite",
]


class GXSuiteIntegrityError(CorpusgateError):
    """A GX suite lost expectations it was saved with (usually an unimported custom class)."""


def gx_mostly(allowed: int, documents: int) -> float | None:
    """GX's ``mostly`` that passes exactly when at most ``allowed`` of ``documents`` fail.

    ``None`` when no failure is allowed (GX's default, every value must pass).
    """
    if allowed <= 0 or documents <= 0:
        return None
    if allowed >= documents:
        return 0.0
    return (documents - allowed - 0.5) / documents


def _sentence(expectation: Expectation, allowed: int, documents: int) -> str:
    budget = expectation.budget
    if "mostly" in budget:
        rule = f"mostly {float(budget['mostly']):g}"
    else:
        rule = f"max_failing {budget['max_failing']}"
    who = f"`{expectation.id}`"
    if expectation.id != expectation.check:
        who += f" ({expectation.check})"
    limit = "no document" if allowed == 0 else f"at most {allowed:,} of {documents:,} documents"
    text = f"corpusgate {expectation.severity} {who}: {limit} may have findings ({rule})."
    if expectation.description:
        text += f" {expectation.description.strip()}"
    return text


def to_gx_suite(
    suite: Suite,
    documents: int,
    *,
    name: str | None = None,
    signals: Iterable[str] | None = None,
) -> Any:
    """The GX ``ExpectationSuite`` equivalent to ``suite`` for a corpus of ``documents``.

    ``signals`` (the signal names in the signals table) enables the detail expectations of
    ``readability.range``. The suite runs unchanged on GX's pandas and Spark engines.
    """
    gx = import_gx()
    from great_expectations.expectations import ExpectColumnValuesToBeBetween
    from great_expectations.expectations.metadata_types import FailureSeverity

    available = set(signals or ())
    expectations = []
    for expectation in suite.expectations:
        allowed = allowed_failures(expectation.budget, documents)
        mostly = gx_mostly(allowed, documents)
        options: dict[str, Any] = {} if mostly is None else {"mostly": mostly}
        expectations.append(
            ExpectColumnValuesToBeBetween(
                column=findings_column(expectation.id),
                max_value=0,
                severity=FailureSeverity.CRITICAL
                if expectation.severity == "error"
                else FailureSeverity.WARNING,
                description=_sentence(expectation, allowed, documents),
                meta={
                    META_KEY: {
                        "expectation": expectation.id,
                        "role": "verdict",
                        "check": expectation.check,
                        "severity": expectation.severity,
                        "budget": dict(expectation.budget),
                        "documents": documents,
                        "allowed_failures": allowed,
                        "suite_line": expectation.line,
                    }
                },
                **options,
            )
        )
        if expectation.check == READABILITY_RANGE and available:
            expectations.extend(_range_details(expectation, available))
    gx_suite = gx.ExpectationSuite(
        name=name or f"corpusgate-{suite.name}",
        expectations=expectations,
        meta={META_KEY: {"suite": suite.name, "path": suite.path, "documents": documents}},
    )
    gx_suite.meta[MANIFEST_KEY] = manifest(gx_suite)
    return gx_suite


READABILITY_RANGE = "readability.range"
_WORDS_SIGNAL = "lexicon_count"


def _range_details(expectation: Expectation, available: set[str]) -> list[Any]:
    """One informational ``values between bounds`` expectation per bound of readability.range.

    Each flags the documents whose metric breaks that bound, among the documents the check
    judges (at least ``min_words`` words, told by the ``lexicon_count`` signal). The verdict
    stays with the findings expectation: a document breaking two bounds fails it once.
    """
    from great_expectations.expectations import ExpectColumnValuesToBeBetween
    from great_expectations.expectations.metadata_types import FailureSeverity

    from corpusgate.checks import get_check
    from corpusgate.signals import signal_column

    params = expectation.check_params(get_check(expectation.check))
    bounds = getattr(params, "bounds", {})
    min_words = int(getattr(params, "min_words", 0))
    condition: dict[str, Any] = {}
    if min_words > 0:
        if _WORDS_SIGNAL not in available:
            return []
        from great_expectations.expectations.row_conditions import Column

        # A condition object, not a query string: GX writes it for pandas and Spark alike.
        condition = {"row_condition": Column(signal_column(_WORDS_SIGNAL)) >= min_words}
    details = []
    for metric, bound in bounds.items():
        if metric not in available:
            continue  # a metric the checks compute but do not emit as a signal
        judged = f" among documents of at least {min_words} words" if min_words else ""
        details.append(
            ExpectColumnValuesToBeBetween(
                column=signal_column(metric),
                min_value=bound.min,
                max_value=bound.max,
                severity=FailureSeverity.INFO,
                description=(
                    f"Detail of `{expectation.id}`: {metric} within its bounds{judged} "
                    "(informational; the findings expectation above decides)."
                ),
                meta={
                    META_KEY: {"expectation": expectation.id, "role": "detail", "metric": metric}
                },
                **condition,
            )
        )
    return details


def expectation_digest(configuration: Mapping[str, Any]) -> str:
    """A digest of an expectation's type and arguments (not its GX-assigned id)."""
    data = {"type": configuration.get("type"), "kwargs": configuration.get("kwargs", {})}
    text = json.dumps(data, sort_keys=True, default=str)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def _configurations(gx_suite: Any) -> list[dict[str, Any]]:
    return [e.configuration.to_json_dict() for e in gx_suite.expectations]


def manifest(gx_suite: Any) -> list[dict[str, str]]:
    """What :func:`verify_suite` compares a loaded suite with: type, column and digest of each."""
    return [
        {
            "type": str(config["type"]),
            "column": str(config.get("kwargs", {}).get("column", "")),
            "digest": expectation_digest(config),
        }
        for config in _configurations(gx_suite)
    ]


def verify_suite(gx_suite: Any, expected: Iterable[Mapping[str, str]] | None = None) -> None:
    """Raise :class:`GXSuiteIntegrityError` unless ``gx_suite`` holds every expected expectation.

    ``expected`` defaults to the manifest stored in the suite's own ``meta``.
    """
    wanted = list(expected if expected is not None else (gx_suite.meta or {}).get(MANIFEST_KEY, []))
    if expected is None and not wanted and gx_suite.meta.get(MANIFEST_KEY) is None:
        raise GXSuiteIntegrityError(
            f"GX suite {gx_suite.name!r} has no corpusgate manifest to verify it against; "
            "save it with corpusgate.gx.save_suite_json"
        )
    present: dict[str, int] = {}
    for entry in manifest(gx_suite):
        present[entry["digest"]] = present.get(entry["digest"], 0) + 1
    missing = []
    for entry in wanted:
        if present.get(entry["digest"], 0) > 0:
            present[entry["digest"]] -= 1
        else:
            missing.append(entry)
    if missing:
        listing = ", ".join(f"{m['type']}(column={m['column']!r})" for m in missing)
        raise GXSuiteIntegrityError(
            f"GX suite {gx_suite.name!r} lost {len(missing)} of its {len(wanted)} expectations: "
            f"{listing}. GX drops expectations whose class is not imported; import the module "
            "that defines them (for corpusgate's custom expectations: import corpusgate.gx) "
            "before loading the suite"
        )


def save_suite_json(gx_suite: Any, path: str | Path) -> None:
    """Write ``gx_suite`` as JSON with a manifest of its expectations (atomically)."""
    from corpusgate.report.atomic import atomic_writer

    gx_suite.meta[MANIFEST_KEY] = manifest(gx_suite)
    data = gx_suite.to_json_dict()
    with atomic_writer(path) as stream:
        json.dump(data, stream, indent=2, sort_keys=True, default=str)
        stream.write("\n")


def suite_from_dict(data: Mapping[str, Any]) -> Any:
    """A GX ``ExpectationSuite`` from its JSON form, verified against its manifest."""
    gx = import_gx()
    saved = list((data.get("meta") or {}).get(MANIFEST_KEY) or [])
    declared = len(data.get("expectations") or [])
    gx_suite = gx.ExpectationSuite(**dict(data))
    if saved:
        verify_suite(gx_suite, saved)
    elif len(gx_suite.expectations) != declared:
        raise GXSuiteIntegrityError(
            f"GX suite {gx_suite.name!r} declares {declared} expectations but only "
            f"{len(gx_suite.expectations)} could be loaded; import the modules that define "
            "its custom expectations (for corpusgate's: import corpusgate.gx) first"
        )
    return gx_suite


def load_suite_json(path: str | Path) -> Any:
    """Load a GX suite saved by :func:`save_suite_json` (or by GX), refusing a depleted one."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CorpusgateError(f"{path}: not a readable GX suite file: {error}") from None
    if not isinstance(data, dict):
        raise CorpusgateError(f"{path}: not a GX suite (expected a JSON object)")
    return suite_from_dict(data)
