"""User-supplied regular expressions, compiled safely, and allow-lists.

Suites may extend checks with their own regexes (``extra_patterns``) and exempt known-good
text (``allow``). Corpus text is hostile and suites are written by people who may paste a
pattern like ``(a+)+$`` from anywhere, so every user pattern is compiled with google-re2, whose
matching time is linear in the input whatever the pattern. RE2 refuses the constructs that make
backtracking engines exponential (backreferences, look-around); :class:`PatternError` says which
construct was refused and how to rewrite it, naming the offending pattern.

Built-in patterns of the checks do not go through here: they are written for Python's ``re``
and reviewed to be linear (bounded quantifiers, disjoint classes around every repetition).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

import re2


class CompiledPattern(Protocol):
    """The part of ``re2._Regexp`` corpusgate uses (re2 ships no type stubs)."""

    @property
    def pattern(self) -> str: ...

    def search(self, text: str, pos: int | None = ..., endpos: int | None = ...) -> Any: ...

    def fullmatch(self, text: str, pos: int | None = ..., endpos: int | None = ...) -> Any: ...

    def finditer(self, text: str, pos: int | None = ..., endpos: int | None = ...) -> Any: ...


class PatternError(ValueError):
    """A user-supplied pattern that cannot be used; the message names the pattern and the fault."""

    def __init__(self, pattern: object, reason: str) -> None:
        self.pattern = pattern
        self.reason = reason
        super().__init__(f"invalid pattern {pattern!r}: {reason}")


# RE2's own messages are terse ("invalid perl operator: (?="); these hints say what the user
# most likely wrote and what to write instead. Checked in order, first prefix wins.
_HINTS: tuple[tuple[str, str], ...] = (
    (
        "invalid perl operator: (?=",
        "look-ahead (?=...) is not supported by RE2 (it keeps matching linear-time); "
        "match the following text too, or drop the assertion",
    ),
    (
        "invalid perl operator: (?!",
        "negative look-ahead (?!...) is not supported by RE2 (it keeps matching linear-time); "
        "use `allow` to exempt the cases you want to keep",
    ),
    (
        "invalid perl operator: (?<",
        "look-behind (?<=...) / (?<!...) is not supported by RE2 (it keeps matching "
        "linear-time); match the preceding text too, or use `allow` for exemptions",
    ),
    (
        "invalid named capture group",
        "named groups are written (?P<name>...) in RE2; (?P=name) back-references are "
        "not supported",
    ),
    (
        "invalid escape sequence: \\Z",
        "RE2 spells end-of-text \\z (lowercase), not \\Z",
    ),
    (
        "invalid escape sequence: \\",
        "back-references (\\1) and some escapes are not supported by RE2",
    ),
    ("missing )", "unbalanced parenthesis: a '(' is never closed"),
    ("unexpected )", "unbalanced parenthesis: a ')' has no matching '('"),
    ("missing ]", "unterminated character class: a '[' is never closed"),
    (
        "bad repetition operator",
        "a repetition operator (*, +, ?, {n}) has nothing to repeat or is doubled",
    ),
    (
        "missing argument to repetition operator",
        "a repetition operator (*, +, ?) has nothing to repeat",
    ),
    ("bad repetition", "counted repetition {n,m} is malformed or exceeds RE2's limit of 1000"),
    ("invalid repetition size", "counted repetition {n,m} exceeds RE2's limit of 1000"),
    ("pattern too large", "the pattern compiles to more than RE2's memory budget; simplify it"),
    ("invalid character class range", "a character class range like [z-a] is reversed"),
)

_MAX_PATTERN_CHARS = 2000
_MAX_MEM = 8 << 20  # RE2's default budget per regex; stated so it can't silently change
_EMPTY_PROBES = ("", "a", " ", "\n", "a b\n", "1")


def _explain(message: str) -> str:
    for prefix, hint in _HINTS:
        if message.startswith(prefix):
            return f"{hint} (RE2 says: {message})"
    return f"RE2 cannot compile it: {message}"


@functools.lru_cache(maxsize=512)
def compile_user_pattern(
    pattern: str, *, multiline: bool = True, ignore_case: bool = False
) -> CompiledPattern:
    """Compile ``pattern`` with RE2, or raise :class:`PatternError` saying what is wrong.

    ``multiline`` makes ``^``/``$`` match at line boundaries (what a line-oriented check
    wants); ``ignore_case`` adds ``(?i)``. Patterns that can match the empty string are
    refused: a zero-width match would flag every position of every document.
    Compiled patterns are cached, so calling this per document is cheap.
    """
    if not isinstance(pattern, str):
        raise PatternError(pattern, f"expected a string, got {type(pattern).__name__}")
    if not pattern:
        raise PatternError(pattern, "the pattern is empty and would match everywhere")
    if len(pattern) > _MAX_PATTERN_CHARS:
        raise PatternError(
            pattern[:60] + "...", f"the pattern is longer than {_MAX_PATTERN_CHARS} characters"
        )
    flags = ("m" if multiline else "") + ("i" if ignore_case else "")
    source = f"(?{flags}){pattern}" if flags else pattern
    options = re2.Options()
    options.log_errors = False  # RE2 would otherwise print every error to stderr
    options.max_mem = _MAX_MEM
    try:
        compiled: CompiledPattern = re2.compile(source, options=options)
    except re2.error as exc:
        raw = exc.args[0] if exc.args else ""
        message = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
        raise PatternError(pattern, _explain(message)) from None
    # A zero-width match would flag every position of every document. RE2 cannot tell us
    # whether a pattern is nullable, so probe it on a few tiny strings.
    if any(m.end() == m.start() for probe in _EMPTY_PROBES for m in compiled.finditer(probe)):
        raise PatternError(
            pattern, "the pattern can match the empty string, so it would flag every position"
        )
    return compiled


def validate_user_patterns(patterns: Iterable[str], **kwargs: bool) -> tuple[str, ...]:
    """Compile each pattern (raising :class:`PatternError` on the first bad one); return them.

    Meant for pydantic validators, so a suite with a bad pattern fails when it is loaded, not
    halfway through a corpus.
    """
    patterns = tuple(patterns)
    for pattern in patterns:
        compile_user_pattern(pattern, **kwargs)
    return patterns


def iter_matches(compiled: CompiledPattern, text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` character offsets of the non-empty matches of ``compiled`` in ``text``."""
    for match in compiled.finditer(text):
        start, end = match.span()
        if end > start:
            yield start, end


