"""Published field trials as sites with an outcome, for the outcome-prediction benchmark
(benchmarks/outcomes.py). The files are read where they are (TERROIR_REAL_DATA, else
../shared/real/raw beside the project; SOURCES.json there cites each), never copied here.

A site is the trials at one place: coordinates rounded to 0.01° (about 1 km). Its outcome is
whether the practice worked there: more than half of its paired observations improved on the
control; at exactly half, the sign of their mean relative change decides. Each data set has its
own measure (below). Besides the coordinates, a site keeps only what a farmer would know of
their own farm and the file says for every site alike: soil texture, and whether it is
irrigated (no-till only). The study is kept to leave whole studies out as well.
"""

import csv
import math
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

import openpyxl

from benchmarks.stats import result
from practices import vocabulary as v

NOTILL = "su2021_notill_database.csv"
SOILHEALTH = "soilhealthdb_v2.csv"
AGROFORESTRY = "cardinael2018_afs_soc.xlsx"

# USDA texture classes -> the three of the vocabulary, as the Harmonized World Soil Database
# groups them (fine: more than 35 % clay, so clay loams and silty clay loams too).
TEXTURES = {
    "sand": v.Texture.COARSE, "sandy": v.Texture.COARSE, "loamy sand": v.Texture.COARSE,
    "sandy loam": v.Texture.COARSE,
    "loam": v.Texture.MEDIUM, "silt loam": v.Texture.MEDIUM, "silt": v.Texture.MEDIUM,
    "sandy clay loam": v.Texture.MEDIUM,
    "clay loam": v.Texture.FINE, "silty clay loam": v.Texture.FINE, "clay": v.Texture.FINE,
    "silty clay": v.Texture.FINE, "sandy clay": v.Texture.FINE,
}  # fmt: skip
IRRIGATION = {"yes": v.WaterSupply.IRRIGATED, "no": v.WaterSupply.RAINFED,
              "mix": v.WaterSupply.MIXED}  # fmt: skip


@dataclass(frozen=True)
class Site:
    latitude: float
    longitude: float
    worked: bool
    observations: int
    studies: frozenset[str]
    texture: str = ""
    water_supply: str = ""


@dataclass(frozen=True)
class Observation:
    latitude: float
    longitude: float
    improved: bool
    change: float  # relative change on the control (log ratio or its sign's measure)
    study: str
    texture: str = ""
    water_supply: str = ""


@dataclass(frozen=True)
class TrialSet:
    name: str  # "notill", …
    practice: str
    outcome: str  # what "worked" means
    file: str
    read: Callable[[Path], list[Observation]]


def data_directory() -> Path:
    configured = os.environ.get("TERROIR_REAL_DATA")
    return Path(configured) if configured else Path(settings.BASE_DIR).parent / "shared/real/raw"


def number(text) -> float | None:
    try:
        value = float(str(text).strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _read_notill(path: Path) -> list[Observation]:
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    return [
        Observation(
            float(row["Latitude"]),
            float(row["Longitude"]),
            row["Yield increase with NT"] == "Yes",
            number(row["Relative yield change"]) or 0.0,
            f"{row['Author'].strip()} {row['Year']}",
            TEXTURES.get(row["ST"].strip().lower(), ""),
            IRRIGATION.get(row["Irrigation NT"].strip().lower(), ""),
        )
        for row in rows
        if number(row["Latitude"]) is not None and number(row["Longitude"]) is not None
    ]


def _read_cover_crops(path: Path) -> list[Observation]:
    with path.open(encoding="mac_roman", newline="") as stream:
        rows = list(csv.DictReader(stream))
    observations = []
    for row in rows:
        control, treated = number(row["Yield_C"]), number(row["Yield_T"])
        latitude, longitude = number(row["Latitude"]), number(row["Longitude"])
        if row["Conservation_Type"] != "CC" or None in (control, treated, latitude, longitude):
            continue
        if control <= 0 or treated <= 0:
            continue
        observations.append(
            Observation(
                latitude,
                longitude,
                treated > control,
                math.log(treated / control),
                row["StudyID"],
                TEXTURES.get(row["Texture"].strip().lower(), ""),
            )
        )
    return observations


def _texture_from_shares(sand: float | None, clay: float | None) -> str:
    if clay is not None and clay > 35:
        return v.Texture.FINE
    if sand is not None and clay is not None:
        return v.Texture.COARSE if sand > 65 and clay < 18 else v.Texture.MEDIUM
    return ""


def _read_agroforestry(path: Path) -> list[Observation]:
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = book.worksheets[0].iter_rows(values_only=True)
    header = [str(name).strip() for name in next(rows)]
    observations = []
    for values in rows:
        row = dict(zip(header, values, strict=False))
        rate = number(row["SOC_Storage_rate_t_ha_yr"])
        latitude, longitude = number(row["Latitude"]), number(row["Longitude"])
        if None in (rate, latitude, longitude):
            continue
        texture = _texture_from_shares(number(row["Sand (%)"]), number(row["Clay (%)"]))
        observations.append(
            Observation(latitude, longitude, rate > 0, rate, str(row["ID_publication"]), texture)
        )
    book.close()
    return observations


TRIAL_SETS = [
    TrialSet("notill", "no-till", "no-till yield above conventional tillage's (Su et al. 2021: "
             "'Yield increase with NT')", NOTILL, _read_notill),
    TrialSet("cover_crops", "cover crops", "cash-crop yield with a cover crop above the "
             "control's (SoilHealthDB v2, Conservation_Type CC)", SOILHEALTH, _read_cover_crops),
    TrialSet("agroforestry", "agroforestry", "soil carbon stored (SOC storage rate above 0; "
             "Cardinael et al. 2018)", AGROFORESTRY, _read_agroforestry),
]  # fmt: skip


def _majority(values: Iterable[str]) -> str:
    counts = defaultdict(int)
    for value in values:
        if value:
            counts[value] += 1
    return max(sorted(counts), key=counts.get) if counts else ""


def sites_group(observations: list[Observation]) -> list[Site]:
    """One site per 0.01° place, worked when most of its observations improved (a tie: when
    their mean relative change is positive)."""
    places = defaultdict(list)
    for each in observations:
        places[round(each.latitude, 2), round(each.longitude, 2)].append(each)
    sites = []
    for (latitude, longitude), group in sorted(places.items()):
        improved = sum(each.improved for each in group)
        worked = (
            improved * 2 > len(group)
            if improved * 2 != len(group)
            else sum(each.change for each in group) > 0
        )
        sites.append(
            Site(
                latitude,
                longitude,
                worked,
                len(group),
                frozenset(each.study for each in group),
                _majority(each.texture for each in group),
                _majority(each.water_supply for each in group),
            )
        )
    return sites


def trial_sites(trial_set: TrialSet, directory: Path) -> list[Site]:
    return sites_group(trial_set.read(directory / trial_set.file))


def sets_found(prefix: str, results: list[dict]) -> Iterator[tuple[TrialSet, Path]]:
    """The published trial sets on this machine, each with its file; for a missing one, a
    skipped `<prefix>_<set>_sites` result in `results` says where to put it."""
    directory = data_directory()
    for trial_set in TRIAL_SETS:
        path = directory / trial_set.file
        if path.is_file():
            yield trial_set, path
        else:
            results.append(
                result(f"{prefix}_{trial_set.name}_sites", 0, "sites",
                       skipped=f"{path} not found: set TERROIR_REAL_DATA to the folder of the "
                       "published trials (SOURCES.json)")
            )  # fmt: skip
