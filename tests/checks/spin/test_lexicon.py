from __future__ import annotations

import copy
import dataclasses
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpusgate.checks.spin.lexicon import (
    KINDS,
    Hit,
    Lexicon,
    LexiconError,
    PhraseScanner,
    SpinPhrase,
    build_lexicon,
    make_entry,
    parse_lexicon,
    resolve_overlaps,
    shipped_lexicon,
)
from corpusgate.checks.spin.tokens import prepare
from corpusgate.errors import SuiteError
from corpusgate.suite import parse_suite
from tests.checks.spin.helpers import (
    EVERY_ENTRY,
    check_findings_consistent,
    flagged,
    phrase_findings,
    run,
    spans,
)


def suggestions(text: str) -> dict[str, str | None]:
    return {f.text: f.suggestion for f in phrase_findings(text, **EVERY_ENTRY)}


# --- the shipped file ------------------------------------------------------------------------


def test_shipped_lexicon_is_versioned_documented_and_covers_every_kind() -> None:
    data = shipped_lexicon()
    assert data.version and data.version != "unversioned"
    assert len(data.entries) >= 1500
    kinds = {e.kind for e in data.entries}
    assert kinds == set(KINDS)
    assert {"timeunit", "outlet"} <= data.sets.keys()
    for entry in data.entries:
        assert 0.0 < entry.weight <= 1.0
        assert entry.key == " ".join(entry.key.split())
    # one compiled lexicon per parameter set, shared by the checks
    assert build_lexicon() is build_lexicon()


def test_lexicon_errors_name_the_line() -> None:
    with pytest.raises(LexiconError, match=r"x\.tsv:2"):
        parse_lexicon("spun\toriginal\tkind\nfoo\tbar\tnonsense\n", "x.tsv")
    with pytest.raises(LexiconError, match="weight"):
        make_entry("foo", "bar", "phrase", 1.5)
    with pytest.raises(LexiconError, match="context clause"):
        make_entry("foo", "bar", "context", 1.0, "around=x")
    with pytest.raises(LexiconError, match="unknown token class"):
        Lexicon([make_entry("foo", "bar", "context", 1.0, "after=<nosuchclass>")])


# --- one positive and one negative test per rule kind ------------------------------------------


def test_plain_phrase() -> None:
    assert (
        suggestions("the region the old empire saw as its sphere of affect")["sphere of affect"]
        == "sphere of influence"
    )
    assert spans("the region it saw as its sphere of influence; it may affect the talks") == []


def test_context_rule_final_only_before_a_time_unit_without_determiner() -> None:
    assert suggestions("Biden's unannounced journey to Kyiv final week")["final"] == "last"
    assert "final 12 months" in spans("Prices rose final 12 months.")
    assert (
        spans(
            "In the final week of the campaign, the final 12 months of his life and the final vote."
        )
        == []
    )


def test_context_rule_12_months() -> None:
    found = suggestions(
        "It was additionally a uncommon 12 months in which he travelled this 12 months."
    )
    assert found["12 months"] == "year"
    assert "this 12 months" in found or list(found).count("12 months") >= 1
    assert (
        spans("Revenue in the 12 months to June rose; a loan for 12 months; every 12 months.") == []
    )


def test_name_rule_is_case_sensitive() -> None:
    found = suggestions(
        "The White Home and Kazakhstan's International Ministry, a member of the Collective "
        "Safety Treaty Group, met the Carnegie Endowment for Worldwide Peace."
    )
    assert found["White Home"] == "White House"
    assert found["International Ministry"] == "Foreign Ministry"
    assert found["Collective Safety Treaty Group"] == "Collective Security Treaty Organization"
    assert found["Carnegie Endowment for Worldwide Peace"] == (
        "Carnegie Endowment for International Peace"
    )
    assert (
        spans(
            "They bought a white home near the sea. The White House and the Collective Security "
            "Treaty Organization met at the Carnegie Endowment for International Peace."
        )
        == []
    )


