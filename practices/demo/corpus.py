"""Build the illustrative demo corpus (not real field data): deterministic, offline, idempotent.

The texts are data (content/, read by texts.py and places.py); the modules beside this one build
the pages from them: practice_pages (practices and their translations), learning_pages
(tutorials, videos), site_pages (home pages, about and contribute pages) and photos.
"""

import random
from dataclasses import dataclass

from django.db import transaction

from wagtail.models import Locale

from home.models import StandardPage
from practices.demo.learning_pages import learning_pages_create
from practices.demo.pages import LANGUAGES
from practices.demo.photos import photos_draw
from practices.demo.places import PLACES
from practices.demo.practice_pages import practices_create, practices_translate
from practices.demo.site_pages import site_pages_create
from practices.impact import demo as impact_demo
from practices.models import PracticeCategory, Region
from practices.network import demo as network_demo
from practices.reach import demo as reach_demo
from practices.regions import demo as regions_demo
from practices.services.site import site_structure_ensure
from practices.services.taxonomy import taxonomy_data

SEED = 4_1000


@dataclass
class DemoSummary:
    practices: int = 0
    translations: int = 0
    tutorials: int = 0
    videos: int = 0
    already_loaded: bool = False


def demo_is_loaded() -> bool:
    return StandardPage.objects.filter(slug="about", locale__language_code="en").exists()


@transaction.atomic
def demo_load(*, practices: int = 320, translated: int = 36) -> DemoSummary:
    """Load the corpus once; a second call changes nothing and says so."""
    if demo_is_loaded():
        return DemoSummary(already_loaded=True)
    rng = random.Random(SEED)
    libraries = site_structure_ensure()
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    categories = _installed(
        PracticeCategory, {entry["slug"] for entry in taxonomy_data()["categories"]}, locales
    )
    regions = _installed(Region, {place.region for place in PLACES}, locales)
    photos = photos_draw(rng)
    summary = DemoSummary()

    created = practices_create(rng, practices, libraries, categories, regions, photos)
    summary.practices = len(created)
    summary.translations = practices_translate(rng, created, translated, locales)
    summary.tutorials, summary.videos = learning_pages_create(rng, libraries, categories, photos)
    site_pages_create(libraries)
    for app_demo in (impact_demo, network_demo, regions_demo, reach_demo):
        app_demo.demo_create(rng, locales)
    return summary


class DemoVocabularyMissing(LookupError):
    """The site lacks a category or region the demo is written for."""


def _installed(model, slugs: set[str], locales: dict[str, Locale]) -> dict[str, dict]:
    """slug -> {language: row} of the vocabulary every `migrate` installs
    (practices.services.taxonomy): the demo adds content only, never categories or regions."""
    result: dict[str, dict] = {}
    for row in model.objects.filter(slug__in=slugs, locale__in=locales.values()):
        language = next(code for code, locale in locales.items() if locale.id == row.locale_id)
        result.setdefault(row.slug, {})[language] = row
    missing = sorted(slug for slug in slugs if len(result.get(slug, {})) < len(locales))
    if missing:
        raise DemoVocabularyMissing(
            f"The demo is written for these {model._meta.verbose_name_plural}, which this site "
            f"lacks in English, French or Spanish: {', '.join(missing)}. Run `manage.py "
            "migrate` on a fresh database, or add them in the admin."
        )
    return result
