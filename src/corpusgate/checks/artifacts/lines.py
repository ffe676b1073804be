"""Page chrome left in the text as lines: ad slots, scraper credit lines, share/subscribe widgets.

All three checks judge a whole stripped line against anchored patterns (``fullmatch``), so the
words "advertisement", "read more" or "share this" inside a sentence are never flagged. Every
built-in pattern here is linear: alternations of literals, bounded ``.{0,n}`` tails, and
repetitions only over classes that the following token cannot also match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpusgate.checks.artifacts._base import (
    REMOVE_LINE,
    ArtifactCheck,
    ArtifactParams,
    Line,
    allow_field,
    extra_patterns_field,
    quote,
    split_lines,
)
from corpusgate.checks.base import DocContext, register
from corpusgate.documents import Document, Finding

# Chrome lines are short; a long line is prose whatever it starts with. Bounding the line
# length also bounds the work of every anchored pattern below.
_MAX_CHROME_LINE = 300

# Decoration scrapers keep around labels: "- Advertisement -", "— ADVERTISEMENT —", "Ad:".
_DECOR = r"[\s\-–—―_*•·|=~#:>.]*"

# ---------------------------------------------------------------------------------------------
# artifact.ad-marker

# Bracketed slot markers from WordPress ad plugins. Numbered ones ([ad_1], [ad-2], [adsense])
# never occur in prose; the bare words ([ad], [ads], [advert]) could be an editorial insertion
# inside a quote ("the [ad] ran twice"), so those need a line or sentence boundary (below).
_AD_SLOT_RE = re.compile(
    r"\[(?P<word>ads?|adverts?|advertisements?|advertising|adsense|adv)"
    r"(?P<num>[ _#-]?\d{1,4})?\]"
    r"|\[(?:the_ad|the_ad_group|the_ad_placement|adsense|ad|ads|advert)\s+id\s*=[^\[\]\n]{1,80}\]",
    re.IGNORECASE,
)
_UNAMBIGUOUS_SLOT_WORDS = frozenset({"adsense", "adv"})
_SENTENCE_END = re.compile(r"""[.!?:;"”’)\]]\s*$""")

_AD_LINE_RE = re.compile(
    _DECOR + r"(?:"
    r"advertisements?|advertising|ads?|ad\s+feedback|advertisement\s+feature"
    # the label in other languages news sites print it in
    r"|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|advertentie|reklame|реклама"
    r"|sponsored(?:\s+(?:content|links?|posts?|stories|story|message|articles?|listings?))?"
    r"|paid\s+(?:content|posts?|partnership|promotion|advertisement)"
    r"|promoted(?:\s+(?:content|stories|links?|listings?))?"
    r"|(?:story|article|text|content)\s+continues\s+(?:below|after)"
    r"(?:\s+(?:this\s+)?(?:advertisement|ad))?|continue\s+reading\s+below"
    r"|advertisement\s*[-–—:·|]?\s*(?:scroll\s+(?:down\s+)?to\s+continue"
    r"(?:\s+(?:reading|with\s+content))?|continue\s+reading\s+below)"
    r"|scroll\s+to\s+continue\s+with\s+content"
    r")" + _DECOR,
    re.IGNORECASE,
)


class AdMarkerParams(ArtifactParams):
    extra_patterns: tuple[str, ...] = extra_patterns_field("ad markers")
    allow: tuple[str, ...] = allow_field("an ad marker")


