"""Normalised text and word tokens shared by the spin detectors.

The spin detectors look for *phrases* (token sequences), but findings must carry exact
character spans into the original text. Rather than tokenising every document into Python
objects (the slowest thing one can do per word in Python), the text is normalised in a way that
keeps every character at its offset: lower case, curly quotes and apostrophes straightened,
every whitespace character turned into a plain space. A phrase found at ``[start, end)`` in the
normalised text is at ``[start, end)`` in the original. Tokens are then only materialised around
the few places where a phrase matched, to check its context.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from operator import sub

# One character in, one character out: offsets are preserved.
QUOTES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\t": " ",
        "\n": " ",
        "\r": " ",
        "\x0b": " ",
        "\x0c": " ",
        "\u00a0": " ",
        "\u2028": " ",
        "\u2029": " ",
        "\u202f": " ",
        "\u3000": " ",
    }
)

# The same mapping, applied without str.translate on the document: translate with a dict table
# takes ~1 ms per non-ASCII article (curly quotes make most scraped text non-ASCII), while a
# regex over the few quote characters plus str.replace per whitespace kind costs ~0.04 ms.
_MAPPED = {chr(code): value for code, value in QUOTES.items() if isinstance(value, str)}
_SPACES = "".join(ch for ch, value in _MAPPED.items() if value == " ")
_ASCII_SPACES = "".join(ch for ch in _SPACES if ch.isascii())
_MARKS = tuple((ch, value) for ch, value in _MAPPED.items() if value != " ")


def _straighten(text: str) -> str:
    """``text.translate(QUOTES)``, fast: one C-level search (and replace) per mapped
    character costs less than a regex substitution calling back for every curly quote."""
    if text.isascii():
        spaces = _ASCII_SPACES
    else:
        for ch, value in _MARKS:
            if ch in text:
                text = text.replace(ch, value)
        spaces = _SPACES
    for ch in spaces:
        if ch in text:
            text = text.replace(ch, " ")
    return text


# A word: letters/digits, with inner apostrophes, dots of abbreviations ("u.s.") and digit
# groups ("2,500", "1.25"); or any other single non-space character (punctuation is a token).
TOKEN_RE = re.compile(
    r"(?:[^\W_]\.){2,}|\d+(?:[.,]\d+)*(?:'s)?|[^\W_]+(?:'[^\W_]+)*|[^\w\s]|_",
)


_SPACE_RUNS = re.compile(r"(  +)")  # (split keeping the runs)
_MINUS_ONE = (-1).__add__
_PLUS_ONE = (1).__add__


@lru_cache(maxsize=16)
def _tokens_pattern(n: int) -> re.Pattern[str]:
    """Up to ``n`` tokens in one match, each in a group: the same tokens as ``n`` successive
    matches of TOKEN_RE after optional whitespace, for one regex call instead of ``n``."""
    token = r"\s*(" + TOKEN_RE.pattern + ")"
    return re.compile(token + ("(?:" + token) * (n - 1) + ")?" * (n - 1))


# Punctuation that is always a token of its own when read backwards (_token_start returns
# ``end - 1`` for any non-alphanumeric character except the dot closing "u.s.").
_SINGLE_TOKEN = frozenset(",;:!?\"'()[]{}-$%&*+/<=>@^`|~#")


def _token_start(norm: str, end: int) -> int:
    """Where the token ending at ``end`` starts, scanning backwards (mirrors TOKEN_RE)."""
    j = end - 1
    ch = norm[j]
    if not ch.isalnum():
        # "u.s." ends with a dot that belongs to the abbreviation
        if ch == "." and j >= 3 and norm[j - 1].isalpha() and norm[j - 2] == ".":
            k = j
            while k >= 2 and norm[k - 1].isalpha() and norm[k - 2] == ".":
                k -= 2
            if k >= 1 and norm[k - 1].isalpha() and (k == 1 or not norm[k - 2].isalnum()):
                return k - 1
        return j
    while j > 0:
        prev = norm[j - 1]
        if prev.isalnum():
            j -= 1
        elif (
            prev in "'.,"
            and j >= 2
            and norm[j - 2].isalnum()
            and (prev == "'" or (norm[j - 2].isdigit() and norm[j].isdigit()))
        ):
            j -= 2
        else:
            break
    return j


def normalise(text: str) -> str:
    """Lower-cased text with straight quotes and plain spaces, the same length as ``text``.

    ``str.lower`` changes the length of a handful of characters (U+0130 becomes two); in that
    rare case those characters are lowered one by one, keeping length where lowering would not.
    """
    straight = _straighten(text)
    lowered = straight.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in straight)


def normalise_phrase(phrase: str) -> str:
    """The form a lexicon phrase is matched in: normalised tokens joined by single spaces."""
    return " ".join(tokenize(normalise(phrase)))


def tokenize(text: str) -> list[str]:
    return TOKEN_RE.findall(text)


def word_count(text: str) -> int:
    """Whitespace-separated words: what "per 1,000 words" means for spin_score (a regex word
    count costs ten times more and differs by a few percent)."""
    return len(text.split())


# Whitespace (for str.split) that ``normalise`` leaves as it is (none is above U+3000).
_ODD_SPACE = re.compile(
    "["
    + "".join(
        ch for ch in map(chr, range(0x3001)) if ch.isspace() and ch not in _MAPPED and ch != " "
    )
    + "]"
)


class Prepared:
    """A document prepared once for every spin detector (memoised via ``prepare``).

    Nothing is tokenised up front: a regex pass over every token of a document costs more than
    everything else the spin checks do. Context tokens are read on demand, a few characters
    either side of a match.
    """

    __slots__ = ("_collapsed", "_words", "norm", "shared", "text")

    def __init__(self, text: str, norm: str, words: int | None = None) -> None:
        self.text = text
        self.norm = norm
        self._words = words
        self._collapsed: tuple[str, list[int], list[int]] | None = None
        # What one detector computed for another on this document (the lexicon's automaton
        # pass also finds the collocation detector's bigrams), keyed by the detector.
        self.shared: dict[object, object] = {}

    @property
    def words(self) -> int:
        """``word_count(text)``, counted on the collapsed text (a split into ~600 strings
        cost as much as normalising): the same whitespace, single spaces once collapsed."""
        if self._words is None:
            norm = self.norm
            if (
                ("\x1c" in norm or "\x1d" in norm or "\x1e" in norm or "\x1f" in norm)
                if norm.isascii()
                else _ODD_SPACE.search(norm)
            ):
                self._words = word_count(norm)
            else:
                collapsed = self.collapsed_runs()[0]
                self._words = (
                    collapsed.count(" ") + 1 - collapsed.startswith(" ") - collapsed.endswith(" ")
                    if collapsed
                    else 0
                )
        return self._words

    def collapsed_runs(self) -> tuple[str, list[int], list[int]]:
        """The normalised text with whitespace runs collapsed to one space (so a phrase matches
        across a line break or a double space), and the offset map back to the document: an
        offset ``o`` of the collapsed text is ``o + shifts[i - 1]`` in the document, ``i =
        bisect_right(starts, o)`` (``o`` if ``i == 0``; see ``document_span``); both lists are
        empty when nothing was collapsed. Computed once."""
        if self._collapsed is None:
            self._collapsed = self._collapse()
        return self._collapsed

    def document_span(self, start: int, end: int) -> tuple[int, int, bool]:
        """A span of the collapsed text (``collapsed_runs``) in document offsets, and whether it
        spans a collapsed run (its text then differs from the document's)."""
        _, starts, shifts = self.collapsed_runs()
        i = bisect_right(starts, start)
        shift = shifts[i - 1] if i else 0
        if i < len(starts) and starts[i] < end:
            return start + shift, end + shifts[bisect_right(starts, end - 1) - 1], True
        return start + shift, end + shift, False

    def _collapse(self) -> tuple[str, list[int], list[int]]:
        norm = self.norm
        if "  " not in norm:
            return norm, [], []
        # Pieces and runs alternate; all below is C-level (a Python loop over the runs cost
        # more than the rest of the collapsing on texts of many paragraphs).
        parts = _SPACE_RUNS.split(norm)
        lengths = list(map(len, parts))
        # spaces removed up to and including each run
        shifts = list(accumulate(map(_MINUS_ONE, lengths[1::2])))
        # where each run's removed spaces begin, in collapsed offsets: its document offset + 1
        # minus the spaces removed before it
        run_offsets = list(accumulate(lengths))[0:-1:2]
        starts = list(map(sub, map(_PLUS_ONE, run_offsets), [0, *shifts[:-1]]))
        collapsed = " ".join(parts[0::2])
        return collapsed, starts, shifts

    def spans_after(self, end: int, n: int) -> list[tuple[int, int]]:
        """Spans of the first ``n`` tokens starting at or after ``end``, nearest first."""
        m = _tokens_pattern(n).match(self.norm, end)
        if m is None:
            return []
        return [span for span in m.regs[1:] if span[0] >= 0]

    def tokens_after(self, end: int, n: int) -> tuple[list[str], Sequence[tuple[int, int]]]:
        """The first ``n`` tokens at or after ``end`` and their spans (``spans_after``): the
        tokens are the regex groups, so no span is sliced out of the text again."""
        m = _tokens_pattern(n).match(self.norm, end)
        if m is None:
            return [], []
        tokens = [token for token in m.groups() if token is not None]
        return tokens, m.regs[1 : len(tokens) + 1]

    def spans_before(self, start: int, n: int) -> list[tuple[int, int]]:
        """Spans of the last ``n`` tokens ending at or before ``start``, nearest last."""
        found: list[tuple[int, int]] = []
        norm = self.norm
        i = start
        while len(found) < n:
            while i > 0 and norm[i - 1].isspace():
                i -= 1
            if i == 0:
                break
            ch = norm[i - 1]
            # (a lone word character between non-word ones is the common case, no scan needed)
            j = i - 1 if ch in _SINGLE_TOKEN else _token_start(norm, i)
            found.append((j, i))
            i = j
        found.reverse()
        return found

    def token_after(self, end: int) -> int:
        """Where the first token at or after ``end`` starts (the text's length if none)."""
        norm = self.norm
        n = len(norm)
        while end < n and norm[end].isspace():
            end += 1
        return end

    def token_before(self, start: int) -> int:
        """Where the last token ending at or before ``start`` ends (0 if none)."""
        norm = self.norm
        while start > 0 and norm[start - 1].isspace():
            start -= 1
        return start

    def at_sentence_start(self, start: int) -> bool:
        """True when only space, quotes or brackets stand between ``start`` and a sentence end."""
        i = start - 1
        norm = self.norm
        while i >= 0 and norm[i] in " \"'([":
            if norm[i] == " " and self.text[i] in "\n\r":
                return True
            i -= 1
        return i < 0 or norm[i] in ".!?:;\u2014-|\u2022*#>"

    def in_quote(self, start: int) -> bool:
        """True when ``start`` lies inside a double-quoted span of its paragraph."""
        para_start = self.text.rfind("\n", 0, start) + 1
        return self.norm.count('"', para_start, start) % 2 == 1

    def is_boundary(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` of the normalised text is a whole phrase (``is_boundary``)."""
        return is_boundary(self.norm, start, end)


def is_boundary(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is not glued to letters or digits on either side (nor to
    an apostrophe inside a word, "x'neural"); a possessive after it is fine: "White Home's"
    contains "White Home"."""
    if start > 0:
        before = text[start - 1]
        if before.isalnum() or (before == "'" and start > 1 and text[start - 2].isalnum()):
            return False
    return not (end < len(text) and text[end].isalnum())


@lru_cache(maxsize=4)
def prepare(text: str) -> Prepared:
    """Normalised text and word count; cached for the few texts in flight (one per document,
    shared by the detectors and checks that run on it)."""
    return Prepared(text, normalise(text))
