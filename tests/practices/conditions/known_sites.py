"""Places whose published climate normals and altitude the derivation is checked against.

Published figures are station normals (national weather services' 1991–2020 normals where
published, as quoted in WMO and Wikipedia climate tables; the figures issue 12 gives for Niamey,
Nairobi, El Alto, Wexford, Copargo and Alfter). The derived figures are ERA5 means of
2000–2025 over 28 km cells, read at the point: they are expected within the tolerance of each
row, which says why it is what it is (see practices/conditions/site.py for the biases).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class KnownSite:
    name: str
    latitude: float
    longitude: float
    rainfall_mm: float  # published annual normal
    temperature_c: float  # published annual mean
    altitude_m: float | None  # the station's or town's
    rainfall_range: tuple[float, float]  # derived / published, lowest and highest accepted
    temperature_tolerance_c: float
    why: str


# ERA5's precipitation against station normals, in the regions these places stand for.
EUROPE_TROPICS = (0.75, 1.30)  # Europe and the humid tropics: within about a quarter
SAHEL = (0.45, 1.10)  # Sahel and Sudanian savanna: reanalysis rain 20–50 % low
EAST_AFRICA = (0.60, 1.10)  # Kenyan highlands: about a third low
MOUNTAINS = (0.90, 2.00)  # Andes and Ethiopian highlands: 50–100 % high
LOWLAND_C = 1.5  # ERA5 2 m temperature: within a degree, plus 2000–2025 against 1991–2020
MOUNTAIN_C = 2.5  # 28 km cells smooth mountains away

KNOWN_SITES = [
    KnownSite("Niamey", 13.51, 2.11, 540, 29.7, 223, SAHEL, LOWLAND_C, "Sahel, dry bias"),
    KnownSite("Ouagadougou", 12.37, -1.52, 750, 28.6, 306, SAHEL, LOWLAND_C, "Sudanian savanna"),
    KnownSite("Copargo", 9.84, 1.55, 1200, 26.5, 450, EUROPE_TROPICS, LOWLAND_C, "Guinean savanna"),
    KnownSite("Nairobi", -1.29, 36.82, 950, 19.0, 1700, EAST_AFRICA, LOWLAND_C, "highlands"),
    KnownSite("Addis Ababa", 9.03, 38.74, 1150, 16.3, 2355, MOUNTAINS, MOUNTAIN_C, "mountains"),
    KnownSite("El Alto", -16.50, -68.19, 600, 7.0, 4050, MOUNTAINS, MOUNTAIN_C, "Altiplano"),
    KnownSite("Delhi", 28.61, 77.21, 790, 25.0, 216, EUROPE_TROPICS, LOWLAND_C, "monsoon plain"),
    KnownSite("Manaus", -3.10, -60.02, 2300, 27.4, 67, EUROPE_TROPICS, LOWLAND_C, "Amazon"),
    KnownSite("Madrid", 40.42, -3.70, 420, 15.0, 667, EUROPE_TROPICS, LOWLAND_C, "Meseta"),
    KnownSite("Paris", 48.85, 2.35, 640, 12.4, 35, EUROPE_TROPICS, LOWLAND_C, "Europe, city"),
    KnownSite("Alfter", 50.73, 7.02, 700, 10.9, 150, EUROPE_TROPICS, LOWLAND_C, "Europe"),
    KnownSite("Wexford", 52.2934, -6.4205, 1000, 10.3, 20, EUROPE_TROPICS, LOWLAND_C, "coast"),
]
