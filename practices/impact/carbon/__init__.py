"""The soil-carbon model (issue 14; docs/carbon.md): IPCC 2019 Tier 1 for mineral soils with a
Monte Carlo interval, the "4 per 1000" yardstick, the published rates beside it and the farm's
own measurement.

    estimate(latitude=…, longitude=…, soil_group=…, …)   the API's question
    practice_estimate(page)                               a live practice, from its record
    site_estimate(ipcc_zone=…, slugs=…, …)                its model part, memoised by its inputs
All answer an Estimate, or NotEstimable with the reason in the reader's language."""

from dataclasses import replace
from functools import lru_cache

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from practices.impact.carbon.classify import ORGANIC, climate_zone_at, soil_class_from
from practices.impact.carbon.mapping import category_evidence, management_change, no_till
from practices.impact.carbon.model import (
    SEED,
    Estimate,
    Evidence,
    Management,
    Measured,
    NotEstimable,
    stock_change,
)

NO_ZONE = _("The site's climate zone is not known: it needs the farm's coordinates.")
NO_SOIL = _("The soil is not known: the estimate needs the soil group or the topsoil texture.")

__all__ = [
    "Estimate",
    "Evidence",
    "Management",
    "Measured",
    "NotEstimable",
    "estimate",
    "practice_estimate",
    "site_estimate",
    "stock_change",
]


def estimate(
    *,
    latitude: float | None = None,
    longitude: float | None = None,
    climate_zone: str = "",
    rainfall_mm: float | None = None,
    temperature_c: float | None = None,
    altitude_m: float | None = None,
    soil_group: str = "",
    texture: str = "",
    before: Management = Management(),  # noqa: B008 - frozen, never mutated
    after: Management = Management(),  # noqa: B008
    area_ha: float | None = None,
    seed: int = SEED,
) -> Estimate | NotEstimable:
    """The estimate for a site given by its coordinates (the zone derived there, with the
    figures given instead of the derived ones) or by its IPCC `climate_zone`.
    Raises practices.conditions.derive.LocationError for a point at sea."""
    zone = climate_zone or climate_zone_at(
        latitude=latitude,
        longitude=longitude,
        rainfall_mm=rainfall_mm,
        temperature_c=temperature_c,
        altitude_m=altitude_m,
    )
    soil_class = soil_class_from(soil_group=soil_group, texture=texture) or ""
    return stock_change(
        climate_zone=zone,
        soil_class=soil_class,
        before=before,
        after=after,
        area_ha=area_ha,
        seed=seed,
    )


def practice_estimate(page) -> Estimate | NotEstimable:
    """A practice's estimate from its site conditions (its IPCC zone, soil group, texture, land
    use), its categories and tags, with the published rates and its own measurement beside."""
    slugs = [category.slug for category in page.categories.all()]
    tags = [tag.name for tag in page.tags.all()]
    evidence = category_evidence(slugs)
    measured = None
    if page.soc_change_t_ha_yr is not None:
        measured = Measured(page.soc_change_t_ha_yr, page.evidence or "", None)
    result = site_estimate(**site_conditions(page), slugs=slugs, tags=tags)
    if isinstance(result, NotEstimable):
        return replace(result, evidence=evidence, measured=measured)
    if measured is not None:
        low, high = result.interval_95
        measured = replace(measured, within_interval=low <= measured.change_t_c_ha_yr <= high)
    return replace(result, evidence=evidence, measured=measured, area_ha=page.area_ha)


def site_estimate(
    *, ipcc_zone: str, soil_group: str, texture: str, land_use: str, slugs, tags=()
) -> Estimate | NotEstimable:
    """The model's estimate per hectare for a practice's site and categories (no area, no
    evidence, no measurement): what practice_estimate and the dashboard read. Memoised by what
    it depends on: many practices share a zone, a soil, a land use and categories, so the
    dashboard computes each distinct question once (the tags count only for saying no-till)."""
    return _site_estimate(
        ipcc_zone or "",
        soil_group or "",
        texture or "",
        land_use or "",
        tuple(slugs),
        no_till(tags),
        # Some notes are translated when made ("Not counted on this land use: %(category)s").
        get_language(),
    )


# What a site's estimate reads of a page or a farm (site_estimate's keywords, but the categories).
SITE_CONDITIONS = ("ipcc_zone", "soil_group", "texture", "land_use")


def site_conditions(site) -> dict:
    """A page's or a farm's conditions as site_estimate takes them: `**site_conditions(page)`."""
    return {name: getattr(site, name) for name in SITE_CONDITIONS}


# The tags' only part in the estimate is whether they say no-till (mapping.no_till).
_NO_TILL_TAGS = ("no-till",)


@lru_cache(maxsize=8192)  # thread-safe; the values are frozen dataclasses, never mutated
def _site_estimate(zone, soil_group, texture, land_use, slugs, says_no_till, _language):
    return site_model(
        ipcc_zone=zone,
        soil_group=soil_group,
        texture=texture,
        land_use=land_use,
        slugs=slugs,
        tags=_NO_TILL_TAGS if says_no_till else (),
    )


def site_model(
    *, ipcc_zone: str, soil_group: str, texture: str, land_use: str, slugs, tags
) -> Estimate | NotEstimable:
    """The model for a site and its categories, computed afresh (site_estimate keeps it)."""
    change = management_change(slugs=slugs, tags=tags, land_use=land_use)
    if not isinstance(change, tuple):
        return NotEstimable(change)
    before, after, notes, _counted = change
    if soil_class_from(soil_group=soil_group, texture=texture) == ORGANIC:
        return stock_change(climate_zone="", soil_class=ORGANIC, before=before, after=after)
    if not ipcc_zone:
        return NotEstimable(NO_ZONE)
    if not soil_class_from(soil_group=soil_group, texture=texture):
        return NotEstimable(NO_SOIL)
    result = estimate(
        climate_zone=ipcc_zone,
        soil_group=soil_group,
        texture=texture,
        before=before,
        after=after,
    )
    return replace(result, notes=tuple(notes)) if isinstance(result, Estimate) else result
