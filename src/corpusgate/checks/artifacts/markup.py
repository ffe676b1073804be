"""Markup that survived extraction: HTML tags and entities, shortcodes, template placeholders.

Each detector anchors on syntax that prose does not produce: a known tag name right after
``<``, a ``;``-terminated entity that HTML defines, a shortcode with ``name=value`` attributes or
a matching ``[/name]``, a brace pair around a bare identifier. Lookalikes that news text does
contain (``a < b``, ``<3``, ``AT&T``, ``R&D``, ``[sic]``, ``[the minister]``, ``[1]``, ``$1.25``,
``50%``) fall outside that syntax. All patterns have bounded repetitions.
"""

from __future__ import annotations

import html
import html.entities
import re
from collections.abc import Iterator

from corpusgate.checks.artifacts._base import (
    STRIP_CHARS,
    ArtifactCheck,
    ArtifactParams,
    allow_field,
    extra_patterns_field,
    quote,
)
from corpusgate.checks.base import DocContext, register
from corpusgate.documents import Document, Finding

# ---------------------------------------------------------------------------------------------
# artifact.html

_TAG_NAMES = (
    "a|abbr|address|area|article|aside|audio|b|bdi|bdo|big|blockquote|body|br|button|canvas"
    "|caption|center|cite|code|col|colgroup|dd|del|details|dfn|dialog|div|dl|dt|em|embed"
    "|fieldset|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input"
    "|ins|kbd|label|legend|li|link|main|mark|meta|nav|nobr|noscript|object|ol|optgroup|option|p"
    "|param|picture|pre|script|section|select|small|source|span|strike|strong|style|sub"
    "|summary|sup|svg|table|tbody|td|template|textarea|tfoot|th|thead|time|title|tr|track|tt|u"
    "|ul|var|video|wbr"
)
# Bare attribute names are allowed only when HTML defines them as boolean: otherwise
# "a <b and c> d" would parse as a <b> tag with attributes "and" and "c".
_BOOLEAN_ATTRS = (
    "allowfullscreen|async|autofocus|autoplay|checked|controls|defer|disabled|hidden|itemscope"
    "|loop|muted|novalidate|open|playsinline|readonly|required|selected"
)
_ATTR = (
    r"\s+(?:[A-Za-z_:][\w:.-]{0,40}\s*=\s*"
    r"""(?:"[^"<>]{0,1000}"|'[^'<>]{0,1000}'|[^\s"'<>=`]{1,200})"""
    rf"|(?:{_BOOLEAN_ATTRS})(?![\w-]))"
)
_HTML_RE = re.compile(
    rf"(?P<tag></?(?P<tagname>{_TAG_NAMES})(?=[\s/>])(?:{_ATTR}){{0,30}}\s*/?>)"
    r"|(?P<opencomment><!--|<!\[CDATA\[)"
    rf"|(?P<escapedtag>&lt;/?(?:{_TAG_NAMES})(?:\s[^&<>\n]{{0,200}})?/?&gt;)"
    r"|(?P<double>&amp;(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|(?P<numeric>&#\d{1,7};|&#[xX][0-9a-fA-F]{1,6};)"
    r"|(?P<named>&[A-Za-z][A-Za-z0-9]{1,31};)"
    r"|(?P<mangled>&[ \t]{0,2}#[ \t]{0,2}\d{1,7}[ \t]{0,2};?|&#\d{2,7}(?![\d;])"
    r"|&[ \t](?:nbsp|amp|quot|apos|lt|gt|mdash|ndash|hellip|rsquo|lsquo|ldquo|rdquo);"
    r"|&(?:nbsp|amp|quot|mdash|ndash|hellip|rsquo|lsquo|ldquo|rdquo)(?![A-Za-z0-9;]))",
    re.IGNORECASE,
)
# Two-letter HTML5 names (&in; &or; &it; &pi;) are maths symbols nobody's CMS emits, and they
# collide with abbreviations next to a literal ampersand; only &lt; and &gt; are kept.
_HTML5_NAMES = frozenset(
    name[:-1]
    for name in html.entities.html5
    if name.endswith(";") and (len(name) > 3 or name.lower() in ("lt;", "gt;"))
)
_MAX_COMMENT_CHARS = 4000
_LINE_BREAK_TAGS = frozenset({"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"})


