"""The home page: one sentence, counts, featured practices, three languages."""

from django.test import Client

import pytest

from tests.factories import PracticePageFactory


@pytest.fixture
def practices(libraries):
    library = libraries["en"]
    made = [
        PracticePageFactory(parent=library, farmers=10, area_ha=2.5),
        PracticePageFactory(parent=library, farmers=5, area_ha=1.0, latitude=48.85, longitude=2.35),
    ]
    draft = PracticePageFactory(parent=library, farmers=1000, latitude=-15.79, longitude=-47.88)
    draft.unpublish()
    return made


def test_counts_cover_live_practices_only(practices):
    html = Client().get("/en/").content.decode()
    stats = html[html.index('class="stats"') : html.index("</ul>", html.index('class="stats"'))]
    assert "<strong>2</strong> practices documented" in stats
    assert "<strong>2</strong> countries" in stats  # Niger and France; the Brazil draft is not
    assert "<strong>15</strong> farmers involved" in stats


def test_a_translation_is_not_counted_twice(practices, libraries):
    from wagtail.models import Locale

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


def test_language_switcher_links_to_the_translation(practices, libraries):
    html = Client().get(practices[0].url).content.decode()
    # No French translation yet: the switcher offers the French home page.
    assert 'href="/fr/" lang="fr"' in html


def test_language_links_never_leave_the_site(libraries):
    html = Client().get("/%2F%2Fevil.example/").content.decode()
    assert "evil.example" not in html.split('class="languages"')[1].split("</nav>")[0]
