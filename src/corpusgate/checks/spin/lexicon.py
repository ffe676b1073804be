"""The spinner lexicon: known spun phrases, matched with one Aho-Corasick automaton.

The lexicon (``corpusgate/data/spin/lexicon.tsv``, documented in its header) maps phrases that
article spinners produce to the wording they replaced: "final 12 months" -> "last year",
"White Home" -> "White House", "counterfeit consciousness" -> "artificial intelligence".
Every phrase of the lexicon goes into a single Aho-Corasick automaton (ahocorasick-rs) that
scans the normalised text once, so matching costs the same for 1,000 or 100,000 entries; only
the few places that match are tokenised to check an entry's context rule (``after=week|month``,
``not_before=<det>``...).

Two families of spinner damage are regular rather than listed, and are matched by built-in
rules that can be disabled like any entry: a spelled-out digit inside a number ("two,500" from
"2,500") and unrendered spintax or template braces ("{dollars}", "{big|large}").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import get_close_matches
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Generic, Literal, NamedTuple, TypeVar

from ahocorasick_rs import AhoCorasick, Implementation
from pydantic import AfterValidator, Field, ValidationInfo, field_validator, model_validator

from corpusgate.checks.base import Check, CheckParams, DocContext, register
from corpusgate.checks.spin.tokens import (
    QUOTES,
    Prepared,
    normalise,
    normalise_phrase,
    prepare,
)
from corpusgate.documents import EMPTY_OUTPUT, CheckOutput, Document, Finding

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data" / "spin"

KINDS = ("phrase", "context", "name", "number", "tortured")

# Token classes usable in context rules as <name>. More can be defined in the lexicon file
# with "@set name: a|b|c" lines (and from the suite with the check's ``sets`` parameter).
_BUILTIN_SETS: dict[str, frozenset[str]] = {
    "det": frozenset(
        [
            "a",
            "an",
            "the",
            "this",
            "that",
            "these",
            "those",
            "his",
            "her",
            "their",
            "its",
            "our",
            "my",
            "your",
            "some",
            "any",
            "each",
            "every",
            "no",
            "another",
        ]
    ),
    "pron": frozenset(["i", "you", "he", "she", "we", "they", "it"]),
    "poss": frozenset(["his", "her", "their", "its", "our", "my", "your"]),
    "weekday": frozenset(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    ),
    "month": frozenset(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
        ]
    ),
    "money": frozenset(["$", "£", "€", "¥", "us$"]),
}
_CLASS_RE = re.compile(r"<[a-z_]+>")
_BUILTIN_CLASSES = frozenset(
    ["num", "year", "cap", "lower", "word", "punct", "ing", "possessive", "start", "end"]
)
_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d$")
_PUNCT_END = frozenset(".!?;:")


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry. ``context`` is the raw rule text, kept for messages and docs."""

    spun: str
    original: str
    kind: str
    weight: float
    context: str = ""
    key: str = ""  # the normalised phrase the automaton matches
    case_key: str = ""  # ``key`` with the capitals of ``spun``, aligned character by character
    capitals: tuple[int, ...] = ()  # offsets of the capitals in ``case_key``
    first_lower: int = -1  # offset of its first lower-case letter (-1: none)
    word_lowers: tuple[int, ...] = ()  # offsets of the words it writes in lower case
    before: tuple[tuple[str, ...], ...] = ()
    after: tuple[tuple[str, ...], ...] = ()
    not_before: tuple[tuple[str, ...], ...] = ()
    not_after: tuple[tuple[str, ...], ...] = ()
    mid: bool = False  # not at the start of a sentence
    case: bool = False  # capitals in ``spun`` must be capitals in the text
    source: str = "lexicon"


class Hit(NamedTuple):
    """A suspicious phrase found in a document, by the lexicon or the collocation detector.

    A named tuple rather than a frozen dataclass: as immutable, and built four times faster
    (a spun article makes a dozen, ~2.5 us each as a dataclass: 4% of the spin checks' time)."""

    start: int
    end: int
    original: str | None
    weight: float
    kind: str
    rule: str  # the lexicon phrase, built-in rule id, "collocation" or "article"
    detail: str = ""
    ratio: float = 0.0  # collocation hits: the likelihood ratio of the original reading

    @property
    def confidence(self) -> float:
        return round(min(1.0, max(0.05, self.weight)), 3)


class LexiconError(ValueError):
    pass


def _parse_alternatives(value: str) -> tuple[tuple[str, ...], ...]:
    alternatives = []
    for alt in value.split("|"):
        alt = alt.strip()
        if not alt:
            continue
        for part in alt.split():
            if (part.startswith("<") or part.endswith(">")) and not _CLASS_RE.fullmatch(part):
                raise LexiconError(f"malformed token class {part!r} in {value!r}")
        tokens = tuple(
            part if _CLASS_RE.fullmatch(part) else normalise_phrase(part) for part in alt.split()
        )
        # normalise_phrase may split "12 months" style literals further: flatten.
        flat: list[str] = []
        for tok in tokens:
            flat.extend([tok] if tok.startswith("<") else tok.split(" "))
        alternatives.append(tuple(flat))
    return tuple(alternatives)


