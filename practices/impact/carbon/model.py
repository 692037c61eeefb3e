"""IPCC 2019 Tier 1 for mineral soils, 0–30 cm, per hectare (docs/carbon.md):

    SOC = SOCref(zone, soil class) × F_LU × F_MG × F_I      (t C/ha)
    change = (SOC_after − SOC_before) / D,  D = 20 years       (t C/ha/yr)

with a 95 % interval by Monte Carlo over the tables' stated uncertainties: one normal draw per
table value (a value both states use is the same draw, so what does not change cancels), 10,000
draws, seeded, so the same question always gets the same interval. Agroforestry multiplies the
stock by Cardinael et al. (2018)'s factor (cropland or grassland → agroforestry), which is not
an IPCC value and says so in `method`. The "4 per 1000" yardstick is 0.4 % of the stock before,
per year."""

from dataclasses import dataclass, field
from functools import lru_cache

from django.utils.translation import gettext_lazy as _

import numpy as np

from practices.impact.carbon.classify import ORGANIC, SOIL_CLASSES
from practices.impact.carbon.tables import Factor, tables

DRAWS = 10_000
SEED = 2019
FOUR_PER_1000 = 0.004

LAND_USES = ("cropland", "grassland")
CROPS = ("annual", "perennial", "set_aside", "paddy")
TILLAGE = ("full", "reduced", "no_till")
CROPLAND_INPUTS = ("low", "medium", "high", "high_manure")
GRASSLAND_INPUTS = ("medium", "high")
GRASSLAND = ("nominal", "high_intensity_grazing", "severely_degraded", "improved")

_CROP_LEVEL = {"annual": "annual_crops", "perennial": "perennial_crops",
               "set_aside": "set_aside", "paddy": "paddy_rice_cultivation"}  # fmt: skip
_TILLAGE_LEVEL = {"full": "full_tillage", "reduced": "reduced_tillage", "no_till": "no_tillage"}
_INPUT_LEVEL = {"low": "low", "medium": "medium", "high": "high_without_manure",
                "high_manure": "high_with_manure"}  # fmt: skip
_GRASSLAND_LEVEL = {
    "nominal": "nominally_managed",
    "high_intensity_grazing": "high_intensity_grazing",
    "severely_degraded": "severely_degraded",
    "improved": "improved_grassland",
}
# Cardinael et al. 2018 (practice_rates.json): stock ratio after conversion to agroforestry,
# mean and half-width of its 95 % interval, from cropland and from grassland.
AGROFORESTRY = {"cropland": (1.25, 0.04), "grassland": (1.19, 0.10)}

IPCC_SOURCES = [
    "IPCC 2019 Refinement to the 2006 IPCC Guidelines, Vol. 4, Ch. 2 (Table 2.3, Eq. 2.25), "
    "Ch. 5 (Table 5.5), Ch. 6 (Table 6.2)",
    "HESTIA hestia-earth-models, ipcc2019/organicCarbonPerHa_tier_1.py (MIT licence), "
    "https://gitlab.com/hestia-earth/hestia-engine-models",
]
CARDINAEL = (
    "Cardinael R. et al. 2018, Environ. Res. Lett. 13:124020 (SOC stock change factors for "
    "agroforestry)"
)


@dataclass(frozen=True)
class Management:
    """How a hectare is managed, in the terms of the IPCC tables."""

    land_use: str = "cropland"  # LAND_USES
    crop: str = "annual"  # CROPS (cropland only)
    tillage: str = "full"  # TILLAGE (cropland only)
    inputs: str = "medium"  # CROPLAND_INPUTS, or GRASSLAND_INPUTS on grassland
    grassland: str = "nominal"  # GRASSLAND (grassland only)
    agroforestry: bool = False  # trees added (Cardinael 2018's factor)


@dataclass(frozen=True)
class Evidence:
    """A published rate (or finding) for the practice, beside the model."""

    practice: str
    source: str
    verified: bool
    rate_t_c_ha_yr: float | None = None
    finding: str = ""
    url: str = ""