def test_number_and_unit_mangling() -> None:
    found = suggestions(
        "Russia led a contingent of two,500 troops; tens of 1000\u2019s of {dollars}."
    )
    assert found["two,500"] == "2,500"
    assert found["tens of 1000\u2019s"] == "tens of thousands"
    assert found["{dollars}"] == "dollars"
    assert suggestions("Unrendered {big|large|huge} spintax")["{big|large|huge}"] == "big"
    assert (
        spans(
            "A contingent of 2,500 troops in the 1990's; tens of thousands of dollars; "
            "call format({user_id}) or pass {Object} and {number|boolean} options."
        )
        == []
    )


def test_tortured_phrases_singular_and_plural() -> None:
    found = suggestions(
        "We apply counterfeit consciousness and profound learning to neural organizations."
    )
    assert found["counterfeit consciousness"] == "artificial intelligence"
    assert found["profound learning"] == "deep learning"
    assert found["neural organizations"] == "neural networks"
    assert spans("We apply artificial intelligence and deep learning to neural networks.") == []


def test_a_plural_match_reads_its_context_after_the_plural() -> None:
    # "concealed layer" (hidden layer) has no plural entry: its plural is matched from the
    # singular, and its not_after=of must read the word after the "s", not the "s"
    assert "concealed layers" not in suggestions(
        "Restorers found concealed layers of paint under the portrait."
    )
    found = suggestions("The model has three concealed layers and a softmax output.")
    assert found["concealed layers"] == "hidden layers"


def test_word_by_word_spinner_rules() -> None:
    found = suggestions("Stocks rose connected Monday arsenic well arsenic bonds, helium said.")
    assert found["connected"] == "on"
    assert found["helium"] == "he"
    assert any(k.startswith("arsenic") for k in found)
    assert (
        spans("He connected the dots. Arsenic in rice worries doctors; helium is lighter than air.")
        == []
    )


def test_pronoun_us_read_as_the_country() -> None:
    found = suggestions("Please let United States know, and tell US what you think.")
    assert found == {"United States": "us", "US": "us"}
    assert spans("The United States told US officials to help. Let the United States know.") == []


def test_phrases_match_across_whitespace_runs() -> None:
    text = "Prices rose final  12 months; the White\n\nHome agreed on the white\n home."
    found = phrase_findings(text)
    assert [f.text for f in found] == ["final  12 months", "White\n\nHome"]
    check_findings_consistent(text, found)


def test_findings_are_consistent_spans() -> None:
    text = "The conferences come at a essential juncture, in response to officers."
    findings = phrase_findings(text, **EVERY_ENTRY)
    assert findings
    check_findings_consistent(text, findings)


def test_overlapping_entries_keep_the_longest() -> None:
    found = spans("Prices rose final 12 months.")
    assert found == ["final 12 months"]


# --- extensibility from the suite --------------------------------------------------------------


def test_extra_entries_and_disabled_entries() -> None:
    text = "The firm reported robust quarterly numbers and the White Home agreed."
    assert "robust quarterly" not in spans(text)
    extra = [{"spun": "robust quarterly", "original": "strong quarterly", "weight": 0.9}]
    found = {f.text: f for f in phrase_findings(text, extra_entries=extra)}
    assert found["robust quarterly"].suggestion == "strong quarterly"
    assert found["robust quarterly"].confidence == 0.9
    assert "White Home" not in spans(text, disabled=["White Home"])
    assert spans("two,500 troops", disabled=["builtin:number-word"]) == []


def test_context_entry_from_the_suite() -> None:
    extra = [
        {
            "spun": "quarterly",
            "original": "quarterly",
            "kind": "context",
            "context": "before=robust",
        }
    ]
    assert spans("robust quarterly results", extra_entries=extra) == ["quarterly"]
    assert spans("strong quarterly results", extra_entries=extra) == []


