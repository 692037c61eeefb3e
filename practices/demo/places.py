"""Places of the illustrative demo corpus (not real field data), from content/places.toml.

Each place is a real town or farming district with plausible site conditions, coded with the
controlled vocabulary of practices/vocabulary.py. Coordinates fall on farmland near the town and
derive to the same country and to a Köppen class with practices.conditions.derive.

PLACES is read on first use, once per process (practices.loading.load_once), through
`__getattr__` (PEP 562) as in texts.py.
"""

from dataclasses import dataclass
from typing import Any

from practices.demo.texts import content_read
from practices.loading import load_once


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    latitude: float
    longitude: float
    rainfall_mm: int
    temperature_c: float
    altitude_m: int
    agro_climatic_zone: str
    slope_class: str
    soil_group: str
    texture: str
    soil_depth: str
    organic_matter: str
    land_use: str
    water_supply: str
    region: str
    crops: tuple[str, ...]


@load_once
def _places() -> list[Place]:
    rows = content_read("places")["places"]
    return [Place(**{**row, "crops": tuple(row["crops"])}) for row in rows]


def __getattr__(name: str) -> Any:
    if name == "PLACES":
        return _places()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
