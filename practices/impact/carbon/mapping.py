"""A practice's categories and tags → the IPCC management change it stands for, with its
baseline said explicitly, and the published rates to show beside the model (docs/carbon.md).

Baseline (what the farm did before, when the record does not say): cropland under full tillage
with medium inputs (the IPCC's "residues returned" default), annual crops; grassland grazed at
high intensity for grazing management. Categories the Tier 1 tables have no factor for are not
estimable, with the reason; a practice with several categories adds up the changes of those
that have one and says which were left out."""

from dataclasses import dataclass, replace

from django.utils.translation import gettext_lazy as _

from practices.impact.carbon.model import CROPLAND_INPUTS, Evidence, Management
from practices.impact.carbon.tables import rates

# Words in a practice's tags (any of the three languages, lower-cased) that say no-till.
NO_TILL_WORDS = ("no-till", "no till", "notill", "zero till", "zero-till", "direct seeding",
                 "direct drilling", "semis direct", "non-labour", "sans labour",
                 "siembra directa", "labranza cero", "cero labranza")  # fmt: skip

GRASSLAND_USES = ("grazing", "silvopastoral")
PERENNIAL_USES = ("cropland_perennial", "cropland_tree")
NOT_FARMLAND = ("forest",)


@dataclass(frozen=True)
class Change:
    """What a category changes, from the baseline, on cropland and/or grassland."""

    land_use: str = "cropland"
    tillage: str | None = None  # "reduced"; "no_till" when the tags say so
    inputs: str | None = None
    inputs_before: str | None = None  # a baseline other than medium
    crop: str | None = None
    grassland: str | None = None
    grassland_before: str | None = None
    agroforestry: bool = False
    judgement: bool = False  # the mapping is ours, not the IPCC's wording


CHANGES = {
    "reduced-tillage": Change(tillage="reduced"),
    "cover-crops": Change(inputs="high"),
    "residue-retention": Change(inputs="high"),
    # IPCC "high input": green manures, cover crops, improved fallows, high-residue crops and
    # perennial grasses in rotation; a diversified rotation with legumes is our reading of it.
    "crop-rotation": Change(inputs="high", judgement=True),
    "improved-fallow": Change(inputs="high"),
    "organic-amendments": Change(inputs="high_manure"),  # compost counted as manure: judgement
    # ISFM (fertiliser with organic inputs) on a farm that used none: low → medium.
    "integrated-soil-fertility": Change(inputs="medium", inputs_before="low", judgement=True),
    "perennial-crops": Change(crop="perennial"),
    "agroforestry": Change(agroforestry=True),
    "grazing-management": Change(
        land_use="grassland",
        grassland="nominal",
        grassland_before="high_intensity_grazing",
        judgement=True,
    ),  # fmt: skip
}
NOT_ESTIMABLE = {
    "biochar": _("Biochar is not in the Tier 1 method: the carbon it adds depends on the tonnes "
                 "applied and their stability (IPCC 2019, Vol. 4 Ch. 2 Appendix 4)."),
    "water-harvesting": _("Water harvesting (zaï, half-moons) has no stock change factor in the "
                          "IPCC Tier 1 tables."),
    "erosion-control": _("Erosion control (terraces, bunds, stone lines) has no stock change "
                         "factor in the IPCC Tier 1 tables."),
}  # fmt: skip

# practice_rates.json entries (by their "practice" text) shown beside each category.
RATES = {
    "cover-crops": ("cover crops", "cover crops (drylands, 0-30 cm)",
                    "cover crops with tillage (global model, LPJmL)"),
    "residue-retention": ("aboveground crop residue retention",),
    "organic-amendments": ("manure application", "organic amendments incl. compost (cropland)"),
    "crop-rotation": ("diverse crop rotation (drylands, 0-30 cm)",),
    "integrated-soil-fertility": ("nitrogen fertilisation",),
    "agroforestry": ("agroforestry: cropland -> agroforestry",
                     "agroforestry and conservation agriculture in sub-Saharan Africa"),
    "improved-fallow": ("agroforestry and conservation agriculture in sub-Saharan Africa",),
    "reduced-tillage": ("conservation agriculture in Africa",),
    "biochar": ("biochar (field experiments, 1-10 yr, 1-100 t/ha biochar)",),
}  # fmt: skip


