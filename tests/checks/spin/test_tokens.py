from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from corpusgate.checks.spin.tokens import (
    _SINGLE_TOKEN,
    QUOTES,
    TOKEN_RE,
    _token_start,
    normalise,
    normalise_phrase,
    prepare,
    tokenize,
    word_count,
)


def test_normalise_keeps_offsets_and_straightens_quotes() -> None:
    text = "Moscow\u2019s \u201cInternational\u201d\u00a0Ministry\nsaid"
    norm = normalise(text)
    assert len(norm) == len(text)
    assert norm == 'moscow\'s "international" ministry said'


@given(st.text(max_size=200))
def test_normalise_never_changes_length(text: str) -> None:
    assert len(normalise(text)) == len(text)


# Text that mixes ASCII with the characters normalise maps (the fast path treats them apart).
_MAPPED_TEXT = st.text(
    alphabet=st.one_of(st.characters(), st.sampled_from([chr(c) for c in QUOTES])), max_size=200
)


@given(_MAPPED_TEXT)
def test_normalise_is_the_translate_table_lowered(text: str) -> None:
    # normalise avoids str.translate for speed; the result must be the table's, lower-cased
    expected = text.translate(QUOTES).lower()
    if len(expected) == len(text):
        assert normalise(text) == expected


def test_tokens_keep_numbers_abbreviations_and_possessives() -> None:
    assert tokenize(
        normalise("Two,500 U.S. troops, 1000\u2019s of Yellen\u2019s $1.25 billion")
    ) == [
        "two",
        ",",
        "500",
        "u.s.",
        "troops",
        ",",
        "1000's",
        "of",
        "yellen's",
        "$",
        "1.25",
        "billion",
    ]
    assert normalise_phrase("final  12 months") == "final 12 months"


def test_context_tokens_around_a_position() -> None:
    prep = prepare("He flew to Kyiv final week. Then home.")
    start = prep.norm.index("final")
    assert [prep.norm[a:b] for a, b in prep.spans_before(start, 2)] == ["to", "kyiv"]
    assert [prep.text[a:b] for a, b in prep.spans_after(start + len("final"), 2)] == [
        "week",
        ".",
    ]
    assert prep.at_sentence_start(prep.norm.index("then"))
    assert not prep.at_sentence_start(start)


def test_quote_detection_is_per_paragraph() -> None:
    prep = prepare('She said "the officers left" and\n"then" they went.')
    assert prep.in_quote(prep.norm.index("officers"))
    assert not prep.in_quote(prep.norm.index("they"))


# Whitespace of every kind normalise maps or keeps, around words, quotes and apostrophes.
_SPACED_TEXT = st.lists(
    st.sampled_from(
        [" ", "  ", "\n", "\t", "\u00a0", "\u2003", "\x1c", "\x85", "\u3000", "a", "Bc", "'", "."]
    ),
    max_size=40,
).map("".join)


@given(_SPACED_TEXT)
def test_word_count_from_the_collapsed_text_is_str_split(text: str) -> None:
    # Prepared counts words on the collapsed text (faster); the definition is str.split.
    assert prepare(text).words == word_count(text) == len(text.split())


@given(_SPACED_TEXT)
def test_collapsed_offsets_map_back_to_the_same_characters(text: str) -> None:
    prep = prepare(text)
    collapsed, starts, _ = prep.collapsed_runs()
    assert collapsed == re.sub("  +", " ", prep.norm)
    for offset, ch in enumerate(collapsed):
        mapped = prep.document_span(offset, offset + 1)[0]
        assert prep.norm[mapped] == ch
        if ch == " " and starts:  # a collapsed run maps to its first space
            assert mapped == 0 or prep.norm[mapped - 1] != " "


@given(
    st.lists(st.sampled_from(["a", "B", "1", ",", ".", "'", " ", "  ", "u.s.", "é"])).map("".join)
)
def test_context_tokens_read_in_one_regex_call_are_the_tokens_of_successive_calls(
    text: str,
) -> None:
    prep = prepare(text)
    for position in range(len(text) + 1):
        expected: list[tuple[int, int]] = []
        pos = position
        while len(expected) < 3:
            m = re.compile(r"\s*(" + TOKEN_RE.pattern + ")").match(prep.norm, pos)
            if m is None:
                break
            expected.append(m.span(1))
            pos = m.end(1)
        assert prep.spans_after(position, 3) == expected
        # (the lexicon's context rules read the tokens and their spans from the same match)
        tokens, spans = prep.tokens_after(position, 3)
        assert list(spans) == expected
        assert tokens == [prep.norm[a:b] for a, b in expected]
        first = prep.token_after(position)  # (the nearest-token pre-test of context rules)
        assert first == (expected[0][0] if expected else len(prep.norm))


def test_context_characters_skip_whitespace() -> None:
    prep = prepare("He said \n  final  week")
    start = prep.norm.index("final")
    assert prep.norm[prep.token_before(start) - 1] == "d"
    assert prep.norm[prep.token_after(start + len("final"))] == "w"
    assert prep.token_before(0) == 0 and prep.token_after(len(prep.norm)) == len(prep.norm)


@given(
    st.lists(st.sampled_from(["a", "1", ".", "'", ",", "(", "-", "$", "u.s.", "x"])).map("".join)
)
def test_punctuation_read_backwards_without_a_scan_is_a_token_of_its_own(text: str) -> None:
    # spans_before skips _token_start for these characters: it must say the same.
    for end in range(1, len(text) + 1):
        if text[end - 1] in _SINGLE_TOKEN:
            assert _token_start(text, end) == end - 1