def parse_context(rule: str) -> dict[str, object]:
    """Parse ``after=week|month; not_before=<det>; mid; case`` into Entry fields."""
    fields: dict[str, object] = {}
    for clause in rule.split(";"):
        clause = clause.strip()
        if not clause:
            continue
        if clause in ("mid", "case"):
            fields[clause] = True
            continue
        name, sep, value = clause.partition("=")
        name = name.strip()
        if not sep or name not in ("before", "after", "not_before", "not_after"):
            raise LexiconError(f"unknown context clause {clause!r}")
        alternatives = _parse_alternatives(value)
        # <start> and <end> are whole alternatives on their own side only: the matcher reads
        # them nowhere else, so catch the mistake when the lexicon loads, not mid-run.
        edge = "<start>" if name.endswith("before") else "<end>"
        wrong = "<end>" if edge == "<start>" else "<start>"
        for alt in alternatives:
            if wrong in alt:
                side = "after= / not_after=" if wrong == "<end>" else "before= / not_before="
                raise LexiconError(f"{clause!r}: {wrong} can only be used in {side}")
            if edge in alt and alt != (edge,):
                raise LexiconError(f"{clause!r}: {edge} must be an alternative on its own")
        fields[name] = alternatives
    return fields


def phrase_key(phrase: str) -> str:
    """The form a spun phrase is looked up in: normalised, lower case, single spaces (the
    automaton matches the collapsed text, so "cowl-up", "1000's" and "{dollars}" match exactly
    what spinners print). Entries, `disabled` items and their checks all use it."""
    return " ".join(normalise(phrase).split())


def make_entry(
    spun: str,
    original: str,
    kind: str = "phrase",
    weight: float = 1.0,
    context: str = "",
    source: str = "lexicon",
) -> Entry:
    if kind not in KINDS:
        raise LexiconError(f"unknown kind {kind!r} for {spun!r} (one of {', '.join(KINDS)})")
    if not 0.0 < weight <= 1.0:
        raise LexiconError(f"weight of {spun!r} must be in (0, 1], got {weight}")
    key = phrase_key(spun)
    if not key:
        raise LexiconError(f"empty spun phrase {spun!r}")
    fields = parse_context(context)
    # Names are matched with their capitals: "White Home" is spun, "a white home" is not.
    if kind == "name" and any(ch.isupper() for ch in spun):
        fields["case"] = True
    case_key = " ".join(spun.translate(QUOTES).split())
    if len(case_key) != len(key):
        case_key = key
    return Entry(
        spun=spun,
        case_key=case_key,
        capitals=tuple(i for i, ch in enumerate(case_key) if ch.isupper()),
        first_lower=next((i for i, ch in enumerate(case_key) if ch.islower()), -1),
        word_lowers=tuple(
            i
            for i, ch in enumerate(case_key)
            if ch.islower() and (i == 0 or case_key[i - 1] == " ")
        ),
        original=original,
        kind=kind,
        weight=weight,
        context=context,
        key=key,
        source=source,
        **fields,  # type: ignore[arg-type]
    )


@dataclass
class LexiconData:
    version: str
    entries: list[Entry]
    sets: dict[str, frozenset[str]] = field(default_factory=dict)


def parse_lexicon(text: str, source: str = "lexicon") -> LexiconData:
    """Parse the TSV lexicon format described in the header of ``lexicon.tsv``."""
    version = "unversioned"
    entries: list[Entry] = []
    sets: dict[str, frozenset[str]] = {}
    header_seen = False
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            body = line[1:].strip()
            if body.lower().startswith("version:"):
                version = body.split(":", 1)[1].strip()
            continue
        if line.startswith("@set "):
            name, _, values = line[5:].partition(":")
            sets[name.strip()] = frozenset(
                normalise_phrase(v) for v in values.split("|") if v.strip()
            )
            continue
        cols = line.split("\t")
        if not header_seen:
            header_seen = True
            if cols[:2] == ["spun", "original"]:
                continue
        if len(cols) < 2:
            raise LexiconError(f"{source}:{lineno}: expected tab-separated columns")
        cols += [""] * (5 - len(cols))
        spun, original, kind, weight, context = (c.strip() for c in cols[:5])
        try:
            entries.append(
                make_entry(
                    spun,
                    original,
                    kind or "phrase",
                    float(weight) if weight else 1.0,
                    context,
                    source,
                )
            )
        except (LexiconError, ValueError) as exc:
            raise LexiconError(f"{source}:{lineno}: {exc}") from None
    return LexiconData(version, entries, sets)


@lru_cache(maxsize=1)
def shipped_lexicon() -> LexiconData:
    text = (DATA_DIR / "lexicon.tsv").read_text("utf-8")
    return parse_lexicon(text, "lexicon.tsv")


# --- built-in rules -------------------------------------------------------------------------

_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "fifteen": "15", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50",
    "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
}  # fmt: skip
# No lookbehind: a leading literal lets the regex engine skip to commas (20x faster); the
# letter before the comma is checked in Python.
_COMMA_DIGITS = re.compile(r",(\d{3})(?![\d,])")
_SPINTAX_RE = re.compile(r"\{([a-z][a-z' -]{0,40}(?:\|[^{}|\n]{1,60})*)\}")
# Template braces that are code, not spintax, are usually identifiers: {user_id}, {0}.
_CODEISH = re.compile(r"[_0-9]")
_TYPE_WORDS = frozenset(
    [
        "string",
        "number",
        "boolean",
        "bool",
        "object",
        "function",
        "integer",
        "int",
        "float",
        "array",
        "buffer",
        "promise",
        "any",
        "error",
        "null",
        "undefined",
        "void",
        "list",
        "dict",
        "map",
        "set",
        "str",
        "bytes",
        "char",
        "type",
        "value",
        "key",
        "name",
        "id",
        "path",
        "url",
        "file",
        "dir",
        "self",
        "this",
        "args",
        "kwargs",
        "options",
    ]
)