def test_min_weight_hides_light_entries_from_findings_only() -> None:
    text = "Analysts said the outlook for the economic system in relation to safety was weak."
    light = phrase_findings(text, **EVERY_ENTRY)
    assert any(f.confidence < 0.4 for f in light)
    assert all(f.confidence >= 0.4 for f in phrase_findings(text))


def test_light_entries_are_reported_only_next_to_a_heavier_one() -> None:
    # "upwards of" (0.4) is what British, Indian and American writers print; alone it is not
    # worth a warning, next to "White Home" (1.0) it explains a spun article
    alone = "Upwards of 200 supporters braved the cold to watch the match."
    assert spans(alone) == []
    assert spans(alone, min_weight_alone=0.0) == ["Upwards of"]
    spun = alone + " A spokesman for the White Home sent his congratulations."
    assert spans(spun) == ["Upwards of", "White Home"]
    # the score still counts the light entry, reported or not
    assert run("spin.score", alone).signals["spin_weight"] == 0.4


def test_lookup_shows_an_entry_its_rule_and_how_to_switch_it_off() -> None:
    text = SpinPhrase.lookup("final 12 months")
    assert '"final 12 months" -> "last year"' in text
    assert "kind: context, weight 1" in text
    assert "never after: <det>" in text
    assert "reported wherever it matches" in text
    assert 'disabled: ["final 12 months"]' in text
    light = SpinPhrase.lookup("upwards of")
    assert "reported only next to an entry of weight 0.5 or more" in light
    assert "only before: <num> | <money>" in light
    name = SpinPhrase.lookup("White Home")
    assert "matched only with its capitals as written" in name


def test_lookup_by_original_lists_what_spinners_print_for_it() -> None:
    text = SpinPhrase.lookup("more than")
    assert 'Spinners print for "more than":' in text and '"upwards of"' in text
    assert "->" not in text  # "more than" is no entry of its own


def test_lookup_of_an_unknown_phrase_names_the_nearest() -> None:
    text = SpinPhrase.lookup("sphere of affekt")
    assert "is not a lexicon phrase" in text and '"sphere of affect"' in text
    assert "builtin:spintax" in SpinPhrase.lookup("builtin:spintax")


# --- the automaton scales -----------------------------------------------------------------------


def _synthetic(n: int) -> list:
    return [make_entry(f"zq{i} spun phrase", f"orig {i}") for i in range(n)]


def test_large_lexicon_matches_exactly_what_it_should() -> None:
    entries = _synthetic(10_000)
    lexicon = Lexicon(entries)
    assert lexicon.size == 10_000
    text = (
        "before zq17 spun phrase and zq9999 spun phrase but not zq10000 spun phrase "
        "or xzq5 spun phrase"
    )
    hits = lexicon.find(prepare(text))
    assert [text[h.start : h.end] for h in hits] == ["zq17 spun phrase", "zq9999 spun phrase"]
    assert [h.original for h in hits] == ["orig 17", "orig 9999"]


# Texts before the phrases: curly quotes (BMP, 3 UTF-8 bytes), accents (2 bytes), emoji
# (astral, 4 bytes and one code point), CJK, a combining mark, and nothing.
_NON_ASCII_PREFIXES = [
    "",
    "\u201cQuoted\u201d \u2019tis ",
    "caf\u00e9 na\u00efve r\u00e9sum\u00e9 ",
    "\U0001f600\U0001f4a5 ",
    "\u4e2d\u6587\u6587\u5b57 ",
    "e\u0301 ",
]


@pytest.mark.parametrize("prefix", _NON_ASCII_PREFIXES)
def test_scanner_offsets_are_characters_not_bytes(prefix: str) -> None:
    """ahocorasick-rs searches UTF-8 internally: the offsets it returns must be offsets into
    the Python string, whatever the width of the characters before a match."""
    scanner = PhraseScanner({"white home": "a", "home": "b", "\u00e9t\u00e9": "c"})
    text = f"{prefix}the white home \U0001f3e0 \u00e9t\u00e9 {prefix}white home"
    found = [
        (scanner.values[index], text[start:end]) for index, start, end in scanner.matches(text)
    ]
    assert found == [
        ("a", "white home"),
        ("b", "home"),
        ("c", "\u00e9t\u00e9"),
        ("a", "white home"),
        ("b", "home"),
    ]
    hits = build_lexicon().find(prepare(f"{prefix}Officials at the White Home said"))
    assert [f"{prefix}Officials at the White Home said"[h.start : h.end] for h in hits] == [
        "White Home"
    ]


