"""Draw the world map of the location fieldset (static/img/world-map.png) from the land mask
the site already ships (practices.conditions.grids.PackedLandMask): equirectangular, land
and sea, a line every 30° of latitude and longitude. The map is committed; run this again only
to change how it looks (`make world-map`)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

import numpy as np
from PIL import Image

from practices.conditions.grids import PackedLandMask
from practices.forms.mixins import MAP_HEIGHT, MAP_WIDTH

OUTPUT = Path(settings.BASE_DIR) / "static" / "img" / "world-map.png"
SEA, LAND, LINE = (225, 236, 241), (196, 184, 146), (176, 200, 212)
SHADES = 4  # tones between sea and land along the coasts (samples per pixel: SHADES²)


def land_share(mask: PackedLandMask, *, width: int, height: int) -> np.ndarray:
    """The share of land in each pixel (0..1), from SHADES × SHADES samples of the 1 km mask."""
    m = mask.meta
    steps = (np.arange(SHADES) + 0.5) / SHADES
    latitudes = 90 - (np.arange(height)[:, None] + steps[None, :]).ravel() * 180 / height
    longitudes = (np.arange(width)[:, None] + steps[None, :]).ravel() * 360 / width - 180
    rows = ((np.clip(latitudes, m["lat_min"], m["lat_max"]) - m["lat0"]) / m["dlat"]).astype(int)
    columns = ((np.clip(longitudes, m["lon_min"], m["lon_max"]) - m["lon0"]) / m["dlon"]).astype(
        int
    )
    packed = mask.bits[rows[:, None], (columns >> 3)[None, :]]
    ocean = (packed >> (7 - (columns & 7)).astype(np.uint8)[None, :]) & 1
    land = 1 - ocean.reshape(height, SHADES, width, SHADES)
    return land.mean(axis=(1, 3))


def world_map(mask: PackedLandMask, *, width: int, height: int) -> Image.Image:
    share = land_share(mask, width=width, height=height)
    tones = np.round(share * SHADES).astype(np.uint8)  # 0 = sea … SHADES = land
    palette = [
        round(sea + (land - sea) * tone / SHADES)
        for tone in range(SHADES + 1)
        for sea, land in zip(SEA, LAND, strict=True)
    ]
    for degrees in range(-150, 180, 30):  # meridians, the prime one included
        tones[:, round((degrees + 180) * width / 360)] = SHADES + 1
    for degrees in range(-60, 90, 30):  # parallels, the equator included
        tones[round((90 - degrees) * height / 180), :] = SHADES + 1
    image = Image.fromarray(tones, mode="P")
    image.putpalette(palette + list(LINE))
    return image


class Command(BaseCommand):
    help = "Draw static/img/world-map.png (the location fieldset's map) from the land mask."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", type=Path, default=OUTPUT)
        parser.add_argument("--scale", type=int, default=2, help="image pixels per CSS pixel")

    def handle(self, *args, output: Path, scale: int, **options):
        mask = PackedLandMask(Path(settings.VAR_DIR) / "cache")
        image = world_map(mask, width=MAP_WIDTH * scale, height=MAP_HEIGHT * scale)
        output.parent.mkdir(parents=True, exist_ok=True)
        image.save(output, optimize=True)
        self.stdout.write(f"{output}: {image.width}×{image.height}, {output.stat().st_size} bytes")
