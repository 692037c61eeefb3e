"""Which row of the IPCC tables a site reads: its climate zone and its soil class.

Soil class: the IPCC's order of tests (2006/2019 Vol. 4 Ch. 3 Annex 3A.5, Fig. 3A.5.4):
organic soils first (Histosols: not estimable with the mineral-soil method), then sandy by
texture whatever the taxonomy (> 70 % sand, < 8 % clay: a "coarse" topsoil here), then
Podzols → spodic, Andosols → volcanic, Gleysols → wetland, then high- or low-activity clay by
reference soil group (shared/data/ipcc2019_tier1.json `wrb_to_ipcc`). Groups the IPCC does not
list are judgements, marked as such (docs/carbon.md).

Climate zone: the site's `ipcc_zone` when it has one (derived from its coordinates on save,
practices.conditions), else the IPCC tree on the climate at the coordinates, with the annual
rainfall, temperature and altitude a person gave instead of the derived ones."""

import numpy as np

from practices.conditions.climate import frost_free, thornthwaite_pet
from practices.conditions.site import site_derive
from practices.conditions.zones import ipcc_climate_zone

ORGANIC = "organic"
SOIL_CLASSES = ("HAC", "LAC", "sandy", "spodic", "volcanic", "wetland")

# WRB 2022 reference soil group (practices.vocabulary.SoilGroup codes) → IPCC soil class.
WRB_TO_IPCC = {
    "HS": ORGANIC,
    "AR": "sandy",
    "PZ": "spodic",
    "AN": "volcanic",
    "GL": "wetland",
    **dict.fromkeys(
        ("LP", "VR", "KS", "CH", "PH", "LV", "AL", "RT", "SN", "CL", "GY", "UM", "CM", "RG"), "HAC"
    ),  # fmt: skip
    **dict.fromkeys(("AC", "LX", "NT", "FR", "DU"), "LAC"),
    # Judgements (not in the IPCC's lists; docs/carbon.md says why).
    "FL": "HAC",  # young alluvial soils, weathered little
    "PL": "HAC",  # clay-rich subsoil of mixed mineralogy
    "ST": "wetland",  # waterlogged by perched water for long periods
    "SC": "HAC",  # salt-affected, weathered little
    "PT": "LAC",  # plinthite forms in deeply weathered, kaolinitic material
    "CR": "HAC",  # permafrost soils, weathered little
    "TC": "HAC",  # by the underlying material, unknown here: the commoner class
    "AT": "HAC",  # by the underlying material, unknown here: the commoner class
}
JUDGEMENTS = frozenset(("FL", "PL", "ST", "SC", "PT", "CR", "TC", "AT"))


def soil_class_from(*, soil_group: str, texture: str) -> str | None:
    """The IPCC soil class of a WRB group and topsoil texture ("organic" for Histosols);
    None when neither says enough."""
    group = WRB_TO_IPCC.get(soil_group or "")
    if group == ORGANIC:
        return ORGANIC
    if texture == "coarse":
        return "sandy"
    return group


def climate_zone_at(
    *,
    latitude: float,
    longitude: float,
    rainfall_mm: float | None = None,
    temperature_c: float | None = None,
    altitude_m: float | None = None,
) -> str:
    """The IPCC climate zone at a point (LocationError at sea). Figures given replace the derived
    ones: the monthly normals are shifted to the given mean temperature and scaled to the given
    annual rainfall, so that the seasons (and the PET) keep their shape."""
    site = site_derive(latitude=latitude, longitude=longitude)
    if rainfall_mm is None and temperature_c is None and altitude_m is None:
        return site.ipcc_zone
    temperatures = np.array([site.monthly_temperature_c], dtype=float)
    rainfall = np.array([site.monthly_rainfall_mm], dtype=float)
    if temperature_c is not None:
        temperatures += temperature_c - temperatures.mean()
    if rainfall_mm is not None:
        total = rainfall.sum()
        even = np.full((1, 12), rainfall_mm / 12)
        rainfall = rainfall * (rainfall_mm / total) if total > 0 else even
    zones = ipcc_climate_zone(
        temperatures=temperatures,
        rainfall=rainfall,
        pet=thornthwaite_pet(temperatures, np.array([latitude])),
        frost_free=frost_free(temperatures),
        elevation_m=np.array([site.altitude_m if altitude_m is None else altitude_m]),
    )
    return str(zones[0])
