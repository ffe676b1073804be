"""Document text with every finding highlighted in place, as escaped HTML.

Findings may overlap (an ad marker inside a repeated line, two spin phrases sharing a word).
Nested ``<mark>`` elements would be ambiguous and unbalanced when spans cross, so the text is cut
at every span boundary instead: each piece is wrapped in one flat ``<mark>`` that lists every
finding covering it (``data-f``, ``title``) and says, by its class, how severe the worst of them
is and whether several overlap. Every piece of corpus text goes through :func:`escape`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

# Context kept around each finding when a long document is shown as excerpts.
EXCERPT_CONTEXT = 300
MAX_TITLES = 4

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    number: int
    severity: str  # error | warning | info (a finding within its expectation's budget)
    title: str
    anchor: str


def highlight(text: str, spans: Sequence[Span], start: int = 0, end: int | None = None) -> Markup:
    """``text[start:end]`` as HTML with ``spans`` marked (spans are clipped to the range)."""
    end = len(text) if end is None else min(end, len(text))
    clipped = [s for s in spans if s.end > start and s.start < end and s.end > s.start]
    cuts = {start, end}
    for span in clipped:
        cuts.add(max(span.start, start))
        cuts.add(min(span.end, end))
    points = sorted(cuts)
    starts: dict[int, list[Span]] = {}
    for span in clipped:
        starts.setdefault(max(span.start, start), []).append(span)
    parts: list[str] = []
    active: list[Span] = []
    for left, right in pairwise(points):
        for span in starts.get(left, ()):
            parts.append(f'<span class="anchor" id="{escape(span.anchor)}"></span>')
            active.append(span)
        active = [s for s in active if s.end > left]
        piece = escape(text[left:right])
        if not active:
            parts.append(piece)
            continue
        worst = min(active, key=lambda s: SEVERITY_RANK.get(s.severity, 3)).severity
        numbers = " ".join(str(s.number) for s in active)
        titles = [f"[{s.number}] {s.title}" for s in active[:MAX_TITLES]]
        if len(active) > MAX_TITLES:
            titles.append(f"… {len(active) - MAX_TITLES} more")
        overlap = " overlap" if len(active) > 1 else ""
        parts.append(
            f'<mark class="hl sev-{escape(worst)}{overlap}" data-f="{numbers}" '
            f'title="{escape(chr(10).join(titles))}">{piece}</mark>'
        )
    return Markup("".join(parts))


def excerpt_windows(
    length: int, spans: Sequence[Span], context: int = EXCERPT_CONTEXT
) -> list[tuple[int, int]]:
    """Merged ``(start, end)`` windows around the spans, for documents too long to show whole."""
    windows: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda s: s.start):
        left, right = max(0, span.start - context), min(length, span.end + context)
        if windows and left <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], right))
        else:
            windows.append((left, right))
    return windows


def highlight_excerpts(text: str, spans: Sequence[Span], context: int = EXCERPT_CONTEXT) -> Markup:
    """Only the neighbourhood of each finding, with the gaps between them counted."""
    windows = excerpt_windows(len(text), spans, context)
    if not windows:
        windows = [(0, min(len(text), 2 * context))]
    parts: list[str] = []
    previous = 0
    for left, right in windows:
        if left > previous:
            parts.append(f'<span class="gap">… {left - previous:,} characters …</span>')
        parts.append(highlight(text, spans, left, right))
        previous = right
    if previous < len(text):
        parts.append(f'<span class="gap">… {len(text) - previous:,} characters …</span>')
    return Markup("".join(parts))
