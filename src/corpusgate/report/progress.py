"""A progress bar on stderr for long runs (only when stderr is a terminal)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator

from rich.console import Console
from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn


@contextlib.contextmanager
def progress_bar() -> Iterator[Callable[[int], None]]:
    progress = Progress(
        SpinnerColumn(),
        TextColumn("validating"),
        MofNCompleteColumn(),
        TextColumn("documents"),
        TimeElapsedColumn(),
        console=Console(file=sys.stderr),
        transient=True,
    )
    with progress:
        task = progress.add_task("validate", total=None)

        def advance(count: int) -> None:
            progress.advance(task, count)

        yield advance
