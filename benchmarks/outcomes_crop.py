"""Does the crop make "farms like mine" predict trial outcomes? (issue 12; docs/decisions.md,
"Outcome prediction: the crop, held out").

What the trials record and a farm profile does not yet: the crop (Su et al. 2021 "Crop", e.g.
wheat.winter; SoilHealthDB "GrainCrop"; the agroforestry system in Cardinael et al. 2018), and
for no-till the rotation (3+ crops) and whether the soil stays covered (residues). A site keeps
its majority crop (ties: alphabetical) so that the units, and distance's figure, stay those of
outcomes.py and outcomes_learned.py; each crop also has a group (cereal, maize, rice, legume,
oil/fibre, root, vegetable, perennial; arable, pasture, fallow, perennial for agroforestry).

Baselines, no learning: distance alone; the nearest sites of the same crop (then the others,
nearest first); the same with the group. Learned, with outcomes_learned's protocol (split by
study, learned on one half, checked on the other, SPLITS splits, k = K), the weighted distance
with "different crop", "different group" (0/1) and rotation/residue terms: with kilometres only,
with the climate too, and the M nearest then the most similar. Runs with `--only outcomes`.
"""

import csv
import math
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import openpyxl

from benchmarks.outcomes import Prepared, prepare
from benchmarks.outcomes_learned import (
    FEATURES,
    KM_WEIGHTS,
    NEAREST,
    Family,
    K,
    feature_values,
    held_out_result,
    metric_score,
    near_then_like_score,
    predicted,
    squared_differences,
)
from benchmarks.outcomes_search import GOAL_AUC, GOAL_MARGIN
from benchmarks.stats import auc, auc_difference_interval, result
from benchmarks.trials import data_directory, number, sets_found, trial_sites

# keyword -> (crop, group); the keyword found first in the text names the crop
KEYWORDS = {
    "sweetcorn": ("sweetcorn", "vegetable"), "maize": ("maize", "maize"),
    "corn": ("maize", "maize"), "wheat": ("wheat", "cereal"), "barley": ("barley", "cereal"),
    "oat": ("oat", "cereal"), "sorghum": ("sorghum", "cereal"), "rice": ("rice", "rice"),
    "soybean": ("soybean", "legume"), "bean": ("bean", "legume"), "pea": ("pea", "legume"),
    "cotton": ("cotton", "oil_fibre"), "sunflower": ("sunflower", "oil_fibre"),
    "tobacco": ("tobacco", "oil_fibre"), "cassava": ("cassava", "root"),
    "beet": ("beet", "root"), "potato": ("potato", "root"), "apple": ("apple", "perennial"),
    "vineyard": ("grape", "perennial"), "orchard": ("orchard", "perennial"),
}  # fmt: skip
VEGETABLES = ("zucchini", "cucumber", "tomato", "pepper", "broccoli", "squash", "eggplant",
              "vegetable", "cauliflower", "lettuce")  # fmt: skip
SYSTEMS = {"silvoarable": "arable", "alley_cropping": "arable", "hedgerow": "arable",
           "parkland": "arable", "silvopasture": "pasture", "fallow": "fallow",
           "shaded_perennial": "perennial", "multistrata": "perennial"}  # fmt: skip
CROP_FEATURES = ("crop", "crop_group", "rotation", "residue")
BOOTSTRAP = 2000
COVER = {"yes": 1.0, "mixed": 0.5, "no": 0.0}


def crop_of(text: str) -> tuple[str, str]:
    text = text.strip().lower()
    found = [(text.find(word), -len(word), word) for word in KEYWORDS if word in text]
    if found:
        return KEYWORDS[min(found)[2]]
    if any(word in text for word in VEGETABLES):
        return "vegetable", "vegetable"
    return ("other", "other") if text else ("", "")


def _place(latitude, longitude) -> tuple[float, float]:
    return round(float(latitude), 2), round(float(longitude), 2)


def _notill(path: Path):
    with path.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            if None in (number(row["Latitude"]), number(row["Longitude"])):
                continue
            rotation = {"yes": 1.0, "no": 0.0}.get(
                row["Crop rotation with at least 3 crops involved in NT"].strip().lower()
            )
            residue = COVER.get(row["Soil cover in NT"].strip().lower())
            crop = row["Crop"].strip().lower()
            yield (
                _place(row["Latitude"], row["Longitude"]),
                crop,
                crop_of(crop)[1],
                rotation,
                residue,
            )


def _cover_crops(path: Path):
    with path.open(encoding="mac_roman", newline="") as stream:
        for row in csv.DictReader(stream):
            numbers = [
                number(row[name]) for name in ("Yield_C", "Yield_T", "Latitude", "Longitude")
            ]
            if row["Conservation_Type"] != "CC" or None in numbers or min(numbers[:2]) <= 0:
                continue
            yield (_place(numbers[2], numbers[3]), *crop_of(row["GrainCrop"]), None, None)


def _agroforestry(path: Path):
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = book.worksheets[0].iter_rows(values_only=True)
    header = [str(name).strip() for name in next(rows)]
    for values in rows:
        row = dict(zip(header, values, strict=False))
        numbers = [
            number(row[name]) for name in ("SOC_Storage_rate_t_ha_yr", "Latitude", "Longitude")
        ]
        if None in numbers:
            continue
        system = str(row["Agroforestry_classification"] or "").strip().lower()
        yield _place(numbers[1], numbers[2]), system, SYSTEMS.get(system, ""), None, None
    book.close()


READERS = {"notill": _notill, "cover_crops": _cover_crops, "agroforestry": _agroforestry}


