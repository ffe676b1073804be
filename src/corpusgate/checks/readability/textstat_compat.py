"""textstat 0.7.13's language settings and text transformations, restated without importing it.

Importing textstat costs ~0.45 s (it imports nltk), so the engine restates the few constants
and regular expressions it needs; ``tests/checks/readability/test_textstat_compat.py`` checks
them against the installed textstat so that a textstat upgrade cannot drift silently.
"""

from __future__ import annotations

import re

TEXTSTAT_VERSION = (0, 7, 13)

# textstat/backend/utils/constants.py
LANG_CONFIGS: dict[str, dict[str, float]] = {
    "en": {
        "fre_base": 206.835,
        "fre_sentence_length": 1.015,
        "fre_syll_per_word": 84.6,
        "syllable_threshold": 3,
    },
    "de": {"fre_base": 180, "fre_sentence_length": 1, "fre_syll_per_word": 58.5},
    "es": {"fre_base": 206.84, "fre_sentence_length": 1.02, "fre_syll_per_word": 60.0},
    "fr": {"fre_base": 207, "fre_sentence_length": 1.015, "fre_syll_per_word": 73.6},
    "it": {"fre_base": 217, "fre_sentence_length": 1.3, "fre_syll_per_word": 60.0},
    "nl": {"fre_base": 206.835, "fre_sentence_length": 0.93, "fre_syll_per_word": 77},
    "pl": {"syllable_threshold": 4},
    "ru": {"fre_base": 206.835, "fre_sentence_length": 1.3, "fre_syll_per_word": 60.1},
    "hu": {
        "fre_base": 206.835,
        "fre_sentence_length": 1.015,
        "fre_syll_per_word": 58.5,
        "syllable_threshold": 5,
    },
}

RE_CONTRACTION_ENDINGS = r"[tsd]|ve|ll|re"
# Apostrophes that do not start a contraction ending are punctuation (quotes, possessive s').
NONCONTRACTION_APOSTROPHE = re.compile(r"\'(?!" + RE_CONTRACTION_ENDINGS + ")")
PUNCTUATION_KEEP_APOSTROPHE = re.compile(r"[^\w\s\']")
PUNCTUATION_ALL = re.compile(r"[^\w\s]")
# textstat's sentence splitter: a run of non-terminators starting at a word boundary, plus the
# terminators that close it.
SENTENCE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)
WORD_CHAR = re.compile(r"\w")

DEFAULT_LANG = "en_US"
"""textstat's default language (``textstatistics.__lang``)."""


def lang_root(lang: str) -> str:
    """``en_US`` -> ``en``, as textstat's ``get_lang_root``."""
    if "_" in lang:
        return lang.split("_")[0]
    return lang


def lang_cfg(lang: str, key: str) -> float:
    """A language setting, falling back to English, as textstat's ``get_lang_cfg``."""
    config = LANG_CONFIGS.get(lang_root(lang), {})
    if key in config:
        return config[key]
    default = LANG_CONFIGS["en"]
    if key in default:
        return default[key]
    raise ValueError(f"Unknown config key {key}")


def remove_punctuation(text: str) -> str:
    """textstat's ``remove_punctuation(text, rm_apostrophe=False)`` (keeps contractions)."""
    return PUNCTUATION_KEEP_APOSTROPHE.sub("", NONCONTRACTION_APOSTROPHE.sub("", text))
