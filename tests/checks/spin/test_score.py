from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from corpusgate.checks import get_check
from corpusgate.checks.base import DocContext
from corpusgate.checks.spin import collocation, lexicon
from corpusgate.checks.spin.score import SpinScore, combine
from corpusgate.documents import Document
from tests.checks.spin.helpers import EVERY_ENTRY, flagged, run
from tests.conftest import FIXTURES


def _seed_annotations(realworld: Path) -> list[tuple[str, str]]:
    rows = []
    lines = (realworld / "seed_article_annotations.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        spun, original, kind = [*line.split("\t"), "", ""][:3]
        if kind.startswith("spin"):
            rows.append((spun, original))
    return rows


def _undo(text: str, pairs: list[tuple[str, str]]) -> str:
    for spun, original in pairs:
        pattern = re.escape(spun).replace("'", "['\u2019]").replace("\u2019", "['\u2019]")
        text = re.sub(pattern, lambda _m, o=original: o, text)
    return text


def test_seed_article_is_spun_with_suggestions(seed_text: str, realworld: Path) -> None:
    out = run("spin.score", seed_text)
    assert len(out.findings) == 1 and out.findings[0].is_document_level
    assert out.signals["spin_score"] >= 4 * SpinScore.Params().threshold  # type: ignore[attr-defined]
    phrases = run("spin.phrase", seed_text).findings
    suggestions = {f.text: f.suggestion for f in phrases}
    assert suggestions["sphere of affect"] == "sphere of influence"
    assert (
        suggestions["Collective Safety Treaty Group"] == "Collective Security Treaty Organization"
    )
    assert suggestions["two,500"] == "2,500"
    assert all(f.suggestion for f in phrases)


def test_seed_phrase_recall_and_precision(seed_text: str, realworld: Path) -> None:
    annotated = []
    for spun, _ in _seed_annotations(realworld):
        pattern = re.escape(spun).replace("'", "['\u2019]").replace("\u2019", "['\u2019]")
        annotated += [(m.start(), m.end()) for m in re.finditer(pattern, seed_text)]
    findings = list(run("spin.phrase", seed_text).findings) + list(
        run("spin.collocation", seed_text).findings
    )
    found = sum(any(f.start < e and s < f.end for f in findings) for s, e in annotated)
    inside = sum(any(f.start < e and s < f.end for s, e in annotated) for f in findings)
    assert found / len(annotated) >= 0.70
    assert inside / len(findings) >= 0.90


def test_seed_original_is_not_spun(seed_text: str, realworld: Path) -> None:
    original = _undo(seed_text, _seed_annotations(realworld))
    assert "sphere of influence" in original and "sphere of affect" not in original
    out = run("spin.score", original)
    assert out.findings == ()
    assert out.signals["spin_score"] < SpinScore.Params().threshold  # type: ignore[attr-defined]


def test_short_document_with_one_weak_hit_is_not_spun() -> None:
    assert not flagged("Officials said the talks would resume final week.")
    assert not flagged("The White Home said nothing.")  # one strong hit is not enough
    # ...but a short note saturated with spinner phrases is
    assert flagged(
        "The White Home stated final 12 months that tens of 1000's of individuals would get "
        "help, in response to officers, on the identical time as the Center East talks."
    )


# A clean health story about how the sexes differ: it must say "men and women" again and again,
# and its quotes say "folks" and "stated", three of the wordy stand-ins spinners print for
# "people" and "said". They count only in aggregate, and here they stay under the gate.
SEXES_IN_HEALTH = """A large study of heart health published on Tuesday suggests that men and women
respond differently to the same exercise routine, and that the gap widens after the age of 50.

Researchers at the university followed 14,200 men and women for eleven years, recording how
often they walked, cycled or swam, and how many of them went on to have a heart attack or
stroke. Women who exercised for about 150 minutes a week cut their risk by roughly a quarter,
while men needed closer to 300 minutes to see the same benefit.

"We were surprised by how large the difference was," said Dr Helen Marsh, who led the work.
"Men and women have long been given identical advice. This suggests it should be tailored."

Fewer than half of men and women in the 45 to 64 age group meet the current guideline,
according to government figures released last year. Dr Marsh said the results did not mean
men should give up. "Any activity is better than none. Folks who walk the dog every evening
are doing themselves a favour, whatever their sex."

Participants reported their own activity levels, and people tend to overstate how much they
exercise. The researchers also stated that the group was mostly white and middle-class, so
the findings may not hold for everyone. Professor Alan Reid of the national heart foundation
said it added to evidence that men and women should not be treated as a single group in
medical research. The foundation plans to update its advice for men and women next spring.
Older folks were advised to build up slowly, starting with short walks. The researchers hope
to repeat the study with a more diverse group of men and women from across the country."""


def test_wordy_stand_ins_in_a_clean_story_stay_under_the_gate() -> None:
    # "upwards of" is one more phrase spinners overuse (plain English in Britain and India)
    story = SEXES_IN_HEALTH.replace("closer to 300", "upwards of 300")
    out = run("spin.score", story)
    assert out.findings == ()
    # (the stand-ins are found, so this is a margin, not silence: it fails if they weigh more)
    assert out.signals["spin_hits"] >= 2
    assert out.signals["spin_score"] < SpinScore.Params().threshold  # type: ignore[attr-defined]


def test_men_and_women_counts_only_where_the_sexes_are_not_the_subject() -> None:
    spun = (
        "Hundreds of men and women queued outside the town hall on Monday, and the council "
        "said men and women who missed the deadline could apply again in the spring. "
        "Officers stated that the final 12 months had seen a record number of claims."
    )
    stand_in = run("spin.phrase", spun, **EVERY_ENTRY).findings
    assert [f.text for f in stand_in].count("men and women") == 2
    as_evidence = run("spin.score", spun).signals["spin_weight"]
    # The same text, once it also speaks of the sexes, means them: the phrase no longer counts
    about_sexes = spun + " Women made up two thirds of the claimants."
    assert run("spin.score", about_sexes).signals["spin_weight"] == pytest.approx(
        as_evidence - 0.3 - 0.15
    )


def test_signals_for_every_document() -> None:
    for text in ("", "Plain text.", "The White Home stated final 12 months."):
        signals = run("spin.score", text).signals
        assert set(signals) == {"spin_score", "spin_hits", "spin_weight"}
        assert all(isinstance(v, float) for v in signals.values())


def test_threshold_and_minimums_are_parameters() -> None:
    text = (
        "The White Home stated final 12 months that the conferences come at a essential juncture."
    )
    assert flagged(text)
    assert not flagged(text, threshold=1000.0)
    assert not flagged(text, min_hits=10)
    assert not flagged(text, min_total=50.0)
    # disabling every lexicon entry that matched (and the statistics) leaves nothing
    matched = [f.text for f in run("spin.phrase", text, **EVERY_ENTRY).findings]
    assert not flagged(text, use_collocation=False, disabled=[*matched, "12 months", "final"])


def test_repeats_count_half_and_at_most_twice() -> None:
    text = "12 months " * 10
    hit = lexicon.Hit(0, 9, "year", 1.0, "context", "12 months")
    repeated = tuple(
        lexicon.Hit(i * 10, i * 10 + 9, "year", 1.0, "context", "12 months") for i in range(10)
    )
    one = combine((hit,), (), 1000, text)
    many = combine(repeated, (), 1000, text)
    assert one.total == 1.0 and many.total == 2.0 and many.distinct == 1


def test_collocation_hits_inside_lexicon_hits_are_not_counted_twice() -> None:
    lex = (lexicon.Hit(0, 20, "x", 1.0, "phrase", "p"),)
    col = (
        lexicon.Hit(5, 9, "y", 0.5, "collocation", "collocation"),
        lexicon.Hit(30, 35, "z", 0.5, "collocation", "collocation"),
    )
    result = combine(lex, col, 1000, "a" * 40)
    assert result.total == 1.5 and len(result.hits) == 2


def test_one_analysis_for_three_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"lexicon": 0, "collocation": 0}
    real_lex = lexicon.Lexicon.find
    real_col = collocation.CollocationDetector.find

    def count_lex(self: lexicon.Lexicon, prep: object) -> object:
        calls["lexicon"] += 1
        return real_lex(self, prep)  # type: ignore[arg-type]

    def count_col(self: collocation.CollocationDetector, prep: object) -> object:
        calls["collocation"] += 1
        return real_col(self, prep)  # type: ignore[arg-type]

    monkeypatch.setattr(lexicon.Lexicon, "find", count_lex)
    monkeypatch.setattr(collocation.CollocationDetector, "find", count_col)
    doc = Document("d", "The conferences come at a essential juncture final week.", "t")
    ctx = DocContext(doc)
    for name in ("spin.phrase", "spin.collocation", "spin.score"):
        get_check(name)().run(doc, ctx)
    assert calls == {"lexicon": 1, "collocation": 1}


