"""pytest plugin: every expectation of a suite becomes a test item.

Enabled through the ``pytest11`` entry point as soon as corpusgate is installed, but it collects
nothing until the project names its suite files in the ini option ``corpusgate_suites``::

    [pytest]
    corpusgate_suites = checks/*.yml
    corpusgate_corpus = data/articles.jsonl

``pytest`` then collects ``checks/news.yml::artifact.ad-marker`` and one item per other
expectation. The corpus is ``--corpus PATH`` (repeatable), else the ini option
``corpusgate_corpus``, else the suite's own ``data.paths``. Each suite is validated once per
session and corpus (lazily, when its first item runs), however many of its items run; under
pytest-xdist each worker validates once.

Items carry the markers ``corpusgate`` and ``corpusgate_error`` / ``corpusgate_warning`` (by the
expectation's severity). An unmet error expectation fails its item, listing the failing documents;
an unmet warning expectation passes with a :class:`~corpusgate.testing.CorpusgateWarning`.

Loaded in every pytest run of every project that has corpusgate installed, so this module imports
only pytest and the standard library at import time.
"""

from __future__ import annotations

import fnmatch
import os
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from corpusgate.testing import CorpusgateWarning, CorpusValidationError

if TYPE_CHECKING:
    from _pytest._code.code import TerminalRepr

    from corpusgate.report.model import Report
    from corpusgate.suite import Expectation, Suite

__all__ = ["CorpusgateWarning", "ExpectationItem", "SuiteFile"]

SUITES_INI = "corpusgate_suites"
CORPUS_INI = "corpusgate_corpus"
JOBS_INI = "corpusgate_jobs"


class CorpusgateSetupError(Exception):
    """The suite or the corpus cannot be used (a bad path, an unreadable file, an empty corpus).

    Shown as its message alone: the user's file is at fault, a traceback would only hide that.
    """


@dataclass
class _Validation:
    report: Report | None = None
    error: str | None = None


