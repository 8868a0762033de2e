"""Charts as inline SVG strings, drawn on the server: no scripts, no libraries, no network.
Every text and attribute value passes through `html.escape` here; a chart scales to its
container through its viewBox."""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import accumulate

# Okabe and Ito's palette, safe for the common kinds of colour blindness; grey is "the rest".
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
GREY = "#8c8c8c"
WIDTH = 760  # every chart's viewBox is this wide
CHAR = 6.8  # about how wide a character of 12 px text is, to keep words inside the chart


@dataclass(frozen=True)
class Series:
    """A named, coloured run of values, one per day."""

    name: str
    color: str
    values: Sequence[Decimal]


@dataclass(frozen=True)
class Bar:
    value: float
    color: str
    text: str  # written after the bar, or inside its end where the chart has no room
    data: Mapping[str, str] = field(default_factory=dict)  # data-* attributes, for tests


@dataclass(frozen=True)
class BarGroup:
    label: str
    bars: Sequence[Bar]


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def tag(name: str, content: str | None = None, /, **attrs: object) -> str:
    """An element; `content` is markup already escaped, None for an empty element. Attribute
    names: `class_` is `class`, other underscores are dashes (`data_model`: `data-model`)."""
    rendered = "".join(
        f' {key.rstrip("_").replace("_", "-")}="{esc(value)}"'
        for key, value in attrs.items()
        if value is not None
    )
    return f"<{name}{rendered} />" if content is None else f"<{name}{rendered}>{content}</{name}>"


def usd(value: Decimal | str | float) -> str:
    """Dollars: whole ones from $10,000, else cents, and two significant digits below $0.10
    ($0.034, $0.00012)."""
    amount = Decimal(str(value))
    size, sign = abs(amount), "-" if amount < 0 else ""
    if size >= 10_000:
        return f"{sign}${size:,.0f}"
    if size >= Decimal("0.1") or size == 0:
        return f"{sign}${size:,.2f}"
    places = max(2, 1 - math.floor(math.log10(size)))
    whole, _, cents = f"{size:.{places}f}".partition(".")
    return f"{sign}${whole}.{cents.rstrip('0').ljust(2, '0')}"


def share(part: int, whole: int) -> str:
    """A percentage for people: 35%, or <1% rather than a misleading 0%."""
    fraction = part / whole if whole else 0.0
    shown = f"{fraction:.0%}"
    return "<1%" if fraction > 0 and shown == "0%" else shown


def ms(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:,.0f} ms" if value >= 10 else f"{value:.1f} ms"