BUILTIN_RULES = {
    "builtin:number-word": "a spelled-out digit inside a number: two,500 for 2,500",
    "builtin:spintax": "unrendered spintax or a template word in braces: {dollars}, {big|large}",
}


def _builtin_hits(prep: Prepared, disabled: frozenset[str]) -> list[Hit]:
    hits: list[Hit] = []
    norm = prep.norm
    if "builtin:number-word" not in disabled and "," in norm:
        for m in _COMMA_DIGITS.finditer(norm):
            j = m.start()
            if j == 0 or not ("a" <= norm[j - 1] <= "z"):
                continue
            k = j
            while k > 0 and norm[k - 1].isalpha():
                k -= 1
            word = norm[k:j]
            if word not in _NUMBER_WORDS or (
                k > 0 and (norm[k - 1].isalnum() or norm[k - 1] == "$")
            ):
                continue
            hits.append(
                Hit(
                    k,
                    m.end(),
                    f"{_NUMBER_WORDS[word]},{m.group(1)}",
                    1.0,
                    "number",
                    "builtin:number-word",
                    "a digit of the number was spelled out, as word-by-word spinners do",
                )
            )
    if "builtin:spintax" not in disabled and "{" in norm:
        text = prep.text
        for m in _SPINTAX_RE.finditer(norm):
            inner = m.group(1)
            raw = text[m.start() + 1 : m.end() - 1]
            if _CODEISH.search(inner) or any(ch.isupper() for ch in raw):
                continue  # {user_id}, {Object}: code and type annotations, not spinner output
            before = text[m.start() - 1] if m.start() else " "
            after = text[m.end()] if m.end() < len(text) else " "
            if not before.isspace() or not (after.isspace() or after in ".,;:!?"):
                continue  # @{yesterday}, ${var}, {a}b: syntax, not prose
            options = [o.strip() for o in inner.split("|")]
            if any(option in _TYPE_WORDS for option in options):
                continue  # {number|boolean|null}: a type union, not synonyms
            # Unrendered spintax offers alternatives; a single braced word is weaker evidence.
            weight = 1.0 if len(options) > 1 else 0.5
            hits.append(
                Hit(
                    m.start(),
                    m.end(),
                    raw.split("|")[0].strip(),
                    weight,
                    "number",
                    "builtin:spintax",
                    "spinner template braces left in the text",
                )
            )
    return hits


# --- the compiled lexicon -------------------------------------------------------------------

# Token classes tested without a set; any other class name is looked up in the lexicon's sets.
_TESTED_CLASSES = frozenset(["num", "year", "cap", "lower", "word", "punct", "ing", "possessive"])


def _is_class(token: str) -> bool:
    return token.startswith("<") and len(token) >= 3


# Most alternatives spelled out into literal token sequences (below) are a handful; "<det>
# <timeunit>" is 460. Past this many an alternative is tested token by token instead.
_MAX_SPELLED = 1_000


def _set_members(token: str, sets: Mapping[str, object]) -> frozenset[str] | None:
    """The members of a class token that is a set (``<weekday>``); None for a tested class
    (``<num>``, ``<cap>``...), whose members cannot be listed."""
    members = sets.get(token[1:-1]) if token[1:-1] not in _TESTED_CLASSES else None
    return members if isinstance(members, frozenset) else None


def _spell_out(alt: tuple[str, ...], sets: Mapping[str, object]) -> list[tuple[str, ...]] | None:
    """Every literal token sequence ``alt`` matches, when its classes are all sets (``on
    <weekday>``: seven sequences); None when a class is tested rather than listed (``<num>``)
    or the sequences would be too many. A set class matches a token by membership, so the
    sequences match exactly the tokens the class would."""
    spelled: list[tuple[str, ...]] = [()]
    for tok in alt:
        if not _is_class(tok):
            spelled = [(*seq, tok) for seq in spelled]
            continue
        members = _set_members(tok, sets)
        if members is None or len(spelled) * len(members) > _MAX_SPELLED:
            return None
        spelled = [(*seq, member) for seq in spelled for member in sorted(members)]
    return spelled


class _Clause:
    """A context clause (``after=...``) compiled for speed: alternatives made of literal tokens
    become one set lookup per length, so a clause of 70 outlets costs a few lookups, and so do
    those whose token classes are sets (``on <weekday>``, spelled out); only those with tested
    classes (``<num>``, ``<cap>``...) are tested token by token. (Every class a clause names is
    built in or a set: ``Lexicon`` and ``parse_context`` reject the others, and misplaced
    ``<start>`` / ``<end>``, when the lexicon loads.)

    ``nearest`` lists every token the nearest context token must be (after a phrase it starts
    the text there, before one it ends it) for the clause to match, or is None when a token
    class allows any: most places are then settled by one C-level ``startswith``, without
    reading tokens.
    """

    __slots__ = ("alternatives", "edge", "generic", "literals", "nearest", "seqs")

    def __init__(
        self, alternatives: tuple[tuple[str, ...], ...], before: bool, sets: Mapping[str, object]
    ) -> None:
        self.alternatives = alternatives
        edge_pattern = ("<start>",) if before else ("<end>",)
        literals: set[str] = set()
        seqs: dict[int, set[tuple[str, ...]]] = {}
        generic: list[tuple[str, ...]] = []
        self.edge = False
        for alt in alternatives:
            if alt == edge_pattern:
                self.edge = True
                continue
            spelled = _spell_out(alt, sets)
            if spelled is None:
                generic.append(alt)
                continue
            for seq in spelled:
                if len(seq) == 1:
                    literals.add(seq[0])
                else:
                    seqs.setdefault(len(seq), set()).add(seq)
        self.nearest: tuple[str, ...] | None = None
        # (the edge alternative matches when there is no token or a sentence end)
        nearest: set[str] = set(_PUNCT_END) if self.edge else set()
        for alt in alternatives:
            if alt == edge_pattern:
                continue
            tok = alt[-1] if before else alt[0]
            if not _is_class(tok):
                nearest.add(tok)
                continue
            members = _set_members(tok, sets)
            if members is None:
                break
            nearest.update(m for m in members if m)
        else:
            self.nearest = tuple(sorted(nearest))
        self.literals = frozenset(literals)
        self.seqs = tuple((n, frozenset(s)) for n, s in sorted(seqs.items()))
        self.generic = tuple(generic)

    def match(self, lexicon: Lexicon, side: _Side, before: bool) -> bool:
        norms = side.norms
        if norms:
            nearest = norms[-1] if before else norms[0]
            if nearest in self.literals:
                return True
            if self.edge and nearest in _PUNCT_END:
                return True
        elif self.edge:
            return True
        count = len(norms)
        for n, seqs in self.seqs:
            if count < n:
                break
            if (tuple(norms[count - n :]) if before else tuple(norms[:n])) in seqs:
                return True
        return any(lexicon._seq(alt, side, before) for alt in self.generic)


