"""What the artifact checks share: line splitting, the extensible params, the check skeleton.

Most scraper artifacts are *lines*: a marker, a credit or a share button on a line of its own.
Judging whole lines (after stripping whitespace and decoration) is what keeps these checks
precise: "Read more" alone on a line is page chrome, "read more about it in our report" is
prose. Lines are split once per document (``ctx.derive(split_lines)``) and shared.
"""

from __future__ import annotations

import bisect
import itertools
import re
from abc import abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import ClassVar, TypeVar

from pydantic import Field, field_validator

from corpusgate.checks.base import Check, CheckParams, DocContext
from corpusgate.checks.patterns import (
    allow_list,
    compile_user_pattern,
    iter_matches,
    validate_allow_entries,
    validate_user_patterns,
)
from corpusgate.documents import CheckOutput, Document, Finding

# Everything str.strip() treats as whitespace, plus the invisible characters scraped HTML
# leaves around chrome (zero-width space/joiners, word joiner, BOM), minus the line breaks.
# (Listed rather than computed: scanning all of Unicode at import costs ~0.1 s per process;
# a test checks the list against str.isspace.)
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
STRIP_CHARS = (
    "\t\x0b\x0c\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000" + _ZERO_WIDTH
)

_LINE_RE = re.compile(r"[^\r\n]+")


@dataclass(frozen=True, slots=True)
class Line:
    """A non-blank line of a document: ``text`` is ``doc.text[start:end]``, already stripped."""

    start: int
    end: int
    text: str


def split_lines(text: str) -> tuple[Line, ...]:
    """The non-blank lines of ``text`` with surrounding whitespace (and zero-width chars) stripped.

    Lines break at ``\\n``, ``\\r\\n`` and ``\\r`` only: the other Unicode separators are rare
    in scraped text and some of them (U+0085) are themselves encoding damage.
    """
    lines: list[Line] = []
    for match in _LINE_RE.finditer(text):
        raw = match.group()
        left = raw.lstrip(STRIP_CHARS)
        if not left:
            continue
        stripped = left.rstrip(STRIP_CHARS)
        start = match.start() + (len(raw) - len(left))
        lines.append(Line(start, start + len(stripped), stripped))
    return tuple(lines)


def extra_patterns_field(what: str) -> tuple[str, ...]:
    description = (
        f"More RE2 regexes whose matches are flagged as {what}. Searched over the whole text; "
        "^ and $ match at line starts and ends; add (?i) for case-insensitive matching. RE2 "
        "keeps matching linear-time, so look-around and back-references are refused."
    )
    default: tuple[str, ...] = ()
    return Field(default, description=description)


def allow_field(what: str) -> tuple[str, ...]:
    description = (
        f"Text never to flag as {what}: literals compared with the finding's text "
        "case-insensitively with whitespace collapsed, or 're:'-prefixed RE2 regexes that must "
        "match the whole finding text."
    )
    default: tuple[str, ...] = ()
    return Field(default, description=description)


class ArtifactParams(CheckParams):
    """Params every artifact check has: user patterns to add, text to allow.

    Subclasses redeclare both fields with their own wording (``extra_patterns_field``); the
    validators here still apply, so a bad regex fails when the suite is loaded.
    """

    extra_patterns: tuple[str, ...] = extra_patterns_field("artifacts")
    allow: tuple[str, ...] = allow_field("an artifact")

    @field_validator("extra_patterns")
    @classmethod
    def _compile_patterns(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return validate_user_patterns(value)

    @field_validator("allow")
    @classmethod
    def _compile_allow(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return validate_allow_entries(value)


AP = TypeVar("AP", bound=ArtifactParams)

# Findings kept per check, per document (and per extra pattern). A document with more is
# broken beyond listing; thousands of spans would only bloat the report and the spool, and the
# document fails the expectation either way.
MAX_FINDINGS = 1000


class ArtifactCheck(Check[AP]):
    """Skeleton of a per-document artifact check.

    Subclasses implement :meth:`detect`; ``run`` adds the matches of the suite's
    ``extra_patterns``, drops allowed findings and duplicates, sorts by position and reports the
    count as the signal named ``signal``.
    """

    family = "artifact"
    signal: ClassVar[str]
    extra_message: ClassVar[str]  # "matches an extra ad-marker pattern"
    extra_suggestion: ClassVar[str | None] = None

    @abstractmethod
    def detect(self, doc: Document, ctx: DocContext) -> Iterable[Finding]:
        """The built-in findings for ``doc``."""

    def run(self, doc: Document, ctx: DocContext) -> CheckOutput:
        findings = list(itertools.islice(self.detect(doc, ctx), MAX_FINDINGS))
        findings.extend(self._extra_findings(doc, findings))
        allowed = allow_list(self.params.allow)
        if allowed:
            findings = [f for f in findings if not allowed.allows(f.text)]
        findings = _dedupe(findings)
        return CheckOutput(findings=tuple(findings), signals={self.signal: float(len(findings))})

    def _extra_findings(self, doc: Document, builtin: list[Finding]) -> Iterator[Finding]:
        covered = sorted((f.start, f.end) for f in builtin)
        starts = [start for start, _ in covered]
        for pattern in self.params.extra_patterns:
            compiled = compile_user_pattern(pattern)
            matches = itertools.islice(iter_matches(compiled, doc.text), MAX_FINDINGS)
            for start, end in matches:
                # A user pattern that re-finds a built-in finding adds nothing but noise.
                nearest = bisect.bisect_right(starts, start) - 1
                if nearest >= 0 and end <= covered[nearest][1]:
                    continue
                yield self.finding(
                    doc,
                    start,
                    end,
                    f"{self.extra_message} {pattern!r}",
                    suggestion=self.extra_suggestion,
                )


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """Sorted by position; of findings with the same span only the first is kept."""
    seen: set[tuple[int, int]] = set()
    out: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        key = (finding.start, finding.end)
        if key not in seen:
            seen.add(key)
            out.append(finding)
    return out


REMOVE_LINE = "remove the line"


def quote(text: str, limit: int = 60) -> str:
    """``text`` for a message: whitespace collapsed, shortened with an ellipsis past ``limit``."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
