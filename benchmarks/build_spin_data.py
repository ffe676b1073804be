"""Derive the spin checks' frequency data from the `wordsegment` package (offline).

`wordsegment` 1.3.1 (Apache-2.0, on PyPI) ships unigram and bigram counts from the Google Web
Trillion Word corpus: 333k unigrams and 286k bigrams, lower-cased (case variants of the same
bigram appear twice; they are summed here) and cut at a count of 100,000. The spin collocation
detector only needs the bigrams that contain a word of its thesaurus (synonyms.tsv), so this
script keeps those, plus the unigram counts of the thesaurus words, in a small gzip file:

    src/corpusgate/data/spin/bigrams.tsv.gz
    src/corpusgate/data/spin/common_words.txt.gz   (words the article rule may judge)
    src/corpusgate/data/spin/word_frequency.tsv.gz (how common each word is, for
                                                    spin.reworded-copy)
    src/corpusgate/data/spin/web_bigrams.tsv.gz    (how common each word pair is: which of
                                                    two aligned texts is the more idiomatic,
                                                    for spin.reworded-copy)

Run it after editing synonyms.tsv:

    /work/venv/bin/python benchmarks/build_spin_data.py

Nothing is downloaded, neither here nor at run time.
"""

from __future__ import annotations

import gzip
import math
import sys
from collections import Counter
from pathlib import Path

import wordsegment

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "corpusgate" / "data" / "spin"
COMMON_MIN = 200_000
FREQUENCY_MIN = 100_000  # ~99k words; rarer ones all read as "rare"


def read_counts(path: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            key, _, number = line.rstrip("\n").partition("\t")
            if number:
                counts[key] += int(number)
    return counts


def thesaurus_vocabulary() -> set[str]:
    vocab: set[str] = set()
    for line in (DATA / "synonyms.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("original\t"):
            continue
        original, spun = line.split("\t")[:2]
        vocab.update((original, spun))
    return vocab


def main() -> int:
    source = Path(wordsegment.__file__).resolve().parent
    unigrams = read_counts(source / "unigrams.txt")
    bigrams = read_counts(source / "bigrams.txt")
    vocab = thesaurus_vocabulary()
    kept = {
        pair: count
        for pair, count in bigrams.items()
        if any(word in vocab for word in pair.split(" ", 1))
    }
    cutoff = min(bigrams.values())
    out = DATA / "bigrams.tsv.gz"
    lines = [
        "# Derived by benchmarks/build_spin_data.py from wordsegment "
        f"{getattr(wordsegment, '__version__', '1.3.1')} (Google Web Trillion Word counts).",
        f"# cutoff\t{cutoff}",
        f"# total\t{wordsegment.Segmenter.TOTAL}",
    ]
    lines += [f"u\t{word}\t{unigrams[word]}" for word in sorted(vocab) if word in unigrams]
    lines += [f"b\t{pair}\t{count}" for pair, count in sorted(kept.items())]
    # mtime=0 keeps the file byte-identical across rebuilds of the same input.
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))
    # Common words: the article rule of spin.collocation only judges real words ("an fd" is
    # an abbreviation, not a swapped word).
    common = sorted(w for w, c in unigrams.items() if c >= COMMON_MIN and w.isalpha())
    out_words = DATA / "common_words.txt.gz"
    with open(out_words, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        header = f"# words with >= {COMMON_MIN} occurrences, from wordsegment's unigrams\n"
        handle.write((header + "\n".join(common) + "\n").encode("utf-8"))
    print(f"{len(common)} common words; {out_words.stat().st_size / 1024:.0f} KiB")
    write_classes(
        {w: c for w, c in unigrams.items() if c >= FREQUENCY_MIN and w.isalpha()},
        DATA / "word_frequency.tsv.gz",
        " ",
        f"words with >= {FREQUENCY_MIN} occurrences, from wordsegment's unigrams",
    )
    # Every bigram of the table (the cutoff is 100,000): pairs hold a space, so "|" joins them.
    write_classes(
        dict(bigrams),
        DATA / "web_bigrams.tsv.gz",
        "|",
        f"bigrams with >= {cutoff} occurrences, from wordsegment's bigrams, joined by '|'",
    )
    missing = sorted(w for w in vocab if w not in unigrams)
    print(
        f"{len(vocab)} thesaurus words, {len(kept)} of {len(bigrams)} bigrams kept, "
        f"cutoff {cutoff}; {out.stat().st_size / 1024:.0f} KiB -> {out.relative_to(ROOT)}"
    )
    if missing:
        print(f"not in the unigram list ({len(missing)}): {' '.join(missing[:40])}")
    return 0


def write_classes(counts: dict[str, int], out: Path, joiner: str, what: str) -> None:
    """Keys grouped by frequency class, ``round(10 * log10(count))``: one line per class (a
    class is all the copy checks compare, and grouping compresses far better than counts)."""
    classes: dict[int, list[str]] = {}
    for key, count in counts.items():
        classes.setdefault(round(10 * math.log10(count)), []).append(key)
    header = (
        "# frequency class (10 x log10 of the Web Trillion Word count) <TAB> the keys in it; "
        f"{what}\n"
    )
    body = "".join(f"{key}\t{joiner.join(sorted(keys))}\n" for key, keys in sorted(classes.items()))
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write((header + body).encode("utf-8"))
    total = sum(len(keys) for keys in classes.values())
    print(f"{total} keys in {len(classes)} frequency classes; {out.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    sys.exit(main())