_CACHE_KEY = pytest.StashKey[dict[tuple[Any, ...], _Validation]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("corpusgate", "corpusgate corpus validation")
    group.addoption(
        "--corpus",
        action="append",
        dest="corpusgate_corpus",
        metavar="PATH",
        help="corpus to validate the collected suites against (file, directory or glob; "
        "repeatable). Overrides the ini option corpusgate_corpus and the suites' data.paths.",
    )
    group.addoption(
        "--corpusgate-jobs",
        type=int,
        dest="corpusgate_jobs",
        metavar="N",
        help="worker processes per validation (default: the ini option corpusgate_jobs; "
        "0 = all cores)",
    )
    parser.addini(
        SUITES_INI,
        type="args",
        default=[],
        help="glob patterns of corpusgate suite files to collect as tests (e.g. checks/*.yml); "
        "a pattern with a slash matches the path relative to the rootdir, one without matches "
        "the file name",
    )
    parser.addini(
        CORPUS_INI,
        type="args",
        default=[],
        help="corpus paths or globs, relative to the rootdir, for suites collected by corpusgate "
        "(default: each suite's data.paths)",
    )
    parser.addini(
        JOBS_INI,
        default="",
        help="worker processes per corpusgate validation (0 = all cores; default: all cores, "
        "1 under pytest-xdist)",
    )


def pytest_configure(config: pytest.Config) -> None:
    for line in (
        "corpusgate(check, severity): an expectation of a corpusgate suite",
        "corpusgate_error: a corpusgate expectation of severity error (fails the run)",
        "corpusgate_warning: a corpusgate expectation of severity warning (warns only)",
    ):
        config.addinivalue_line("markers", line)
    config.stash[_CACHE_KEY] = {}
    # Reports keep their per-document results in a temporary file; dropping them deletes it.
    config.add_cleanup(config.stash[_CACHE_KEY].clear)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> SuiteFile | None:
    patterns = parent.config.getini(SUITES_INI)
    if patterns and _matches(file_path, parent.config.rootpath, patterns):
        return SuiteFile.from_parent(parent, path=file_path)
    return None


def _matches(path: Path, root: Path, patterns: Sequence[str]) -> bool:
    try:
        relative = path.relative_to(root).as_posix()
    except ValueError:
        relative = path.as_posix()
    for pattern in patterns:
        pattern = pattern.replace(os.sep, "/").removeprefix("./")
        if "/" in pattern:
            if _glob_match(relative.split("/"), pattern.split("/")):
                return True
        elif fnmatch.fnmatchcase(path.name, pattern):
            return True
    return False


def _glob_match(parts: list[str], pattern: list[str]) -> bool:
    """Match path segments against glob segments; ``**`` spans any number of directories."""
    if not pattern:
        return not parts
    if pattern[0] == "**":
        return any(_glob_match(parts[index:], pattern[1:]) for index in range(len(parts) + 1))
    return (
        bool(parts)
        and fnmatch.fnmatchcase(parts[0], pattern[0])
        and _glob_match(parts[1:], pattern[1:])
    )


class SuiteFile(pytest.File):
    """A corpusgate suite file; its expectations are the test items."""

    _suite: Suite | None = None

    def collect(self) -> Iterator[ExpectationItem]:
        from corpusgate.errors import CorpusgateError

        try:
            suite = self.suite()
        except CorpusgateError as error:
            raise self.CollectError(f"corpusgate: {error}") from None
        if not suite.data.paths and not _configured_corpus(self.config):
            raise self.CollectError(
                f"corpusgate: {self._shown_path()}: no corpus to validate: set `data.paths` in "
                f"the suite, `{CORPUS_INI}` in the pytest configuration, or pass --corpus PATH"
            )
        for expectation in suite.expectations:
            yield ExpectationItem.from_parent(self, name=expectation.id, expectation=expectation)

    def suite(self) -> Suite:
        if self._suite is None:
            from corpusgate.suite import load_suite

            # Loaded by its path relative to the working directory where possible, so that the
            # corpus paths derived from it (and every document source) read as repository paths.
            self._suite = load_suite(self._shown_path())
        return self._suite

    def _shown_path(self) -> str:
        return _shown(self.path)

    def corpus(self) -> list[str]:
        """The corpus inputs: --corpus, else the ini option, else the suite's ``data.paths``."""
        configured = _configured_corpus(self.config)
        if configured:
            return configured
        base = self.path.parent
        return [_shown(base / path) for path in self.suite().data.paths]

    def report(self) -> Report:
        """The validation of this suite over its corpus, run once per session and shared."""
        suite = self.suite()
        inputs = self.corpus()
        jobs = _jobs(self.config)
        key = (str(self.path.resolve()), tuple(inputs), jobs)
        cache = self.config.stash[_CACHE_KEY]
        validation = cache.get(key)
        if validation is None:
            validation = cache[key] = _run_validation(suite, inputs, jobs)
        if validation.error is not None:
            raise CorpusgateSetupError(validation.error)
        assert validation.report is not None
        return validation.report


def _run_validation(suite: Suite, inputs: list[str], jobs: int | None) -> _Validation:
    from corpusgate.api import EmptyCorpusError, validate
    from corpusgate.errors import CorpusgateError
    from corpusgate.readers.base import InputError

    try:
        return _Validation(report=validate(inputs, suite, jobs=jobs))
    except EmptyCorpusError:
        # The API's message suggests the CLI's --allow-empty, which pytest does not have.
        return _Validation(
            error=f"corpusgate: {suite.path}: no documents were read from {', '.join(inputs)}: "
            "the corpus is empty"
        )
    except (CorpusgateError, InputError) as error:
        # Kept as a message, not re-raised as the same object: each item that reads it raises a
        # fresh error, so tracebacks do not pile up from item to item.
        return _Validation(error=f"corpusgate: {suite.path}: {error}")


class ExpectationItem(pytest.Item):
    """One expectation of a suite: passes while the corpus stays within its budget."""

    def __init__(self, *, expectation: Expectation, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.expectation = expectation
        self.add_marker(
            pytest.mark.corpusgate(check=expectation.check, severity=expectation.severity)
        )
        self.add_marker(f"corpusgate_{expectation.severity}")

    @property
    def suite_file(self) -> SuiteFile:
        assert isinstance(self.parent, SuiteFile)
        return self.parent

    def runtest(self) -> None:
        from corpusgate.testing import describe_failure, expectation_result

        report = self.suite_file.report()
        outcome = expectation_result(report, self.expectation.id)
        if _junit_properties_allowed(self.config):
            self.user_properties.extend(
                [
                    ("corpusgate_check", outcome.check),
                    ("corpusgate_severity", outcome.severity),
                    ("failing_documents", outcome.failing_documents),
                    ("documents", outcome.documents),
                    ("budget", outcome.budget_text()),
                ]
            )
        if outcome.success:
            return
        message = describe_failure(report, outcome)
        if outcome.severity == "warning":
            # Attributed to the suite file and line, so the warnings summary points at the rule.
            warnings.warn_explicit(
                CorpusgateWarning(message),
                CorpusgateWarning,
                filename=_shown(self.path),
                lineno=self.expectation.line or 1,
            )
            return
        raise CorpusValidationError(message, report, [outcome])

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str | TerminalRepr:
        if isinstance(
            excinfo.value, (CorpusValidationError, CorpusgateSetupError, CorpusgateWarning)
        ):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        line = self.expectation.line - 1 if self.expectation.line else None
        return self.path, line, f"corpusgate: {self.name}"


def _configured_corpus(config: pytest.Config) -> list[str]:
    given: list[str] | None = config.getoption("corpusgate_corpus")
    if given:
        base = config.invocation_params.dir
        return [_shown(base / path) for path in given]
    ini: list[str] = config.getini(CORPUS_INI)
    base = config.inipath.parent if config.inipath else config.rootpath
    return [_shown(base / path) for path in ini]


def _jobs(config: pytest.Config) -> int | None:
    jobs: int | None = config.getoption("corpusgate_jobs")
    if jobs is None:
        ini = str(config.getini(JOBS_INI)).strip()
        if ini:
            try:
                jobs = int(ini)
            except ValueError:
                raise pytest.UsageError(f"{JOBS_INI} must be a whole number, not {ini!r}") from None
    if jobs is None and hasattr(config, "workerinput"):
        # pytest-xdist already runs one process per core; each one starting a pool of its own
        # would oversubscribe the machine.
        jobs = 1
    return jobs if jobs else None


def _junit_properties_allowed(config: pytest.Config) -> bool:
    # <properties> inside a <testcase> is not valid xunit2 (pytest's default family), so strict
    # CI parsers would reject the file; the failure message already says the same.
    return str(config.getini("junit_family")) in ("xunit1", "legacy")


def _shown(path: Path | str) -> str:
    """``path`` relative to the working directory when it lies below it, else absolute."""
    absolute = os.path.normpath(os.path.join(os.getcwd(), os.fspath(path)))
    relative = os.path.relpath(absolute, os.getcwd())
    return absolute if relative.startswith("..") else relative


@pytest.fixture(scope="session")
def corpus_report(pytestconfig: pytest.Config) -> Callable[..., Report]:
    """A factory: ``corpus_report(paths, suite=...)`` validates once per session and returns
    the :class:`~corpusgate.report.model.Report` (the arguments are those of
    :func:`corpusgate.validate`). Pair it with :func:`corpusgate.testing.assert_report`."""

    def factory(
        paths: str | Path | Sequence[str | Path] | None = None,
        suite: Suite | str | Path | None = None,
        **options: Any,
    ) -> Report:
        from corpusgate.api import validate

        given = [paths] if isinstance(paths, (str, Path)) else list(paths or [])
        key = (
            "fixture",
            _suite_key(suite),
            tuple(os.path.abspath(p) for p in given),
            tuple(sorted((name, repr(value)) for name, value in options.items())),
        )
        cache = pytestconfig.stash[_CACHE_KEY]
        if key not in cache:
            cache[key] = _Validation(report=validate(paths, suite, **options))
        report = cache[key].report
        assert report is not None
        return report

    return factory


def _suite_key(suite: Any) -> Any:
    if suite is None or isinstance(suite, (str, Path)):
        candidate = Path(suite) if suite is not None else None
        return str(candidate.resolve()) if candidate and candidate.is_file() else str(suite)
    # A Suite object (its params are dicts, so it is not hashable): keyed by its content.
    return (getattr(suite, "path", None), suite.model_dump_json())
