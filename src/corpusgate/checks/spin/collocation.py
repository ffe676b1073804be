"""Statistical detection of spun words: reverse a spinner substitution, compare collocations.

A spinner swaps a word for a "synonym" without looking at its neighbours, so the printed word
sits in a frame built for the original: "sphere of affect", "a essential juncture", "successful
the morning". For every occurrence of a word a spinner prints (synonyms.tsv: "officers",
"battle", "successful", ...), each original it may have replaced is put back and the two
readings are compared with bigram counts of the Google Web Trillion Word corpus:

    LR = [c(L, O) / c(L, S)] * [c(O, R) / c(S, R)] * [c(S) / c(O)]

with L and R the neighbouring words, O the original and S the spun word. This is the ratio of
P(O | L, R) to P(S | L, R) under a bigram model (P(w | L, R) ~ c(L, w) / c(L) * c(w, R) / c(w)).
The bigram list stops at 100,000 occurrences, so a missing bigram is given a fixed count below
that cutoff (``absent``): missing on both sides, it cancels out. A finding needs a large ratio
(``min_ratio``) *and* an attested original collocation (``min_count``), so fluent prose, where
the printed word is as plausible as the original, stays silent. Capitalised words (names) are
skipped; quoted speech can be skipped too.
"""

from __future__ import annotations

import gzip
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, cast

from pydantic import Field

from corpusgate.checks.base import Check, CheckParams, DocContext, register
from corpusgate.checks.spin.lexicon import (
    DATA_DIR,
    Hit,
    Lexicon,
    PhraseScanner,
    hit_findings,
    nearest,
    recent_lexicon,
)
from corpusgate.checks.spin.tokens import Prepared, prepare
from corpusgate.documents import CheckOutput, Document

# Where the spun word(s) of a candidate bigram sit in it: (offset, length) pairs.
_Spans = tuple[tuple[int, int], ...]
# What a lexicon's scan leaves in ``Prepared.shared`` for its partner detector: (start, end,
# spun word spans) of each bigram the document prints as a bigram, in document offsets: bounded
# as ``Prepared.is_boundary`` bounds a span, and not spread over a collapsed whitespace run.
_Shared = list[tuple[int, int, _Spans]]

EVIDENCE_FLOOR = 30.0  # the weakest likelihood ratio any default check uses


@dataclass(frozen=True)
class FrequencyData:
    unigrams: dict[str, int]
    bigrams: dict[str, int]
    cutoff: int


