"""spin.attribution: reporting verbs that avoid "said"."""

from __future__ import annotations

import pytest

from corpusgate.checks.spin.attribution import SpinAttribution, attribution_profile
from tests.checks.spin.helpers import check_findings_consistent, run


def verbs(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in attribution_profile(text).spun]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will rebuild," remarked the mayor.', ["remarked"]),
        ('"We will rebuild," the mayor stated.', ["stated"]),
        ('"We will rebuild," the city\'s new mayor mentioned.', ["mentioned"]),
        ("The road will reopen in May, officials stated.", ["stated"]),
        ("The minister declared on Monday that the border would open.", ["declared"]),
        ("The coach expressed in a statement that he was proud.", ["expressed"]),
        ("The envoy remarked the talks had stalled.", ["remarked"]),
        ('"It is over," she informed Reuters.', ["informed"]),
        # fluent rewriters
        ('"The water is still rising," the sheriff explained.', ["explained"]),
        ("Prices will fall by spring, analysts noted.", ["noted"]),
        ("The governor pointed out that the dam had held.", ["pointed out"]),
    ],
)
def test_spinner_verbs_in_attribution_frames(text: str, expected: list[str]) -> None:
    assert verbs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "As stated above, the plan needs funding.",
        "The risks were mentioned in the report.",
        "The report mentioned two risks and a delay.",
        "Attacks on the United States. Officials met.",
        "The firm informed its staff of the change.",
        "The board declared a dividend.",
        "She expressed concern about the cuts.",
        "It was stated that the plan needs funding.",
        "As noted above, the sample was small.",
        "The teacher explained the rules to the class.",
        "She pointed out the flaws in the design.",
        "The inspectors noted several cracks in the wall.",
    ],
)
def test_ordinary_uses_are_not_attributions(text: str) -> None:
    assert verbs(text) == []


def test_plain_verbs_are_counted_in_frames() -> None:
    text = '"We will rebuild," said the mayor. The road will reopen, officials told reporters.'
    profile = attribution_profile(text)
    assert profile.plain == 2
    assert profile.spun == ()
    assert profile.share == 0.0


def test_reported_only_when_spinner_verbs_dominate() -> None:
    spun = (
        '"The harvest was poor," remarked a farmer. Prices will rise, the ministry stated. '
        '"We are ready," the governor declared.'
    )
    out = run("spin.attribution", spun)
    assert [f.text for f in out.findings] == ["remarked", "stated", "declared"]
    assert [f.suggestion for f in out.findings] == ["said", "said", "said"]
    check_findings_consistent(spun, list(out.findings))

    # the same verbs among more plain attributions are a writer's variety, not a spinner
    varied = spun + (
        ' "It will pass," said a trader. Farmers said they would wait. The mayor said he '
        'agreed. "No comment," a spokesman said.'
    )
    assert run("spin.attribution", varied).findings == ()

    # a single spinner verb is style, whatever the other attributions
    assert run("spin.attribution", '"We are ready," the governor declared.').findings == ()
    assert run("spin.attribution", '"We are ready," the governor declared.', min_spun=1).findings


def test_a_fluent_rewrite_that_avoids_said_is_reported() -> None:
    # what a fluent rewriter makes of four "said"s: no odd phrase anywhere, but no "said"
    spun = (
        "The river crested at nine metres overnight, the sheriff explained. Crews kept the "
        'levee dry, officials noted. "We have never seen it this high," a farmer pointed out. '
        "The mayor explained that shelters would stay open until Friday."
    )
    out = run("spin.attribution", spun)
    assert [f.text for f in out.findings] == ["explained", "noted", "pointed out", "explained"]
    # a reporter who writes "noted" once among "said"s is varying the verb
    original = (
        "The river crested at nine metres overnight, the sheriff said. Crews kept the levee "
        'dry, officials noted. "We have never seen it this high," a farmer said. The mayor '
        "said shelters would stay open until Friday."
    )
    assert run("spin.attribution", original).findings == ()


def test_counts_towards_spin_score_and_can_be_switched_off() -> None:
    text = (
        '"The harvest was poor," remarked a farmer from the valley. Prices for grain will '
        'rise, the ministry stated on Tuesday. "We are ready," the governor declared. '
        "Stores expect shortages by the end of the month, traders commented."
    )
    with_attr = run("spin.score", text).signals["spin_weight"]
    without = run("spin.score", text, use_attribution=False).signals["spin_weight"]
    assert with_attr > without
    assert with_attr - without == pytest.approx(4 * 0.4, abs=0.41)


def test_docs_example_and_passing_example() -> None:
    assert run("spin.attribution", SpinAttribution.example).findings
    assert SpinAttribution.passing_example is not None
    assert run("spin.attribution", SpinAttribution.passing_example).findings == ()


def test_hostile_input_is_linear() -> None:
    # long runs of quotes, commas and verbs without structure
    text = '," ' * 20_000 + "stated " * 20_000 + "x" * 100_000
    profile = attribution_profile(text)
    assert len(profile.spun) <= 20_001
