"""artifact.html, artifact.shortcode and artifact.placeholder: markup that survived extraction."""

from __future__ import annotations

import pytest

from corpusgate.checks.artifacts.markup import Html, Placeholder, Shortcode
from tests.checks.artifacts.helpers import findings, flagged

# -------------------------------------------------------------------------------- artifact.html

HTML = Html()


def test_html_documented_examples() -> None:
    assert flagged(HTML, Html.example) == ["<strong>", "</strong>", "&nbsp;", "</p>"]
    assert Html.passing_example is not None
    assert flagged(HTML, Html.passing_example) == []


@pytest.mark.parametrize(
    ("token", "suggestion"),
    [
        ("<strong>", "remove the tag"),
        ("</p>", "replace with a line break"),
        ("<br/>", "replace with a line break"),
        ("<br />", "replace with a line break"),
        ("<BR>", "replace with a line break"),
        ('<div class="content">', "replace with a line break"),
        ("<div class=..>", "replace with a line break"),
        ('<a href="https://example.com/x?a=1&b=2" target=_blank>', "remove the tag"),
        ('<img src="a.jpg" alt="" loading="lazy" />', "remove the tag"),
        ('<iframe src="x" allowfullscreen>', "remove the tag"),
        ("<!-- wp:paragraph -->", "remove the comment"),
        ("&nbsp;", "replace with a space"),
        ("&amp;", 'replace with "&"'),
        ("&#39;", 'replace with "\'"'),
        ("&#x27;", 'replace with "\'"'),
        ("&#8217;", 'replace with "’"'),
        ("&rsquo;", 'replace with "’"'),
        ("&hellip;", 'replace with "…"'),
        ("&amp;nbsp;", "replace with a space"),
        ("&amp;#39;", 'replace with "\'"'),
        ("& # 39;", 'replace with "\'"'),
        ("&# 8217;", 'replace with "’"'),
        ("&lt;p&gt;", "remove the tag"),
    ],
)
def test_html_artifacts_are_flagged_with_a_repair(token: str, suggestion: str) -> None:
    text = f"The museum said{token}it would return the statues."
    result = findings(HTML, text)
    assert [(f.start, f.text) for f in result] == [(text.index(token), token)]
    assert result[0].suggestion == suggestion


def test_mangled_entity_without_semicolon() -> None:
    assert flagged(HTML, "the museum&#39s trustees and&nbsp the board") == ["&#39", "&nbsp"]


def test_unterminated_comment_is_flagged() -> None:
    assert flagged(HTML, "Text <!-- begin ad") == ["<!--"]


@pytest.mark.parametrize(
    "text",
    [
        "If a < b and c > d, the cheaper part wins.",
        "Fans sent <3 to the band.",
        "AT&T and R&D spending rose; Q&A sessions; S&P 500; M&A activity.",
        "Procter & Gamble and Johnson & Johnson reported results.",
        "The ratio was x<y for most samples and y>z for others.",
        "The AT&T; network went down.",
        "Prices rose 5 %; the index hit 4,500 <b>",
        "He wrote <<like this>> in the memo.",
        "The score was 3<4 in the second half.",
        "Use the arrow -> to continue; the path is A --> B.",
    ],
)
def test_prose_with_brackets_and_ampersands_is_not_html(text: str) -> None:
    if text.endswith("<b>"):
        # A complete known tag is flagged wherever it is, even after prose.
        assert flagged(HTML, text) == ["<b>"]
    else:
        assert flagged(HTML, text) == []


def test_comparison_inside_a_known_tag_name_is_not_a_tag() -> None:
    # "<b and c>" has the shape of a tag with bare attributes; HTML boolean attributes are a
    # closed set, so it is prose.
    assert flagged(HTML, "if a <b and c> d holds") == []
    assert flagged(HTML, "a <video autoplay muted> tag") == ["<video autoplay muted>"]


# --------------------------------------------------------------------------- artifact.shortcode

SHORTCODE = Shortcode()


