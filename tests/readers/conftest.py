"""Fixtures of the reader tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Run in tmp_path, so relative paths (as a user types them) can be used."""
    monkeypatch.chdir(tmp_path)
    yield tmp_path