@register
class AdMarker(ArtifactCheck[AdMarkerParams]):
    name = "artifact.ad-marker"
    summary = "Ad-slot markers such as [ad_1] and standalone 'Advertisement' labels."
    what = (
        "Ad-slot markers left by WordPress ad plugins and scrapers: `[ad_1]`, `[ad-2]`, "
        '`[adsense]`, `[the_ad id="12"]`, and `[ad]`, `[ads]`, `[advert]` at a line or sentence '
        "boundary; and lines that consist only of an ad label: `Advertisement`, "
        "`- Advertisement -`, `ADVERTISEMENT`, `Ad`, `Sponsored`, `Story continues below "
        'advertisement`. The word inside a sentence ("an ad campaign", "the advertisement '
        'ran for a week") is not flagged.'
    )
    why = (
        "The markers are where the page showed an ad. They are not part of the article, they "
        "teach a model that articles contain `[ad_1]`, and they are the signature of a scraped "
        "copy. No web-corpus filter reports them; C4-style line filters silently drop them."
    )
    example = "[ad_1]\nThe council approved the budget on Tuesday.\n- Advertisement -\n[ad_2]"
    passing_example = (
        "The company launched an ad campaign in May; the advertisement ran for a week.\n"
        "Advertisement revenue fell 4 percent, the report said."
    )
    fix = (
        "Remove the marker lines, or strip the markers in the scraper "
        "(`re.sub(r'\\[ad[_-]?\\d*\\]', '', text)`). Exempt a label that is legitimate in your "
        "corpus with `allow`; add site-specific markers with `extra_patterns`."
    )
    Params = AdMarkerParams
    signal = "ad_markers"
    extra_message = "matches the extra ad-marker pattern"
    extra_suggestion = "remove the marker"

    def detect(self, doc: Document, ctx: DocContext) -> Iterator[Finding]:
        text = doc.text
        lines = ctx.derive(split_lines)
        marker_lines: set[int] = set()
        for line in lines:
            if len(line.text) <= 80 and _AD_LINE_RE.fullmatch(line.text):
                marker_lines.add(line.start)
                yield self.finding(
                    doc,
                    line.start,
                    line.end,
                    f"standalone ad label {quote(line.text)!r}",
                    suggestion=REMOVE_LINE,
                )
        if "[" not in text:
            return
        for line in lines:
            if line.start in marker_lines or "[" not in line.text:
                continue
            for match in _AD_SLOT_RE.finditer(line.text):
                word = (match.group("word") or "").lower()
                ambiguous = (
                    bool(word) and not match.group("num") and word not in _UNAMBIGUOUS_SLOT_WORDS
                )
                # Lines are stripped, so a marker has text before it unless it starts the
                # line, and after it unless it ends the line. Only a short window before the
                # marker is inspected, keeping a line full of markers linear.
                has_before = match.start() > 0
                has_after = match.end() < len(line.text)
                if ambiguous and has_before and has_after:
                    window = line.text[max(0, match.start() - 8) : match.start()]
                    if not _SENTENCE_END.search(window):
                        continue  # "the [ad] ran twice": an editorial insertion, not a slot
                alone = not has_before and not has_after
                yield self.finding(
                    doc,
                    line.start + match.start(),
                    line.start + match.end(),
                    f"ad-slot marker {match.group()}",
                    suggestion=REMOVE_LINE if alone else "remove the marker",
                )


# ---------------------------------------------------------------------------------------------
# artifact.credit-line

_LEAD = r"[\s\-–—»›→>(\[|*•]*"
_TRAIL = r"[\s\-–—»›→>.:…)\]|!*]*"

