"""Regression floors on the spin development corpus (benchmarks/spin_dev), the blind test sets
(benchmarks/spin_blind), the legitimate versions (benchmarks/spin_versions) and the hard
negatives (benchmarks/spin_hardneg), as measured.

The development corpus is rebuilt by ``benchmarks/spin_dev/make_spun.py``;
``benchmarks/spin_eval.py`` prints the full breakdown. Floors sit a little under the measured
values so that an honest improvement never fails, while a regression in precision or recall
does. Both corpora hold every spun document's source, which spin.reworded-copy uses; the
spin.score floors are for documents judged alone.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from corpusgate.checks import get_check
from corpusgate.checks.base import CorpusCheck, DocContext, judge_corpus
from corpusgate.documents import Document
from tests.conftest import ROOT

DEV = ROOT / "benchmarks" / "spin_dev" / "dev.jsonl"
BLIND = ROOT / "benchmarks" / "spin_blind" / "blind.jsonl"
BLIND2 = ROOT / "benchmarks" / "spin_blind" / "blind2.jsonl"
BLIND3 = ROOT / "benchmarks" / "spin_blind" / "blind3.jsonl"
BLIND4 = ROOT / "benchmarks" / "spin_blind" / "blind4.jsonl"
BLIND5 = ROOT / "benchmarks" / "spin_blind" / "blind5.jsonl"
BLIND6 = ROOT / "benchmarks" / "spin_blind" / "blind6.jsonl"
BLIND7 = ROOT / "benchmarks" / "spin_blind" / "blind7.jsonl"
BLIND8 = ROOT / "benchmarks" / "spin_blind" / "blind8.jsonl"
BLIND9 = ROOT / "benchmarks" / "spin_blind" / "blind9.jsonl"
BLIND10 = ROOT / "benchmarks" / "spin_blind" / "blind10.jsonl"
BLIND11 = ROOT / "benchmarks" / "spin_blind" / "blind11.jsonl"
BLIND12 = ROOT / "benchmarks" / "spin_blind" / "blind12.jsonl"
BLIND13 = ROOT / "benchmarks" / "spin_blind" / "blind13.jsonl"
BLIND14 = ROOT / "benchmarks" / "spin_blind" / "blind14.jsonl"
BLIND15 = ROOT / "benchmarks" / "spin_blind" / "blind15.jsonl"
HARD_NEGATIVES = ROOT / "benchmarks" / "spin_hardneg" / "hardneg.jsonl"
HARD_NEGATIVES2 = ROOT / "benchmarks" / "spin_hardneg" / "hardneg2.jsonl"
HARD_NEGATIVES3 = ROOT / "benchmarks" / "spin_hardneg" / "hardneg3.jsonl"
VERSIONS = ROOT / "benchmarks" / "spin_versions" / "versions.jsonl"


def flagged_by_score(row: dict[str, str]) -> bool:
    """Whether spin.score (default parameters) calls a labelled row's text spun."""
    doc = Document(row["id"], row["text"], "labelled")
    return bool(get_check("spin.score")().run(doc, DocContext(doc)).findings)


@lru_cache(maxsize=1)
def results() -> tuple[tuple[dict[str, str], bool], ...]:
    rows = [json.loads(line) for line in DEV.open(encoding="utf-8")]
    return tuple((row, flagged_by_score(row)) for row in rows)


def rate(rows: list[tuple[dict[str, str], bool]]) -> float:
    return sum(flag for _, flag in rows) / len(rows)


def select(label: str, **where: str) -> list[tuple[dict[str, str], bool]]:
    return [
        (row, flag)
        for row, flag in results()
        if row["label"] == label and all(row.get(k) == v for k, v in where.items())
    ]


def test_no_clean_document_is_flagged() -> None:
    clean = select("clean")
    assert len(clean) >= 60
    # measured: 0 of 63 (wire copy, quotes, names, numbers, non-native English...)
    assert rate(clean) <= 1 / 20
    assert rate(select("clean", register="nonnative")) == 0.0


