"""Every shipped lexicon entry with a context rule, both ways, built from its parsed rule.

For each entry the generator writes sentences from the entry's parsed clauses (``Entry.before``,
``after``, ``not_before``, ``not_after``, ``mid``, ``case``; one sample token per token class,
"12" for <num>, "2019" for <year>, "Harlow" for <cap>, the first member of a set...) in a
neutral frame ("Reporters noted ... ."):

- for every alternative of ``before=`` and ``after=``, a sentence where that alternative stands
  next to the phrase and the rest of the rule holds: the entry's suggestion is reported at the
  spun phrase's span;
- for every alternative of ``not_before=`` and ``not_after=``, a sentence where only that
  alternative breaks the rule, and one for each other clause (the ``after=`` alternatives
  replaced by a neutral word, the phrase at a sentence start for ``mid``, in the other case for
  ``case``): it is not reported there, though the phrase without its rule would be.

A positive alternative no sentence can satisfy along with the rest of its rule, or a negative
one that never decides alone (the other clauses already exclude what it excludes), is dead
lexicon text and fails the test too.

The sentences are chosen with a reading of the rules written here from the lexicon header,
independently of the compiled matcher, which then reads them: when the two disagree, the test
fails. A sentence where another lexicon phrase overlaps the spun one, or a sibling (an entry
with the same phrase) would report in the entry's place, is read on the entry alone; every
entry has sentences read in the shipped lexicon.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from corpusgate.checks.spin.lexicon import (
    Entry,
    Lexicon,
    PhraseScanner,
    build_lexicon,
    make_entry,
    shipped_lexicon,
)
from corpusgate.checks.spin.tokens import TOKEN_RE, normalise, prepare

# One sample token per built-in class (the first is used first; the others only give the
# search a way to satisfy two clauses at one place).
_SAMPLES: dict[str, tuple[str, ...]] = {
    "num": ("12",),
    "year": ("2019",),
    "cap": ("Harlow",),
    "lower": ("quietly",),
    "word": ("quietly",),
    "punct": (",",),
    "ing": ("walking",),
    "possessive": ("city's", "their"),
}
# The frame: what stands before the context (nothing: the text start; a sentence that ends:
# a sentence start further in), neutral words that break a clause, and the sentence's end.
_LEADS = ("Reporters noted", "", "Reporters met.")
_FILLERS = ("quietly", "Harlow", "12", ",", "walking")
_TAILS = (".", " again.")
_SENTENCE_END = frozenset(".!?;:")
_NO_SPACE_BEFORE = frozenset(",.;:!?")
_MAX_INSTANCES = 40

_SIDE = {
    "before": "before",
    "not_before": "before",
    "mid": "before",
    "after": "after",
    "not_after": "after",
    "case": "phrase",
}


@dataclass(frozen=True)
class Case:
    entry: Entry
    clause: str  # "+before=week", "-not_after=<cap>", "-mid"... ("+" alone: no before/after)
    text: str
    start: int
    end: int
    # Another phrase of the lexicon overlaps the spun one, or a sibling (an entry with the same
    # phrase) would report there: read on the entry alone.
    alone: bool = False


@dataclass(frozen=True)
class Generated:
    positives: tuple[Case, ...]
    negatives: tuple[Case, ...]
    unwritable: tuple[str, ...]  # positive alternatives no sentence where the rule holds has
    unbreakable: tuple[str, ...]  # clauses (or negative alternatives) nothing breaks alone


@cache
def _sets() -> Mapping[str, frozenset[str]]:
    return build_lexicon().sets


def _samples(token: str) -> tuple[str, ...]:
    """The token as written, then capitalised (literals and set members match in any case,
    and a capital may be what another clause asks for)."""
    words: tuple[str, ...]
    if not token.startswith("<"):
        words = (token,)
    elif token[1:-1] in _SAMPLES:
        return _SAMPLES[token[1:-1]]
    else:
        words = tuple(sorted(_sets()[token[1:-1]]))
    capitalised = tuple(w[:1].upper() + w[1:] for w in words if w[:1].islower())
    return (*words, *capitalised)


def _instances(alt: tuple[str, ...]) -> Iterator[str]:
    """The alternative as text: each class replaced by its samples (sentence edges by nothing,
    the frame supplies them)."""
    if alt in (("<start>",), ("<end>",)):
        yield ""
        return
    for combo in itertools.islice(itertools.product(*map(_samples, alt)), _MAX_INSTANCES):
        yield _join(*combo)


def _join(*pieces: str) -> str:
    out = ""
    for piece in pieces:
        if not piece:
            continue
        if out and not (piece[0] in _NO_SPACE_BEFORE or piece[0] == " "):
            out += " "
        out += piece
    return out


# --- the rules as the lexicon header documents them --------------------------------------------


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _token_ok(pattern: str, token: str, norm: str) -> bool:
    """``token`` as written (``norm`` normalised) is an instance of ``pattern``."""
    if not pattern.startswith("<"):
        return pattern == norm
    name = pattern[1:-1]
    if name == "num":
        return norm[:1].isdigit()
    if name == "year":
        return bool(_YEAR.fullmatch(norm))
    if name == "cap":
        return token[:1].isupper()
    if name == "lower":
        return token[:1].islower()
    if name == "word":
        return norm[:1].isalnum()
    if name == "punct":
        return not norm[:1].isalnum()
    if name == "ing":
        return len(norm) > 4 and norm.endswith("ing")
    if name == "possessive":
        return norm.endswith(("'s", "s'")) or norm in _sets()["poss"]
    return norm in _sets()[name]


@cache
def _tokens(text: str) -> tuple[tuple[str, str], ...]:
    """The tokens of ``text``: (as written, normalised)."""
    return tuple((token, normalise(token)) for token in TOKEN_RE.findall(text))


def _alternative_ok(alt: tuple[str, ...], text: str, before: bool) -> bool:
    """``alt`` is what ``text`` (before or after the phrase) has next to the phrase."""
    tokens = _tokens(text)
    if alt in (("<start>",), ("<end>",)):
        return not tokens or (tokens[-1] if before else tokens[0])[1] in _SENTENCE_END
    if len(tokens) < len(alt):
        return False
    window = tokens[-len(alt) :] if before else tokens[: len(alt)]
    return all(_token_ok(p, t, n) for p, (t, n) in zip(alt, window, strict=True))


def _at_sentence_start(before_text: str) -> bool:
    """Only spaces, quotes or brackets between the phrase and a sentence end or the text start
    (a line break ends a heading or a list item as a full stop does)."""
    rest = before_text.rstrip(" \n\"'([")
    return not rest or rest[-1] in ".!?:;\u2014-|\u2022*#>" or "\n" in before_text[len(rest) :]


def _side_verdicts(entry: Entry, text: str, before: bool) -> dict[str, bool]:
    """Clause -> holds, for the clauses reading ``text`` before (or after) the phrase."""
    verdicts: dict[str, bool] = {}
    tokens = _tokens(text)
    nearest = (tokens[-1] if before else tokens[0])[1] if tokens else None
    for name in ("before", "not_before") if before else ("after", "not_after"):
        alts: tuple[tuple[str, ...], ...] = getattr(entry, name)
        if alts:
            words, others = _split(alts)
            matched = nearest in words or any(_alternative_ok(alt, text, before) for alt in others)
            verdicts[name] = matched != name.startswith("not_")
    if before and entry.mid:
        verdicts["mid"] = not _at_sentence_start(text)
    return verdicts


@cache
def _split(
    alts: tuple[tuple[str, ...], ...],
) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """Single-word alternatives (one set lookup for all) and the others."""
    words = frozenset(a[0] for a in alts if len(a) == 1 and not a[0].startswith("<"))
    return words, tuple(a for a in alts if len(a) > 1 or a[0].startswith("<"))


def _case_verdict(entry: Entry, phrase: str) -> dict[str, bool]:
    if not entry.case:
        return {}
    # Capitals stay capitals; the first lower-case letter stays lower case (an all-caps
    # headline says nothing about names, and "Oregon" is the state, "oregon" the spun "or").
    pairs = list(zip(entry.spun, phrase, strict=True))
    lower = next((w for s, w in pairs if s.islower()), "a")
    return {"case": all(w.isupper() for s, w in pairs if s.isupper()) and lower.islower()}


def _verdicts(entry: Entry, before_text: str, phrase: str, after_text: str) -> dict[str, bool]:
    """Clause -> holds, for the phrase written as ``phrase`` between the two texts."""
    return {
        **_side_verdicts(entry, before_text, True),
        **_side_verdicts(entry, after_text, False),
        **_case_verdict(entry, phrase),
    }


# --- sentences -------------------------------------------------------------------------------


@cache
def _groups() -> Mapping[str, tuple[Entry, ...]]:
    groups: dict[str, list[Entry]] = defaultdict(list)
    for entry in shipped_lexicon().entries:
        groups[entry.key].append(entry)
    return {key: tuple(group) for key, group in groups.items()}


@cache
def _key_scanner() -> PhraseScanner[str]:
    return PhraseScanner({key: key for key in _groups()})


def _foreign_overlap(text: str, start: int, end: int, key: str) -> bool:
    """Another lexicon phrase overlaps the spun one without lying inside it (it could win
    the overlap and hide the finding, or hide a wrong one)."""
    norm = normalise(text)
    scanner = _key_scanner()
    for index, s, e in scanner.matches(norm):
        if scanner.values[index] == key and (s, e) == (start, end):
            continue
        if (s and norm[s - 1].isalnum()) or (e < len(norm) and norm[e].isalnum()):
            continue
        if s < end and start < e and not (start <= s and e <= end):
            return True
    return False


def _before_texts(alts: tuple[tuple[str, ...], ...], extra: tuple[str, ...] = ()) -> list[str]:
    pieces = [p for alt in alts for p in _instances(alt)]
    out: list[str] = []
    for lead in _LEADS:
        for piece in (*pieces, *extra):
            text = _join(lead, piece)
            if text not in out:
                out.append(text)
    return out


def _after_texts(alts: tuple[tuple[str, ...], ...], extra: tuple[str, ...] = ()) -> list[str]:
    pieces = [p for alt in alts for p in _instances(alt)]
    out: list[str] = []
    for piece in (*pieces, *extra):
        for tail in _TAILS:
            text = _join(piece, tail)
            if text not in out:
                out.append(text)
    return out


def _sentence(entry: Entry, clause: str, before: str, phrase: str, after: str) -> Case:
    head = before + " " if before else ""
    text = head + phrase + (after if after[:1] in {*_NO_SPACE_BEFORE, " "} else " " + after)
    return Case(entry, clause, text, len(head), len(head) + len(phrase))


def _in_situ(case: Case, positive: bool) -> bool:
    """No sibling (an entry with the same phrase) accepts the place, and no other phrase
    overlaps: the case can be read in the shipped lexicon."""
    entry = case.entry
    before = case.text[: case.start].rstrip(" ")
    after = case.text[case.end :]
    phrase = case.text[case.start : case.end]
    for sibling in _groups()[entry.key]:
        if sibling is entry or not (positive or sibling.original == entry.original):
            continue  # (a negative only has to keep the entry's suggestion away)
        if all(_verdicts(sibling, before, phrase, after).values()):
            return False  # the sibling would report there, in the entry's place
    return not _foreign_overlap(case.text, case.start, case.end, entry.key)


def generate(entry: Entry) -> Generated:
    """A positive sentence for every alternative of ``before`` and ``after`` (one when the
    rule has neither), a negative one for every alternative of ``not_before`` and
    ``not_after``, and one breaking each other clause (``before``, ``after``, ``mid``,
    ``case``)."""
    phrase = entry.spun
    before_alts = (*entry.before, *entry.not_before)
    after_alts = (*entry.after, *entry.not_after)

    def holds(verdicts: dict[str, bool], side: str, broken: str) -> bool:
        return all(ok == (name != broken) for name, ok in verdicts.items() if _SIDE[name] == side)

    memo: dict[tuple[str, bool], dict[str, bool]] = {}

    def side(text: str, before: bool) -> dict[str, bool]:
        found = memo.get((text, before))
        if found is None:
            found = memo[text, before] = _side_verdicts(entry, text, before)
        return found

    def befores(texts: list[str], broken: str = "") -> list[str]:
        return [b for b in texts if holds(side(b, True), "before", broken)]

    def afters(texts: list[str], broken: str = "") -> list[str]:
        return [a for a in texts if holds(side(a, False), "after", broken)]

    def beside(alt: tuple[str, ...], before: bool, broken: str = "") -> list[str]:
        """Contexts where ``alt`` stands next to the phrase, the clauses of that side hold
        but ``broken``: written from ``alt``, else from any alternative of the side (a
        capitalised ``local`` is also a ``<cap>``)."""
        for alts in ((alt,), (alt, *(before_alts if before else after_alts))):
            texts = (
                befores(_before_texts(alts), broken)
                if before
                else afters(_after_texts(alts), broken)
            )
            found = [t for t in texts if _alternative_ok(alt, t, before)]
            if found:
                return found
        return []

    def first(clause: str, before_ok: list[str], after_ok: list[str], written: str) -> Case | None:
        """The first sentence readable in the shipped lexicon, else the first one (read on
        the entry alone)."""
        fallback = None
        for before, after in itertools.product(before_ok, after_ok):
            case = _sentence(entry, clause, before, written, after)
            if _in_situ(case, positive=clause.startswith("+")):
                return case
            fallback = fallback or dataclasses.replace(case, alone=True)
        return fallback

    all_before = _before_texts(before_alts, ("", *_FILLERS))
    all_after = _after_texts(after_alts, ("", *_FILLERS))
    good_before = befores(all_before)
    good_after = afters(all_after)
    positives: list[Case] = []
    negatives: list[Case] = []
    unwritable: list[str] = []
    unbreakable: list[str] = []
    for name, alts in (
        ("before", entry.before),
        ("after", entry.after),
        ("not_before", entry.not_before),
        ("not_after", entry.not_after),
    ):
        positive = not name.startswith("not_")
        for alt in alts:
            label = f"{'+' if positive else '-'}{name}={' '.join(alt)}"
            before = name.endswith("before")
            texts = beside(alt, before, "" if positive else name)
            if before:
                case = first(label, texts, good_after, phrase)
            else:
                case = first(label, good_before, texts, phrase)
            if case is None:
                (unwritable if positive else unbreakable).append(label)
            else:
                (positives if positive else negatives).append(case)
    if not entry.before and not entry.after:
        case = first("+", good_before, good_after, phrase)
        if case is None:
            unwritable.append("+")
        else:
            positives.append(case)
    for clause in _verdicts(entry, "", phrase, ""):
        if clause.startswith("not_"):
            continue  # (each of their alternatives has its negative above)
        label = f"-{clause}"
        if clause == "before":
            case = first(label, befores(all_before, clause), good_after, phrase)
        elif clause == "after":
            case = first(label, good_before, afters(all_after, clause), phrase)
        elif clause == "mid":
            # a sentence start: the text's, after a full stop, or a line break
            starts = befores([*all_before, *(b + "\n" for b in all_before)], clause)
            case = first(label, starts, good_after, phrase)
        else:
            other = phrase.lower() if phrase != phrase.lower() else phrase.capitalize()
            broken = other != phrase and not _case_verdict(entry, other)["case"]
            case = first(label, good_before, good_after, other) if broken else None
        if case is None:
            unbreakable.append(label)
        else:
            negatives.append(case)
    return Generated(tuple(positives), tuple(negatives), tuple(unwritable), tuple(unbreakable))


def context_entries() -> list[Entry]:
    return [entry for entry in shipped_lexicon().entries if entry.context]


@cache
def _alone(entry: Entry, ruled: bool = True) -> Lexicon:
    """A lexicon of ``entry`` only, with its rule or without (then any written form of the
    phrase is reported wherever it stands)."""
    if not ruled:
        entry = make_entry(entry.spun, entry.original, "phrase", entry.weight)
    return Lexicon([entry], shipped_lexicon().sets)


def _reported(case: Case, lexicon: Lexicon | None = None) -> bool:
    """The entry's suggestion is reported at the spun phrase's span."""
    if lexicon is None:
        lexicon = _alone(case.entry) if case.alone else build_lexicon()
    original = case.entry.original or None
    return any(
        (hit.start, hit.end, hit.original) == (case.start, case.end, original)
        for hit in lexicon.find(prepare(case.text))
    )


def test_every_context_entry_is_found_in_its_context_and_not_outside_it() -> None:
    """~390 entries, ~5,600 positive and ~1,700 negative sentences; every entry has a
    positive and a negative read in the shipped lexicon (only cases that another phrase or a
    sibling would mask are read on the entry alone)."""
    ungenerated: list[str] = []
    unwritable: list[str] = []
    unbreakable: list[str] = []
    failures: list[str] = []
    for entry in context_entries():
        generated = generate(entry)
        if not any(not c.alone for c in generated.positives) or not any(
            not c.alone for c in generated.negatives
        ):
            ungenerated.append(f"{entry.spun!r} [{entry.context}]")
        # A positive alternative no sentence can satisfy with the rest of its rule (a
        # before= alternative that not_before= also lists) is dead; a negative one nothing
        # can bring into play alone (a not_before= alternative that before= does not allow
        # anyway) is dead text: both are lexicon bugs.
        unwritable += [f"{entry.spun!r} {label}" for label in generated.unwritable]
        unbreakable += [f"{entry.spun!r} {label}" for label in generated.unbreakable]
        for case in generated.positives:
            if not _reported(case):
                failures.append(f"{case.clause} {entry.spun!r} not found: {case.text!r}")
        for case in generated.negatives:
            if _reported(case):
                failures.append(f"{case.clause} {entry.spun!r} found: {case.text!r}")
            if not _reported(case, _alone(entry, ruled=False)):
                # the sentence must fail by its context, not because the phrase is not there
                failures.append(f"{case.clause} {entry.spun!r} vacuous: {case.text!r}")
    assert ungenerated == []
    assert unwritable == []
    assert unbreakable == []
    assert failures == []