class _Side:
    """The context tokens on one side of a match: normalised forms and start offsets."""

    __slots__ = ("norms", "prep", "spans")

    def __init__(self, prep: Prepared, norms: list[str], spans: Sequence[tuple[int, int]]) -> None:
        self.prep = prep
        self.norms = norms
        self.spans = spans  # (read only by token classes that look at the original text)

    @classmethod
    def before(cls, prep: Prepared, start: int, n: int) -> _Side:
        spans = prep.spans_before(start, n)
        norm = prep.norm
        return cls(prep, [norm[a:b] for a, b in spans], spans)

    @classmethod
    def after(cls, prep: Prepared, end: int, n: int) -> _Side:
        return cls(prep, *prep.tokens_after(end, n))


@dataclass(frozen=True, slots=True)
class _Context:
    """An entry's context clauses, compiled: (clause, before side?, must match?), positive
    clauses first (they fail most often); a width is how many tokens a side needs."""

    clauses: tuple[tuple[_Clause, bool, bool], ...]
    before_width: int
    after_width: int


def _compile_context(entry: Entry, sets: Mapping[str, object]) -> _Context | None:
    written = [
        (alternatives, before, positive)
        for alternatives, before, positive in (
            (entry.before, True, True),
            (entry.not_before, True, False),
            (entry.after, False, True),
            (entry.not_after, False, False),
        )
        if alternatives
    ]
    if not written:
        return None
    clauses = tuple((_Clause(alts, before, sets), before, pos) for alts, before, pos in written)
    return _Context(
        tuple(sorted(clauses, key=lambda c: not c[2])),
        max((len(a) for a in (*entry.before, *entry.not_before)), default=0),
        max((len(a) for a in (*entry.after, *entry.not_after)), default=0),
    )


V = TypeVar("V", covariant=True)


class PhraseScanner(Generic[V]):
    """Keys found in one Aho-Corasick pass over a text, each with its value.

    ahocorasick-rs returns every match, overlapping ones included, as one list from Rust: on the
    bench_spin articles (40,100 keys, ~44 matches each) that costs 0.10 ms per article against
    0.24 ms for iterating pyahocorasick's matches in Python, with the same matches in the same
    order. Offsets are character offsets into the ``str`` searched (tests/checks/spin/
    test_lexicon.py checks that on curly quotes, accents, emoji and CJK).
    """

    __slots__ = ("_automaton", "values")

    def __init__(self, items: Mapping[str, V], dfa: bool = False) -> None:
        """``dfa``: compile a full DFA, for a handful of keys. The 18 reporting verbs of
        spin.attribution scan an article in 0.016 ms as a DFA, 0.045 ms as the contiguous NFA;
        the lexicon's 40,100 keys are faster as the NFA (0.10 ms against 0.11) and build in
        0.13 s instead of 0.45 s."""
        self.values: tuple[V, ...] = tuple(items.values())
        implementation = Implementation.DFA if dfa else Implementation.ContiguousNFA
        # (ahocorasick-rs refuses an empty pattern list)
        self._automaton = AhoCorasick(list(items), implementation=implementation) if items else None

    def matches(self, text: str) -> list[tuple[int, int, int]]:
        """``(index into values, start, end)`` of every occurrence of every key, by end."""
        if self._automaton is None:
            return []
        return self._automaton.find_matches_as_indexes(text, overlapping=True)


# What one scan position carries: (lexicon group or None, partner value or None); see share_scan.
_Group = tuple[tuple[Entry, _Context | None, bool], ...]
_ScanValue = tuple[_Group | None, object]