def _replacement_hint(decoded: str) -> str:
    if not decoded or (not decoded.isprintable() and not decoded.isspace()):
        return "remove it"
    if decoded.isspace():
        return "replace with a space"
    return f'replace with "{decoded}"'


class HtmlParams(ArtifactParams):
    extra_patterns: tuple[str, ...] = extra_patterns_field("leftover HTML")
    allow: tuple[str, ...] = allow_field("leftover HTML")


@register
class Html(ArtifactCheck[HtmlParams]):
    name = "artifact.html"
    summary = "Leftover HTML: tags, comments, entities and mangled entities."
    what = (
        "HTML that survived text extraction: tags with a known HTML name (`<strong>`, `</p>`, "
        "`<br/>`, `<div class=..>`), comments (`<!-- ... -->`), escaped tags (`&lt;p&gt;`), "
        "character entities (`&nbsp;`, `&amp;`, `&#39;`, `&#x27;`), double-escaped ones "
        "(`&amp;nbsp;`) and mangled ones (`& # 39;`, `&#8217` without `;`). Comparisons "
        "(`a < b and c > d`), `<3`, and literal ampersands (`AT&T`, `R&D`) are not flagged."
    )
    why = (
        "Markup in article text is extraction damage: it corrupts tokens (`&#39;` instead of an "
        "apostrophe), inflates lengths and leaks site structure into training data."
    )
    example = "The <strong>council</strong> approved the budget&nbsp;on Tuesday.</p>"
    passing_example = (
        "AT&T and R&D spending rose; if a < b and c > d, fans still sent <3 to Procter & Gamble."
    )
    fix = (
        "Extract text with an HTML parser instead of regexes, and unescape entities once "
        "(`html.unescape`). Each finding suggests the character an entity stands for."
    )
    Params = HtmlParams
    signal = "html_artifacts"
    extra_message = "matches the extra HTML pattern"
    extra_suggestion = "remove it"

    def detect(self, doc: Document, ctx: DocContext) -> Iterator[Finding]:
        text = doc.text
        if "<" not in text and "&" not in text:
            return
        position = 0
        while (match := _HTML_RE.search(text, position)) is not None:
            kind = match.lastgroup
            token = match.group()
            start, end = match.span()
            position = end
            if kind == "opencomment" and token == "<!--":
                # str.find, not a lazy regex: thousands of unclosed "<!--" would otherwise cost
                # a regex step per character of the window, each.
                close = text.find("-->", end, end + _MAX_COMMENT_CHARS)
                if close != -1:
                    position = close + 3
                    yield self.finding(
                        doc,
                        start,
                        position,
                        f"HTML comment {quote(text[start:position])}",
                        "remove the comment",
                    )
                    continue
            if kind == "tag":
                tagname = (match.group("tagname") or "").lower()
                hint = (
                    "replace with a line break" if tagname in _LINE_BREAK_TAGS else "remove the tag"
                )
                yield self.finding(doc, start, end, f"HTML tag {quote(token)}", hint)
            elif kind == "opencomment":
                yield self.finding(
                    doc, start, end, f"unterminated HTML comment {token}", "remove it"
                )
            elif kind == "escapedtag":
                yield self.finding(
                    doc, start, end, f"HTML-escaped tag {quote(token)}", "remove the tag"
                )
            elif kind == "double":
                decoded = html.unescape(html.unescape(token))
                yield self.finding(
                    doc,
                    start,
                    end,
                    f"double-escaped HTML entity {token}",
                    _replacement_hint(decoded),
                )
            elif kind == "numeric":
                yield self.finding(
                    doc, start, end, f"HTML entity {token}", _replacement_hint(html.unescape(token))
                )
            elif kind == "named":
                if token[1:-1] not in _HTML5_NAMES:
                    continue  # "Q&A;" or "S&Ps;": an ampersand, not an entity
                yield self.finding(
                    doc, start, end, f"HTML entity {token}", _replacement_hint(html.unescape(token))
                )
            else:  # mangled
                repaired = re.sub(r"[ \t]", "", token)
                if not repaired.endswith(";"):
                    repaired += ";"
                yield self.finding(
                    doc,
                    start,
                    end,
                    f"mangled HTML entity {token!r}",
                    _replacement_hint(html.unescape(repaired)),
                )


