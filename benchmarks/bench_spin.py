"""Throughput of the spin checks, and lexicon matching at 1,000 vs 10,000 entries.

    /work/venv/bin/python benchmarks/bench_spin.py [--docs 600] [--rounds 3]

Documents: article-length texts (~450-1,100 words) assembled from the spin development corpus
(clean and spun) plus the shared seed article when present, each made distinct. Per document
the three checks run as the engine runs them, sharing one DocContext: spin.phrase,
spin.collocation, spin.score (which reuses the other two analyses). For reference the same
documents are scored with corpusgate's readability metrics (``corpusgate.readability.scores``,
textstat-exact), the per-document cost the spin checks must stay under.

Lexicon scaling: the same documents are matched against lexicons of 1,000 and of 10,000 entries
(the same 1,000 shipped entries, topped up with synthetic phrases, so matches are identical); one
Aho-Corasick pass per document means the time should not grow with the lexicon.

Times are CPU seconds of this process (``time.process_time``); best of ``--rounds``. Load costs
(lexicon, bigram table) are reported apart. Peak memory: tracemalloc over one pass.
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
    build_lexicon()
    lexicon_load = time.process_time() - start
    start = time.process_time()
    frequency_data()
    common_words()
    build_detector(30.0, 300_000, True, (), ())
    data_load = time.process_time() - start
    print(
        f"load: lexicon {lexicon_load * 1000:.0f} ms ({build_lexicon().size} entries), "
        f"bigrams + common words {data_load * 1000:.0f} ms"
    )

    docs = documents(args.docs)
    words = sum(prepare(t).words for t in docs)
    print(f"{len(docs)} documents, {words} words ({words / len(docs):.0f} per document)")

    spin_s = best_of(args.rounds, lambda: run_spin(docs))
    print(
        f"spin.phrase + spin.collocation + spin.score: {len(docs) / spin_s:,.0f} docs/s, "
        f"{words / spin_s / 1000:,.0f}k words/s ({spin_s / len(docs) * 1000:.2f} ms/doc)"
    )

    clean = documents(args.docs, clean_only=True)
    clean_words = sum(prepare(t).words for t in clean)
    clean_s = best_of(args.rounds, lambda: run_spin(clean))
    print(
        f"  clean documents only ({clean_words / len(clean):.0f} words each): "
        f"{len(clean) / clean_s:,.0f} docs/s ({clean_s / len(clean) * 1000:.2f} ms/doc)"
    )

    # Scraped text usually has typographic quotes, which make it non-ASCII (slower string paths).
    curly = [
        t.replace("'", "\u2019").replace(' "', " \u201c").replace('"', "\u201d") for t in clean
    ]
    curly_s = best_of(args.rounds, lambda: run_spin(curly))
    print(
        f"  clean documents with typographic quotes: {len(curly) / curly_s:,.0f} docs/s "
        f"({curly_s / len(curly) * 1000:.2f} ms/doc)"
    )

    lexicon = build_lexicon()
    lex_s = best_of(args.rounds, lambda: [lexicon.find(prepare(t)) for t in docs])
    detector = build_detector(30.0, 300_000, True, (), ())
    col_s = best_of(args.rounds, lambda: [detector.find(prepare(t)) for t in docs])
    print(
        f"  of which lexicon {lex_s / len(docs) * 1000:.2f} ms/doc, collocation "
        f"{col_s / len(docs) * 1000:.2f} ms/doc"
    )

    try:
        from corpusgate.readability import scores
    except ImportError:  # pragma: no cover - the readability engine is another helper's
        print("readability metrics not importable: reference skipped")
    else:
        read_s = best_of(args.rounds, lambda: [scores(t) for t in docs])
        print(
            f"reference, readability metrics (textstat-exact): {len(docs) / read_s:,.0f} "
            f"docs/s ({read_s / len(docs) * 1000:.2f} ms/doc); spin costs "
            f"{spin_s / read_s:.2f}x readability"
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
    tracemalloc.stop()
    print(
        f"peak traced memory during 100 documents: {peak / 2**20:.1f} MiB "
        f"(static data loaded before: lexicon, bigrams, common words)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
