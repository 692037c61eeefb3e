"""Profile -> vector: the one encoder both search engines use (DESIGN.md "Similarity").

A profile (a practice's site, or a farmer's farm) becomes a fixed-length, L2-normalised float32
vector made of blocks, one per attribute. Each block is unit length when the attribute is known
(zero when it is not) and scaled by the square root of its weight, so that the dot product of
two vectors is their weighted agro-pedo-climatic similarity, in [0, 1]:

    sim(a, b) = sum over blocks of weight_b * cos_b(a, b) / (|a| * |b|)

Categorical attributes are one-hot; ordered ones (slope, texture, water supply) and measured
ones (rainfall on a log scale, temperature, altitude) are soft radial bins, so that near values
overlap and far ones do not. A missing attribute contributes nothing, and, because vectors are
normalised, does not lower the similarity of what is known.
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields

import numpy as np

from practices import vocabulary as v


@dataclass(frozen=True)
class Profile:
    koppen: str = ""
    rainfall_mm: float | None = None
    temperature_c: float | None = None
    altitude_m: float | None = None
    slope_class: str = ""
    soil_group: str = ""
    texture: str = ""
    land_use: str = ""
    water_supply: str = ""

    @classmethod
    def from_object(cls, obj) -> "Profile":
        values = {}
        for field in fields(cls):
            value = getattr(obj, field.name, None)
            values[field.name] = (
                ("" if value is None else str(value)) if field.type is str else value
            )
        return cls(**values)

    @classmethod
    def from_mapping(cls, data: Mapping) -> "Profile":
        return cls(
            **{f.name: data[f.name] for f in fields(cls) if data.get(f.name) not in (None, "")}
        )


def _radial_centres(start: float, stop: float, count: int) -> np.ndarray:
    return np.linspace(start, stop, count)


@dataclass(frozen=True)
class Block:
    name: str
    weight: float
    size: int


# Ordered vocabularies, for soft ordinal blocks.
SLOPES = list(v.SlopeClass.values)
TEXTURES = list(v.Texture.values)
WATER = list(v.WaterSupply.values)
KOPPEN = list(v.KoppenClass.values)
KOPPEN_TWO = sorted({v.koppen_two_letters(code) for code in KOPPEN})
KOPPEN_GROUPS = sorted(v.KOPPEN_MAIN_GROUPS)
SOILS = list(v.SoilGroup.values)
LAND_USES = list(v.LandUse.values)

RAIN_CENTRES = _radial_centres(math.log(50), math.log(6000), 18)  # log mm
RAIN_SIGMA = (RAIN_CENTRES[1] - RAIN_CENTRES[0]) * 1.1
TEMP_CENTRES = _radial_centres(-10, 32, 15)  # °C
TEMP_SIGMA = 3.0
ALT_CENTRES = _radial_centres(0, math.sqrt(5000), 14)  # sqrt(m): finer low, coarser high
ALT_SIGMA = (ALT_CENTRES[1] - ALT_CENTRES[0]) * 1.1

BLOCKS = [
    Block("koppen", 1.2, len(KOPPEN)),
    Block("koppen_two", 1.0, len(KOPPEN_TWO)),
    Block("koppen_group", 0.8, len(KOPPEN_GROUPS)),
    Block("rainfall", 2.0, len(RAIN_CENTRES)),
    Block("temperature", 1.0, len(TEMP_CENTRES)),
    Block("altitude", 0.5, len(ALT_CENTRES)),
    Block("slope", 0.6, len(SLOPES)),
    Block("soil_group", 0.8, len(SOILS)),
    Block("texture", 0.8, len(TEXTURES)),
    Block("land_use", 0.8, len(LAND_USES)),
    Block("water_supply", 0.8, len(WATER)),
]
OFFSETS = {}
_offset = 0
for _block in BLOCKS:
    OFFSETS[_block.name] = (_offset, _offset + _block.size)
    _offset += _block.size
DIMENSION = _offset
WEIGHTS = {block.name: block.weight for block in BLOCKS}


def _one_hot(value: str, vocabulary: list[str]) -> np.ndarray | None:
    if not value or value not in vocabulary:
        return None
    out = np.zeros(len(vocabulary), dtype=np.float64)
    out[vocabulary.index(value)] = 1.0
    return out


def _radial(x: float, centres: np.ndarray, sigma: float) -> np.ndarray:
    return np.exp(-((centres - x) ** 2) / (2 * sigma**2))


def _ordinal(value: str, vocabulary: list[str], sigma: float) -> np.ndarray | None:
    if not value or value not in vocabulary:
        return None
    return _radial(vocabulary.index(value), np.arange(len(vocabulary), dtype=np.float64), sigma)


def _block_values(profile: Profile) -> dict[str, np.ndarray | None]:
    rain = profile.rainfall_mm
    temp = profile.temperature_c
    alt = profile.altitude_m
    return {
        "koppen": _one_hot(profile.koppen, KOPPEN),
        "koppen_two": _one_hot(v.koppen_two_letters(profile.koppen), KOPPEN_TWO),
        "koppen_group": _one_hot(v.koppen_main_group(profile.koppen), KOPPEN_GROUPS),
        "rainfall": None
        if rain is None
        else _radial(math.log(max(float(rain), 1.0)), RAIN_CENTRES, RAIN_SIGMA),
        "temperature": None if temp is None else _radial(float(temp), TEMP_CENTRES, TEMP_SIGMA),
        "altitude": None
        if alt is None
        else _radial(math.sqrt(max(float(alt), 0.0)), ALT_CENTRES, ALT_SIGMA),
        "slope": _ordinal(profile.slope_class, SLOPES, 0.8),
        "soil_group": _one_hot(profile.soil_group, SOILS),
        "texture": _ordinal(profile.texture, TEXTURES, 0.55),
        "land_use": _one_hot(profile.land_use, LAND_USES),
        "water_supply": _ordinal(profile.water_supply, WATER, 0.6),
    }


def profile_encode(profile: Profile) -> np.ndarray:
    """The profile's vector (float32, DIMENSION long, unit length; all zeros if nothing known)."""
    vector = np.zeros(DIMENSION, dtype=np.float64)
    for name, values in _block_values(profile).items():
        if values is None:
            continue
        start, stop = OFFSETS[name]
        vector[start:stop] = values / np.linalg.norm(values) * math.sqrt(WEIGHTS[name])
    norm = np.linalg.norm(vector)
    if norm > 0:
        vector /= norm
    return vector.astype(np.float32)


def block_similarities(a: np.ndarray, b: np.ndarray) -> dict[str, float]:
    """Per-block cosine (0..1) of two encoded profiles, for blocks both of them know."""
    out = {}
    for name, (start, stop) in OFFSETS.items():
        x, y = a[start:stop], b[start:stop]
        nx, ny = float(np.linalg.norm(x)), float(np.linalg.norm(y))
        if nx > 0 and ny > 0:
            out[name] = float(np.dot(x, y) / (nx * ny))
    return out