@lru_cache(maxsize=1)
def frequency_data() -> FrequencyData:
    unigrams: dict[str, int] = {}
    bigrams: dict[str, int] = {}
    cutoff = 100_000
    with gzip.open(DATA_DIR / "bigrams.tsv.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            kind, _, rest = line.rstrip("\n").partition("\t")
            if kind == "b":
                pair, _, count = rest.rpartition("\t")
                bigrams[pair] = int(count)
            elif kind == "u":
                word, _, count = rest.rpartition("\t")
                unigrams[word] = int(count)
            elif kind == "# cutoff":
                cutoff = int(rest)
    return FrequencyData(unigrams, bigrams, cutoff)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case words seen at least 200,000 times in the Web Trillion Word corpus."""
    with gzip.open(DATA_DIR / "common_words.txt.gz", "rt", encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip() and line[0] != "#")


def parse_synonyms(text: str) -> dict[str, tuple[str, ...]]:
    """spun word -> the originals it may stand for."""
    table: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("original\t"):
            continue
        original, spun = line.split("\t")[:2]
        table.setdefault(spun.strip().lower(), []).append(original.strip().lower())
    return {spun: tuple(originals) for spun, originals in table.items()}


@lru_cache(maxsize=1)
def shipped_synonyms() -> dict[str, tuple[str, ...]]:
    return parse_synonyms((DATA_DIR / "synonyms.tsv").read_text(encoding="utf-8"))


class Evidence(NamedTuple):
    original: str
    ratio: float
    support: int  # count of the best attested original collocation


class CollocationDetector:
    """Scores every occurrence of a spun word; see the module docstring for the ratio."""

    def __init__(
        self,
        synonyms: dict[str, tuple[str, ...]],
        data: FrequencyData,
        min_ratio: float = 30.0,
        min_count: int = 300_000,
        absent_fraction: float = 0.4,
        skip_quotes: bool = True,
        articles: bool = True,
    ) -> None:
        self.articles = articles
        self.common = common_words() if articles else frozenset()
        self.synonyms = synonyms
        self.data = data
        self.min_ratio = min_ratio
        self.min_count = min_count
        self.absent = data.cutoff * absent_fraction
        self.skip_quotes = skip_quotes
        self._left, self._right = self._candidate_neighbours()
        # Per spun word, its originals with the unigram factor c(S) / c(O) of the ratio (which
        # depends on neither neighbour), originals absent from the unigrams left out.
        self._priors: dict[str, tuple[tuple[str, float], ...]] = {}
        for spun, originals in synonyms.items():
            c_spun = data.unigrams.get(spun)
            if c_spun is None:
                c_spun = data.cutoff  # words absent from the unigram list are rare
            self._priors[spun] = tuple(
                (original, c_spun / c_orig)
                for original in originals
                if (c_orig := data.unigrams.get(original))
            )
        # The automaton holds the candidate *bigrams* ("of affect", "identical time"), so the
        # scan stops only where an unattested collocation actually occurs: a few places per
        # document instead of every occurrence of every thesaurus word.
        pairs: dict[str, list[tuple[int, int]]] = {}
        for spun, words in self._left.items():
            for word in words:
                pairs.setdefault(f"{word} {spun}", []).append((len(word) + 1, len(spun)))
        for spun, words in self._right.items():
            for word in words:
                pairs.setdefault(f"{spun} {word}", []).append((0, len(spun)))
        self._values: dict[str, _Spans] = {key: tuple(set(spans)) for key, spans in pairs.items()}
        self._empty = not pairs
        # Built on first use, unless a lexicon shares its scan first (see ``pair_with``):
        # values are (lexicon value or None, spun word spans or None).
        self._automaton: PhraseScanner[tuple[object, object]] | None = None

    def pair_with(self, lexicon: Lexicon) -> None:
        """Have ``lexicon`` find this detector's bigrams in its own pass over each document
        (``Lexicon.share_scan``): one automaton pass instead of two."""
        if self._empty or lexicon.partner is not None:
            return
        joint = lexicon.share_scan(self, self._values)
        if self._automaton is None:
            self._automaton = joint  # (finds these bigrams too: no need to build another)

    def _scanner(self) -> PhraseScanner[tuple[object, object]]:
        if self._automaton is None:
            self._automaton = PhraseScanner({key: (None, v) for key, v in self._values.items()})
        return self._automaton

    def _candidate_neighbours(self) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        """Neighbours with which a spun word forms an unattested collocation while one of its
        originals forms a common one (the precondition of a finding, see ``evidence``)."""
        spun_of: dict[str, list[str]] = {}
        for spun, originals in self.synonyms.items():
            for original in originals:
                spun_of.setdefault(original, []).append(spun)
        left: dict[str, set[str]] = {}
        right: dict[str, set[str]] = {}
        bigrams = self.data.bigrams
        for pair, count in bigrams.items():
            if count < self.min_count:
                continue
            a, _, b = pair.partition(" ")
            for spun in spun_of.get(b, ()):
                if f"{a} {spun}" not in bigrams:
                    left.setdefault(spun, set()).add(a)
            for spun in spun_of.get(a, ()):
                if f"{spun} {b}" not in bigrams:
                    right.setdefault(spun, set()).add(b)
        return left, right

    def finder(self) -> Callable[[str], tuple[Hit, ...]]:
        return self._finder

    def _finder(self, text: str) -> tuple[Hit, ...]:
        return self.find(prepare(text))

    def _count(self, left: str, right: str) -> float:
        return self.data.bigrams.get(f"{left} {right}", self.absent)

    def evidence(self, spun: str, left: str | None, right: str | None) -> Evidence | None:
        """The best original for ``spun`` between ``left`` and ``right``, if it is convincing."""
        best: Evidence | None = None
        bigrams = self.data.bigrams
        absent = self.absent
        min_count = self.min_count
        # The printed collocations are the same for every original: looked up once.
        ls = bigrams.get(f"{left} {spun}") if left else None
        rs = bigrams.get(f"{spun} {right}") if right else None
        for original, ratio in self._priors.get(spun, ()):
            support = 0
            informative = False
            unattested = False  # a side where the printed collocation is missing from the corpus
            if left:
                lo = bigrams.get(f"{left} {original}")
                if lo or ls:
                    informative = True
                    ratio *= (lo or absent) / (ls or absent)
                    if lo and lo >= min_count and not ls:
                        unattested = True
                        support = lo
            if right:
                ro = bigrams.get(f"{original} {right}")
                if ro or rs:
                    informative = True
                    ratio *= (ro or absent) / (rs or absent)
                    if ro and ro >= min_count and not rs:
                        unattested = True
                        support = max(support, ro)
            # Both conditions: the original must win overall *and* the printed word must sit in
            # a collocation the corpus never saw 100,000 times while the original's is common.
            # A frequent word beating a rarer but attested one ("the reply for") is not spin.
            if not informative or not unattested or ratio < self.min_ratio:
                continue
            if best is None or ratio > best.ratio:
                best = Evidence(original, ratio, support)
        return best

    def find(self, prep: Prepared) -> tuple[Hit, ...]:
        hits: list[Hit] = []
        norm = prep.norm
        text = prep.text
        candidates: set[tuple[int, int]] = set()
        if not self._empty:
            shared = prep.shared.get(self)
            if shared is not None:  # the lexicon's pass over the collapsed text found them
                # (already bounded and in document offsets: see _Shared)
                for first, _, spans in cast(_Shared, shared):
                    for offset, n in spans:
                        candidates.add((first + offset, first + offset + n))
            else:
                scanner = self._scanner()
                values = cast(tuple[tuple[object, _Spans | None], ...], scanner.values)
                for key, first, stop in scanner.matches(norm):
                    bigram = values[key][1]
                    if bigram is None:
                        continue  # a lexicon phrase of a shared automaton
                    if prep.is_boundary(first, stop):
                        candidates.update(
                            (first + offset, first + offset + n) for offset, n in bigram
                        )
        for start, end in sorted(candidates):
            if (end < len(norm) and norm[end] in "-'") or (start > 0 and norm[start - 1] in "-'"):
                continue  # part of a hyphenated word or a contraction
            if text[start].isupper() and not prep.at_sentence_start(start):
                continue  # a name, not a spun word
            spun = norm[start:end]
            left = _neighbour_before(prep, start)
            right = _neighbour_after(prep, end)
            # Only a neighbour that forms an unattested collocation can yield a finding: the
            # precomputed sets make the common case (nothing to see) a pair of set lookups.
            if left not in self._left.get(spun, ()) and right not in self._right.get(spun, ()):
                continue
            if self.skip_quotes and prep.in_quote(start):
                continue
            found = self.evidence(spun, left, right)
            if found is None:
                continue
            original = found.original
            if text[start].isupper():
                original = original[:1].upper() + original[1:]
            weight = min(0.8, 0.2 * math.log10(found.ratio))
            hits.append(
                Hit(
                    start,
                    end,
                    original,
                    round(weight, 3),
                    "collocation",
                    "collocation",
                    f"{_frame(left, spun, right)}: {_frame(left, found.original, right)} is "
                    f"{found.ratio:,.0f}x more likely",
                    found.ratio,
                )
            )
        if self.articles:
            by_span = {(h.start, h.end): i for i, h in enumerate(hits)}
            for art in self._article_hits(prep):
                index = by_span.get((art.start, art.end))
                if index is None:
                    hits.append(art)
                    continue
                # Two independent signs on one word: the swap left the article behind.
                col = hits[index]
                hits[index] = Hit(
                    col.start,
                    col.end,
                    col.original,
                    round(min(0.8, col.weight + 0.2), 3),
                    col.kind,
                    "collocation+article",
                    f"{col.detail}; and the article does not fit the printed word",
                    col.ratio,
                )
        return tuple(sorted(hits, key=lambda h: h.start))

    def _article_hits(self, prep: Prepared) -> list[Hit]:
        """'a essential', 'an financial': an article left behind by a word swap."""
        hits: list[Hit] = []
        text = prep.text
        for m in _ARTICLE_RE.finditer(" " + prep.norm):  # (the space shifts offsets by one)
            article, word = m.group(1), m.group(2)
            start, end = m.start(2) - 1, m.end(2) - 1
            at = m.start(1) - 1
            if text[start].isupper() or (text[at].isupper() and not prep.at_sentence_start(at)):
                continue  # a name, an acronym, "Plan A"
            if end < len(text) and (text[end].isalnum() or text[end] in "-'\u2019"):
                continue  # hyphenated or contracted: "a one-time", pronunciation unclear
            if len(word) < 3 or word in _FUNCTION_WORDS or word not in self.common:
                continue  # letters, variables, acronyms written in lower case: "an fd"
            sound = vowel_sound(word)
            if sound is None or sound == (article == "an"):
                continue
            if self.skip_quotes and prep.in_quote(start):
                continue
            fixes = [o for o in self.synonyms.get(word, ()) if vowel_sound(o) == (article == "an")]
            original = fixes[0] if fixes else None
            hits.append(
                Hit(
                    start,
                    end,
                    original,
                    # Non-native writers also slip on articles: alone it is weak evidence.
                    0.3 if original else 0.15,
                    "collocation",
                    "article",
                    f'"{article} {word}": the article fits '
                    + (
                        f'"{original}", the word a spinner replaced' if original else "another word"
                    ),
                )
            )
        return hits


_FUNCTION_WORDS = frozenset(
    [
        "and",
        "are",
        "another",
        "any",
        "all",
        "also",
        "other",
        "each",
        "every",
        "only",
        "one",
        "our",
        "out",
        "its",
        "into",
        "upon",
        "else",
        "ever",
        "even",
        "either",
        "own",
        "once",
        "or",
        "off",
        "over",
        "under",
        "unless",
        "until",
        "used",
        "using",
        "use",
        "usual",
    ]
)
# Two-consonant onsets of English words; other clusters start initialisms ("an rtl").
_ONSETS = frozenset(
    [
        "bl",
        "br",
        "ch",
        "cl",
        "cr",
        "dr",
        "dw",
        "fl",
        "fr",
        "gh",
        "gl",
        "gn",
        "gr",
        "kl",
        "kn",
        "kr",
        "ph",
        "pl",
        "pn",
        "pr",
        "ps",
        "qu",
        "rh",
        "sc",
        "sh",
        "sk",
        "sl",
        "sm",
        "sn",
        "sp",
        "sq",
        "st",
        "sv",
        "sw",
        "th",
        "tr",
        "ts",
        "tw",
        "wh",
        "wr",
    ]
)
# Only "a" before a vowel or h ("a hour") or "an" before a consonant can be a mismatch
# (vowel_sound never disagrees with the letter otherwise): most articles skip the Python loop.
_ARTICLE_RE = re.compile(r" (a(?= [aeiouh])|an(?= [b-df-hj-np-tv-z])) ([a-z]+)")


def vowel_sound(word: str) -> bool | None:
    """Whether ``word`` (lower case) starts with a vowel sound; None when unsure."""
    first = word[:1]
    if first in "aei":
        return not word.startswith(("eu", "ewe"))
    if first == "o":
        return not word.startswith(("one", "once", "ouija"))
    if first == "u":
        if word.startswith(("unin", "unim", "unident")):
            return True
        return not word.startswith(
            (
                "uni",
                "unan",
                "use",
                "usa",
                "usu",
                "uti",
                "uto",
                "ura",
                "ure",
                "uri",
                "uro",
                "uku",
                "ubi",
                "ufo",
                "uvu",
                "ukr",
            )
        )
    if first == "h":
        if word.startswith(("hour", "honest", "honor", "honour", "heir")):
            return True
        return None  # "an historic", "an herb": house styles differ
    if first == "x" or not any(v in word for v in "aeiouy"):
        return None
    if word[1:2] not in ("", *"aeiouy") and word[:2] not in _ONSETS:
        return None  # "ncurses", "html", "srgb": read letter by letter
    return False


def _frame(left: str | None, word: str, right: str | None) -> str:
    return " ".join(w for w in (left, word, right) if w)


def _neighbour_before(prep: Prepared, start: int) -> str | None:
    """The lower-case word just before ``start``; None for punctuation or a name."""
    norm = prep.norm
    i = start
    while i > 0 and norm[i - 1] == " ":
        i -= 1
    if i == 0 or not norm[i - 1].isalnum():
        return None
    j = i - 1
    while j > 0 and (
        norm[j - 1].isalnum() or (norm[j - 1] == "'" and j > 1 and norm[j - 2].isalnum())
    ):
        j -= 1
    if prep.text[j].isupper() and not prep.at_sentence_start(j):
        # Capitalised neighbours are mostly names: their bigrams say nothing about the word.
        return None
    return norm[j:i]


# A word as _neighbour_before reads one (letters and digits, inner apostrophes), after spaces.
# ([^\W_] is exactly str.isalnum.)
_WORD_AFTER = re.compile(r" *([^\W_]+(?:'[^\W_]+)*)")


def _neighbour_after(prep: Prepared, end: int) -> str | None:
    """The lower-case word just after ``end``; None for punctuation or a capitalised word."""
    m = _WORD_AFTER.match(prep.norm, end)  # (one regex call: the character loop cost 3x more)
    if m is None or prep.text[m.start(1)].isupper():
        return None
    return m.group(1)


@lru_cache(maxsize=16)
def build_detector(
    min_ratio: float = 30.0,
    min_count: int = 300_000,
    skip_quotes: bool = True,
    extra_pairs: tuple[tuple[str, str], ...] = (),
    disabled_words: tuple[str, ...] = (),
) -> CollocationDetector:
    synonyms = dict(shipped_synonyms())
    for original, spun in extra_pairs:
        key = spun.strip().lower()
        synonyms[key] = (*synonyms.get(key, ()), original.strip().lower())
    for word in disabled_words:
        synonyms.pop(word.strip().lower(), None)
    return CollocationDetector(
        synonyms, frequency_data(), min_ratio, min_count, skip_quotes=skip_quotes
    )


# --- the check -------------------------------------------------------------------------------


class CollocationParams(CheckParams):
    min_ratio: float = Field(
        100.0,
        gt=1.0,
        description=(
            "How many times more likely the original must be than the printed word between "
            "the same neighbours (the likelihood ratio in the docs) for a finding. Higher is "
            "more precise. spin.score also counts weaker evidence (its own min_ratio, 30)."
        ),
    )
    min_count: int = Field(
        300_000,
        ge=100_000,
        description=(
            "Minimum corpus count of the original collocation (left or right bigram) for a "
            "finding: the original must be an established phrase, not merely a missing bigram."
        ),
    )
    skip_quotes: bool = Field(
        True,
        description="Ignore words inside double-quoted speech (speakers' English is their own).",
    )
    extra_pairs: tuple[tuple[str, str], ...] = Field(
        (),
        description=(
            "More substitutions, as [original, spun] pairs of single words. Only bigrams that "
            "were kept when bigrams.tsv.gz was built are known: rebuild it for new words."
        ),
    )
    disabled_words: tuple[str, ...] = Field(
        (), description="Spun words of the thesaurus to ignore (e.g. domain vocabulary)."
    )

    def detector(self) -> CollocationDetector:
        # One analysis at the evidence floor serves this check and spin.score; findings are
        # then filtered by ratio (so the default configuration computes it once).
        return build_detector(
            min(self.min_ratio, EVIDENCE_FLOOR),
            self.min_count,
            self.skip_quotes,
            tuple((o, s) for o, s in self.extra_pairs),
            self.disabled_words,
        )


def collocation_hits(
    doc: Document, ctx: DocContext, detector: CollocationDetector
) -> tuple[Hit, ...]:
    lexicon = recent_lexicon()
    if lexicon is not None and lexicon.partner is None:
        detector.pair_with(lexicon)
    return ctx.derive(detector.finder())


@register
class SpinCollocation(Check[CollocationParams]):
    name = "spin.collocation"
    family = "spin"
    summary = (
        "Words that read like a spinner's synonym: the original fits its neighbours far better."
    )
    what = (
        "For each word that spinners print in place of another (a thesaurus of ~800 "
        "substitutions: officers for officials, battle for war, financial for economic, "
        "successful for in...), puts the likely original back and compares the two readings "
        "with bigram counts of the Google Web Trillion Word corpus (from the wordsegment "
        "package). It flags the word when the original is `min_ratio` times more likely "
        'between the same neighbours and forms an established collocation: "a essential '
        'juncture" (a critical), "the identical time" (the same), "sphere of affect". '
        "Needs no lexicon entry, so it catches spinners the lexicon has not seen."
    )
    why = (
        "Spinners swap words without regard to context; the resulting collocations are rare "
        "in human text. Statistical evidence generalises beyond any curated list."
    )
    example = "The talks reached a essential juncture, and on the identical time prices rose."
    passing_example = (
        "The meetings come at a critical juncture; officers and officials met at the same time."
    )
    fix = (
        "Treat as evidence of spinning (spin.score aggregates it). If a flagged word is normal "
        "in your domain, add it to `disabled_words` or raise `min_ratio`."
    )
    Params = CollocationParams

    @classmethod
    def lookup(cls, term: str) -> str:
        """The thesaurus pairs of ``term``: what it may stand for, what spinners print for it."""
        synonyms = shipped_synonyms()
        word = term.strip().lower()
        originals = synonyms.get(word, ())
        printed = sorted(spun for spun, its in synonyms.items() if word in its)
        pairs = sum(len(its) for its in synonyms.values())
        lines = [
            f"thesaurus of spin.collocation (corpusgate/data/spin/synonyms.tsv), {pairs:,} pairs"
        ]
        if originals:
            ratio = CollocationParams.model_validate({}).min_ratio
            lines += [
                "",
                f'"{word}" may stand for: ' + ", ".join(f'"{o}"' for o in originals) + ".",
                f"Flagged where one of them reads at least {ratio:g} times likelier between the "
                "same neighbours, by web bigram counts (spin.score counts it from 30).",
                f'Switch it off in a suite: disabled_words: ["{word}"] under the params of '
                "spin.collocation and spin.score.",
            ]
        if printed:
            lines += ["", f'Spinners print for "{word}": ' + ", ".join(f'"{s}"' for s in printed)]
        if not originals and not printed:
            lines += ["", nearest(word, synonyms, "in the thesaurus")]
        return "\n".join(lines)

    def run(self, doc: Document, ctx: DocContext) -> CheckOutput:
        hits = collocation_hits(doc, ctx, self.params.detector())
        # An article mismatch with no swapped word to blame (weight 0.15) counts towards
        # spin.score only: alone it is as likely a typo as a spinner.
        hits = tuple(
            h
            for h in hits
            if h.weight >= 0.2 and (h.rule != "collocation" or h.ratio >= self.params.min_ratio)
        )
        return hit_findings(self, doc, hits)
