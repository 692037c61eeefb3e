"""Points and countries drawn as SVG on the outlines (outlines.py).

`network_map_svg` draws points: each a link with a <title>, points closer than a marker merged
into a cluster showing how many it holds. `country_choropleth_svg` shades countries by a number
with a legend. Both return the SVG with what the accessible list beside it needs."""

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from practices.network.maps.outlines import WORLD, View, country_paths, sphere_path, view_for_bbox
from practices.network.maps.projection import equal_earth

CLUSTER_CELL = 30  # SVG units (of 1000 across): points nearer than this are one cluster
SEA, LAND, BORDER = "#dcebf2", "#eeeae0", "#b9b3a3"
NO_DATA = "#e2e2e2"
KIND_COLOURS = {
    "worked": "#2e7d32",
    "mixed": "#b26a00",
    "did_not_work": "#c62828",
    "practice": "#2e7d32",
    "member": "#1a3f7a",
    "partner": "#3d86c6",
    "farm": "#6d4c41",
    "region": "#6a1b9a",
    "event": "#ad1457",
}
DEFAULT_COLOUR = "#37474f"
RIM = 'stroke="#fff" stroke-width="2"'  # a white rim keeps touching markers apart
SQUARE_KINDS = {"member", "partner"}  # organisations as squares, practices as dots
# A sequential scale (ColorBrewer YlGn, 5 classes) for the choropleth.
SCALE = ("#ffffcc", "#c2e699", "#78c679", "#31a354", "#006837")
_SAFE_URL = re.compile(r"^(/|https?://)")


@dataclass(frozen=True)
class MapPoint:
    latitude: float
    longitude: float
    label: str
    url: str = ""
    kind: str = ""


@dataclass
class Marker:
    x: float
    y: float
    points: list[MapPoint] = field(default_factory=list)


@dataclass
class PointMap:
    svg: SafeString
    points: list[MapPoint]  # every point drawn, in the list's order
    markers: list[Marker]


@dataclass
class LegendClass:
    colour: str
    low: float
    high: float


@dataclass
class Choropleth:
    svg: SafeString
    legend: list[LegendClass]
    rows: list[tuple[str, float]]  # (ISO2, value), largest first


def kind_colour(kind: str) -> str:
    return KIND_COLOURS.get(kind, DEFAULT_COLOUR)


def _link(url: str) -> str:
    return escape(url) if url and _SAFE_URL.match(url) else ""


