"""The IPCC 2019 Tier 1 tables and the meta-analysis rates, as shipped in practices/impact/data/
(copies of shared/data/, each value with its source; docs/carbon.md). Read once per process,
thread-safely (practices.loading.load_once).

A factor is a value and its standard deviation, as HESTIA samples them: reference stocks carry
the half-width of their 95 % interval in % of the mean (sd = value × u / 100 / 1.96), stock
change factors ± two standard deviations in % (sd = value × error / 200)."""

import json
from dataclasses import dataclass
from pathlib import Path

from practices.loading import load_once

DATA = Path(__file__).resolve().parent.parent / "data"

# IPCC soil classes, as the API names them, and the keys of Table 2.3 in the data file.
SOIL_CLASS_KEYS = {
    "HAC": "high_activity_clay_soils",
    "LAC": "low_activity_clay_soils",
    "sandy": "sandy_soils",
    "spodic": "spodic_soils",
    "volcanic": "volcanic_soils",
    "wetland": "wetland_soils",
}


@dataclass(frozen=True)
class Factor:
    """One table value for one climate zone: what it is, and how uncertain."""

    table: str
    level: str
    zone: str
    value: float
    sd: float

    @property
    def key(self) -> tuple[str, str, str]:
        """The same key is the same quantity, drawn once in a Monte Carlo run."""
        return self.table, self.level, self.zone


@dataclass(frozen=True)
class Tables:
    raw: dict

    def soc_ref(self, soil_class: str, zone: str) -> Factor | None:
        """Table 2.3's reference stock (t C/ha, 0–30 cm); None where the IPCC gives none."""
        row = self.raw["tables"]["soc_ref_t_c_per_ha"]["values"][SOIL_CLASS_KEYS[soil_class]]
        cell = row.get(zone)
        if cell is None:
            return None
        sd = cell["value"] * cell.get("uncertainty_pct_95ci", 0) / 100 / 1.96
        return Factor("soc_ref", soil_class, zone, cell["value"], sd)

    def factor(self, table: str, level: str, zone: str) -> Factor | None:
        """A stock change factor (Tables 5.5 and 6.2); None where the table has no value."""
        cell = self.raw["tables"][table]["values"][level].get(zone)
        if cell is None:
            return None
        sd = cell["value"] * cell.get("error_pct_2sd", 0) / 200
        return Factor(table, level, zone, cell["value"], sd)

    def source(self, table: str) -> str:
        entry = self.raw["tables"][table]
        return f"{entry['ipcc_table']} — {entry['source']['upstream']}"

    @property
    def years(self) -> int:
        return int(self.raw["method"]["default_transition_years"])


@load_once
def tables() -> Tables:
    with open(DATA / "ipcc2019_tier1.json", encoding="utf-8") as handle:
        return Tables(json.load(handle))


@load_once
def rates() -> dict:
    """practice_rates.json: meta-analysis rates, each marked verified or not."""
    with open(DATA / "practice_rates.json", encoding="utf-8") as handle:
        return json.load(handle)