class Lexicon:
    """Entries compiled into one automaton, plus the built-in rules not disabled."""

    def __init__(
        self,
        entries: Iterable[Entry],
        sets: Mapping[str, frozenset[str]] | None = None,
        disabled: Iterable[str] = (),
        version: str = "custom",
    ) -> None:
        self.version = version
        self.disabled = frozenset(
            d if d.startswith("builtin:") else phrase_key(d) for d in disabled
        )
        self.sets: dict[str, frozenset[str]] = {**_BUILTIN_SETS, **(sets or {})}
        by_key: dict[str, list[Entry]] = {}
        for entry in entries:
            if entry.key in self.disabled:
                continue
            by_key.setdefault(entry.key, []).append(entry)
        self.size = sum(len(v) for v in by_key.values())
        known = _BUILTIN_CLASSES | self.sets.keys()
        for group in by_key.values():
            for entry in group:
                for alt in (*entry.before, *entry.after, *entry.not_before, *entry.not_after):
                    for tok in alt:
                        if tok.startswith("<") and tok[1:-1] not in known:
                            raise LexiconError(
                                f"unknown token class {tok} in the context of {entry.spun!r}"
                            )
        self._values: dict[str, _Group] = {}
        for key, group in by_key.items():
            # Entries without context first, so a plain entry wins over a narrower duplicate.
            group.sort(key=lambda e: (bool(e.context), -e.weight))
            self._values[key] = tuple(
                (e, context, context is None and not e.case and not e.mid)
                for e in group
                for context in (_compile_context(e, self.sets),)
            )
        # Values are (lexicon value, partner value); either may be None (see share_scan).
        self._scanner: PhraseScanner[_ScanValue] = PhraseScanner(
            {key: (group, None) for key, group in self._values.items()}
        )
        self._empty = not self._values
        self.partner: Hashable | None = None

    def share_scan(
        self, partner: Hashable, keys: Mapping[str, object]
    ) -> PhraseScanner[_ScanValue] | None:
        """Find ``partner``'s phrases too in the one automaton pass of ``find``, and return
        that scanner (it finds every key of ``keys``; values are (lexicon value, partner
        value) pairs).

        Two automaton passes over an article cost 0.18 ms, one pass over both phrase lists
        0.10 ms (bench_spin.py, 4,138 phrases and 36,000 bigrams): the collocation detector,
        run on the same documents
        after the lexicon, reads its bigrams from ``prep.shared[partner]`` instead, as
        (start, end, partner value) triples in document offsets, only those the document
        prints as whole words (the boundary test ``Prepared.is_boundary`` makes, in the
        collapsed text) and not spread over a collapsed whitespace run: the lexicon tests
        every match's boundaries anyway. One partner per lexicon; later ones get None.
        """
        if self.partner is not None:
            return None
        values: dict[str, _ScanValue] = {
            key: (group, keys.get(key)) for key, group in self._values.items()
        }
        for key, other in keys.items():
            if key not in self._values:
                values[key] = (None, other)
        joint = PhraseScanner(values)
        self._scanner = joint
        self._empty = False
        self.partner = partner
        return joint

    # A single function object per lexicon, so that ctx.derive memoises the analysis and
    # several checks configured with the same lexicon share it.
    def finder(self) -> Callable[[str], tuple[Hit, ...]]:
        return self._finder

    def _finder(self, text: str) -> tuple[Hit, ...]:
        return self.find(prepare(text))

    def find(self, prep: Prepared) -> tuple[Hit, ...]:
        candidates: list[Hit] = _builtin_hits(prep, self.disabled)
        if not self._empty:
            scanned, starts, _ = prep.collapsed_runs()
            runs = len(starts)
            size = len(scanned)
            partner = self.partner
            shared: list[tuple[int, int, object]] = []
            # Context tokens read at one match serve every entry of its group (emptied at the
            # next match, so memory does not grow with the matches of a huge page).
            cache: dict[tuple[int, int], _Side] = {}
            values = self._scanner.values
            for index, start, end in self._scanner.matches(scanned):
                group, other = values[index]
                # Boundaries are tested in the collapsed text: the characters around a match
                # are the same there (a collapsed run is a space either way).
                if start:
                    before = scanned[start - 1]
                    if before.isalnum():
                        continue  # inside a word ("us" in "must"): no phrase, plural or bigram
                    glued = before == "'" and start > 1 and scanned[start - 2].isalnum()
                else:
                    glued = False
                plural = False
                if glued or (end < size and scanned[end].isalnum()):
                    # Glued to a word: no bigram of the partner, and a lexicon phrase only as
                    # the plural of a tortured phrase, which is a term: "neural organizations"
                    # is the plural entry. (after an apostrophe too: "x'neural networks")
                    if group is None or not (
                        group[0][0].kind == "tortured"
                        and scanned[end : end + 1] == "s"
                        and (end + 1 == size or not scanned[end + 1].isalnum())
                    ):
                        continue
                    other = None
                    plural = True
                if runs:  # back to document offsets (a phrase may span a collapsed run)
                    start, end, across = prep.document_span(start, end)
                    if across:
                        if group is None:
                            continue  # a bigram spread over a line break is not a bigram
                        other = None
                if other is not None:
                    # The partner's bigram, bounded as ``Prepared.is_boundary`` bounds a span
                    # and as the document prints it: the partner need not test it again.
                    shared.append((start, end, other))
                if group is None:
                    continue
                if cache:
                    cache.clear()
                for entry, context, plain in group:
                    # (a plural's context starts after its "s": "neural organizations of")
                    if plain or self._accepts(entry, context, prep, start, end + plural, cache):
                        original = entry.original or None
                        if plural and original:
                            original += "s"
                        candidates.append(
                            Hit(
                                start,
                                end + plural,
                                original,
                                entry.weight,
                                entry.kind,
                                entry.spun,
                                entry.context,
                            )
                        )
                        break
            if partner is not None:
                prep.shared[partner] = shared
        return resolve_overlaps(candidates)

    # -- context rules --

    def _accepts(
        self,
        entry: Entry,
        context: _Context | None,
        prep: Prepared,
        start: int,
        end: int,
        cache: dict[tuple[int, int], _Side],
    ) -> bool:
        if entry.case:
            raw = prep.text[start:end]
            if len(raw) != len(entry.case_key):  # matched across a collapsed whitespace run
                raw = " ".join(raw.split())
            for offset in entry.capitals:
                if not raw[offset].isupper():
                    return False
            # ALL-CAPS text ("the HOME key", a shouted headline) says nothing about names.
            if entry.first_lower >= 0 and raw[entry.first_lower].isupper():
                return False
            # A spinner capitalises only the first word of a rendering it puts into a name
            # ("Health care Centre" for "Medical Centre"); "Health Care Centre" is a real name.
            for offset in entry.word_lowers:
                if raw[offset].isupper():
                    return False
        if entry.mid and prep.at_sentence_start(start):
            return False
        if context is None:
            return True
        # Tokens are read only for the side a clause needs, once per place (keys: start
        # offsets before a match, -1 - end offset after one).
        for clause, before, positive in context.clauses:
            nearest = clause.nearest
            if nearest is not None:
                if before:
                    stop = prep.token_before(start)
                    possible = prep.norm.endswith(nearest, 0, stop) if stop else clause.edge
                else:
                    stop = prep.token_after(end)
                    possible = (
                        prep.norm.startswith(nearest, stop)
                        if stop < len(prep.norm)
                        else clause.edge
                    )
                if not possible:
                    if positive:
                        return False
                    continue  # this clause cannot match here
            if before:
                key = (start, context.before_width)
                side = cache.get(key)
                if side is None:
                    side = cache[key] = _Side.before(prep, start, key[1])
            else:
                key = (-1 - end, context.after_width)
                side = cache.get(key)
                if side is None:
                    side = cache[key] = _Side.after(prep, end, key[1])
            if clause.match(self, side, before) != positive:
                return False
        return True

    def _seq(self, pattern: Sequence[str], side: _Side, before: bool) -> bool:
        norms = side.norms
        if before:
            if pattern == ("<start>",):
                return not norms or norms[-1] in _PUNCT_END
            if len(norms) < len(pattern):
                return False
            offset = len(norms) - len(pattern)
        else:
            if pattern == ("<end>",):
                return not norms or norms[0] in _PUNCT_END
            if len(norms) < len(pattern):
                return False
            offset = 0
        for i, p in enumerate(pattern, offset):
            if not self._tok(p, norms[i], side.spans[i][0], side.prep):
                return False
        return True

    def _tok(self, pattern: str, norm: str, start: int, prep: Prepared) -> bool:
        if not pattern.startswith("<") or len(pattern) < 3:
            return pattern == norm
        name = pattern[1:-1]
        if name == "num":
            return norm[:1].isdigit()
        if name == "year":
            return bool(_YEAR_RE.match(norm))
        if name == "cap":  # (tokens are never empty: the first character of the original)
            return prep.text[start].isupper()
        if name == "lower":
            return prep.text[start].islower()
        if name == "word":
            return norm[:1].isalnum()
        if name == "punct":
            return not norm[:1].isalnum()
        if name == "ing":
            return len(norm) > 4 and norm.endswith("ing")
        if name == "possessive":
            return norm.endswith("'s") or norm.endswith("s'") or norm in _BUILTIN_SETS["poss"]
        members = self.sets.get(name)
        if members is None:
            raise LexiconError(f"unknown token class <{name}>")
        return norm in members