def test_docs_example_and_passing_example() -> None:
    assert phrase_findings(SpinPhrase.example)
    assert SpinPhrase.passing_example is not None
    assert phrase_findings(SpinPhrase.passing_example) == []


# --- the compiled matching agrees with the rules as written ------------------------------------

_CONTEXT_TOKENS = ["week", "the", "12 months", "<num>", "<cap>", "<det>", "<weekday>", ",", "."]
_CONTEXTS = st.lists(
    st.tuples(
        st.sampled_from(["before", "after", "not_before", "not_after"]),
        st.lists(st.sampled_from([*_CONTEXT_TOKENS, "<start>", "<end>"]), min_size=1, max_size=3),
    ),
    min_size=1,
    max_size=3,
    unique_by=lambda clause: clause[0],
)
_WORDS = ["final", "Final", "week", "the", "12", "months", "Monday", "this", ",", ".", "\n\n"]


class _AsWritten:
    """A context clause read alternative by alternative, as written: the reading before clauses
    were compiled into set lookups and character pre-tests (the oracle of the tests below)."""

    nearest = None  # no pre-test: every place is read

    def __init__(self, alternatives: tuple[tuple[str, ...], ...]) -> None:
        self.alternatives = alternatives

    def match(self, lexicon: Lexicon, side: Any, before: bool) -> bool:
        norms = side.norms
        literals = {a[0] for a in self.alternatives if len(a) == 1 and a[0][:1] != "<"}
        if literals and norms and (norms[-1] if before else norms[0]) in literals:
            return True
        return any(
            lexicon._seq(a, side, before)
            for a in self.alternatives
            if len(a) > 1 or a[0][:1] == "<"
        )


def _interpreted(lexicon: Lexicon) -> Lexicon:
    """The same lexicon with every clause read alternative by alternative."""
    clone = copy.copy(lexicon)
    clone._values = {}
    for key, group in lexicon._values.items():
        entries = []
        for entry, context, _plain in group:
            if context is not None:
                clauses = tuple(
                    (_AsWritten(clause.alternatives), before, positive)
                    for clause, before, positive in context.clauses
                )
                context = dataclasses.replace(context, clauses=clauses)
            entries.append((entry, context, False))
        clone._values[key] = tuple(entries)
    clone._scanner = PhraseScanner({key: (group, None) for key, group in clone._values.items()})
    return clone


@given(_CONTEXTS, st.lists(st.sampled_from(_WORDS), max_size=14).map(" ".join))
def test_compiled_context_rules_match_as_written(
    clauses: list[tuple[str, list[str]]], text: str
) -> None:
    context = "; ".join(f"{side}={' '.join(tokens)}|zz" for side, tokens in clauses)
    try:
        entry = make_entry("final", "last", "context", 0.9, context)
    except LexiconError:
        # <start> after a phrase, <end> before one, or either inside a sequence: rejected when
        # the lexicon loads, so matching never meets them
        assert "<start>" in context or "<end>" in context
        return
    lexicon = Lexicon([entry])
    prep = prepare(f"{text} final {text}")
    assert lexicon.find(prep) == _interpreted(lexicon).find(prep)


def test_shipped_context_rules_match_as_written_on_the_examples() -> None:
    lexicon = build_lexicon()
    slow = _interpreted(lexicon)
    for text in (SpinPhrase.example, SpinPhrase.passing_example, *_SPUN_SENTENCES):
        assert lexicon.find(prepare(text)) == slow.find(prepare(text))


