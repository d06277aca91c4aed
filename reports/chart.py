"""Inline SVG charts made here (no library, no network): responses over time with the
deadline and reminder rounds marked, and horizontal bars for a yes/no question.

The geometry is computed here; the SVG comes from templates (reports/templates/*.svg)
with autoescaping, like every other page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

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
) -> Markup:
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

    step = max(1, round(y_max / 5))
    grid = [(_a(y(n)), n) for n in range(0, y_max + 1, step)]
    base_y = _a(y(0))
    tick_every = max(1, round(span / 7))
    ticks = [(_a(x(day)), f"{day:%m-%d}") for i in range(0, span + 1, tick_every)
             for day in [start + dt.timedelta(days=i)]]
    # Markers: reminder rounds, the deadline, today; each label in the first of three
    # rows where it does not run into another.
    taken: list[list[tuple[float, float]]] = [[], [], []]
    placed = []
    for m in sorted(markers, key=lambda m: m.day):
        if not start <= m.day <= end:
            continue
        text_w = 7.2 * len(m.label) + 4
        right_edge = x(m.day) + 4 + text_w > WIDTH - 2
        lo = x(m.day) - 4 - text_w if right_edge else x(m.day) + 4
        row = next((i for i, spans in enumerate(taken)
                    if all(lo + text_w < a or lo > b for a, b in spans)), 0)
        taken[row].append((lo, lo + text_w))
        anchor, tx = ("end", x(m.day) - 4) if right_edge else ("start", x(m.day) + 4)
        placed.append(PlacedMarker(
            kind=m.kind, label=m.label, x=_a(x(m.day)),
            color=COLORS.get(m.kind, COLORS["axis"]),
            width="2" if m.kind == "deadline" else "1.5",
            dash="" if m.kind == "deadline" else "5 4",
            text_x=_a(tx), text_y=str(TOP + 8 + 15 * row), anchor=anchor))
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
    return _render("chart_responses.svg", {
        "W": WIDTH, "H": HEIGHT, "LEFT": LEFT, "RIGHT_X": WIDTH - RIGHT, "TOP": TOP,
        "C": COLORS, "title": title, "grid": grid, "base_y": base_y,
        "tick_y": _a(y(0) + 5), "tick_label_y": _a(y(0) + 19), "ticks": ticks,
        "total_y": _a(y(total)), "total_label_y": _a(y(total) - 5),
        "total_label": total_label, "y_label": y_label, "mid_y": _a(TOP + plot_h / 2),
        "markers": placed, "path": path, "area": area,
        "end_x": _a(points[-1][0]), "end_y": _a(points[-1][1]),
        "end_label_x": _a(points[-1][0] - 6), "end_label_y": _a(points[-1][1] - 8),
        "cum": cum})


@dataclass(frozen=True)
class PlacedMarker:
    kind: str
    label: str
    x: str
    color: str
    width: str
    dash: str
    text_x: str
    text_y: str
    anchor: str


def _render(name: str, context: dict[str, object]) -> Markup:
    from .templating import environment

    return Markup(environment().get_template(name).render(**context).strip())


def bar_chart(rows: Sequence[tuple[str, int, str]], *, title: str) -> Markup:
    """Horizontal bars: (label, count, color key). Widths relative to the sum."""
    total = max(sum(n for _, n, _ in rows), 1)
    row_h, label_w, width = 30, 130, 560
    bar_max = width - label_w - 70
    bars = []
    for i, (label, n, color) in enumerate(rows):
        top = 5 + i * row_h
        w = max(bar_max * n / total, 1)
        bars.append({"label": label, "n": n, "pct": round(100 * n / total),
                     "mid": f"{top + row_h / 2}", "top": top + 4, "w": _a(w),
                     "h": row_h - 8, "fill": COLORS.get(color, color),
                     "text_x": _a(label_w + w + 6)})
    return _render("chart_bars.svg", {"width": width, "height": row_h * len(rows) + 10,
                                      "label_w": label_w, "title": title, "bars": bars})
