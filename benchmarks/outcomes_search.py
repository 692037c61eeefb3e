"""Can any "farms like mine" of a wide family beat distance on the published trials? (issue 12)

benchmarks/outcomes.py measures today's ranking and a few variants. This searches a grid of
9,208 rankings, each a set of encoder block weights over what coordinates give (Köppen, rainfall,
temperature, altitude, and two blocks the encoder does not have: the aridity index, rainfall
over Thornthwaite's PET, and the WOCAT agro-climatic zone), with or without the farm's texture
and water supply, and a tie-break of size `near_equal` mixing the same country with nearness
(exp(-km / scale)): search.ranking's rank_score with other constants. For each trial set:

- the ceiling: the grid's best AUC on the set itself (in-sample: an upper bound, not a result);
- the honest selections: the best on no-till (the tuning set), checked on the others, in three
  families (FAMILIES: the whole grid; the grid's rankings that keep Köppen and temperature, as
  the similarity quality tests need; today's similarity plus a bonus for near rainfall or
  aridity and the same tie-breaks); and nested leave-site-out within each set (for each
  held-out site, the ranking of a smaller family (NESTED) with the best AUC on the other sites,
  themselves predicted without the held-out one);
- what the practice page's "tried by farms like yours" would predict (the share that worked
  among the sites at least LIKE_YOURS similar), today's similarity, with and without the farm;
- how the outcome follows each derived condition (AUC of the raw value: below 0.5, the lower
  the value the likelier it worked), to see which conditions matter for which practice.

Run with the outcomes group (`python -m benchmarks.run --only outcomes`; not with --quick: about
3 minutes on one core).
"""

import itertools
import math
from collections import Counter
from dataclasses import replace

import numpy as np

from benchmarks.outcomes import (
    BOOTSTRAP,
    TUNING,
    K,
    Prepared,
    prepare,
    similarities,
)
from benchmarks.stats import auc, auc_difference_interval, result
from benchmarks.trials import TRIAL_SETS, data_directory, trial_sites
from search.selectors import LIKE_YOURS

KOPPEN_WEIGHTS = {"koppen": 1.2, "koppen_two": 1.0, "koppen_group": 0.8}  # the encoder's
# (Köppen scale, rainfall, temperature, altitude, aridity, zone, farm) weights
GRID = [
    weights
    for weights in itertools.product(
        (0, 0.5, 1), (0, 1, 2, 4), (0, 1, 2), (0, 0.5), (0, 1, 2, 4), (0, 1), (0, 0.8)
    )
    if any(weights)
]
MIXES = list(itertools.product((0.03, 0.1, 0.3, 1.0), (100, 1000)))  # (near_equal, scale km)
NESTED = [
    (weights, mix)
    for weights in itertools.product((0, 0.5, 1), (1, 2), (0, 1), (0, 0.5), (0, 2), (0,), (0, 0.8))
    for mix in ((0.03, 100), (0.1, 1000), (0.3, 100), (0.3, 1000), (1.0, 1000))
]
TODAY = ((1, 2, 1, 0.5, 0, 0, 0), (0.03, 100))
TODAY_FARM = ((1, 2, 1, 0.5, 0, 0, 0.8), (0.03, 100))  # with the farm's texture and water
GOAL_AUC, GOAL_MARGIN = 0.65, 0.05
ARIDITY_CENTRES = np.linspace(-3.0, 1.5, 16)  # log(rainfall / PET)


def _radial_cosines(values: np.ndarray, centres: np.ndarray) -> np.ndarray:
    """The encoder's soft radial bins (sigma 1.1 bin), as a site x site cosine."""
    sigma = (centres[1] - centres[0]) * 1.1
    bins = np.exp(-((centres[None, :] - values[:, None]) ** 2) / (2 * sigma**2))
    bins /= np.linalg.norm(bins, axis=1, keepdims=True)
    return bins @ bins.T


def with_climate_blocks(prepared: Prepared) -> Prepared:
    """The prepared sites with an aridity block and an agro-climatic zone block."""
    rainfall = np.array(
        [math.nan if c.rainfall_mm is None else c.rainfall_mm for c in prepared.conditions]
    )
    pet = np.array([max(c.pet_mm, 1) for c in prepared.conditions], np.float64)
    aridity = np.log(np.maximum(rainfall, 1.0) / pet)
    zones = np.array([c.agro_climatic_zone for c in prepared.conditions])
    cosines = {
        **prepared.cosines,
        "aridity": _radial_cosines(np.nan_to_num(aridity), ARIDITY_CENTRES),
        "zone": (zones[:, None] == zones[None, :]).astype(np.float64),
    }
    known = {**prepared.known, "aridity": ~np.isnan(aridity), "zone": zones != ""}
    return replace(prepared, cosines=cosines, known=known)


