"""artifact.encoding: mojibake, U+FFFD, control characters, homoglyph words."""

from __future__ import annotations

import pytest

from corpusgate.checks.artifacts.encoding import Encoding
from tests.checks.artifacts.helpers import findings, flagged, run

ENCODING = Encoding()


def test_encoding_documented_examples() -> None:
    assert flagged(ENCODING, Encoding.example) == ["â€™", "Ã©", "Wаshington", "\ufffd", "\x00"]
    assert Encoding.passing_example is not None
    assert flagged(ENCODING, Encoding.passing_example) == []


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("It\u00e2\u20ac\u2122s", "’"),
        ("caf\u00c3\u00a9", "é"),
        ("\u00e2\u20ac\u0153Hello", "“"),
        ("S\u00c3\u00a3o Paulo", "ã"),
        ("M\u00c3\u00bcller", "ü"),
        ("\u00c2\u00a3100", "£"),
        ("then \u00e2\u20ac\u201d now", "—"),
        # UTF-8 Cyrillic read as Windows-1251
        ("\u0420\u045f\u0421\u0402\u0420\u0451\u0420\u0406\u0420\u00b5\u0421\u201a", "Привет"),
    ],
)
def test_mojibake_is_flagged_with_ftfy_repair(damaged: str, repaired: str) -> None:
    text = f"The mayor said {damaged} was fine."
    result = findings(ENCODING, text)
    assert len(result) == 1
    assert result[0].suggestion == f'replace with "{repaired}"'
    # The span is exactly the damaged part: replacing it with the suggestion repairs the text.
    fixed = text[: result[0].start] + repaired + text[result[0].end :]
    assert fixed == f"The mayor said {damaged.replace(result[0].text, repaired)} was fine."
    assert "\u00e2\u20ac" not in fixed and "\u00c3" not in fixed and "\u00c2" not in fixed


def test_mojibake_with_c1_control_is_one_finding() -> None:
    text = "\u00e2\u20ac\u0153Quoted\u00e2\u20ac\x9d she said"
    result = findings(ENCODING, text)
    assert [f.text for f in result] == ["\u00e2\u20ac\u0153", "\u00e2\u20ac\x9d"]
    assert [f.suggestion for f in result] == ['replace with "“"', 'replace with "”"']


def test_replacement_characters_are_flagged_as_one_run() -> None:
    text = "The price was \ufffd\ufffd100 and \ufffd."
    assert flagged(ENCODING, text) == ["\ufffd\ufffd", "\ufffd"]


@pytest.mark.parametrize(
    "char", ["\x00", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9f"]
)
def test_control_characters_are_flagged(char: str) -> None:
    text = f"The council{char} met."
    result = findings(ENCODING, text)
    assert [(f.start, f.text) for f in result] == [(11, char)]
    assert f"U+{ord(char):04X}" in result[0].message


def test_nul_is_named() -> None:
    (finding,) = findings(ENCODING, "a\x00b")
    assert "NUL" in finding.message


def test_tabs_and_line_breaks_are_not_controls() -> None:
    assert flagged(ENCODING, "a\tb\nc\r\nd\re") == []


def test_stray_byte_order_mark() -> None:
    assert flagged(ENCODING, "Text\ufeff here") == ["\ufeff"]


@pytest.mark.parametrize(
    ("word", "repaired"),
    [
        ("W\u0430shington", "Washington"),  # Cyrillic а
        ("\u0420aris", "Paris"),  # Cyrillic Р
        ("G\u03bfogle", "Google"),  # Greek ο
        ("appl\u0435", "apple"),  # Cyrillic е
        (
            "\u041c\u043e\u0441\u043a\u0432a",
            "\u041c\u043e\u0441\u043a\u0432\u0430",
        ),  # Latin a in Москва
    ],
)
def test_homoglyph_words_are_flagged(word: str, repaired: str) -> None:
    text = f"Officials in {word} said on Monday."
    (finding,) = findings(ENCODING, text)
    assert finding.text == word
    assert finding.suggestion == f'replace with "{repaired}"'
    assert "mixed-script word" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Zürich, Müller, São Paulo, Kraków, Łódź, Dvořák, İstanbul and Ærø.",
        "Москва and Київ are capitals; Αθήνα is in Ελλάδα.",
        "Рівне, Сімферополь, Сёмга and Рєпін: Ukrainian and Russian names.",
        "¿Qué pasa? ¡Hola! «Bonjour», dit-il. Straße, Fußball, Nguyễn Tấn Dũng.",
        "The TNFα inhibitor, 5 μm, β-blockers and IFNγ levels.",
        "Prices: £100, €50, ½ cup, 50°C ±2, ©2023 Acme™, café—the end.",
        "“Quoted” — dash – en … ellipsis ‘single’ Türkiye’s Erdoğan.",
        "日本語のテキスト and عربي text and हिन्दी text.",
        "Ma€stro and naïve résumé coöperate; é» then.",
    ],
)
def test_clean_multilingual_text_is_not_flagged(text: str) -> None:
    assert flagged(ENCODING, text) == []


def test_signal_counts_findings() -> None:
    assert run(ENCODING, "a\x00b \ufffd").signals == {"encoding_errors": 2.0}
