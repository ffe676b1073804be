"""`corpusgate checks` and `corpusgate explain NAME`: the check catalogue for people."""

from __future__ import annotations

import textwrap
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from corpusgate.checks import all_checks, get_check
from corpusgate.checks.base import Check
from corpusgate.errors import UsageError


def print_catalogue(console: Console | None = None) -> None:
    console = console or Console(highlight=False)
    table = Table(show_header=True, header_style="bold")
    table.add_column("check", no_wrap=True)
    table.add_column("family")
    table.add_column("flags")
    for name, cls in all_checks().items():
        # Text, not markup: summaries quote brackets such as [/vc_row] literally.
        table.add_row(Text(name), Text(cls.family), Text(cls.summary))
    console.print(table)
    console.print("`corpusgate explain CHECK` documents one check.")


def explanation(cls: type[Check[Any]]) -> str:
    """The rule documentation of a check as Markdown-ish plain text."""
    wrap = lambda text: textwrap.fill(" ".join(text.split()), width=88)  # noqa: E731
    parts = [
        f"# {cls.name}",
        f"family: {cls.family}" + (" (corpus-level)" if _is_corpus(cls) else ""),
        "",
        wrap(cls.summary),
        "",
        "## What it flags",
        wrap(cls.what),
        "",
        "## Why it matters",
        wrap(cls.why),
        "",
        "## Example (flagged)",
        textwrap.indent(cls.example.strip("\n"), "    "),
    ]
    if cls.passing_example:
        parts += ["", "## Not flagged", textwrap.indent(cls.passing_example.strip("\n"), "    ")]
    parts += ["", "## Fix", wrap(cls.fix)]
    fields = cls.Params.model_fields
    if fields:
        parts += ["", "## Parameters (set under `params:` in a suite)"]
        for name, info in fields.items():
            default = info.get_default(call_default_factory=True)
            annotation = getattr(info.annotation, "__name__", None) or str(info.annotation)
            annotation = annotation.replace("typing.", "")
            parts.append(f"- {name} ({annotation}, default {default!r})")
            if info.description:
                parts.append(textwrap.indent(wrap(info.description), "    "))
    return "\n".join(parts)


def _is_corpus(cls: type[Check[Any]]) -> bool:
    from corpusgate.checks.base import CorpusCheck

    return issubclass(cls, CorpusCheck)


def _looks_up(cls: type[Check[Any]]) -> bool:
    return getattr(cls.lookup, "__func__", None) is not getattr(Check.lookup, "__func__", None)


def _wrapped(text: str) -> str:
    """Long lines of a lookup wrapped at 88 columns, continued under their own indent."""
    lines = []
    for line in text.splitlines():
        indent = " " * (len(line) - len(line.lstrip()))
        lines.append(textwrap.fill(line, width=88, subsequent_indent=indent + "    ") or line)
    return "\n".join(lines)


def print_explanation(name: str, term: str | None = None) -> None:
    cls = get_check(name)
    if term is None:
        print(explanation(cls))
        return
    found = cls.lookup(term)
    if found is None:
        looked_up = ", ".join(n for n, c in all_checks().items() if _looks_up(c))
        raise UsageError(
            f"{name} has no list of terms to look {term!r} up in; these have: {looked_up}"
        )
    print(_wrapped(found))
