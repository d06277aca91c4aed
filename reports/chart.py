"""Inline SVG charts made here (no library, no network): responses over time with the
deadline and reminder rounds marked, and horizontal bars for a yes/no question."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

WIDTH = 820
HEIGHT = 300
LEFT, RIGHT, TOP, BOTTOM = 48, 24, 34, 46

COLORS = {
    "line": "#1f5f99",
    "fill": "#1f5f9922",
    "grid": "#d9dee4",
    "axis": "#5b6470",
    "deadline": "#b3261e",
    "reminder": "#c77700",
    "today": "#6b7280",
    "yes": "#2e7d32",
    "no": "#b3261e",
    "none": "#9aa3ad",
}


@dataclass(frozen=True)
class Marker:
    day: dt.date
    label: str
    kind: str  # "deadline" | "reminder" | "today"


def _a(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def responses_chart(
    responses: Sequence[dt.date],
    *,
    total: int,
    start: dt.date,
    end: dt.date,
    markers: Sequence[Marker],
    title: str,
    y_label: str,
    total_label: str,
    until: dt.date | None = None,
) -> str:
    """Cumulative responses per day as a step line. `until` stops the line (today)."""
    if end <= start:
        end = start + dt.timedelta(days=1)
    span = (end - start).days
    plot_w = WIDTH - LEFT - RIGHT
    plot_h = HEIGHT - TOP - BOTTOM
    y_max = max(total, len(responses), 1)

    def x(day: dt.date) -> float:
        return LEFT + plot_w * (day - start).days / span

    def y(n: float) -> float:
        return TOP + plot_h * (1 - n / y_max)

    parts: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'class="chart" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>',
    ]
    # Horizontal grid and y labels.
    step = max(1, round(y_max / 5))
    n = 0
    while n <= y_max:
        yy = _a(y(n))
        parts.append(f'<line x1="{LEFT}" y1="{yy}" x2="{WIDTH - RIGHT}" y2="{yy}" '
                     f'stroke="{COLORS["grid"]}" stroke-width="1"/>')
        parts.append(f'<text x="{LEFT - 8}" y="{yy}" text-anchor="end" dominant-baseline='
                     f'"middle" font-size="12" fill="{COLORS["axis"]}">{n}</text>')
        n += step
    # The roster size: the line the responses climb towards.
    parts.append(f'<line x1="{LEFT}" y1="{_a(y(total))}" x2="{WIDTH - RIGHT}" '
                 f'y2="{_a(y(total))}" stroke="{COLORS["axis"]}" stroke-dasharray="2 3"/>')
    parts.append(f'<text x="{LEFT + 6}" y="{_a(y(total) - 5)}" text-anchor="start" '
                 f'font-size="11" fill="{COLORS["axis"]}">{escape(total_label)}</text>')
    # X axis with about seven date ticks.
    base_y = _a(y(0))
    parts.append(f'<line x1="{LEFT}" y1="{base_y}" x2="{WIDTH - RIGHT}" y2="{base_y}" '
                 f'stroke="{COLORS["axis"]}" stroke-width="1"/>')
    tick_every = max(1, round(span / 7))
    for i in range(0, span + 1, tick_every):
        day = start + dt.timedelta(days=i)
        xx = _a(x(day))
        parts.append(f'<line x1="{xx}" y1="{base_y}" x2="{xx}" y2="{_a(y(0) + 5)}" '
                     f'stroke="{COLORS["axis"]}"/>')
        parts.append(f'<text x="{xx}" y="{_a(y(0) + 19)}" text-anchor="middle" '
                     f'font-size="12" fill="{COLORS["axis"]}">{day:%m-%d}</text>')
    parts.append(f'<text x="14" y="{_a(TOP + plot_h / 2)}" font-size="12" '
                 f'fill="{COLORS["axis"]}" text-anchor="middle" transform="rotate(-90 14 '
                 f'{_a(TOP + plot_h / 2)})">{escape(y_label)}</text>')
    # Markers: reminder rounds, the deadline, today; each label in the first of three
    # rows where it does not run into another.
    taken: list[list[tuple[float, float]]] = [[], [], []]
    for m in sorted(markers, key=lambda m: m.day):
        if not start <= m.day <= end:
            continue
        color = COLORS.get(m.kind, COLORS["axis"])
        xx = _a(x(m.day))
        dash = ' stroke-dasharray="5 4"' if m.kind != "deadline" else ""
        width = 2 if m.kind == "deadline" else 1.5
        parts.append(f'<line class="marker marker-{m.kind}" x1="{xx}" y1="{TOP - 4}" '
                     f'x2="{xx}" y2="{base_y}" stroke="{color}" stroke-width="{width}"{dash}/>')
        text_w = 7.2 * len(m.label) + 4
        right_edge = x(m.day) + 4 + text_w > WIDTH - 2
        lo = x(m.day) - 4 - text_w if right_edge else x(m.day) + 4
        row = next((i for i, spans in enumerate(taken)
                    if all(lo + text_w < a or lo > b for a, b in spans)), 0)
        taken[row].append((lo, lo + text_w))
        anchor, tx = ("end", x(m.day) - 4) if right_edge else ("start", x(m.day) + 4)
        parts.append(f'<text x="{_a(tx)}" y="{TOP + 8 + 15 * row}" text-anchor="{anchor}" '
                     f'font-size="12" font-weight="600" fill="{color}" '
                     f'stroke="#ffffff" stroke-width="3" paint-order="stroke">'
                     f"{escape(m.label)}</text>")
    # The cumulative step line.
    stop = min(until or end, end)
    counts: dict[dt.date, int] = {}
    for day in responses:
        counts[max(day, start)] = counts.get(max(day, start), 0) + 1
    points: list[tuple[float, float]] = [(x(start), y(0))]
    cum = 0
    for day in sorted(counts):
        if day > stop:
            break
        points.append((x(day), y(cum)))
        cum += counts[day]
        points.append((x(day), y(cum)))
    if stop >= start:
        points.append((x(stop), y(cum)))
    path = " ".join(f"{'M' if i == 0 else 'L'}{_a(px)},{_a(py)}"
                    for i, (px, py) in enumerate(points))
    area = path + f" L{_a(points[-1][0])},{base_y} L{_a(points[0][0])},{base_y} Z"
    parts.append(f'<path d="{area}" fill="{COLORS["fill"]}" stroke="none"/>')
    parts.append(f'<path class="responses" d="{path}" fill="none" stroke="{COLORS["line"]}" '
                 f'stroke-width="2.5" stroke-linejoin="round"/>')
    parts.append(f'<circle cx="{_a(points[-1][0])}" cy="{_a(points[-1][1])}" r="4" '
                 f'fill="{COLORS["line"]}"/>')
    parts.append(f'<text x="{_a(points[-1][0] - 6)}" y="{_a(points[-1][1] - 8)}" '
                 f'text-anchor="end" font-size="13" font-weight="700" '
                 f'fill="{COLORS["line"]}">{cum}</text>')
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(rows: Sequence[tuple[str, int, str]], *, title: str) -> str:
    """Horizontal bars: (label, count, color key). Widths relative to the sum."""
    total = max(sum(n for _, n, _ in rows), 1)
    row_h, label_w, width = 30, 130, 560
    height = row_h * len(rows) + 10
    bar_max = width - label_w - 70
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'class="bars" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    for i, (label, n, color) in enumerate(rows):
        top = 5 + i * row_h
        w = bar_max * n / total
        pct = round(100 * n / total)
        parts.append(f'<text x="{label_w - 8}" y="{top + row_h / 2}" text-anchor="end" '
                     f'dominant-baseline="middle" font-size="13" fill="#222">'
                     f"{escape(label)}</text>")
        parts.append(f'<rect x="{label_w}" y="{top + 4}" width="{_a(max(w, 1))}" '
                     f'height="{row_h - 8}" rx="3" fill="{COLORS.get(color, color)}"/>')
        parts.append(f'<text x="{_a(label_w + max(w, 1) + 6)}" y="{top + row_h / 2}" '
                     f'dominant-baseline="middle" font-size="13" fill="#222">'
                     f"{n} ({pct} %)</text>")
    parts.append("</svg>")
    return "".join(parts)
