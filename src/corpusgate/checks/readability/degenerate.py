"""readability.degenerate: text that readability formulas cannot describe."""

from __future__ import annotations

from pydantic import Field, model_validator

from corpusgate.checks.base import Check, CheckParams, DocContext, register
from corpusgate.checks.readability.examples import ORDINARY_NEWS
from corpusgate.checks.readability.features import (
    FLESCH_READING_EASE_CEILING,
    LangField,
    Profile,
    profiler,
)
from corpusgate.checks.readability.metrics import DEFAULT_LANG, longest_sentence
from corpusgate.checks.readability.textstat_compat import lang_root
from corpusgate.documents import CheckOutput, Document, Finding


class DegenerateParams(CheckParams):
    min_words: int = Field(
        50,
        ge=0,
        description=(
            "Fewer words than this (textstat's lexicon_count) is too little text for a "
            "meaningful score; Flesch recommended samples of 100 words."
        ),
    )
    min_sentences: int = Field(
        3,
        ge=0,
        description=(
            "Fewer sentences than this (textstat's sentence_count: fragments of 3+ words) is "
            "too few for an average sentence length."
        ),
    )
    max_words_per_sentence: float = Field(
        60.0,
        gt=0,
        description=(
            "Average words per sentence above this means the formulas see run-on 'sentences', "
            "usually lost punctuation or glued lists. News averages 15-25."
        ),
    )
    max_sentence_words: int = Field(
        150,
        gt=0,
        description=(
            "A single sentence (whitespace tokens up to . ! ?) longer than this is reported with "
            "its span: a list, a table or a paragraph glued without punctuation."
        ),
    )
    min_flesch_reading_ease: float = Field(
        0.0,
        description="Flesch reading ease below this is outside the formula's meaningful scale.",
    )
    max_flesch_reading_ease: float = Field(
        round(FLESCH_READING_EASE_CEILING, 2),
        description=(
            "Flesch reading ease above this is impossible for real words (the English ceiling, "
            "206.835 - 1.015 - 84.6 = 121.22, is one-word sentences of one-syllable words); "
            "it means words the dictionary gives no syllables (hmm, shh) or no words at all."
        ),
    )
    max_unknown_share: float = Field(
        0.3,
        ge=0,
        le=1,
        description=(
            "Share of words of 4+ characters found neither in the CMU dictionary nor as a "
            "plausible English form (plural, past tense, -ing, -ly, possessive, compound) above "
            "which, together with few English function words, the text is taken as not English. "
            "English news, names included, scores under 0.05."
        ),
    )
    min_function_word_share: float = Field(
        0.2,
        ge=0,
        le=1,
        description=(
            "English prose has 30-50% function words (the, of, and, to...). Text under this "
            "share with many unknown words is reported as not English; above it, it is kept as "
            "English prose with many names or terms."
        ),
    )
    min_language_words: int = Field(
        20,
        ge=1,
        description="Words of 4+ characters needed before the language is judged at all.",
    )
    lang: LangField = DEFAULT_LANG

    @model_validator(mode="after")
    def _ordered(self) -> DegenerateParams:
        if self.min_flesch_reading_ease > self.max_flesch_reading_ease:
            raise ValueError("min_flesch_reading_ease is greater than max_flesch_reading_ease")
        return self


def _share(value: float) -> str:
    return f"{value:.0%}"


