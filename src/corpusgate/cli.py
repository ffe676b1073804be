"""The command line: argument parsing and exit codes only; the work happens in the API.

Exit status: 0 every error-severity expectation met; 1 at least one not met; 2 usage, suite or
input error (one message on stderr, never a traceback); 3 an internal error (a corpusgate bug).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Any

from corpusgate import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        sys.stderr.write(f"corpusgate: error: {message}\n")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    from corpusgate.report import WRITERS

    parser = _Parser(prog="corpusgate", description="A data-quality gate for article corpora.")
    parser.add_argument("--version", action="version", version=f"corpusgate {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    validate = commands.add_parser(
        "validate",
        help="validate a corpus against a suite (exit 0 pass, 1 fail, 2 usage/input error)",
        description="Validate corpus files against a suite and report pass/fail.",
    )
    validate.add_argument("paths", nargs="*", metavar="PATH", help="files, directories, globs or -")
    validate.add_argument("--suite", help="built-in suite name or YAML file (default: news)")
    validate.add_argument("--format", choices=["jsonl", "csv", "tsv", "parquet", "textdir", "text"])
    validate.add_argument("--text-field", help="field holding the text (default: text)")
    validate.add_argument("--id-field", help="field holding the document id (default: id)")
    validate.add_argument("--title-field", help="field holding the title (default: title)")
    validate.add_argument("--url-field", help="field holding the url (default: url)")
    validate.add_argument(
        "--jobs", "-j", type=int, default=0, help="worker processes (default: all cores)"
    )
    validate.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")
    validate.add_argument(
        "--examples", type=int, default=5, help="worst examples to print (default 5)"
    )
    validate.add_argument(
        "--strict-input", action="store_true", help="a malformed record is exit 2"
    )
    validate.add_argument("--allow-empty", action="store_true", help="an empty corpus passes")
    for name, (_, help_text) in WRITERS.items():
        validate.add_argument(f"--{name}", metavar="FILE", help=help_text)
    _github_option(validate)
    _engine_options(validate)
    validate.add_argument(
        "--gx-docs",
        metavar="DIR",
        help="also run the suite as Great Expectations over the signals table and build GX Data "
        "Docs into DIR (needs corpusgate[gx])",
    )
    baseline = validate.add_argument_group("baseline (gate a corpus update on what it changes)")
    source = baseline.add_mutually_exclusive_group()
    source.add_argument(
        "--baseline", metavar="OLD_REPORT.json", help="compare with an earlier JSON report"
    )
    source.add_argument(
        "--baseline-corpus",
        metavar="PATH",
        action="append",
        help="validate PATH (repeatable) with the same suite first and compare with it",
    )
    baseline.add_argument(
        "--fail-on",
        choices=["new", "all"],
        help="new (default with a baseline): only new or changed documents can fail the run; "
        "all: budgets apply to the whole corpus",
    )

    signals = commands.add_parser(
        "signals",
        help="write the signals table: one Parquet row per document (findings counts, signals)",
        description="Run a suite and write, per document: id, source, a findings count per "
        "expectation and every numeric signal, as Parquet (the bridge to pandas, Spark, GX...).",
    )
    signals.add_argument("paths", nargs="*", metavar="PATH", help="files, directories, globs or -")
    signals.add_argument("--out", "-o", required=True, metavar="FILE", help="Parquet file to write")
    signals.add_argument("--suite", help="built-in suite name or YAML file (default: news)")
    signals.add_argument("--format", choices=["jsonl", "csv", "tsv", "parquet", "textdir", "text"])
    signals.add_argument("--text-field", help="field holding the text (default: text)")
    signals.add_argument("--id-field", help="field holding the document id (default: id)")
    signals.add_argument(
        "--jobs", "-j", type=int, default=0, help="worker processes (default: all cores)"
    )
    signals.add_argument("--strict-input", action="store_true", help="a malformed record is exit 2")
    signals.add_argument("--allow-empty", action="store_true", help="an empty corpus is no error")
    signals.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")
    _engine_options(signals)

    commands.add_parser("checks", help="list every check")
    explain = commands.add_parser(
        "explain",
        help="document one check: what, why, example, fix; or look a term up in its data",
    )
    explain.add_argument("name", metavar="CHECK")
    explain.add_argument(
        "term",
        metavar="TERM",
        nargs="?",
        help='a phrase or word to look up: `explain spin.phrase "upwards of"` prints its lexicon '
        "entry (weight, context rule, how to switch it off)",
    )

    report = commands.add_parser("report", help="render a saved JSON report again")
    report.add_argument("json_report", metavar="REPORT.json")
    for name, (_, help_text) in WRITERS.items():
        if name != "json":
            report.add_argument(f"--{name}", metavar="FILE", help=help_text)
    _github_option(report)
    return parser


def _engine_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--engine",
        choices=["local", "spark"],
        default="local",
        help="local: worker processes on this machine (default); spark: run on Spark "
        "(needs corpusgate[spark] and Java 17; JSON Lines and Parquet inputs)",
    )
    command.add_argument(
        "--spark-master",
        metavar="URL",
        help="Spark master for --engine spark (default: local[*], or the one spark-submit set)",
    )


def _github_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--github",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="GitHub Actions annotations and job summary (default: on when GITHUB_ACTIONS=true)",
    )


def _github_wanted(args: argparse.Namespace) -> bool:
    if args.github is not None:
        return bool(args.github)
    return os.environ.get("GITHUB_ACTIONS") == "true"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    handler: Callable[[argparse.Namespace], int] = COMMANDS[args.command]
    return _guarded(handler, args)


def _guarded(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    from corpusgate.errors import CorpusgateError, InternalError
    from corpusgate.readers.base import InputError

    try:
        return handler(args)
    except (CorpusgateError, InputError) as error:
        sys.stderr.write(f"corpusgate: error: {error}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("corpusgate: interrupted; no report was written\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except InternalError as error:
        sys.stderr.write(f"corpusgate: internal error: {error}\nPlease report this as a bug.\n")
        return EXIT_INTERNAL


def _validate(args: argparse.Namespace) -> int:
    from corpusgate.api import mapping_for, resolve_suite, validate
    from corpusgate.report import WRITERS
    from corpusgate.report.terminal import render_terminal

    suite = resolve_suite(args.suite)
    mapping = mapping_for(suite, args.text_field, args.id_field, args.title_field, args.url_field)
    show_progress = not args.quiet and sys.stderr.isatty()
    with _progress(show_progress) as advance:
        report = validate(
            args.paths or None,
            suite,
            format=args.format,
            mapping=mapping,
            jobs=args.jobs or os.cpu_count() or 1,
            strict_input=args.strict_input,
            allow_empty=args.allow_empty,
            progress=advance,
            baseline=args.baseline,
            baseline_corpus=args.baseline_corpus,
            fail_on=args.fail_on,
            engine=args.engine,
            spark_master=args.spark_master,
            gx_docs=args.gx_docs,
        )
    for name, (writer, _) in WRITERS.items():
        target = getattr(args, name, None)
        if target:
            writer(report, target)
    if not args.quiet:
        render_terminal(report, examples=args.examples)
        if args.gx_docs:
            index = os.path.join(args.gx_docs, "index.html")
            sys.stderr.write(f"corpusgate: Great Expectations Data Docs: {index}\n")
    if _github_wanted(args):
        from corpusgate.report.github import emit_github

        emit_github(report)
    return report.exit_code


def _progress(enabled: bool) -> AbstractContextManager[Callable[[int], None] | None]:
    if not enabled:
        return nullcontext(None)
    from corpusgate.report.progress import progress_bar

    return progress_bar()


def _signals(args: argparse.Namespace) -> int:
    from corpusgate.api import mapping_for, resolve_suite
    from corpusgate.signals import write_signals

    suite = resolve_suite(args.suite)
    mapping = mapping_for(suite, args.text_field, args.id_field)
    with _progress(not args.quiet and sys.stderr.isatty()) as advance:
        rows = write_signals(
            args.paths or None,
            args.out,
            suite,
            format=args.format,
            mapping=mapping,
            jobs=args.jobs or os.cpu_count() or 1,
            strict_input=args.strict_input,
            allow_empty=args.allow_empty,
            progress=advance,
            engine=args.engine,
            spark_master=args.spark_master,
        )
    if not args.quiet:
        sys.stderr.write(f"corpusgate: wrote {rows} rows to {args.out}\n")
    return EXIT_OK


def _checks(args: argparse.Namespace) -> int:
    from corpusgate.report.catalogue import print_catalogue

    print_catalogue()
    return EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    from corpusgate.report.catalogue import print_explanation

    print_explanation(args.name, args.term)
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from corpusgate.report import WRITERS, read_json
    from corpusgate.report.terminal import render_terminal

    report = read_json(args.json_report)
    wrote = False
    for name, (writer, _) in WRITERS.items():
        target = getattr(args, name, None)
        if target:
            writer(report, target)
            wrote = True
    if not wrote:
        render_terminal(report)
    if _github_wanted(args):
        from corpusgate.report.github import emit_github

        emit_github(report)
    return report.exit_code


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "validate": _validate,
    "signals": _signals,
    "checks": _checks,
    "explain": _explain,
    "report": _report,
}


if __name__ == "__main__":
    raise SystemExit(main())