def test_recall_floors() -> None:
    # measured (defaults): all spun 50.4%; article-length 84.4% (held-out 80.0%); phrase,
    # WordNet, name-mangling and light phrase spinners on articles 100%, paraphrasers 57%.
    assert rate(select("spun")) >= 0.48
    assert rate(select("spun", length="article")) >= 0.82
    assert rate(select("spun", length="article", split="heldout")) >= 0.75
    for family in ("phrase", "wordnet", "names", "light"):
        assert rate(select("spun", family=family, length="article")) >= 0.95


@lru_cache(maxsize=4)
def copies(path: str) -> tuple[tuple[dict[str, str], bool], ...]:
    """spin.reworded-copy over a whole corpus: (row, flagged as a copy) per document."""
    check = get_check("spin.reworded-copy")()
    assert isinstance(check, CorpusCheck)
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]
    docs = [Document(row["id"], row["text"], f"{path}:{n}") for n, row in enumerate(rows, 1)]
    _, outputs = judge_corpus(check, docs)
    return tuple((row, bool(out.findings)) for row, out in zip(rows, outputs, strict=True))


def test_reworded_copies_of_sources_in_the_corpus() -> None:
    rows = copies(str(DEV))
    assert not any(flag for row, flag in rows if row["label"] == "clean")
    spun_articles = [
        flag for row, flag in rows if row["label"] == "spun" and row["length"] == "article"
    ]
    # measured: 41 of 45 spun articles are found as copies of their source (91.1%; 39 before
    # the idiom test joined the rarity test)
    assert sum(spun_articles) / len(spun_articles) >= 0.87


