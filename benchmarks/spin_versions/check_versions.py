"""Validate versions.jsonl and print a per-kind summary (words and pair overlap).

Overlap is the longest common subsequence of lower-cased words divided by the word count of
the shorter text of the pair: the share of the shorter version that reappears, in the same
order, in the other. It is the figure the set was written to keep realistic (roughly 40-85%),
so it is printed rather than asserted.

Run: python benchmarks/spin_versions/check_versions.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

PATH = Path(__file__).with_name("versions.jsonl")
FIELDS = {"id", "label", "kind", "register", "source", "text"}
PAIRS_PER_KIND = {
    "press-release": 6,
    "wire-update": 4,
    "desk-edit": 4,
    "plain-english": 3,
    "formal-edit": 3,
    "statement-report": 2,
    "translation-edit": 2,
}
MIN_WORDS, MAX_WORDS = 250, 650
WORD = re.compile(r"[A-Za-z0-9'’-]+")


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def lcs(a: list[str], b: list[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def main() -> int:
    docs = [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines()]
    errors: list[str] = []
    by_id: dict[str, dict[str, str]] = {}
    for d in docs:
        if set(d) != FIELDS:
            errors.append(f"{d.get('id')}: fields {sorted(d)}")
        if d["id"] in by_id:
            errors.append(f"{d['id']}: duplicate id")
        by_id[d["id"]] = d
        if d["label"] != "clean":
            errors.append(f"{d['id']}: label {d['label']!r}")
        n = len(words(d["text"]))
        if not MIN_WORDS <= n <= MAX_WORDS:
            errors.append(f"{d['id']}: {n} words")
    rows: dict[str, list[tuple[int, int, float]]] = defaultdict(list)
    for d in docs:
        src = by_id.get(d["source"])
        if src is None:
            errors.append(f"{d['id']}: source {d['source']!r} not in file")
            continue
        if src is d:
            continue
        if src["source"] != src["id"] or src["kind"] != d["kind"]:
            errors.append(f"{d['id']}: source {src['id']} is not the first text of a pair")
            continue
        a, b = words(src["text"]), words(d["text"])
        rows[d["kind"]].append((len(a), len(b), lcs(a, b) / min(len(a), len(b))))
    for kind, want in PAIRS_PER_KIND.items():
        if len(rows[kind]) != want:
            errors.append(f"{kind}: {len(rows[kind])} pairs, expected {want}")
    print(
        f"{'kind':18} {'pairs':>5} {'words min':>9} {'words max':>9} {'overlap min':>11} {'max':>5}"
    )
    for kind in PAIRS_PER_KIND:
        r = rows[kind]
        if not r:
            continue
        lengths = [n for t in r for n in t[:2]]
        ov = [t[2] for t in r]
        print(
            f"{kind:18} {len(r):5} {min(lengths):9} {max(lengths):9} {min(ov):11.2f} {max(ov):5.2f}"
        )
    print(f"{len(docs)} documents, {sum(len(r) for r in rows.values())} pairs")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
