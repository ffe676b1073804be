from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from corpusgate.checks.spin.tokens import QUOTES, normalise, normalise_phrase, prepare, tokenize


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
    assert [t.norm for t in prep.tokens_before(start, 2)] == ["to", "kyiv"]
    assert [t.raw for t in prep.tokens_after(start + len("final"), 2)] == ["week", "."]
    assert prep.at_sentence_start(prep.norm.index("then"))
    assert not prep.at_sentence_start(start)


def test_quote_detection_is_per_paragraph() -> None:
    prep = prepare('She said "the officers left" and\n"then" they went.')
    assert prep.in_quote(prep.norm.index("officers"))
    assert not prep.in_quote(prep.norm.index("they"))
