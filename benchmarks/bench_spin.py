"""Throughput of the spin checks, and lexicon matching at 1,000 vs 10,000 entries.

    /work/venv/bin/python benchmarks/bench_spin.py [--docs 600] [--rounds 3]

Documents: article-length texts (~450-1,100 words) assembled from the spin development corpus
(clean and spun) plus the shared seed article when present, each made distinct. Per document
the three checks run as the engine runs them, sharing one DocContext: spin.phrase,
spin.collocation, spin.score (which reuses the other two analyses); the lexicon's automaton
pass also finds the collocation detector's bigrams. For reference the same
documents are scored with corpusgate's readability metrics (``corpusgate.readability.scores``,
textstat-exact), the per-document cost the spin checks must stay under.

Lexicon scaling: the same documents are matched against lexicons of 1,000 and of 10,000 entries
(the same 1,000 shipped entries, topped up with synthetic phrases, so matches are identical); one
Aho-Corasick pass per document means the time should not grow with the lexicon.

Hostile inputs (one 100 KB and one 400 KB line: a repeated character, spaces only, no spaces,
a lexicon phrase on every word) show that the cost grows linearly.

Times are CPU seconds of this process (``time.process_time``); best of ``--rounds``, spin and
readability measured back to back on the same documents, so compare the ratios of one run (the
machine is shared; readability's word cache is warm after the first round, as in a long
run). Load costs (lexicon, bigram table, the automaton both detectors share) are
reported apart. Peak memory: tracemalloc over one pass.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from corpusgate.checks import get_check
from corpusgate.checks.base import DocContext
from corpusgate.checks.spin.collocation import build_detector, common_words, frequency_data
from corpusgate.checks.spin.lexicon import Lexicon, build_lexicon, make_entry, shipped_lexicon
from corpusgate.checks.spin.tokens import prepare
from corpusgate.documents import Document

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "benchmarks" / "spin_dev" / "dev.jsonl"
SEED = ROOT.parent / "shared" / "data" / "realworld" / "seed_article.txt"


def documents(n: int, seed: int = 7, clean_only: bool = False) -> list[str]:
    rng = random.Random(seed)
    rows = [json.loads(line) for line in DEV.open(encoding="utf-8")]
    texts = [r["text"] for r in rows if not clean_only or r["label"] == "clean"]
    if SEED.is_file() and not clean_only:
        texts.append(SEED.read_text(encoding="utf-8"))
    docs = []
    for i in range(n):
        parts = rng.sample(texts, k=rng.randint(2, 5))
        docs.append(f"Story {i}.\n\n" + "\n\n".join(parts))
    return docs


def best_of(rounds: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def run_spin(docs: list[str]) -> None:
    checks = [get_check(n)() for n in ("spin.phrase", "spin.collocation", "spin.score")]
    for i, text in enumerate(docs):
        doc = Document(str(i), text, "bench")
        ctx = DocContext(doc)
        for check in checks:
            check.run(doc, ctx)


def scaled_lexicon(size: int, real_entries: int = 1_000) -> Lexicon:
    # The same real entries in every size (so the same matches); synthetic phrases fill up.
    real = shipped_lexicon().entries[:real_entries]
    synthetic = [
        make_entry(f"zq{i} synthetic spun phrase {i % 97}", f"original {i}")
        for i in range(size - len(real))
    ]
    return Lexicon([*real, *synthetic], shipped_lexicon().sets)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)

    start = time.process_time()
    lexicon = build_lexicon((), ())  # (the arguments the checks call it with: same cache entry)
    lexicon_load = time.process_time() - start
    start = time.process_time()
    frequency_data()
    common_words()
    detector = build_detector(30.0, 300_000, True, (), ())
    data_load = time.process_time() - start
    start = time.process_time()
    detector.pair_with(lexicon)  # one automaton for both phrase lists (the checks do this)
    pair_load = time.process_time() - start
    print(
        f"load: lexicon {lexicon_load * 1000:.0f} ms ({lexicon.size} entries), "
        f"bigrams + common words {data_load * 1000:.0f} ms, shared automaton "
        f"{pair_load * 1000:.0f} ms"
    )

    try:
        from corpusgate.readability import scores
    except ImportError:  # pragma: no cover - the readability engine is another helper's
        scores = None
        print("readability metrics not importable: reference skipped")

    def versus(label: str, texts: list[str]) -> None:
        """Spin checks and the readability reference on the same documents, interleaved."""
        words = sum(prepare(t).words for t in texts)
        spin_s = best_of(args.rounds, lambda: run_spin(texts))
        line = (
            f"{label} ({words / len(texts):.0f} words each): spin {len(texts) / spin_s:,.0f} "
            f"docs/s, {spin_s / len(texts) * 1000:.3f} ms/doc"
        )
        if scores is not None:
            read_s = best_of(args.rounds, lambda: [scores(t) for t in texts])
            line += (
                f"; readability {read_s / len(texts) * 1000:.3f} ms/doc; spin = "
                f"{spin_s / read_s:.2f}x readability"
            )
        print(line)

    docs = documents(args.docs)
    run_spin(docs[:20])  # (pairs the collocation detector with the lexicon, warms caches)
    versus("mixed documents", docs)
    clean = documents(args.docs, clean_only=True)
    versus("clean documents", clean)
    # Scraped text usually has typographic quotes, which make it non-ASCII (slower string paths).
    curly = [
        t.replace("'", "\u2019").replace(' "', " \u201c").replace('"', "\u201d") for t in clean
    ]
    versus("clean, typographic quotes", curly)

    lex_s = best_of(args.rounds, lambda: [lexicon.find(prepare(t)) for t in docs])
    col_s = best_of(
        args.rounds,
        lambda: [(lexicon.find(p), detector.find(p)) for p in map(prepare, docs)],
    )
    print(
        f"  mixed, of which the lexicon with the shared automaton pass "
        f"{lex_s / len(docs) * 1000:.3f} ms/doc, the collocation analysis "
        f"{(col_s - lex_s) / len(docs) * 1000:.3f} ms/doc"
    )

    # Hostile inputs: one long line each; time must grow linearly with the size.
    for name, unit in (
        ("one repeated character", "a"),
        ("spaces only", " "),
        ("no spaces", "officers-battle,u.s.{x|y}"),
        ("a phrase on every word", "final week mentioned "),
    ):
        timings = []
        for size in (100_000, 400_000):
            text = (unit * (size // len(unit) + 1))[:size]
            timings.append(best_of(1, lambda text=text: run_spin([text])))
        print(
            f"hostile, {name}: 100 KB {timings[0] * 1000:.0f} ms, 400 KB "
            f"{timings[1] * 1000:.0f} ms ({timings[1] / max(timings[0], 1e-9):.1f}x for 4x)"
        )

    for size in (1_000, 10_000):
        lx = scaled_lexicon(size)
        seconds = best_of(args.rounds, lambda lx=lx: [lx.find(prepare(t)) for t in docs])
        print(
            f"lexicon of {lx.size:>6,} entries: {seconds / len(docs) * 1000:.3f} ms/doc "
            f"({len(docs) / seconds:,.0f} docs/s)"
        )

    tracemalloc.start()
    run_spin(docs[: min(100, len(docs))])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    run_spin(["final week mentioned " * 20_000])
    _, hostile_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"peak traced memory: {peak / 2**20:.1f} MiB during 100 documents, "
        f"{hostile_peak / 2**20:.1f} MiB for one 420 KB document of phrases "
        f"(static data loaded before: lexicon, bigrams, common words)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
