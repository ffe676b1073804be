"""Reports are written atomically: a temporary file beside the target, then one rename.

An interrupted run (Ctrl-C, a full disk) leaves either the previous report or none, never half
of one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[str]:
    """A temporary file name beside ``path``; renamed onto ``path`` only if the block succeeds.

    For writers that open files themselves (Parquet); text reports use :func:`atomic_writer`.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    directory.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    os.close(handle)
    try:
        yield temporary
        # mkstemp creates the file private (0600); a report is an ordinary file, so give it
        # the permissions the user's umask gives any other new file.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


@contextlib.contextmanager
def atomic_writer(path: str | Path, mode: str = "w") -> Iterator[IO[str]]:
    """A text stream whose content replaces ``path`` in one rename when the block succeeds."""
    with (
        atomic_path(path) as temporary,
        open(temporary, mode, encoding="utf-8", newline="") as stream,
    ):
        yield stream
        stream.flush()
        os.fsync(stream.fileno())


def write_text_atomic(path: str | Path, text: str) -> None:
    with atomic_writer(path) as stream:
        stream.write(text)