def test_docs_example_and_passing_example() -> None:
    assert flagged(SpinScore.example)
    assert SpinScore.passing_example is not None
    assert not flagged(SpinScore.passing_example)


def test_fixture_examples() -> None:
    rows = [json.loads(line) for line in (FIXTURES / "spin_examples.jsonl").open(encoding="utf-8")]
    assert len(rows) >= 10
    for row in rows:
        assert {"id", "title", "url", "text"} <= row.keys()
        # "copy-" rows are lightly reworded copies of another fixture: no phrase gives them
        # away, only spin.reworded-copy (tests/checks/spin/test_copies.py) finds them.
        assert flagged(row["text"]) == row["id"].startswith("spun-"), row["id"]


def test_collocation_evidence_floor_is_the_scores_own() -> None:
    text = "On the identical time it was additionally a rare year, and the meeting was brief."
    doc = Document("d", text, "t")
    default = get_check("spin.score")().assess(doc, DocContext(doc))
    strict = get_check("spin.score").from_mapping({"min_ratio": 1e9})
    assert isinstance(strict, SpinScore)
    filtered = strict.assess(doc, DocContext(doc))
    assert any(h.rule.startswith("collocation") for h in default.hits)
    assert not any(h.rule == "collocation" for h in filtered.hits)
    assert filtered.total < default.total
