import os
import subprocess
import sys
import uuid

from django.conf import settings as django_settings

from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest

from search.engine import get_engine
from search.engine.base import SearchQuery
from search.engine.elasticsearch.client import alias_name, client
from search.engine.elasticsearch.indexing import elastic_rebuild
from search.engine.elasticsearch.outbox import outbox_deliver
from tests.factories import PracticeCategoryFactory, PracticePageFactory

SAHEL = {"koppen": "BSh", "rainfall_mm": 500, "texture": "coarse", "slope_class": "flat",
         "water_supply": "rainfed"}  # fmt: skip


# Practices on several continents (by key), and a draft: their fields and category.
WORLD = {
    "india": ("water", {"title": "Zaï pits in the Deccan", "latitude": 14.68, "longitude": 77.60,
                        "rainfall_mm": 600, "temperature_c": 27, "texture": "coarse",
                        "slope_class": "flat", "water_supply": "rainfed", "soil_group": "LX"}),
    "brazil": ("water", {"title": "Stone lines in the sertão", "latitude": -9.39,
                         "longitude": -40.50, "rainfall_mm": 550, "temperature_c": 26,
                         "texture": "coarse", "slope_class": "gentle", "water_supply": "rainfed",
                         "outcome": "did_not_work"}),
    "france": ("cover", {"title": "Cover crops in Normandy", "latitude": 49.18, "longitude": -0.37,
                         "rainfall_mm": 800, "temperature_c": 11, "texture": "medium",
                         "slope_class": "gentle", "water_supply": "rainfed",
                         "summary": "Mustard and phacelia cover the soil in winter."}),
    "ireland": ("cover", {"title": "Clover in grassland", "latitude": 52.66, "longitude": -8.63,
                          "rainfall_mm": 950, "temperature_c": 10, "texture": "fine",
                          "slope_class": "gentle", "water_supply": "rainfed", "outcome": "mixed"}),
    "draft": ("water", {"title": "Secret zaï draft", "latitude": 13.5, "longitude": 7.1,
                        "rainfall_mm": 500, "texture": "coarse"}),
}  # fmt: skip


@pytest.fixture
def world(libraries):
    """Practices on several continents; a draft and an unpublished translation besides."""
    categories = {
        "water": PracticeCategoryFactory(slug="water-harvesting", name="Water harvesting"),
        "cover": PracticeCategoryFactory(slug="cover-crops", name="Cover crops"),
    }
    made = {
        key: PracticePageFactory(parent=libraries["en"], categories=[categories[kind]], **fields)
        for key, (kind, fields) in WORLD.items()
    }
    made["draft"].unpublish()
    french = made["france"].copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = "Couverts végétaux en Normandie"
    french.save_revision()  # a draft translation: never shown
    return made


@pytest.fixture(params=["embedded", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def engine(request, settings):
    """The engine the behaviour tests run on: embedded always; a real Elasticsearch when
    ELASTICSEARCH_URL is set (in throw-away indexes, filled from the test's pages)."""
    if request.param == "embedded":
        yield "embedded"
        return
    if not settings.LIVE_ELASTICSEARCH_URLS:
        pytest.skip("ELASTICSEARCH_URL is not set: no Elasticsearch server to run against")
    for name in ("libraries", "world"):  # the pages exist before the index is built
        if name in request.fixturenames:
            request.getfixturevalue(name)
    settings.ELASTICSEARCH_URLS = settings.LIVE_ELASTICSEARCH_URLS
    settings.ELASTICSEARCH_INDEX_PREFIX = f"terroir-test-{uuid.uuid4().hex[:12]}"
    settings.ELASTICSEARCH_REPLICAS = 0
    elastic_rebuild()
    yield "elasticsearch"
    client().indices.delete(index=f"{alias_name()}-*", ignore_unavailable=True)


def engine_sync() -> None:
    """Deliver what the test changed (pages saved in its transaction) before a search."""
    if django_settings.ELASTICSEARCH_URLS:
        outbox_deliver()
        client().indices.refresh(index=alias_name())


def titles(result) -> list[str]:
    return [hit.document["title"] for hit in result.hits]


def search(**kwargs):
    """The engine's answer, after delivering what the test changed."""
    engine_sync()
    result = get_engine().search(SearchQuery(**kwargs))
    assert not result.fallback
    return result


def fresh_python(program: str) -> subprocess.CompletedProcess:
    """`program` run by a new interpreter, on the test settings (it calls django.setup())."""
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "knowledge.settings.test"}
    return subprocess.run(  # noqa: S603 - our own program
        [sys.executable, "-c", program],
        capture_output=True, text=True, cwd=django_settings.BASE_DIR, env=environment, timeout=120,
    )  # fmt: skip


def publish_form(practice, **changes) -> dict:
    """The admin's edit form of a practice, as posted to publish it (with these changes)."""
    data = nested_form_data(
        {
            "title": practice.title,
            "slug": practice.slug,
            "summary": practice.summary,
            "body": streamfield([]),
            "outcome": practice.outcome,
            "latitude": str(practice.latitude),
            "longitude": str(practice.longitude),
            "tags": "",
            "tagged_items": inline_formset([]),
            "action-publish": "publish",
            **changes,
        }
    )
    data["categories"] = [str(c.pk) for c in practice.categories.all()]
    return data