_CREDIT_KINDS: tuple[tuple[str, str, str], ...] = (
    # (group name, message, pattern); the whole stripped line must match.
    ("source", "scraper credit line", r"source\s*:?\s*(?:link|url|https?://\S{1,500})"),
    (
        "readmore",
        "read-more link",
        r"read\s+more(?:\s*[:»›→>|]\s*.{0,200}|\s+(?:here|at|on|from)\b.{0,100})?"
        r"|read\s+(?:the\s+)?(?:full|original|complete|entire)\s+(?:article|story|post|report|text)"
        r"(?:\s+(?:here|at|on|from)\b.{0,100})?"
        r"|(?:view|see)\s+(?:the\s+)?(?:full|original)\s+(?:article|story|post)\b.{0,100}"
        r"|(?:full|whole)\s+(?:story|article)|original\s+(?:source|article)"
        r"|read\s+the\s+rest\s+of\s+(?:this|the)\s+(?:entry|article|story|post)\b.{0,60}"
        r"|(?:continue|keep)\s+reading(?:\s+(?:the\s+main\s+story|the\s+(?:full\s+)?(?:article|story)"
        r"|this\s+(?:article|story)|here)|\s+(?:at|on)\s+.{1,80})?",
    ),
    ("clickhere", "click-here link", r"click\s+here\b.{0,200}"),
    (
        "feedpost",
        "feed footer",
        r"the\s+post\s+.{1,300}?\s+appeared\s+first\s+on\s+.{1,200}",
    ),
    ("excerpt", "excerpt truncation marker", r"\[(?:…|\.\.\.|&hellip;|&#8230;)\]"),
)
_CREDIT_LINE_RE = re.compile(
    _LEAD
    + "(?:"
    + "|".join(f"(?P<{name}>{pattern})" for name, _, pattern in _CREDIT_KINDS)
    + ")"
    + _TRAIL,
    re.IGNORECASE,
)
_CREDIT_MESSAGES = {name: message for name, message, _ in _CREDIT_KINDS}

# A feed excerpt ends in "[…]" or "… Read more" on the same line as the excerpt's text. A
# bracketed ellipsis *inside* a line is a quote omission and stays unflagged.
_TRAILING_CREDIT_RE = re.compile(
    r"\[(?:…|\.\.\.|&hellip;|&#8230;)\]\s*$"
    r"|(?<=[…\.])\s*\[?(?:read\s+more|continue\s+reading)\]?\s*[»›→>]*\s*$",
    re.IGNORECASE,
)


class CreditLineParams(ArtifactParams):
    extra_patterns: tuple[str, ...] = extra_patterns_field("credit or read-more lines")
    allow: tuple[str, ...] = allow_field("a credit line")


@register
class CreditLine(ArtifactCheck[CreditLineParams]):
    name = "artifact.credit-line"
    summary = "Scraper credit and read-more lines such as 'Source link' and 'Read more »'."
    what = (
        "Lines a scraper or feed appends to copied articles: `Source link`, `Source: link`, "
        "`Read more`, `Read More »`, `Read the full article`, `Continue reading`, `Click here "
        "to ...`, WordPress feed footers `The post ... appeared first on ...`, and an excerpt "
        "cut off with `[…]` or `… Read more`. Only whole lines (or a line's trailing marker) "
        'are judged: "you can read more about it in our report" is prose and passes.'
    )
    why = (
        "Credit lines are the fingerprint of auto-copied content and are not part of the "
        "article; a truncated excerpt means the body is missing. A model trained on them learns "
        "to end articles with `Source link`. Repetition-based filters miss them because they "
        "are only two words long."
    )
    example = "The council approved the budget on Tuesday, officials said.\nSource link"
    passing_example = (
        "You can read more about it in our report, the mayor said. “We [...] will not back "
        "down,” she added, according to the source."
    )
    fix = (
        "Drop the line (and re-fetch the full article where an excerpt was truncated). "
        "Configure the scraper to stop before the credit footer."
    )
    Params = CreditLineParams
    signal = "credit_lines"
    extra_message = "matches the extra credit-line pattern"
    extra_suggestion = REMOVE_LINE

    def detect(self, doc: Document, ctx: DocContext) -> Iterator[Finding]:
        for line in ctx.derive(split_lines):
            if len(line.text) <= _MAX_CHROME_LINE * 2:
                match = _CREDIT_LINE_RE.fullmatch(line.text)
                if match is not None:
                    kind = match.lastgroup or "source"
                    suggestion = (
                        "re-fetch the full article and remove the marker"
                        if kind == "excerpt"
                        else REMOVE_LINE
                    )
                    yield self.finding(
                        doc,
                        line.start,
                        line.end,
                        f"{_CREDIT_MESSAGES[kind]} {quote(line.text)!r}",
                        suggestion=suggestion,
                    )
                    continue
            yield from self._trailing(doc, line)

    def _trailing(self, doc: Document, line: Line) -> Iterator[Finding]:
        tail_start = max(0, len(line.text) - 40)
        match = _TRAILING_CREDIT_RE.search(line.text, tail_start)
        if match is None:
            return
        offset = len(match.group()) - len(match.group().lstrip())
        start = line.start + match.start() + offset
        yield self.finding(
            doc,
            start,
            line.start + match.end(),
            f"truncated excerpt: line ends with {quote(doc.text[start : line.end])!r}",
            suggestion="re-fetch the full article and remove the marker",
        )


