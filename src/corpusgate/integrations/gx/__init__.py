"""Great Expectations integration (optional extra ``corpusgate[gx]``, GX 1.24.x).

Import it as :mod:`corpusgate.gx`, which loads GX and registers corpusgate's custom
expectations. This package itself stays light: Spark executors import
:mod:`corpusgate.integrations.gx.values` to evaluate the custom expectations without loading GX.

- :func:`to_gx_suite`: a corpusgate suite as built-in GX expectations over the signals table;
- :func:`run_checkpoint`: a ValidationDefinition and Checkpoint run with GX's silent failures
  turned into errors, Data Docs built offline;
- :func:`build_data_docs` / :func:`validate_run` / :func:`check_parity`: the same for an engine
  run (``corpusgate validate --gx-docs DIR``), checked against corpusgate's own verdicts;
- :func:`save_suite_json` / :func:`load_suite_json` / :func:`verify_suite`: suite files that
  notice when GX dropped an expectation;
- ``ExpectColumnValuesToHaveNoScraperArtifacts``, ``ExpectColumnValuesToHaveSpinScoreBelow``,
  ``ExpectColumnValuesToHaveReadabilityBetween``: custom expectations on raw text columns.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "ExpectColumnValuesToHaveNoScraperArtifacts": "expectations",
    "ExpectColumnValuesToHaveSpinScoreBelow": "expectations",
    "ExpectColumnValuesToHaveReadabilityBetween": "expectations",
    "CUSTOM_EXPECTATIONS": "expectations",
    "to_gx_suite": "suite",
    "gx_mostly": "suite",
    "save_suite_json": "suite",
    "load_suite_json": "suite",
    "suite_from_dict": "suite",
    "verify_suite": "suite",
    "manifest": "suite",
    "GXSuiteIntegrityError": "suite",
    "run_checkpoint": "run",
    "check_result": "run",
    "GXRun": "run",
    "GXRunError": "run",
    "GXParityError": "run",
    "ExpectationOutcome": "run",
    "build_data_docs": "bridge",
    "validate_run": "bridge",
    "check_parity": "bridge",
    "signals_frame": "bridge",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
