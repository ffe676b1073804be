"""Throughput and memory of the artifact checks on generated article-length documents.

    python benchmarks/bench_artifacts.py [--docs 1000] [--seed 7] [--repeat 3]

Documents come from ``generate_corpus.article`` (300-1,100 words of template news prose). A
share of them get artifacts injected (ad markers, credit and widget lines, HTML, shortcodes,
placeholders, mojibake, homoglyphs) so the detectors do their slow paths too, and a few
accented names make every text non-ASCII, which is the expensive branch of artifact.encoding.

Timed: the seven per-document checks sharing one DocContext per document (as the engine runs
them), each check alone, and artifact.repeated-line's observe -> aggregate -> judge. Times are
CPU seconds (``time.process_time``), best of ``--repeat``. Peak memory is measured in a
separate pass with tracemalloc (which slows Python down, so it is not used while timing), and
the process's max RSS is printed at the end.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpusgate.checks import all_checks  # noqa: E402
from corpusgate.checks.artifacts.repeated import RepeatedLine  # noqa: E402
from corpusgate.checks.base import Check, CorpusCheck, DocContext  # noqa: E402
from corpusgate.documents import Document  # noqa: E402
from generate_corpus import article  # noqa: E402

INJECTIONS = [
    ("prefix", "[ad_1]\n"),
    ("suffix", "\n[ad_2]\nSource link"),
    ("suffix", "\nShare this:\nFacebook\nTwitter\nRelated Posts\nSubscribe to our newsletter"),
    ("inline", " <strong>Update:</strong> the museum&#39;s&nbsp;board met. "),
    ("inline", ' [caption id="attachment_1" align="alignnone"]A photo[/caption] '),
    ("inline", " billions of {dollars} went to {fast|quick|rapid} projects "),
    ("inline", " the mayorâ€™s cafÃ© plan for Wаshington "),
    ("suffix", "\nThe post A headline appeared first on Example News."),
]
NAMES = [" (reporting by Zoë Müller in Zürich)", " said Ana São Paulo", " — Łukasz Kowalski"]


def make_corpus(count: int, seed: int, share: float) -> list[Document]:
    rng = random.Random(seed)
    docs = []
    for index in range(count):
        record = article(rng)
        text = record["text"] + rng.choice(NAMES)
        if rng.random() < share:
            where, snippet = rng.choice(INJECTIONS)
            if where == "prefix":
                text = snippet + text
            elif where == "suffix":
                text = text + snippet
            else:
                cut = text.find(". ", len(text) // 2) + 1 or len(text)
                text = text[:cut] + snippet + text[cut:]
        docs.append(Document(f"doc-{index}", text, f"bench:{index}", title=record["title"]))
    return docs


def best_of(repeat: int, work: Callable[[], Any]) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def run_all(checks: list[Check[Any]], docs: list[Document]) -> int:
    found = 0
    for doc in docs:
        ctx = DocContext(doc)
        for check in checks:
            found += len(check.run(doc, ctx).findings)
    return found


def run_repeated(check: RepeatedLine, docs: list[Document]) -> int:
    observations = [check.observe(doc, DocContext(doc)) for doc in docs]
    aggregate = check.aggregate()
    for observation in observations:
        aggregate.add(observation)
    model = aggregate.finish()
    return sum(len(check.judge(obs, model).findings) for obs in observations)


def run_family(checks: list[Check[Any]], repeated: RepeatedLine, docs: list[Document]) -> int:
    found = 0
    observations = []
    for doc in docs:
        ctx = DocContext(doc)
        for check in checks:
            found += len(check.run(doc, ctx).findings)
        observations.append(repeated.observe(doc, ctx))
    aggregate = repeated.aggregate()
    for observation in observations:
        aggregate.add(observation)
    model = aggregate.finish()
    return found + sum(len(repeated.judge(obs, model).findings) for obs in observations)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--artifact-share", type=float, default=0.3)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    docs = make_corpus(args.docs, args.seed, args.artifact_share)
    words = sum(len(doc.text.split()) for doc in docs)
    megabytes = sum(len(doc.text.encode()) for doc in docs) / 1e6
    per_document: list[Check[Any]] = [
        cls()
        for name, cls in all_checks().items()
        if cls.family == "artifact" and not issubclass(cls, CorpusCheck)
    ]
    repeated = RepeatedLine()
    print(
        f"{len(docs)} documents, {words / len(docs):.0f} words on average, {megabytes:.1f} MB; "
        f"{args.artifact_share:.0%} with injected artifacts"
    )

    run_all(per_document, docs[:50])  # warm up imports and regex caches
    seconds = best_of(args.repeat, lambda: run_all(per_document, docs))
    findings = run_all(per_document, docs)
    print(
        f"all 7 per-document checks: {len(docs) / seconds:,.0f} docs/s "
        f"({megabytes / seconds:.1f} MB/s, {findings} findings)"
    )
    for check in per_document:
        alone = best_of(args.repeat, lambda check=check: run_all([check], docs))
        print(f"  {check.name:<24} {len(docs) / alone:>9,.0f} docs/s")
    seconds_repeated = best_of(args.repeat, lambda: run_repeated(repeated, docs))
    print(
        "artifact.repeated-line observe+aggregate+judge: "
        f"{len(docs) / seconds_repeated:,.0f} docs/s "
        f"({run_repeated(repeated, docs)} findings)"
    )
    seconds_family = best_of(args.repeat, lambda: run_family(per_document, repeated, docs))
    print(
        f"whole artifact family as the engine runs it (one DocContext per document): "
        f"{len(docs) / seconds_family:,.0f} docs/s on one core"
    )

    tracemalloc.start()
    run_all(per_document, docs)
    _, peak_checks = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    baseline, _ = tracemalloc.get_traced_memory()
    run_repeated(repeated, docs)
    _, peak_repeated = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    held = (peak_repeated - baseline) / 1e6
    print(
        f"peak traced memory: per-document checks {peak_checks / 1e6:.1f} MB; "
        f"repeated-line with all {len(docs)} observations held {held:.1f} MB"
    )
    aggregate = repeated.aggregate()
    print(f"repeated-line counter capacity: {aggregate.capacity:,} entries")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"max RSS of this process: {rss:.0f} MB (includes the generated corpus)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
