"""The demo corpus as a test: load it, then every live page answers in every language."""

import io
from collections import Counter

from django.core.management import CommandError, call_command
from django.test import Client

from wagtail.models import Page

import pytest

from practices.models import PracticeCategory, PracticePage, Region, TutorialPage, VideoPage

pytestmark = pytest.mark.slow


def vocabulary() -> list[tuple]:
    categories = PracticeCategory.objects.values_list("id", "name")
    return sorted([*categories, *Region.objects.values_list("id", "name", "countries")])


def test_demo_corpus_loads_once_and_every_page_answers(db):
    installed = vocabulary()  # every migrate installs it: the demo adds content only
    out = io.StringIO()
    call_command("load_demo_data", stdout=out)
    assert "Demo corpus loaded" in out.getvalue()
    assert vocabulary() == installed

    practices = PracticePage.objects.live()
    originals = practices.values("translation_key").distinct().count()
    assert originals >= 300
    assert practices.exclude(country="").values("country").distinct().count() >= 40
    regions = set(practices.values_list("region__slug", flat=True))
    assert len(regions) >= 8
    main_groups = {koppen[0] for koppen in practices.values_list("koppen", flat=True) if koppen}
    assert {"A", "B", "C", "D"} <= main_groups
    outcomes = Counter(practices.values_list("outcome", flat=True))
    assert (outcomes["mixed"] + outcomes["did_not_work"]) / sum(outcomes.values()) >= 0.15
    failed = practices.filter(outcome="did_not_work")
    assert all(p.what_did_not_work for p in failed)
    assert TutorialPage.objects.live().filter(locale__language_code="en").count() >= 12
    assert VideoPage.objects.live().filter(locale__language_code="en").count() >= 8
    in_all_three = Counter(practices.values_list("translation_key", flat=True))
    assert sum(1 for n in in_all_three.values() if n == 3) >= 30
    assert practices.exclude(photo=None).count() >= 100
    # Rainfall and temperature are plausible for the climate.
    for practice in practices.filter(koppen__startswith="BW"):
        assert practice.rainfall_mm < 450, practice.title
    for practice in practices.filter(koppen="Af"):
        # Af: every month at least 60 mm and a coldest month of 18 °C or more.
        assert practice.rainfall_mm > 1200 and practice.temperature_c >= 18, practice.title

    counts = (Page.objects.count(), PracticePage.objects.count())
    again = io.StringIO()
    call_command("load_demo_data", stdout=again)
    assert "already loaded" in again.getvalue()
    assert (Page.objects.count(), PracticePage.objects.count()) == counts

    client = Client()
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    languages = Counter()
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        languages[page.locale.language_code] += 1
    assert set(languages) == {"en", "fr", "es"}
    assert client.get("/fr/").content.decode().count('lang="fr"') >= 1


def test_the_demo_says_which_category_the_site_lacks_and_loads_nothing(db):
    PracticeCategory.objects.filter(slug="biochar").delete()  # an editor's choice

    with pytest.raises(CommandError, match="biochar"):
        call_command("load_demo_data", stdout=io.StringIO())

    assert not PracticePage.objects.exists()