def resolve_overlaps(hits: Iterable[Hit]) -> tuple[Hit, ...]:
    """Keep the longest, then heaviest, of overlapping hits; return them in text order."""
    kept: list[Hit] = []
    # Kept hits never overlap, so sorted by start their ends are sorted too: a hit overlaps
    # one of them exactly when it overlaps the last one starting before its end.
    starts: list[int] = []
    ends: list[int] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, -h.weight, h.start)):
        i = bisect_left(starts, hit.end)
        if i and ends[i - 1] > hit.start:
            continue
        starts.insert(i, hit.start)
        ends.insert(i, hit.end)
        kept.append(hit)
    kept.sort(key=lambda h: h.start)
    return tuple(kept)


@lru_cache(maxsize=32)
def build_lexicon(
    extra: tuple[tuple[str, str, str, float, str], ...] = (),
    disabled: tuple[str, ...] = (),
    extra_sets: tuple[tuple[str, tuple[str, ...]], ...] = (),
) -> Lexicon:
    """The shipped lexicon plus suite-supplied entries, minus disabled ones (cached)."""
    data = shipped_lexicon()
    entries = list(data.entries)
    entries.extend(make_entry(*spec, source="suite") for spec in extra)
    sets = dict(data.sets)
    for name, values in extra_sets:
        sets[name] = frozenset(normalise_phrase(v) for v in values)
    version = data.version + ("+suite" if extra else "")
    return Lexicon(entries, sets, disabled, version)


# --- the check -------------------------------------------------------------------------------


class LexiconEntrySpec(CheckParams):
    """A lexicon entry supplied by a suite (same columns as lexicon.tsv)."""

    spun: str = Field(description="The phrase as spinners print it.")
    original: str = Field(description="The likely original wording (the suggestion).")
    kind: Literal["phrase", "context", "name", "number", "tortured"] = Field(
        "phrase", description="Entry kind, as in lexicon.tsv."
    )
    weight: float = Field(1.0, gt=0.0, le=1.0, description="Weight towards spin.score.")
    context: str = Field("", description="Context rule, as in lexicon.tsv (after=...; mid).")

    def as_tuple(self) -> tuple[str, str, str, float, str]:
        return (self.spun, self.original, self.kind, self.weight, self.context)

    @model_validator(mode="after")
    def _compiles(self) -> LexiconEntrySpec:
        # A rule the matcher cannot read is the suite author's mistake: say so when the suite
        # loads (with its file:line), not as a crash on the first document it applies to.
        try:
            Lexicon([make_entry(*self.as_tuple(), source="suite")], shipped_lexicon().sets)
        except LexiconError as exc:
            raise ValueError(str(exc)) from None
        return self


