"""Test-wide guards: no network, and the location of the shared real-world data."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
REALWORLD = Path(
    os.environ.get("CORPUSGATE_REALWORLD", ROOT.parent / "shared" / "data" / "realworld")
)

settings.register_profile("default", max_examples=100, deadline=None)
# CI (.ci/run) draws the same examples every run: a gate's own landing must not hinge on a new
# random draw; local runs keep exploring, and "thorough" explores much further.
settings.register_profile("ci", max_examples=100, deadline=None, derandomize=True)
settings.register_profile(
    "thorough", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


class NetworkBlocked(RuntimeError):
    pass


_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: object) -> None:
    # Loopback stays open (local Spark, a browser talking to its own devtools); anything else
    # would be a download at run time, which corpusgate must never do.
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1")):
        return _real_connect(self, address)  # type: ignore[arg-type]
    if self.family == socket.AF_UNIX:
        return _real_connect(self, address)  # type: ignore[arg-type]
    raise NetworkBlocked(f"network access attempted during tests: {address!r}")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    try:
        import nltk

        def _refuse_download(*args: object, **kwargs: object) -> bool:
            raise NetworkBlocked(f"nltk.download{args!r} attempted during tests")

        monkeypatch.setattr(nltk, "download", _refuse_download)
    except ImportError:
        pass
    yield


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """One local Spark session for the whole run: a session takes 10-15 s to start."""
    pytest.importorskip("pyspark", reason="needs pyspark: pip install 'corpusgate[spark]'")
    from corpusgate.engine.spark import spark_session

    # Python workers must import the test check modules (tests.engine.checks_for_tests) too.
    paths = [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    os.environ["PYTHONPATH"] = os.pathsep.join(paths)
    session = spark_session("local[2]")
    yield session
    session.stop()


@pytest.fixture
def realworld() -> Path:
    """The shared real-world data folder; tests that need it skip where it is absent."""
    if not (REALWORLD / "seed_article.txt").is_file():
        pytest.skip(f"real-world data not found at {REALWORLD}")
    return REALWORLD


@pytest.fixture
def seed_text(realworld: Path) -> str:
    return (realworld / "seed_article.txt").read_text(encoding="utf-8")
