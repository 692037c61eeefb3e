import statistics


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def result(name: str, value: float, unit: str, **extra) -> dict:
    return {"name": name, "value": round(value, 3), "unit": unit, **extra}