def test_shortcode_documented_examples() -> None:
    assert flagged(SHORTCODE, Shortcode.example) == [
        '[caption id="attachment_12" align="alignnone" width="640"]',
        "[/caption]",
        "[vc_row]",
        "[vc_column_text]",
        "[/vc_column_text]",
    ]
    assert Shortcode.passing_example is not None
    assert flagged(SHORTCODE, Shortcode.passing_example) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[embed]https://youtu.be/x[/embed]", ["[embed]", "[/embed]"]),
        ("[embed]", ["[embed]"]),
        ("Watch: [vc_column_text]Text[/vc_column_text]", ["[vc_column_text]", "[/vc_column_text]"]),
        ("[/vc_row]", ["[/vc_row]"]),
        ('[et_pb_section fb_built="1"]', ['[et_pb_section fb_built="1"]']),
        (
            "[caption id=”attachment_9″ align=”alignnone”]",
            ["[caption id=”attachment_9″ align=”alignnone”]"],
        ),
        ("[b]Breaking:[/b] the vote passed", ["[b]", "[/b]"]),
        ("[url=https://example.com]link[/url]", ["[url=https://example.com]", "[/url]"]),
        ("[quote]We will fight[/quote]", ["[quote]", "[/quote]"]),
        ("\n[video]\n", ["[video]"]),
        ('[gallery ids="1,2,3"]', ['[gallery ids="1,2,3"]']),
        ('[contact-form-7 id="5" title="Contact"]', ['[contact-form-7 id="5" title="Contact"]']),
    ],
)
def test_shortcodes_are_flagged(text: str, expected: list[str]) -> None:
    assert flagged(SHORTCODE, f"The march was peaceful. {text} Police said.") == expected


@pytest.mark.parametrize(
    "text",
    [
        "“He [the minister] knew about it,” she said.",
        "It was “unprecedentd [sic],” the report said.",
        "The study [1] found a link; see also [12].",
        "“[T]he vote was close,” he said; “[i]t was a mess.”",
        "The student[s] were told to wait.",
        "“This [video] shows the moment,” the lawyer said.",
        "The [ad_1] slot",  # ad markers belong to artifact.ad-marker
        "A [b] grade, she said.",
        "“We [Democrats] will not back down.”",
    ],
)
def test_editorial_brackets_are_not_shortcodes(text: str) -> None:
    assert flagged(SHORTCODE, text) == []


# ------------------------------------------------------------------------- artifact.placeholder

PLACEHOLDER = Placeholder()


def test_placeholder_documented_examples() -> None:
    result = findings(PLACEHOLDER, Placeholder.example)
    assert [f.text for f in result] == ["{dollars}", "{fast|quick|rapid}"]
    assert result[0].suggestion == 'replace with "dollars"'
    assert Placeholder.passing_example is not None
    assert flagged(PLACEHOLDER, Placeholder.passing_example) == []


@pytest.mark.parametrize(
    ("token", "suggestion"),
    [
        ("{dollars}", 'replace with "dollars"'),
        ("{United States}", 'replace with "United States"'),
        ("{{title}}", 'fill in "title"'),
        ("{{ author_name }}", 'fill in "author_name"'),
        ("{{ }}", "remove it"),
        ("{% if premium %}", 'fill in "if premium"'),
        ("{fast|quick|rapid}", 'pick one alternative, e.g. "fast"'),
        ("${name}", "fill in the value"),
        ("$TITLE", "fill in the value"),
        ("$FIRST_NAME", "fill in the value"),
        ("%%title%%", "fill in the value"),
        ("%s", "fill in the value"),
        ("%(name)s", "fill in the value"),
        ("%1$s", "fill in the value"),
        ("[INSERT QUOTE]", "fill in the missing text"),
        ("[Insert company name here]", "fill in the missing text"),
        ("[COMPANY NAME]", "fill in the missing text"),
        ("[TK]", "fill in the missing text"),
        ("Lorem ipsum", "replace the filler with real text"),
    ],
)
def test_placeholders_are_flagged(token: str, suggestion: str) -> None:
    text = f"Investors poured money into {token} projects, the report said."
    result = findings(PLACEHOLDER, text)
    assert [(f.start, f.text) for f in result] == [(text.index(token), token)]
    assert result[0].suggestion == suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 5% in May and 12%s were never recorded.",
        "The fund holds $1.25 billion; shares of $AAPL and $TSLA rose.",
        "The CEO of AT&T said the [sic] figure was wrong.",
        r"The formula is \frac{a}{b} and x^{2}.",
        'The config reads {"retries": 3} and {a: 1}.',
        "Pay 100% now or 50 % later.",
        "The 1950s and the '60s.",
        "“We [the board] agreed,” she said; see [1].",
        "CSS like .x{color:red} is common.",
        "He paid $5 and $10.50, about 40% more.",
    ],
)
def test_prices_percentages_and_code_are_not_placeholders(text: str) -> None:
    assert flagged(PLACEHOLDER, text) == []


def test_placeholder_extra_pattern() -> None:
    check = Placeholder.from_mapping({"extra_patterns": [r"<<[A-Z_]+>>"]})
    assert flagged(check, "Dear <<CUSTOMER_NAME>>, thanks.") == ["<<CUSTOMER_NAME>>"]
