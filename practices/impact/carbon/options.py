"""What a farm could gain: for each practice category with a Tier 1 factor, the farm's
management today changed as that category changes it (practices.impact.carbon.mapping), and
the estimate of that change; the categories without a factor, with the reason."""

from dataclasses import dataclass, replace

from practices.impact.carbon.mapping import CHANGES, NOT_ESTIMABLE, category_evidence
from practices.impact.carbon.model import (
    CROPLAND_INPUTS,
    Estimate,
    Management,
    NotEstimable,
    stock_change,
)

# Categories in the order a farmer would try them (cheapest changes first).
ORDER = ("reduced-tillage", "no-till", "cover-crops", "residue-retention", "crop-rotation",
         "improved-fallow", "organic-amendments", "integrated-soil-fertility", "perennial-crops",
         "agroforestry", "grazing-management")  # fmt: skip


@dataclass(frozen=True)
class Option:
    category: str  # a category slug ("no-till" is reduced-tillage taken to its end)
    result: Estimate | NotEstimable
    after: Management | None = None


def _after(slug: str, today: Management) -> Management | None:
    """Today's management changed by the category; None when it changes nothing here."""
    if slug == "grazing-management":
        if today.land_use != "grassland" or today.grassland in ("nominal", "improved"):
            return None
        return replace(today, grassland="nominal")
    if slug == "agroforestry":
        return None if today.agroforestry else replace(today, agroforestry=True)
    if today.land_use != "cropland":
        return None
    if slug in ("reduced-tillage", "no-till"):
        target = "no_till" if slug == "no-till" else "reduced"
        rank = ("full", "reduced", "no_till")
        if rank.index(today.tillage) >= rank.index(target):
            return None
        return replace(today, tillage=target)
    change = CHANGES[slug]
    if change.crop:
        return None if today.crop == change.crop else replace(today, crop=change.crop)
    if change.inputs_before and today.inputs != change.inputs_before:
        return None  # ISFM starts from low inputs
    if CROPLAND_INPUTS.index(today.inputs) >= CROPLAND_INPUTS.index(change.inputs):
        return None
    return replace(today, inputs=change.inputs)


def farm_options(*, climate_zone: str, soil_class: str, today: Management) -> list[Option]:
    """The estimate of each change open to the farm, then the categories not estimable."""
    options = []
    for slug in ORDER:
        after = _after(slug, today)
        if after is None:
            continue
        result = stock_change(
            climate_zone=climate_zone, soil_class=soil_class, before=today, after=after
        )
        evidence = category_evidence(["reduced-tillage" if slug == "no-till" else slug])
        options.append(Option(slug, replace(result, evidence=evidence), after))
    for slug, reason in NOT_ESTIMABLE.items():
        options.append(Option(slug, NotEstimable(reason, category_evidence([slug]))))
    return options