@dataclass(frozen=True)
class Measured:
    """What the farm itself reported."""

    change_t_c_ha_yr: float
    evidence: str  # a practices.vocabulary.Evidence code, "" when not said
    within_interval: bool | None  # None without an estimate to compare with


@dataclass(frozen=True)
class NotEstimable:
    reason: str  # in the reader's language (lazy gettext)
    evidence: tuple[Evidence, ...] = ()
    measured: Measured | None = None


@dataclass(frozen=True)
class Estimate:
    """Per hectare, 0–30 cm, mineral soils."""

    climate_zone: str
    soil_class: str
    soc_ref_t_ha: float
    stock_before_t_ha: float
    stock_after_t_ha: float
    change_t_c_ha_yr: float
    interval_95: tuple[float, float]
    years: int
    four_per_1000_t_c_ha_yr: float
    method: str
    sources: list[str]
    before: Management = field(default_factory=Management)
    after: Management = field(default_factory=Management)
    factors_before: dict[str, float] = field(default_factory=dict)
    factors_after: dict[str, float] = field(default_factory=dict)
    area_ha: float | None = None
    evidence: tuple[Evidence, ...] = ()
    measured: Measured | None = None
    notes: tuple[str, ...] = ()  # what was assumed or left out, in the reader's language

    @property
    def total_t_c_yr(self) -> float | None:
        return None if self.area_ha is None else round(self.change_t_c_ha_yr * self.area_ha, 3)

    @property
    def total_interval_95(self) -> tuple[float, float] | None:
        if self.area_ha is None:
            return None
        low, high = self.interval_95
        return round(low * self.area_ha, 3), round(high * self.area_ha, 3)

    @property
    def reaches_four_per_1000(self) -> bool:
        return self.change_t_c_ha_yr >= self.four_per_1000_t_c_ha_yr

    def as_dict(self) -> dict:
        """The API's answer (the contract of issue 14, plus what it rests on)."""
        return {
            "climate_zone": self.climate_zone,
            "soil_class": self.soil_class,
            "soc_ref_t_ha": self.soc_ref_t_ha,
            "stock_before_t_ha": self.stock_before_t_ha,
            "stock_after_t_ha": self.stock_after_t_ha,
            "change_t_c_ha_yr": self.change_t_c_ha_yr,
            "interval_95": list(self.interval_95),
            "years": self.years,
            "four_per_1000_t_c_ha_yr": self.four_per_1000_t_c_ha_yr,
            "area_ha": self.area_ha,
            "total_t_c_yr": self.total_t_c_yr,
            "total_interval_95": None
            if self.total_interval_95 is None
            else list(self.total_interval_95),
            "method": self.method,
            "sources": self.sources,
            "before": self.before.__dict__,
            "after": self.after.__dict__,
            "factors_before": self.factors_before,
            "factors_after": self.factors_after,
            "notes": [str(note) for note in self.notes],
        }


def _factors(management: Management, zone: str, soil_class: str) -> dict[str, Factor] | None:
    """The stock change factors of one state; None when a table has no value for the zone."""
    t = tables()
    if management.land_use == "cropland":
        crop = _CROP_LEVEL[management.crop]
        if crop == "annual_crops" and soil_class == "wetland":
            crop = "annual_crops_wet"  # Table 5.5's value on wetland soils, as HESTIA applies it
        found = {
            "F_LU": t.factor("cropland_F_LU", crop, zone),
            "F_MG": t.factor("cropland_F_MG_tillage", _TILLAGE_LEVEL[management.tillage], zone),
            "F_I": t.factor("cropland_F_I", _INPUT_LEVEL[management.inputs], zone),
        }
    else:
        level = _GRASSLAND_LEVEL[management.grassland]
        found = {
            "F_LU": Factor("grassland_F_LU", "grassland", zone, 1.0, 0.0),
            "F_MG": t.factor("grassland_F_MG", level, zone),
            # Table 6.2's input factor applies to improved grassland only.
            "F_I": t.factor("grassland_F_I", management.inputs, zone)
            if management.grassland == "improved"
            else Factor("grassland_F_I", "medium", zone, 1.0, 0.0),
        }
    if management.agroforestry:
        value, half_width = AGROFORESTRY[management.land_use]
        found["F_AF"] = Factor("cardinael2018", management.land_use, "", value, half_width / 1.96)
    if any(factor is None for factor in found.values()):
        return None
    return found