# ---------------------------------------------------------------------------------------------
# artifact.shortcode

# Ad-plugin shortcodes belong to artifact.ad-marker.
_AD_SHORTCODES = re.compile(r"(?:the_)?ad(?:s|vert|sense|_group|_placement)?(?:[_-]?\d+)?", re.I)
_SHORTCODE_RE = re.compile(
    r"(?P<close>\[/(?P<closename>[A-Za-z][\w-]{0,40})\])"
    r"|(?P<attrs>\[(?P<attrname>[A-Za-z][\w-]{0,40})\s+[\w-]{1,40}\s*=[^\[\]\n]{0,500}\])"
    r"|(?P<bbvalue>\[(?P<bbname>[A-Za-z]{1,20})=[^\[\]\n]{1,500}\])"
    r"|(?P<bare>\[(?P<barename>[a-z][\w-]{0,40})\s*/?\])"
)
# Bare names that are shortcodes wherever they appear.
_ALWAYS_SHORTCODES = frozenset(
    {
        "caption", "embed", "gallery", "playlist", "spoiler", "youtube", "vimeo", "soundcloud",
        "dropcap", "fullwidth", "accordion", "contact-form", "audio-player", "video-player",
    }
)  # fmt: skip
# Bare names that are also English words or editorial insertions ("[i]t was", "student[s]",
# "the [video] shows"): flagged only with a matching close tag, alone on a line, or followed
# directly by a URL ("[embed]https://...").
_CONDITIONAL_SHORTCODES = frozenset(
    {
        "audio", "video", "url", "img", "quote", "code", "list", "center", "tweet", "b", "i", "u",
        "s", "table", "row", "column", "button", "toggle", "tabs", "tab", "divider", "highlight",
        "color", "size", "font", "left", "right", "justify", "h1", "h2", "h3", "h4", "email",
        "indent", "sub", "sup", "strike", "hr", "br", "media", "map", "box", "note", "alert",
    }
)  # fmt: skip


class ShortcodeParams(ArtifactParams):
    extra_patterns: tuple[str, ...] = extra_patterns_field("shortcodes")
    allow: tuple[str, ...] = allow_field("a shortcode")


