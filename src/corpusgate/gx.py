"""corpusgate for Great Expectations users: ``import corpusgate.gx``.

Importing this module imports GX (``pip install 'corpusgate[gx]'``) and registers corpusgate's
custom expectations, so suites that use them load. Everything is documented in
:mod:`corpusgate.integrations.gx`.
"""

from __future__ import annotations

from corpusgate.integrations.gx.bridge import (
    build_data_docs,
    check_parity,
    signals_frame,
    validate_run,
)
from corpusgate.integrations.gx.expectations import (
    CUSTOM_EXPECTATIONS,
    ExpectColumnValuesToHaveNoScraperArtifacts,
    ExpectColumnValuesToHaveReadabilityBetween,
    ExpectColumnValuesToHaveSpinScoreBelow,
)
from corpusgate.integrations.gx.run import (
    ExpectationOutcome,
    GXParityError,
    GXRun,
    GXRunError,
    check_result,
    run_checkpoint,
)
from corpusgate.integrations.gx.suite import (
    GXSuiteIntegrityError,
    gx_mostly,
    load_suite_json,
    manifest,
    save_suite_json,
    suite_from_dict,
    to_gx_suite,
    verify_suite,
)

__all__ = [
    "CUSTOM_EXPECTATIONS",
    "ExpectColumnValuesToHaveNoScraperArtifacts",
    "ExpectColumnValuesToHaveReadabilityBetween",
    "ExpectColumnValuesToHaveSpinScoreBelow",
    "ExpectationOutcome",
    "GXParityError",
    "GXRun",
    "GXRunError",
    "GXSuiteIntegrityError",
    "build_data_docs",
    "check_parity",
    "check_result",
    "gx_mostly",
    "load_suite_json",
    "manifest",
    "run_checkpoint",
    "save_suite_json",
    "signals_frame",
    "suite_from_dict",
    "to_gx_suite",
    "validate_run",
    "verify_suite",
]
