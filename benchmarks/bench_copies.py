"""Cost of spin.reworded-copy: per-document observation, the corpus pass, and memory.

    /work/venv/bin/python benchmarks/bench_copies.py [--sizes 2000 10000 30000]

Documents are the template news articles of ``generate_corpus.py``: they share many phrases
(same templates, same names), the hard case for candidate generation. One in a hundred gets a
spun copy in the corpus (a fixed word-swap table, as an autoblog spinner does), so the run
also reports how many planted copies are found and whether any other document is flagged.

Per document: ``observe`` (CPU time, best of 3). Corpus pass: ``Aggregate.add`` for every
document plus ``finish`` (candidate pairs, alignments), CPU time, and in a second run peak
traced memory (tracemalloc; the spool of word sequences is on disk and not counted).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
import tracemalloc

from corpusgate.checks import get_check
from corpusgate.checks.base import CorpusCheck, DocContext
from corpusgate.documents import Document
from generate_corpus import article  # this folder is on sys.path when run as a script

SWAPS = {
    "said": "stated",
    "officials": "officers",
    "last": "final",
    "economic": "financial",
    "country": "nation",
    "year": "12 months",
    "people": "individuals",
    "government": "authorities",
    "company": "firm",
    "new": "brand new",
    "first": "primary",
    "show": "present",
    "help": "assist",
    "about": "roughly",
    "percent": "p.c.",
    "expected": "anticipated",
    "but": "however",
    "also": "additionally",
}
_SWAP = re.compile(r"\b(" + "|".join(SWAPS) + r")\b")


def spin(text: str) -> str:
    return _SWAP.sub(lambda m: SWAPS[m.group(1)], text)


def corpus(size: int, seed: int = 7) -> tuple[list[Document], set[str]]:
    rng = random.Random(seed)
    docs: list[Document] = []
    planted: set[str] = set()
    for i in range(size):
        text = article(rng)["text"]
        docs.append(Document(f"doc-{i}", text, f"bench.jsonl:{i + 1}"))
        if i % 100 == 0:
            planted.add(f"spun-{i}")
            docs.append(Document(f"spun-{i}", spin(text), f"bench.jsonl:spun-{i}"))
    return docs, planted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2_000, 10_000, 30_000])
    args = parser.parse_args(argv)
    check = get_check("spin.reworded-copy")()
    assert isinstance(check, CorpusCheck)
    print("documents  observe ms/doc  corpus pass s  peak MiB  candidates  found/planted  other")
    for size in args.sizes:
        docs, planted = corpus(size)
        sample = docs[:500]
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            for doc in sample:
                check.observe(doc, DocContext(doc))
            best = min(best, (time.process_time() - start) / len(sample))
        observations = [check.observe(doc, DocContext(doc)) for doc in docs]
        start = time.process_time()
        aggregate = check.aggregate()
        for observation in observations:
            aggregate.add(observation)
        model = aggregate.finish()
        elapsed = time.process_time() - start
        # Memory in a second pass: tracemalloc slows allocation-heavy code several times over.
        tracemalloc.start()
        aggregate = check.aggregate()
        for observation in observations:
            aggregate.add(observation)
        aggregate.finish()
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        flagged = {
            doc.id
            for doc, observation in zip(docs, observations, strict=True)
            if check.judge(observation, model).findings
        }
        stats = check.corpus_statistics(model)
        print(
            f"{len(docs):>9}  {best * 1000:>13.3f}  {elapsed:>13.2f}  {peak:>8.1f}  "
            f"{stats['candidate_pairs']:>10}  {len(flagged & planted):>6}/{len(planted):<6}  "
            f"{len(flagged - planted):>5}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
