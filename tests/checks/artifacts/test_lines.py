"""artifact.ad-marker, artifact.credit-line and artifact.widget: line-level page chrome."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpusgate.checks.artifacts._base import STRIP_CHARS, split_lines
from corpusgate.checks.artifacts.lines import AdMarker, CreditLine, Widget
from tests.checks.artifacts.helpers import clean_texts, findings, flagged, run

# ----------------------------------------------------------------------------- line splitting


def test_split_lines_strips_and_keeps_exact_offsets() -> None:
    text = "  first line \r\n\n\u200bsecond\u00a0\rthird\t\n   \n"
    lines = split_lines(text)
    assert [line.text for line in lines] == ["first line", "second", "third"]
    for line in lines:
        assert text[line.start : line.end] == line.text


def test_strip_chars_cover_all_unicode_whitespace_but_line_breaks() -> None:
    import sys

    whitespace = {
        ch for ch in map(chr, range(sys.maxunicode + 1)) if ch.isspace() and ch not in "\r\n"
    }
    assert whitespace <= set(STRIP_CHARS)
    assert "\n" not in STRIP_CHARS and "\r" not in STRIP_CHARS


# --------------------------------------------------------------------------- artifact.ad-marker

AD_MARKER = AdMarker()


def test_ad_marker_documented_examples() -> None:
    assert flagged(AD_MARKER, AdMarker.example) == ["[ad_1]", "- Advertisement -", "[ad_2]"]
    assert AdMarker.passing_example is not None
    assert flagged(AD_MARKER, AdMarker.passing_example) == []


@pytest.mark.parametrize(
    "marker",
    [
        "[ad_1]",
        "[ad_2]",
        "[ad-2]",
        "[ad1]",
        "[AD_3]",
        "[ads]",
        "[adsense]",
        "[ad]",
        "[advert]",
        "[advertisement]",
        '[the_ad id="1234"]',
        "Advertisement",
        "ADVERTISEMENT",
        "- Advertisement -",
        "— ADVERTISEMENT —",
        "Advertisement:",
        "Ad",
        "AD",
        "Ads",
        "Sponsored",
        "Sponsored Content",
        "Story continues below advertisement",
        "Article continues after this advertisement",
        "Advertisement - Scroll to continue",
        "ADVERTISEMENT - CONTINUE READING BELOW",
        "Paid content",
        "Promoted",
        "ADVERTISING",
        "Ad Feedback",
        "Anzeige",
        "Publicité",
        "Story continues below",
    ],
)
def test_ad_marker_alone_on_a_line_is_flagged(marker: str) -> None:
    text = f"The council met on Tuesday.\n{marker}\nIt approved the budget."
    start = text.index(marker)
    result = findings(AD_MARKER, text)
    assert [(f.start, f.end) for f in result] == [(start, start + len(marker))]
    assert result[0].suggestion == "remove the line"


def test_ad_marker_message_names_the_marker() -> None:
    (finding,) = findings(AD_MARKER, "[ad_1]\nText.")
    assert finding.message == "ad-slot marker [ad_1]"


def test_numbered_markers_are_flagged_inside_a_line() -> None:
    text = "The vote was close. [ad_3] Officials said more talks were planned. [adsense]"
    assert flagged(AD_MARKER, text) == ["[ad_3]", "[adsense]"]
    assert findings(AD_MARKER, text)[0].suggestion == "remove the marker"


def test_bare_ad_bracket_after_a_sentence_is_flagged() -> None:
    assert flagged(AD_MARKER, "The vote was close. [ad] Officials said.") == ["[ad]"]
    assert flagged(AD_MARKER, "[ads] The vote was close.") == ["[ad" + "s]"]


@pytest.mark.parametrize(
    "text",
    [
        "The company launched an ad campaign in May.",
        "Advertisement revenue fell 4 percent, the report said.",
        "“They ran the [ad] twice during the game,” he said.",
        "The city was founded in 79 [AD] by settlers, historians say.",
        "Ad hoc committees were formed.",
        "Sponsored by Sen. Maria Delgado, the bill passed 68-31.",
        "Google Ads revenue rose; the ads ran for a week.",
        "WASHINGTON (AP) — The Senate passed the bill.",
        "Adam Smith said the ADVERTISEMENT budget was cut.",
        "He read the [advertisement] aloud, the court heard.",
    ],
)
def test_ad_words_in_prose_are_not_flagged(text: str) -> None:
    assert flagged(AD_MARKER, text) == []


MARKERS = [
    "[ad_1]",
    "[ad_2]",
    "[ad-7]",
    "[ads]",
    "[adsense]",
    "[ad]",
    "[advert]",
    "Advertisement",
    "- Advertisement -",
    "ADVERTISEMENT",
    "Ad",
    "Sponsored",
]


@given(clean_texts, st.sampled_from(MARKERS), st.integers(min_value=0), st.booleans())
def test_inserted_marker_is_found_with_its_exact_span(
    text: str, marker: str, position: int, crlf: bool
) -> None:
    lines = text.split("\n")
    index = position % (len(lines) + 1)
    lines.insert(index, marker)
    newline = "\r\n" if crlf else "\n"
    document = newline.join(lines)
    start = len(newline.join(lines[:index])) + (len(newline) if index else 0)
    result = findings(AD_MARKER, document)
    assert [(f.start, f.end, f.text) for f in result] == [(start, start + len(marker), marker)]


@given(clean_texts)
def test_text_without_markers_has_no_ad_marker_finding(text: str) -> None:
    assert flagged(AD_MARKER, text) == []


def test_ad_marker_extra_patterns_and_allow() -> None:
    check = AdMarker.from_mapping({"extra_patterns": [r"\[promo\]"], "allow": ["Advertisement"]})
    text = "[promo]\nADVERTISEMENT\nThe council met.\n[ad_1]"
    result = findings(check, text)
    assert [f.text for f in result] == ["[promo]", "[ad_1]"]
    assert "extra ad-marker pattern" in result[0].message
    assert run(check, text).signals == {"ad_markers": 2.0}


def test_allow_regex_exempts_matching_markers() -> None:
    check = AdMarker.from_mapping({"allow": [r"re:\[ad_\d\]"]})
    assert flagged(check, "[ad_1]\n[ad_22]\nText.") == ["[ad_22]"]


# ------------------------------------------------------------------------- artifact.credit-line

CREDIT = CreditLine()


def test_credit_line_documented_examples() -> None:
    assert flagged(CREDIT, CreditLine.example) == ["Source link"]
    assert CreditLine.passing_example is not None
    assert flagged(CREDIT, CreditLine.passing_example) == []


@pytest.mark.parametrize(
    "line",
    [
        "Source link",
        "Source Link",
        "Source: link",
        "SOURCE LINK",
        "Source: https://example.com/a",
        "Read more",
        "Read More »",
        "Read more...",
        "Read more →",
        "[Read more]",
        "Read more: Officials warn of a second storm",
        "READ MORE: Police name the victim",
        "Read the full article",
        "Read the full story at Reuters",
        "Read full article",
        "Read the rest of this entry »",
        "View original post",
        "Continue reading",
        "Continue reading →",
        "Continue reading the main story",
        "Keep reading",
        "Click here to subscribe to our newsletter.",
        "Click here",
        "The post Storm hits coast appeared first on Coastal News Daily.",
        "[…]",
        "[...]",
        "Full story",
        "Original source",
    ],
)
def test_credit_lines_are_flagged(line: str) -> None:
    text = f"The storm reached the coast on Monday.\n{line}"
    result = findings(CREDIT, text)
    assert [f.text for f in result] == [line]
    assert result[0].start == text.index(line)


def test_truncated_excerpt_markers_at_line_end_are_flagged() -> None:
    text = (
        "The storm reached the coast on Monday and officials said that thousands […]\n"
        "Residents were told to stay home… Read more »"
    )
    assert flagged(CREDIT, text) == ["[…]", "Read more »"]


@pytest.mark.parametrize(
    "text",
    [
        "You can read more about it in our report, the mayor said.",
        "Read more books, the minister urged parents.",
        "He said he wanted people to read more.",
        "Source: Reuters",
        "Sources said the talks would resume.",
        "“We will [...] fight on,” she said.",
        "Continue reading the report, she told the committee.",
        "Officials did not click with the new minister.",
        "The post office closed early, officials said.",
        "WASHINGTON (AP) — The Senate passed the bill.",
    ],
)
def test_prose_is_not_a_credit_line(text: str) -> None:
    assert flagged(CREDIT, text) == []


def test_credit_line_extra_pattern() -> None:
    check = CreditLine.from_mapping({"extra_patterns": [r"(?i)^via \S+$"]})
    assert flagged(check, "Text.\nvia example.com") == ["via example.com"]


# ------------------------------------------------------------------------------ artifact.widget

WIDGET = Widget()


def test_widget_documented_examples() -> None:
    assert flagged(WIDGET, Widget.example) == [
        "Share this:",
        "Click to share on Twitter (Opens in new window)",
        "Facebook",
        "Related Articles",
    ]
    assert Widget.passing_example is not None
    assert flagged(WIDGET, Widget.passing_example) == []


@pytest.mark.parametrize(
    "line",
    [
        "Share this:",
        "Share on Facebook",
        "Share via Email",
        "Click to share on Twitter (Opens in new window)",
        "Click to email a link to a friend (Opens in new window)",
        "Related Articles",
        "Related Posts",
        "Related",
        "Related: Storm knocks out power",
        "You may also like",
        "Most Popular",
        "Back to top button",
        "Print Friendly, PDF & Email",
        "Please enable JavaScript to view the comments.",
        "You need to enable JavaScript to run this app.",
        "Your browser does not support the video tag.",
        "We use cookies to improve your experience. By continuing you accept them.",
        "This website uses cookies",
        "Accept all cookies",
        "Subscribe to our newsletter",
        "Sign up for our morning briefing",
        "Subscribe now to continue reading",
        "Already a subscriber? Log in",
        "toggle caption",
        "hide caption",
        "Image source, Getty Images",
        "Follow us on Twitter",
        "Follow us on Facebook and Instagram",
        "Tags: storm, power, weather",
        "Filed under: Politics",
        "Leave a Reply",
        "Your email address will not be published.",
        "Previous article",
        "5 min read",
        "Listen to this article",
        "Newsletter",
    ],
)
def test_widget_lines_are_flagged(line: str) -> None:
    text = (
        f"The storm reached the coast on Monday, officials said.\n{line}\nCrews worked all night."
    )
    result = findings(WIDGET, text)
    assert [f.text for f in result] == [line]
    assert result[0].suggestion == "remove the line"


def test_bare_network_names_need_neighbouring_chrome() -> None:
    bar = "Officials said crews worked all night.\nFacebook\nTwitter\nEmail\nThe storm moved on."
    assert flagged(WIDGET, bar) == ["Facebook", "Twitter", "Email"]
    heading = "Officials said crews worked all night.\nEmail\nThe storm moved on."
    assert flagged(WIDGET, heading) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials said they would share this information with the public.",
        "Share prices fell 3% on Monday.",
        "Related fixtures will be drawn on Monday.",
        "Subscribers rose 10% last year.",
        "Follow the money, investigators said.",
        "Tags were attached to the birds' legs.",
        "Comments from the minister drew criticism.",
        "“We use cookies to track users,” the company admitted in court.",
        "Print media revenue is declining, the report said.",
        "Twitter, now called X, said it would appeal.",
        "The mayor's office did not respond to a request for comment.",
        "Sign up for the vaccine at your local pharmacy.",
        "Subscribe to a streaming service and you will pay more, the study found.",
    ],
)
def test_prose_is_not_widget_text(text: str) -> None:
    assert flagged(WIDGET, text) == []


def test_widget_allow_list() -> None:
    check = Widget.from_mapping({"allow": ["Related"]})
    assert flagged(check, "Text.\nRelated\nRelated Posts") == ["Related Posts"]
