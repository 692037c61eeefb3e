"""The home page (home/models.py): one sentence, counts, featured practices, three languages."""

from django.test import Client

from wagtail.models import Locale

import pytest


def test_counts_cover_live_practices_only(practices):
    html = Client().get("/en/").content.decode()
    stats = html[html.index('class="stats"') : html.index("</ul>", html.index('class="stats"'))]
    assert "<strong>2</strong> practices documented" in stats
    assert "<strong>2</strong> countries" in stats  # Niger and France; the Brazil draft is not
    assert "<strong>15</strong> farmers involved" in stats


def test_a_translation_is_not_counted_twice(practices, libraries):

    french = practices[0].copy_for_translation(Locale.objects.get(language_code="fr"))
    french.save_revision().publish()
    html = Client().get("/en/").content.decode()
    assert "<strong>2</strong> practices documented" in html


@pytest.mark.parametrize("code", ["en", "fr", "es"])
def test_each_language_has_a_home_page(libraries, code):
    response = Client().get(f"/{code}/")
    assert response.status_code == 200
    assert f'<html lang="{code}">' in response.content.decode()


def test_root_redirects_to_a_language(libraries):
    response = Client().get("/", HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 302
    assert response["Location"] == "/es/"
