"""The demo's tutorials and videos (content/tutorials.toml, content/videos.toml), each in the three
languages, with a few practices of their category as examples."""

import random
from collections.abc import Callable
from functools import partial

from wagtail.models import Page

from practices.demo import texts
from practices.demo.pages import LANGUAGES, steps_block, translation_add
from practices.models import PracticePage, TutorialPage, VideoPage


def learning_pages_create(rng: random.Random, libraries, categories, photos) -> tuple[int, int]:
    """Create the tutorials, then the videos; returns how many of each (in English)."""
    tutorials = _pages_create(
        rng, texts.TUTORIALS, partial(_tutorial, photos=photos), libraries, categories
    )
    videos = _pages_create(rng, texts.VIDEOS, _video, libraries, categories)
    return tutorials, videos


def _tutorial(number: int, tutorial: dict, language: str, *, photos: list) -> Page:
    return TutorialPage(
        title=tutorial["title"][language],
        summary=tutorial["summary"][language],
        photo=photos[(number * 3) % len(photos)],
        body=[steps_block(tutorial["steps"], language)],
    )


def _video(number: int, video: dict, language: str) -> Page:
    return VideoPage(
        title=video["title"][language],
        summary=video["summary"][language],
        transcript=video["transcript"][language],
        video_url=f"https://example.org/terroir-demo/videos/{number + 1}",
    )


def _pages_create(
    rng: random.Random,
    items: list[dict],
    page: Callable[[int, dict, str], Page],
    libraries,
    categories,
) -> int:
    """Each item as a page in every language, in its category's library, with examples."""
    for number, item in enumerate(items):
        siblings: dict = {}
        for language in LANGUAGES:
            built = page(number, item, language)
            translation_add(built, libraries, language, siblings)
            built.categories.set([categories[item["category"]][language]])
            built.practices.set(_examples(item["category"], language, rng))
            built.save_revision().publish()
    return len(items)


def _examples(category_slug: str, language: str, rng: random.Random, limit: int = 4) -> list:
    candidates = list(
        PracticePage.objects.live()
        .filter(locale__language_code=language, categories__slug=category_slug)
        .order_by("id")
        .values_list("id", flat=True)[:40]
    )
    return list(
        PracticePage.objects.filter(id__in=rng.sample(candidates, min(limit, len(candidates))))
    )