_SPUN_SENTENCES = (
    "The mayor mentioned on Monday that the final 12 months were hard, officers stated.",
    "It was remarked in a statement that 12 months in the past the US advised reporters so.",
    "Successful the morning, greater than 2,500 individuals connected Tuesday's march p.c.",
)


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12), st.sampled_from([0.3, 1.0]))))
def test_overlap_resolution_keeps_the_longest_then_heaviest(
    spans: list[tuple[int, int, float]],
) -> None:
    hits = [Hit(start, start + n, None, w, "phrase", "r") for start, n, w in spans]
    kept: list[Hit] = []  # the definition: greedy over (longest, heaviest, first)
    for hit in sorted(hits, key=lambda h: (h.start - h.end, -h.weight, h.start)):
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    assert resolve_overlaps(hits) == tuple(sorted(kept, key=lambda h: h.start))


@pytest.mark.parametrize(
    ("context", "message"),
    [
        ("after=<start>", "<start> can only be used in before= / not_before="),
        ("not_before=<end>", "<end> can only be used in after= / not_after="),
        ("after=week <end>", "<end> must be an alternative on its own"),
    ],
)
def test_sentence_edges_on_the_wrong_side_are_rejected_when_loading(
    context: str, message: str
) -> None:
    # The matcher would only trip over these when a document reached them, mid-run.
    with pytest.raises(LexiconError, match=re.escape(message)):
        make_entry("foo", "bar", "context", 0.5, context)
    assert make_entry("foo", "bar", "context", 0.5, "before=<start>; after=<end>|,")


@pytest.mark.parametrize(
    ("context", "message"),
    [
        ("after=<start>", "<start> can only be used in before="),
        ("after=<nosuchclass>", "unknown token class <nosuchclass>"),
        ("around=x", "unknown context clause"),
    ],
)
def test_a_suite_entry_the_matcher_cannot_read_is_a_suite_error(context: str, message: str) -> None:
    suite = (
        "name: s\nexpectations:\n  - check: spin.phrase\n    params:\n      extra_entries:\n"
        f'        - {{spun: foo bar, original: baz, kind: context, context: "{context}"}}\n'
    )
    with pytest.raises(SuiteError, match=r"s\.yml:6: .*" + re.escape(message)):
        parse_suite(suite, "s.yml")


@pytest.mark.parametrize(
    ("check", "disabled", "message"),
    [
        ("spin.phrase", "sphere of afect", "did you mean 'sphere of affect'?"),
        ("spin.score", "builtin:spintaxx", "did you mean 'builtin:spintax'?"),
        ("spin.phrase", "quarterly outlook", "'quarterly outlook' is not a lexicon phrase"),
    ],
)
def test_disabling_what_does_not_exist_is_a_suite_error(
    check: str, disabled: str, message: str
) -> None:
    """A typo in `disabled` would otherwise switch nothing off without a word."""
    suite = (
        f'name: s\nexpectations:\n  - check: {check}\n    params:\n      disabled: ["{disabled}"]\n'
    )
    with pytest.raises(SuiteError, match=r"s\.yml:5: .*disabled.*" + re.escape(message)):
        parse_suite(suite, "s.yml")


def test_a_suite_may_disable_its_own_extra_entry_and_any_shipped_spelling() -> None:
    suite = (
        "name: s\nexpectations:\n  - check: spin.phrase\n    params:\n"
        "      extra_entries: [{spun: robust quarterly, original: strong quarterly}]\n"
        '      disabled: ["Robust  Quarterly", "Sphere of Affect", "builtin:number-word"]\n'
    )
    assert parse_suite(suite, "s.yml").expectations


# --- ordinary English that real prose uses (calibrated on Wikipedia and news) -----------------

