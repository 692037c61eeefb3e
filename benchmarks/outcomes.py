"""Outcome prediction on published field trials: does "farms like mine" predict what happens on
a farm better than the nearest farms by distance? (issue 12, "Measure").

Leave-site-out: each site in turn is the reader's farm, known only by what the site gives
(coordinates, so the conditions sites_derive derives from them, and in the "farm" variant the
soil texture and water supply of the file). All other sites are ranked (a) as "farms like mine"
ranks them — the shared encoder's similarity plus search.ranking's tie-break bonuses for the
reader's country and nearness (language: the same for all) — and (b) by distance alone. The
site's predicted chance that the practice works is the share of "worked" among the first k
(weighted by similarity if said); the ROC AUC of these predictions against what happened is
the figure, per data set, with a paired bootstrap interval of the difference. Variants (k, the
vote, the tie-break size, the encoder's block weights) are evaluated here without changing
search/: tune on one data set, check on the others (docs/decisions.md, "Outcome prediction
benchmark"). The data sets and their outcomes: benchmarks/trials.py.
"""

import math
from dataclasses import dataclass, field

import numpy as np

from benchmarks.stats import auc, auc_difference_interval, result
from benchmarks.trials import Site, data_directory, sets_found, trial_sites
from practices.conditions.derive import LocationError, km_between
from practices.conditions.site import sites_derive
from search import ranking
from search.encoder import OFFSETS, WEIGHTS, Profile, profile_encode

KS = (5, 10, 20, 40)
K = 10  # the headline k, chosen before looking at the figures
BOOTSTRAP = 2000
COORDINATE_BLOCKS = ("koppen", "koppen_two", "koppen_group", "rainfall", "temperature",
                     "altitude")  # fmt: skip
KOPPEN_BLOCKS = ("koppen", "koppen_two", "koppen_group")


@dataclass(frozen=True)
class Variant:
    """One way of ranking and voting; the defaults are what search/ does today."""

    name: str
    weights: dict[str, float] = field(default_factory=lambda: dict(WEIGHTS))
    near_equal: float = ranking.NEAR_EQUAL
    scale_km: float = ranking.DISTANCE_SCALE_KM
    weighted: bool = False  # vote weighted by similarity


def _only(blocks, **changes) -> dict[str, float]:
    return {name: (changes.get(name, WEIGHTS[name]) if name in blocks else 0.0)
            for name in WEIGHTS}  # fmt: skip


COORDINATES = _only(COORDINATE_BLOCKS)
LIKE_MINE = Variant("like_mine", COORDINATES)  # today's search, from coordinates only
VARIANTS = [
    LIKE_MINE,
    Variant("like_mine_farm"),  # today's weights, the farm's texture and water supply known too
    Variant("koppen_only", _only(KOPPEN_BLOCKS)),  # what coordinates gave before issue 12
    Variant("vote_weighted", COORDINATES, weighted=True),
    Variant("tie_break_0", COORDINATES, near_equal=0.0),
    Variant("tie_break_0.1", COORDINATES, near_equal=0.1),
    Variant("tie_break_0.3", COORDINATES, near_equal=0.3),
    Variant("tie_break_1", COORDINATES, near_equal=1.0),
    Variant("distance_scale_300km", COORDINATES, scale_km=300),
    Variant("no_koppen", _only(("rainfall", "temperature", "altitude"))),
    Variant("koppen_half", _only(COORDINATE_BLOCKS, koppen=0.6, koppen_two=0.5, koppen_group=0.4)),
    Variant("rainfall_x2", _only(COORDINATE_BLOCKS, rainfall=4.0)),
    Variant("temperature_x2", _only(COORDINATE_BLOCKS, temperature=2.0)),
    Variant("altitude_x2", _only(COORDINATE_BLOCKS, altitude=1.0)),
    Variant("rainfall_only", _only(("rainfall",))),
]
HEADLINE = ("distance", LIKE_MINE.name, "like_mine_farm", "koppen_only")
TUNING = "notill"  # the largest set: variants are chosen on it, checked on the others


# --- the sites, as the search sees them ----------------------------------------------------


@dataclass
class Prepared:
    sites: list[Site]
    labels: np.ndarray
    km: np.ndarray  # site x site great-circle distance
    countries: np.ndarray  # derived from the coordinates, as the search's reader's
    same_country: np.ndarray
    cosines: dict[str, np.ndarray]  # block -> site x site cosine (0 where either is unknown)
    known: dict[str, np.ndarray]  # block -> whether each site knows it
    encoded: dict[bool, np.ndarray]  # farm or not -> the encoder's vectors, today's weights
    same_study: np.ndarray
    refused: int  # sites the derivation refused (at sea, beyond 2 km of land)
    conditions: list  # each site's SiteConditions (benchmarks/outcomes_search.py reads more)