def block_weights(config) -> dict[str, float]:
    koppen, rainfall, temperature, altitude, aridity, zone, farm = config
    return {
        **{name: koppen * weight for name, weight in KOPPEN_WEIGHTS.items()},
        "rainfall": rainfall, "temperature": temperature, "altitude": altitude,
        "aridity": aridity, "zone": zone, "texture": farm, "water_supply": farm,
    }  # fmt: skip


def bonus(prepared: Prepared, mix) -> np.ndarray:
    """rank_score's country and nearness tie-breaks, of size near_equal (language: the same)."""
    near_equal, scale_km = mix
    return near_equal / 3 * (prepared.same_country + np.exp(-prepared.km / scale_km))


def ranked(prepared: Prepared, config, mix) -> np.ndarray:
    return similarities(prepared, block_weights(config)) + bonus(prepared, mix)


def first_k(scores: np.ndarray, k: int) -> np.ndarray:
    """Each row's k best others, exact ties in the order of the sites (outcomes.predictions)."""
    scores = scores.astype(np.float64, copy=True)
    np.fill_diagonal(scores, -np.inf)
    return np.argsort(-scores, axis=1, kind="stable")[:, :k]


def predicted(scores: np.ndarray, labels: np.ndarray) -> np.ndarray:
    return labels[first_k(scores, K)].mean(axis=1)


def _grid(prepared: Prepared) -> dict[tuple, float]:
    labels = prepared.labels
    table = {}
    for config in GRID:
        similarity = similarities(prepared, block_weights(config))
        for mix in MIXES:
            table[config, mix] = auc(predicted(similarity + bonus(prepared, mix), labels), labels)
    return table


def predicted_without(orders: np.ndarray, values: np.ndarray, held: int) -> np.ndarray:
    """Each site's share of "worked" among its K first others once `held` is left out too
    (orders: each site's K + 1 first others, as first_k gives them; rankings stacked first)."""
    sum_k = values[orders[..., :K]].sum(axis=-1)
    return (
        np.where(
            (orders[..., :K] == held).any(axis=-1),
            values[orders].sum(axis=-1) - values[held],
            sum_k,
        )
        / K
    )


def nested(prepared: Prepared) -> tuple[np.ndarray, Counter]:
    """Nested leave-site-out predictions over NESTED, and how often each ranking was chosen."""
    labels = prepared.labels
    values = labels.astype(np.float64)
    orders = np.array([first_k(ranked(prepared, *each), K + 1) for each in NESTED])
    count = len(labels)
    out, chosen = np.empty(count), Counter()
    for held in range(count):
        inner = predicted_without(orders, values, held)  # ranking x site
        others = np.arange(count) != held
        best = int(np.argmax([auc(row[others], labels[others]) for row in inner]))
        chosen[NESTED[best]] += 1
        out[held] = values[orders[best, held, :K]].mean()
    return out, chosen


def _mix_name(mix) -> str:
    return f"tie-break {mix[0]} within {mix[1]} km"


def _name(config, mix) -> str:
    koppen, rainfall, temperature, altitude, aridity, zone, farm = config
    return (f"koppen×{koppen} rainfall {rainfall} temperature {temperature} altitude "
            f"{altitude} aridity {aridity} zone {zone} farm {farm}; {_mix_name(mix)}")  # fmt: skip


def _feature_aucs(prepared: Prepared) -> dict[str, float]:
    conditions, labels = prepared.conditions, prepared.labels
    columns = {
        "rainfall": [c.rainfall_mm or math.nan for c in conditions],
        "aridity": [(c.rainfall_mm or math.nan) / max(c.pet_mm, 1) for c in conditions],
        "temperature": [c.temperature_c for c in conditions],
        "altitude": [c.altitude_m for c in conditions],
        "growing_period": [c.growing_period_days for c in conditions],
        "abs_latitude": [abs(site.latitude) for site in prepared.sites],
    }
    out = {}
    for name, column in columns.items():
        values = np.array(column, np.float64)
        known = ~np.isnan(values)
        out[name] = round(auc(values[known], labels[known]), 3)
    return out


