"""Encoding damage: mojibake, replacement characters, control characters, homoglyph words.

Mojibake (UTF-8 bytes decoded as Windows-1252: ``â€™`` for ``’``, ``Ã©`` for ``é``) is
confirmed by ftfy, which only changes text it is confident is mis-decoded; the finding's span
is exactly the part ftfy rewrote and the suggestion is its repair. ftfy's own badness regex
costs ~1 ms per KB, so lines are only handed to it when they contain a UTF-8 lead byte's
Windows-1252/Latin-1 reading followed by a continuation byte's (``Ã`` + ``©``), which every
Latin mojibake contains and clean text almost never does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

import ftfy

from corpusgate.checks.artifacts._base import (
    MAX_FINDINGS,
    ArtifactCheck,
    ArtifactParams,
    allow_field,
    extra_patterns_field,
)
from corpusgate.checks.base import DocContext, register
from corpusgate.documents import Document, Finding

# Windows-1252 / Latin-1 readings of UTF-8 continuation bytes 0x80-0xBF.
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
# Windows-1251 readings of continuation bytes 0x80-0xBF (UTF-8 Cyrillic read as Windows-1251
# becomes "Р"/"С" + one of these: "РџСЂРёРІРµС‚" for "Привет").
_CONTINUATION_1251 = "\u0402-\u040f\u0452-\u045f\u0490\u0491\u0401\u0451\u201a-\u2122\u00a0-\u00bb"
# A lead byte (0xC2-0xF4 read as Â..ô) followed by a continuation; the same for Windows-1251
# (leads 0xD0/0xD1 read as Р/С); or the Windows-1251 reading of E2 80 (the start of every
# curly quote and dash), "вЂ".
_MOJIBAKE_HINT_RE = re.compile(rf"[\u00c2-\u00f4][{_CONTINUATION}]|[РС][{_CONTINUATION_1251}]|вЂ")
# Sequences that are mojibake even where ftfy declines to repair them (mixed encodings in
# one line): "â€" (E2 80 ...) and "Ã"/"Â" + a continuation byte.
_RESIDUAL_RE = re.compile(rf"â€[{_CONTINUATION}]?|[ÃÂ][{_CONTINUATION}]|вЂ.?")
_REPLACEMENT_RE = re.compile("\ufffd+")
# C0 and C1 controls except tab, line feed and carriage return; DEL too.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+")
_BOM = "\ufeff"
_GREEK_CYRILLIC_RE = re.compile("[\u0370-\u03ff\u0400-\u052f]")


def _chars(*ranges: tuple[int, int]) -> frozenset[str]:
    return frozenset(chr(code) for low, high in ranges for code in range(low, high + 1))


_CONTROL_CHARS = _chars((0x00, 0x08), (0x0B, 0x0C), (0x0E, 0x1F), (0x7F, 0x9F))
_LEAD_CHARS = _chars((0xC2, 0xF4)) | {"в", "Р", "С"}
_CONTINUATION_CHARS = frozenset(
    ch
    for ch in map(chr, range(0x80, 0x2200))
    if re.fullmatch(f"[{_CONTINUATION}{_CONTINUATION_1251}]", ch)
)
_GREEK_CYRILLIC_CHARS = _chars((0x370, 0x3FF), (0x400, 0x52F))
# What mis-decoded UTF-8 is made of: Latin-1, the Windows-1252 extras, and the Windows-1251
# repertoire (Cyrillic plus the same punctuation).
_RUN_CHARS = _chars((0x80, 0xFF), (0x400, 0x45F), (0x490, 0x491)) | _CONTINUATION_CHARS
_MAX_RUN_CHARS = 200


def character_set(text: str) -> frozenset[str]:
    """The distinct characters of ``text`` (a ``ctx.derive`` feature other checks may share)."""
    return frozenset(text)


# Letters that render like a Latin letter in common fonts. Deliberately narrow: Greek α, β, γ,
# μ, κ are letters scientists put next to Latin ones ("TNFα", "μm") and are not included.
_TO_LATIN = {
    # Cyrillic
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ү": "y",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "У": "Y", "Ү": "Y", "Ԛ": "Q", "Ԝ": "W",
    # Greek
    "ο": "o", "ν": "v", "ρ": "p", "ϲ": "c", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H",
    "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}  # fmt: skip
_LATIN_TO_CYRILLIC = {
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "i": "і", "j": "ј",
    "s": "ѕ", "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р",
    "C": "С", "T": "Т", "X": "Х", "I": "І", "J": "Ј", "S": "Ѕ", "Y": "У",
}  # fmt: skip
_LATIN_TO_GREEK = {
    "o": "ο", "v": "ν", "p": "ρ", "A": "Α", "B": "Β", "E": "Ε", "Z": "Ζ", "H": "Η", "I": "Ι",
    "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ", "Y": "Υ", "X": "Χ",
}  # fmt: skip
_SCRIPT_NAMES = {"L": "Latin", "C": "Cyrillic", "G": "Greek"}


def _script(ch: str) -> str:
    """'L' Latin, 'C' Cyrillic, 'G' Greek, 'O' any other letter (cheap range tests)."""
    code = ord(ch)
    if code < 0x250 or 0x1E00 <= code <= 0x1EFF or 0x2C60 <= code <= 0x2C7F:
        return "L"
    if 0x400 <= code <= 0x52F:
        return "C"
    if 0x370 <= code <= 0x3FF or 0x1F00 <= code <= 0x1FFF:
        return "G"
    return "O"


# unicodedata has no names for control characters; these are the ones people recognise.
_CONTROL_NAMES = {
    0x00: "NUL", 0x07: "BEL", 0x08: "BACKSPACE", 0x0B: "VERTICAL TAB", 0x0C: "FORM FEED",
    0x1B: "ESC", 0x7F: "DEL", 0x85: "NEXT LINE", 0xA0: "NO-BREAK SPACE",
}  # fmt: skip


def _describe_controls(run: str) -> str:
    names = []
    for ch in dict.fromkeys(run):  # unique, in order
        name = _CONTROL_NAMES.get(ord(ch))
        names.append(f"U+{ord(ch):04X} ({name})" if name else f"U+{ord(ch):04X}")
    return ", ".join(names[:3]) + (" ..." if len(names) > 3 else "")


def _run_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The maximal run of mojibake-alphabet characters around ``text[start:end]``.

    Mojibake replaces each character with two to four characters from the Latin-1 /
    Windows-1252 (or Windows-1251) repertoire, so a damaged character is such a run: "â€™",
    "Ã©", "РџСЂРёРІРµС‚". ftfy judges each run on its own, and the finding's span is exactly
    the run it repaired. Runs are capped so that ftfy's work stays linear in the text.
    """
    limit_left = max(0, start - _MAX_RUN_CHARS // 2)
    while start > limit_left and text[start - 1] in _RUN_CHARS:
        start -= 1
    limit_right = min(len(text), end + _MAX_RUN_CHARS // 2)
    while end < limit_right and text[end] in _RUN_CHARS:
        end += 1
    return start, end


class EncodingParams(ArtifactParams):
    extra_patterns: tuple[str, ...] = extra_patterns_field("encoding damage")
    allow: tuple[str, ...] = allow_field("encoding damage")


@register
class Encoding(ArtifactCheck[EncodingParams]):
    name = "artifact.encoding"
    summary = "Mojibake, U+FFFD replacement characters, control characters, homoglyph words."
    what = (
        "Text damaged by a wrong decoding or a hostile writer: mojibake (`â€™` for `’`, "
        "`Ã©` for `é`, `â€œ` for `“`; the suggestion is ftfy's repair), U+FFFD replacement "
        "characters (the original bytes are lost), C0/C1 control characters other than tab "
        "and line breaks (NUL included), stray byte-order marks, and mixed-script homoglyph "
        "words (a Latin word with a Cyrillic or Greek lookalike letter, `Wаshington` with "
        "Cyrillic `а`). Accented names (`Zürich`, `São Paulo`) and whole non-Latin words "
        "(`Москва`) are not flagged."
    )
    why = (
        "Mis-decoded text breaks tokenisation and search and is visibly broken to readers; "
        "homoglyph words evade keyword filters and deduplication and are typical of spam and "
        "spun copies."
    )
    example = "Itâ€™s a cafÃ© in Wаshington \ufffd with a NUL\x00 byte."
    passing_example = "Zürich, São Paulo and Москва: Müller’s café served crème brûlée; TNFα, 5 μm."
    fix = (
        "Decode the source with the right charset (or run ftfy.fix_text on the corpus); "
        "re-fetch documents with U+FFFD; strip control characters; map homoglyphs back to "
        "their script (the suggestion gives the word)."
    )
    Params = EncodingParams
    signal = "encoding_errors"
    extra_message = "matches the extra encoding pattern"

    def detect(self, doc: Document, ctx: DocContext) -> Iterator[Finding]:
        text = doc.text
        # One C-speed pass builds the set of distinct characters; each detector below runs its
        # regex only if a character it needs is present (most documents have none of them).
        chars = ctx.derive(character_set)
        findings: list[Finding] = []
        if not chars.isdisjoint(_CONTROL_CHARS):
            findings.extend(islice(self._controls(doc), MAX_FINDINGS))
        if not text.isascii():
            if not chars.isdisjoint(_LEAD_CHARS) and not chars.isdisjoint(_CONTINUATION_CHARS):
                findings.extend(islice(self._mojibake(doc), MAX_FINDINGS))
            if "\ufffd" in chars:
                findings.extend(islice(self._replacements(doc), MAX_FINDINGS))
            if _BOM in chars:
                findings.extend(islice(self._boms(doc), MAX_FINDINGS))
            if not chars.isdisjoint(_GREEK_CYRILLIC_CHARS):
                findings.extend(islice(self._homoglyphs(doc), MAX_FINDINGS))
        # A C1 control inside a mojibake sequence ("â€\x9d") is one problem, not two.
        findings.sort(key=lambda f: (f.start, -f.end))
        last_end = -1
        for finding in findings:
            if finding.end <= last_end and finding.start < last_end:
                continue
            last_end = max(last_end, finding.end)
            yield finding

    def _controls(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for match in _CONTROL_RE.finditer(text):
            yield self.finding(
                doc,
                match.start(),
                match.end(),
                f"control character {_describe_controls(match.group())}",
                "remove it",
            )

    def _replacements(self, doc: Document) -> Iterator[Finding]:
        for match in _REPLACEMENT_RE.finditer(doc.text):
            yield self.finding(
                doc,
                match.start(),
                match.end(),
                "U+FFFD replacement character: the original bytes were lost in decoding",
                "re-fetch or re-decode the source",
            )

    def _boms(self, doc: Document) -> Iterator[Finding]:
        start = doc.text.find(_BOM)
        while start != -1:
            yield self.finding(doc, start, start + 1, "stray byte-order mark U+FEFF", "remove it")
            start = doc.text.find(_BOM, start + 1)

    def _mojibake(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        position = 0
        for hint in _MOJIBAKE_HINT_RE.finditer(text):
            if hint.start() < position:
                continue  # inside the run judged last
            start, end = _run_around(text, hint.start(), hint.end())
            position = end
            run = text[start:end]
            fixed = ftfy.fix_encoding(run)
            if fixed != run:
                yield self.finding(
                    doc,
                    start,
                    end,
                    f"mojibake {run!r} (mis-decoded UTF-8)",
                    f'replace with "{fixed}"' if fixed else "remove it",
                )
                continue
            for match in _RESIDUAL_RE.finditer(run):
                yield self.finding(
                    doc,
                    start + match.start(),
                    start + match.end(),
                    f"mojibake {match.group()!r} (mis-decoded UTF-8; ftfy could not repair it)",
                    "re-decode the source as UTF-8",
                    confidence=0.8,
                )

    def _homoglyphs(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        n = len(text)
        position = 0
        for match in _GREEK_CYRILLIC_RE.finditer(text):
            if match.start() < position:
                continue  # inside the word examined last
            start = match.start()
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            end = match.end()
            while end < n and text[end].isalpha():
                end += 1
            position = end
            finding = self._judge_word(doc, start, end)
            if finding is not None:
                yield finding

    def _judge_word(self, doc: Document, start: int, end: int) -> Finding | None:
        word = doc.text[start:end]
        counts = {"L": 0, "C": 0, "G": 0, "O": 0}
        for ch in word:
            counts[_script(ch)] += 1
        if counts["L"] == 0 or counts["O"] or len(word) < 2:
            return None
        if counts["L"] >= counts["C"] + counts["G"]:
            majority = "L"
            foreign = [ch for ch in word if _script(ch) != "L"]
            if not all(ch in _TO_LATIN for ch in foreign):
                return None
            repaired = "".join(_TO_LATIN.get(ch, ch) for ch in word)
        else:
            majority = "C" if counts["C"] >= counts["G"] else "G"
            if counts["C"] and counts["G"]:
                return None  # three scripts in one word: not a simple lookalike swap
            table = _LATIN_TO_CYRILLIC if majority == "C" else _LATIN_TO_GREEK
            foreign = [ch for ch in word if _script(ch) == "L"]
            if not all(ch in table for ch in foreign):
                return None
            repaired = "".join(table.get(ch, ch) for ch in word)
        detail = ", ".join(
            f"{_SCRIPT_NAMES[_script(ch)]} {ch!r} (U+{ord(ch):04X})"
            for ch in dict.fromkeys(foreign)
        )
        return self.finding(
            doc,
            start,
            end,
            f"mixed-script word {word!r}: {detail} among {_SCRIPT_NAMES[majority]} letters",
            f'replace with "{repaired}"',
        )