def _cluster(points: list[MapPoint], view: View) -> list[Marker]:
    """Greedy clustering on a grid of the drawing: a point joins the cluster of its cell; the
    cluster sits at its points' mean. Deterministic: the same points give the same map."""
    cells: dict[tuple[int, int], Marker] = {}
    for point in points:
        x, y = equal_earth(point.longitude, point.latitude)
        sx, sy = view.to_svg(float(x), float(y))
        if not view.contains(sx, sy):
            continue
        marker = cells.setdefault((int(sx // CLUSTER_CELL), int(sy // CLUSTER_CELL)), Marker(0, 0))
        marker.points.append(point)
        marker.x += sx
        marker.y += sy
    markers = list(cells.values())
    for marker in markers:
        marker.x /= len(marker.points)
        marker.y /= len(marker.points)
    return markers


def _outlines(
    view: View, *, detailed: bool, fills: Mapping[str, str] | None = None, titles=None
) -> list[str]:
    if fills is None and titles is None:
        return [base_layer(view, detailed=detailed)]
    return _outline_parts(view, detailed=detailed, fills=fills, titles=titles)


def _outline_parts(view: View, *, detailed: bool, fills=None, titles=None) -> list[str]:
    if view == WORLD:
        parts = [f'<path fill="{SEA}" d="{sphere_path()}"/>']
    else:
        parts = [f'<rect width="{view.width}" height="{view.height}" fill="{SEA}"/>']
    width = 0.8 if detailed else 0.6
    parts.append(f'<g stroke="{BORDER}" stroke-width="{width}" stroke-linejoin="round">')
    for country, path in country_paths(view, detailed=detailed):
        fill = (fills or {}).get(country.iso2, NO_DATA if fills is not None else LAND)
        title = titles.get(country.iso2) if titles else None
        if title:
            parts.append(f'<path fill="{fill}" d="{path}"><title>{escape(title)}</title></path>')
        else:
            parts.append(f'<path fill="{fill}" d="{path}"/>')
    parts.append("</g>")
    return parts


@lru_cache(maxsize=64)
def base_layer(view: View, *, detailed: bool) -> str:
    """The sea and the land of a view, without data: the same for every language and every
    set of points, drawn once per process and view (lru_cache is thread-safe; two threads
    missing it together both draw the same string, and the outlines under it are loaded once,
    practices.loading.load_once)."""
    return "".join(_outline_parts(view, detailed=detailed))


def _svg(view: View, title: str, body: list[str], *, css_class: str) -> SafeString:
    head = (
        f'<svg class="{css_class}" viewBox="0 0 {view.width} {view.height}" '
        f'xmlns="http://www.w3.org/2000/svg" role="group" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>"
    )
    return mark_safe(head + "".join(body) + "</svg>")  # noqa: S308 (every user text escaped above)


def _marker_svg(marker: Marker, list_anchor: str) -> str:
    x, y = round(marker.x), round(marker.y)
    if len(marker.points) == 1:
        point = marker.points[0]
        colour = kind_colour(point.kind)
        if point.kind in SQUARE_KINDS:
            shape = f'<rect x="{x - 9}" y="{y - 9}" width="18" height="18" fill="{colour}" {RIM}/>'
        else:
            shape = f'<circle cx="{x}" cy="{y}" r="10" fill="{colour}" {RIM}/>'
        title = f"<title>{escape(point.label)}</title>"
        href = _link(point.url)
        return f'<a href="{href}">{title}{shape}</a>' if href else f"<g>{title}{shape}</g>"
    count = len(marker.points)
    names = ", ".join(p.label for p in marker.points[:5]) + (", …" if count > 5 else "")
    label = ngettext("%(count)d place: %(names)s", "%(count)d places: %(names)s", count) % {
        "count": count,
        "names": names,
    }
    kinds = {p.kind for p in marker.points}
    colour = kind_colour(kinds.pop()) if len(kinds) == 1 else DEFAULT_COLOUR
    radius = min(13 + 3 * math.log2(count), 26)
    return (
        f'<a href="#{escape(list_anchor)}" class="map-cluster"><title>{escape(label)}</title>'
        f'<circle cx="{x}" cy="{y}" r="{radius:.0f}" fill="{colour}" {RIM}/>'
        f'<text x="{x}" y="{y}" dy="0.35em" text-anchor="middle" font-size="16" font-weight="bold" '
        f'fill="#fff" font-family="sans-serif">{count}</text></a>'
    )


def network_map_svg(
    points: Iterable[MapPoint],
    *,
    title: str,
    bbox: tuple[float, float, float, float] | None = None,
    list_anchor: str = "map-list",
    detailed: bool | None = None,
) -> PointMap:
    """Draw `points` on the world (or on `bbox`: west, south, east, north in degrees, with
    the detailed outlines unless `detailed` is False, as for a small locator). Points outside
    the view are left out of the drawing but kept in `points` for the list beside the map."""
    points = [p for p in points if p.latitude is not None and p.longitude is not None]
    view = view_for_bbox(bbox) if bbox else WORLD
    markers = _cluster(points, view)
    # Larger clusters drawn first: a lone point beside them stays on top, reachable.
    markers.sort(key=lambda m: -len(m.points))
    body = _outlines(view, detailed=bbox is not None if detailed is None else detailed)
    body.extend(_marker_svg(marker, list_anchor) for marker in markers)
    return PointMap(
        svg=_svg(view, title, body, css_class="network-map"), points=points, markers=markers
    )


def _classes(values: list[float]) -> list[LegendClass]:
    """Up to five classes, each holding about as many of the distinct values (a skewed
    distribution still shows)."""
    distinct = sorted(set(values))
    count = min(len(SCALE), len(distinct))
    colours = SCALE[len(SCALE) - count :]
    slices = [
        distinct[i * len(distinct) // count : (i + 1) * len(distinct) // count]
        for i in range(count)
    ]
    return [
        LegendClass(colour, part[0], part[-1]) for colour, part in zip(colours, slices, strict=True)
    ]


def _class_of(value: float, legend: list[LegendClass]) -> LegendClass:
    return next((c for c in legend if value <= c.high), legend[-1])


def country_choropleth_svg(
    values: Mapping[str, float], *, title: str, names: Mapping[str, str]
) -> Choropleth:
    """Shade each country of `values` (ISO2 → number) by its class; `names` (ISO2 → name in
    the reader's language) titles them."""
    values = {iso2.upper(): float(v) for iso2, v in values.items() if v is not None}
    legend = _classes(list(values.values()))
    fills = {iso2: _class_of(value, legend).colour for iso2, value in values.items()}
    titles = {
        iso2: _("%(country)s: %(value)s")
        % {"country": names.get(iso2, iso2), "value": _number(value)}
        for iso2, value in values.items()
    }
    body = _outlines(WORLD, detailed=False, fills=fills, titles=titles)
    rows = sorted(values.items(), key=lambda item: (-item[1], item[0]))
    return Choropleth(
        svg=_svg(WORLD, title, body, css_class="country-choropleth"), legend=legend, rows=rows
    )


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 10 or value == int(value) else f"{value:.2g}"