def prepare(sites: list[Site]) -> Prepared:
    derived = sites_derive(points=[(site.latitude, site.longitude) for site in sites])
    kept = [(s, d) for s, d in zip(sites, derived, strict=True) if not isinstance(d, LocationError)]
    sites = [site for site, _derived in kept]
    latitudes = np.radians([site.latitude for site in sites])
    longitudes = np.radians([site.longitude for site in sites])
    h = (
        np.sin((latitudes[:, None] - latitudes[None, :]) / 2) ** 2
        + np.cos(latitudes)[:, None]
        * np.cos(latitudes)[None, :]
        * np.sin((longitudes[:, None] - longitudes[None, :]) / 2) ** 2
    )
    km = 2 * 6371.0088 * np.arcsin(np.sqrt(np.minimum(1.0, h)))  # derive.km_between's, at once
    countries = np.array([conditions.country for _site, conditions in kept])
    encoded = {}
    for farm in (False, True):
        profiles = [
            Profile(
                koppen=conditions.koppen,
                rainfall_mm=conditions.rainfall_mm,
                temperature_c=conditions.temperature_c,
                altitude_m=conditions.altitude_m,
                texture=site.texture if farm else "",
                water_supply=site.water_supply if farm else "",
            )
            for site, conditions in kept
        ]
        encoded[farm] = np.array([profile_encode(profile) for profile in profiles], np.float64)
    cosines, known = {}, {}
    for name, (start, stop) in OFFSETS.items():
        block = encoded[True][:, start:stop]
        norms = np.linalg.norm(block, axis=1)
        known[name] = norms > 0
        unit = block / np.where(known[name], norms, 1.0)[:, None]
        cosines[name] = unit @ unit.T
    studies = [site.studies for site in sites]
    return Prepared(
        sites=sites,
        labels=np.array([site.worked for site in sites]),
        km=km,
        countries=countries,
        same_country=(countries[:, None] == countries[None, :]) & (countries[:, None] != ""),
        cosines=cosines,
        known=known,
        encoded=encoded,
        same_study=np.array([[bool(a & b) for b in studies] for a in studies]),
        refused=len(derived) - len(kept),
        conditions=[conditions for _site, conditions in kept],
    )


# --- ranking and voting --------------------------------------------------------------------


def similarities(prepared: Prepared, weights: dict[str, float]) -> np.ndarray:
    """The encoder's dot product under other block weights: sum of weight x cosine over the
    blocks both sites know, over the root of each side's known weight (search/encoder.py)."""
    numerator = sum(
        weight * prepared.cosines[name] * np.outer(prepared.known[name], prepared.known[name])
        for name, weight in weights.items()
        if weight
    )
    total = sum(weight * prepared.known[name] for name, weight in weights.items() if weight)
    scale = np.sqrt(np.outer(total, total))
    return numerator / np.where(scale > 0, scale, 1.0)


def scores(prepared: Prepared, variant: Variant) -> tuple[np.ndarray, np.ndarray]:
    """(similarity, rank score) of every site for every reader site (rows)."""
    similarity = similarities(prepared, variant.weights)
    bonus = (
        variant.near_equal / 3 * (prepared.same_country + np.exp(-prepared.km / variant.scale_km))
    )
    return similarity, similarity + bonus


def predictions(ranked, labels, *, k: int, excluded, weights=None) -> np.ndarray:
    """Each site's share of "worked" among the k first of the others (higher ranked first;
    exact ties in the order of the sites), weighted if weights are given."""
    count = len(labels)
    out = np.empty(count)
    for reader in range(count):
        allowed = np.flatnonzero(~excluded[reader])
        order = allowed[np.lexsort((allowed, -ranked[reader, allowed]))][:k]
        vote = np.ones(len(order)) if weights is None else np.maximum(weights[reader, order], 0)
        if vote.sum() <= 0:
            vote = np.ones(len(order))
        out[reader] = float((vote * labels[order]).sum() / vote.sum())
    return out


def _check_against_search(prepared: Prepared) -> None:
    """The figures are of the search's own functions: the recombined similarity is the
    encoder's dot product, and the bonus is search.ranking.rank_score's."""
    for farm, weights in ((False, COORDINATES), (True, WEIGHTS)):
        vectors = prepared.encoded[farm]
        assert np.allclose(similarities(prepared, weights), vectors @ vectors.T, atol=1e-5)
    similarity, ranked = scores(prepared, Variant("today", COORDINATES))
    first = prepared.sites[0]
    reader = ranking.Reader(None, prepared.countries[0], first.latitude, first.longitude)
    for n, site in enumerate(prepared.sites):
        document = {"country": prepared.countries[n], "latitude": site.latitude,
                    "longitude": site.longitude}  # fmt: skip
        expected = ranking.rank_score(similarity[0, n], document, reader)
        assert math.isclose(ranked[0, n], expected, abs_tol=1e-9)
        km = km_between((first.latitude, first.longitude), (site.latitude, site.longitude))
        assert math.isclose(prepared.km[0, n], km, abs_tol=1e-6)


# --- the benchmark -------------------------------------------------------------------------