def stock_change(
    *,
    climate_zone: str,
    soil_class: str,
    before: Management,
    after: Management,
    area_ha: float | None = None,
    seed: int = SEED,
) -> Estimate | NotEstimable:
    """The Tier 1 estimate for one zone and soil class, from one management to another."""
    if soil_class == ORGANIC:
        return NotEstimable(_("Organic soils (peat) are not estimable with the Tier 1 method "
                              "for mineral soils."))  # fmt: skip
    if climate_zone.startswith("polar"):
        return NotEstimable(_("The IPCC gives no stock change factors for polar climates."))
    if soil_class not in SOIL_CLASSES:
        return NotEstimable(_("The soil class is not known: give the soil group or texture."))
    if before.land_use != after.land_use:
        return NotEstimable(_("A change between cropland and grassland is not estimated here."))
    return _stock_change(climate_zone, soil_class, before, after, area_ha, seed)


@lru_cache(maxsize=4096)
def _stock_change(zone, soil_class, before, after, area_ha, seed) -> Estimate | NotEstimable:
    reference = tables().soc_ref(soil_class, zone)
    if reference is None:
        return NotEstimable(
            _("The IPCC gives no reference stock for this soil class in this climate zone.")
        )
    factors_before = _factors(before, zone, soil_class)
    factors_after = _factors(after, zone, soil_class)
    if factors_before is None or factors_after is None:
        return NotEstimable(_("The IPCC tables have no factor for this management here."))
    years = tables().years
    central_before = reference.value * np.prod([f.value for f in factors_before.values()])
    central_after = reference.value * np.prod([f.value for f in factors_after.values()])
    change = (central_after - central_before) / years
    low, high = _interval(reference, factors_before, factors_after, years, seed)
    agroforestry = before.agroforestry or after.agroforestry
    method = (
        "IPCC 2019 Tier 1, mineral soils, 0-30 cm: SOC = SOCref x F_LU x F_MG x F_I; change = "
        f"difference of stocks over D = {years} years; 95% interval by Monte Carlo "
        f"({DRAWS} draws, seed {seed})"
        + ("; agroforestry: stock ratio of Cardinael et al. 2018" if agroforestry else "")
    )
    return Estimate(
        climate_zone=zone,
        soil_class=soil_class,
        soc_ref_t_ha=reference.value,
        stock_before_t_ha=round(float(central_before), 2),
        stock_after_t_ha=round(float(central_after), 2),
        change_t_c_ha_yr=round(float(change), 3),
        interval_95=(round(low, 3), round(high, 3)),
        years=years,
        four_per_1000_t_c_ha_yr=round(float(central_before) * FOUR_PER_1000, 3),
        method=method,
        sources=[*IPCC_SOURCES, *([CARDINAEL] if agroforestry else [])],
        before=before,
        after=after,
        factors_before={name: f.value for name, f in factors_before.items()},
        factors_after={name: f.value for name, f in factors_after.items()},
        area_ha=area_ha,
    )


def _interval(reference, factors_before, factors_after, years, seed) -> tuple[float, float]:
    """2.5th and 97.5th percentiles of the change, one normal draw per distinct table value
    (negative draws, beyond four standard deviations for the widest factor, are cut at 0)."""
    rng = np.random.default_rng(seed)
    draws: dict[tuple, np.ndarray] = {}
    for factor in (reference, *factors_before.values(), *factors_after.values()):
        if factor.key not in draws:
            sample = rng.normal(factor.value, factor.sd, DRAWS) if factor.sd else None
            draws[factor.key] = factor.value if sample is None else np.maximum(sample, 0.0)

    def stock(factors: dict[str, Factor]):
        product = draws[reference.key]
        for factor in factors.values():
            product = product * draws[factor.key]
        return product

    change = (stock(factors_after) - stock(factors_before)) / years
    if np.isscalar(change):  # nothing uncertain at all
        return float(change), float(change)
    low, high = np.percentile(change, [2.5, 97.5])
    return float(low), float(high)
