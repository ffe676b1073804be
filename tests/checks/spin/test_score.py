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
from tests.checks.spin.helpers import flagged, run
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
    matched = [f.text for f in run("spin.phrase", text, min_weight=0.0).findings]
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