@register
class Shortcode(ArtifactCheck[ShortcodeParams]):
    name = "artifact.shortcode"
    summary = "WordPress shortcodes and BBCode tags such as [caption ...] and [/vc_row]."
    what = (
        "Unrendered WordPress shortcodes and BBCode: tags with `name=value` attributes "
        '(`[caption id="attachment_12" ...]`, `[url=...]`), closing tags (`[/caption]`, '
        "`[/vc_row]`), page-builder tags (`[vc_column_text]`, `[et_pb_section]`), `[embed]`, and "
        "common tags (`[b]`, `[quote]`) when a matching close tag exists. Editorial brackets in "
        "news (`[sic]`, `[the minister]`, `[1]`, `[t]he`) are not flagged."
    )
    why = (
        "A shortcode is the CMS's instruction, not text: the page showed a captioned photo or an "
        "embed there. Left in, it leaks CMS syntax into the corpus and often wraps caption text "
        "that reads as a stray sentence."
    )
    example = (
        '[caption id="attachment_12" align="alignnone" width="640"]Protesters in the square'
        "[/caption]\n[vc_row][vc_column_text]The council approved the budget.[/vc_column_text]"
    )
    passing_example = (
        "“He [the minister] knew about it,” she said, calling the plan “unprecedentd [sic]”.[1] "
        "“[T]he vote was close,” he added."
    )
    fix = (
        "Render or strip shortcodes before extraction (WordPress `strip_shortcodes()`), keeping "
        "caption text only if you want it."
    )
    Params = ShortcodeParams
    signal = "shortcodes"
    extra_message = "matches the extra shortcode pattern"
    extra_suggestion = "remove the shortcode"

    def detect(self, doc: Document, ctx: DocContext) -> Iterator[Finding]:
        text = doc.text
        if "[" not in text:
            return
        closes: set[str] | None = None
        for match in _SHORTCODE_RE.finditer(text):
            kind = match.lastgroup
            token = match.group()
            start, end = match.span()
            if kind == "close":
                name = match.group("closename")
                if _AD_SHORTCODES.fullmatch(name):
                    continue
                yield self.finding(
                    doc, start, end, f"closing shortcode tag {token}", "remove the shortcode tag"
                )
            elif kind == "attrs":
                if _AD_SHORTCODES.fullmatch(match.group("attrname")):
                    continue
                yield self.finding(
                    doc, start, end, f"shortcode {quote(token)}", "remove the shortcode tag"
                )
            elif kind == "bbvalue":
                yield self.finding(doc, start, end, f"BBCode tag {quote(token)}", "remove the tag")
            else:
                name = match.group("barename")
                if _AD_SHORTCODES.fullmatch(name):
                    continue
                if name in _ALWAYS_SHORTCODES or ("_" in name and any(c.isalpha() for c in name)):
                    pass
                elif name in _CONDITIONAL_SHORTCODES:
                    if closes is None:
                        closes = {
                            m.group(1) for m in re.finditer(r"\[/([A-Za-z][\w-]{0,40})\]", text)
                        }
                    if not (
                        name in closes
                        or _alone_on_line(text, start, end)
                        or text.startswith("http", end)
                    ):
                        continue
                else:
                    continue
                yield self.finding(
                    doc, start, end, f"shortcode {token}", "remove the shortcode tag"
                )


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Only blanks between ``text[start:end]`` and the line breaks around it.

    Walks the blanks instead of slicing to the line ends, so a one-line document full of
    tags stays linear (each run of blanks is walked at most twice).
    """
    i = start - 1
    while i >= 0 and text[i] in _BLANKS:
        i -= 1
    if i >= 0 and text[i] not in "\r\n":
        return False
    j = end
    while j < len(text) and text[j] in _BLANKS:
        j += 1
    return j == len(text) or text[j] in "\r\n"


_BLANKS = frozenset(STRIP_CHARS)


# ---------------------------------------------------------------------------------------------
# artifact.placeholder

_PLACEHOLDER_WORDS = (
    "TITLE|NAME|KEYWORD|KEYWORDS|CITY|STATE|COUNTRY|AUTHOR|DATE|URL|SITE|SITENAME|COMPANY|BRAND"
    "|PRODUCT|LOCATION|CONTENT|DESCRIPTION|EMAIL|PHONE|TOPIC|NICHE|FIRSTNAME|LASTNAME|FULLNAME"
    "|USERNAME|HEADLINE|SUMMARY|CATEGORY|ARTICLE|BODY|EXCERPT|IMAGE"
)
_PLACEHOLDER_RE = re.compile(
    r"(?P<template>\{\{[ \t]{0,5}[^{}\n]{0,60}?[ \t]{0,5}\}\}|\{%[^{}\n]{0,100}?%\})"
    r"|(?P<spintax>\{[^{}|\n]{1,80}(?:\|[^{}|\n]{0,80}){1,20}\})"
    r"|(?P<dollarbrace>\$\{[A-Za-z_][\w.]{0,40}\})"
    r"|(?<![\w\\$}^_])(?P<brace>\{(?P<word>[A-Za-z_][A-Za-z0-9_]{0,40}"
    r"|[A-Za-z][A-Za-z'-]{0,30}(?: [A-Za-z][A-Za-z'-]{0,30}){1,3})\})"
    rf"|(?<![\w$])(?P<dollar>\$(?:[A-Z]{{2,20}}_[A-Z_]{{1,30}}|(?:{_PLACEHOLDER_WORDS})(?![\w])))"
    r"|(?<![\w%])(?P<percentword>%%[A-Za-z_]{2,30}%%|%[A-Z][A-Z0-9_]{2,30}%)(?![\w%])"
    r"|(?<![\w%])(?P<printf>%\(\w{1,40}\)[sdifr]|%\d\$[sd]|%[sd])(?![A-Za-z0-9])"
    r"|(?P<insert>\[[ \t]?(?:INSERT|Insert|insert)\b[^\[\]\n]{0,80}\]"
    rf"|\[(?:YOUR )?(?:{_PLACEHOLDER_WORDS}|FIRST|LAST|CLIENT)"
    r"(?: (?:NAME|HERE|TITLE|URL|LINK|DATE))?\]"
    r"|\[TK\])"
)
# Every placeholder above starts with one of these characters. Scanning for them first and
# trying the full pattern only there is ~20x faster than finditer over an alternation whose
# branches open with look-behinds (Python's re then tries every branch at every position).
_PLACEHOLDER_TRIGGER_RE = re.compile(r"[{$%\[]")
# Rare words, so found by a fast substring test before the regex runs.
_WORD_PLACEHOLDER_RE = re.compile(r"(?P<lorem>\b[Ll]orem\s+ipsum\b)|(?P<insert>\bTKTK\b)")


class PlaceholderParams(ArtifactParams):
    extra_patterns: tuple[str, ...] = extra_patterns_field("template placeholders")
    allow: tuple[str, ...] = allow_field("a placeholder")


@register
class Placeholder(ArtifactCheck[PlaceholderParams]):
    name = "artifact.placeholder"
    summary = "Unfilled template placeholders and spintax such as {dollars} and {a|b|c}."
    what = (
        "Template variables that were never filled and spinner syntax that was never resolved: "
        "`{dollars}`, `{{title}}`, `{{ }}`, `{% tag %}`, `${name}`, `$TITLE`, `%%title%%`, `%s`, "
        "`%(name)s`, spintax `{fast|quick|rapid}`, `[INSERT QUOTE]`, `[TK]`, lorem ipsum. A "
        "braced single word gets the word itself as the suggested fix (`{dollars}` -> "
        "`dollars`). Dollar amounts, percentages, LaTeX and JSON are not flagged."
    )
    why = (
        "A placeholder means the text was generated from a template or a spinner and not "
        "checked: the sentence is broken where a value should be. Spinners in particular "
        "leave braces around words they protect (`{dollars}`)."
    )
    example = "Investments worth tens of billions of {dollars} went to {fast|quick|rapid} projects."
    passing_example = (
        "Prices rose 5% in May and the fund holds $1.25 billion, the CEO of AT&T said; the "
        'formula is \\frac{a}{b} and the config reads {"retries": 3}.'
    )
    fix = (
        "Fill the template or resolve the spintax before publishing; for a braced word, drop "
        "the braces. Regenerate the document if many placeholders are present."
    )
    Params = PlaceholderParams
    signal = "placeholders"
    extra_message = "matches the extra placeholder pattern"

    def detect(self, doc: Document, ctx: DocContext) -> Iterator[Finding]:
        text = doc.text
        for match in self._matches(text):
            kind = match.lastgroup
            token = match.group()
            start, end = match.span()
            suggestion: str | None
            if kind in ("brace", "word"):
                word = match.group("word")
                message = f"braced word {token} (template variable or spinner leftover)"
                suggestion = f'replace with "{word}"'
            elif kind == "spintax":
                options = [option.strip() for option in token[1:-1].split("|")]
                first = next((option for option in options if option), "")
                message = f"unresolved spintax {quote(token)}"
                suggestion = f'pick one alternative, e.g. "{first}"' if first else "remove it"
            elif kind == "template":
                inner = token[2:-2].strip()
                message = f"unfilled template tag {quote(token)}"
                suggestion = f'fill in "{inner}"' if inner else "remove it"
            elif kind == "lorem":
                message = "lorem ipsum filler text"
                suggestion = "replace the filler with real text"
            elif kind == "insert":
                message = f"editorial placeholder {quote(token)}"
                suggestion = "fill in the missing text"
            else:
                message = f"unfilled template placeholder {token}"
                suggestion = "fill in the value"
            yield self.finding(doc, start, end, message, suggestion)

    @staticmethod
    def _matches(text: str) -> Iterator[re.Match[str]]:
        position = 0
        while (trigger := _PLACEHOLDER_TRIGGER_RE.search(text, position)) is not None:
            match = _PLACEHOLDER_RE.match(text, trigger.start())
            if match is None:
                position = trigger.start() + 1
            else:
                yield match
                position = match.end()
        if "orem" in text or "TKTK" in text:
            yield from _WORD_PLACEHOLDER_RE.finditer(text)
