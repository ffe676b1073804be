"""Hypothesis strategies for text that stresses textstat's tokenisation and counting rules."""

from __future__ import annotations

from hypothesis import strategies as st


def _split(words: str) -> tuple[str, ...]:
    return tuple(words.split())


ENGLISH_WORDS = _split(
    "the of and a to in is said government minister international economic development people "
    "would could reading ease difficult unbelievable rhythm syzygy hmm shh area idea every "
    "beautiful responsibility Tuesday Kazakhstan Blinken officials conference juncture "
    "approximately"
)
CONTRACTIONS = _split(
    "don't can't it's they've we'll you're I'd o'clock rock'n'roll 'tis ma'am y'all "
    "dogs' Moscow's Moscow’s isn’t 'quoted' ''s x'T Y'S it'S we'Ll"
)
NUMBERS = ("1", "42", "3.14", "1,000", "2023", "10%", "$5", "1st", "٣", "½", "4:30", "9/11")
UNICODE_WORDS = (
    "İstanbul",
    "ΑΣ",
    "Σίσυφος",
    "ΟΔΟΣ",
    "straße",
    "ﬁnance",
    "naïve",
    "café",
    "cafe\u0301",
    "Москва",
    "北京",
    "東京タワー",
    "مرحبا",
    "שלום",
    "हिन्दी",
    "ǅemal",
    "ᾈ",
    "K",  # KELVIN SIGN
    "ß",
    "ﬀ",
    "_under_score_",
    "e\u0307",
)
PUNCTUATION = tuple(".,;:!?…-—–'\"’‘“”()[]{}/\\*&%$#@^~`|<>+=")
SEPARATORS = (
    " ",
    " ",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\u00a0",
    "\u2009",
    "\u2028",
    "\x1c",
    "\r\n",
    "",
)


def _letters(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    return st.text(
        alphabet=st.characters(categories=("Lu", "Ll")), min_size=min_size, max_size=max_size
    )


TOKENS: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(ENGLISH_WORDS),
    st.sampled_from(CONTRACTIONS),
    st.sampled_from(NUMBERS),
    st.sampled_from(UNICODE_WORDS),
    st.sampled_from(PUNCTUATION),
    _letters(1, 12),
    st.text(min_size=1, max_size=6),
)


@st.composite
def token_texts(
    draw: st.DrawFn,
    tokens: st.SearchStrategy[str] = TOKENS,
    min_tokens: int = 0,
    max_tokens: int = 80,
) -> str:
    """Text assembled from words, punctuation and odd separators."""
    count = draw(st.integers(min_tokens, max_tokens))
    pieces: list[str] = []
    for _ in range(count):
        pieces.append(draw(tokens))
        pieces.append(draw(st.sampled_from((*SEPARATORS, ". ", "! ", "? ", ", ", "... "))))
    return "".join(pieces)


# Sentence terminators removed: one giant "sentence".
punctuation_free_texts = token_texts().map(
    lambda text: text.replace(".", " ").replace("!", " ").replace("?", " ")
)

long_word_texts = st.builds(
    lambda head, word, tail: f"{head} {word} {tail}",
    st.sampled_from(["", "A", "The word is"]),
    st.one_of(_letters(30, 400), st.text(min_size=30, max_size=300)),
    st.sampled_from(["", ".", "and more text follows here."]),
)

whitespace_texts = st.text(
    alphabet=st.sampled_from(
        sorted({char for sep in SEPARATORS for char in sep} | {"\v", "\f", "\u3000"})
    ),
    max_size=20,
)

# Arbitrary unicode, including surrogates-free control characters and combining marks.
any_texts = st.text(max_size=300)

# News-ish prose with many more than 100 words, to exercise Linsear's first-100-words rule.
long_texts = token_texts(
    st.one_of(
        st.sampled_from(ENGLISH_WORDS),
        st.sampled_from(CONTRACTIONS),
        st.sampled_from(PUNCTUATION),
        st.sampled_from(NUMBERS),
    ),
    min_tokens=100,
    max_tokens=240,
)
