"""spin.reworded-copy: a spun copy of another document of the same corpus."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpusgate.checks.base import judge_corpus
from corpusgate.checks.spin.copies import (
    Alignment,
    CopiesModel,
    RewordedCopy,
    RewordedCopyParams,
    Text,
    _opcodes,
    _words,
    align,
    bigram_classes,
    frequency_classes,
    house_style_key,
    judge_pair,
    observe_text,
)
from corpusgate.documents import Document
from corpusgate.engine import run_suite
from corpusgate.expectations import evaluate
from corpusgate.suite import parse_suite
from tests.conftest import ROOT

SOURCE = (
    "The city council voted on Tuesday to expand the bus network along the eastern ring road, "
    "a plan that officials said would cut travel times for thousands of commuters. The first "
    "new routes will open in March, and the remaining lines are expected to start before the "
    "end of the year. The project will cost about 40 million dollars, most of it from a "
    "national transport fund. Several members of the council argued that the money would be "
    "better spent on repairing old roads, but the proposal passed by nine votes to four. The "
    "mayor said the vote was a big step for a city that has grown quickly over the last "
    "decade. Residents who live near the new stops said they were happy with the plan, "
    "although some shop owners worried about parking. Work on the new shelters will begin "
    "next month, the council said in a statement."
)
# The same article through an autoblog spinner: same frame, rarer words.
SPUN = (
    "The town council voted on Tuesday to broaden the bus community alongside the jap ring "
    "highway, a plan that officers stated would minimize journey occasions for 1000's of "
    "commuters. The primary new routes will open in March, and the remaining traces are "
    "anticipated to begin earlier than the tip of the 12 months. The venture will price about "
    "40 million {dollars}, most of it from a nationwide transport fund. A number of members "
    "of the council argued that the cash could be higher spent on repairing outdated roads, "
    "however the proposal handed by 9 votes to 4. The mayor stated the vote was a giant step "
    "for a metropolis that has grown shortly during the last decade. Residents who reside "
    "close to the brand new stops stated they had been completely satisfied with the plan, "
    "though some store homeowners fearful about parking. Work on the brand new shelters will "
    "start subsequent month, the council stated in an announcement."
)
UNRELATED = (
    "Farmers in the northern valleys began the wheat harvest early this year after a dry and "
    "unusually warm spring, and agronomists expect yields to fall by a tenth. The regional "
    "grain board said storage was not a concern, since last year's stocks were sold before "
    "the winter. Several cooperatives have asked the ministry for help with diesel prices, "
    "which rose sharply in the spring. An official at the ministry said a decision would be "
    "made by the end of the month, after talks with the banks. Prices for bread in the capital "
    "have already risen twice since January, and bakers warn of a third increase if the "
    "harvest is as poor as feared. Rain is forecast for the weekend, too late for most fields "
    "but welcome for the orchards in the south."
)
# A second edition of SOURCE: a sentence cut, a paragraph added, a figure corrected.
UPDATED = (
    SOURCE.replace("about 40 million dollars", "about 42 million dollars").replace(
        " Residents who live near the new stops said they were happy with the plan, although "
        "some shop owners worried about parking.",
        "",
    )
    + " On Wednesday the transport minister welcomed the decision and promised that the "
    "ministry would pay for two more electric buses if the first routes proved popular with "
    "passengers in the eastern districts."
)
EXCERPT = SOURCE[: SOURCE.index(" Several members")]


def run_corpus(texts: dict[str, str], **params: Any) -> tuple[dict[str, list[str]], CopiesModel]:
    check = RewordedCopy.from_mapping(params)
    docs = [
        Document(name, text, f"corpus.jsonl:{number}")
        for number, (name, text) in enumerate(texts.items(), 1)
    ]
    model, outputs = judge_corpus(check, docs)
    assert isinstance(model, CopiesModel)
    messages = {
        doc.id: [f.message for f in output.findings]
        for doc, output in zip(docs, outputs, strict=True)
    }
    return messages, model


def test_the_spun_copy_is_flagged_and_names_its_source() -> None:
    messages, model = run_corpus({"source": SOURCE, "spun": SPUN, "other": UNRELATED})
    assert messages["source"] == [] and messages["other"] == []
    (message,) = messages["spun"]
    assert message.startswith("reworded copy of 'source' (corpus.jsonl:1)")
    examples = re.findall(r'"([^"]+)" for "([^"]+)"', message)
    assert len(examples) >= 3
    for spun_words, source_words in examples:  # real swaps, copy's word first
        assert spun_words in SPUN and source_words in SOURCE
        assert spun_words not in SOURCE.split()
    stats = RewordedCopy().corpus_statistics(model)
    assert stats["reworded_copies"] == 1
    assert stats["documents_compared"] == 3


def test_direction_does_not_depend_on_corpus_order() -> None:
    messages, _ = run_corpus({"spun": SPUN, "source": SOURCE})
    assert messages["source"] == []
    assert messages["spun"] and "reworded copy of 'source'" in messages["spun"][0]


@pytest.mark.parametrize(
    "variant",
    [SOURCE, UPDATED, EXCERPT, "Breaking: " + SOURCE + " Share this story."],
    ids=["verbatim", "updated", "excerpt", "chrome"],
)
def test_copies_that_are_not_spun_are_not_flagged(variant: str) -> None:
    messages, _ = run_corpus({"source": SOURCE, "variant": variant})
    assert messages == {"source": [], "variant": []}


def test_swaps_that_go_both_ways_are_ambiguous_not_flagged() -> None:
    # An editor's pass: some words made plainer, as many made fancier.
    edited = (
        SOURCE.replace("start before", "commence before")  # fancier...
        .replace("quickly", "rapidly")
        .replace("happy", "glad")
        .replace("worried", "fretted")
        .replace("of commuters", "of people")  # ... and plainer
        .replace("remaining lines", "other lines")
        .replace("the proposal", "the plan")
        .replace("last decade", "last ten years")
    )
    messages, model = run_corpus({"a": SOURCE, "b": edited})
    assert messages == {"a": [], "b": []}
    assert model.ambiguous_pairs == 1
    assert model.ambiguous_examples == (("a", "b", "ambiguous"),)  # named, for a reviewer
    (review,) = RewordedCopy().corpus_statistics(model)["review"]
    assert review["documents"] == ["a", "b"] and "which" in review["note"]


def test_alignment_reads_swaps_and_their_rarity() -> None:
    found = align(
        Text.of(" ".join(_words(SPUN.split()))),
        Text.of(" ".join(_words(SOURCE.split()))),
        frequency_classes(),
    )
    assert found.coverage > 0.5
    assert found.rarer_here > 3 * found.rarer_there
    assert found.strength > 2.0
    assert ("stated", "said") in {(a.strip(".,"), b.strip(".,")) for a, b in found.swaps}


# A thesaurus spinner that picked words no rarer than the originals: rarity alone cannot tell
# which text is the copy, but its words sit worse between the words it kept ("grown fast",
# "higher spent", "finish of the year") than the originals do.
PLAIN_SWAPS = [
    ("to expand the", "to grow the"),
    ("cut travel times", "cut travel hours"),
    ("remaining lines", "left lines"),
    ("passed by nine", "went by nine"),
    ("grown quickly", "grown fast"),
    ("happy with the plan", "glad with the plan"),
    ("big step", "large step"),
    ("in a statement", "in a word"),
    ("expected to start", "expected to begin"),
    ("end of the year", "finish of the year"),
    ("better spent", "higher spent"),
    ("old roads", "outdated roads"),
]


def plainly_spun() -> str:
    text = SOURCE
    for original, spun in PLAIN_SWAPS:
        assert original in text
        text = text.replace(original, spun)
    return text


def test_the_less_idiomatic_side_is_the_copy_when_rarity_cannot_tell() -> None:
    found = align(
        Text.of(" ".join(_words(plainly_spun().split()))),
        Text.of(" ".join(_words(SOURCE.split()))),
        frequency_classes(),
        bigram_classes(),
    )
    assert abs(found.rarity) < 2.0  # on its own: ambiguous
    assert found.idiom > 2.0
    assert found.strength >= 2.0
    messages, _ = run_corpus({"source": SOURCE, "copy": plainly_spun()})
    assert messages["source"] == []
    (message,) = messages["copy"]
    assert message.startswith("reworded copy of 'source'")


# An American wire story and the same story localised for a British site: a syndicated
# reprint. The British spellings are rarer on the web, so without a spelling rule the reprint
# pointed at one side as a spinner's copy does (24 of 47 clean development texts with three
# or more such words were named as copies when localised this way).
AMERICAN = (
    "The port authority said on Monday that labor talks with the dockworkers' union had "
    "broken down, and that the new container center on the east bank would not open in the "
    "fall as planned. The union's organization committee traveled to the capital to meet the "
    "defense ministry, which owns part of the site, and to analyze a revised program of "
    "shifts. Neighbors of the terminal have complained about gray dust and the color of the "
    "water near the outflow, and the authority has promised to spend 12 percent of its "
    "budget on cleaning the harbor. A spokesman said the authority realized that residents "
    "favored a smaller terminal, but that the license it holds requires a full-size one."
)
BRITISH_SPELLINGS = {
    "labor": "labour", "center": "centre", "organization": "organisation",
    "traveled": "travelled", "defense": "defence", "analyze": "analyse",
    "program": "programme", "Neighbors": "Neighbours", "gray": "grey", "color": "colour",
    "percent": "per cent", "harbor": "harbour", "realized": "realised", "favored": "favoured",
    "license": "licence",
}  # fmt: skip


def prepared(text: str) -> Text:
    return Text.of(" ".join(_words(text.split())))


def test_a_reprint_localised_to_british_spelling_is_not_a_reworded_copy() -> None:
    british = AMERICAN
    for american, localised in BRITISH_SPELLINGS.items():
        assert american in british
        british = british.replace(american, localised)
    found = align(prepared(british), prepared(AMERICAN), frequency_classes(), bigram_classes())
    assert found.gaps == () and found.coverage == 1.0
    messages, model = run_corpus({"us": AMERICAN, "uk": british})
    assert messages == {"us": [], "uk": []}
    assert model.ambiguous_pairs == 0  # not a rewording at all
    # ... while a spinner's swaps in the localised text are still read as swaps
    spun = british.replace("broken down", "damaged down").replace("complained", "griped")
    found = align(prepared(spun), prepared(AMERICAN), frequency_classes())
    assert {swap for swap, _ in found.swaps} == {"damaged", "griped"}


@given(st.sets(st.sampled_from(sorted(BRITISH_SPELLINGS)), min_size=4))
def test_any_partial_localisation_is_not_a_rewording(localised: set[str]) -> None:
    # Desks localise some words and miss others: whichever are changed, no swap is read.
    text = AMERICAN
    for american in localised:
        text = text.replace(american, BRITISH_SPELLINGS[american])
    found = align(prepared(text), prepared(AMERICAN), frequency_classes(), bigram_classes())
    assert found.gaps == () and found.swap_share == 0.0


# A column with contractions, and the same column reprinted by a paper whose house style
# spells them out: the contracted forms are rarer on the web, so the source was named as the
# copy of its reprint (9 of 13 clean development texts with four or more contractions).
CHATTY = (
    "I didn't expect the new footbridge to change much, but it's done more for the high street "
    "than any grant I can remember. People who wouldn't walk from the station now cross the "
    "river in two minutes, and the cafes say they're busier on weekdays than they've been "
    "since the bypass opened. The council can't take all the credit: the bridge was the idea "
    "of a retired engineer who's lived by the river for forty years, and who didn't give up "
    "when the first plan was turned down. There's still no ramp on the north side, which "
    "isn't good enough, and we'll keep asking for one. But it's hard to argue that the money "
    "was wasted, and the traders who doubted it aren't doubting it now."
)


def test_a_reprint_that_spells_out_contractions_is_not_a_reworded_copy() -> None:
    formal = CHATTY
    for contracted, spelled_out in (
        ("didn't", "did not"), ("it's", "it is"), ("wouldn't", "would not"),
        ("they're", "they are"), ("they've", "they have"), ("can't", "cannot"),
        ("who's", "who has"), ("There's", "There is"), ("isn't", "is not"),
        ("we'll", "we will"), ("aren't", "are not"),
    ):  # fmt: skip
        assert contracted in formal
        formal = formal.replace(contracted, spelled_out)
    messages, model = run_corpus({"column": CHATTY, "reprint": formal})
    assert messages == {"column": [], "reprint": []}
    assert model.ambiguous_pairs == 0


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("colour", "color", True), ("organisation", "organization", True),
        ("analysed", "analyzed", True), ("metres", "meters", True), ("offences", "offenses", True),
        ("catalogue", "catalog", True), ("modelling", "modeling", True),
        ("per cent", "percent", True), ("programme", "program", True), ("grey", "gray", True),
        ("paediatric", "pediatric", True), ("favourite", "favorite", True),
        ("didn't", "did not", True), ("can't", "cannot", True), ("it’s", "it is", True),
        ("we've", "we have", True), ("didn't", "did", False),
        ("said", "stated", False), ("four", "for", False), ("your", "yor", False),
        ("last", "final", False), ("houses", "homes", False), ("rise", "raise", False),
    ],
)  # fmt: skip
def test_house_style_key(one: str, other: str, same: bool) -> None:
    assert (house_style_key(one) == house_style_key(other)) is same


# An "emulated natural language" or AI rewrite of SOURCE: sentences recast and padded as well
# as words swapped, so fewer than half of the differing words sit in short swaps; the swaps it
# does make still trade common words for rarer ones.
RECAST = (
    "The city council voted on Tuesday to enlarge the bus network along the eastern ring road, "
    "a plan that officials stated would reduce travel times for thousands of commuters. For "
    "many residents of the eastern districts, who have long complained about slow and crowded "
    "services, the decision represents a welcome development. The initial new routes will "
    "commence in March, and the remaining lines are anticipated to begin prior to the "
    "conclusion of the year. Approximately 40 million dollars will be required for the "
    "undertaking, with a national transport fund supplying the majority of that sum. Not every "
    "council member was persuaded: several contended that repairing the city's ageing roads "
    "deserved the money more, but the proposal passed by nine votes to four. The mayor stated "
    "the vote was a significant step for a city that has expanded rapidly over the previous "
    "decade. Residents who reside near the new stops stated they were content with the plan, "
    "although some shop proprietors were concerned about parking. Construction of the new "
    "shelters will commence next month, the council stated in an announcement, adding that "
    "further details about timetables and fares would be published in the coming weeks."
)


def test_a_rewrite_that_recasts_sentences_is_named_when_its_swaps_point_clearly() -> None:
    found = align(prepared(RECAST), prepared(SOURCE), frequency_classes(), bigram_classes())
    assert 0.25 <= found.swap_share < 0.5
    assert found.strength >= 3.0
    messages, model = run_corpus({"source": SOURCE, "copy": RECAST})
    assert messages["source"] == []
    (message,) = messages["copy"]
    assert message.startswith("reworded copy of 'source'")
    # judged only at restructured_strength: below it such a pair is an edit, not ambiguous
    messages, model = run_corpus(
        {"source": SOURCE, "copy": RECAST}, restructured_strength=found.strength + 0.1
    )
    assert messages == {"source": [], "copy": []} and model.ambiguous_pairs == 0
    # and without the tier, a swaps-only judgement
    messages, _ = run_corpus({"source": SOURCE, "copy": RECAST}, restructured_swap_share=0.5)
    assert messages["copy"] == []


def test_the_pointed_side_is_not_named_when_it_is_clearly_the_shorter_one() -> None:
    # A text and a longer rendering of it with commoner words (as a round trip through machine
    # translation makes: "the first of the new routes", "the website of the city"): the swaps
    # point at the terse original, which a spinner's copy would not be, 20% shorter.
    expanded = (
        SOURCE.replace(
            "The first new routes",
            "According to the plan of the council, the first of the new routes",
        )
        .replace("The mayor said", "The mayor of the city said on the same day")
        .replace("Work on the new shelters", "The work on all of the new bus shelters")
        + " The council added that the timetables of all of the new lines would be published on "
        "the website of the city in the course of the coming weeks."
    )
    assert len(SPUN.split()) < 0.9 * len(expanded.split())
    messages, model = run_corpus({"expanded": expanded, "terse": SPUN})
    assert messages == {"expanded": [], "terse": []}
    assert model.ambiguous_examples == (("expanded", "terse", "the shorter side is pointed at"),)
    (review,) = RewordedCopy().corpus_statistics(model)["review"]
    assert review["documents"] == ["expanded", "terse"] and "shorter" in review["note"]
    messages, _ = run_corpus({"expanded": expanded, "terse": SPUN}, max_copy_shrink=1.0)
    assert messages["terse"] and messages["terse"][0].startswith("reworded copy of 'expanded'")


# (pointing, against): that many rarity gaps of +10 and -10; the strength is their signed z
# score, (pointing - against) / root(pointing + against): 30/0 -> 5.5, 16/4 -> 2.7, 13/7 -> 1.3,
# 18/2 -> 3.6, 3/0 -> 1.7
@pytest.mark.parametrize(
    ("coverage", "swap_share", "gaps", "lengths", "expected"),
    [
        (0.4, 0.9, (30, 0), (100, 100), "not reworded"),  # too little of the text matches
        (0.8, 0.2, (30, 0), (100, 100), "not reworded"),  # mostly rewritten passages
        (0.8, 0.9, (16, 4), (100, 100), "first is the copy"),
        (0.8, 0.9, (4, 16), (100, 100), "second is the copy"),
        (0.8, 0.9, (13, 7), (100, 100), "ambiguous"),  # swaps that do not point clearly
        (0.8, 0.9, (3, 0), (100, 100), "ambiguous"),  # too few swaps to tell
        (0.8, 0.4, (16, 4), (100, 100), "not reworded"),  # recast: 2.7 is short of 3.0
        (0.8, 0.4, (18, 2), (100, 100), "first is the copy"),
        (0.8, 0.9, (30, 0), (85, 100), "the shorter side is pointed at"),  # by 15%
        (0.8, 0.9, (0, 30), (85, 100), "second is the copy"),  # the longer side is pointed
    ],
)
def test_judge_pair(
    coverage: float,
    swap_share: float,
    gaps: tuple[int, int],
    lengths: tuple[int, int],
    expected: str,
) -> None:
    pointing, against = gaps
    found = Alignment(coverage, swap_share, (10,) * pointing + (-10,) * against, ())
    assert judge_pair(found, *lengths, RewordedCopyParams()) == expected


def test_web_bigram_classes() -> None:
    bigrams = bigram_classes()
    assert bigrams("of", "the") > bigrams("sphere", "of") > bigrams("sphere", "affect")
    assert bigrams("sphere", "affect") == bigrams.ABSENT


def test_a_spun_copy_of_a_story_republished_word_for_word_is_still_found() -> None:
    """A wire story on sixty sites fills every bin of its signature past ``max_bucket``; the
    verbatim republications stand for one another, so its spun copy is still paired."""
    texts = {f"wire{i}": SOURCE for i in range(60)}
    messages, model = run_corpus({**texts, "spun": SPUN, "other": UNRELATED})
    (message,) = messages["spun"]
    assert message.startswith("reworded copy of 'wire0'")
    assert not any(messages[f"wire{i}"] for i in range(60)) and messages["other"] == []
    assert model.compared_pairs == 1  # not one alignment per republication


def test_a_spun_copy_on_many_scraper_sites_is_flagged_on_each() -> None:
    texts = {f"scraper{i}": SPUN for i in range(60)}
    messages, _ = run_corpus({"source": SOURCE, **texts})
    assert messages["source"] == []
    assert all(messages[f"scraper{i}"] for i in range(60))


def test_documents_with_one_signature_but_other_words_are_compared() -> None:
    """Identical signatures need not mean identical words (a light copy can keep every
    minimum): such a document is aligned with its representative directly."""
    check = RewordedCopy()
    aggregate = check.aggregate()
    source = observe_text(SOURCE, "a.jsonl:1", "source", 80)
    spun = observe_text(SPUN, "a.jsonl:2", "spun", 80)
    assert source is not None and spun is not None
    aggregate.add(source)
    aggregate.add(spun._replace(signature=source.signature))
    model = aggregate.finish()
    assert model.compared_pairs == 1
    assert set(model.copies) == {"a.jsonl:2"}


def test_short_documents_are_not_compared() -> None:
    assert observe_text("A brief note of a few words.", "k", "id", min_words=80) is None
    messages, model = run_corpus({"source": SOURCE, "spun": SPUN}, min_words=500)
    assert messages == {"source": [], "spun": []}
    assert model.documents == 0


def test_a_phrase_the_whole_corpus_shares_does_not_pair_documents() -> None:
    footer = (
        " This article was produced by the regional news desk and may be republished with "
        "credit; write to the desk with corrections, tips and letters for publication."
    )
    texts = {
        f"doc{i}": f"Report {i}: "
        + " ".join(f"word{i}x{j} term{i}y{j} item{i}z{j}" for j in range(30))
        + footer
        for i in range(60)
    }
    messages, model = run_corpus(texts, max_bucket=10)
    assert all(found == [] for found in messages.values())
    assert model.crowded_bins > 0
    assert model.copies == {}


def test_through_the_engine_with_worker_processes() -> None:
    suite = parse_suite(
        "name: copies\nexpectations:\n  - check: spin.reworded-copy\n    max_failing: 0\n",
        "copies.yml",
    )
    # Enough documents for several batches, so the observations cross process boundaries.
    filler = [
        Document(f"note-{i}", f"Note {i}. " + UNRELATED.replace("wheat", f"crop{i}"), f"c:{i}")
        for i in range(300)
    ]
    docs = [
        Document("source", SOURCE, "c:source"),
        *filler,
        Document("spun", SPUN, "c:spun"),
    ]
    run = run_suite(docs, suite, jobs=2)
    try:
        (outcome,) = evaluate(suite, run.results, run.documents_read)
        assert outcome.failing_ids == ["spun"]
        assert outcome.success is False
    finally:
        run.close()


@given(
    st.lists(st.sampled_from("abcdefghij"), max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.sampled_from("xyz"), st.integers(0, 2)), max_size=8),
)
def test_opcodes_tile_both_texts_and_equal_runs_are_equal(
    words: list[str], edits: list[tuple[int, str, int]]
) -> None:
    other = list(words)
    for position, word, kind in edits:  # replace, insert or delete somewhere
        at = min(position, len(other))
        if kind == 0 and at < len(other):
            other[at] = word
        elif kind == 1:
            other.insert(at, word)
        elif other:
            del other[min(at, len(other) - 1)]
    first, second = Text.of(" ".join(words)), Text.of(" ".join(other))
    i = j = 0
    for op, i1, i2, j1, j2 in _opcodes(first, second):
        assert (i1, j1) == (i, j)
        if op == "equal":
            assert first.lowered[i1:i2] == second.lowered[j1:j2]
        i, j = i2, j2
    assert (i, j) == (len(first.lowered), len(second.lowered))


def test_the_fixture_corpus_copy_is_found_and_nothing_else() -> None:
    rows = [
        json.loads(line)
        for line in (ROOT / "fixtures" / "spin_examples.jsonl").read_text("utf-8").splitlines()
    ]
    messages, _ = run_corpus({row["id"]: row["text"] for row in rows})
    flagged = {name: found for name, found in messages.items() if found}
    assert list(flagged) == ["copy-harbour"]
    assert "reworded copy of 'clean-harbour'" in flagged["copy-harbour"][0]
