"""The constants restated from textstat 0.7.13 must be textstat's own."""

from __future__ import annotations

import textstat
from textstat.backend.utils import constants

from corpusgate.checks.readability import textstat_compat


def test_pinned_version() -> None:
    assert textstat.__version__ == textstat_compat.TEXTSTAT_VERSION


def test_language_settings_are_textstats() -> None:
    assert textstat_compat.LANG_CONFIGS == constants.LANG_CONFIGS
    assert textstat_compat.RE_CONTRACTION_ENDINGS == constants.RE_CONTRACTION_ENDINGS
    assert (
        textstat_compat.NONCONTRACTION_APOSTROPHE.pattern == constants.RE_NONCONTRACTION_APOSTROPHE
    )


def test_remove_punctuation_is_textstats() -> None:
    from textstat.backend.transformations import remove_punctuation

    for text in ("It's the dogs' 'toys', isn't it?", "U.S.-led well-known ‘quote’ 're", ""):
        assert textstat_compat.remove_punctuation(text) == remove_punctuation(text, False)


def test_lang_cfg_falls_back_to_english() -> None:
    from textstat.backend.utils import get_lang_cfg

    for lang in ("en_US", "de", "pl", "xx_YY", "hu_HU"):
        for key in ("fre_base", "fre_sentence_length", "fre_syll_per_word", "syllable_threshold"):
            assert textstat_compat.lang_cfg(lang, key) == get_lang_cfg(lang, key)
