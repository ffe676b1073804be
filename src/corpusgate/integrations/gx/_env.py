"""Importing Great Expectations for corpusgate: offline, quiet, and with a clear error if absent."""

from __future__ import annotations

import os
import warnings
from types import ModuleType

from corpusgate.errors import UsageError

SUPPORTED = ">=1.24,<1.25"


def import_gx() -> ModuleType:
    """``great_expectations``, imported with usage statistics off.

    GX 1.24 sends no analytics, but older and newer releases read ``GX_ANALYTICS_ENABLED``;
    corpusgate must never reach the network, so it is forced off before the import.
    """
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    try:
        with warnings.catch_warnings():
            # GX imports the deprecated ``sre_constants``; a test run with warnings as errors
            # must still be able to import it.
            warnings.simplefilter("ignore", DeprecationWarning)
            import great_expectations as gx
    except ImportError:
        raise UsageError(
            f"the Great Expectations integration needs great-expectations{SUPPORTED}: "
            "pip install 'corpusgate[gx]'"
        ) from None
    return gx
