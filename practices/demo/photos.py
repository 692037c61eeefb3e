"""The demo's photos: landscapes drawn locally with Pillow (offline, deterministic)."""

import io
import random

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

from PIL import Image as PILImage
from PIL import ImageDraw


def photos_draw(rng: random.Random, count: int = 16) -> list:
    """Landscapes drawn with Pillow: sky, field rows in a crop's green, soil in a soil's brown."""
    Image = get_image_model()
    existing = list(Image.objects.filter(title__startswith="Demo field ").order_by("title"))
    if len(existing) >= count:
        return existing
    photos = []
    for number in range(count):
        width, height = 1200, 800
        image = PILImage.new("RGB", (width, height))
        draw = ImageDraw.Draw(image)
        sky = (rng.randint(150, 200), rng.randint(190, 220), rng.randint(225, 250))
        soil = (rng.randint(110, 160), rng.randint(70, 100), rng.randint(35, 60))
        leaf = (rng.randint(40, 90), rng.randint(110, 160), rng.randint(30, 70))
        horizon = rng.randint(250, 380)
        draw.rectangle([0, 0, width, horizon], fill=sky)
        draw.rectangle([0, horizon, width, height], fill=soil)
        for row in range(14):
            y = horizon + 20 + row * (height - horizon) // 14
            for x in range(rng.randint(0, 40), width, rng.randint(45, 80)):
                radius = 6 + row * 2
                draw.ellipse([x - radius, y - radius // 2, x + radius, y + radius // 2], fill=leaf)
        if rng.random() < 0.6:  # a tree on the horizon
            x = rng.randint(100, width - 100)
            draw.rectangle([x - 8, horizon - 120, x + 8, horizon + 10], fill=(90, 60, 30))
            draw.ellipse([x - 90, horizon - 230, x + 90, horizon - 90], fill=leaf)
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=82)
        photo = Image(title=f"Demo field {number + 1:02d}")
        photo.file = ImageFile(buffer, name=f"demo-field-{number + 1:02d}.jpg")
        photo.save()
        photos.append(photo)
    return photos
