"""Validate the hand-written hard-negative clean set and print its make-up.

The set is only useful as a false-positive yardstick if every line is a well-formed
clean document of article length, so this fails loudly on anything else.
Run: python benchmarks/spin_hardneg/check_hardneg.py [path]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

FIELDS = ("id", "label", "style", "register", "source", "text")
MIN_WORDS, MAX_WORDS = 200, 600
DEFAULT = Path(__file__).with_name("hardneg.jsonl")


def check(path: Path) -> list[str]:
    errors: list[str] = []
    seen: set[str] = set()
    registers: Counter[str] = Counter()
    lengths: list[int] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: not JSON ({exc})")
            continue
        if tuple(doc) != FIELDS:
            errors.append(f"line {n}: fields {tuple(doc)} != {FIELDS}")
            continue
        if doc["id"] in seen:
            errors.append(f"line {n}: duplicate id {doc['id']}")
        seen.add(doc["id"])
        # Every document is clean, unstyled and its own source: anything else would
        # let a spun or shared-source text leak into a false-positive measurement.
        if doc["label"] != "clean" or doc["style"] != "" or doc["source"] != doc["id"]:
            errors.append(f"line {n}: label/style/source not clean/''/own id")
        words = len(doc["text"].split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            errors.append(f"line {n}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
        registers[doc["register"]] += 1
        lengths.append(words)
    for register, count in sorted(registers.items()):
        print(f"{register:24} {count}")
    if lengths:
        print(f"documents {len(lengths)}, registers {len(registers)}, ", end="")
        print(f"words min {min(lengths)} max {max(lengths)} total {sum(lengths)}")
    return errors


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    errors = check(path)
    for error in errors:
        print(error, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