def extra_entries_field() -> Any:
    return Field(
        (),
        description=(
            "Lexicon entries added to the shipped lexicon: mappings with spun, original and "
            "optionally kind, weight (0-1] and context (see `corpusgate/data/spin/lexicon.tsv`)."
        ),
    )


def _disabled_exist(disabled: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
    """A `disabled` item that names nothing would switch nothing off, silently: a typo in a
    suite must say so at load time, with the nearest phrase or rule id it may have meant."""
    extra = info.data.get("extra_entries") or ()
    for item in disabled:
        if item.startswith("builtin:"):
            key, known, what = item, frozenset(BUILTIN_RULES), "a built-in rule id"
        else:
            key = phrase_key(item)
            known = _phrase_keys() | {phrase_key(e.spun) for e in extra}
            what = "a lexicon phrase"
        if key in known:
            continue
        close = get_close_matches(key, list(known), n=1, cutoff=0.8)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        rules = ", ".join(BUILTIN_RULES)
        raise ValueError(
            f"{key!r} is not {what} (disable a spun phrase as lexicon.tsv writes it, or one of "
            f"{rules}){hint}"
        )
    return disabled


@lru_cache(maxsize=1)
def _phrase_keys() -> frozenset[str]:
    return frozenset(entry.key for entry in shipped_lexicon().entries)


# Lexicon phrases or built-in rule ids to switch off, checked to exist when the suite loads.
Disabled = Annotated[tuple[str, ...], AfterValidator(_disabled_exist)]


def disabled_field() -> Any:
    return Field(
        (),
        description=(
            "Lexicon phrases (as written in the spun column) or built-in rule ids "
            "(builtin:number-word, builtin:spintax) to switch off; one that names neither is "
            "a suite error, with the nearest spelling."
        ),
    )


class SpinPhraseParams(CheckParams):
    extra_entries: tuple[LexiconEntrySpec, ...] = extra_entries_field()
    disabled: Disabled = disabled_field()
    min_weight: float = Field(
        0.4,
        ge=0.0,
        le=1.0,
        description=(
            "Only entries of at least this weight are reported as findings. Lighter entries "
            "(legitimate English that spinners overuse) still count towards spin.score."
        ),
    )
    min_weight_alone: float = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description=(
            'Entries lighter than this ("upwards of", "stated" in some frames: plain English '
            "that spinners overuse) are reported only in a document where an entry of at least "
            "this weight is found too: alone they are what careful writers print, and a warning "
            "on them would teach users to ignore the check. On 4,898 clean texts, documents "
            "with a finding fell from 98 to 13; spun documents keep 98% of their findings. "
            "0 reports them alone as well."
        ),
    )

    @field_validator("extra_entries", mode="before")
    @classmethod
    def _entries(cls, value: Any) -> Any:
        return tuple(value) if isinstance(value, list) else value

    def lexicon(self) -> Lexicon:
        return build_lexicon(tuple(e.as_tuple() for e in self.extra_entries), self.disabled)


# The lexicon a check used last: the collocation detector asks it to share its scan.
_recent: list[Lexicon] = []


def recent_lexicon() -> Lexicon | None:
    return _recent[0] if _recent else None


def lexicon_hits(doc: Document, ctx: DocContext, lexicon: Lexicon) -> tuple[Hit, ...]:
    """The lexicon hits of ``doc``, computed once per document and lexicon."""
    if not _recent or _recent[0] is not lexicon:
        _recent[:] = [lexicon]
    return ctx.derive(lexicon.finder())


_LABELS = {
    "name": "a distorted name",
    "number": "mangled number or unit",
    "tortured": "a tortured phrase",
}


def describe(hit: Hit, spun: str) -> str:
    if hit.kind == "collocation":
        return f'"{spun}" looks like a spinner substitution for "{hit.original}" ({hit.detail})'
    if hit.kind == "attribution":
        return f'"{spun}" in an attribution; likely original: "{hit.original}" ({hit.detail})'
    label = _LABELS.get(hit.kind, "a spinner phrase")
    # Context rules are long alternation lists; the message only says that context mattered.
    where = " (in this context)" if hit.kind == "context" else ""
    if hit.original:
        return f'"{spun}" is {label}; likely original: "{hit.original}"{where}'
    return f'"{spun}" is {label}{where}'


def hit_findings(check: Check[Any], doc: Document, hits: Iterable[Hit]) -> CheckOutput:
    """The findings of ``check`` for ``hits``: span, message, the likely original as the
    suggestion, the weight as the confidence (spin.phrase, spin.collocation, spin.attribution)."""
    # (``Check.finding`` spelled out: a spun article has ten findings, and the call with
    # keywords and a second slice of the text cost a third of building them)
    text = doc.text
    name = check.name
    findings = []
    for hit in hits:
        spun = text[hit.start : hit.end]
        message = describe(hit, spun)
        findings.append(
            Finding(name, hit.start, hit.end, spun, message, hit.original, hit.confidence)
        )
    return CheckOutput(findings=tuple(findings))


def _alternatives(sides: tuple[tuple[str, ...], ...]) -> str:
    return " | ".join(" ".join(tokens) for tokens in sides)


