"""`{% load network_maps %}`: maps drawn on the server, each with the accessible list beside it.

    {% network_map points title=_("Practices") bbox=region.bbox list_id="region-map" %}
    {% country_choropleth values title=_("Farmers by country") %}

`points` are practices.network.maps.MapPoint(latitude, longitude, label, url, kind); `bbox`
(west, south, east, north in degrees) zooms on a region with the detailed outlines; `values`
maps ISO 3166 alpha-2 codes to numbers. `small=True` draws a locator (no list heading)."""

from collections.abc import Iterable, Mapping

from django import template
from django.utils.translation import gettext_lazy as _

from django_countries import countries

from practices.network.maps import MapPoint, country_choropleth_svg, network_map_svg
from practices.network.maps.render import kind_colour

register = template.Library()

KIND_LABELS = {
    "worked": _("Worked"),
    "mixed": _("Mixed results"),
    "did_not_work": _("Did not work"),
    "practice": _("Practice"),
    "member": _("Member"),
    "partner": _("Partner"),
    "farm": _("Farm"),
    "region": _("Region"),
    "event": _("Event"),
}


def kind_label(kind: str) -> str:
    return str(KIND_LABELS.get(kind, kind))


@register.inclusion_tag("network/includes/map.html")
def network_map(
    points: Iterable[MapPoint],
    title: str = "",
    bbox: tuple[float, float, float, float] | None = None,
    list_id: str = "map-list",
    small: bool = False,
    detailed: bool | None = None,
) -> dict:
    drawn = network_map_svg(
        points, title=str(title), bbox=bbox, list_anchor=list_id, detailed=detailed
    )
    kinds = sorted({point.kind for point in drawn.points if point.kind})
    return {
        "map": drawn,
        "title": title,
        "list_id": list_id,
        "small": small,
        "rows": [(point, kind_label(point.kind)) for point in drawn.points],
        "legend": [(kind, kind_label(kind), kind_colour(kind)) for kind in kinds],
    }


@register.inclusion_tag("network/includes/choropleth.html")
def country_choropleth(
    values: Mapping[str, float], title: str = "", list_id: str = "choropleth-list"
) -> dict:
    names = {code: str(name) for code, name in countries}
    drawn = country_choropleth_svg(values, title=str(title), names=names)
    return {
        "map": drawn,
        "title": title,
        "list_id": list_id,
        "rows": [(names.get(iso2, iso2), value) for iso2, value in drawn.rows],
    }


def _result_value(result, *names):
    for name in names:
        value = result.get(name) if isinstance(result, Mapping) else getattr(result, name, None)
        if value not in (None, ""):
            return value
    return None


def result_points(results: Iterable) -> list[MapPoint]:
    """Points of search results (dicts or objects): their `latitude`/`longitude` (or `lat`/
    `lon`, or a search document's `farm_key` "lat:lon"), `title` and `url`."""
    points = []
    for result in results:
        latitude = _result_value(result, "latitude", "lat")
        longitude = _result_value(result, "longitude", "lon")
        key = _result_value(result, "farm_key")
        if (latitude is None or longitude is None) and key and ":" in str(key):
            latitude, longitude = str(key).split(":", 1)
        try:
            latitude, longitude = float(latitude), float(longitude)
        except (TypeError, ValueError):
            continue
        label = str(_result_value(result, "title", "label") or "")
        kind = str(_result_value(result, "outcome", "kind") or "")
        points.append(
            MapPoint(latitude, longitude, label, str(_result_value(result, "url") or ""), kind)
        )
    return points


@register.inclusion_tag("network/includes/map.html")
def results_map(results: Iterable, title: str = "") -> dict:
    """The results of a search on the world map (those with coordinates), listed beside it."""
    return network_map(
        result_points(results),
        title=title or _("Where the results are"),
        list_id="results-map-list",
    )