@pytest.mark.parametrize(
    ("corpus", "alone", "with_copies"),
    [
        # measured: spun articles 62.5% by spin.score alone, 87.5% with spin.reworded-copy
        # (blind.jsonl, after entries were added on seeing it: no longer blind)
        (BLIND, 0.58, 0.83),
        # measured once, before anything was tuned on it: 62.5% and 95.8%
        (BLIND2, 0.58, 0.9),
        # measured once, before anything was tuned on it: 33.3% and 56.7% (30 articles: light,
        # fluent and paraphrase spinners 0% alone). 66.7% with copies after the idiom test
        # was added, having seen it
        (BLIND3, 0.3, 0.63),
        # measured once, before anything was tuned on it: 52.5% and 67.5% (40 articles, eight
        # spinner styles: wordai and spinbot 5/5, autoblog and wordnet 4/5, spinrewriter 3/5;
        # light, fluent and paraphrase 0/5 alone)
        (BLIND4, 0.5, 0.65),
        # measured once, before anything was tuned on it: 32.5% and 75.0% (40 articles, eight
        # spinner families: autoblog-scraper and wordnet 5/5, seo-rewriter 2/5, spinnerchief
        # 1/5; spinrewriter-enl, backtranslation, light and ai-rewrite 0/5 alone); 55.0% and
        # 77.5% after the fifth pass, the attribution verbs and the thesaurus pairs (not blind);
        # 87.5% with copies once rewrites that recast sentences were judged too (not blind);
        # 52.5% alone since regional news English does not count its own "stated" (b5-10-spun,
        # an ENL copy of an Indian report, had kept the source's two "stated" as evidence)
        (BLIND5, 0.525, 0.85),
        # measured once, before anything was tuned on it: 37.5% and 65.0% (40 articles, the
        # same eight families by other tools: autoblog-scraper and wordnet 5/5, seo-rewriter
        # 4/5, spinnerchief 1/5; the other four 0/5 alone); 40.0% after the thesaurus pairs;
        # 67.5% with copies once rewrites that recast sentences were judged too (not blind)
        (BLIND6, 0.4, 0.65),
        # measured once, after every change of the fifth session: 37.5% and 57.5% (autoblog-
        # scraper and wordnet 5/5, seo-rewriter 4/5, spinnerchief 1/5, the other four 0/5);
        # 70.0% with copies once rewrites that recast sentences were judged too, 42.5% alone
        # after the sixth lexicon pass ("regarding 2.5 metres"; both not blind)
        (BLIND7, 0.4, 0.675),
        # measured once, after every change of the sixth session: 37.5% and 70.0% (autoblog-
        # scraper and wordnet 5/5, seo-rewriter 4/5, spinnerchief 1/5, the other four 0/5
        # alone); spin.reworded-copy also named 2 sources of back-translated copies (below)
        (BLIND8, 0.35, 0.675),
        # measured once, with the sixth session's final detector: 40.0% and 60.0%
        # (autoblog-scraper, wordnet and seo-rewriter 5/5, spinnerchief 1/5, the other four 0/5
        # alone); spin.reworded-copy named one clean source (below)
        (BLIND9, 0.375, 0.575),
        # measured once, with the sixth session's final detector and one narrowed name entry:
        # 47.5% and 75.0% (autoblog-scraper and wordnet 5/5, seo-rewriter 4/5, spinrewriter-enl
        # 3/5, spinnerchief 2/5, the other three 0/5 alone); 50.0% after the seventh lexicon
        # pass (not blind). Its 10 clean non-native texts: highest score 3.7, then 2.9
        (BLIND10, 0.475, 0.725),
        # measured once, after the seventh and eighth lexicon passes and the mined thesaurus
        # pairs: 47.5% and 67.5% (autoblog-scraper, wordnet and seo-rewriter 5/5, spinnerchief
        # and spinrewriter-enl 2/5, the other three 0/5 alone; the sixth session's detector:
        # 40.0%), and 1 of 40 clean flagged: b11-37, a Bangladeshi port report ("upwards of" x4,
        # "stated", "informed"); 0 since regional news English does not count those (not blind)
        (BLIND11, 0.45, 0.65),
        # measured once, with the seventh session's final detector: 46.9% and 71.9% (32 spun,
        # 32 clean: autoblog-scraper and wordnet 4/4, seo-rewriter and spinnerchief 3/4,
        # spinrewriter-enl 1/4, the other three 0/4 alone); spin.reworded-copy named one clean
        # source (below)
        (BLIND12, 0.45, 0.7),
        # measured once, with the seventh session's final detector (min_similarity 0.045
        # included): 42.5% and 67.5% (autoblog-scraper and wordnet 5/5, seo-rewriter 4/5,
        # spinnerchief 2/5, spinrewriter-enl 1/5, the other three 0/5 alone); spin.reworded-copy
        # named one clean source (below)
        (BLIND13, 0.4, 0.65),
        # measured once, with the seventh session's final detector: 42.5% and 65.0%
        # (autoblog-scraper and wordnet 5/5, seo-rewriter 4/5, spinrewriter-enl 2/5,
        # spinnerchief 1/5, the other three 0/5 alone; clean scores at most 0.9); then once
        # with the ninth lexicon pass (names with a word swapped): 45.0% (spinnerchief 2/5),
        # the rest unchanged
        (BLIND14, 0.45, 0.65),
        # measured once, with the ninth session's detector (a8c51cb): 35.0% and 65.0%
        # (autoblog-scraper and wordnet 5/5, seo-rewriter 3/5, spinnerchief 1/5, the other four
        # 0/5 alone; clean scores at most 0.9, its 11 regional and non-native texts included)
        (BLIND15, 0.35, 0.65),
    ],
    ids=[
        "blind",
        "blind2",
        "blind3",
        "blind4",
        "blind5",
        "blind6",
        "blind7",
        "blind8",
        "blind9",
        "blind10",
        "blind11",
        "blind12",
        "blind13",
        "blind14",
        "blind15",
    ],
)
def test_blind_corpus_floors(corpus: Path, alone: float, with_copies: float) -> None:
    rows = copies(str(corpus))
    clean = [(row, flag) for row, flag in rows if row["label"] == "clean"]
    articles = [
        (row, flag)
        for row, flag in rows
        if row["label"] == "spun" and row.get("length", "article") == "article"
    ]
    by_score = [(row, flagged_by_score(row)) for row, _ in articles + clean]
    # measured: no clean document flagged by spin.score today (36, 36, 30, 40 x 8, 32, 40, 40, 40;
    # blind set 11, measured once, had one: see its floor). spin.reworded-copy names three:
    # b9-07 and b13-34, sources of light spinners' copies that chose commoner words (b9-07 at
    # strength 2.37), and b12-06, a Nigerian report whose back-translation kept its length but
    # traded its rarer words ("upwards of", "commenced") for commoner ones. On blind set 8,
    # measured once, it named the sources of two back-translated copies (b8-03, b8-19), until a
    # copy had to be no more than 10% shorter than its source. A new clean name anywhere fails.
    named_clean = {row["id"] for row, flag in clean if flag}
    expected = {BLIND9: {"b9-07"}, BLIND12: {"b12-06"}, BLIND13: {"b13-34"}}
    assert named_clean == expected.get(corpus, set())
    assert not any(flag for row, flag in by_score if row["label"] == "clean")
    flagged_alone = [flag for row, flag in by_score if row["label"] == "spun"]
    assert sum(flagged_alone) / len(flagged_alone) >= alone
    either = [a or c for (_, a), (_, c) in zip(by_score, articles, strict=False)]
    assert sum(either) / len(either) >= with_copies