# Each of these read as spun before the lexicon was calibrated on real encyclopedia and news
# prose: the phrase is what a spinner prints, but also what people write.
ORDINARY_ENGLISH = [
    "Patients with coronary heart disease face a higher risk, the cardiologist said.",
    "Algeria, officially the People's Democratic Republic of Algeria, is in North Africa.",
    "The rat-control programme has been so successful that only isolated cases remain.",
    "St. Stephens served as the territorial capital from 1817 to 1819.",
    "If a person had an image appear for a moment after waking, it was a dream.",
    "Metaphysics studies being in the highest degree of abstraction.",
    "Sponges are made of undifferentiated cells.",
    "The bill also addresses the rising costs of transportation and fuel costs for farmers.",
    "Teachers support learning in small groups.",
    "She spoke at the Royal Institute of International Affairs in London.",
    "A commission was set up to take care of the administration of the new provinces.",
]


@pytest.mark.parametrize("text", ORDINARY_ENGLISH)
def test_ordinary_english_is_not_read_as_spun(text: str) -> None:
    assert spans(text) == []


def test_narrowed_entries_still_catch_the_spinner() -> None:
    found = suggestions(
        "The minister of International Affairs said coronary heart assault rates rose, and "
        "researchers tested deep support learning to take care of stability."
    )
    assert found["International Affairs"] == "Foreign Affairs"
    assert found["coronary heart assault"] == "heart attack"
    assert found["support learning"] == "reinforcement learning"
    assert found["to take care of"] == "to maintain"


def test_medical_english_alone_does_not_make_an_article_spun() -> None:
    """ "surgical procedure" and "medical doctors" are what WordAI-style spinners print for
    "surgery" and "doctors", and what medical writers write: weak evidence, which only an
    article with stronger spinner phrases turns into a verdict."""
    filler = " The hospital treated more patients this winter, and waiting lists grew." * 12
    clean = (
        "Medical doctors said the surgical procedure took four hours. Patients with coronary "
        "heart disease face a higher risk after any surgical procedure." + filler
    )
    spun = (
        "Medical doctors stated the surgical procedure took 4 hours final 12 months. Sufferers "
        "with coronary heart illness face the next danger after a coronary heart assault." + filler
    )
    assert not flagged(clean)
    assert flagged(spun)


def test_every_entry_without_a_context_rule_has_its_positive_and_its_negative() -> None:
    """Each of the ~4,400 shipped entries that need no context: its spun phrase in a neutral
    frame is found at its span, and the original wording in the same frame is not reported
    with that suggestion. (Entries with a context rule: test_lexicon_context.py.)"""
    frame = "Officials said that {} mattered most."
    start = frame.index("{")
    missed: list[str] = []
    flagged_originals: list[str] = []
    for entry in shipped_lexicon().entries:
        if entry.context:
            continue
        end = start + len(entry.spun)
        found = phrase_findings(frame.format(entry.spun), **EVERY_ENTRY)
        if not any(f.start <= start and end <= f.end for f in found):
            missed.append(entry.spun)
        if entry.original:
            stop = start + len(entry.original)
            clean = phrase_findings(frame.format(entry.original), **EVERY_ENTRY)
            if any(
                f.start < stop and start < f.end and f.suggestion == entry.original for f in clean
            ):
                flagged_originals.append(entry.original)
    assert missed == []
    assert flagged_originals == []


def test_every_name_entry_is_spun_only_with_its_capitals() -> None:
    """A name entry's capitals are its context ("White Home" is a mangled institution, "a white
    home" is a house): each of the ~500 name entries without a written rule, lower-cased in the
    neutral frame, is not reported with its suggestion."""
    frame = "Officials said that {} mattered most."
    start = frame.index("{")
    names = [e for e in shipped_lexicon().entries if e.kind == "name" and not e.context]
    assert len(names) > 400
    reported: list[str] = []
    for entry in names:
        lowered = entry.spun.lower()
        assert lowered != entry.spun, entry.spun
        stop = start + len(lowered)
        found = phrase_findings(frame.format(lowered), **EVERY_ENTRY)
        if any(f.start < stop and start < f.end and f.suggestion == entry.original for f in found):
            reported.append(entry.spun)
    assert reported == []