def site_crops(name: str, path: Path, prepared: Prepared) -> dict[str, np.ndarray]:
    """Each site's majority crop and group, and its mean rotation and residue (NaN: unknown)."""
    places = defaultdict(list)
    for place, *values in READERS[name](path):
        places[place].append(values)
    out = {name: [] for name in ("crop", "crop_group", "rotation", "residue", "crops")}
    for site in prepared.sites:
        rows = places[site.latitude, site.longitude]
        for index, key in enumerate(("crop", "crop_group")):
            counts = Counter(row[index] for row in rows if row[index])
            out[key].append(max(sorted(counts), key=counts.get) if counts else "")
        for index, key in ((2, "rotation"), (3, "residue")):
            known = [row[index] for row in rows if row[index] is not None]
            out[key].append(float(np.mean(known)) if known else math.nan)
        out["crops"].append(len({row[0] for row in rows if row[0]}))
    return {key: np.array(values) for key, values in out.items()}


def crop_differences(crops: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """feature -> site x site difference: 0/1 for a different crop or group (0 when either is
    unknown), squared differences for rotation and residue (0 when either is unknown)."""
    out = {}
    for key in ("crop", "crop_group"):
        values = crops[key]
        known = (values != "")[:, None] & (values != "")[None, :]
        out[key] = ((values[:, None] != values[None, :]) & known).astype(np.float64)
    for key in ("rotation", "residue"):
        difference = (crops[key][:, None] - crops[key][None, :]) ** 2
        out[key] = np.where(np.isnan(difference), 0.0, difference)
    return out


FAMILIES = (
    (Family("crop_km", KM_WEIGHTS, ({"crop": 1}, 1.0), metric_score), CROP_FEATURES),
    (Family("crop_climate_km", KM_WEIGHTS, ({"crop": 1}, 1.0), metric_score),
     (*FEATURES, *CROP_FEATURES)),
    (Family("near_then_crop_climate", NEAREST, ({"crop": 1}, 30), near_then_like_score),
     (*FEATURES, *CROP_FEATURES)),
)  # fmt: skip


def same_crop_share(crop: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Each site's share of "worked" among all other sites of its crop, wherever they are (all
    other sites where none shares it): what the crop alone tells."""
    same = (crop[:, None] == crop[None, :]) & ~np.eye(len(crop), dtype=bool)
    count = same.sum(axis=1)
    share = (same * labels[None, :]).sum(axis=1) / np.maximum(count, 1)
    rest = (labels.sum() - labels) / (len(labels) - 1)
    return np.where(count > 0, share, rest)


def _line(name: str, figures: list[float]) -> str:
    return f"{name} {np.mean(figures):.3f} ({min(figures):.3f}–{max(figures):.3f})"


def run(*, quick: bool) -> list[dict]:
    if quick:
        return []
    directory, results = data_directory(), []
    for trial_set, path in sets_found("outcomes_crop", results):
        prepared = prepare(trial_sites(trial_set, directory))
        labels, km = prepared.labels, prepared.km
        crops = site_crops(trial_set.name, path, prepared)
        differences = {**squared_differences(feature_values(prepared)), **crop_differences(crops)}
        scores = {
            "distance": -km,
            "same_crop_then_distance": -km - 1e6 * differences["crop"],
            "same_group_then_distance": -km - 1e6 * differences["crop_group"],
        }
        shares = {name: predicted(score, labels) for name, score in scores.items()}
        shares["same_crop_share"] = same_crop_share(crops["crop"], labels)
        fixed = {name: auc(share, labels) for name, share in shares.items()}
        apart = -1e12 * prepared.same_study  # leave-study-out: no neighbour of one's studies
        study_out = {name: auc(predicted(score + apart, labels), labels)
                     for name, score in scores.items()}  # fmt: skip
        distance = fixed["distance"]
        goal = max(GOAL_AUC, distance + GOAL_MARGIN)
        counts = Counter(crops["crop"])
        results.append(
            result(f"outcomes_crop_{trial_set.name}_sites", len(labels), "sites",
                   several_crops=int((crops["crops"] > 1).sum()),
                   crops=dict(counts.most_common(12)),
                   groups=dict(Counter(crops["crop_group"]).most_common()),
                   worked_by_group={g: round(float(labels[crops["crop_group"] == g].mean()), 2)
                                    for g in set(crops["crop_group"])})
        )  # fmt: skip
        print(f"\n{trial_set.name}: {len(labels)} sites, {(crops['crops'] > 1).sum()} with "
              f"several crops; goal {goal:.3f}")  # fmt: skip
        for name, figure in fixed.items():
            interval = auc_difference_interval(
                shares[name], shares["distance"], labels, runs=BOOTSTRAP
            )
            results.append(
                result(f"outcomes_crop_{trial_set.name}_{name}_auc", figure, "AUC", k=K,
                       distance=round(distance, 3), minus_distance=round(figure - distance, 3),
                       ci95=[round(x, 3) for x in interval], goal=round(goal, 3),
                       leave_study_out=round(study_out.get(name, math.nan), 3),
                       meets_goal=figure >= goal)
            )  # fmt: skip
            print(f"  {name} {figure:.3f} (no learning), minus distance {figure - distance:+.3f} "
                  f"[{interval[0]:+.3f}, {interval[1]:+.3f}]; leave-study-out "
                  f"{study_out.get(name, math.nan):.3f}")  # fmt: skip
        for family, features in FAMILIES:
            figure, figures = held_out_result(
                f"outcomes_crop_{trial_set.name}_{family.name}_auc", family, prepared,
                differences, distance=distance, goal=goal, features=features
            )  # fmt: skip
            results.append(figure)
            print(f"  {_line(family.name, figures)} held out; "
                  f"learned {figure['learned_first_split']}")  # fmt: skip
    return results