@pytest.mark.parametrize(
    ("corpus", "documents"),
    [
        # benchmarks/spin_hardneg: 120 clean texts of the registers a spin detector misreads
        # (regional newspaper English of 23 countries, non-native blogs and forum posts, legal
        # and tender notices, council minutes, 19th-century letters, recipes, markets wraps,
        # quote-heavy wire copy). Measured once: none flagged by spin.score (hardneg: highest
        # score 3.0, a court report, "the affidavit stated", "granted it as prayed"; hardneg2:
        # highest 1.3, no warning-level finding at all), none named a copy
        (HARD_NEGATIVES, 60),
        (HARD_NEGATIVES2, 60),
        # 60 clean web pages outside news (health, shops, community newsletters, recipes,
        # job adverts, SEO copy, non-native sellers). Measured once: none flagged (highest 3.2,
        # a heart-study write-up with "upwards of", "remarked" and "stated"), none named
        (HARD_NEGATIVES3, 60),
        # benchmarks/spin_versions: 24 pairs of legitimate versions (a press release and the
        # story written from it, a wire story and its update, a desk's reprint, a plain-English
        # edition, a magazine's formal edit, a copy editor's correction of non-native English).
        # Measured once: 1 of 48 documents named, the copy editor's correction of a non-native
        # article (te-02b: its fixes trade plain words for rarer ones, as a spinner's swaps do);
        # none since a named copy may be at most 10% shorter than its source (te-02b is 12%)
        (VERSIONS, 48),
    ],
    ids=["hardneg", "hardneg2", "hardneg3", "versions"],
)
def test_clean_sets_written_blind_are_not_called_spun(corpus: Path, documents: int) -> None:
    """Clean texts written without seeing the detector: spin.reworded-copy names none of
    them and spin.score calls none of them spun."""
    rows = copies(str(corpus))
    assert len(rows) == documents
    assert [row["id"] for row, flag in rows if flag] == []
    for row, _ in rows:
        assert not flagged_by_score(row), row["id"]


@pytest.mark.parametrize(
    ("corpus", "spun_id"),
    [
        (BLIND5, "b5-11-spun"),
        (BLIND5, "b5-40-spun"),
        (BLIND6, "b6-32-spun"),
        (BLIND8, "b8-18-spun"),
        (BLIND8, "b8-34-spun"),
    ],
)
def test_a_pairs_verdict_does_not_depend_on_corpus_order(corpus: Path, spun_id: str) -> None:
    """Pairs whose word alignment comes out differently when the two texts are swapped (the
    patience diff is not exactly symmetric): named a copy one way, ambiguous or not reworded
    the other, until pairs were aligned in an order the texts themselves fix."""
    rows = {row["id"]: row for row in map(json.loads, corpus.read_text("utf-8").splitlines())}
    spun = rows[spun_id]
    source = rows[spun["source"]]
    check = get_check("spin.reworded-copy")()
    assert isinstance(check, CorpusCheck)
    verdicts = []
    for order in ((source, spun), (spun, source)):
        docs = [Document(row["id"], row["text"], f"c:{row['id']}") for row in order]
        model, outputs = judge_corpus(check, docs)
        named = {doc.id for doc, out in zip(docs, outputs, strict=True) if out.findings}
        verdicts.append((named, model.ambiguous_pairs))
    assert verdicts[0] == verdicts[1]