def ticks(top: float, count: int = 4) -> list[float]:
    """Round steps from 0 to at least `top`: 0, 0.025, 0.05... or 0, 200, 400..."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw * (1 - 1e-9))
    return [round(i * step, 12) for i in range(math.ceil(top / step - 1e-9) + 1)]


def _svg(height: float, label: str, content: str) -> str:
    return tag(
        "svg",
        content,
        viewBox=f"0 0 {WIDTH} {height:.0f}",
        role="img",
        aria_label=label,
        class_="chart",
        xmlns="http://www.w3.org/2000/svg",
    )


def _text(x: float, y: float, words: str, anchor: str = "start", **attrs: object) -> str:
    return tag("text", esc(words), x=f"{x:.1f}", y=f"{y:.1f}", text_anchor=anchor, **attrs)


def _y_axis(steps: list[float], y: Callable[[float], float], left: float) -> str:
    """Dollar gridlines."""
    parts = []
    for step in steps:
        at = y(step)
        parts.append(
            tag("line", x1=left, x2=WIDTH - 8, y1=f"{at:.1f}", y2=f"{at:.1f}", class_="grid")
        )
        parts.append(_text(left - 6, at + 4, usd(step), "end", class_="tick"))
    return "".join(parts)


def _x_days(days: Sequence[str], x: Callable[[int], float], bottom: float, caption: str) -> str:
    every = 1 if len(days) <= 16 else 2
    labels = [
        _text(x(index), bottom + 16, str(int(day[-2:])), "middle", class_="tick")
        for index, day in enumerate(days)
        if index % every == 0
    ]
    return "".join(labels) + _text((x(0) + x(len(days) - 1)) / 2, bottom + 34, caption, "middle")


def stacked_days(days: Sequence[str], series: Sequence[Series], caption: str, label: str) -> str:
    """A bar per day, one stacked segment per series (dollars)."""
    height, top, bottom, left = 250.0, 12.0, 206.0, 70.0
    totals = [sum((s.values[i] for s in series), Decimal(0)) for i in range(len(days))]
    steps = ticks(float(max(totals, default=0)))
    slot = (WIDTH - 8 - left) / len(days)

    def y(value: float) -> float:
        return bottom - (bottom - top) * value / steps[-1]

    def x(index: int) -> float:
        return left + slot * (index + 0.5)

    parts = [_y_axis(steps, y, left)]
    base = [0.0] * len(days)  # what the series below reach, per day
    for entry in series:
        segments = []
        for index, day in enumerate(days):
            value = entry.values[index]
            if value <= 0:
                continue
            low, high = y(base[index]), y(base[index] + float(value))
            base[index] += float(value)
            segments.append(
                tag(
                    "rect",
                    tag("title", esc(f"{day} · {entry.name}: {usd(value)}")),
                    x=f"{x(index) - slot * 0.35:.1f}",
                    y=f"{high:.1f}",
                    width=f"{slot * 0.7:.1f}",
                    height=f"{max(low - high, 0.5):.1f}",
                    fill=entry.color,
                    data_day=day,
                    data_usd=value,
                )
            )
        parts.append(tag("g", "".join(segments), class_="series", data_series=entry.name))
    parts.append(_x_days(days, x, bottom, caption))
    return _svg(height, label, "".join(parts))


def cumulative_lines(
    days: Sequence[str], lines: Sequence[Series], last: int, caption: str, label: str
) -> str:
    """Running totals per day up to day index `last`, with the gap between the first two lines
    shaded; each line ends in its final amount."""
    height, top, bottom, left = 250.0, 14.0, 206.0, 70.0
    running = [list(accumulate(line.values[: last + 1])) for line in lines]
    steps = ticks(float(max((values[-1] for values in running if values), default=0)))
    slot = (WIDTH - 110 - left) / len(days)

    def y(value: float) -> float:
        return bottom - (bottom - top) * value / steps[-1]

    def x(index: int) -> float:
        return left + slot * (index + 0.5)

    parts = [_y_axis(steps, y, left)]
    points = [[(x(i), y(float(v))) for i, v in enumerate(values)] for values in running]
    if len(points) >= 2 and points[0]:
        outline = points[1] + points[0][::-1]
        parts.append(tag("polygon", points=_path(outline), class_="gap"))
    for line, drawn, values in zip(lines, points, running, strict=True):
        if not drawn:
            continue
        dots = "".join(
            tag(
                "circle",
                tag("title", esc(f"{day}: {usd(v)} so far")),
                cx=f"{px:.1f}",
                cy=f"{py:.1f}",
                r=2.5,
                fill=line.color,
            )
            for (px, py), v, day in zip(drawn, values, days, strict=False)
        )
        end_x, end_y = drawn[-1]
        parts.append(
            tag(
                "g",
                tag("polyline", points=_path(drawn), stroke=line.color, class_="line")
                + dots
                + _text(
                    end_x + 8,
                    end_y + 4,
                    f"{usd(values[-1])} {line.name}",
                    class_="end",
                    fill=line.color,
                ),
                class_="series",
                data_series=line.name,
                data_total=values[-1],
            )
        )
    parts.append(_x_days(days, x, bottom, caption))
    return _svg(height, label, "".join(parts))


def bar_rows(
    groups: Sequence[BarGroup], top: float, label: str, reference: float | None = None
) -> str:
    """Horizontal bars from 0 to `top`, one row per bar, grouped under a label on the left;
    `reference` draws a dashed line at that value (a cap's 100%), and the words of shorter
    bars start after it."""
    left, right_room, row, gap = 170.0, 210.0, 18.0, 12.0
    height = sum(len(group.bars) * row + gap for group in groups) + 8
    span = WIDTH - left - right_room

    def x(value: float) -> float:
        return left + span * min(value, top) / top if top > 0 else left

    marked = x(reference) if reference is not None and top > 0 else left
    parts, at = [], 6.0
    if marked > left:
        line = {"x1": f"{marked:.1f}", "x2": f"{marked:.1f}", "y1": 0, "y2": f"{height:.0f}"}
        parts.append(tag("line", class_="reference", **line))
    for group in groups:
        block = len(group.bars) * row
        rows = [_text(left - 10, at + block / 2 + 4, group.label, "end", class_="name")]
        for index, bar in enumerate(group.bars):
            y = at + index * row
            width = max(x(bar.value) - left, 1.0 if bar.value > 0 else 0.0)
            data = {f"data_{key}": value for key, value in bar.data.items()}
            box = {"x": left, "y": f"{y + 2:.1f}", "width": f"{width:.1f}", "height": row - 4}
            rows.append(tag("rect", tag("title", esc(bar.text)), fill=bar.color, **box, **data))
            words_at = max(left + width, marked) + 6
            if words_at + len(bar.text) * CHAR > WIDTH:  # no room after it: inside its end
                rows.append(
                    _text(left + width - 6, y + row / 2 + 4, bar.text, "end", class_="inside")
                )
            else:
                rows.append(_text(words_at, y + row / 2 + 4, bar.text, class_="value"))
        parts.append(tag("g", "".join(rows), class_="series", data_series=group.label))
        at += block + gap
    return _svg(height, label, "".join(parts))


def _path(points: Sequence[tuple[float, float]]) -> str:
    return " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
