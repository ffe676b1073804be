"""Errors that are the user's to fix: the CLI prints their message and exits 2, no traceback."""

from __future__ import annotations


class CorpusgateError(Exception):
    """Base of every error whose message is meant for the user."""


class SuiteError(CorpusgateError):
    """A suite file that cannot be used; the message names the file, line and key."""


class UsageError(CorpusgateError):
    """A command line or API call that cannot be carried out as given."""


class InternalError(RuntimeError):
    """A corpusgate bug (a check raised, an engine broke an invariant): exit 3, please report."""