def like_yours_share(similarity: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """What the practice page says (search.selectors.reports_summary): the share that worked
    among the others whose similarity reaches LIKE_YOURS; the overall share when none does."""
    like = similarity >= LIKE_YOURS
    np.fill_diagonal(like, False)
    count = like.sum(axis=1)
    worked = (like * labels[None, :]).sum(axis=1)
    return np.where(count > 0, worked / np.maximum(count, 1), labels.mean())


def _difference(ours, theirs, labels, *, runs) -> dict:
    low, high = auc_difference_interval(ours, theirs, labels, runs=runs)
    return {"minus_distance": round(auc(ours, labels) - auc(theirs, labels), 3),
            "ci95": [round(low, 3), round(high, 3)]}  # fmt: skip


def run(*, quick: bool) -> list[dict]:
    if quick:
        return []
    directory, runs = data_directory(), BOOTSTRAP
    prepared, grids = {}, {}
    for trial_set in TRIAL_SETS:
        if (directory / trial_set.file).is_file():
            prepared[trial_set.name] = with_climate_blocks(
                prepare(trial_sites(trial_set, directory))
            )
            grids[trial_set.name] = _grid(prepared[trial_set.name])
    results = []
    for name, each in prepared.items():
        labels, table = each.labels, grids[name]
        distance = predicted(-each.km, labels)
        distance_auc = auc(distance, labels)
        best = max(table, key=table.get)
        meeting = sum(v >= max(GOAL_AUC, distance_auc + GOAL_MARGIN) for v in table.values())
        results.append(
            result(f"outcomes_search_{name}_ceiling_auc", table[best], "AUC", k=K,
                   in_sample=True, ranking=_name(*best), distance=round(distance_auc, 3),
                   today=round(table[TODAY], 3), rankings=len(table),
                   rankings_meeting_goal=meeting, feature_auc=_feature_aucs(each))
        )  # fmt: skip
        for farm in (0, 0.8):
            share = like_yours_share(similarities(each, block_weights((*TODAY[0][:-1], farm))),
                                     labels)  # fmt: skip
            results.append(
                result(f"outcomes_search_{name}_like_yours{'_farm' if farm else ''}_auc",
                       auc(share, labels), "AUC", threshold=LIKE_YOURS,
                       **_difference(share, distance, labels, runs=runs))
            )  # fmt: skip
        outer, chosen = nested(each)
        (top, times), *_rest = chosen.most_common(1)
        results.append(
            result(f"outcomes_search_{name}_nested_auc", auc(outer, labels), "AUC", k=K,
                   rankings=len(NESTED), distance=round(distance_auc, 3),
                   most_chosen=_name(*top), chosen_share=round(times / len(labels), 3),
                   **_difference(outer, distance, labels, runs=runs))
        )  # fmt: skip
        print(f"{name}: ceiling {table[best]:.3f} ({_name(*best)}), {meeting} meet the goal; "
              f"nested {auc(outer, labels):.3f}; distance {distance_auc:.3f}")  # fmt: skip
    return results + _selections(prepared, grids, runs=runs)


# Rankings that keep today's similarity (what the page shows and "none are close" reads) and
# add a bonus for near rainfall or aridity, with the same tie-breaks: (farm, block, size, mix).
HYBRID = list(itertools.product((0, 0.8), ("rainfall", "aridity"), (0, 0.1, 0.3, 1), MIXES))


def hybrid_ranked(prepared: Prepared, key) -> np.ndarray:
    farm, block, size, mix = key
    both = np.outer(prepared.known[block], prepared.known[block])
    today = similarities(prepared, block_weights((*TODAY[0][:-1], farm)))
    return today + size * prepared.cosines[block] * both + bonus(prepared, mix)


def _hybrid_name(key) -> str:
    farm, block, size, mix = key
    return (
        f"today's similarity (farm {farm}) + {size} × {block} closeness; "
        + _name((1, 2, 1, 0.5, 0, 0, farm), mix).split("; ")[1]
    )


# family -> (which rankings, how one ranks, how it is named)
FAMILIES = {
    "any": (lambda key: True, lambda p, key: ranked(p, *key), lambda key: _name(*key)),
    "keeping_koppen_and_temperature": (
        lambda key: key[0][0] > 0 and key[0][2] > 0,
        lambda p, key: ranked(p, *key),
        lambda key: _name(*key),
    ),
    "today_plus_rainfall_bonus": (None, hybrid_ranked, _hybrid_name),
}


def _selections(prepared: dict, grids: dict, *, runs: int) -> list[dict]:
    """Per family: the ranking best on the tuning set, and how it does on every set."""
    if TUNING not in prepared:
        return []
    out = []
    for family, (keeps, scorer, named) in FAMILIES.items():
        if keeps is None:
            tuning_each = prepared[TUNING]
            table = {key: auc(predicted(scorer(tuning_each, key), tuning_each.labels),
                              tuning_each.labels) for key in HYBRID}  # fmt: skip
        else:
            table = {key: value for key, value in grids[TUNING].items() if keeps(key)}
        selected = max(table, key=table.get)
        for name, each in prepared.items():
            labels = each.labels
            ours = predicted(scorer(each, selected), labels)
            out.append(
                result(f"outcomes_search_{family}_selected_on_{TUNING}_{name}_auc",
                       auc(ours, labels), "AUC", k=K, ranking=named(selected),
                       rankings=len(table), held_out=name != TUNING,
                       today=round(grids[name][TODAY], 3),
                       today_farm=round(grids[name][TODAY_FARM], 3),
                       **_difference(ours, predicted(-each.km, labels), labels, runs=runs))
            )  # fmt: skip
            print(f"  {family} chosen on {TUNING}, on {name}: {auc(ours, labels):.3f}")
    return out