def normalise_for_allow(text: str) -> str:
    """Case-folded, whitespace-collapsed form that allow-list literals are compared in."""
    return " ".join(text.split()).casefold()


class AllowList:
    """Exemptions for findings, from a suite's ``allow`` list.

    An entry is either a literal, compared with the finding's text case-insensitively and with
    whitespace collapsed (``"Advertisement"`` exempts ``ADVERTISEMENT``), or, prefixed with
    ``re:``, an RE2 regex that must match the whole finding text (``"re:\\[ad_\\d+\\]"``).
    """

    __slots__ = ("_literals", "_patterns")

    def __init__(self, entries: Iterable[str] = ()) -> None:
        literals: set[str] = set()
        patterns: list[CompiledPattern] = []
        for entry in entries:
            if entry.startswith("re:"):
                patterns.append(compile_user_pattern(entry[3:], multiline=False))
            else:
                literal = normalise_for_allow(entry)
                if not literal:
                    raise PatternError(entry, "an empty allow-list entry would allow nothing")
                literals.add(literal)
        self._literals = frozenset(literals)
        self._patterns = tuple(patterns)

    def __bool__(self) -> bool:
        return bool(self._literals or self._patterns)

    def allows(self, text: str) -> bool:
        if not self:
            return False
        if normalise_for_allow(text) in self._literals:
            return True
        stripped = text.strip()
        return any(p.fullmatch(stripped) is not None for p in self._patterns)


@functools.lru_cache(maxsize=256)
def allow_list(entries: tuple[str, ...]) -> AllowList:
    """A cached :class:`AllowList` for a params tuple (params are frozen, so hashable)."""
    return AllowList(entries)


def validate_allow_entries(entries: Iterable[str]) -> tuple[str, ...]:
    entries = tuple(entries)
    allow_list(entries)
    return entries