# ---------------------------------------------------------------------------------------------
# artifact.widget

_FEEDS = (
    r"facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|email|e-mail|telegram|messenger"
    r"|tumblr|pocket|flipboard|bluesky|threads|mastodon|sms"
)
_OFFERS = (
    r"(?:newsletters?|our|e-?mails?|inbox|alerts|updates|digest|briefing|bulletin|subscription"
    r"|account|free|access|premium|unlimited|digital|podcast|channel|trial|continue|reading)"
)
_WIDGET_KINDS: tuple[tuple[str, str, str], ...] = (
    (
        "share",
        "share widget",
        r"share\s+this(?:\s+(?:article|story|post|page|video|with\s+a\s+friend))?\s*:?"
        r"|share\s+(?:article|story|post|page)\s*:?"
        rf"|share\s+(?:on|via|to|with)\s+(?:{_FEEDS})(?:\s*\(opens\s+in\s+(?:a\s+)?new\s+window\))?"
        r"|share\s*:"
        r"|click\s+to\s+(?:share|email|print|tweet|pin)\b.{0,120}"
        r"|(?:copy|copied)\s+(?:the\s+)?link(?:\s+to\s+clipboard)?|link\s+copied(?:\s+to\s+clipboard)?",
    ),
    (
        "related",
        "related-links widget",
        r"related(?:\s+(?:articles?|posts?|stories|news|content|coverage|reading|links?|topics|videos?))?"
        r"(?:\s*:\s*.{0,200})?"
        r"|(?:also\s+read|read\s+also|see\s+also|must\s+read|don'?t\s+miss|more\s+stories"
        r"|recommended(?:\s+(?:for\s+you|stories|articles|reading))?"
        r"|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in|enjoy)"
        r"|most\s+(?:popular|read|viewed|shared)|trending(?:\s+(?:now|stories|news))?"
        r"|latest\s+(?:news|stories|posts)|top\s+stories|editor'?s\s+picks?)"
        r"(?:\s*:\s*.{0,200})?",
    ),
    ("newsletter", "newsletter prompt", r"(?:the\s+|our\s+)?newsletters?(?:\s+sign[\s-]?up)?"),
    (
        "navigation",
        "navigation widget",
        r"back\s+to\s+top(?:\s+button)?|scroll\s+to\s+top|skip\s+to\s+(?:main\s+)?(?:content|navigation)"
        r"|post\s+navigation|(?:previous|next)\s+(?:article|post|story)(?:\s*:\s*.{0,150})?",
    ),
    (
        "print",
        "print widget",
        r"print\s+friendly,?\s*pdf\s*(?:&|&amp;|and)\s*email"
        r"|print\s+(?:this\s+)?(?:article|page|story)|printer[-\s]friendly(?:\s+version)?",
    ),
    (
        "cookies",
        "cookie notice",
        r"(?:we|this\s+(?:web)?site|our\s+(?:web)?site)\s+uses?\s+cookies\b.{0,400}"
        r"|by\s+(?:continuing\s+to\s+(?:use|browse)|using)\s+(?:this|our)\s+(?:web)?site\b.{0,300}"
        r"|accept(?:\s+all)?\s+cookies|cookie\s+(?:settings|policy|preferences|consent)"
        r"|manage\s+(?:cookie\s+)?(?:preferences|consent)",
    ),
    (
        "subscribe",
        "subscription or paywall prompt",
        # A bare "Subscribe"/"Sign up" is chrome; with more words the line must name what is
        # offered, since "Sign up for the vaccine at your pharmacy" is public-service news.
        rf"(?:subscribe|sign[\s-]up)(?:\s+(?:now|today|here|for\s+free))?"
        rf"|(?:subscribe|sign[\s-]up)\b.{{0,120}}?\b{_OFFERS}\b.{{0,120}}"
        r"|already\s+a\s+(?:subscriber|member)\??.{0,100}"
        r"|(?:log|sign)\s+in(?:\s+to\s+(?:continue|read|comment|keep\s+reading)\b.{0,80})?|register"
        r"|this\s+(?:article|content|story)\s+is\s+(?:only\s+)?(?:for|available\s+to|available\s+for)"
        r"\s+(?:paid\s+)?(?:subscribers|members)\b.{0,100}"
        r"|(?:to\s+)?continue\s+reading,?\s+(?:please\s+)?(?:subscribe|log\s+in|sign\s+in|register)\b.{0,100}"
        r"|you(?:'ve|\s+have)\s+reached\s+your\s+(?:\w+\s+)?(?:limit|maximum)\s+of\s+free\b.{0,100}"
        r"|(?:get|unlock)\s+(?:full|unlimited)\s+(?:digital\s+)?access\b.{0,100}"
        r"|(?:get|join)\s+(?:our|the)\s+(?:free\s+|daily\s+|weekly\s+)?newsletter\b.{0,100}",
    ),
    (
        "photo",
        "photo caption chrome",
        r"toggle\s+caption|hide\s+caption|enlarge\s+this\s+image|expand\s+image"
        r"|(?:image|media)\s+(?:source|caption)\s*,\s*.{1,150}|open\s+image\s+in\s+gallery"
        r"|(?:view|open)\s+(?:image|photo)\s+gallery|(?:click|tap)\s+to\s+(?:enlarge|expand)\b.{0,60}",
    ),
    (
        "follow",
        "follow-us prompt",
        r"follow\s+us\b.{0,150}|like\s+us\s+on\s+facebook\b.{0,100}"
        rf"|join\s+us\s+on\s+(?:{_FEEDS})\b.{{0,100}}",
    ),
    (
        "tags",
        "tag or category list",
        r"(?:tags?|tagged(?:\s+(?:with|in|as))?|filed\s+under|categories|category|posted\s+in)\s*:.{0,300}",
    ),
    (
        "comments",
        "comment widget",
        r"leave\s+a\s+(?:reply|comment)|(?:\d{1,6}\s+)?comments?(?:\s*\(\d{1,6}\))?|cancel\s+reply"
        r"|your\s+email\s+address\s+will\s+not\s+be\s+published\b.{0,100}"
        r"|required\s+fields\s+are\s+marked\s*\*?|add\s+a\s+comment|(?:view|show)\s+comments"
        r"|join\s+the\s+(?:conversation|discussion)",
    ),
    (
        "listen",
        "audio or reading-time chrome",
        r"listen\s+to\s+(?:this\s+)?(?:article|story)\b.{0,40}|\d{1,3}\s+min(?:ute)?s?\s+read"
        r"|gift\s+this\s+article|save\s+(?:this\s+)?(?:article|story)",
    ),
)
_WIDGET_LINE_RE = re.compile(
    _LEAD
    + "(?:"
    + "|".join(f"(?P<{name}>{pattern})" for name, _, pattern in _WIDGET_KINDS)
    + ")"
    + _TRAIL,
    re.IGNORECASE,
)
_WIDGET_MESSAGES = {name: message for name, message, _ in _WIDGET_KINDS}

