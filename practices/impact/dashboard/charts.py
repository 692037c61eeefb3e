"""Horizontal bar charts drawn as SVG on the server (templates/impact/includes/bar_chart.svg):
a few hundred bytes a bar, readable without JavaScript, each bar with its <title> and its
value written beside it; a range as a whisker. Pygal would add a dependency and about 10 KB of
styles and scripts per chart for the same bars (docs/decisions.md)."""

from dataclasses import dataclass

WIDTH = 320  # the viewBox; the SVG scales to its column
PLOT = 190  # bars' room; the value is written to the right of its bar
ROW = 38  # a label line, then the bar
BAR = 14


@dataclass(frozen=True)
class Bar:
    label: str
    value_text: str
    label_y: int
    bar_y: int
    # Coordinates as SVG text ("12.5"): a template would write them in the reader's locale
    # ("12,5" in French), which SVG cannot read.
    x: str
    width: str
    text_x: str
    whisker: tuple[str, str] | None  # x of the low and high ends


@dataclass(frozen=True)
class Chart:
    title: str
    unit: str
    bars: list[Bar]
    height: int
    zero_x: str
    width: int = WIDTH


def bar_chart(*, title: str, unit: str, items: list[tuple], limit: int = 10) -> Chart | None:
    """`items`: (label, value, value_text[, low, high]); the `limit` first are drawn (the table
    beside the chart lists them all). None when there is nothing to draw."""
    items = [item for item in items[:limit] if item[1] or (len(item) > 3 and item[3:5] != (0, 0))]
    if not items:
        return None
    lows = [min(item[1], *(item[3:4] or [0])) for item in items]
    highs = [max(item[1], *(item[4:5] or [0])) for item in items]
    low, high = min(0.0, *lows), max(0.0, *highs)
    span = (high - low) or 1.0

    def x_of(value: float) -> float:
        return round((value - low) / span * PLOT, 1)

    zero = x_of(0.0)
    bars = []
    for index, item in enumerate(items):
        label, value, value_text = item[:3]
        end = x_of(value)
        whisker = (x_of(item[3]), x_of(item[4])) if len(item) > 4 else None
        right = max(end, zero, whisker[1] if whisker else 0)
        top = index * ROW
        bars.append(
            Bar(
                label=label,
                value_text=value_text,
                label_y=top + 13,
                bar_y=top + 18,
                x=_svg(min(zero, end)),
                width=_svg(max(abs(end - zero), 0.5)),
                text_x=_svg(right + 4),
                whisker=(_svg(whisker[0]), _svg(whisker[1])) if whisker else None,
            )
        )
    return Chart(title=title, unit=unit, bars=bars, height=len(items) * ROW + 4, zero_x=_svg(zero))


def _svg(value: float) -> str:
    return f"{value:.1f}"
