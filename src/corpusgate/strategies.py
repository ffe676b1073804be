"""Hypothesis strategies for property-testing text pipelines: clean articles, and the same articles
damaged the way scrapers and spinners damage them, with every piece of damage located.

Needs `hypothesis <https://hypothesis.readthedocs.io>`_ (not a dependency of corpusgate itself).

>>> from corpusgate.strategies import articles, with_artifacts, with_spin, degenerate_texts
>>> text = articles().example()
>>> isinstance(text, str) and len(text.split()) >= 5
True

``with_artifacts`` draws an :class:`Injected`: the text and where each artifact is, with the check
that must flag it:

>>> sample = with_artifacts(articles(), kinds=["ad-slot-line"]).example()
>>> span = sample.spans[0]
>>> sample.text[span.start:span.end] == span.text, span.check
(True, 'artifact.ad-marker')

``with_spin`` draws a :class:`Spun`: the spun text, the original, and each substitution:

>>> spun = with_spin(articles()).example()
>>> all(spun.text[s.start:s.end] == s.text != s.original for s in spun.spans)
True

The article vocabulary and every artifact here were written for corpusgate; no text is copied
from anywhere. Clean articles contain none of the artifacts, and none of the spun phrases.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - exercised only without hypothesis
    raise ImportError("corpusgate.strategies needs hypothesis: pip install hypothesis") from error

__all__ = [
    "ARTIFACT_KINDS",
    "DEGENERATE_KINDS",
    "Injected",
    "InjectedSpan",
    "SpinSpan",
    "Spun",
    "articles",
    "degenerate_texts",
    "lexicon_pairs",
    "sentences",
    "with_artifacts",
    "with_spin",
]


@dataclass(frozen=True)
class InjectedSpan:
    """One injected artifact: ``text[start:end]``, and the check (and kind) that must flag it."""

    start: int
    end: int
    text: str
    check: str
    kind: str


@dataclass(frozen=True)
class Injected:
    """A text with artifacts injected; ``original`` is the text before injection."""

    text: str
    original: str
    spans: tuple[InjectedSpan, ...]


@dataclass(frozen=True)
class SpinSpan:
    """One spinner substitution: ``text[start:end]`` of the spun text replaced ``original``."""

    start: int
    end: int
    text: str
    original: str


@dataclass(frozen=True)
class Spun:
    """A spun text, the text it was spun from, and every substitution made."""

    text: str
    original: str
    spans: tuple[SpinSpan, ...]


# ---------------------------------------------------------------------------------------------
# Article vocabulary (written for corpusgate). Sentences avoid everything the artifact checks
# flag (brackets, braces, markup, ampersands, chrome words at a line start) and the spun forms
# of the spinner lexicon, so a clean article is a hard negative for both families.

_PEOPLE = (
    "Amara Nwosu", "Tomás Herrera", "Ingrid Solberg", "Rahul Deshpande", "Claire Dubois",
    "Yusuf Demir", "Hannah Kowalczyk", "Kenji Watanabe", "Fatima Al-Sayed", "Owen Gallagher",
    "Beatriz Costa", "Nikolai Petrov", "Grace Mwangi", "Luca Romano", "Siobhan Byrne",
)  # fmt: skip
_ROLES = (
    "the deputy mayor", "a spokesman for the ministry", "the transport secretary",
    "a senior economist at the central bank", "the head of the nurses' union",
    "the chief executive of the port authority", "an opposition lawmaker",
    "a professor of public health", "the county sheriff", "the school board chairwoman",
)  # fmt: skip
_PLACES = (
    "Kisumu", "Bergen", "Valparaíso", "Pune", "Lyon", "Izmir", "Wrocław", "Sapporo", "Cork",
    "Porto", "Halifax", "Tartu", "Mombasa", "Ghent", "Perth",
)  # fmt: skip
_ORGS = (
    "the city council", "the health ministry", "the regional water board", "the port authority",
    "the electoral commission", "the teachers' union", "the national rail operator",
    "the competition regulator", "the state audit office", "the housing agency",
)  # fmt: skip
_TOPICS = (
    "the harbour expansion", "the new tram line", "a proposed tax on sugary drinks",
    "the closure of two rural clinics", "the school meals programme", "rising rents",
    "the delayed bridge repairs", "a shortage of bus drivers", "the wind farm plan",
    "the merger of the two hospitals", "flood barriers along the river",
    "the recount in the northern district",
)  # fmt: skip
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "March", "April", "June", "September", "October", "November")
_HEADLINE_NOUNS = ("budget", "strike", "tram line", "harbour plan", "rent cap", "recount")

_TEMPLATES = (
    "{Org} approved {topic} on {day} after a debate that lasted more than {n} hours.",
    "{Person}, {role}, said the decision on {topic} would be reviewed in {month}.",
    "Officials in {place} said last year that {topic} would cost about {money}.",
    "According to {org}, {pct} of residents oppose {topic}.",
    '"We cannot keep postponing this," {person} told reporters in {place}.',
    "“The numbers simply do not add up,” said {person}, {role}.",
    "The government has promised economic support for families affected by {topic}.",
    "{Person} said {org} had received thousands of complaints since {month}.",
    "Critics argue that the process was rushed and that smaller towns were not consulted.",
    "The plan, first proposed in {year}, was shelved after a court ruled against it.",
    "Turnout at the public meeting in {place} was the highest in years.",
    "Last year, {org} spent {money} on emergency repairs alone.",
    "{Org} did not respond to a request for comment on {day}.",
    "Several lawmakers have called for an independent audit before any contract is signed.",
    "Prices in {place} rose {pct} in {month}, according to figures published on {day}.",
    "The military helped to evacuate about {n} hundred people when the river burst its banks.",
    "{Person} ({role}) warned that delays could push costs even higher.",
    "Residents of {place} have waited {n} years for progress on {topic}; many have given up.",
    "It's not clear whether {org} will appeal, but {person} didn't rule it out.",
    "The proposal would create roughly {n} hundred jobs during construction, supporters say.",
    "Shop owners in {place} said the uncertainty had already hurt business.",
    "Government officials said the meetings would continue through the weekend.",
    "Economists expect inflation to ease slightly by the end of the year.",
    "The report, which runs to {n} pages, will be published in full next month.",
    "Asked about {topic}, {person} said: “We are listening, and we will act.”",
    "Many families said they had heard about the changes only on local radio.",
    "The opposition accused the government of ignoring warnings from its own engineers.",
    "Under the new rules, fares will rise by {pct} from {month}.",
    '{Person} said the council\'s budget for {year} was "tight but achievable."',
    "Support for {topic} has fallen sharply, a survey by {org} found.",
    "Food prices in {place} rose {pct} last year, the sharpest increase in recent years.",
    "At the same time, {org} declined to comment on {topic}.",
    "{Person} told a news conference on {day} that interest rates would stay high.",
    "The council approved budget cuts for the first time since {year}.",
    "The bridge was built {n} years ago and has not been repaired since.",
    "A federal judge said the case could take months to resolve.",
)
_SENTENCE_END_RE = re.compile(r"(?<=[.!?”\"])\s+")


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# One strategy per template slot, built once: building strategies inside a draw costs more
# than the draw itself.
_SLOTS: dict[str, st.SearchStrategy[str]] = {
    "person": st.sampled_from(_PEOPLE),
    "role": st.sampled_from(_ROLES),
    "place": st.sampled_from(_PLACES),
    "org": st.sampled_from(_ORGS),
    "Org": st.sampled_from(_ORGS).map(_capitalise),
    "topic": st.sampled_from(_TOPICS),
    "day": st.sampled_from(_DAYS),
    "month": st.sampled_from(_MONTHS),
    "year": st.integers(1994, 2023).map(str),
    "n": st.integers(2, 40).map(str),
    "pct": st.sampled_from(("4 percent", "12 percent", "3.5 percent", "18%", "60%")),
    "money": st.sampled_from(("$4.2 million", "€18 million", "£950,000", "$1.3 billion")),
}
_SLOTS["Person"] = _SLOTS["person"]
_TEMPLATE_SLOTS = tuple(
    (
        template,
        tuple(dict.fromkeys(name for _, name, _, _ in string.Formatter().parse(template) if name)),
    )
    for template in _TEMPLATES
)
_TEMPLATE_CHOICE = st.sampled_from(_TEMPLATE_SLOTS)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """One news-style sentence: names, places, figures, quotes and realistic punctuation.

    >>> sentences().example().rstrip()[-1] in '.!?"”'
    True
    """
    template, slots = draw(_TEMPLATE_CHOICE)
    return template.format(**{slot: draw(_SLOTS[slot]) for slot in slots})


_SENTENCE = sentences()


@st.composite
def articles(
    draw: st.DrawFn,
    min_paragraphs: int = 1,
    max_paragraphs: int = 5,
    min_sentences: int = 1,
    max_sentences: int = 4,
) -> str:
    """An article-like text: paragraphs of :func:`sentences` separated by blank lines.

    The first paragraph has at least two sentences, so every article has some prose to damage.

    >>> text = articles(min_paragraphs=2, max_paragraphs=2).example()
    >>> len(text.split("\\n\\n"))
    2
    """
    if not 1 <= min_paragraphs <= max_paragraphs or not 1 <= min_sentences <= max_sentences:
        raise ValueError("need 1 <= min_paragraphs <= max_paragraphs and the same for sentences")
    count = draw(st.integers(min_paragraphs, max_paragraphs))
    paragraphs = []
    for index in range(count):
        least = max(min_sentences, 2) if index == 0 else min_sentences
        size = draw(st.integers(least, max(least, max_sentences)))
        paragraphs.append(" ".join(draw(_SENTENCE) for _ in range(size)))
    return "\n\n".join(paragraphs)


# ---------------------------------------------------------------------------------------------
# Artifacts. Each kind is a function (draw, text, taken) -> (new text, spans) or None when the
# text offers no place for it; ``taken`` are spans already used, which nothing may touch.

_Span = tuple[int, int, str]  # start, end, check
_Edit = tuple[str, list[_Span]]
_Injector = Callable[[st.DrawFn, str, list[tuple[int, int]]], "_Edit | None"]

AD = "artifact.ad-marker"
CREDIT = "artifact.credit-line"
WIDGET = "artifact.widget"
HTML = "artifact.html"
SHORTCODE = "artifact.shortcode"
PLACEHOLDER = "artifact.placeholder"
ENCODING = "artifact.encoding"

_AD_SLOTS = ("[ad_1]", "[ad_2]", "[ad-3]", "[ad_12]", "[adsense]", "[ad#4]")
_AD_LABELS = (
    "Advertisement", "- Advertisement -", "ADVERTISEMENT", "— ADVERTISEMENT —",
    "Story continues below advertisement", "Sponsored Content",
    "Advertisement - Scroll to continue", "Ad",
)  # fmt: skip
_CREDITS = (
    "Source link", "Source: link", "Source: https://news.example.org/2024/04/budget-vote",
    "Read more", "Read More »", "Read the full article", "Continue reading",
    "Click here to read the full story", "READ MORE:",
)  # fmt: skip
_SITES = ("The Harbour Gazette", "Northside Daily", "Valley Courier")
_WIDGETS = (
    "Share this:", "Related Articles", "Related: Council delays tram vote", "Back to top button",
    "Print Friendly, PDF & Email", "We use cookies to improve your experience on our website.",
    "Subscribe to our newsletter", "Sign up for our daily briefing", "Follow us on Twitter",
    "Tags: budget, council, transport", "Leave a Reply", "5 min read",
    "Click to share on Facebook (Opens in new window)",
    "Please enable JavaScript to view the comments",
    "You may also like", "Most Read",
)  # fmt: skip
_TAG_PAIRS = (
    ("<strong>", "</strong>"), ("<em>", "</em>"), ("<b>", "</b>"),
    ("<span class=\"lead\">", "</span>"),
    ("<a href=\"https://news.example.org/story\">", "</a>"),
)  # fmt: skip
_BREAKS = ("<br>", "<br/>", "<br />", "</p>", "<p>")
_SPACE_ENTITIES = ("&nbsp;", "&#160;", "&amp;nbsp;", "&#xA0;")
_APOSTROPHE_ENTITIES = ("&#39;", "&#8217;", "&rsquo;", "&amp;#39;")
_CAPTION = (
    '[caption id="attachment_{n}" align="alignnone" width="640"]',
    "Residents gather outside the town hall",
    "[/caption]",
)
_TEMPLATE_TAGS = (
    "{{title}}",
    "{{ author }}",
    "{% block content %}",
    "%%sitename%%",
    "[INSERT QUOTE]",
)
_HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "i": "і"}

_WORD_RE = re.compile(r"[^\W\d_]+")
_SENTENCE_GAP_RE = re.compile(r"(?<=[.!?])( )(?=[A-Z“\"])")


def _free(start: int, end: int, taken: Sequence[tuple[int, int]], gap: int = 2) -> bool:
    return all(end + gap <= s or e + gap <= start for s, e in taken)


def _line_starts(text: str) -> list[int]:
    """Where a new line can go: the start, after each line break, and the end."""
    return [0, *(i + 1 for i, ch in enumerate(text) if ch == "\n"), len(text)]


def _insert_line(
    draw: st.DrawFn, text: str, taken: list[tuple[int, int]], line: str, flagged: Sequence[_Span]
) -> _Edit | None:
    """Insert ``line`` as a line of its own; ``flagged`` are spans relative to ``line``."""
    points = [p for p in _line_starts(text) if _free(p, p, taken, gap=1)]
    if not points:
        return None
    point = _choice(draw, points)
    if point == len(text) and text and not text.endswith("\n"):
        new, offset = text + "\n" + line, len(text) + 1
    else:
        new, offset = text[:point] + line + "\n" + text[point:], point
    return new, [(offset + s, offset + e, check) for s, e, check in flagged]


def _whole(line: str, check: str) -> list[_Span]:
    return [(0, len(line), check)]


T = TypeVar("T")


def _choice(draw: st.DrawFn, options: Sequence[T]) -> T:
    # st.integers is cached by hypothesis; a sampled_from over a fresh list is rebuilt and
    # re-validated on every draw, which made generation several times slower.
    return options[draw(st.integers(0, len(options) - 1))]


def _pick(draw: st.DrawFn, candidates: list[tuple[int, int]]) -> tuple[int, int] | None:
    return _choice(draw, candidates) if candidates else None


def _words(
    text: str, taken: list[tuple[int, int]], ascii_only: bool = True
) -> list[tuple[int, int]]:
    return [
        m.span()
        for m in _WORD_RE.finditer(text)
        if (m.group().isascii() or not ascii_only)
        and len(m.group()) >= 3
        and _free(*m.span(), taken)
    ]


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _ad_slot_line(draw: st.DrawFn, text: str, taken: list[tuple[int, int]]) -> _Edit | None:
    slot = _choice(draw, _AD_SLOTS)
    return _insert_line(draw, text, taken, slot, _whole(slot, AD))


def _ad_slot_inline(draw: st.DrawFn, text: str, taken: list[tuple[int, int]]) -> _Edit | None:
    gaps = [m.span(1) for m in _SENTENCE_GAP_RE.finditer(text) if _free(*m.span(1), taken)]
    gap = _pick(draw, gaps)
    if gap is None:
        return None
    slot = _choice(draw, _AD_SLOTS)
    start = gap[0] + 1
    return _replace(text, gap[0], gap[1], f" {slot} "), [(start, start + len(slot), AD)]


def _ad_label(draw: st.DrawFn, text: str, taken: list[tuple[int, int]]) -> _Edit | None:
    label = _choice(draw, _AD_LABELS)
    return _insert_line(draw, text, taken, label, _whole(label, AD))


def _credit_line(draw: st.DrawFn, text: str, taken: list[tuple[int, int]]) -> _Edit | None:
    line = _choice(draw, _CREDITS)
    return _insert_line(draw, text, taken, line, _whole(line, CREDIT))


def _feed_footer(draw: st.DrawFn, text: str, taken: list[tuple[int, int]]) -> _Edit | None:
    noun = _choice(draw, _HEADLINE_NOUNS)
    place = _choice(draw, _PLACES)
    site = _choice(draw, _SITES)
    line = f"The post {place} council delays vote on {noun} appeared first on {site}."
    return _insert_line(draw, text, taken, line, _whole(line, CREDIT))


def _excerpt_cut(draw: st.DrawFn, text: str, taken: list[tuple[int, int]]) -> _Edit | None:
    # The end of a prose line that ends a sentence: "... officials said. […]"
    ends = [
        m.end()
        for m in re.finditer(r"[^\n]{20,}?[.](?=\n|$)", text)
        if _free(m.end(), m.end(), taken)
    ]
    if not ends:
        return None
    end = _choice(draw, ends)
    marker = draw(st.sampled_from(("[…]", "[...]", "Read more »", "Continue reading")))
    return _replace(text, end, end, " " + marker), [(end + 1, end + 1 + len(marker), CREDIT)]


def _widget(draw: st.DrawFn, text: str, taken: list[tuple[int, int]]) -> _Edit | None:
    line = _choice(draw, _WIDGETS)
    return _insert_line(draw, text, taken, line, _whole(line, WIDGET))


def _html_tag(draw: st.DrawFn, text: str, taken: list[tuple[int, int]]) -> _Edit | None:
    word = _pick(draw, _words(text, taken, ascii_only=False))
    if word is None:
        return None
    opening, closing = _choice(draw, _TAG_PAIRS)
    start, end = word
    new = text[:start] + opening + text[start:end] + closing + text[end:]
    close_at = end + len(opening)
    return new, [
        (start, start + len(opening), HTML),
        (close_at, close_at + len(closing), HTML),
    ]


def _html_break(draw: st.DrawFn, text: str, taken: list[tuple[int, int]]) -> _Edit | None:
    gaps = [m.start(1) for m in _SENTENCE_GAP_RE.finditer(text) if _free(*m.span(1), taken)]
    if not gaps:
        return None
    at = _choice(draw, gaps)
    tag = _choice(draw, _BREAKS)
    return _replace(text, at, at, tag), [(at, at + len(tag), HTML)]


def _html_entity(draw: st.DrawFn, text: str, taken: list[tuple[int, int]]) -> _Edit | None:
    spaces = [
        (m.start(), m.end(), _SPACE_ENTITIES)
        for m in re.finditer(r"(?<=[A-Za-z]) (?=[A-Za-z])", text)
    ]
    apostrophes = [
        (m.start(), m.end(), _APOSTROPHE_ENTITIES)
        for m in re.finditer(r"(?<=[A-Za-z])'(?=[a-z])", text)
    ]
    places = [p for p in spaces + apostrophes if _free(p[0], p[1], taken)]
    if not places:
        return None
    start, end, entities = _choice(draw, places)
    entity = _choice(draw, entities)
    return _replace(text, start, end, entity), [(start, start + len(entity), HTML)]


def _shortcode(draw: st.DrawFn, text: str, taken: list[tuple[int, int]]) -> _Edit | None:
    opening = _CAPTION[0].format(n=draw(st.integers(10, 9999)))
    line = opening + _CAPTION[1] + _CAPTION[2]
    closing_at = len(opening) + len(_CAPTION[1])
    flagged = [(0, len(opening), SHORTCODE), (closing_at, len(line), SHORTCODE)]
    return _insert_line(draw, text, taken, line, flagged)


def _placeholder(draw: st.DrawFn, text: str, taken: list[tuple[int, int]]) -> _Edit | None:
    # A word the template or spinner left unfilled: "{dollars}", "{fast|quick|rapid}", "{{title}}".
    words = [(s, e) for s, e in _words(text, taken) if s == 0 or text[s - 1] in ' \n(“"']
    word = _pick(draw, words)
    if word is None:
        return None
    start, end = word
    original = text[start:end]
    style = draw(st.sampled_from(("brace", "spintax", "template", "lorem")))
    if style == "brace":
        new = "{" + original + "}"
    elif style == "spintax":
        others = draw(
            st.lists(
                st.sampled_from(("quick", "rapid", "swift", "large", "main")),
                min_size=1,
                max_size=3,
            )
        )
        new = "{" + "|".join([original, *others]) + "}"
    elif style == "template":
        new = _choice(draw, _TEMPLATE_TAGS)
    else:
        new = "Lorem ipsum"
    return _replace(text, start, end, new), [(start, start + len(new), PLACEHOLDER)]


def _replacement_char(draw: st.DrawFn, text: str, taken: list[tuple[int, int]]) -> _Edit | None:
    word = _pick(draw, _words(text, taken))
    if word is None:
        return None
    at = draw(st.integers(word[0] + 1, word[1] - 1))
    return _replace(text, at, at + 1, "\ufffd"), [(at, at + 1, ENCODING)]


def _control_char(draw: st.DrawFn, text: str, taken: list[tuple[int, int]]) -> _Edit | None:
    spaces = [
        m.start() for m in re.finditer(r"(?<=\w) (?=\w)", text) if _free(m.start(), m.end(), taken)
    ]
    if not spaces:
        return None
    at = _choice(draw, spaces)
    char = draw(st.sampled_from(("\x00", "\x07", "\x1b", "\x0b", "\x7f")))
    return _replace(text, at, at, char), [(at, at + 1, ENCODING)]


def _homoglyph(draw: st.DrawFn, text: str, taken: list[tuple[int, int]]) -> _Edit | None:
    # A Latin word with one letter swapped for its Cyrillic lookalike: the finding is the word.
    words = [(s, e) for s, e in _words(text, taken) if any(ch in _HOMOGLYPHS for ch in text[s:e])]
    word = _pick(draw, words)
    if word is None:
        return None
    start, end = word
    positions = [i for i in range(start, end) if text[i] in _HOMOGLYPHS]
    at = _choice(draw, positions)
    new = _replace(text, at, at + 1, _HOMOGLYPHS[text[at]])
    return new, [(start, end, ENCODING)]


def _mojibake(draw: st.DrawFn, text: str, taken: list[tuple[int, int]]) -> _Edit | None:
    # "council's" saved with a curly apostrophe and read back as Windows-1252: "councilâ€™s".
    places = [
        m.start()
        for m in re.finditer(r"(?<=[A-Za-z])'(?=[a-z])", text)
        if _free(m.start(), m.end(), taken)
    ]
    if not places:
        return None
    at = _choice(draw, places)
    return _replace(text, at, at + 1, "â€™"), [(at, at + 3, ENCODING)]


_INJECTORS: dict[str, _Injector] = {
    "ad-slot-line": _ad_slot_line,
    "ad-slot-inline": _ad_slot_inline,
    "ad-label": _ad_label,
    "credit-line": _credit_line,
    "feed-footer": _feed_footer,
    "excerpt-cut": _excerpt_cut,
    "widget": _widget,
    "html-tag": _html_tag,
    "html-break": _html_break,
    "html-entity": _html_entity,
    "shortcode": _shortcode,
    "placeholder": _placeholder,
    "replacement-char": _replacement_char,
    "control-char": _control_char,
    "homoglyph": _homoglyph,
    "mojibake": _mojibake,
}

#: Every artifact kind ``with_artifacts`` can inject, and the check that must flag it.
ARTIFACT_KINDS: dict[str, str] = {
    "ad-slot-line": AD,
    "ad-slot-inline": AD,
    "ad-label": AD,
    "credit-line": CREDIT,
    "feed-footer": CREDIT,
    "excerpt-cut": CREDIT,
    "widget": WIDGET,
    "html-tag": HTML,
    "html-break": HTML,
    "html-entity": HTML,
    "shortcode": SHORTCODE,
    "placeholder": PLACEHOLDER,
    "replacement-char": ENCODING,
    "control-char": ENCODING,
    "homoglyph": ENCODING,
    "mojibake": ENCODING,
}


@st.composite
def with_artifacts(
    draw: st.DrawFn,
    texts: st.SearchStrategy[str] | None = None,
    min_artifacts: int = 1,
    max_artifacts: int = 3,
    kinds: Iterable[str] | None = None,
) -> Injected:
    """``texts`` (default :func:`articles`) with scraper artifacts injected, each located.

    ``kinds`` restricts the artifacts to some of :data:`ARTIFACT_KINDS` (``"ad-slot-line"``,
    ``"widget"``, ``"html-entity"``...). Inline damage is applied first and whole lines are
    inserted last, so no artifact lands inside another. When the drawn text has no place for a
    kind (mojibake needs an apostrophe inside a word), a clean sentence that has one is appended
    first (to ``original`` too), so every drawn artifact is injected.

    >>> sample = with_artifacts(articles(), min_artifacts=2, max_artifacts=2).example()
    >>> len(sample.spans) >= 2
    True
    """
    chosen = list(kinds) if kinds is not None else list(_INJECTORS)
    unknown = [kind for kind in chosen if kind not in _INJECTORS]
    if unknown or not chosen:
        raise ValueError(f"unknown artifact kinds {unknown}; choose from {sorted(_INJECTORS)}")
    if not 0 <= min_artifacts <= max_artifacts:
        raise ValueError("need 0 <= min_artifacts <= max_artifacts")
    original = draw(texts if texts is not None else articles())
    wanted = draw(st.lists(st.sampled_from(chosen), min_size=min_artifacts, max_size=max_artifacts))
    # Lines last: an inline edit made after a line insertion could land inside that line.
    wanted.sort(key=lambda kind: kind in _LINE_KINDS)
    text = original
    spans: list[tuple[int, int, str, str]] = []
    for kind in wanted:
        edit = _INJECTORS[kind](draw, text, [(s, e) for s, e, _, _ in spans])
        while edit is None:
            # The text has no place for this kind (no apostrophe for mojibake, no second
            # sentence for an inline ad slot): append clean prose that has every kind of place.
            separator = _carrier_separator(text)
            text += separator + _CARRIER
            original += separator + _CARRIER
            edit = _INJECTORS[kind](draw, text, [(s, e) for s, e, _, _ in spans])
        text, spans = _apply(edit, spans, kind, len(text))
    return Injected(
        text=text,
        original=original,
        spans=tuple(
            InjectedSpan(start, end, text[start:end], check, kind)
            for start, end, check, kind in sorted(spans)
        ),
    )


# Clean prose with a place for every inline kind: two sentences, apostrophes inside words, a
# space between words, a line that ends with a full stop.
_CARRIER = "It's the council's plan. The mayor said it would pass."


def _carrier_separator(text: str) -> str:
    if not text:
        return ""
    return " " if text[-1] in ".!?" else "\n\n"


_LINE_KINDS = frozenset(
    {"ad-slot-line", "ad-label", "credit-line", "feed-footer", "widget", "shortcode"}
)


def _apply(
    edit: _Edit, spans: list[tuple[int, int, str, str]], kind: str, old_length: int
) -> tuple[str, list[tuple[int, int, str, str]]]:
    """Shift the earlier spans past the edit and add the new ones."""
    new_text, new_spans = edit
    delta = len(new_text) - old_length
    # Every edit is one contiguous change that starts at or before its first new span, and
    # earlier spans never lie inside it: those at or after its start move by the length change.
    edit_start = min(s for s, _, _ in new_spans)
    shifted = [
        (s + delta, e + delta, check, k) if s >= edit_start else (s, e, check, k)
        for s, e, check, k in spans
    ]
    return new_text, shifted + [(s, e, check, kind) for s, e, check in new_spans]


# ---------------------------------------------------------------------------------------------
# Spin: phrases replaced by the synonyms article spinners choose.


@functools.lru_cache(maxsize=1)
def lexicon_pairs() -> tuple[tuple[str, str], ...]:
    """(original, spun) pairs from corpusgate's spinner lexicon (``data/spin/lexicon.tsv``).

    Only entries that are spun wherever they occur: no context rule, not of kind ``context``,
    weight at least 0.8 ("essentially never written by a person"). So a text spun with these
    pairs is spun at every substitution, which is what a property test needs.

    >>> ("last year", "final yr") in lexicon_pairs()
    True
    """
    from corpusgate.checks.spin.lexicon import shipped_lexicon

    return tuple(
        (entry.original, entry.spun)
        for entry in shipped_lexicon().entries
        if entry.original
        and not entry.context
        and entry.kind != "context"
        and entry.weight >= 0.8
        and entry.original.lower() != entry.spun.lower()
    )


@dataclass(frozen=True)
class _SpinTable:
    pattern: re.Pattern[str]
    spuns: dict[str, tuple[str, ...]]  # by original, first letter lower-cased
    carriers: tuple[str, ...]


def _key(phrase: str) -> str:
    return phrase[:1].lower() + phrase[1:]


@functools.lru_cache(maxsize=8)
def _spin_table(pairs: tuple[tuple[str, str], ...]) -> _SpinTable:
    spuns: dict[str, list[str]] = {}
    for original, spun in pairs:
        options = spuns.setdefault(_key(original), [])
        if spun not in options:
            options.append(spun)
    # One alternation, longest phrase first, so "last year" wins over "year" where both match;
    # the first letter may be a capital (a sentence start), the rest is matched as written.
    alternatives = sorted(spuns, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w'’-])(?:"
        + "|".join(
            f"[{re.escape(k[0])}{re.escape(k[0].upper())}]{re.escape(k[1:])}" for k in alternatives
        )
        + r")(?![\w'’-])"
    )
    carriers = tuple(c for c in _SPIN_CARRIERS if pattern.search(c)) or tuple(
        f"They spoke about {original} again." for original in list(spuns)[:20]
    )
    return _SpinTable(pattern, {k: tuple(v) for k, v in spuns.items()}, carriers)


# Clean sentences that carry phrases spinners replace, for texts too short to have enough.
_SPIN_CARRIERS = (
    "Government officials said last year that the plan was on schedule.",
    "The court ruled that the contract was valid, and the company declined to comment.",
    "At the same time, food prices rose for the first time in recent years.",
    "The ministry did not respond to a request for comment by the end of the year.",
    "Hundreds of residents attended a news conference last week.",
)


@st.composite
def with_spin(
    draw: st.DrawFn,
    texts: st.SearchStrategy[str] | None = None,
    min_substitutions: int = 1,
    max_substitutions: int = 5,
    pairs: Iterable[tuple[str, str]] | None = None,
) -> Spun:
    """``texts`` (default :func:`articles`) with phrases spun, each substitution located.

    Occurrences of the originals of ``pairs`` (``(original, spun)``; default
    :func:`lexicon_pairs`, from corpusgate's spinner lexicon) are replaced by a spun form, the
    capital of a sentence start kept. When the text has fewer than ``min_substitutions``
    occurrences, clean sentences that have some are appended first (to ``original`` too).

    >>> from hypothesis import strategies as st
    >>> text = st.just("Officials said it rained last year.")
    >>> pairs = [("last year", "final 12 months"), ("said", "stated"), ("officials", "officers")]
    >>> spun = with_spin(text, min_substitutions=3, pairs=pairs).example()
    >>> spun.text
    'Officers stated it rained final 12 months.'
    >>> [(s.original, s.text) for s in spun.spans]
    [('Officials', 'Officers'), ('said', 'stated'), ('last year', 'final 12 months')]
    """
    table = _spin_table(tuple(pairs) if pairs is not None else lexicon_pairs())
    if not table.spuns or not 0 <= min_substitutions <= max_substitutions:
        raise ValueError("need spin pairs and 0 <= min_substitutions <= max_substitutions")
    original = draw(texts if texts is not None else articles())
    while len(table.pattern.findall(original)) < min_substitutions:
        separator = _carrier_separator(original)
        original += separator + _choice(draw, table.carriers)
    candidates = [m.span() for m in table.pattern.finditer(original)]
    count = draw(st.integers(min_substitutions, min(max_substitutions, len(candidates))))
    picked = sorted(
        draw(st.lists(st.sampled_from(candidates), min_size=count, max_size=count, unique=True))
    )
    pieces: list[str] = []
    spans: list[SpinSpan] = []
    position = length = 0
    for start, end in picked:
        before = original[position:start]
        found = original[start:end]
        spun = _choice(draw, table.spuns[_key(found)])
        if found[0].isupper():
            spun = _capitalise(spun)
        pieces += [before, spun]
        length += len(before)
        spans.append(SpinSpan(length, length + len(spun), spun, found))
        length += len(spun)
        position = end
    pieces.append(original[position:])
    return Spun(text="".join(pieces), original=original, spans=tuple(spans))


# ---------------------------------------------------------------------------------------------
# Degenerate texts: what readability formulas handle badly.

#: The kinds ``degenerate_texts`` draws from.
DEGENERATE_KINDS = (
    "no-punctuation",
    "keyword-list",
    "glued-sentence",
    "tiny",
    "blank",
    "repeated-word",
    "numbers-only",
    "all-caps-headlines",
)


@st.composite
def degenerate_texts(draw: st.DrawFn, kinds: Iterable[str] | None = None) -> str:
    """A text that breaks readability formulas, of one of :data:`DEGENERATE_KINDS`.

    ``no-punctuation``: an article with its punctuation stripped (no sentence ends);
    ``keyword-list``: keywords separated by commas, pipes or line breaks; ``glued-sentence``: a
    whole article as one sentence; ``tiny``: one to three words; ``blank``: empty or
    whitespace only; ``repeated-word``: one word many times; ``numbers-only``: figures without
    words; ``all-caps-headlines``: short capitalised lines without full stops.

    >>> text = degenerate_texts(kinds=["no-punctuation"]).example()
    >>> any(ch in text for ch in ".!?")
    False
    """
    chosen = list(kinds) if kinds is not None else list(DEGENERATE_KINDS)
    unknown = [kind for kind in chosen if kind not in DEGENERATE_KINDS]
    if unknown or not chosen:
        raise ValueError(f"unknown degenerate kinds {unknown}; choose from {DEGENERATE_KINDS}")
    kind = _choice(draw, chosen)
    if kind == "no-punctuation":
        text = draw(articles(min_paragraphs=1, max_paragraphs=3, min_sentences=2))
        return re.sub(r"[^\w\s'’-]|(?<!\w)'|'(?!\w)", "", text)
    if kind == "keyword-list":
        words = draw(st.lists(st.sampled_from(_KEYWORDS), min_size=5, max_size=60))
        return draw(st.sampled_from((", ", " | ", "\n", " "))).join(words)
    if kind == "glued-sentence":
        text = draw(articles(min_paragraphs=1, max_paragraphs=3, min_sentences=2))
        # Every . ! ? removed, decimal points too ("3.5" would end a sentence for textstat), so
        # one sentence spans the article.
        parts = [re.sub(r"[.!?]", "", part) for part in _SENTENCE_END_RE.split(text)]
        joiner = draw(st.sampled_from((" and ", ", ", " ")))
        return joiner.join(parts) + "."
    if kind == "tiny":
        words = draw(st.lists(st.sampled_from(_KEYWORDS), min_size=1, max_size=3))
        end = draw(st.sampled_from(("", ".", "!")))
        return _capitalise(" ".join(words)) + end
    if kind == "blank":
        return draw(st.sampled_from(("", " ", "\n", "\n\n \t", "\u00a0")))
    if kind == "repeated-word":
        word = _choice(draw, _KEYWORDS)
        return " ".join([word] * draw(st.integers(20, 300)))
    if kind == "numbers-only":
        numbers = draw(st.lists(st.integers(0, 10**7), min_size=3, max_size=80))
        return " ".join(f"{n:,}" for n in numbers)
    lines = draw(st.lists(st.sampled_from(_TOPICS + _ORGS), min_size=2, max_size=12))
    return "\n".join(line.upper() for line in lines)


_KEYWORDS = (
    "budget", "council", "harbour", "tram", "election", "rent", "clinic", "strike", "flood",
    "bridge", "tax", "wind", "farm", "school", "meals", "recount", "audit", "port", "river",
    "transport", "housing", "jobs", "prices", "inflation", "hospital", "merger",
)  # fmt: skip