@register
class ReadabilityDegenerate(Check[DegenerateParams]):
    name = "readability.degenerate"
    family = "readability"
    summary = (
        "Text that readability formulas cannot describe (no sentences, too short, not English)."
    )
    what = (
        "Documents whose readability scores are meaningless, each with its reason: no sentence "
        "punctuation at all (the formulas see one giant sentence); a single sentence longer "
        "than `max_sentence_words` (reported with its span); an average sentence longer than "
        "`max_words_per_sentence`; Flesch reading ease below 0 or above its ceiling of 121.22; "
        "fewer words or sentences than a meaningful score needs; and text that is evidently "
        "not English: many words neither in the CMU dictionary nor plausible English, and few "
        "English function words (no language-identification model or download is used)."
    )
    why = (
        "Readability formulas count sentences and syllables; they return a number for any "
        "input, however absurd: a keyword list without punctuation scores Flesch-Kincaid grade "
        "30, a German article is scored as if its words were English. Averages, budgets and "
        "outlier fences computed over such documents are wrong, and the documents themselves "
        "are usually extraction failures: lost punctuation, teasers instead of articles, "
        "another language, binary garbage."
    )
    example = (
        "cheap flights london paris deals hotels best price discount booking last minute "
        "holidays all inclusive family packages city breaks weekend getaways luxury resorts "
        "budget hostels car hire airport parking travel insurance cruise deals ski holidays "
        "beach holidays honeymoon packages group travel business class upgrade airline tickets "
        "compare prices online booking free cancellation best deals today top destinations"
    )
    passing_example = ORDINARY_NEWS
    fix = (
        "Repair the extraction (keep sentence punctuation and paragraph breaks; do not glue "
        "lists, tables or captions into the body), drop teasers and stubs, and route other "
        "languages to a suite with their own `lang`. Lower `min_words`/`min_sentences` for "
        "corpora of short items such as headlines or briefs."
    )
    Params = DegenerateParams

    def run(self, doc: Document, ctx: DocContext) -> CheckOutput:
        params = self.params
        profile: Profile = ctx.derive(profiler(params.lang))
        counts = profile.counts
        scores = profile.scores
        signals = profile.signals()
        signals["unknown_word_share"] = profile.unknown_share
        signals["function_word_share"] = profile.function_word_share
        findings: list[Finding] = []

        words, sentences = counts.words, counts.sentences
        if words < params.min_words:
            findings.append(
                self.document_finding(
                    f"too short for a readability score: lexicon_count {words} < min_words "
                    f"{params.min_words} (sentence_count {sentences})",
                    suggestion="drop teasers and stubs, or lower min_words for short items",
                )
            )
            # Formula values over a handful of words say nothing more.
            return CheckOutput(tuple(findings), signals)
        if sentences < params.min_sentences:
            findings.append(
                self.document_finding(
                    f"too few sentences for a readability score: sentence_count {sentences} < "
                    f"min_sentences {params.min_sentences} ({words} words)",
                    suggestion="keep sentence punctuation, or lower min_sentences",
                )
            )

        if counts.terminators == 0:
            findings.append(
                self.document_finding(
                    f"no sentence punctuation: the formulas read all {words} words as one "
                    "sentence (no . ! ? in the text)",
                    suggestion="keep sentence punctuation when extracting the text",
                )
            )
        elif words > params.max_sentence_words:
            # Only a text with more words than the bound can hold a sentence above it.
            start, end, tokens = longest_sentence(doc.text)
            if tokens > params.max_sentence_words:
                findings.append(
                    self.finding(
                        doc,
                        start,
                        end,
                        f"one sentence of {tokens} words (max_sentence_words "
                        f"{params.max_sentence_words}): punctuation lost or a list glued in",
                        suggestion="restore the sentence breaks in this passage",
                    )
                )
        wps = scores["words_per_sentence"]
        if wps > params.max_words_per_sentence:
            findings.append(
                self.document_finding(
                    f"words_per_sentence {wps:.1f} is above max_words_per_sentence "
                    f"{params.max_words_per_sentence:g}",
                    suggestion="look for lost sentence punctuation",
                )
            )
        fre = scores["flesch_reading_ease"]
        if fre < params.min_flesch_reading_ease:
            findings.append(
                self.document_finding(
                    f"flesch_reading_ease {fre:.1f} is below {params.min_flesch_reading_ease:g}, "
                    "outside the formula's scale",
                )
            )
        elif fre > params.max_flesch_reading_ease:
            findings.append(
                self.document_finding(
                    f"flesch_reading_ease {fre:.1f} is above the formula's ceiling "
                    f"{params.max_flesch_reading_ease:g}",
                )
            )

        if lang_root(params.lang) == "en" and counts.lexical_words >= params.min_language_words:
            unknown, function = profile.unknown_share, profile.function_word_share
            if unknown > params.max_unknown_share and function < params.min_function_word_share:
                findings.append(
                    self.document_finding(
                        f"not English: {_share(unknown)} of {counts.lexical_words} words are "
                        f"neither in the CMU dictionary nor plausible English (max_unknown_share "
                        f"{_share(params.max_unknown_share)}) and only {_share(function)} are "
                        f"English function words (min_function_word_share "
                        f"{_share(params.min_function_word_share)})",
                        suggestion="route other languages to a suite with their own lang",
                    )
                )
        return CheckOutput(tuple(findings), signals)
