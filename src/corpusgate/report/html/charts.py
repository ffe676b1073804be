"""Charts as inline SVG, drawn here in Python: no script, no library, nothing fetched.

Only SVG presentation attributes and classes are used (no ``style=`` attributes), so the
report's Content-Security-Policy can allow its one stylesheet by hash and nothing else. Every
label goes through :func:`escape`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

# Width of one marker-label character at the stylesheet's 9.5px bold, for collision tests.
LABEL_CHAR_WIDTH = 6.0


@dataclass(frozen=True)
class Marker:
    """A vertical line on a histogram: a suite bound, an outlier fence, a threshold, the median."""

    value: float
    label: str
    kind: str  # bound | fence | median | threshold


def fmt(value: float) -> str:
    """A short human number: 3 significant digits, thousands separators for big ones."""
    if not math.isfinite(value):
        return str(value)
    magnitude = abs(value)
    if magnitude >= 10_000:
        return f"{value:,.0f}"
    if magnitude >= 100:
        return f"{value:.0f}"
    if magnitude >= 1 or value == 0:
        return f"{value:.3g}"
    return f"{value:.2g}"


def histogram(
    edges: Sequence[float],
    counts: Sequence[int],
    markers: Sequence[Marker] = (),
    *,
    width: int = 340,
    height: int = 165,
    label: str = "",
) -> Markup:
    """Bars of a histogram with marker lines; markers far outside the data sit at the edge."""
    if not counts or len(edges) != len(counts) + 1:
        return Markup('<p class="muted">no values</p>')
    pad_left, pad_right, pad_top, pad_bottom = 34, 10, 30, 30
    low, high = float(edges[0]), float(edges[-1])
    span = high - low or 1.0
    # Widen the axis to show a marker just outside the data, but not one so far away that
    # the bars would shrink to a sliver: those are drawn at the edge with an arrow.
    for marker in markers:
        if low - 0.5 * span <= marker.value < low:
            low = marker.value
        elif high < marker.value <= high + 0.5 * span:
            high = marker.value
    span = high - low or 1.0
    plot_w = width - pad_left - pad_right
    plot_h = height - pad_top - pad_bottom
    top = max(counts) or 1
    # When one bin holds most values (a score that is 0 for most documents) a linear scale
    # hides the tail that matters; a square-root scale keeps it visible, and says so.
    root = top > 0.5 * sum(counts) and sum(1 for c in counts if c) > 1
    scale = math.sqrt if root else float

    def x(value: float) -> float:
        return pad_left + (value - low) / span * plot_w

    parts = [
        f'<svg class="chart hist" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="{escape(label)}">',
        f"<title>{escape(label)}</title>",
    ]
    bounds = sorted(m.value for m in markers if m.kind == "bound")
    if len(bounds) >= 2:
        # Shade what lies outside the suite's bounds.
        left, right = x(max(bounds[0], low)), x(min(bounds[-1], high))
        if left > pad_left:
            parts.append(_rect(pad_left, pad_top, left - pad_left, plot_h, "outside"))
        if right < pad_left + plot_w:
            parts.append(_rect(right, pad_top, pad_left + plot_w - right, plot_h, "outside"))
    for index, count in enumerate(counts):
        if not count:
            continue
        left, right = x(float(edges[index])), x(float(edges[index + 1]))
        bar_h = max(1.0, scale(count) / scale(top) * plot_h)
        tip = f"{fmt(float(edges[index]))} – {fmt(float(edges[index + 1]))}: {count:,}"
        parts.append(
            f'<rect class="bar" x="{left:.1f}" y="{pad_top + plot_h - bar_h:.1f}" '
            f'width="{max(right - left - 1, 1):.1f}" height="{bar_h:.1f}"><title>{escape(tip)}'
            "</title></rect>"
        )
    base_y = pad_top + plot_h
    parts.append(
        f'<line class="axis" x1="{pad_left}" y1="{base_y}" x2="{pad_left + plot_w}" y2="{base_y}"/>'
    )
    for value, anchor in ((low, "start"), ((low + high) / 2, "middle"), (high, "end")):
        parts.append(
            f'<text class="tick" x="{x(value):.1f}" y="{base_y + 13}" text-anchor="{anchor}">'
            f"{escape(fmt(value))}</text>"
        )
    parts.append(
        f'<text class="tick" x="{pad_left - 4}" y="{pad_top + 8}" text-anchor="end">{top:,}</text>'
    )
    if root:
        parts.append(
            f'<text class="tick" x="{pad_left - 4}" y="{pad_top + 19}" text-anchor="end">√'
            "<title>square-root scale: most values fall in one bin</title></text>"
        )
    placed: list[tuple[float, float, int]] = []
    for marker in markers:
        if marker.value < low or marker.value > high:
            at_left = marker.value < low
            mx = float(pad_left if at_left else pad_left + plot_w)
            arrow = "◂ " if at_left else ""
            tail = "" if at_left else " ▸"
            text = f"{arrow}{marker.label} {fmt(marker.value)}{tail}"
            parts.append(
                f'<text class="mk-label mk-{marker.kind}" x="{mx:.1f}" y="{base_y + 26}" '
                f'text-anchor="{"start" if at_left else "end"}">{escape(text)}</text>'
            )
            continue
        mx = x(marker.value)
        parts.append(
            f'<line class="mk mk-{marker.kind}" x1="{mx:.1f}" y1="{pad_top - 4}" x2="{mx:.1f}" '
            f'y2="{base_y}"><title>{escape(marker.label)}: {escape(fmt(marker.value))}</title>'
            "</line>"
        )
        if mx > pad_left + plot_w * 0.85:
            anchor = "end"
        elif mx < pad_left + plot_w * 0.15:
            anchor = "start"
        else:
            anchor = "middle"
        # Labels sit beside their line (or centred above it), never across it.
        nudge = {"end": -3.0, "start": 3.0, "middle": 0.0}[anchor]
        wide = LABEL_CHAR_WIDTH * len(marker.label)
        left = mx + nudge - {"end": wide, "start": 0.0, "middle": wide / 2}[anchor]
        box = (left - 3, left + wide + 3)
        # Two rows of labels above the plot; a third colliding label is left to the tooltip.
        row = next(
            (
                r
                for r in (0, 1)
                if not any(r == taken and a < box[1] and box[0] < b for a, b, taken in placed)
            ),
            None,
        )
        if row is None:
            continue
        placed.append((box[0], box[1], row))
        parts.append(
            f'<text class="mk-label mk-{marker.kind}" x="{mx + nudge:.1f}" '
            f'y="{pad_top - 8 - 10 * row}" text-anchor="{anchor}">{escape(marker.label)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _rect(x: float, y: float, w: float, h: float, cls: str) -> str:
    return f'<rect class="{cls}" x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}"/>'


def bars(rows: Sequence[tuple[str, int, int]], *, width: int = 480, label: str = "") -> Markup:
    """Horizontal bars: ``(name, documents, findings)`` per row, bar length = documents."""
    if not rows:
        return Markup('<p class="muted">no findings</p>')
    row_h, name_w, pad_right = 24, 160, 135
    height = row_h * len(rows) + 8
    top = max(documents for _, documents, _ in rows) or 1
    plot_w = width - name_w - pad_right
    parts = [
        f'<svg class="chart bars" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="{escape(label)}"><title>{escape(label)}</title>'
    ]
    for index, (name, documents, findings) in enumerate(rows):
        y = 4 + index * row_h
        length = max(2.0, documents / top * plot_w)
        shown = name if len(name) <= 26 else name[:25] + "…"
        parts.append(
            f'<text class="bar-name" x="{name_w - 8}" y="{y + 15}" text-anchor="end">'
            f"<title>{escape(name)}</title>{escape(shown)}</text>"
        )
        parts.append(
            f'<rect class="bar" x="{name_w}" y="{y + 3}" width="{length:.1f}" height="{row_h - 7}">'
            f"<title>{escape(name)}: {documents:,} documents, {findings:,} findings</title></rect>"
        )
        parts.append(
            f'<text class="bar-value" x="{name_w + length + 6:.1f}" y="{y + 15}">'
            f"{documents:,} docs / {findings:,} findings</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def meter(failing: int, documents: int, allowed: int, ok: bool, width: int = 110) -> Markup:
    """A small bar: the failing share of documents, with a tick at the allowed share."""
    height = 12
    share = failing / documents if documents else 0.0
    allowed_share = allowed / documents if documents else 0.0
    # A square-root scale keeps 1 failing document in 10,000 visible.
    fill = math.sqrt(share) * width
    tick = math.sqrt(allowed_share) * width
    cls = "ok" if ok else "bad"
    return Markup(
        f'<svg class="meter" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-hidden="true"><rect class="track" x="0" y="2" width="{width}" height="8" rx="4"/>'
        f'<rect class="fill {cls}" x="0" y="2" width="{max(fill, 0 if not failing else 3):.1f}" '
        f'height="8" rx="4"/><line class="allowed" x1="{tick:.1f}" y1="0" x2="{tick:.1f}" '
        f'y2="{height}"/></svg>'
    )