def category_evidence(slugs) -> tuple[Evidence, ...]:
    """The published rates and findings for these categories, each once."""
    wanted = [name for slug in slugs for name in RATES.get(slug, ())]
    seen, found = set(), []
    for entry in rates()["entries"]:
        source = entry.get("source", "IPCC 2019 Refinement, Vol. 4 Ch. 2 Appendix 4")
        key = (entry["practice"], source)
        if entry["practice"] not in wanted or key in seen:
            continue
        seen.add(key)
        rate = entry.get("rate_kg_c_ha_yr")
        if isinstance(rate, list):  # a range (first and last decade of a simulation)
            rate = sum(rate) / len(rate)
        finding = entry.get("finding") or entry.get("note") or ""
        if not finding and "F_LU" in entry:
            finding = f"F_LU {entry['F_LU']} ± {entry['ci']}"
        if not finding and "stock_increase_t_c_ha" in entry:
            finding = f"+{entry['stock_increase_t_c_ha']} t C/ha"
        found.append(
            Evidence(
                practice=entry["practice"],
                source=source,
                verified=str(entry.get("verified", "")).startswith("verified"),
                rate_t_c_ha_yr=None if rate is None else round(rate / 1000, 3),
                finding=finding,
                url=entry.get("url", ""),
            )
        )
    return tuple(found)


def no_till(tags) -> bool:
    text = " ".join(str(tag).lower() for tag in tags)
    return any(word in text for word in NO_TILL_WORDS)


def baseline(land_use: str) -> Management:
    """What the farm did before, from its land use (blank: annual cropland)."""
    if land_use in GRASSLAND_USES:
        return Management(land_use="grassland")
    if land_use in PERENNIAL_USES:
        return Management(crop="perennial")
    return Management()


def management_change(
    *, slugs, tags=(), land_use: str = ""
) -> tuple[Management, Management, list, list[str]] | str:
    """(before, after, notes, slugs counted) for a practice, or the reason it is not
    estimable (lazy text). `notes` say what was assumed or left out."""
    if land_use in NOT_FARMLAND:
        return _("The IPCC Tier 1 factors used here cover cropland and grassland, not forest.")
    slugs = list(dict.fromkeys(slugs))
    changes = {slug: CHANGES[slug] for slug in slugs if slug in CHANGES}
    if not changes:
        for slug in slugs:
            if slug in NOT_ESTIMABLE:
                return NOT_ESTIMABLE[slug]
        return _("None of this practice's categories has a stock change factor in the IPCC "
                 "Tier 1 tables.")  # fmt: skip
    # Grazing management decides the land use; on a grassland site only it counts.
    grassland = "grazing-management" in changes or land_use in GRASSLAND_USES
    counted = [s for s, c in changes.items() if (c.land_use == "grassland") == grassland
               or (grassland and c.agroforestry)]  # fmt: skip
    if not counted:
        return _("This practice's categories have no Tier 1 factor on grassland.")
    before = Management(land_use="grassland") if grassland else baseline(land_use)
    after = before
    for slug in counted:
        change = changes[slug]
        if change.inputs_before:
            before = replace(before, inputs=change.inputs_before)
        if change.grassland_before:
            before = replace(before, grassland=change.grassland_before)
        if change.tillage:
            after = replace(after, tillage="no_till" if no_till(tags) else change.tillage)
        if change.inputs:
            best = max(after.inputs, change.inputs, key=CROPLAND_INPUTS.index)
            after = replace(after, inputs=best)
        if change.crop:
            after = replace(after, crop=change.crop)
        if change.grassland:
            after = replace(after, grassland=change.grassland)
        if change.agroforestry:
            after = replace(after, agroforestry=True)
    notes = [NOT_ESTIMABLE[s] for s in slugs if s in NOT_ESTIMABLE]
    notes += [_("Not counted on this land use: %(category)s.") % {"category": s}
              for s in changes if s not in counted]  # fmt: skip
    if any(changes[s].judgement for s in counted):
        notes.append(_("Part of this mapping is a judgement (see the method)."))
    return before, after, notes, counted
