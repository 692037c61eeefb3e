"""Per-practice "farms like mine", learned on some published trials and checked on others
(issue 12; docs/decisions.md, "Outcome prediction: weights per practice, held out").

benchmarks/outcomes_search.py showed that each practice follows its own climate axis. Here each
practice gets its own similarity: a weighted distance between two sites over what the reader's
coordinates give (rainfall, temperature, the aridity index P/PET, the growing period, altitude,
latitude: sites_derive's, each standardised over the set) and what a farmer knows of their own
farm (texture, irrigation), plus a term for the kilometres between them; the k = 10 most similar
others vote (outcomes.py's vote; exact ties: the nearer first). Two families:

- "metric": the weighted distance and kilometres together (weights and the km term learned);
- "like_then_near": the weighted distance alone, the kilometres only breaking exact ties;
- "near_then_like": the M nearest sites, then the k most similar of them (weights and M learned).

No set has a twin of the same practice large enough to tune on (SoilHealthDB's no-till yields
are 5 sites; its agroforestry yields 30 with 5 failures; its cover-crop carbon 81 with 9), so
each set is split in two by study (study_halves): the weights are learned on one
half alone (readers and neighbours; coordinate ascent over WEIGHTS and the family's own
constant, ROUNDS rounds), then each site of the other half is predicted from all other sites
with them. Both halves in turn give every site one held-out prediction; SPLITS random splits.
The figure is the mean held-out AUC, against distance alone on the same sites. Runs with
`--only outcomes` (about 20 s), not with --quick.
"""

import hashlib
import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from benchmarks.outcomes import Prepared, prepare
from benchmarks.outcomes_search import GOAL_AUC, GOAL_MARGIN, first_k
from benchmarks.stats import auc, result
from benchmarks.trials import data_directory, sets_found, trial_sites
from practices import vocabulary as v

K = 10
SPLITS = 8
ROUNDS = 2
FEATURES = ("rainfall", "temperature", "aridity", "growing_period", "altitude", "latitude",
            "texture", "irrigation")  # fmt: skip
WEIGHTS = (0, 0.25, 0.5, 1, 2, 4)  # per feature, on squared standardised differences
KM_WEIGHTS = (0, 0.03, 0.1, 0.3, 1, 3, 10)  # "metric": per 1,000 km
NEAREST = (10, 15, 20, 30, 50, 80, 120)  # "near_then_like": M
TIE_KM = 1e-9  # exact ties: the nearer first
TEXTURE_ORDER = {v.Texture.COARSE: 0.0, v.Texture.MEDIUM: 1.0, v.Texture.FINE: 2.0}
WATER_ORDER = {v.WaterSupply.RAINFED: 0.0, v.WaterSupply.MIXED: 0.5,
               v.WaterSupply.IRRIGATED: 1.0}  # fmt: skip


def feature_values(prepared: Prepared) -> dict[str, np.ndarray]:
    """Each site's value of each feature (NaN where unknown)."""
    conditions, sites = prepared.conditions, prepared.sites
    rainfall = np.array(
        [math.nan if c.rainfall_mm is None else c.rainfall_mm for c in conditions], np.float64
    )
    pet = np.array([max(c.pet_mm, 1) for c in conditions], np.float64)
    return {
        "rainfall": np.log(np.maximum(rainfall, 1.0)),
        "temperature": np.array([c.temperature_c for c in conditions], np.float64),
        "aridity": np.log(np.maximum(rainfall, 1.0) / pet),
        "growing_period": np.array([c.growing_period_days for c in conditions], np.float64),
        "altitude": np.sqrt(np.maximum([c.altitude_m for c in conditions], 0.0)),
        "latitude": np.abs([site.latitude for site in sites]).astype(np.float64),
        "texture": np.array([TEXTURE_ORDER.get(s.texture, math.nan) for s in sites]),
        "irrigation": np.array([WATER_ORDER.get(s.water_supply, math.nan) for s in sites]),
    }


