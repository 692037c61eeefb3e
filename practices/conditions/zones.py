"""Climate zones a site falls in, from its derived climate: the IPCC 2019 zone that the carbon
estimate's Tier 1 tables are indexed by, and WOCAT's agro-climatic zone.

The IPCC tree is the 2019 Refinement's (Vol. 4 Ch. 3 Annex 3A.5, as corrected; transcribed in
shared/data/ipcc2019_tier1.json, `climate_zone_rules`), and the codes are that file's names:
    MAT > 18 °C and frost ≤ 7 days/yr → tropical: elevation > 1000 m → tropical_montane,
        else MAP > 2000 mm → tropical_wet, MAP > 1000 mm → tropical_moist, else tropical_dry;
    else MAT > 10 °C → warm_temperate_, MAT > 0 °C → cool_temperate_, every month < 10 °C →
        polar_, else boreal_; each moist when MAP / PET > 1, else dry.
Frost days are not in the shipped climatology: climate.frost_free stands in for "≤ 7 days";
PET is Thornthwaite's (climate.py), where the IPCC's own map used CRU's Penman-Monteith.
"""

import numpy as np

from practices.vocabulary import AgroClimaticZone, IpccClimateZone

IPCC_ZONES = tuple(IpccClimateZone.values)


def ipcc_climate_zone(*, temperatures, rainfall, pet, frost_free, elevation_m) -> np.ndarray:
    """The IPCC 2019 climate zone of each site, from its monthly temperatures (°C), rainfall
    and PET (mm), whether it is frost-free, and its elevation (m): an array of zone codes."""
    t = np.asarray(temperatures, dtype=float)
    mat, map_ = t.mean(axis=1), np.asarray(rainfall, dtype=float).sum(axis=1)
    annual_pet = np.asarray(pet, dtype=float).sum(axis=1)
    moist = map_ > annual_pet  # MAP / PET > 1 (a PET of 0, every month frozen: moist if wet)
    elevation = np.asarray(elevation_m, dtype=float)

    def split(prefix: str) -> np.ndarray:
        return np.where(moist, f"{prefix}_moist", f"{prefix}_dry")

    tropical = (mat > 18) & np.asarray(frost_free, dtype=bool)
    zones = np.select(
        [
            tropical & (elevation > 1000),
            tropical & (map_ > 2000),
            tropical & (map_ > 1000),
            tropical,
            mat > 10,
            mat > 0,
            (t < 10).all(axis=1),
        ],
        [
            IpccClimateZone.TROPICAL_MONTANE.value,
            IpccClimateZone.TROPICAL_WET.value,
            IpccClimateZone.TROPICAL_MOIST.value,
            IpccClimateZone.TROPICAL_DRY.value,
            split("warm_temperate"),
            split("cool_temperate"),
            split("polar"),
        ],
        default=split("boreal"),
    )
    return zones.astype(object)


def agro_climatic_zone(growing_days) -> np.ndarray:
    """WOCAT's agro-climatic zone of each site from its growing period (days): humid from 270
    days, sub-humid 180–269, semi-arid 75–179, arid 0–74 (DESIGN.md's classes, which are
    AgroClimaticZone's; 270 itself, in neither of DESIGN.md's ranges, is taken as humid)."""
    days = np.asarray(growing_days)
    return np.select(
        [days >= 270, days >= 180, days >= 75],
        [AgroClimaticZone.HUMID.value, AgroClimaticZone.SUB_HUMID.value,
         AgroClimaticZone.SEMI_ARID.value],
        default=AgroClimaticZone.ARID.value,
    ).astype(object)  # fmt: skip