def _evaluate(prepared: Prepared) -> dict[str, dict]:
    """method -> {"site"/"study": {k: AUC}, "predictions": {k: leave-site-out predictions}}."""
    itself = np.eye(len(prepared.labels), dtype=bool)
    exclusions = {"site": itself, "study": itself | prepared.same_study}
    methods = {"distance": (-prepared.km, None)}
    for variant in VARIANTS:
        similarity, ranked = scores(prepared, variant)
        methods[variant.name] = (ranked, similarity if variant.weighted else None)
    table = {}
    for method, (ranked, weights) in methods.items():
        row = {"predictions": {}}
        for exclusion, excluded in exclusions.items():
            row[exclusion] = {}
            for k in KS:
                predicted = predictions(
                    ranked, prepared.labels, k=k, excluded=excluded, weights=weights
                )
                row[exclusion][k] = auc(predicted, prepared.labels)
                if exclusion == "site":
                    row["predictions"][k] = predicted
        table[method] = row
    return table


def _rounded(by_k: dict[int, float]) -> dict[str, float]:
    return {str(k): round(value, 3) for k, value in by_k.items()}


def _difference(name, table, labels, method, *, runs) -> dict:
    """method's AUC minus distance's at K, with the bootstrap interval."""
    ours, theirs = table[method], table["distance"]
    low, high = auc_difference_interval(
        ours["predictions"][K], theirs["predictions"][K], labels, runs=runs
    )
    return result(
        f"outcomes_{name}_{method}_minus_distance", ours["site"][K] - theirs["site"][K], "AUC",
        k=K, ci95=[round(low, 3), round(high, 3)], bootstrap=runs,
        by_k=_rounded({k: ours["site"][k] - theirs["site"][k] for k in KS}),
    )  # fmt: skip


def _set_results(trial_set, prepared: Prepared, table, *, runs: int) -> list[dict]:
    name = trial_set.name
    out = [
        result(f"outcomes_{name}_sites", len(prepared.sites), "sites",
               worked_share=round(float(prepared.labels.mean()), 3),
               observations=sum(site.observations for site in prepared.sites),
               refused_by_derivation=prepared.refused, outcome=trial_set.outcome,
               texture_known=sum(bool(site.texture) for site in prepared.sites),
               water_supply_known=sum(bool(site.water_supply) for site in prepared.sites),
               file=trial_set.file),
    ]  # fmt: skip
    for method in HEADLINE:
        row = table[method]
        out.append(
            result(f"outcomes_{name}_{method}_auc", row["site"][K], "AUC", k=K,
                   by_k=_rounded(row["site"]), leave_study_out=round(row["study"][K], 3))
        )  # fmt: skip
    for method in (LIKE_MINE.name, "like_mine_farm"):
        out.append(_difference(name, table, prepared.labels, method, runs=runs))
    best = _best(table)
    out.append(
        result(f"outcomes_{name}_best_variant_auc", table[best]["site"][K], "AUC", k=K,
               variant=best, auc={m: round(row["site"][K], 3) for m, row in table.items()})
    )  # fmt: skip
    return out


def _best(table: dict) -> str:
    """The variant of "farms like mine" with the highest AUC at K (distance is no variant)."""
    return max((variant.name for variant in VARIANTS), key=lambda m: table[m]["site"][K])


def _selected(tables: dict, labels: dict, *, runs: int) -> list[dict]:
    """The variant best on the tuning set (at K, leave-site-out), and how it does on the
    others: the evidence a change to search/ should rest on."""
    if TUNING not in tables:
        return []
    tuning = tables[TUNING]
    best = _best(tuning)
    out = [
        result(f"outcomes_best_on_{TUNING}_auc", tuning[best]["site"][K], "AUC", k=K,
               variant=best, today=round(tuning[LIKE_MINE.name]["site"][K], 3),
               distance=round(tuning["distance"]["site"][K], 3), variants=len(VARIANTS)),
    ]  # fmt: skip
    for name, table in tables.items():
        if name != TUNING:
            difference = _difference(name, table, labels[name], best, runs=runs)
            difference["name"] = f"outcomes_best_on_{TUNING}_checked_on_{name}_minus_distance"
            out.append({**difference, "variant": best, "auc": round(table[best]["site"][K], 3)})
    return out


def _print(name: str, prepared: Prepared, table: dict) -> None:
    print(f"\n{name}: {len(prepared.sites)} sites, {prepared.labels.mean():.0%} worked. "
          f"ROC AUC leave-site-out at k = {', '.join(map(str, KS))} | leave-study-out")  # fmt: skip
    for method, row in table.items():
        site = " ".join(f"{row['site'][k]:.3f}" for k in KS)
        study = " ".join(f"{row['study'][k]:.3f}" for k in KS)
        print(f"  {method:<22} {site} | {study}")


def run(*, quick: bool) -> list[dict]:
    directory = data_directory()
    runs = BOOTSTRAP // 4 if quick else BOOTSTRAP
    results, tables, labels = [], {}, {}
    for trial_set, _path in sets_found("outcomes", results):
        prepared = prepare(trial_sites(trial_set, directory))
        _check_against_search(prepared)
        tables[trial_set.name] = _evaluate(prepared)
        labels[trial_set.name] = prepared.labels
        results += _set_results(trial_set, prepared, tables[trial_set.name], runs=runs)
        _print(trial_set.name, prepared, tables[trial_set.name])
    return results + _selected(tables, labels, runs=runs)