def squared_differences(values: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """feature -> site x site squared difference of the standardised values (0 where either
    site does not know it: an unknown value neither brings sites together nor apart)."""
    out = {}
    for name, column in values.items():
        known = ~np.isnan(column)
        spread = float(np.std(column[known])) if known.sum() > 1 else 0.0
        z = (column - (column[known].mean() if known.any() else 0.0)) / (spread or 1.0)
        difference = (z[:, None] - z[None, :]) ** 2
        out[name] = np.where(np.isnan(difference), 0.0, difference)
    return out


@dataclass(frozen=True)
class Family:
    name: str
    constants: tuple  # the family's own constant, learned with the weights
    start: tuple[dict, float]  # where the ascent starts: (weights, constant)
    score: Callable  # (differences, km, weights, constant) -> site x site score


def _weighted(differences, weights) -> np.ndarray:
    return -sum(weight * differences[name] for name, weight in weights.items() if weight)


def metric_score(differences, km, weights, km_weight) -> np.ndarray:
    return _weighted(differences, weights) - km_weight * km / 1000 - TIE_KM * km


def near_then_like_score(differences, km, weights, nearest) -> np.ndarray:
    others = np.where(np.eye(len(km), dtype=bool), np.inf, km)
    rank = np.argsort(np.argsort(others, axis=1, kind="stable"), axis=1, kind="stable")
    return _weighted(differences, weights) - TIE_KM * km - 1e6 * (rank >= nearest)


FAMILIES = (
    Family("metric", KM_WEIGHTS, ({}, 1.0), metric_score),
    Family("like_then_near", (0.0,), ({"rainfall": 1}, 0.0), metric_score),
    Family("near_then_like", NEAREST, ({"rainfall": 1}, 30), near_then_like_score),
)


def predicted(scores: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Each site's share of "worked" among its K best-scored others."""
    return labels[first_k(scores, K)].mean(axis=1)


def fit(
    family: Family, differences, km, labels, rows, features=FEATURES
) -> tuple[dict, float, float]:
    """Weights and constant of the family best on `rows` alone (readers and neighbours),
    by coordinate ascent; with the in-sample AUC they reach."""
    sub = np.ix_(rows, rows)
    differences = {name: each[sub] for name, each in differences.items()}
    km, labels = km[sub], labels[rows]
    weights, constant = dict(family.start[0]), family.start[1]

    def figure(w, c):
        return auc(predicted(family.score(differences, km, w, c), labels), labels)

    best = figure(weights, constant)
    for _round in range(ROUNDS):
        for name in (*features, None):
            for value in family.constants if name is None else WEIGHTS:
                trial_weights = weights if name is None else {**weights, name: value}
                trial_constant = value if name is None else constant
                if not any(trial_weights.values()) and family.name != "metric":
                    continue  # nothing to be "like" on
                trial = figure(trial_weights, trial_constant)
                if trial > best + 1e-9:
                    best, weights, constant = trial, trial_weights, trial_constant
    return {name: w for name, w in weights.items() if w}, constant, best


def study_halves(prepared: Prepared, seed: int) -> np.ndarray:
    """0 or 1 per site: the smallest seeded hash of its studies decides, so a study's sites
    stay on one side (unless one of them shares another study)."""
    return np.array(
        [
            int(min(hashlib.sha256(f"{seed}:{s}".encode()).hexdigest() for s in site.studies), 16)
            % 2
            for site in prepared.sites
        ]
    )


def held_out(
    family: Family, prepared: Prepared, differences, halves, features=FEATURES
) -> tuple[np.ndarray, list]:
    """Every site's prediction by the ranking learned on the other half, and what was learned."""
    labels, km = prepared.labels, prepared.km
    out, learned = np.empty(len(labels)), []
    for tuning in (0, 1):
        rows, checked = np.flatnonzero(halves == tuning), halves != tuning
        weights, constant, in_sample = fit(family, differences, km, labels, rows, features)
        learned.append({"weights": weights, "constant": constant,
                        "in_sample_auc": round(in_sample, 3)})  # fmt: skip
        out[checked] = predicted(family.score(differences, km, weights, constant), labels)[checked]
    return out, learned


def held_out_result(
    name: str, family: Family, prepared: Prepared, differences, *, distance: float, goal: float,
    features=FEATURES
) -> tuple[dict, list[float]]:  # fmt: skip
    """The family's AUC held out, over SPLITS halvings by study, as a result named `name`, with
    each split's figure."""
    figures, learned = [], []
    for seed in range(SPLITS):
        predictions, each = held_out(
            family, prepared, differences, study_halves(prepared, seed), features
        )
        figures.append(auc(predictions, prepared.labels))
        learned += each
    mean = float(np.mean(figures))
    return result(name, mean, "AUC", k=K, held_out=True, splits=SPLITS,
                  distance=round(distance, 3), minus_distance=round(mean - distance, 3),
                  per_split=[round(x, 3) for x in figures], goal=round(goal, 3),
                  meets_goal=mean >= goal, learned_first_split=learned[:2],
                  in_sample_mean=round(float(np.mean(
                      [e["in_sample_auc"] for e in learned])), 3)), figures  # fmt: skip


def run(*, quick: bool) -> list[dict]:
    if quick:
        return []
    directory, results = data_directory(), []
    for trial_set, _path in sets_found("outcomes_learned", results):
        prepared = prepare(trial_sites(trial_set, directory))
        labels = prepared.labels
        differences = squared_differences(feature_values(prepared))
        distance = auc(predicted(-prepared.km, labels), labels)
        goal = max(GOAL_AUC, distance + GOAL_MARGIN)
        for family in FAMILIES:
            figure, figures = held_out_result(
                f"outcomes_learned_{trial_set.name}_{family.name}_auc", family, prepared,
                differences, distance=distance, goal=goal
            )  # fmt: skip
            results.append(figure)
            print(f"{trial_set.name} {family.name}: held out {figure['value']:.3f} "
                  f"({min(figures):.3f}–{max(figures):.3f}), distance {distance:.3f}, "
                  f"goal {goal:.3f}")  # fmt: skip
    return results
