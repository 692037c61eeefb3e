import math
import statistics

import numpy as np


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def result(name: str, value: float, unit: str, **extra) -> dict:
    return {"name": name, "value": round(value, 3), "unit": unit, **extra}


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """ROC AUC (Mann-Whitney): the chance that a positive is scored above a negative, ties
    counting half. NaN when one class is missing."""
    positives = int(labels.sum())
    negatives = len(labels) - positives
    if not positives or not negatives:
        return math.nan
    ordered = np.sort(scores)
    below, up_to = (
        np.searchsorted(ordered, scores, "left"),
        np.searchsorted(ordered, scores, "right"),
    )
    ranks = (below + up_to + 1) / 2  # ranks from 1, ties share their average
    return float((ranks[labels].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def auc_difference_interval(a, b, labels, *, runs: int, seed: int = 12) -> tuple[float, float]:
    """95 % interval of AUC(a) - AUC(b): the cases resampled, both scores paired."""
    generator = np.random.default_rng(seed)
    differences = []
    for _run in range(runs):
        pick = generator.integers(0, len(labels), len(labels))
        difference = auc(a[pick], labels[pick]) - auc(b[pick], labels[pick])
        if not math.isnan(difference):
            differences.append(difference)
    low, high = np.percentile(differences, [2.5, 97.5])
    return float(low), float(high)