def _entry_text(entry: Entry, params: SpinPhraseParams) -> list[str]:
    """One entry as `corpusgate explain spin.phrase PHRASE` shows it."""
    head = f'"{entry.spun}"' + (f' -> "{entry.original}"' if entry.original else "")
    lines = [head, f"  kind: {entry.kind}, weight {entry.weight:g}"]
    # (the sides read from the text: "before" is what precedes the phrase)
    rules = [
        (entry.before, "only after"),
        (entry.not_before, "never after"),
        (entry.after, "only before"),
        (entry.not_after, "never before"),
    ]
    lines += [f"  {label}: {_alternatives(sides)}" for sides, label in rules if sides]
    if entry.case:
        lines.append("  matched only with its capitals as written")
    if entry.mid:
        lines.append("  never at the start of a sentence")
    if entry.weight < params.min_weight:
        shown = f"not reported (under min_weight {params.min_weight:g})"
    elif entry.weight < params.min_weight_alone:
        shown = f"reported only next to an entry of weight {params.min_weight_alone:g} or more"
    else:
        shown = "reported wherever it matches"
    lines.append(f"  spin.phrase: {shown}; spin.score counts it in every case")
    return lines


def nearest(term: str, known: Iterable[str], what: str, key: str | None = None) -> str:
    """A lookup's answer for a term in none of its lists: the three nearest it knows (to
    ``key``, the term's normalised form, if given)."""
    close = get_close_matches(key or term, sorted(known), n=3, cutoff=0.75)
    hint = " Nearest: " + ", ".join(f'"{c}"' for c in close) + "." if close else ""
    return f'"{term}" is not {what}.{hint}'


def lookup_phrase(term: str, params: SpinPhraseParams) -> str:
    """The shipped lexicon's entries for ``term``: those that match it, those whose likely
    original it is, or the nearest phrases when it is in none of them."""
    data = shipped_lexicon()
    if term in BUILTIN_RULES:
        return f"{term}: {BUILTIN_RULES[term]} (built-in rule, lexicon {data.version})"
    key = phrase_key(term)
    spun = [e for e in data.entries if e.key == key]
    rendering = [e for e in data.entries if e.original and phrase_key(e.original) == key]
    lines = [
        f"lexicon {data.version} (corpusgate/data/spin/lexicon.tsv), {len(data.entries):,} entries"
    ]
    for entry in spun:
        lines += ["", *_entry_text(entry, params)]
    if spun:
        lines += [
            "",
            f'Switch it off in a suite: disabled: ["{spun[0].spun}"] under the params of '
            "spin.phrase and spin.score.",
        ]
    if rendering:
        shown = ", ".join(f'"{e.spun}"' for e in rendering[:20])
        more = f" and {len(rendering) - 20} more" if len(rendering) > 20 else ""
        lines += ["", f'Spinners print for "{term}": {shown}{more}.']
    if not spun and not rendering:
        what = "a lexicon phrase, nor the original of one"
        lines += ["", nearest(term, _phrase_keys(), what, key)]
    return "\n".join(lines)


@register
class SpinPhrase(Check[SpinPhraseParams]):
    name = "spin.phrase"
    family = "spin"
    summary = "Phrases that article spinners produce, with the likely original wording."
    what = (
        "Matches a curated, versioned lexicon of spinner output (corpusgate/data/spin/"
        'lexicon.tsv, ~6,500 entries): phrase substitutions ("final 12 months" for "last '
        'year", "in response to" + a source for "according to"), context rules for words '
        'that are only spun in some frames ("final" before week/month/12 months), distorted '
        'names and institutions ("White Home", "International Ministry", "Collective Safety '
        'Treaty Group"; and, generated from 137 institution and title patterns, names with '
        'one word swapped by a crowd thesaurus: "Excessive Court", "Handling Overseer"), '
        'number and unit mangling ("two,500", "1000\'s", "{dollars}") and '
        'tortured phrases of scientific writing ("counterfeit consciousness"). Each finding '
        "has the span, the likely original as its suggestion and the entry's weight as its "
        "confidence. One Aho-Corasick automaton scans the text, so the lexicon can grow to "
        "tens of thousands of entries at the same speed."
    )
    why = (
        "Spun copies of other publishers' articles are plagiarism in disguise and poor training "
        'data: the synonyms are wrong in context ("sphere of affect"), names are broken and '
        "the text teaches a model garbled English. No general web-corpus filter detects them."
    )
    example = (
        "President Biden's unannounced journey to Kyiv final week came as the White Home "
        "pledged tens of 1000's of {dollars} in help."
    )
    passing_example = (
        "In the final week of the campaign, officials at the White House said the final "
        "12 months of the program would cost thousands of dollars."
    )
    fix = (
        "Drop spun documents from the corpus or replace them with the original article. For a "
        "phrase that is legitimate in your corpus, add it to `disabled` (`corpusgate explain "
        'spin.phrase "PHRASE"` shows its entry and rule); for a spinner phrase the lexicon '
        "lacks, add it to `extra_entries` (or contribute it to lexicon.tsv)."
    )
    Params = SpinPhraseParams

    @classmethod
    def lookup(cls, term: str) -> str:
        return lookup_phrase(term, SpinPhraseParams.model_validate({}))

    def run(self, doc: Document, ctx: DocContext) -> CheckOutput:
        params = self.params
        hits = [
            h for h in lexicon_hits(doc, ctx, params.lexicon()) if h.weight >= params.min_weight
        ]
        if not any(h.weight >= params.min_weight_alone for h in hits):
            return EMPTY_OUTPUT
        return hit_findings(self, doc, hits)