# Lines that are widget chrome only when they sit next to other chrome (a share bar renders as
# "Facebook / Twitter / Email"): alone, "Email" or "Print" could be a heading.
_WEAK_WIDGET_RE = re.compile(
    _LEAD
    + rf"(?:{_FEEDS}|share|tweet|pin(?:\s+it)?|print|more|like|like\s+this:?|loading\.*|copy)"
    + _TRAIL,
    re.IGNORECASE,
)

# Browser-support notices are judged by content, not by the whole line, but only on short lines.
_JS_NOTICE_RE = re.compile(
    r"\benable\s+javascript\b|\bjavascript\s+(?:is\s+)?(?:disabled|required|not\s+enabled"
    r"|must\s+be\s+enabled)\b|\bbrowser\s+does\s+not\s+support\s+(?:the\s+)?"
    r"(?:video|audio|iframes?|html5|this\s+video)\b",
    re.IGNORECASE,
)


class WidgetParams(ArtifactParams):
    extra_patterns: tuple[str, ...] = extra_patterns_field("widget text")
    allow: tuple[str, ...] = allow_field("widget text")


@register
class Widget(ArtifactCheck[WidgetParams]):
    name = "artifact.widget"
    summary = "Share, subscribe, related-links, cookie, JavaScript and print widget text."
    what = (
        "Lines of page chrome: share bars (`Share this:`, `Share on Facebook`, `Click to share "
        "on Twitter`), related links (`Related Articles`, `Related: ...`), `Back to top "
        "button`, `Print Friendly, PDF & Email`, `Please enable JavaScript`, cookie notices "
        "(`We use cookies ...`), subscription and paywall prompts (`Subscribe to our "
        "newsletter`, `Sign up for ...`, `Subscribe now to continue reading`), photo chrome "
        "(`toggle caption`), `Follow us on ...`, `Tags: ...`, comment forms. Bare network names "
        "(`Facebook`, `Email`, `Print`) count only next to other chrome."
    )
    why = (
        "Widget text is not the article. It repeats across pages of a site, inflates "
        "boilerplate in training data and misleads text statistics (word counts, readability)."
    )
    example = (
        "The council approved the budget on Tuesday.\nShare this:\n"
        "Click to share on Twitter (Opens in new window)\nFacebook\nRelated Articles"
    )
    passing_example = (
        "Officials said they would share this information with the public.\n"
        "Email\nThe mayor's office did not respond to a request for comment."
    )
    fix = (
        "Extract only the article body (e.g. with a readability/boilerplate remover) or drop "
        "the flagged lines."
    )
    Params = WidgetParams
    signal = "widget_lines"
    extra_message = "matches the extra widget pattern"
    extra_suggestion = REMOVE_LINE

    def detect(self, doc: Document, ctx: DocContext) -> Iterator[Finding]:
        lines = ctx.derive(split_lines)
        kinds: list[str | None] = []
        weak: list[bool] = []
        for line in lines:
            kind: str | None = None
            is_weak = False
            if len(line.text) <= _MAX_CHROME_LINE * 2:
                match = _WIDGET_LINE_RE.fullmatch(line.text)
                if match is not None:
                    kind = match.lastgroup
                elif len(line.text) <= 40 and _WEAK_WIDGET_RE.fullmatch(line.text):
                    is_weak = True
                elif len(line.text.split()) <= 30 and _JS_NOTICE_RE.search(line.text):
                    kind = "javascript"
            kinds.append(kind)
            weak.append(is_weak)
        for i, line in enumerate(lines):
            kind = kinds[i]
            if kind is not None:
                message = _WIDGET_MESSAGES.get(kind, "browser-support notice")
                yield self.finding(
                    doc, line.start, line.end, f"{message} {quote(line.text)!r}", REMOVE_LINE
                )
            elif weak[i]:
                neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(lines)]
                if any(kinds[j] is not None or weak[j] for j in neighbours):
                    yield self.finding(
                        doc,
                        line.start,
                        line.end,
                        f"share-bar item {quote(line.text)!r} next to other widget text",
                        REMOVE_LINE,
                        confidence=0.8,
                    )
